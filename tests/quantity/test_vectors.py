"""Every worked example of the quantity spec (tests/data/quantity_vectors.yaml) is a test."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
import yaml

from factcheck.errors import QuantityError
from factcheck.quantity import parse_quantity
from tests.helpers import DATA, interval

VECTORS: list[dict[str, Any]] = yaml.safe_load((DATA / "quantity_vectors.yaml").read_text("utf-8"))["vectors"]


@pytest.mark.parametrize("vector", [v for v in VECTORS if v.get("expect") != "none"], ids=lambda v: v["expr"])
def test_vector_reads_as_specified(vector: dict[str, Any]) -> None:
    quantity = parse_quantity(vector["expr"], context=vector.get("context"))
    got = quantity.interval
    assert (got.lo, got.hi) == (Decimal(vector["lo"]), Decimal(vector["hi"]))
    assert (got.lo_closed, got.hi_closed) == (vector["lo_closed"], vector["hi_closed"])
    assert got == interval(vector["interval"])
    assert quantity.unit == vector["unit"]


@pytest.mark.parametrize("vector", [v for v in VECTORS if v.get("expect") == "none"], ids=lambda v: v["expr"])
def test_non_figure_yields_no_quantity(vector: dict[str, Any]) -> None:
    with pytest.raises(QuantityError, match="no figure"):
        parse_quantity(vector["expr"])


def test_vectors_file_is_complete() -> None:
    # Guards against a truncated copy of the spec's vectors.
    assert len(VECTORS) >= 58
