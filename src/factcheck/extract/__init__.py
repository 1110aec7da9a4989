"""Proposes claims and rules from raw text: ``factcheck extract`` and ``factcheck scan``.

Every figure becomes a claim quoting the clause around it; the relation patterns in ``patterns/`` propose
rules, each marked ``suggested: <pattern>`` for a person to review.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, replace
from pathlib import Path

import yaml

from factcheck.extract.document import Document, read
from factcheck.extract.ids import assign_ids, romanise, slug
from factcheck.extract.patterns import PATTERNS
from factcheck.extract.suggestion import Suggestion
from factcheck.quantity import find_quantities
from factcheck.schema import modeline


@dataclass(frozen=True)
class Extraction:
    article_id: str
    title: str
    document: Document
    suggestions: tuple[Suggestion, ...]

    def claims_yaml(self, text_path: str | None) -> str:
        return render_claims(self, text_path)

    def rules_yaml(self) -> str:
        return render_rules(self)


def article_id_for(path: Path) -> str:
    stem = slug(path.stem).replace("_", "-")
    if not stem or not re.match(r"^[a-z0-9]", stem):
        stem = slug(romanise(path.stem)).replace("_", "-") or "article"
    return re.sub(r"-+", "-", stem).strip("-") or "article"


def title_for(text: str, fallback: str) -> str:
    """The first line, up to its first sentence end: a title to edit, not to trust."""
    for line in text.splitlines():
        line = re.split(r"(?<=[。！？!?])|(?<=\. )", line.strip())[0].strip()
        if line:
            return line[:60]
    return fallback


def extract(text: str, article_id: str, title: str | None = None, language: str | None = None) -> Extraction:
    document = read(text, language)
    assign_ids(document)
    suggestions: list[Suggestion] = []
    for find in PATTERNS.values():
        suggestions.extend(find(document))
    unique: dict[str, Suggestion] = {}
    for suggestion in suggestions:
        key = suggestion.id
        number = 2
        while key in unique:
            key = f"{suggestion.id}-{number}"
            number += 1
        unique[key] = replace(suggestion, id=key)
    return Extraction(article_id, title or title_for(text, article_id), document, tuple(unique.values()))


class _Dumper(yaml.SafeDumper):
    """Block style, Unicode kept, long lines kept whole: a file a person can review."""


def _dump(data: object) -> str:
    return yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=10_000, default_flow_style=False)


HEADER = "# Drafted by factcheck extract: review every claim and suggested rule before relying on it.\n"


def render_claims(extraction: Extraction, text_path: str | None) -> str:
    article: dict[str, object] = {
        "id": extraction.article_id,
        "title": extraction.title,
        "language": extraction.document.language,
    }
    if text_path:
        article["text"] = text_path
    claims: dict[str, dict[str, str]] = {}
    for figure in extraction.document.figures:
        entry = {"quote": figure.quote}
        if figure.clause_figures > 1 or not _reads_alone(figure.quote, figure.text):
            entry["value"] = figure.text
        if figure.label:
            entry["label"] = figure.label
        claims[figure.id] = entry
    return modeline("claims") + HEADER + _dump({"article": article, "claims": claims})


def _reads_alone(quote: str, figure: str) -> bool:
    """Whether the quote, read by itself as the loader will, still holds the figure.  Only a figure that opens
    its quote can read differently there: "1." after a comma is a figure, at the start of a text a list number."""
    if not quote.startswith(figure):
        return True
    return any(q.text == figure for q in find_quantities(quote))


def render_rules(extraction: Extraction) -> str:
    derive: dict[str, str] = {}
    rules: list[dict[str, str]] = []
    for suggestion in extraction.suggestions:
        derive.update(suggestion.derive)
        if not suggestion.check:
            continue
        rule = {"id": suggestion.id, "check": suggestion.check, "explain": suggestion.explain}
        if suggestion.severity != "error":
            rule["severity"] = suggestion.severity
        rule["suggested"] = suggestion.pattern
        rules.append(rule)
    data: dict[str, object] = {"article": extraction.article_id}
    if derive:
        data["derive"] = derive
    data["rules"] = rules
    return modeline("rules") + HEADER + _dump(data)


def relative_text_path(article: Path, claims_dir: Path) -> str:
    return Path(os.path.relpath(article.resolve(), claims_dir.resolve())).as_posix()


__all__ = ["Extraction", "article_id_for", "extract", "relative_text_path", "render_claims", "render_rules"]
