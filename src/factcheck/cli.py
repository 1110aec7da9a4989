"""Command-line interface: click options -> a request object -> the app -> an exit code."""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, NoReturn, TypeVar

# The imports below allocate some twenty thousand objects, none of them garbage: the collector would walk the
# young ones twenty times over (about 2 ms of every start-up) and free nothing.  It is off while this module
# loads, and back as it was once all of it is frozen (at the end of the module).
_COLLECTING = gc.isenabled()
gc.disable()

import click  # noqa: E402

from factcheck import __version__, i18n  # noqa: E402
from factcheck.clihelp import Group  # noqa: E402
from factcheck.exitcodes import FAIL_ON, ExitCode  # noqa: E402
from factcheck.formatters import QUANTITY_FORMAT_NAMES, REPORT_FORMATS  # noqa: E402
from factcheck.i18n import _  # noqa: E402

F = TypeVar("F", bound=Callable[..., Any])

# Click keeps the help text it is given below, so the language is chosen before the commands are defined:
# --lang on the command line, then language: in the configuration, then the locale (factcheck.i18n).
i18n.use(i18n.choose(sys.argv[1:]))


class _Process:
    ending = False  # set by main(): the process ends when its command does


@contextmanager
def _collector_off() -> Iterator[None]:
    """The cyclic collector off for a whole check, as it already is while the articles are checked (see
    batch.batch_gc): before them the check imports its modules and reads its settings (a dozen collections,
    about 1 ms, that free nothing), after them it writes its report.  When the process ends with the check
    (main), what it made is frozen first: neither a collection on the way out nor the interpreter's last one
    walks it (another 2 ms).  Back as it was afterwards (a test may run many checks in one process)."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if _Process.ending:
            gc.freeze()
        if collecting:
            gc.enable()


def _located(message: str) -> bool:
    """file:line:col: messages stand as they are, so editors and CI can jump to them."""
    head = message.split(": ", 1)[0]
    return head.count(":") >= 2 and head.rsplit(":", 2)[-1].isdigit()


def _emit(output: str, errors: list[str], code: ExitCode) -> None:
    if output:
        click.echo(output, nl=False)
    if errors:
        from factcheck.sanitize import visible  # here, not at start-up: --help loads click and the CLI only
    for error in errors:
        error = visible(error)  # a file name or a value from the input may hold ESC, CR, bidi overrides
        click.echo(error if _located(error) else _("factcheck: error: {message}").format(message=error), err=True)
    sys.exit(int(code))


def report_options(function: F) -> F:
    """The options every report command shares; the format choices come from the formatter registry."""
    options = [
        click.option(
            "--format",
            "fmt",
            type=click.Choice(list(REPORT_FORMATS)),
            default=None,
            help=_(
                "Report format (default: format: in factcheck.yaml, github under GitHub Actions, rich on a "
                "terminal, else text)."
            ),
        ),
        click.option(
            "--output", "-o", type=click.Path(dir_okay=False), metavar="FILE", help=_("Write the report to FILE.")
        ),
        click.option("--strict", is_flag=True, help=_("Warnings fail too: the same as --fail-on warning.")),
        click.option(
            "--fail-on",
            type=click.Choice(FAIL_ON),
            default=None,
            help=_("What makes the exit code 1 (default: error)."),
        ),
        click.option("--quiet", "-q", is_flag=True, help=_("Show only what did not pass, and the summary.")),
        click.option(
            "--color",
            type=click.Choice(COLOR_CHOICES),
            default="auto",
            show_default=True,
            help=_("Colour: auto (on a terminal, unless NO_COLOR is set or FORCE_COLOR asks), always or never."),
        ),
        click.option(
            "--config",
            type=click.Path(dir_okay=False),
            metavar="FILE",
            help=_("factcheck.yaml or pyproject.toml to use."),
        ),
        click.option(
            "--claimreview",
            multiple=True,
            metavar="KEY=VALUE",
            help=_("For --format claimreview: publisher=, url= (a pattern with {claim}), date=, warnings=true."),
        ),
    ]
    for option in reversed(options):
        function = option(function)
    return function


COLOR_CHOICES = ("auto", "always", "never")


def _options(options: dict[str, Any], passes: bool = True) -> Any:
    """The shared report options, as click passed them, as the app's ReportOptions."""
    from factcheck.app import ReportOptions

    return ReportOptions(
        format=options["fmt"],
        output=options["output"],
        strict=options["strict"],
        fail_on=options["fail_on"],
        quiet=options["quiet"],
        color={"always": True, "never": False}.get(options.get("color") or "auto"),
        config=options["config"],
        passes=passes,
        claimreview=tuple(options.get("claimreview") or ()),
    )


def _language(ctx: click.Context, param: click.Parameter, value: str | None) -> None:
    if value is None:
        return
    language = i18n.normalize(value)
    if language is None:
        raise click.BadParameter(
            _("{value!r} is not a language factcheck speaks: use en, zh_CN or zh_TW.").format(value=value),
            ctx,
            param,
        )
    i18n.use(language)


def language_option(function: F) -> F:
    """--lang, on the group and on every command, so it may be given before or after the command's name."""
    option = click.option(
        "--lang",
        metavar="LANG",
        expose_value=False,
        is_eager=True,
        callback=_language,
        help=_(
            "Language of messages and reports: en, zh_CN or zh_TW (default: language: in factcheck.yaml, else "
            "the locale)."
        ),
    )
    return option(function)


@click.group(
    cls=Group,
    context_settings={"help_option_names": ["-h", "--help"]},
    help=_(
        "Check the figures in governance and news writing.\n\n"
        "Exit codes: 0 nothing failed, 1 a check failed, 2 bad input or usage."
    ),
)
@click.version_option(__version__, "-V", "--version", prog_name="factcheck")
@language_option
def cli() -> None:
    pass


@cli.command(
    short_help=_("Show how figures are read: 15万多件, 29.2%, 98%以上."),
    help=_(
        "Show how each figure EXPRESSION is read, e.g. 15万多件, 29.2%, 98%以上, 'more than 6,000'.\n\n"
        "'-' reads figures from standard input, one per line; with --find, every figure in the text."
    ),
)
@click.argument("expressions", nargs=-1)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(QUANTITY_FORMAT_NAMES),
    default="text",
    show_default=True,
    help=_("Output format."),
)
@click.option(
    "--find", is_flag=True, help=_("Treat each argument as a passage ('-' reads stdin) and list every figure in it.")
)
@click.option("--context", type=click.Choice(["share"]), help=_("Read percentages as shares, capped at 100%."))
@click.option(
    "--file",
    "-f",
    "files",
    multiple=True,
    type=click.Path(dir_okay=False),
    metavar="FILE",
    help=_("Read figures from FILE, one per line (with --find: every figure in FILE)."),
)
@language_option
def quantity(expressions: tuple[str, ...], fmt: str, find: bool, context: str | None, files: tuple[str, ...]) -> None:
    from factcheck.app import QuantityRequest, run_quantity

    if not expressions and not files:
        raise click.UsageError(_("give a figure to read, '-' for standard input, or --file FILE"))
    outcome = run_quantity(QuantityRequest(expressions, fmt, find, context, files, sys.stdin))
    _emit(outcome.output, outcome.errors, outcome.exit_code)


JOBS_HELP = _("Worker processes for many files (default: one per core for large inputs; 1: none).")


def jobs_option(function: F) -> F:
    jobs = click.IntRange(min=1)
    jobs.name = _("whole number")  # named in click's error for a value that is not one; the metavar is N
    option = click.option("--jobs", "-j", type=jobs, default=None, metavar="N", help=JOBS_HELP)
    return option(function)


@cli.command(
    short_help=_("Verify an article's claims and consistency rules."),
    help=_(
        "Verify claims and consistency rules.\n\n"
        "PATHS are claims and rules files or folders (default: paths: in factcheck.yaml, else claims/ and "
        "rules/). Exit 0 when nothing failed, 1 when a rule or claim check failed, 2 on bad input.  With "
        "--baseline, the failures recorded in FILE (by --write-baseline) are accepted and only new ones "
        "fail.  Results are cached by the content of every file they rest on, so a re-run checks only what "
        "changed."
    ),
)
@click.argument("paths", nargs=-1, type=click.Path())
@report_options
@click.option(
    "--exclude", multiple=True, metavar="GLOB", help=_("Skip files and folders that match GLOB (repeatable).")
)
@click.option(
    "--baseline", type=click.Path(dir_okay=False), metavar="FILE", help=_("Accept the known failures recorded in FILE.")
)
@click.option(
    "--write-baseline", is_flag=True, help=_("Record the current failures in the --baseline FILE and exit 0.")
)
@jobs_option
@click.option("--no-cache", is_flag=True, help=_("Check everything again; neither read nor write the cache."))
@click.option(
    "--cache-dir",
    type=click.Path(file_okay=False),
    metavar="DIRECTORY",
    help=_("The cache folder (default: .factcheck_cache beside factcheck.yaml, else here; off under CI)."),
)
@language_option
def check(
    paths: tuple[str, ...],
    exclude: tuple[str, ...],
    baseline: str | None,
    write_baseline: bool,
    jobs: int | None,
    no_cache: bool,
    cache_dir: str | None,
    **options: Any,
) -> None:
    with _collector_off():
        from factcheck.app import CheckRequest, run_check

        request = CheckRequest(
            paths,
            _options(options),
            exclude,
            baseline,
            write_baseline,
            jobs=jobs,
            cache=not no_cache,
            cache_dir=cache_dir,
        )
        outcome = run_check(request)
        _emit(outcome.output, outcome.errors, outcome.exit_code)


@cli.command(
    short_help=_("Check a draft against the verified claims."),
    help=_(
        "Check a DRAFT (.txt, .md, .html, .docx or .pdf; - reads standard input): what did the edit do?\n\n"
        "Shows, located in the draft, which figures changed (and the likely slip), which were reworded (more "
        "or less precise, or a bound worded otherwise), which verified claims are missing, which figures no "
        "claim covers, and what the edit did to each rule: newly failing, already failing in the verified "
        "article, fixed.  Exit 1 on a changed figure or a newly failing rule (with --strict also on "
        "warnings), 2 on bad input."
    ),
)
@click.argument("draft", type=click.Path(dir_okay=False, allow_dash=True))
@click.option(
    "--claims",
    "claims",
    type=click.Path(dir_okay=False),
    metavar="FILE",
    help=_("The verified claims file of the article."),
)
@click.option(
    "--rules",
    "rules",
    multiple=True,
    type=click.Path(),
    metavar="PATH",
    help=_("Rules file(s); default: rules/ beside claims/."),
)
@report_options
@click.option("--verbose", "-v", is_flag=True, help=_("Show the rules that still hold and the derived values too."))
@language_option
def draft(draft: str, claims: str | None, rules: tuple[str, ...], verbose: bool, **options: Any) -> None:
    from factcheck.app import DraftRequest, run_draft

    outcome = run_draft(DraftRequest(draft, claims, rules, _options(options, passes=verbose)))
    _emit(outcome.output, outcome.errors, outcome.exit_code)


@cli.command(
    short_help=_("Draft claims and rules from an article's text."),
    help=_(
        "Draft claims and rules for each ARTICLE (.txt, .md, .html, .docx or .pdf; - reads standard input).\n\n"
        "Every figure becomes a claim quoting its clause; recognised arithmetic patterns become rules marked "
        "`suggested:` for review.  Prints both files, or writes DIR/claims/<id>.yaml and DIR/rules/<id>.yaml "
        "(never over existing files without --force).  An ARTICLE may be a folder: the articles in it are "
        "drafted."
    ),
)
@click.argument("articles", nargs=-1, required=True, type=click.Path(allow_dash=True))
@click.option(
    "--output-dir",
    "-o",
    type=click.Path(file_okay=False),
    metavar="DIRECTORY",
    help=_("Write claims/ and rules/ under DIR."),
)
@click.option("--force", is_flag=True, help=_("Overwrite existing claims and rules files."))
@click.option("--id", "article_id", help=_("The article id (default: from the file name)."))
@click.option("--title", help=_("The article title (default: its first line)."))
@jobs_option
@language_option
def extract(
    articles: tuple[str, ...],
    output_dir: str | None,
    force: bool,
    article_id: str | None,
    title: str | None,
    jobs: int | None,
) -> None:
    from factcheck.app import ExtractRequest, run_extract

    first, *more = articles
    outcome = run_extract(ExtractRequest(first, output_dir, force, article_id, title, tuple(more), jobs))
    _emit(outcome.output, outcome.errors, outcome.exit_code)


@cli.command(
    short_help=_("Extract and check an article at once."),
    help=_(
        "Extract and check each ARTICLE (.txt, .md, .html, .docx or .pdf; - reads stdin): what fails, with "
        "quotes.\n\n"
        "An ARTICLE may be a folder: the articles in it are scanned.  Exit 1 on a contradiction, 0 otherwise "
        "(with --strict, warnings fail too), 2 on bad input."
    ),
)
@click.argument("articles", nargs=-1, required=True, type=click.Path(allow_dash=True))
@report_options
@click.option("--verbose", "-v", is_flag=True, help=_("Show the rules that pass too."))
@click.option(
    "--exclude", multiple=True, metavar="GLOB", help=_("Skip files and folders that match GLOB (repeatable).")
)
@jobs_option
@language_option
def scan(articles: tuple[str, ...], verbose: bool, exclude: tuple[str, ...], jobs: int | None, **options: Any) -> None:
    from factcheck.app import ScanRequest, run_scan

    first, *more = articles
    outcome = run_scan(ScanRequest(first, _options(options, passes=verbose), tuple(more), exclude, jobs))
    _emit(outcome.output, outcome.errors, outcome.exit_code)


@cli.command(
    short_help=_("Print the JSON Schema of claims or rules files, or of the JSON report."),
    help=_(
        "Print the JSON Schema (2020-12) of claims or rules files (for editors), or of the JSON report "
        "factcheck.report/1 (for tools that read it)."
    ),
)
@click.argument("kind", type=click.Choice(["claims", "rules", "report"]))
@language_option
def schema(kind: str) -> None:
    if kind == "report":
        from factcheck.report_schema import report_schema_text

        click.echo(report_schema_text(), nl=False)
        return
    from factcheck.schema import schema_text

    click.echo(schema_text(kind), nl=False)


@cli.command(
    short_help=_("Scaffold a factcheck project."),
    help=_(
        "Scaffold a factcheck project in DIRECTORY: claims/, rules/, articles/, schemas/ and factcheck.yaml.\n\n"
        "Refuses to overwrite anything that exists.  Prints the pre-commit and CI snippets to add."
    ),
)
@click.argument("directory", default=".", type=click.Path(file_okay=False))
@language_option
def init(directory: str) -> None:
    from factcheck.init import run_init

    outcome = run_init(directory)
    _emit(outcome.output, outcome.errors, outcome.exit_code)


def main() -> None:
    """Run the CLI.  Exit codes: 0 nothing failed, 1 a check failed, 2 anything else, 130 on Ctrl-C."""
    # What start-up imported (click, the commands, their help) lives as long as the process: out of the cyclic
    # collector's sight, so its collections during the run walk only what the run allocates (a full one
    # would walk the twelve thousand or more objects of the imports too: about 2 ms of every start-up).
    gc.freeze()
    _Process.ending = True
    try:
        _run()
    finally:
        _Process.ending = False  # a test may call main() and go on running commands in the same process


def _run() -> NoReturn:
    try:
        code = cli.main(prog_name="factcheck", standalone_mode=False)
    except click.exceptions.Abort:  # Ctrl-C (click turns KeyboardInterrupt into Abort): the shell's code
        click.echo(_("factcheck: interrupted"), err=True)
        sys.exit(130)
    except KeyboardInterrupt:
        click.echo(_("factcheck: interrupted"), err=True)
        sys.exit(130)
    except click.ClickException as error:  # usage errors: click's own message, exit 2
        error.show()
        sys.exit(error.exit_code)
    except BrokenPipeError:  # the reader went away (| head): nothing more to say to it
        _silence_stdout()
        sys.exit(int(ExitCode.BAD_INPUT))
    except Exception as error:
        _last_net(error)
    sys.exit(code if isinstance(code, int) else 0)


def _last_net(error: Exception) -> NoReturn:
    """An error no command caught: bad input (FactcheckError, OSError) or a bug; one line and exit 2 either
    way, never 1, which CI reads as "a check failed".  Every known case is caught nearer its cause."""
    from factcheck.errors import FactcheckError
    from factcheck.sanitize import visible

    if isinstance(error, OSError) and error.strerror:
        from factcheck.safeio import reason

        problem = _("{reason}: {path}").format(reason=reason(error), path=error.filename)
        message = _("factcheck: error: {message}").format(message=problem)
    elif isinstance(error, (FactcheckError, OSError)):
        message = _("factcheck: error: {message}").format(message=error)
    elif os.environ.get("FACTCHECK_TRACEBACK"):
        raise error
    else:
        shown = f"{type(error).__name__}: {error}"
        message = _(
            "factcheck: internal error: {error} (a bug: rerun with FACTCHECK_TRACEBACK=1 and report it)"
        ).format(error=shown)
    click.echo(visible(message), err=True)
    sys.exit(int(ExitCode.BAD_INPUT))


def _silence_stdout() -> None:
    """Point stdout at /dev/null so that Python's final flush does not fail on the closed pipe again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


# What this module loaded lives as long as the process: out of the collector's sight (main() freezes again what
# came since), so that switching it back on does not start by walking all of it.
gc.freeze()
if _COLLECTING:
    gc.enable()
