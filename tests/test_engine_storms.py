"""Three or more proposed relations of one pattern failing in one article are warnings that say why: a report slips
now and then, independently, while a pattern that misreads a document's layout fails the same way again and again.
One or two failures of a pattern stay errors, and rules written by hand are never demoted."""

from __future__ import annotations

from pathlib import Path

from factcheck.engine import check
from factcheck.findings import Finding, Status
from factcheck.loader import load_texts


def _scanned(pairs: list[tuple[int, int]], suggested: str | None = "repeated", lenient: bool = True) -> list[Finding]:
    """One article whose rules each say a growth rate in the text repeats its table cell."""
    claims, rules = "", ""
    for n, (text, cell) in enumerate(pairs):
        product = "甲乙丙丁"[n]
        claims += f"  text_{n}:\n    quote: {product}产品产量增长{text}.0%\n"
        claims += f"  cell_{n}:\n    quote: '{product}产品 | {cell}.0'\n    value: {cell}.0%\n"
        rules += f"  - id: again_{n}\n    check: text_{n} == cell_{n}\n"
        rules += f"    suggested: {suggested}\n" if suggested else ""
    items = [
        (Path("claims/a.yaml"), "article:\n  id: a\n  title: A\n\nclaims:\n" + claims),
        (Path("rules/a.yaml"), "article: a\n\nrules:\n" + rules),
    ]
    (article,) = check(load_texts(items), lenient=lenient).articles
    return [f for f in article.findings if f.id.startswith("again_")]


def test_three_failures_of_one_pattern_are_warnings_that_name_the_storm() -> None:
    found = _scanned([(5, 6), (7, 8), (3, 4), (2, 2)])
    assert [f.status for f in found] == [Status.WARN, Status.WARN, Status.WARN, Status.PASS]
    assert found[0].detail is not None and "one of 3 relations of this kind that fail" in found[0].detail


def test_two_failures_of_a_pattern_stay_errors() -> None:
    assert [f.status for f in _scanned([(5, 6), (7, 8), (2, 2)])] == [Status.FAIL, Status.FAIL, Status.PASS]


def test_rules_written_by_hand_and_checks_that_are_not_lenient_still_fail() -> None:
    assert {f.status for f in _scanned([(5, 6), (7, 8), (3, 4)], suggested=None)} == {Status.FAIL}
    assert {f.status for f in _scanned([(5, 6), (7, 8), (3, 4)], lenient=False)} == {Status.FAIL}
