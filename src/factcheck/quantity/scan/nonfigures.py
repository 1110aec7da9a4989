"""Not figures: the spec's "Not figures" section, as the scanner applies it to a number it has read.

Dates, list and document numbers, labels, sessions, names, numbers in quoted names, a lone Chinese digit with no
measure word, English number words used as words (one, two-way, the Big Four), clock readings.  The detectors
that look at the text itself are in ``quantity/nonfigures.py``; this layer decides whether a read number, with
its unit and hedge, is a figure.
"""

from __future__ import annotations

import bisect
import re

from factcheck.quantity import nonfigures
from factcheck.quantity.definitions import en, zh
from factcheck.quantity.hedges import Hedge
from factcheck.quantity.lazyre import lazy_compile
from factcheck.quantity.scan.spans import DATE_SPAN, GAP_CHARS, WORD_RE, Core
from factcheck.quantity.scan.units import EN_PER_BEFORE_RE, UnitReading
from factcheck.quantity.units import DURATION_UNITS, PERCENT, PP, Kind, kind_of

_CLOCK_AFTER_CHARS = frozenset(" \u00a0apoAPO")  # 9.30 pm, 5pm, five o'clock

_WORD_END_LABEL_CHARS = frozenset("".join(zh.WORD_END_LABELS))

# "three- and four-year-olds": a number word whose hyphen waits for the word after the next number
_SUSPENDED_HYPHEN_RE = lazy_compile(r"-\s+(?:and|or|to|and/or)\s")
_COLLOQUIAL_HUNDREDS_RE = lazy_compile(
    r"(?<![a-z])(?:"
    + "|".join(w for w in en.UNITS if en.UNITS[w] > 0)
    + r")[\s-]+(?:"
    + "|".join(en.TENS)
    + r")(?![a-z])"
    + r"|^(?:"
    + "|".join(w for w in en.UNITS if 11 <= en.UNITS[w] <= 19)
    + r")[\s-]+hundred(?![a-z])"  # nineteen hundred seventy-three: a year, said the old way
)

LABEL_AFTER_RE = lazy_compile("|".join(map(re.escape, zh.LABEL_SUFFIXES + zh.LABEL_WORDS)))
_LABEL_AFTER_FIRST = frozenset(word[0] for word in zh.LABEL_SUFFIXES + zh.LABEL_WORDS)

_RATE_BASE_BEFORE = frozenset((zh.PER_N, " "))  # 每十万人, per 1,000
# (上年=100), （女=100）, (2015=100): the base an index or a sex ratio is written against, never a figure
_INDEX_BASE_BEFORE_RE = lazy_compile(
    r"[(（](?:[^()（）=\n]{0,6}[\u4e00-\u9fff\d][^()（）=\n]{0,6}=|以[^()（）=\n]{1,8}为)\s*$"
)
_INDEX_BASE_AFTER_RE = lazy_compile(r"\s*[)）]")
_INDEX_BASES = (100, 1000)  # (n=100) is a sample's size: a figure


_EN_TENOR_RE = lazy_compile(r" (?:" + "|".join(en.TENOR_NOUNS) + r")(?![a-z])")
_COMPARED_FIGURE_BEFORE_RE = lazy_compile(r"(?:\d%|\d per ?cent|\d percent|\d points?|\d pp)\s*$")
_YEAR_LEVELS_AFTER_RE = lazy_compile(r"[ \u00a0](?:levels?|figures?|prices)(?![a-z])")


class NonFigureReading(UnitReading):
    def _word_before_counted(self, start: int, end: int) -> bool:
        """代表2978人: 表 ends a word before a counted number, so the label test does not hold."""
        if self.text[start - 1 : start] not in _WORD_END_LABEL_CHARS:
            return False
        return nonfigures.word_end_label(self.text, start) and self._counted_after(end)

    def _is_figure(self, core: Core, unit: str | None, hedge: Hedge | None, start: int, end: int, recent: bool) -> bool:
        text = self.text
        if DATE_SPAN in core.notes:
            return False
        if unit == zh.QUARTER and not text.endswith(zh.QUARTER_COUNTED_AFTER, 0, core.start):
            return False  # 三季度 = the third quarter, 前三季度 = three quarters
        if core.bare and hedge is None:
            return False  # 万 alone: only 逾万, 上万, 万余 are figures
        if (
            core.chinese
            and unit in zh.CLASS_UNITS
            and text[core.start - 1 : core.start] == "、"
            and text[core.start - 2 : core.start - 1] in zh.DIGITS
        ):
            return False  # （一、二类）, 三、四级: a list of classes' names, never a count of two classes
        if (
            text[core.start - 1 : core.start] in _RATE_BASE_BEFORE
            and hedge is None
            and core.range is None
            and unit not in DURATION_UNITS
            and self._rate_base(core)
        ):
            return False  # 每十万人口, per 1,000 households: the base of a rate, not a count
        if text[core.start - 1 : core.start] == zh.PER_N and hedge is None and kind_of(unit) is Kind.MEASURE:
            return False  # 每50公斤119元: the quantity a price is per, never a figure of 50公斤
        if unit is None and text.startswith(zh.INDEX_WORD, core.end) and nonfigures.han_before(text, core.start):
            return False  # 沪深300指数, 科创50指数: the name of an index
        if unit is None and core.plain_arabic and text[core.end : core.end + 1] in zh.NAME_AFTER_DIGITS:
            return False  # 住在6楼, 12路公交: a floor, a bus route
        if (
            unit is None
            and text[core.start : core.end] in en.SERVICE_NUMBERS
            and self.lower.startswith(tuple(f" {w}" for w in en.SERVICE_NUMBER_AFTER), core.end)
        ):
            return False  # 999 calls, 101 and online contacts: the emergency and non-emergency lines, no count
        if (
            unit is None
            and hedge is None
            and core.value in _INDEX_BASES
            and text[start - 1 : start] in ("=", " ", "为")
            and _INDEX_BASE_AFTER_RE.match(text, end)
            and _INDEX_BASE_BEFORE_RE.search(text, max(0, start - 16), start)
        ):
            return False  # 102.1（上年=100）, 男女性别比104.3（女=100）: the base, not a figure
        if unit == zh.YEAR_UNIT and text.startswith(zh.PLAN_WORDS, end) and text[core.start - 1 : core.start] == "个":
            return False  # 第十四个五年规划: the plan's name
        if (
            unit in zh.TENOR_UNITS
            and text.startswith(zh.TENOR_MARK, end)
            and text[end + 1 : end + 2] not in zh.NOT_TENOR
        ):
            return False  # 1年期LPR, 10年期国债, 7天期逆回购: a product's term names it, no figure
        if (
            unit in en.TENOR_UNITS
            and text[end - len(unit) - 1 : end - len(unit)] == "-"
            and _EN_TENOR_RE.match(self.lower, end)
        ):
            return False  # the 10-year gilt yield, two-year Treasuries: the bond's term names it, as 10年期国债 does
        label_at = core.end
        if unit is None and text[core.end : core.end + 1] in GAP_CHARS:
            label_at = self._after_gap(core.end)  # 2019年 3 月: still a date
        if (
            unit is None
            and text[label_at : label_at + 1] in _LABEL_AFTER_FIRST
            and LABEL_AFTER_RE.match(text, label_at)
        ) or text.startswith(zh.LABEL_WORDS, core.end):
            return False  # 12月, 3日, 70周年, 十九大: dates and labels
        if (
            unit == zh.FEN
            and text[max(0, core.start - 1) : core.start] in ("时", ":", "点")
            and not text.endswith(zh.HOURS, 0, core.start)
        ):
            return False  # 8时30分: a time of day, not a score (4小时18分 is a duration)
        if unit == "年" and core.plain_arabic and len(str(int(core.value))) == 4 and not hedge:
            return False  # 2019年 is a date
        if core.plain_arabic and nonfigures.english_date(text, self.lower, core.start, core.end):
            return False  # 26 March, March 26, 2 pm
        if (
            core.plain_arabic
            and unit is None
            and hedge is None
            and start == core.start
            and nonfigures.proper_name_before(text, core.start)
        ):
            return False  # English 101, Boeing 747: part of a name
        if unit is None and core.plain_arabic and 1000 <= core.value <= 2999 and not self.strict:
            if nonfigures.year_after_word(self.lower, start):
                return False  # in 2019, since 2016
            if 1900 <= core.value <= 2100 and self.lower[start : core.start].strip() == "over":
                return False  # "an increase of 1.2% over 2024": the year compared with, never more than 2024
            if (
                1900 <= core.value <= 2100
                and self.lower[start : core.start].strip() in ("below", "above")
                and _COMPARED_FIGURE_BEFORE_RE.search(self.lower, max(0, start - 16), start)
            ):
                return False  # "50% below 1990", "4% above 2019": the year compared with, never a bound
            if 1900 <= core.value <= 2100 and _YEAR_LEVELS_AFTER_RE.match(self.lower, end):
                return False  # "53% below 1990 levels", "above pre-pandemic 2019 level": a year, never a bound
            # English writes counts of thousands with a comma (2,023 cases): a bare 1900-2100 amid
            # English words, with no unit or hedge, is a year ("2023 saw fewer cases").
            around = text[max(0, start - 1) : start] + text[end : end + 1]
            if hedge is None and 1900 <= core.value <= 2100 and all(c.isascii() for c in around):
                return False
        if (
            core.chinese
            and not self.strict
            and unit is None
            and hedge is None
            and core.percent_scale is None
            and not core.exact
            and not self._standalone_numeral(core)
        ):
            return False  # 三 alone needs a measure word (三人); 二百五, 三十九 are figures by themselves
        if core.chinese and unit is None and text[core.end : core.end + 1] == zh.CHENG and not self.strict:
            return False  # 约两成人 (about two adults, or about 20% of people?): 成 not read as tenths, no figure
        if text[start - 1 : start] == "-" and nonfigures.age_group_before(self.lower, start):
            return False  # under-five mortality, the under-18s: an age group's name
        if core.words and not self.strict and not self._word_figure(core, unit):
            return False  # "one of the", "two-way", "nineteen seventy-three": no figure
        if (
            unit is None
            and not self.strict
            and (text[end : end + 1] in _CLOCK_AFTER_CHARS or text[start - 1 : start] == " ")
            and nonfigures.clock_reading(self.lower, start, end)
            and core.value <= 24
        ):
            return False  # 9.30 pm, five o'clock, half past five
        if core.chinese and self._quoted_name(start, end):
            return False
        if unit is None and hedge is None and not self.strict and self._quoted_name(start, end, whole=True):
            return False  # “618”购物节, “净网2025”专项行动, 《“健康中国2030”规划纲要》: a bare number in a short name
        numeral = (core.start, core.end) if core.chinese else None
        if self.labels.in_name(start, end, numeral):
            return False
        return not (recent and unit is None)

    def _rate_base(self, core: Core) -> bool:
        """A power of ten from 10 up right after 每 or per (每10万人, 每百户, per 1,000 households) is the base of a
        rate; 每5年 and per 3 are left as they are."""
        if self.text[core.start - 1 : core.start] != zh.PER_N:
            lower, low = self.lower, max(0, core.start - 16)
            if lower.find("per", low, core.start) < 0 and lower.find("every", low, core.start) < 0:
                return False  # most figures: no 'per' or 'for every' before them
            if not EN_PER_BEFORE_RE.search(lower, low, core.start):
                return False
        written = core.value.normalize().as_tuple()
        return (
            written.sign == 0 and written.digits == (1,) and isinstance(written.exponent, int) and written.exponent > 0
        )

    def _standalone_numeral(self, core: Core) -> bool:
        """A Chinese numeral of two or more characters with a place word (二百五, 三十九, 一万) is a figure without a
        measure word; a lone digit (三) is not, nor a decimal in characters (三点五 is as often a time of day), nor a
        numeral right after 月 or 年 (正月十五, 大年三十: a day of the month)."""
        chars = self.text[core.start : core.end].removeprefix(zh.BELOW_ZERO).lstrip(zh.MINUS)
        if len(chars) < 2 or zh.POINT in chars or not any(c in zh.PLACE_CHARS for c in chars):
            return False
        after = self.text[core.end : core.end + 1]
        if after and (after in zh.NAME_AFTER_NUMERAL or (after == zh.RATIO_WORD and self._numeral_at(core.end + 1))):
            return False  # 十一中 (a school), 二十比一 (a score)
        return self.text[core.start - 1 : core.start] not in zh.DAY_AFTER

    def _word_figure(self, core: Core, unit: str | None) -> bool:
        """A well-formed number in words is a figure, with or without a measure word, except: one (a pronoun: one
        of the, the one) and zero (zero tolerance) without a unit; a compound adjective (two-way, five-star); an
        idiom (one or two, nine to five); a capitalised number inside a sentence (the Big Four, Ocean's Eleven);
        hundreds said without "hundred" and no unit (nineteen seventy-three, one fifty: a year or a clock)."""
        text, lower = self.text, self.lower
        magnitude = abs(core.value)
        if magnitude == 1 and unit not in (PERCENT, PP):
            return False
        if magnitude == 0 and unit is None:
            return False
        if text[core.end : core.end + 1] == "-" and text[core.end + 1 : core.end + 2].isalpha():
            hyphened = WORD_RE.match(lower, core.end + 1)
            if hyphened is None or hyphened.group() not in en.HYPHEN_UNITS:
                return False  # two-way, five-star, twenty-something
        if nonfigures.number_idiom(lower, core.start, core.end):
            return False
        if _SUSPENDED_HYPHEN_RE.match(lower, core.end - (text[core.end - 1] == "-")):
            return False  # three- and four-year-olds, two- or three-bedroom: a compound adjective cut short
        first = core.start
        while not text[first].isalpha():
            first += 1
        if text[first].isupper() and not self._sentence_start(first):
            return False  # the Big Four, Group of Seven, Ocean's Eleven: part of a name
        return not (unit is None and _COLLOQUIAL_HUNDREDS_RE.search(lower[core.start : core.end].lstrip("+-")))

    def _quoted_name(self, start: int, end: int, *, whole: bool = False) -> bool:
        """“三台融合”: a numeral inside a short quoted name is part of the name (with ``whole``, also one that is
        the whole quote: “十一”黄金周, “618”)."""
        index = bisect.bisect_right(self.quote_starts, start) - 1
        while index >= 0 and self.quotes[index][0] >= start - 42:
            q_start, q_end = self.quotes[index]
            if q_start <= start and end <= q_end:
                return whole or self.text[q_start:q_end] != self.text[start:end]
            index -= 1
        return False
