"""Held-out reader vectors, seventh set (tests/heldout/reader_vectors6.yaml): measured and printed, never tuned to.

Figures as yet other kinds of published text write them: public finance and budgets (bn, tn, bln, pc, lakh crore,
亿元/万亿元, 赤字率, 同口径), trade and customs (US$, 美元/人民币, HS codes, Q1-Q3, 1-10月), demography (‰ with signs,
per 1,000, age bands, 以女性为100), energy and environment (GW, TWh, 万千瓦, 吨标准煤, PM2.5, μg/m³, CO2e), housing
(pcm, index bases 上月=100, 三四线城市), education and science (17.6∶1, grades 9 to 4, 2:1 degrees, 985/211), transport
and tourism (人次, 亿人公里, km/h, RevPAR, 5A级), hedged news prose in both languages, and dates, codes and names with
digits. Written for this file in each source's style. Same judge and pattern as test_reader_vectors5.py: agreement
per suite, scope and source is printed with every disagreement; the test fails only if agreement drops below what
``main`` agreed with when these vectors were written (the floors below). Raise the floors when a better reader
lands; never lower them to make a change pass.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.heldout.vectors import VECTORS as FIRST_SET
from tests.heldout.vectors import judge, load, measure, repeated_inputs, shape_problems

VECTORS_FILE = FIRST_SET.with_name("reader_vectors6.yaml")
VECTORS = load(VECTORS_FILE)
# What main agrees with today, per scope: the floor a change must not fall below (vectors7 at its merge).
FLOOR = {"core": 280, "extended": 68}


def test_agreement_per_suite_scope_and_source(capsys: pytest.CaptureFixture[str]) -> None:
    with capsys.disabled():
        below = measure(VECTORS, "held-out reader vectors, seventh set (finance, trade, people, energy, ...)", FLOOR)
    assert below == []


def test_the_vectors_are_well_formed() -> None:
    # Well formed, each vector naming the publisher or genre it follows; every genre of the brief is here in
    # both languages.
    genres_of_brief = ("finance", "trade", "demog", "energy", "housing", "edu", "transport", "hedge", "label")
    assert shape_problems(VECTORS, genres_of_brief) == []
    assert 250 <= len(VECTORS) <= 350
    # Both kinds of reading are measured: single figures and passages, and passages that must hold no figure.
    assert any(not v.get("find") for v in VECTORS)
    assert sum(1 for v in VECTORS if v.get("find") and v["expected"] == "none") >= 40


def test_no_input_repeats_another_set() -> None:
    # Not even as a passage where the other file reads it as one figure (or the other way round).
    assert repeated_inputs(VECTORS, VECTORS_FILE) == []


def test_the_judge_reads_this_file_and_can_say_no() -> None:
    # load() follows its path: the seventh set is not the first one.
    assert VECTORS[0]["suite"] == "own-en-finance"
    assert load()[0]["suite"] != "own-en-finance"
    # A deliberately wrong expectation on this file's forms disagrees.
    wrong: list[dict[str, Any]] = [
        {"input": "£12.3bn", "expected": "[12250000000,12350000000]", "unit": "USD"},
        {"input": "-0.60‰", "expected": "-0.60", "percent": True},
        {"input": "人口自然增长率为-1.48‰", "find": True, "expected": ["[1.475,1.485]"]},
        {"input": "比上年下降2.3个百分点", "find": True, "expected": ["2.3%"]},
        {"input": "Borrowing was £1.1 billion less than forecast.", "find": True, "expected": ["[0,1100000000)"]},
        {"input": "Wind generation reached 82.3 TWh.", "find": True, "expected": "none"},
    ]
    assert [v["input"] for v in wrong if judge(v).agrees] == []
