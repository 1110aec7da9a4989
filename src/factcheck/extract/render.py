"""The YAML that ``extract`` writes: a claims file and a rules file that ``check`` loads unchanged."""

from __future__ import annotations

from typing import TYPE_CHECKING

import yaml

from factcheck.i18n import _
from factcheck.quantity import find_quantities
from factcheck.schema import modeline

if TYPE_CHECKING:
    from factcheck.extract import Extraction

_BASE = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


class _Dumper(_BASE):  # type: ignore[valid-type,misc]
    """Block style, Unicode kept, long lines kept whole: a file a person can review (libyaml's emitter when built)."""


def _dump(data: object) -> str:
    return yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=10_000, default_flow_style=False)


def header() -> str:
    """The comment that opens both files, in the reader's language (the files' keys and ids stay as they are)."""
    return "# {}\n".format(
        _("Drafted by factcheck extract: review every claim and suggested rule before relying on it.")
    )


def render_claims(extraction: Extraction, text_path: str | None) -> str:
    model = extraction.document
    article: dict[str, object] = {"id": extraction.article_id, "title": extraction.title, "language": model.language}
    if text_path:
        article["text"] = text_path
    claims: dict[str, dict[str, str]] = {}
    for figure in model.figures:
        quote = extraction.quote(figure)
        entry = {"quote": quote}
        # The loader reads the quote again: a value picks the figure whenever that reading is not just this one.
        text = figure.claim_quantity().text
        if figure.clause_figures > 1 or _reads_otherwise(quote, text):
            entry["value"] = text
        if figure.claim_unit is not None:
            entry["unit"] = figure.claim_unit
        if figure.label:
            entry["label"] = figure.label
        claims[figure.id] = entry
    return modeline("claims") + header() + _dump({"article": article, "claims": claims})


def _reads_otherwise(quote: str, text: str) -> bool:
    found = find_quantities(quote)
    return len(found) != 1 or found[0].text != text


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
        rule["evidence"] = suggestion.evidence
        rules.append(rule)
    data: dict[str, object] = {"article": extraction.article_id}
    if derive:
        data["derive"] = derive
    data["rules"] = rules
    return modeline("rules") + header() + _dump(data)
