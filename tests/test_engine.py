"""Verdicts: each folder under tests/cases/positive/ loads cleanly and gives the findings in expected.yaml."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from factcheck.engine import check, times_apart
from factcheck.findings import Finding, Status
from factcheck.loader import load, load_texts
from factcheck.quantity import Interval
from tests.helpers import ROOT

POSITIVE = sorted((ROOT / "tests" / "cases" / "positive").iterdir())


@pytest.mark.parametrize("case", POSITIVE, ids=lambda p: p.name)
def test_positive_case_gives_expected_findings(case: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(case)
    expected: dict[str, dict[str, Any]] = yaml.safe_load((case / "expected.yaml").read_text("utf-8"))
    report = check(load(_inputs(case)))
    got = {f.id: f for f in report.findings}
    not_passing = {f.id for f in report.findings if f.status is not Status.PASS}
    assert not_passing <= set(expected), f"unexpected findings: {not_passing - set(expected)}"
    for finding_id, want in expected.items():
        assert finding_id in got, f"no finding {finding_id}"
        finding = got[finding_id]
        assert finding.status.value == want["status"], (finding_id, finding.message)
        if "exact" in want:
            assert finding.exact is want["exact"], finding_id
        if "message" in want:
            assert finding.message.startswith(want["message"]), (finding_id, finding.message)
        if "detail" in want:
            assert finding.detail == want["detail"], finding_id


def _inputs(case: Path) -> list[Path]:
    return [path.relative_to(case) for path in sorted(case.glob("*.yaml")) if path.name != "expected.yaml"]


def test_findings_name_the_rule_file_and_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT / "tests" / "cases" / "positive" / "verdicts")
    fails = next(f for f in check(load(_inputs(Path.cwd()))).findings if f.id == "fails")
    assert (fails.file, fails.line) == ("rules.yaml", 9)
    assert fails.claims == ("gangs.mafia", "gangs.groups", "gangs.total")


def test_derived_values_are_reported_with_their_ranges(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT / "tests" / "cases" / "positive" / "verdicts")
    (article,) = check(load(_inputs(Path.cwd()))).articles
    (derived,) = article.derived
    assert (derived.id, derived.display) == ("cases.all", "6,496–6,518")


def test_bundled_article_has_no_failure_and_states_its_rules() -> None:
    report = check(load([ROOT / "claims", ROOT / "rules"]))
    summary = report.summary
    assert (summary.failed, summary.errors) == (0, 0)
    assert summary.rules >= 20
    breakdown = next(f for f in report.findings if f.id == "gang-breakdown")
    assert breakdown.message == "13 + 73 + 35 = 121 == 121"
    assert breakdown.exact


def _scanned(rules: str, claims: str) -> dict[str, Finding]:
    """Claims and proposed rules checked as scan checks them (lenient), by finding id."""
    items = [
        (Path("claims/a.yaml"), "article:\n  id: a\n  title: A\n\nclaims:\n" + claims),
        (Path("rules/a.yaml"), "article: a\n\nrules:\n" + rules),
    ]
    (article,) = check(load_texts(items), lenient=True).articles
    return {f.id: f for f in article.findings}


_PARTS = (
    "  parts:\n    quote: 其中民事{a}件、刑事{b}件\n    value: {a}\n"
    "  other:\n    quote: 其中民事{a}件、刑事{b}件\n    value: {b}\n"
)
_TOTAL = "  total:\n    quote: 共受理{total}件\n"


def _parts_rule(suggested: bool) -> str:
    return "  - id: sum\n    check: parts + other == total\n" + ("    suggested: parts\n" if suggested else "")


def test_a_proposed_relation_several_times_off_is_a_warning_that_says_why() -> None:
    # 1,200 + 1,800 = 3,000 against 600: five times apart, more likely another scope's total than a slip
    found = _scanned(_parts_rule(True), _PARTS.format(a=1200, b=1800) + _TOTAL.format(total=600))
    assert found["sum"].status is Status.WARN
    assert found["sum"].detail is not None and "5.0 times apart" in found["sum"].detail


def test_a_proposed_relation_off_by_a_slip_stays_an_error() -> None:
    # 1,234 + 1,805 = 3,039 against 3,093: two digits swapped
    found = _scanned(_parts_rule(True), _PARTS.format(a=1234, b=1805) + _TOTAL.format(total=3093))
    assert found["sum"].status is Status.FAIL
    assert "apart" not in (found["sum"].detail or "")


def test_a_rule_written_by_hand_fails_however_far_off() -> None:
    found = _scanned(_parts_rule(False), _PARTS.format(a=1200, b=1800) + _TOTAL.format(total=600))
    assert found["sum"].status is Status.FAIL


def test_percentages_far_apart_in_ratio_but_few_points_apart_stay_an_error() -> None:
    # a change of -1.1% stated as -6%: over five times, yet only five points: a slip a reader must see
    claims = (
        "  now:\n    quote: 今年13905件\n  before:\n    quote: 上年14060件\n  pct:\n    quote: 下降6%\n    value: -6%\n"
    )
    rule = "  - id: pct\n    check: change(now, before) == pct\n    suggested: change\n"
    assert _scanned(rule, claims)["pct"].status is Status.FAIL


def test_a_rise_stated_as_a_fall_of_the_same_size_is_never_far_apart() -> None:
    assert times_apart(Interval.point(5), Interval.point(-5)) == 1
    assert times_apart(Interval.point(Decimal("-85.07")), Interval.point(Decimal("1.4"))) == Decimal("85.07") / Decimal(
        "1.4"
    )
    assert times_apart(Interval(Decimal(-1), Decimal(2)), Interval.point(9)) is None
    assert times_apart(Interval.point(-2), Interval.point(-10)) == 5
    assert times_apart(Interval(Decimal(1), Decimal(3)), Interval(Decimal(2), Decimal(9))) == 1


_ENDS = st.decimals(min_value=-(10**6), max_value=10**6, allow_nan=False, allow_infinity=False, places=3)


@st.composite
def _intervals(draw: st.DrawFn) -> Interval:
    a, b = sorted((draw(_ENDS), draw(_ENDS)))
    return Interval(a, b)


@given(_intervals(), _intervals())
def test_times_apart_is_symmetric_at_least_one_and_none_only_across_zero(a: Interval, b: Interval) -> None:
    factor = times_apart(a, b)
    assert factor == times_apart(b, a)
    across_zero = any(i.lo <= 0 <= i.hi for i in (a, b))
    assert (factor is None) == across_zero
    if factor is not None:
        assert factor >= 1
        # a factor over 1 means every size in one is that many times every size in the other, or more
        small, big = sorted((a, b), key=lambda i: min(abs(i.lo), abs(i.hi)))
        if factor > 1:
            assert min(abs(big.lo), abs(big.hi)) >= factor * max(abs(small.lo), abs(small.hi)) * Decimal("0.999999")
