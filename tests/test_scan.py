"""``factcheck scan`` on the labelled corpus: precision and recall, and no alarm on the bundled article."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

from factcheck.cli import cli
from tests.helpers import ARTICLE, ROOT

# The texts with a list of the failures scan must report; every text of tests/corpus also has an answer key,
# measured by tests/test_corpus_keys.py.
CORPUS = sorted(p for p in (ROOT / "tests" / "corpus").glob("*.txt") if p.with_suffix(".expected.yaml").exists())


def scan(path: Path, *args: str) -> tuple[int, dict[str, Any]]:
    result = CliRunner().invoke(cli, ["scan", "--format", "json", str(path), *args])
    return result.exit_code, json.loads(result.stdout)


def alarms(report: dict[str, Any]) -> list[dict[str, Any]]:
    return [f for f in report["findings"] if f["status"] in ("fail", "error")]


def test_corpus_is_large_enough() -> None:
    assert sum(1 for p in CORPUS if p.name.startswith("zh")) >= 8
    assert sum(1 for p in CORPUS if p.name.startswith("en")) >= 2


def test_precision_and_recall_on_the_corpus(capsys: pytest.CaptureFixture[str]) -> None:
    true_alarms = false_alarms = found = expected_total = 0
    for path in CORPUS:
        expected = yaml.safe_load(path.with_suffix(".expected.yaml").read_text("utf-8"))["failures"]
        code, report = scan(path)
        raised = alarms(report)
        assert code == (1 if raised else 0), path.name
        messages = {id(f): f["message"] + " " + f.get("detail", "") for f in raised}
        hit = set()
        for alarm in raised:
            text = messages[id(alarm)]
            matches = [
                n for n, e in enumerate(expected) if alarm.get("suggested") == e["pattern"] and _mentions(text, e)
            ]
            if matches:
                true_alarms += 1
                hit.update(matches)
            else:
                false_alarms += 1
        found += len(hit)
        expected_total += len(expected)
    precision = Decimal(true_alarms) / Decimal(max(1, true_alarms + false_alarms))
    recall = Decimal(found) / Decimal(max(1, expected_total))
    with capsys.disabled():
        print(
            f"\nscan on tests/corpus: precision {precision:.2f} ({true_alarms} of {true_alarms + false_alarms} "
            f"alarms), recall {recall:.2f} ({found} of {expected_total} planted errors)"
        )
    assert false_alarms == 0
    assert recall == 1


def _mentions(text: str, expected: dict[str, Any]) -> bool:
    """An alarm names a planted error when its message shows one of the error's figures (as a number)."""
    numbers = [_digits(figure) for figure in expected["figures"]]
    shown = _digits(text)
    return any(number and number in shown for number in numbers)


def _digits(text: str) -> str:
    return "".join(c for c in text if c.isdigit() or c in ".%")


def test_bundled_article_raises_no_alarm() -> None:
    code, report = scan(ARTICLE)
    assert code == 0
    assert alarms(report) == []
    assert report["summary"]["rules"] >= 8


def test_scan_findings_point_at_the_article_line() -> None:
    _, report = scan(ROOT / "tests" / "corpus" / "zh07-pending-cases.txt")
    (alarm,) = alarms(report)
    assert (alarm["file"], alarm["line"]) == ("tests/corpus/zh07-pending-cases.txt", 1)


def test_failure_only_under_strict_rounding_is_a_warning(tmp_path: Path) -> None:
    article = tmp_path / "round.txt"
    article.write_text("全市共受理案件8000件,其中刑事案件5000件,民事案件3100件。", "utf-8")
    code, report = scan(article)
    assert code == 0
    (warning,) = [f for f in report["findings"] if f["id"].endswith("parts-within-total")]
    assert warning["status"] == "warn"
    assert "5,000 + 3,100 = 8,100, more than 8,000 by 100" in warning["detail"]
    assert "holds only if round figures are approximate: 8000件 as 7,500–8,500" in warning["detail"]
    code, _ = scan(article, "--strict")
    assert code == 1


def test_scan_bad_input_exits_2(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00")
    result = CliRunner().invoke(cli, ["scan", str(bad)])
    assert result.exit_code == 2
    assert "not UTF-8" in result.stderr


def test_a_count_column_in_wan_is_no_count_that_fails_to_be_whole(tmp_path: Path) -> None:
    # 73.07 under 常住人口（万人） is 730,700 people, never 73.07 people that fail to be a whole number
    page = tmp_path / "population.md"
    page.write_text(
        "# 人口\n\n| 年份 | 常住人口（万人） | 户籍人口（万人） |\n|---|---|---|\n| 2023 | 73.07 | 78.77 |\n"
        "| 2022 | 73.71 | 80.01 |\n",
        "utf-8",
    )
    code, report = scan(page)
    assert code == 0, alarms(report)
    assert report["summary"]["claims"] == 4
    assert not [f for f in report["findings"] if f["id"].endswith(":count-whole")]


def test_a_score_in_points_is_no_count_that_fails_to_be_whole(tmp_path: Path) -> None:
    # 总得分86.42分 is a score in points, a measure; never 86.42 of a thing counted that must be whole
    page = tmp_path / "ranking.txt"
    page.write_text("在全省营商环境评价中，该市总得分86.42分，比上年提高2.17分，排名第4位。\n", "utf-8")
    code, report = scan(page)
    assert code == 0, alarms(report)
    assert not [f for f in report["findings"] if f["id"].endswith(":count-whole")]


def test_the_terms_of_a_structure_of_people_are_shares_not_counts(tmp_path: Path) -> None:
    # 18.7:31.6:49.7 beside 12.16万人 and 65.05万人 are percentages of the employed, never 18.7 people
    page = tmp_path / "jobs.txt"
    page.write_text(
        "年末全市就业人员65.05万人，其中第一产业12.16万人，第二产业20.56万人，第三产业32.33万人，"
        "三次产业就业结构为18.7:31.6:49.7。\n",
        "utf-8",
    )
    code, report = scan(page)
    assert code == 0, alarms(report)
    assert report["summary"]["rules"] == 6  # the sum, and each term as a share of the total, are all checked


SCHOOLS = (
    "# 全县基础教育情况\n\n"
    "| 类别 | 学校数 | 在校学生数 | 教职工数 | 专任教师数 | 学生与专任教师比 |\n"
    "|---|---|---|---|---|---|\n"
    "| 小学 | 34 | 37100 | 2168 | 1895 | 19.58 |\n"
    "| 初中 | 14 | 17136 | 1490 | 1177 | 14.56 |\n"
    "| 中等职业教育 | 2 | 3548 | 2054 | 186 | 19.08 |\n"
    "| 总计 | 50 | 57784 | 5712 | 3258 | 17.74 |\n"
)


def test_a_table_of_counts_and_a_ratio_column_checks_each_row_and_sums_no_ratio(tmp_path: Path) -> None:
    """A count such as 2054 under 教职工数 is no year; a 学生与专任教师比 column is each row's students over its
    teachers, never a column to add up; a wrong ratio is an alarm at the file's own line."""
    page = tmp_path / "schools.md"
    page.write_text(SCHOOLS, "utf-8")
    code, report = scan(page)
    assert code == 0, alarms(report)
    ids = {f["id"]: f["status"] for f in report["findings"]}
    assert ids["jiaozhi_gongshu_4-parts-sum-to-total"] == "pass"  # 2168 + 1490 + 2054 == 5712
    assert not [i for i in ids if i.startswith("renjiao_shibi") and "parts" in i]
    assert sorted(i for i in ids if i.endswith("-is-ratio-of-columns")) == [
        f"renjiao_shibi{n}-is-ratio-of-columns" for n in ("", "_2", "_3", "_4")
    ]
    page.write_text(SCHOOLS.replace("| 14.56 |", "| 15.56 |"), "utf-8")
    result = CliRunner().invoke(cli, ["scan", str(page), "--format", "text"])
    assert result.exit_code == 1
    (alarm,) = [line for line in result.stdout.splitlines() if ": error " in line]
    # the row of 初中 is the file's sixth line (the canonical text, without the separator, would say 4)
    assert alarm.startswith(f"{page}:6:") and "renjiao_shibi_2-is-ratio-of-columns" in alarm
