"""Chinese numerals: 一百二十一, 两千三百, 一万二千三百四十五, 三千万, 二十九点二.

Only well-formed numerals are read.  A run such as ``十三五`` (a plan's name)
or ``五四`` (a sequence of digits, not a number) is rejected as a whole rather
than read as its longest valid prefix: a figure is never glued to another
numeral character.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

DIGITS: dict[str, int] = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "壹": 1,
    "二": 2,
    "贰": 2,
    "两": 2,
    "三": 3,
    "叁": 3,
    "四": 4,
    "肆": 4,
    "五": 5,
    "伍": 5,
    "六": 6,
    "陆": 6,
    "七": 7,
    "柒": 7,
    "八": 8,
    "捌": 8,
    "九": 9,
    "玖": 9,
}
SMALL_UNITS: dict[str, int] = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
GROUP_UNITS: dict[str, int] = {"万": 10**4, "亿": 10**8}
NUMERAL_CHARS = frozenset(DIGITS) | frozenset(SMALL_UNITS) | frozenset(GROUP_UNITS) | {"点"}


@dataclass(frozen=True, slots=True)
class ChineseNumber:
    """A Chinese numeral read as a mantissa times a trailing group multiplier.

    ``三千万`` is mantissa 3000 times 10**4; ``一万二千`` is mantissa 12000 times
    1 (it does not end in a group multiplier, so it is an exact integer).
    """

    mantissa: Decimal
    multiplier: int

    @property
    def value(self) -> Decimal:
        return self.mantissa * self.multiplier


def _read_integer(chars: str) -> tuple[int, int] | None:
    """(value, trailing group multiplier) of an integer numeral, or None if malformed."""
    if not chars:
        return None
    total = 0  # everything at or above the last 亿
    wan_part = 0  # the 万 section since the last 亿
    section = 0  # below 万
    number: int | None = None
    last_small = 10**5  # small units must decrease within a section
    seen_wan = False
    trailing = 1
    zero_gap = False
    for index, ch in enumerate(chars):
        trailing = 1
        if ch in DIGITS:
            digit = DIGITS[ch]
            if number is not None and not zero_gap:
                return None  # two digits in a row: a sequence such as 五四, not a number
            if digit == 0:
                zero_gap = True
                number = None
                continue
            number = digit
            zero_gap = False
        elif ch in SMALL_UNITS:
            unit = SMALL_UNITS[ch]
            if unit >= last_small:
                return None
            if number is None:
                if unit != 10 or (section != 0 and not zero_gap):
                    return None  # 百 or 千 with no digit before it
                number = 1
            section += number * unit
            number = None
            last_small = unit
            zero_gap = False
        else:  # 万 or 亿
            section += number or 0
            number = None
            if ch == "万":
                if seen_wan or section == 0:
                    return None
                wan_part = section
                seen_wan = True
                trailing = 10**4
            else:
                # In 一万亿 the 万 section is the mantissa of 亿: 10**4 * 10**8 = 10**12.
                block = wan_part * 10**4 + section
                if block == 0:
                    return None
                total = (total + block) * 10**8
                wan_part = 0
                seen_wan = False
                trailing = 10**12 if index > 0 and chars[index - 1] == "万" else 10**8
            section = 0
            last_small = 10**5
            zero_gap = False
    value = total + wan_part * 10**4 + section + (number or 0)
    if value == 0:
        return None
    return value, trailing


def read_chinese(chars: str) -> ChineseNumber | None:
    """Read a run of numeral characters; None when it is not a well-formed number."""
    if not chars or chars[-1] == "点" or chars.count("点") > 1:
        return None
    if "点" in chars:
        whole, rest = chars.split("点")
        fraction = ""
        for ch in rest:
            if ch not in DIGITS:
                break
            fraction += str(DIGITS[ch])
        tail = rest[len(fraction) :]
        if not fraction or (tail and tail not in ("万", "亿", "万亿")):
            return None
        integer = _read_integer(whole) if whole not in ("零", "〇") else (0, 1)
        if integer is None or integer[1] != 1:
            return None
        multiplier = {"": 1, "万": 10**4, "亿": 10**8, "万亿": 10**12}[tail]
        return ChineseNumber(Decimal(f"{integer[0]}.{fraction}"), multiplier)
    result = _read_integer(chars)
    if result is None:
        return None
    value, trailing = result
    return ChineseNumber(Decimal(value // trailing), trailing)


def is_digit_sequence(chars: str) -> bool:
    """二〇二〇 or 五四: digits with no units, read digit by digit (years, names)."""
    return len(chars) > 1 and all(c in DIGITS for c in chars)
