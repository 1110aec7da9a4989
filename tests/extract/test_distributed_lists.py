"""分别 lists spread over a sentence's figures: previous values in a trailing aside, 环比 against the month the
aside names, 分别占 shares of two wholes, and English repeats of different measures with close values."""

from __future__ import annotations

from factcheck.extract import extract
from tests.extract.test_patterns import proposed


def _yoy(text: str) -> list[tuple[str, str]]:
    return [p for p in proposed(text, "year-on-year") if p[0].startswith("change(")]


def test_a_sentence_that_opens_by_comparing_takes_the_figures_of_the_sentence_before() -> None:
    text = (
        "全市接报道路交通事故1 486起，造成203人死亡、1 549人受伤。与去年同期相比，事故起数减少126起、下降7.8%，"
        "死亡人数下降8.1%，受伤人数下降9.2%（去年同期分别为1 612起、221人、1 687人）。"
    )
    found = dict(_yoy(text))
    assert found["change(1 486起, 1 612起) == -7.8%"] == "error"  # stated: the aside names them
    assert found["change(203人, 221人) == -8.1%"] == "error"
    assert found["change(1 549人, 1 687人) == -9.2%"] == "error"
    # without the comparison that opens it, a sentence of previous values is not the sentence before's
    alone = "全市接报道路交通事故1 486起，造成203人死亡。全年共处理事故（其中分别为1 612起、221人）。"
    assert _yoy(alone) == []


def test_month_on_month_changes_are_against_the_month_the_aside_names() -> None:
    text = "10月份发生事故31起、死亡21人，环比分别上升19.2%和5.0%（9月份分别为26起、20人）。"
    checks = {check for check, _ in _yoy(text)}
    assert checks == {"change(31起, 26起) == 19.2%", "change(21人, 20人) == 5.0%"}
    # an aside naming another month than the one before is not what 环比 is measured from
    assert _yoy("10月份发生事故31起、死亡21人，环比分别上升19.2%和5.0%（8月份分别为26起、20人）。") == []
    # with no month named, 环比 is against a figure the text does not give
    assert _yoy("10月份发生事故31起、死亡21人，环比分别上升19.2%和5.0%。") == []


def test_fenbie_zhan_pairs_each_part_with_its_own_whole_never_crosswise() -> None:
    text = (
        "全市共发生事故268起、死亡152人。道路运输：发生事故143起、死亡88人，"
        "分别占事故总起数和死亡总人数的53.4%和57.9%。"
    )
    shares = {check for check, _ in proposed(text, "share")}
    assert shares == {"share(143起, 268起) == 53.4%", "share(88人, 152人) == 57.9%"}
    # parts in an order the names' units contradict: nothing rather than a crossed pair
    crossed = (
        "全市共发生事故268起、死亡152人。道路运输：死亡88人、发生事故143起，"
        "分别占事故总起数和死亡总人数的53.4%和57.9%。"
    )
    assert proposed(crossed, "share") == []


def test_english_respectively_shares_pair_in_order_and_make_no_breakdown() -> None:
    text = (
        "Police recorded 74,600 offences and made 56,200 arrests during 2024. Offences and arrests involving young "
        "adults numbered 30,600 and 21,400, and accounted for 41% and 38% of all offences and arrests respectively."
    )
    shares = {check for check, _ in proposed(text, "share")}
    assert shares == {"share(30,600, 74,600 offences) == 41%", "share(21,400, 56,200 arrests) == 38%"}
    assert proposed(text, "total-parts") == []


def test_an_english_repeat_needs_the_same_measure_words_not_only_the_same_label() -> None:
    text = (
        "State prisons\n\n"
        "State prisoners numbered 1,012,800 with sentences of more than one year at year-end 2024.\n\n"
        "State prisoners numbered 1,028,400 in privately operated facilities at year-end 2024.\n\n"
        "State prisoners numbered 1,012,900 at year-end 2024.\n"
    )
    repeats = {check for check, _ in proposed(text, "repeated")}
    # the short restatement may repeat the first; the two qualified measures never repeat each other
    assert not any("1,028,400" in c and "1,012,800" in c for c in repeats)
    assert any("1,012,900" in c for c in repeats)
    assert extract(text, "x").document.figures[0].label == "state prisoners"


def test_a_verb_of_causing_is_no_label_the_words_after_the_figure_are() -> None:
    figures = extract("全市接报道路交通事故1 486起，造成203人死亡、1 549人受伤。", "x").document.figures
    assert [f.label for f in figures] == ["接报道路交通事故", "死亡", "受伤"]
