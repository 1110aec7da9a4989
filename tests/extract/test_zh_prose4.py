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
