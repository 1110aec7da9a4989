"""English number words: the spec's "English figures" section.

Number words read wholly (one hundred twenty-five, twenty seven, a hundred, one and a half), multiples (doubled,
twice as), half a dozen, fractions in words (two-thirds, a fifth, two and three eighths), ordinals refused
(twenty-fifth), N in M.  The words are parsed by ``numerals/english.py``.
"""

from __future__ import annotations

import re
from decimal import Decimal

from factcheck.quantity.definitions import en, zh
from factcheck.quantity.fractions import fraction_value
from factcheck.quantity.hedges import Hedge
from factcheck.quantity.interval import ZERO, Interval, exponent
from factcheck.quantity.lazyre import lazy_compile
from factcheck.quantity.numerals.english import read_english
from factcheck.quantity.scan.chinese import ChineseReading
from factcheck.quantity.scan.fractions import DENOMINATOR_RE, IN_RE, fraction_agrees
from factcheck.quantity.scan.spans import EN_RUN_RE, FEW_BEFORE_RE, ONE, Core, Unread, core_from_numeral
from factcheck.quantity.units import PP

_MIXED_FRACTION_RE = lazy_compile(
    r"\s+and\s+(a|an|one|two|three|four|five|six|seven|eight|nine)[\s-]+("
    + "|".join(sorted(en.DENOMINATORS, key=len, reverse=True))
    + r")(?![a-z])"
)
_ORDINAL_AFTER_RE = lazy_compile(r"(?:\s+|-)(?:and\s+)?(?:" + "|".join(en.ORDINALS) + r")(?![a-z])")
_SCALE_WORD_AFTER_RE = lazy_compile(r"[\s-]+(hundred|thousand|million|billion|trillion)(?![a-z])")
_PRICE_BEFORE_RE = lazy_compile(r"(?:[£$€]\s?\d[\d,.]*|\d[\d,.]*\s?(?:p|pence))\s+$")
_HALF_DOZEN_RE = lazy_compile(r"half[\s-]+an?[\s-]+dozen(?![a-z])")
# A fraction of a percentage point (central banks, markets): a half-point cut, a quarter point, half a point, a quarter
# of a percentage point, three-quarters of a point; a spaced "quarter point" needs its article (the quarter point of
# a season is no figure).
_FRACTION_POINT_RE = lazy_compile(
    r"(?:(?:an?\s+)?(half|quarter)-(?:percentage-)?point"
    r"|(?:an?|one)\s+(half|quarter)\s+(?:percentage\s+)?point"
    r"|(?:(?:an?|one)\s+)?(half|quarter|three[-\s]quarters)\s+(?:of\s+)?an?\s+(?:percentage\s+)?point)(?![a-z-])"
)
_FRACTION_POINT_STARTS = (
    "half",
    "quarter",
    "a half",
    "a quarter",
    "one half",
    "one quarter",
    "three quarters",
    "three-quarters",
)
# half a million, a quarter of a million, three quarters of a billion: a fraction of one scale word.
_FRACTION_OF_SCALE_RE = lazy_compile(
    r"(?:(half)|(an?|one|two|three|four|five|six|seven|eight|nine)[\s-]+("
    + "|".join(sorted(en.DENOMINATORS, key=len, reverse=True))
    + r"))(?:\s+of)?\s+an?\s+(hundred|thousand|million|billion|trillion)(?![a-z])"
)


_TENS_END_RE = lazy_compile(r"(?<![a-z])(?:" + "|".join(en.TENS) + r")$")

_LONE_FRACTION_RE = lazy_compile(r"(?<![a-z])(half|quarter)(?![a-z])")

# doubled, tripled: a multiple (x2, x3); twice / N times only before as, the, that (twice as many, 3 times the).
_MULTIPLE_WORD_RE = lazy_compile(r"(" + "|".join(en.MULTIPLE_WORDS) + r")(?![a-z])")
_AMBIGUOUS_AFTER_RE = lazy_compile(r" (?:" + "|".join(en.TIMES_AMBIGUOUS) + r")(?![a-z])")
_TWICE_RE = lazy_compile(r"twice(?= (?:" + "|".join(w.strip() for w in en.TIMES_AFTER) + r")(?![a-z]))")


class EnglishReading(ChineseReading):
    def _english(self, i: int) -> tuple[Core | None, int]:
        """Number words (twenty seven, one hundred twenty-five), fractions (two-thirds, nine out of ten)."""
        lower = self.lower
        if i > 0 and lower[i - 1].isascii() and lower[i - 1].isalpha():
            return None, i + 1
        multiple = _MULTIPLE_WORD_RE.match(lower, i) or _TWICE_RE.match(lower, i)
        if multiple is not None:
            word = multiple.group()
            ambiguous = _AMBIGUOUS_AFTER_RE.match(lower, multiple.end()) if word.endswith("fold") else None
            if ambiguous is not None:
                raise Unread(self.original[i : ambiguous.end()])  # twofold higher: x2 or x3, as three times more
            core = Core(i, multiple.end(), Decimal(en.MULTIPLE_WORDS.get(word, "2")), ZERO, ONE, ONE, ONE)
            core.unit = zh.MULTIPLE_UNIT
            core.fixed = Interval.point(core.value)
            return core, core.end  # doubled = x2, as 翻一番
        ahead = lower[i : i + 40]
        of_scale = _FRACTION_OF_SCALE_RE.match(lower, i) if " a" in ahead[1:] else None  # ... a million
        if of_scale is not None:
            return self._fraction_of_scale(i, of_scale), of_scale.end()
        point = _FRACTION_POINT_RE.match(lower, i) if lower.startswith(_FRACTION_POINT_STARTS, i) else None
        if point is not None:
            # a half-point cut, a quarter-point rise, half a point: 0.5 and 0.25 percentage points, never 50% or 25%
            word = next(group for group in point.groups() if group is not None)
            p, q = en.POINT_FRACTIONS[word.replace("-", " ")]
            core = Core(i, point.end(), Decimal(p) / Decimal(q), ZERO, ONE, ONE, ONE)
            core.fixed = Interval.point(core.value)
            core.unit = PP
            return core, core.end
        run = EN_RUN_RE.match(lower, i)
        if run is None:
            half_dozen = _HALF_DOZEN_RE.match(lower, i)
            if half_dozen is not None:
                core = Core(i, half_dozen.end(), Decimal(6), ZERO, ONE, ONE, ONE, words=True)
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
            denominator = DENOMINATOR_RE.match(lower, end)
            if denominator is not None:
                if not fraction_agrees(ONE, denominator.group(1)):
                    raise Unread(self.original[i : denominator.end()])  # a thirds
                return self._english_share(
                    i, denominator.end(), ONE, Decimal(en.DENOMINATORS[denominator.group(1)])
                ), denominator.end()
            return None, end
        if trimmed.startswith(("and", "point")) and not (trimmed.startswith("point") and self.strict):
            return None, end
        scale_only = all(w in en.HUNDRED or w in en.SCALES for w in re.split(r"[\s-]+", trimmed))
        few = FEW_BEFORE_RE.search(lower, max(0, i - 15), i) if scale_only else None
        if few is not None and few.group(1):
            raise Unread(self.original[few.start() : end])  # a couple of hundred: about 200, or two or three hundred
        if few is not None or (scale_only and not self.strict):
            # hundred, thousand with no number before: several hundred and a few thousand are ranges, as 几百 is;
            # "hundred years" alone is no figure, never 100.
            scale = read_english(f"one {trimmed}")
            if few is None or scale is None:
                return None, end
            unit = scale.mantissa * scale.multiplier
            core = Core(
                few.start(), end, unit * self.settings.shu_lower_factor, ZERO, unit, unit, Decimal(scale.multiplier)
            )
            core.range = Interval(unit * self.settings.shu_lower_factor, unit * 10, True, False)
            core.hedge, core.hedge_text = Hedge.RANGE, self.original[few.start() : i].strip()
            return core, end
        if re.match(r"an?[\s-]", trimmed) and not re.match(
            r"an?[\s-]+(?:hundred|thousand|million|billion|dozen)", trimmed
        ):
            return None, i + 2
        if trimmed[:2] == "a " and _PRICE_BEFORE_RE.search(lower, max(0, i - 24), i):
            return None, end  # 131.5p a dozen, £40 a thousand: what the price is for, never a figure of its own
        number = read_english(trimmed)
        if number is None and " and " in trimmed:
            # three and four, nineteen seventy and fifteen hundred: two numbers joined by "and", read one by one.
            head = trimmed[: trimmed.index(" and ")]
            number = read_english(head)
            if number is not None:
                trimmed, end = head, i + len(head)
        if number is None:
            raise Unread(self.original[i:end])
        denominator = DENOMINATOR_RE.match(lower, end)
        if denominator is not None and number.multiplier == 1 and exponent(number.mantissa) >= 0:
            if not fraction_agrees(number.mantissa, denominator.group(1)) or (
                _TENS_END_RE.search(trimmed) and denominator.group(1).rstrip("s") in en.UNIT_DENOMINATORS
            ):
                # twenty-fifth, one hundred twenty-fifth: an ordinal, never twenty fifths; thirty fifths: 30/5 or
                # 1/35 by how one hears it.
                raise Unread(self.original[i : denominator.end()])
            below = Decimal(en.DENOMINATORS[denominator.group(1)])
            return self._english_share(i, denominator.end(), number.mantissa, below), denominator.end()
        if denominator is not None and denominator.group(1) not in en.LONE_DENOMINATORS:
            # a hundred thousand trillionths (1e-7): a fraction this reader does not read, never 100,000
            raise Unread(self.original[i : denominator.end()])
        ordinal = _ORDINAL_AFTER_RE.match(lower, end)
        if ordinal is not None:
            raise Unread(self.original[i : ordinal.end()])  # twenty-first, one hundred and first: a place, no figure
        mixed = _MIXED_FRACTION_RE.match(lower, end)
        if mixed is not None and number.multiplier == 1:
            if not fraction_agrees(Decimal(en.UNITS.get(mixed.group(1), 1)), mixed.group(2)):
                raise Unread(self.original[i : mixed.end()])  # two and three eighth
            top = ONE if mixed.group(1) in en.ARTICLES else Decimal(en.UNITS[mixed.group(1)])
            bottom = Decimal(en.DENOMINATORS[mixed.group(2)])
            scale_word = _SCALE_WORD_AFTER_RE.match(lower, mixed.end())
            if scale_word is not None:
                word = scale_word.group(1)
                return self._mixed_of_scale(i, scale_word.end(), number.mantissa, top, bottom, word), scale_word.end()
            whole = Core(i, mixed.end(), number.mantissa + top / bottom, ZERO, ONE, ONE, ONE, words=True)
            whole.fixed = fraction_value(number.mantissa * bottom + top, bottom)
            return whole, whole.end
        of = IN_RE.match(lower, end)
        if of is not None and number.multiplier == 1:
            share = self._in_share(i, of, number.mantissa)
            if share is not None:
                return share, share.end  # one in five, nine out of ten
        core = core_from_numeral(i, end, number, chinese=False)
        core.words = True
        return core, end

    def _mixed_of_scale(self, i: int, end: int, whole: Decimal, top: Decimal, bottom: Decimal, scale: str) -> Core:
        """two and a half million = 2,500,000, read in parts of the scale as half a million is: [2,250,000,
        2,750,000]. A part that is no finite decimal (one and a third million) is refused."""
        size, part = self._scale_part(i, end, scale, bottom)
        core = Core(i, end, whole * size + top * part, part / 2, part, part, ONE)
        core.words = True
        return core

    def _fraction_of_scale(self, i: int, match: re.Match[str]) -> Core:
        """half a million = 500,000 and a quarter of a million = 250,000, never "a million" alone.

        The writer counts in parts of the scale, so the rounding is half a part, as 3 million is rounded at half a
        million: half a million is [250,000, 750,000]. A part that is no finite decimal (a third) is refused."""
        half, top, bottom, scale = match.groups()
        if half:
            p, q = ONE, Decimal(2)
        else:
            p = ONE if top in en.ARTICLES else Decimal(en.UNITS[top])
            if not fraction_agrees(p, bottom):
                raise Unread(self.original[i : match.end()])  # a thirds of a million
            q = Decimal(en.DENOMINATORS[bottom])
        _, part = self._scale_part(i, match.end(), scale, q)
        return Core(i, match.end(), p * part, part / 2, part, part, ONE)

    def _scale_part(self, i: int, end: int, scale: str, bottom: Decimal) -> tuple[Decimal, Decimal]:
        """The scale word's size and one part of it (a million in quarters: 250,000); a part that is no finite
        decimal (a third of a million) leaves the words from ``i`` to ``end`` unread."""
        size = Decimal(en.SCALES[scale]) if scale != "hundred" else Decimal(100)
        part = size / bottom
        if part != part.to_integral_value():
            raise Unread(self.original[i:end])
        return size, part
