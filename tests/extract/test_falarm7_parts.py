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
