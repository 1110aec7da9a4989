"""Units and kinds: the spec's "Units" section and its kinds (count, share, rate, average).

The unit is the measure word, percent sign, percentage points, 成 or 折, currency word or sign after (or before)
the number; ``_context`` reads the words around a figure that make a percentage a share or a rate and a counted
figure an average.  The vocabulary is in ``definitions/``; ``quantity/units.py`` maps a unit to its kind.
"""

from __future__ import annotations

import re
from decimal import Decimal

from factcheck.quantity.definitions import en, zh
from factcheck.quantity.interval import ZERO, exponent
from factcheck.quantity.model import AVERAGE, RATE, SHARE
from factcheck.quantity.scan.signs import SignReading
from factcheck.quantity.scan.spans import (
    CN_DIGIT_CLASS,
    GAP_CHARS,
    HALF,
    ONE,
    TEN,
    Core,
    Unread,
    core_from_number,
    last_digit_unit,
    last_nonzero_place,
)
from factcheck.quantity.units import PER_MILLE, PER_TEN_THOUSAND, PERCENT, PP

BASIS_POINTS_RE = re.compile(r" ?(?:" + "|".join(en.BASIS_POINT_WORDS) + r")(?![a-z])")
_BASIS_POINT = Decimal("0.01")

_TIMES_MORE_RE = re.compile(r"[ -](?:times|fold) (?:" + "|".join(en.TIMES_AMBIGUOUS) + r")(?![a-z])")
_TIMES_RE = re.compile(r"[ -]times(?= (?:" + "|".join(w.strip() for w in en.TIMES_AFTER) + r")(?![a-z]))")

_CN_UNITS = sorted(
    [*zh.COUNT_UNITS, *zh.DURATION_UNITS, *zh.CURRENCIES, *zh.PERCENTAGE_POINTS, *zh.PER_MILLE_POINTS],
    key=len,
    reverse=True,
)
CN_UNIT_RE = re.compile("|".join(map(re.escape, _CN_UNITS)))
_EN_UNIT_WORDS = sorted(
    [*en.CURRENCY_WORDS, *en.COUNT_UNITS, *en.DURATION_UNITS, *en.PERCENT_WORDS, *en.PP_WORDS],
    key=len,
    reverse=True,
)
_EN_UNIT_RE = re.compile(r" (" + "|".join(map(re.escape, _EN_UNIT_WORDS)) + r")(?![a-z])")
_CURRENCY_SIGN_RE = re.compile(
    "(?:" + "|".join(map(re.escape, sorted(en.CURRENCY_SIGNS, key=len, reverse=True))) + ")$"
)
_CURRENCY_WINDOW = max(map(len, en.CURRENCY_SIGNS))
_CURRENCY_LAST_CHARS = frozenset(sign[-1] for sign in en.CURRENCY_SIGNS)

_CLAUSE_BREAK = frozenset("，。；！？,;!?\n\r：:")
_CLAUSE_TAIL_RE = re.compile("[" + "".join(sorted(_CLAUSE_BREAK)) + "][^" + "".join(sorted(_CLAUSE_BREAK)) + "]*$")
_ZH_RATE_RE = re.compile("|".join(map(re.escape, zh.RATE_WORDS)))
_ZH_SHARE_RE = re.compile("|".join(map(re.escape, zh.SHARE_WORDS)))
_ZH_AVERAGE_RE = re.compile("|".join(map(re.escape, zh.AVERAGE_WORDS)))
_EN_RATE_RE = re.compile("|".join(map(re.escape, en.RATE_WORDS)))
_EN_SHARE_RE = re.compile("|".join(map(re.escape, en.SHARE_WORDS)))
_EN_AVERAGE_RE = re.compile("|".join(map(re.escape, en.AVERAGE_WORDS)))
_AVERAGE_AFTER_RE = re.compile(r"\s*(?:per |each|a head|on average|/)")
_OF_TARGET_RE = re.compile(r" of (?:the |its |their |this year's |the annual )?(?:budget|target|plan|forecast|goal)")
_YUAN_PARTS_RE = re.compile(f"(?:零?([{CN_DIGIT_CLASS}])角)?(?:零?([{CN_DIGIT_CLASS}])分)?")

_PERCENT_SIGNS = {"%": (PERCENT, ONE), "‰": (PER_MILLE, ONE), "‱": (PER_TEN_THOUSAND, ONE)}


class UnitReading(SignReading):
    def _currency_before(self, start: int) -> bool:
        return self._currency_prefix(start) != start

    def _counted_after(self, pos: int) -> bool:
        """A measure word stands at pos (2978人), not the first character of a word (所示 in 如图2所示)."""
        unit = CN_UNIT_RE.match(self.text, pos)
        return unit is not None and self.text[unit.end() : unit.end() + 1] not in zh.SHOWN_AFTER_UNIT

    def _jiao(self, start: int, i: int, chars: str, end: int) -> Core:
        parts = _YUAN_PARTS_RE.match(self.text, i)
        assert parts is not None
        jiao = Decimal(zh.DIGITS[chars]) / 10
        fen = Decimal(zh.DIGITS[parts.group(2)]) / 100 if parts.group(2) else ZERO
        value = -(jiao + fen) if start < i else jiao + fen
        core = core_from_number(start, parts.end(), value, ONE, ONE, chinese=True)
        core.exact = True
        core.unit = "CNY"
        return core

    def _counted(self, end: int) -> bool:
        """What follows a lone 一 makes it the number one: nothing, a unit, a percent sign, 多 or a hedge."""
        text = self.text
        rest = text[end:].strip()
        return (
            not rest
            or rest[0] in "%‰多余成元角"
            or bool(CN_UNIT_RE.match(text, end))
            or rest.startswith(("以", "左右"))
        )

    def _percent_core(self, start: int, end: int, mantissa: Decimal, scale: Decimal) -> Core:
        """Percent-like figures are rounded at their last written digit; value in their own units."""
        unit = last_digit_unit(mantissa) * scale
        core = Core(start, end, mantissa * scale, unit * HALF, last_nonzero_place(mantissa) * scale, unit, scale)
        core.percent_scale = scale
        return core

    def _english_unit_at(self, pos: int) -> bool:
        return _EN_UNIT_RE.match(self.lower, pos) is not None

    def _yuan_parts(self, core: Core, pos: int) -> int:
        """壹元贰角叁分: jiao and fen after 元 add to the amount, which is then exact."""
        parts = _YUAN_PARTS_RE.match(self.text, pos)
        if parts is None or not parts.group():
            return pos
        jiao = Decimal(zh.DIGITS[parts.group(1)]) / 10 if parts.group(1) else ZERO
        fen = Decimal(zh.DIGITS[parts.group(2)]) / 100 if parts.group(2) else ZERO
        core.value += jiao + fen
        core.exact = True
        return parts.end()

    def _unit(self, core: Core, pos: int, *, gap: bool = True) -> tuple[str | None, Decimal, int]:
        """The unit after the number, its scale to display units, and where it ends."""
        text = self.text
        if core.percent_scale is not None:
            return core.percent_unit or PERCENT, ONE, pos
        if core.unit is not None:
            return core.unit, ONE, pos
        ch = text[pos : pos + 1]
        if gap and ch in GAP_CHARS:
            # 5 %, 2.4 个百分点, 10 成, 100 人: a space (text from PDFs) does not part a figure from its sign or
            # measure word; read without it, 5 % would be the number 5.
            after = self._after_gap(pos)
            nxt = text[after : after + 1]
            if after > pos and nxt and (nxt in _PERCENT_SIGNS or not nxt.isascii()):
                spaced = self._unit(core, after, gap=False)
                if spaced[0] is not None:
                    return spaced
        if ch in _PERCENT_SIGNS:
            unit, scale = _PERCENT_SIGNS[ch]
            return unit, scale, pos + 1
        if ch == zh.CHENG and text[pos + 1 : pos + 2] not in zh.CHENG_NOT_BEFORE and core.value <= 10:
            return PERCENT, TEN, self._tenths_tail(core, pos + 1)
        if ch == zh.ZHE and text[pos + 1 : pos + 2] not in zh.ZHE_NOT_BEFORE and core.range is None:
            if core.value <= 10:
                return PERCENT, TEN, self._tenths_tail(core, pos + 1)
            if 10 < core.value < 100 and exponent(core.value) == 0 and core.group == 1:
                return PERCENT, ONE, pos + 1  # 75折 = 75%
        match = CN_UNIT_RE.match(text, pos)
        if match is not None:
            word = match.group()
            return zh.CURRENCIES.get(word, word), ONE, match.end()
        if ch in (" ", "-", "b"):
            ambiguous = _TIMES_MORE_RE.match(self.lower, pos)
            if ambiguous is not None:
                raise Unread(self.original[core.start : ambiguous.end()])  # three times more: x3 or x4
            times = _TIMES_RE.match(self.lower, pos)
            if times is not None and core.value > 0:
                return zh.MULTIPLE_UNIT, ONE, times.end()  # 3 times the, 2.5 times as: a multiple
            basis = BASIS_POINTS_RE.match(self.lower, pos)
            if basis is not None:
                return PP, _BASIS_POINT, basis.end()  # 25 basis points = 0.25 pp
        if ch == " ":
            found = _EN_UNIT_RE.match(self.lower, pos)
            if found is not None:
                word = found.group(1)
                if word in en.PERCENT_WORDS:
                    return PERCENT, ONE, found.end()
                if word in en.PP_WORDS:
                    return PP, ONE, found.end()
                return en.CURRENCY_WORDS.get(word, word), ONE, found.end()
        return None, ONE, pos

    def _tenths_tail(self, core: Core, pos: int) -> int:
        """七成六 = 76%, 三成半 = 35%: a digit after 成 is one place below it."""
        text = self.text
        if core.range is not None or exponent(core.value) < 0 or not 0 < core.value < 10:
            return pos
        ch = text[pos : pos + 1]
        nxt = text[pos + 1 : pos + 2]
        if nxt and (nxt in zh.NUMERAL_CHARS or nxt.isdigit() or CN_UNIT_RE.match(text, pos + 1)):
            return pos  # 三成六个: the digit starts another figure
        if ch == zh.HALF:
            digit = 5
        elif ch in zh.DIGITS and zh.DIGITS[ch] > 0:
            digit = zh.DIGITS[ch]
        else:
            return pos
        core.value += Decimal(digit) / 10
        core.half = Decimal("0.05")
        core.g_a = Decimal("0.1")
        return pos + 1

    def _currency_prefix(self, start: int) -> int:
        if self.text[start - 1 : start] not in _CURRENCY_LAST_CHARS:
            return start  # most figures: no currency sign can end right before them
        match = _CURRENCY_SIGN_RE.search(self.text, max(0, start - _CURRENCY_WINDOW), start)
        return match.start() if match else start

    def _currency_of(self, start: int, number_start: int) -> str | None:
        if start == number_start:
            return None
        match = _CURRENCY_SIGN_RE.search(self.text, start, number_start)
        return en.CURRENCY_SIGNS[match.group()] if match else None

    def _context(self, start: int, end: int, unit: str | None, kind_scale: Decimal) -> str | None:
        """share (capped at 100%), rate (may pass 100%) or average (need not be whole), from the words around."""
        text = self.lower
        window = text[max(0, start - 24) : start]
        cut = _CLAUSE_TAIL_RE.search(window)
        if cut is not None:
            window = window[cut.start() + 1 :]
        if unit in (PERCENT, PER_MILLE, PER_TEN_THOUSAND):
            if _ZH_RATE_RE.search(window) or _EN_RATE_RE.search(window) or _OF_TARGET_RE.match(text, end):
                return RATE
            if kind_scale == TEN or _ZH_SHARE_RE.search(window) or _EN_SHARE_RE.search(window):
                return SHARE
            if text.startswith(" of ", end):
                return SHARE
            return None
        averaged = _ZH_AVERAGE_RE.search(window) or _EN_AVERAGE_RE.search(window) or _AVERAGE_AFTER_RE.match(text, end)
        if unit is not None and unit != PP and averaged:
            return AVERAGE
        return None
