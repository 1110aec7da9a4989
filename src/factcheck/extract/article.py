"""The article ``scan`` checks, built in memory from an extraction: what loading ``extract``'s files would give.

No YAML is written or parsed: each figure becomes a :class:`~factcheck.model.Claim` whose quote is its window
of the text and whose value is the figure as read, and each suggestion a :class:`~factcheck.model.Rule`.
Every claim points at the article line of its figure and every rule at the line of the figure it holds the
others to (the right of its comparison), else its first, so findings need no re-location.
The article's text is left out of the checked article (every quote is a slice of it, so the quote check could
only pass) and given back for the formats that show the text.
"""

from __future__ import annotations

import bisect
from dataclasses import replace
from typing import TYPE_CHECKING

from factcheck.model import Article, Claim, Derived, Rule, Source, stated_names
from factcheck.quantity.model import Quantity

if TYPE_CHECKING:
    from factcheck.documents.model import Document
    from factcheck.extract import Extraction
    from factcheck.extract.model import Figure


_QUOTE_FIGURES = 12  # a quote's figures given with it, at most: prose holds a few; a run of numbers, many


def _quote_figures(
    extraction: Extraction,
    figure: Figure,
    quantity: Quantity,
    starts: list[int],
    shifted: dict[tuple[int, int], Quantity],
    quotes: dict[tuple[int, int], str],
) -> tuple[str, tuple[Quantity, ...], Quantity]:
    """A claim's quote, the figures in it and its own figure, at offsets in the quote (as loading the claims
    file reads them), so whatever aligns quotes to the text (the HTML view) finds each one where it stands."""
    model = extraction.document
    start, end = figure.window
    raw = model.text[start:end]
    quote = quotes.get(figure.window) or quotes.setdefault(figure.window, raw.strip())  # one string a clause
    base = start + len(raw) - len(raw.lstrip())
    stop = base + len(quote)
    own = replace(quantity, start=figure.start - base, end=figure.end - base)
    first, last = bisect.bisect_left(starts, base), bisect.bisect_left(starts, stop)
    if last - first > _QUOTE_FIGURES:
        return quote, (own,), own  # "1 1 1 ...": a quote of many figures stands in place; aligning needs none
    in_quote: list[Quantity] = []
    for index in range(first, last):
        other = model.figures[index]
        if other is figure:
            in_quote.append(own)
        elif other.end <= stop:
            # the claims of one clause share one quote: each other figure is moved into it once, not once a claim
            moved = shifted.get((index, base))
            if moved is None:
                moved = shifted[index, base] = replace(other.quantity, start=other.start - base, end=other.end - base)
            in_quote.append(moved)
    return quote, tuple(in_quote) or (own,), own


def to_article(extraction: Extraction, display: str, document: Document | None = None) -> Article:
    """The checked article of ``extraction``; positions are ``display``'s lines (or ``document``'s own terms)."""
    from factcheck.lines import LineIndex

    model = extraction.document
    lines = LineIndex(model.text) if document is None else None

    def source(offset: int) -> Source:
        if lines is None and document is not None:
            location = document.locate(offset)
            return Source(display, location.line, location.column)
        assert lines is not None
        line, column = lines.line_column(offset)
        return Source(display, line, column)

    claims = []
    figures = model.figures
    starts = [f.start for f in figures]
    shifted: dict[tuple[int, int], Quantity] = {}
    quotes: dict[tuple[int, int], str] = {}
    for figure in figures:
        quantity = figure.claim_quantity()
        quote, in_quote, own = _quote_figures(extraction, figure, quantity, starts, shifted, quotes)
        claims.append(
            Claim(
                id=figure.id,
                quote=quote,
                quantity=quantity,
                source=source(figure.start),
                value_text=quantity.text if figure.clause_figures > 1 else None,
                quote_figure=own,
                quote_figures=in_quote,
                label=figure.label or None,
            )
        )
    derived: list[Derived] = []
    rules: list[Rule] = []
    for suggestion in extraction.suggestions:
        # the figure the rule holds the others to (share(part, whole) == share: the share), else its first
        stated = set(stated_names(suggestion.check))
        at = min((f.start for f in suggestion.figures if f.id in stated), default=-1)
        at = at if at >= 0 else min((f.start for f in suggestion.figures), default=0)
        for name, expression in suggestion.derive.items():
            derived.append(Derived(name, expression, source(at)))
        if suggestion.check:
            rules.append(
                Rule(
                    id=suggestion.id,
                    check=suggestion.check,
                    source=source(at),
                    severity=suggestion.severity,
                    explain=suggestion.explain,
                    suggested=suggestion.pattern,
                    evidence=suggestion.evidence,
                )
            )
    return Article(
        id=extraction.article_id,
        title=extraction.title,
        claims_file=display,
        source=Source(display, 1),
        language=model.language,
        claims=tuple(claims),
        derived=tuple(derived),
        rules=tuple(rules),
        rules_file=None,
    )
