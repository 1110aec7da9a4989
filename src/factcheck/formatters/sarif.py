"""``--format sarif``: SARIF 2.1.0, for code-scanning tools; rules in ``tool.driver.rules``."""

from __future__ import annotations

from typing import Any

from factcheck import __version__
from factcheck.findings import Finding, Kind, Report, Status
from factcheck.formatters.base import Formatter, edit_note, parse_json, where_in_words
from factcheck.formatters.jsontext import json_text
from factcheck.i18n import _

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {Status.FAIL: "error", Status.ERROR: "error", Status.WARN: "warning", Status.PASS: "note"}


# The containers laid out a member per line; each rule and each result is one line.
SARIF_LAYOUT = [
    (),
    ("runs",),
    ("runs", "*"),
    ("runs", "*", "tool"),
    ("runs", "*", "tool", "driver"),
    ("runs", "*", "tool", "driver", "rules"),
    ("runs", "*", "results"),
]


def _rule_id(finding: Finding) -> str:
    if finding.kind is Kind.RULE:
        return finding.id
    if finding.kind is Kind.CLAIM:
        return f"claim/{finding.id.rsplit(':', 1)[-1]}"
    return f"draft/{finding.kind.value}"


def _descriptor(finding: Finding) -> dict[str, Any]:
    rule_id = _rule_id(finding)
    if finding.kind is Kind.RULE:
        text = finding.check or finding.id
        full = finding.explain or text
    else:
        name = rule_id.split("/", 1)[-1]
        if finding.kind is Kind.CLAIM:
            text = full = _("built-in claim check: {name}").format(name=name)
        else:
            from factcheck.formatters.rich_draft import DRAFT_KINDS, kind_word  # the draft kinds' words

            shown = kind_word(finding.kind) if finding.kind in DRAFT_KINDS else name
            text = full = _("built-in draft check: {name}").format(name=shown)
    return {
        "id": rule_id,
        "shortDescription": {"text": text},
        "fullDescription": {"text": full},
        "defaultConfiguration": {"level": "warning" if finding.severity.value == "warning" else "error"},
    }


def sarif_log(report: Report) -> dict[str, Any]:
    rules: dict[str, dict[str, Any]] = {}
    for finding in report.findings:
        rules.setdefault(_rule_id(finding), _descriptor(finding))
    index = {rule_id: number for number, rule_id in enumerate(rules)}
    results = []
    for finding in report.findings:
        if finding.status is Status.PASS:
            continue
        parts = (where_in_words(finding), edit_note(finding), finding.message, finding.detail, finding.explain)
        message = "\n".join(part for part in parts if part)
        region: dict[str, int] = {"startLine": max(1, finding.line)}
        if finding.column > 1:
            region["startColumn"] = finding.column
        properties: dict[str, Any] = {"article": finding.article, "verdict": finding.verdict}
        properties["claims"] = list(finding.claims)
        if finding.where:  # the position in the document's own terms (a PDF page, a Word paragraph)
            properties["where"] = finding.where
        if finding.edit is not None:
            properties["edit"] = finding.edit.value
        if finding.suggested:  # a proposed rule: its pattern, and what its figures share in the text
            properties["suggested"] = finding.suggested
            if finding.evidence:
                properties["evidence"] = finding.evidence
        result: dict[str, Any] = {
            "ruleId": _rule_id(finding),
            "ruleIndex": index[_rule_id(finding)],
            "level": LEVELS[finding.status],
            "message": {"text": message},
            "locations": [{"physicalLocation": {"artifactLocation": {"uri": finding.file}, "region": region}}],
            "properties": properties,
        }
        if finding.defined_at is not None:  # located in a draft: where the rule is written comes second
            source = finding.defined_at
            written = {"startLine": max(1, source.line), "startColumn": max(1, source.column)}
            where = _("where the rule is written") if finding.kind is Kind.RULE else _("where the claim is written")
            physical = {"artifactLocation": {"uri": source.file}, "region": written}
            result["relatedLocations"] = [{"id": 1, "physicalLocation": physical, "message": {"text": where}}]
        results.append(result)
    driver = {
        "name": "factcheck",
        "version": __version__,
        "informationUri": "https://pypi.org/project/factcheck-figures/",
        "rules": list(rules.values()),
    }
    return {"$schema": SCHEMA, "version": "2.1.0", "runs": [{"tool": {"driver": driver}, "results": results}]}


class SarifFormatter(Formatter):
    name = "sarif"
    description = "SARIF 2.1.0, for code scanning"

    def format(self, report: Report) -> str:
        return json_text(sarif_log(report), spread=SARIF_LAYOUT)  # one rule and one result per line

    @classmethod
    def owns_report(cls, text: str) -> bool:
        """A SARIF log whose every run names factcheck as its tool's driver."""
        data = parse_json(text)
        runs = data.get("runs") if isinstance(data, dict) else None
        return (
            isinstance(runs, list)
            and bool(runs)
            and all(isinstance(run, dict) and _driver_name(run) == "factcheck" for run in runs)
        )


def _driver_name(run: dict[str, Any]) -> object:
    tool = run.get("tool")
    driver = tool.get("driver") if isinstance(tool, dict) else None
    return driver.get("name") if isinstance(driver, dict) else None
