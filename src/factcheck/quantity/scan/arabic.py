"""Numbers in Arabic digits: the spec's "Numbers as written" (separators, multipliers) and "Read a numeral
wholly" for digits.

52,100 and 321 146 (thousands grouped by commas or spaces), decimals, 1.5万 and 3万5 and 1万2千 (a Chinese
multiplier chain after digits), 1.5 million, 3.5m, 4.5bn, 2.33 k, powers of ten (1.5×10⁶, 1e6 in an expression),
5±0.2, mixed numbers (2 1/4), and the number-like strings that are no figure (versions, codes, dates, telephone
numbers) as the digits are met.
"""

from __future__ import annotations

import re
from decimal import Decimal

from factcheck.errors import QuantityError
from factcheck.i18n import _
from factcheck.quantity import nonfigures
from factcheck.quantity.definitions import en, zh
from factcheck.quantity.fractions import fraction_value
from factcheck.quantity.hedges import Hedge, has_han
from factcheck.quantity.interval import ZERO, Interval, exponent
from factcheck.quantity.lazyre import lazy_compile
from factcheck.quantity.numerals.chinese import read_chinese
from factcheck.quantity.scan.fractions import (
    DENOMINATOR_FIRST,
    DENOMINATOR_RE,
    IN_FIRST,
    IN_RE,
    first_after_gap,
    fraction_agrees,
)
from factcheck.quantity.scan.hedges import HedgeReading
from factcheck.quantity.scan.spans import (
    ARABIC_RE,
    CN_CHAIN_RE,
    CN_NUMERAL_CLASS,
    EN_SCALE_AFTER_FIRST,
    EN_SCALE_AFTER_RE,
    EN_SCALE_WORD_FIRST,
    HALF,
    MAX_DIGITS,
    MAX_EXPONENT,
    MULTIPLIER_CHARS,
    ONE,
    Core,
    Unread,
    chain_value,
    core_from_number,
    core_from_numeral,
    last_nonzero_place,
    trailing_group,
)
from factcheck.quantity.scan.units import (
    BASIS_POINTS_RE,
    CN_UNIT_RE,
    PER_BASE_UNIT_RE,
    PERCENT_ABBREVIATION_RE,
    PP_ABBREVIATION_RE,
    SECONDS_AFTER_DECIMAL_RE,
    SYMBOL_UNIT_RE,
)

# After Arabic digits: the rest of a mixed numeral (万, 亿5000万, 万三千), no 点.
_MIXED_REST_RE = lazy_compile(f"(?:[{CN_NUMERAL_CLASS}]|\\d+)+")

CN_NUMERAL_CHARS = frozenset(CN_NUMERAL_CLASS)
_GLUED_TAIL_RE = lazy_compile(r"[A-Za-z0-9.]*")
_SCIENTIFIC_RE = lazy_compile(r"(\d+(?:\.\d+)?)[eE]([+-]?\d+)")
_EXPONENT_MARKS = ("e", "E")
# 1.5×10^6, 1.5×10⁶, 3 x 10^-2, and a bare power 10⁶: superscripts stay apart from digits (see normalize).
_SUPERSCRIPT_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻", "0123456789+-")
_POWER = r"10(?:\^\s*([+\-−]?\d+)|([⁺⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+))"
# After a times sign a glued minus is the exponent whose superscript was lost in copying: 2.48×10−5 = 2.48e-5.
_TIMES_POWER_RE = lazy_compile(r"\s*[×xX*·]\s*(?:" + _POWER + r"|10([−-]\d{1,2})(?!\d|[.,]\d))")
_BARE_POWER_RE = lazy_compile(_POWER)
_SUPERSCRIPT_RE = lazy_compile("[⁰¹²³⁴⁵⁶⁷⁸⁹]")

_SPACED_REST_RE = lazy_compile(f"(?: {{1,2}}(?=[十百千万亿])|[{CN_NUMERAL_CLASS}]|\\d+)+")

# 7万 5千 4百: after a multiplier, a space, then digits and a smaller multiplier go on with the same numeral.
_SPACED_GROUP_RE = lazy_compile(r" \d+([十百千万])")
_SPACED_GROUPS_RE = lazy_compile(r"[十百千万亿]+(?: \d+[十百千万]+)+")

# 2.5 M, £3 m: a lone scale letter after a space (5 m alone is five metres, as the spec says).
_SPACED_SCALE_LETTER_RE = lazy_compile(r" ([mMbB])(?![A-Za-z0-9²³])")
_SCALE_LETTERS = frozenset("mMbB")

_MIXED_NUMBER_RE = lazy_compile(r"[ \u00a0]{1,2}(\d{1,2})/(\d{1,2})(?![\d/])")  # 2 1/4 = 2.25
# 31C is 31 degrees where the clause speaks of temperature
_WEATHER_RE = lazy_compile(
    r"\b(?:temperatures?|highs?|lows?|warm(?:er|est|ing)?|cold(?:er|est)?|hott?(?:er|est)?|heat|frost|degrees?|"
    r"celsius|fahrenheit|maximum|minimum|thermometers?|mercury)\b"
)
PENCE = en.CURRENCY_WORDS["pence"]
_SENTENCE_STOP_RE = lazy_compile(r"\.(?!\d)")
# a clause that counts (unemployment rose to 2.5m) against one that measures a length (the river rose to 2.5m)
_COUNTED_RE = lazy_compile(
    r"\b(?:unemploy\w*|claimant|people|persons|passengers|visitors|viewers|users|customers|jobs|homes|households|"
    r"patients|vacancies|pupils|students|tourists|members|subscribers|voters|workers|employees|residents|"
    r"population|downloads|streams|followers|migrants|claims|applications|cases|calls)\b"
)
_LENGTH_RE = lazy_compile(
    r"\b(?:river|level|height|tall|deep|depth|wide|width|long|length|high|surge|waves?|flood\w*|metres?|meters?|"
    r"distance|span|sea|tide|snow|drop|jump|throw)\b"
)
_RACE_NAME_AFTER_RE = lazy_compile(r" (?:fun )?(?:run|race|walk)s?(?![a-z])")
_WARMER_RE = lazy_compile(r"\s+(?:warmer|colder|cooler|hotter)\b")
# 5-1/4 = 5.25, as the Federal Reserve and bond tables write it (halves to sixteenths): never 5 and 25%, nor the
# date 5-1 and a 2
_HYPHEN_MIXED_RE = lazy_compile(r"-(\d{1,2})/(2|4|8|16)(?![\d/])")
_PLUS_MINUS_RE = lazy_compile(r"\s*(?:±|\+/-|\+-)\s*(\d+(?:\.\d+)?)(?![\d.])")

_DOT_DATE_MARKS = frozenset("·•.")  # what may stand after the digits of a dot date, besides spaces
_CODE_JOINERS = frozenset(" -)")  # a telephone number goes on after its first group, or starts with 0 or +/(
# The characters that may follow the digits of a marked form (×10⁶, ², ^, ±, +/-, a space before 1/4).
_AFTER_NUMBER_MARKS = frozenset(" \u00a0×xX*·^±+⁰¹²³⁴⁵⁶⁷⁸⁹")
# What may follow spaces in a marked form: a times sign (× 10⁶), a plus-minus (± 0.2, +/- 0.2), digits (2 1/4).
_MARKS_AFTER_SPACE = frozenset("×xX*·±+")
_BRACKETED_PLUS_MINUS_RE = lazy_compile(  # 12,345 (±120): an estimate and its margin of error
    r" ?[(（](?:±|\+/-|\+/−|\+-)\s*(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\d.,])[)）]"
)
# A mean or median before 45.2 ± 3.1: the ± gives the spread of what was measured (a standard deviation), not an
# interval for the mean.
_SPREAD_BEFORE_RE = lazy_compile(r"(?:mean|average|median|平均|均值|均数)[^.;。；]*$")
_RENT_PERIOD_RE = lazy_compile(r"(?:pcm|pw|pa)(?![a-z])")  # £1,450pcm, £300pw: a rent per month or week
_CARET_RE = lazy_compile(r"\^\s*[+\-−]*\d+(?:\.\d+)?")
# What each form _marked looks for may start with right after the digits, whitespace aside (\s, which is
# str.isspace): ×xX*· (_TIMES_POWER_RE), ^ and a superscript or its sign (_BARE_POWER_RE after 10, _CARET_RE,
# _SUPERSCRIPT_RE), ± and + (_PLUS_MINUS_RE).  The empty string is in no set: nothing matches past the end.
_MARK_STARTS = frozenset("×xX*·^⁺⁻⁰¹²³⁴⁵⁶⁷⁸⁹±+")

_NUMBER_SIGN = lazy_compile(r"(?:(?<![a-z])no\.?|(?<![a-z])number|№)\s*$")
_NUMBER_SIGN_LAST = frozenset(("o", ".", "r", "№"))  # the last characters of no, no., number, №
_MEASURE_AFTER = lazy_compile(r"[%‰万亿千百]")

# A thousands group split from its head by a space before the comma, as scanned tables print 23,248: "23 , 248".
_SPLIT_GROUP_BEFORE_RE = lazy_compile(r"(?<![\d.,])\d{1,3} +, *$")
_SPLIT_GROUP_AFTER_RE = lazy_compile(r" +, *\d{3}(?![\d.])")
_SEPARATORS_RE = lazy_compile(r"[,\s\u00a0\u202f\u2009]")
_CLOCK_RE = lazy_compile(r"(?:[01]?\d|2[0-3]):[0-5]\d:[0-5]\d(?![\d:]|\.\d)")
_DIGIT_RUN_RE = lazy_compile(r"\d+")
_SPACE_GROUP_FIRST = frozenset(" \u00a0\u202f\u2009")  # what separates space-grouped thousands (321 146)
_COMMA_CHAIN_RE = lazy_compile(r"\d+(?:,\d+)*")
_FINITE_DENOMINATORS = frozenset((2, 4, 5, 8, 10))  # 1/q has a finite decimal
_FIRST_OF_TWO_SCALES = frozenset(("hundred", "thousand", "lakh"))  # 5 hundred million, 1.5 lakh crore
_SCALE_BEFORE_DASH_RE = lazy_compile(
    r"\d(?:" + "|".join(en.SPACED_SHORT_SCALES) + ")$"
)  # 1.2bn-1.5bn: a range (3m-4m: metres too)
_RATE_UNIT_LABEL_RE = lazy_compile(r"/\s*(?:10|100|1000|1,000|10,000|100,000)?\s*(?:十万|万|千|百)?\s*[人例]?[）)]")
_BEFORE_LEADING_POINT = frozenset("([-−+~≈<>=$£€¥")  # what may stand before a decimal point with no zero: (.5)
_SLASH_RE = lazy_compile(r"(\d+)\s*/\s*(\d+)(?![\d/])")
# a blood pressure: systolic/diastolic before its unit
_PRESSURE_AFTER_RE = lazy_compile(r"\s?(mmHg|毫米汞柱)")


def _mixed(start: int, end: int, whole_part: Decimal, fraction: re.Match[str]) -> Core:
    """A whole number and a fraction, one number exactly (2 1/4, 5-1/4 = 5.25)."""
    top, bottom = Decimal(fraction.group(1)), Decimal(fraction.group(2))
    whole = whole_part * bottom + (top if whole_part >= 0 else -top)
    core = Core(start, end, whole / bottom, ZERO, ONE, ONE, ONE)
    core.fixed = fraction_value(whole, bottom)
    return core


def _margin(start: int, end: int, mantissa: Decimal, error: Decimal) -> Core:
    """An estimate and the margin of error the writer gives with it (5±0.2, 12,345 (±120)): that interval."""
    core = core_from_number(start, end, mantissa, ONE, ONE, chinese=False)
    core.range = Interval(mantissa - error, mantissa + error)
    core.hedge, core.hedge_text = Hedge.RANGE, "±"
    return core


# what makes a small number a grade or a name: 4/C and 7/A (two grading scales), 3-star, 5-star, the 11-plus exam
_GRADE_AFTER_RE = lazy_compile(r"/[A-G]\*?(?![A-Za-z0-9])|-star(?![a-z])|-plus(?= exam| test|\s+in\s|\s*[,.;)])")
# sub-2%: a bound glued by its hyphen, never a code as in COVID-19
_GLUED_HEDGE_BEFORE_RE = lazy_compile(r"(?<![a-z])sub-$")


class ArabicReading(HedgeReading):
    def _arabic(self, i: int) -> tuple[Core | None, int]:
        text = self.text
        match = ARABIC_RE.match(text, i)
        if match is None:
            return None, i + 1
        skip = match.end()
        written = match.group()
        if not written.isascii():
            raise Unread(text[i:skip])  # 12३, 1𑇐: digits of a script the reader does not read, as parse_quantity says
        prev = text[i - 1] if i > 0 else ""
        if prev == "." and written.isdigit() and self._leading_point(i, skip):
            i -= 1  # .5, -.25, $.75: a decimal written without its leading zero
            written = "." + written
            prev = text[i - 1] if i > 0 else ""
        if prev.isdigit():
            return None, skip
        if prev == "-" and text[i - 2 : i - 1].isdigit() and self._name_number_before(i - 1):
            return None, skip  # Boeing 737-800, Chelsea 3-1: the rest of a name's number, never 800 or 1 alone
        glued_to_letters = bool(prev) and prev.isascii() and prev.isalpha()
        if prev in ("%", "‰") and skip - i <= 2:
            return None, skip  # "rose by 0.3%1": a footnote mark glued to the figure before, no figure
        if (
            glued_to_letters
            and text[skip : skip + 1] == zh.TRAIN_NUMBER_MARK
            and prev.isupper()
            and not (text[i - 2 : i - 1].isascii() and text[i - 2 : i - 1].isalpha())
        ):
            return None, skip + 1  # G7次列车, D3102次: a train's number
        if glued_to_letters and not _SPACE_GROUP_FIRST.isdisjoint(written):
            run = _DIGIT_RUN_RE.match(text, i)
            assert run is not None
            return None, run.end()  # "Net debt2 944.5": a footnote mark glued to its label, then the figure
        if (
            prev
            and prev in "._#^"
            and not (self.lower[i - 2 : i] == "c." and (i == 2 or not self.lower[i - 3].isalpha()))
        ):
            return None, skip  # v1.2, x_3, #5: versions and numbers of things; ^5 an exponent (c.500: about 500)
        if (
            prev in ("-", "/")
            and i >= 2
            and text[i - 2].isascii()
            and text[i - 2].isalpha()
            and not (prev == "-" and _SCALE_BEFORE_DASH_RE.search(self.lower, max(0, i - 12), i - 1))
            and not _GLUED_HEDGE_BEFORE_RE.search(self.lower, max(0, i - 6), i)
        ):
            return None, skip  # COVID-19, A/3 (1.2bn-1.5bn: a range's second end)
        if prev == "-" and i >= 2 and (text[i - 2] == "号" or (text[i - 2].isdigit() and self._code_chain(i - 1))):
            return None, skip  # 京ICP备15053973号-23, USDL-25-1234: the last part of a code
        if (not prev or prev in " ,") and (
            _SPLIT_GROUP_BEFORE_RE.search(text, max(0, i - 8), i) or _SPLIT_GROUP_AFTER_RE.match(text, skip)
        ):
            raise Unread(text[i:skip])  # "23 , 248" (a scanned page): 23,248 or two numbers, never 248 or 23 alone
        lower_prev = self.lower[i - 1 : i] if i > 0 else ""
        if (nonfigures.label_before(text, self.lower, i) and not self._word_before_counted(i, skip)) or (
            # the last character before the number, spaces skipped, ends no number sign (no., №): most figures
            (lower_prev in _NUMBER_SIGN_LAST or lower_prev.isspace())
            and self.lower[max(0, i - 12) : i].rstrip()[-1:] in _NUMBER_SIGN_LAST
            and _NUMBER_SIGN.search(self.lower, max(0, i - 12), i)
        ):
            return None, skip  # 第3季度, 表1, Section 21, No. 5: numbers that name things
        # 5-1/4 = 5.25 (a whole number below 1,000): before the age bands and dates that 5-1 would start
        mixed = _HYPHEN_MIXED_RE.match(text, skip) if text[skip : skip + 1] == "-" and skip - i <= 3 else None
        if mixed is not None and written.isdigit() and 0 < int(mixed.group(1)) < int(mixed.group(2)):
            return _mixed(i, mixed.end(), Decimal(written), mixed), mixed.end()
        if skip - i <= 3 and nonfigures.age_band(self.lower, i, skip):
            return None, skip  # "aged 10 to 17", "18- to 24-year-olds": ages that name a group
        if text[i:skip] in zh.HOTLINES and nonfigures.hotline(text, i, skip):
            return None, skip  # 110警情, 拨打12345: a service line
        if skip - i == 3 and nonfigures.english_hotline(self.lower, i, skip):
            return None, skip  # call 999, calls to 111: a service line
        if (
            text[skip : skip + 1] in ("/", "-")
            and skip - i <= 2
            and written.isdigit()
            and _GRADE_AFTER_RE.match(text, skip)
        ):
            return None, skip  # graded 4/C or above, a 7/A, 3-star hotels, the 11-plus: grades and names
        date_end = self._date_at(i, skip, written)
        if date_end and not (text[skip : skip + 1] == zh.PER_UNIT_MARK and PER_BASE_UNIT_RE.match(text, skip)):
            return None, date_end  # 2020-08-20, 2019/20, 2018-2020, 1-11月, “2·7”
        after_number = text[skip : skip + 1]
        code_end = (
            nonfigures.phone_or_code(text, i)
            if text[i] == "0"
            or (
                after_number in _CODE_JOINERS
                # digits alone end their run at skip: a code goes on with ")" or a digit after the space or hyphen,
                # or follows a plus (+44 (0)20 ...)
                and (
                    after_number == ")"
                    or text[skip + 1 : skip + 2].isdigit()
                    or prev == "+"
                    or not text[i:skip].isdigit()
                )
            )
            # +1 000 000: digits grouped by spaces after a plus read as one number, as a telephone number does
            or (prev == "+" and " " in text[i:skip])
            else 0
        )
        if code_end:
            return None, code_end  # 010-12345678, +86 10 8888 6666, 400-810-8888, 007: numbers that dial or name
        if text[skip : skip + 1] == zh.GENERATION and nonfigures.generation(text, i, skip):
            return None, skip  # 90后, 00后: people born in a decade
        if (
            text[skip : skip + 1] == zh.AMBIGUOUS_MULTIPLIER
            and not self._led_unit_at(skip)
            and not text.startswith(zh.TRILLION_CURRENCIES, skip + 1)
        ):
            raise Unread(text[i : skip + 1])  # 3兆: a million or a trillion, by who writes it
        if prev == zh.AMBIGUOUS_MULTIPLIER and i > 1 and (text[i - 2].isdigit() or text[i - 2] in zh.NUMERAL_CHARS):
            return None, skip  # 5兆6200亿: the rest of a numeral led by 兆 (refused), never read on its own
        if text[skip : skip + 1] == zh.DOZEN_OR_HIT:
            raise Unread(text[i : skip + 1])  # 3打: three dozen or three hits; never 3
        end = match.end()
        raw = written
        if text[end : end + 1] == "," and text[end + 1 : end + 2].isdigit():
            chain = _COMMA_CHAIN_RE.match(text, i)
            assert chain is not None
            if any(len(group) != 1 for group in chain.group().split(",")):
                # 2,0000, 1,23,456, 12,34, 12,345,67: thousands grouped wrongly, an Indian lakh grouping or a decimal
                # comma; never 2, 1 or 12 alone (1,2,3 is a list)
                raise Unread(text[i : chain.end()])
        digits = raw if raw.isdigit() else _SEPARATORS_RE.sub("", raw)  # 52,100 and 321 146: the digits alone
        if len(digits.replace(".", "")) > MAX_DIGITS:
            if self.strict:
                raise QuantityError(
                    _("number too long: {count} digits (at most {limit})").format(count=len(digits), limit=MAX_DIGITS)
                )
            return None, end
        # 1.5e6: an e right after the digits (digits grouped by separators are never a mantissa), else no regex.
        scientific = _SCIENTIFIC_RE.match(text, i) if text[end : end + 1] in _EXPONENT_MARKS else None
        if scientific and scientific.end() > end:
            if not self.strict or (
                text[scientific.end() : scientific.end() + 1].isascii()
                and text[scientific.end() : scientific.end() + 1].isalpha()
            ):
                return None, _GLUED_TAIL_RE.match(text, scientific.end()).end()  # type: ignore[union-attr]
            power = int(scientific.group(2))
            if abs(power) > MAX_EXPONENT:
                raise QuantityError(
                    _("exponent too large in {figure!r}: at most 10^{limit}").format(
                        figure=scientific.group(), limit=MAX_EXPONENT
                    )
                )
            mantissa = Decimal(scientific.group(1))
            core = core_from_number(i, scientific.end(), mantissa, ONE.scaleb(power), ONE, chinese=False)
            if exponent(mantissa) >= 0 and power > 0:
                core.half = ONE.scaleb(power) * HALF  # 3e6: an integer mantissa x a power, like 3 million
            return core, core.end
        nxt = text[end : end + 2]
        if nxt[:1] == "." and nxt[1:2].isdigit():
            return None, end + 2  # 1.2.3
        if nxt == " ." and text[end + 2 : end + 3].isdigit():
            tail = _DIGIT_RUN_RE.match(text, end + 2)
            assert tail is not None
            raise Unread(text[i : tail.end()])  # "3 .5" (a stray space in 3.5, or 3 and .5): never 3 or .5 alone
        if nxt[:1] == "+" and nxt[1:2].isalnum():
            return None, end  # 6+N: a named method
        if nonfigures.in_brackets(text, i, end):
            return None, end  # 〔2018〕, [1]
        if raw == "1" and prev in "（(" and (unit_label := _RATE_UNIT_LABEL_RE.match(text, end)) is not None:
            return None, unit_label.end()  # 孕产妇死亡率（1/10万）: the unit of a table's column, no figure
        if nonfigures.list_number(text, i, end, chinese=False):
            return None, end  # 1、 1. at the start of a line
        if nxt[:1] == ":" and (clock := _CLOCK_RE.match(text, i)) is not None:
            return None, clock.end()  # 22:26:48: a time of day with seconds, never the ratio 22:26:48
        if (nxt[:1] in ":∶" and nxt[1:2].isdigit()) or (prev in ":∶" and i >= 2 and text[i - 2].isdigit()):
            ratio = self._ratio(i)
            if ratio is not None:
                return ratio, ratio.end
            return None, end  # 10:30: a time of day
        if nxt[:1] == "比" and nxt[1:2].isdigit():
            ratio = self._ratio_bi(i)
            if ratio is not None:
                return ratio, ratio.end  # 生师比为16.8比1: one ratio, never 16.8 and 1
        if nxt[:1] == " " and self.lower.startswith(" to 1", end):
            ratio = self._ratio_to_one(i)
            if ratio is not None:
                return ratio, ratio.end  # a student-to-staff ratio of 15.4 to 1: one ratio, never 15.4 and 1
        slash = _SLASH_RE.match(text, i) if "/" in text[end : end + 2] else None
        if (
            slash
            and slash.group(0) == text[i : slash.end()]
            and "/" in text[end : end + 2]
            and not PER_BASE_UNIT_RE.match(text, end)  # 3/10万: three per 100,000, never 3/10
        ):
            pressure = _PRESSURE_AFTER_RE.match(text, slash.end())
            if pressure is not None:
                # 140/90 mmHg, 血压140/90毫米汞柱: two pressures, each in the unit after the second
                core = core_from_number(i, end, Decimal(slash.group(1)), ONE, ONE, chinese=False)
                core.unit = pressure.group(1)
                return core, end
            return self._slash(i, slash)
        if text.startswith(zh.FRACTION_MARK, end) and raw.isdigit():
            return self._chinese_fraction(i, raw, end)
        mantissa = Decimal(digits)
        word_first = first_after_gap(self.lower, end)  # a cheap test before the two regexes of words after it
        denominator = (
            DENOMINATOR_RE.match(self.lower, end) if word_first is None or word_first in DENOMINATOR_FIRST else None
        )
        if (
            denominator is not None
            and raw.isdigit()
            and (self.strict or self.lower.startswith(" of", denominator.end()))
        ):
            if not fraction_agrees(mantissa, denominator.group(1)):
                raise Unread(text[i : denominator.end()])  # 2 third
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
            of = IN_RE.match(self.lower, end) if word_first is None or word_first in IN_FIRST else None
            if of is not None and raw.isdigit():
                share = self._in_share(i, of, mantissa)
                if share is not None:
                    return share, share.end  # 1 in 3, 9 out of 10
        if text[end : end + 3].lstrip()[:2] in ("(±", "（±", "(+"):
            bracketed = _BRACKETED_PLUS_MINUS_RE.match(text, end)
            if bracketed is not None:
                # 12,345 (±120): an estimate and its margin of error, [12,225, 12,465]; never 12,345 and 120
                core = _margin(start, bracketed.end(), mantissa, Decimal(bracketed.group(1).replace(",", "")))
                return core, core.end
        nxt1 = text[end : end + 1]
        if nxt1 in (" ", "\u00a0") and text[i:end] != "10":
            spaced = text[end : end + 8].lstrip()
            if spaced and spaced[0] not in _MARKS_AFTER_SPACE and not spaced[0].isdigit():
                nxt1 = ""  # 5 people: after the spaces no ×10⁶, ±0.2 or 1/4 can follow
        if (nxt1 and nxt1 in _AFTER_NUMBER_MARKS) or text[i:end] == "10":
            marked = self._marked(start, i, end, raw, mantissa)
            if marked is not None:
                return marked, marked.end
        vulgar = end + 1 if text[end : end + 1] == " " else end
        if text[vulgar : vulgar + 1] in en.VULGAR_FRACTIONS:
            return self._vulgar(start, vulgar, raw, mantissa)
        found = self._multiplied(start, end, mantissa)
        if found is None:
            return None, end
        core = found
        core.plain_arabic = core.end == end and raw.isdigit()
        after = text[core.end : core.end + 1]
        if (
            after in ("r", "p")
            and core.end == end
            and "," in raw
            and not text[end + 1 : end + 2].isalnum()
            and not self.strict
        ):
            return core, end + 1  # 1,234r, 2,345p: a revised or provisional mark in a statistics table, not a name
        if after == "x" and core.end == end and "." in raw and not text[end + 1 : end + 2].isalnum():
            core.unit = zh.MULTIPLE_UNIT  # net debt 1.4x EBITDA: a multiple (10x alone may be a name, as 5G is)
            core.end = end + 1
            return core, core.end
        if after == "p" and core.end == end and not text[end + 1 : end + 2].isalnum() and "," not in raw:
            core.unit = PENCE  # EPS 12.5p, a 5p coin, up 1.5p: pence (2,345p in a table is a provisional count)
            core.end = end + 1
            return core, core.end
        if (
            after in ("C", "F")
            and core.end == end
            and not text[end + 1 : end + 2].isalnum()
            and (self.strict or self._weather(start, end + 1))
        ):
            core.unit = "°" + after  # Highs of 31C, minus 7C, 2-4C above normal: degrees, where the clause says so
            core.end = end + 1
            return core, core.end
        if (
            after.isascii()
            and after.isalpha()
            and core.end == end
            and not BASIS_POINTS_RE.match(self.lower, end)
            and not PP_ABBREVIATION_RE.match(self.lower, end)  # 3pp, 1.2ppts: percentage points
            and not PERCENT_ABBREVIATION_RE.match(self.lower, end)  # 8.3pc, 7pct: percent
            and not SYMBOL_UNIT_RE.match(text, end)  # 12km, 5kWh: a unit, not a name like 5G
            and not self._metres_at(start, end)  # a 400m-long viaduct, the 400m hurdles
            and not SECONDS_AFTER_DECIMAL_RE.match(text, end)  # 9.58s, 46.9s: a time in seconds
            and not (_RENT_PERIOD_RE.match(self.lower, end) and self._currency_before(start))  # £1,450pcm
        ):
            return None, _GLUED_TAIL_RE.match(text, end).end()  # type: ignore[union-attr]  # 5G, 3D, 10x: names
        currency_code = glued_to_letters and self._currency_prefix(core.start) != core.start
        if glued_to_letters and not (currency_code or _MEASURE_AFTER.match(text, end) or CN_UNIT_RE.match(text, end)):
            return None, end  # G20, MP3: names; GDP8万元 and CPI2.5% carry a measure and are figures
        return core, core.end

    def _sentence_before(self, start: int, width: int) -> str:
        """The words before ``start`` in its sentence (cut at ; : ! ? a line's end or a full stop, never at a
        decimal point), at most ``width`` characters back."""
        window = self.lower[max(0, start - width) : start]
        cut = max(window.rfind(mark) for mark in ";:!?\n")
        cut = max((stop.start() for stop in _SENTENCE_STOP_RE.finditer(window, cut + 1)), default=cut)
        return window[cut + 1 :]

    def _counted_clause(self, start: int) -> bool:
        """The clause before ``start`` counts people or things and names no length (unemployment rose to 2.5m, the
        claimant count 1.7m): m closing the figure is a million, as it is before words; never a river at 2.5m."""
        clause = self._sentence_before(start, 60)
        return _COUNTED_RE.search(clause) is not None and _LENGTH_RE.search(clause) is None

    def _weather(self, start: int, end: int) -> bool:
        """The clause before ``start`` speaks of temperature (highs, lows, degrees), or the words after ``end`` compare
        one (3.5C warmer): 31C is 31 degrees; given alone (a claim's value), it is read so too."""
        clause = self._sentence_before(start, 48)  # never cut at a decimal point (a high of 32.7C, 1.2C)
        return _WEATHER_RE.search(clause) is not None or _WARMER_RE.match(self.lower, end) is not None

    def _name_number_before(self, dash: int) -> bool:
        """The digits before the hyphen at ``dash`` are a name's number (Boeing 737-, Chelsea 3-) or a code's (the
        A350-1000: digits glued to a letter)."""
        start = dash
        while start > 0 and self.text[start - 1].isdigit():
            start -= 1
        before = self.text[start - 1 : start]
        return (before.isascii() and before.isalpha()) or nonfigures.proper_name_before(self.text, start)

    def _code_chain(self, dash: int) -> bool:
        """Whether the digits before the hyphen at ``dash`` continue a code that starts with letters (USDL-25-)."""
        start = dash
        while start > 0 and (
            self.text[start - 1].isascii() and (self.text[start - 1].isalnum() or self.text[start - 1] == "-")
        ):
            start -= 1
        head = self.text[start:dash]
        return head[:1].isalpha() and "-" in head and not _SCALE_BEFORE_DASH_RE.search(self.lower, start, dash)

    def _leading_point(self, i: int, skip: int) -> bool:
        """Whether the point before the digits at ``i`` is a decimal point with no zero before it (.5, -.25, (.75)):
        only after a space, a bracket, a sign or a currency, and never in a run of points (.5.3, a section) or before a
        thousands comma (.1,234)."""
        before = self.text[i - 2 : i - 1]
        return (not before or before in _BEFORE_LEADING_POINT or before.isspace()) and not (
            self.text[skip : skip + 1] in ".," and self.text[skip + 1 : skip + 2].isdigit()
        )

    def _vulgar(self, start: int, at: int, raw: str, mantissa: Decimal) -> tuple[Core, int]:
        """2½ million, 1¼ times, 3 ½ years: a whole number and the vulgar fraction at ``at``, one number or none.

        Without a scale word the number is exact (2½ years); with one the writer counts in parts of the scale, so
        the rounding is half a part, as for half a million: 2½ million is [2,250,000, 2,750,000]."""
        p, q = en.VULGAR_FRACTIONS[self.text[at]]
        if not raw.isdigit() or q not in _FINITE_DENOMINATORS:
            raise Unread(self.original[start : at + 1])  # 2.5½, 1⅓: no such number, or no finite decimal
        part = Decimal(p) / Decimal(q)
        value = mantissa + part if mantissa >= 0 else mantissa - part
        core = self._multiplied(start, at + 1, value)
        if core is None:
            raise Unread(self.original[start : at + 1])
        multiplier = core.value / value
        step = multiplier / q
        core.half = step * HALF if multiplier > 1 else ZERO
        core.g_a = core.last_unit = step
        return core, core.end

    def _date_at(self, i: int, skip: int, raw: str) -> int:
        """nonfigures.numeric_date or dot_date at i, where the number ``raw`` ends at ``skip``.

        Digits alone (raw) end their digit run at skip: a numeric date needs a joiner there, and a dot date
        (2·7) one or two digits then a space or a dot; without either neither is looked for.
        """
        text = self.text
        if raw.isdigit():
            after = text[skip : skip + 1]
            if after not in nonfigures.DATE_JOINERS and not (
                len(raw) <= 2 and after and (after in _DOT_DATE_MARKS or after.isspace())
            ):
                return 0
        return nonfigures.numeric_date(text, i) or nonfigures.dot_date(text, i)

    def _marked(self, start: int, i: int, end: int, raw: str, mantissa: Decimal) -> Core | None:
        """Forms marked right after the digits: powers (1.5×10⁶, 10⁶), 2³ and 1.1^23 (refused), 5±0.2, 2 1/4."""
        text = self.text
        after = text[end : end + 1]
        if not (after in _MARK_STARTS or after.isspace()):
            return None  # none of the patterns below can match here: most figures need none of them compiled
        powered = self._power_of_ten(start, i, end, mantissa)
        if powered is not None:
            return powered
        if _SUPERSCRIPT_RE.match(text, end):
            if not self.strict and ("," in raw or "." in raw):
                return None  # 1,234¹, 2.5²: grouped or decimal, no power a report writes so: a footnote mark
            raise Unread(self.original[start : end + 1])  # 2³ or a footnote mark 45000¹: never 2 or 45000
        caret = _CARET_RE.match(text, end)
        if caret is not None:
            raise Unread(self.original[start : caret.end()])  # 1.1^23: a power of another base, never 1.1 and 23
        plus_minus = _PLUS_MINUS_RE.match(text, end)
        if plus_minus is not None and _SPREAD_BEFORE_RE.search(self.lower, max(0, start - 24), start):
            return None  # mean age 45.2 ± 3.1 years, 平均年龄45.2±3.1岁: a mean and its standard deviation, two figures
        if plus_minus is not None:
            # 5±0.2, 5 +/- 0.2: the interval the writer gives, [4.8, 5.2]; never 5 and 0.2.
            return _margin(start, plus_minus.end(), mantissa, Decimal(plus_minus.group(1)))
        mixed = _MIXED_NUMBER_RE.match(text, end) if raw.isdigit() and mantissa.copy_abs() < 1000 else None
        if mixed is not None and not 0 < int(mixed.group(1)) < int(mixed.group(2)) <= 16:
            raise Unread(self.original[start : mixed.end()])  # 1 4/3: no mixed number, and never 1 alone
        if mixed is not None:
            return _mixed(start, mixed.end(), mantissa, mixed)  # 2 1/4 = 2.25: never 2 and a share of 25%
        return None

    def _power_of_ten(self, start: int, i: int, end: int, mantissa: Decimal) -> Core | None:
        """1.5×10^6 = 1,500,000 rounded at its last digit (x 10^6); 10⁶ alone is one million, like 1e6."""
        text = self.text
        times = _TIMES_POWER_RE.match(text, end)
        bare = _BARE_POWER_RE.match(text, i) if text[i:end] == "10" and times is None else None
        found = times or bare
        if found is None or found.end() <= end:
            return None
        exponent_text = next(g for g in found.groups() if g)
        power = int(exponent_text.translate(_SUPERSCRIPT_DIGITS).replace("−", "-"))
        if abs(power) > MAX_EXPONENT:
            raise Unread(self.original[start : found.end()])
        base = mantissa if times is not None else (-ONE if mantissa < 0 else ONE)
        core = core_from_number(start, found.end(), base, ONE.scaleb(power), ONE, chinese=False)
        if exponent(base) >= 0 and power > 0:
            core.half = ONE.scaleb(power) * HALF  # 3×10^6: an integer times a power, like 3 million
        return core

    def _multiplied(self, start: int, end: int, mantissa: Decimal) -> Core | None:
        """A number followed by 万/亿/千万/million/m..., with rule (b) hedges and mixed forms (1万2千)."""
        text = self.text
        pos = end
        if text[pos : pos + 1] == zh.AMBIGUOUS_MULTIPLIER and text.startswith(zh.TRILLION_CURRENCIES, pos + 1):
            # 2.88兆元, 1.2兆美元 (Taiwan, Japan): 兆 before money is a trillion; a million of 元 is never 兆元
            return core_from_number(start, pos + 1, mantissa, zh.TRILLION, zh.TRILLION, chinese=False)
        if text[pos : pos + 1] in (*zh.MORE_WORDS, zh.FEW) and text[pos + 1 : pos + 2] in (
            "万",
            "亿",
            "十",
            "百",
            "千",
        ):
            chain = CN_CHAIN_RE.match(text, pos + 1)
            if chain and chain.group() and chain.group()[-1] in "万亿":
                # Rule (b): N多万 -> [N*M, (N + g_N)*M), g_N the place of N's last non-zero digit.
                multiplier = chain_value(chain.group())
                step = last_nonzero_place(mantissa) * multiplier
                low = mantissa * multiplier
                core = core_from_number(
                    start, chain.end(), mantissa, multiplier, trailing_group(chain.group()), chinese=False
                )
                core.range = Interval(low, low + step, True, False)
                core.hedge, core.hedge_text = Hedge.MORE, text[pos]
                return core
        if text[pos : pos + 1] == " " and text[pos + 1 : pos + 3].lstrip(" ")[:1] in MULTIPLIER_CHARS:
            return self._spaced(start, end, mantissa)  # 2.5 亿元, 1000  万: never 1000 with 万 left unread
        first = text[pos : pos + 1]
        rest = _MIXED_REST_RE.match(text, pos) if first and (first in CN_NUMERAL_CHARS or first.isdigit()) else None
        if rest and "千" in rest.group():
            cut = self._unit_start(pos, rest.end())  # 120万千瓦 = 120万 + 千瓦; 3.5千克 = 3.5 + 千克
            if cut < rest.end():
                rest = _MIXED_REST_RE.match(text, pos, cut)
        if rest:
            chain = CN_CHAIN_RE.match(text, pos)
            group = _SPACED_GROUP_RE.match(text, chain.end()) if chain and chain.group() == rest.group() else None
            if chain and group and chain_value(group.group(1)) < chain_value(chain.group()):
                return self._spaced_groups(start, end, mantissa)  # 7万 5千 4百 = 75400, never 7万 and 5千
            if chain and chain.group() == rest.group():
                multiplier = chain_value(chain.group())
                return core_from_number(
                    start, chain.end(), mantissa, multiplier, trailing_group(chain.group()), chinese=False
                )
            if rest.group()[0] in zh.DIGITS or exponent(mantissa) < 0:
                raise Unread(text[start : rest.end()])  # 3三, 10.1万零100
            number = read_chinese(text[start if mantissa >= 0 else start + 1 : rest.end()])
            if number is None:
                # Read as much as is a plain multiplier chain only where what follows is not a numeral:
                # 两万一千人 is whole; 5万一 is not read at all.
                raise Unread(text[start : rest.end()])
            core = core_from_numeral(start, rest.end(), number, chinese=False)
            if mantissa < 0:
                core.value = -core.value
            return core
        after_digits = self.lower[pos : pos + 1]
        en_scale = None
        if after_digits and (after_digits in EN_SCALE_AFTER_FIRST or after_digits.isspace()):
            # a scale word after a space or hyphen starts with one of EN_SCALE_WORD_FIRST: 5 people needs no regex
            word_first = first_after_gap(self.lower, pos) if after_digits.isspace() or after_digits == "-" else ""
            if not word_first or word_first in EN_SCALE_WORD_FIRST:
                en_scale = EN_SCALE_AFTER_RE.match(self.lower, pos)
        if en_scale is not None and (SYMBOL_UNIT_RE.match(text, pos) or self._metres_at(start, pos)):
            en_scale = None  # 5m², 3 mm, a 400m-long viaduct: a unit, never a million
        letter = None
        if en_scale is None and text[pos + 1 : pos + 2] in _SCALE_LETTERS and text[pos : pos + 1] == " ":
            letter = _SPACED_SCALE_LETTER_RE.match(text, pos)
        if letter is not None:
            scale = Decimal(en.SHORT_SCALES[letter.group(1).lower()])
            if self._currency_before(start):
                return core_from_number(start, letter.end(), mantissa, scale, scale, chinese=False)  # £3 M, $2 b
            if letter.group(1).isupper():
                raise Unread(self.original[start : letter.end()])  # 2.5 M people: million or a unit, never 2.5
        if en_scale:
            word = (en_scale.group(1) or en_scale.group(2) or en_scale.group(3)).lower()
            if word == "k" and (
                _RACE_NAME_AFTER_RE.match(self.lower, en_scale.end())
                or self.lower.endswith(("parkrun ", "park run "), 0, start)
            ):
                return None  # a 10K run, the Parkrun 5K: a race's name, never 10,000
            if word == "k" and text[pos : pos + 1] in ("K", "\u212a") and "°" in text[max(0, start - 24) : start]:
                raise Unread(self.original[start : en_scale.end()])  # 300 °C (573.15K): kelvin, never 573,150
            if en_scale.group(2) and word in ("b", "t") and not self._currency_before(start):
                return core_from_number(start, end, mantissa, ONE, ONE, chinese=False)
            if en_scale.group(2) and word == "m" and not self._currency_before(start):
                # 超过250m: metres beside Chinese words, in a passage or alone (an upper-case M stays a million)
                metres = text[pos : pos + 1] == "m" and has_han(text[max(0, start - 12) : en_scale.end() + 12])
                if metres or not (self.strict or self._words_after(en_scale.end()) or self._counted_clause(start)):
                    return core_from_number(start, end, mantissa, ONE, ONE, chinese=False)
            second = EN_SCALE_AFTER_RE.match(self.lower, en_scale.end()) if en_scale.group(1) else None
            if second is not None and second.group(1):
                return self._two_scales(start, en_scale, second, mantissa)
            if word in en.HUNDRED or word in en.DOZEN:
                factor = Decimal(en.HUNDRED.get(word) or en.DOZEN[word])
                return core_from_number(start, en_scale.end(), mantissa * factor, ONE, ONE, chinese=False)
            multiplier = Decimal(en.SCALES.get(word) or en.SHORT_SCALES[word])
            return core_from_number(start, en_scale.end(), mantissa, multiplier, multiplier, chinese=False)
        return core_from_number(start, end, mantissa, ONE, ONE, chinese=False)

    def _two_scales(self, start: int, first: re.Match[str], second: re.Match[str], mantissa: Decimal) -> Core:
        """5 hundred million, 3 hundred thousand, 10 thousand million (the British milliard), Rs 1.5 lakh crore:
        digits and two scale words, the first smaller, read as the number times both and rounded in their
        product (5 hundred million is [450m, 550m], like 5 million in millions), never as the digits and the first
        word alone; any other pair (2 million million, 3 dozen thousand, plurals) is refused whole."""
        head, tail = first.group(1).lower(), second.group(1).lower()
        head_value = en.HUNDRED.get(head) if head == "hundred" else en.SCALES.get(head)
        tail_value = en.SCALES.get(tail)
        if head in _FIRST_OF_TWO_SCALES and head_value and tail_value and tail_value > head_value and tail[-1] != "s":
            multiplier = Decimal(head_value * tail_value)
            return core_from_number(start, second.end(), mantissa, multiplier, multiplier, chinese=False)
        raise Unread(self.original[start : second.end()])

    def _spaced(self, start: int, end: int, mantissa: Decimal) -> Core:
        """7 万5 千4 百 = 75400, 2.5 亿元 = 2.5亿: the numeral read wholly with its spaces left out."""
        run = _SPACED_REST_RE.match(self.text, end)
        assert run is not None
        compact = run.group().replace(" ", "")
        if CN_CHAIN_RE.fullmatch(compact):
            multiplier = chain_value(compact)
            return core_from_number(start, run.end(), mantissa, multiplier, trailing_group(compact), chinese=False)
        number = None if exponent(mantissa) < 0 else read_chinese(f"{abs(mantissa)}{compact}")
        if number is None:
            raise Unread(self.text[start : run.end()])
        core = core_from_numeral(start, run.end(), number, chinese=False)
        if mantissa < 0:
            core.value = -core.value
        return core

    def _spaced_groups(self, start: int, end: int, mantissa: Decimal) -> Core:
        """7万 5千 4百 = 75400: groups of digits and a multiplier apart by spaces, read as one numeral or not at all."""
        run = _SPACED_GROUPS_RE.match(self.text, end)
        assert run is not None
        number = None if exponent(mantissa) < 0 else read_chinese(f"{abs(mantissa)}{run.group().replace(' ', '')}")
        if number is None:
            raise Unread(self.text[start : run.end()])  # 7万 8万: two figures or a typo, never 7万 alone
        core = core_from_numeral(start, run.end(), number, chinese=False)
        if mantissa < 0:
            core.value = -core.value
        return core
