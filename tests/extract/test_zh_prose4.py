"""Chinese report prose of genres no earlier probe read (民航, 铁路 and 通信业 statistical bulletins, 港口 and 水路运输,
文物和博物馆, 林业草原, 税收 by kind, 农民工 monitoring, 居民收支, a news story of holiday travel): each text is written
anew for its test, places invented."""

from __future__ import annotations

from tests.extract.test_patterns import proposed


def test_a_multiple_of_two_averages_named_by_their_labels_is_checked() -> None:
    text = (
        "全省农民工月均收入4782元。其中，外出农民工月均收入5326元，增长4.8%；本地农民工月均收入4157元，增长3.6%；"
        "外出农民工月均收入是本地农民工的1.28倍。"
    )
    checks = proposed(text, "multiple")
    assert any(check.startswith("abs(5326元 / 4157元 - 1.28倍)") for check, _ in checks), checks


def test_a_multiple_of_an_average_named_after_it_is_checked() -> None:
    text = "假期全省高速公路小客车流量1186.3万辆次，日均148.3万辆次，是平日的1.6倍，平日日均为92.4万辆次。"
    checks = proposed(text, "multiple")
    assert any(check.startswith("abs(148.3 / 92.4 - 1.6倍)") for check, _ in checks), checks


def test_a_share_in_a_whole_named_before_zhong_is_of_that_whole() -> None:
    text = (
        "全年全省电信业务收入完成486.3亿元，比上年增长5.8%。按照上年不变价计算的电信业务总量完成621.7亿元，增长17.4%。\n\n"
        "分业务看，固定宽带接入业务收入77.8亿元，比上年增长6.9%，在电信业务收入中占比为16.0%。移动数据流量业务收入"
        "198.4亿元，比上年下降0.6%，占比为40.8%。"
    )
    checks = [check for check, _ in proposed(text, "share")]
    # 在电信业务收入中占比: of the revenue, never of the 电信业务总量 (a volume at constant prices)
    assert "share(77.8亿元, 486.3亿元) == 16.0%" in checks, checks
    assert "share(198.4亿元, 486.3亿元) == 40.8%" in checks, checks
    assert not any("621.7亿元" in check for check in checks), checks


def test_bare_shares_after_a_per_head_share_are_of_its_per_head_whole() -> None:
    text = (
        "前三季度，全市居民人均可支配收入38642元。\n\n"
        "按收入来源分，全市居民人均工资性收入22531元，占可支配收入的比重为58.3%；人均经营净收入6214元，占16.1%；"
        "人均财产净收入3482元，占9.0%。"
    )
    checks = [check for check, _ in proposed(text, "share")]
    assert "share(6214元, 38642元) == 16.1%" in checks, checks
    assert "share(3482元, 38642元) == 9.0%" in checks, checks


def test_a_share_whose_subject_opens_with_a_parts_label_is_of_the_whole_its_name_names() -> None:
    text = (
        "全省农民工总量1862万人，其中外出农民工1104万人。在外出农民工中，跨省流动486万人，省内流动618万人。"
        "省内流动农民工占外出农民工的56.0%。"
    )
    assert ("share(618万人, 1104万人) == 56.0%", "warning") in proposed(text, "share")


def test_a_share_whose_subject_names_the_paragraphs_figure_by_its_first_word_is_checked() -> None:
    text = (
        "今年国庆假期，全省营业性客运量累计达到2846.2万人次。\n\n"
        "其中，铁路发送旅客612.4万人次，同比增长9.7%。铁路客运量占全部营业性客运量的21.5%。"
    )
    assert ("share(612.4万人次, 2846.2万人次) == 21.5%", "warning") in proposed(text, "share")


def test_an_average_per_thing_is_over_the_count_its_noun_labels_not_the_paragraphs_other_count() -> None:
    text = (
        "年末全省共有文物机构486个。其中，博物馆312个，文物保护管理机构158个。\n\n"
        "全年全省文物机构举办陈列展览2134个。其中，博物馆接待观众4468万人次，平均每个博物馆接待14.3万人次。\n\n"
        "年末全省文物机构从业人员1.26万人，平均每个文物机构26人。"
    )
    checks = [check for check, _ in proposed(text, "average")]
    assert any(check.startswith("abs(4468万人次 / 312个 - 14.3)") for check in checks), checks
    assert any(check.startswith("abs(1.26万人 / 486个 - 26)") for check in checks), checks
    assert not any("2134个" in check for check in checks), checks


def test_an_average_per_ship_is_over_the_ships() -> None:
    text = "年末全省拥有水上运输船舶8126艘，净载重量3462万吨，平均每艘船舶净载重量4260吨。"
    checks = [check for check, _ in proposed(text, "average")]
    assert checks == ["abs(mean(3462万吨, 8126艘) - 4260吨) <= 0.5"], checks


def test_a_months_value_a_year_before_after_its_rate_is_its_previous_value() -> None:
    text = "9月份，全市税收收入68.47亿元，同比增长2.9%，上年同月为66.54亿元。"
    assert ("change(68.47亿元, 66.54亿元) == 2.9%", "error") in proposed(text, "year-on-year")


def test_an_index_a_year_before_is_never_its_previous_value() -> None:
    # an index is on its own base each year: 102.1 against 100.6 is no 2.1% rise
    text = "10月份，全市居民消费价格指数为102.1，同比上涨2.1%，上年同月为100.6。"
    assert proposed(text, "year-on-year") == []


def test_a_nominal_growth_is_of_the_figure_before_it_and_checked_against_the_previous_value() -> None:
    text = (
        "前三季度，全市居民人均可支配收入38642元，比上年同期名义增长5.3%，扣除价格因素实际增长5.0%，上年同期为36697元。"
    )
    checks = proposed(text, "year-on-year")
    assert ("change(38642元, 36697元) == 5.3%", "error") in checks, checks
    assert not any("5.0%" in check for check, _ in checks), checks  # a real growth is never of nominal values


def test_a_list_framed_by_the_whole_places_kind_is_of_the_figure_so_labelled() -> None:
    text = (
        "年末全省共有文物机构486个，其中博物馆312个。全省博物馆中，国有博物馆247个，非国有博物馆65个；"
        "免费开放的博物馆289个。"
    )
    checks = [check for check, _ in proposed(text, "total-parts")]
    # 全省博物馆中 frames the 博物馆 figure; 免费开放的博物馆 past the ； bears the total's own name: no part of it
    assert "sum(247个, 65个) == 312个" in checks, checks
    assert not any("289个" in check for check in checks), checks


def test_kinds_named_inside_the_totals_name_go_on_past_a_semicolon() -> None:
    text = (
        "年末全省共有文物机构486个。其中，博物馆312个，占文物机构总数的64.2%；文物保护管理机构158个；文物科研机构16个。"
    )
    checks = [check for check, _ in proposed(text, "total-parts")]
    assert "sum(312个, 158个, 16个) <= 486个" in checks, checks


def test_a_growth_in_times_on_a_year_the_sentence_compares_with_is_checked_against_that_years_value() -> None:
    # no year of its own in the text: 比2020年 says 2020 is the earlier year, so 2020年为158亿元 is the previous value
    text = "全年全省跨境电商进出口额达到412亿元，比2020年增长1.6倍，2020年为158亿元。"
    checks = [check for check, _ in proposed(text, "year-on-year")]
    assert "abs(412亿元 / 158亿元 - 1 - 1.6倍) <= 0.05 * 1.6倍" in checks, checks


def test_a_doubling_on_a_year_is_the_later_value_over_the_earlier() -> None:
    text = "全市规模以上工业企业达到2864家，比2020年翻了一番，2020年为1532家。"
    checks = [check for check, _ in proposed(text, "year-on-year")]
    assert "abs(2864家 / 1532家 - 翻了一番) <= 0.05 * 翻了一番" in checks, checks


def test_how_much_more_was_added_is_the_difference_of_the_two_periods_additions() -> None:
    text = (
        "前三季度，全市人民币贷款增加386.2亿元，同比多增42.7亿元，上年同期增加343.5亿元。住户贷款增加102.4亿元，"
        "同比少增18.6亿元，上年同期增加121.0亿元。企业贷款增加210.3亿元，同比多增25.1亿元。"
    )
    checks = proposed(text, "year-on-year")
    assert ("386.2亿元 - 343.5亿元 == 42.7亿元", "error") in checks, checks
    assert ("121.0亿元 - 102.4亿元 == 18.6亿元", "error") in checks, checks
    assert not any("25.1亿元" in check for check, _ in checks), checks  # no addition of the year before stated


def test_an_average_per_thing_with_nothing_named_after_it_is_over_the_count_in_its_measure_word() -> None:
    text = "全市共有养老机构126家，床位1.86万张，平均每家148张。"
    checks = [check for check, _ in proposed(text, "average")]
    assert any(check.startswith("abs(1.86万张 / 126家 - 148") for check in checks), checks


def test_money_per_unit_of_length_is_the_money_over_the_length() -> None:
    text = "全年全市新建改建农村公路1260公里，完成投资25.2亿元，每公里投资200万元。"
    checks = [check for check, _ in proposed(text, "average")]
    assert any(check.startswith("abs(mean(25.2亿元, 1260公里) - 200万元)") for check in checks), checks


def test_money_per_household_with_nothing_named_is_its_sentences_money_over_its_households() -> None:
    text = "全年发放耕地地力保护补贴2.4亿元，惠及农户4.8万户，户均5000元。"
    checks = [check for check, _ in proposed(text, "average")]
    assert any(check.startswith("abs(mean(2.4亿元, 4.8万户) - 5000元)") for check in checks), checks


def test_a_share_the_listed_parts_hold_together_is_of_their_sum() -> None:
    text = (
        "全年全市一般公共预算支出312.5亿元，增长4.2%。其中，教育支出58.6亿元，社会保障和就业支出46.2亿元，"
        "卫生健康支出28.4亿元，三项合计占一般公共预算支出的42.6%。"
    )
    checks = proposed(text, "share")
    assert ("share(sum(58.6亿元, 46.2亿元, 28.4亿元), 312.5亿元) == 42.6%", "warning") in checks, checks


def test_an_earlier_periods_value_in_a_sentence_of_its_own_is_the_previous_value_of_the_figure_so_labelled() -> None:
    text = "上年同期，全市接待游客1862万人次。今年1—9月，全市接待游客2043万人次，同比增长9.7%。"
    assert ("change(2043万人次, 1862万人次) == 9.7%", "warning") in proposed(text, "year-on-year")


def test_earlier_values_a_later_sentence_lists_by_name_are_the_previous_values_of_the_figures_so_named() -> None:
    text = (
        "全市规模以上工业企业实现营业收入2864.3亿元，同比增长5.6%；实现利润总额186.2亿元，同比下降3.4%。"
        "去年同期营业收入和利润总额分别为2712.4亿元和192.8亿元。"
    )
    checks = proposed(text, "year-on-year")
    assert ("change(2864.3亿元, 2712.4亿元) == 5.6%", "warning") in checks, checks
    assert ("change(186.2亿元, 192.8亿元) == -3.4%", "warning") in checks, checks


def test_the_points_a_sentence_splits_a_rate_into_add_up_to_it() -> None:
    text = (
        "据测算，在10月份0.6%的同比涨幅中，上年价格变动的翘尾影响约为0.2个百分点，今年价格变动的新影响约为0.5个百分点。"
    )
    checks = proposed(text, "identity")
    assert checks == [("sum(约为0.2个百分点, 约为0.5个百分点) == 0.6%", "error")], checks


def test_a_sum_of_the_figures_listed_above_is_their_sum() -> None:
    text = (
        "分税种看，国内增值税236.71亿元，同比增长3.1%；企业所得税142.35亿元，同比增长6.8%；个人所得税58.62亿元，"
        "同比增长9.4%。以上三个税种合计437.68亿元。"
    )
    checks = proposed(text, "total-parts")
    assert ("sum(236.71亿元, 142.35亿元, 58.62亿元) == 437.68亿元", "error") in checks, checks
