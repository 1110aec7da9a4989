"""Multiples and ranges (docs/quantities.md, Signs, fractions, per mille, ratios, multiples, ranges).

``3至5年``, ``20万至30万元``, ``3-5 years``, ``between 3 and 5``: one figure [low, high], each end widened by its
own precision.  ``翻一番`` doubles (x2), ``翻两番`` quadruples; ``1.5倍`` is a multiple in the unit 倍.
"""

from __future__ import annotations

import re

from factcheck.quantity.definitions import zh
from factcheck.quantity.interval import Interval
from factcheck.quantity.lazyre import lazy_compile

JOINER_RE = lazy_compile(
    r"\s*(?:" + "|".join(map(re.escape, zh.RANGE_JOINERS)) + r"|through|thru|to|and|和|与)\s*", re.IGNORECASE
)
# What a joiner can start with besides whitespace, in either case: a caller skips JOINER_RE where none stands.
JOINER_FIRST = frozenset([w[0] for w in zh.RANGE_JOINERS] + ["t", "T", "a", "A", "和", "与"])
# Joiners that are only a range between two figures when a unit or multiplier follows (3-5年, not a score 3-5).
DASHES = frozenset("-–—~～")
DOUBLING_RE = lazy_compile("|".join(map(re.escape, sorted(zh.DOUBLINGS, key=len, reverse=True))))


def span(low: Interval, high: Interval) -> Interval | None:
    """The range from the low end's reading to the high end's; None when the ends are out of order."""
    if high.hi < low.lo or (high.hi == low.lo and not (high.hi_closed and low.lo_closed)):
        return None
    return Interval(low.lo, high.hi, low.lo_closed, high.hi_closed)
