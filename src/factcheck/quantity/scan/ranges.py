"""Ranges: the spec's ranges rule (3至5年, 20万至30万元, 3-5 years, between 3 and 5) and the spans of a hedge word
(两三百, 数十万, 上千, hundreds of): one figure from its low end to its high end, each end at its own precision.
Spans of years and dates (2018至2020年, 三至五月) are not ranges.  Joiners and the span arithmetic are in
``quantity/ranges.py``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from factcheck.quantity import nonfigures
from factcheck.quantity.definitions import en, zh
from factcheck.quantity.hedges import Hedge, prefix_hedge
from factcheck.quantity.interval import ZERO, Interval, exponent
from factcheck.quantity.lazyre import lazy_compile
from factcheck.quantity.model import Quantity
from factcheck.quantity.ranges import DASHES, JOINER_FIRST, JOINER_RE, span
from factcheck.quantity.scan.fractions import FractionReading
from factcheck.quantity.scan.nonfigures import LABEL_AFTER_RE
from factcheck.quantity.scan.spans import (
    CN_CHAIN_RE,
    DATE_SPAN,
    FEW_BEFORE_RE,
    HALF,
    ONE,
    TEN,
    Core,
    Unread,
    chain_value,
    core_from_number,
    last_digit_unit,
    trailing_group,
)
from factcheck.quantity.units import PERCENT_UNITS, PP, kind_of

_CHANGED_BY = lazy_compile(r"(?:\bby|\b(?:" + "|".join(sorted(en.CHANGE_VERBS, key=len, reverse=True)) + r"))\s*$")

# 2-4C, 3-5G: the far end of a dash read as a name (5G, 3D), digits glued to letters; then the near end is not a
# figure by itself either (never 2 alone out of "2-4C above normal")
_NAME_END_RE = lazy_compile(r"\d+[A-Za-z]+")
_SMALL_UNITS = frozenset("十百千拾佰仟")
_MINUS_WORD = "minus "
_EN_RANGE_RE = lazy_compile(
    r"(tens|dozens|hundreds|thousands|millions|billions)(?![a-z])"
    r"(?: of (thousands|millions|billions))?(?: of(?![a-z]))?"
)


class RangeReading(FractionReading):
    def _adjacent_range(self, i: int, chars: str) -> Core | None:
        """两三百 -> [200, 400): two adjacent digits then an optional multiplier."""
        if len(chars) < 2 or chars[0] not in zh.DIGITS or chars[1] not in zh.DIGITS:
            return None
        a, b = zh.DIGITS[chars[0]], zh.DIGITS[chars[1]]
        if a == 0 or b != a + 1:
            return None
        if self.text.endswith(zh.IDIOM_OF_TEN, 0, i):
            raise Unread(self.original[i - len(zh.IDIOM_OF_TEN) : i + 2])  # 十之八九: most, an idiom, never 8 or 9
        rest = chars[2:]
        if rest and not CN_CHAIN_RE.fullmatch(rest):
            return None
        unit = chain_value(rest) if rest else ONE
        core = Core(i, i + len(chars), a * unit, ZERO, unit, unit, trailing_group(rest), chinese=True)
        core.range = Interval(a * unit, (b + 1) * unit, True, False)
        core.hedge, core.hedge_text = Hedge.RANGE, chars[:2]
        return core

    def _english_range(self, i: int) -> Core | None:
        match = _EN_RANGE_RE.match(self.lower, i)
        if match is None or (not match.group().endswith(" of") and not self.strict):
            return None
        if FEW_BEFORE_RE.search(self.lower, max(0, i - 15), i):
            return None  # several hundreds: the words before make the span (scan/english.py), as in prose
        if self.lower.endswith(("in ", "£ ", "$ ", "€ "), 0, i):
            return None  # "in thousands of pounds", "£ thousands": a table's unit, no figure
        unit = Decimal(en.RANGE_WORDS[match.group(1)])
        if match.group(2):
            unit *= en.RANGE_WORDS[match.group(2)]
        low = unit * self.settings.shu_lower_factor
        core = Core(i, match.end(), low, ZERO, unit, unit, unit)
        core.range = Interval(low, unit * TEN, True, False)
        core.hedge, core.hedge_text = Hedge.RANGE, self.original[i : match.end()]
        return core

    def _range_end(self, core: Core, unit: str | None, pos: int) -> Quantity | None:
        """3至5年, 20万至30万元, 3-5 years, between 3 and 5: one figure from the low end to the high end."""
        text = self.text
        if core.range is not None or core.bare or (core.percent_scale is not None and core.percent_unit is None):
            return None
        lead = self.lower[pos : pos + 1]
        if lead.isspace():
            lead = self.lower[pos : pos + 24].lstrip()[:1] or lead  # the joiner after the spaces (past 24: unknown)
        if not lead or not (lead in JOINER_FIRST or lead.isspace()):
            return None  # no joiner can start here (the regex's \s is str.isspace): the common case, no regex
        joiner = JOINER_RE.match(self.lower, pos)
        if joiner is None or joiner.end() >= len(text):
            return None
        word = joiner.group().strip()
        sign_start = self._currency_prefix(core.start)
        if word in ("and",) and not self.lower[max(0, sign_start - 8) : sign_start].endswith("between "):
            return None
        if word == "to" and core.chinese:
            return None
        between = word in zh.BETWEEN_JOINERS
        nxt = joiner.end()
        sign = text[sign_start : core.start]
        if sign and text.startswith(sign, nxt) and nxt + len(sign) < len(text):
            nxt += len(sign)  # £10,000-£20,000, between £1m and £2m: the same currency before both ends
        signed = self._signed_end(core, nxt)
        ch = text[nxt + signed]
        if not (ch.isdigit() or ch in zh.NUMERAL_CHARS or (ch.isalpha() and ch.isascii())):
            return None
        try:
            second, _ = self._core_at(nxt + signed)
        except Unread:
            return None
        name = _NAME_END_RE.match(text, nxt) if second is None and word in ("-", "–", "—") else None
        if name is not None:
            raise Unread(self.original[core.start : name.end()])
        if second is None or second.range is not None or second.fixed is not None:
            return None
        minus = bool(signed) and text[nxt] != "+"  # -2% to +1%: a plus sign is written, the end stays positive
        if (second.value < 0) != minus or (signed and second.start != nxt):
            return None
        unit2, scale2, end = self._unit(second, second.end)
        if unit2 is None and unit == zh.DAY_OF_LENGTH and text[end : end + 1] == zh.DAY_OF_LENGTH:
            unit2, end = unit, end + 1  # 五日以上十日以下: a band of days, as the first end counts days
        if between:
            closing = re.match(r"\s*" + zh.BETWEEN_END, text[end:])
            if closing is None:
                return None  # 20和30: two figures; 20和30之间 is one, from 20 to 30
            end += closing.end()
        band = word == zh.BAND_JOINER
        if band:
            if not text.startswith(zh.BAND_END, end) or unit != unit2:
                return None  # 以上三个方面: "the above"; a band's two bounds count the same thing
            end += len(zh.BAND_END)
        if unit2 is None and LABEL_AFTER_RE.match(text, second.end):
            core.notes.append(DATE_SPAN)  # 三至五月, 二十至三十日: a span of dates, and its first end a date too
            return None
        if unit is not None and unit != unit2:
            return None  # 15% to 2,346: a change to another figure, not a range
        if word in ("through", "thru") and second.plain_arabic and 1900 <= second.value <= 2100:
            return None  # "held at 20 through 2023": a level until a year, never the range [20, 2023]
        before = self.lower[max(0, sign_start - 16) : sign_start]
        if re.search(r"(?:from|从|由)\s*$", before) or (
            word == "to" and (sign or unit is not None or second.value >= 2 * core.value) and _CHANGED_BY.search(before)
        ):
            # from 70.2% to 72.5%, rose by £500m to £5.1bn, rose 2.1% to 45%: a change, with its own unit, and
            # the level it reached are two figures, never a range ("rose 10 to 15 per cent" shares one: a range);
            # so are "fell by 12 to 240 cases", a level at least twice the change: a range's ends lie closer
            return None
        if (
            0 < core.value < TEN
            and core.group == 1
            and exponent(core.value) >= 0
            and _SMALL_UNITS.isdisjoint(text[core.start : core.end])
            and not _SMALL_UNITS.isdisjoint(text[second.start : second.end])
            and second.g_a >= TEN * second.group
            and not text.startswith("十", second.start)  # 三年以上十年以下, 三到十: ten is ten
        ):
            # 三到五千元, 八到九百亿: 3,000 to 5,000 as spoken, or 3 to 5,000 as written; never read either way
            raise Unread(self.original[core.start : end])
        first = core
        if first.group == 1 and second.group > 1 and unit is None and first.range is None:
            # 5-10万, 2.5-3 million, two to three million: the second end's multiplier is the first's too
            first = core_from_number(core.start, core.end, core.value, second.group, second.group, chinese=core.chinese)
            first.words = core.words
        tilde = word in ("~", "～")
        decimals = exponent(core.value) < 0 and exponent(second.value) < 0  # 3.5–4.0: no score, no label
        if (
            (word in DASHES or word == "to")
            and not (tilde or decimals or sign)
            and unit2 is None
            and second.group == 1
            and not self.strict
            and prefix_hedge(text, self.lower, sign_start) is None
        ):
            # 3-5 alone: a score or a label, not a range; 20~100 and 3.5-4.0 are ranges, and so is "around 10-15
            # exabytes" (a hedge before it: no score), never "around 10" and 15
            return None
        if second.words != first.words and not self.strict:
            return None
        if unit2 in PERCENT_UNITS or unit2 == PP or unit2 in zh.PERCENTAGE_POINTS:
            # Each end of a range of percentages is rounded at its last digit; the cores stay as read.
            first, second = (
                replace(c, half=last_digit_unit(c.value) * HALF) if c.percent_scale is None else c
                for c in (first, second)
            )
        low = self._interval(first, None, scale2 if unit is None else ONE)
        high = self._interval(second, None, scale2)
        if band:  # bounds a law sets are exact: 5万元以上 is at least 50,000, never "about 5万"
            low, high = (Interval.point((i.lo + i.hi) / 2) for i in (low, high))
        if signed and (high.lo + high.hi) < (low.lo + low.hi):
            low, high = high, low  # -8~-10℃, minus 4 to minus 5 degrees: both signs written, so either order
        joined = span(low, high)
        # The ends may overlap once each is widened by its own precision (2.5-3 million: 3 million is [2.5, 3.5]
        # million); the low end must still be written below the high one.
        if joined is None or not (low.lo + low.hi) < (high.lo + high.hi) or not low.lo < high.hi:
            return None
        if first.plain_arabic and 1000 <= first.value <= 2999 and unit2 in (None, "年") and not self.strict:
            return None  # 2018至2020年, between 2007 and 2015: a span of years
        start = self._between_start(self._currency_prefix(first.start))
        if self.labels.in_name(start, end) or nonfigures.label_before(text, self.lower, start):
            return None
        quantity_unit = PP if unit2 in zh.PERCENTAGE_POINTS else unit2
        currency = self._currency_of(start, first.start)
        if currency and quantity_unit is None:
            quantity_unit = currency
        return Quantity(
            interval=joined,
            unit=quantity_unit,
            kind=kind_of(quantity_unit),
            text=self.original[start:end],
            value=first.value,
            hedge=None,
            start=start,
            end=end,
            context=self._context(start, end, quantity_unit, scale2),
        )

    def _signed_end(self, first: Core, at: int) -> int:
        """Length of the sign that opens a range's far end at ``at`` (-3~-8℃, 零下5℃到零下3℃, minus 4 to minus 5
        degrees, -2% to +1%), or 0.  Only after a first end at or below zero: "5 to -3" may be a fall, never a range."""
        if first.value > 0:
            return 0
        text = self.text
        if text[at : at + 1] in ("-", "\u2212", "+") and text[at + 1 : at + 2].isdigit():
            return 1
        if text.startswith(zh.BELOW_ZERO, at):
            return len(zh.BELOW_ZERO)
        if self.lower.startswith(_MINUS_WORD, at):
            return len(_MINUS_WORD)
        return 0

    def _between_start(self, start: int) -> int:
        return start - 8 if self.lower[max(0, start - 8) : start] == "between " else start
