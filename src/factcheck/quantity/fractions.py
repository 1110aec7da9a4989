"""Fractions and ratios (docs/quantities.md, Signs, fractions, per mille, ratios).

A fraction is an exact share: ``三分之一`` is 1/3, shown in percent units (33.33...%), its interval 1/3 rounded
outward at 40 significant digits.  A ratio ``6.01:55.04:38.95`` is one figure whose terms are each read at their
written precision.
"""

from __future__ import annotations

from decimal import Decimal

from factcheck.quantity.interval import Interval

HUNDRED = Decimal(100)


def fraction_percent(numerator: Decimal, denominator: Decimal) -> Interval:
    """p/q in percent units, rounded outward: never a point unless p/q is a finite decimal."""
    return (Interval.point(numerator) / Interval.point(denominator)).scale(HUNDRED)


def fraction_value(numerator: Decimal, denominator: Decimal) -> Interval:
    """p/q as a plain number (two and a half), rounded outward."""
    return Interval.point(numerator) / Interval.point(denominator)


def written(value: Decimal) -> Interval:
    """A ratio's term at its written precision: 6.01 is [6.005, 6.015]; a whole number is exact."""
    found = value.as_tuple().exponent
    exp = found if isinstance(found, int) else 0
    if exp >= 0:
        return Interval.point(value)
    half = Decimal(1).scaleb(exp) / 2
    return Interval(value - half, value + half)
