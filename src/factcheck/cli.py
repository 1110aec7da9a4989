"""Command-line interface: click options -> a request object -> the app -> an exit code."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any, TypeVar

import click

from factcheck import __version__, i18n
from factcheck.clihelp import Group
from factcheck.exitcodes import ExitCode
from factcheck.findings import FAIL_ON
from factcheck.formatters import REPORT_FORMATS
from factcheck.formatters.quantities import QUANTITY_FORMATS
from factcheck.i18n import _

F = TypeVar("F", bound=Callable[..., Any])

# Click keeps the help text it is given below, so the language is chosen before the commands are defined:
# --lang on the command line, then language: in the configuration, then the locale (factcheck.i18n).
i18n.use(i18n.choose(sys.argv[1:]))


def _located(message: str) -> bool:
    """file:line:col: messages stand as they are, so editors and CI can jump to them."""
    head = message.split(": ", 1)[0]
    return head.count(":") >= 2 and head.rsplit(":", 2)[-1].isdigit()


def _emit(output: str, errors: list[str], code: ExitCode) -> None:
    if output:
        click.echo(output, nl=False)
    for error in errors:
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
            help=_("Report format (default: from factcheck.yaml; github under GitHub Actions; else rich)."),
        ),
        click.option("--output", "-o", type=click.Path(dir_okay=False), help=_("Write the report to FILE.")),
        click.option("--strict", is_flag=True, help=_("Warnings fail too: the same as --fail-on warning.")),
        click.option(
            "--fail-on",
            type=click.Choice(FAIL_ON),
            default=None,
            help=_("What makes the exit code 1 (default: error)."),
        ),
        click.option("--quiet", "-q", is_flag=True, help=_("Show only what did not pass, and the summary.")),
        click.option("--config", type=click.Path(dir_okay=False), help=_("factcheck.yaml or pyproject.toml to use.")),
    ]
    for option in reversed(options):
        function = option(function)
    return function


def _options(options: dict[str, Any], quiet: bool | None = None) -> Any:
    """The shared report options, as click passed them, as the app's ReportOptions."""
    from factcheck.app import ReportOptions

    return ReportOptions(
        format=options["fmt"],
        output=options["output"],
        strict=options["strict"],
        fail_on=options["fail_on"],
        quiet=options["quiet"] if quiet is None else quiet,
        config=options["config"],
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
@click.version_option(__version__, prog_name="factcheck")
@language_option
def cli() -> None:
    pass


@cli.command(
    short_help=_("Show how figures are read: 15万多件, 29.2%, 98%以上."),
    help=_("Show how each figure EXPRESSION is read, e.g. 15万多件, 29.2%, 98%以上, 'more than 6,000'."),
)
@click.argument("expressions", nargs=-1, required=True)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(sorted(QUANTITY_FORMATS)),
    default="text",
    show_default=True,
    help=_("Output format."),
)
@click.option(
    "--find", is_flag=True, help=_("Treat each argument as a passage ('-' reads stdin) and list every figure.")
)
@click.option("--context", type=click.Choice(["share"]), help=_("Read percentages as shares, capped at 100%."))
@language_option
def quantity(expressions: tuple[str, ...], fmt: str, find: bool, context: str | None) -> None:
    from factcheck.app import QuantityRequest, run_quantity

    outcome = run_quantity(QuantityRequest(expressions, fmt, find, context))
    _emit(outcome.output, outcome.errors, outcome.exit_code)


@cli.command(
    short_help=_("Verify an article's claims and consistency rules."),
    help=_(
        "Verify claims and consistency rules.\n\n"
        "PATHS are claims and rules files or folders (default: paths: in factcheck.yaml, else claims/ and "
        "rules/). Exit 0 when nothing failed, 1 when a rule or claim check failed, 2 on bad input."
    ),
)
@click.argument("paths", nargs=-1, type=click.Path())
@report_options
@language_option
def check(paths: tuple[str, ...], **options: Any) -> None:
    from factcheck.app import CheckRequest, run_check

    outcome = run_check(CheckRequest(paths, _options(options)))
    _emit(outcome.output, outcome.errors, outcome.exit_code)


@cli.command(
    short_help=_("Check a draft against the verified claims."),
    help=_(
        "Check a DRAFT (.txt, .md, .html, .docx or .pdf; - reads standard input) against the verified "
        "claims.\n\n"
        "Shows which figures changed (and the likely slip), which verified claims are missing, which figures "
        "no claim covers, and which rules the draft's figures break.  Exit 1 on a changed figure or a failing "
        "rule (with --strict also on unverified figures and missing claims), 2 on bad input."
    ),
)
@click.argument("draft", type=click.Path(dir_okay=False))
@click.option("--claims", "claims", type=click.Path(dir_okay=False), help=_("The verified claims file of the article."))
@click.option(
    "--rules", "rules", multiple=True, type=click.Path(), help=_("Rules file(s); default: rules/ beside claims/.")
)
@report_options
@language_option
def draft(draft: str, claims: str | None, rules: tuple[str, ...], **options: Any) -> None:
    from factcheck.app import DraftRequest, run_draft

    outcome = run_draft(DraftRequest(draft, claims, rules, _options(options)))
    _emit(outcome.output, outcome.errors, outcome.exit_code)


@cli.command(
    short_help=_("Draft claims and rules from an article's text."),
    help=_(
        "Draft claims and rules for ARTICLE (.txt, .md, .html, .docx or .pdf; - reads standard input).\n\n"
        "Every figure becomes a claim quoting its clause; recognised arithmetic patterns become rules marked "
        "`suggested:` for review.  Prints both files, or writes DIR/claims/<id>.yaml and DIR/rules/<id>.yaml "
        "(never over existing files without --force)."
    ),
)
@click.argument("article", type=click.Path(dir_okay=False))
@click.option("--output-dir", "-o", type=click.Path(file_okay=False), help=_("Write claims/ and rules/ under DIR."))
@click.option("--force", is_flag=True, help=_("Overwrite existing claims and rules files."))
@click.option("--id", "article_id", help=_("The article id (default: from the file name)."))
@click.option("--title", help=_("The article title (default: its first line)."))
@language_option
def extract(article: str, output_dir: str | None, force: bool, article_id: str | None, title: str | None) -> None:
    from factcheck.app import ExtractRequest, run_extract

    outcome = run_extract(ExtractRequest(article, output_dir, force, article_id, title))
    _emit(outcome.output, outcome.errors, outcome.exit_code)


@cli.command(
    short_help=_("Extract and check an article at once."),
    help=_(
        "Extract and check ARTICLE (.txt, .md, .html, .docx or .pdf; - reads stdin) at once: what fails, "
        "with quotes.\n\n"
        "Exit 1 on a contradiction, 0 otherwise (with --strict, warnings fail too), 2 on bad input."
    ),
)
@click.argument("article", type=click.Path(dir_okay=False))
@report_options
@click.option("--verbose", "-v", is_flag=True, help=_("Show the rules that pass too."))
@language_option
def scan(article: str, verbose: bool, **options: Any) -> None:
    from factcheck.app import ScanRequest, run_scan

    outcome = run_scan(ScanRequest(article, _options(options, quiet=options["quiet"] or not verbose)))
    _emit(outcome.output, outcome.errors, outcome.exit_code)


@cli.command(
    short_help=_("Print the JSON Schema of claims or rules files."),
    help=_("Print the JSON Schema (2020-12) of claims or rules files, for editors."),
)
@click.argument("kind", type=click.Choice(["claims", "rules"]))
@language_option
def schema(kind: str) -> None:
    from factcheck.schema import schema_text

    click.echo(schema_text(kind), nl=False)


@cli.command(
    short_help=_("Scaffold a factcheck project."),
    help=_(
        "Scaffold a factcheck project in DIRECTORY: claims/, rules/, articles/, schemas/ and factcheck.yaml."
        "\n\nRefuses to overwrite anything that exists.  Prints the pre-commit and CI snippets to add."
    ),
)
@click.argument("directory", default=".", type=click.Path(file_okay=False))
@language_option
def init(directory: str) -> None:
    from factcheck.init import run_init

    outcome = run_init(directory)
    _emit(outcome.output, outcome.errors, outcome.exit_code)


def main() -> None:
    cli(prog_name="factcheck")
