"""JSON Schema (2020-12) for claims and rules files, built from the loader's own definitions.

Editors use it for completion and errors while typing (yaml-language-server reads the modeline that
``factcheck extract`` writes).  The schema checks structure and names; what needs the figures (a quote without
a figure, a rule naming an unknown claim, an expression that does not parse) only the loader can check.
"""

from __future__ import annotations

from typing import Any

from factcheck.expr import FUNCTIONS
from factcheck.loader import (
    ARTICLE_ID,
    ARTICLE_KEYS,
    CLAIM_ID,
    CLAIM_KEYS,
    LANGUAGES,
    RULE_ID,
    RULE_KEYS,
    SEVERITIES,
)

DIALECT = "https://json-schema.org/draft/2020-12/schema"
KINDS = ("claims", "rules")

_DESCRIPTIONS = {
    "id": "Article id: lower-case letters, digits and hyphens.",
    "title": "The article's title.",
    "language": "zh or en.",
    "byline": "The author, as printed.",
    "text": "Path of the article text, relative to this file; every quote must occur in it.",
    "date": "Publication date.",
    "url": "Where the article was published.",
    "quote": "The clause the figure stands in, copied verbatim from the article.",
    "value": "Which figure of the quote, as a number in its own unit, a figure as written, or {min, max}.",
    "unit": "The unit, when the quote's is not the one meant (picks between figures of equal value).",
    "note": "Free text for people.",
    "label": "What the figure counts.",
    "check": f"A comparison over claim ids, numbers and 98% literals; functions: {', '.join(FUNCTIONS)}.",
    "explain": "Why the rule must hold, for the report.",
    "severity": "error (default) or warning.",
    "suggested": "The pattern that proposed this rule, for review.",
    "disable": "Built-in checks or rules switched off for this claim, each with the reason the report lists.",
}


def _pattern(regex: Any) -> str:
    return str(regex.pattern)


def _text(name: str) -> dict[str, Any]:
    return {"type": "string", "description": _DESCRIPTIONS.get(name, name)}


def claims_schema() -> dict[str, Any]:
    article_properties: dict[str, Any] = {name: _text(name) for name in ARTICLE_KEYS}
    article_properties["id"] = {**_text("id"), "pattern": _pattern(ARTICLE_ID)}
    article_properties["language"] = {"enum": list(LANGUAGES), "description": _DESCRIPTIONS["language"]}
    claim_properties: dict[str, Any] = {name: _text(name) for name in CLAIM_KEYS}
    claim_properties["quote"] = {**_text("quote"), "minLength": 1, "pattern": r"\S"}
    claim_properties["disable"] = {
        "type": "object",
        "description": _DESCRIPTIONS["disable"],
        "additionalProperties": {"type": "string", "minLength": 1, "pattern": r"\S"},
    }
    claim_properties["value"] = {
        "description": _DESCRIPTIONS["value"],
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
        "title": "factcheck claims file",
        "description": "An article's figures as claims: see docs/format.md.",
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
    rule_properties["id"] = {"type": "string", "pattern": _pattern(RULE_ID), "description": "Rule id, unique."}
    rule_properties["check"] = {**_text("check"), "minLength": 1}
    rule_properties["severity"] = {"enum": list(SEVERITIES), "description": _DESCRIPTIONS["severity"]}
    return {
        "$schema": DIALECT,
        "title": "factcheck rules file",
        "description": "Consistency rules over an article's claims: see docs/format.md.",
        "type": "object",
        "additionalProperties": False,
        "required": ["article", "rules"],
        "properties": {
            "article": {
                "type": "string",
                "pattern": _pattern(ARTICLE_ID),
                "description": "The claims file's article id.",
            },
            "derive": {
                "type": "object",
                "description": "Named values computed from claims.",
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
