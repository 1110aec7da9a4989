"""JSON Schema (2020-12) of the ``factcheck.report/1`` JSON report (``factcheck schema report``).

Tools that read the report can validate it.  Keys may be added within a schema version, so the printed schema
lets objects carry keys it does not name; the test suite validates every JSON report against the strict form
(``strict=True``: no unknown keys), so a field added to the report must be added here too: extend
``FINDING_PROPERTIES`` (every finding), ``DRAFT_FINDING_PROPERTIES`` (changed, reworded, missing, unverified),
``SUMMARY_PROPERTIES`` or ``REPORT_PROPERTIES``.
"""

from __future__ import annotations

import json
from typing import Any

from factcheck.baseline import BASELINE_SCHEMA
from factcheck.findings import REPORT_SCHEMA, Edit, Kind, Severity, Status
from factcheck.loader import EVIDENCE

DIALECT = "https://json-schema.org/draft/2020-12/schema"

_TEXT: dict[str, Any] = {"type": "string"}
_MAYBE_TEXT: dict[str, Any] = {"type": ["string", "null"]}
_COUNT: dict[str, Any] = {"type": "integer", "minimum": 0}
_LINE: dict[str, Any] = {"type": "integer", "minimum": 1}
_BOUND: dict[str, Any] = {
    "type": "string",
    "pattern": r"^(-?inf|-?\d+(\.\d+)?)$",
    "description": "A Decimal as text; inf and -inf for unbounded ends.",
}

INTERVAL: dict[str, Any] = {
    "type": "object",
    "required": ["lo", "hi", "lo_closed", "hi_closed"],
    "properties": {"lo": _BOUND, "hi": _BOUND, "lo_closed": {"type": "boolean"}, "hi_closed": {"type": "boolean"}},
}

# Every finding; the first group is always present.
FINDING_REQUIRED = [
    "article",
    "kind",
    "id",
    "status",
    "exact",
    "severity",
    "message",
    "file",
    "line",
    "claims",
    "value",
]
FINDING_PROPERTIES: dict[str, Any] = {
    "article": {**_TEXT, "description": "The article id."},
    "kind": {"enum": [k.value for k in Kind], "description": "rule, claim (a built-in check), or a draft kind."},
    "id": {**_TEXT, "description": "The rule id, or claim:check for a built-in check."},
    "status": {"enum": [s.value for s in Status]},
    "exact": {"type": "boolean", "description": "A pass for every reading of the figures (holds)."},
    "severity": {"enum": [s.value for s in Severity]},
    "message": {**_TEXT, "description": "The check with the figures in place, or what is wrong."},
    "file": _TEXT,
    "line": _LINE,
    "claims": {"type": "array", "items": _TEXT, "description": "The claims the finding rests on."},
    "value": {"oneOf": [{"type": "null"}, {"$ref": "#/$defs/interval"}]},
    "detail": {**_TEXT, "description": "For a failure: the gap as written, then what rounding guarantees."},
    "origin": {**_TEXT, "description": "Where the figures came from when not the verified claims (draft)."},
    "suggested": {**_TEXT, "description": "The pattern that proposed the rule (scan, extract)."},
    "evidence": {
        "enum": list(EVIDENCE),
        "description": "A suggested rule's evidence: what its figures share in the text, strongest first (one "
        "clause, one sentence, table cells, one paragraph, or nothing nearer: across).",
    },
    "where": {**_TEXT, "description": "The place in a document in its own terms: 23:140, p3:12 (PDF), ¶14 (Word)."},
    "defined_at": {
        "type": "object",
        "required": ["file", "line", "column"],
        "properties": {"file": _TEXT, "line": _LINE, "column": _LINE},
        "description": "factcheck draft: where the rule (or the missing claim) is written; the finding is located "
        "in the draft.",
    },
    "edit": {
        "enum": [e.value for e in Edit],
        "description": "factcheck draft, rules: what the edit did (new, already_failing, fixed, unchanged).",
    },
}
# Findings of kind changed, reworded, missing and unverified (factcheck draft) add these.
DRAFT_FINDING_PROPERTIES: dict[str, Any] = {
    "column": _LINE,
    "claim": _MAYBE_TEXT,
    "figure": _MAYBE_TEXT,
    "verified_figure": _MAYBE_TEXT,
}
SUMMARY_PROPERTIES: dict[str, Any] = {
    **dict.fromkeys(("articles", "claims", "rules", "pass", "fail", "warn", "error"), _COUNT),
    "coverage": {
        "type": "object",
        "required": ["verified", "figures"],
        "properties": {"verified": _COUNT, "figures": _COUNT},
        "description": "factcheck draft: figures in the draft that a verified claim covers.",
    },
    "edit": {
        "type": "object",
        "required": [e.value for e in Edit],
        "properties": {e.value: _COUNT for e in Edit},
        "description": "factcheck draft: the rules by what the edit did to them.",
    },
}
DISABLED: dict[str, Any] = {
    "type": "object",
    "required": ["article", "id", "claim", "reason", "file", "line"],
    "properties": {
        "article": _TEXT,
        "id": {**_TEXT, "description": "The rule or built-in check switched off."},
        "claim": {**_MAYBE_TEXT, "description": "Switched off for this claim only (disable: in the claims file)."},
        "reason": _MAYBE_TEXT,
        "file": _TEXT,
        "line": _LINE,
    },
}
BASELINE: dict[str, Any] = {
    "type": "object",
    "required": ["file", "accepted", "fixed"],
    "description": f"check --baseline: the {BASELINE_SCHEMA} file's known failures accepted, and those fixed since.",
    "properties": {
        "file": _TEXT,
        "accepted": {"type": "array", "items": {"$ref": "#/$defs/finding"}},
        "fixed": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["article", "id", "fingerprint"],
                "properties": {"article": _TEXT, "id": _TEXT, "fingerprint": _TEXT},
            },
        },
    },
}
REPORT_PROPERTIES: dict[str, Any] = {
    "schema": {"const": REPORT_SCHEMA},
    "summary": {
        "type": "object",
        "required": ["articles", "claims", "rules", "pass", "fail", "warn", "error"],
        "properties": SUMMARY_PROPERTIES,
    },
    "findings": {"type": "array", "items": {"$ref": "#/$defs/finding"}},
    "disabled": {"type": "array", "items": DISABLED, "description": "Rules and checks switched off, and why."},
    "baseline": BASELINE,
}


def _closed(node: Any) -> Any:
    """The same schema with every object closed to keys it does not name."""
    if isinstance(node, list):
        return [_closed(item) for item in node]
    if not isinstance(node, dict):
        return node
    closed = {key: _closed(value) for key, value in node.items()}
    if "properties" in node and node.get("type") == "object":
        closed["additionalProperties"] = False
    return closed


def report_schema(*, strict: bool = False) -> dict[str, Any]:
    draft_kinds = [Kind.CHANGED.value, Kind.REWORDED.value, Kind.MISSING.value, Kind.UNVERIFIED.value]
    schema = {
        "$schema": DIALECT,
        "title": REPORT_SCHEMA,
        "description": "The JSON report of factcheck check, draft and scan (--format json): see docs/format.md.",
        "type": "object",
        "required": ["schema", "summary", "findings"],
        "properties": REPORT_PROPERTIES,
        "$defs": {
            "interval": INTERVAL,
            "finding": {
                "type": "object",
                "required": FINDING_REQUIRED,
                "properties": {**FINDING_PROPERTIES, **DRAFT_FINDING_PROPERTIES},
                "if": {"properties": {"kind": {"enum": draft_kinds}}},
                "then": {"required": list(DRAFT_FINDING_PROPERTIES)},
                # A rule located in a draft has a column too; the claim and figure keys are the draft kinds' own.
                "else": {
                    "not": {"anyOf": [{"required": [name]} for name in DRAFT_FINDING_PROPERTIES if name != "column"]}
                },
            },
        },
    }
    return _closed(schema) if strict else schema


def report_schema_text() -> str:
    return json.dumps(report_schema(), ensure_ascii=False, indent=2) + "\n"
