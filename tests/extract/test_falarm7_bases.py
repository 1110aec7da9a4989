"""The base of a comparison (extract/evidence.comparison_base): a percentage change 环比 or "on the quarter" and an
earlier value 同比 or "a year earlier" are compared against two different periods, so never checked against each
other; each is checked against the earlier value of its own base.  A contradiction in the same shape, one base on
both sides, stays an error."""

from __future__ import annotations

from factcheck.extract.evidence import PERIOD_BEFORE, YEAR_AGO, comparison_base
from factcheck.extract.links import link
from factcheck.extract.model import read
from tests.extract.test_patterns import proposed

QUARTER_ZH = (
    "第二季度，全区政务服务中心办理事项12.4万件，环比增长5.0%，同比增长9.8%（一季度11.8万件，去年同期11.3万件）。"
)


def test_a_quarter_on_quarter_rate_is_never_checked_against_the_year_ago_value() -> None:
    checks = proposed(QUARTER_ZH, "year-on-year")
    assert ("change(12.4万件, 11.3万件) == 5.0%", "error") not in checks  # 环比 against 去年同期: two bases
    # each rate against the earlier value of its own base
    assert ("change(12.4万件, 11.8万件) == 5.0%", "error") in checks
    assert ("change(12.4万件, 11.3万件) == 9.8%", "error") in checks


def test_a_year_on_year_rate_that_disagrees_with_its_own_base_stays_an_error() -> None:
    slip = QUARTER_ZH.replace("去年同期11.3万件", "去年同期10.1万件")  # 12.4 over 10.1 is up 22.8%, not 9.8%
    assert ("change(12.4万件, 10.1万件) == 9.8%", "error") in proposed(slip, "year-on-year")
    alone = "第二季度，全区政务服务中心办理事项12.4万件，同比增长9.8%（去年同期10.1万件）。"
    assert proposed(alone, "year-on-year") == [("change(12.4万件, 10.1万件) == 9.8%", "error")]


def test_last_months_value_is_no_base_for_a_year_on_year_rate() -> None:
    # 10月为17起 is the month before, 同比 compares with last year's November
    flat = "11月当月，全区发生火灾17起，同比下降15.0%；环比持平（10月为17起）。"
    assert proposed(flat, "year-on-year") == []
    rising = "11月当月，全区发生火灾17起，同比下降15.0%，环比上升13.3%（10月为15起）。"
    assert proposed(rising, "year-on-year") == [("change(17起, 15起) == 13.3%", "error")]
    wrong = rising.replace("上升13.3%", "上升31.3%")  # 17 over 15 is up 13.3%: a slip, still an error
    assert proposed(wrong, "year-on-year") == [("change(17起, 15起) == 31.3%", "error")]


def test_a_respectively_list_of_one_base_pairs_each_rate_with_its_own_figure() -> None:
    listed = "全县发生事故13起、死亡6人，同比分别下降18.8%、14.3%（去年同期16起、7人）。"
    checks = proposed(listed, "year-on-year")
    assert ("change(6人, 7人) == -14.3%", "error") in checks
    assert not any("6人" in check and "18.8%" in check for check, _ in checks)


QUARTER_EN = (
    "Recorded burglaries fell to 41,200 in the year to June 2026, down 900 on the quarter from 42,100 and down 7.8% "
    "from 44,700 a year earlier."
)


def test_a_year_on_year_percentage_is_checked_against_the_year_ago_figure() -> None:
    checks = proposed(QUARTER_EN, "year-on-year")
    assert not any("42,100" in check and "7.8%" in check for check, _ in checks)
    assert ("change(41,200, 44,700) == -7.8%", "error") in checks
    assert ("41,200 - 42,100 == -900", "error") in checks  # the quarter's change against the quarter's figure
    one_base = QUARTER_EN.replace("from 42,100 and down 7.8% from 44,700 a year earlier", "and down 7.8% from 42,100")
    assert ("change(41,200, 42,100) == -7.8%", "error") in proposed(one_base, "year-on-year")  # 2.1%: an alarm


def test_a_change_in_the_quarter_is_not_the_difference_from_a_year_ago() -> None:
    text = "The backlog grew by 1,850 in the quarter to 61,300, up 12% on a year earlier (54,700)."
    assert proposed(text, "year-on-year") == [("change(61,300, 54,700) == 12%", "error")]
    slip = "The backlog grew by 6,100 to 61,300, up 12% on a year earlier (54,700)."  # 6,600 more, not 6,100
    assert ("61,300 - 54,700 == 6,100", "error") in proposed(slip, "year-on-year")


def test_comparison_base_reads_the_words_of_each_figure() -> None:
    model = read(QUARTER_ZH)
    link(model)
    current, quarter, year, before, year_ago = model.figures[:5]
    assert [comparison_base(model, f, current) for f in (quarter, year, before, year_ago)] == [
        PERIOD_BEFORE,
        YEAR_AGO,
        PERIOD_BEFORE,  # 一季度 beside the 二季度 figure: the quarter before
        YEAR_AGO,
    ]
    english = read(QUARTER_EN)
    link(english)
    level, change, earlier, rate, year_before = english.figures[:5]
    assert comparison_base(english, change, level) == PERIOD_BEFORE
    assert comparison_base(english, earlier, level) == PERIOD_BEFORE
    assert comparison_base(english, rate, level) == YEAR_AGO  # "down 7.8% from 44,700 a year earlier"
    assert comparison_base(english, year_before, level) == YEAR_AGO


COURTS_EN = (
    "In 2025 the county's courts received 8,420 new cases, which was 310 more than they disposed of that year "
    "(8,110) and 540 more than they received in 2024 (7,880), an increase of 6.9%."
)


def test_a_difference_from_another_quantity_is_no_change_of_this_one() -> None:
    # 310 more than they disposed of: against disposals, not last year's receipts; 540 more than they received is
    checks = proposed(COURTS_EN, "year-on-year")
    assert checks == [("change(8,420, 8,420 - 540) == 6.9%", "error")]
    slip = COURTS_EN.replace("6.9%", "8.9%")  # 8,420 over 7,880 is up 6.9%
    assert proposed(slip, "year-on-year") == [("change(8,420, 8,420 - 540) == 8.9%", "error")]


def test_a_difference_from_the_same_thing_another_time_is_still_its_change() -> None:
    text = "Net borrowing was £6.8 billion in May, £1.3 billion more than in May last year (£5.5 billion)."
    assert proposed(text, "year-on-year") == [("£6.8 billion - £5.5 billion == £1.3 billion", "error")]
