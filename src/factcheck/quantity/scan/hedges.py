"""Hedges and bounds: the spec's "Hedges" table, applied to a number that has been read.

``_complete`` reads what stands around a number: 多 and 余 after it (6000多, 15万多, 三成多, 一年多, 2,000-odd), its
unit, 整 after an amount, a second end (a range), the hedge words before and after it (约, 近, 以上, 超过, more than,
or more), 连续 and currency signs, and then asks whether it is a figure at all.  The words and the intervals they
give are in ``quantity/hedges.py``.
"""

from __future__ import annotations

from decimal import Decimal

from factcheck.errors import IntervalError
from factcheck.quantity.definitions import en, zh
from factcheck.quantity.hedges import BOUNDS, Hedge, bound_range, prefix_hedge, share_approx, suffix_hedge
from factcheck.quantity.interval import ZERO, Interval, exponent
from factcheck.quantity.lazyre import lazy_compile
from factcheck.quantity.model import AVERAGE, SHARE, SHARE_RANGE, Quantity
from factcheck.quantity.scan.ranges import RangeReading
from factcheck.quantity.scan.spans import (
    CN_CHAIN_RE,
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
from factcheck.quantity.scan.units import CN_UNIT_RE
from factcheck.quantity.units import PER_MILLE_POINTS, PERCENT, PERCENT_UNITS, PP, Kind, kind_of

_AGO_RE = lazy_compile(r"\s+(?:ago|earlier|before)(?![a-z])")
_TIME_UNIT_RE = lazy_compile("|".join(en.TIME_WORDS))
_SPOKEN_YI_AFTER_RE = lazy_compile("[多余]?" + zh.COLLOQUIAL_YI[1])
# "just over three hours": a word before "over" that only a bound takes (never "during")
_OVER_BOUND_RE = lazy_compile(r"(?<![a-z])(?:" + "|".join(en.OVER_AS_BOUND_AFTER) + r")\s+$")

# 2,000-odd, 3,000-plus, "3,000 plus people": [N, 2N); never "£12,000 plus a £190 surcharge", where plus adds the
# next amount (a number, a currency sign or an article after it).
# 7.5 percent (±1.3%): a percentage and its margin of error, bracketed after its unit (a footnote mark may follow)
_PERCENT_MARGIN_RE = lazy_compile(r" ?[(（](?:±|\+/-|\+/−|\+-) ?(\d+(?:\.\d+)?) ?(?:%|percent|per cent)[)）]\*?")
_SECOND_DECIMALS_RE = lazy_compile(r"\d{1,2}(?![\d.,%％])")
_ODD_RE = lazy_compile(r"[- ](odd|plus)(?![a-z])(?!\s*(?:[\d£$€¥]|an?\s|the\s))")

_LINE_SPACE = frozenset(" \t\n")
_MINUS_SIGNS = frozenset("-\u2212")
_BROKEN_AFTER_RE = lazy_compile(
    r"[ \t]*\n[ \t]*(?:[万亿%％‰]|(?:per\s?cent|percent|percentage|million|billion|bn|pc)(?![a-z]))"
    r"|[ \t]*(?:per|percentage)[ \t]*\n[ \t]*(?:cent|points?)(?![a-z])"
)
# £(3.2)m: the currency sign before an accounts bracket, the scale after it
_BRACKET_CURRENCIES = frozenset("$£€¥")
_SCALE_AFTER_BRACKET_RE = lazy_compile(
    r"(" + "|".join(sorted(en.ACCOUNTS_SCALES, key=len, reverse=True)) + r")?(?![a-z0-9])"
)
# Which way a bound points: more than and at least up, at most and less than down.
_UPWARD = {Hedge.MORE_THAN: True, Hedge.AT_LEAST: True, Hedge.AT_MOST: False, Hedge.LESS_THAN: False}


_GROUPS = frozenset("万亿")


class HedgeReading(RangeReading):
    def _and_a_half(self, core: Core, unit: str, pos: int) -> tuple[str, int]:
        """一年半, 3斤半, 一个半月: 半 after the measure word adds half of it (1.5 years, 3.5 jin, 1.5 months).

        Never where 半 starts a word of its own (一年半数, 三天半价), nor after a percentage; a decimal
        before it (1.5吨半) is no number at all."""
        text = self.text
        after = text[pos + 1 : pos + 3]
        time_unit = next((w for w in zh.HALF_AFTER_GE if after.startswith(w)), None) if unit == "个" else None
        if unit == "个" and time_unit is None:
            return unit, pos  # 两个半: 个 counts things; 半 alone after it names no measure
        if time_unit is None and (
            unit in PERCENT_UNITS or unit == PP or text[pos + 1 : pos + 2] in zh.HALF_WORD_STARTS
        ):
            return unit, pos
        if exponent(core.value) < 0 or core.hedge is not None:
            raise Unread(self.original[core.start : pos + 1])  # 1.5吨半, 十多年半
        core.value += HALF
        core.half = ZERO
        core.g_a = core.last_unit = HALF
        if time_unit is not None:
            return unit + time_unit, pos + 1 + len(time_unit)
        return unit, pos + 1

    def _days_not_date(self, core: Core, pos: int) -> bool:
        """日 after a number counts days, not the day of a month: after a decimal (8.8日), before a bound (15日内,
        五日以上十日以下), after a penalty or a term (行政拘留10日, 停业整顿30日, 为期5日)."""
        text = self.text
        if core.range is not None or (core.chinese and core.bare):
            return False
        if exponent(core.value) < 0:
            return not core.chinese
        if text[: core.start].rstrip().endswith(zh.MONTH_OF_DATE):
            return False  # 3月5日以内: a date, whatever follows it
        if text.startswith(zh.DAY_BOUNDS_AFTER, pos + 1):
            return True
        return any(text.endswith(word, 0, core.start) for word in zh.DAY_TERM_WORDS)

    def _hundredths(self, core: Core, pos: int) -> int:
        """The digits after 秒 in a sports time (9秒83, 12秒8) or after 米 in a height (2米33) are its decimals;
        where they start another figure (9秒83人, 100米20秒) or none follow, nothing changes."""
        digits = _SECOND_DECIMALS_RE.match(self.text, pos)
        if digits is None or CN_UNIT_RE.match(self.text, digits.end()):
            return pos
        places = len(digits.group())
        unit = Decimal(1).scaleb(-places)
        core.value += Decimal(digits.group()) * unit
        core.half = unit / 2
        core.g_a = core.last_unit = unit
        return digits.end()

    def _bracketed_amount(self, core: Core, unit: str | None, start: int, pos: int) -> tuple[int, int, Core] | None:
        """``£(3.2)m``, ``$(1.1)bn``: an amount as accounts print a loss or an outflow, a currency sign before the
        bracket and the scale after it; read as written, £3.2m (the rule gives its sign, as for ``(216)`` in a
        cell and ``(3)%``), never a bare 3.2.  The figure's start, end and core (the scale applied)."""
        text = self.text
        if text[pos : pos + 1] != ")" or unit is not None or text[start - 2 : start - 1] not in _BRACKET_CURRENCIES:
            return None
        scale = _SCALE_AFTER_BRACKET_RE.match(self.lower, pos + 1)
        if scale is None:
            raise Unread(self.original[start - 2 : pos + 1])  # £(3.2)bnx: never the bare 3.2
        group = Decimal(en.ACCOUNTS_SCALES[scale.group(1)]) if scale.group(1) else ONE
        # the sign stands right before the bracket: it is the amount's currency (core.start at the bracket)
        scaled = core_from_number(core.start - 1, core.end, core.value, group, group, chinese=False)
        return start - 2, scale.end(), scaled

    def _complete(self, core: Core) -> Quantity | None:
        text = self.text
        pos = core.end
        hedge, hedge_text = core.hedge, core.hedge_text
        if core.fixed is not None:
            return self._complete_fixed(core)
        # Rule (c) and (a): 15万多, 6000多, 200余, and 十几 (几 after a Chinese numeral, like 多).
        more = text[pos : pos + 1]
        if hedge is None and (more in zh.MORE_WORDS or (more == zh.FEW and core.chinese and not core.bare)):
            step = core.last_unit if core.group > 1 else core.g_a
            # 百分之三十多, 百分之三十几 = [30%, 40%), as 30多% is: never 百分之三十 with the hedge left unread
            core.range = Interval(core.value, core.value + step, True, False)
            hedge, hedge_text = Hedge.MORE, text[pos]
            pos += 1
            if core.group == 1 and text[pos : pos + 1] in _GROUPS:
                chain = CN_CHAIN_RE.match(text, pos)
                if chain is None or chain.group()[-1] not in _GROUPS:
                    raise Unread(self.original[core.start : pos + 1])
                # 千余万元, 百多亿: rule (b), the hedge before the multiplier, [N x M, (N + g_N) x M)
                multiplier = chain_value(chain.group())
                core.range = core.range.scale(multiplier)
                core.value *= multiplier
                core.g_a *= multiplier
                core.last_unit *= multiplier
                core.group = trailing_group(chain.group())
                pos = chain.end()
        elif more == zh.COME and core.chinese and (text[pos + 1 : pos + 2] in _GROUPS or self._counted_after(pos + 1)):
            raise Unread(self.original[core.start : pos + 1])  # 一百来万, 二十来岁: about, or a little over; never 100
        unit: str | None = None
        kind_scale = ONE
        if hedge is None and text.startswith("个多", pos):
            # 两个多月: 多 between the measure word and the time unit.
            for word in ("个月", "个小时", "个星期", "个季度"):
                if text.startswith(word[1:], pos + 2):
                    core.range = Interval(core.value, core.value + core.g_a, True, False)
                    hedge, hedge_text = Hedge.MORE, "多"
                    unit, pos = word, pos + 1 + len(word)
                    break
            else:
                if text.startswith(zh.PERCENTAGE_POINTS[1], pos + 2) and core.value == core.value.to_integral_value():
                    # 提高3个多百分点: more than 3 and fewer than 4 points, never 3个 and the points unread
                    core.range = Interval(core.value, core.value + core.g_a, True, False)
                    hedge, hedge_text = Hedge.MORE, "多"
                    unit, pos = PP, pos + 2 + len(zh.PERCENTAGE_POINTS[1])
        if unit is None:
            unit, kind_scale, pos = self._unit(core, pos)
        if unit is None and text[pos : pos + 1] == zh.DAY_OF_LENGTH and self._days_not_date(core, pos):
            unit, pos = zh.DAY_OF_LENGTH, pos + 1  # 平均住院日为8.8日, 行政拘留10日, 15日内: days, not a date
        if unit == zh.FEN and text.endswith(zh.HOURS, 0, core.start):
            unit = zh.MINUTES  # 4小时18分: the minutes of a duration, never a score of 18
        if unit in zh.SPLIT_DECIMAL_UNITS and hedge is None and core.range is None and core.plain_arabic:
            pos = self._hundredths(core, pos)  # 9秒83, 2米33: 9.83 seconds and 2.33 metres, never a figure 83 or 33
        spoken_yi = _SPOKEN_YI_AFTER_RE.match(text, pos) if unit == zh.COLLOQUIAL_YI[0] else None
        if spoken_yi is not None:
            raise Unread(self.original[core.start : spoken_yi.end()])  # 3个亿, 两个多亿: 亿 after 个, never 3个
        if text[pos : pos + 1] == zh.HALF and unit is not None and core.range is None:
            unit, pos = self._and_a_half(core, unit, pos)
        if (unit in PERCENT_UNITS or unit == PP or unit in zh.PERCENTAGE_POINTS) and core.percent_scale is None:
            # Percentages are rounded at their last written digit, integers too: 98% is [97.5, 98.5].
            core.half = last_digit_unit(core.value) * HALF
        if unit == "CNY" and core.chinese and text[pos - 1 : pos] in zh.YUAN:
            pos = self._yuan_parts(core, pos)
        if hedge is None and kind_scale == TEN and text[pos : pos + 1] in zh.MORE_WORDS:
            # 三成多: 多 after 成 is rule (a) in tenths, [30%, 40%).
            core.range = Interval(core.value, core.value + core.g_a, True, False)
            hedge, hedge_text = Hedge.MORE, text[pos]
            pos += 1
        # A duration may take its 多 after the unit: 一年多, 两个月多; so may a multiple: 3倍多 = [3, 4) times.
        if (
            hedge is None
            and unit is not None
            and text[pos : pos + 1] in zh.MORE_WORDS
            and (unit in zh.RECENT_TIME_UNITS or unit == zh.MULTIPLE_UNIT or unit == zh.AGE_UNIT)
        ):
            core.range = Interval(core.value, core.value + core.last_unit, True, False)
            hedge, hedge_text = Hedge.MORE, text[pos]
            pos += 1
        if hedge is None and text.startswith(zh.JUST_OVER_AFTER, pos) and core.range is None:
            # 三十出头, 40岁出头, 一万出头: a little more than the figure, never the figure itself; as wide as 多 is,
            # without the figure: (30, 40), (200000, 300000) for 二十万出头.
            core.range = Interval(core.value, core.value + core.g_a, False, False)
            hedge, hedge_text = Hedge.MORE, zh.JUST_OVER_AFTER
            pos += len(zh.JUST_OVER_AFTER)
        if text[pos : pos + 1] in zh.EXACT_MARKS and unit == "CNY":
            core.exact = True  # 壹佰万元整
            pos += 1
        second = self._range_end(core, unit, pos) if hedge is None else None
        if second is not None:
            return second
        start = core.start
        if text[pos - 2 : pos - 1] == ")" and text[start - 1 : start] == "(" and unit in PERCENT_UNITS:
            start -= 1  # (3)%: a results table's bracketed change, read as written (the rule gives its sign)
        recent = False
        if unit == zh.QUARTER:
            counted_by = next((w for w in zh.QUARTER_COUNTED_AFTER if text.endswith(w, 0, start)), "")
            start -= len(counted_by)  # 前三季度: the word that makes it a count is part of it (三季度 alone is Q3)
        prefix = prefix_hedge(text, self.lower, self._currency_prefix(start))
        if (
            prefix is None
            and core.bare
            and text[start - 1 : start] == zh.PAST
            and text[start - 2 : start - 1] not in zh.PAST_WORD_ENDS
        ):
            prefix = (start - 1, zh.PAST, Hedge.MORE_THAN)  # 销量过亿, 亩产过千斤: past a round figure (never 经过3年)
        if prefix is not None and prefix[1].lower() in en.COMPARATIVES and _AGO_RE.match(self.lower, pos):
            prefix = None  # lower than 20 years ago: compares with a time, bounds nothing
        if (
            prefix is not None
            and prefix[1].lower() == "over"
            and _TIME_UNIT_RE.fullmatch(str(unit or ""))
            and not _OVER_BOUND_RE.search(self.lower, max(0, prefix[0] - 20), prefix[0])
        ):
            # over five years: "during" or "more than", by the sentence; neither is read as the other.
            raise Unread(self.original[prefix[0] : pos])
        if prefix is not None:
            begin, word, prefix_hedge_kind = prefix
            if word in ("近", "最近") and unit in zh.RECENT_TIME_UNITS:
                recent = True  # 近三年: the last three years, exact
                start = begin
            elif hedge is None:
                start = begin
                hedge, hedge_text = prefix_hedge_kind, word
            elif prefix_hedge_kind in BOUNDS:
                start = begin  # 超过六千多: the bound applies to the range's end.
                hedge, hedge_text = prefix_hedge_kind, word
            else:
                start = begin  # 约六千多: the range already says it
                hedge_text = f"{word}{hedge_text}"
        if prefix is None and hedge is None and (unit == PERCENT or kind_scale == TEN):
            distant = share_approx(text, start)  # 约占全部案件的40%: approximate, its text still 40%
            if distant is not None:
                hedge, hedge_text = distant, "约占"
        if text.startswith(zh.RUN_WORDS, start - 2) and start >= 2 and unit is not None:
            start -= 2  # 连续两年: the run of years is part of the figure
        start = self._currency_prefix(start)
        odd = _ODD_RE.match(self.lower, pos) if self.lower.startswith(("odd", "plus"), pos + 1) else None
        if hedge is None and odd and core.range is None:
            core.range = Interval(core.value, core.value + core.g_a, True, False)  # 2,000-odd = 2000多
            hedge, hedge_text = Hedge.MORE, odd.group(1)
            pos = odd.end()
        elif odd is not None:
            raise Unread(self.original[start : odd.end()])  # some 40,000-odd: two hedges, never "some 40,000" alone
        margin = _PERCENT_MARGIN_RE.match(self.lower, pos) if unit in PERCENT_UNITS and hedge is None else None
        if margin is not None and core.range is None:
            # 7.5 percent (±1.3%): the margin bounds its estimate, [6.2%, 8.8%], as 12,345 (±120) does; never a
            # figure of 1.3% of its own
            error = Decimal(margin.group(1))
            core.range = Interval(core.value - error, core.value + error)
            hedge, hedge_text = Hedge.RANGE, "±"
            pos = margin.end()
        suffix = suffix_hedge(text, self.lower, pos)
        if (
            suffix is None
            and (unit in zh.DURATION_UNITS or unit in zh.MEASURE_UNITS or unit == zh.DAY_OF_LENGTH)
            and text.startswith(zh.WITHIN_AFTER, pos)
            and text[pos + 1 : pos + 2] not in zh.NOT_AFTER_WITHIN
        ):
            word = next(w for w in zh.WITHIN_AFTER if text.startswith(w, pos))
            suffix = word, Hedge.AT_MOST  # 3天内办结, 5个工作日内, 震中50公里范围内: within, [0, 3] 天
        then_bound: Hedge | None = None
        if suffix is not None:
            word, suffix_hedge_kind = suffix
            if hedge is None or hedge is Hedge.RANGE:
                hedge, hedge_text = suffix_hedge_kind, word.strip()
            elif suffix_hedge_kind in BOUNDS and hedge in BOUNDS:
                if _UPWARD[hedge] != _UPWARD[suffix_hedge_kind]:
                    raise Unread(self.original[start : pos + len(word)])  # more than 5 or less: no one interval
            elif suffix_hedge_kind in BOUNDS:
                # about 500 or more, 约1000人以上: the bound applies to the hedged value, never left unread
                then_bound, hedge_text = suffix_hedge_kind, f"{hedge_text} {word.strip()}"
            pos += len(word)
        if unit is None and text[pos : pos + 1] in _LINE_SPACE and _BROKEN_AFTER_RE.match(self.lower, pos):
            # 营业收入3.2 / 亿元, 4.2 per / cent: a figure broken by a line (a PDF's text copied out); its scale or
            # percent sign is on the next line, so the number alone would be a silent wrong value
            raise Unread(self.original[start:pos])
        if (
            start < core.start
            and text[start - 1 : start] in _MINUS_SIGNS
            and core.value > 0
            and not text[start - 2 : start - 1].isalnum()
        ):
            # -£2.1bn, −$0.8m: a minus before the currency sign is the amount's; with a hedge or a range (about
            # -£2m, -£2,000-odd) the reading would need the sign inside the hedge: refused, never positive
            if hedge is not None or core.range is not None or prefix_hedge(text, self.lower, start - 1) is not None:
                raise Unread(self.original[start - 1 : pos])
            core.value = -core.value
            start -= 1
        if text[start - 1 : start] == "(" and hedge is None and core.range is None:
            bracketed = self._bracketed_amount(core, unit, start, pos)
            if bracketed is not None:
                start, pos, core = bracketed
        if not self._is_figure(core, unit, hedge, start, pos, recent):
            return None
        try:
            interval = self._interval(core, hedge, kind_scale)
        except IntervalError:
            return None  # 近0, 不足0: a hedge that leaves no value at all
        if then_bound is not None:
            interval = bound_range(interval, then_bound)
        quantity_unit = PP if unit in zh.PERCENTAGE_POINTS else unit
        if (then_bound or hedge) in (Hedge.AT_MOST, Hedge.LESS_THAN) and unit in en.TEMPERATURE_UNITS:
            # 0℃以下, 0C or below, below 5 degrees: a temperature goes below zero; the bound has no floor
            interval = Interval(Decimal("-Infinity"), interval.hi, False, interval.hi_closed)
        if unit in zh.PER_MILLE_POINTS:
            quantity_unit = PER_MILLE_POINTS
        currency = self._currency_of(start, core.start)
        if currency and (quantity_unit is None or (quantity_unit == "CNY" and text[pos - 1 : pos] in zh.YUAN)):
            quantity_unit = currency  # 港币2960元: the currency named before a plain 元 is the amount's
        context = self._context(start, pos, quantity_unit, kind_scale)
        kind = kind_of(quantity_unit)
        value = core.value * kind_scale
        if (
            context is None
            and kind is Kind.COUNT
            and value > 0
            and value != value.to_integral_value()
            and not self._totalled(start)
        ):
            # 案均41.7件 in a column headed 人均结案, 4.6 deaths under "per billion miles": nobody counts a tenth of
            # a case, so a count with a fraction is a mean whose base the text names elsewhere; after a total word
            # (共有网格3212.5个) it is a count with a slip, and still must be whole, as a change (负3.5人) must
            context = AVERAGE
        if context == SHARE and quantity_unit == PERCENT:
            interval = interval.intersect(SHARE_RANGE) or interval
        return Quantity(
            interval=interval,
            unit=quantity_unit,
            kind=kind,
            text=self.original[start:pos],
            value=value,
            hedge=hedge_text if (hedge is not None and not recent) else None,
            start=start,
            end=pos,
            context=context,
        )
