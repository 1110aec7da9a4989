"""Properties of the reader: a figure found reads the same alone, and numerals written out read back."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from factcheck.errors import QuantityError
from factcheck.quantity import Quantity, find_quantities, parse_quantity
from factcheck.quantity.model import RATE, SHARE, SHARE_RANGE
from tests.helpers import ARTICLE

_DIGITS = "零一二三四五六七八九"
_FIGURISH = st.text(
    alphabet="0123456789.,%万亿千百十一二两三四五六七八九零多余约近超过以上下左右个件人元年成分之至 ，。abc-:/",
    max_size=40,
)
_TOKENS = st.lists(
    st.sampled_from(
        [
            *"0123456789.,%‰万亿千百十一二两三四五六七八九零〇壹贰拾佰仟廿负多余约近超过以上下左右个件人元年成折分之至到",
            *"-—~:∶/ ，。abkmM$£€点半数几上届次号月日表第",
            *["one", "twenty", "hundred", "thousand", "million", "and", "a", "half", "third", "quarter", "point"],
            *["per cent", "percent", "more than", "about", "nearly", " in ", "out of", "RMB"],
            *["minus ", "negative ", "plus ", "fifth", "fifths", "first", "twenty-", "dozen", "×10", "⁶", "¹", "^"],
            *["English ", "110", "警情", "百分之", "bps", " basis points", "兆", " k", "lakh", "后", "o'clock"],
            *[" bln", " mln", "crore", "longer than ", "约合", "fell by ", "不足", "①", "“", "”", "《", "》", "强"],
            *["(±", "+/-", ")", "FTSE ", "1,234", "（", "）", "\n", "–", "人口", " aged ", "USDL"],
            *["十万分之", "指数", "收报", "个基点", "岁", "个月", "p", "x", "C", " warmer", "Chelsea ", "共有", "1/2"],
        ]
    ),
    max_size=14,
).map("".join)
_ARTICLE = ARTICLE.read_text("utf-8")
_PASSAGES = st.integers(0, len(_ARTICLE) - 200).map(lambda at: _ARTICLE[at : at + 200])


@settings(max_examples=1000, deadline=None)
@given(st.one_of(_FIGURISH, _TOKENS, _PASSAGES, st.text(max_size=60)))
@example("三万五千人和两万一千人，占三分之二以上")
@example("十万分之五六")  # two adjacent digits per 100,000: once a KeyError inside the reader
@example("超过了80人，约5200人，3至5年，1.5倍，翻一番")
@example("3%-5%，4百百人，折6-2%上，壹点3九个")
@example("1𑇐")  # a digit of another script glued to an ASCII one: found as 10, refused alone
@example("约合一成人")  # 约一 once, with 成人 (adults) keeping 成 from the tenths: no figure alone either
@example("1/2POINT")  # a unit word glued to a fraction: once read as a fraction of it, as 1/2 alone is 50%
@example("x .1,23")  # a leading point before a thousands comma: once an assertion inside the reader
@example("1, 2 and 3 million")
@example("1 and 2万人")  # a bare number before another figure's scale: read with it in its clause (see below)
@example("FELL+0成")  # a rate in its clause, a share alone: the same reading within [0, 100]
@example("上证指数下跌0点")  # points of an index a clock could show: read in their clause, refused alone (see below)
def test_every_figure_found_reads_the_same_alone(text: str) -> None:
    found = find_quantities(text)
    for index, quantity in enumerate(found):
        if _shares_next_scale(text, found, index):
            # 21.9 and 25.9 million tonnes: the bare 21.9 takes the next figure's scale and unit in its clause, as
            # a reader does; alone it is 21.9, and read with that scale and unit it is what the clause read
            scale = next((_scale_of(f.text) for f in found[index + 1 :] if _scale_of(f.text)), "")
            shared = parse_quantity(quantity.text + scale)  # 1, 2 and 3 million: the scale of the chain's last
            assert (shared.interval, shared.unit) == (quantity.interval, quantity.unit), quantity.text
            continue
        if _clock_points(quantity):
            # 收报12点 reads as index points in a clause that names an index; alone, 12点 is as much a time of day,
            # so parse_quantity refuses it (a claim's value says 3,250.12点, which no clock shows, and is read)
            with pytest.raises(QuantityError):
                parse_quantity(quantity.text)
            continue
        alone = parse_quantity(quantity.text, context=SHARE if quantity.context == SHARE else None)
        if quantity.context == RATE and alone.context == SHARE:
            # 成 or % in a clause of change (fell 0成) is a rate, which may pass 0 and 100; alone the same text is a
            # share: the same reading within [0, 100]
            assert quantity.interval.intersect(SHARE_RANGE) == alone.interval, quantity.text
            continue
        assert alone.interval == quantity.interval, quantity.text
        assert alone.unit == quantity.unit, quantity.text


def _scale_of(text: str) -> str:
    """What follows the number of a figure's text (" million tonnes" of "25.9 million tonnes")."""
    import re

    number = re.match(r"[£$€¥]?\s*\d[\d,]*(?:\.\d+)?", text)
    return text[number.end() :] if number else ""


def _shares_next_scale(text: str, found: list[Quantity], index: int) -> bool:
    quantity = found[index]
    if index + 1 >= len(found):
        return False
    following = found[index + 1]
    try:
        alone = parse_quantity(quantity.text)
    except QuantityError:
        return False
    between = text[quantity.end : following.start].strip().lower()
    return alone.interval != quantity.interval and between in ("and", "or", ",", "和", "、", "或", "与", "及")


def _clock_points(quantity: Quantity) -> bool:
    value = quantity.value
    return quantity.unit == "点" and value is not None and 0 <= value <= 24 and value == value.to_integral_value()


def _section(n: int) -> str:
    """1..9999 as a Chinese numeral section, with 零 for skipped places."""
    out = ""
    zero = False
    for place, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit = n // place % 10
        if digit:
            if zero and out:
                out += "零"
            out += _DIGITS[digit] + unit
            zero = False
        else:
            zero = True
    return out


def chinese(n: int) -> str:
    """An integer as a standard Chinese numeral: 10001 -> 一万零一, 120000 -> 十二万."""
    if n == 0:
        return "零"
    parts: list[str] = []
    for group, unit in ((10**8, "亿"), (10**4, "万"), (1, "")):
        block = n // group % 10**4 if group < 10**8 else n // group
        if block:
            if parts and block < 1000:
                parts.append("零")
            parts.append((chinese(block) if block >= 10**4 else _section(block)) + unit)
        elif parts and n % group:
            parts.append("零")
    text = "".join(parts)
    while "零零" in text:
        text = text.replace("零零", "零")
    return text[1:] if text.startswith("一十") else text


_UNITS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen"
).split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def _below_thousand(n: int) -> list[str]:
    words = []
    if n >= 100:
        words += [_UNITS[n // 100], "hundred"]
        n %= 100
    if n >= 20:
        words.append(_TENS[n // 10] + (f"-{_UNITS[n % 10]}" if n % 10 else ""))
    elif n:
        words.append(_UNITS[n])
    return words


def english(n: int) -> str:
    """An integer in English words: 1266 -> one thousand two hundred sixty-six."""
    if n == 0:
        return "zero"
    words: list[str] = []
    for scale, name in ((10**9, "billion"), (10**6, "million"), (10**3, "thousand"), (1, "")):
        block = n // scale % 1000
        if block:
            words += _below_thousand(block) + ([name] if name else [])
    return " ".join(words)


@settings(max_examples=500, deadline=None)
@given(st.integers(0, 10**16 - 1))
@example(10001)
@example(21000)
@example(100000)
@example(1903971)
def test_a_chinese_numeral_reads_back(n: int) -> None:
    quantity = parse_quantity(chinese(n))
    assert quantity.interval.contains(n), chinese(n)
    if not chinese(n).endswith(("万", "亿")):
        assert quantity.interval.is_point, chinese(n)


@settings(max_examples=500, deadline=None)
@given(st.integers(0, 10**12 - 1))
@example(1266)
@example(1_000_001)
def test_english_words_read_back(n: int) -> None:
    quantity = parse_quantity(english(n))
    assert quantity.interval.contains(n), english(n)
    if not english(n).endswith(("thousand", "million", "billion")):
        assert quantity.interval.is_point, english(n)


@settings(max_examples=300, deadline=None)
@given(st.integers(-(10**49) + 1, 10**49 - 1), st.sampled_from(["", "万", "亿", " million"]))
def test_long_numbers_are_read_exactly(n: int, multiplier: str) -> None:
    # Up to 50 digits: the reader's arithmetic never rounds at the default context's 28 digits.
    quantity = parse_quantity(f"{n}{multiplier}")
    scale = {"": 1, "万": 10**4, "亿": 10**8, " million": 10**6}[multiplier]
    half = scale // 2 if multiplier else 0  # integer arithmetic here: exact at any length
    assert quantity.interval.lo == Decimal(n * scale - half)
    assert quantity.interval.hi == Decimal(n * scale + half)
    assert str(quantity.interval).startswith(f"[{n * scale - half}")
