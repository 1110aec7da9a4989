"""Fractions, shares and ratios: the spec's "Signs, fractions, per mille, ratios" rules for fractions and ratios.

三分之一, 4分之3, 1/3 in running text, two-thirds, a quarter of, one in five, nine out of ten, 一半, 过半 and
6.01:55.04:38.95: forms whose reading the form fixes (``Core.fixed``), exact, then bounded or widened by the hedges
around them (``_complete_fixed``).  The exact arithmetic is in ``quantity/fractions.py``.
"""

from __future__ import annotations

import re
from decimal import Decimal

from factcheck.quantity.definitions import en, zh
from factcheck.quantity.fractions import fraction_percent, fraction_value, written
from factcheck.quantity.hedges import BOUNDS, Hedge, bound_range, prefix_hedge, share_approx, suffix_hedge
from factcheck.quantity.interval import ZERO, Interval, exponent
from factcheck.quantity.lazyre import lazy_compile
from factcheck.quantity.model import SHARE, SHARE_RANGE, Quantity
from factcheck.quantity.numerals.chinese import read_chinese
from factcheck.quantity.numerals.english import read_english
from factcheck.quantity.scan.nonfigures import NonFigureReading
from factcheck.quantity.scan.spans import (
    ARABIC_RE,
    CN_RUN_RE,
    EN_RUN_RE,
    EN_SCALE_AFTER_RE,
    MAX_DIGITS,
    MULTIPLIER_CHARS,
    ONE,
    Core,
    Unread,
)
from factcheck.quantity.units import PERCENT, PP, RATIO, kind_of

# A verb or comparative of change right before "by" (fell by a third; never "followed by a third wave").
# 2 1/4 million, 1/2 billion: a scale word after a mixed number or a fraction, a form the reader does not read
_SCALE_AFTER_RE = lazy_compile(r"\s*(?:thousand|million|billion|trillion|bn\b|mn\b|m\b|k\b|万|亿|千万|百万)")
_SCALE_CHARS = frozenset("万亿")
# the unit a fraction is of: a word after a space or a hyphen (1/2 point, 1/4-point), never glued (1/2POINT: a
# share, as 1/2 alone is)
_OF_A_UNIT_RE = lazy_compile(r"\s*%|[\s-]+(?:per ?cent|percentage points?|basis points?|points?)(?![a-z])")
_CHANGED_BY_RE = lazy_compile(
    r"(?<![a-z])(?:" + "|".join(sorted((*en.CHANGE_VERBS, *en.COMPARATIVES_BY), key=len, reverse=True)) + r") by $"
)
DENOMINATOR_RE = lazy_compile(r"(?:\s+|-)(" + "|".join(sorted(en.DENOMINATORS, key=len, reverse=True)) + r")(?![a-z])")
DENOMINATOR_FIRST = frozenset(word[0] for word in en.DENOMINATORS)
IN_FIRST = frozenset(word[0] for word in en.IN_WORDS)


_RESTATED_RE = lazy_compile(r" ?[(（][-−]?\d")


def first_after_gap(lower: str, pos: int) -> str | None:
    """The first character after the hyphen or the spaces at ``pos``, where a word led by ``(?:\\s+|-)`` starts:
    "" where neither stands at ``pos``, None where the spaces run past a short window (not known)."""
    ch = lower[pos : pos + 1]
    if ch == "-":
        return lower[pos + 1 : pos + 2]
    if not ch.isspace():
        return ""
    rest = lower[pos : pos + 24].lstrip()
    return rest[:1] if rest else None


# one in five, and hyphenated as a compound adjective: one-in-four women, 1-in-4 adults
IN_RE = lazy_compile(r"(?:\s+|-)(?:" + "|".join(w.replace(" ", r"\s+") for w in en.IN_WORDS) + r")(?:\s+|-)")

_TIME_AFTER_SHARE_RE = lazy_compile(r"\s+(?:" + "|".join(en.TIME_WORDS) + r")(?![a-z])")

_SECONDS_RE = lazy_compile(r"[0-5]\d\.\d{1,3}")
_RATIO_RE = lazy_compile(r"\d+(?:\.\d+)?(?:\s*[:∶]\s*\d+(?:\.\d+)?)+")


def fraction_agrees(numerator: Decimal, denominator: str) -> bool:
    """one fifth, a fifth, two fifths: a singular denominator takes the numerator one, a plural one any other."""
    return (numerator == 1) != denominator.endswith("s")


# 15.4 to 1, after the word ratio in its clause: the ratio 15.4:1
_RATIO_TO_ONE_RE = lazy_compile(r"(\d+(?:\.\d+)?) to (1)(?![\d.,]\d|\d)")
_RATIO_BI_RE = lazy_compile(r"(\d+(?:\.\d+)?)比(\d+(?:\.\d+)?)(?![\d.])")
_RATIO_NAMED_BEFORE_RE = lazy_compile(r"(?<![a-z])ratios?(?![a-z])[^.;:!?\n]{0,40}$")


def _ratio_core(start: int, end: int, values: list[Decimal]) -> Core:
    """A ratio's figure: its first term's value, every term at its written precision."""
    terms = tuple(written(v) for v in values)
    core = Core(start, end, values[0], ZERO, ONE, ONE, ONE)
    core.terms = terms
    core.unit = RATIO
    core.fixed = terms[0]
    return core


class FractionReading(NonFigureReading):
    def _ratio_to_one(self, i: int) -> Core | None:
        """The staff ratio is 15.4 to 1: a ratio in words when the clause names one; otherwise two figures."""
        match = _RATIO_TO_ONE_RE.match(self.lower, i)
        if match is None or self.lower.endswith("from ", 0, i):
            return None  # the ratio fell from 2 to 1: two values of it
        if not _RATIO_NAMED_BEFORE_RE.search(self.lower, max(0, i - 48), i):
            return None
        return _ratio_core(i, match.end(), [Decimal(match.group(1)), Decimal(match.group(2))])

    def _ratio_bi(self, i: int) -> Core | None:
        """生师比为16.8比1, 性别比为104.3比100: 比 between two numbers is the ratio sign where the clause names a
        ratio (比为, 之比, 比例); 3比1 elsewhere is a score, two figures."""
        match = _RATIO_BI_RE.match(self.text, i)
        clause = re.split(r"[，,；;。：:]", self.text[max(0, i - 12) : i])[-1]
        if match is None or not any(word in clause for word in zh.RATIO_WORDS):
            return None
        return _ratio_core(i, match.end(), [Decimal(match.group(1)), Decimal(match.group(2))])

    def _ratio(self, i: int) -> Core | None:
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
        if len(values) == 2 and not named and exponent(values[0]) >= 0 and _SECONDS_RE.fullmatch(terms_text[1]):
            return None  # a personal best of 3:29.8: minutes and seconds, never a ratio of 3
        return _ratio_core(i, match.end(), values)

    def _slash(self, i: int, slash: re.Match[str]) -> tuple[Core | None, int]:
        """1/3 in running text is a fraction; 24/7, 9/11, 2019/20 are labels and dates."""
        numerator, denominator = int(slash.group(1)), int(slash.group(2))
        text_num = slash.group(1)
        if 1 <= numerator < denominator <= 10 and not text_num.startswith("0"):
            sign = self._sign_before(i)
            top = Decimal(-numerator if sign else numerator)
            if _OF_A_UNIT_RE.match(self.lower, slash.end()):
                # "by 1/2 percentage point", "1/4 percent": a fraction of the unit after it (0.5 pp), never a
                # share of 50%; the unit is read after it as after any number
                core = Core(i - sign, slash.end(), top / denominator, ZERO, ONE, ONE, ONE)
                core.fixed = fraction_value(top, Decimal(denominator))
                if self._unit(core, core.end)[0] is None:
                    # 1/2 point: half of a point the reader does not read as a unit (index or percentage points):
                    # refused, never a bare 0.5 (and alone, 1/2 is a share of 50%)
                    unit_end = _OF_A_UNIT_RE.match(self.lower, slash.end())
                    raise Unread(self.original[core.start : unit_end.end() if unit_end else slash.end()])
                return core, core.end
            core = Core(i - sign, slash.end(), top * 100 / denominator, ZERO, ONE, ONE, ONE)
            core.fixed = fraction_percent(top, Decimal(denominator))
            core.unit = PERCENT
            core.context = SHARE
            return core, core.end
        return None, slash.end()

    def _fixed_share(self, start: int, end: int, interval: Interval) -> Core:
        core = Core(start, end, interval.lo, ZERO, ONE, ONE, ONE, chinese=True)
        core.fixed = interval
        core.unit = PERCENT
        core.context = SHARE
        return core

    def _chinese_fraction(self, i: int, chars: str, end: int) -> tuple[Core | None, int]:
        """三分之一, 4分之3, 五百分之二: an exact share."""
        text = self.text
        body = end + len(zh.FRACTION_MARK)
        denominator = self._plain_number(chars)
        numerator, after = self._number_at(body)
        if denominator is None or numerator is None or denominator == 0 or exponent(numerator) < 0:
            raise Unread(text[i:after] if after > i else chars)
        if not _SCALE_CHARS.isdisjoint(text[body:after]):
            raise Unread(text[i:after])  # 三分之一亿元: a third of 100 million, never a share of 3,333,333,333%
        start = i - 1 if i > 0 and text[i - 1] == zh.MINUS else i
        sign = -1 if start < i else 1
        core = Core(start, after, sign * numerator * 100 / denominator, ZERO, ONE, ONE, ONE, chinese=True)
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
        arabic = ARABIC_RE.match(text, pos)
        if arabic:
            return Decimal(arabic.group().replace(",", "")), arabic.end()
        run = CN_RUN_RE.match(text, pos)
        if run is None:
            return None, pos
        return self._plain_number(run.group()), run.end()

    def _half_of(self, start: int, word: str, end: int) -> bool:
        """In prose only "half of ..." (or "cut by half") is a figure: "quarter" alone is three months, "first half"
        a period."""
        before = self.lower[max(0, start - 8) : start]
        return word == "half" and (
            (self.lower.startswith(" of ", end) and not before.endswith(("first ", "second ", "the ")))
            or self._changed_by(start)
            or self._sized_share(start, end)
        )

    def _sized_share(self, start: int, end: int) -> bool:
        """A fraction in words that is a share with no "of" after it: plural ones ("Two-thirds were women",
        "two-fifths"; "three-quarters" only hyphenated, "three quarters" may be nine months), and any after a word of
        size ("Almost half said no", "nearly a third"), never "a third" alone (a third wave)."""
        lower = self.lower
        if _RESTATED_RE.match(lower, end):
            return False  # nearly half (48%): the percentage in brackets is the figure, the words its gloss
        word = lower[start:end]
        if word.endswith("s") and (not word.endswith("quarters") or word.endswith("-quarters")):
            return True
        before = lower[max(0, start - 16) : start]
        for hedge in en.SHARE_HEDGES_BEFORE:
            if before.endswith(f" {hedge} ") or before == f"{hedge} ":
                return not (hedge in en.TIME_LIKE_HEDGES and "quarter" in word)
        return False

    def _changed_by(self, start: int) -> bool:
        """ "fell by a third", "cut by half", "rose by more than two-thirds": a fraction after "by" is how much a
        figure changed, a figure whether or not "of" follows (a third alone may be an ordinal: a third time)."""
        return (
            self.lower.endswith("by ", 0, start)
            and _CHANGED_BY_RE.search(self.lower, max(0, start - 16), start) is not None
        )

    def _english_or_digits(self, pos: int) -> tuple[Decimal | None, int]:
        """The whole number at pos, in digits (4,000) or words (twenty-five), or None: never a part of a number
        (the 4 of 4,000 or of 4 million)."""
        digits = ARABIC_RE.match(self.text, pos)
        if digits:
            if "." in digits.group():
                return None, pos
            end = digits.end()
            plain = re.sub(r"[,\s\u00a0\u202f\u2009]", "", digits.group())
            if len(plain) > MAX_DIGITS:
                return None, pos  # past the reader's digit limit: parse_quantity would refuse the figure
            number = Decimal(plain)
        else:
            run = EN_RUN_RE.match(self.lower, pos)
            if run is None:
                return None, pos
            words = re.sub(r"(?:[\s-]+(?:and|an?|point))+$", "", run.group())
            read = read_english(words)
            if read is None or read.multiplier != 1:
                return None, pos
            number, end = read.mantissa, pos + len(words)
        scale = EN_SCALE_AFTER_RE.match(self.lower, end)
        if scale is not None:
            word = (scale.group(1) or scale.group(2) or scale.group(3)).lower()
            factor = en.SCALES.get(word) or en.SHORT_SCALES.get(word) or en.HUNDRED.get(word)
            if factor is None or word in ("m", "b"):
                return None, pos  # 1 in 4 dozen, 1 in 4m: not read
            return number * factor, scale.end()  # 1 in 4 million
        if self.text[end : end + 1] in MULTIPLIER_CHARS:
            return None, pos
        return number, end

    def _in_share(self, start: int, joint: re.Match[str], part: Decimal) -> Core | None:
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

    def _english_share(self, start: int, end: int, p: Decimal, q: Decimal) -> Core:
        core = Core(start, end, p * 100 / q, ZERO, ONE, ONE, ONE, words=True)
        core.fixed = fraction_percent(p, q)
        core.unit = PERCENT
        core.context = SHARE
        return core

    def _complete_fixed(self, core: Core) -> Quantity | None:
        """Fractions, halves, doublings and ratios: the form fixes the reading; hedges may bound it."""
        assert core.fixed is not None
        text = self.text
        pos = core.end
        interval = core.fixed
        hedge_text: str | None = None
        start = core.start
        suffix = suffix_hedge(text, self.lower, pos)
        prefix = prefix_hedge(text, self.lower, start)
        if prefix is None and suffix is None and share_approx(text, start) is not None:
            prefix = (start, "约占", Hedge.APPROX)  # 约占全部案件的三分之一: approximate, its text still 三分之一
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
        unit = core.unit
        unit_after = False  # a unit read after the number (two and a half percent): a figure even in prose
        scaled = _SCALE_AFTER_RE.match(self.lower, pos) if unit is None and core.terms is None else None
        if scaled is not None:
            raise Unread(self.original[start : scaled.end()])
        if unit is None and core.terms is None and not (core.words and text.startswith(" of", pos)):
            # 2 1/4 percent, 1/2 percentage point, two and a half percent: the unit after a mixed number or fraction
            unit, scale, after = self._unit(core, pos)
            if unit is None and self.lower.startswith(" to ", pos) and text[pos + 4 : pos + 5].isdigit():
                # 5-1/4 to 5-1/2 percent: a range of two mixed numbers whose unit the second carries
                second, _resume = self._core_at(pos + 4)
                if second is not None and second.fixed is not None and second.fixed.lo > interval.hi:
                    unit, scale, after = self._unit(second, second.end)
                    if unit is not None:
                        interval = Interval(interval.lo, second.fixed.hi, interval.lo_closed, second.fixed.hi_closed)
            if unit is not None:
                unit_after = True
                unit = PP if unit in zh.PERCENTAGE_POINTS else unit
                interval = interval * Interval.point(scale) if scale != 1 else interval
                pos = after
        if core.context == SHARE:
            interval = interval.intersect(SHARE_RANGE) or interval
        if (
            core.words
            and not core.in_share
            and not self.strict
            and not unit_after
            and not (
                text.startswith(" of", pos)
                or self._english_unit_at(pos)
                or self._changed_by(start)
                or self._sized_share(core.start, core.end)
            )
        ):
            return None  # "half", "a third" in prose: a figure only as "half of ..." or "fell by a third"
        return Quantity(
            interval=interval,
            unit=unit,
            kind=kind_of(unit),
            text=self.original[start:pos],
            value=core.value,
            hedge=hedge_text,
            start=start,
            end=pos,
            context=core.context,
            terms=core.terms,
        )
