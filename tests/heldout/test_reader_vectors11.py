"""Held-out reader vectors, twelfth set (tests/heldout/reader_vectors11.yaml): measured and printed, never tuned to.

Figures as environment and air-quality bulletins, transport and logistics statistics, farming and food reports,
education statistics, public-health surveillance, council and local finance papers, labour-market releases and the
approximate figures of news copy write them, in English and Chinese: pollutant, formula, variant and project names
holding digits (PM10, O3, BA.2, H7N9, C919, 12306, Crossrail 2, “2+26”), classes, grades and levels as labels
(Category 1 and 2, Grade 1 or 2, 一、二类, grade 4, A*-A, Level 2 and 3, 二本), units with digits and slashes (µg/m3,
t/ha, 元/斤, ppl, dB(A), 1.1C), denominators (per 100,000, /10万, 每百人, 'a dozen' after a price), averaging windows
(7-day, 8小时) and age bands (16-24, 16-18), years after 'below' and 'above', 比 as a ratio sign, TEU and 标箱,
吨公里 and tonne-miles, Band D and precepts, 专项债 and 转移支付, and the approximations of news copy (三分之一强,
十之八九, 过千斤, close on, pushing, nigh on, not far short of, 40-odd). Written for this file in each source's
style. Same judge and pattern as test_reader_vectors10.py: agreement per suite, scope and source is printed with
every disagreement; the test fails only if agreement drops below what ``main`` agreed with when these vectors were
written (the floors below). Raise the floors when a better reader lands; never lower them to make a change pass.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.heldout.vectors import VECTORS as FIRST_SET
from tests.heldout.vectors import judge, load, measure, repeated_inputs, shape_problems

VECTORS_FILE = FIRST_SET.with_name("reader_vectors11.yaml")
VECTORS = load(VECTORS_FILE)
# What main agrees with, per scope: the floor a change must not fall below (182 and 29 when the set landed).
FLOOR = {"core": 198, "extended": 34}


def test_agreement_per_suite_scope_and_source(capsys: pytest.CaptureFixture[str]) -> None:
    with capsys.disabled():
        below = measure(
            VECTORS, "held-out reader vectors, twelfth set (environment, transport, farming, schools, ...)", FLOOR
        )
    assert below == []


def test_the_vectors_are_well_formed() -> None:
    # Well formed, each vector naming the publisher or genre it follows; every genre of the brief is here in
    # both languages.
    genres = ("env", "transport", "farm", "school", "surveil", "council", "labour", "approx")
    assert shape_problems(VECTORS, genres) == []
    assert 150 <= len(VECTORS) <= 250
    suites = {str(v["suite"]) for v in VECTORS}
    assert len(suites) == 2 * len(genres)
    # Every suite holds enough vectors to say something on its own.
    assert min(sum(1 for v in VECTORS if v["suite"] == suite) for suite in suites) >= 14
    # Both kinds of reading are measured: single figures and passages, and text that must hold no figure.
    assert sum(1 for v in VECTORS if not v.get("find")) >= 30
    assert sum(1 for v in VECTORS if v["expected"] == "none") >= 10
    # Names and labels holding digits are a large part of this set: each says why in its note.
    assert sum(1 for v in VECTORS if "name" in str(v.get("note", "")) or "label" in str(v.get("note", ""))) >= 35
    # Approximations are measured as whole intervals where the spec fixes the width, not as one point inside them.
    approx = [v for v in VECTORS if v["suite"] in ("own-en-approx", "own-zh-approx")]
    assert sum(1 for v in approx if "," in str(v["expected"])) >= 10
    # Where the spec is silent or a convention is new, the vector says why.
    assert sum(1 for v in VECTORS if "spec silent" in str(v.get("note", ""))) >= 50


def test_no_input_repeats_another_set() -> None:
    # Not even as a passage where the other file reads it as one figure (or the other way round).
    assert repeated_inputs(VECTORS, VECTORS_FILE) == []


def test_the_judge_reads_this_file_and_can_say_no() -> None:
    # load() follows its path: the twelfth set is not the first one.
    assert VECTORS[0]["suite"] == "own-en-env"
    assert load()[0]["suite"] != "own-en-env"
    # A deliberately wrong expectation on this file's forms disagrees.
    wrong: list[dict[str, Any]] = [
        {"input": "2308万标箱", "expected": "[23000000,23100000]"},
        {"input": "506.59/10万", "expected": "[0.0050655,0.0050665]"},
        {"input": "近三成受访企业", "find": True, "expected": ["30%"]},
        {"input": "全国339个地级及以上城市", "find": True, "expected": ["[339,inf)"]},
        {"input": "Band D £2,171.49", "find": True, "expected": ["=2171"]},
        {"input": "two in every five", "find": True, "expected": ["[35,45]%"]},
    ]
    assert [v["input"] for v in wrong if judge(v).agrees] == []
