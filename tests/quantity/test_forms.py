"""The reader's own vectors, one group per cause of a wrong or missed reading (tests/quantity/forms.yaml, the
units of statistical communiqués in tests/quantity/units.yaml, and facts from other readers' suites and report prose
in tests/quantity/peer_forms.yaml).

Each vector is read exactly: a figure's interval and unit must be the ones written, a passage's figures must be
exactly the ones listed (in order), and ``none`` means no figure at all; ``kind`` and ``context`` (``contexts`` for
a passage) are checked where given. See the files' headers for the format.
"""

from __future__ import annotations

from collections import Counter
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
import yaml

from factcheck.errors import QuantityError
from factcheck.quantity import Quantity, find_quantities, parse_quantity
from tests.helpers import interval

HERE = Path(__file__).resolve().parent
FILES = ("forms.yaml", "units.yaml", "peer_forms.yaml")
VECTORS: list[dict[str, Any]] = [
    vector for name in FILES for vector in yaml.safe_load((HERE / name).read_text("utf-8"))
]


def _matches(quantity: Quantity, expected: str) -> bool:
    """'[lo, hi] unit' (exactly that interval and unit) or '= p/q unit' (an exact rational, narrower than 1e-30)."""
    if expected.startswith("="):
        value, _, unit = expected[1:].strip().partition(" ")
        exact = Fraction(value)
        got = quantity.interval
        narrow = got.hi - got.lo < Decimal("1e-30")
        holds = Fraction(got.lo) <= exact <= Fraction(got.hi)
        return narrow and holds and quantity.unit == (unit or None)
    close = max(expected.rfind("]"), expected.rfind(")")) + 1
    return quantity.interval == interval(expected[:close]) and quantity.unit == (expected[close:].strip() or None)


def _describe(found: list[Quantity]) -> str:
    return "; ".join(f"{q.text!r} {q.interval} {q.unit}" for q in found) or "no figure"


def _ids(vector: dict[str, Any]) -> str:
    return f"{vector['cause']}:{vector.get('input', vector.get('find'))}"


@pytest.mark.parametrize("vector", [v for v in VECTORS if "input" in v], ids=_ids)
def test_an_expression_reads_as_written(vector: dict[str, Any]) -> None:
    if vector["read"] == "none":
        with pytest.raises(QuantityError):
            parse_quantity(vector["input"])
        return
    quantity = parse_quantity(vector["input"])
    assert _matches(quantity, vector["read"]), _describe([quantity])
    if "kind" in vector:
        assert quantity.kind.value == vector["kind"]
    if "context" in vector:
        assert quantity.context == vector["context"]


@pytest.mark.parametrize("vector", [v for v in VECTORS if "find" in v], ids=_ids)
def test_a_passage_yields_exactly_these_figures(vector: dict[str, Any]) -> None:
    found = find_quantities(vector["find"])
    expected = [] if vector["read"] == "none" else vector["read"]
    assert len(found) == len(expected), _describe(found)
    assert all(_matches(q, e) for q, e in zip(found, expected, strict=True)), _describe(found)
    if "texts" in vector:
        assert [q.text for q in found] == vector["texts"]
    if "contexts" in vector:
        assert [q.context for q in found] == vector["contexts"]


FIELDS = {"cause", "source", "input", "find", "read", "texts", "note", "kind", "context", "contexts"}


def test_the_vectors_are_well_formed() -> None:
    keys: Counter[str] = Counter()
    for vector in VECTORS:
        assert set(vector) <= FIELDS, vector
        assert ("input" in vector) != ("find" in vector), vector
        assert vector["read"] == "none" or isinstance(vector["read"], list) == ("find" in vector), vector
        keys[str(vector.get("input", vector.get("find")))] += 1
    assert [k for k, n in keys.items() if n > 1] == []


def test_a_wrong_expectation_fails() -> None:
    # The comparison can say no: a neighbouring interval, another unit, a missing figure.
    quantity = parse_quantity("minus five percent")
    assert not _matches(quantity, "[4.5, 5.5] %")
    assert not _matches(quantity, "[-5.5, -4.5] pp")
    assert not _matches(parse_quantity("one in five"), "= 25 %")
    assert _matches(parse_quantity("one in five"), "= 20 %")
    assert _matches(parse_quantity("a third"), "= 100/3 %")
