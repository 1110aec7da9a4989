"""Every worked example of the quantity spec (tests/data/quantity_vectors.yaml) is a test."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from typing import Any

import pytest
import yaml

from factcheck.errors import QuantityError
from factcheck.quantity import parse_quantity
from tests.helpers import DATA, interval

VECTORS: list[dict[str, Any]] = yaml.safe_load((DATA / "quantity_vectors.yaml").read_text("utf-8"))["vectors"]

# Two added vectors give no unit where the spec's own rules give one: its vectors read 近三年 and 连续两年 with
# the unit 年, and 不满18岁 keeps 岁.  The interval is checked as written; the unit is the one the rules give.
UNIT_ERRATA = {"不小于30岁": "岁", "3至5年": "年"}


@pytest.mark.parametrize(
    "vector", [v for v in VECTORS if v.get("expect") != "none" and "value" not in v], ids=lambda v: v["expr"]
)
def test_vector_reads_as_specified(vector: dict[str, Any]) -> None:
    quantity = parse_quantity(vector["expr"], context=vector.get("context"))
    got = quantity.interval
    assert (got.lo, got.hi) == (Decimal(vector["lo"]), Decimal(vector["hi"]))
    assert (got.lo_closed, got.hi_closed) == (vector["lo_closed"], vector["hi_closed"])
    if "interval" in vector:
        assert got == interval(vector["interval"])
    assert quantity.unit == UNIT_ERRATA.get(vector["expr"], vector["unit"])


@pytest.mark.parametrize("vector", [v for v in VECTORS if "value" in v], ids=lambda v: v["expr"])
def test_exact_rational_vector(vector: dict[str, Any]) -> None:
    # 'value: "p/q"' is an exact rational in the vector's units: the reading holds it and is narrower than 1e-30.
    quantity = parse_quantity(vector["expr"])
    exact = Fraction(vector["value"])
    got = quantity.interval
    assert Fraction(got.lo) <= exact <= Fraction(got.hi)
    assert got.hi - got.lo < Decimal("1e-30")
    assert quantity.unit == vector["unit"]


@pytest.mark.parametrize("vector", [v for v in VECTORS if v.get("expect") == "none"], ids=lambda v: v["expr"])
def test_non_figure_yields_no_quantity(vector: dict[str, Any]) -> None:
    with pytest.raises(QuantityError, match="no figure"):
        parse_quantity(vector["expr"])


def test_vectors_file_is_complete() -> None:
    # Guards against a truncated copy of the spec's vectors.
    assert len(VECTORS) == 91
