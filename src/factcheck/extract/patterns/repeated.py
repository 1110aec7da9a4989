"""repeated: a figure stated twice for the same thing must agree.

Summary lines and lead paragraphs repeat figures of the body.  Two figures are taken for the same thing when
their labels (the words before them in their clauses; at least three characters, or two English words) are
the same and their measures match, in different
sentences that name no different years and compare nothing with an earlier period (同比, 上年, 去年).  When
the two clauses read the same but for the figure, a mismatch is an error; otherwise a warning.
"""

from __future__ import annotations

import re

from factcheck.extract.document import Document, Figure
from factcheck.extract.suggestion import Suggestion, same_measure, say
from factcheck.quantity.normalize import normalize

NAME = "repeated"
_COMPARISON = ("同比", "上年", "去年", "同期", "环比", "last year", "a year earlier")


def _masked_clause(document: Document, figure: Figure) -> str:
    clause = document.text[figure.clause[0] : figure.clause[1]]
    start = figure.start - figure.clause[0]
    end = figure.quantity.end - figure.clause[0]
    return normalize(clause[:start] + "#" + clause[end:]).replace(" ", "")


def find(document: Document) -> list[Suggestion]:
    out: list[Suggestion] = []
    groups: dict[tuple[str, str | None], list[Figure]] = {}
    for figure in document.figures:
        label = re.sub(r"\s+", "", figure.label)
        # A label must name something: 3 characters in Chinese, two words in English ("cases" alone is any count).
        specific = len(figure.label.split()) >= 2 if document.language == "en" else len(label) >= 3
        if not specific:
            continue
        groups.setdefault((label, figure.quantity.unit), []).append(figure)
    for figures in groups.values():
        first = figures[0]
        for other in figures[1:]:
            if other.sentence == first.sentence or not same_measure(first, other):
                continue
            years_a, years_b = document.years(first), document.years(other)
            if years_a and years_b and years_a != years_b:
                continue
            if any(w in document.sentence_text(f) for f in (first, other) for w in _COMPARISON):
                continue
            same_clause = _masked_clause(document, first) == _masked_clause(document, other)
            out.append(
                Suggestion(
                    NAME,
                    f"{other.id}-repeats-{first.id}",
                    f"{other.id} == {first.id}",
                    say(
                        document.language,
                        f"“{first.label}”前后两处应一致:{first.text}与{other.text}",
                        f"'{first.label}' is stated twice and must agree: {first.text} and {other.text}",
                    ),
                    (first, other),
                    severity="error" if same_clause else "warning",
                )
            )
    return out
