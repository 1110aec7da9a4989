"""Units and kinds of figures: percent and its kin, currencies, durations, multiples, ratios, counts.

The measure words themselves are in ``definitions``; a figure's kind follows from its unit.
"""

from __future__ import annotations

import enum

from factcheck.quantity.definitions import en, zh


class Kind(enum.Enum):
    COUNT = "count"
    MONEY = "money"
    PERCENT = "percent"  # also per mille and per ten thousand
    RATIO = "ratio"
    PERCENTAGE_POINTS = "percentage_points"
    DURATION = "duration"
    MULTIPLE = "multiple"
    NUMBER = "number"


PERCENT = "%"
PER_MILLE = "‰"
PER_TEN_THOUSAND = "‱"
PP = "pp"
RATIO = "ratio"
MULTIPLE = zh.MULTIPLE_UNIT

CURRENCY_CODES = frozenset(zh.CURRENCIES.values()) | frozenset(en.CURRENCY_WORDS.values())
DURATION_UNITS = frozenset(zh.DURATION_UNITS) | frozenset(en.DURATION_UNITS)


def kind_of(unit: str | None) -> Kind:
    if unit is None:
        return Kind.NUMBER
    if unit in (PERCENT, PER_MILLE, PER_TEN_THOUSAND):
        return Kind.PERCENT
    if unit == RATIO:
        return Kind.RATIO
    if unit == PP:
        return Kind.PERCENTAGE_POINTS
    if unit in CURRENCY_CODES:
        return Kind.MONEY
    if unit in DURATION_UNITS:
        return Kind.DURATION
    if unit == MULTIPLE:
        return Kind.MULTIPLE
    return Kind.COUNT
