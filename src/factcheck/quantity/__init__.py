"""Figures as written: Decimal intervals, numerals, hedges, units, finding figures in text."""

from typing import TYPE_CHECKING, Any

from factcheck.quantity.hedges import Hedge
from factcheck.quantity.interval import INF, NEG_INF, Interval, Truth
from factcheck.quantity.model import (
    DEFAULT_SETTINGS,
    SHARE,
    SHARE_RANGE,
    Quantity,
    ReadingSettings,
    describe_interval,
    format_interval,
    format_number,
)
from factcheck.quantity.units import PERCENT, PP, Kind

if TYPE_CHECKING:
    from factcheck.quantity.reader import find_quantities, parse_quantity


def __getattr__(name: str) -> Any:
    """The reader, loaded on first use: the model, config and a cached check need intervals, not reading."""
    if name in ("find_quantities", "parse_quantity"):
        from factcheck.quantity import reader

        return getattr(reader, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "DEFAULT_SETTINGS",
    "INF",
    "NEG_INF",
    "PERCENT",
    "PP",
    "SHARE",
    "SHARE_RANGE",
    "Hedge",
    "Interval",
    "Kind",
    "Quantity",
    "ReadingSettings",
    "Truth",
    "describe_interval",
    "find_quantities",
    "format_interval",
    "format_number",
    "parse_quantity",
]
