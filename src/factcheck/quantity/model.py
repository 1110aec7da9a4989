"""The Quantity value: a figure as written and the interval a careful reader gives it."""

from __future__ import annotations

import decimal
import functools
from dataclasses import replace
from decimal import Decimal

from factcheck.i18n import _
from factcheck.quantity.interval import INF, Interval, format_decimal
from factcheck.quantity.units import (
    PER_HUNDRED_THOUSAND,
    PER_MILLE,
    PER_MILLE_POINTS,
    PER_TEN_THOUSAND,
    PER_TEN_THOUSAND_SLASH,
    PERCENT,
    PP,
    Kind,
)
from factcheck.records import Record, record, set_field

HUNDRED = Decimal(100)
_WIDE = decimal.Context(prec=400, Emin=-999999, Emax=999999)
SHARE = "share"  # a part of a whole: a percentage capped at 100%
RATE = "rate"  # a rate or a percentage of a target: may pass 100% (完成率105%, 103% of budget)
AVERAGE = "average"  # an average or per-N rate: a measure word that need not be whole (每万人拥有律师3.5名)
CONTEXTS = (SHARE, RATE, AVERAGE)
SHARE_RANGE = Interval.closed(0, HUNDRED)
_FRACTION_OF = {
    PERCENT: Decimal("0.01"),
    PP: Decimal("0.01"),
    PER_MILLE: Decimal("0.001"),
    PER_MILLE_POINTS: Decimal("0.001"),
    PER_TEN_THOUSAND: Decimal("0.0001"),
    PER_TEN_THOUSAND_SLASH: Decimal("0.0001"),
    PER_HUNDRED_THOUSAND: Decimal("0.00001"),
}


@record
class ReadingSettings(Record):
    """The widths a careful reader gives vague figures; the spec's defaults."""

    approx_k: Decimal = Decimal(1)  # 约/左右/about: V +/- k * min(g_a / 2, approx_rel * V)
    approx_rel: Decimal = Decimal("0.10")
    near_rel: Decimal = Decimal("0.10")  # 近/nearly: [V - min(g_a, near_rel * V), V)
    shu_lower_factor: Decimal = Decimal(2)  # 数十 -> [2 * 10, 10 * 10)

    def __init__(
        self,
        approx_k: Decimal = Decimal(1),
        approx_rel: Decimal = Decimal("0.10"),
        near_rel: Decimal = Decimal("0.10"),
        shu_lower_factor: Decimal = Decimal(2),
    ) -> None:
        set_field(self, "approx_k", approx_k)
        set_field(self, "approx_rel", approx_rel)
        set_field(self, "near_rel", near_rel)
        set_field(self, "shu_lower_factor", shu_lower_factor)


DEFAULT_SETTINGS = ReadingSettings()


@record
class Quantity(Record):
    """One figure: its interval in display units (percent in percent units), unit, hedge and span.

    ``text`` is the figure exactly as it stands in the source, and
    ``source[start:end] == text`` always holds for figures found in a passage.
    """

    interval: Interval
    unit: str | None
    kind: Kind
    text: str
    value: Decimal
    hedge: str | None = None
    start: int = 0
    end: int = 0
    context: str | None = None
    terms: tuple[Interval, ...] | None = None  # a ratio's terms, each at its written precision

    def __init__(
        self,
        interval: Interval,
        unit: str | None,
        kind: Kind,
        text: str,
        value: Decimal,
        hedge: str | None = None,
        start: int = 0,
        end: int = 0,
        context: str | None = None,
        terms: tuple[Interval, ...] | None = None,
    ) -> None:
        set_field(self, "interval", interval)
        set_field(self, "unit", unit)
        set_field(self, "kind", kind)
        set_field(self, "text", text)
        set_field(self, "value", value)
        set_field(self, "hedge", hedge)
        set_field(self, "start", start)
        set_field(self, "end", end)
        set_field(self, "context", context)
        set_field(self, "terms", terms)

    @property
    def span(self) -> tuple[int, int]:
        return self.start, self.end

    @property
    def number(self) -> Interval:
        """The value used in arithmetic: a percentage (or percentage point) is a fraction."""
        scale = _FRACTION_OF.get(self.unit or "")
        return self.interval.scale(scale) if scale is not None else self.interval

    def as_share(self) -> Quantity:
        """This percentage read as a share of a whole: capped to 0-100% (kept whole if wholly outside)."""
        capped = self.interval.intersect(SHARE_RANGE)
        return replace(self, interval=capped or self.interval, context=SHARE)

    def describe(self) -> str:
        """A short reading of the interval in words, e.g. ``多: at least 150,000, below 160,000``."""
        if self.terms is not None:
            return _("ratio of {terms}").format(terms=" : ".join(format_interval(term) for term in self.terms))
        words = describe_interval(self.interval, self.unit)
        if self.hedge:
            return _("{hedge}: {reading}").format(hedge=self.hedge, reading=words)
        if self.interval.is_point:
            return _("exact")
        return _("rounded: {reading}").format(reading=words)

    def to_json(self) -> dict[str, object]:
        data: dict[str, object] = {"text": self.text}
        data.update(self.interval.to_json())
        data.update({"unit": self.unit, "kind": self.kind.value, "hedge": self.hedge})
        if self.context is not None:
            data["context"] = self.context
        if self.terms is not None:
            data["terms"] = [term.to_json() for term in self.terms]
        return data


# A report prints the same few values over and over (each claim's reading in its finding and in every rule that
# names it): the text depends on the value alone (1.50 and 1.5 print alike), so it is made once per value.
@functools.lru_cache(maxsize=65536, typed=True)
def format_number(value: Decimal) -> str:
    """Digits grouped by thousands: 150000 -> 150,000; 29.15 -> 29.15."""
    if value.is_infinite():
        return "∞" if value > 0 else "-∞"
    if value and not -40 <= value.adjusted() <= 40:
        # 1E+5000: far beyond any figure, and never a 5,000-digit integer; every digit kept (no 28-digit rounding).
        return f"{value.normalize(_WIDE):E}"
    text = format_decimal(value)
    sign = "-" if text.startswith("-") else ""
    digits = text.lstrip("-")
    whole, dot, fraction = digits.partition(".")
    grouped = f"{int(whole):,}"
    return f"{sign}{grouped}{dot}{fraction}"


def format_interval(interval: Interval) -> str:
    left = "[" if interval.lo_closed else "("
    right = "]" if interval.hi_closed else ")"
    lo = "-inf" if interval.lo.is_infinite() else format_number(interval.lo)
    hi = "inf" if interval.hi.is_infinite() else format_number(interval.hi)
    return f"{left}{lo}, {hi}{right}"


def describe_interval(interval: Interval, unit: str | None = None) -> str:
    suffix = {PERCENT: "%", PER_MILLE: "‰", PER_TEN_THOUSAND: "‱", PP: " pp"}.get(unit or "", "")
    if unit in (PER_HUNDRED_THOUSAND, PER_TEN_THOUSAND_SLASH):
        suffix = unit

    def num(value: Decimal) -> str:
        return format_number(value) + suffix

    lo, hi = interval.lo, interval.hi
    if interval.is_point:
        return _("exactly {value}").format(value=num(lo))
    if hi == INF:
        words = _("{value} or more") if interval.lo_closed else _("more than {value}")
        return words.format(value=num(lo))
    if lo.is_infinite():
        words = _("at most {value}") if interval.hi_closed else _("below {value}")
        return words.format(value=num(hi))
    if interval.lo_closed and interval.hi_closed:
        words = _("from {low} to {high}")
    elif interval.lo_closed:
        words = _("at least {low}, below {high}")
    elif interval.hi_closed:
        words = _("more than {low}, at most {high}")
    else:
        words = _("more than {low}, below {high}")
    return words.format(low=num(lo), high=num(hi))
