"""The application layer: what each command does, free of click and of terminal details.

The CLI turns options into a request object, calls one function here and exits with the code it returns.
Every user error arrives as a :class:`~factcheck.errors.FactcheckError` and leaves as a message.
"""

from __future__ import annotations

import io
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
from factcheck.safeio import create_file, make_folder

if TYPE_CHECKING:
    from factcheck.config import Config
    from factcheck.extract import Extraction
    from factcheck.findings import Finding, Report
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
    from factcheck.safeio import write_report

    stream = stdout if stdout is not None else sys.stdout
    color = options.color
    if color is None:
        color = options.output is None and stream.isatty() and not os.environ.get("NO_COLOR")
    formatter = formatter_class(_resolve_format(options, config))(quiet=options.quiet, color=color, width=options.width)
    if formatter.needs_text:
        report = _with_article_text(report, articles)
    code = ExitCode.FAILED if report.failed(fail_on=_resolve_fail_on(options, config)) else ExitCode.OK
    try:
        if options.output is None:
            formatter.emit(report, stream)
            return Outcome(exit_code=code)
        target = Path(options.output)
        if any(p is not None and _same_file(target, Path(p)) for p in protected):
            message = f"--output {target} is one of the input files: choose another path"
            return Outcome(errors=[message], exit_code=ExitCode.BAD_INPUT)
        buffer = io.StringIO()
        formatter.emit(report, buffer)
        # Replaces only an earlier report of this format, atomically; never a user's file, link or pipe.
        write_report(target, buffer.getvalue(), formatter.owns_report, f"report ({formatter.name} format)")
    except FactcheckError as error:
        return _bad(error)
    return Outcome(output="" if options.quiet else summary_line(report) + "\n", exit_code=code)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.samefile(b) or a.resolve() == b.resolve()
    except (OSError, ValueError):
        try:
            return a.resolve() == b.resolve()
        except (OSError, ValueError):
            return False


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
        articles = _apply_severity(load(paths, config.reading, roots=[config.base]), config)
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
    from factcheck.draft import check_draft, choose_article
    from factcheck.findings import Report
    from factcheck.loader import display_path, load, read_text, rules_files_for

    draft_path = Path(request.draft)
    try:
        config = load_settings(request.options)
        text = read_text(draft_path)
        claims = Path(request.claims) if request.claims else choose_article(Path("claims"), text, config.reading)
        rules = [Path(r) for r in request.rules] or rules_files_for(claims)
        (article,) = _apply_severity(load([claims, *rules], config.reading, roots=[config.base]), config)[:1]
    except FactcheckError as error:
        return _bad(error)
    report = Report((check_draft(article, text, display_path(draft_path), config.reading),))
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
    from factcheck.extract import article_id_for, extract, relative_text_path
    from factcheck.loader import ARTICLE_ID, read_text

    path = Path(request.article)
    if request.article_id is not None and not ARTICLE_ID.fullmatch(request.article_id):
        message = (
            f"--id {request.article_id!r}: an article id is lower-case letters, digits and hyphens "
            "(such as city-report-2020), never a path"
        )
        return Outcome(errors=[message], exit_code=ExitCode.BAD_INPUT)
    try:
        text = read_text(path)
    except FactcheckError as error:
        return _bad(error)
    article_id = request.article_id or article_id_for(path)
    extraction = extract(text, article_id, request.title)
    if request.output_dir is None:
        claims = extraction.claims_yaml(relative_text_path(path, Path("claims")))
        output = f"# --- claims/{article_id}.yaml\n{claims}# --- rules/{article_id}.yaml\n{extraction.rules_yaml()}"
        return Outcome(output=output)
    root = Path(request.output_dir)
    claims_path = root / "claims" / f"{article_id}.yaml"
    rules_path = root / "rules" / f"{article_id}.yaml"
    existing = [str(p) for p in (claims_path, rules_path) if os.path.lexists(p)]  # a dangling link exists too
    if existing and not request.force:
        message = f"{', '.join(existing)} already exist(s): nothing written; use --force to overwrite"
        return Outcome(errors=[message], exit_code=ExitCode.BAD_INPUT)
    try:
        make_folder(claims_path.parent)
        make_folder(rules_path.parent)
        claims = extraction.claims_yaml(relative_text_path(path, claims_path.parent))
        create_file(claims_path, claims, overwrite=request.force)
        create_file(rules_path, extraction.rules_yaml(), overwrite=request.force)
        write_schemas(root)
    except FactcheckError as error:
        return _bad(error)
    figures = len(extraction.document.figures)
    rules = sum(1 for s in extraction.suggestions if s.check)
    return Outcome(output=f"wrote {claims_path} ({figures} claims) and {rules_path} ({rules} suggested rules)\n")


def write_schemas(root: Path) -> list[Path]:
    """The JSON Schemas the files' modelines point at, in ROOT/schemas/; existing files are left alone."""
    from factcheck.schema import KINDS, SCHEMA_DIR, schema_file, schema_text

    written = []
    for kind in KINDS:
        target = root / SCHEMA_DIR / schema_file(kind)
        if not os.path.lexists(target):  # a link, even a dangling one, is left alone too
            make_folder(target.parent)
            create_file(target, schema_text(kind))
            written.append(target)
    return written


@dataclass(frozen=True)
class ScanRequest:
    article: str
    options: ReportOptions = ReportOptions(quiet=True)


def run_scan(request: ScanRequest, stdout: TextIO | None = None) -> Outcome:
    """Extract and check an article in memory: what fails or needs a look, with the quotes."""
    from factcheck.engine import check
    from factcheck.extract import article_id_for, extract
    from factcheck.loader import LoadError, display_path, load_texts, read_text

    path = Path(request.article)
    try:
        config = load_settings(request.options)
        text = read_text(path)
    except FactcheckError as error:
        return _bad(error)
    extraction = extract(text, article_id_for(path))
    claims_path = path.parent / "claims" / f"{extraction.article_id}.yaml"
    rules_path = path.parent / "rules" / f"{extraction.article_id}.yaml"
    try:
        articles = load_texts(
            [(claims_path, extraction.claims_yaml(f"../{path.name}")), (rules_path, extraction.rules_yaml())],
            config.reading,
            roots=[path.parent],
        )
    except LoadError as error:  # a bug of extract, not of the user's text: say so plainly
        problems = "; ".join(str(p) for p in error.problems)
        return Outcome(errors=[f"extract produced files that do not load: {problems}"], exit_code=ExitCode.BAD_INPUT)
    report = _locate_in_article(check(articles, lenient=True), extraction, display_path(path))
    return _write_report(report, request.options, config, stdout, (request.article,), articles)


def _locate_in_article(report: Report, extraction: Extraction, article_path: str) -> Report:
    """Scan's files exist only in memory: point each finding at the article line of its first figure."""
    from factcheck.findings import Report

    lines = LineIndex(extraction.document.text)
    where = {f.id: f.start for f in extraction.document.figures}

    def place(finding: Finding) -> Finding:
        starts = [where[c] for c in finding.claims if c in where]
        line, column = lines.line_column(min(starts)) if starts else (1, 1)
        return replace(finding, file=article_path, line=line, column=column)

    articles = tuple(
        replace(a, findings=tuple(place(f) for f in a.findings), claims_file=article_path, rules_file=None)
        for a in report.articles
    )
    return Report(articles)
