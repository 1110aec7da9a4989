"""structure-ratio: the terms of a structure ratio given in percent add up to 100.

``三次产业结构比为25.72:26.84:47.44`` / "a structure of 6:55:39": when the written terms add up to between 90
and 110, they are shares of one whole and must add up to 100 within their rounding (an integer term is read
as rounded to the unit, a decimal one to its last digit).  An error: the text states the structure.  Ratios
far from 100 (``1:2``) are proportions, not percentages, and are left alone.
"""

from __future__ import annotations

from decimal import Decimal

from factcheck.extract.links import Links
from factcheck.extract.model import RATIO, Figure, Model
from factcheck.extract.suggestion import STATED, Suggestion, say

NAME = "structure-ratio"


def find(model: Model, links: Links) -> list[Suggestion]:
    chains: dict[int, list[Figure]] = {}
    for figure in model.figures:
        if figure.role == RATIO and figure.chain >= 0 and not figure.duplicate:
            chains.setdefault(figure.chain, []).append(figure)
    out: list[Suggestion] = []
    for terms in chains.values():
        if len(terms) < 2:
            continue
        written = sum((t.quantity.value for t in terms), Decimal(0))
        if not Decimal(90) <= written <= Decimal(110):
            continue
        integers = sum(1 for t in terms if t.quantity.interval.is_point)
        slack = Decimal(integers) / 2
        summed = f"sum({', '.join(t.ref for t in terms)})"
        check = f"abs({summed} - 100) <= {slack}" if slack else f"{summed} == 100"
        listed = ":".join(t.text for t in terms)
        out.append(
            Suggestion(
                NAME,
                f"{terms[0].id}-structure-sums-to-100",
                check,
                say(model.language, f"结构比{listed}各项之和应为100", f"the structure {listed} should add up to 100"),
                tuple(terms),
                severity=STATED,
            )
        )
    return out
