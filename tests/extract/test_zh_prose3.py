"""Chinese report prose of genres no earlier probe read (金融运行 notes, 畜牧业 and 节能降耗 releases, 城市建设 and
政务服务 reports, 招商引资, 县域经济 analyses, 网络零售 and 服务贸易 news): each text is written anew for its test,
places invented."""

from __future__ import annotations

from tests.extract.test_patterns import proposed

LOANS = (
    "6月末，全县金融机构本外币各项贷款余额812.6亿元，同比增长8.9%，比年初增加53.4亿元。其中，个人经营性贷款余额"
    "96.2亿元，同比增长15.7%，比年初增加12.8亿元，占各项贷款增量的24.0%。普惠小微贷款余额143.5亿元，同比增长21.3%，"
    "较上年末增加19.6亿元，上年末为123.9亿元。"
)


def test_a_change_since_the_start_of_the_year_is_never_checked_against_a_change_on_the_year_before() -> None:
    checks = proposed(LOANS, "year-on-year")
    # 同比增长8.9% is against June a year before; 比年初增加53.4亿元 against this January: two bases
    assert not any("8.9%" in check or "15.7%" in check or "21.3%" in check for check, _ in checks), checks
    # the previous value and the change of one base still agree with each other
    assert ("143.5亿元 - 123.9亿元 == 19.6亿元", "error") in checks, checks


def test_at_the_year_end_a_change_since_the_start_of_the_year_is_the_change_on_the_year_before() -> None:
    text = "12月末，全县金融机构本外币各项贷款余额812.6亿元，同比增长7.0%，比年初增加53.4亿元。"
    checks = proposed(text, "year-on-year")
    assert ("change(812.6亿元, 812.6亿元 - 53.4亿元) == 7.0%", "error") in checks, checks


def test_a_share_of_an_increase_is_the_increase_before_it_over_the_increase_its_name_names() -> None:
    checks = proposed(LOANS, "share")
    # 占各项贷款增量的24.0%: 12.8亿元 of the 53.4亿元 added to all loans, never the balance 96.2亿元 of 812.6亿元
    assert checks == [("share(12.8亿元, 53.4亿元) == 24.0%", "warning")], checks


POINTS_NAMED_AFTER = (
    "上半年，全市城镇新增就业岗位中，灵活就业占比为38.4%，比上年同期提高1.7个百分点（上年同期为36.7%）。全市民营经济"
    "增加值同比增长6.4%，高于全市平均水平0.9个百分点，全市增长5.5%。全市单位工业增加值用水量同比下降4.1%，降幅比一季度"
    "收窄0.6个百分点，一季度为下降4.7%。全市城市污水处理率为97.2%，较上年提高0.8个百分点。上年污水处理率为96.4%。"
)


def test_points_are_checked_against_the_earlier_percentage_named_after_them_by_their_comparison() -> None:
    checks = proposed(POINTS_NAMED_AFTER, "percentage-points")
    assert ("38.4% - 36.7% == 1.7个百分点", "error") in checks, checks  # (上年同期为36.7%)
    assert ("6.4% - 5.5% == 0.9个百分点", "error") in checks, checks  # 高于全市平均水平…，全市增长5.5%
    assert ("4.1% - 4.7% == -0.6个百分点", "error") in checks, checks  # 降幅…收窄, 一季度为下降4.7%
    # opening the next sentence with the same measure's name: inferred
    assert ("97.2% - 96.4% == 0.8个百分点", "warning") in checks, checks


def test_points_between_a_fall_and_a_growth_rate_are_left_alone() -> None:
    # 下降2.2%, 增速比一季度提高1.5个百分点, 一季度为下降3.7%: -2.2 against -3.7, signs the figures do not carry
    text = "全市出口同比下降2.2%，增速比一季度提高1.5个百分点，一季度为下降3.7%。"
    assert proposed(text, "percentage-points") == []


CITY = (
    "一、城市人口。2025年末，全县城区人口42.6万人，暂住人口5.8万人。\n\n"
    "二、市政设施。年末城市道路面积986万平方米，人均城市道路面积23.15平方米。\n\n"
    "三、投资。“十四五”期间全县累计完成市政设施投资212.5亿元，年均投资42.5亿元，其中2025年投资51.3亿元。\n"
)


def test_a_measure_per_head_is_the_measure_so_named_over_the_urban_population() -> None:
    checks = proposed(CITY, "average")
    # 986万平方米 / 42.6万人 = 23.15: over 城区人口, never the 暂住人口 after it
    assert ("abs(mean(986万平方米, 42.6万人) - 23.15平方米) <= 0", "warning") in checks, checks


def test_a_yearly_average_is_its_span_s_total_over_the_span_s_years() -> None:
    checks = proposed(CITY, "average")
    assert ("abs(212.5亿元 / 5 - 42.5亿元) <= 0", "warning") in checks, checks
    # and a 其中 after a yearly average is no part of it (but of the span's total)
    parts = proposed(CITY, "total-parts")
    assert not any("42.5亿元" in check for check, _ in parts), parts


PER_THING = (
    "全区政务服务中心设综合窗口18个，全年日均接件1242件，平均每个窗口日均接件69.0件。全区帮办代办服务1.47万件，"
    "平均每名帮办员服务735件，全区共有帮办员20名。\n\n"
    "今年以来全县网店带动就业1.62万人，平均每家网店带动就业2.9人。10月末，全县网店数量达到5604家。\n"
)


def test_an_average_per_thing_counted_takes_the_count_in_its_measure_word_before_or_after_it() -> None:
    checks = proposed(PER_THING, "average")
    assert ("abs(1242 / 18个 - 69.0) <= 0", "warning") in checks, checks  # a daily total over the windows
    assert ("abs(1.47万件 / 20名 - 735) <= 0.5", "warning") in checks, checks  # the count after it
    assert ("abs(1.62万人 / 5604家 - 2.9) <= 0", "warning") in checks, checks  # the count in the next sentence


DAILY = (
    "2026年上半年，全市全社会用电量168.2亿千瓦时，同比增长6.8%，日均用电9293万千瓦时。\n\n"
    "全市7个县（市）实现地区生产总值1426.8亿元，同比增长5.9%。县均地区生产总值203.8亿元。\n"
)


def test_a_daily_average_of_half_a_year_is_over_its_days_and_a_county_average_over_its_counties() -> None:
    checks = proposed(DAILY, "average")
    assert ("abs(168.2亿千瓦时 / 181 - 9293万千瓦时) <= 0", "warning") in checks, checks
    assert ("abs(mean(1426.8亿元, 7个) - 203.8亿元) <= 0", "warning") in checks, checks


def test_the_urban_rural_income_ratio_is_of_the_incomes_never_of_an_increase() -> None:
    text = (
        "前三季度，全县农村居民人均可支配收入15208元，比上年同期增加986元；城镇居民人均可支配收入33476元，增长4.6%。"
        "城乡居民收入比为2.20。"
    )
    assert proposed(text, "structure-ratio") == [("33476元 / 15208元 == 2.20", "error")]


def test_points_are_never_checked_against_another_item_s_earlier_percentage_past_a_semicolon() -> None:
    text = (
        "全县煤炭消费量占能源消费总量的比重为52.4%，比上年同期下降1.9个百分点；非化石能源消费比重为16.3%，比上年同期"
        "提高1.2个百分点，上年同期为15.1%。"
    )
    # 15.1% is the non-fossil share's earlier value, never coal's; and 52.4% and 16.3% are not a whole whose
    # changes cancel
    assert proposed(text, "percentage-points") == [("16.3% - 15.1% == 1.2个百分点", "error")]


MULTIPLES = (
    "跨境电商进出口额28.4亿元，其中出口23.1亿元，进口5.3亿元，出口额是进口额的4.4倍。沿海三县实现税收86.2亿元，是山区"
    "五县的3.1倍，山区五县实现税收27.6亿元。全县共有家庭农场412家，是2020年末的1.7倍，2020年末为238家。经济总量最大的"
    "青石镇实现生产总值96.4亿元，是总量最小的柳溪镇（21.8亿元）的4.4倍。"
)


def test_a_multiple_of_a_named_base_is_over_the_figure_the_name_or_period_or_aside_gives() -> None:
    checks = proposed(MULTIPLES, "multiple")
    assert ("abs(23.1亿元 / 5.3亿元 - 4.4倍) <= 0.05 * 4.4倍", "error") in checks, checks  # 出口额是进口额的
    assert ("abs(86.2亿元 / 27.6亿元 - 3.1倍) <= 0.05 * 3.1倍", "error") in checks, checks  # the base after it
    assert ("abs(412家 / 238家 - 1.7倍) <= 0.05 * 1.7倍", "error") in checks, checks  # 是2020年末的, 2020年末为
    assert ("abs(96.4亿元 / 21.8亿元 - 4.4倍) <= 0.05 * 4.4倍", "error") in checks, checks  # the base in an aside
    assert len(checks) == 4, checks


def test_a_multiple_of_a_period_with_no_value_given_is_left_alone() -> None:
    assert proposed("上半年，全市直播销售额118.9亿元，是上年同期的1.5倍。", "multiple") == []


def test_growth_in_times_from_an_earlier_value_to_a_later_one_is_their_ratio_less_one() -> None:
    text = "全县星级农家乐数量由2020年的48家增加到2025年的166家，增长了2.5倍。"
    checks = proposed(text, "year-on-year")
    assert ("abs(166家 / 48家 - 1 - 2.5倍) <= 0.05 * 2.5倍", "error") in checks, checks


def test_a_size_band_before_a_noun_names_a_class_of_projects_never_a_part_of_the_investment() -> None:
    text = (
        "全县新签约项目96个，协议总投资402.8亿元。其中，10亿元以上项目11个，协议投资206.4亿元；5亿元至10亿元项目23个，"
        "协议投资131.2亿元；5亿元以下项目62个，协议投资65.2亿元。"
    )
    checks = proposed(text, "total-parts")
    assert not any("5亿元至10亿元" in check for check, _ in checks), checks
    assert ("sum(206.4亿元, 131.2亿元, 65.2亿元) <= 402.8亿元", "error") in checks, checks


def test_kinds_named_after_qizhong_with_fenbiewei_are_some_of_the_total_not_all_of_it() -> None:
    text = (
        "1—10月，全县农产品网络零售额12.74亿元，增长16.2%。其中，茶叶、板栗和蜂蜜网络零售额分别为5.36亿元、3.12亿元"
        "和1.48亿元。"
    )
    checks = proposed(text, "total-parts")
    assert ("sum(5.36亿元, 3.12亿元, 1.48亿元) <= 12.74亿元", "error") in checks, checks
    assert not any(check.endswith("== 12.74亿元") for check, _ in checks), checks


SERVICES_AND_LOANS = (
    "前三季度，全县服务进出口总额8.36亿元，其中服务出口5.12亿元，服务进口3.24亿元，服务贸易顺差1.88亿元，比上年同期"
    "扩大0.37亿元，上年同期顺差为1.51亿元。6月末，全县各项贷款余额215.40亿元，同比增长11.3%，增速比上年同期提高2.1个"
    "百分点（上年同期为9.2%）。小微企业贷款余额41.26亿元，较年初增加5.18亿元，年初余额为36.08亿元。"
)


def test_a_balance_ends_a_list_of_parts() -> None:
    checks = proposed(SERVICES_AND_LOANS, "total-parts")
    # 顺差 is exports less imports, never a third part of the trade (nor is last year's 顺差 after it)
    assert ("sum(5.12亿元, 3.24亿元) <= 8.36亿元", "error") in checks, checks
    assert not any("1.88亿元" in check or "1.51亿元" in check for check, _ in checks), checks


def test_a_previous_value_named_by_its_period_and_measure_after_the_change() -> None:
    checks = proposed(SERVICES_AND_LOANS, "year-on-year")
    assert ("1.88亿元 - 1.51亿元 == 0.37亿元", "error") in checks, checks  # 上年同期顺差为
    assert ("41.26亿元 - 36.08亿元 == 5.18亿元", "error") in checks, checks  # 年初余额为


def test_growth_points_against_the_rate_in_an_aside_the_comparison_names() -> None:
    checks = proposed(SERVICES_AND_LOANS, "percentage-points")
    assert checks == [("11.3% - 9.2% == 2.1个百分点", "error")], checks


def test_a_rate_named_by_a_qualifier_and_a_noun_is_over_the_noun_s_whole() -> None:
    text = (
        "一、存贷款。9月末，全县金融机构本外币各项贷款余额286.45亿元，同比增长9.2%。其中，涉农贷款余额102.37亿元。\n\n"
        "二、资产质量。9月末，全县银行业不良贷款余额3.96亿元，不良贷款率为1.38%。\n"
    )
    # 不良贷款率 is 不良贷款余额 over 各项贷款余额 (a paragraph up), never over 涉农贷款余额, and no 不X率 (a rate of
    # what was not done)
    assert proposed(text, "share") == [("share(3.96亿元, 286.45亿元) == 1.38%", "warning")]


ONLINE_SHARES = (
    "1—9月，全县网络零售额36.52亿元，同比增长11.4%。\n\n"
    "1—9月，全县农产品网络零售额14.81亿元，占网络零售额的40.6%。其中，茶叶网络零售额6.02亿元，笋干网络零售额2.37亿元。\n\n"
    "上半年，全县网上零售额25.90亿元，其中实物商品网上零售额21.46亿元，占全县社会消费品零售总额的比重为26.3%。"
    "全县社会消费品零售总额81.60亿元。\n"
)


def test_a_share_of_a_name_its_part_bears_is_of_the_figure_so_named_further_up() -> None:
    checks = proposed(ONLINE_SHARES, "share")
    # never the 茶叶网络零售额 after it (a part of the part), nor no check at all
    assert ("share(14.81亿元, 36.52亿元) == 40.6%", "warning") in checks, checks


def test_a_share_of_a_whole_named_and_given_after_it_is_of_that_figure_not_of_the_breakdown_s_total() -> None:
    checks = proposed(ONLINE_SHARES, "share")
    assert ("share(21.46亿元, 81.60亿元) == 26.3%", "warning") in checks, checks
    assert not any("25.90亿元" in check for check, _ in checks), checks


def test_a_percentage_change_is_checked_against_the_year_before_s_figure_of_its_label_paragraphs_up() -> None:
    text = (
        "2025年，全县接待游客1286万人次，实现旅游收入98.6亿元。\n\n"
        "2026年，全县接待游客1392万人次，比上年增长8.2%；实现旅游收入108.3亿元，增长9.8%。\n"
    )
    checks = proposed(text, "year-on-year")
    assert ("change(1392万人次, 1286万人次) == 8.2%", "warning") in checks, checks
    assert ("change(108.3亿元, 98.6亿元) == 9.8%", "warning") in checks, checks


def test_growth_points_against_the_whole_place_s_rate_or_another_subject_s_named_in_the_text() -> None:
    text = (
        "上半年，全县网络零售额52.80亿元，同比增长10.6%。全县农村网络零售额13.42亿元，同比增长13.9%，增速高于全县"
        "3.3个百分点。\n\n"
        "前三季度，全县服务出口4.26亿元，增长14.1%；服务进口2.87亿元，增长8.3%。出口增速快于进口5.8个百分点。\n"
    )
    checks = proposed(text, "percentage-points")
    assert ("13.9% - 10.6% == 3.3个百分点", "warning") in checks, checks
    assert ("14.1% - 8.3% == 5.8个百分点", "warning") in checks, checks


def test_a_value_of_the_same_months_a_year_before_named_by_its_year_is_the_previous_value() -> None:
    text = (
        "柳河县2026年1—10月电子商务简况\n\n1—10月，全县网络零售额48.27亿元，同比增长12.6%，2025年1—10月为42.87亿元。\n"
    )
    assert ("change(48.27亿元, 42.87亿元) == 12.6%", "error") in proposed(text, "year-on-year")


def test_a_later_year_s_value_is_never_a_previous_value() -> None:
    text = "2024年全县网络零售额38.10亿元，增长9.1%，2026年目标为52.00亿元。"
    assert not any("52.00亿元" in check for check, _ in proposed(text, "year-on-year"))


def test_money_per_show_is_the_money_so_named_over_the_shows() -> None:
    text = "1—10月，全县开展农产品直播带货0.96万场，实现销售额4.18亿元，场均销售额4.35万元。"
    assert proposed(text, "average") == [("abs(mean(4.18亿元, 0.96万场) - 4.35万元) <= 0", "warning")]


def test_respective_points_against_the_respective_earlier_percentages_named_after_them() -> None:
    text = (
        "2025年，全县自来水普及率达到98.7%，燃气普及率达到95.2%，分别比2020年提高2.1个百分点和5.6个百分点；2020年，"
        "两项指标分别为96.6%和89.6%。"
    )
    checks = proposed(text, "percentage-points")
    assert ("98.7% - 96.6% == 2.1个百分点", "error") in checks, checks
    assert ("95.2% - 89.6% == 5.6个百分点", "error") in checks, checks
    assert len(checks) == 2, checks


def test_a_trade_balance_a_sentence_after_the_exports_and_imports_is_their_difference() -> None:
    text = (
        "前三季度，全县服务出口6.84亿元，增长10.2%；服务进口9.13亿元，增长4.1%。"
        "全县服务贸易逆差2.29亿元，比上年同期收窄0.35亿元。"
    )
    assert proposed(text, "identity") == [("9.13亿元 - 6.84亿元 == 2.29亿元", "warning")]


def test_a_known_rate_paragraphs_after_its_parts_is_over_the_figures_of_all_of_each_kind() -> None:
    text = (
        "一、存款。9月末，全县金融机构各项存款余额512.30亿元，比年初增加31.20亿元。\n\n"
        "二、贷款。9月末，全县各项贷款余额398.60亿元，同比增长9.9%。其中，涉农贷款余额140.20亿元。\n\n"
        "三、其他。全县存贷比为77.8%。\n"
    )
    assert proposed(text, "share") == [("share(398.60亿元, 512.30亿元) == 77.8%", "warning")]
