"""``factcheck check`` as CI pipelines and fact-checkers use it: exit codes, reports, bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli import cli


def run(*args: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["check", *args], env=env)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text("utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new), "utf-8")


CLAIMS = Path("claims/jincheng-politics-law-2016-2020.yaml")
RULES = Path("rules/jincheng-politics-law-2016-2020.yaml")
ARTICLE = Path("articles/jincheng-politics-law-2016-2020.txt")


def test_bundled_article_passes_with_default_paths(project: Path) -> None:
    code, out, err = run("--format", "rich")
    assert code == 0, out + err
    assert "13 + 73 + 35 = 121 == 121" in out
    assert "procuratorate.all_cases" in out and "6,496–6,518" in out
    assert " ".join(out.split()).endswith("0 fail, 0 warnings, 0 errors")  # the summary wraps at the width


def test_json_contract(project: Path) -> None:
    code, out, _ = run("--format", "json")
    assert code == 0
    report = json.loads(out)
    assert report["schema"] == "factcheck.report/1"
    assert report["summary"] == {
        "articles": 1,
        "claims": 65,
        "rules": 26,
        "pass": 26,
        "fail": 0,
        "warn": 0,
        "error": 0,
    }
    breakdown = next(f for f in report["findings"] if f["id"] == "gang-breakdown")
    assert breakdown == {
        "article": "jincheng-politics-law-2016-2020",
        "kind": "rule",
        "id": "gang-breakdown",
        "status": "pass",
        "exact": True,
        "severity": "error",
        "message": "13 + 73 + 35 = 121 == 121",
        "file": "rules/jincheng-politics-law-2016-2020.yaml",
        "line": breakdown["line"],
        "claims": [
            "sweep.mafia_organisations",
            "sweep.criminal_syndicates",
            "sweep.criminal_gangs",
            "sweep.gangs_total",
        ],
        "value": {"lo": "121", "hi": "121", "lo_closed": True, "hi_closed": True},
    }
    assert set(report) == {"schema", "summary", "findings"}
    assert RULES.read_text("utf-8").splitlines()[breakdown["line"] - 1].strip() == "- id: gang-breakdown"


def test_article_edit_that_breaks_arithmetic_exits_1(project: Path) -> None:
    edit(ARTICLE, "涉黑性质组织13个", "涉黑性质组织15个")
    edit(CLAIMS, "其中涉黑性质组织13个", "其中涉黑性质组织15个")
    code, out, _ = run("--format", "json")
    assert code == 1
    failed = [f for f in json.loads(out)["findings"] if f["status"] == "fail"]
    assert [f["id"] for f in failed] == ["gang-breakdown"]
    assert failed[0]["message"] == "15 + 73 + 35 = 123 == 121"
    assert failed[0]["detail"] == "15 + 73 + 35 = 123, stated 121: off by 2"


def test_claim_that_disagrees_with_its_quote_fails(project: Path) -> None:
    edit(CLAIMS, "value: 1121", "value: 1112")
    code, out, _ = run("--quiet")
    assert code == 1
    assert "procuratorate_2019.arrests_approved:value-matches-quote" in out
    assert "gang-breakdown" not in out  # --quiet shows only what did not pass


def test_quote_missing_from_article_fails(project: Path) -> None:
    edit(ARTICLE, "查处恶意“阻工扰工”案件66起", "查处恶意阻工扰工案件66起")
    code, out, _ = run("--format", "json")
    assert code == 1
    assert any(f["id"] == "police.obstruction_cases:quote-in-article" for f in json.loads(out)["findings"])


def test_warning_fails_only_with_strict(project: Path) -> None:
    edit(RULES, "check: 3000 <= procuratorate.all_cases <= 20000", "check: 7000 <= procuratorate.all_cases")
    assert run()[0] == 0
    code, out, _ = run("--strict")
    assert code == 1
    assert "warning" in out


def test_output_file(project: Path) -> None:
    code, out, _ = run("--format", "json", "--output", "report.json")
    assert code == 0
    assert json.loads((project / "report.json").read_text("utf-8"))["summary"]["rules"] == 26
    assert "26 rules" in out


def test_output_never_overwrites_an_input(project: Path) -> None:
    before = CLAIMS.read_text("utf-8")
    code, _, err = run("--output", str(CLAIMS))
    assert code == 2
    assert "is one of the input files" in err
    assert CLAIMS.read_text("utf-8") == before


@pytest.mark.parametrize("fmt", ["rich", "json", "junit", "sarif", "markdown", "html", "claimreview", "github"])
def test_output_replaces_an_earlier_report_but_not_a_users_file(project: Path, fmt: str) -> None:
    assert run("--format", fmt, "--output", "report.out")[0] == 0
    assert run("--format", fmt, "--output", "report.out")[0] == 0  # the report it wrote before
    (project / "notes.txt").write_text("my notes\n", "utf-8")
    code, _, err = run("--format", fmt, "--output", "notes.txt")
    assert code == 2 and "is not a factcheck report" in err
    assert (project / "notes.txt").read_text("utf-8") == "my notes\n"


def test_load_problems_exit_2_with_file_line_col(project: Path) -> None:
    edit(RULES, "check: sweep.mafia_organisations +", "check: sweep.mafia_organisatons +")
    edit(CLAIMS, "  service.measures:\n", "  service.measures:\n    valeu: 40\n")
    code, out, err = run()
    assert code == 2
    assert out == ""
    lines = err.splitlines()
    assert any(
        line.startswith("rules/jincheng-politics-law-2016-2020.yaml:")
        and "unknown claim 'sweep.mafia_organisatons' (did you mean 'sweep.mafia_organisations'?)" in line
        for line in lines
    ), err
    assert any(
        line.startswith("claims/jincheng-politics-law-2016-2020.yaml:") and "unknown field 'valeu'" in line
        for line in lines
    ), err
    assert "Traceback" not in err


def test_no_project_here_exits_2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    code, _, err = run()
    assert code == 2
    assert "no claims/ or rules/ folder here" in err


def test_rich_report_has_no_colour_when_not_a_terminal(project: Path) -> None:
    _, out, _ = run(env={"NO_COLOR": "1"})
    assert "\x1b[" not in out


def test_rich_failure_report_shape(project: Path) -> None:
    """The failing report a fact-checker reads: rule, values in place, gap, explanation, quotes, location."""
    edit(ARTICLE, "涉黑性质组织13个", "涉黑性质组织15个")
    edit(CLAIMS, "其中涉黑性质组织13个", "其中涉黑性质组织15个")
    code, out, _ = run("--quiet", "--format", "rich")
    assert code == 1
    assert out.splitlines()[4:17] == [
        "┏━━━┳━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┓",
        "┃   ┃ rule · the check with the figures in place · verdict       ┃",
        "┡━━━╇━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┩",
        "│ ✘ │ gang-breakdown  fails                                      │",
        "│   │ 15 + 73 + 35 = 123 == 121                                  │",
        "│   │ 15 + 73 + 35 = 123, stated 121: off by 2                   │",
        "│   │ 涉黑组织、涉恶犯罪集团与涉恶犯罪团伙之和应等于打掉团伙总数 │",
        "│   │ “其中涉黑性质组织15个”                                     │",
        "│   │ “涉恶犯罪集团73个”                                         │",
        "│   │ “涉恶犯罪团伙35个”                                         │",
        "│   │ “全市共打掉涉黑涉恶犯罪团伙121个,其中涉黑性质组织15个”     │",
        "│   │ rules/jincheng-politics-law-2016-2020.yaml:19              │",
        "└───┴────────────────────────────────────────────────────────────┘",
    ]


def test_a_markdown_article_is_pointed_at_by_its_own_lines(tmp_path: Path) -> None:
    """The article is a Markdown file with a table: the text report, and the nearest passage of a quote not
    found, name the line in the file, not in the text read from it (no separator row, no blank lines)."""
    (tmp_path / "report.md").write_text(
        "# 学校\n\n| 类别 | 学校数 |\n|---|---|\n| 小学 | 2 |\n| 初中 | 2 |\n\n全县共有学校3所。\n", "utf-8"
    )
    (tmp_path / "claims.yaml").write_text(
        "article:\n  id: schools\n  title: 学校\n  text: report.md\n"
        "claims:\n  total:\n    quote: 全县共有学校3所\n  primary:\n    quote: '小学 | 2'\n    value: 2\n"
        "  middle:\n    quote: '初中 | 2'\n    value: 2\n  lost:\n    quote: '| 初中 | 2 |'\n    value: 2\n",
        "utf-8",
    )
    (tmp_path / "rules.yaml").write_text(
        "article: schools\nrules:\n  - id: parts\n    check: primary + middle == total\n", "utf-8"
    )
    claims, rules = str(tmp_path / "claims.yaml"), str(tmp_path / "rules.yaml")
    result = CliRunner().invoke(cli, ["check", claims, rules, "--format", "text", "--no-cache"])
    assert result.exit_code == 1, result.output
    lines = result.stdout.splitlines()
    (alarm,) = [line for line in lines if " error parts:" in line]
    # the stated total the parts are held to (全县共有学校3所), on line 8 of the file; the text read has it on 5
    assert alarm.startswith(f"{tmp_path / 'report.md'}:8:"), alarm
    (lost,) = [line for line in lines if "lost:quote-in-article" in line]
    assert lost.endswith('(did you mean "初中 | 2" at line 6?)'), lost
