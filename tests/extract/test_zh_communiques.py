"""Causes of false alarms and misses seen on real Chinese communiqués of kinds not studied before (issue 15
session): 水资源公报, 消防救援 statistics, 市场监管 releases, 医保 and 审计 reports.  Each text here is written
anew for its test."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from factcheck.cli import cli
from factcheck.extract.model import read
from tests.extract.test_patterns import proposed


def test_parts_of_which_one_is_the_non_overlapping_remainder_are_never_summed() -> None:
    # 地表水 and 地下水 overlap; the total is 地表水 plus the part of 地下水 that does not repeat it
    text = (
        "2024年，全省水资源总量412.6亿立方米。其中，地表水资源量398.1亿立方米，地下水资源量96.3亿立方米，"
        "地下水与地表水资源不重复量14.5亿立方米。"
    )
    checks = proposed(text, "total-parts")
    assert ("398.1亿立方米 <= 412.6亿立方米", "error") in checks
    assert ("14.5亿立方米 <= 412.6亿立方米", "error") in checks
    assert not any(check.startswith("sum(") for check, _ in checks)
    # without the remainder the same list is summed as before
    plain = "全省用水总量120.4亿立方米。其中，生活用水18.2亿立方米，工业用水30.5亿立方米，农业用水71.7亿立方米。"
    assert ("sum(18.2亿立方米, 30.5亿立方米, 71.7亿立方米) <= 120.4亿立方米", "error") in proposed(plain, "total-parts")


def test_shares_of_different_wholes_or_of_each_kind_are_never_summed_to_100() -> None:
    text = (
        "全年共处置各类警情52.6万起。其中，灭火救援18.4万起，抢险救援9.7万起，社会救助20.3万起。"
        "汛期共处置警情15.2万起，占全年的28.9%，其中抢险救援4.1万起、社会救助8.9万起，分别占全年同类警情的42.3%和43.8%。"
    )
    assert proposed(text, "structure-ratio") == []  # 28.9% + 42.3% + 43.8% is no sum of one whole's shares
    shares = proposed(text, "share")
    # each 同类 share is its part over the year's figure of that kind, never 4.1 / 42.3% == 8.9 / 43.8%
    assert ("share(4.1万起, 9.7万起) == 42.3%", "warning") in shares
    assert ("share(8.9万起, 20.3万起) == 43.8%", "warning") in shares
    assert not any("/ 42.3%" in check for check, _ in shares)


def test_two_named_kinds_with_their_shares_are_not_taken_for_all_of_the_whole() -> None:
    # 一审 and 二审 leave out 再审 and the rest: 88.1% + 7.6% need not be 100%
    text = "全年审结民事一审案件3.52万件，民事二审案件0.30万件，分别占民事案件总数的88.1%、7.6%。"
    assert proposed(text, "structure-ratio") == []
    assert len(proposed(text, "share")) == 1  # the two shares still imply one whole: A / P == B / Q
    # shares with no amounts of their own are still summed: they are the whole's structure
    bare = "从案件类型看，民事案件、刑事案件、行政案件分别占全部案件的82.5%、12.3%和4.9%。"
    assert proposed(bare, "structure-ratio") == [("sum(82.5%, 12.3%, 4.9%) == 100%", "warning")]


def test_a_share_of_all_of_a_kind_is_of_the_total_its_sentence_opens_with() -> None:
    text = (
        "一、全国情况\n\n全国新设企业620.5万户，同比增长9.8%。\n\n"
        "二、全省情况\n\n在新登记的14.80万户企业中，第一产业0.95万户，占全部新设企业的6.4%；第二产业3.35万户，"
        "占全部新设企业的22.6%；第三产业10.50万户，占全部新设企业的70.9%。"
    )
    shares = proposed(text, "share")
    assert ("share(0.95万户, 14.80万户) == 6.4%", "error") in shares
    assert not any("620.5万户" in check for check, _ in shares)


def test_shares_that_add_up_to_exactly_100_may_each_be_one_unit_off_their_rounding() -> None:
    # 170.4 of 1000.0 is 17.04%, printed 17.1% so that the four shares add up to 100.0% (they round to 99.9%)
    text = (
        "全市用水总量1000.0亿立方米。其中，生活用水141.4亿立方米，占用水总量的14.1%；工业用水170.4亿立方米，"
        "占17.1%；农业用水633.4亿立方米，占63.3%；生态补水54.8亿立方米，占5.5%。"
    )
    shares = proposed(text, "share")
    assert ("abs(share(170.4亿立方米, 1000.0亿立方米) - 17.1%) <= 0.1%", "error") in shares
    assert len(shares) == 4 and all(check.startswith("abs(") for check, _ in shares)
    # shares that do not add up to 100 are held to their own rounding
    loose = text.replace("占5.5%", "占5.4%")
    assert ("share(170.4亿立方米, 1000.0亿立方米) == 17.1%", "error") in proposed(loose, "share")


def test_one_label_done_by_two_named_doers_is_never_a_repeat() -> None:
    text = (
        "专项行动开展以来，全国公安机关共破获电信诈骗案件41260起，抓获犯罪嫌疑人52318名。\n\n"
        "行动以来，各专案组共破获电信诈骗案件30517起，抓获犯罪嫌疑人38106名，占全国的七成以上。"
    )
    assert proposed(text, "repeated") == []
    # the same doer in both sentences: a restatement that must agree
    same = text.replace("各专案组共破获", "全国公安机关共破获")
    assert ("38106名 == 52318名", "warning") in proposed(same, "repeated")


def test_a_market_a_region_or_a_province_count_is_no_place() -> None:
    # 市场主体 placed the figures in a town called 记各类市: a scope the summary line above them lacks
    text = "全省新登记各类市场主体12.40万户，同比增长8.5%。\n\n上半年，新登记各类市场主体12.46万户。"
    model_places = [f.place for f in read(text).figures]
    assert "记各类市" not in model_places and "各类市" not in model_places
    assert read("重点区域新增就业岗位3.2万个。").figures[0].place == ""


def test_a_share_of_the_total_is_of_the_figure_its_paragraph_opens_with() -> None:
    text = (
        "一季度，全省共接报火灾2460起，死亡12人，直接财产损失3120万元。农村地区发生火灾1105起，占总数的44.9%；"
        "城市发生火灾812起，占总数的33.0%；其他区域火灾占总数的22.1%。"
    )
    shares = proposed(text, "share")
    assert ("share(1105起, 2460起) == 44.9%", "warning") in shares
    assert ("share(812起, 2460起) == 33.0%", "warning") in shares
    assert len(shares) == 2  # 其他区域 has no figure of its own: never 812起
    # a paragraph that opens with a smaller figure of the unit names no total
    smaller = "城市发生火灾812起，农村地区发生火灾1105起，占总数的44.9%。"
    assert all("812起)" not in check for check, _ in proposed(smaller, "share"))
    # a paragraph that opens with a part and its own share: the later share is of that share's whole
    parts_first = "全年共处置警情52.6万起。\n\n火灾扑救18.4万起，占总数的35.0%；抢险救援9.7万起，占总数的18.4%。"
    checks = [check for check, _ in proposed(parts_first, "share")]
    assert "share(9.7万起, 18.4万起) == 18.4%" not in checks


def test_a_funds_balance_for_the_year_is_its_income_less_its_spending() -> None:
    text = (
        "2024年，全市基本养老保险基金收入412.36亿元，比上年增长6.1%；基金支出385.90亿元，增长7.4%；"
        "当期结余26.46亿元，累计结存318.75亿元。"
    )
    assert proposed(text, "identity") == [("412.36亿元 - 385.90亿元 == 26.46亿元", "error")]
    # a balance carried over the years is no difference of the year's flows
    assert proposed(text.replace("当期结余26.46亿元，", ""), "identity") == []


def test_a_harvest_up_or_down_by_an_amount_is_a_change() -> None:
    # 增产 read as a current value put the total's change among the year before's figures
    text = (
        "全省夏粮总产量2860万吨，比上年增产42万吨，增长1.5%。其中小麦产量2730万吨，比上年增产51万吨；"
        "豆类产量130万吨，比上年减产9万吨。"
    )
    changes = proposed(text, "year-on-year")
    assert ("change(2860万吨, 2860万吨 - 42万吨) == 1.5%", "error") in changes
    assert ("51万吨 <= 2730万吨", "error") in changes
    assert ("51万吨 + -9万吨 == 42万吨", "warning") in proposed(text, "total-parts")


def test_a_rate_of_at_most_100_percent_is_never_over_a_smaller_figure_before_it() -> None:
    text = (
        "从反映的问题看，涉及城乡建设类884件；涉及劳动社保类463件；涉及其他类1258件。\n\n"
        "全年信访事项按期办结3085件，按期办结率98.7%。"
    )
    assert all("1258" not in check for check, _ in proposed(text, "share"))
    drawn = "全年共接收问题线索1426条，办结1389条，办结率97.4%。"
    assert proposed(drawn, "share") == [("share(1389条, 1426条) == 97.4%", "warning")]


def test_scan_points_a_failing_share_at_the_share_it_states_not_at_its_whole(tmp_path: Path) -> None:
    article = tmp_path / "fires.txt"
    article.write_text(
        "全年共处置各类警情52.6万起，同比增长3.1%。\n\n从警情构成看，火灾扑救18.4万起，占总数的38.0%；"
        "抢险救援9.7万起，占总数的18.4%。\n",
        "utf-8",
    )
    result = CliRunner().invoke(cli, ["scan", "--format", "json", str(article)])
    failing = [f for f in json.loads(result.output)["findings"] if f["kind"] == "rule" and f["status"] != "pass"]
    assert [(f["suggested"], f["line"]) for f in failing] == [("share", 3)]  # 18.4 / 52.6 is 35.0%, not 38.0%


def test_a_value_in_brackets_after_a_change_on_the_month_before_named_is_that_months() -> None:
    text = "10月份，全市共立盗窃案件412起，比9月份下降12.2%（9月份为469起）。"
    assert proposed(text, "year-on-year") == [("change(412起, 469起) == -12.2%", "error")]
    # an aside naming another month than the one before is no previous value of this change
    other = text.replace("（9月份为469起）", "（8月份为469起）")
    assert proposed(other, "year-on-year") == []


def test_an_income_ratio_after_a_two_part_breakdown_is_no_structure_of_its_shares() -> None:
    text = (
        "年末全县常住人口48.20万人，其中城镇常住人口25.10万人，乡村常住人口23.10万人。\n\n"
        "城镇居民人均可支配收入40125元，农村居民人均可支配收入18240元，城乡居民人均收入比为2.20:1。"
    )
    assert proposed(text, "structure-ratio") == [("40125元 / 18240元 == (2.20 / 1)", "error")]


def test_past_a_semicolon_a_figure_larger_than_the_total_after_qizhong_is_no_part_of_it() -> None:
    text = (
        "全年地区生产总值2915.3亿元，增长5.8%；一般公共预算收入204.7亿元，增长6.9%，其中税收收入占比达到74.1%；"
        "社会消费品零售总额1208.6亿元，增长7.4%。"
    )
    assert proposed(text, "total-parts") == []
    # a part after the ； that fits the total is still one
    fits = text.replace("社会消费品零售总额1208.6亿元", "非税收入53.0亿元")
    assert ("53.0亿元 <= 204.7亿元", "error") in proposed(fits, "total-parts")


def test_money_per_visit_is_the_money_over_the_count_its_paragraph_leads_with() -> None:
    text = (
        "全年接待国内游客2.40亿人次，增长21.6%。其中，过夜游客0.92亿人次，一日游游客1.48亿人次。"
        "实现国内旅游收入2210.4亿元，增长25.3%。人均每次花费921.0元。"
    )
    assert proposed(text, "average") == [("abs(mean(2210.4亿元, 2.40亿人次) - 921.0元) <= 0", "warning")]
    # a count of the same unit as the average is no count of visits
    cases = "全年审结案件12040件，同比上升4.1%。人均结案150件。"
    assert proposed(cases, "average") == []


def test_parts_whose_own_shares_come_to_less_than_100_are_not_all_of_the_total() -> None:
    # 医院 and 基层 beds leave out the 专业公共卫生机构 ones: 82.6% + 14.0% of the beds, by the text's own shares
    text = "年末全市医疗卫生机构床位3.80万张，其中医院3.14万张，占82.6%；基层医疗卫生机构0.53万张，占14.0%。"
    assert proposed(text, "total-parts") == [("sum(3.14万张, 0.53万张) <= 3.80万张", "error")]
    assert proposed(text, "structure-ratio") == []
    assert len(proposed(text, "share")) == 2  # each share is still checked against its part
    # shares that come to 100 leave the list whole
    whole = text.replace("0.53万张，占14.0%", "0.66万张，占17.4%")
    assert ("sum(3.14万张, 0.66万张) == 3.80万张", "warning") in proposed(whole, "total-parts")


def test_two_shares_of_one_whole_whose_amounts_come_to_less_than_it_are_not_summed_to_100() -> None:
    text = (
        "全年货物进出口总额1402.6亿元，比上年增长4.9%。其中，出口总额905.2亿元，增长6.3%；进口总额497.4亿元，"
        "增长2.5%。货物进出口顺差407.8亿元，比上年扩大35.1亿元。\n\n"
        "从贸易方式看，一般贸易进出口1060.4亿元，增长6.8%，占进出口总额的75.6%，比重比上年提高1.3个百分点；"
        "加工贸易进出口244.1亿元，下降2.7%，占17.4%。"
    )
    assert proposed(text, "structure-ratio") == []  # 1304.5 of 1402.6: 保税物流 and the rest are left out
    assert len(proposed(text, "share")) == 2
    # amounts that make up the whole keep the sum
    whole = text.replace("1060.4亿元，增长6.8%，占进出口总额的75.6%", "1158.5亿元，增长6.8%，占进出口总额的82.6%")
    assert proposed(whole, "structure-ratio") == [("sum(82.6%, 17.4%) == 100%", "warning")]


def test_a_named_list_a_sentence_after_a_figure_it_comes_far_short_of_is_not_all_of_it() -> None:
    text = (
        "参加基本医疗保险人数392.40万人，其中职工医保141.20万人，居民医保251.20万人。"
        "参加失业保险、工伤保险人数分别为80.15万人和95.32万人。"
    )
    checks = [check for check, _ in proposed(text, "total-parts")]
    assert not any(check.startswith("sum(80.15万人, 95.32万人) ==") for check in checks)
    assert "sum(141.20万人, 251.20万人) == 392.40万人" in checks  # the stated 其中 list keeps its sum


def test_age_bands_name_what_is_counted_and_a_nested_band_is_of_its_own_band() -> None:
    text = (
        "全省人口中，0—14岁人口为8123456人，占16.20%；15—59岁人口为31210987人，占62.25%；60岁及以上人口为"
        "10801234人，占21.55%，其中65岁及以上人口为8012345人，占15.98%。\n\n"
        "全省人口中，男性人口为25401234人，占50.66%；女性人口为24734443人，占49.34%。"
    )
    assert [f.label for f in read(text).figures if f.text == "8123456人"] == ["0—14岁人口为"]
    assert proposed(text, "total-parts") == [("8012345人 <= 10801234人", "error")]  # never 15—59岁 nor 男+女 of it
    assert all("10801234人) == 15.98%" not in check for check, _ in proposed(text, "share"))


def test_a_part_within_a_bound_goes_under_the_total_of_the_wider_bound() -> None:
    text = "年末60岁及以上人口264人，15至59岁人口894人，其中65岁及以上人口190人。"
    assert proposed(text, "total-parts") == [("190人 <= 264人", "error")]  # never under 15至59岁 just before


def test_a_share_of_a_named_whole_sections_above_is_of_the_one_figure_labelled_so() -> None:
    text = (
        "一、缴存\n\n2024年，实缴职工64.30万人，缴存额142.80亿元，增长6.1%。\n\n"
        "二、提取\n\n2024年，提取住房公积金98.46亿元，占当年缴存额的68.95%。"
    )
    assert proposed(text, "share") == [("share(98.46亿元, 142.80亿元) == 68.95%", "warning")]
    # two figures of that name: which one is not said
    twice = text.replace("增长6.1%。", "增长6.1%；上年缴存额134.60亿元。").replace("上年缴存额", "缴存额")
    assert proposed(twice, "share") == []


def test_a_sex_ratio_with_its_definition_in_brackets_is_men_per_100_women_and_no_count(tmp_path: Path) -> None:
    text = "全省男性人口为25401234人，女性人口为24734443人。总人口性别比（以女性为100，男性对女性的比例）为102.70。\n"
    assert proposed(text, "structure-ratio") == [("100 * 25401234人 / 24734443人 == 102.70", "error")]
    article = tmp_path / "census.txt"
    article.write_text(text, "utf-8")
    result = CliRunner().invoke(cli, ["scan", "--format", "json", str(article)])
    assert result.exit_code == 0  # 102.70 is a ratio, never a count of 人 that must be whole


def test_a_known_rate_takes_its_base_from_an_earlier_paragraph_of_its_section() -> None:
    text = (
        "一、总体情况\n\n全年共受理群众信访事项2846件次，同比下降5.2%。\n\n"
        "从反映的问题看，涉及城乡建设类712件，涉及劳动社保类405件。\n\n"
        "全年信访事项按期办结2791件，按期办结率98.1%。"
    )
    assert ("share(2791件, 2846件次) == 98.1%", "warning") in proposed(text, "share")
    # under another heading the base is another section's: no rate is proposed
    other = text.replace("从反映的问题看", "二、问题分类\n\n从反映的问题看")
    assert all("2846件次" not in check for check, _ in proposed(other, "share"))
