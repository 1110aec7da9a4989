"""The issue's examples: numerals read wholly, bounds the right way round, signs, fractions, ratios, English
words, non-figures in real documents, and the limits that keep reading bounded."""

from __future__ import annotations

import time
from decimal import Decimal
from fractions import Fraction

import pytest

from factcheck.errors import QuantityError
from factcheck.quantity import Kind, find_quantities, parse_quantity
from tests.helpers import interval


@pytest.mark.parametrize(
    ("expression", "expected", "unit"),
    [
        ("三万五", "[34500, 35500]", None),
        ("一百二", "[120, 120]", None),
        ("一千三", "[1300, 1300]", None),
        ("一百二十万三", "[1202500, 1203500]", None),
        ("两万一千人", "[21000, 21000]", "人"),
        ("十万零一", "[100001, 100001]", None),
        ("壹拾万零叁仟肆佰伍拾叁", "[103453, 103453]", None),
        ("廿二", "[22, 22]", None),
        ("一百点123", "[100.1225, 100.1235]", None),
        ("1万600", "[10600, 10600]", None),
        ("200亿零四千230", "[20000004230, 20000004230]", None),
        ("不小于三十岁", "[30, inf)", "岁"),
        ("超过了80", "(80, inf)", None),
        ("至少是3人", "[3, inf)", "人"),
        ("达到了6000件", "[6000, 6000]", "件"),
        ("突破1万美元", "(10000, inf)", "USD"),
        ("负3.9%", "[-3.95, -3.85]", "%"),
        ("增长-3.8%", "[-3.85, -3.75]", "%"),
        ("百分之负三点八", "[-3.85, -3.75]", "%"),
        ("10%左右", "[9, 11]", "%"),
        ("one hundred", "[100, 100]", None),
        ("three million", "[2500000, 3500000]", None),
        ("one thousand two hundred sixty-six dollars", "[1266, 1266]", "USD"),
        ("10 000 dollars", "[10000, 10000]", "USD"),
        ("€10M", "[9500000, 10500000]", "EUR"),
        ("$1.5bn", "[1450000000, 1550000000]", "USD"),
        ("RMB 3 million", "[2500000, 3500000]", "CNY"),
        ("a dozen", "[12, 12]", None),
        ("one and a half", "[1.5, 1.5]", None),
        ("greater than 4,565", "(4565, inf)", None),
        (">= 5", "[5, inf)", None),
        ("321 146件", "[321146, 321146]", "件"),
        ("3—5年", "[3, 5]", "年"),
        ("3-5 years", "[3, 5]", "years"),
        ("between 3 and 5", "[3, 5]", None),
        ("翻两番", "[4, 4]", "倍"),
        ("半数", "[50, 50]", "%"),
        ("过半", "(50, 100]", "%"),
        ("千分之五", "[4.5, 5.5]", "‰"),
    ],
)
def test_read_wholly_and_right(expression: str, expected: str, unit: str | None) -> None:
    quantity = parse_quantity(expression)
    assert (quantity.interval, quantity.unit) == (interval(expected), unit)


@pytest.mark.parametrize(
    ("expression", "numerator", "denominator"),
    [("三分之一", 1, 3), ("三分之二的村", 2, 3), ("1/3", 1, 3), ("a quarter", 1, 4), ("one in five", 1, 5)],
)
def test_fractions_are_exact_shares(expression: str, numerator: int, denominator: int) -> None:
    quantity = parse_quantity(expression)
    exact = Fraction(numerator * 100, denominator)
    assert quantity.unit == "%"
    assert Fraction(quantity.interval.lo) <= exact <= Fraction(quantity.interval.hi)
    assert quantity.interval.hi - quantity.interval.lo < Decimal("1e-30")


def test_a_ratio_is_one_figure_with_its_terms() -> None:
    found = find_quantities("三次产业结构比例为6.01:55.04:38.95。")
    assert [q.text for q in found] == ["6.01:55.04:38.95"]
    ratio = found[0]
    assert ratio.kind is Kind.RATIO
    assert ratio.terms is not None
    assert [str(t) for t in ratio.terms] == ["[6.005, 6.015]", "[55.035, 55.045]", "[38.945, 38.955]"]


@pytest.mark.parametrize(
    ("text", "unread"),
    [("三万五千六七", "三万五千六七"), ("ten five", "ten five"), ("10.1万零100", "10.1万零100"), ("百十一", "百十一")],
)
def test_a_numeral_not_read_wholly_is_an_error_naming_it(text: str, unread: str) -> None:
    with pytest.raises(QuantityError, match=unread):
        parse_quantity(text)
    assert find_quantities(f"共有{text}件") == []


@pytest.mark.parametrize(
    "phrase",
    [
        "三次产业",
        "十三届全国人大",
        "第十三届全国人大",
        "〔2018〕67号",
        "2020-08-20",
        "2020年8月20日",
        "表1",
        "图2",
        "附件3",
        "“2·7”",
        "二次开发",
        "十二届全国人大五次会议",
        "Section 21",
        "Level 3",
        "Footnote 1",
        "24/7",
        "fiscal year 2019/20",
        "2019-20",
        "26 March 2020",
        "at 2 pm",
        "9/11",
        "[1]",
        "一是",
    ],
)
def test_labels_and_dates_in_real_documents_are_not_figures(phrase: str) -> None:
    assert find_quantities(f"据悉{phrase}如下") == [], phrase


@pytest.mark.parametrize("text", ["1、加强领导", "1. Scope", "（一）总体要求", "(二) 工作目标"])
def test_list_numbers_at_the_start_of_a_line_are_not_figures(text: str) -> None:
    assert find_quantities(f"前言。\n{text}\n") == []


def test_a_figure_beside_a_label_is_still_read() -> None:
    found = find_quantities("表1显示，全年受理案件321 146件，占总数的29.2%。")
    assert [q.text for q in found] == ["321 146件", "29.2%"]


@pytest.mark.parametrize("text", ["一亿" * 400, "1e5000", "9" * 60])
def test_huge_numerals_are_refused_quickly(text: str) -> None:
    begin = time.perf_counter()
    with pytest.raises(QuantityError):
        parse_quantity(text[:500])
    assert find_quantities(text) == [] or all(len(q.text) < 60 for q in find_quantities(text))
    assert time.perf_counter() - begin < 2


@pytest.mark.parametrize("text", ["7593 in 1" + "0" * 71, "one in 1" + "0" * 60 + " adults", "3 out of 1" + "0" * 55])
def test_every_figure_found_past_the_digit_limit_still_parses_alone(text: str) -> None:
    """A share whose base runs past the digit limit was found, then refused by parse_quantity (and the loader)."""
    for figure in find_quantities(text):
        assert parse_quantity(figure.text).interval == figure.interval


@pytest.mark.parametrize(
    "expression", ["2 pm", "26 March 2020", "March 26", "〔2018〕67号", "十三届全国人大", "Level 3", "24/7"]
)
def test_dates_and_labels_are_no_figure_even_alone(expression: str) -> None:
    with pytest.raises(QuantityError, match="no figure"):
        parse_quantity(expression)


def test_nul_is_a_clean_error() -> None:
    with pytest.raises(QuantityError, match="NUL"):
        parse_quantity("12\x00")


@pytest.mark.parametrize(("value", "shown"), [("1e5000", "1E+5000"), ("-1e5000", "-1E+5000"), ("1e-50", "1E-50")])
def test_huge_values_are_shown_without_big_integer_work(value: str, shown: str) -> None:
    from factcheck.quantity import format_number

    assert format_number(Decimal(value)) == shown


@pytest.mark.parametrize(
    ("expression", "low", "high"),
    [
        ("nearly half", "45", "50"),
        ("近半数", "45", "50"),
        ("about a third", "30", "36.67"),
        ("约三分之二", "60", "73.34"),
    ],
)
def test_vague_words_widen_fractions(expression: str, low: str, high: str) -> None:
    reading = parse_quantity(expression).interval
    assert abs(reading.lo - Decimal(low)) < Decimal("0.01") and abs(reading.hi - Decimal(high)) < Decimal("0.01")
    assert not reading.is_point


@pytest.mark.parametrize(
    ("expression", "expected", "unit"),
    [("+5%", "[4.5, 5.5]", "%"), ("RMB500", "[500, 500]", "CNY"), ("1 in 3", None, "%")],
)
def test_signs_codes_and_one_in_n(expression: str, expected: str | None, unit: str) -> None:
    quantity = parse_quantity(expression)
    assert quantity.unit == unit
    if expected is not None:
        assert quantity.interval == interval(expected)


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("3%-5%", [("3%-5%", "[2.5, 5.5]")]),
        ("5万-10万元", [("5万-10万元", "[45000, 105000]")]),
        ("增长-3.8%", [("-3.8%", "[-3.85, -3.75]")]),
        ("折6-2%上", [("6", "[6, 6]"), ("2%", "[1.5, 2.5]")]),
        ("4百百人", []),
        ("约几亿亿", []),
    ],
)
def test_dashes_and_repeated_multipliers(text: str, figures: list[tuple[str, str]]) -> None:
    # A dash after a figure joins a range, never a minus sign; a rejected range leaves its first end as read.
    assert [(q.text, q.interval) for q in find_quantities(text)] == [(t, interval(i)) for t, i in figures]
