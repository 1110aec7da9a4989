"""A rule proposed by a pattern, for a person to review."""

from __future__ import annotations

from dataclasses import dataclass, field

from factcheck.extract.document import Figure
from factcheck.quantity.units import PERCENT, PP


@dataclass(frozen=True)
class Suggestion:
    pattern: str
    id: str
    check: str
    explain: str
    figures: tuple[Figure, ...]
    severity: str = "error"
    derive: dict[str, str] = field(default_factory=dict)


def say(language: str, chinese: str, english: str) -> str:
    """An explanation in the article's language."""
    return chinese if language == "zh" else english


def is_percent(figure: Figure) -> bool:
    return figure.quantity.unit == PERCENT


def is_points(figure: Figure) -> bool:
    return figure.quantity.unit == PP


def same_measure(a: Figure, b: Figure) -> bool:
    """Figures that can be added or compared: the same unit, or counts of any measure word."""
    qa, qb = a.quantity, b.quantity
    if qa.unit == qb.unit:
        return True
    return qa.kind.value == "count" and qb.kind.value == "count"
