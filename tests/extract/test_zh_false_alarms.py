"""False alarms seen on consistent Chinese report prose written for the falarm-zh probe (卫生健康统计公报 and
kin): every text here is consistent, so any alarm on it is false.  Each text is written anew for its test."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from factcheck.cli import cli
from factcheck.extract.model import read
from tests.extract.test_patterns import proposed


def test_the_change_of_a_per_thousand_rate_is_never_held_to_be_a_whole_count(tmp_path: Path) -> None:
    text = "年末每千人口拥有病床5.87张，比上年增加0.34张；每万人口全科医生3.2人，比上年增加0.5人。\n"
    model = read(text)
    changes = [f for f in model.figures if f.role == "change"]
    assert [(f.text, f.per) for f in changes] == [("0.34", "张"), ("0.5", "人")]
    article = tmp_path / "rates.txt"
    article.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(cli, ["scan", "--format", "json", str(article)])
    assert result.exit_code == 0, result.output
    assert "count-whole" not in result.output
    # a change in a plain count stays a count, held to be whole
    counted = read("年末共有病床5.87万张，比上年增加3400张。")
    assert [f.per for f in counted.figures if f.role == "change"] == [None]


def test_a_qizhong_list_naming_two_of_the_four_kinds_listed_before_is_not_summed() -> None:
    text = (
        "全区共有养老机构220家，其中公办机构64家，民办机构131家，公建民营机构18家，其他机构7家。"
        "养老床位3.65万张，其中公办机构1.12万张，民办机构2.31万张。"
    )
    checks = proposed(text, "total-parts")
    assert ("sum(1.12万张, 2.31万张) <= 3.65万张", "error") in checks
    assert not any(check.endswith("== 3.65万张") for check, _ in checks)
    # the complete list is still summed, and without the earlier four kinds the pair is summed as before
    assert ("sum(64家, 131家, 18家, 7家) == 220家", "error") in checks
    alone = "养老床位3.65万张，其中公办机构1.12万张，民办机构2.31万张。"
    assert ("sum(1.12万张, 2.31万张) == 3.65万张", "warning") in proposed(alone, "total-parts")


def test_scan_passes_a_health_bulletin_with_rates_and_a_partial_list(tmp_path: Path) -> None:
    article = tmp_path / "bulletin.txt"
    article.write_text(
        "年末全县医疗卫生机构312个，其中医院21个，基层医疗卫生机构280个，专业公共卫生机构9个，其他机构2个。"
        "床位4120张，其中医院2950张，基层医疗卫生机构1030张。每千人口床位6.18张，比上年增加0.27张。\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(cli, ["scan", "--format", "json", str(article)])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert (report["summary"]["fail"], report["summary"]["warn"]) == (0, 0), result.output
    assert report["summary"]["pass"] > 0  # the rules were proposed and checked, not skipped
