"""Interval arithmetic: exact cases a reader can check by hand, and soundness as a property."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from factcheck.errors import IntervalError
from factcheck.quantity import INF, Interval, Truth
from tests.helpers import interval


def test_sum_of_points_is_exact() -> None:
    total = Interval.point(13) + Interval.point(73) + Interval.point(35)
    assert total == Interval.point(121)
    assert total.eq(Interval.point(121)) is Truth.TRUE


def test_rounded_figures_add_their_widths() -> None:
    assert interval("[29.15, 29.25]") + interval("[1, 2)") == interval("[30.15, 31.25)")


def test_division_by_share_gives_the_implied_total() -> None:
    total = Interval.point(1900) / interval("[0.2915, 0.2925]")
    assert Decimal(6495) < total.lo < Decimal(6496)
    assert Decimal(6518) < total.hi < Decimal(6519)


def test_division_by_interval_containing_zero_is_an_error_not_a_crash() -> None:
    with pytest.raises(IntervalError, match="contains 0"):
        Interval.point(1) / interval("[-1, 1]")
    with pytest.raises(IntervalError):
        Interval.point(1) / Interval.point(0)


def test_division_by_interval_touching_zero_at_an_open_end_is_unbounded() -> None:
    result = Interval.point(1) / interval("(0, 2]")
    assert result == Interval(Decimal("0.5"), INF, True, False)


def test_open_ends_survive_arithmetic() -> None:
    assert interval("[6000, 7000)") - Interval.point(1759) == interval("[4241, 5241)")
    assert -interval("[1, 2)") == interval("(-2, -1]")


def test_zero_times_unbounded_is_zero() -> None:
    assert Interval.point(0) * interval("[1, inf)") == Interval.point(0)
    assert interval("[0, 1]") * interval("[1, inf)") == interval("[0, inf)")


def test_intersection_and_containment() -> None:
    assert interval("[98, inf)").intersect(interval("[0, 100]")) == interval("[98, 100]")
    assert interval("[0, 1)").intersect(interval("[1, 2]")) is None
    assert interval("[0, 10]").contains_interval(interval("(2, 3)"))
    assert not interval("[0, 10)").contains_interval(interval("[5, 10]"))
    assert interval("[6000, 7000)").contains(6000)
    assert not interval("[6000, 7000)").contains(7000)
    assert Decimal(1) in interval("[0, 2]")


def test_width() -> None:
    assert interval("[29.15, 29.25]").width == Decimal("0.10")
    assert interval("[1, inf)").width == INF


def test_empty_interval_is_rejected() -> None:
    with pytest.raises(IntervalError):
        Interval(Decimal(2), Decimal(1))
    with pytest.raises(IntervalError):
        Interval(Decimal(1), Decimal(1), True, False)


def test_infinite_ends_are_open() -> None:
    assert not Interval(Decimal(0), INF, True, True).hi_closed


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        ("[1, 2]", "[3, 4]", Truth.TRUE),
        ("[1, 3)", "[3, 4]", Truth.TRUE),
        ("[1, 3]", "[3, 4]", Truth.MAYBE),
        ("[1, 5]", "[3, 4]", Truth.MAYBE),
        ("[4, 5]", "[3, 4]", Truth.FALSE),
        ("[5, 6]", "[3, 4]", Truth.FALSE),
    ],
)
def test_less_than_is_three_valued(left: str, right: str, expected: Truth) -> None:
    assert interval(left).lt(interval(right)) is expected


def test_equality_of_overlapping_ranges_is_only_possible() -> None:
    assert interval("[6495, 6518]").eq(interval("[6000, 7000)")) is Truth.MAYBE
    assert interval("[121, 121]").eq(interval("[123, 123]")) is Truth.FALSE


def test_truth_is_kleene_logic() -> None:
    assert (Truth.TRUE & Truth.MAYBE) is Truth.MAYBE
    assert (Truth.FALSE & Truth.MAYBE) is Truth.FALSE
    assert (Truth.TRUE | Truth.MAYBE) is Truth.TRUE
    assert ~Truth.MAYBE is Truth.MAYBE
    assert ~Truth.TRUE is Truth.FALSE


def test_json_form_uses_strings_and_inf() -> None:
    assert interval("(6000, inf)").to_json() == {"lo": "6000", "hi": "inf", "lo_closed": False, "hi_closed": False}


# -- soundness: for points inside the operands, the point result lies inside the result ---------

_finite = st.decimals(min_value=-(10**6), max_value=10**6, places=3, allow_nan=False, allow_infinity=False)


@st.composite
def interval_with_point(draw: st.DrawFn) -> tuple[Interval, Decimal]:
    """An interval and a point inside it (ends open or closed, possibly unbounded)."""
    point = draw(_finite)
    below = draw(st.one_of(st.none(), st.decimals(min_value=0, max_value=1000, places=2)))
    above = draw(st.one_of(st.none(), st.decimals(min_value=0, max_value=1000, places=2)))
    lo = -INF if below is None else point - below
    hi = INF if above is None else point + above
    lo_closed = below == 0 or draw(st.booleans())
    hi_closed = above == 0 or draw(st.booleans())
    return Interval(lo, hi, lo_closed, hi_closed), point


def _contains_exactly(result: Interval, value: Fraction) -> bool:
    """Containment checked with exact rationals, so the test does not share the code's rounding."""
    lo_ok = (
        result.lo.is_infinite() or value > Fraction(result.lo) or (value == Fraction(result.lo) and result.lo_closed)
    )
    hi_ok = (
        result.hi.is_infinite() or value < Fraction(result.hi) or (value == Fraction(result.hi) and result.hi_closed)
    )
    return lo_ok and hi_ok


_OPERATIONS: dict[str, tuple[Callable[[Interval, Interval], Interval], Callable[[Fraction, Fraction], Fraction]]] = {
    "add": (lambda a, b: a + b, lambda x, y: x + y),
    "sub": (lambda a, b: a - b, lambda x, y: x - y),
    "mul": (lambda a, b: a * b, lambda x, y: x * y),
    "div": (lambda a, b: a / b, lambda x, y: x / y),
    "min": (lambda a, b: a.minimum(b), min),
    "max": (lambda a, b: a.maximum(b), max),
}


@pytest.mark.parametrize("name", sorted(_OPERATIONS))
@given(a=interval_with_point(), b=interval_with_point())
def test_arithmetic_is_sound(name: str, a: tuple[Interval, Decimal], b: tuple[Interval, Decimal]) -> None:
    (left, x), (right, y) = a, b
    interval_op, point_op = _OPERATIONS[name]
    if name == "div" and right.contains_zero():
        with pytest.raises(IntervalError):
            interval_op(left, right)
        return
    result = interval_op(left, right)
    assert _contains_exactly(result, point_op(Fraction(x), Fraction(y))), (left, right, x, y, result)


@given(a=interval_with_point())
def test_negation_and_abs_are_sound(a: tuple[Interval, Decimal]) -> None:
    value, x = a
    assert (-value).contains(-x)
    assert value.abs().contains(abs(x))


@given(a=interval_with_point(), b=interval_with_point())
def test_comparisons_never_contradict_a_reading(a: tuple[Interval, Decimal], b: tuple[Interval, Decimal]) -> None:
    (left, x), (right, y) = a, b
    for truth, holds in (
        (left.lt(right), x < y),
        (left.le(right), x <= y),
        (left.gt(right), x > y),
        (left.ge(right), x >= y),
        (left.eq(right), x == y),
    ):
        if truth is Truth.TRUE:
            assert holds
        if truth is Truth.FALSE:
            assert not holds


@given(a=interval_with_point(), b=interval_with_point())
def test_intersection_keeps_common_points(a: tuple[Interval, Decimal], b: tuple[Interval, Decimal]) -> None:
    (left, x), (right, _) = a, b
    common = left.intersect(right)
    if right.contains(x):
        assert common is not None and common.contains(x)
    assume(common is not None)
    assert common is not None and left.contains_interval(common) and right.contains_interval(common)
