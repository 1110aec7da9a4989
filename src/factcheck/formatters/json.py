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
    if finding.where:
        data["where"] = finding.where  # the position in the document's own terms: 23:140, p3:12, ¶14
    return data


def report_json(report: Report) -> dict[str, Any]:
    summary: dict[str, Any] = dict(report.summary.to_json())
    if report.coverage is not None:
        verified, figures = report.coverage
        summary["coverage"] = {"verified": verified, "figures": figures}
    data: dict[str, Any] = {
        "schema": REPORT_SCHEMA,
        "summary": summary,
        "findings": [finding_json(f) for f in report.findings],
    }
    # Present only when used, so a plain run keeps the three core keys.
    if report.disabled:
        data["disabled"] = [
            {"article": d.article, "id": d.id, "claim": d.claim, "reason": d.reason, "file": d.file, "line": d.line}
            for d in report.disabled
        ]
    if report.baseline is not None:
        data["baseline"] = {
            "file": report.baseline.path,
            "accepted": [finding_json(f) for f in report.baseline.accepted],
            "fixed": [{"article": e.article, "id": e.id, "fingerprint": e.fingerprint} for e in report.baseline.fixed],
        }
    return data


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
