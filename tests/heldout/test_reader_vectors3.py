"""Held-out reader vectors, fourth set (tests/heldout/reader_vectors3.yaml): measured and printed, never tuned to.

The rest of the peer suites the other sets drew on only in part. Same judge and pattern as test_reader_vectors2.py:
agreement per suite, scope and source is printed with every disagreement; the test fails only if agreement drops
below what ``main`` agreed with when these vectors were written (the floors below). Raise the floors when a better
reader lands; never lower them to make a change pass.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

import pytest

from tests.heldout.vectors import VECTORS as FIRST_SET
from tests.heldout.vectors import agreement, disagreements, judge, load, report, totals

VECTORS_FILE = FIRST_SET.with_name("reader_vectors3.yaml")
VECTORS = load(VECTORS_FILE)
OTHER_SETS = (
    FIRST_SET,
    FIRST_SET.with_name("reader_vectors2.yaml"),
    FIRST_SET.parents[1] / "data" / "peer_vectors.yaml",
)

# What main agrees with today, per scope: the floor a change must not fall below (vectors4 at its merge).
FLOOR = {"core": 221, "extended": 47}

_FIELDS = {"suite", "source", "input", "expected", "scope", "note", "find", "exact", "percent", "unit", "context"}
_EXPECTED = re.compile(r"^(none|=?-?[0-9.]+(/[0-9.]+)?%?|[\[(][^,]+,[^\])]+[\])]%?|ratio \S+)$")


def test_agreement_per_suite_scope_and_source(capsys: pytest.CaptureFixture[str]) -> None:
    rows = agreement(VECTORS)
    with capsys.disabled():
        print("\nheld-out reader vectors, fourth set (agreeing/total)\n" + report(VECTORS))
        for line in disagreements(VECTORS):
            print("  x " + line)
    for scope, floor in FLOOR.items():
        agreed, total = totals(rows, scope)
        assert agreed >= floor, f"{scope}: {agreed}/{total} agree, fewer than main's {floor}"


def test_the_vectors_are_well_formed() -> None:
    inputs: Counter[tuple[str, bool]] = Counter()
    for vector in VECTORS:
        assert set(vector) <= _FIELDS, vector
        assert vector["scope"] in ("core", "extended"), vector
        assert str(vector["suite"]).strip() and str(vector["source"]).strip(), vector
        assert "note" not in vector or str(vector["note"]).strip(), vector
        inputs[(str(vector["input"]), bool(vector.get("find")))] += 1
        expected = vector["expected"]
        items: list[Any] = expected if isinstance(expected, list) else [expected]
        assert isinstance(expected, list) == bool(vector.get("find")) or expected == "none", vector
        for item in items:
            assert _EXPECTED.match(str(item)), f"{vector['input']!r}: bad expectation {item!r}"
    assert [key for key, n in inputs.items() if n > 1] == []
    assert 200 <= len(VECTORS) <= 400


def test_no_input_repeats_another_set() -> None:
    # Not even as a passage where the other file reads it as one figure (or the other way round).
    seen = {str(v["input"]) for path in OTHER_SETS for v in load(path)}
    assert [v["input"] for v in VECTORS if str(v["input"]) in seen] == []


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
