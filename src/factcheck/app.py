"""The application layer: what each command does, free of click and of terminal details.

The CLI turns options into a request object, calls one function here and exits with the code it returns.
Every user error arrives as a :class:`~factcheck.errors.FactcheckError` and leaves as a message.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from factcheck.errors import FactcheckError
from factcheck.exitcodes import ExitCode
from factcheck.formatters.quantities import QUANTITY_FORMATS, Reading
from factcheck.lines import LineIndex
from factcheck.quantity import find_quantities, parse_quantity

if TYPE_CHECKING:
    from factcheck.config import Config
    from factcheck.documents import Document
    from factcheck.extract import Extraction
    from factcheck.findings import ArticleResult, Finding, Report
    from factcheck.model import Article

MAX_PASSAGE_CHARS = 10_000_000
DEFAULT_PATHS = ("claims", "rules")


@dataclass
class Outcome:
    output: str = ""
    errors: list[str] = field(default_factory=list)
    exit_code: ExitCode = ExitCode.OK


def _bad(error: FactcheckError) -> Outcome:
    from factcheck.loader import LoadError

    messages = [str(p) for p in error.problems] if isinstance(error, LoadError) else [str(error)]
    return Outcome(errors=messages, exit_code=ExitCode.BAD_INPUT)


# -- quantity -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class QuantityRequest:
    expressions: tuple[str, ...]
    format: str = "text"
    find: bool = False
    context: str | None = None


def run_quantity(request: QuantityRequest) -> Outcome:
    """Read each expression (or, with ``find``, every figure in each passage)."""
    readings: list[Reading] = []
    errors: list[str] = []
    for expression in request.expressions:
        try:
            if request.find:
                readings.extend(_find(expression))
            else:
                readings.append(Reading(expression, parse_quantity(expression, context=request.context)))
        except FactcheckError as error:
            errors.append(f"{_short(expression)}: {error}")
    output = QUANTITY_FORMATS[request.format](readings) if readings or not errors else ""
    return Outcome(output, errors, ExitCode.BAD_INPUT if errors else ExitCode.OK)


def _find(passage: str) -> list[Reading]:
    if passage == "-":  # standard input, read as any document is (same size limit, a piped PDF recognised)
        from factcheck.documents import read_stdin

        document = read_stdin()
        located = [(q, document.locate(q.start)) for q in find_quantities(document.text)]
        return [Reading(q.text, q, at.line, at.column, str(at)) for q, at in located]
    if len(passage) > MAX_PASSAGE_CHARS:
        raise FactcheckError(f"passage too long: {len(passage)} characters (at most {MAX_PASSAGE_CHARS})")
    if any(0xD800 <= ord(c) <= 0xDFFF for c in passage):
        raise FactcheckError("the passage is not valid UTF-8 text")
    lines = LineIndex(passage)
    return [Reading(q.text, q, *lines.line_column(q.start)) for q in find_quantities(passage)]


def _short(text: str, limit: int = 40) -> str:
    shown = text if len(text) <= limit else text[: limit - 1] + "…"
    return repr(shown)


# -- reports: shared by check, draft and scan ------------------------------------------------------


@dataclass(frozen=True)
class ReportOptions:
    """How to write a report and when it fails, as the user asked (None: from the configuration)."""

    format: str | None = None
    output: str | None = None
    strict: bool = False
    fail_on: str | None = None
    quiet: bool = False
    color: bool | None = None  # None: colour when writing to a terminal and NO_COLOR is not set
    width: int | None = None
    config: str | None = None  # --config; else the nearest factcheck.yaml or [tool.factcheck]


def load_settings(options: ReportOptions) -> Config:
    from factcheck.config import find_config, load_config
    from factcheck.formatters import REPORT_FORMATS

    path = Path(options.config) if options.config else find_config()
    return load_config(path, tuple(REPORT_FORMATS))


def _resolve_format(options: ReportOptions, config: Config) -> str:
    if options.format:
        return options.format
    if config.format:
        return config.format
    return "github" if os.environ.get("GITHUB_ACTIONS") else "rich"


def _resolve_fail_on(options: ReportOptions, config: Config) -> str:
    if options.fail_on:
        return options.fail_on
    if options.strict:
        return "warning"
    return config.fail_on or "error"


def _apply_severity(articles: list[Article], config: Config) -> list[Article]:
    """Per-rule severity overrides from the configuration; an override naming no rule is a problem."""
    from factcheck.loader import LoadError, Problem

    if not config.severity:
        return articles
    known = {rule.id for article in articles for rule in article.rules}
    unknown = [rule_id for rule_id in config.severity if rule_id not in known]
    if unknown:
        problems = [
            Problem(config.path or "config", config.severity_lines.get(r, 1), 1, f"severity for unknown rule {r!r}")
            for r in unknown
        ]
        raise LoadError(problems)
    return [
        replace(
            article,
            rules=tuple(replace(r, severity=config.severity.get(r.id, r.severity)) for r in article.rules),
            claim_index={},
        )
        for article in articles
    ]


def _write_report(
    report: Report,
    options: ReportOptions,
    config: Config,
    stdout: TextIO | None,
    protected: tuple[str | None, ...],
    articles: Sequence[Article] = (),
) -> Outcome:
    """Write ``report`` to stdout or ``--output``, never over one of the user's input files."""
    from factcheck.formatters import formatter_class
    from factcheck.formatters.base import summary_line

    stream = stdout if stdout is not None else sys.stdout
    color = options.color
    if color is None:
        color = options.output is None and stream.isatty() and not os.environ.get("NO_COLOR")
    formatter = formatter_class(_resolve_format(options, config))(quiet=options.quiet, color=color, width=options.width)
    if formatter.needs_text:
        report = _with_article_text(report, articles)
    code = ExitCode.FAILED if report.failed(fail_on=_resolve_fail_on(options, config)) else ExitCode.OK
    if options.output is None:
        formatter.write(report, stream)
        return Outcome(exit_code=code)
    target = Path(options.output)
    if any(p is not None and target.resolve() == Path(p).resolve() for p in protected):
        message = f"--output {target} is one of the input files: choose another path"
        return Outcome(errors=[message], exit_code=ExitCode.BAD_INPUT)
    if not _ours_to_overwrite(target):
        message = f"--output {target} exists and is not a factcheck report: remove it or choose another path"
        return Outcome(errors=[message], exit_code=ExitCode.BAD_INPUT)
    try:
        with target.open("w", encoding="utf-8") as handle:
            formatter.write(report, handle)
    except OSError as error:
        return Outcome(errors=[f"cannot write {target}: {error.strerror or error}"], exit_code=ExitCode.BAD_INPUT)
    return Outcome(output="" if options.quiet else summary_line(report) + "\n", exit_code=code)


def _ours_to_overwrite(target: Path) -> bool:
    """A report may replace a missing or empty file, or an earlier factcheck report; nothing else."""
    try:
        if not target.exists() or target.stat().st_size == 0:
            return True
        with target.open("r", encoding="utf-8", errors="replace") as handle:
            head = handle.read(4096)
    except OSError:
        return True  # let the write itself report what is wrong
    # Every format names factcheck near its start: the JSON schema id, the JUnit suite, the SARIF driver,
    # the HTML title, the Markdown heading, the annotations' titles and the rich report's summary line.
    return "factcheck" in head or head.startswith("::") or " claims · " in head or head.strip() == "[]"


def _with_article_text(report: Report, articles: Sequence[Article]) -> Report:
    """Mark each article's figures by verdict, for formats that show the article (HTML)."""
    from factcheck.draft import mark_article
    from factcheck.findings import Report

    by_id = {a.id: a for a in articles}
    results = []
    for result in report.articles:
        article = by_id.get(result.id)
        view = mark_article(article, result) if article is not None and result.draft is None else None
        results.append(replace(result, text=view) if view is not None else result)
    return Report(tuple(results))


# -- check ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CheckRequest:
    paths: tuple[str, ...] = ()
    options: ReportOptions = ReportOptions()


def run_check(request: CheckRequest, stdout: TextIO | None = None) -> Outcome:
    """Load claims and rules, evaluate them, and write the report."""
    from factcheck.engine import check
    from factcheck.loader import load

    try:
        config = load_settings(request.options)
        paths = request.paths or config.paths or tuple(p for p in DEFAULT_PATHS if Path(p).exists())
        if not paths:
            raise FactcheckError(
                "no claims/ or rules/ folder here: run in a project folder, give claims and rules paths, "
                "or set paths: in factcheck.yaml"
            )
        articles = _apply_severity(load(paths, config.reading), config)
    except FactcheckError as error:
        return _bad(error)
    report = check(articles)
    inputs = tuple([a.claims_file for a in articles] + [a.rules_file for a in articles])
    return _write_report(report, request.options, config, stdout, inputs, articles)


# -- draft ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DraftRequest:
    draft: str
    claims: str | None = None
    rules: tuple[str, ...] = ()
    options: ReportOptions = ReportOptions()


def run_draft(request: DraftRequest, stdout: TextIO | None = None) -> Outcome:
    """Align a draft with its article's verified claims and report what changed."""
    from factcheck.documents import read_document
    from factcheck.draft import check_draft, choose_article
    from factcheck.findings import Report
    from factcheck.loader import load, rules_files_for

    try:
        config = load_settings(request.options)
        document = read_document(request.draft)
        text = document.text
        claims = Path(request.claims) if request.claims else choose_article(Path("claims"), text, config.reading)
        rules = [Path(r) for r in request.rules] or rules_files_for(claims)
        (article,) = _apply_severity(load([claims, *rules], config.reading), config)[:1]
    except FactcheckError as error:
        return _bad(error)
    report = Report((in_document(check_draft(article, text, document.path, config.reading), document),))
    protected = (article.claims_file, article.rules_file, request.draft)
    return _write_report(report, request.options, config, stdout, protected, [article])


# -- extract and scan ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class ExtractRequest:
    article: str
    output_dir: str | None = None
    force: bool = False
    article_id: str | None = None
    title: str | None = None


def run_extract(request: ExtractRequest) -> Outcome:
    """Draft claims and rules for an article; write them under ``output_dir`` or print them."""
    from factcheck.documents import STDIN, read_document
    from factcheck.extract import article_id_for, extract, relative_text_path
    from factcheck.extract.ids import validate_article_id

    path = Path(request.article)
    try:
        if request.article_id:
            article_id = validate_article_id(request.article_id)
        else:
            article_id = article_id_for(path) if request.article != STDIN else "stdin"
        document = read_document(request.article)
    except FactcheckError as error:
        return _bad(error)
    extraction = extract(document, article_id, request.title or document.title)
    notes = [_dropped_note(extraction.dropped)] if extraction.dropped else []

    def text_path(claims_dir: Path) -> str | None:  # standard input has no path for the claims to name
        return relative_text_path(path, claims_dir) if request.article != STDIN else None

    if request.output_dir is None:
        claims = extraction.claims_yaml(text_path(Path("claims")))
        output = f"# --- claims/{article_id}.yaml\n{claims}# --- rules/{article_id}.yaml\n{extraction.rules_yaml()}"
        return Outcome(output=output, errors=notes)
    root = Path(request.output_dir)
    claims_path = root / "claims" / f"{article_id}.yaml"
    rules_path = root / "rules" / f"{article_id}.yaml"
    existing = [str(p) for p in (claims_path, rules_path) if p.exists()]
    if existing and not request.force:
        message = f"{', '.join(existing)} already exist(s): nothing written; use --force to overwrite"
        return Outcome(errors=[message], exit_code=ExitCode.BAD_INPUT)
    try:
        claims_path.parent.mkdir(parents=True, exist_ok=True)
        rules_path.parent.mkdir(parents=True, exist_ok=True)
        claims_path.write_text(extraction.claims_yaml(text_path(claims_path.parent)), "utf-8")
        rules_path.write_text(extraction.rules_yaml(), "utf-8")
        write_schemas(root)
    except OSError as error:
        return Outcome(errors=[f"cannot write: {error}"], exit_code=ExitCode.BAD_INPUT)
    figures = len(extraction.document.figures)
    rules = sum(1 for s in extraction.suggestions if s.check)
    wrote = f"wrote {claims_path} ({figures} claims) and {rules_path} ({rules} suggested rules)\n"
    return Outcome(output=wrote, errors=notes)


def _dropped_note(count: int) -> str:
    return (
        f"note: {count} suggested rules were left out because they would not load or evaluate "
        "(a shortcoming of extract, not of the text)"
    )


def write_schemas(root: Path) -> list[Path]:
    """The JSON Schemas the files' modelines point at, in ROOT/schemas/; existing files are left alone."""
    from factcheck.schema import KINDS, SCHEMA_DIR, schema_file, schema_text

    written = []
    for kind in KINDS:
        target = root / SCHEMA_DIR / schema_file(kind)
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(schema_text(kind), "utf-8")
            written.append(target)
    return written


@dataclass(frozen=True)
class ScanRequest:
    article: str
    options: ReportOptions = ReportOptions(quiet=True)


def run_scan(request: ScanRequest, stdout: TextIO | None = None) -> Outcome:
    """Extract and check an article in memory: what fails or needs a look, with the quotes.

    No YAML is written or read back: the extraction becomes an article directly (the same one loading
    ``extract``'s files would give).  A suggested rule that cannot be evaluated is the model's mistake, not
    the text's: it is left out and counted, never reported as an alarm.
    """
    from factcheck.documents import STDIN, read_document
    from factcheck.extract import article_id_for, extract
    from factcheck.extract.article import to_article
    from factcheck.findings import Report

    path = Path(request.article)
    try:
        config = load_settings(request.options)
        document = read_document(request.article)
    except FactcheckError as error:
        return _bad(error)
    article_id = article_id_for(path) if request.article != STDIN else "stdin"
    extraction = extract(document, article_id, document.title, settings=config.reading)
    article = to_article(extraction, document.path, document)
    assert extraction.checked is not None  # extract checks what it proposes, as scan would
    located = _locate_in_article(Report((extraction.checked,)), extraction, document)
    shown = [replace(article, text=document.text, text_path=document.path)]  # for the formats that show it
    outcome = _write_report(located, request.options, config, stdout, (request.article,), shown)
    if extraction.dropped:
        outcome.errors.append(_dropped_note(extraction.dropped))
    return outcome


def _locate_in_article(report: Report, extraction: Extraction, document: Document) -> Report:
    """Scan's files exist only in memory: point each finding at the document position of its first figure."""
    from factcheck.findings import Report

    where = {f.id: f.start for f in extraction.document.figures}

    def place(finding: Finding) -> Finding:
        starts = [where[c] for c in finding.claims if c in where]
        at = document.locate(min(starts)) if starts else document.locate(0)
        return replace(finding, file=document.path, line=at.line, column=at.column, where=str(at))

    articles = tuple(
        replace(a, findings=tuple(place(f) for f in a.findings), claims_file=document.path, rules_file=None)
        for a in report.articles
    )
    return Report(articles)


def in_document(result: ArticleResult, document: Document) -> ArticleResult:
    """A draft's findings and figures, located by the canonical text's lines, in the document's own terms."""
    starts = LineIndex(document.text).starts

    def offset(line: int, column: int) -> int:
        return starts[min(max(line, 1), len(starts)) - 1] + column - 1

    def place(finding: Finding) -> Finding:
        if finding.file != document.path:
            return finding  # a claim missing from the draft points at its claims file
        at = document.locate(offset(finding.line, finding.column))
        finding_id = finding.id
        if finding_id.startswith("unverified:"):  # unique, and in the terms the user sees
            within = at.page is not None or at.paragraph is not None
            finding_id = f"unverified:{at}:{at.column}" if within else f"unverified:{at.line}:{at.column}"
        return replace(finding, id=finding_id, line=at.line, column=at.column, where=str(at))

    draft = result.draft
    if draft is not None:
        figures = []
        for figure in draft.figures:
            at = document.locate(figure.start)
            figures.append(replace(figure, line=at.line, column=at.column, where=str(at)))
        draft = replace(draft, figures=tuple(figures))
    return replace(result, findings=tuple(place(f) for f in result.findings), draft=draft)
