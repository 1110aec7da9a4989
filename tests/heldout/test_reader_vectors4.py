"""Held-out reader vectors, fifth set (tests/heldout/reader_vectors4.yaml): measured and printed, never tuned to.

Figures as real published reports write them (statistical tables and their marks, accounts, budgets, releases,
news wires; 统计公报, 预算报告, 政府信息公开年度报告, 发布会 and 新华社 copy), written for this file in each source's
style. Same judge and pattern as test_reader_vectors3.py: agreement per suite, scope and source is printed with
every disagreement; the test fails only if agreement drops below what ``main`` agreed with when these vectors were
written (the floors below). Raise the floors when a better reader lands; never lower them to make a change pass.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.heldout.vectors import VECTORS as FIRST_SET
from tests.heldout.vectors import judge, load, malformed, measure, repeated_inputs

VECTORS_FILE = FIRST_SET.with_name("reader_vectors4.yaml")
VECTORS = load(VECTORS_FILE)
# What main agrees with today, per scope: the floor a change must not fall below (vectors5 at its merge).
FLOOR = {"core": 279, "extended": 64}


def test_agreement_per_suite_scope_and_source(capsys: pytest.CaptureFixture[str]) -> None:
    with capsys.disabled():
        below = measure(VECTORS, "held-out reader vectors, fifth set (real report forms)", FLOOR)
    assert below == []


def test_the_vectors_are_well_formed() -> None:
    assert malformed(VECTORS) == []
    assert 200 <= len(VECTORS) <= 350
    # Every vector names the publisher or genre whose forms it follows.
    assert [v["input"] for v in VECTORS if not str(v["source"]).startswith("own: ")] == []


def test_no_input_repeats_another_set() -> None:
    # Not even as a passage where the other file reads it as one figure (or the other way round).
    assert repeated_inputs(VECTORS, VECTORS_FILE) == []


def test_the_judge_reads_this_file_and_can_say_no() -> None:
    # load() follows its path: the fifth set is not the first one.
    assert VECTORS[0]["suite"] == "own-en-table"
    assert load()[0]["suite"] != "own-en-table"
    # A deliberately wrong expectation on this file's forms disagrees.
    wrong: list[dict[str, Any]] = [
        {"input": "HK$101.6 billion", "expected": "[101550000000,101650000000]", "unit": "USD"},
        {"input": "Wales | 1,987* | 2.4", "find": True, "expected": ["=19872", "2.4"]},
        {"input": "二季度国内生产总值同比增长5.2%", "find": True, "expected": ["=2", "5.2%"]},
        {"input": "0.4 percentage point", "expected": "0.4", "percent": True},
        {"input": "近六成受访者", "find": True, "expected": ["[54,60]%"]},
        {"input": "Bulletin No. 12", "find": True, "expected": ["=12"]},
    ]
    assert [v["input"] for v in wrong if judge(v).agrees] == []
