"""A rule proposed by a pattern, for a person to review, with how sure the model is of it."""

from __future__ import annotations

from dataclasses import dataclass, field

from factcheck.extract.model import Figure
from factcheck.quantity.units import PP

# Confidence -> severity: a relation the text states outright is an error when it fails; one the model infers
# is a warning; one too weak to trust is never proposed.
STATED = "error"
INFERRED = "warning"


@dataclass(frozen=True, slots=True)
class Suggestion:
    pattern: str
    id: str
    check: str
    explain: str
    figures: tuple[Figure, ...]
    severity: str = STATED
    derive: dict[str, str] = field(default_factory=dict)

    @property
    def evidence(self) -> str:
        """What the figures share in the text (``loader.EVIDENCE``), written into the rule so the engine can weigh
        a failure: a share whose part and whole no sentence joins is the model's pairing more often than a slip."""
        return evidence_of(self.figures)


def evidence_of(figures: tuple[Figure, ...]) -> str:
    """The nearest thing ``figures`` all stand in: a clause, a sentence, a table, a paragraph (a block), else
    ``across``."""
    if not figures:
        return "across"
    first = figures[0]
    if all(f.clause == first.clause for f in figures):
        return "clause"
    if all(f.sentence == first.sentence for f in figures):
        return "sentence"
    if all(f.in_table for f in figures):
        return "table"
    if first.block >= 0 and all(f.block == first.block for f in figures):
        return "paragraph"
    return "across"


def say(language: str, chinese: str, english: str) -> str:
    """An explanation in the article's language."""
    return chinese if language == "zh" else english


def is_percent(figure: Figure) -> bool:
    return figure.is_percent


def is_points(figure: Figure) -> bool:
    return figure.quantity.unit == PP


def same_measure(a: Figure, b: Figure) -> bool:
    """Figures that can be added or compared: the same unit, or counts of any measure word."""
    qa, qb = a.quantity, b.quantity
    if qa.unit == qb.unit:
        return True
    return qa.kind.value == "count" and qb.kind.value == "count"


def signed(figure: Figure, sign: int) -> str:
    return figure.ref if sign >= 0 else f"-{figure.ref}"
