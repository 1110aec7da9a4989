"""Chinese numerals, read wholly or not at all.

``read_chinese`` takes a run of numeral characters (digits, 十百千, 万亿, 零, 点, financial forms, and Arabic digit
runs mixed in: ``1万600``, ``200亿零四千230``) and gives its value as a mantissa times a trailing multiplier, or
``None`` when the run is not one well-formed numeral.  It never reads a prefix and drops the rest: ``三万五`` is
3.5万, never 30005; ``十三五`` (a plan's name) and ``五四`` (a sequence of digits) are not numerals at all.

Colloquial forms: a single digit right after a unit, with no 零 between, is one place below that unit
(``一百二`` = 120, ``一千三`` = 1300, ``三万五`` = 3.5万), whether it is written in Chinese or Arabic
(``3万5`` = 3.5万); several Arabic digits after a unit are the rest of the number (``1万600`` = 10600).
"""

from __future__ import annotations

from decimal import Decimal

from factcheck.quantity.definitions.zh import DIGITS, GROUP_UNITS, POINT, SMALL_UNITS, TENS, ZEROS
from factcheck.quantity.lazyre import lazy_compile
from factcheck.records import Record, record, set_field

# The largest numeral read: far beyond any figure in a report, and it keeps big-integer work bounded.
MAX_VALUE = 10**40

_ARABIC = lazy_compile(r"\d+(?:\.\d+)?")


@record
class Numeral(Record):
    """A numeral as ``mantissa x multiplier``.

    ``三千万`` is 3000 x 10**4 (it ends in a group multiplier, so it is rounded at one 万); ``一万二千`` is 12000 x 1
    (an exact integer); ``三万五`` is 3.5 x 10**4 (colloquial, rounded at its last digit).
    """

    mantissa: Decimal
    multiplier: int

    def __init__(
        self,
        mantissa: Decimal,
        multiplier: int,
    ) -> None:
        set_field(self, "mantissa", mantissa)
        set_field(self, "multiplier", multiplier)

    @property
    def value(self) -> Decimal:
        return self.mantissa * self.multiplier


# Token kinds: a Chinese digit, a zero, an Arabic number, a small unit, a group unit, the decimal point.
_DIGIT, _ZERO, _ARABIC_NUMBER, _SMALL, _GROUP, _POINT = range(6)


def _tokens(chars: str) -> list[tuple[int, Decimal, str]] | None:
    out: list[tuple[int, Decimal, str]] = []
    i = 0
    text = "".join(TENS.get(c, c) for c in chars)
    while i < len(text):
        ch = text[i]
        if ch.isdigit() and ch.isascii():
            match = _ARABIC.match(text, i)
            assert match is not None
            out.append((_ARABIC_NUMBER, Decimal(match.group()), match.group()))
            i = match.end()
            continue
        if ch in ZEROS:
            out.append((_ZERO, Decimal(0), ch))
        elif ch in DIGITS:
            out.append((_DIGIT, Decimal(DIGITS[ch]), ch))
        elif ch in SMALL_UNITS:
            out.append((_SMALL, Decimal(SMALL_UNITS[ch]), ch))
        elif ch in GROUP_UNITS:
            out.append((_GROUP, Decimal(GROUP_UNITS[ch]), ch))
        elif ch == POINT:
            out.append((_POINT, Decimal(0), ch))
        else:
            return None
        i += 1
    return out


def _integer(tokens: list[tuple[int, Decimal, str]]) -> Numeral | None:
    """An integer numeral (no 点); None when malformed."""
    if not tokens:
        return None
    if all(kind == _ZERO for kind, _, _ in tokens):
        return Numeral(Decimal(0), 1) if len(tokens) == 1 else None
    total = 0  # everything up to the last 亿
    wan = 0  # the 万 block since the last 亿
    section = 0  # below 万
    pending: int | None = None  # a digit (or Arabic number) not yet placed
    pending_arabic = False
    after_zero = False  # a 零 stands before the pending digit or the next unit
    last_small = 10**5
    last_kind = -1
    last_unit = 0  # the unit (small or group) the previous token was
    seen_wan = False
    seen_yi = 0  # 亿 groups seen; a second is allowed only after 万亿
    trailing = 1
    after_wanyi = False  # the last 亿 was 万亿: a smaller 亿 block may follow (3万亿5000亿)
    for kind, value, _text in tokens:
        trailing = 1
        if kind == _ZERO:
            if pending is not None:
                return None  # 一零: a digit sequence, not a numeral
            after_zero = True
        elif kind in (_DIGIT, _ARABIC_NUMBER):
            if pending is not None:
                return None  # 五四, 十一十二: two numbers in a row
            if kind == _ARABIC_NUMBER and exponent_of(value) < 0:
                return None  # a decimal inside a longer numeral: 10.1万零100
            if kind == _ARABIC_NUMBER and last_kind in (_DIGIT, _ZERO):
                return None  # 零1, 三12: Arabic digits glued to Chinese ones
            pending = int(value)
            pending_arabic = kind == _ARABIC_NUMBER
            if pending_arabic and last_kind == _SMALL and pending >= last_small:
                return None
        elif kind == _SMALL:
            unit = int(value)
            if unit >= last_small:
                return None  # 十百, 百千: units must fall within a section
            if pending is None:
                if unit != 10 and not after_zero:
                    return None  # 百 or 千 with no digit before it (百十一)
                number = 1
            else:
                number = pending
                if pending_arabic and pending > 9:
                    return None  # 12百
            section += number * unit
            pending = None
            last_small = unit
            after_zero = False
            last_unit = unit
        else:  # 万 or 亿
            group = int(value)
            if pending is not None:
                section += pending
            pending = None
            if group == 10**4:
                if seen_wan or section == 0:
                    return None
                wan = section
                seen_wan = True
                trailing = 10**4
            else:
                block = wan * 10**4 + section
                compound = last_kind == _GROUP and last_unit == 10**4  # 万亿 = 10**12
                if block == 0 or (seen_yi and not (seen_yi == 1 and after_wanyi and block < 10**4)):
                    return None
                after_wanyi = compound
                total += block * 10**8
                if total >= MAX_VALUE:
                    return None
                wan = 0
                seen_wan = False
                seen_yi += 1
                trailing = 10**12 if compound else 10**8
            section = 0
            last_small = 10**5
            after_zero = False
            last_unit = group
        last_kind = kind
    if pending is not None:
        # A single digit, Chinese or Arabic, right after a unit: 三万五 and 3万5 are both 35000, never 30005.
        single = last_kind == _DIGIT or (last_kind == _ARABIC_NUMBER and len(tokens[-1][2]) == 1)
        colloquial = single and not after_zero
        previous = tokens[-2][0] if len(tokens) >= 2 else -1
        if colloquial and previous in (_SMALL, _GROUP) and last_unit >= 100:
            # 一百二 = 120, 三万五 = 3.5万: one place below the unit just written.
            if previous == _SMALL:
                section += pending * last_unit // 10
            else:
                whole = total + wan * 10**4 + section
                exact = Decimal(whole) + Decimal(pending) * last_unit / 10
                return Numeral(exact / last_unit, last_unit)
        elif pending_arabic and previous == _GROUP and pending >= last_unit:
            return None  # 1万12000
        else:
            section += pending
    whole_value = total + wan * 10**4 + section
    if whole_value == 0 or whole_value >= MAX_VALUE:
        return None
    return Numeral(Decimal(whole_value // trailing), trailing)


def exponent_of(value: Decimal) -> int:
    found = value.as_tuple().exponent
    return found if isinstance(found, int) else 0


def read_chinese(chars: str) -> Numeral | None:
    """Read a whole run of numeral characters; None when it is not one well-formed numeral."""
    tokens = _tokens(chars)
    if not tokens:
        return None
    points = [i for i, (kind, _, _) in enumerate(tokens) if kind == _POINT]
    if not points:
        if len(tokens) == 1 and tokens[0][0] == _ARABIC_NUMBER:
            return None  # plain digits are read elsewhere
        return _integer(tokens)
    if len(points) > 1:
        return None
    at = points[0]
    head, tail = tokens[:at], tokens[at + 1 :]
    if not head:
        return None  # 点五: a decimal needs its integer part
    if all(kind == _ZERO for kind, _, _ in head) and len(head) == 1:
        whole = 0
    else:
        integer = _integer(head)
        if integer is None or integer.multiplier != 1:
            return None
        whole = int(integer.mantissa)
    fraction = ""
    index = 0
    while index < len(tail) and tail[index][0] in (_DIGIT, _ZERO, _ARABIC_NUMBER):
        kind, value, text = tail[index]
        if kind == _ARABIC_NUMBER and "." in text:
            return None
        fraction += text if kind == _ARABIC_NUMBER else str(int(value))
        index += 1
    rest = tail[index:]
    kinds = {kind == _ARABIC_NUMBER for kind, _, _ in tail[:index]}
    if not fraction or len(kinds) > 1:
        return None  # 点3九: Arabic and Chinese digits mixed in one fraction
    multiplier = 1
    for kind, value, _text in rest:
        if kind != _GROUP:
            return None
        multiplier *= int(value)
    if multiplier not in (1, 10**4, 10**8, 10**12):
        return None
    return Numeral(Decimal(f"{whole}.{fraction}"), multiplier)


def is_digit_sequence(chars: str) -> bool:
    """二〇二〇 or 五四: digits with no units, read digit by digit (years, names)."""
    return len(chars) > 1 and all(c in DIGITS for c in chars)


def digit_string(chars: str) -> str | None:
    """三五 -> '35', 四三 -> '43': a run of digits read digit by digit (百分之三五)."""
    if not chars or not all(c in DIGITS for c in chars):
        return None
    return "".join(str(DIGITS[c]) for c in chars)
