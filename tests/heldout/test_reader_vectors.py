"""Held-out reader vectors: agreement per suite, scope and source, measured and printed, never tuned to.

This test measures; it does not hold the reader to a target (#9 sets the targets against its own vectors).
It fails only if agreement drops below what ``main`` measured when the vectors were written: the floors below.
Raise them when a better reader lands on ``main``; never lower them to make a change pass.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

import pytest

from tests.heldout.vectors import agreement, disagreements, judge, load, report, totals

VECTORS = load()

# What main agrees with today, per scope: the floor a change must not fall below (fa52f16: 277 and 14; d735daf:
# 342 and 58; reader2, every vector: 353 and 62).
FLOOR = {"core": 353, "extended": 62}

_EXPECTED = re.compile(r"^(none|=?-?[0-9.]+(/[0-9.]+)?%?|[\[(][^,]+,[^\])]+[\])]%?|ratio \S+)$")


def test_agreement_per_suite_scope_and_source(capsys: pytest.CaptureFixture[str]) -> None:
    rows = agreement(VECTORS)
    with capsys.disabled():
        print("\nheld-out reader vectors (agreeing/total)\n" + report(VECTORS))
        for line in disagreements(VECTORS):
            print("  x " + line)
    for scope, floor in FLOOR.items():
        agreed, total = totals(rows, scope)
        assert agreed >= floor, f"{scope}: {agreed}/{total} agree, fewer than main's {floor}"


def test_the_vectors_are_well_formed() -> None:
    fields = {"suite", "source", "input", "expected", "scope", "note", "find", "exact", "percent", "unit", "context"}
    inputs: Counter[tuple[str, bool]] = Counter()
    for vector in VECTORS:
        assert set(vector) <= fields, vector
        assert vector["scope"] in ("core", "extended"), vector
        assert str(vector["source"]).strip(), vector
        inputs[(str(vector["input"]), bool(vector.get("find")))] += 1
        expected = vector["expected"]
        items: list[Any] = expected if isinstance(expected, list) else [expected]
        assert isinstance(expected, list) == bool(vector.get("find")) or expected == "none", vector
        for item in items:
            assert _EXPECTED.match(str(item)), f"{vector['input']!r}: bad expectation {item!r}"
    assert [key for key, n in inputs.items() if n > 1] == []
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
