"""``--format markdown``: a summary table fit for a pull-request comment.

Everything taken from the input is escaped for GitHub-flavoured Markdown: it can neither add table cells or
rows, nor open a link, an image, emphasis or raw HTML, nor close the code span it is shown in.
"""

from __future__ import annotations

import re

from factcheck.findings import Finding, Report, Status
from factcheck.formatters.base import (
    Formatter,
    also_at,
    edit_note,
    evidence_note,
    location,
    sorted_for_people,
    starts_with_summary,
    summary_line,
    verdict_text,
)
from factcheck.i18n import _, ngettext

ICONS = {Status.PASS: "✅", Status.FAIL: "❌", Status.WARN: "⚠️", Status.ERROR: "❗"}

# Inline syntax: escapes, code, emphasis, links and images, HTML and autolinks, entities, table cells,
# strikethrough and GitHub's maths.  Text is never at the start of a line here (it follows "| " or "#### "),
# so block syntax (#, >, -, 1.) cannot start.
_INLINE = re.compile(r"([\\`*_\[\]<>&|~$])")
_BACKTICKS = re.compile(r"`+")


def text(value: str, *, line_break: str = "<br>") -> str:
    """Plain text for a table cell or a heading: every Markdown character escaped, line breaks shown."""
    escaped = _INLINE.sub(r"\\\1", value)
    return line_break.join(part.strip() for part in escaped.split("\n")) if "\n" in escaped else escaped


def code(value: str) -> str:
    """``value`` as a code span inside a table cell, whatever backticks or pipes it holds."""
    value = value.replace("\n", " ")
    if not value.strip():
        return text(value)
    if "\\|" in value:  # a table cell cannot show backslash-pipe inside code: fall back to escaped text
        return text(value)
    fence = "`" * (max((len(run) for run in _BACKTICKS.findall(value)), default=0) + 1)
    pad = " " if value[0] in "` " or value[-1] in "` " else ""
    return f"{fence}{pad}{value.replace('|', chr(92) + '|')}{pad}{fence}"


def _row(finding: Finding) -> str:
    check = code(finding.message)
    if finding.detail:
        check += f"<br>{text(finding.detail)}"
    if finding.explain and finding.status is not Status.PASS:
        check += f"<br><sub>{text(finding.explain)}</sub>"
    evidence = evidence_note(finding) if finding.status is not Status.PASS else None
    if evidence:  # a proposed rule: what its figures share in the text
        check += f"<br><sub>{text(evidence)}</sub>"
    verdict = verdict_text(finding)
    note = edit_note(finding)
    if note is not None:
        verdict = f"{verdict}<br>{text(note)}"
    second = also_at(finding)
    where = code(location(finding)) + (f"<br>{code(second)}" if second else "")
    return f"| {ICONS[finding.status]} | {code(finding.id)} | {check} | {verdict} | {where} |"


def markdown_report(report: Report) -> str:
    failed = report.failed()
    lines = [f"### factcheck {'❌' if failed else '✅'}", "", summary_line(report), ""]
    for article in report.articles:
        findings = sorted_for_people(article.findings)
        shown = [f for f in findings if f.status is not Status.PASS]
        passed = [f for f in findings if f.status is Status.PASS]
        lines += [f"#### {text(article.title, line_break=' ')} ({code(article.id)})", ""]
        header = [_("| | id | check, with the figures in place | verdict | where |"), "|---|---|---|---|---|"]
        if shown:
            lines += header + [_row(f) for f in shown] + [""]
        if passed:
            summary = ngettext("{count} passing", "{count} passing", len(passed)).format(count=len(passed))
            lines += [f"<details><summary>{summary}</summary>", ""]
            lines += header + [_row(f) for f in passed] + ["", "</details>", ""]
    return "\n".join(lines) + "\n"


_HEAD = re.compile(r"\A### factcheck (?:❌|✅)\n\n")


class MarkdownFormatter(Formatter):
    name = "markdown"
    description = "a Markdown summary table for a pull-request comment"

    def format(self, report: Report) -> str:
        return markdown_report(report)

    @classmethod
    def owns_report(cls, text: str) -> bool:
        """The heading and summary line every Markdown report starts with."""
        head = _HEAD.match(text)
        return head is not None and starts_with_summary(text[head.end() :].split("\n", 1)[0])
