"""JSON Schema (2020-12) for claims and rules files, built from the loader's own definitions.

Editors use it for completion and errors while typing (yaml-language-server reads the modeline that
``factcheck extract`` writes).  The schema checks structure and names; what needs the figures (a quote without
a figure, a rule naming an unknown claim, an expression that does not parse) only the loader can check.
"""

from __future__ import annotations

from typing import Any

from factcheck.expr import FUNCTIONS
from factcheck.i18n import _
from factcheck.loader import (
    ARTICLE_ID,
    ARTICLE_KEYS,
    CLAIM_ID,
    CLAIM_KEYS,
    EVIDENCE,
    LANGUAGES,
    RULE_ID,
    RULE_KEYS,
    SEVERITIES,
)

DIALECT = "https://json-schema.org/draft/2020-12/schema"
KINDS = ("claims", "rules")


def _descriptions() -> dict[str, str]:
    """Each key's description, for editors' hovers, in the reader's language."""
    return {
        "id": _("Article id: lower-case letters, digits and hyphens."),
        "title": _("The article's title."),
        "language": _("zh or en."),
        "byline": _("The author, as printed."),
        "text": _("Path of the article text, relative to this file; every quote must occur in it."),
        "date": _("Publication date."),
        "url": _("Where the article was published."),
        "quote": _("The clause the figure stands in, copied verbatim from the article."),
        "value": _("Which figure of the quote, as a number in its own unit, a figure as written, or {min, max}."),
        "unit": _("The unit, when the quote's is not the one meant (picks between figures of equal value)."),
        "note": _("Free text for people."),
        "label": _("What the figure counts."),
        "check": _("A comparison over claim ids, numbers and percentages (98%); functions: {functions}.").format(
            functions=", ".join(FUNCTIONS)
        ),
        "explain": _("Why the rule must hold, for the report."),
        "severity": _("error (default) or warning."),
        "suggested": _("The pattern that proposed this rule, for review."),
        "evidence": _(
            "What the suggested rule's figures share in the text: clause, sentence, table, paragraph or across "
            "(nothing nearer than the document); scan holds a share that no sentence joins as a warning when it "
            "fails by more than five points."
        ),
        "disable": _("Built-in checks or rules switched off for this claim, each with the reason the report lists."),
    }


def _pattern(regex: Any) -> str:
    return str(regex.pattern)


def _text(name: str) -> dict[str, Any]:
    return {"type": "string", "description": _descriptions().get(name, name)}


def claims_schema() -> dict[str, Any]:
    article_properties: dict[str, Any] = {name: _text(name) for name in ARTICLE_KEYS}
    article_properties["id"] = {**_text("id"), "pattern": _pattern(ARTICLE_ID)}
    article_properties["language"] = {"enum": list(LANGUAGES), "description": _descriptions()["language"]}
    claim_properties: dict[str, Any] = {name: _text(name) for name in CLAIM_KEYS}
    claim_properties["quote"] = {**_text("quote"), "minLength": 1, "pattern": r"\S"}
    claim_properties["disable"] = {
        "type": "object",
        "description": _descriptions()["disable"],
        "additionalProperties": {"type": "string", "minLength": 1, "pattern": r"\S"},
    }
    claim_properties["value"] = {
        "description": _descriptions()["value"],
        "oneOf": [
            {"type": "number"},
            {"type": "string", "minLength": 1},
            {
                "type": "object",
                "additionalProperties": False,
                "minProperties": 1,
                "properties": {"min": {"type": ["number", "string"]}, "max": {"type": ["number", "string"]}},
            },
        ],
    }
    return {
        "$schema": DIALECT,
        "title": _("factcheck claims file"),
        "description": _("An article's figures as claims: see docs/format.md."),
        "type": "object",
        "additionalProperties": False,
        "required": ["article", "claims"],
        "properties": {
            "article": {
                "type": "object",
                "additionalProperties": False,
                "required": [name for name, required in ARTICLE_KEYS.items() if required],
                "properties": article_properties,
            },
            "claims": {
                "type": "object",
                "propertyNames": {"pattern": _pattern(CLAIM_ID)},
                "additionalProperties": {"$ref": "#/$defs/claim"},
            },
        },
        "$defs": {
            "claim": {
                "type": "object",
                "additionalProperties": False,
                "required": [name for name, required in CLAIM_KEYS.items() if required],
                "properties": claim_properties,
            }
        },
    }


def rules_schema() -> dict[str, Any]:
    rule_properties: dict[str, Any] = {name: _text(name) for name in RULE_KEYS}
    rule_properties["id"] = {"type": "string", "pattern": _pattern(RULE_ID), "description": _("Rule id, unique.")}
    rule_properties["check"] = {**_text("check"), "minLength": 1}
    rule_properties["severity"] = {"enum": list(SEVERITIES), "description": _descriptions()["severity"]}
    rule_properties["evidence"] = {"enum": list(EVIDENCE), "description": _descriptions()["evidence"]}
    return {
        "$schema": DIALECT,
        "title": _("factcheck rules file"),
        "description": _("Consistency rules over an article's claims: see docs/format.md."),
        "type": "object",
        "additionalProperties": False,
        "required": ["article", "rules"],
        "properties": {
            "article": {
                "type": "string",
                "pattern": _pattern(ARTICLE_ID),
                "description": _("The claims file's article id."),
            },
            "derive": {
                "type": "object",
                "description": _("Named values computed from claims."),
                "propertyNames": {"pattern": _pattern(CLAIM_ID)},
                "additionalProperties": {"type": "string", "minLength": 1},
            },
            "rules": {
                "type": "array",
                "items": {
                    "type": "object",
                    "additionalProperties": False,
                    "required": [name for name, required in RULE_KEYS.items() if required],
                    "properties": rule_properties,
                },
            },
        },
    }


def schema(kind: str) -> dict[str, Any]:
    return claims_schema() if kind == "claims" else rules_schema()


SCHEMA_DIR = "schemas"


def schema_file(kind: str) -> str:
    return f"{kind}.schema.json"


def schema_text(kind: str) -> str:
    import json

    return json.dumps(schema(kind), ensure_ascii=False, indent=2) + "\n"


def modeline(kind: str) -> str:
    """The yaml-language-server modeline for a file in claims/ or rules/: the schema in ../schemas/."""
    return f"# yaml-language-server: $schema=../{SCHEMA_DIR}/{schema_file(kind)}\n"
