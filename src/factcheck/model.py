"""The article model: what the loader builds and the engine reads.

Every object carries the file, line and column it came from, so any finding
can point the user at the YAML that caused it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import field
from typing import TYPE_CHECKING

from factcheck.records import OrderedRecord, Record, record, set_field

if TYPE_CHECKING:
    from factcheck.documents.model import Document
    from factcheck.expr import Expression
    from factcheck.quantity import Interval, Quantity


@record
class Source(OrderedRecord):
    """A place in a file: 1-based line and column."""

    file: str
    line: int
    column: int = 1

    def __init__(
        self,
        file: str,
        line: int,
        column: int = 1,
    ) -> None:
        set_field(self, "file", file)
        set_field(self, "line", line)
        set_field(self, "column", column)

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}"


@record
class Claim(Record):
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

    def __init__(
        self,
        id: str,
        quote: str,
        quantity: Quantity,
        source: Source,
        value_text: str | None = None,
        quote_figure: Quantity | None = None,
        quote_figures: tuple[Quantity, ...] = (),
        unit: str | None = None,
        note: str | None = None,
        label: str | None = None,
        disabled: tuple[tuple[str, str, int], ...] = (),
    ) -> None:
        set_field(self, "id", id)
        set_field(self, "quote", quote)
        set_field(self, "quantity", quantity)
        set_field(self, "source", source)
        set_field(self, "value_text", value_text)
        set_field(self, "quote_figure", quote_figure)
        set_field(self, "quote_figures", quote_figures)
        set_field(self, "unit", unit)
        set_field(self, "note", note)
        set_field(self, "label", label)
        set_field(self, "disabled", disabled)

    @property
    def interval(self) -> Interval:
        return self.quantity.interval


@record
class Derived(Record):
    """A named value computed from claims: ``procuratorate.all_cases: leader_cases / leader_share``."""

    id: str
    expression: str
    source: Source
    # The loader's parse of ``expression``, kept so the engine does not parse it again.
    parsed: Expression | None = field(default=None, compare=False, repr=False)

    def __init__(
        self,
        id: str,
        expression: str,
        source: Source,
        parsed: Expression | None = None,
    ) -> None:
        set_field(self, "id", id)
        set_field(self, "expression", expression)
        set_field(self, "source", source)
        set_field(self, "parsed", parsed)


@record
class Rule(Record):
    """A consistency rule: its check (an expression over claim ids), where it was written, how severe a failure is."""

    id: str
    check: str
    source: Source
    severity: str = "error"
    explain: str | None = None
    suggested: str | None = None
    parsed: Expression | None = field(default=None, compare=False, repr=False)  # the loader's parse of check
    # what a suggested rule's figures share in the text: loader.EVIDENCE
    evidence: str | None = None

    def __init__(
        self,
        id: str,
        check: str,
        source: Source,
        severity: str = "error",
        explain: str | None = None,
        suggested: str | None = None,
        parsed: Expression | None = None,
        evidence: str | None = None,
    ) -> None:
        set_field(self, "id", id)
        set_field(self, "check", check)
        set_field(self, "source", source)
        set_field(self, "severity", severity)
        set_field(self, "explain", explain)
        set_field(self, "suggested", suggested)
        set_field(self, "parsed", parsed)
        set_field(self, "evidence", evidence)


@record
class Article(Record):
    """One article: its claims, rules and derived values as loaded, and where its text lives."""

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
    # The document ``text`` was read from (its positions in the file's own terms: a Markdown table's line,
    # a PDF's page), when it was read from a file; None for text given as such.
    text_document: Document | None = field(default=None, compare=False, repr=False)

    def __init__(
        self,
        id: str,
        title: str,
        claims_file: str,
        source: Source,
        language: str = "zh",
        byline: str | None = None,
        date: str | None = None,
        url: str | None = None,
        text_path: str | None = None,
        text: str | None = None,
        claims: tuple[Claim, ...] = (),
        derived: tuple[Derived, ...] = (),
        rules: tuple[Rule, ...] = (),
        rules_file: str | None = None,
        claim_index: dict[str, Claim] | None = None,
        text_document: Document | None = None,
    ) -> None:
        set_field(self, "id", id)
        set_field(self, "title", title)
        set_field(self, "claims_file", claims_file)
        set_field(self, "source", source)
        set_field(self, "language", language)
        set_field(self, "byline", byline)
        set_field(self, "date", date)
        set_field(self, "url", url)
        set_field(self, "text_path", text_path)
        set_field(self, "text", text)
        set_field(self, "claims", claims)
        set_field(self, "derived", derived)
        set_field(self, "rules", rules)
        set_field(self, "rules_file", rules_file)
        set_field(self, "claim_index", {} if claim_index is None else claim_index)
        set_field(self, "text_document", text_document)
        self.__post_init__()

    def __post_init__(self) -> None:
        self.claim_index.update({claim.id: claim for claim in self.claims})


_NAME_RE = re.compile(r"[A-Za-z_][\w.]*")


def stated_names(check: str) -> list[str]:
    """The names on the right of a check's comparison (``share(a, b) == c``: c; ``sum(p, q) <= total``: total):
    the figure that states what the others are held to, where a failing rule is shown. [] for no comparison."""
    for at, char in _outside_brackets(check):
        if char in "=<>!":
            width = 2 if check[at + 1 : at + 2] == "=" else 1
            if width == 2 or char in "<>":
                return _NAME_RE.findall(check[at + width :]) or _tolerance_stated(check[:at])
    return []


def _tolerance_stated(left: str) -> list[str]:
    """``abs(share(a, b) - p) <= 0.5%``: a check within a tolerance states p, the term after the minus in abs."""
    left = left.strip()
    if not (left.startswith("abs(") and left.endswith(")")):
        return []
    inside = left[4:-1]
    return next((_NAME_RE.findall(inside[at + 1 :]) for at, char in _outside_brackets(inside) if char == "-"), [])


def _outside_brackets(text: str) -> Iterator[tuple[int, str]]:
    """Each character of ``text`` outside any bracket, with its offset."""
    depth = 0
    for at, char in enumerate(text):
        if char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
        elif depth == 0:
            yield at, char
