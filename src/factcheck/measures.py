"""Units of one measure and how they convert: 公顷 and 平方米, 公里 and 米, 吨 and 公斤, kWh and MWh.

Each unit the reader gives a measure is listed with its size in its measure's base unit, as an exact fraction
(亩 is 2000/3 square metres).  Two units convert only when they measure the same thing; a unit per another
(5506公斤/公顷) converts part by part.  Units that are not listed never convert: an error stays an error.
"""

from __future__ import annotations

from fractions import Fraction

# (measure, base unit): the units of that measure with their size in the base unit, as the figures spell them.
_TABLE: dict[tuple[str, str], dict[Fraction, tuple[str, ...]]] = {
    ("area", "平方米"): {
        Fraction(1): (
            "平方米",
            "平米",
            "m²",
            "m2",
            "㎡",
            "square metres",
            "square meters",
            "square metre",
            "square meter",
        ),
        Fraction(10_000): ("公顷", "ha", "hectares", "hectare"),
        Fraction(10_000_000): ("千公顷",),
        Fraction(1_000_000): (
            "平方公里",
            "平方千米",
            "km²",
            "km2",
            "sq km",
            "square kilometres",
            "square kilometers",
            "square kilometre",
            "square kilometer",
        ),
        Fraction(2000, 3): ("亩",),  # a 亩 is a fifteenth of a hectare
        Fraction("4046.8564224"): ("acres", "acre"),  # the international acre
        Fraction("2589988.110336"): ("square miles", "square mile", "sq mi"),
    },
    ("length", "米"): {
        Fraction(1): ("米", "m", "metres", "meters", "metre", "meter"),
        Fraction(1000): ("公里", "千米", "km", "kilometres", "kilometers", "kilometre", "kilometer"),
        Fraction(1, 100): ("厘米", "cm"),
        Fraction(1, 1000): ("毫米", "mm"),
        Fraction(1852): ("海里", "nautical miles"),
        Fraction("1609.344"): ("miles", "mile"),
        Fraction("0.3048"): ("ft", "feet", "foot"),
        Fraction("0.0254"): ("inches", "inch"),
        Fraction("0.9144"): ("yards",),
    },
    ("mass", "千克"): {
        Fraction(1): ("千克", "公斤", "kg", "kilograms", "kilogram"),
        Fraction(1000): ("吨", "t", "tonnes", "tonne", "metric tons"),
        Fraction(1, 1000): ("克",),
        Fraction(1, 10**6): ("毫克", "mg"),
        Fraction(1, 10**9): ("微克", "µg", "μg"),
        Fraction(1, 2): ("斤",),
        Fraction(10**9): ("Mt",),
    },
    ("energy", "千瓦时"): {
        Fraction(1): ("千瓦时", "千瓦小时", "kWh", "kilowatt-hours", "kilowatt hours"),
        Fraction(1, 1000): ("瓦时",),
        Fraction(1000): ("兆瓦时", "MWh", "megawatt-hours", "megawatt hours"),
        Fraction(10**6): ("吉瓦时", "GWh", "gigawatt-hours", "gigawatt hours"),
        Fraction(10**9): ("太瓦时", "TWh", "terawatt-hours", "terawatt hours"),
        Fraction(1, 3600): ("千焦",),  # a kilowatt-hour is 3.6 megajoules
        Fraction(1, 3_600_000): ("焦耳",),
        Fraction(1, 3600) * 1000: ("兆焦",),
    },
    ("power", "千瓦"): {
        Fraction(1): ("千瓦", "千瓦特", "kW", "kilowatts", "kilowatt"),
        Fraction(1, 1000): ("瓦", "瓦特"),
        Fraction(1000): ("兆瓦", "MW", "megawatts", "megawatt"),
        Fraction(10**6): ("吉瓦", "GW", "gigawatts", "gigawatt"),
        Fraction(10**9): ("TW",),
    },
    ("volume", "立方米"): {
        Fraction(1): ("立方米", "m³", "m3", "cubic metres", "cubic meters", "cubic metre", "cubic meter"),
        Fraction(1, 1000): ("公升", "litres", "liters", "litre", "liter"),
        Fraction(1, 10**6): ("毫升", "ml", "mL"),
    },
}

UNITS: dict[str, tuple[str, Fraction]] = {
    unit: (measure, size)
    for (measure, _base), sizes in _TABLE.items()
    for size, units in sizes.items()
    for unit in units
}
BASE_UNITS: dict[str, str] = dict(_TABLE)
_PER = "/"

Dimension = tuple[tuple[str, int], ...]


def size(unit: str) -> tuple[str, Fraction] | None:
    """A unit's measure and its size in the measure's base unit: ``公顷`` -> ("area", 10000); None if unknown.

    A unit per another (公斤/公顷) is the quotient of its parts when both are known."""
    known = UNITS.get(unit)
    if known is not None or _PER not in unit:
        return known
    top, _, bottom = unit.partition(_PER)
    upper, lower = UNITS.get(top), UNITS.get(bottom)
    if upper is None or lower is None:
        return None
    return f"{upper[0]}/{lower[0]}", upper[1] / lower[1]


def _signature(dimension: Dimension) -> tuple[tuple[tuple[str, int], ...], Fraction]:
    powers: dict[str, int] = {}
    factor = Fraction(1)
    for name, power in dimension:
        parts = [(name, power)]
        top, per, bottom = name.partition(_PER)
        if per and top in UNITS and bottom in UNITS:  # 公斤/公顷 is mass over area: times 公顷, it is mass
            parts = [(top, power), (bottom, -power)]
        for unit, exponent in parts:
            known = UNITS.get(unit)
            measure, unit_size = known if known is not None else (unit, Fraction(1))
            powers[measure] = powers.get(measure, 0) + exponent
            factor *= unit_size**exponent
    return tuple(sorted((name, power) for name, power in powers.items() if power)), factor


def conversion(source: Dimension, target: Dimension) -> Fraction | None:
    """The factor that takes a value in ``source`` units to ``target`` units of the same measure, or None when
    they measure different things (公顷 and 吨)."""
    source_measure, source_size = _signature(source)
    target_measure, target_size = _signature(target)
    if source_measure != target_measure:
        return None
    return source_size / target_size
