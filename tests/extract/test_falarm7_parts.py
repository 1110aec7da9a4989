"""Breakdowns under a heading of kinds (二、分场所情况): an item whose first sentence is read as a run-in heading
(``（二）经营场所：发生火灾30起、死亡7人。其中，...``) gives its own figures as the part, never the 其中 figure of
the sentence after it, which is a part of the part."""

from __future__ import annotations

from tests.extract.test_patterns import proposed

BY_PLACE = (
    "一、总体情况\n\n1—10月，全县共发生火灾事故86起、死亡21人，同比分别下降9.5%和8.7%。\n\n二、分场所情况\n\n"
    "（一）住宅：发生火灾41起、死亡12人。\n"
    "（二）经营场所：发生火灾30起、死亡7人。其中，餐饮场所发生火灾18起、死亡4人，占经营场所火灾的六成。\n"
    "（三）其他场所：发生火灾15起、死亡2人。\n"
)


def test_a_run_in_headings_figures_are_its_items_part_not_the_nested_one() -> None:
    checks = proposed(BY_PLACE, "total-parts")
    assert ("sum(41起, 30起, 15起) == 86起", "error") in checks
    assert ("sum(12人, 7人, 2人) == 21人", "error") in checks
    assert not any("18起" in check or "4人" in check for check, _ in checks)  # 餐饮场所 is inside 经营场所


def test_items_that_do_not_add_up_stay_an_error() -> None:
    slip = BY_PLACE.replace("住宅：发生火灾41起", "住宅：发生火灾47起")  # 47 + 30 + 15 = 92, not 86
    checks = proposed(slip, "total-parts")
    assert ("sum(47起, 30起, 15起) <= 86起", "error") in checks
    assert ("sum(47起, 30起, 15起) == 86起", "error") in checks


FIRMS = (
    "年末全市共有规模以上工业企业215家，比上年末增加9家。"
    "按行业分，食品制造业48家，金属制品业63家，纺织服装业57家，其他行业47家。"
)


def test_a_view_opening_the_sentence_after_its_total_states_the_breakdown() -> None:
    # 按行业分 right after the one level of its unit reads as 其中 does: an error when the kinds do not add up
    assert proposed(FIRMS, "total-parts") == [
        ("sum(48家, 63家, 57家, 47家) <= 215家", "error"),
        ("sum(48家, 63家, 57家, 47家) == 215家", "error"),
    ]
    slip = FIRMS.replace("其他行业47家", "其他行业57家")  # 225, not 215
    assert ("sum(48家, 63家, 57家, 57家) == 215家", "error") in proposed(slip, "total-parts")


def test_a_view_after_a_sentence_of_several_levels_stays_a_warning() -> None:
    # which of 3100多件 and 2750件 the kinds divide the text does not say (they come to 2750)
    several = (
        "全年共排查矛盾纠纷3100多件，受理调解矛盾纠纷2750件。"
        "从纠纷类型看，婚姻家庭纠纷820件，邻里纠纷690件，其他纠纷1240件。"
    )
    assert all(severity == "warning" for _, severity in proposed(several, "total-parts"))
