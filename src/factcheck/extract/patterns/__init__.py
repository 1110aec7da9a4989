"""Relation patterns: each module proposes the rules of one kind of relation from the document model.

A pattern module has a ``NAME`` (written as ``suggested: NAME`` on the rules it proposes), a docstring that
is its user documentation, and ``find(model, links) -> list[Suggestion]``.  ``PATTERNS`` lists them in the
order their rules are written.
"""

from __future__ import annotations

from collections.abc import Callable

from factcheck.extract.links import Links
from factcheck.extract.model import Model
from factcheck.extract.patterns import (
    average,
    change,
    columns,
    flows,
    identity,
    multiple,
    parts,
    points,
    population,
    ratios,
    repeated,
    shares,
    stock,
    subset,
)
from factcheck.extract.suggestion import Suggestion

MODULES = (
    parts,
    subset,
    shares,
    columns,
    change,
    points,
    ratios,
    average,
    population,
    identity,
    multiple,
    flows,
    stock,
    repeated,
)
PATTERNS: dict[str, Callable[[Model, Links], list[Suggestion]]] = {module.NAME: module.find for module in MODULES}

__all__ = ["MODULES", "PATTERNS", "Suggestion"]
