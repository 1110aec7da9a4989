"""Held-out reader vectors, fourth set (tests/heldout/reader_vectors3.yaml): measured and printed, never tuned to.

The rest of the peer suites the other sets drew on only in part. Same judge and pattern as test_reader_vectors2.py:
agreement per suite, scope and source is printed with every disagreement; the test fails only if agreement drops
below what ``main`` agreed with when these vectors were written (the floors below). Raise the floors when a better
reader lands; never lower them to make a change pass.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.heldout.vectors import VECTORS as FIRST_SET
from tests.heldout.vectors import judge, load, malformed, measure, repeated_inputs

VECTORS_FILE = FIRST_SET.with_name("reader_vectors3.yaml")
VECTORS = load(VECTORS_FILE)
# What main agrees with today, per scope: the floor a change must not fall below (vectors4 at its merge).
FLOOR = {"core": 227, "extended": 50}


def test_agreement_per_suite_scope_and_source(capsys: pytest.CaptureFixture[str]) -> None:
    with capsys.disabled():
        below = measure(VECTORS, "held-out reader vectors, fourth set", FLOOR)
    assert below == []


def test_the_vectors_are_well_formed() -> None:
    assert malformed(VECTORS) == []
    assert 200 <= len(VECTORS) <= 400


def test_no_input_repeats_another_set() -> None:
    # Not even as a passage where the other file reads it as one figure (or the other way round).
    assert repeated_inputs(VECTORS, VECTORS_FILE) == []


def test_the_judge_reads_this_file_and_can_say_no() -> None:
    # load() follows its path: the fourth set is not the first one.
    assert VECTORS[0]["suite"] == "cn2an"
    assert load()[0]["suite"] != "cn2an"
    # A deliberately wrong expectation on this file's forms disagrees.
    wrong: list[dict[str, Any]] = [
        {"input": "拾万亿元整", "expected": "10000000000000", "exact": True, "unit": "USD"},
        {"input": "三成", "expected": "[29,31]", "percent": True},
        {"input": "75个百分点", "expected": "75", "percent": True},
        {"input": "壹萬三", "expected": "13000", "exact": True},
        {"input": "A cat, a baby and a hundred puppies.", "find": True, "expected": ["=1", "=100"]},
        {"input": "pennyweight", "find": True, "expected": ["=8"]},
        {"input": "second", "expected": "2"},
    ]
    assert [v["input"] for v in wrong if judge(v).agrees] == []
