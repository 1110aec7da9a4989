"""``--format markdown``: a summary table fit for a pull-request comment."""

from __future__ import annotations

from factcheck.findings import Finding, Report, Status
from factcheck.formatters.base import Formatter, also_at, edit_note, location, sorted_for_people, summary_line

ICONS = {Status.PASS: "✅", Status.FAIL: "❌", Status.WARN: "⚠️", Status.ERROR: "❗"}


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", "<br>")


def _row(finding: Finding) -> str:
    check = f"`{_cell(finding.message)}`"
    if finding.detail:
        check += f"<br>{_cell(finding.detail)}"
    if finding.explain and finding.status is not Status.PASS:
        check += f"<br><sub>{_cell(finding.explain)}</sub>"
    verdict = f"{finding.verdict}<br>{edit_note(finding)}" if finding.edit is not None else finding.verdict
    second = also_at(finding)
    where = f"`{_cell(location(finding))}`" + (f"<br>`{_cell(second)}`" if second else "")
    return f"| {ICONS[finding.status]} | `{_cell(finding.id)}` | {check} | {verdict} | {where} |"


def markdown_report(report: Report) -> str:
    failed = report.failed()
    lines = [f"### factcheck {'❌' if failed else '✅'}", "", summary_line(report), ""]
    for article in report.articles:
        findings = sorted_for_people(article.findings)
        shown = [f for f in findings if f.status is not Status.PASS]
        passed = [f for f in findings if f.status is Status.PASS]
        lines += [f"#### {article.title} (`{article.id}`)", ""]
        header = ["| | id | check, with the figures in place | verdict | where |", "|---|---|---|---|---|"]
        if shown:
            lines += header + [_row(f) for f in shown] + [""]
        if passed:
            lines += [f"<details><summary>{len(passed)} passing</summary>", ""]
            lines += header + [_row(f) for f in passed] + ["", "</details>", ""]
    return "\n".join(lines) + "\n"


class MarkdownFormatter(Formatter):
    name = "markdown"
    description = "a Markdown summary table for a pull-request comment"

    def format(self, report: Report) -> str:
        return markdown_report(report)
