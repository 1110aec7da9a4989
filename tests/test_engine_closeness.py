"""Two kinds of proposed relation are held closer than three times apart: a sum slips by a few per cent and a
repeat by a digit, so parts 15% or more from their total, or a repeat half as large again, are a warning that says
why.  A failure within those bounds stays an error, and a rule written by hand fails however far off it is."""

from __future__ import annotations

from pathlib import Path

from factcheck.engine import check
from factcheck.findings import Finding, Status
from factcheck.loader import load_texts


def _scanned(rules: str, claims: str) -> dict[str, Finding]:
    """Claims and rules checked as scan checks them (lenient), by finding id."""
    items = [
        (Path("claims/a.yaml"), "article:\n  id: a\n  title: A\n\nclaims:\n" + claims),
        (Path("rules/a.yaml"), "article: a\n\nrules:\n" + rules),
    ]
    (article,) = check(load_texts(items), lenient=True).articles
    return {f.id: f for f in article.findings}


def _sum(civil: int, criminal: int, total: int, suggested: str | None = "total-parts") -> Finding:
    claims = (
        f"  civil:\n    quote: 其中民事{civil}件、刑事{criminal}件\n    value: {civil}\n"
        f"  criminal:\n    quote: 其中民事{civil}件、刑事{criminal}件\n    value: {criminal}\n"
        f"  total:\n    quote: 共受理{total}件\n"
    )
    rule = "  - id: sum\n    check: civil + criminal == total\n"
    return _scanned(rule + (f"    suggested: {suggested}\n" if suggested else ""), claims)["sum"]


def test_parts_a_fifth_over_their_total_are_a_warning_that_names_overlap() -> None:
    # 1,260 + 1,740 = 3,000 against 2,400 (人次 counted against 人, say): 1.25 times, no slip of a digit
    found = _sum(1260, 1740, 2400)
    assert found.status is Status.WARN
    assert found.detail is not None and "1.25 times apart" in found.detail and "overlap" in found.detail


def test_parts_a_few_per_cent_off_their_total_stay_an_error() -> None:
    # 1,234 + 1,805 = 3,039 against 3,093: two digits swapped, 1.8% off
    assert _sum(1234, 1805, 3093).status is Status.FAIL
    # a part copied from the line above: 2,710 + 2,710 = 5,420 against 4,960, 9% over: still a slip to see
    assert _sum(2710, 2710, 4960).status is Status.FAIL


def test_only_the_sums_kind_is_held_closer() -> None:
    # the same figures proposed by another pattern keep the three-times bound, and a hand-written rule has none
    assert _sum(1260, 1740, 2400, suggested="identity").status is Status.FAIL
    assert _sum(1260, 1740, 2400, suggested=None).status is Status.FAIL


def _repeat(first: str, second: str) -> Finding:
    claims = f"  first:\n    quote: 受理案件{first}\n  second:\n    quote: 全年受理案件{second}\n"
    rule = "  - id: again\n    check: first == second\n    suggested: repeated\n"
    return _scanned(rule, claims)["again"]


def test_a_repeat_half_as_large_again_is_two_quantities_with_like_labels() -> None:
    found = _repeat("4820件", "2960件")  # 1.63 times: 受理 of one court against all courts, say
    assert found.status is Status.WARN
    assert found.detail is not None and "1.63 times apart" in found.detail and "like labels" in found.detail


def test_a_repeat_off_by_a_digit_stays_an_error() -> None:
    assert _repeat("4820件", "4280件").status is Status.FAIL  # two digits swapped: 1.13 times
    assert _repeat("12.5%", "21.5%").status is Status.FAIL  # 1.72 times, but nine points: a slip a reader must see


def _scan(text: str) -> dict[str, Status]:
    """What scan makes of ``text``: each failing finding's status, by id."""
    from factcheck.extract import extract

    checked = extract(text, "a").checked
    assert checked is not None
    return {f.id: f.status for f in checked.findings if f.status is not Status.PASS}


def test_scan_warns_on_channels_that_overrun_their_total_and_fails_on_a_slip() -> None:
    text = "Complaints\n\nThe service handled 4,862 complaints in 2025, of which 1,935 were made by letter, {phone} by "
    text += "telephone and 1,384 online.\n"
    # 6,129 against 4,862: a complaint made both by letter and by telephone is counted under each channel
    assert _scan(text.format(phone="2,810")).get("handled-parts-within-total") is Status.WARN
    # 4,891 against 4,862: 1,572 written for 1,543, a slip of the kind a reader must see
    assert _scan(text.format(phone="1,572")).get("handled-parts-within-total") is Status.FAIL
