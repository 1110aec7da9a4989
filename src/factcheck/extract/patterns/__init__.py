"""Relation patterns: each module recognises one arithmetic pattern of government reports.

A pattern module has a ``NAME`` (written as ``suggested: NAME`` on the rules it proposes), a docstring that
is its user documentation, and ``find(document) -> list[Suggestion]``.  ``PATTERNS`` lists them in the order
their rules are written.
"""

from __future__ import annotations

from collections.abc import Callable

from factcheck.extract.document import Document
from factcheck.extract.patterns import change, flows, parts, points, repeated, shares
from factcheck.extract.suggestion import Suggestion

PATTERNS: dict[str, Callable[[Document], list[Suggestion]]] = {
    parts.NAME: parts.find,
    shares.NAME: shares.find,
    change.NAME: change.find,
    flows.NAME: flows.find,
    points.NAME: points.find,
    repeated.NAME: repeated.find,
}

__all__ = ["PATTERNS", "Suggestion"]
