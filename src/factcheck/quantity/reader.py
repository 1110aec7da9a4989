"""Finding and reading figures in Chinese and English text.

The reader works as Recognizers-Text does: it first finds where a figure's number starts and how far it runs
(a run of numeral characters, digits, number words), then parses that span wholly - a numeral is read from its
first character to its last or it is no figure - and only then reads what stands around it: the unit, hedges
(多, 约, 以上, more than), a second end (3至5年), the words that give the figure its kind.

``find_quantities`` returns every figure in a passage with its span, and leaves out what it cannot read wholly;
``parse_quantity`` reads one expression and raises, naming the part it could not read, when the expression is not
exactly one figure.  Both share one scanner, so a figure reads the same in a claim's ``value:`` as in the article.

The words each language uses live in ``definitions/``; the semantics are those of ``docs/quantities.md``.
"""

from __future__ import annotations

import bisect
import decimal
import re
import unicodedata
from dataclasses import dataclass, field, replace
from decimal import Decimal

from factcheck.errors import IntervalError, QuantityError
from factcheck.quantity import nonfigures
from factcheck.quantity.definitions import en, zh
from factcheck.quantity.fractions import fraction_percent, fraction_value, written
from factcheck.quantity.hedges import BOUNDS, Hedge, bound_range, hedged, prefix_hedge, suffix_hedge
from factcheck.quantity.interval import ZERO, Interval, exponent
from factcheck.quantity.model import (
    AVERAGE,
    DEFAULT_SETTINGS,
    RATE,
    SHARE,
    SHARE_RANGE,
    Quantity,
    ReadingSettings,
)
from factcheck.quantity.normalize import normalize
from factcheck.quantity.numerals.chinese import MAX_VALUE, Numeral, digit_string, is_digit_sequence, read_chinese
from factcheck.quantity.numerals.english import read_english
from factcheck.quantity.ranges import DASHES, DOUBLING_RE, JOINER_RE, span
from factcheck.quantity.units import PER_MILLE, PER_TEN_THOUSAND, PERCENT, PP, RATIO, kind_of

MAX_EXPRESSION_CHARS = 500
MAX_DIGITS = 50
MAX_EXPONENT = 30
# The reader's own arithmetic (a mantissa times its multiplier, a value plus half its rounding unit) is exact: the
# default context keeps 28 digits and would round a 29-digit figure to another number with no error. Within the
# limits above (50 digits, values below 10^40, powers of ten at most 10^30) 120 digits are never exceeded.
_EXACT = decimal.Context(
    prec=120,
    rounding=decimal.ROUND_HALF_EVEN,
    Emin=-999999,
    Emax=999999,
    traps=[decimal.InvalidOperation, decimal.DivisionByZero, decimal.Overflow],
)

_TEN = Decimal(10)
_HALF = Decimal("0.5")
_ONE = Decimal(1)

# -- patterns built from the definitions -----------------------------------------------------------------------
_CN_NUMERAL_CLASS = "".join(sorted(zh.NUMERAL_CHARS - {zh.POINT}))
_CN_DIGIT_CLASS = "".join(sorted(zh.DIGITS))
# A Chinese-led numeral run: numeral characters, Arabic digits inside (一百点123, 四千230), 点 before a digit.
_CN_RUN_RE = re.compile(f"(?:[{_CN_NUMERAL_CLASS}]|\\d+|点(?=[\\d{_CN_DIGIT_CLASS}]))+")
# After Arabic digits: the rest of a mixed numeral (万, 亿5000万, 万三千), no 点.
_MIXED_REST_RE = re.compile(f"(?:[{_CN_NUMERAL_CLASS}]|\\d+)+")
_CN_CHAIN_RE = re.compile(r"[十百千]?(?:万亿|万|亿)?")  # one multiplier: 十, 千万, 万亿; never 百百 or 亿亿
_ARABIC_RE = re.compile(r"(?:\d{1,3}(?:,\d{3})+(?!\d)|\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?!\d|,\d)|\d+)(?:\.\d+)?")
_GLUED_TAIL_RE = re.compile(r"[A-Za-z0-9.]*")
_SCIENTIFIC_RE = re.compile(r"(\d+(?:\.\d+)?)[eE]([+-]?\d+)")
# 1.5×10^6, 1.5×10⁶, 3 x 10^-2, and a bare power 10⁶: superscripts stay apart from digits (see normalize).
_SUPERSCRIPT_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻", "0123456789+-")
_POWER = r"10(?:\^\s*([+\-−]?\d+)|([⁺⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+))"
_TIMES_POWER_RE = re.compile(r"\s*[×xX*·]\s*" + _POWER)
_BARE_POWER_RE = re.compile(_POWER)
_SUPERSCRIPT_RE = re.compile("[⁰¹²³⁴⁵⁶⁷⁸⁹]")
_EN_WORDS = sorted(
    [*en.UNITS, *en.TENS, *en.HUNDRED, *en.SCALES, *en.DOZEN],
    key=len,
    reverse=True,
)
_EN_WORD_ALT = "|".join(_EN_WORDS)
_EN_GLUED = (
    "(?:" + "|".join(sorted(en.TENS, key=len, reverse=True)) + ")(?:one|two|three|four|five|six|seven|eight|nine)"
)
_EN_TOKEN = f"(?:{_EN_GLUED}|{_EN_WORD_ALT}|and|point|an?)"
_EN_RUN_RE = re.compile(f"(?<![a-z])(?:{_EN_TOKEN})(?:[\\s-]+(?:{_EN_TOKEN}))*(?![a-z])")
_EN_NUMBER_END_RE = re.compile(f"(?<![a-z])(?:{_EN_GLUED}|{_EN_WORD_ALT})$")
_EN_SCALE_AFTER_RE = re.compile(
    r"(?:\s+|-)(hundreds?|thousands?|millions?|billions?|trillions?|lakhs?|crores?|dozens?)(?![a-z])"
    r"|(k|m|mn|bn|b|tn)(?![a-z0-9])"
    r"| (k|mn|bn|tn)(?![a-z0-9])",  # 2.33 k, 5 bn: one space; "5 m" is five metres
    re.IGNORECASE,
)
# 7 万5 千4 百, 2.5 亿元: a space before a multiplier (text from PDFs) does not end the numeral.
_MULTIPLIER_CHARS = frozenset("十百千万亿")
_DATE_SPAN = "date span"
# 一到五个, 一至三年: 一 starting a range is the number one.
_CN_RANGE_START_RE = re.compile(f"(?:至|到)[{_CN_NUMERAL_CLASS}]")
_CN_SPACED_RUN_RE = re.compile(
    f"(?:[{_CN_NUMERAL_CLASS}]|\\d+|点(?= ?[\\d{_CN_DIGIT_CLASS}])"
    f"| (?=[{_CN_NUMERAL_CLASS}]|点 ?[\\d{_CN_DIGIT_CLASS}]))+"
)
_BASIS_POINTS_RE = re.compile(r" ?(?:" + "|".join(en.BASIS_POINT_WORDS) + r")(?![a-z])")
_BASIS_POINT = Decimal("0.01")
_SPACED_REST_RE = re.compile(f"(?: (?=[十百千万亿])|[{_CN_NUMERAL_CLASS}]|\\d+)+")
_EN_RANGE_RE = re.compile(
    r"(tens|hundreds|thousands|millions|billions)(?: of (thousands|millions|billions))?(?: of(?![a-z]))?"
)
_DENOMINATOR_RE = re.compile(r"(?:\s+|-)(" + "|".join(sorted(en.DENOMINATORS, key=len, reverse=True)) + r")(?![a-z])")
_MIXED_FRACTION_RE = re.compile(
    r"\s+and\s+(a|an|one|two|three|four|five|six|seven|eight|nine)[\s-]+("
    + "|".join(sorted(en.DENOMINATORS, key=len, reverse=True))
    + r")(?![a-z])"
)
_ORDINAL_AFTER_RE = re.compile(r"(?:\s+|-)(?:and\s+)?(?:" + "|".join(en.ORDINALS) + r")(?![a-z])")
_HALF_DOZEN_RE = re.compile(r"half[\s-]+an?[\s-]+dozen(?![a-z])")
_IN_RE = re.compile(r"\s+(?:" + "|".join(en.IN_WORDS) + r")\s+")
_MIXED_NUMBER_RE = re.compile(r"[ \u00a0]{1,2}(\d{1,2})/(\d{1,2})(?![\d/])")  # 2 1/4 = 2.25
_PLUS_MINUS_RE = re.compile(r"\s*(?:±|\+/-|\+-)\s*(\d+(?:\.\d+)?)(?![\d.])")
# The characters that may follow the digits of a marked form (×10⁶, ², ^, ±, +/-, a space before 1/4).
_SPACES = frozenset(" \t\u00a0")
_SPACED_NEXT = frozenset(zh.NUMERAL_CHARS) | {" "}  # 三千 九百, 四点 五
_CLOCK_AFTER_CHARS = frozenset(" \u00a0apoAPO")  # 9.30 pm, 5pm, five o'clock
_GAP_CHARS = frozenset(" \t\u00a0\u3000")
_GAP_RE = re.compile("[ \t\u00a0\u3000]{1,4}")
_WORD_END_LABEL_CHARS = frozenset("".join(zh.WORD_END_LABELS))
_CODE_JOINERS = frozenset(" -)")  # a telephone number goes on after its first group, or starts with 0 or +/(
_AFTER_NUMBER_MARKS = frozenset(" \u00a0×xX*·^±+⁰¹²³⁴⁵⁶⁷⁸⁹")
_CARET_RE = re.compile(r"\^\s*[+\-−]*\d+(?:\.\d+)?")
_TENS_END_RE = re.compile(r"(?<![a-z])(?:" + "|".join(en.TENS) + r")$")
_AGO_RE = re.compile(r"\s+(?:ago|earlier|before)(?![a-z])")
_TIME_UNIT_RE = re.compile("|".join(en.TIME_WORDS))
_TIME_AFTER_SHARE_RE = re.compile(r"\s+(?:" + "|".join(en.TIME_WORDS) + r")(?![a-z])")
_COLLOQUIAL_HUNDREDS_RE = re.compile(
    r"(?<![a-z])(?:"
    + "|".join(w for w in en.UNITS if en.UNITS[w] > 0)
    + r")[\s-]+(?:"
    + "|".join(en.TENS)
    + r")(?![a-z])"
    + r"|^(?:"
    + "|".join(w for w in en.UNITS if 11 <= en.UNITS[w] <= 19)
    + r")[\s-]+hundred(?![a-z])"  # nineteen hundred seventy-three: a year, said the old way
)
_SENTENCE_OPENERS = frozenset(".!?:;\n\r\"“”'‘’(（[【「《。！？：；—")
_SIGN_WORD_RE = re.compile(r"(?<![a-z])(" + "|".join(en.SIGN_WORDS) + r")[ \t\u00a0]+$")
_LONE_FRACTION_RE = re.compile(r"(?<![a-z])(half|quarter)(?![a-z])")
# Where a figure may start: a digit, a numeral character, or the first letter of an English word (checked
# against _EN_START_RE there; a word that starts no number is skipped whole).
_CANDIDATE_RE = re.compile(r"\d|[" + _CN_NUMERAL_CLASS + r"]|百分之|千分之|万分之|半数|半成|过半|(?<![A-Za-z])[A-Za-z]")
_EN_START_RE = re.compile(
    r"(?:"
    + _EN_GLUED
    + "|"
    + _EN_WORD_ALT
    + r"|tens|point|an? (?:hundred|thousand|million|billion|dozen|"
    + "|".join(sorted(en.DENOMINATORS, key=len, reverse=True))
    + r")|half|quarter"
    + "|twice|"
    + "|".join(en.MULTIPLE_WORDS)
    + r")(?![a-z])"
)
# doubled, tripled: a multiple (x2, x3); twice / N times only before as, the, that (twice as many, 3 times the).
_MULTIPLE_WORD_RE = re.compile(r"(" + "|".join(en.MULTIPLE_WORDS) + r")(?![a-z])")
_TWICE_RE = re.compile(r"twice(?= (?:" + "|".join(w.strip() for w in en.TIMES_AFTER) + r")(?![a-z]))")
_TIMES_MORE_RE = re.compile(r"[ -](?:times|fold) (?:" + "|".join(en.TIMES_AMBIGUOUS) + r")(?![a-z])")
_TIMES_RE = re.compile(r"[ -]times(?= (?:" + "|".join(w.strip() for w in en.TIMES_AFTER) + r")(?![a-z]))")
_WORD_RE = re.compile(r"[A-Za-z]+")
_CN_UNITS = sorted(
    [*zh.COUNT_UNITS, *zh.DURATION_UNITS, *zh.CURRENCIES, *zh.PERCENTAGE_POINTS, *zh.PER_MILLE_POINTS],
    key=len,
    reverse=True,
)
_CN_UNIT_RE = re.compile("|".join(map(re.escape, _CN_UNITS)))
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
_LABEL_AFTER_RE = re.compile("|".join(map(re.escape, zh.LABEL_SUFFIXES + zh.LABEL_WORDS)))
_ZERO_NOUN_RE = re.compile("|".join(map(re.escape, zh.ZERO_NOUNS)))
_ODD_RE = re.compile(r"[- ](odd|plus)(?![a-z])")
_NUMBER_SIGN = re.compile(r"(?:(?<![a-z])no\.?|(?<![a-z])number|№)\s*$")
_MEASURE_AFTER = re.compile(r"[%‰万亿千百]")
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
_YUAN_PARTS_RE = re.compile(f"(?:零?([{_CN_DIGIT_CLASS}])角)?(?:零?([{_CN_DIGIT_CLASS}])分)?")
_RATIO_RE = re.compile(r"\d+(?:\.\d+)?(?:\s*[:∶]\s*\d+(?:\.\d+)?)+")
_SLASH_RE = re.compile(r"(\d+)\s*/\s*(\d+)(?![\d/])")
_PERCENT_SIGNS = {"%": (PERCENT, _ONE), "‰": (PER_MILLE, _ONE), "‱": (PER_TEN_THOUSAND, _ONE)}


@dataclass(slots=True)
class _Core:
    """A number as written, before its unit and hedges: V and its precision."""

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
    percent_scale: Decimal | None = None  # the core is itself a share (百分之, 千分之)
    percent_unit: str | None = None
    words: bool = False  # written in English words (five, twenty-five)
    unit: str | None = None  # a unit the form itself gives (翻一番: 倍; 三分之一: %)
    context: str | None = None
    terms: tuple[Interval, ...] | None = None
    exact: bool = False
    fixed: Interval | None = None  # the reading is fixed by the form (fractions, 翻一番)
    notes: list[str] = field(default_factory=list)
    in_share: bool = False  # N in M, N out of M: a share with or without a noun after it


def _last_nonzero_place(value: Decimal) -> Decimal:
    """Place of the last written non-zero digit; a written decimal fixes it at the decimal unit.

    Works on the Decimal's digits, never on a big integer, so a long numeral costs no more than its length.
    """
    exp = exponent(value)
    if exp < 0:
        return _ONE.scaleb(exp)
    if value == 0:
        return _ONE
    written = str(value)
    if "E" in written:  # 1.2E+5: count the trailing zeros of the digits themselves
        digits = "".join(map(str, value.as_tuple().digits))
        return _ONE.scaleb(exp + len(digits) - len(digits.rstrip("0")))
    return _ONE.scaleb(exp + len(written) - len(written.rstrip("0")))


def _last_digit_unit(value: Decimal) -> Decimal:
    exp = exponent(value)
    return _ONE.scaleb(exp) if exp < 0 else _ONE


def _core_from_number(
    start: int, end: int, mantissa: Decimal, multiplier: Decimal, group: Decimal, *, chinese: bool
) -> _Core:
    """Precision of ``mantissa x multiplier`` where ``group`` is the trailing 万/亿/million."""
    value = mantissa * multiplier
    if exponent(mantissa) < 0:
        unit = _last_digit_unit(mantissa) * multiplier
        return _Core(start, end, value, unit * _HALF, unit, unit, group, chinese=chinese)
    if group > 1:
        half = group * _HALF
        last_unit = group
    else:
        half = ZERO
        last_unit = _ONE
    return _Core(start, end, value, half, _last_nonzero_place(value), last_unit, group, chinese=chinese)


def _core_from_numeral(start: int, end: int, number: Numeral, *, chinese: bool) -> _Core:
    multiplier = Decimal(number.multiplier)
    return _core_from_number(start, end, number.mantissa, multiplier, multiplier, chinese=chinese)


def _chain_value(chain: str) -> Decimal:
    value = _ONE
    for ch in chain:
        value *= zh.SMALL_UNITS.get(ch) or zh.GROUP_UNITS[ch]
    return value


def _trailing_group(chain: str) -> Decimal:
    if chain.endswith("万亿"):
        return Decimal(10**12)
    if chain.endswith("亿"):
        return Decimal(10**8)
    if chain.endswith("万"):
        return Decimal(10**4)
    return _ONE


def _fraction_agrees(numerator: Decimal, denominator: str) -> bool:
    """one fifth, a fifth, two fifths: a singular denominator takes the numerator one, a plural one any other."""
    return (numerator == 1) != denominator.endswith("s")


class _Unread(Exception):
    """A numeral that could not be read wholly (strict mode names it; find mode leaves it out)."""

    def __init__(self, part: str) -> None:
        super().__init__(part)
        self.part = part


class _Scanner:
    def __init__(self, original: str, settings: ReadingSettings, *, strict: bool, include_one: bool = False) -> None:
        self.include_one = include_one
        self.original = original
        self.text = normalize(original)
        self.lower = self.text.lower()
        self.settings = settings
        self.strict = strict
        self.labels = nonfigures.Labels(self.text)
        self.quotes = sorted(self._quote_spans())
        self.quote_starts = [q_start for q_start, _ in self.quotes]
        self.unread: list[str] = []

    # -- the scan --------------------------------------------------------------------------------------------------
    def scan(self) -> list[Quantity]:
        found: list[Quantity] = []
        pos = 0
        text = self.text
        while True:
            match = _CANDIDATE_RE.search(text, pos)
            if match is None:
                break
            i = match.start()
            url_end = self.labels.in_url(i) if self.labels.url_spans else 0
            if url_end:
                pos = url_end  # http://..., www.gov.cn/...: a web address holds no figures
                continue
            try:
                quantity, resume = self._figure_at(i)
            except _Unread as unread:
                self.unread.append(unread.part)
                quantity, resume = None, i + max(1, len(unread.part))
            if quantity is not None:
                found.append(quantity)
                pos = max(quantity.end, i + 1)
            else:
                pos = max(resume, i + 1)
        return found

    def _figure_at(self, i: int) -> tuple[Quantity | None, int]:
        """The figure whose number starts at i, and where to resume scanning."""
        core, resume_at = self._core_at(i)
        if core is None:
            return None, resume_at
        quantity = self._complete(core)
        return quantity, (quantity.end if quantity else max(core.end, resume_at))

    def _core_at(self, i: int) -> tuple[_Core | None, int]:
        text = self.text
        ch = text[i]
        if ch.isascii() and ch.isdigit():
            core, resume = self._arabic(i)
            if core is None or i < 5 or text[i - 1] not in _SPACES:
                return core, resume  # no room for a sign word before it: the common case, checked inline
            return self._signed(i, core, resume)
        if ch.isascii() and ch.isalpha():
            if not _EN_START_RE.match(self.lower, i):
                return None, _WORD_RE.match(text, i).end()  # type: ignore[union-attr]
            if self.lower.startswith(("tens", "hundreds of", "thousands of", "millions of", "billions of"), i):
                core = self._english_range(i)
                if core is not None:
                    return core, core.end
            return self._signed(i, *self._english(i))
        return self._chinese(i)

    def _signed(self, i: int, core: _Core | None, resume: int) -> tuple[_Core | None, int]:
        """minus five percent, negative 3.2%, plus twenty: a sign word right before the number is its sign."""
        if core is None or core.start != i or i < 5 or self.text[i - 1] not in _SPACES:
            return core, resume
        match = _SIGN_WORD_RE.search(self.lower, max(0, i - 12), i)
        if match is None:
            return core, resume
        before = self.lower[max(0, match.start() - 16) : match.start()].rstrip()
        if before and (before[-1].isdigit() or before[-1] in "%‰" or _EN_NUMBER_END_RE.search(before)):
            return core, resume  # ten minus five: arithmetic between two numbers, not a sign
        core.start = match.start()
        if en.SIGN_WORDS[match.group(1)] < 0:
            core.value = -core.value
            if core.fixed is not None:
                core.fixed = -core.fixed
            if core.range is not None:
                core.range = -core.range
        return core, resume

    # -- Arabic digits -----------------------------------------------------------------------------------------------
    def _arabic(self, i: int) -> tuple[_Core | None, int]:
        text = self.text
        match = _ARABIC_RE.match(text, i)
        if match is None:
            return None, i + 1
        skip = match.end()
        prev = text[i - 1] if i > 0 else ""
        if prev.isdigit():
            return None, skip
        glued_to_letters = bool(prev) and prev.isascii() and prev.isalpha()
        if prev and prev in "._#^":
            return None, skip  # v1.2, x_3, #5: versions and numbers of things; ^5 an exponent
        if prev in ("-", "/") and i >= 2 and text[i - 2].isascii() and text[i - 2].isalpha():
            return None, skip  # COVID-19, A/3
        if (
            nonfigures.label_before(text, self.lower, i) and not self._word_before_counted(i, skip)
        ) or _NUMBER_SIGN.search(self.lower, max(0, i - 12), i):
            return None, skip  # 第3季度, 表1, Section 21, No. 5: numbers that name things
        if text[i:skip] in zh.HOTLINES and nonfigures.hotline(text, i, skip):
            return None, skip  # 110警情, 拨打12345: a service line
        date_end = nonfigures.numeric_date(text, i) or nonfigures.dot_date(text, i)
        if date_end:
            return None, date_end  # 2020-08-20, 2019/20, 2018-2020, 1-11月, “2·7”
        code_end = nonfigures.phone_or_code(text, i) if text[i] == "0" or text[skip : skip + 1] in _CODE_JOINERS else 0
        if code_end:
            return None, code_end  # 010-12345678, +86 10 8888 6666, 400-810-8888, 007: numbers that dial or name
        if text[skip : skip + 1] == zh.GENERATION and nonfigures.generation(text, i, skip):
            return None, skip  # 90后, 00后: people born in a decade
        if text[skip : skip + 1] == zh.AMBIGUOUS_MULTIPLIER:
            raise _Unread(text[i : skip + 1])  # 3兆: a million or a trillion, by who writes it
        end = match.end()
        raw = match.group()
        digits = re.sub(r"[,\s\u00a0\u202f\u2009]", "", raw)
        if len(digits.replace(".", "")) > MAX_DIGITS:
            if self.strict:
                raise QuantityError(f"number too long: {len(digits)} digits (at most {MAX_DIGITS})")
            return None, end
        scientific = _SCIENTIFIC_RE.match(text, i)
        if scientific and scientific.end() > end:
            if not self.strict or (
                text[scientific.end() : scientific.end() + 1].isascii()
                and text[scientific.end() : scientific.end() + 1].isalpha()
            ):
                return None, _GLUED_TAIL_RE.match(text, scientific.end()).end()  # type: ignore[union-attr]
            power = int(scientific.group(2))
            if abs(power) > MAX_EXPONENT:
                raise QuantityError(f"exponent too large in {scientific.group()!r}: at most 10^{MAX_EXPONENT}")
            mantissa = Decimal(scientific.group(1))
            core = _core_from_number(i, scientific.end(), mantissa, _ONE.scaleb(power), _ONE, chinese=False)
            if exponent(mantissa) >= 0 and power > 0:
                core.half = _ONE.scaleb(power) * _HALF  # 3e6: an integer mantissa x a power, like 3 million
            return core, core.end
        nxt = text[end : end + 2]
        if nxt[:1] == "." and nxt[1:2].isdigit():
            return None, end + 2  # 1.2.3
        if nxt[:1] == "+" and nxt[1:2].isalnum():
            return None, end  # 6+N: a named method
        if nonfigures.in_brackets(text, i, end):
            return None, end  # 〔2018〕, [1]
        if nonfigures.list_number(text, i, end, chinese=False):
            return None, end  # 1、 1. at the start of a line
        if (nxt[:1] in ":∶" and nxt[1:2].isdigit()) or (prev in ":∶" and i >= 2 and text[i - 2].isdigit()):
            ratio = self._ratio(i)
            if ratio is not None:
                return ratio, ratio.end
            return None, end  # 10:30: a time of day
        slash = _SLASH_RE.match(text, i)
        if slash and slash.group(0) == text[i : slash.end()] and "/" in text[end : end + 2]:
            return self._slash(i, slash)
        if text.startswith(zh.FRACTION_MARK, end) and raw.isdigit():
            return self._chinese_fraction(i, raw, end)
        mantissa = Decimal(digits)
        denominator = _DENOMINATOR_RE.match(self.lower, end)
        if (
            denominator is not None
            and raw.isdigit()
            and (self.strict or self.lower.startswith(" of", denominator.end()))
        ):
            if not _fraction_agrees(mantissa, denominator.group(1)):
                raise _Unread(text[i : denominator.end()])  # 2 third
            q = Decimal(en.DENOMINATORS[denominator.group(1)])
            return self._english_share(i, denominator.end(), mantissa, q), denominator.end()
        start = i
        sign = self._sign_before(i)
        if sign:
            mantissa = -mantissa
            start = i - sign
        elif self._plus_before(i):
            start = i - 1  # +5%: an explicit plus belongs to the figure
        else:
            of = _IN_RE.match(self.lower, end)
            if of is not None and raw.isdigit():
                share = self._in_share(i, of, mantissa)
                if share is not None:
                    return share, share.end  # 1 in 3, 9 out of 10
        nxt1 = text[end : end + 1]
        if (nxt1 and nxt1 in _AFTER_NUMBER_MARKS) or text[i:end] == "10":
            marked = self._marked(start, i, end, raw, mantissa)
            if marked is not None:
                return marked, marked.end
        found = self._multiplied(start, end, mantissa)
        if found is None:
            return None, end
        core = found
        core.plain_arabic = core.end == end and raw.isdigit()
        after = text[core.end : core.end + 1]
        if after.isascii() and after.isalpha() and core.end == end and not _BASIS_POINTS_RE.match(self.lower, end):
            return None, _GLUED_TAIL_RE.match(text, end).end()  # type: ignore[union-attr]  # 5G, 3D, 10x: names
        currency_code = glued_to_letters and self._currency_prefix(core.start) != core.start
        if glued_to_letters and not (currency_code or _MEASURE_AFTER.match(text, end) or _CN_UNIT_RE.match(text, end)):
            return None, end  # G20, MP3: names; GDP8万元 and CPI2.5% carry a measure and are figures
        return core, core.end

    def _marked(self, start: int, i: int, end: int, raw: str, mantissa: Decimal) -> _Core | None:
        """Forms marked right after the digits: powers (1.5×10⁶, 10⁶), 2³ and 1.1^23 (refused), 5±0.2, 2 1/4."""
        text = self.text
        powered = self._power_of_ten(start, i, end, mantissa)
        if powered is not None:
            return powered
        if _SUPERSCRIPT_RE.match(text, end):
            raise _Unread(self.original[start : end + 1])  # 2³ or a footnote mark 45,000¹: not read as 2 or 45,000
        caret = _CARET_RE.match(text, end)
        if caret is not None:
            raise _Unread(self.original[start : caret.end()])  # 1.1^23: a power of another base, never 1.1 and 23
        plus_minus = _PLUS_MINUS_RE.match(text, end)
        if plus_minus is not None:
            # 5±0.2, 5 +/- 0.2: the interval the writer gives, [4.8, 5.2]; never 5 and 0.2.
            error = Decimal(plus_minus.group(1))
            core = _core_from_number(start, plus_minus.end(), mantissa, _ONE, _ONE, chinese=False)
            core.range = Interval(mantissa - error, mantissa + error)
            core.hedge, core.hedge_text = Hedge.RANGE, "±"
            return core
        mixed = _MIXED_NUMBER_RE.match(text, end) if raw.isdigit() and mantissa.copy_abs() < 1000 else None
        if mixed is not None and 0 < int(mixed.group(1)) < int(mixed.group(2)) <= 16:
            # 2 1/4 = 2.25, exactly: one number, never 2 and a share of 25%.
            top, bottom = Decimal(mixed.group(1)), Decimal(mixed.group(2))
            whole = mantissa * bottom + (top if mantissa >= 0 else -top)
            core = _Core(start, mixed.end(), whole / bottom, ZERO, _ONE, _ONE, _ONE)
            core.fixed = fraction_value(whole, bottom)
            return core
        return None

    def _power_of_ten(self, start: int, i: int, end: int, mantissa: Decimal) -> _Core | None:
        """1.5×10^6 = 1,500,000 rounded at its last digit (x 10^6); 10⁶ alone is one million, like 1e6."""
        text = self.text
        times = _TIMES_POWER_RE.match(text, end)
        bare = _BARE_POWER_RE.match(text, i) if text[i:end] == "10" and times is None else None
        found = times or bare
        if found is None or found.end() <= end:
            return None
        power = int((found.group(1) or found.group(2)).translate(_SUPERSCRIPT_DIGITS).replace("−", "-"))
        if abs(power) > MAX_EXPONENT:
            raise _Unread(self.original[start : found.end()])
        base = mantissa if times is not None else (-_ONE if mantissa < 0 else _ONE)
        core = _core_from_number(start, found.end(), base, _ONE.scaleb(power), _ONE, chinese=False)
        if exponent(base) >= 0 and power > 0:
            core.half = _ONE.scaleb(power) * _HALF  # 3×10^6: an integer times a power, like 3 million
        return core

    def _sign_before(self, i: int) -> int:
        """Length of a minus sign before the number at i (-3.8%, −3.8%, 负3.8%), or 0."""
        text = self.text
        prev = text[i - 1] if i > 0 else ""
        if prev == zh.MINUS:
            return 1
        if prev == "下" and text.endswith(zh.BELOW_ZERO, 0, i):
            return len(zh.BELOW_ZERO)  # 零下5度 = -5 degrees
        if prev == "−":
            return 0 if i >= 2 and text[i - 2].isdigit() else 1
        if prev == "-":
            before = text[i - 2] if i >= 2 else ""
            if before and (before in zh.NUMERAL_CHARS or before in "%‰)）"):
                return 0  # 3%-5%, 5万-10万: a dash between two figures joins a range
            if before == "" or (not (before.isascii() and before.isalnum()) and before not in ".-"):
                return 1
        return 0

    def _plus_before(self, i: int) -> bool:
        text = self.text
        if i == 0 or text[i - 1] != "+":
            return False
        before = text[i - 2] if i >= 2 else ""
        return before == "" or not (before.isascii() and before.isalnum())

    def _multiplied(self, start: int, end: int, mantissa: Decimal) -> _Core | None:
        """A number followed by 万/亿/千万/million/m..., with rule (b) hedges and mixed forms (1万2千)."""
        text = self.text
        pos = end
        if text[pos : pos + 1] in (*zh.MORE_WORDS, zh.FEW) and text[pos + 1 : pos + 2] in (
            "万",
            "亿",
            "十",
            "百",
            "千",
        ):
            chain = _CN_CHAIN_RE.match(text, pos + 1)
            if chain and chain.group() and chain.group()[-1] in "万亿":
                # Rule (b): N多万 -> [N*M, (N + g_N)*M), g_N the place of N's last non-zero digit.
                multiplier = _chain_value(chain.group())
                step = _last_nonzero_place(mantissa) * multiplier
                low = mantissa * multiplier
                core = _core_from_number(
                    start, chain.end(), mantissa, multiplier, _trailing_group(chain.group()), chinese=False
                )
                core.range = Interval(low, low + step, True, False)
                core.hedge, core.hedge_text = Hedge.MORE, text[pos]
                return core
        if text[pos : pos + 1] == " " and text[pos + 1 : pos + 2] in _MULTIPLIER_CHARS:
            return self._spaced(start, end, mantissa)
        rest = _MIXED_REST_RE.match(text, pos)
        if rest:
            chain = _CN_CHAIN_RE.match(text, pos)
            if chain and chain.group() == rest.group():
                multiplier = _chain_value(chain.group())
                return _core_from_number(
                    start, chain.end(), mantissa, multiplier, _trailing_group(chain.group()), chinese=False
                )
            if rest.group()[0] in zh.DIGITS or exponent(mantissa) < 0:
                raise _Unread(text[start : rest.end()])  # 3三, 10.1万零100
            number = read_chinese(text[start if mantissa >= 0 else start + 1 : rest.end()])
            if number is None:
                # Read as much as is a plain multiplier chain only where what follows is not a numeral:
                # 两万一千人 is whole; 5万一 is not read at all.
                raise _Unread(text[start : rest.end()])
            core = _core_from_numeral(start, rest.end(), number, chinese=False)
            if mantissa < 0:
                core.value = -core.value
            return core
        en_scale = _EN_SCALE_AFTER_RE.match(self.lower, pos)
        if en_scale:
            word = (en_scale.group(1) or en_scale.group(2) or en_scale.group(3)).lower()
            if en_scale.group(2) and word in ("b",) and not self._currency_before(start):
                return _core_from_number(start, end, mantissa, _ONE, _ONE, chinese=False)
            if (
                en_scale.group(2)
                and word == "m"
                and not (self._currency_before(start) or self.strict or self._words_after(en_scale.end()))
            ):
                return _core_from_number(start, end, mantissa, _ONE, _ONE, chinese=False)
            if word in en.HUNDRED or word in en.DOZEN:
                factor = Decimal(en.HUNDRED.get(word) or en.DOZEN[word])
                return _core_from_number(start, en_scale.end(), mantissa * factor, _ONE, _ONE, chinese=False)
            multiplier = Decimal(en.SCALES.get(word) or en.SHORT_SCALES[word])
            return _core_from_number(start, en_scale.end(), mantissa, multiplier, multiplier, chinese=False)
        return _core_from_number(start, end, mantissa, _ONE, _ONE, chinese=False)

    def _spaced(self, start: int, end: int, mantissa: Decimal) -> _Core:
        """7 万5 千4 百 = 75400, 2.5 亿元 = 2.5亿: the numeral read wholly with its spaces left out."""
        run = _SPACED_REST_RE.match(self.text, end)
        assert run is not None
        compact = run.group().replace(" ", "")
        if _CN_CHAIN_RE.fullmatch(compact):
            multiplier = _chain_value(compact)
            return _core_from_number(start, run.end(), mantissa, multiplier, _trailing_group(compact), chinese=False)
        number = None if exponent(mantissa) < 0 else read_chinese(f"{abs(mantissa)}{compact}")
        if number is None:
            raise _Unread(self.text[start : run.end()])
        core = _core_from_numeral(start, run.end(), number, chinese=False)
        if mantissa < 0:
            core.value = -core.value
        return core

    def _words_after(self, pos: int) -> bool:
        return bool(re.match(r" [a-z]", self.lower[pos : pos + 2]))

    def _currency_before(self, start: int) -> bool:
        return self._currency_prefix(start) != start

    def _ratio(self, i: int) -> _Core | None:
        """6.01:55.04:38.95 (also ∶): one figure of kind ratio; two whole numbers alone are a time (10:30)."""
        text = self.text
        match = _RATIO_RE.match(text, i)
        if match is None:
            return None
        terms_text = re.split(r"\s*[:∶]\s*", match.group())
        values = [Decimal(t) for t in terms_text]
        window = text[max(0, i - 12) : i]
        named = any(word in window for word in zh.RATIO_WORDS) or "ratio" in self.lower[max(0, i - 12) : i]
        if len(values) == 2 and not named and all(exponent(v) >= 0 for v in values):
            return None  # 10:30, 3:2: a time or a score
        terms = tuple(written(v) for v in values)
        core = _Core(i, match.end(), values[0], ZERO, _ONE, _ONE, _ONE)
        core.terms = terms
        core.unit = RATIO
        core.fixed = terms[0]
        return core

    def _slash(self, i: int, slash: re.Match[str]) -> tuple[_Core | None, int]:
        """1/3 in running text is a fraction; 24/7, 9/11, 2019/20 are labels and dates."""
        numerator, denominator = int(slash.group(1)), int(slash.group(2))
        text_num = slash.group(1)
        if 1 <= numerator < denominator <= 10 and not text_num.startswith("0"):
            sign = self._sign_before(i)
            top = Decimal(-numerator if sign else numerator)
            core = _Core(i - sign, slash.end(), top * 100 / denominator, ZERO, _ONE, _ONE, _ONE)
            core.fixed = fraction_percent(top, Decimal(denominator))
            core.unit = PERCENT
            core.context = SHARE
            return core, core.end
        return None, slash.end()

    # -- Chinese numerals ---------------------------------------------------------------------------------------
    def _chinese(self, i: int) -> tuple[_Core | None, int]:
        text = self.text
        for word, mark in zh.PER_HUNDRED.items():
            if text.startswith(word, i):
                return self._per_hundred(i, len(word), mark)
        if text.startswith("半成", i) and text[i + 2 : i + 3] not in zh.CHENG_NOT_BEFORE:
            core = _core_from_number(i, i + 2, Decimal("0.5"), _ONE, _ONE, chinese=True)
            core.percent_scale, core.percent_unit = _TEN, PERCENT  # 半成 = 5%
            core.value = Decimal(5)
            core.half = ZERO
            return core, i + 2
        if text.startswith("半数", i):
            return self._fixed_share(i, i + 2, Interval.point(50)), i + 2
        if text.startswith(zh.OVER_HALF, i):
            word = next(w for w in sorted(zh.OVER_HALF, key=len, reverse=True) if text.startswith(w, i))
            return self._fixed_share(i, i + len(word), Interval(Decimal(50), Decimal(100), False, True)), i + len(word)
        run = _CN_RUN_RE.match(text, i)
        if run is None:
            return None, i + 1
        chars = run.group()
        end = run.end()
        if text[end : end + 1] in (" ", zh.POINT) and text[end + 1 : end + 2] in _SPACED_NEXT:
            spaced = _CN_SPACED_RUN_RE.match(text, i)
            compact = spaced.group().replace(" ", "") if spaced else chars
            if spaced and read_chinese(compact) is not None:
                chars, end = compact, spaced.end()  # 三千 九百 六十五 = 3965 (text from PDFs), never three figures
        prev = text[i - 1] if i > 0 else ""
        if prev in zh.NUMERAL_CHARS and prev != zh.POINT:
            return None, end
        if text.startswith(zh.FRACTION_MARK, end) and not nonfigures.label_before(text, self.lower, i):
            return self._chinese_fraction(i, chars, end)
        number = read_chinese(chars)
        if self.labels.in_name(i, end, (i, end) if number is not None else None):
            return None, end
        if nonfigures.label_before(text, self.lower, i) and not self._word_before_counted(i, end):
            return None, end  # 第一, 表一
        doubling = (
            DOUBLING_RE.match(text, i - 1)
            if prev == "翻"
            else (DOUBLING_RE.match(text, i - 2) if text[i - 2 : i] == "翻了" else None)
        )
        if doubling is not None:
            core = _Core(
                doubling.start(), doubling.end(), Decimal(zh.DOUBLINGS[doubling.group()]), ZERO, _ONE, _ONE, _ONE
            )
            core.unit = zh.MULTIPLE_UNIT
            core.fixed = Interval.point(core.value)
            return core, core.end
        if chars in ("一",) and text[end : end + 1] == "半":
            return self._fixed_share(i, end + 1, Interval.point(50)), end + 1
        # 数十万, 几百: [2U, 10U); 上千, 上万: [U, 10U).
        if prev in zh.RANGE_PREFIXES and _CN_CHAIN_RE.fullmatch(chars) and chars:
            unit = _chain_value(chars)
            factor = self.settings.shu_lower_factor if prev != "上" else _ONE
            core = _Core(i - 1, end, unit * factor, ZERO, unit, unit, _trailing_group(chars), chinese=True)
            core.range = Interval(unit * factor, unit * _TEN, True, False)
            core.hedge, core.hedge_text = Hedge.RANGE, prev
            return core, end
        adjacent = self._adjacent_range(i, chars)
        if adjacent is not None:
            return adjacent, end
        if is_digit_sequence(chars):
            if len(chars) == 2 and chars[0] not in zh.ZEROS and self._discount_at(end):
                digits = digit_string(chars)
                assert digits is not None
                return _core_from_number(i, end, Decimal(digits), _ONE, _ONE, chinese=True), end  # 三八折 = 38%
            return None, end
        if chars in zh.ZEROS:
            return self._zero(i, end)
        if number is None:
            if chars in ("万", "亿", "百", "千", "万亿", "百万", "千万"):
                core = _core_from_number(i, end, _ONE, _chain_value(chars), _trailing_group(chars), chinese=True)
                core.bare = True
                return core, end
            if any(c in zh.DIGITS or c in zh.SMALL_UNITS for c in chars) and not any(c.isdigit() for c in chars):
                raise _Unread(chars)
            return None, end
        if text[end : end + 1] == "届" and nonfigures.session(text, end):
            return None, end  # 十三届全国人大
        if chars == "二" and text[end : end + 1] == "次":
            return None, end  # 二次: secondary, a second time
        if text[end : end + 1] == "次" and text[max(0, i - 4) : i].endswith(zh.SESSION_BODIES):
            return None, end  # 十二届全国人大五次会议: a session
        if nonfigures.list_number(text, i, end, chinese=True):
            return None, end  # 一是, （一）
        at_start = i == self._expression_start() or (prev == zh.MINUS and i - 1 == self._expression_start())
        if chars in ("一", "壹") and not (
            self.include_one or (self.strict and at_start and self._counted(end)) or _CN_RANGE_START_RE.match(text, end)
        ):
            return None, end  # 一 alone is the indefinite article (一场, 一份, 之一) or part of a word (一切, 一些)
        if zh.POINT in chars and text.startswith(("分", "时"), end):
            return None, end  # 八点三十分: a time of day
        start = i
        if prev == zh.MINUS:
            start = i - 1
        elif prev == "下" and text.endswith(zh.BELOW_ZERO, 0, i):
            start = i - len(zh.BELOW_ZERO)  # 零下十五度 = -15 degrees
        if text[end : end + 1] == zh.JIAO and len(chars) == 1 and chars in zh.DIGITS:
            return self._jiao(start, i, chars, end), end  # 肆角叁分: money in jiao and fen
        core = _core_from_numeral(start, end, number, chinese=True)
        if start < i:
            core.value = -core.value
        if number.multiplier == 1 and text[end : end + 1] in (*zh.MORE_WORDS, zh.FEW):
            nxt = _CN_CHAIN_RE.match(text, end + 1)
            if nxt and nxt.group() and nxt.group()[-1] in "万亿":
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

    def _word_before_counted(self, start: int, end: int) -> bool:
        """代表2978人: 表 ends a word before a counted number, so the label test does not hold."""
        if self.text[start - 1 : start] not in _WORD_END_LABEL_CHARS:
            return False
        return nonfigures.word_end_label(self.text, start) and self._counted_after(end)

    def _discount_at(self, pos: int) -> bool:
        return self.text[pos : pos + 1] == zh.ZHE and self.text[pos + 1 : pos + 2] not in zh.ZHE_NOT_BEFORE

    def _counted_after(self, pos: int) -> bool:
        """A measure word stands at pos (2978人), not the first character of a word (所示 in 如图2所示)."""
        unit = _CN_UNIT_RE.match(self.text, pos)
        return unit is not None and self.text[unit.end() : unit.end() + 1] not in zh.SHOWN_AFTER_UNIT

    def _jiao(self, start: int, i: int, chars: str, end: int) -> _Core:
        parts = _YUAN_PARTS_RE.match(self.text, i)
        assert parts is not None
        jiao = Decimal(zh.DIGITS[chars]) / 10
        fen = Decimal(zh.DIGITS[parts.group(2)]) / 100 if parts.group(2) else ZERO
        value = -(jiao + fen) if start < i else jiao + fen
        core = _core_from_number(start, parts.end(), value, _ONE, _ONE, chinese=True)
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
            or bool(_CN_UNIT_RE.match(text, end))
            or rest.startswith(("以", "左右"))
        )

    def _zero(self, i: int, end: int) -> tuple[_Core | None, int]:
        """零伤亡, 命案零发生, 零元: 零 before a noun of counting, a measure word or a currency is the figure 0."""
        text = self.text
        if text.startswith(zh.BELOW_ZERO, i):
            return None, end  # 零下十五度: the sign of the figure after it
        noun = _ZERO_NOUN_RE.match(text, end)
        unit = _CN_UNIT_RE.match(text, end)
        if noun is None and not (unit and unit.group() in zh.CURRENCIES) and not self.strict:
            return None, end
        core = _core_from_number(i, end, ZERO, _ONE, _ONE, chinese=True)
        if noun is not None:
            core.end = noun.end()
            core.exact = True
        core.plain_arabic = False
        return core, core.end

    def _fixed_share(self, start: int, end: int, interval: Interval) -> _Core:
        core = _Core(start, end, interval.lo, ZERO, _ONE, _ONE, _ONE, chinese=True)
        core.fixed = interval
        core.unit = PERCENT
        core.context = SHARE
        return core

    def _chinese_fraction(self, i: int, chars: str, end: int) -> tuple[_Core | None, int]:
        """三分之一, 4分之3, 五百分之二: an exact share."""
        text = self.text
        body = end + len(zh.FRACTION_MARK)
        denominator = self._plain_number(chars)
        numerator, after = self._number_at(body)
        if denominator is None or numerator is None or denominator == 0 or exponent(numerator) < 0:
            raise _Unread(text[i:after] if after > i else chars)
        start = i - 1 if i > 0 and text[i - 1] == zh.MINUS else i
        sign = -1 if start < i else 1
        core = _Core(start, after, sign * numerator * 100 / denominator, ZERO, _ONE, _ONE, _ONE, chinese=True)
        core.fixed = fraction_percent(sign * numerator, denominator)
        core.unit = PERCENT
        core.context = SHARE
        return core, after

    def _plain_number(self, chars: str) -> Decimal | None:
        if chars.isdigit():
            return Decimal(chars)
        number = read_chinese(chars)
        if number is None or (number.multiplier != 1 and exponent(number.mantissa) < 0):
            return None
        return number.value

    def _number_at(self, pos: int) -> tuple[Decimal | None, int]:
        """A plain number (Arabic or Chinese) at pos, for the numerator of a fraction."""
        text = self.text
        arabic = _ARABIC_RE.match(text, pos)
        if arabic:
            return Decimal(arabic.group().replace(",", "")), arabic.end()
        run = _CN_RUN_RE.match(text, pos)
        if run is None:
            return None, pos
        return self._plain_number(run.group()), run.end()

    def _adjacent_range(self, i: int, chars: str) -> _Core | None:
        """两三百 -> [200, 400): two adjacent digits then an optional multiplier."""
        if len(chars) < 2 or chars[0] not in zh.DIGITS or chars[1] not in zh.DIGITS:
            return None
        a, b = zh.DIGITS[chars[0]], zh.DIGITS[chars[1]]
        if a == 0 or b != a + 1:
            return None
        rest = chars[2:]
        if rest and not _CN_CHAIN_RE.fullmatch(rest):
            return None
        unit = _chain_value(rest) if rest else _ONE
        core = _Core(i, i + len(chars), a * unit, ZERO, unit, unit, _trailing_group(rest), chinese=True)
        core.range = Interval(a * unit, (b + 1) * unit, True, False)
        core.hedge, core.hedge_text = Hedge.RANGE, chars[:2]
        return core

    def _per_hundred(self, i: int, length: int, mark: str) -> tuple[_Core | None, int]:
        """百分之二十九点二 (percent), 千分之五 (per mille), 万分之三 (per ten thousand)."""
        text = self.text
        body = i + length
        negative = text[body : body + 1] in (zh.MINUS, "-", "−")
        if negative:
            body += 1
        arabic = _ARABIC_RE.match(text, body)
        if arabic:
            mantissa = Decimal(arabic.group().replace(",", ""))
            end = arabic.end()
            if text[end : end + 1].isascii() and text[end : end + 1].isalpha():
                raise _Unread(text[i : end + 1])  # 百分之15K: not 15%
        else:
            run = _CN_RUN_RE.match(text, body)
            spaced = _CN_SPACED_RUN_RE.match(text, body) if run is not None else None
            if run is not None and spaced is not None and spaced.end() > run.end():
                compact = spaced.group().replace(" ", "")
                if read_chinese(compact) is not None:
                    run = spaced  # 百分之五 十 = 50%, 百分之一 点五 = 1.5%: never 5% or 1%
            if run is not None and run.group() == "百":
                mantissa, end = Decimal(100), run.end()  # 百分之百: all of it
            elif run is None:
                return None, body
            elif (adjacent := self._adjacent_range(body, run.group())) is not None and not negative:
                # 百分之二三十 = [20%, 40%), 百分之五六 = [5%, 7%): two adjacent digits, as 两三百 is [200, 400).
                start = i - 1 if i > 0 and text[i - 1] == zh.MINUS else i
                if start < i:
                    raise _Unread(text[start : run.end()])
                adjacent.start = i
                adjacent.percent_scale, adjacent.chinese = _ONE, True
                adjacent.percent_unit = {"%": PERCENT, "‰": PER_MILLE, "‱": PER_TEN_THOUSAND}[mark]
                return adjacent, run.end()
            else:
                numeral = run.group().replace(" ", "")
                digits = digit_string(numeral)
                number = read_chinese(numeral)
                if digits is not None and number is None:
                    mantissa = Decimal(digits)  # 百分之三五: digits read one by one
                elif number is None or number.multiplier != 1:
                    raise _Unread(text[i : run.end()])
                else:
                    mantissa = number.mantissa
                end = run.end()
        start = i - 1 if i > 0 and text[i - 1] == zh.MINUS else i
        if negative or start < i:
            mantissa = -mantissa
        core = self._percent_core(start, end, mantissa, _ONE)
        core.percent_unit = {"%": PERCENT, "‰": PER_MILLE, "‱": PER_TEN_THOUSAND}[mark]
        core.chinese = arabic is None
        return core, end

    def _percent_core(self, start: int, end: int, mantissa: Decimal, scale: Decimal) -> _Core:
        """Percent-like figures are rounded at their last written digit; value in their own units."""
        unit = _last_digit_unit(mantissa) * scale
        core = _Core(start, end, mantissa * scale, unit * _HALF, _last_nonzero_place(mantissa) * scale, unit, scale)
        core.percent_scale = scale
        return core

    # -- English words ------------------------------------------------------------------------------------------
    def _english(self, i: int) -> tuple[_Core | None, int]:
        """Number words (twenty seven, one hundred twenty-five), fractions (two-thirds, nine out of ten)."""
        lower = self.lower
        if i > 0 and lower[i - 1].isascii() and lower[i - 1].isalpha():
            return None, i + 1
        multiple = _MULTIPLE_WORD_RE.match(lower, i) or _TWICE_RE.match(lower, i)
        if multiple is not None:
            word = multiple.group()
            core = _Core(i, multiple.end(), Decimal(en.MULTIPLE_WORDS.get(word, 2)), ZERO, _ONE, _ONE, _ONE)
            core.unit = zh.MULTIPLE_UNIT
            core.fixed = Interval.point(core.value)
            return core, core.end  # doubled = x2, as 翻一番
        run = _EN_RUN_RE.match(lower, i)
        if run is None:
            half_dozen = _HALF_DOZEN_RE.match(lower, i)
            if half_dozen is not None:
                core = _Core(i, half_dozen.end(), Decimal(6), ZERO, _ONE, _ONE, _ONE, words=True)
                return core, core.end  # half a dozen = 6, as a dozen is 12
            lone = _LONE_FRACTION_RE.match(lower, i)
            if lone is not None and (self.strict or self._half_of(i, lone.group(1), lone.end())):
                p, q = en.LONE_FRACTIONS[lone.group(1)]
                return self._english_share(i, lone.end(), Decimal(p), Decimal(q)), lone.end()
            return None, i + 1
        words = run.group()
        # Trailing words that join or introduce (and, a, point) belong to what follows, not to the number.
        trimmed = re.sub(r"(?:[\s-]+(?:and|an?|point))+$", "", words)
        for joint in re.finditer(r"\s+and\s+", trimmed):
            if _MIXED_FRACTION_RE.match(lower, i + joint.start()):
                trimmed = trimmed[: joint.start()]  # two and three eighths: the fraction is read below
                break
        end = i + len(trimmed)
        if re.fullmatch(r"an?", trimmed):
            denominator = _DENOMINATOR_RE.match(lower, end)
            if denominator is not None:
                if not _fraction_agrees(_ONE, denominator.group(1)):
                    raise _Unread(self.original[i : denominator.end()])  # a thirds
                return self._english_share(
                    i, denominator.end(), _ONE, Decimal(en.DENOMINATORS[denominator.group(1)])
                ), denominator.end()
            return None, end
        if trimmed.startswith(("and", "point")) and not (trimmed.startswith("point") and self.strict):
            return None, end
        if re.match(r"an?[\s-]", trimmed) and not re.match(
            r"an?[\s-]+(?:hundred|thousand|million|billion|dozen)", trimmed
        ):
            return None, i + 2
        number = read_english(trimmed)
        if number is None and " and " in trimmed:
            # three and four, nineteen seventy and fifteen hundred: two numbers joined by "and", read one by one.
            head = trimmed[: trimmed.index(" and ")]
            number = read_english(head)
            if number is not None:
                trimmed, end = head, i + len(head)
        if number is None:
            raise _Unread(self.original[i:end])
        denominator = _DENOMINATOR_RE.match(lower, end)
        if denominator is not None and number.multiplier == 1 and exponent(number.mantissa) >= 0:
            if not _fraction_agrees(number.mantissa, denominator.group(1)) or (
                _TENS_END_RE.search(trimmed) and denominator.group(1).rstrip("s") in en.UNIT_DENOMINATORS
            ):
                # twenty-fifth, one hundred twenty-fifth: an ordinal, never twenty fifths; thirty fifths: 30/5 or
                # 1/35 by how one hears it.
                raise _Unread(self.original[i : denominator.end()])
            below = Decimal(en.DENOMINATORS[denominator.group(1)])
            return self._english_share(i, denominator.end(), number.mantissa, below), denominator.end()
        ordinal = _ORDINAL_AFTER_RE.match(lower, end)
        if ordinal is not None:
            raise _Unread(self.original[i : ordinal.end()])  # twenty-first, one hundred and first: a place, no figure
        mixed = _MIXED_FRACTION_RE.match(lower, end)
        if mixed is not None and number.multiplier == 1:
            if not _fraction_agrees(Decimal(en.UNITS.get(mixed.group(1), 1)), mixed.group(2)):
                raise _Unread(self.original[i : mixed.end()])  # two and three eighth
            top = _ONE if mixed.group(1) in en.ARTICLES else Decimal(en.UNITS[mixed.group(1)])
            bottom = Decimal(en.DENOMINATORS[mixed.group(2)])
            whole = _Core(i, mixed.end(), number.mantissa + top / bottom, ZERO, _ONE, _ONE, _ONE, words=True)
            whole.fixed = fraction_value(number.mantissa * bottom + top, bottom)
            return whole, whole.end
        of = _IN_RE.match(lower, end)
        if of is not None and number.multiplier == 1:
            share = self._in_share(i, of, number.mantissa)
            if share is not None:
                return share, share.end  # one in five, nine out of ten
        core = _core_from_numeral(i, end, number, chinese=False)
        core.words = True
        return core, end

    def _half_of(self, start: int, word: str, end: int) -> bool:
        """In prose only "half of ..." is a figure: "quarter" alone is three months, "first half" a period."""
        before = self.lower[max(0, start - 8) : start]
        return (
            word == "half" and self.lower.startswith(" of ", end) and not before.endswith(("first ", "second ", "the "))
        )

    def _english_or_digits(self, pos: int) -> tuple[Decimal | None, int]:
        """The whole number at pos, in digits (4,000) or words (twenty-five), or None: never a part of a number
        (the 4 of 4,000 or of 4 million)."""
        digits = _ARABIC_RE.match(self.text, pos)
        if digits:
            if "." in digits.group():
                return None, pos
            end = digits.end()
            number = Decimal(re.sub(r"[,\s\u00a0\u202f\u2009]", "", digits.group()))
        else:
            run = _EN_RUN_RE.match(self.lower, pos)
            if run is None:
                return None, pos
            words = re.sub(r"(?:[\s-]+(?:and|an?|point))+$", "", run.group())
            read = read_english(words)
            if read is None or read.multiplier != 1:
                return None, pos
            number, end = read.mantissa, pos + len(words)
        scale = _EN_SCALE_AFTER_RE.match(self.lower, end)
        if scale is not None:
            word = (scale.group(1) or scale.group(2) or scale.group(3)).lower()
            factor = en.SCALES.get(word) or en.SHORT_SCALES.get(word) or en.HUNDRED.get(word)
            if factor is None or word in ("m", "b"):
                return None, pos  # 1 in 4 dozen, 1 in 4m: not read
            return number * factor, scale.end()  # 1 in 4 million
        if self.text[end : end + 1] in _MULTIPLIER_CHARS:
            return None, pos
        return number, end

    def _in_share(self, start: int, joint: re.Match[str], part: Decimal) -> _Core | None:
        """N in M, N out of M: the share N/M, a figure with or without a noun after it (one in five adults).

        Not when M is a time (3 in 10 minutes, 5 in 24 hours) or a year (3 in 2019), nor when N is not below M in
        running text."""
        total, after = self._english_or_digits(joint.end())
        if total is None or not 0 < part <= total or (part == total and not self.strict):
            return None
        if "over" in joint.group() and part == total:
            return None  # one over three is a third; 5 over 5 is no share
        if _TIME_AFTER_SHARE_RE.match(self.lower, after):
            return None
        digits = self.text[joint.end() : after]
        if digits.isdigit() and len(digits) == 4 and 1000 <= total <= 2999:
            return None
        core = self._english_share(start, after, part, total)
        core.in_share = True
        return core

    def _english_share(self, start: int, end: int, p: Decimal, q: Decimal) -> _Core:
        core = _Core(start, end, p * 100 / q, ZERO, _ONE, _ONE, _ONE, words=True)
        core.fixed = fraction_percent(p, q)
        core.unit = PERCENT
        core.context = SHARE
        return core

    def _english_range(self, i: int) -> _Core | None:
        match = _EN_RANGE_RE.match(self.lower, i)
        if match is None or (not match.group().endswith(" of") and not self.strict):
            return None
        unit = Decimal(en.RANGE_WORDS[match.group(1)])
        if match.group(2):
            unit *= en.RANGE_WORDS[match.group(2)]
        low = unit * self.settings.shu_lower_factor
        core = _Core(i, match.end(), low, ZERO, unit, unit, unit)
        core.range = Interval(low, unit * _TEN, True, False)
        core.hedge, core.hedge_text = Hedge.RANGE, self.original[i : match.end()]
        return core

    # -- unit, hedges, ranges, exclusions --------------------------------------------------------------------------
    def _complete(self, core: _Core) -> Quantity | None:
        text = self.text
        pos = core.end
        hedge, hedge_text = core.hedge, core.hedge_text
        if core.fixed is not None:
            return self._complete_fixed(core)
        # Rule (c) and (a): 15万多, 6000多, 200余, and 十几 (几 after a Chinese numeral, like 多).
        more = text[pos : pos + 1]
        if hedge is None and (more in zh.MORE_WORDS or (more == zh.FEW and core.chinese and not core.bare)):
            step = core.last_unit if core.group > 1 else core.g_a
            if core.percent_scale is None:
                core.range = Interval(core.value, core.value + step, True, False)
                hedge, hedge_text = Hedge.MORE, text[pos]
                pos += 1
        unit: str | None = None
        kind_scale = _ONE
        if hedge is None and text.startswith("个多", pos):
            # 两个多月: 多 between the measure word and the time unit.
            for word in ("个月", "个小时", "个星期", "个季度"):
                if text.startswith(word[1:], pos + 2):
                    core.range = Interval(core.value, core.value + core.g_a, True, False)
                    hedge, hedge_text = Hedge.MORE, "多"
                    unit, pos = word, pos + 1 + len(word)
                    break
        if unit is None:
            unit, kind_scale, pos = self._unit(core, pos)
        if (
            unit in (PERCENT, PER_MILLE, PER_TEN_THOUSAND, PP) or unit in zh.PERCENTAGE_POINTS
        ) and core.percent_scale is None:
            # Percentages are rounded at their last written digit, integers too: 98% is [97.5, 98.5].
            core.half = _last_digit_unit(core.value) * _HALF
        if unit == "CNY" and core.chinese and text[pos - 1 : pos] in zh.YUAN:
            pos = self._yuan_parts(core, pos)
        if hedge is None and kind_scale == _TEN and text[pos : pos + 1] in zh.MORE_WORDS:
            # 三成多: 多 after 成 is rule (a) in tenths, [30%, 40%).
            core.range = Interval(core.value, core.value + core.g_a, True, False)
            hedge, hedge_text = Hedge.MORE, text[pos]
            pos += 1
        # A duration may take its 多 after the unit: 一年多, 两个月多.
        if hedge is None and unit is not None and text[pos : pos + 1] in zh.MORE_WORDS and unit in zh.RECENT_TIME_UNITS:
            core.range = Interval(core.value, core.value + core.last_unit, True, False)
            hedge, hedge_text = Hedge.MORE, text[pos]
            pos += 1
        if text[pos : pos + 1] in zh.EXACT_MARKS and unit == "CNY":
            core.exact = True  # 壹佰万元整
            pos += 1
        second = self._range_end(core, unit, pos) if hedge is None else None
        if second is not None:
            return second
        start = core.start
        recent = False
        prefix = prefix_hedge(text, self.lower, self._currency_prefix(start))
        if prefix is not None and prefix[1].lower() in en.COMPARATIVES and _AGO_RE.match(self.lower, pos):
            prefix = None  # lower than 20 years ago: compares with a time, bounds nothing
        if prefix is not None and prefix[1].lower() == "over" and _TIME_UNIT_RE.fullmatch(str(unit or "")):
            # over five years: "during" or "more than", by the sentence; neither is read as the other.
            raise _Unread(self.original[prefix[0] : pos])
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
        if text.startswith(zh.RUN_WORDS, start - 2) and start >= 2 and unit is not None:
            start -= 2  # 连续两年: the run of years is part of the figure
        start = self._currency_prefix(start)
        odd = _ODD_RE.match(self.lower, pos)
        if hedge is None and odd and core.range is None:
            core.range = Interval(core.value, core.value + core.g_a, True, False)  # 2,000-odd = 2000多
            hedge, hedge_text = Hedge.MORE, odd.group(1)
            pos = odd.end()
        suffix = suffix_hedge(text, self.lower, pos)
        if suffix is not None:
            word, suffix_hedge_kind = suffix
            if hedge is None or hedge is Hedge.RANGE:
                hedge, hedge_text = suffix_hedge_kind, word.strip()
            pos += len(word)
        if not self._is_figure(core, unit, hedge, start, pos, recent):
            return None
        try:
            interval = self._interval(core, hedge, kind_scale)
        except IntervalError:
            return None  # 近0, 不足0: a hedge that leaves no value at all
        quantity_unit = PP if unit in zh.PERCENTAGE_POINTS else unit
        if unit in zh.PER_MILLE_POINTS:
            quantity_unit = "‰ points"
        currency = self._currency_of(start, core.start)
        if currency and quantity_unit is None:
            quantity_unit = currency
        context = self._context(start, pos, quantity_unit, kind_scale)
        if context == SHARE and quantity_unit == PERCENT:
            interval = interval.intersect(SHARE_RANGE) or interval
        return Quantity(
            interval=interval,
            unit=quantity_unit,
            kind=kind_of(quantity_unit),
            text=self.original[start:pos],
            value=core.value * kind_scale,
            hedge=hedge_text if (hedge is not None and not recent) else None,
            start=start,
            end=pos,
            context=context,
        )

    def _complete_fixed(self, core: _Core) -> Quantity | None:
        """Fractions, halves, doublings and ratios: the form fixes the reading; hedges may bound it."""
        assert core.fixed is not None
        text = self.text
        pos = core.end
        interval = core.fixed
        hedge_text: str | None = None
        start = core.start
        suffix = suffix_hedge(text, self.lower, pos)
        prefix = prefix_hedge(text, self.lower, start)
        vague = (Hedge.APPROX, Hedge.NEAR)
        vague_suffix = suffix is not None and suffix[1] in vague and prefix is None
        if (prefix is not None and prefix[2] in vague) or vague_suffix:
            # about a third, nearly half, 三分之一左右: widened by the relative widths of the settings.
            kind = prefix[2] if prefix is not None else suffix[1]  # type: ignore[index]
            value = interval.lo if interval.is_point else core.value
            s = self.settings
            rel = s.near_rel if kind is Hedge.NEAR else s.approx_rel * s.approx_k
            width = (Interval.point(abs(value)) * Interval.point(rel)).hi  # rounded outward
            widened = interval + Interval(-width, width)
            interval = Interval(widened.lo, interval.hi, True, False) if kind is Hedge.NEAR else widened
            if prefix is not None:
                hedge_text, start = prefix[1], prefix[0]
            else:
                hedge_text = suffix[0].strip()  # type: ignore[index]
                pos += len(suffix[0])  # type: ignore[index]
        elif suffix is not None and suffix[1] in BOUNDS:
            interval = bound_range(interval, suffix[1])
            hedge_text = suffix[0].strip()
            pos += len(suffix[0])
        elif prefix is not None and prefix[2] in BOUNDS:
            interval = bound_range(interval, prefix[2])
            if prefix[2] is Hedge.MORE_THAN:
                interval = Interval(core.fixed.hi, interval.hi, False, interval.hi_closed)
            if prefix[2] is Hedge.LESS_THAN:
                interval = Interval(interval.lo, core.fixed.lo, interval.lo_closed, False)
            hedge_text = prefix[1]
            start = prefix[0]
        if core.context == SHARE:
            interval = interval.intersect(SHARE_RANGE) or interval
        if (
            core.words
            and not core.in_share
            and not self.strict
            and not (text.startswith(" of", pos) or self._english_unit_at(pos))
        ):
            return None  # "half", "a third" in prose: a figure only as "half of ..."
        return Quantity(
            interval=interval,
            unit=core.unit,
            kind=kind_of(core.unit),
            text=self.original[start:pos],
            value=core.value,
            hedge=hedge_text,
            start=start,
            end=pos,
            context=core.context,
            terms=core.terms,
        )

    def _english_unit_at(self, pos: int) -> bool:
        return _EN_UNIT_RE.match(self.lower, pos) is not None

    def _range_end(self, core: _Core, unit: str | None, pos: int) -> Quantity | None:
        """3至5年, 20万至30万元, 3-5 years, between 3 and 5: one figure from the low end to the high end."""
        text = self.text
        if core.range is not None or (core.percent_scale is not None and core.percent_unit is None):
            return None
        joiner = JOINER_RE.match(self.lower, pos)
        if joiner is None or joiner.end() >= len(text):
            return None
        word = joiner.group().strip()
        if word in ("and",) and not self.lower[max(0, core.start - 8) : core.start].endswith("between "):
            return None
        if word == "to" and core.chinese:
            return None
        nxt = joiner.end()
        ch = text[nxt]
        if not (ch.isdigit() or ch in zh.NUMERAL_CHARS or (ch.isalpha() and ch.isascii())):
            return None
        try:
            second, _ = self._core_at(nxt)
        except _Unread:
            return None
        if second is None or second.range is not None or second.fixed is not None or second.value < 0:
            return None
        unit2, scale2, end = self._unit(second, second.end)
        if unit2 is None and _LABEL_AFTER_RE.match(text, second.end):
            core.notes.append(_DATE_SPAN)  # 三至五月, 二十至三十日: a span of dates, and its first end a date too
            return None
        if unit is not None and unit != unit2:
            return None  # 15% to 2,346: a change to another figure, not a range
        if re.search(r"(?:from|从|由)\s*$", self.lower[max(0, core.start - 6) : core.start]):
            return None  # from 70.2% to 72.5%: two figures
        first = core
        if first.group == 1 and second.group > 1 and first.plain_arabic | first.chinese and unit is None:
            first = _core_from_number(
                core.start, core.end, core.value, second.group, second.group, chinese=core.chinese
            )
        dash = word in DASHES or word in ("~", "～")
        if (dash or word == "to") and unit2 is None and second.group == 1 and not self.strict:
            return None  # 3-5 alone: a score or a label, not a range
        if second.words != first.words and not self.strict:
            return None
        if unit2 in (PERCENT, PER_MILLE, PER_TEN_THOUSAND, PP) or unit2 in zh.PERCENTAGE_POINTS:
            # Each end of a range of percentages is rounded at its last digit; the cores stay as read.
            first, second = (
                replace(c, half=_last_digit_unit(c.value) * _HALF) if c.percent_scale is None else c
                for c in (first, second)
            )
        low = self._interval(first, None, scale2 if unit is None else _ONE)
        high = self._interval(second, None, scale2)
        joined = span(low, high)
        if joined is None or not low.hi < high.lo:
            return None
        if first.plain_arabic and 1000 <= first.value <= 2999 and unit2 in (None, "年") and not self.strict:
            return None  # 2018至2020年, between 2007 and 2015: a span of years
        start = self._currency_prefix(self._between_start(first.start))
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

    def _between_start(self, start: int) -> int:
        return start - 8 if self.lower[max(0, start - 8) : start] == "between " else start

    def _yuan_parts(self, core: _Core, pos: int) -> int:
        """壹元贰角叁分: jiao and fen after 元 add to the amount, which is then exact."""
        parts = _YUAN_PARTS_RE.match(self.text, pos)
        if parts is None or not parts.group():
            return pos
        jiao = Decimal(zh.DIGITS[parts.group(1)]) / 10 if parts.group(1) else ZERO
        fen = Decimal(zh.DIGITS[parts.group(2)]) / 100 if parts.group(2) else ZERO
        core.value += jiao + fen
        core.exact = True
        return parts.end()

    def _unit(self, core: _Core, pos: int, *, gap: bool = True) -> tuple[str | None, Decimal, int]:
        """The unit after the number, its scale to display units, and where it ends."""
        text = self.text
        if core.percent_scale is not None:
            return core.percent_unit or PERCENT, _ONE, pos
        if core.unit is not None:
            return core.unit, _ONE, pos
        ch = text[pos : pos + 1]
        if gap and ch in _GAP_CHARS:
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
            return PERCENT, _TEN, self._tenths_tail(core, pos + 1)
        if ch == zh.ZHE and text[pos + 1 : pos + 2] not in zh.ZHE_NOT_BEFORE and core.range is None:
            if core.value <= 10:
                return PERCENT, _TEN, self._tenths_tail(core, pos + 1)
            if 10 < core.value < 100 and exponent(core.value) == 0 and core.group == 1:
                return PERCENT, _ONE, pos + 1  # 75折 = 75%
        match = _CN_UNIT_RE.match(text, pos)
        if match is not None:
            word = match.group()
            return zh.CURRENCIES.get(word, word), _ONE, match.end()
        if ch in (" ", "-", "b"):
            ambiguous = _TIMES_MORE_RE.match(self.lower, pos)
            if ambiguous is not None:
                raise _Unread(self.original[core.start : ambiguous.end()])  # three times more: x3 or x4
            times = _TIMES_RE.match(self.lower, pos)
            if times is not None and core.value > 0:
                return zh.MULTIPLE_UNIT, _ONE, times.end()  # 3 times the, 2.5 times as: a multiple
            basis = _BASIS_POINTS_RE.match(self.lower, pos)
            if basis is not None:
                return PP, _BASIS_POINT, basis.end()  # 25 basis points = 0.25 pp
        if ch == " ":
            found = _EN_UNIT_RE.match(self.lower, pos)
            if found is not None:
                word = found.group(1)
                if word in en.PERCENT_WORDS:
                    return PERCENT, _ONE, found.end()
                if word in en.PP_WORDS:
                    return PP, _ONE, found.end()
                return en.CURRENCY_WORDS.get(word, word), _ONE, found.end()
        return None, _ONE, pos

    def _after_gap(self, pos: int) -> int:
        if self.text[pos : pos + 1] not in _GAP_CHARS:
            return pos
        gap = _GAP_RE.match(self.text, pos)
        return gap.end() if gap else pos

    def _tenths_tail(self, core: _Core, pos: int) -> int:
        """七成六 = 76%, 三成半 = 35%: a digit after 成 is one place below it."""
        text = self.text
        if core.range is not None or exponent(core.value) < 0 or not 0 < core.value < 10:
            return pos
        ch = text[pos : pos + 1]
        nxt = text[pos + 1 : pos + 2]
        if nxt and (nxt in zh.NUMERAL_CHARS or nxt.isdigit() or _CN_UNIT_RE.match(text, pos + 1)):
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

    def _is_figure(
        self, core: _Core, unit: str | None, hedge: Hedge | None, start: int, end: int, recent: bool
    ) -> bool:
        text = self.text
        if _DATE_SPAN in core.notes:
            return False
        if unit == zh.QUARTER and not text.endswith(zh.QUARTER_COUNTED_AFTER, 0, core.start):
            return False  # 三季度 = the third quarter, 前三季度 = three quarters
        if core.bare and hedge is None:
            return False  # 万 alone: only 逾万, 上万, 万余 are figures
        label_at = core.end
        if unit is None and text[core.end : core.end + 1] in _GAP_CHARS:
            label_at = self._after_gap(core.end)  # 2019年 3 月: still a date
        if (unit is None and _LABEL_AFTER_RE.match(text, label_at)) or text.startswith(zh.LABEL_WORDS, core.end):
            return False  # 12月, 3日, 70周年, 十九大: dates and labels
        if unit == "分" and text[max(0, core.start - 1) : core.start] in ("时", ":", "点"):
            return False  # 8时30分: a time of day, not a score
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
        numeral = (core.start, core.end) if core.chinese else None
        if self.labels.in_name(start, end, numeral):
            return False
        return not (recent and unit is None)

    def _standalone_numeral(self, core: _Core) -> bool:
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

    def _numeral_at(self, pos: int) -> bool:
        ch = self.text[pos : pos + 1]
        return bool(ch) and (ch.isdigit() or ch in zh.NUMERAL_CHARS)

    def _word_figure(self, core: _Core, unit: str | None) -> bool:
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
            hyphened = _WORD_RE.match(lower, core.end + 1)
            if hyphened is None or hyphened.group() not in en.HYPHEN_UNITS:
                return False  # two-way, five-star, twenty-something
        if nonfigures.number_idiom(lower, core.start, core.end):
            return False
        first = core.start
        while not text[first].isalpha():
            first += 1
        if text[first].isupper() and not self._sentence_start(first):
            return False  # the Big Four, Group of Seven, Ocean's Eleven: part of a name
        return not (unit is None and _COLLOQUIAL_HUNDREDS_RE.search(lower[core.start : core.end].lstrip("+-")))

    def _sentence_start(self, pos: int) -> bool:
        """Whether pos begins a sentence, a line, a quotation or a parenthesis (after the spaces before it)."""
        before = self.text[max(0, pos - 16) : pos].rstrip(" \t\u00a0")
        if not before:
            return pos <= 16
        return before[-1] in _SENTENCE_OPENERS

    def _interval(self, core: _Core, hedge: Hedge | None, scale: Decimal) -> Interval:
        value = core.value * scale
        if core.exact:
            return Interval.point(value)
        if core.range is not None:
            base = core.range.scale(scale)
            return bound_range(base, hedge) if hedge in BOUNDS else base
        g_a = core.g_a * scale
        if hedge is None:
            half = core.half * scale
            return Interval(value - half, value + half, True, True)
        if hedge is Hedge.MORE:
            return Interval(value, value + g_a, True, False)
        s = self.settings
        return hedged(value, g_a, hedge, approx_k=s.approx_k, approx_rel=s.approx_rel, near_rel=s.near_rel)

    # -- context -----------------------------------------------------------------------------------------------
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
            if kind_scale == _TEN or _ZH_SHARE_RE.search(window) or _EN_SHARE_RE.search(window):
                return SHARE
            if text.startswith(" of ", end):
                return SHARE
            return None
        averaged = _ZH_AVERAGE_RE.search(window) or _EN_AVERAGE_RE.search(window) or _AVERAGE_AFTER_RE.match(text, end)
        if unit is not None and unit != PP and averaged:
            return AVERAGE
        return None

    def _quote_spans(self) -> list[tuple[int, int]]:
        spans: list[tuple[int, int]] = []
        for left, right in zh.QUOTES:
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
        index = bisect.bisect_right(self.quote_starts, start) - 1
        while index >= 0 and self.quotes[index][0] >= start - 42:
            q_start, q_end = self.quotes[index]
            if q_start <= start and end <= q_end:
                return self.text[q_start:q_end] != self.text[start:end]
            index -= 1
        return False

    def _expression_start(self) -> int:
        return len(self.text) - len(self.text.lstrip())


# -- public API ---------------------------------------------------------------------------------------------------
def find_quantities(
    text: str, *, settings: ReadingSettings = DEFAULT_SETTINGS, include_one: bool = False
) -> list[Quantity]:
    """Every figure in a passage, in order, each with its span in ``text``.

    Never raises on ordinary text: what cannot be read wholly as a figure is left out.  A lone 一 is read as the
    article "a" (一场, 一份) unless ``include_one``: where a figure is known to stand, 一个 is one.
    """
    with decimal.localcontext(_EXACT):
        return _Scanner(text, settings, strict=False, include_one=include_one).scan()


# What may stand outside the figure in an expression without being an unread part of a number.
_NUMBERISH_RE = re.compile(
    r"[0-9%‰‱.+\-−点⁰¹²³⁴⁵⁶⁷⁸⁹兆]|["
    + _CN_NUMERAL_CLASS
    + r"]|(?<![a-z])(?:"
    + en.ORDINAL_WORDS
    + "|"
    + "|".join(en.SIGN_WORDS)
    + "|"
    + _EN_GLUED
    + "|"
    + _EN_WORD_ALT
    + r"|point)(?![a-z])",
    re.IGNORECASE,
)


# Bound words that must not stand unread beside a figure in an expression: before it (more than, 大于), after it
# (以上, or more). 以下/以上 before a numeral mean "the following/the above" and are no bound there.
def _words_re(zh_words: list[str], en_words: list[str]) -> re.Pattern[str]:
    chinese = "|".join(map(re.escape, sorted(zh_words, key=len, reverse=True)))
    english = "|".join(re.escape(w) for w in sorted(en_words, key=len, reverse=True))
    return re.compile(f"{chinese}|(?<![a-z])(?:{english})(?![a-z])")


_VAGUE = (zh.APPROX, zh.NEAR)
_BOUND_BEFORE_RE = _words_re(
    [w for w, h in zh.PREFIX_HEDGES.items() if h not in _VAGUE and len(w) > 1],
    [w for w, h in en.PREFIX_HEDGES.items() if h not in _VAGUE and w[0].isalpha()],
)
_BOUND_AFTER_RE = _words_re(
    [w for w, h in zh.SUFFIX_HEDGES.items() if h not in _VAGUE],
    [w for w, h in en.SUFFIX_HEDGES.items() if h not in _VAGUE],
)


def parse_quantity(text: str, *, context: str | None = None, settings: ReadingSettings = DEFAULT_SETTINGS) -> Quantity:
    """Read one figure expression such as ``15万多件``, ``98%以上`` or ``more than 6,000``.

    The figure is read wholly or not at all: anything numeral-like left unread is an error naming it.
    ``context="share"`` caps a percentage at 100%.  Raises :class:`QuantityError` with a message fit for the
    user when the text is not exactly one figure.
    """
    _validate(text)
    scanner = _Scanner(text, settings, strict=True)
    with decimal.localcontext(_EXACT):
        found = scanner.scan()
    if scanner.unread and not found:
        raise QuantityError(f"cannot read {scanner.unread[0]!r} wholly as a number in {text.strip()!r}")
    if not found:
        raise QuantityError(f"no figure in {text.strip()!r}")
    if len(found) > 1:
        listed = ", ".join(repr(q.text) for q in found)
        raise QuantityError(f"{len(found)} figures in {text.strip()!r} ({listed}); give one figure")
    quantity = found[0]
    for part in (text[: quantity.start], text[quantity.end :]):
        stray = _NUMBERISH_RE.search(normalize(part))
        if stray:
            raise QuantityError(
                f"{part.strip()!r} is left unread outside the figure {quantity.text!r} in {text.strip()!r}"
            )
    before, after = normalize(text[: quantity.start])[-28:].lower(), normalize(text[quantity.end :])[:12].lower()
    bound = _BOUND_BEFORE_RE.search(before) or _BOUND_AFTER_RE.search(after)
    if bound is not None:
        # 大于等于一百 read as exactly 100 would be a wrong value: a bound word next to the figure that the reader
        # did not apply is an error, never ignored.
        raise QuantityError(
            f"{bound.group()!r} next to the figure {quantity.text!r} in {text.strip()!r} is a bound the reader "
            "cannot apply here; write it right before or after the figure, as in 不少于30 or 30以上"
        )
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
        if char == "\x00":
            raise QuantityError(f"control character NUL (U+0000) at position {index + 1}: not text")
        category = unicodedata.category(char)
        if (category == "Cc" and char not in "\t\n\r") or category in ("Cf", "Co", "Cn"):
            raise QuantityError(f"control or invisible character U+{code:04X} at position {index + 1}")
        if char.isdigit() and not unicodedata.normalize("NFKC", char).isascii():
            raise QuantityError(f"digit {char!r} (U+{code:04X}) is from a script factcheck does not read")
    normalised = normalize(text)
    for run in re.findall(r"\d[\d,]*(?:\.\d+)?", normalised):
        count = len(run.replace(",", "").replace(".", ""))
        if count > MAX_DIGITS:
            raise QuantityError(f"number too long: {count} digits (at most {MAX_DIGITS})")
    for pattern, message in _MALFORMED:
        if pattern.search(normalised):
            raise QuantityError(f"{message}: {text.strip()!r}")


__all__ = ["MAX_VALUE", "find_quantities", "parse_quantity"]
