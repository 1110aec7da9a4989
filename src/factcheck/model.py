"""The article model: what the loader builds and the engine reads.

Every object carries the file, line and column it came from, so any finding
can point the user at the YAML that caused it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from factcheck.quantity import Interval, Quantity

if TYPE_CHECKING:
    from factcheck.expr import Expression


@dataclass(frozen=True, slots=True, order=True)
class Source:
    """A place in a file: 1-based line and column."""

    file: str
    line: int
    column: int = 1

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}"


@dataclass(frozen=True, slots=True)
class Claim:
    """One figure of the article, as the fact-checker encoded it.

    ``quantity`` is the claim's value: from ``value:`` when given, else the one
    figure in the quote.  ``quote_figure`` is the figure of the quote the value
    was matched to (None when the quote holds no figure that fits).
    """

    id: str
    quote: str
    quantity: Quantity
    source: Source
    value_text: str | None = None  # value: exactly as written in the YAML
    quote_figure: Quantity | None = None
    quote_figures: tuple[Quantity, ...] = ()
    unit: str | None = None
    note: str | None = None
    label: str | None = None
    disabled: tuple[tuple[str, str, int], ...] = ()  # disable: {check or rule id: reason}, with its line

    @property
    def interval(self) -> Interval:
        return self.quantity.interval


@dataclass(frozen=True, slots=True)
class Derived:
    """A named value computed from claims: ``procuratorate.all_cases: leader_cases / leader_share``."""

    id: str
    expression: str
    source: Source
    # The loader's parse of ``expression``, kept so the engine does not parse it again.
    parsed: Expression | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    check: str
    source: Source
    severity: str = "error"
    explain: str | None = None
    suggested: str | None = None
    parsed: Expression | None = field(default=None, compare=False, repr=False)  # the loader's parse of check


@dataclass(frozen=True, slots=True)
class Article:
    id: str
    title: str
    claims_file: str
    source: Source
    language: str = "zh"
    byline: str | None = None
    date: str | None = None
    url: str | None = None
    text_path: str | None = None
    text: str | None = None
    claims: tuple[Claim, ...] = ()
    derived: tuple[Derived, ...] = ()
    rules: tuple[Rule, ...] = ()
    rules_file: str | None = None
    claim_index: dict[str, Claim] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        self.claim_index.update({claim.id: claim for claim in self.claims})
