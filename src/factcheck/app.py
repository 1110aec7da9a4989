"""The application layer: what each command does, free of click and of terminal details.

The CLI turns options into a request object, calls one function here and
exits with the code it returns.  Every user error arrives as a
:class:`~factcheck.errors.FactcheckError` and leaves as a message.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from factcheck.errors import FactcheckError
from factcheck.exitcodes import ExitCode
from factcheck.findings import Finding, Report
from factcheck.formatters.quantities import QUANTITY_FORMATS, Reading
from factcheck.model import Article
from factcheck.quantity import find_quantities, parse_quantity

if TYPE_CHECKING:
    from factcheck.extract import Extraction

MAX_PASSAGE_CHARS = 10_000_000


@dataclass(frozen=True)
class QuantityRequest:
    expressions: tuple[str, ...]
    format: str = "text"
    find: bool = False
    context: str | None = None


@dataclass
class Outcome:
    output: str = ""
    errors: list[str] = field(default_factory=list)
    exit_code: ExitCode = ExitCode.OK


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
    line_starts = [0] + [i + 1 for i, c in enumerate(passage) if c == "\n"]
    readings = []
    line = 0
    for quantity in find_quantities(passage):
        while line + 1 < len(line_starts) and line_starts[line + 1] <= quantity.start:
            line += 1
        column = quantity.start - line_starts[line] + 1
        readings.append(Reading(quantity.text, quantity, line + 1, column))
    return readings


def _short(text: str, limit: int = 40) -> str:
    shown = text if len(text) <= limit else text[: limit - 1] + "…"
    return repr(shown)


@dataclass(frozen=True)
class CheckRequest:
    paths: tuple[str, ...] = ()
    format: str = "rich"
    output: str | None = None
    strict: bool = False
    quiet: bool = False
    color: bool | None = None  # None: colour when writing to a terminal and NO_COLOR is not set
    width: int | None = None


DEFAULT_PATHS = ("claims", "rules")


@dataclass(frozen=True)
class DraftRequest:
    draft: str
    claims: str | None = None
    rules: tuple[str, ...] = ()
    format: str = "rich"
    output: str | None = None
    strict: bool = False
    quiet: bool = False
    color: bool | None = None
    width: int | None = None


def run_draft(request: DraftRequest, stdout: TextIO | None = None) -> Outcome:
    """Align a draft with its article's verified claims and report what changed."""
    from factcheck.draft import check_draft
    from factcheck.findings import Report
    from factcheck.loader import LoadError, display_path, read_text

    draft_path = Path(request.draft)
    try:
        text = read_text(draft_path)
    except LoadError as error:
        return Outcome(errors=[str(p) for p in error.problems], exit_code=ExitCode.BAD_INPUT)
    try:
        article = _article_for_draft(request, text)
    except LoadError as error:
        return Outcome(errors=[str(p) for p in error.problems], exit_code=ExitCode.BAD_INPUT)
    except FactcheckError as error:
        return Outcome(errors=[str(error)], exit_code=ExitCode.BAD_INPUT)
    report = Report((check_draft(article, text, display_path(draft_path)),))
    return _write_report(
        report,
        request.format,
        request.output,
        request.strict,
        request.quiet,
        request.color,
        request.width,
        stdout,
        protected=(article.claims_file, article.rules_file, request.draft),
    )


def _article_for_draft(request: DraftRequest, text: str) -> Article:
    from factcheck.draft import choose_article
    from factcheck.loader import load, rules_files_for

    claims_path = Path(request.claims) if request.claims is not None else choose_article(Path("claims"), text)
    rules = [Path(r) for r in request.rules] or rules_files_for(claims_path)
    articles = load([claims_path, *rules])
    return articles[0]


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
    from factcheck.loader import LoadError, read_text

    path = Path(request.article)
    try:
        text = read_text(path)
    except LoadError as error:
        return Outcome(errors=[str(p) for p in error.problems], exit_code=ExitCode.BAD_INPUT)
    article_id = request.article_id or article_id_for(path)
    extraction = extract(text, article_id, request.title)
    if request.output_dir is None:
        claims = extraction.claims_yaml(relative_text_path(path, Path("claims")))
        output = f"# --- claims/{article_id}.yaml\n{claims}# --- rules/{article_id}.yaml\n{extraction.rules_yaml()}"
        return Outcome(output=output)
    root = Path(request.output_dir)
    claims_path = root / "claims" / f"{article_id}.yaml"
    rules_path = root / "rules" / f"{article_id}.yaml"
    existing = [str(p) for p in (claims_path, rules_path) if p.exists()]
    if existing and not request.force:
        listed = ", ".join(existing)
        return Outcome(
            errors=[f"{listed} already exist(s): nothing written; use --force to overwrite"],
            exit_code=ExitCode.BAD_INPUT,
        )
    try:
        claims_path.parent.mkdir(parents=True, exist_ok=True)
        rules_path.parent.mkdir(parents=True, exist_ok=True)
        claims_path.write_text(extraction.claims_yaml(relative_text_path(path, claims_path.parent)), "utf-8")
        rules_path.write_text(extraction.rules_yaml(), "utf-8")
    except OSError as error:
        return Outcome(errors=[f"cannot write: {error}"], exit_code=ExitCode.BAD_INPUT)
    figures = len(extraction.document.figures)
    rules = sum(1 for s in extraction.suggestions if s.check)
    return Outcome(output=f"wrote {claims_path} ({figures} claims) and {rules_path} ({rules} suggested rules)\n")


@dataclass(frozen=True)
class ScanRequest:
    article: str
    format: str = "rich"
    output: str | None = None
    strict: bool = False
    verbose: bool = False
    color: bool | None = None
    width: int | None = None


def run_scan(request: ScanRequest, stdout: TextIO | None = None) -> Outcome:
    """Extract and check an article in memory: what fails or needs a look, with the quotes."""
    from factcheck.engine import check
    from factcheck.extract import article_id_for, extract
    from factcheck.loader import LoadError, display_path, load_texts, read_text

    path = Path(request.article)
    try:
        text = read_text(path)
    except LoadError as error:
        return Outcome(errors=[str(p) for p in error.problems], exit_code=ExitCode.BAD_INPUT)
    extraction = extract(text, article_id_for(path))
    base = path.parent
    claims_path = base / "claims" / f"{extraction.article_id}.yaml"
    rules_path = base / "rules" / f"{extraction.article_id}.yaml"
    try:
        articles = load_texts(
            [(claims_path, extraction.claims_yaml(f"../{path.name}")), (rules_path, extraction.rules_yaml())]
        )
    except LoadError as error:  # a bug of extract, not of the user's text: say so plainly
        problems = "; ".join(str(p) for p in error.problems)
        return Outcome(errors=[f"extract produced files that do not load: {problems}"], exit_code=ExitCode.BAD_INPUT)
    report = _locate_in_article(check(articles, lenient=True), extraction, display_path(path))
    return _write_report(
        report,
        request.format,
        request.output,
        request.strict,
        not request.verbose,
        request.color,
        request.width,
        stdout,
        protected=(request.article,),
    )


def _locate_in_article(report: Report, extraction: Extraction, article_path: str) -> Report:
    """Scan's files exist only in memory: point each finding at the article line of its first figure."""
    from dataclasses import replace

    text = extraction.document.text
    where = {f.id: f.start for f in extraction.document.figures}

    def place(finding: Finding) -> Finding:
        starts = [where[c] for c in finding.claims if c in where]
        if not starts:
            return replace(finding, file=article_path, line=1, column=1)
        start = min(starts)
        line = text.count("\n", 0, start) + 1
        return replace(finding, file=article_path, line=line, column=start - (text.rfind("\n", 0, start) + 1) + 1)

    articles = tuple(
        replace(a, findings=tuple(place(f) for f in a.findings), claims_file=article_path, rules_file=None)
        for a in report.articles
    )
    return Report(articles)


def run_check(request: CheckRequest, stdout: TextIO | None = None) -> Outcome:
    """Load claims and rules, evaluate them, and write the report."""
    from factcheck.engine import check
    from factcheck.loader import LoadError, load

    stream = stdout if stdout is not None else sys.stdout
    paths = request.paths
    if not paths:
        paths = tuple(p for p in DEFAULT_PATHS if Path(p).exists())
        if not paths:
            message = "no claims/ or rules/ folder here: run in a project folder or give claims and rules paths"
            return Outcome(errors=[message], exit_code=ExitCode.BAD_INPUT)
    try:
        articles = load(paths)
    except LoadError as error:
        return Outcome(errors=[str(p) for p in error.problems], exit_code=ExitCode.BAD_INPUT)
    report = check(articles)
    inputs = [a.claims_file for a in articles] + [a.rules_file for a in articles]
    return _write_report(
        report,
        request.format,
        request.output,
        request.strict,
        request.quiet,
        request.color,
        request.width,
        stream,
        protected=tuple(inputs),
    )


def _write_report(
    report: Report,
    fmt: str,
    output: str | None,
    strict: bool,
    quiet: bool,
    color: bool | None,
    width: int | None,
    stdout: TextIO | None,
    protected: tuple[str | None, ...],
) -> Outcome:
    """Write ``report`` in ``fmt`` to stdout or ``output``; never over one of the user's input files."""
    from factcheck.formatters import formatter_class
    from factcheck.formatters.base import summary_line

    stream = stdout if stdout is not None else sys.stdout
    if color is None:
        color = output is None and stream.isatty() and not os.environ.get("NO_COLOR")
    formatter = formatter_class(fmt)(quiet=quiet, color=color, width=width)
    code = ExitCode.FAILED if report.failed(strict=strict) else ExitCode.OK
    if output is None:
        formatter.write(report, stream)
        return Outcome(exit_code=code)
    target = Path(output)
    if any(p is not None and target.resolve() == Path(p).resolve() for p in protected):
        message = f"--output {target} is one of the input files: choose another path"
        return Outcome(errors=[message], exit_code=ExitCode.BAD_INPUT)
    try:
        with target.open("w", encoding="utf-8") as handle:
            formatter.write(report, handle)
    except OSError as error:
        return Outcome(errors=[f"cannot write {target}: {error.strerror or error}"], exit_code=ExitCode.BAD_INPUT)
    return Outcome(output="" if quiet else summary_line(report) + "\n", exit_code=code)
