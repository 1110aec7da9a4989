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

# Spec errata: vectors of the spec file (copied verbatim from the shared spec) that the reader deliberately reads
# otherwise, each with what it reads and why.  Each is compared with the spec exactly and fails as documented
# (strict xfail: it is reported, and an erratum that starts to agree is an error), and
# test_the_errata_are_exactly_the_vectors_that_differ holds this list to exactly the set that differs.
SPEC_ERRATA: dict[str, tuple[str, str]] = {
    "不小于30岁": (
        "岁",
        "unit null, yet the spec's own Units rule makes the measure word after a figure its unit, and its other "
        "vectors keep it (近三年 and 连续两年 -> 年, 121个 -> 个); the figure is 30 years of age, not a bare 30",
    ),
    "3至5年": (
        "年",
        "unit null, yet by the spec's Units rule the measure word after the figure is its unit, here 年 as in its "
        "vector 近三年 -> 年; a bare [3, 5] would lose that the range counts years",
    ),
}
_READ = [v for v in VECTORS if v.get("expect") != "none" and "value" not in v]


def _agrees(vector: dict[str, Any]) -> bool:
    """The reading is exactly the spec's: interval ends, closedness and unit, as the file writes them."""
    quantity = parse_quantity(vector["expr"], context=vector.get("context"))
    got = quantity.interval
    spec = interval(vector["interval"]) if "interval" in vector else None
    return (
        (got.lo, got.hi) == (Decimal(vector["lo"]), Decimal(vector["hi"]))
        and (got.lo_closed, got.hi_closed) == (vector["lo_closed"], vector["hi_closed"])
        and (spec is None or got == spec)
        and quantity.unit == vector["unit"]
    )


@pytest.mark.parametrize(
    "vector",
    [
        pytest.param(v, marks=pytest.mark.xfail(strict=True, reason=f"spec erratum: {SPEC_ERRATA[v['expr']][1]}"))
        if v["expr"] in SPEC_ERRATA
        else v
        for v in _READ
    ],
    ids=lambda v: v["expr"],
)
def test_vector_reads_as_specified(vector: dict[str, Any]) -> None:
    quantity = parse_quantity(vector["expr"], context=vector.get("context"))
    got = quantity.interval
    assert (got.lo, got.hi) == (Decimal(vector["lo"]), Decimal(vector["hi"]))
    assert (got.lo_closed, got.hi_closed) == (vector["lo_closed"], vector["hi_closed"])
    if "interval" in vector:
        assert got == interval(vector["interval"])
    assert quantity.unit == vector["unit"]


def test_the_errata_are_exactly_the_vectors_that_differ() -> None:
    differing = {v["expr"] for v in _READ if not _agrees(v)}
    assert differing == set(SPEC_ERRATA)
    for expr, (unit, _reason) in SPEC_ERRATA.items():
        vector = next(v for v in _READ if v["expr"] == expr)
        # Only the unit differs: with the erratum's unit the vector holds exactly.
        assert _agrees({**vector, "unit": unit}), expr


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
