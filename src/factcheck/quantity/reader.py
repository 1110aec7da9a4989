"""Finding and reading figures in Chinese and English text.

The reader works as Recognizers-Text does: it first finds where a figure's number starts and how far it runs
(a run of numeral characters, digits, number words), then parses that span wholly - a numeral is read from its
first character to its last or it is no figure - and only then reads what stands around it: the unit, hedges
(多, 约, 以上, more than), a second end (3至5年), the words that give the figure its kind.

``find_quantities`` returns every figure in a passage with its span, and leaves out what it cannot read wholly;
``parse_quantity`` reads one expression and raises, naming the part it could not read, when the expression is not
exactly one figure.  Both share one scanner, so a figure reads the same in a claim's ``value:`` as in the article.

The scanner is built in layers, one module per section of the spec (``scan/``: spans, signs, units, nonfigures,
fractions, ranges, hedges, arabic, chinese, english); this module adds the scan itself, the dispatch from the
first character of a number to its layer, and the public API with the limits of an expression.  The words each
language uses live in ``definitions/``; the semantics are those of ``docs/quantities.md``.
"""

from __future__ import annotations

import decimal
import re
import unicodedata
from decimal import Decimal

from factcheck.errors import QuantityError
from factcheck.i18n import _
from factcheck.quantity.definitions import en, zh
from factcheck.quantity.interval import Interval
from factcheck.quantity.lazyre import lazy_compile
from factcheck.quantity.model import DEFAULT_SETTINGS, SHARE, SHARE_RANGE, Quantity, ReadingSettings
from factcheck.quantity.normalize import normalize
from factcheck.quantity.numerals.chinese import MAX_VALUE
from factcheck.quantity.scan.english import EnglishReading
from factcheck.quantity.scan.spans import (
    CN_NUMERAL_CLASS,
    EN_GLUED,
    EN_WORD_ALT,
    MAX_DIGITS,
    MAX_EXPRESSION_CHARS,
    RANGE_ONLY,
    SPACES,
    WORD_RE,
    Core,
    Unread,
)
from factcheck.quantity.units import PERCENT, PERCENT_UNITS, Kind

# The reader's own arithmetic (a mantissa times its multiplier, a value plus half its rounding unit) is exact: the
# default context keeps 28 digits and would round a 29-digit figure to another number with no error. Within the
# limits of scan/spans.py (50 digits, values below 10^40, powers of ten at most 10^30) 120 digits are never exceeded.
_EXACT = decimal.Context(
    prec=120,
    rounding=decimal.ROUND_HALF_EVEN,
    Emin=-999999,
    Emax=999999,
    traps=[decimal.InvalidOperation, decimal.DivisionByZero, decimal.Overflow],
)

# Where a figure may start: a digit, a numeral character, or the first letter of an English word (checked
# against _EN_START_RE there; a word that starts no number is skipped whole).
_CANDIDATE_RE = lazy_compile(
    r"\d|[" + CN_NUMERAL_CLASS + r"]|百分之|千分之|万分之|半数|半成|过半|(?<![A-Za-z])[A-Za-z]"
)
# The words an English number may start with (matched in the lowered text, then checked not to run on).
_EN_START = (
    r"(?:"
    + EN_GLUED
    + "|"
    + EN_WORD_ALT
    + r"|tens|point|an? (?:hundred|thousand|million|billion|dozen|"
    + "|".join(sorted(en.DENOMINATORS, key=len, reverse=True))
    + r")|half|quarter"
    + "|twice|"
    + "|".join(en.MULTIPLE_WORDS)
    + r")"
)
_EN_START_RE = lazy_compile(_EN_START + r"(?![a-z])")

# The same candidates, but a letter only where one of those words starts there (in any case, and without the
# run-on check, so it lets through every word _EN_START_RE accepts): most English words are skipped inside the
# regex rather than by a call each. The first-letter class keeps the long lookahead off most positions. Used only
# where lowering kept every position (len(lower) == len(text)), so lower[i] is text[i] lowered.
_EN_FIRST_LETTERS = "".join(sorted({word[0] for word in re.findall("[a-z]+", _EN_START)}))
_CANDIDATE_WORD_RE = lazy_compile(
    r"\d|["
    + CN_NUMERAL_CLASS
    + r"]|百分之|千分之|万分之|半数|半成|过半|(?<![A-Za-z])(?=["
    + _EN_FIRST_LETTERS
    + _EN_FIRST_LETTERS.upper()
    + r"])(?=(?i:"
    + _EN_START
    + r"))[A-Za-z]"
)


# 强 and 弱 after a share: a little more or a little less than it (三分之一强), by an amount the text does not give
_SLIGHTLY = frozenset(zh.SLIGHTLY_MORE_OR_LESS)


class _Scanner(EnglishReading):
    """The scanner: every layer of ``scan/``, and the loop that finds where each number starts."""

    # Does the text hold 之 or 又 at all (a fraction or a mixed number may stand in it)? Most English text does not.
    _fraction_marks = True

    def scan(self) -> list[Quantity]:
        found: list[Quantity] = []
        pos = 0
        text = self.text
        self._fraction_marks = "之" in text or "又" in text
        candidates = _CANDIDATE_WORD_RE if len(self.lower) == len(text) else _CANDIDATE_RE
        while True:
            match = candidates.search(text, pos)
            if match is None:
                break
            i = match.start()
            url_end = self.labels.in_url(i) if self.labels.url_spans else 0
            if url_end:
                pos = url_end  # http://..., www.gov.cn/...: a web address holds no figures
                continue
            try:
                quantity, resume = self._figure_at(i)
            except Unread as unread:
                self.unread.append(unread.part)
                quantity, resume = None, i + max(1, len(unread.part))
            if quantity is not None and found and quantity.start < found[-1].end:
                # 半数十: 数十 reaches back into 半数, a figure already read; one character is one figure's only
                pos = max(quantity.end, i + 1)
            elif quantity is not None:
                found.append(quantity)
                pos = max(quantity.end, i + 1)
            else:
                pos = max(resume, i + 1)
        return self._shared_scales(found) if len(found) > 1 else found

    def _shared_scales(self, found: list[Quantity]) -> list[Quantity]:
        """21.9 and 25.9 million tonnes, £1.2 and £3.4bn, 分别为3.2和4.5万元: a bare number joined to the next figure
        takes that figure's scale and unit (21.9 million tonnes), never read as 21.9 tonnes or £1.2."""
        out = list(found)
        shared: dict[int, str] = {}  # 1, 2 and 3 million: the scale passes from the last back to the first
        for k in range(len(out) - 2, -1, -1):
            first, second = out[k], out[k + 1]
            if first.hedge or (first.unit is not None and first.unit != second.unit) or second.unit in PERCENT_UNITS:
                continue
            if self.original[first.end : second.start].strip().lower() not in _SCALE_SHARING_JOINERS:
                continue
            number = _PLAIN_FIGURE_RE.match(second.text)
            rest = shared.get(k + 1) or (second.text[number.end() :] if number else "")
            if not _SHARED_SCALE_RE.match(rest) or not _PLAIN_FIGURE_RE.fullmatch(first.text):
                continue
            try:
                scaled = _parse(first.text + rest, None, self.settings)
            except QuantityError:
                continue
            if scaled.unit == second.unit:
                shared[k] = rest
                out[k] = Quantity(
                    interval=scaled.interval,
                    unit=scaled.unit,
                    kind=scaled.kind,
                    text=first.text,
                    value=scaled.value,
                    start=first.start,
                    end=first.end,
                    context=first.context,
                )
        return out

    def _figure_at(self, i: int) -> tuple[Quantity | None, int]:
        """The figure whose number starts at i, and where to resume scanning."""
        core, resume_at = self._core_at(i)
        if core is None:
            return None, resume_at
        if self._fraction_marks and self._inside_unread_fraction(core):
            return None, core.end
        quantity = self._complete(core)
        if quantity is not None and RANGE_ONLY in core.notes and quantity.end <= core.end + 1:
            quantity = None  # 一至万: no range was read, and 一 alone is no figure
        if (
            quantity is not None
            and self.text[quantity.end : quantity.end + 1] in _SLIGHTLY
            and quantity.unit in PERCENT_UNITS
        ):
            # 三分之一强, 10%弱: a little more or a little less than the share, by how much the text does not say
            raise Unread(self.original[quantity.start : quantity.end + 1])
        return quantity, (quantity.end if quantity else max(core.end, resume_at))

    def _inside_unread_fraction(self, core: Core) -> bool:
        """Is the number part of a fraction with spaces about 分之 or a mixed number with 又 (forms not read)?

        The numerator after 分 之 and the fraction after 又 are not read on their own (True); the number before
        such a form raises, naming the whole form: 五 分之 一, 3又一千分之23 are never 5 分, 3 or 2.3%.
        """
        text = self.text
        if core.start > 0 and text[core.start - 1] in _SPACED_OR_MIXED_MARKS:
            window = max(0, core.start - 24)
            if ("又" in text[window : core.start] or "之" in text[window : core.start]) and (
                _FRACTION_TAIL_BEFORE_RE.search(text, window, core.start)
            ):
                return True
        if text[core.end : core.end + 1] in _SPACED_OR_MIXED_STARTS and "之" in text[core.end : core.end + 40]:
            mixed = _MIXED_OR_SPACED_FRACTION_RE.match(text, core.end)
            if mixed is not None:
                raise Unread(self.original[core.start : mixed.end()])
        return False

    def _core_at(self, i: int) -> tuple[Core | None, int]:
        text = self.text
        ch = text[i]
        if ch.isascii() and ch.isdigit():
            core, resume = self._arabic(i)
            if core is None or i < 5 or text[i - 1] not in SPACES:
                return core, resume  # no room for a sign word before it: the common case, checked inline
            return self._signed(i, core, resume)
        if ch.isascii() and ch.isalpha():
            if not _EN_START_RE.match(self.lower, i):
                return None, WORD_RE.match(text, i).end()  # type: ignore[union-attr]
            if self.lower.startswith(_RANGE_WORD_STARTS, i):
                core = self._english_range(i)
                if core is not None:
                    return core, core.end
            return self._signed(i, *self._english(i))
        return self._chinese(i)


# hundreds of, dozens of, tens of thousands; "hundreds" alone in a figure expression: the spans of a plural scale word
# (never its singular's value: "dozens" is not 12).
_RANGE_WORD_STARTS = ("tens", "dozens", "hundreds", "thousands", "millions", "billions")

# A fraction mark with a space inside or around it (五 分之 一, 二分 之一), or a mixed number (3又一千分之23): forms the
# reader does not read, so neither the number before them nor the numerator after them is read alone.
_NUMERAL_RUN = f"[{CN_NUMERAL_CLASS}0-9.]+"
_MIXED_OR_SPACED_FRACTION_RE = lazy_compile(
    f"(?: +分 *之|分 +之)(?: *[负-]?{_NUMERAL_RUN})?| *又 *[负-]?{_NUMERAL_RUN} *分 *之 *[负-]?{_NUMERAL_RUN}"
)
_FRACTION_TAIL_BEFORE_RE = lazy_compile(f"(?:(?: +分 *之|分 +之) *[负-]?|{_NUMERAL_RUN} *又 *)$")
_SPACED_OR_MIXED_MARKS = frozenset(" 之又负-")
_SPACED_OR_MIXED_STARTS = frozenset(" 分又")  # what _MIXED_OR_SPACED_FRACTION_RE can start with ("" is not one)


# -- public API ---------------------------------------------------------------------------------------------------
_SCALE_SHARING_JOINERS = frozenset(("and", "or", ",", "和", "、", "或", "与", "及"))
_PLAIN_FIGURE_RE = lazy_compile(r"[£$€¥]?\s*\d[\d,]*(?:\.\d+)?")  # a number and perhaps its currency sign
_SHARED_SCALE_RE = lazy_compile(r"\s*(?:million|billion|trillion|thousand|bn|m|k|万亿|千万|万|亿)(?![a-z])")


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
_NUMBERISH_RE = lazy_compile(
    r"[0-9%‰‱.+\-−点⁰¹²³⁴⁵⁶⁷⁸⁹兆]|["
    + CN_NUMERAL_CLASS
    + r"]|(?<![a-z])(?:"
    + en.ORDINAL_WORDS
    + "|"
    + "|".join(en.SIGN_WORDS)
    + "|"
    + EN_GLUED
    + "|"
    + EN_WORD_ALT
    + r"|point)(?![a-z])",
    re.IGNORECASE,
)


# Bound words that must not stand unread beside a figure in an expression: before it (more than, 大于), after it
# (以上, or more). 以下/以上 before a numeral mean "the following/the above" and are no bound there.
def _words_re(zh_words: list[str], en_words: list[str]) -> re.Pattern[str]:
    chinese = "|".join(map(re.escape, sorted(zh_words, key=len, reverse=True)))
    english = "|".join(re.escape(w) for w in sorted(en_words, key=len, reverse=True))
    return lazy_compile(f"{chinese}|(?<![a-z])(?:{english})(?![a-z])")


_VAGUE = (zh.APPROX, zh.NEAR)


_BOUND_BEFORE_RE = _words_re(
    [w for w, h in zh.PREFIX_HEDGES.items() if h not in _VAGUE and len(w) > 1],
    [w for w, h in en.PREFIX_HEDGES.items() if h not in _VAGUE and w[0].isalpha()],
)


_BOUND_AFTER_RE = _words_re(
    [w for w, h in zh.SUFFIX_HEDGES.items() if h not in _VAGUE],
    [w for w, h in en.SUFFIX_HEDGES.items() if h not in _VAGUE],
)


_MARGIN_BEFORE_RE = lazy_compile(r"\s*(?:plus or minus|\+/-|\+-|±)\s*")
_RATE_BASE_AFTER_RE = lazy_compile(
    r"\s+(?:per|for every)\s+(?:1|10|100|1,000|10,000|100,000|1,000,000|a thousand|a million|thousand|million)"
    r"(?:\s+[a-z][a-z -]*)?\s*"
)


def parse_quantity(text: str, *, context: str | None = None, settings: ReadingSettings = DEFAULT_SETTINGS) -> Quantity:
    """Read one figure expression such as ``15万多件``, ``98%以上`` or ``more than 6,000``.

    The figure is read wholly or not at all: anything numeral-like left unread is an error naming it.
    ``context="share"`` caps a percentage at 100%.  Raises :class:`QuantityError` with a message fit for the
    user when the text is not exactly one figure.
    """
    plain = plain_integer(text)
    return plain if plain is not None else _parse(text, context, settings)


# A claim's value is most often a plain integer (value: 31094): its reading is the integer exactly, whatever the
# settings or the context, as the scanner gives it (tests/quantity/test_guards.py compares the two on integers of
# every length up to this many digits; a leading zero, as in 007, goes through the scanner).
_PLAIN_INTEGER_DIGITS = 18


def _is_plain_integer(text: object) -> bool:
    """Digits 0-9 only, at most _PLAIN_INTEGER_DIGITS of them, and no leading zero (0 alone is plain)."""
    return (
        isinstance(text, str)
        and _PLAIN_INTEGER_DIGITS >= len(text) > 0
        and text.isascii()
        and text.isdigit()
        and (text[0] != "0" or len(text) == 1)
    )


def plain_integer(text: str) -> Quantity | None:
    """The reading of a plain integer (31094), as parse_quantity gives it whatever its settings, without the
    scanner; None for any other text."""
    if not _is_plain_integer(text):
        return None
    value = Decimal(text)
    return Quantity(Interval(value, value, True, True), None, Kind.NUMBER, text, value, None, 0, len(text))


def _parse(text: str, context: str | None, settings: ReadingSettings) -> Quantity:
    """parse_quantity through the scanner."""
    _validate(text)
    scanner = _Scanner(text, settings, strict=True)
    with decimal.localcontext(_EXACT):
        found = scanner.scan()
    if scanner.unread and not found:
        raise QuantityError(
            _("cannot read {part!r} wholly as a number in {text!r}").format(part=scanner.unread[0], text=text.strip())
        )
    if not found:
        raise QuantityError(_("no figure in {text!r}").format(text=text.strip()))
    if len(found) > 1:
        listed = ", ".join(repr(q.text) for q in found)
        raise QuantityError(
            _("{count} figures in {text!r} ({figures}); give one figure").format(
                count=len(found), text=text.strip(), figures=listed
            )
        )
    quantity = found[0]
    before, after = text[: quantity.start], text[quantity.end :]
    if _RATE_BASE_AFTER_RE.fullmatch(after.lower()):
        after = ""  # 1,021.3 per 100,000 (people): the base of a rate, no figure of its own
    if _MARGIN_BEFORE_RE.fullmatch(before.lower()):
        before = ""  # plus or minus 3 points, +/- 3%: the size of a margin, as ±3% is
    for part in (before, after):
        stray = _NUMBERISH_RE.search(normalize(part)) if part else None  # nothing stands in an empty part
        if stray:
            raise QuantityError(
                _("{part!r} is left unread outside the figure {figure!r} in {text!r}").format(
                    part=part.strip(), figure=quantity.text, text=text.strip()
                )
            )
    before, after = normalize(text[: quantity.start])[-28:].lower(), normalize(text[quantity.end :])[:12].lower()
    # No bound word is empty: an empty side needs no search (nor its pattern compiled).
    bound = (_BOUND_BEFORE_RE.search(before) if before else None) or (_BOUND_AFTER_RE.search(after) if after else None)
    if bound is not None:
        # 大于等于一百 read as exactly 100 would be a wrong value: a bound word next to the figure that the reader
        # did not apply is an error, never ignored.
        raise QuantityError(
            _(
                "{bound!r} next to the figure {figure!r} in {text!r} is a bound the reader cannot apply here; write "
                "it right before or after the figure, as in 不少于30 or 30以上"
            ).format(bound=bound.group(), figure=quantity.text, text=text.strip())
        )
    if context == SHARE and quantity.unit == PERCENT and quantity.context != SHARE:
        if quantity.interval.intersect(SHARE_RANGE) is None:
            raise QuantityError(_("{text!r} is not a share: it lies outside 0-100%").format(text=text.strip()))
        quantity = quantity.as_share()
    return quantity


# 两千千瓦 is 2000 千瓦: a second 千 that starts a unit repeats no multiplier.
_SECOND_KILO = "|".join(re.escape(u[1:]) for u in zh.MEASURE_UNITS if u.startswith("千"))
_MALFORMED = (
    lazy_compile(r"^\s*[%‰]"),
    lazy_compile(r"\d\s*\.\s*\.|\.\.+\s*\d"),
    lazy_compile(r"\d+\.\d+\.\d"),
    lazy_compile(f"(万万|亿亿|千千(?!{_SECOND_KILO})|百百)"),
    lazy_compile(r"\d[零〇一二两三四五六七八九]|[零〇一二两三四五六七八九]\d"),
)


_DIGIT_RUN_RE = lazy_compile(r"\d[\d,]*(?:\.\d+)?")


def _malformed_messages() -> tuple[str, ...]:
    """What is wrong with a text each of _MALFORMED finds, in the same order (in the reader's language)."""
    return (
        _("the percent sign goes after the number, as in 98%: {text!r}"),
        _("malformed number: two decimal points in a row: {text!r}"),
        _("malformed number: more than one decimal point: {text!r}"),
        _("a multiplier is repeated without a number: {text!r}"),
        _("mixes Arabic and Chinese digits: {text!r}"),
    )


def _validate(text: str) -> None:
    """Reject what no figure can be, with a message that says what to fix."""
    if not isinstance(text, str):
        raise QuantityError(_("a figure must be text"))
    if len(text) > MAX_EXPRESSION_CHARS:
        raise QuantityError(
            _("expression too long: {count} characters (at most {limit})").format(
                count=len(text), limit=MAX_EXPRESSION_CHARS
            )
        )
    if not text.strip():
        raise QuantityError(_("empty expression: give a figure such as 15万多件 or 29.2%"))
    if not _all_plain(text):
        _check_characters(text)
    normalised = normalize(text)
    for run in _DIGIT_RUN_RE.findall(normalised):
        count = len(run.replace(",", "").replace(".", ""))
        if count > MAX_DIGITS:
            raise QuantityError(
                _("number too long: {count} digits (at most {limit})").format(count=count, limit=MAX_DIGITS)
            )
    for index, pattern in enumerate(_MALFORMED):
        if pattern.search(normalised):
            raise QuantityError(_malformed_messages()[index].format(text=text.strip()))


# Characters already found to be none of those _check_characters refuses: a value's few distinct characters are
# looked up in a set instead of asking unicodedata about each one again.  Bounded by the characters there are.
_PLAIN_CHARS: set[str] = set()
_ASCII_CONTROL_RE = lazy_compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _all_plain(text: str) -> bool:
    """True when no character of ``text`` is one _check_characters refuses (False: let it find which)."""
    if text.isascii():
        return _ASCII_CONTROL_RE.search(text) is None
    plain = _PLAIN_CHARS
    for char in set(text).difference(plain):
        if _refused(char):
            return False
        plain.add(char)
    return True


def _refused(char: str) -> bool:
    code = ord(char)
    if 0xD800 <= code <= 0xDFFF or char == "\x00":
        return True
    category = unicodedata.category(char)
    if (category == "Cc" and char not in "\t\n\r") or category in ("Cf", "Co", "Cn"):
        return True
    return char.isdigit() and not unicodedata.normalize("NFKC", char).isascii()


def _check_characters(text: str) -> None:
    """Raise for the first character no figure may hold, naming it and its position."""
    for index, char in enumerate(text):
        code = ord(char)
        if 0xD800 <= code <= 0xDFFF:
            raise QuantityError(
                _("invalid character at position {position}: not valid UTF-8 text").format(position=index + 1)
            )
        if char == "\x00":
            raise QuantityError(
                _("control character NUL (U+0000) at position {position}: not text").format(position=index + 1)
            )
        category = unicodedata.category(char)
        if (category == "Cc" and char not in "\t\n\r") or category in ("Cf", "Co", "Cn"):
            raise QuantityError(
                _("control or invisible character U+{code:04X} at position {position}").format(
                    code=code, position=index + 1
                )
            )
        if char.isdigit() and not unicodedata.normalize("NFKC", char).isascii():
            raise QuantityError(
                _("digit {digit!r} (U+{code:04X}) is from a script factcheck does not read").format(
                    digit=char, code=code
                )
            )


__all__ = ["MAX_VALUE", "find_quantities", "parse_quantity"]
