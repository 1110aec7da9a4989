"""Held-out reader vectors, tenth set (tests/heldout/reader_vectors9.yaml): measured and printed, never tuned to.

Figures as tariffs, fares, rates, benefits, weather reports and statistical notes write them, in English and
Chinese: energy tariffs in pence (24.50p per kWh, a 60.10p daily standing charge), 阶梯电价 and 水价 per unit,
tuition and medical charges (学费5000元/学年, 起付线1800元, 封顶线30万元, a £9.90 prescription charge), fares
(RPI plus 1%, –1.4% with an en dash), APR/AER and fixes (a two-year fix at 4.19%), LPR and 降准 (0.5个百分点,
个基点 and BP in percentage points), exchange rates (€1 = £0.85, 1美元对人民币7.1086元), benefits and social
insurance (£221.20 a week, aged 25 or over, 缴费基数上限, 报销比例70%-90%, 小时最低工资), signed temperature
ranges (-3C to 5C, between -1C and -2C, 零下5℃到零下3℃, -8~-10℃, 0C or below), statistical notation (r = 0.82,
R² = 0.67, ±2.1 percentage points, CI 95%: 1.2-3.4, p < 0.001, 第90百分位数) and periods and labels that are not
figures (FY2025/26, Q1 2025, H1, YTD, Tariff 3, Zone 1-6, Plan 2, 1-10月, 前三季度, 二类, 规模以上). Written
for this file in each source's style. Same judge and pattern as test_reader_vectors8.py: agreement per suite,
scope and source is printed with every disagreement; the test fails only if agreement drops below what ``main``
agreed with when these vectors were written (the floors below). Raise the floors when a better reader lands;
never lower them to make a change pass.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.heldout.vectors import VECTORS as FIRST_SET
from tests.heldout.vectors import judge, load, measure, repeated_inputs, shape_problems

VECTORS_FILE = FIRST_SET.with_name("reader_vectors9.yaml")
VECTORS = load(VECTORS_FILE)
# What main agrees with, per scope: the floor a change must not fall below (192 and 31 when the set landed; then
# signed temperature ranges, 1.2C after a decimal point, Plan 2 loans).
FLOOR = {"core": 201, "extended": 38}


def test_agreement_per_suite_scope_and_source(capsys: pytest.CaptureFixture[str]) -> None:
    with capsys.disabled():
        below = measure(VECTORS, "held-out reader vectors, tenth set (tariffs, rates, benefits, weather, ...)", FLOOR)
    assert below == []


def test_the_vectors_are_well_formed() -> None:
    # Well formed, each vector naming the publisher or genre it follows; every genre of the brief is here in
    # both languages.
    assert shape_problems(VECTORS, ("price", "rate", "benefit", "weather", "stats", "label")) == []
    assert 150 <= len(VECTORS) <= 250
    genres = {str(v["suite"]) for v in VECTORS}
    # Every suite holds enough vectors to say something on its own.
    assert min(sum(1 for v in VECTORS if v["suite"] == genre) for genre in genres) >= 15
    # Both kinds of reading are measured: single figures and passages, and text that must hold no figure.
    assert sum(1 for v in VECTORS if not v.get("find")) >= 20
    assert sum(1 for v in VECTORS if v["expected"] == "none") >= 20
    # Signed figures (temperatures below zero, negative prices and rates) are a large part of this set.
    assert sum(1 for v in VECTORS if "-" in str(v["expected"])) >= 15
    # Where the spec is silent or a convention is new, the vector says why.
    assert sum(1 for v in VECTORS if "spec silent" in str(v.get("note", ""))) >= 30


def test_no_input_repeats_another_set() -> None:
    # Not even as a passage where the other file reads it as one figure (or the other way round).
    assert repeated_inputs(VECTORS, VECTORS_FILE) == []


def test_the_judge_reads_this_file_and_can_say_no() -> None:
    # load() follows its path: the tenth set is not the first one.
    assert VECTORS[0]["suite"] == "own-en-price"
    assert load()[0]["suite"] != "own-en-price"
    # A deliberately wrong expectation on this file's forms disagrees.
    wrong: list[dict[str, Any]] = [
        {"input": "£221.20", "expected": "221.2", "unit": "USD"},
        {"input": "-3C", "expected": "3", "exact": True},
        {"input": "Overnight lows of -3C to 5C.", "find": True, "expected": ["[3,5]"]},
        {"input": "降准0.5个百分点", "expected": "0.5", "percent": True},
        {"input": "GDP grew by 0.6% in Q1 2025.", "find": True, "expected": ["=1", "0.6%"]},
        {"input": "r = 0.82", "expected": "0.9"},
    ]
    assert [v["input"] for v in wrong if judge(v).agrees] == []
