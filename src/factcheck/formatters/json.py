"""``--format json``: the versioned ``factcheck.report/1`` contract."""

from __future__ import annotations

import json
from typing import Any

from factcheck.findings import REPORT_SCHEMA, Finding, Kind, Report
from factcheck.formatters.base import Formatter, parse_json


def finding_json(finding: Finding) -> dict[str, Any]:
    data: dict[str, Any] = {
        "article": finding.article,
        "kind": finding.kind.value,
        "id": finding.id,
        "status": finding.status.value,
        "exact": finding.exact,
        "severity": finding.severity.value,
        "message": finding.message,
        "file": finding.file,
        "line": finding.line,
        "claims": list(finding.claims),
        "value": finding.value.to_json() if finding.value is not None else None,
    }
    if finding.kind in (Kind.CHANGED, Kind.MISSING, Kind.UNVERIFIED):
        data["column"] = finding.column
        data["claim"] = finding.claims[0] if finding.claims else None
        data["figure"] = finding.figure
        data["verified_figure"] = finding.verified_figure
    # Optional keys appear only where they carry what the core keys cannot: the size of a gap, where a
    # draft's figures came from, which pattern proposed a rule.
    if finding.detail:
        data["detail"] = finding.detail
    if finding.origin:
        data["origin"] = finding.origin
    if finding.suggested:
        data["suggested"] = finding.suggested
    return data


def report_json(report: Report) -> dict[str, Any]:
    summary: dict[str, Any] = dict(report.summary.to_json())
    if report.coverage is not None:
        verified, figures = report.coverage
        summary["coverage"] = {"verified": verified, "figures": figures}
    return {
        "schema": REPORT_SCHEMA,
        "summary": summary,
        "findings": [finding_json(f) for f in report.findings],
    }


class JsonFormatter(Formatter):
    name = "json"
    description = "the factcheck.report/1 JSON contract, for tools and CI"

    def format(self, report: Report) -> str:
        return json.dumps(report_json(report), ensure_ascii=False, indent=2) + "\n"

    @classmethod
    def owns_report(cls, text: str) -> bool:
        """A JSON object whose ``schema`` key names the factcheck report contract."""
        data = parse_json(text)
        return isinstance(data, dict) and str(data.get("schema", "")).startswith("factcheck.report/")
