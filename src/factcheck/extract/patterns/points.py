"""percentage-points: a change in percentage points is a difference of two percentages.

``由95%提高到97.3%,提高2.3个百分点`` / "rose 2.3 percentage points from 95% to 97.3%": ``97.3% - 95% ==
2.3pp`` (error).  Only when the text says from which percentage to which (由/从 A ... 到/至 B, from A to B):
two percentages that merely share a sentence are not a before and after.  Percentage points are never read
as a percentage of anything.
"""

from __future__ import annotations

import itertools
import re

from factcheck.extract.document import Document, Figure
from factcheck.extract.patterns.change import _direction
from factcheck.extract.suggestion import Suggestion, is_percent, is_points, say

NAME = "percentage-points"
_FROM = re.compile(r"(?:由|从|from)\s*$", re.IGNORECASE)
_TO = re.compile(r"^\s*(?:\S{0,4}(?:到|至)|\S{0,8}\bto\b)", re.IGNORECASE)


def _from_to(document: Document, percents: list[Figure]) -> tuple[Figure, Figure] | None:
    """The (from, to) pair in 由A提高到B / from A to B, or None."""
    text = document.text
    for old, new in itertools.pairwise(percents):
        before = text[max(0, old.start - 8) : old.start]
        between = text[old.quantity.end : new.start]
        if _FROM.search(before) and _TO.match(between):
            return old, new
    return None


def find(document: Document) -> list[Suggestion]:
    out: list[Suggestion] = []
    for points in document.figures:
        if not is_points(points):
            continue
        pair = _from_to(document, [f for f in document.in_sentence(points) if is_percent(f)])
        if pair is None:
            continue
        old, new = pair
        sign = _direction(document.text[points.sentence[0] : points.start]) or 1
        signed = points.id if sign > 0 else f"-{points.id}"
        out.append(
            Suggestion(
                NAME,
                f"{points.id}-difference",
                f"{new.id} - {old.id} == {signed}",
                say(
                    document.language,
                    f"由{old.text}到{new.text},差应为{points.text}",
                    f"from {old.text} to {new.text} is {points.text}",
                ),
                (old, new, points),
            )
        )
    return out
