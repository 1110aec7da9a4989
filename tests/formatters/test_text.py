"""``--format text``: ``file:line:col: severity id: message``, one line per finding, as grep and editors expect."""

from __future__ import annotations

import re
from pathlib import Path

from click.testing import CliRunner

from factcheck.cli import cli
from factcheck.findings import ArticleResult, Finding, Kind, Report, Severity, Status
from factcheck.formatters.text import TextFormatter

LINE = re.compile(
    r"^(?P<file>[^:\s]+):(?P<line>\d+):(?P<col>\d+): (?P<severity>error|warning) (?P<id>\S+): (?P<msg>.+)$"
)


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout


def edit(path: Path, old: str, new: str) -> None:
    path.write_text(path.read_text("utf-8").replace(old, new), "utf-8")


def test_each_finding_is_one_parsable_line(project: Path) -> None:
    edit(project / "articles/jincheng-politics-law-2016-2020.txt", "涉黑性质组织13个", "涉黑性质组织15个")
    edit(project / "claims/jincheng-politics-law-2016-2020.yaml", "涉黑性质组织13个", "涉黑性质组织15个")
    edit(project / "claims/jincheng-politics-law-2016-2020.yaml", "value: 1121", "value: 1112")
    edit(project / "rules/jincheng-politics-law-2016-2020.yaml", "check: 3000 <=", "check: 7000 <=")
    code, out = run("check", "--format", "text")
    assert code == 1
    *findings, summary = out.splitlines()
    parsed = [LINE.match(line) for line in findings]
    assert all(parsed), findings
    by_id = {m["id"]: m for m in parsed if m}
    rule = by_id["gang-breakdown"]
    # A rule points at the article's line (where its first figure stands); its own line comes second.
    assert (rule["file"], rule["line"], rule["severity"]) == (
        "articles/jincheng-politics-law-2016-2020.txt",
        "23",
        "error",
    )
    assert rule["msg"] == (
        "15 + 73 + 35 = 123, stated 121: off by 2 (rule at rules/jincheng-politics-law-2016-2020.yaml:19)"
    )
    claim = by_id["procuratorate_2019.arrests_approved:value-matches-quote"]
    assert claim["file"] == "claims/jincheng-politics-law-2016-2020.yaml"
    assert by_id["procuratorate-implied-total-plausible"]["severity"] == "warning"
    # Sorted by place, so editors and diffs see a stable order.
    keys = [(m["file"], int(m["line"]), int(m["col"])) for m in parsed if m]
    assert keys == sorted(keys)
    assert summary.startswith("1 article, 65 claims, 26 rules:")
    assert not any(line != line.rstrip() for line in out.splitlines())


def _finding(message: str, finding_id: str = "r") -> Finding:
    return Finding("a", Kind.RULE, finding_id, Status.FAIL, Severity.ERROR, message, "rules/a.yaml", 3, column=5)


def test_control_characters_cannot_forge_lines_or_colours() -> None:
    hostile = _finding("1 == 2\n/etc/passwd:1:1: error fake: injected \x1b[2J\u202egnp.exe", "r\nx")
    out = TextFormatter(quiet=True).format(Report((ArticleResult("a", "t", 1, 1, (hostile,)),)))
    assert out.count("\n") == 1
    assert "\x1b" not in out and "\u202e" not in out
    assert out == (
        "rules/a.yaml:3:5: error r\\x0ax: 1 == 2\\x0a/etc/passwd:1:1: error fake: injected \\x1b[2J\\u202egnp.exe\n"
    )


def test_quiet_drops_the_summary_and_colour_marks_severity() -> None:
    report = Report((ArticleResult("a", "t", 1, 1, (_finding("1 == 2"),)),))
    assert TextFormatter(quiet=True).format(report) == "rules/a.yaml:3:5: error r: 1 == 2\n"
    coloured = TextFormatter(quiet=True, color=True).format(report)
    assert "\x1b[1;31merror\x1b[0m" in coloured


def test_a_text_report_may_be_replaced_by_the_next_run(project: Path) -> None:
    edit(project / "articles/jincheng-politics-law-2016-2020.txt", "涉黑性质组织13个", "涉黑性质组织15个")
    assert run("check", "--output", "report.txt")[0] == 1
    assert (project / "report.txt").read_text("utf-8").startswith("claims/jincheng-politics-law-2016-2020.yaml:")
    assert run("check", "--output", "report.txt")[0] == 1  # its own earlier report, not a user's file
    edit(project / "articles/jincheng-politics-law-2016-2020.txt", "涉黑性质组织15个", "涉黑性质组织13个")
    assert run("check", "--output", "report.txt")[0] == 0
    assert run("check", "--output", "report.txt")[0] == 0  # the summary alone is recognised too
    (project / "notes.txt").write_text("my notes: 3 articles to check\n", "utf-8")
    assert run("check", "--output", "notes.txt")[0] == 2
