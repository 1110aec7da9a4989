"""The conventions a terminal, a pipe and a shell script expect: -V, --color, FORCE_COLOR/NO_COLOR, the default
format on and off a terminal, --quiet on every report command, COLUMNS."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck import __version__
from factcheck.app import CheckRequest, ReportOptions, run_check
from factcheck.cli import cli
from tests.helpers import ROOT

ANSI = re.compile(r"\x1b\[[0-9;]*m")
CLAIMS = Path("claims/jincheng-politics-law-2016-2020.yaml")
ARTICLE = Path("articles/jincheng-politics-law-2016-2020.txt")


class Terminal(io.StringIO):
    """Standard output as a terminal would be."""

    def isatty(self) -> bool:
        return True


def run(*args: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), env=env)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr


def break_gang_breakdown(project: Path) -> None:
    for path in (ARTICLE, CLAIMS):
        path.write_text(path.read_text("utf-8").replace("涉黑性质组织13个", "涉黑性质组织15个"), "utf-8")


@pytest.mark.parametrize("flag", ["-V", "--version"])
def test_version_short_and_long(flag: str) -> None:
    code, out, _ = run(flag)
    assert code == 0
    assert out.strip() == f"factcheck, version {__version__}"


def test_piped_output_defaults_to_one_line_per_finding(project: Path) -> None:
    break_gang_breakdown(project)
    code, out, _ = run("check")
    assert code == 1
    assert out.splitlines()[0].startswith("articles/jincheng-politics-law-2016-2020.txt:23:107: error gang-breakdown: ")
    assert "┏" not in out and "\x1b[" not in out


def test_a_terminal_gets_the_rich_report_with_colour(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    terminal = Terminal()
    run_check(CheckRequest((), ReportOptions(width=100)), terminal)
    out = terminal.getvalue()
    assert "\x1b[" in out  # colour
    assert "rule · the check with the figures in place" in ANSI.sub("", out)


def test_config_format_beats_the_terminal_and_github_actions(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (project / "factcheck.yaml").write_text("format: json\n", "utf-8")
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    terminal = Terminal()
    run_check(CheckRequest(()), terminal)
    assert terminal.getvalue().startswith("{")
    (project / "factcheck.yaml").unlink()
    _, out, _ = run("check", env={"GITHUB_ACTIONS": "true"})
    assert out.startswith("factcheck: 1 article")  # github, nothing failed: the summary alone


@pytest.mark.parametrize(
    ("args", "env", "coloured"),
    [
        ((), {}, False),  # a pipe
        (("--color", "always"), {}, True),
        (("--color", "always"), {"NO_COLOR": "1"}, True),  # the option wins
        ((), {"FORCE_COLOR": "1"}, True),
        ((), {"FORCE_COLOR": "1", "NO_COLOR": "1"}, False),
        ((), {"FORCE_COLOR": "0"}, False),
    ],
)
def test_colour_choice(project: Path, args: tuple[str, ...], env: dict[str, str], coloured: bool) -> None:
    break_gang_breakdown(project)
    for fmt in ("rich", "text"):
        _, out, _ = run("check", "--format", fmt, *args, env={"NO_COLOR": "", "FORCE_COLOR": "", **env})
        assert ("\x1b[" in out) is coloured, (fmt, args, env)


def test_color_never_on_a_terminal(project: Path) -> None:
    terminal = Terminal()
    run_check(CheckRequest((), ReportOptions(color=False)), terminal)
    assert "\x1b[" not in terminal.getvalue()
    code, _, err = run("check", "--color", "sometimes")
    assert code == 2 and "'sometimes' is not one of 'auto', 'always', 'never'" in err


def test_quiet_check_on_a_clean_project_prints_only_the_summary(project: Path) -> None:
    for fmt in ("rich", "text"):
        _, loud, _ = run("check", "--format", fmt)
        _, quiet, _ = run("check", "--format", fmt, "-q")
        assert len(quiet.splitlines()) < len(loud.splitlines())
    _, quiet_rich, _ = run("check", "--format", "rich", "--quiet")
    assert quiet_rich.startswith("1 article, 65 claims, 26 rules")
    _, quiet_text, _ = run("check", "--format", "text", "--quiet")
    assert quiet_text == ""  # like ruff -q: silent when nothing is wrong


def test_scan_quiet_changes_what_is_shown(tmp_path: Path) -> None:
    clean = ROOT / "articles" / "jincheng-politics-law-2016-2020.txt"
    _, default, _ = run("scan", str(clean), "--format", "rich")
    _, quiet, _ = run("scan", str(clean), "--format", "rich", "-q")
    _, verbose, _ = run("scan", str(clean), "--format", "rich", "-v")
    assert "claims ·" in default  # the header says what was scanned
    assert quiet.startswith("1 article") and "claims ·" not in quiet
    assert len(verbose.splitlines()) > len(default.splitlines()) > len(quiet.splitlines())


def test_draft_quiet_is_accepted(project: Path) -> None:
    draft = project / "draft.txt"
    draft.write_text(ARTICLE.read_text("utf-8"), "utf-8")
    code, out, _ = run("draft", str(draft), "--claims", str(CLAIMS), "-q", "--format", "text")
    assert code == 0 and out == ""


def test_columns_sets_the_rich_width(project: Path) -> None:
    for columns in (60, 80, 120):
        _, out, _ = run("check", "--format", "rich", env={"COLUMNS": str(columns)})
        widths = {len(line) for line in out.splitlines() if line.startswith(("┏", "└"))}
        assert widths and max(widths) <= columns, columns
        assert max(len(line) for line in out.splitlines() if line.isascii()) <= columns


def test_dash_reads_the_article_from_standard_input_among_others(tmp_path: Path) -> None:
    other = tmp_path / "other.txt"
    other.write_text("全市共受理案件8123件,其中刑事案件5012件,民事案件3511件。\n", "utf-8")
    piped = "全市共受理案件107件,其中刑事案件53件,民事案件71件。\n"
    result = CliRunner().invoke(cli, ["scan", "-", str(other), "--format", "text"], input=piped.encode("utf-8"))
    assert result.exit_code == 1, result.stderr
    files = {line.split(":", 1)[0] for line in result.stdout.splitlines()[:-1]}
    assert files == {"-", str(other)}
    assert result.stdout.splitlines()[-1].startswith("2 articles")
