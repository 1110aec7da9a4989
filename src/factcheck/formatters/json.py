"""``--format json``: the versioned ``factcheck.report/1`` contract."""

from __future__ import annotations

from typing import Any, TextIO

from factcheck.findings import REPORT_SCHEMA, Edit, Finding, Kind, Report
from factcheck.formatters.base import Formatter, parse_json
from factcheck.formatters.jsontext import Lazy, json_text, write_json

DRAFT_KINDS = (Kind.CHANGED, Kind.REWORDED, Kind.MISSING, Kind.UNVERIFIED)


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
    if finding.kind in DRAFT_KINDS or finding.defined_at is not None:  # located in a draft: its column too
        data["column"] = finding.column
    if finding.kind in DRAFT_KINDS:
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
        if finding.evidence:  # what the proposed rule's figures share in the text: clause ... across
            data["evidence"] = finding.evidence
    if finding.where:
        data["where"] = finding.where  # the position in the document's own terms: 23:140, p3:12, ¶14
    # A finding located in a draft: where its rule (or claim) is written, and what the edit did to a rule.
    if finding.defined_at is not None:
        source = finding.defined_at
        data["defined_at"] = {"file": source.file, "line": source.line, "column": source.column}
    if finding.edit is not None:
        data["edit"] = finding.edit.value
    return data


def report_json(report: Report, lazy: bool = False) -> dict[str, Any]:
    """The report as JSON data; with ``lazy``, its findings are made one at a time as they are written."""
    summary: dict[str, Any] = dict(report.summary.to_json())
    if report.coverage is not None:
        verified, figures = report.coverage
        summary["coverage"] = {"verified": verified, "figures": figures}
        edits = [f.edit for f in report.findings if f.edit is not None]
        summary["edit"] = {edit.value: edits.count(edit) for edit in Edit}
    data: dict[str, Any] = {
        "schema": REPORT_SCHEMA,
        "summary": summary,
        "findings": Lazy(finding_json, report.findings) if lazy else [finding_json(f) for f in report.findings],
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


_LAYOUT = [(), ("findings",)]  # one finding per line


class JsonFormatter(Formatter):
    name = "json"
    description = "the factcheck.report/1 JSON contract, for tools and CI"

    def format(self, report: Report) -> str:
        return json_text(report_json(report), spread=_LAYOUT)

    def write(self, report: Report, stream: TextIO) -> None:
        """What ``format`` gives, written a finding at a time: a large report's findings (60,000 in a scan of
        10 MB) are never all held as JSON data or as text."""
        write_json(report_json(report, lazy=True), stream, spread=_LAYOUT)

    @classmethod
    def owns_report(cls, text: str) -> bool:
        """A JSON object whose ``schema`` key names the factcheck report contract."""
        data = parse_json(text)
        return isinstance(data, dict) and str(data.get("schema", "")).startswith("factcheck.report/")
