"""Units and kinds: the spec's "Units" section and its kinds (count, share, rate, average).

The unit is the measure word or unit of measurement (as written: 千克 stays 千克), percent sign, percentage points,
成 or 折, currency word or sign after (or before) the number; a unit that starts with a numeral character (千瓦,
千克, 兆瓦) is a unit after a figure, never its multiplier (``_unit_start``); a unit per another (公斤/公顷) and a
rate per N (14.3/10万) are one unit.  ``_context`` reads the words around a figure that make a percentage a share
or a rate and a counted figure or a rate per N (每万人, per 1,000 households) an average.  The vocabulary is in
``definitions/``; ``quantity/units.py`` maps a unit to its kind.
"""

from __future__ import annotations

import re
from decimal import Decimal

from factcheck.quantity.definitions import en, zh
from factcheck.quantity.interval import ZERO, exponent
from factcheck.quantity.lazyre import lazy_compile
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
    trie_pattern,
)
from factcheck.quantity.units import PER_BASE_UNITS, PER_MILLE, PER_TEN_THOUSAND, PERCENT, PP

BASIS_POINTS_RE = lazy_compile(r" ?(?:" + "|".join(en.BASIS_POINT_WORDS) + r")(?![a-z])")
_BASIS_POINT = Decimal("0.01")
_BASIS_POINT_ZH_FIRST = frozenset(word[0] for word in zh.BASIS_POINTS)
_BASIS_FIRST = frozenset(word[0] for word in en.BASIS_POINT_WORDS)  # b
PERCENT_ABBREVIATION_RE = lazy_compile(r" ?(?:" + "|".join(en.PERCENT_ABBREVIATIONS) + r")(?![a-z])(?!\.[a-z])")
PP_ABBREVIATION_RE = lazy_compile(r" ?(?:" + "|".join(re.escape(w) for w in en.PP_ABBREVIATIONS) + r")(?![a-z.])")

# A list whose last figure carries 个百分点 gives it to every figure before it that ends in a bare 个: 比重分别下降
# 0.6个、下降0.4个和提高1.0个百分点 is three changes in points, never 0.6 of a thing counted by 个.
_LIST_MARKS = frozenset("、和及与或")
_POINT_VERBS = "(?:下降|提高|上升|增加|减少|回落|降低|扩大|缩小|增长|下滑|回升|上涨|下跌|提升)"
_ELIDED_POINTS_RE = lazy_compile(
    rf"(?:[、和及与或]\s*{_POINT_VERBS}?\s*[+\-−]?\d+(?:\.\d+)?个)*"
    rf"[、和及与或]\s*{_POINT_VERBS}?\s*[+\-−]?\d+(?:\.\d+)?\s*个百分点"
)
_TIMES_MORE_RE = lazy_compile(r"[ -](?:times|fold) (?:" + "|".join(en.TIMES_AMBIGUOUS) + r")(?![a-z])")
_FOLD_RE = lazy_compile(r"-fold(?![a-z])")
_TIMES_RE = lazy_compile(r"[ -]times(?= (?:" + "|".join(w.strip() for w in en.TIMES_AFTER) + r")(?![a-z]))")

_CN_UNITS = sorted(
    [
        *zh.COUNT_UNITS,
        *zh.MEASURE_UNITS,
        *zh.DURATION_UNITS,
        *zh.CURRENCIES,
        *zh.PERCENTAGE_POINTS,
        *zh.PER_MILLE_POINTS,
    ],
    key=len,
    reverse=True,
)
CN_UNIT_RE = lazy_compile(trie_pattern(_CN_UNITS))
_CN_UNIT_FIRST = frozenset(unit[0] for unit in _CN_UNITS)
_EN_UNIT_WORDS = sorted(
    [*en.CURRENCY_WORDS, *en.COUNT_UNITS, *en.MEASURE_UNITS, *en.DURATION_UNITS, *en.PERCENT_WORDS, *en.PP_WORDS],
    key=len,
    reverse=True,
)
_EN_UNIT_RE = lazy_compile(lambda: r" (" + trie_pattern(_EN_UNIT_WORDS) + r")(?![a-z])")  # its trie: 0.5 ms
# a 16-metre telescope, a 2-hour meeting, a 7.5-tonne lorry: a unit joined by a hyphen (never 10-year-old)
_EN_HYPHEN_UNIT_RE = lazy_compile(lambda: r"-(" + trie_pattern(_EN_UNIT_WORDS) + r")(?![a-z-])")
# 千瓦, 千克, 兆瓦: units whose first character is a numeral character or 兆.
_NUMERAL_LED_RE = lazy_compile(
    "|".join(
        map(
            re.escape,
            sorted(
                (u for u in zh.MEASURE_UNITS if u[0] in zh.NUMERAL_CHARS or u[0] == zh.AMBIGUOUS_MULTIPLIER),
                key=len,
                reverse=True,
            ),
        )
    )
)
_MEASURE_WORDS = frozenset(zh.MEASURE_UNITS)
_PER_UNIT_RE = lazy_compile(
    re.escape(zh.PER_UNIT_MARK) + "(?:" + "|".join(sorted(zh.PER_UNIT_DENOMINATORS, key=len, reverse=True)) + ")"
)
PER_BASE_UNIT_RE = lazy_compile("(?:" + "|".join(map(re.escape, PER_BASE_UNITS)) + ")(?![\\d十百千万亿元])")
# kWh, MW, km, kg: case as written, glued to the number or after one space.
_SYMBOL_FIRST = frozenset(symbol[0] for symbol in en.UNIT_SYMBOLS)
_SYMBOL_PER_RE = lazy_compile(" ?(?:" + trie_pattern(en.UNIT_SYMBOLS) + r")/\S*")
# 300 MW, 5kWh, 12km; with a unit it is per (126 mg/dL, 30kg/m2, 3.5t/ha), the whole of it: a bound written after
# it (or higher) is then the figure's, never left behind
SYMBOL_UNIT_RE = lazy_compile(
    " ?(" + trie_pattern(en.UNIT_SYMBOLS) + r"(?:/(?:[A-Za-z]{1,3}[23²³]?))?)(?![A-Za-z0-9²³/])"
)
# a 7.5m-wide road, a 400m-long viaduct: m before a word of size is metres, never million
METRES_BEFORE_SIZE_RE = lazy_compile(r"(m)(?=-(?:wide|long|high|tall|deep|thick)(?![a-z]))")
# the 400m hurdles, a 5m storm surge, 8m high: m before a race or a size is metres, never millions
_M_RE = lazy_compile(r"(m)")
# 9.58s, 46.9s: s glued to a decimal is seconds (the 1990s and a 10s wait are no times)
SECONDS_AFTER_DECIMAL_RE = lazy_compile(r"(?<=\.\d)(s)(?![A-Za-z0-9])|(?<=\.\d\d)(s)(?![A-Za-z0-9])")
_RACE_AFTER_RE = lazy_compile(r"m(?:$|[.,;:)]| (?:in|at|on|and|with|final|finals|heat|heats|race)(?![a-z-]))")
_NOT_LETTER_AFTER_M_RE = lazy_compile(r"m(?![a-z0-9²³])")
_METRES_BEFORE_WORD_RE = lazy_compile(r"(m)(?= (?:" + "|".join(en.METRE_NOUNS_AFTER) + r")(?![a-z-]))")
_RACE_BEFORE_RE = lazy_compile(r"(?<![a-z])(?:" + "|".join(en.RACE_VERBS) + r") the $")
_SIZE_BEFORE_RE = lazy_compile(r"(?<![a-z])(?:" + "|".join(en.SIZE_NOUNS_BEFORE) + r")(?![a-z])[^.;:]{0,20}$")
_FIELD_EVENT_RE = lazy_compile(
    r"\b(?:high jump|long jump|triple jump|pole vault|javelin|discus|hammer throw|shot put|vaulted)\b"
    r"|\bcleared \d+(?:\.\d+)?m to (?:win|take|claim) (?:gold|silver|bronze|the title)\b"
)
_MULTIPLIERS = frozenset("十百千万亿")
_CURRENCY_SIGNS = {**en.CURRENCY_SIGNS, **zh.CURRENCY_PREFIXES}
_CURRENCY_SIGN_RE = lazy_compile(
    "(?:" + "|".join(map(re.escape, sorted(_CURRENCY_SIGNS, key=len, reverse=True))) + ")$"
)
_CURRENCY_WINDOW = max(map(len, _CURRENCY_SIGNS))
_CURRENCY_LAST_CHARS = frozenset(sign[-1] for sign in _CURRENCY_SIGNS)
# The last two characters of each longer sign (RMB , US$) and the one-character signs ($, £): a cheaper test first.
_CURRENCY_LAST_TWO = frozenset(sign[-2:] for sign in _CURRENCY_SIGNS if len(sign) > 1)
_CURRENCY_ONE_CHAR = frozenset(sign for sign in _CURRENCY_SIGNS if len(sign) == 1)

_CLAUSE_BREAK = frozenset("，。；！？,;!?\n\r：:")
_CLAUSE_TAIL_RE = lazy_compile("[" + "".join(sorted(_CLAUSE_BREAK)) + "][^" + "".join(sorted(_CLAUSE_BREAK)) + "]*$")


def _clause_before(text: str, start: int, width: int) -> str:
    """The words before ``start`` in its clause, at most ``width`` characters back."""
    window = text[max(0, start - width) : start]
    cut = None if _CLAUSE_BREAK.isdisjoint(window) else _CLAUSE_TAIL_RE.search(window)
    return window if cut is None else window[cut.start() + 1 :]


_ZH_RATE_RE = lazy_compile("|".join(map(re.escape, zh.RATE_WORDS)))
_ZH_SHARE_RE = lazy_compile("|".join(map(re.escape, zh.SHARE_WORDS)))
_ZH_AVERAGE_RE = lazy_compile("|".join(map(re.escape, zh.AVERAGE_WORDS)))
_EN_RATE_RE = lazy_compile("|".join(map(re.escape, en.RATE_WORDS)))
_EN_SHARE_RE = lazy_compile("|".join(map(re.escape, en.SHARE_WORDS)))
_EN_AVERAGE_RE = lazy_compile("|".join(map(re.escape, en.AVERAGE_WORDS)))
_AVERAGE_AFTER_RE = lazy_compile(r"\s*(?:per |each|a head|on average|/)")
_AVERAGE_AFTER_FIRST = frozenset("peao/")  # what _AVERAGE_AFTER_RE starts with besides whitespace
_EN_AVERAGE_WORDS = en.AVERAGE_WORDS
# A letter every one of those words holds ("" if none does): a window without it holds none of them, and most
# windows (Chinese ones) are told so by one substring test instead of one test per word.
_EN_AVERAGE_MARK = min(frozenset.intersection(*(frozenset(word) for word in _EN_AVERAGE_WORDS)), default="")
_TOTAL_WORDS = (*zh.TOTAL_WORDS, *en.TOTAL_WORDS)
_OF_TARGET_RE = lazy_compile(r" of (?:the |its |their |this year's |the annual )?(?:budget|target|plan|forecast|goal)")
# The base of a per-N rate: 每万人, 每十万人口, 每10万人, 每千人, 每100户; per 1,000 households, per 100,000 people.
_PER_N = zh.PER_N
_PER_UNIT_MARK = zh.PER_UNIT_MARK
_ZH_PER_BASE_RE = lazy_compile(re.escape(zh.PER_N) + r"(?:一?[十百千万亿]+|10+万?|1万)(?![\d.])")
_EN_PER = r"(?<![a-z])(?:" + "|".join(en.PER_WORDS) + r")\s+"
_EN_BASE = (
    r"(?:1(?:0|00|[, ]?000|0[, ]?000|00[, ]?000|[, ]?000[, ]?000)|(?:(?:a|one|ten|a hundred|one hundred)\s+)?"
    r"(?:hundred\s+)?(?:hundred|thousand|million))(?![\d,a-z])"
)
_EN_PER_BASE_RE = lazy_compile(_EN_PER + _EN_BASE)
_EN_PER_BASE_AFTER_RE = lazy_compile(r"\s+(?:[a-z][a-z'\-]*\s+){0,4}?" + _EN_PER + _EN_BASE)
EN_PER_BEFORE_RE = lazy_compile(_EN_PER + "$")
_YUAN_PARTS_RE = lazy_compile(f"(?:零?([{CN_DIGIT_CLASS}])角)?(?:零?([{CN_DIGIT_CLASS}])分)?")

# 六 个 百 分点, 2.4 个百分 点 (text from PDFs): percentage points with spaces inside, never 6 个 and the rest unread.
_SPACED_POINTS_RE = lazy_compile(r"[ \t]*(个?)[ \t]*百[ \t]*分[ \t]*点")
_SPACED_POINTS_FIRST = frozenset(" \t个百")

# "percentage" right after a number without "point(s)": percent to some writers, points cut short to others.
_LONE_PERCENTAGE_RE = lazy_compile(r" percentage(?![a-z])(?! points?(?![a-z]))")

_PERCENT_SIGNS = {"%": (PERCENT, ONE), "‰": (PER_MILLE, ONE), "‱": (PER_TEN_THOUSAND, ONE)}


class UnitReading(SignReading):
    def _metres_at(self, start: int, pos: int) -> re.Match[str] | None:
        """The m at pos is metres, not a million: a 400m-long viaduct, the 400m hurdles, a 5m storm surge, ran the
        100m (a race's distance after a verb of racing), waves of up to 8m."""
        text, lower = self.text, self.lower
        if text[pos : pos + 1] != "m" or self._currency_before(start):
            return None  # £5m long-term, $3m final: money is millions
        found = METRES_BEFORE_SIZE_RE.match(text, pos) or _METRES_BEFORE_WORD_RE.match(lower, pos)
        if found is not None or not _NOT_LETTER_AFTER_M_RE.match(lower, pos):
            return found
        if (
            text[start:pos] in en.RACE_DISTANCES
            and _RACE_AFTER_RE.match(lower, pos)
            and _RACE_BEFORE_RE.search(lower, max(0, start - 12), start)
        ):
            return _M_RE.match(text, pos)  # ran the 100m in 9.58s; never "of the 100m homes"
        if _SIZE_BEFORE_RE.search(lower, max(0, start - 40), start):
            return _M_RE.match(text, pos)
        window = max(0, start - 80)
        left = max([window] + [lower.rfind(mark, window, start) for mark in (";", ". ", "\n", "!", "?")])
        ends = [i for i in (lower.find(mark, pos, pos + 60) for mark in (";", ". ", "\n")) if i >= 0]
        if _FIELD_EVENT_RE.search(lower, left, min([len(lower), pos + 60, *ends])):
            return _M_RE.match(text, pos)  # She cleared 2.06m to take gold: a height in a field event's clause
        return None

    def _figure_ends_at(self, end: int) -> bool:
        text = self.text
        if end < 2 or not ("\u3400" <= text[end - 1] <= "\u9fff"):
            return False  # most dashes: no Chinese measure word right before them
        start = end - 1
        while start > max(0, end - 4) and "\u3400" <= text[start - 1] <= "\u9fff" and text[start - 1] not in zh.DIGITS:
            start -= 1  # back over the measure word (and a multiplier: 万元)
        head = start
        while head < end and text[head] in _MULTIPLIERS:
            head += 1
        if not (text[start - 1 : start].isdigit() or text[start - 1 : start] in zh.DIGITS):
            return False
        unit = CN_UNIT_RE.match(text, head, end) if head < end else None
        return unit is not None and unit.end() == end

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
        if ch in _SPACED_POINTS_FIRST and "点" in text[pos : pos + 16]:
            points = _SPACED_POINTS_RE.match(text, pos)
            if points is not None and " " in points.group().strip(" \t"):
                return ("个百分点" if points.group(1) else "百分点"), ONE, points.end()
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
        if ch == zh.GRADE and not core.chinese:
            return zh.GRADE, ONE, pos + 1  # 风力12级, 4-5级, 7.4级地震: a force or a magnitude (三级医院 names a grade)
        if ch == zh.INDEX_POINT and self._index_point(core, pos):
            return zh.INDEX_POINT, ONE, pos + 1  # 收报3,250.12点, 下跌15.68点: index points
        if ch in _BASIS_POINT_ZH_FIRST and text.startswith(zh.BASIS_POINTS, pos):
            word = next(w for w in zh.BASIS_POINTS if text.startswith(w, pos))
            if any(w in text[max(0, core.start - 24) : core.start] for w in zh.EXCHANGE_RATE_WORDS):
                # 人民币对美元中间价调升86个基点: pips of an exchange rate (0.0001 yuan), never 0.86 pp
                raise Unread(self.original[core.start : pos + len(word)])
            return PP, _BASIS_POINT, pos + len(word)  # 下调25个基点 = 0.25 pp
        if ch == ")" and text[pos + 1 : pos + 2] in _PERCENT_SIGNS and text[core.start - 1 : core.start] == "(":
            unit, scale = _PERCENT_SIGNS[text[pos + 1]]
            return unit, scale, pos + 2  # (3)%, (2.3)%: never the bare 3 with its sign of percent left behind
        if ch == "€":
            return "EUR", ONE, pos + 1  # 20€, 11,69 €: the euro sign after the amount, as much of Europe writes it
        if ch in (zh.CHENG, zh.ZHE) and text[core.start - 1 : core.start] == " " and core.start > 1:
            before = text[core.start - 2]
            if before.isdigit() or before in zh.DIGITS:
                raise Unread(text[core.start - 2 : pos + 1])  # 九 九 折, 7 2 折: 99折 or 9 and 9折, never 9折
        if (
            ch == zh.CHENG
            and core.value <= 10
            and (text[pos + 1 : pos + 2] not in zh.CHENG_NOT_BEFORE or text.startswith(zh.CHENG_SHARE_OF, pos + 1))
        ):
            return PERCENT, TEN, self._tenths_tail(core, pos + 1)
        if ch == zh.ZHE and text[pos + 1 : pos + 2] not in zh.ZHE_NOT_BEFORE and core.range is None:
            if core.value <= 10:
                return PERCENT, TEN, self._tenths_tail(core, pos + 1)
            if 10 < core.value < 100 and exponent(core.value) == 0 and core.group == 1:
                return PERCENT, ONE, pos + 1  # 75折 = 75%
        if ch == _PER_UNIT_MARK:
            base = PER_BASE_UNIT_RE.match(text, pos)
            if base is not None:
                return base.group(), ONE, base.end()  # 14.3/10万: a rate per 100,000
        match = CN_UNIT_RE.match(text, pos) if ch in _CN_UNIT_FIRST else None
        if match is not None and match.group() in zh.UNIT_NOT_BEFORE:
            word_after = text[match.end() : match.end() + 1]
            if word_after and word_after in zh.UNIT_NOT_BEFORE[match.group()]:
                match = None  # 两千瓦房: 瓦 starts a word (瓦房), it is no unit
        if match is not None:
            word = match.group()
            if (
                word == "个"
                and text[match.end() : match.end() + 1] in _LIST_MARKS
                and _ELIDED_POINTS_RE.match(text, match.end())
            ):
                return zh.PERCENTAGE_POINTS[0], ONE, match.end()  # 下降0.6个、提高1.0个百分点: both in points
            if word in _MEASURE_WORDS and text[match.end() : match.end() + 1] == _PER_UNIT_MARK:
                per = _PER_UNIT_RE.match(text, match.end())
                if per is not None:
                    return word + per.group(), ONE, per.end()  # 5506公斤/公顷: a yield, not a mass
            return zh.CURRENCIES.get(word, word), ONE, match.end()
        if ch in (" ", "p") and self.lower[pos + (ch == " ") : pos + (ch == " ") + 1] == "p":
            points = PP_ABBREVIATION_RE.match(self.lower, pos)
            if points is not None:
                return PP, ONE, points.end()  # 3pp, 1.2 ppts: percentage points
            percent = PERCENT_ABBREVIATION_RE.match(self.lower, pos)
            if percent is not None:
                return PERCENT, ONE, percent.end()  # 8.3pc, 7pct: percent
        if ch in (" ", "-", "b", "B"):
            if self.lower.startswith(("times", "fold"), pos + 1):
                ambiguous = _TIMES_MORE_RE.match(self.lower, pos)
                if ambiguous is not None:
                    raise Unread(self.original[core.start : ambiguous.end()])  # three times more: x3 or x4
                times = _TIMES_RE.match(self.lower, pos)
                if times is not None and core.value > 0:
                    return zh.MULTIPLE_UNIT, ONE, times.end()  # 3 times the, 2.5 times as: a multiple
                fold = _FOLD_RE.match(self.lower, pos)
                if fold is not None and core.value > 0:
                    return zh.MULTIPLE_UNIT, ONE, fold.end()  # a 4-fold rise, two-fold: x N, as fourfold is
            first = self.lower[pos + 1 : pos + 2] if ch == " " else self.lower[pos : pos + 1]  # 5BP as 5bp
            basis = BASIS_POINTS_RE.match(self.lower, pos) if first in _BASIS_FIRST else None
            if basis is not None:
                return PP, _BASIS_POINT, basis.end()  # 25 basis points = 0.25 pp
        if ch == "s":
            seconds = SECONDS_AFTER_DECIMAL_RE.match(text, pos)
            if seconds is not None:
                return "s", ONE, seconds.end()  # 9.58s
        if ch == "m":
            metres = self._metres_at(core.start, pos)
            if metres is not None:
                return "m", ONE, metres.end()  # a 400m-long viaduct, the 400m hurdles
        if (text[pos + 1 : pos + 2] if ch == " " else ch) in _SYMBOL_FIRST:
            symbol = SYMBOL_UNIT_RE.match(text, pos)
            if symbol is not None:
                return symbol.group(1), ONE, symbol.end()  # 300 MW, 5kWh, 12km
            per = _SYMBOL_PER_RE.match(text, pos)
            if per is not None:
                raise Unread(self.original[core.start : per.end()])  # 50 mg/kg/day, 5 m/s: never 50 mg or a bare 5
        if ch == " ":
            found = _EN_UNIT_RE.match(self.lower, pos)
            if found is not None:
                word = found.group(1)
                if word in en.PERCENT_WORDS:
                    return PERCENT, ONE, found.end()
                if word in en.PP_WORDS:
                    return PP, ONE, found.end()
                return en.CURRENCY_WORDS.get(word, word), ONE, found.end()
            if _LONE_PERCENTAGE_RE.match(self.lower, pos):
                raise Unread(self.original[core.start : pos + 11])  # 5 percentage: percent or points, never 5
        if ch == "-" and text[pos + 1 : pos + 2].isalpha():
            found = _EN_HYPHEN_UNIT_RE.match(self.lower, pos)
            if found is not None:
                word = found.group(1)
                if word in en.PERCENT_WORDS:
                    return PERCENT, ONE, found.end()
                if word not in en.PP_WORDS:
                    return en.CURRENCY_WORDS.get(word, word), ONE, found.end()
        return None, ONE, pos

    def _tenths_tail(self, core: Core, pos: int) -> int:
        """七成六 = 76%, 三成半 = 35%: a digit after 成 is one place below it."""
        text = self.text
        if core.range is not None or exponent(core.value) < 0 or not 0 < core.value < 10:
            return pos
        written = pos
        while text[pos : pos + 1] == " " and text[pos + 1 : pos + 2] in (" ", zh.HALF, *zh.DIGITS):
            pos += 1  # 七成 六 (text from PDFs) = 七成六, never 七成 with 六 left unread
        ch = text[pos : pos + 1]
        nxt = text[pos + 1 : pos + 2]
        if nxt and (nxt in zh.NUMERAL_CHARS or nxt.isdigit() or CN_UNIT_RE.match(text, pos + 1)):
            return written  # 三成六个: the digit starts another figure
        if ch == zh.HALF:
            digit = 5
        elif ch in zh.DIGITS and zh.DIGITS[ch] > 0:
            digit = zh.DIGITS[ch]
        else:
            return written
        core.value += Decimal(digit) / 10
        core.half = Decimal("0.05")
        core.g_a = Decimal("0.1")
        return pos + 1

    def _currency_prefix(self, start: int) -> int:
        if self.text[start - 1 : start] not in _CURRENCY_LAST_CHARS:
            return start  # most figures: no currency sign can end right before them
        if self.text[start - 1 : start] not in _CURRENCY_ONE_CHAR and (
            self.text[max(0, start - 2) : start] not in _CURRENCY_LAST_TWO
        ):
            return start  # 5 people: a space, but no RMB or USD before it
        match = _CURRENCY_SIGN_RE.search(self.text, max(0, start - _CURRENCY_WINDOW), start)
        if match is None:
            return start
        before = self.text[match.start() - 1 : match.start()] if match.start() else ""
        if before.isascii() and before.isalpha() and (match.group() == "$" or match.group()[0].isalpha()):
            return start  # J$, TT$: a dollar of some country this reader does not know, never US dollars
        if before.isdigit() or before in zh.NUMERAL_CHARS:
            return start  # 121港币100元: 港币 is the unit of the figure before, not this one's sign
        return match.start()

    def _currency_of(self, start: int, number_start: int) -> str | None:
        if start == number_start:
            return None
        match = _CURRENCY_SIGN_RE.search(self.text, start, number_start)
        return _CURRENCY_SIGNS[match.group()] if match else None

    def _context(self, start: int, end: int, unit: str | None, kind_scale: Decimal) -> str | None:
        """share (capped at 100%), rate (may pass 100%) or average (need not be whole), from the words around."""
        text = self.lower
        window = _clause_before(text, start, 24)
        if unit is None:
            if (
                (_PER_N in window and _ZH_PER_BASE_RE.search(window))
                or (("per" in window or "every" in window) and _EN_PER_BASE_RE.search(window))
                or (
                    (text.find("per", end, end + 64) >= 0 or text.find("every", end, end + 64) >= 0)
                    and _EN_PER_BASE_AFTER_RE.match(text, end)
                )
            ):
                return AVERAGE  # 每万车死亡率1.8, 101.9 victimizations per 1,000 households: a rate per N
            return None
        if unit in PER_BASE_UNITS or _PER_UNIT_MARK in unit:
            return AVERAGE  # 14.3/10万, 5506公斤/公顷: a rate per N or per unit
        if unit in (PERCENT, PER_MILLE, PER_TEN_THOUSAND):
            if _ZH_RATE_RE.search(window) or _EN_RATE_RE.search(window) or _OF_TARGET_RE.match(text, end):
                return RATE
            if kind_scale == TEN or _ZH_SHARE_RE.search(window) or _EN_SHARE_RE.search(window):
                return SHARE
            if text.startswith(" of ", end):
                return SHARE
            return None
        if unit == PP:
            return None
        # Every Chinese average word holds 均 or 每 and the English ones are plain words: substring tests say what
        # _ZH_AVERAGE_RE and _EN_AVERAGE_RE would, without a regex (tests/quantity/test_guards.py).
        if (
            "均" in window
            or "每" in window
            or (_EN_AVERAGE_MARK in window and any(word in window for word in _EN_AVERAGE_WORDS))
        ):
            return AVERAGE
        after = text[end : end + 1]
        if after and (after in _AVERAGE_AFTER_FIRST or after.isspace()) and _AVERAGE_AFTER_RE.match(text, end):
            return AVERAGE
        # "The average household size fell from 2.40 to 2.38 people": an average named further back in the clause
        wide = _clause_before(text, start, 64)
        if "average" in wide or "median" in wide:
            return AVERAGE
        return None

    def _index_point(self, core: Core, pos: int) -> bool:
        """点 after a number in a clause that names an index or a close (上证指数收报3,250.12点, 恒指收跌216点): index
        points; never 3点 or 3点半 (a time of day)."""
        text = self.text
        if text[pos + 1 : pos + 2] in zh.INDEX_POINT_NOT_BEFORE and text[pos + 1 : pos + 2]:
            return False
        if text.endswith(zh.TIME_OF_DAY_BEFORE, max(0, core.start - 4), core.start):
            return False  # 指数于下午3点发布: the hour
        if self.strict and (core.value > 24 or core.value != core.value.to_integral_value()):
            return True  # a figure given alone (a claim's value: 3,250.12点) that no clock shows: index points
        # a close in its clause (收报, 收跌), or an index named in its sentence (沪指涨0.35%，报3,087.53点)
        window = _clause_before(text, core.start, 24)
        nearby = text[max(0, core.start - 40) : core.start]
        return any(cue in window for cue in zh.INDEX_CLOSE_WORDS) or any(name in nearby for name in zh.INDEX_NAMES)

    def _totalled(self, start: int) -> bool:
        """A total word stands before the figure in its clause (共有, 合计, in total): a count, never a mean."""
        window = _clause_before(self.lower, start, 24)
        return any(word in window for word in _TOTAL_WORDS)

    def _led_unit_at(self, pos: int) -> bool:
        """A unit that starts with a numeral character or 兆 stands at pos (千瓦, 千克, 兆瓦; not 千卡 in 三千卡车)."""
        match = _NUMERAL_LED_RE.match(self.text, pos)
        if match is None:
            return False
        after = self.text[match.end() : match.end() + 1]
        return not (after and after in zh.UNIT_NOT_BEFORE.get(match.group(), ""))

    def _unit_start(self, pos: int, end: int) -> int:
        """Where in text[pos:end] a unit that starts with 千 begins, or end: 9.83亿千瓦时 is 9.83亿 and 千瓦时, 3.5千克
        is 3.5 and 千克, never the numerals 9.83亿千 or 3.5千 (the longest unit wins over a multiplier)."""
        found = self.text.find("千", pos, end)
        while found >= 0:
            if self._led_unit_at(found):
                return found
            found = self.text.find("千", found + 1, end)
        return end
