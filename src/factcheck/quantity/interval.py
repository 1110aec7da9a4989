"""Intervals over Decimal with open or closed ends and infinite bounds.

A figure in a text is a set of values, not a point; all arithmetic in
factcheck runs on these sets.  Results are *sound*: for any points taken from
the operands, the point result lies inside the interval result.  Inexact
divisions round outward (floor for lower ends, ceiling for upper ends) so that
soundness survives finite precision.
"""

from __future__ import annotations

import decimal
import enum
from decimal import Decimal

from factcheck.errors import IntervalError
from factcheck.i18n import _
from factcheck.records import Record, record, set_field

INF = Decimal("Infinity")
NEG_INF = Decimal("-Infinity")
ZERO = Decimal(0)
ONE = Decimal(1)

# 40 significant digits: far beyond any figure printed in a newspaper, and
# products of two parsed figures (at most 30 digits each) round only at the
# extremes, outward.
_PRECISION = 40


def _context(rounding: str) -> decimal.Context:
    return decimal.Context(
        prec=_PRECISION, rounding=rounding, Emin=-999999, Emax=999999, traps=[decimal.InvalidOperation]
    )


_FLOOR = _context(decimal.ROUND_FLOOR)
_WIDE = decimal.Context(prec=400, Emin=-999999, Emax=999999)  # only to print: wider than any figure read
_CEILING = _context(decimal.ROUND_CEILING)


class Truth(enum.Enum):
    """Three-valued truth of a statement about intervals."""

    TRUE = "true"  # true for every reading of the figures
    MAYBE = "maybe"  # true for some readings, false for others
    FALSE = "false"  # false for every reading

    def __invert__(self) -> Truth:
        return {Truth.TRUE: Truth.FALSE, Truth.FALSE: Truth.TRUE}.get(self, Truth.MAYBE)

    def __and__(self, other: Truth) -> Truth:
        if Truth.FALSE in (self, other):
            return Truth.FALSE
        if self is Truth.TRUE and other is Truth.TRUE:
            return Truth.TRUE
        return Truth.MAYBE

    def __or__(self, other: Truth) -> Truth:
        if Truth.TRUE in (self, other):
            return Truth.TRUE
        if self is Truth.FALSE and other is Truth.FALSE:
            return Truth.FALSE
        return Truth.MAYBE

    @classmethod
    def of(cls, certainly: bool, possibly: bool) -> Truth:
        if certainly:
            return cls.TRUE
        return cls.MAYBE if possibly else cls.FALSE


def _fmt(value: Decimal) -> str:
    if value.is_infinite():
        return "inf" if value > 0 else "-inf"
    # normalize() rounds to its context's precision: the default 28 digits would print a 29-digit figure wrong.
    text = format(value.normalize(_WIDE), "f") if value == value.to_integral_value() else format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text if text != "-0" else "0"


@record
class Interval(Record):
    """A non-empty interval of real numbers with Decimal ends.

    Infinite ends are always open.  Construct with :meth:`closed`, :meth:`point`
    or the full constructor; an empty set is never an ``Interval`` (operations
    that may produce one, like :meth:`intersect`, return ``None``).
    """

    lo: Decimal
    hi: Decimal
    lo_closed: bool = True
    hi_closed: bool = True

    def __init__(
        self,
        lo: Decimal,
        hi: Decimal,
        lo_closed: bool = True,
        hi_closed: bool = True,
    ) -> None:
        set_field(self, "lo", lo)
        set_field(self, "hi", hi)
        set_field(self, "lo_closed", lo_closed)
        set_field(self, "hi_closed", hi_closed)
        self.__post_init__()

    def __post_init__(self) -> None:
        lo, hi = self.lo, self.hi
        if lo.is_finite() and hi.is_finite():  # most intervals: no NaN and no infinite end to close
            if lo < hi or (lo == hi and self.lo_closed and self.hi_closed):
                return
            raise IntervalError(_("empty interval {interval}").format(interval=self._text()))
        if self.lo.is_nan() or self.hi.is_nan():
            raise IntervalError(_("an interval end is not a number"))
        if self.lo.is_infinite() and self.lo_closed:
            object.__setattr__(self, "lo_closed", False)
        if self.hi.is_infinite() and self.hi_closed:
            object.__setattr__(self, "hi_closed", False)
        if self.lo > self.hi or (self.lo == self.hi and not (self.lo_closed and self.hi_closed)):
            raise IntervalError(_("empty interval {interval}").format(interval=self._text()))

    # -- construction -------------------------------------------------------
    @classmethod
    def point(cls, value: Decimal | int | str) -> Interval:
        v = Decimal(value)
        return cls(v, v, True, True)

    @classmethod
    def closed(cls, lo: Decimal | int | str, hi: Decimal | int | str) -> Interval:
        return cls(Decimal(lo), Decimal(hi), True, True)

    # -- properties ---------------------------------------------------------
    @property
    def is_point(self) -> bool:
        return self.lo == self.hi

    @property
    def is_bounded(self) -> bool:
        return self.lo.is_finite() and self.hi.is_finite()

    @property
    def width(self) -> Decimal:
        if not self.is_bounded:
            return INF
        return self.hi - self.lo

    def contains(self, value: Decimal | int | str) -> bool:
        v = Decimal(value)
        above = v > self.lo or (v == self.lo and self.lo_closed)
        below = v < self.hi or (v == self.hi and self.hi_closed)
        return above and below

    def __contains__(self, value: object) -> bool:
        if isinstance(value, Interval):
            return self.contains_interval(value)
        if isinstance(value, (Decimal, int, str)):
            return self.contains(value)
        return False

    def contains_interval(self, other: Interval) -> bool:
        lo_ok = other.lo > self.lo or (other.lo == self.lo and (self.lo_closed or not other.lo_closed))
        hi_ok = other.hi < self.hi or (other.hi == self.hi and (self.hi_closed or not other.hi_closed))
        return lo_ok and hi_ok

    def contains_zero(self) -> bool:
        return self.contains(ZERO)

    def intersect(self, other: Interval) -> Interval | None:
        if self.lo > other.lo:
            lo, lo_closed = self.lo, self.lo_closed
        elif self.lo < other.lo:
            lo, lo_closed = other.lo, other.lo_closed
        else:
            lo, lo_closed = self.lo, self.lo_closed and other.lo_closed
        if self.hi < other.hi:
            hi, hi_closed = self.hi, self.hi_closed
        elif self.hi > other.hi:
            hi, hi_closed = other.hi, other.hi_closed
        else:
            hi, hi_closed = self.hi, self.hi_closed and other.hi_closed
        if lo > hi or (lo == hi and not (lo_closed and hi_closed)):
            return None
        return Interval(lo, hi, lo_closed, hi_closed)

    # -- arithmetic ---------------------------------------------------------
    def __neg__(self) -> Interval:
        # copy_negate is exact; unary minus would round a 40-digit end to the default context's 28 digits.
        return Interval(self.hi.copy_negate(), self.lo.copy_negate(), self.hi_closed, self.lo_closed)

    def __add__(self, other: Interval | Decimal | int) -> Interval:
        o = _coerce(other)
        return Interval(
            _FLOOR.add(self.lo, o.lo),
            _CEILING.add(self.hi, o.hi),
            self.lo_closed and o.lo_closed,
            self.hi_closed and o.hi_closed,
        )

    def __radd__(self, other: Decimal | int) -> Interval:
        return self + other

    def __sub__(self, other: Interval | Decimal | int) -> Interval:
        return self + (-_coerce(other))

    def __rsub__(self, other: Decimal | int) -> Interval:
        return _coerce(other) - self

    def __mul__(self, other: Interval | Decimal | int) -> Interval:
        o = _coerce(other)
        if self.lo == self.hi and o.lo == o.hi:
            # A point times a point: the one product, rounded down and up (what the general case below gives).
            x, y = self.lo, o.lo
            return Interval(_product(x, y, _FLOOR), _product(x, y, _CEILING), True, True)
        # A point's two ends are one (closed) end: its products are taken once, not twice (scaling a range by
        # a point, or a point by a point, is most of the multiplying a check does).
        ends = [(x, xc, y, yc) for x, xc in _ends(self) for y, yc in _ends(o)]
        lows = [(_product(x, y, _FLOOR), _attained(x, xc, y, yc)) for x, xc, y, yc in ends]
        highs = [(_product(x, y, _CEILING), _attained(x, xc, y, yc)) for x, xc, y, yc in ends]
        lo = min(v for v, _ in lows)
        hi = max(v for v, _ in highs)
        return Interval(lo, hi, any(c for v, c in lows if v == lo), any(c for v, c in highs if v == hi))

    def __rmul__(self, other: Decimal | int) -> Interval:
        return self * other

    def reciprocal(self) -> Interval:
        if self.contains_zero():
            raise IntervalError(_("division by {interval}, which contains 0").format(interval=self))
        # The interval lies on one side of 0; an open end at 0 maps to infinity.
        lo = _recip(self.hi, _FLOOR, positive_side=self.hi > 0)
        hi = _recip(self.lo, _CEILING, positive_side=self.lo >= 0)
        return Interval(lo, hi, self.hi_closed and self.hi.is_finite(), self.lo_closed and self.lo.is_finite())

    def __truediv__(self, other: Interval | Decimal | int) -> Interval:
        return self * _coerce(other).reciprocal()

    def __rtruediv__(self, other: Decimal | int) -> Interval:
        return _coerce(other) / self

    def abs(self) -> Interval:
        if self.lo >= 0:
            return self
        if self.hi <= 0:
            return -self
        neg = self.lo.copy_negate()
        if neg > self.hi:
            hi, hi_closed = neg, self.lo_closed
        elif neg < self.hi:
            hi, hi_closed = self.hi, self.hi_closed
        else:
            hi, hi_closed = neg, self.lo_closed or self.hi_closed
        return Interval(ZERO, hi, True, hi_closed)

    def minimum(self, other: Interval) -> Interval:
        """The set of min(x, y) for x in self and y in other."""
        if self.lo != other.lo:
            lo, lo_closed = (self.lo, self.lo_closed) if self.lo < other.lo else (other.lo, other.lo_closed)
        else:
            lo, lo_closed = self.lo, self.lo_closed or other.lo_closed
        if self.hi != other.hi:
            hi, hi_closed = (self.hi, self.hi_closed) if self.hi < other.hi else (other.hi, other.hi_closed)
        else:  # min(x, y) reaches a shared upper end only when both x and y do
            hi, hi_closed = self.hi, self.hi_closed and other.hi_closed
        return Interval(lo, hi, lo_closed, hi_closed)

    def maximum(self, other: Interval) -> Interval:
        """The set of max(x, y) for x in self and y in other."""
        return -((-self).minimum(-other))

    def scale(self, factor: Decimal) -> Interval:
        return self * Interval.point(factor)

    # -- three-valued comparisons -------------------------------------------
    def lt(self, other: Interval | Decimal | int) -> Truth:
        o = _coerce(other)
        certainly = self.hi < o.lo or (self.hi == o.lo and not (self.hi_closed and o.lo_closed))
        return Truth.of(certainly, self.lo < o.hi)

    def le(self, other: Interval | Decimal | int) -> Truth:
        o = _coerce(other)
        possibly = self.lo < o.hi or (self.lo == o.hi and self.lo_closed and o.hi_closed)
        return Truth.of(self.hi <= o.lo, possibly)

    def gt(self, other: Interval | Decimal | int) -> Truth:
        return _coerce(other).lt(self)

    def ge(self, other: Interval | Decimal | int) -> Truth:
        return _coerce(other).le(self)

    def eq(self, other: Interval | Decimal | int) -> Truth:
        o = _coerce(other)
        certainly = self.is_point and o.is_point and self.lo == o.lo
        return Truth.of(certainly, self.intersect(o) is not None)

    def ne(self, other: Interval | Decimal | int) -> Truth:
        return ~self.eq(other)

    # -- display ------------------------------------------------------------
    def _text(self) -> str:
        left = "[" if self.lo_closed else "("
        right = "]" if self.hi_closed else ")"
        return f"{left}{_fmt(self.lo)}, {_fmt(self.hi)}{right}"

    def __str__(self) -> str:
        return self._text()

    def to_json(self) -> dict[str, object]:
        """The report contract: Decimal ends as strings, ``"inf"``/``"-inf"`` for unbounded ends."""
        return {"lo": _fmt(self.lo), "hi": _fmt(self.hi), "lo_closed": self.lo_closed, "hi_closed": self.hi_closed}


def exponent(value: Decimal) -> int:
    """The exponent of the last written digit: -2 for 29.20, 0 for 1900 (finite values)."""
    found = value.as_tuple().exponent
    return found if isinstance(found, int) else 0


def format_decimal(value: Decimal) -> str:
    """Plain positional text for a Decimal, without exponent or trailing zeros."""
    return _fmt(value)


def _coerce(value: Interval | Decimal | int) -> Interval:
    if isinstance(value, Interval):
        return value
    return Interval.point(Decimal(value))


def _ends(interval: Interval) -> tuple[tuple[Decimal, bool], ...]:
    if interval.lo == interval.hi:  # a point: both ends closed (an empty interval is never built)
        return ((interval.lo, True),)
    return ((interval.lo, interval.lo_closed), (interval.hi, interval.hi_closed))


def _product(x: Decimal, y: Decimal, ctx: decimal.Context) -> Decimal:
    # 0 times an unbounded end: the end is a limit never reached, and with the
    # factor exactly 0 the product is 0 (the other candidates carry the limit).
    if x.is_zero() or y.is_zero():
        return ZERO
    return ctx.multiply(x, y)


def _attained(x: Decimal, x_closed: bool, y: Decimal, y_closed: bool) -> bool:
    return (x_closed and y_closed) or (x.is_zero() and x_closed) or (y.is_zero() and y_closed)


def _recip(value: Decimal, ctx: decimal.Context, *, positive_side: bool) -> Decimal:
    if value.is_zero():
        return INF if positive_side else NEG_INF
    if value.is_infinite():
        return ZERO
    return ctx.divide(ONE, value)
