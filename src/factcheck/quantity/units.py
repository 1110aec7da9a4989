"""Units and kinds of figures: percent and its kin, currencies, durations, measures, multiples, ratios, counts.

The measure words themselves are in ``definitions``; a figure's kind follows from its unit.
"""

from __future__ import annotations

import enum
import functools

from factcheck.quantity.definitions import en, zh


class Kind(enum.Enum):
    COUNT = "count"
    MONEY = "money"
    PERCENT = "percent"  # also per mille and per ten thousand
    RATIO = "ratio"
    PERCENTAGE_POINTS = "percentage_points"
    DURATION = "duration"
    MEASURE = "measure"  # a physical quantity in a unit of measurement (千克, 千瓦时, hectares): need not be whole
    MULTIPLE = "multiple"
    NUMBER = "number"


PERCENT = "%"
PER_MILLE = "‰"
PER_TEN_THOUSAND = "‱"
PP = "pp"
PER_MILLE_POINTS = "‰ points"  # 下降0.75个千分点: a change in a rate per mille, as pp is in a percentage
PER_BASE_UNITS = zh.PER_BASE_UNITS
PER_HUNDRED_THOUSAND, PER_TEN_THOUSAND_SLASH = PER_BASE_UNITS  # 14.3/10万: a rate per 100,000, as ‱ per 10,000
PERCENT_UNITS = (PERCENT, PER_MILLE, PER_TEN_THOUSAND, *PER_BASE_UNITS)  # rounded at their last digit
RATIO = "ratio"
MULTIPLE = zh.MULTIPLE_UNIT

CURRENCY_CODES = frozenset((*zh.CURRENCIES.values(), *en.CURRENCY_WORDS.values(), *en.CURRENCY_SIGNS.values()))
DURATION_UNITS = frozenset(zh.DURATION_UNITS) | frozenset(en.DURATION_UNITS) | {zh.DAY_OF_LENGTH, "s"}  # 9.58s
MEASURE_UNITS = (
    frozenset(zh.MEASURE_UNITS)
    | frozenset(en.MEASURE_UNITS)
    | frozenset(en.UNIT_SYMBOLS)
    | {zh.INDEX_POINT, zh.SCORE_UNIT}
)
_PER = zh.PER_UNIT_MARK  # 公斤/公顷: a measure per another


@functools.lru_cache(maxsize=1024)  # every figure read asks, of a few dozen units: a lookup, not ten tests
def kind_of(unit: str | None) -> Kind:
    if unit is None:
        return Kind.NUMBER
    if unit in PERCENT_UNITS:
        return Kind.PERCENT
    if unit == RATIO:
        return Kind.RATIO
    if unit in (PP, PER_MILLE_POINTS):
        return Kind.PERCENTAGE_POINTS
    if unit in CURRENCY_CODES:
        return Kind.MONEY
    if unit in DURATION_UNITS:
        return Kind.DURATION
    if unit == MULTIPLE:
        return Kind.MULTIPLE
    if unit in MEASURE_UNITS or (_PER in unit and unit.partition(_PER)[0] in MEASURE_UNITS):
        return Kind.MEASURE  # 3.5千克, 5506公斤/公顷
    return Kind.COUNT
