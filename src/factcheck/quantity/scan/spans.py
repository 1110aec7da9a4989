"""The scanner's state and a number's span and precision.

Implements the spec's "Rounding unit of a bare figure" (a number's half-width, its place of the last non-zero
digit, its trailing multiplier) and the first half of "How the reader applies these rules: find the span, then
parse it": the patterns that find how far a number runs (Arabic digits with their separators, runs of Chinese
numeral characters, runs of English number words), the limits on a number's size, and ``ScanBase``, the text a
scan reads and the positions every later step asks about.

The scanner is one class built in layers, one module per section of the spec, each layer extending the one
before: spans -> signs -> units -> nonfigures -> fractions -> ranges -> hedges -> arabic -> chinese -> english ->
``reader._Scanner``.  A layer calls only what the layers below it define, save ``_core_at`` (a range's second
end is read like any number), which the scanner itself defines.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import field
from decimal import Decimal
from typing import Any

from factcheck.quantity import nonfigures
from factcheck.quantity.definitions import en, zh
from factcheck.quantity.hedges import BOUNDS, Hedge, bound_range, hedged
from factcheck.quantity.interval import ZERO, Interval, exponent
from factcheck.quantity.lazyre import lazy_compile
from factcheck.quantity.model import ReadingSettings
from factcheck.quantity.normalize import normalize
from factcheck.quantity.numerals.chinese import Numeral
from factcheck.records import MutableRecord, mutable_record_with_slots

# Limits: an expression's length, a number's digits, a power of ten (a numeral's value: numerals.chinese).
MAX_EXPRESSION_CHARS = 500
MAX_DIGITS = 50
MAX_EXPONENT = 30

TEN = Decimal(10)
HALF = Decimal("0.5")
ONE = Decimal(1)

# -- patterns built from the definitions -----------------------------------------------------------------------
CN_NUMERAL_CLASS = "".join(sorted(zh.NUMERAL_CHARS - {zh.POINT}))
CN_DIGIT_CLASS = "".join(sorted(zh.DIGITS))
# A Chinese-led numeral run: numeral characters, Arabic digits inside (一百点123, 四千230), 点 before a digit.
CN_RUN_RE = lazy_compile(f"(?:[{CN_NUMERAL_CLASS}]|\\d+|点(?=[\\d{CN_DIGIT_CLASS}]))+")

CN_CHAIN_RE = lazy_compile(r"[十百千]?(?:万亿|万|亿)?")  # one multiplier: 十, 千万, 万亿; never 百百 or 亿亿
# Digits grouped by commas: thousands (52,100), or the Indian lakh grouping (4,45,000 = 445,000; 58,24,946), read
# wholly, never as 4 and 45,000; by spaces (321 146); or none.
ARABIC_RE = lazy_compile(
    r"(?:\d{1,2}(?:,\d{2})+,\d{3}(?!\d|,\d)|\d{1,3}(?:,\d{3})+(?!\d)"
    r"|\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?!\d|,\d)|\d+)(?:\.\d+)?"
)

_EN_WORDS = sorted(
    [*en.UNITS, *en.TENS, *en.HUNDRED, *en.SCALES, *en.DOZEN],
    key=len,
    reverse=True,
)
EN_WORD_ALT = "|".join(_EN_WORDS)
EN_GLUED = (
    "(?:" + "|".join(sorted(en.TENS, key=len, reverse=True)) + ")(?:one|two|three|four|five|six|seven|eight|nine)"
)
_EN_TOKEN = f"(?:{EN_GLUED}|{EN_WORD_ALT}|and|point|an?)"
EN_RUN_RE = lazy_compile(f"(?<![a-z])(?:{_EN_TOKEN})(?:[\\s-]+(?:{_EN_TOKEN}))*(?![a-z])")

# several hundred, a few thousand: a span of the scale word after (a couple of: refused)
FEW_BEFORE_RE = lazy_compile(r"(?<![a-z])(?:several|a few|(a couple of))\s+$")
EN_SCALE_AFTER_RE = lazy_compile(
    r"(?:\s+|-)(hundreds?|thousands?|millions?|billions?|trillions?|lakhs?|crores?|dozens?)(?![a-z])"
    r"|(" + "|".join(sorted(en.SHORT_SCALES, key=len, reverse=True)) + r")(?![a-z0-9])"
    # 2.33 k, 5 bn, 3.45 bln: one space; "5 m" is five metres, so no lone letter after a space but k
    r"| (" + "|".join(en.SPACED_SHORT_SCALES) + r")(?![a-z0-9])",
    re.IGNORECASE,
)
# What EN_SCALE_AFTER_RE can start with, besides whitespace (str.isspace is the regex's \s): a caller skips the regex
# elsewhere (K is the Kelvin sign, which the case-blind k matches).
EN_SCALE_AFTER_FIRST = frozenset("-kmbtKMBT\u212a")
# The first letters of the words EN_SCALE_AFTER_RE takes after spaces or a hyphen (hundreds, lakh, crore, dozen, k, bn).
EN_SCALE_WORD_FIRST = frozenset("htmblcdkHTMBLCDK\u212a")
# 7 万5 千4 百, 2.5 亿元: a space before a multiplier (text from PDFs) does not end the numeral.
MULTIPLIER_CHARS = frozenset("十百千万亿")
DATE_SPAN = "date span"
RANGE_ONLY = "a figure only as the first end of a range"  # 一 before 至: 一至五年, never 一 alone

CN_SPACED_RUN_RE = lazy_compile(
    f"(?:[{CN_NUMERAL_CLASS}]|\\d+|点(?= ?[\\d{CN_DIGIT_CLASS}])| (?=[{CN_NUMERAL_CLASS}]|点 ?[\\d{CN_DIGIT_CLASS}]))+"
)

SPACES = frozenset(" \t\u00a0")

GAP_CHARS = frozenset(" \t\u00a0\u3000")
_GAP_RE = lazy_compile("[ \t\u00a0\u3000]{1,4}")

_SENTENCE_OPENERS = frozenset(".!?:;\n\r\"“”'‘’(（[【「《。！？：；—")

WORD_RE = lazy_compile(r"[A-Za-z]+")


def trie_pattern(words: Iterable[str]) -> str:
    """A regex that matches the longest of ``words`` standing at a position, nested by character: one branch per
    next character, so 150 units cost no more to try than 10 (a flat alternation tries every word in turn)."""
    tree: dict[str, Any] = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def branch(node: dict[str, Any]) -> str:
        parts = [re.escape(char) + branch(node[char]) for char in sorted(node) if char]
        if not parts:
            return ""
        inner = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
        return f"(?:{inner})?" if "" in node else inner  # greedy: the longer word first, else the word ending here

    return branch(tree)


@mutable_record_with_slots
class Core(MutableRecord):
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

    def __init__(
        self,
        start: int,
        end: int,
        value: Decimal,
        half: Decimal,
        g_a: Decimal,
        last_unit: Decimal,
        group: Decimal,
        chinese: bool = False,
        bare: bool = False,
        plain_arabic: bool = False,
        range: Interval | None = None,
        hedge_text: str | None = None,
        hedge: Hedge | None = None,
        percent_scale: Decimal | None = None,
        percent_unit: str | None = None,
        words: bool = False,
        unit: str | None = None,
        context: str | None = None,
        terms: tuple[Interval, ...] | None = None,
        exact: bool = False,
        fixed: Interval | None = None,
        notes: list[str] | None = None,
        in_share: bool = False,
    ) -> None:
        self.start = start
        self.end = end
        self.value = value
        self.half = half
        self.g_a = g_a
        self.last_unit = last_unit
        self.group = group
        self.chinese = chinese
        self.bare = bare
        self.plain_arabic = plain_arabic
        self.range = range
        self.hedge_text = hedge_text
        self.hedge = hedge
        self.percent_scale = percent_scale
        self.percent_unit = percent_unit
        self.words = words
        self.unit = unit
        self.context = context
        self.terms = terms
        self.exact = exact
        self.fixed = fixed
        self.notes = [] if notes is None else notes
        self.in_share = in_share


def last_nonzero_place(value: Decimal) -> Decimal:
    """Place of the last written non-zero digit; a written decimal fixes it at the decimal unit.

    Works on the Decimal's digits, never on a big integer, so a long numeral costs no more than its length.
    """
    exp = exponent(value)
    if exp < 0:
        return ONE.scaleb(exp)
    if value == 0:
        return ONE
    written = str(value)
    if exp == 0 and "E" not in written:  # an integer as written: 10 to the count of its trailing zeros
        zeros = len(written) - len(written.rstrip("0"))
        powers = _powers_of_ten()
        return powers[zeros] if zeros < len(powers) else ONE.scaleb(zeros)
    if "E" in written:  # 1.2E+5: count the trailing zeros of the digits themselves
        digits = "".join(map(str, value.as_tuple().digits))
        return ONE.scaleb(exp + len(digits) - len(digits.rstrip("0")))
    return ONE.scaleb(exp + len(written) - len(written.rstrip("0")))


@functools.cache
def _powers_of_ten() -> tuple[Decimal, ...]:
    """1, 1E+1, 1E+2 ...: ONE.scaleb(n) made once for the counts of trailing zeros figures have."""
    return tuple(ONE.scaleb(n) for n in range(128))


def last_digit_unit(value: Decimal) -> Decimal:
    exp = exponent(value)
    return ONE.scaleb(exp) if exp < 0 else ONE


def core_from_number(
    start: int, end: int, mantissa: Decimal, multiplier: Decimal, group: Decimal, *, chinese: bool
) -> Core:
    """Precision of ``mantissa x multiplier`` where ``group`` is the trailing 万/亿/million."""
    value = mantissa if multiplier is ONE else mantissa * multiplier  # x 1 is the same Decimal: skip the product
    exp = exponent(mantissa)
    if exp < 0:
        unit = ONE.scaleb(exp) * multiplier  # last_digit_unit(mantissa), its exponent known
        return Core(start, end, value, unit * HALF, unit, unit, group, chinese=chinese)
    if group > 1:
        half = group * HALF
        last_unit = group
    else:
        half = ZERO
        last_unit = ONE
    return Core(start, end, value, half, last_nonzero_place(value), last_unit, group, chinese=chinese)


def core_from_numeral(start: int, end: int, number: Numeral, *, chinese: bool) -> Core:
    multiplier = Decimal(number.multiplier)
    return core_from_number(start, end, number.mantissa, multiplier, multiplier, chinese=chinese)


def chain_value(chain: str) -> Decimal:
    value = ONE
    for ch in chain:
        value *= zh.SMALL_UNITS.get(ch) or zh.GROUP_UNITS[ch]
    return value


def trailing_group(chain: str) -> Decimal:
    if chain.endswith("万亿"):
        return Decimal(10**12)
    if chain.endswith("亿"):
        return Decimal(10**8)
    if chain.endswith("万"):
        return Decimal(10**4)
    return ONE


class Unread(Exception):
    """A numeral that could not be read wholly (strict mode names it; find mode leaves it out)."""

    def __init__(self, part: str) -> None:
        super().__init__(part)
        self.part = part


class ScanBase:
    """The passage being read (original and normalised), the settings, and the positions every step asks about."""

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

    def _words_after(self, pos: int) -> bool:
        return bool(re.match(r" [a-z]", self.lower[pos : pos + 2]))

    def _after_gap(self, pos: int) -> int:
        if self.text[pos : pos + 1] not in GAP_CHARS:
            return pos
        gap = _GAP_RE.match(self.text, pos)
        return gap.end() if gap else pos

    def _numeral_at(self, pos: int) -> bool:
        ch = self.text[pos : pos + 1]
        return bool(ch) and (ch.isdigit() or ch in zh.NUMERAL_CHARS)

    def _sentence_start(self, pos: int) -> bool:
        """Whether pos begins a sentence, a line, a quotation or a parenthesis (after the spaces before it)."""
        before = self.text[max(0, pos - 16) : pos].rstrip(" \t\u00a0")
        if not before:
            return pos <= 16
        return before[-1] in _SENTENCE_OPENERS

    def _interval(self, core: Core, hedge: Hedge | None, scale: Decimal) -> Interval:
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

    def _expression_start(self) -> int:
        return len(self.text) - len(self.text.lstrip())

    def _core_at(self, i: int) -> tuple[Core | None, int]:
        """The number that starts at i and where to resume: the scanner's dispatch (``reader._Scanner``)."""
        raise NotImplementedError
