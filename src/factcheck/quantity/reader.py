"""Finding and reading figures in Chinese and English text.

``find_quantities`` scans a passage and returns every figure with its span;
``parse_quantity`` reads one expression and explains what is wrong when it is
not a single figure.  Both share one scanner, so a figure reads the same in a
claim's ``value:`` as in the article around it.

The semantics are those of ``docs/quantities.md``: a figure is the interval a
careful reader gives it (rounding, hedges such as 多, 约, 以上, ranges such as
数十万), never a bare point unless it is written as an exact integer.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal

from factcheck.errors import IntervalError, QuantityError
from factcheck.quantity.interval import INF, NEG_INF, ZERO, Interval, exponent
from factcheck.quantity.model import DEFAULT_SETTINGS, SHARE, SHARE_RANGE, Hedge, Quantity, ReadingSettings
from factcheck.quantity.normalize import normalize
from factcheck.quantity.numerals import (
    DIGITS,
    GROUP_UNITS,
    NUMERAL_CHARS,
    SMALL_UNITS,
    is_digit_sequence,
    read_chinese,
)
from factcheck.quantity.units import (
    CHINESE_COUNT_UNITS,
    CHINESE_DURATION_UNITS,
    CURRENCIES,
    CURRENCY_PREFIXES,
    ENGLISH_COUNT_UNITS,
    ENGLISH_DURATION_UNITS,
    ENGLISH_UNITS,
    PERCENT,
    PP,
    RECENT_TIME_UNITS,
    kind_of,
)

MAX_EXPRESSION_CHARS = 500
MAX_DIGITS = 30

_TEN = Decimal(10)
_HALF = Decimal("0.5")

# -- hedge words --------------------------------------------------------------
_PREFIX_HEDGES: dict[str, Hedge] = {
    "大约": Hedge.APPROX,
    "约为": Hedge.APPROX,
    "大概": Hedge.APPROX,
    "约": Hedge.APPROX,
    "将近": Hedge.NEAR,
    "接近": Hedge.NEAR,
    "近": Hedge.NEAR,
    "超过": Hedge.MORE_THAN,
    "多于": Hedge.MORE_THAN,
    "高于": Hedge.MORE_THAN,
    "大于": Hedge.MORE_THAN,
    "逾": Hedge.MORE_THAN,
    "超": Hedge.MORE_THAN,
    "不少于": Hedge.AT_LEAST,
    "不低于": Hedge.AT_LEAST,
    "至少": Hedge.AT_LEAST,
    "最少": Hedge.AT_LEAST,
    "不超过": Hedge.AT_MOST,
    "不多于": Hedge.AT_MOST,
    "不高于": Hedge.AT_MOST,
    "不大于": Hedge.AT_MOST,
    "至多": Hedge.AT_MOST,
    "最多": Hedge.AT_MOST,
    "不足": Hedge.LESS_THAN,
    "不到": Hedge.LESS_THAN,
    "不满": Hedge.LESS_THAN,
    "未满": Hedge.LESS_THAN,
    "少于": Hedge.LESS_THAN,
    "低于": Hedge.LESS_THAN,
    "小于": Hedge.LESS_THAN,
}
_ENGLISH_PREFIX_HEDGES: dict[str, Hedge] = {
    "more than": Hedge.MORE_THAN,
    "over": Hedge.MORE_THAN,
    "above": Hedge.MORE_THAN,
    "in excess of": Hedge.MORE_THAN,
    "exceeding": Hedge.MORE_THAN,
    "upwards of": Hedge.MORE_THAN,
    "at least": Hedge.AT_LEAST,
    "no less than": Hedge.AT_LEAST,
    "no fewer than": Hedge.AT_LEAST,
    "not less than": Hedge.AT_LEAST,
    "a minimum of": Hedge.AT_LEAST,
    "up to": Hedge.AT_MOST,
    "at most": Hedge.AT_MOST,
    "no more than": Hedge.AT_MOST,
    "not more than": Hedge.AT_MOST,
    "a maximum of": Hedge.AT_MOST,
    "less than": Hedge.LESS_THAN,
    "fewer than": Hedge.LESS_THAN,
    "under": Hedge.LESS_THAN,
    "below": Hedge.LESS_THAN,
    "about": Hedge.APPROX,
    "around": Hedge.APPROX,
    "roughly": Hedge.APPROX,
    "approximately": Hedge.APPROX,
    "an estimated": Hedge.APPROX,
    "some": Hedge.APPROX,
    "circa": Hedge.APPROX,
    "nearly": Hedge.NEAR,
    "almost": Hedge.NEAR,
    "close to": Hedge.NEAR,
    "just under": Hedge.NEAR,
}
_SUFFIX_HEDGES: dict[str, Hedge] = {
    "及以上": Hedge.AT_LEAST,
    "或以上": Hedge.AT_LEAST,
    "以上": Hedge.AT_LEAST,
    "及以下": Hedge.AT_MOST,
    "以下": Hedge.AT_MOST,
    "以内": Hedge.AT_MOST,
    "之内": Hedge.AT_MOST,
    "左右": Hedge.APPROX,
    "上下": Hedge.APPROX,
}
_ENGLISH_SUFFIX_HEDGES: dict[str, Hedge] = {
    "or more": Hedge.AT_LEAST,
    "or above": Hedge.AT_LEAST,
    "and above": Hedge.AT_LEAST,
    "or less": Hedge.AT_MOST,
    "or fewer": Hedge.AT_MOST,
    "or so": Hedge.APPROX,
}
# 约 closes many words (节约 saves, 制约 constrains): after these it is no hedge.
_NOT_BEFORE_YUE = frozenset("节制签契预邀相违履婚公条特誓")
_MORE_WORDS = ("多", "余")

# -- things that look like figures but are not ----------------------------------
_NAMES = (
    "十一五 十二五 十三五 十四五 十五五 一带一路 两会 三农 八项规定 十八大 十九大 二十大 十八届 十九届 二十届 "
    "一国两制 两学一做 三严三实 四个全面 四个意识 四个自信 两个维护 两个确立 五位一体 八类严重暴力 三去一降一补 "
    "一把手 一线 一体化 千方百计 一心一意 三令五申 四面八方 五湖四海 十全十美 千家万户 万无一失 九死一生 "
    "一五一十 七上八下 乱七八糟 三番五次 三心二意 四通八达 五花八门 十拿九稳 千辛万苦 千军万马 万众一心 "
    "一清二楚 独一无二 接二连三 三五成群 半斤八两 一举两得 两面三刀 颠三倒四 说三道四 丢三落四 低三下四 "
    "百花齐放 百家争鸣 千载难逢 万紫千红 千变万化 成千上万 千丝万缕 一干二净 一穷二白 亿万 千千万万 "
    "万万 百分百 十分 百姓 百货 万一"
).split()
_NAMES_RE = re.compile("|".join(sorted(map(re.escape, _NAMES), key=len, reverse=True)))
_LABELS = ("周年", "年代")  # 70周年, 1990年代: anniversaries and decades, whatever follows
_LABEL_SUFFIXES = ("月", "日", "号", "时", "点", "大", "中全会", "热线", "报警", "专线")  # 12月, 十九大, 12345热线
_CLAUSE_BREAK = frozenset("，。；！？,;!?\n\r：:")
_SHARE_WORDS = ("率", "占", "比例", "比重", "份额", "share", "rate", "proportion")
_CHANGE_WORDS = (
    "增长",
    "下降",
    "上升",
    "增加",
    "减少",
    "同比",
    "环比",
    "增幅",
    "降幅",
    "涨",
    "降",
    "增速",
    "growth",
    "rose",
    "rise",
    "fell",
    "fall",
    "increase",
    "decrease",
    "up ",
    "down ",
)
_CHENG_NOT_BEFORE = frozenset("功为立员本果绩交就长型品熟年都人效分份败像才全套批")

# -- regular expressions -----------------------------------------------------
_ARABIC_RE = re.compile(r"(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?")
_CN_MULT_RE = re.compile(r"[十百千](?:万亿|万|亿)?|万亿|万|亿")
_EN_MULT_RE = re.compile(r" ?(thousand|million|billion|trillion|bn)\b", re.IGNORECASE)
_EN_MULTIPLIERS = {
    "thousand": Decimal(10**3),
    "million": Decimal(10**6),
    "billion": Decimal(10**9),
    "trillion": Decimal(10**12),
    "bn": Decimal(10**9),
}
_EN_RANGE_RE = re.compile(
    r"\b(tens|hundreds|thousands|millions|billions)(?: of (thousands|millions|billions))?(?: of\b)?", re.IGNORECASE
)
_EN_RANGE_UNITS = {
    "tens": Decimal(10),
    "hundreds": Decimal(100),
    "thousands": Decimal(10**3),
    "millions": Decimal(10**6),
    "billions": Decimal(10**9),
}
_WORD_NUMBERS = {
    word: number
    for number, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
        "seventeen eighteen nineteen twenty".split()
    )
}
_WORD_NUMBERS.update({"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90})
_WORD_NUMBER_RE = re.compile(
    r"\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(one|two|three|four|five|six|seven|eight|nine)\b|\b("
    + "|".join(sorted(_WORD_NUMBERS, key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)
_CANDIDATE_RE = re.compile(
    r"\d|[" + "".join(sorted(NUMERAL_CHARS - {"点"})) + r"]|百分之|千分之|"
    r"(?i:\b(?:tens|hundreds|thousands|millions|billions) of\b)|"
    r"(?i:\b(?:" + "|".join(sorted(_WORD_NUMBERS, key=len, reverse=True)) + r")\b)"
)
_MIXED_PART_RE = re.compile(r"(\d+)([十百千](?:万)?|万)")
_NUMBER_SIGN = re.compile(r"(?:\bno\.?|\bnumber|№)\s*$")
_DATE_SPAN = re.compile(r"\d{1,2}\s*[-–—~至到、]\s*\d{1,2}\s*(?:月|日|号)")
_ENGLISH_AFTER = ("thousand", "million", "billion", "trillion", "bn")
_MEASURE_AFTER = re.compile(r"[%‰万亿千百]")
_YEAR_BEFORE = re.compile(r"\b(?:in|since|by|until|from|to|during|of|year)\s$")
_CN_RUN_RE = re.compile("[" + "".join(sorted(NUMERAL_CHARS)) + "]+")

_CN_UNITS = tuple(
    sorted([*CHINESE_COUNT_UNITS, *CHINESE_DURATION_UNITS, *CURRENCIES, "个百分点", "百分点"], key=len, reverse=True)
)
_EN_UNIT_WORDS = sorted(
    [
        *ENGLISH_UNITS,
        *ENGLISH_COUNT_UNITS,
        *ENGLISH_DURATION_UNITS,
        "percent",
        "per cent",
        "percentage points",
        "percentage point",
    ],
    key=len,
    reverse=True,
)
_PREFIX_BY_LENGTH = sorted(_PREFIX_HEDGES, key=len, reverse=True)
_ENGLISH_PREFIX_BY_LENGTH = sorted(_ENGLISH_PREFIX_HEDGES, key=len, reverse=True)
_SUFFIX_BY_LENGTH = sorted(_SUFFIX_HEDGES, key=len, reverse=True)
_ENGLISH_SUFFIX_BY_LENGTH = sorted(_ENGLISH_SUFFIX_HEDGES, key=len, reverse=True)
_CURRENCY_SIGNS = sorted(CURRENCY_PREFIXES, key=len, reverse=True)
_EN_UNIT_RE = re.compile(r" (" + "|".join(map(re.escape, _EN_UNIT_WORDS)) + r")\b", re.IGNORECASE)


@dataclass(slots=True)
class _Core:
    """A number as written, before unit and hedges: V and its precision."""

    start: int
    end: int
    value: Decimal
    half: Decimal  # half-width of plain rounding (0: exact)
    g_a: Decimal  # place of the last non-zero digit (or decimal unit) times the multiplier
    last_unit: Decimal  # unit of the last written digit times the multiplier
    group: Decimal  # trailing group multiplier (万, 亿, million), 1 when none
    chinese: bool = False
    bare: bool = False  # a lone multiplier such as 万: a figure only with a hedge
    plain_arabic: bool = False  # digits only, no separator, decimal point or multiplier
    range: Interval | None = None
    hedge_text: str | None = None
    hedge: Hedge | None = None
    percent_scale: Decimal | None = None  # the core is itself a share (百分之, 成, ‰)
    words: bool = False  # written in English words (five, twenty-five)


def _last_nonzero_place(value: Decimal) -> Decimal:
    """Place of the last written non-zero digit; a written decimal fixes it at the decimal unit."""
    exp = exponent(value)
    if exp < 0:
        return Decimal(1).scaleb(exp)
    integer = int(value)
    if integer == 0:
        return Decimal(1)
    place = 1
    while integer % 10 == 0:
        integer //= 10
        place *= 10
    return Decimal(place)


def _last_digit_unit(value: Decimal) -> Decimal:
    exp = exponent(value)
    return Decimal(1).scaleb(exp) if exp < 0 else Decimal(1)


def _core_from_number(
    start: int, end: int, mantissa: Decimal, multiplier: Decimal, group: Decimal, *, chinese: bool
) -> _Core:
    """Precision of ``mantissa x multiplier`` where ``group`` is the trailing 万/亿/million."""
    value = mantissa * multiplier
    decimal_mantissa = exponent(mantissa) < 0
    if decimal_mantissa:
        unit = _last_digit_unit(mantissa) * multiplier
        return _Core(start, end, value, unit * _HALF, unit, unit, group, chinese=chinese)
    if group > 1:
        half = group * _HALF
        last_unit = group
    else:
        half = ZERO
        last_unit = Decimal(1)
    return _Core(start, end, value, half, _last_nonzero_place(value), last_unit, group, chinese=chinese)


class _Scanner:
    def __init__(self, original: str, settings: ReadingSettings, *, strict: bool, include_one: bool = False) -> None:
        self.include_one = include_one
        self.original = original
        self.text = normalize(original)
        self.lower = self.text.lower()
        self.settings = settings
        self.strict = strict
        self.name_spans = [m.span() for m in _NAMES_RE.finditer(self.text)]
        self.name_starts = [s for s, _ in self.name_spans]
        self.quotes = self._quote_spans()

    # -- the scan --------------------------------------------------------------
    def scan(self) -> list[Quantity]:
        found: list[Quantity] = []
        pos = 0
        text = self.text
        while True:
            match = _CANDIDATE_RE.search(text, pos)
            if match is None:
                break
            i = match.start()
            quantity, resume = self._figure_at(i)
            if quantity is not None:
                found.append(quantity)
                pos = max(quantity.end, i + 1)
            else:
                pos = max(resume, i + 1)
        return found

    def _figure_at(self, i: int) -> tuple[Quantity | None, int]:
        """The figure whose number starts at i, and where to resume scanning."""
        text = self.text
        ch = text[i]
        if ch.isdigit() and ch.isascii():
            core = self._arabic(i)
            resume = _ARABIC_RE.match(text, i)
            resume_at = resume.end() if resume else i + 1
        elif self.lower.startswith(("tens of", "hundreds of", "thousands of", "millions of", "billions of"), i):
            core = self._english_range(i)
            resume_at = i + 1
        elif ch.isascii() and ch.isalpha():
            core = self._english_word(i)
            resume_at = core.end if core else i + 1
        else:
            core, resume_at = self._chinese(i)
        if core is None:
            return None, resume_at
        quantity = self._complete(core)
        return quantity, (quantity.end if quantity else max(core.end, resume_at))

    # -- numbers -------------------------------------------------------------------
    def _arabic(self, i: int) -> _Core | None:
        text = self.text
        match = _ARABIC_RE.match(text, i)
        if match is None:
            return None
        prev = text[i - 1] if i > 0 else ""
        glued_to_letters = bool(prev) and prev.isascii() and prev.isalpha()
        if prev and prev in "._#":
            return None  # v1.2, x_3, #5: versions and numbers of things
        if prev in ("-", "/") and i >= 2 and text[i - 2].isascii() and text[i - 2].isalpha():
            return None  # COVID-19, A/3
        # Look back a few characters only: a pattern anchored at $ would otherwise rescan the whole prefix.
        if prev == "第" or _NUMBER_SIGN.search(self.lower, max(0, i - 12), i):
            return None  # 第3季度, No. 5: ordinals
        end = match.end()
        raw = match.group()
        digits = raw.replace(",", "")
        if len(digits.replace(".", "")) > MAX_DIGITS:
            if self.strict:
                raise QuantityError(f"number too long: {len(digits)} digits (at most {MAX_DIGITS})")
            return None
        nxt = text[end : end + 2]
        if nxt[:1] == "." and nxt[1:2].isdigit():
            return None  # 1.2.3
        if nxt[:1] == "+" and (nxt[1:2].isalnum()):
            return None  # 6+N: a named method
        if re.match(r"\d{4}\s*[-–—~至到]\s*\d{4}", text[i : i + 16]) and 1000 <= int(digits[:4]) <= 2999:
            return None  # 2016-2020: a span of years
        if i >= 2 and prev in "-–—~至到" and re.match(r"\d{4}", text[i - 5 : i - 1]) and len(digits) == 4:
            return None
        if _DATE_SPAN.match(text, i):
            return None  # 1-11月, 3、4月, 1至11月: spans of months and days
        if (nxt[:1] == ":" and nxt[1:2].isdigit()) or (prev == ":" and i >= 2 and text[i - 2].isdigit()):
            return None  # 10:30, 1:1: times and ratios
        mantissa = Decimal(digits)
        start = i
        if prev and prev in "-−" and (i < 2 or text[i - 2].isspace() or text[i - 2] in "(（:：="):
            mantissa = -mantissa
            start = i - 1
        core = self._multiplied(start, end, mantissa)
        core.plain_arabic = core.end == end and raw.isdigit()
        after = text[core.end : core.end + 1]
        if after.isascii() and after.isalpha() and not self.lower.startswith(_ENGLISH_AFTER, core.end):
            return None  # 5G, 3D, 10x: a name, not a figure
        if glued_to_letters and not (_MEASURE_AFTER.match(text, end) or text.startswith(_CN_UNITS, end)):
            return None  # G20, MP3: names; GDP8万元 and CPI2.5% carry a measure and are figures
        return core

    def _multiplied(self, start: int, end: int, mantissa: Decimal) -> _Core:
        """A number followed by 万/亿/千万/million..., with rule (b) hedges and mixed forms (1万2千)."""
        text = self.text
        more_before: str | None = None
        pos = end
        if text[pos : pos + 1] in (*_MORE_WORDS, "几") and _CN_MULT_RE.match(text, pos + 1):
            more_before = text[pos]
            pos += 1
        cn = _CN_MULT_RE.match(text, pos)
        if cn and not (more_before and cn.group()[-1] not in "万亿"):
            chain = cn.group()
            multiplier = _chain_value(chain)
            group = _trailing_group(chain)
            pos = cn.end()
            if more_before:
                # Rule (b): N多万 -> [N*M, (N + g_N)*M), g_N the place of N's last non-zero digit.
                step = _last_nonzero_place(mantissa) * multiplier
                low = mantissa * multiplier
                core = _core_from_number(start, pos, mantissa, multiplier, group, chinese=False)
                core.range = Interval(low, low + step, True, False)
                core.hedge, core.hedge_text = Hedge.MORE, more_before
                return core
            total = mantissa * multiplier
            # Mixed forms: 1万2千, 3亿5000万 - further parts with smaller multipliers.
            while group > 1:
                part = _MIXED_PART_RE.match(text, pos)
                if not part:
                    break
                value = _chain_value(part.group(2))
                if value >= group:
                    break
                total += Decimal(part.group(1)) * value
                pos = part.end()
                group = _trailing_group(part.group(2))
            if total != mantissa * multiplier:
                mantissa, multiplier = (total / group, group) if group > 1 else (total, Decimal(1))
            return _core_from_number(start, pos, mantissa, multiplier, group, chinese=False)
        en = _EN_MULT_RE.match(text, pos)
        if en and not more_before:
            multiplier = _EN_MULTIPLIERS[en.group(1).lower()]
            return _core_from_number(start, en.end(), mantissa, multiplier, multiplier, chinese=False)
        return _core_from_number(start, end, mantissa, Decimal(1), Decimal(1), chinese=False)

    def _chinese(self, i: int) -> tuple[_Core | None, int]:
        text = self.text
        if text.startswith(("百分之", "千分之"), i):
            return self._per_hundred(i)
        run = _CN_RUN_RE.match(text, i)
        if run is None:
            return None, i + 1
        chars = run.group()
        end = run.end()
        if i > 0 and text[i - 1] in NUMERAL_CHARS:
            return None, end
        if self._in_name(i, end):
            return None, end
        prev = text[i - 1] if i > 0 else ""
        if prev == "第":
            return None, end
        # 数十万, 几百: [2U, 10U); 上千, 上万: [U, 10U).
        if prev in ("数", "几", "上") and all(c in SMALL_UNITS or c in GROUP_UNITS for c in chars):
            unit = _chain_value(chars)
            factor = self.settings.shu_lower_factor if prev != "上" else Decimal(1)
            core = _Core(i - 1, end, unit * factor, ZERO, unit, unit, _trailing_group(chars), chinese=True)
            core.range = Interval(unit * factor, unit * _TEN, True, False)
            core.hedge, core.hedge_text = Hedge.RANGE, prev
            return core, end
        adjacent = self._adjacent_range(i, chars)
        if adjacent is not None:
            return adjacent, end
        if is_digit_sequence(chars):
            return None, end
        number = read_chinese(chars)
        if number is None:
            if chars in ("万", "亿", "百", "千", "万亿", "百万", "千万"):
                value = _chain_value(chars)
                group = _trailing_group(chars)
                core = _core_from_number(i, end, Decimal(1), value, group, chinese=True)
                core.bare = True
                return core, end
            return None, end
        if chars in ("一", "壹") and not (self.include_one or (self.strict and i == self._expression_start())):
            return None, end  # 一 alone is the indefinite article: 一场, 一份, 之一
        multiplier = Decimal(number.multiplier)
        core = _core_from_number(i, end, number.mantissa, multiplier, multiplier, chinese=True)
        if number.multiplier == 1 and text[end : end + 1] in (*_MORE_WORDS, "几"):
            nxt = _CN_MULT_RE.match(text, end + 1)
            if nxt and nxt.group()[-1] in "万亿":
                # Rule (b): 十多万 -> [10万, 20万).
                chain = nxt.group()
                mult = _chain_value(chain)
                low = number.mantissa * mult
                step = _last_nonzero_place(number.mantissa) * mult
                core = _core_from_number(i, nxt.end(), number.mantissa, mult, _trailing_group(chain), chinese=True)
                core.range = Interval(low, low + step, True, False)
                core.hedge, core.hedge_text = Hedge.MORE, text[end]
                return core, nxt.end()
        return core, end

    def _adjacent_range(self, i: int, chars: str) -> _Core | None:
        """两三百 -> [200, 400): two adjacent digits then an optional multiplier."""
        if len(chars) < 2 or chars[0] not in DIGITS or chars[1] not in DIGITS:
            return None
        a, b = DIGITS[chars[0]], DIGITS[chars[1]]
        if a == 0 or b != a + 1:
            return None
        rest = chars[2:]
        if rest and not _CN_MULT_RE.fullmatch(rest):
            return None
        unit = _chain_value(rest) if rest else Decimal(1)
        core = _Core(i, i + len(chars), a * unit, ZERO, unit, unit, _trailing_group(rest), chinese=True)
        core.range = Interval(a * unit, (b + 1) * unit, True, False)
        core.hedge, core.hedge_text = Hedge.RANGE, chars[:2]
        return core

    def _per_hundred(self, i: int) -> tuple[_Core | None, int]:
        """百分之二十九点二 (percent), 千分之五 (per mille)."""
        text = self.text
        body = i + 3
        arabic = _ARABIC_RE.match(text, body)
        if arabic:
            mantissa = Decimal(arabic.group().replace(",", ""))
            end = arabic.end()
        else:
            run = _CN_RUN_RE.match(text, body)
            if run is not None and run.group() == "百":
                mantissa, end = Decimal(100), run.end()  # 百分之百: all of it
            else:
                number = read_chinese(run.group()) if run else None
                if run is None or number is None or number.multiplier != 1:
                    return None, body
                mantissa, end = number.mantissa, run.end()
        scale = Decimal(1) if text[i] == "百" else Decimal("0.1")
        core = self._percent_core(i, end, mantissa, scale)
        core.chinese = arabic is None
        return core, end

    def _percent_core(self, start: int, end: int, mantissa: Decimal, scale: Decimal) -> _Core:
        """Percent-like figures are rounded at their last written digit; value in percent units."""
        unit = _last_digit_unit(mantissa) * scale
        core = _Core(start, end, mantissa * scale, unit * _HALF, _last_nonzero_place(mantissa) * scale, unit, scale)
        core.percent_scale = scale
        return core

    def _english_word(self, i: int) -> _Core | None:
        """five, twenty-five: numbers written in words (in prose, only before a unit: 'five years')."""
        match = _WORD_NUMBER_RE.match(self.lower, i)
        if match is None:
            return None
        if match.group(1):
            value = _WORD_NUMBERS[match.group(1)] + _WORD_NUMBERS[match.group(2)]
        else:
            value = _WORD_NUMBERS[match.group(3)]
        core = _core_from_number(i, match.end(), Decimal(value), Decimal(1), Decimal(1), chinese=False)
        core.words = True
        return core

    def _english_range(self, i: int) -> _Core | None:
        match = _EN_RANGE_RE.match(self.lower, i)
        if match is None:
            return None
        unit = _EN_RANGE_UNITS[match.group(1)]
        if match.group(2):
            unit *= _EN_RANGE_UNITS[match.group(2)]
        low = unit * self.settings.shu_lower_factor
        core = _Core(i, match.end(), low, ZERO, unit, unit, unit)
        core.range = Interval(low, unit * _TEN, True, False)
        core.hedge, core.hedge_text = Hedge.RANGE, self.original[i : match.end()]
        return core

    # -- unit, hedges, exclusions ------------------------------------------------
    def _complete(self, core: _Core) -> Quantity | None:
        text = self.text
        pos = core.end
        hedge, hedge_text = core.hedge, core.hedge_text
        # Rule (c) and (a): 15万多, 6000多, 200余, and 十几 (几 after a Chinese numeral, like 多).
        more = text[pos : pos + 1]
        if hedge is None and (more in _MORE_WORDS or (more == "几" and core.chinese and not core.bare)):
            step = core.last_unit if core.group > 1 else core.g_a
            if core.percent_scale is None:
                core.range = Interval(core.value, core.value + step, True, False)
                hedge, hedge_text = Hedge.MORE, text[pos]
                pos += 1
        unit: str | None = None
        if hedge is None and text.startswith("个多", pos):
            # 两个多月: 多 between the measure word and the time unit.
            for word in ("个月", "个小时", "个星期", "个季度"):
                if text.startswith(word[1:], pos + 2):
                    core.range = Interval(core.value, core.value + core.g_a, True, False)
                    hedge, hedge_text = Hedge.MORE, "多"
                    unit, kind_scale, pos = word, Decimal(1), pos + 1 + len(word)
                    break
        if unit is None:
            unit, kind_scale, pos = self._unit(core, pos)
        if unit in (PERCENT, PP, "个百分点", "百分点") and core.percent_scale is None:
            # Percentages are rounded at their last written digit, integers too: 98% is [97.5, 98.5].
            core.half = _last_digit_unit(core.value) * _HALF
        if hedge is None and kind_scale == _TEN and text[pos : pos + 1] in _MORE_WORDS:
            # 三成多: 多 after 成 is rule (a) in tenths, [30%, 40%).
            core.range = Interval(core.value, core.value + core.g_a, True, False)
            hedge, hedge_text = Hedge.MORE, text[pos]
            pos += 1
        # A duration may take its 多 after the unit: 一年多, 两个月多.
        if hedge is None and unit is not None and text[pos : pos + 1] in _MORE_WORDS and unit in RECENT_TIME_UNITS:
            core.range = Interval(core.value, core.value + core.last_unit, True, False)
            hedge, hedge_text = Hedge.MORE, text[pos]
            pos += 1
        start = core.start
        recent = False
        prefix = self._prefix_hedge(start)
        if prefix is not None:
            length, word, prefix_hedge = prefix
            if word in ("近", "最近") and unit in RECENT_TIME_UNITS:
                recent = True  # 近三年: the last three years, exact
                start -= length
            elif hedge is None:
                start -= length
                hedge, hedge_text = prefix_hedge, word
            elif prefix_hedge in (Hedge.MORE_THAN, Hedge.AT_LEAST, Hedge.AT_MOST, Hedge.LESS_THAN):
                # 超过六千多: the bound applies to the range's end.
                start -= length
                hedge, hedge_text = prefix_hedge, word
            else:
                start -= length  # 约六千多: the range already says it
                hedge_text = f"{word}{hedge_text}"
        if text.startswith("连续", start - 2) and start >= 2 and unit is not None:
            start -= 2  # 连续两年: the run of years is part of the figure
        start = self._currency_prefix(start)
        odd = re.match(r"[- ](odd|plus)\b", self.lower[pos : pos + 6])
        if hedge is None and odd and core.range is None:
            core.range = Interval(core.value, core.value + core.g_a, True, False)  # 2,000-odd = 2000多
            hedge, hedge_text = Hedge.MORE, odd.group(1)
            pos += odd.end()
        suffix = self._suffix_hedge(pos)
        if suffix is not None:
            word, suffix_hedge = suffix
            if hedge is None or hedge is Hedge.RANGE:
                hedge, hedge_text = suffix_hedge, word.strip()
            pos += len(word)
        if not self._is_figure(core, unit, hedge, start, pos, recent):
            return None
        try:
            interval = self._interval(core, hedge, kind_scale)
        except IntervalError:
            return None  # 近0, 不足0: a hedge that leaves no value at all
        quantity_unit = unit if unit not in ("个百分点", "百分点") else PP
        context = None
        # 成 is always tenths of a whole (八成以上 is at most 100%); other percentages are shares by their words.
        if quantity_unit == PERCENT and (kind_scale == _TEN or self._looks_like_share(start, pos)):
            context = SHARE
            interval = interval.intersect(SHARE_RANGE) or interval
        currency = self._currency_of(start, core.start)
        if currency and quantity_unit is None:
            quantity_unit = currency
        return Quantity(
            interval=interval,
            unit=quantity_unit,
            kind=kind_of(quantity_unit),
            text=self.original[start:pos],
            value=core.value,
            hedge=hedge_text if (hedge is not None and not recent) else None,
            start=start,
            end=pos,
            context=context,
        )

    def _unit(self, core: _Core, pos: int) -> tuple[str | None, Decimal, int]:
        """The unit after the number, its scale to display units, and where it ends."""
        text = self.text
        if core.percent_scale is not None:
            return PERCENT, Decimal(1), pos
        ch = text[pos : pos + 1]
        if ch == "%":
            return PERCENT, Decimal(1), pos + 1
        if ch == "‰":
            return PERCENT, Decimal("0.1"), pos + 1
        if ch == "成" and text[pos + 1 : pos + 2] not in _CHENG_NOT_BEFORE and core.value <= 10:
            return PERCENT, Decimal(10), pos + 1
        for word in _CN_UNITS:
            if text.startswith(word, pos):
                return (CURRENCIES.get(word, word)), Decimal(1), pos + len(word)
        match = _EN_UNIT_RE.match(self.lower, pos) if ch == " " else None
        if match is not None:
            word = match.group(1)
            if word in ("percent", "per cent"):
                return PERCENT, Decimal(1), match.end()
            if word.startswith("percentage point"):
                return PP, Decimal(1), match.end()
            return ENGLISH_UNITS.get(word, word), Decimal(1), match.end()
        return None, Decimal(1), pos

    def _prefix_hedge(self, start: int) -> tuple[int, str, Hedge] | None:
        """The hedge word before a number: (characters to extend the span by, the word, its meaning)."""
        text = self.text
        # A currency sign may stand between the hedge and the number: more than $5 million.
        before = self._currency_prefix(start)
        for word in _PREFIX_BY_LENGTH:
            if before >= len(word) and text.startswith(word, before - len(word)):
                if word == "约" and before >= 2 and text[before - 2] in _NOT_BEFORE_YUE:
                    return None
                return start - before + len(word), word, _PREFIX_HEDGES[word]
        lowered = self.lower
        if before >= 2 and lowered[before - 1] == " ":
            for word in _ENGLISH_PREFIX_BY_LENGTH:
                begin = before - 1 - len(word)
                if begin >= 0 and lowered.startswith(word, begin) and (begin == 0 or not lowered[begin - 1].isalpha()):
                    return start - begin, self.original[begin : begin + len(word)], _ENGLISH_PREFIX_HEDGES[word]
        return None

    def _suffix_hedge(self, pos: int) -> tuple[str, Hedge] | None:
        text = self.text
        for word in _SUFFIX_BY_LENGTH:
            if text.startswith(word, pos):
                after = text[pos + len(word) : pos + len(word) + 1]
                if word in ("以下", "以上") and (after in NUMERAL_CHARS or after.isdigit()):
                    return None  # 以下三个方面: "the following", not a bound
                return word, _SUFFIX_HEDGES[word]
        for word in _ENGLISH_SUFFIX_BY_LENGTH:
            if self.lower.startswith(" " + word, pos):
                end = pos + len(word) + 1
                if end == len(text) or not text[end].isalpha():
                    return " " + word, _ENGLISH_SUFFIX_HEDGES[word]
        return None

    def _currency_prefix(self, start: int) -> int:
        for sign in _CURRENCY_SIGNS:
            if start >= len(sign) and self.text.startswith(sign, start - len(sign)):
                return start - len(sign)
        return start

    def _currency_of(self, start: int, number_start: int) -> str | None:
        head = self.text[start:number_start]
        for sign in _CURRENCY_SIGNS:
            if head.endswith(sign):
                return CURRENCY_PREFIXES[sign]
        return None

    def _is_figure(
        self, core: _Core, unit: str | None, hedge: Hedge | None, start: int, end: int, recent: bool
    ) -> bool:
        text = self.text
        after = text[core.end : core.end + 2]
        if core.bare and hedge is None:
            return False  # 万 alone: only 逾万, 上万, 万余 are figures
        if after.startswith(_LABELS) or (unit is None and after.startswith(_LABEL_SUFFIXES)):
            return False  # 12月, 3日, 70周年, 十九大: dates and labels
        if unit == "分" and text[max(0, core.start - 1) : core.start] in ("时", ":", "点"):
            return False  # 8时30分: a time of day, not a score
        if unit == "年" and core.plain_arabic and len(str(int(core.value))) == 4 and not hedge:
            return False  # 2019年 is a date
        if unit is None and core.plain_arabic and 1000 <= core.value <= 2999 and not self.strict:
            if _YEAR_BEFORE.search(self.lower, max(0, start - 12), start):
                return False  # in 2019, since 2016
            # English writes counts of thousands with a comma (2,023 cases): a bare 1900-2100 amid
            # English words, with no unit or hedge, is a year ("2023 saw fewer cases").
            around = text[max(0, start - 1) : start] + text[end : end + 1]
            if hedge is None and 1900 <= core.value <= 2100 and all(c.isascii() for c in around):
                return False
        if core.chinese and not self.strict and unit is None and hedge is None and core.percent_scale is None:
            return False  # a Chinese numeral in prose is a figure only with a unit or hedge
        if core.words and not self.strict and (unit is None or core.value == 1):
            return False  # "one of the", "two-way": number words are figures only before a unit
        if core.chinese and self._quoted_name(start, end):
            return False
        if self._in_name(start, end):
            return False
        return not (recent and unit is None)

    def _interval(self, core: _Core, hedge: Hedge | None, scale: Decimal) -> Interval:
        value = core.value * scale
        if core.range is not None:
            base = core.range.scale(scale)
            if hedge in (Hedge.MORE_THAN, Hedge.AT_LEAST):
                return Interval(base.lo, INF, hedge is Hedge.AT_LEAST, False)
            if hedge in (Hedge.AT_MOST, Hedge.LESS_THAN):
                return Interval(min(ZERO, base.hi), base.hi, True, hedge is Hedge.AT_MOST)
            return base
        g_a = core.g_a * scale
        if hedge is None:
            half = core.half * scale
            return Interval(value - half, value + half, True, True)
        if hedge is Hedge.APPROX:
            half = g_a * self.settings.approx_k / 2
            return Interval(value - half, value + half, True, True)
        if hedge is Hedge.NEAR:
            return Interval(value - min(g_a, abs(value) * self.settings.near_rel), value, True, False)
        if hedge is Hedge.AT_LEAST:
            return Interval(value, INF, True, False)
        if hedge is Hedge.MORE_THAN:
            return Interval(value, INF, False, False)
        low = ZERO if value >= 0 else NEG_INF
        return Interval(low, value, low.is_finite(), hedge is Hedge.AT_MOST)

    # -- context -----------------------------------------------------------------
    def _looks_like_share(self, start: int, end: int) -> bool:
        """A percent preceded in its clause by 率/占/比例 (or 'rate', 'share') is a share: capped at 100%."""
        text = self.lower
        begin = start
        while begin > 0 and start - begin < 24 and text[begin - 1] not in _CLAUSE_BREAK:
            begin -= 1
        window = text[begin:start]
        if any(word in window for word in _CHANGE_WORDS):
            return False
        if any(word in window for word in _SHARE_WORDS):
            return True
        return text.startswith(" of ", end)

    def _quote_spans(self) -> list[tuple[int, int]]:
        spans: list[tuple[int, int]] = []
        for left, right in (("“", "”"), ("「", "」"), ("《", "》")):
            pos = 0
            while True:
                open_at = self.text.find(left, pos)
                if open_at < 0:
                    break
                close_at = self.text.find(right, open_at + 1, open_at + 42)  # names are short: look no further
                if close_at < 0 or close_at - open_at > 40:
                    pos = open_at + 1
                    continue
                spans.append((open_at + 1, close_at))
                pos = close_at + 1
        return spans

    def _quoted_name(self, start: int, end: int) -> bool:
        """“三台融合”: a numeral inside a short quoted name is part of the name."""
        for q_start, q_end in self.quotes:
            if q_start <= start and end <= q_end:
                return self.text[q_start:q_end] != self.text[start:end]
        return False

    def _in_name(self, start: int, end: int) -> bool:
        # Name spans come from one finditer: sorted and disjoint, so only the
        # last one starting before ``end`` can overlap [start, end).
        index = bisect.bisect_left(self.name_starts, end) - 1
        return index >= 0 and self.name_spans[index][1] > start

    def _expression_start(self) -> int:
        return len(self.text) - len(self.text.lstrip())


def _chain_value(chain: str) -> Decimal:
    value = Decimal(1)
    for ch in chain:
        value *= SMALL_UNITS.get(ch) or GROUP_UNITS[ch]
    return value


def _trailing_group(chain: str) -> Decimal:
    if chain.endswith("万亿"):
        return Decimal(10**12)
    if chain.endswith("亿"):
        return Decimal(10**8)
    if chain.endswith("万"):
        return Decimal(10**4)
    return Decimal(1)


# -- public API -------------------------------------------------------------------
def find_quantities(
    text: str, *, settings: ReadingSettings = DEFAULT_SETTINGS, include_one: bool = False
) -> list[Quantity]:
    """Every figure in a passage, in order, each with its span in ``text``.

    Never raises on ordinary text: what cannot be read as a figure is skipped.  A lone 一 is read as the
    article "a" (一场, 一份) unless ``include_one``: where a figure is known to stand, 一个 is one.
    """
    return _Scanner(text, settings, strict=False, include_one=include_one).scan()


def parse_quantity(text: str, *, context: str | None = None, settings: ReadingSettings = DEFAULT_SETTINGS) -> Quantity:
    """Read one figure expression such as ``15万多件``, ``98%以上`` or ``more than 6,000``.

    ``context="share"`` caps a percentage at 100%.  Raises :class:`QuantityError`
    with a message fit for the user when the text is not exactly one figure.
    """
    _validate(text)
    scanner = _Scanner(text, settings, strict=True)
    found = scanner.scan()
    if not found:
        raise QuantityError(f"no figure in {text.strip()!r}")
    if len(found) > 1:
        listed = ", ".join(repr(q.text) for q in found)
        raise QuantityError(f"{len(found)} figures in {text.strip()!r} ({listed}); give one figure")
    quantity = found[0]
    leftover = text[: quantity.start] + " " + text[quantity.end :]
    stray = re.search(r"[0-9%‰.]", normalize(leftover))
    if stray:
        raise QuantityError(f"unexpected {stray.group()!r} outside the figure {quantity.text!r} in {text.strip()!r}")
    if context == SHARE and quantity.unit == PERCENT and quantity.context != SHARE:
        if quantity.interval.intersect(SHARE_RANGE) is None:
            raise QuantityError(f"{text.strip()!r} is not a share: it lies outside 0-100%")
        quantity = quantity.as_share()
    return quantity


_MALFORMED = (
    (re.compile(r"^\s*[%‰]"), "the percent sign goes after the number, as in 98%"),
    (re.compile(r"\d\s*\.\s*\.|\.\.+\s*\d"), "malformed number: two decimal points in a row"),
    (re.compile(r"\d+\.\d+\.\d"), "malformed number: more than one decimal point"),
    (re.compile(r"(万万|亿亿|千千|百百)"), "a multiplier is repeated without a number"),
    (re.compile(r"\d[零〇一二两三四五六七八九]|[零〇一二两三四五六七八九]\d"), "mixes Arabic and Chinese digits"),
)


def _validate(text: str) -> None:
    """Reject what no figure can be, with a message that says what to fix."""
    if not isinstance(text, str):
        raise QuantityError("a figure must be text")
    if len(text) > MAX_EXPRESSION_CHARS:
        raise QuantityError(f"expression too long: {len(text)} characters (at most {MAX_EXPRESSION_CHARS})")
    if not text.strip():
        raise QuantityError("empty expression: give a figure such as 15万多件 or 29.2%")
    for index, char in enumerate(text):
        code = ord(char)
        if 0xD800 <= code <= 0xDFFF:
            raise QuantityError(f"invalid character at position {index + 1}: not valid UTF-8 text")
        category = unicodedata.category(char)
        if (category == "Cc" and char not in "\t\n\r") or category in ("Cf", "Co", "Cn"):
            raise QuantityError(f"control or invisible character U+{code:04X} at position {index + 1}")
        if char.isdigit() and not unicodedata.normalize("NFKC", char).isascii():
            raise QuantityError(f"digit {char!r} (U+{code:04X}) is from a script factcheck does not read")
    normalised = normalize(text)
    digits = re.findall(r"\d[\d,]*(?:\.\d+)?", normalised)
    for run in digits:
        count = len(run.replace(",", "").replace(".", ""))
        if count > MAX_DIGITS:
            raise QuantityError(f"number too long: {count} digits (at most {MAX_DIGITS})")
    for pattern, message in _MALFORMED:
        if pattern.search(normalised):
            raise QuantityError(f"{message}: {text.strip()!r}")
