"""percentage-points: a change in percentage points is a difference of two percentages.

``从95%提高到97.3%,提高2.3个百分点`` / "rose 2.3 percentage points from 95% to 97.3%": ``97.3% - 95% ==
2.3pp`` (error).  Percentage points are never read as a percentage of anything.
"""

from __future__ import annotations

from factcheck.extract.document import Document
from factcheck.extract.patterns.change import _direction
from factcheck.extract.suggestion import Suggestion, is_percent, is_points, say

NAME = "percentage-points"


def find(document: Document) -> list[Suggestion]:
    out: list[Suggestion] = []
    for points in document.figures:
        if not is_points(points):
            continue
        sentence = document.in_sentence(points)
        percents = [f for f in sentence if is_percent(f)]
        if len(percents) < 2:
            continue
        sign = _direction(document.text[points.sentence[0] : points.start]) or 1
        old, new = percents[0], percents[1]
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
