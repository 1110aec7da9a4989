"""Figures as written: Decimal intervals, numerals, hedges, units, finding figures in text.

Each name is imported from its module on first use (PEP 562), so that importing one module of the package
(the model for the config's reading settings, intervals for a cached report) does not import all of them:
the hedges, the units' word lists and the reader are for the commands that read figures.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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
    from factcheck.quantity.reader import find_quantities, parse_quantity
    from factcheck.quantity.units import PERCENT, PP, Kind

_HOMES = {
    "Hedge": "hedges",
    "INF": "interval",
    "NEG_INF": "interval",
    "Interval": "interval",
    "Truth": "interval",
    "DEFAULT_SETTINGS": "model",
    "SHARE": "model",
    "SHARE_RANGE": "model",
    "Quantity": "model",
    "ReadingSettings": "model",
    "describe_interval": "model",
    "format_interval": "model",
    "format_number": "model",
    "find_quantities": "reader",
    "parse_quantity": "reader",
    "PERCENT": "units",
    "PP": "units",
    "Kind": "units",
}


def __getattr__(name: str) -> Any:
    """A name of the package, imported from its module on first use."""
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"factcheck.quantity.{home}"), name)
    globals()[name] = value  # the next use is an ordinary lookup
    return value


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
