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


def test_kinds_by_form_divide_the_figure_whose_name_they_end_with_not_the_sentence_lead() -> None:
    # 警情 opens the sentence before; the kinds are 火灾, and only 火灾 of that sentence ends so
    text = (
        "春节期间，全县共接报各类警情2310起，同比下降4.1%；发生火灾52起，死亡1人，同比减少6起。\n\n"
        "从起火场所看，住宅火灾31起，占59.6%；车辆火灾13起，占25.0%；室外火灾8起，占15.4%。\n"
    )
    shares = proposed(text, "share")
    assert ("abs(share(31起, 52起) - 59.6%) <= 0.1%", "error") in shares  # shares adding up to 100, see shares.py
    assert not any("2310起" in check for check, _ in shares)
    assert ("sum(31起, 13起, 8起) == 52起", "warning") in proposed(text, "total-parts")
    # when the sentence before leads with the kinds' own noun, it stays the total
    lead = "全县共发生火灾52起，接报警情2310起。\n\n从起火场所看，住宅火灾31起，占59.6%；车辆火灾21起，占40.4%。\n"
    assert ("abs(share(31起, 52起) - 59.6%) <= 0.1%", "error") in proposed(lead, "share")


def test_a_share_of_a_named_whole_is_never_of_a_sibling_labelled_as_its_part_is() -> None:
    # 普通高中 and 中职 are two kinds of 高中阶段: the 在校生 of 普通高中 is no whole of 中职's
    text = "全县普通高中12所，在校生1.86万人；中等职业学校5所，在校生0.94万人，中职在校生占高中阶段在校生的33.6%。"
    shares = proposed(text, "share")
    assert not any(check.startswith("share(0.94万人, 1.86万人)") for check, _ in shares)
    # a whole labelled with the name itself is still taken
    named = "全县高中阶段在校生2.80万人，其中中职在校生0.94万人，占高中阶段在校生的33.6%。"
    assert ("share(0.94万人, 2.80万人) == 33.6%", "error") in proposed(named, "share")


def test_a_sum_of_what_is_added_to_a_figure_includes_that_figure(tmp_path: Path) -> None:
    # a 财政决算 reads the budget's own income, then 加 the transfers: the 总计 is all of them
    text = (
        "全县一般公共预算收入12.40亿元，增长2.6%。加上级补助收入20.15亿元、调入资金1.85亿元，收入总计34.40亿元。"
        "一般公共预算支出31.90亿元。加债务还本支出2.10亿元，支出总计34.00亿元。\n"
    )
    checks = proposed(text, "total-parts")
    assert ("sum(12.40亿元, 20.15亿元, 1.85亿元) == 34.40亿元", "error") in checks
    assert ("sum(31.90亿元, 2.10亿元) == 34.00亿元", "error") in checks
    assert not any(check.startswith("sum(20.15亿元") for check, _ in checks)
    article = tmp_path / "final-accounts.txt"
    article.write_text(text, encoding="utf-8")
    assert CliRunner().invoke(cli, ["scan", str(article)]).exit_code == 0
    # 加强 is no addition: the list after it is summed as before
    plain = "加强执法检查，查处案件12起、18起，合计30起。"
    assert ("sum(12起, 18起) == 30起", "error") in proposed(plain, "total-parts")


def test_a_limit_after_the_parts_is_never_a_part_that_would_hide_a_slip() -> None:
    # 一般债务 + 专项债务 is 68.45, stated 70.45: the bound 以内 must not widen the sum so the slip passes
    text = "年末全县政府债务余额70.45亿元，其中一般债务29.37亿元，专项债务39.08亿元，控制在债务限额72.10亿元以内。"
    checks = proposed(text, "total-parts")
    assert ("sum(29.37亿元, 39.08亿元) == 70.45亿元", "warning") in checks
    assert not any("72.10亿元以内" in check for check, _ in checks)


def test_a_share_whose_clause_names_a_part_with_no_figure_is_not_of_the_figure_before() -> None:
    # 随迁子女 has no figure: 28.4% is no share of 初中一年级's 4.71万人
    text = "全县招收新生10.60万人，其中小学一年级5.89万人，初中一年级4.71万人，随迁子女占比为28.4%。"
    assert not any(check.startswith("share(4.71万人") for check, _ in proposed(text, "share"))
    # a clause that names the figure before still takes it as its part
    named = "全县招收新生10.60万人，其中小学一年级5.89万人，初中一年级4.71万人，初中一年级占比为44.4%。"
    assert ("share(4.71万人, 10.60万人) == 44.4%", "error") in proposed(named, "share")


def test_an_average_class_size_is_never_a_bound_or_an_unnamed_head_count_over_a_count() -> None:
    # pupils per class: no class count and no pupil total named 班额 is in the text
    text = (
        "今年新增学位1.20万个，其中初中学位0.45万个，初中一年级招生3.90万人。"
        "初中班额全部控制在50人以内，初中平均班额44.6人。"
    )
    assert proposed(text, "average") == []
    # an average whose total is named as what it averages is still checked
    named = "全县法官120名，审结案件1.80万件，法官人均审结150件。"
    assert proposed(named, "average") == [("abs(1.80万件 / 120名 - 150) <= 0.5", "warning")]
