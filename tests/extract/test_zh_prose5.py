"""Chinese report prose, fifth round: causes that recur in the development sets' texts (written by people who never
saw the extractor), each tested on a sentence written anew for its test, places invented."""

from __future__ import annotations

from tests.extract.test_patterns import proposed


def test_a_base_value_in_brackets_after_the_comparison_is_the_previous_value() -> None:
    text = "年末全镇户籍人口8.64万人，比上年末（8.79万人）减少0.15万人。"
    assert ("8.64万人 - 8.79万人 == -0.15万人", "error") in proposed(text, "year-on-year")


def test_a_growth_after_a_bracketed_base_is_of_the_figure_that_base_is_earlier_than() -> None:
    # 104.6% (of the budget) stands between the figure and its growth: the growth is still the revenue's
    text = "全区税收收入完成9.37亿元，为年度预算的104.6%，比上年（8.85亿元）增长5.9%。"
    checks = proposed(text, "year-on-year")
    assert ("change(9.37亿元, 8.85亿元) == 5.9%", "error") in checks, checks


def test_points_after_a_bracketed_earlier_percentage_are_the_difference_of_the_two() -> None:
    text = "全年空气质量优良天数比例86.3%，比上年（84.1%）提高2.2个百分点。"
    assert ("86.3% - 84.1% == 2.2个百分点", "error") in proposed(text, "percentage-points")


def test_points_a_growth_rate_slowed_by_against_its_bracketed_earlier_rate() -> None:
    text = "前三季度全区实现旅游收入41.6亿元，同比增长7.4%，增速较上年同期（9.8%）回落2.4个百分点。"
    assert ("7.4% - 9.8% == -2.4个百分点", "error") in proposed(text, "percentage-points")


def test_a_bracketed_base_before_a_fall_in_points_is_not_read_as_a_growth() -> None:
    # 降幅 sizes a fall written unsigned: no difference of signed rates is proposed from it
    text = "全区房地产开发投资同比下降11.2%，降幅较上半年（14.6%）收窄3.4个百分点。"
    assert not any("11.2%" in check and "14.6%" in check for check, _ in proposed(text, "percentage-points"))


def test_an_income_ratio_narrowed_to_is_the_town_income_over_the_country_one_named_together() -> None:
    text = "城乡居民人均可支配收入分别达到45120元和23860元，分别增长4.6%和6.9%，城乡居民收入比缩小至1.89。"
    assert ("45120元 / 23860元 == 1.89", "error") in proposed(text, "structure-ratio")


def test_an_income_ratio_moved_from_last_years_is_checked_for_both_years() -> None:
    text = (
        "城镇居民、农村居民人均可支配收入分别达到51230元和26410元（上年分别为48970元和24690元），"
        "城乡居民收入比由上年的1.98缩小至1.94。"
    )
    checks = proposed(text, "structure-ratio")
    assert ("51230元 / 26410元 == 1.94", "error") in checks, checks
    assert ("48970元 / 24690元 == 1.98", "error") in checks, checks


def test_the_urbanisation_rate_is_the_town_residents_over_all_residents_never_the_country_ones() -> None:
    text = "年末全县常住人口52.36万人。其中，城镇常住人口27.41万人，乡村常住人口24.95万人；常住人口城镇化率为52.35%。"
    checks = proposed(text, "share")
    assert ("share(27.41万人, 52.36万人) == 52.35%", "warning") in checks, checks
    assert not any("24.95万人)" in check for check, _ in checks), checks


def test_a_clearance_rate_is_over_the_cases_that_occurred() -> None:
    text = "全年发生盗窃案件1260起，破获834起，破案率66.2%。"
    assert ("share(834起, 1260起) == 66.2%", "warning") in proposed(text, "share")


def test_a_target_in_brackets_or_named_after_its_value_is_what_the_result_is_a_percentage_of() -> None:
    assert ("share(3.12万人, 3万人) == 104.0%", "error") in proposed(
        "全年新增城镇就业3.12万人，完成年度目标（3万人）的104.0%。", "share"
    )
    assert ("share(86公里, 80公里) == 107.5%", "error") in proposed(
        "改造提升农村公路86公里，完成年度80公里目标任务的107.5%。", "share"
    )


def test_a_share_in_brackets_after_a_part_is_of_the_total_the_parts_are_of() -> None:
    text = "全年办理行政复议案件215件，其中维持原行政行为132件（占61.4%）、撤销28件、驳回申请55件。"
    assert ("share(132件, 215件) == 61.4%", "error") in proposed(text, "share")


def test_a_share_whose_subject_names_an_earlier_part_of_its_sentence_is_that_parts() -> None:
    text = "全年全省货物进出口总额3462.8亿元。其中出口2107.6亿元，进口1355.2亿元，出口占进出口总额的60.9%。"
    checks = proposed(text, "share")
    assert ("share(2107.6亿元, 3462.8亿元) == 60.9%", "error") in checks, checks
    assert not any("1355.2亿元, 3462.8亿元" in check for check, _ in checks), checks


def test_a_share_of_counts_named_by_its_measure_word_is_of_the_figure_in_that_unit() -> None:
    text = (
        "今年以来，全县共发生火灾事故214起、死亡9人。其中，居民住宅：发生火灾131起、死亡7人，"
        "火灾起数占火灾总数的61.2%，死亡人数占死亡总数的77.8%。"
    )
    checks = proposed(text, "share")
    assert any(check == "share(131起, 214起) == 61.2%" for check, _ in checks), checks
    assert not any("7人" in check and "61.2%" in check for check, _ in checks), checks


def test_a_value_of_the_year_before_in_brackets_after_a_change_on_the_year_is_the_previous_value() -> None:
    text = "2025年，全区共查处食品安全违法案件318起，同比上升6.4%（2024年299起）；罚没款412万元。"
    assert ("change(318起, 299起) == 6.4%", "error") in proposed(text, "year-on-year")


def test_a_bracketed_value_of_another_year_than_the_one_before_is_no_previous_value() -> None:
    text = "2025年，全区共查处食品安全违法案件318起，同比上升6.4%（2021年299起）。"
    assert not any("299起" in check for check, _ in proposed(text, "year-on-year"))


def test_last_years_value_is_never_the_base_of_a_change_on_the_quarter_before() -> None:
    text = "第二季度，全市市场监管投诉举报平台受理投诉5.62万件，环比增长9.1%，同比增长14.3%（去年同期4.92万件）。"
    checks = proposed(text, "year-on-year")
    assert ("change(5.62万件, 4.92万件) == 14.3%", "error") in checks, checks
    assert not any("9.1%" in check for check, _ in checks), checks


def test_cases_concluded_stay_within_those_received_when_received_holds_the_carried_over_cases() -> None:
    text = (
        "1—9月，全院共受理各类案件15820件，其中新收14630件，旧存1190件；审执结13240件。\n\n"
        "（一）刑事审判。受理刑事案件1460件，审结1295件。"
    )
    assert ("1295件 <= 1460件", "warning") in proposed(text, "flow")


def test_cases_concluded_are_never_held_to_the_new_cases_alone() -> None:
    text = "全年共受理案件15820件，其中新收14630件，旧存1190件。12月当月，新收案件1210件，审结1384件。"
    assert not any("1384件" in check for check, _ in proposed(text, "flow"))


def test_each_courts_concluded_cases_are_within_its_own_received_cases() -> None:
    text = "甲区法院受理案件6120件，审结5480件；乙区法院受理案件14350件，审结12960件。"
    checks = proposed(text, "flow")
    assert ("12960件 <= 14350件", "warning") in checks, checks
    assert not any("12960件 <= 6120件" in check for check, _ in checks), checks


def test_what_each_court_concluded_divides_the_concluded_total_as_what_each_received_divides_the_received() -> None:
    text = (
        "全市两级法院共受理各类案件54210件；审结、执结49860件。"
        "其中，市中院受理7420件，审执结6810件；6个基层法院受理46790件，审执结43050件。"
    )
    checks = proposed(text, "total-parts")
    assert ("sum(7420件, 46790件) <= 54210件", "error") in checks, checks
    assert ("sum(6810件, 43050件) <= 49860件", "warning") in checks, checks


def test_a_non_prosecution_rate_named_in_short_is_over_both_decisions() -> None:
    text = "审查起诉案件审结后，决定起诉862人，决定不起诉137人，不诉率13.71%。"
    assert ("share(137人, 862人 + 137人) == 13.71%", "error") in proposed(text, "share")


def test_a_view_opened_by_an_enumerator_divides_the_reports_lead() -> None:
    text = (
        "一、总体情况\n\n前三季度，全县共发生道路交通事故1264起，死亡87人。\n\n二、主要特点\n\n"
        "（一）从事故原因看，超速行驶引发事故318起，占25.2%；酒后驾驶引发事故143起，占11.3%。"
    )
    checks = proposed(text, "total-parts") + proposed(text, "share")
    assert any(check.startswith("sum(318起, 143起) <= 1264起") for check, _ in checks), checks
    assert any(check == "share(318起, 1264起) == 25.2%" for check, _ in checks), checks


def test_an_item_of_an_earlier_numbered_list_is_never_the_lead_a_later_view_divides() -> None:
    text = (
        "一、总体情况\n\n前三季度，全县共发生道路交通事故1264起，死亡87人。\n\n二、主要特点\n\n"
        "（一）按道路分：\n1、国省道发生事故702起；\n2、县乡道发生事故489起。\n\n"
        "（二）按事故原因分，超速行驶引发事故318起，占25.2%；酒后驾驶引发事故143起，占11.3%。"
    )
    checks = proposed(text, "total-parts") + proposed(text, "share")
    assert any(check == "share(318起, 1264起) == 25.2%" for check, _ in checks), checks
    assert not any("489起" in check and "318起" in check for check, _ in checks), checks


def test_a_change_in_a_named_count_is_of_the_figure_that_name_labels_never_its_neighbour_of_one_unit() -> None:
    text = (
        "10月份，全县共发生事故17起、死亡9人、受伤5人，"
        "环比事故起数上升13.3%、死亡人数上升28.6%（9月份分别为15起、7人）。"
    )
    checks = proposed(text, "year-on-year")
    assert ("change(9人, 7人) == 28.6%", "error") in checks, checks
    assert not any("5人" in check for check, _ in checks), checks


def test_a_months_values_a_year_before_in_brackets_are_its_previous_values() -> None:
    text = (
        "10月份，全县共发生事故17起、死亡9人，同比事故起数、死亡人数分别下降22.7%、18.2%（上年同月分别为22起、11人）。"
    )
    checks = proposed(text, "year-on-year")
    assert ("change(17起, 22起) == -22.7%", "error") in checks, checks
    assert ("change(9人, 11人) == -18.2%", "error") in checks, checks


def test_the_month_befores_values_may_stand_between_the_comparison_and_its_changes() -> None:
    text = "10月当月，全县发生火灾事故26起、死亡3人，环比（9月20起、4人）分别上升30.0%和下降25.0%。"
    checks = proposed(text, "year-on-year")
    assert ("change(26起, 20起) == 30.0%", "error") in checks, checks


def test_a_share_of_kinds_whose_whole_is_one_of_several_like_figures_of_the_lead_is_only_a_warning() -> None:
    # 排查 and 受理调解 both count 纠纷: which of them the kinds divide is not said, so the share cannot be an error
    text = (
        "全区各级人民调解组织全年共排查矛盾纠纷3600多件，受理调解矛盾纠纷3215件，调解成功3148件。"
        "从纠纷类型看，婚姻家庭纠纷862件，占26.8%；邻里纠纷731件；其他纠纷1622件。"
    )
    shares = proposed(text, "share")
    assert shares, shares
    assert all(severity == "warning" for check, severity in shares if "862件" in check), shares


def test_per_head_shares_are_of_all_residents_income_when_town_and_country_incomes_are_named_too() -> None:
    text = (
        "全年全县全体居民人均可支配收入29684元，比上年增长6.1%。按常住地分，城镇居民人均可支配收入39120元，"
        "增长5.2%；农村居民人均可支配收入20846元，增长7.0%。\n\n"
        "按收入来源分，全体居民人均工资性收入16352元，增长6.5%，占人均可支配收入的比重为55.1%；"
        "人均经营净收入5463元，增长5.3%，占18.4%。"
    )
    checks = [check for check, _ in proposed(text, "share")]
    assert "share(16352元, 29684元) == 55.1%" in checks, checks
    assert "share(5463元, 29684元) == 18.4%" in checks, checks


def test_an_aside_naming_the_share_is_no_part_of_the_wholes_name() -> None:
    text = (
        "全年全体居民人均消费支出19842元，比上年增长7.6%。其中，人均食品烟酒消费支出5873元，增长4.9%，"
        "占人均消费支出的比重（恩格尔系数）为29.6%。"
    )
    assert ("share(5873元, 19842元) == 29.6%", "error") in proposed(text, "share")


def test_kinds_among_the_people_a_period_and_noun_name_divide_the_figure_so_labelled() -> None:
    text = (
        "年初全县在册社区矫正对象316人，全年新接收187人，解除矫正194人，年末在册309人。"
        "年末在册人员中，缓刑268人，占86.7%；假释23人；暂予监外执行18人。"
    )
    assert ("share(268人, 309人) == 86.7%", "error") in proposed(text, "share")
    assert ("sum(268人, 23人, 18人) <= 309人", "error") in proposed(text, "total-parts")


def test_last_years_values_in_brackets_after_the_comparison_are_the_previous_values_of_the_sentence_before() -> None:
    text = (
        "1至9月，全县共发生火灾412起，死亡6人，受伤11人。"
        "与去年同期相比（468起，死亡9人，受伤8人），火灾起数下降12.0%，死亡人数减少3人，受伤人数增加3人。"
    )
    checks = proposed(text, "year-on-year")
    assert ("change(412起, 468起) == -12.0%", "warning") in checks, checks
    assert ("6人 - 9人 == -3人", "warning") in checks, checks
    assert ("11人 - 8人 == 3人", "warning") in checks, checks


def test_a_heavy_sentence_rate_is_over_the_people_sentenced_not_the_cases_concluded() -> None:
    text = "全年审结一审刑事案件1420件，判处罪犯1765人。其中，判处五年以上有期徒刑的241人，重刑率13.7%。"
    assert ("share(241人, 1765人) == 13.7%", "warning") in proposed(text, "share")


def test_a_heavy_sentence_rate_may_be_over_the_people_a_first_instance_judgment_named() -> None:
    text = "法院一审判决涉恶案件28件214人，其中判处五年以上有期徒刑的67人，重刑率31.3%。"
    assert ("share(67人, 214人) == 31.3%", "warning") in proposed(text, "share")


def test_points_from_one_years_percentage_to_anothers_are_their_difference() -> None:
    text = "全区行政机关负责人出庭应诉率从2021年的52.4%提高到2025年的96.1%，提高43.7个百分点。"
    assert ("96.1% - 52.4% == 43.7个百分点", "error") in proposed(text, "percentage-points")


def test_a_growth_with_last_years_value_in_one_unit_of_a_pair_is_of_the_figure_in_that_unit() -> None:
    text = "共受理审查起诉案件1184件1563人，同比上升7.1%（去年同期为1105件）。"
    checks = proposed(text, "year-on-year")
    assert ("change(1184件, 1105件) == 7.1%", "error") in checks, checks


def test_pending_cases_are_those_received_a_sentence_before_less_those_concluded() -> None:
    text = (
        "1—9月，全院共受理各类案件16240件。其中，新收15012件，旧存1228件。审执结14105件，结案率86.9%；未结案件2135件。"
    )
    assert ("2135件 == 16240件 - 14105件", "warning") in proposed(text, "flow")


def test_multiples_given_with_fenbie_pair_each_figure_with_the_bracketed_base_in_its_place() -> None:
    text = (
        "过去五年，全区法院共受理各类案件21.4万件，审执结20.3万件，分别是上一个五年的1.42倍和1.38倍"
        "（上一个五年分别为15.1万件、14.7万件）。"
    )
    checks = proposed(text, "multiple")
    assert ("abs(21.4万件 / 15.1万件 - 1.42倍) <= 0.05 * 1.42倍", "error") in checks, checks
    assert ("abs(20.3万件 / 14.7万件 - 1.38倍) <= 0.05 * 1.38倍", "error") in checks, checks


def test_a_sentence_opening_with_a_part_and_no_count_in_the_views_unit_is_never_its_lead() -> None:
    text = (
        "全年全区共受理群众信访事项2415件次、涉及3306人次。\n\n"
        "从信访渠道看，来信388件次；来访742件次；网上信访1285件次。来访中，集体访31批、764人次。\n\n"
        "从反映内容看，城乡建设类652件次，占27.0%；农业农村类431件次；其他1332件次。"
    )
    checks = proposed(text, "share")
    assert any(check == "share(652件次, 2415件次) == 27.0%" for check, _ in checks), checks
    assert not any("31批" in check for check, _ in proposed(text, "total-parts")), proposed(text, "total-parts")


def test_a_parts_other_measure_joined_to_it_does_not_end_the_list() -> None:
    text = (
        "全年全区共受理群众信访事项2415件次。\n\n从信访渠道看，来信388件次；来访742件次、1516人次；网上信访1285件次。"
    )
    checks = proposed(text, "total-parts")
    assert any(check.startswith("sum(388件次, 742件次, 1285件次) <= 2415件次") for check, _ in checks), checks


def test_a_rate_is_never_over_a_part_of_a_total_in_sight_its_numerator_does_not_name() -> None:
    text = (
        "审结一审民商事案件28640件。其中，婚姻家庭案件4120件，合同纠纷案件15230件，劳动争议案件1960件。"
        "以调解、撤诉方式结案12870件，调解撤诉率44.9%。"
    )
    checks = proposed(text, "share")
    assert ("share(12870件, 28640件) == 44.9%", "warning") in checks, checks
    assert not any("15230件)" in check for check, _ in checks), checks
