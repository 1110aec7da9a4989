"""Causes of misses and false alarms seen on Chinese bulletins of kinds not studied before (prose-zh session):
人社 and 民政 statistical bulletins, 文化和旅游 and 科技经费 communiqués, customs and consumption news in the
新华社 manner, 政府信息公开 annual reports and 统计公报 sections on population and living standards.  Each text here
is written anew for its test."""

from __future__ import annotations

from tests.extract.test_patterns import proposed


def test_a_stated_multiple_of_a_named_base_is_checked_and_the_base_is_no_previous_value() -> None:
    text = "上半年，全市新能源汽车零售额96.3亿元，同比增长41.7%，是2022年同期30.1亿元的3.2倍。"
    assert proposed(text, "multiple") == [("abs(96.3亿元 / 30.1亿元 - 3.2倍) <= 0.05 * 3.2倍", "error")]
    # the base is of 2022, the 41.7% against last year: never change(96.3亿元, 30.1亿元) == 41.7%
    assert not any("30.1亿元" in check for check, _ in proposed(text, "year-on-year"))
    assert proposed("被提起行政诉讼11件，是上年5件的2.2倍。", "multiple") == [
        ("abs(11件 / 5件 - 2.2倍) <= 0.05 * 2.2倍", "error")
    ]


def test_a_multiple_of_a_period_or_of_no_figure_proposes_nothing() -> None:
    # 前五年 is a period, not a base: 五年 / 五年 is no multiple
    assert proposed("五年来共审结各类案件15.2万件，是前五年的1.8倍。", "multiple") == []
    assert proposed("全年实现利润总额58.2亿元，是上年的1.3倍。", "multiple") == []
    # the nearest figure in the base's unit across a ； is another item: nothing
    assert proposed("受理案件1200件；审结案件是上年900件的1.2倍。", "multiple") == []


def test_a_view_by_age_divides_the_population_an_earlier_sentence_gives_not_the_births_just_before() -> None:
    text = (
        "年末全市常住人口528.36万人，比上年末增加2.14万人。全年出生人口3.68万人，出生率为6.98‰。\n\n"
        "从年龄构成看，0—15岁人口81.42万人，占15.4%；16—59岁人口335.18万人，占63.4%；60岁及以上人口111.76万人，"
        "占21.2%，其中65岁及以上人口80.35万人，占15.2%。"
    )
    parts = proposed(text, "total-parts")
    # contiguous age groups, from the youngest to an open oldest, are all of the population: summed
    assert ("sum(81.42万人, 335.18万人, 111.76万人) == 528.36万人", "warning") in parts
    assert ("80.35万人 <= 111.76万人", "error") in parts
    shares = proposed(text, "share")
    assert ("share(81.42万人, 528.36万人) == 15.4%", "error") in shares
    assert ("share(111.76万人, 528.36万人) == 21.2%", "error") in shares
    assert not any("3.68万人" in check for check, _ in parts + shares)
    # the share after 其中 is of a part: the siblings' shares alone add up to 100
    assert proposed(text, "structure-ratio") == [("sum(15.4%, 63.4%, 21.2%) == 100%", "warning")]


def test_age_groups_that_overlap_or_leave_a_gap_are_never_summed() -> None:
    gap = (
        "全市常住人口528.36万人。\n\n从年龄构成看，0—15岁人口81.42万人；18—59岁人口335.18万人；"
        "60岁及以上人口111.76万人。"
    )
    assert not any(check.startswith("sum(") for check, _ in proposed(gap, "total-parts"))
    mixed = (
        "全市常住人口528.36万人。\n\n从人口构成看，0—15岁人口81.42万人；女性人口260.10万人；60岁及以上人口111.76万人。"
    )
    assert not any(check.startswith("sum(") for check, _ in proposed(mixed, "total-parts"))


def test_an_urban_rural_income_gap_named_as_a_multiple_difference_is_urban_over_rural() -> None:
    text = (
        "城镇居民人均可支配收入50124元，增长4.6%；农村居民人均可支配收入21245元，增长6.7%。"
        "城乡居民人均收入倍差2.36，比上年缩小0.05。"
    )
    assert proposed(text, "structure-ratio") == [("50124元 / 21245元 == 2.36", "error")]


def test_shares_named_by_kinds_after_their_amounts_are_each_of_the_total_the_view_divides() -> None:
    text = (
        "全省研究与试验发展经费1286.4亿元。分活动类型看，基础研究经费82.3亿元，增长12.1%；应用研究经费147.9亿元，"
        "增长9.4%；试验发展经费1056.2亿元，增长8.1%。基础研究、应用研究和试验发展经费所占比重分别为6.4%、11.5%和82.1%。"
    )
    shares = proposed(text, "share")
    assert ("share(82.3亿元, 1286.4亿元) == 6.4%", "warning") in shares
    assert ("share(1056.2亿元, 1286.4亿元) == 82.1%", "warning") in shares
    # with no total, shares that add up to 100 are of the kinds' sum
    bare = "基础研究经费82.3亿元，应用研究经费147.9亿元。基础研究和应用研究经费所占比重分别为35.8%和64.2%。"
    assert proposed(bare, "share") == [
        ("share(82.3亿元, 82.3亿元 + 147.9亿元) == 35.8%", "error"),
        ("share(147.9亿元, 82.3亿元 + 147.9亿元) == 64.2%", "error"),
    ]


def test_named_shares_of_kinds_that_fall_short_of_their_total_are_never_summed_to_100() -> None:
    # 1012.6 + 136.8 + 118.5 is 1267.9 of 1286.4: the three kinds are not all of it, so 98.5% need not be 100%
    text = (
        "全省研究与试验发展经费1286.4亿元。分活动主体看，各类企业经费1012.6亿元；政府属研究机构经费136.8亿元；"
        "高等学校经费118.5亿元。企业、政府属研究机构、高等学校经费所占比重分别为78.7%、10.6%和9.2%。"
    )
    assert ("share(136.8亿元, 1286.4亿元) == 10.6%", "warning") in proposed(text, "share")
    assert proposed(text, "structure-ratio") == []


def test_a_share_of_exports_named_under_a_view_of_all_trade_is_of_the_exports() -> None:
    text = (
        "全年全省货物进出口总值4862.7亿元。其中，出口3105.2亿元，进口1757.5亿元。\n\n"
        "从商品看，机电产品出口额1886.5亿元，占出口总值的60.8%；高新技术产品出口额902.3亿元，占29.1%。"
    )
    shares = proposed(text, "share")
    assert ("share(1886.5亿元, 3105.2亿元) == 60.8%", "warning") in shares
    assert ("share(902.3亿元, 3105.2亿元) == 29.1%", "warning") in shares  # the bare share after it, too
    assert not any("4862.7亿元" in check for check, _ in shares)


def test_kinds_ending_in_exports_divide_the_exports_a_qi_zhong_sentence_names() -> None:
    text = (
        "全年全省货物进出口总值4862.7亿元，比上年增长6.3%。其中，出口3105.2亿元；进口1757.5亿元。\n\n"
        "从贸易方式看，一般贸易进出口3126.4亿元，加工贸易进出口986.3亿元。\n\n"
        "从商品看，机电产品出口1886.5亿元，劳动密集型产品出口402.1亿元。"
    )
    parts = proposed(text, "total-parts")
    assert ("sum(1886.5亿元, 402.1亿元) <= 3105.2亿元", "warning") in parts
    assert ("sum(3126.4亿元, 986.3亿元) <= 4862.7亿元", "warning") in parts  # 进出口 kinds stay of the total
    assert not any("1886.5亿元" in check and "4862.7亿元" in check for check, _ in parts)


def test_money_per_person_time_is_the_paragraphs_money_over_its_count_in_that_unit() -> None:
    text = "全年实施临时救助1.86万人次，支出临时救助资金0.27亿元，平均救助水平每人次1452元。"
    assert proposed(text, "average") == [("abs(mean(0.27亿元, 1.86万人次) - 1452元) <= 0.5", "warning")]
    # a price per square metre is no money per number of things: nothing
    price = "商品房销售面积142.6万平方米；商品房销售额168.9亿元；商品房平均销售价格每平方米11844元。"
    assert proposed(price, "average") == []


def test_beds_per_thousand_old_people_are_all_the_beds_over_the_old_population() -> None:
    text = (
        "年末全市共有养老机构和设施1286个，养老床位5.62万张。其中，注册登记的养老机构264个，床位3.41万张；"
        "社区养老服务机构和设施1022个，床位2.21万张。全市60岁及以上老年人口162.4万人，每千名老年人拥有养老床位34.6张。"
    )
    averages = proposed(text, "average")
    assert len(averages) == 1 and averages[0][0].startswith("abs(5.62万张 / (162.4万人 / 1000) - 34.6)")


def test_a_growth_rate_against_an_earlier_periods_rate_differs_by_the_points_after_it() -> None:
    text = "上半年全市社会消费品零售总额2468.3亿元，同比增长5.8%，增速比一季度的5.2%加快0.6个百分点。"
    assert proposed(text, "percentage-points") == [("5.8% - 5.2% == 0.6个百分点", "error")]
    slowed = "全年出口增长8.1%，增速比2024年的9.4%回落1.3个百分点。"
    assert proposed(slowed, "percentage-points") == [("8.1% - 9.4% == -1.3个百分点", "error")]
    # the earlier rate named with no points right after it: nothing to difference
    assert proposed("全年出口增长8.1%，比2024年的9.4%低，进口增长1.2个百分点。", "percentage-points") == []


def test_a_views_kinds_past_a_semicolon_may_each_name_their_own_head_noun() -> None:
    text = (
        "上半年全市社会消费品零售总额2468.3亿元，同比增长5.8%。按消费类型分，商品零售2189.7亿元，增长5.2%；"
        "餐饮收入278.6亿元，增长10.6%。"
    )
    assert ("sum(2189.7亿元, 278.6亿元) == 2468.3亿元", "warning") in proposed(text, "total-parts")
    # a 其中 list still ends where another subject opens past a ；
    other = "全年一般公共预算收入286.4亿元，其中税收收入218.5亿元；固定资产投资额132.6亿元。"
    assert not any("132.6亿元" in check for check, _ in proposed(other, "total-parts"))


def test_items_past_a_semicolon_that_repeat_the_first_items_form_go_on_with_the_list() -> None:
    text = (
        "全县共有高中阶段学校9所，在校生2.35万人。其中，普通高中6所，在校生1.62万人；中等职业学校3所，在校生0.73万人。"
    )
    parts = proposed(text, "total-parts")
    # 中等职业学校 ends like the 高中阶段学校 total, yet its item repeats 普通高中's form (所, then 在校生): a part
    assert ("sum(6所, 3所) <= 9所", "error") in parts
    assert ("sum(1.62万人, 0.73万人) <= 2.35万人", "error") in parts
    beds = (
        "年末全市共有养老机构和设施1286个，养老床位5.62万张。其中，注册登记的养老机构264个，床位3.41万张；"
        "社区养老服务机构和设施1022个，床位2.21万张。"
    )
    assert ("sum(3.41万张, 2.21万张) <= 5.62万张", "error") in proposed(beds, "total-parts")


def test_an_increase_written_as_a_multiple_is_the_later_over_the_earlier_less_one() -> None:
    assert proposed("全年办理案件7.4万件，比上年的3.2万件增长1.3倍。", "year-on-year") == [
        ("abs(7.4万件 / 3.2万件 - 1 - 1.3倍) <= 0.05 * 1.3倍", "error")
    ]
    doubled = "新能源汽车产量由上年的12.6万辆增加到25.3万辆，翻了一番。"
    assert proposed(doubled, "year-on-year") == [("abs(25.3万辆 / 12.6万辆 - 翻了一番) <= 0.05 * 翻了一番", "error")]


def test_a_pupil_teacher_ratio_is_the_pupils_over_the_teachers_of_its_item() -> None:
    text = (
        "其中，小学58所，在校生5.48万人，专任教师3826人，生师比为14.3:1；初中24所，在校生3.16万人，专任教师2299人，"
        "生师比为13.7:1。"
    )
    assert proposed(text, "structure-ratio") == [
        ("5.48万人 / 3826人 == 14.3 / 1", "error"),
        ("3.16万人 / 2299人 == 13.7 / 1", "error"),
    ]
    # pupils of another item, across a ；, are never this ratio's
    assert proposed("小学在校生5.48万人；初中专任教师2299人，生师比为13.7:1。", "structure-ratio") == []


def test_a_limit_the_total_stays_within_is_never_the_total_of_the_parts_after_it() -> None:
    text = (
        "年末全市政府债务余额892.35亿元，控制在省核定的限额958.00亿元以内。其中，一般债务余额312.48亿元，"
        "专项债务余额579.87亿元。"
    )
    parts = proposed(text, "total-parts")
    assert ("sum(312.48亿元, 579.87亿元) <= 892.35亿元", "error") in parts
    assert not any("958.00亿元" in check for check, _ in parts)


def test_a_share_of_the_whole_places_total_is_of_the_texts_lead_figure_not_a_part_sharing_more_words() -> None:
    text = (
        "假期全省共接待游客8642.5万人次，同比增长6.2%。\n\n全省A级旅游景区共接待游客2136.4万人次，其中5A级景区接待游客"
        "486.2万人次。\n\n全省乡村旅游点接待游客3125.6万人次，占全省接待游客总数的36.2%。"
    )
    shares = proposed(text, "share")
    assert ("share(3125.6万人次, 8642.5万人次) == 36.2%", "warning") in shares
    assert not any("486.2万人次) == 36.2%" in check for check, _ in shares)


def test_a_value_compared_with_a_named_earlier_year_is_that_years_value() -> None:
    text = "全年受理案件12300件，比2024年的11300件多1000件，增长8.8%。"
    checks = proposed(text, "year-on-year")
    assert ("change(12300件, 11300件) == 8.8%", "error") in checks
    assert ("12300件 - 11300件 == 1000件", "error") in checks
    assert not any(check.startswith("change(11300件") for check, _ in checks)  # never the current value


def test_output_per_head_is_the_output_over_the_years_mean_population() -> None:
    text = (
        "全市实现地区生产总值3286.52亿元，比上年增长5.6%。年末全市常住人口528.36万人，比上年末增加2.14万人。"
        "全年人均地区生产总值62327元，比上年增长5.2%。"
    )
    assert proposed(text, "average") == [
        ("abs(mean(3286.52亿元, ((528.36万人 * 2 - 2.14万人) / 2)) - 62327元) <= 0.01 * 62327元", "warning")
    ]
    # a 户籍 figure per head is over the 户籍 population, and none is given here
    assert proposed(text.replace("全年人均", "全年户籍人均"), "average") == []


def test_the_two_sexes_alone_are_all_of_a_total_and_are_summed() -> None:
    text = "全市户籍人口486.25万人，其中男性246.38万人、女性239.87万人，户籍人口性别比为102.71。"
    assert ("sum(246.38万人, 239.87万人) == 486.25万人", "warning") in proposed(text, "total-parts")
    # one sex beside another cut (35岁以下) may overlap: each part on its own
    mixed = "全市共有公务员1.2万人，其中女性0.52万人、35岁以下男性0.31万人。"
    assert not any(check.startswith("sum(") for check, _ in proposed(mixed, "total-parts"))


def test_a_daily_average_of_a_years_total_is_over_the_years_days() -> None:
    assert proposed("全年共接报各类警情36500起，平均每天100起。", "average") == [
        ("abs(36500起 / 365 - 100) <= 0.5", "warning")
    ]
    leap = "2024年共接报各类警情36600起，日均100起。"
    assert proposed(leap, "average") == [("abs(36600起 / 366 - 100) <= 0.5", "warning")]
    # a period whose days the text does not give proposes nothing
    assert proposed("今年以来共接报警情8600起，日均接报警情95起。", "average") == []


def test_a_rate_named_after_its_numerator_is_over_a_total_named_after_it() -> None:
    text = "全年共执结案件12650件，执行到位金额38.6亿元；执行标的总额62.4亿元，执行到位率为61.9%。"
    assert proposed(text, "share") == [("share(38.6亿元, 62.4亿元) == 61.9%", "warning")]


def test_deaths_per_ten_thousand_vehicles_are_the_deaths_over_the_fleet() -> None:
    text = "全市机动车保有量186.5万辆。全年发生道路交通事故死亡人数152人，道路交通万车死亡率为0.82。"
    assert proposed(text, "population-rate") == [("152人 / (186.5万辆 / 10000) == 0.82", "warning")]
    # the road deaths, never the part of them a 其中 names last, nor another kind's deaths
    parts = (
        "全市机动车保有量186.5万辆。全年发生道路交通事故死亡人数152人，其中摩托车事故死亡人数41人。"
        "全年生产安全事故死亡98人。道路交通万车死亡率为0.82。"
    )
    assert proposed(parts, "population-rate") == [("152人 / (186.5万辆 / 10000) == 0.82", "warning")]


def test_a_trade_surplus_is_the_exports_less_the_imports_before_it() -> None:
    text = "其中，出口3105.2亿元，增长8.1%；进口1757.5亿元，增长3.2%；贸易顺差1347.7亿元，扩大15.2%。"
    assert proposed(text, "identity") == [("3105.2亿元 - 1757.5亿元 == 1347.7亿元", "error")]
    deficit = "全年出口额286.5亿元，进口额312.4亿元，贸易逆差25.9亿元。"
    assert proposed(deficit, "identity") == [("312.4亿元 - 286.5亿元 == 25.9亿元", "error")]


def test_a_per_head_part_is_a_share_of_the_per_head_whole_its_share_names() -> None:
    text = (
        "全年全市居民人均消费支出27354元，比上年增长6.1%。其中，人均服务性消费支出12578元，增长8.4%，"
        "占居民人均消费支出的比重为46.0%。"
    )
    assert proposed(text, "share") == [("share(12578元, 27354元) == 46.0%", "error")]


def test_a_share_whose_sentence_names_its_part_and_whole_is_of_the_figures_so_labelled() -> None:
    text = (
        "2025年末，缴存总额1896.42亿元；缴存余额722.56亿元。\n\n"
        "2025年末，累计发放个人住房贷款836.14亿元，贷款余额486.37亿元。个人住房贷款余额占缴存余额的67.31%。"
    )
    assert proposed(text, "share") == [("share(486.37亿元, 722.56亿元) == 67.31%", "warning")]
    # two figures of the part's name: which one is meant is not known, nothing is proposed
    two = text.replace("贷款余额486.37亿元。", "贷款余额486.37亿元；6月末，贷款余额470.15亿元。")
    assert proposed(two, "share") == []


def test_kinds_of_a_one_character_noun_divide_the_figure_named_with_it_first() -> None:
    text = (
        "全市一般公共预算收入完成386.42亿元，比上年增长5.2%。其中，税收收入291.36亿元，增长4.8%；"
        "非税收入95.06亿元，增长6.5%。\n\n"
        "从主要税种看，增值税完成118.25亿元，增长3.9%；企业所得税完成52.47亿元，下降2.1%；契税完成21.30亿元。"
    )
    parts = proposed(text, "total-parts")
    assert ("sum(118.25亿元, 52.47亿元, 21.30亿元) <= 291.36亿元", "warning") in parts
    assert not any("118.25亿元" in check and "386.42亿元" in check for check, _ in parts)


def test_a_rate_named_by_one_character_of_each_word_is_of_the_one_figure_holding_both() -> None:
    text = "全年共审结案件12650件，其中调解撤诉5320件，调撤率42.1%。"
    assert proposed(text, "share") == [("share(5320件, 12650件) == 42.1%", "warning")]
    reversed_words = "全年一审审结刑事案件2150件，二审改判发回45件，发改率为2.1%。"
    assert proposed(reversed_words, "share") == [("share(45件, 2150件) == 2.1%", "warning")]


def test_a_clause_of_gong_after_amounts_of_its_unit_totals_them() -> None:
    text = "全年新收各类案件10230件，旧存2420件，共受理12650件。"
    parts = proposed(text, "total-parts")
    assert ("sum(10230件, 2420件) <= 12650件", "error") in parts
    assert ("sum(10230件, 2420件) == 12650件", "warning") in parts  # 共 may hold more than the kinds before it
    # a 共 total of a wider kind than the few before it: never an error that they make all of it
    wider = "全年查处酒驾1200起、醉驾300起，共查处交通违法行为5.6万起。"
    assert not any(check.startswith("sum(") and "==" in check for check, _ in proposed(wider, "total-parts"))
    # a total of another unit sums nothing, nor does a later act on the cases (共审结 after 新收 and 结转)
    assert proposed("发生较大事故2起，一般事故5起，共造成12人死亡。", "total-parts") == []
    later = "全年新收案件10230件，上年结转2420件，共审结11800件，未结2850件。"
    assert proposed(later, "total-parts") == []


def test_applications_carried_forward_to_next_year_are_pending() -> None:
    text = "全年共收到政府信息公开申请586件，办结申请571件，结转下年度继续办理15件。"
    assert ("15件 == 586件 - 571件", "warning") in proposed(text, "flow")


def test_a_housing_funds_stock_is_what_was_paid_in_less_what_was_taken_out() -> None:
    text = (
        "2025年末，缴存总额1896.42亿元，比上年末增加10.89%；缴存余额712.56亿元，同比增长6.83%。\n\n"
        "2025年，提取额140.83亿元，同比增长10.12%。提取总额1183.86亿元，比上年末增加13.50%。"
    )
    assert proposed(text, "identity") == [("1896.42亿元 - 1183.86亿元 == 712.56亿元", "warning")]
    # two different values of one name: which one the identity means is not known
    two = text + "\n\n2024年末，缴存余额667.04亿元。"
    assert proposed(two, "identity") == []


def test_a_month_on_month_change_is_against_the_month_before_named_in_a_clause_after_it() -> None:
    text = "10月份，全市共发生事故56起，环比下降12.5%，9月份为64起。"
    assert proposed(text, "year-on-year") == [("change(56起, 64起) == -12.5%", "error")]
    last = "当月受理案件1230件，环比增长8.8%，上月为1130件。"
    assert proposed(last, "year-on-year") == [("change(1230件, 1130件) == 8.8%", "error")]
    # a year-on-year change beside last month's value, or a month that is not the one before: nothing
    assert proposed("当月受理案件1230件，同比增长8.8%，上月为1130件。", "year-on-year") == []
    assert proposed(text.replace("9月份为", "8月份为"), "year-on-year") == []


def test_points_above_a_named_growth_rate_are_against_that_figures_rate() -> None:
    text = (
        "年末全市金融机构各项贷款余额10862.7亿元，同比增长10.4%。\n\n"
        "年末普惠小微贷款余额1328.5亿元，同比增长27.5%，高于各项贷款增速17.1个百分点。"
    )
    assert proposed(text, "percentage-points") == [("27.5% - 10.4% == 17.1个百分点", "warning")]
    # a fall written unsigned is never differenced as if it were growth
    assert proposed(text.replace("同比增长27.5%", "同比下降27.5%"), "percentage-points") == []


def test_a_qi_zhong_right_after_a_figure_divides_that_figure_not_an_earlier_kind_of_its_name() -> None:
    text = "全年共受理案件1.2万件，其中刑事案件0.3万件；审结1.1万件，其中刑事案件0.28万件。"
    parts = proposed(text, "total-parts")
    assert ("0.28万件 <= 1.1万件", "error") in parts
    assert not any(check.startswith("0.28万件 <= 0.3万件") for check, _ in parts)  # concluded are no received ones
