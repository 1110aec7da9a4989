"""Reading figures: the bundled article, figures beyond the spec's vectors, non-figures, bad input."""

from __future__ import annotations

import contextlib
from decimal import Decimal
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.errors import QuantityError
from factcheck.quantity import Kind, ReadingSettings, find_quantities, parse_quantity
from tests.helpers import ARTICLE, DATA, interval

ARTICLE_TEXT = ARTICLE.read_text("utf-8")
EXPECTED: list[dict[str, Any]] = yaml.safe_load((DATA / "article_figures.yaml").read_text("utf-8"))["figures"]


def test_every_figure_of_the_article_is_found_with_its_interval() -> None:
    found = find_quantities(ARTICLE_TEXT)
    got = [(q.text, q.interval, q.unit, q.hedge) for q in found]
    want = [(f["text"], interval(f["interval"]), f["unit"], f["hedge"]) for f in EXPECTED]
    assert got == want


def test_article_spans_slice_back_to_the_figures() -> None:
    for quantity in find_quantities(ARTICLE_TEXT):
        assert ARTICLE_TEXT[quantity.start : quantity.end] == quantity.text


@pytest.mark.parametrize(
    "phrase",
    [
        "十三五",
        "十九大",
        "G20峰会",
        "70周年",
        "2019年",
        "2020年12月",
        "6+N诉调对接",
        "第一方阵",
        "统一",
        "一些",
        "万一",
        "一律",
        "一线",
        "多个",
        "多项",
        "其余",
        "连续多年",
        "一场又一场",
        "“三台融合”",
        "“五四工作法”",
        "千方百计",
        "全省第二",
        "近年来",
        "市县两级",
        "八类严重暴力案件",
        "八项规定",
        "一带一路",
        "十分重要",
        "2016-2020",
        "COVID-19",
        "5G网络",
        "v1.2.3",
        "1-11月",
        "3、4月",
        "10:30",
        "12345热线",
        "第3季度",
        "one of them",
    ],
)
def test_non_figures_are_not_found(phrase: str) -> None:
    assert find_quantities(f"他说{phrase}很重要") == []


@pytest.mark.parametrize(
    ("phrase", "text", "expected", "unit"),
    [
        ("近三年来", "近三年", "[3, 3]", "年"),
        ("从以下三个方面", "三个", "[3, 3]", "个"),
        ("全市8个试点", "8个", "[8, 8]", "个"),
        ("占总数的29.2%", "29.2%", "[29.15, 29.25]", "%"),
        ("调解成功率98%以上", "98%以上", "[98, 100]", "%"),
        ("同比增长150%以上", "150%以上", "[150, inf)", "%"),
        ("52，100", "52", "[52, 52]", None),
    ],
)
def test_figures_in_context(phrase: str, text: str, expected: str, unit: str | None) -> None:
    found = find_quantities(phrase)
    assert found, phrase
    first = found[0]
    assert (first.text, first.interval, first.unit) == (text, interval(expected), unit)


def test_years_in_english_are_not_counts() -> None:
    assert [q.text for q in find_quantities("2023 saw 5,000 cases, against 4,100 in 2022.")] == [
        "5,000 cases",
        "4,100",
    ]
    assert [q.text for q in find_quantities("about 2000 people")] == ["about 2000 people"]


def test_full_width_comma_separates_two_figures() -> None:
    assert [q.text for q in find_quantities("52，100份")] == ["52", "100份"]


# Figures not in the spec's vectors, read by the same rules.
@pytest.mark.parametrize(
    ("expression", "expected", "unit"),
    [
        ("十几万", "[100000, 200000)", None),
        ("十几个", "[10, 20)", "个"),
        ("二十几人", "[20, 30)", "人"),
        ("十余人", "[10, 20)", "人"),
        ("近百人", "[90, 100)", "人"),
        ("二十多万", "[200000, 300000)", None),
        ("接近90%", "[81, 90)", "%"),
        ("3天以内", "[0, 3]", "天"),
        ("five years", "[5, 5]", "years"),
        ("百分之百", "[99.5, 100.5]", "%"),
        ("综合得分98.5分", "[98.45, 98.55]", "分"),
        ("人均GDP8万元", "[75000, 85000]", "CNY"),
        ("上千", "[1000, 10000)", None),
        ("上百万", "[1000000, 10000000)", None),
        ("逾万人", "(10000, inf)", "人"),
        ("万余人", "[10000, 20000)", "人"),
        ("百余人", "[100, 200)", "人"),
        ("三成", "[25, 35]", "%"),
        ("六成以上", "[60, 100]", "%"),
        ("三成多", "[30, 40)", "%"),
        ("近15万", "[140000, 150000)", None),
        ("约5.2万", "[51500, 52500]", None),
        ("3.5亿元以上", "[350000000, inf)", "CNY"),
        ("千分之五", "[4.5, 5.5]", "‰"),
        ("5‰", "[4.5, 5.5]", "‰"),
        ("几百", "[200, 1000)", None),
        ("七八个", "[7, 9)", "个"),
        ("三四十人", "[30, 50)", "人"),
        ("一年多", "[1, 2)", "年"),
        ("两个多月", "[2, 3)", "个月"),
        ("约15万", "[145000, 155000]", None),
        ("约30万", "[270000, 330000]", None),
        ("约1.5万", "[14500, 15500]", None),
        ("1000多万", "[10000000, 20000000)", None),
        ("1亿2000万", "[119995000, 120005000]", None),
        ("3千万", "[29995000, 30005000]", None),
        ("一点五万", "[14500, 15500]", None),
        ("二十九点二", "[29.15, 29.25]", None),
        ("1267.75亿余", "[126775000000, 126776000000)", None),
        ("3.2万亿元", "[3150000000000, 3250000000000]", "CNY"),
        ("不超过5000元", "[0, 5000]", "CNY"),
        ("不满18岁", "[0, 18)", "岁"),
        ("至少200人", "[200, inf)", "人"),
        ("50%左右", "[45, 55]", "%"),
        ("90%左右", "[85, 95]", "%"),
        ("29.20%", "[29.195, 29.205]", "%"),
        ("1.20亿", "[119500000, 120500000]", None),
        ("百分之二十", "[19.5, 20.5]", "%"),
        ("近3.5万", "[34000, 35000)", None),
        ("十万多", "[100000, 110000)", None),
        ("兩三百人", "[200, 400)", "人"),
        ("十萬多件", "[100000, 110000)", "件"),
        ("６０００多起", "[6000, 7000)", "起"),
        ("1.2万人次", "[11500, 12500]", "人次"),
        ("5个百分点", "[4.5, 5.5]", "pp"),
        ("hundreds of thousands", "[200000, 1000000)", None),
        ("tens of thousands of people", "[20000, 100000)", "people"),
        ("fewer than 300 cases", "[0, 300)", "cases"),
        ("300 or more", "[300, inf)", None),
        ("2,000-odd", "[2000, 3000)", None),
        ("$1.2 billion", "[1150000000, 1250000000]", "USD"),
        ("12 million yuan", "[11500000, 12500000]", "CNY"),
        ("5.2 percent", "[5.15, 5.25]", "%"),
        ("2.3 percentage points", "[2.25, 2.35]", "pp"),
        ("about 30%", "[27, 33]", "%"),
        ("almost 2,000", "[1800, 2000)", None),
        ("-3.5%", "[-3.55, -3.45]", "%"),
    ],
)
def test_figures_beyond_the_vectors(expression: str, expected: str, unit: str | None) -> None:
    quantity = parse_quantity(expression)
    assert (quantity.interval, quantity.unit) == (interval(expected), unit)


def test_kinds() -> None:
    assert parse_quantity("6.706亿元").kind is Kind.MONEY
    assert parse_quantity("29.2%").kind is Kind.PERCENT
    assert parse_quantity("2.3个百分点").kind is Kind.PERCENTAGE_POINTS
    assert parse_quantity("连续两年").kind is Kind.DURATION
    assert parse_quantity("121个").kind is Kind.COUNT
    assert parse_quantity("15万").kind is Kind.NUMBER


def test_percent_is_a_fraction_in_arithmetic() -> None:
    assert parse_quantity("29.2%").number == interval("[0.2915, 0.2925]")


def test_hedge_widths_are_settings() -> None:
    wide = ReadingSettings(approx_k=Decimal(2), near_rel=Decimal("0.05"))
    assert parse_quantity("5000件左右", settings=wide).interval == interval("[4000, 6000]")
    assert parse_quantity("近6000人", settings=wide).interval == interval("[5700, 6000)")


def test_share_context_caps_percentages() -> None:
    assert parse_quantity("98%以上", context="share").interval == interval("[98, 100]")
    assert parse_quantity("98%以上").interval == interval("[98, inf)")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("1..2万", "decimal point"),
        ("万万", "multiplier"),
        ("9" * 500, "too long"),
        ("%98", "percent sign"),
        ("12三", "mixes"),
        ("三12", "mixes"),
        ("12\x00", "control"),
        ("12\u200b", "invisible"),
        ("\ud800", "UTF-8"),
        ("١٢٣", "script"),
        ("abc", "no figure"),
        ("12.3.4", "decimal point"),
        ("1900件和2000件", "2 figures"),
        ("x" * 600, "too long"),
    ],
)
def test_bad_input_gets_a_clear_error(text: str, message: str) -> None:
    with pytest.raises(QuantityError, match=message):
        parse_quantity(text)


@settings(max_examples=300)
@given(st.text(max_size=60))
def test_parse_quantity_raises_only_its_own_error(text: str) -> None:
    with contextlib.suppress(QuantityError):
        parse_quantity(text)


_FIGURISH = st.text(
    alphabet="0123456789.,%万亿千百十一二两三四五六七八九零多余约近超过以上下左右个件人元年成 ，。abc", max_size=40
)


@settings(max_examples=400)
@given(st.one_of(st.text(max_size=80), _FIGURISH))
def test_find_quantities_spans_slice_back(text: str) -> None:
    for quantity in find_quantities(text):
        assert text[quantity.start : quantity.end] == quantity.text
        assert quantity.text


@settings(max_examples=300)
@given(_FIGURISH)
def test_parse_quantity_on_figure_like_text_raises_only_its_own_error(text: str) -> None:
    with contextlib.suppress(QuantityError):
        parse_quantity(text)
