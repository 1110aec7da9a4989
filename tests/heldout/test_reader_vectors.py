"""Held-out reader vectors: agreement per suite, scope and source, measured and printed, never tuned to.

This test measures; it does not hold the reader to a target (#9 sets the targets against its own vectors).
It fails only if agreement drops below what ``main`` measured when the vectors were written: the floors below.
Raise them when a better reader lands on ``main``; never lower them to make a change pass.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.heldout.vectors import judge, load, malformed, measure

VECTORS = load()

# What main agrees with today, per scope: the floor a change must not fall below (fa52f16: 277 and 14; d735daf:
# 342 and 58; reader2, every vector: 353 and 62).
FLOOR = {"core": 353, "extended": 62}


def test_agreement_per_suite_scope_and_source(capsys: pytest.CaptureFixture[str]) -> None:
    with capsys.disabled():
        below = measure(VECTORS, "held-out reader vectors", FLOOR)
    assert below == []


def test_the_vectors_are_well_formed() -> None:
    assert malformed(VECTORS) == []
    assert 300 <= len(VECTORS) <= 450


def test_a_wrong_reading_is_a_disagreement() -> None:
    # The judge must be able to say no: a vector with a deliberately wrong expectation disagrees.
    wrong: list[dict[str, Any]] = [
        {"input": "1900件", "expected": "1901", "exact": True},
        {"input": "6000多起", "expected": "[6000,6100)"},
        {"input": "98%", "expected": "98", "unit": "pp"},
        {"input": "超过6000", "expected": "[6000,inf)"},
        {"input": "1.2万人", "expected": "12000", "exact": True},
        {"input": "121个", "expected": "none"},
        {"input": "涉恶犯罪团伙35个", "find": True, "expected": ["36"]},
    ]
    assert [v["input"] for v in wrong if judge(v).agrees] == []


def test_the_harness_can_fail(capsys: pytest.CaptureFixture[str]) -> None:
    # The shared checks every set uses must be able to say no: a floor above the count, a malformed vector.
    assert measure(VECTORS[:3], "three vectors", {"core": 4}) != []
    bad = [
        {"suite": "x", "source": "y", "input": "1", "expected": "one", "scope": "core"},
        {"suite": "x", "source": "y", "input": "1", "expected": "1", "scope": "middle", "colour": "red"},
    ]
    assert len(malformed(bad)) == 4  # a bad expectation, an unknown scope, an unknown field, a repeated input
