"""The application layer: what each command does, free of click and of terminal details.

The CLI turns options into a request object, calls one function here and exits with the code it returns.
Every user error arrives as a :class:`~factcheck.errors.FactcheckError` and leaves as a message.
"""

from __future__ import annotations

import functools
import io
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import field, replace
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from factcheck import i18n
from factcheck.errors import FactcheckError
from factcheck.exitcodes import ExitCode
from factcheck.i18n import _, ngettext
from factcheck.lines import LineIndex
from factcheck.records import MutableRecord, Record, mutable_record, record_with_dict, set_field
from factcheck.safeio import create_file, make_folder

if TYPE_CHECKING:
    from factcheck.batch import Replay
    from factcheck.cache import Cache
    from factcheck.config import Config
    from factcheck.documents import Document
    from factcheck.findings import ArticleResult, Finding, Report
    from factcheck.formatters.quantities import Reading
    from factcheck.model import Article

MAX_PASSAGE_CHARS = 10_000_000
DEFAULT_PATHS = ("claims", "rules")


@mutable_record
class Outcome(MutableRecord):
    """What a command produced: its output, its error messages and its exit code."""

    output: str = ""
    errors: list[str] = field(default_factory=list)
    exit_code: ExitCode = ExitCode.OK

    def __init__(
        self,
        output: str = "",
        errors: list[str] | None = None,
        exit_code: ExitCode = ExitCode.OK,
    ) -> None:
        self.output = output
        self.errors = [] if errors is None else errors
        self.exit_code = exit_code


def _bad(error: FactcheckError) -> Outcome:
    from factcheck.loader import LoadError

    messages = [str(p) for p in error.problems] if isinstance(error, LoadError) else [str(error)]
    return Outcome(errors=messages, exit_code=ExitCode.BAD_INPUT)


# -- quantity -------------------------------------------------------------------------------------


QUANTITY_CHUNK_CHARS = 1 << 20  # a stream is read a megabyte of characters at a time ...
MAX_STREAM_CHARS = 16 << 20  # ... and no more than this in all
MAX_FIGURE_LINES = 100_000  # figures read from one stream


@record_with_dict
class QuantityRequest(Record):
    """Figures to read: expressions given as arguments, ``-`` for standard input, and files, one figure a line
    (with ``find``, each is a passage and every figure in it is listed)."""

    expressions: tuple[str, ...]
    format: str = "text"
    find: bool = False
    context: str | None = None
    files: tuple[str, ...] = ()
    stdin: TextIO | None = field(default=None, compare=False)

    def __init__(
        self,
        expressions: tuple[str, ...],
        format: str = "text",
        find: bool = False,
        context: str | None = None,
        files: tuple[str, ...] = (),
        stdin: TextIO | None = None,
    ) -> None:
        set_field(self, "expressions", expressions)
        set_field(self, "format", format)
        set_field(self, "find", find)
        set_field(self, "context", context)
        set_field(self, "files", files)
        set_field(self, "stdin", stdin)


def run_quantity(request: QuantityRequest) -> Outcome:
    """Read each expression (or, with ``find``, every figure in each passage)."""
    from factcheck.formatters.quantities import QUANTITY_FORMATS, Reading
    from factcheck.quantity import parse_quantity  # here: check and its cached re-run need no reader

    readings: list[Reading] = []
    errors: list[str] = []
    for expression in request.expressions:
        if expression == "-" and request.stdin is not None and not request.find:
            _read_stream("-", request.stdin, request, readings, errors)
            continue
        try:
            if request.find:
                readings.extend(_find(expression))
            else:
                readings.append(Reading(expression, parse_quantity(expression, context=request.context)))
        except FactcheckError as error:
            errors.append(f"{_short(expression)}: {error}")
    for name in request.files:
        if request.find:
            _find_in_document(name, readings, errors)
            continue
        try:
            with Path(name).open(encoding="utf-8", newline="") as stream:
                _read_stream(name, stream, request, readings, errors)
        except OSError as error:
            errors.append(_("{name}: cannot read: {reason}").format(name=name, reason=error.strerror or error))
    output = QUANTITY_FORMATS[request.format](readings) if readings or not errors else ""
    return Outcome(output, errors, ExitCode.BAD_INPUT if errors else ExitCode.OK)


def _read_stream(
    name: str, stream: TextIO, request: QuantityRequest, readings: list[Reading], errors: list[str]
) -> None:
    """Figures from a stream read in bounded chunks: one a line, or (``find``) every figure of the passage."""
    from factcheck.formatters.quantities import Reading
    from factcheck.quantity import parse_quantity

    try:
        count = 0
        for number, line in enumerate(_lines(stream), start=1):
            expression = line.strip()
            if not expression:
                continue
            count += 1
            if count > MAX_FIGURE_LINES:
                errors.append(
                    _("{name}:{line}: more than {limit:,} figures: split the list").format(
                        name=name, line=number, limit=MAX_FIGURE_LINES
                    )
                )
                return
            try:
                readings.append(Reading(expression, parse_quantity(expression, context=request.context)))
            except FactcheckError as error:
                errors.append(f"{name}:{number}: {_short(expression)}: {error}")
    except UnicodeDecodeError:
        errors.append(_("{name}: not UTF-8 text").format(name=name))
    except FactcheckError as error:
        errors.append(f"{name}: {error}")


def _lines(stream: TextIO) -> Iterator[str]:
    """Lines of a stream, each at most one chunk long and the whole at most MAX_STREAM_CHARS."""
    for _offset, chunk in _chunks(stream):
        lines = chunk.split("\n")
        yield from lines[:-1] if chunk.endswith("\n") else lines


def _chunks(stream: TextIO) -> Iterator[tuple[int, str]]:
    """(offset, text) pieces of a stream, each ending at a line break, read a chunk at a time."""
    offset = 0
    pending = ""
    line = 1
    while True:
        block = stream.read(QUANTITY_CHUNK_CHARS)
        if "\x00" in block:
            at = (pending + block).index("\x00")
            line_of = line + (pending + block).count("\n", 0, at)
            raise FactcheckError(_("line {line}: NUL character: this is not a text file").format(line=line_of))
        pending += block
        if not block:
            if pending:
                yield offset, pending
            return
        cut = pending.rfind("\n")
        if cut < 0:
            if len(pending) > QUANTITY_CHUNK_CHARS:
                raise FactcheckError(
                    _("line {line}: longer than {limit:,} characters: break it up").format(
                        line=line, limit=QUANTITY_CHUNK_CHARS
                    )
                )
            continue
        piece, pending = pending[: cut + 1], pending[cut + 1 :]
        if offset + len(piece) > MAX_STREAM_CHARS:
            raise FactcheckError(
                _("line {line}: input too long: more than {limit:,} characters").format(
                    line=line, limit=MAX_STREAM_CHARS
                )
            )
        yield offset, piece
        offset += len(piece)
        line += piece.count("\n")


def _find_in_document(name: str, readings: list[Reading], errors: list[str]) -> None:
    """Every figure in a file, read as any document is (its size limits, positions in its own terms)."""
    from factcheck.documents import read_document
    from factcheck.formatters.quantities import Reading
    from factcheck.quantity import find_quantities

    try:
        document = read_document(name)
    except FactcheckError as error:
        errors.append(str(error))
        return
    located = [(q, document.locate(q.start)) for q in find_quantities(document.text)]
    readings.extend(Reading(q.text, q, at.line, at.column, str(at)) for q, at in located)


def _find(passage: str) -> list[Reading]:
    from factcheck.formatters.quantities import Reading
    from factcheck.quantity import find_quantities

    if passage == "-":  # standard input, read as any document is (same size limit, a piped PDF recognised)
        from factcheck.documents import read_stdin

        document = read_stdin()
        located = [(q, document.locate(q.start)) for q in find_quantities(document.text)]
        return [Reading(q.text, q, at.line, at.column, str(at)) for q, at in located]
    if len(passage) > MAX_PASSAGE_CHARS:
        raise FactcheckError(
            _("passage too long: {count} characters (at most {limit})").format(
                count=len(passage), limit=MAX_PASSAGE_CHARS
            )
        )
    _check_text(passage)
    lines = LineIndex(passage)
    return [Reading(q.text, q, *lines.line_column(q.start)) for q in find_quantities(passage)]


def _check_text(passage: str) -> None:
    if any(0xD800 <= ord(c) <= 0xDFFF for c in passage):
        raise FactcheckError(_("the passage is not valid UTF-8 text"))
    at = passage.find("\x00")
    if at >= 0:
        row, column = LineIndex(passage).line_column(at)
        raise FactcheckError(
            _("NUL character at line {line}, column {column}: this is not a text file").format(line=row, column=column)
        )


def _short(text: str, limit: int = 40) -> str:
    shown = text if len(text) <= limit else text[: limit - 1] + "…"
    return repr(shown)


# -- reports: shared by check, draft and scan ------------------------------------------------------


@record_with_dict
class ReportOptions(Record):
    """How to write a report and when it fails, as the user asked (None: from the configuration)."""

    format: str | None = None
    output: str | None = None
    strict: bool = False
    fail_on: str | None = None
    quiet: bool = False  # only what did not pass; nothing but the summary when everything passed
    color: bool | None = None  # None: see use_color (a terminal, NO_COLOR, FORCE_COLOR)
    width: int | None = None
    config: str | None = None  # --config; else the nearest factcheck.yaml or [tool.factcheck]
    passes: bool = True  # list the rules that pass (scan lists them only with --verbose)
    claimreview: tuple[str, ...] = ()  # --claimreview KEY=VALUE: publisher, url, date, warnings

    def __init__(
        self,
        format: str | None = None,
        output: str | None = None,
        strict: bool = False,
        fail_on: str | None = None,
        quiet: bool = False,
        color: bool | None = None,
        width: int | None = None,
        config: str | None = None,
        passes: bool = True,
        claimreview: tuple[str, ...] = (),
    ) -> None:
        set_field(self, "format", format)
        set_field(self, "output", output)
        set_field(self, "strict", strict)
        set_field(self, "fail_on", fail_on)
        set_field(self, "quiet", quiet)
        set_field(self, "color", color)
        set_field(self, "width", width)
        set_field(self, "config", config)
        set_field(self, "passes", passes)
        set_field(self, "claimreview", claimreview)


def load_settings(options: ReportOptions) -> Config:
    from factcheck.config import find_config, load_config
    from factcheck.formatters import REPORT_FORMATS

    path = Path(options.config) if options.config else find_config()
    return load_config(path, tuple(REPORT_FORMATS))


def _resolve_format(options: ReportOptions, config: Config, terminal: bool) -> str:
    """--format, else format: in the configuration, else github under GitHub Actions, else rich on a
    terminal and the one-line-per-finding text format everywhere else (pipes, files, editors)."""
    if options.format:
        return options.format
    if config.format:
        return config.format
    if os.environ.get("GITHUB_ACTIONS"):
        return "github"
    return "rich" if terminal else "text"


def use_color(option: bool | None, terminal: bool) -> bool:
    """--color always/never wins; else NO_COLOR turns colour off, FORCE_COLOR on, and a terminal decides."""
    if option is not None:
        return option
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR", "") not in ("", "0", "false"):
        return True
    return terminal


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
            Problem(
                config.path or "config",
                config.severity_lines.get(r, 1),
                1,
                _("severity for unknown rule {rule!r}").format(rule=r),
            )
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
    report: Report | Replay,
    options: ReportOptions,
    config: Config,
    stdout: TextIO | None,
    protected: tuple[str | None, ...],
    articles: Sequence[Article] = (),
    record: Callable[[Replay], None] | None = None,
) -> Outcome:
    """Write ``report`` to stdout or ``--output``, never over one of the user's input files.

    A :class:`~factcheck.batch.Replay` is a report's text as an earlier run wrote it; ``record`` receives the
    text this run writes, to replay it next time.
    """
    from factcheck.batch import Recording, Replay
    from factcheck.formatters import formatter_class
    from factcheck.safeio import write_report

    stream = stdout if stdout is not None else sys.stdout
    terminal = options.output is None and stream.isatty()
    color = use_color(options.color, terminal)
    fail_on = _resolve_fail_on(options, config)
    if isinstance(report, Replay):
        write: Callable[[TextIO], None] = report.write
        code = ExitCode.FAILED if fail_on in report.failing else ExitCode.OK
        summary = report.summary
    else:
        from factcheck.formatters.base import summary_line

        try:
            settings = claimreview_settings(options.claimreview, config)
        except FactcheckError as error:
            return _bad(error)
        formatter = formatter_class(_resolve_format(options, config, terminal))(
            quiet=options.quiet, color=color, width=options.width, passes=options.passes, settings=settings
        )
        if formatter.needs_text or (formatter.locates_in_text and _rule_not_passing(report)):
            report = _with_article_text(report, articles)
        code = ExitCode.FAILED if report.failed(fail_on=fail_on) else ExitCode.OK
        summary = summary_line(report) if options.output is not None or record is not None else ""
        write = functools.partial(formatter.emit, report)  # control characters shown, not obeyed
        if record is not None:
            write = Recording(write, report, summary, record)
    fmt = _resolve_format(options, config, terminal)
    try:
        if options.output is None:
            write(stream)
            return Outcome(exit_code=code)
        target = Path(options.output)
        if _is_one_of(target, protected):
            message = _("--output {path} is one of the input files: choose another path").format(path=target)
            return Outcome(errors=[message], exit_code=ExitCode.BAD_INPUT)
        buffer = io.StringIO()
        write(buffer)
        # Replaces only an earlier report of this format, atomically; never a user's file, link or pipe.
        owns = formatter_class(fmt).owns_report
        write_report(target, buffer.getvalue(), owns, _("report ({format} format)").format(format=fmt))
    except FactcheckError as error:
        return _bad(error)
    return Outcome(output="" if options.quiet else summary + "\n", exit_code=code)


def _is_one_of(target: Path, paths: Sequence[str | None]) -> bool:
    """Whether ``target`` is the same file as one of ``paths`` (by device and inode: links count too)."""
    try:
        wanted = target.stat()
    except OSError:
        return False  # a file that does not exist is none of the inputs
    for path in paths:
        if path is None:
            continue
        try:
            found = Path(path).stat()
        except OSError:
            continue
        if (found.st_dev, found.st_ino) == (wanted.st_dev, wanted.st_ino):
            return True
    return False


def claimreview_settings(pairs: Sequence[str], config: Config) -> dict[str, str]:
    """ClaimReview's publisher, URL pattern, date and warnings: the configuration, then --claimreview KEY=VALUE."""
    from factcheck.config import CLAIMREVIEW_KEYS, claimreview_problem
    from factcheck.loader import did_you_mean

    settings = dict(config.claimreview)
    for pair in pairs:
        key, equals, value = pair.partition("=")
        if not equals:
            raise FactcheckError(
                _("--claimreview {pair}: give KEY=VALUE, e.g. publisher='Example Fact Desk'").format(pair=pair)
            )
        if key not in CLAIMREVIEW_KEYS:
            raise FactcheckError(
                _("--claimreview: unknown setting {key!r}{suggestion}").format(
                    key=key, suggestion=did_you_mean(key, CLAIMREVIEW_KEYS)
                )
            )
        problem = claimreview_problem(key, value)
        if problem:
            raise FactcheckError(f"--claimreview: {problem}")
        settings[key] = value
    return settings


def _rule_not_passing(report: Report) -> bool:
    from factcheck.findings import Kind, Status

    return any(f.kind is Kind.RULE and f.status is not Status.PASS for f in report.findings)


def _with_article_text(report: Report, articles: Sequence[Article]) -> Report:
    """Mark each article's figures by verdict, for formats that show the article (HTML) or point at its
    lines (text, github)."""
    from factcheck.draft import mark_article
    from factcheck.loader import display_path

    by_id = {a.id: a for a in articles}
    results = []
    for result in report.articles:
        article = by_id.get(result.id)
        view = mark_article(article, result) if article is not None and result.draft is None else None
        if view is not None and article is not None and article.text_path is not None:
            # A claims file names its text relative to itself; scan's in-memory article is its own document.
            shown = article.text_path if article.text_path == result.claims_file else None
            view = replace(view, path=shown or display_path(Path(article.claims_file).parent / article.text_path))
        results.append(replace(result, text=view) if view is not None else result)
    return replace(report, articles=tuple(results))


# -- check ------------------------------------------------------------------------------------------


DEFAULT_OPTIONS = ReportOptions()  # the options a request has when none are given (one object, shared)
SCAN_OPTIONS = ReportOptions(passes=False)  # scan lists passing rules only with --verbose


@record_with_dict
class CheckRequest(Record):
    """`factcheck check`: the paths to check and how to report."""

    paths: tuple[str, ...] = ()
    options: ReportOptions = DEFAULT_OPTIONS
    exclude: tuple[str, ...] = ()  # glob patterns of files and folders to skip (and exclude: in the config)
    baseline: str | None = None  # known failures to accept (default: baseline: in the config)
    write_baseline: bool = False  # record the current failures in the baseline instead of reporting
    jobs: int | None = None  # worker processes; None: one per core, when there is enough to check
    cache: bool = True  # --no-cache: False
    cache_dir: str | None = None  # --cache-dir; None: .factcheck_cache beside factcheck.yaml, else here

    def __init__(
        self,
        paths: tuple[str, ...] = (),
        options: ReportOptions = DEFAULT_OPTIONS,
        exclude: tuple[str, ...] = (),
        baseline: str | None = None,
        write_baseline: bool = False,
        jobs: int | None = None,
        cache: bool = True,
        cache_dir: str | None = None,
    ) -> None:
        set_field(self, "paths", paths)
        set_field(self, "options", options)
        set_field(self, "exclude", exclude)
        set_field(self, "baseline", baseline)
        set_field(self, "write_baseline", write_baseline)
        set_field(self, "jobs", jobs)
        set_field(self, "cache", cache)
        set_field(self, "cache_dir", cache_dir)


def run_check(request: CheckRequest, stdout: TextIO | None = None) -> Outcome:
    """Load claims and rules, evaluate them, and write the report.

    Article by article, on every core, from the cache where nothing changed (see :mod:`factcheck.batch`);
    when the archive does not plan cleanly, the whole input is loaded at once as the loader has always done.
    """
    from factcheck.batch import batch_gc

    try:
        config = load_settings(request.options)
        paths = request.paths or config.paths or tuple(p for p in DEFAULT_PATHS if Path(p).exists())
        if not paths:
            raise FactcheckError(
                _(
                    "no claims/ or rules/ folder here: run in a project folder, give claims and rules paths, "
                    "or set paths: in factcheck.yaml"
                )
            )
        excludes = request.exclude + config.exclude
        if excludes:
            paths = without_excluded(paths, excludes)
        with batch_gc():
            fast = _check_by_article(paths, request, config, stdout)
            if fast is not None:
                return fast
            articles, report = _check_all(paths, config)
    except FactcheckError as error:
        return _bad(error)
    inputs = tuple([a.claims_file for a in articles] + [a.rules_file for a in articles])
    return _finish(report, request, config, stdout, inputs, articles)


def _check_all(paths: Sequence[str | Path], config: Config) -> tuple[list[Article], Report]:
    """Every article loaded at once, then checked: what the loader and engine have always done."""
    from factcheck.engine import check
    from factcheck.loader import load
    from factcheck.switches import check_switches, switch_off

    articles = _apply_severity(load(paths, config.reading), config)
    check_switches(articles, config)
    return articles, switch_off(check(articles), articles, config)


def _finish(
    report: Report,
    request: CheckRequest,
    config: Config,
    stdout: TextIO | None,
    inputs: tuple[str | None, ...],
    articles: Sequence[Article] = (),
    record: Callable[[Replay], None] | None = None,
) -> Outcome:
    """The known failures accepted (or recorded, with --write-baseline), then the report written."""
    baseline = request.baseline or config.baseline
    try:
        if request.write_baseline:
            return _write_baseline(report, baseline)
        if baseline is not None:
            from factcheck.baseline import apply_baseline, read_baseline  # here: most checks have no baseline
            from factcheck.loader import display_path

            report = apply_baseline(
                report, read_baseline(Path(baseline), display_path(Path(baseline))), display_path(Path(baseline))
            )
    except FactcheckError as error:
        return _bad(error)
    return _write_report(report, request.options, config, stdout, (*inputs, baseline), articles, record)


def _check_by_article(
    paths: Sequence[str | Path], request: CheckRequest, config: Config, stdout: TextIO | None
) -> Outcome | None:
    """The report from the cache or from each article checked on its own; None: load everything at once."""
    from factcheck import batch
    from factcheck.cache import settings_key

    options = request.options
    stream = stdout if stdout is not None else sys.stdout
    terminal = options.output is None and stream.isatty()
    fmt = _resolve_format(options, config, terminal)
    cache = _open_cache(request, config)
    try:
        settings = settings_key([repr(config), i18n.current()]) if cache is not None else batch.UNHASHED
        plan = batch.plan(paths, settings, cache, roots=[config.base])
        baseline = request.baseline or config.baseline
        report_key = None
        if cache is not None and not request.write_baseline:
            encoding = "utf-8" if options.output is not None else getattr(stream, "encoding", None)
            color = use_color(options.color, terminal)
            report_key = batch.report_key(plan, fmt, options, color, encoding, baseline)
        inputs = tuple(f.display for unit in plan.units for f in unit.files)
        if report_key is not None and cache is not None:
            replay = batch.replay(cache, report_key)
            if replay is not None:
                return _write_report(replay, options, config, stdout, (*inputs, baseline))
        from factcheck.findings import Report
        from factcheck.formatters import formatter_class

        formatter = formatter_class(fmt)
        # Formats that show the article (HTML) or point at its lines (text, github) get it marked per article.
        text_for = "all" if formatter.needs_text else "failing" if formatter.locates_in_text else None
        work = batch.Work(config, text_for, _with_article_text)
        results = batch.run(plan.units, work, jobs=request.jobs, cache=cache)
        record = batch.recorder(cache, report_key) if cache is not None and report_key is not None else None
        return _finish(Report(tuple(results)), request, config, stdout, inputs, record=record)
    except batch.Fallback:
        return None
    finally:
        if cache is not None:
            cache.close()


def _open_cache(request: CheckRequest, config: Config) -> Cache | None:
    """The cache folder, unless --no-cache, or under CI (a pull request could bring forged entries) unless
    a folder is named with --cache-dir or FACTCHECK_CACHE_DIR."""
    from factcheck.cache import CACHE_DIR, Cache

    if not request.cache or os.environ.get("FACTCHECK_NO_CACHE"):
        return None
    named = request.cache_dir or os.environ.get("FACTCHECK_CACHE_DIR")
    if named is None and os.environ.get("CI"):
        return None
    root = Path(named) if named else (config.base if config.path else Path()) / CACHE_DIR
    return Cache.open(root)


def _write_baseline(report: Report, baseline: str | None) -> Outcome:
    from factcheck.baseline import baseline_text, entries, write_baseline
    from factcheck.loader import display_path

    if baseline is None:
        raise FactcheckError(
            _("--write-baseline needs a file: give --baseline FILE or set baseline: in factcheck.yaml")
        )
    target = Path(baseline)
    write_baseline(target, baseline_text(report))
    count = len(entries(report))
    known = ngettext("{count} known failure", "{count} known failures", count).format(count=count)
    return Outcome(
        output=_("wrote {known} to {path}: check --baseline {path} accepts them").format(
            known=known, path=display_path(target)
        )
        + "\n"
    )


def without_excluded(paths: Sequence[str], patterns: Sequence[str]) -> tuple[str, ...]:
    """The claims and rules files under ``paths`` that no pattern excludes.

    A pattern is a glob matched against each file's path as shown (relative to the working directory), against
    each folder on that path, and against each name on it: ``drafts``, ``claims/old/*``, ``*-wip.yaml``.
    """
    from fnmatch import fnmatch

    from factcheck.loader import LoadError, discover, display_path

    files, problems = discover(paths)
    if problems:
        raise LoadError(problems)

    def excluded(path: Path) -> bool:
        shown = display_path(path)
        parts = shown.split("/")
        prefixes = ["/".join(parts[: i + 1]) for i in range(len(parts))]
        return any(fnmatch(candidate, pattern) for pattern in patterns for candidate in (*prefixes, *parts))

    kept = tuple(str(f) for f in files if not excluded(f))
    if not kept:
        raise FactcheckError(
            _("--exclude {patterns} leaves no claims or rules file to check").format(patterns=" ".join(patterns))
        )
    return kept


# -- draft ------------------------------------------------------------------------------------------


@record_with_dict
class DraftRequest(Record):
    """`factcheck draft`: the draft, its claims and rules, and how to report."""

    draft: str
    claims: str | None = None
    rules: tuple[str, ...] = ()
    options: ReportOptions = DEFAULT_OPTIONS

    def __init__(
        self,
        draft: str,
        claims: str | None = None,
        rules: tuple[str, ...] = (),
        options: ReportOptions = DEFAULT_OPTIONS,
    ) -> None:
        set_field(self, "draft", draft)
        set_field(self, "claims", claims)
        set_field(self, "rules", rules)
        set_field(self, "options", options)


def run_draft(request: DraftRequest, stdout: TextIO | None = None) -> Outcome:
    """Align a draft with its article's verified claims and report what changed."""
    from factcheck.documents import read_document
    from factcheck.draft import check_draft, choose_article
    from factcheck.findings import Report
    from factcheck.loader import load, rules_files_for
    from factcheck.switches import check_switches, switch_off

    try:
        config = load_settings(request.options)
        document = read_document(request.draft)
        text = document.text
        claims = Path(request.claims) if request.claims else choose_article(Path("claims"), text, config.reading)
        rules = [Path(r) for r in request.rules] or rules_files_for(claims)
        (article,) = _apply_severity(load([claims, *rules], config.reading, roots=[config.base]), config)[:1]
        check_switches([article], config)
    except FactcheckError as error:
        return _bad(error)
    report = Report((check_draft(article, document, config.reading),))  # located in the document's own terms
    report = switch_off(report, [article], config)
    protected = (article.claims_file, article.rules_file, request.draft)
    outcome = _write_report(report, request.options, config, stdout, protected, [article])
    outcome.errors[:0] = document.notes  # what the reader could not read (a scanned page), on stderr
    return outcome


# -- extract and scan ---------------------------------------------------------------------------------


@record_with_dict
class ExtractRequest(Record):
    """`factcheck extract`: the article to draft claims and rules from, and where to write them."""

    article: str
    output_dir: str | None = None
    force: bool = False
    article_id: str | None = None
    title: str | None = None
    more: tuple[str, ...] = ()  # further articles or folders of articles
    jobs: int | None = None  # worker processes for several articles; None: one per core

    def __init__(
        self,
        article: str,
        output_dir: str | None = None,
        force: bool = False,
        article_id: str | None = None,
        title: str | None = None,
        more: tuple[str, ...] = (),
        jobs: int | None = None,
    ) -> None:
        set_field(self, "article", article)
        set_field(self, "output_dir", output_dir)
        set_field(self, "force", force)
        set_field(self, "article_id", article_id)
        set_field(self, "title", title)
        set_field(self, "more", more)
        set_field(self, "jobs", jobs)


def run_extract(request: ExtractRequest) -> Outcome:
    """Draft claims and rules for an article; write them under ``output_dir`` or print them."""
    if request.more or (request.article != "-" and Path(request.article).is_dir()):
        return _extract_many(request)
    from factcheck.documents import STDIN, read_document
    from factcheck.extract import article_id_for, extract, relative_text_path
    from factcheck.extract.ids import validate_article_id

    path = Path(request.article)
    try:
        if request.article_id is not None:
            article_id = validate_article_id(request.article_id)
        else:
            article_id = article_id_for(path) if request.article != STDIN else "stdin"
        document = read_document(request.article)
    except FactcheckError as error:
        return _bad(error)
    extraction = extract(document, article_id, request.title or document.title)
    notes = [*document.notes, *([_dropped_note(extraction.dropped)] if extraction.dropped else [])]

    def text_path(claims_dir: Path) -> str | None:  # standard input has no path for the claims to name
        return relative_text_path(path, claims_dir) if request.article != STDIN else None

    if request.output_dir is None:
        claims = extraction.claims_yaml(text_path(Path("claims")))
        output = f"# --- claims/{article_id}.yaml\n{claims}# --- rules/{article_id}.yaml\n{extraction.rules_yaml()}"
        return Outcome(output=output, errors=notes)
    root = Path(request.output_dir)
    claims_path = root / "claims" / f"{article_id}.yaml"
    rules_path = root / "rules" / f"{article_id}.yaml"
    existing = [str(p) for p in (claims_path, rules_path) if os.path.lexists(p)]  # a dangling link exists too
    if existing and not request.force:
        message = ngettext(
            "{paths} already exists: nothing written; use --force to overwrite",
            "{paths} already exist: nothing written; use --force to overwrite",
            len(existing),
        ).format(paths=", ".join(existing))
        return Outcome(errors=[message], exit_code=ExitCode.BAD_INPUT)
    try:
        make_folder(claims_path.parent)
        make_folder(rules_path.parent)
        create_file(claims_path, extraction.claims_yaml(text_path(claims_path.parent)), overwrite=request.force)
        create_file(rules_path, extraction.rules_yaml(), overwrite=request.force)
        write_schemas(root)
    except FactcheckError as error:
        return _bad(error)
    figures = len(extraction.document.figures)
    rules = sum(1 for s in extraction.suggestions if s.check)
    wrote = _("wrote {claims_path} ({claims}) and {rules_path} ({rules})").format(
        claims_path=claims_path,
        claims=ngettext("{count} claim", "{count} claims", figures).format(count=figures),
        rules_path=rules_path,
        rules=ngettext("{count} suggested rule", "{count} suggested rules", rules).format(count=rules),
    )
    wrote += "\n"
    return Outcome(output=wrote, errors=notes)


def _dropped_note(count: int) -> str:
    return ngettext(
        "note: {count} suggested rule was left out because it would not load or evaluate "
        "(a shortcoming of extract, not of the text)",
        "note: {count} suggested rules were left out because they would not load or evaluate "
        "(a shortcoming of extract, not of the text)",
        count,
    ).format(count=count)


def _extract_many(request: ExtractRequest) -> Outcome:
    """Several articles (or folders of them), each drafted as run_extract drafts one, in worker processes;
    the output and the messages in the order of the articles, whatever the number of workers."""
    from factcheck.batch import map_jobs
    from factcheck.extract import article_id_for

    if request.article_id is not None or request.title is not None:
        message = _("--id and --title name one article: give one ARTICLE")
        return Outcome(errors=[message], exit_code=ExitCode.BAD_INPUT)
    try:
        names = article_files((request.article, *request.more), ())
    except FactcheckError as error:
        return _bad(error)
    ids = [article_id_for(Path(name)) if name != "-" else "stdin" for name in names]
    twice = sorted({i for i in ids if ids.count(i) > 1})
    if twice:
        message = _("several articles would be {ids}: extract them one at a time with --id").format(
            ids=", ".join(twice)
        )
        return Outcome(errors=[message], exit_code=ExitCode.BAD_INPUT)
    if request.output_dir is not None and not request.force:
        root = Path(request.output_dir)
        existing = [
            str(path)
            for i in ids
            for path in (root / "claims" / f"{i}.yaml", root / "rules" / f"{i}.yaml")
            if path.exists()
        ]
        if existing:
            message = ngettext(
                "{paths} already exists: nothing written; use --force to overwrite",
                "{paths} already exist: nothing written; use --force to overwrite",
                len(existing),
            ).format(paths=", ".join(existing))
            return Outcome(errors=[message], exit_code=ExitCode.BAD_INPUT)
    jobs = 1 if "-" in names else request.jobs or _default_jobs()
    one = [replace(request, article=name, more=(), jobs=1) for name in names]
    outcomes = list(map_jobs(run_extract, one, jobs))
    return Outcome(
        output="".join(o.output for o in outcomes),
        errors=[error for o in outcomes for error in o.errors],
        exit_code=max((o.exit_code for o in outcomes), default=ExitCode.OK),
    )


def _default_jobs() -> int:
    from factcheck.batch import default_jobs

    return default_jobs()


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


@record_with_dict
class ScanRequest(Record):
    """`factcheck scan`: the articles to scan and how to report."""

    article: str
    options: ReportOptions = SCAN_OPTIONS
    more: tuple[str, ...] = ()  # further articles or folders of articles: scan over an archive
    exclude: tuple[str, ...] = ()  # glob patterns of files and folders to skip (and exclude: in the config)
    jobs: int | None = None  # worker processes for several articles; None: one per core

    def __init__(
        self,
        article: str,
        options: ReportOptions = SCAN_OPTIONS,
        more: tuple[str, ...] = (),
        exclude: tuple[str, ...] = (),
        jobs: int | None = None,
    ) -> None:
        set_field(self, "article", article)
        set_field(self, "options", options)
        set_field(self, "more", more)
        set_field(self, "exclude", exclude)
        set_field(self, "jobs", jobs)


def path_is_dir(path: Path) -> bool:
    """``Path.is_dir`` that says False, not raises, for a name the system cannot even look up (too long)."""
    try:
        return path.is_dir()
    except (OSError, ValueError):
        return False


def article_files(paths: Sequence[str], patterns: Sequence[str]) -> list[str]:
    """The article files named by ``paths``: files as given ('-' too), folders searched for articles, less
    what ``patterns`` exclude (matched like check's --exclude)."""
    from fnmatch import fnmatch

    from factcheck.documents import FORMATS  # a folder is searched for every format the documents layer reads
    from factcheck.loader import LoadError, display_path, walk_files

    def excluded(path: Path) -> bool:
        parts = display_path(path).split("/")
        candidates = ["/".join(parts[: i + 1]) for i in range(len(parts))] + parts
        return any(fnmatch(candidate, pattern) for pattern in patterns for candidate in candidates)

    found: list[str] = []
    for raw in paths:
        path = Path(raw)
        if raw != "-" and path_is_dir(path):
            # Regular files only, never through a link out of the folder; an unreadable folder is an error.
            inside, problems = walk_files(path, lambda name: Path(name).suffix.lower() in FORMATS)
            if problems:
                raise LoadError(problems)
            found.extend(str(p) for p in inside if not excluded(p))
        elif raw == "-" or not excluded(path):
            found.append(raw)
    if not found:
        raise FactcheckError(
            _("no article to scan in {paths} (looked for {formats})").format(
                paths=" ".join(paths), formats=", ".join(FORMATS)
            )
        )
    return list(dict.fromkeys(found))


def run_scan(request: ScanRequest, stdout: TextIO | None = None) -> Outcome:
    """Extract and check articles in memory: what fails or needs a look, with the quotes.

    No YAML is written or read back: each extraction becomes an article directly (the same one loading
    ``extract``'s files would give).  A suggested rule that cannot be evaluated is the model's mistake, not
    the text's: it is left out and counted, never reported as an alarm.  Each article is scanned on its own,
    in worker processes when there are several (``jobs``); the report is the same whatever their number.
    """
    from factcheck.batch import batch_gc, map_jobs
    from factcheck.findings import Report
    from factcheck.formatters import formatter_class

    try:
        config = load_settings(request.options)
        paths = article_files((request.article, *request.more), request.exclude + config.exclude)
    except FactcheckError as error:
        return _bad(error)
    stream = stdout if stdout is not None else sys.stdout
    formatter = formatter_class(
        _resolve_format(request.options, config, request.options.output is None and stream.isatty())
    )
    text_for = "all" if formatter.needs_text else "failing" if formatter.locates_in_text else None
    jobs = 1 if "-" in paths else request.jobs or _default_jobs()
    results: list[ArticleResult] = []
    dropped = 0
    unread: list[str] = []
    with batch_gc():
        for scanned in map_jobs(_scan_article, [(path, config, text_for) for path in paths], jobs):
            if isinstance(scanned, Outcome):
                return scanned
            results.extend(scanned[0])
            dropped += scanned[1]
            unread.extend(scanned[2])
    outcome = _write_report(Report(tuple(results)), request.options, config, stdout, tuple(paths))
    outcome.errors[:0] = unread  # what the reader could not read (a scanned page), on stderr
    if dropped:
        outcome.errors.append(_dropped_note(dropped))
    return outcome


def _scan_article(
    work: tuple[str, Config, str | None],
) -> tuple[tuple[ArticleResult, ...], int, tuple[str, ...]] | Outcome:
    """One article scanned, with what is switched off taken out and, for the formats that show or point
    into the article, its text marked (``text_for``: "all" articles, or those with a failing rule); with
    the number of suggested rules left out and the reader's notes on what it could not read."""
    from factcheck.switches import switch_off

    name, config, text_for = work
    scanned = _scan_one(name, config)
    if isinstance(scanned, Outcome):
        return scanned
    report, articles, dropped, unread = scanned
    report = switch_off(report, articles, config)
    if text_for == "all" or (text_for == "failing" and _rule_not_passing(report)):
        report = _with_article_text(report, articles)
    return report.articles, dropped, unread


def _scan_one(name: str, config: Config) -> tuple[Report, list[Article], int, tuple[str, ...]] | Outcome:
    """One article (a file, or '-' for standard input) extracted and checked in memory; with the number of
    suggested rules left out and the reader's notes on what it could not read."""
    from factcheck.documents import STDIN, read_document
    from factcheck.extract import article_id_for, checked, propose
    from factcheck.extract.article import to_article
    from factcheck.extract.suggestion import Suggestion
    from factcheck.findings import Report

    path = Path(name)
    try:
        document = read_document(name)
    except FactcheckError as error:
        return _bad(error)
    article_id = article_id_for(path) if name != STDIN else "stdin"
    # What extract does (it checks what it proposes, as scan would, on the article built at the document's
    # positions), with the model let go before the check: the text's structure, its sentences and the figures
    # no rule names are not needed once the article is built, so they are not held while it is checked.
    extraction = propose(document, article_id, document.title, settings=config.reading)
    article = to_article(extraction, document.path, document)
    # The check needs of each suggestion only its id and what it derives: not its figures, which hold the
    # model's reading of the whole text (its quantities, sentences and clauses), let go with it here.
    suggestions = tuple(Suggestion(s.pattern, s.id, "", "", (), derive=s.derive) for s in extraction.suggestions)
    dropped = extraction.dropped
    where = {f.id: f.start for f in extraction.document.figures}
    del extraction
    result, article, broken = checked(article, suggestions)
    del suggestions
    located = _locate_in_article(Report((result,)), where, document)
    # for the formats that show it, or point at its lines in the file's own terms
    shown = replace(article, text=document.text, text_path=document.path, text_document=document)
    return located, [shown], dropped + len(broken), document.notes


def _locate_in_article(report: Report, where: dict[str, int], document: Document) -> Report:
    """Scan's files exist only in memory: point each finding at the document position of its first figure
    (``where``: each figure's id and offset)."""
    from factcheck.findings import Report

    def place(finding: Finding) -> Finding:
        starts = [where[c] for c in finding.claims if c in where]
        if finding.suggested == "share" and starts:
            # share(part, whole) == P: at the share the text states, never at a whole paragraphs above it
            starts = starts[-1:]
        at = document.locate(min(starts)) if starts else document.locate(0)
        return replace(finding, file=document.path, line=at.line, column=at.column, where=str(at))

    articles = tuple(
        replace(a, findings=tuple(place(f) for f in a.findings), claims_file=document.path, rules_file=None)
        for a in report.articles
    )
    return Report(articles)
