"""Forms found in other number readers' own tests (Recognizers-Text, mandarintools), as our own vectors:
the value each names lies in our reading (in its own units), exactly where the numeral is written in full."""

from __future__ import annotations

from decimal import Decimal

import pytest

from factcheck.errors import QuantityError
from factcheck.quantity import parse_quantity

EXACT = {
    "肆佰陆拾": "460",
    "两千四百五": "2450",
    "负三十二": "-32",
    "一百零一万一千": "1011000",
    "五亿零六": "500000006",
    "七十八万五佰零六": "780506",
    "倆千两百贰拾二": "2222",
    "5万4千6百": "54600",
    "5亿1万4千6百": "500014600",
    "负10000": "-10000",
    "拾万零五十六": "100056",
    "九百九": "990",
    "一千陆": "1600",
    "一万二百五十": "10250",
    "四千万零六千": "40006000",
    "四亿五千六百四十二万零一十五": "456420015",
    "拾亿零六万零五百零六": "1000060506",
    "一亿〇二千〇四": "100002004",
    "四千五百零四万四千三百一十八": "45044318",
    "一百零一": "101",
    "one hundred and sixty-one": "161",
    "twenty-one trillion and three hundred": "21000000000300",
    "Three hundred  and  thirty one": "331",
    "two  thousand  and  two hundred": "2200",
    "322 hundred": "32200",
    "three dozens": "36",
    "one and a fourth": "1.25",
    "five and a quarter": "5.25",
}
WITHIN = {
    "一万三": "13000",
    "九万四": "94000",
    "九十二万四": "924000",
    "一千两百三十四万": "12340000",
    "四千零五万": "40050000",
    "4.78万亿": "4780000000000",
    "八十亿三千万": "8030000000",
    "10k": "10000",
    "twenty-one trillion": "21000000000000",
    "七成六": "76",
    "三成半": "35",
    "九折": "90",
    "75折": "75",
    "百分之一百二十点五": "120.5",
    "拾万零五十六点叁叁个百分点": "100056.33",
    "百分之1,669": "1669",
    "－1２２％": "-122",
    "五分之三": "60",
    "one hundred and three and two thirds": "103.6666666666666666666666666666666666666",
    "two hundred point zero three": "200.03",
    "-4/5": "-80",
}


@pytest.mark.parametrize(("text", "value"), EXACT.items())
def test_written_in_full_reads_exactly(text: str, value: str) -> None:
    quantity = parse_quantity(text)
    assert quantity.interval.is_point and quantity.interval.lo == Decimal(value), quantity.interval


@pytest.mark.parametrize(("text", "value"), WITHIN.items())
def test_value_lies_in_the_reading(text: str, value: str) -> None:
    # In the reading's own units (percent for 成, 折, fractions); a fraction's 40-digit end is its value.
    reading = parse_quantity(text).interval
    assert reading.contains(Decimal(value)), reading


@pytest.mark.parametrize("text", ["万", "万万", "一切", "一些", "五百分之2.2", "a", "an"])
def test_not_one_figure(text: str) -> None:
    with pytest.raises(QuantityError):
        parse_quantity(text)
