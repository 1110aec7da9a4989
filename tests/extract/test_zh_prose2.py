"""Chinese report prose of genres no earlier probe read (社会消费品零售总额 and 固定资产投资 monthly releases,
城乡居民收支, 财政收支 and 预算执行 reports, 国有企业经济运行, a 新华社-style story): each text is written anew for
its test, places invented."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from factcheck.cli import cli
from factcheck.extract import extract
from factcheck.extract.model import same_period
from tests.extract.test_patterns import proposed
from tests.extract.test_zh_falarm2 import _scan_clean

RETAIL = (
    "1—10月份，全市社会消费品零售总额2713.58亿元，同比增长4.8%。\n\n"
    "1—10月份，全市网上零售额612.40亿元，同比增长8.1%。其中，实物商品网上零售额503.75亿元，增长9.4%，"
    "占社会消费品零售总额的比重为18.6%。\n"
)


def test_a_share_naming_its_whole_is_of_the_figure_so_labelled_not_of_the_total_its_part_divides() -> None:
    checks = proposed(RETAIL, "share")
    # 占社会消费品零售总额的比重: of 2713.58亿元, never of the 网上零售额 that only shares 零售 with the name
    assert ("share(503.75亿元, 2713.58亿元) == 18.6%", "error") in checks, checks
    assert not any("612.40亿元" in check for check, _ in checks), checks


def test_a_share_naming_its_whole_takes_the_whole_of_its_own_period() -> None:
    text = "10月份，全市社会消费品零售总额286.47亿元。" + RETAIL
    checks = proposed(text, "share")
    assert ("share(503.75亿元, 2713.58亿元) == 18.6%", "error") in checks, checks
    assert not any("286.47亿元" in check for check, _ in checks), checks


def test_scan_passes_a_retail_release_with_an_online_share(tmp_path: Path) -> None:
    assert _scan_clean(tmp_path / "retail.txt", RETAIL) >= 2


STORY = (
    "前10个月澜州社会消费品零售总额同比增长4.3%\n\n"
    "新华社澜口11月20日电 澜州省统计局20日发布数据显示，今年前10个月，全省社会消费品零售总额1.82万亿元，"
    "同比增长4.3%，增速比前三季度加快0.2个百分点。\n"
)


def test_the_months_or_quarters_a_figure_covers_are_its_period_never_a_figure() -> None:
    extraction = extract(STORY, "story")
    texts = [f.text for f in extraction.document.figures]
    assert not any(t in ("10个月", "前10个月", "三季度", "前三季度") for t in texts), texts
    total = next(f for f in extraction.document.figures if f.text == "1.82万亿元")
    assert total.period == "前10个月"  # never the 11月 of the dateline's 11月20日


MONTH_AND_YEAR_TO_DATE = (
    "10月份，全市社会消费品零售总额286.47亿元，同比增长3.9%。其中，除汽车以外的消费品零售额251.32亿元，增长4.6%。"
    "1—10月份，全市社会消费品零售总额2713.58亿元，同比增长4.8%。\n\n"
    "按经营单位所在地分，10月份，城镇消费品零售额241.85亿元，同比增长3.7%；乡村消费品零售额44.62亿元，增长5.0%。"
    "1—10月份，城镇消费品零售额2289.14亿元，增长4.6%；乡村消费品零售额424.44亿元，增长5.9%。\n"
)


def test_a_views_parts_of_one_month_divide_that_months_total_not_the_year_to_dates() -> None:
    checks = [check for check, _ in proposed(MONTH_AND_YEAR_TO_DATE, "total-parts")]
    assert "sum(241.85亿元, 44.62亿元) == 286.47亿元" in checks, checks
    assert "sum(2289.14亿元, 424.44亿元) == 2713.58亿元" in checks, checks
    # the month's parts are never the ten months' whole, nor of what is left without cars (除汽车以外的)
    assert not any("241.85亿元" in check and ("2713.58亿元" in check or "251.32亿元" in check) for check in checks)


def test_scan_passes_a_retail_release_of_a_month_and_its_year_to_date(tmp_path: Path) -> None:
    assert _scan_clean(tmp_path / "retail.txt", MONTH_AND_YEAR_TO_DATE) >= 2


BUDGET = (
    "2025年，全市一般公共预算收入完成186.42亿元，同比增长4.7%。其中，税收收入129.87亿元，增长3.5%；"
    "非税收入56.55亿元，增长7.5%。加上上级补助收入143.26亿元、债务转贷收入38.50亿元、上年结转11.34亿元、"
    "调入资金9.18亿元，收入总计388.70亿元。\n"
)


def test_additions_after_a_sentence_of_which_are_added_to_the_total_it_divides() -> None:
    checks = [check for check, _ in proposed(BUDGET, "total-parts")]
    # 加上... is added to 一般公共预算收入186.42亿元, never to the 税收收入 its 其中 sentence opens with
    assert "sum(186.42亿元, 143.26亿元, 38.50亿元, 11.34亿元, 9.18亿元) == 388.70亿元" in checks, checks
    assert not any("129.87亿元, 143.26亿元" in check for check in checks), checks


def test_scan_passes_a_budget_report_adding_transfers_to_its_revenue(tmp_path: Path) -> None:
    assert _scan_clean(tmp_path / "budget.txt", BUDGET) >= 2


BRIEF = (
    "柏溪县2026年1—10月经济运行简况\n\n"
    "一、工业生产。1—10月，全县规模以上工业企业实现营业收入312.56亿元，同比增长6.4%。\n\n"
    "二、消费市场。1—10月，全县社会消费品零售总额146.38亿元，同比增长4.1%。"
    "10月当月，全县社会消费品零售总额15.92亿元，增长5.3%。\n\n"
    "附表：柏溪县2026年1—10月主要经济指标\n\n"
    "| 指标 | 单位 | 1—10月 | 同比增长（%） |\n|---|---|---:|---:|\n"
    "| 规模以上工业营业收入 | 亿元 | 312.56 | 6.4 |\n"
    "| 社会消费品零售总额 | 亿元 | 146.38 | 4.7 |\n"
)


def test_a_closing_table_repeats_the_figures_of_earlier_sections_of_its_captions_period() -> None:
    checks = [check for check, _ in proposed(BRIEF, "repeated")]
    # 规模以上工业企业实现营业收入 is the row 规模以上工业营业收入 with two words set in, two sections up
    assert "(312.56元 * 100000000) == 312.56亿元" in checks, checks
    # the 1—10月 row repeats 146.38亿元, never the month's 15.92亿元
    assert "(146.38元 * 100000000) == 146.38亿元" in checks, checks
    assert "4.7% == 4.1%" in checks, checks
    assert not any("15.92亿元" in check for check in checks), checks


def test_scan_reports_only_the_closing_table_row_that_does_not_repeat_its_text(tmp_path: Path) -> None:
    article = tmp_path / "brief.md"
    article.write_text(BRIEF, encoding="utf-8")
    result = CliRunner().invoke(cli, ["scan", "--format", "json", str(article)])
    failing = [f for f in json.loads(result.output)["findings"] if f["status"] != "pass"]
    assert len(failing) == 1 and "4.7" in json.dumps(failing[0], ensure_ascii=False), failing  # 4.7 against 4.1%


INVESTMENT = (
    "1—10月份，全省固定资产投资（不含农户）8426.5亿元，同比增长4.2%。\n\n"
    "分产业看，第一产业投资312.4亿元，同比增长9.8%；第二产业投资2688.1亿元，增长15.3%。\n\n"
    "高技术产业投资同比增长18.6%，快于全部投资14.4个百分点。\n"
)


def test_points_faster_than_the_whole_are_against_the_growth_of_the_texts_lead_figure() -> None:
    checks = proposed(INVESTMENT, "percentage-points")
    # 快于全部投资: the 4.2% of 固定资产投资, never the 9.8% of the first industry just before
    assert ("18.6% - 4.2% == 14.4个百分点", "warning") in checks, checks
    assert not any("9.8%" in check for check, _ in checks), checks


def test_two_periods_differ_only_by_a_year_one_of_them_names() -> None:
    assert same_period("2026年1-10月", "1-10月")
    assert not same_period("2026年1-10月", "2025年1-10月")
    assert not same_period("1-10月", "10月")


HOUSEHOLDS = (
    "前三季度，全省居民人均可支配收入31842元，比上年同期名义增长5.3%。城镇居民人均可支配收入41268元，增长4.6%。\n\n"
    "按收入来源分，全省居民人均工资性收入17926元，增长5.6%，占可支配收入的比重为56.3%。\n\n"
    "前三季度，全省居民人均消费支出21354元。城镇居民人均消费支出26183元。"
    "全省居民人均居住消费支出4723元，增长2.0%，占人均消费支出的比重为22.1%。\n"
)


def test_a_per_head_part_is_a_share_of_the_per_head_whole_of_all_residents() -> None:
    checks = [check for check, _ in proposed(HOUSEHOLDS, "share")]
    # 占可支配收入的比重: of 居民人均可支配收入, never of the 城镇居民 one; 占人均消费支出的: of 居民人均消费支出
    assert "share(17926元, 31842元) == 56.3%" in checks, checks
    assert "share(4723元, 21354元) == 22.1%" in checks, checks
    assert not any("41268元" in check or "26183元" in check for check in checks), checks


FILMS = (
    "2025年，全市电影票房13.62亿元，其中国产影片票房10.87亿元。城市院线观影人次3208万，平均票价42.5元。\n\n"
    "全年放映电影146.3万场，场均观影人次21.9人。按全市常住人口2256万人计算，人均观影1.42次。\n"
)


def test_averages_read_from_their_structure_in_a_film_market_report() -> None:
    checks = [check for check, _ in proposed(FILMS, "average")]
    # money per admission: the whole box office (never the domestic films' part) over the 人次 its label counts
    assert "abs(mean(13.62亿元, 3208万) - 42.5元) <= 0" in checks, checks
    # 场均: over the count in 场; 按…人口计算,人均: over the base the sentence states
    assert "abs(3208万 / 146.3万场 - 21.9) <= 0" in checks, checks
    assert "abs(3208万 / 2256万人 - 1.42) <= 0" in checks, checks


def test_scan_passes_a_consistent_film_market_report(tmp_path: Path) -> None:
    assert _scan_clean(tmp_path / "films.txt", FILMS) >= 3


CULTURE = (
    "2026年前三季度澜州省文化企业营业收入增长6.8%\n\n"
    "据对全省2864家规模以上文化及相关产业企业调查，1—9月，上述企业实现营业收入2185.6亿元，比上年同期增长6.8%。\n\n"
    "分产业类型看，文化制造业营业收入784.3亿元，增长3.2%；文化批发和零售业412.7亿元，增长1.9%；"
    "文化服务业988.6亿元，增长11.4%。\n"
)


def test_a_view_divides_the_lead_of_its_unit_of_a_period_spelt_otherwise() -> None:
    checks = [check for check, _ in proposed(CULTURE, "total-parts")]
    # the lead is 2185.6亿元 (never the 2864家 surveyed), and 1—9月 is the 前三季度 of the heading
    assert "sum(784.3亿元, 412.7亿元, 988.6亿元) == 2185.6亿元" in checks, checks


def test_spans_of_months_are_one_period_in_any_spelling() -> None:
    assert same_period("2026年前三季度", "1-9月")
    assert same_period("前10个月", "1-10月")
    assert same_period("上半年", "2026年1-6月")
    assert not same_period("2025年1-9月", "2026年前三季度")
    assert not same_period("10月", "1-10月")


MIGRANTS = (
    "2025年全省农民工总量1463.8万人，比上年增加21.6万人。其中，外出农民工862.4万人；本地农民工601.4万人。\n\n"
    "在外出农民工中，跨省流动481.7万人，省内流动380.7万人，分别占外出农民工的55.9%和44.1%。\n\n"
    "从年龄结构看，40岁及以下农民工所占比重为45.2%，比上年下降1.1个百分点；41—50岁农民工所占比重为25.3%；"
    "50岁以上农民工所占比重为29.5%，比上年提高1.4个百分点。\n"
)


def test_shares_respectively_of_a_named_whole_are_of_the_figure_so_labelled() -> None:
    checks = [check for check, _ in proposed(MIGRANTS, "share")]
    # 分别占外出农民工的: of 862.4万人, never of 农民工总量 that only shares 农民工 with the name
    assert "abs(share(481.7万人, 862.4万人) - 55.9%) <= 0.1%" in checks, checks
    assert not any("1463.8万人" in check for check in checks), checks


def test_the_changes_given_for_some_shares_of_a_structure_need_not_cancel_out() -> None:
    # the 41—50岁 share's change is not given: -1.1 + 1.4 leaves it out, so no sum to 0 is proposed
    assert not [c for c, _ in proposed(MIGRANTS, "percentage-points") if c.endswith("== 0")]


def test_scan_passes_a_migrant_workers_report(tmp_path: Path) -> None:
    assert _scan_clean(tmp_path / "migrants.txt", MIGRANTS) >= 3


WAGES = (
    "2025年，全省农民工月均收入4962元，比上年增加163元，增长3.4%。\n\n"
    "分行业看，从事制造业的农民工月均收入5103元，增长2.8%；从事建筑业的农民工月均收入5587元，增长1.9%。\n"
)


def test_a_figure_of_a_views_kind_never_repeats_the_figure_outside_the_view() -> None:
    checks = [check for check, _ in proposed(WAGES, "repeated")]
    # 从事制造业的 is a kind of worker: its 月均收入 is no restatement of all workers' 4962元
    assert not any("4962元" in check or "3.4%" in check for check in checks), checks


def test_scan_passes_a_wages_paragraph_by_industry(tmp_path: Path) -> None:
    assert _scan_clean(tmp_path / "wages.txt", WAGES) >= 1


STATE_FIRMS = (
    "1—10月，国有企业营业总收入9867.3亿元，同比增长2.4%。其中，省属企业营业总收入5318.6亿元，同比增长3.1%；"
    "市县国有企业营业总收入4548.7亿元，同比增长1.6%。\n\n"
    "10月末，国有企业资产总额61482.6亿元；负债总额39714.3亿元；资产负债率为64.6%。其中，省属企业资产负债率62.8%。\n"
)


def test_parts_named_with_the_totals_own_word_go_on_past_a_semicolon() -> None:
    checks = [check for check, _ in proposed(STATE_FIRMS, "total-parts")]
    # 营业总收入 holds 总, as the first part's name does: no total of another list
    assert "sum(5318.6亿元, 4548.7亿元) == 9867.3亿元" in checks, checks


def test_a_rate_of_a_group_the_figures_do_not_name_is_not_over_them() -> None:
    checks = [check for check, _ in proposed(STATE_FIRMS, "share")]
    assert "share(39714.3亿元, 61482.6亿元) == 64.6%" in checks, checks
    assert not any("62.8%" in check for check in checks), checks  # 省属企业's rate, over figures of all firms


def test_scan_passes_a_state_firms_report(tmp_path: Path) -> None:
    assert _scan_clean(tmp_path / "firms.txt", STATE_FIRMS) >= 2


INDUSTRIES = (
    "分产业看，第一产业投资312.4亿元；第二产业投资2688.1亿元；第三产业投资5426.0亿元。"
    "第二产业中，工业投资2671.3亿元，增长15.6%。第三产业中，基础设施投资1742.9亿元，增长3.1%；"
    "房地产开发投资1985.2亿元，下降8.7%。\n\n"
    "全省农民工总量1463.8万人。其中，外出农民工862.4万人。外出农民工占农民工总量的58.9%。"
    "在外出农民工中，跨省流动481.7万人，省内流动380.7万人。\n"
)


def test_a_phrase_naming_its_total_reaches_back_past_a_sibling_phrase_or_a_sentence_of_shares() -> None:
    checks = [check for check, _ in proposed(INDUSTRIES, "total-parts")]
    assert "2671.3亿元 <= 2688.1亿元" in checks, checks
    # 第三产业中, after 第二产业中: the 第三产业投资 two sentences back
    assert "sum(1742.9亿元, 1985.2亿元) <= 5426.0亿元" in checks, checks
    # 在外出农民工中, after a sentence of a share alone: the 外出农民工 before it
    assert any(check.startswith("sum(481.7万人, 380.7万人) <= 862.4万人") for check in checks), checks


def test_an_aside_between_a_rate_and_the_earlier_rate_it_is_compared_with_is_passed_over() -> None:
    text = (
        "10月份，全省规模以上工业增加值同比增长6.1%（增加值增速均为扣除价格因素的实际增长率），"
        "比9月份的5.3%加快0.8个百分点。\n"
    )
    assert ("6.1% - 5.3% == 0.8个百分点", "error") in proposed(text, "percentage-points")


def test_a_share_of_a_short_name_is_of_the_top_figure_so_named_not_a_part_of_it() -> None:
    text = (
        "2025年，全市电影票房13.62亿元，其中国产影片票房10.87亿元。\n\n"
        "全年放映电影146.3万场。春节档票房2.31亿元，占全年票房的17.0%。\n"
    )
    checks = proposed(text, "share")
    assert ("share(2.31亿元, 13.62亿元) == 17.0%", "warning") in checks, checks
    assert not any("10.87亿元" in check and "17.0%" in check for check, _ in checks), checks


LEVELS = (
    "1—10月，全省一般公共预算收入2386.4亿元，同比增长3.1%。\n\n"
    "主要税种中，国内增值税612.7亿元，同比增长2.6%；企业所得税298.3亿元，同比下降4.1%。\n\n"
    "分级次看，省级一般公共预算收入402.6亿元，同比增长2.4%；市县级一般公共预算收入1983.8亿元，同比增长3.2%。\n"
)


def test_a_views_parts_named_alike_divide_the_figure_so_named_not_the_lead_before_them() -> None:
    checks = [check for check, _ in proposed(LEVELS, "total-parts")]
    # both parts end with 一般公共预算收入: they divide 2386.4亿元, never the 国内增值税 the sentence before leads with
    assert "sum(402.6亿元, 1983.8亿元) == 2386.4亿元" in checks, checks
    assert not any("612.7亿元" in check for check in checks), checks


def test_a_rate_is_of_the_wholes_figures_not_the_last_parts_of_them() -> None:
    text = (
        "1—10月，国有企业营业总收入9867.3亿元，同比增长2.4%。其中，省属企业营业总收入5318.6亿元；"
        "市县国有企业营业总收入4548.7亿元。\n\n1—10月，国有企业利润总额486.2亿元，同比下降3.7%。其中，"
        "省属企业利润总额301.5亿元；市县国有企业利润总额184.7亿元。国有企业营业收入利润率为4.93%。\n"
    )
    # 利润 over 营业总收入 of all the firms (营业收入 in the rate's name is 营业总收入's characters), never 市县's
    assert proposed(text, "share") == [("share(486.2亿元, 9867.3亿元) == 4.93%", "warning")]


def test_a_change_said_as_more_than_the_year_before_is_a_change() -> None:
    text = "今年前10个月，全省社会消费品零售总额1.82万亿元，同比增长4.3%，比上年同期多出约750亿元。\n"
    figure = next(f for f in extract(text, "story").document.figures if f.text == "约750亿元")
    assert figure.role == "change"  # 多出约750亿元: the change on the year before, never a level of its own


def test_a_median_said_as_a_share_of_the_mean_is_over_the_mean_its_name_gives() -> None:
    text = (
        "前三季度，全省居民人均可支配收入31842元，比上年同期名义增长5.3%。城镇居民人均可支配收入41268元。\n\n"
        "前三季度，全省居民人均可支配收入中位数27416元，增长5.1%，中位数是平均数的86.1%。\n"
    )
    assert ("share(27416元, 31842元) == 86.1%", "error") in proposed(text, "share")
