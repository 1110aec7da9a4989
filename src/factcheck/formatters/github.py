"""``--format github``: workflow commands that annotate files in a GitHub pull request.

One ``::error`` or ``::warning`` line per finding that did not pass, located at its file and line, and a
Markdown job summary appended to ``$GITHUB_STEP_SUMMARY`` when that variable is set.  Chosen automatically
when ``GITHUB_ACTIONS`` is set and no format is given.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import TextIO

from factcheck.findings import ArticleResult, Finding, Kind, Report, Status
from factcheck.formatters.base import (
    Formatter,
    also_at,
    edit_note,
    escape_controls,
    evidence_note,
    one_line_message,
    primary_location,
    summary_line,
    where_in_words,
)
from factcheck.formatters.markdown import markdown_report
from factcheck.i18n import _
from factcheck.safeio import OutputError, append_text


def _escape_data(text: str) -> str:
    """A workflow command's message: '%', CR and LF are the characters the runner decodes."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    """A workflow command's property value: also ':' and ',' which would end it."""
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(finding: Finding, article: ArticleResult | None = None) -> str:
    """One workflow command.  A failing rule is placed on the article's line of the figure it holds the
    others to (the right of its comparison), else its first, and names the rules file's line in its message;
    the title is the rule or check id alone (the level already says error or warning, and the message says
    what is wrong)."""
    command = "warning" if finding.status is Status.WARN else "error"
    file, line, column = (
        primary_location(article, finding) if article is not None else (finding.file, finding.line, finding.column)
    )
    parts = [part for part in (where_in_words(finding), edit_note(finding), one_line_message(finding)) if part]
    if finding.explain:
        parts.append(finding.explain)
    evidence = evidence_note(finding)
    if evidence:
        parts.append(evidence)
    if file != finding.file:
        parts.append(_("rule: {location}").format(location=f"{finding.file}:{finding.line}"))
    elif finding.defined_at is not None:  # located in a draft already: the rule's (or claim's) line second
        if finding.kind is Kind.RULE:
            parts.append(_("rule: {location}").format(location=also_at(finding)))
        else:
            parts.append(_("claim: {location}").format(location=also_at(finding)))
    properties = f"file={_escape_property(file)},line={line}"
    if column > 1:
        properties += f",col={column}"
    title = _escape_property(escape_controls(finding.id))
    message = _escape_data("\n".join(escape_controls(part) for part in parts))
    return f"::{command} {properties},title={title}::{message}"


class GithubFormatter(Formatter):
    name = "github"
    description = "GitHub Actions annotations and a job summary"
    locates_in_text = True

    def format(self, report: Report) -> str:
        lines = [
            annotation(finding, article)
            for article in report.articles
            for finding in article.findings
            if finding.status is not Status.PASS
        ]
        lines.append(f"factcheck: {summary_line(report)}")  # the log line a CI reader looks for
        return "\n".join(lines) + "\n"

    def write(self, report: Report, stream: TextIO) -> None:
        stream.write(self.format(report))
        summary = os.environ.get("GITHUB_STEP_SUMMARY")
        if summary:
            try:
                append_text(Path(summary), markdown_report(report))
            except OutputError as error:
                raise OutputError(_("the job summary (GITHUB_STEP_SUMMARY): {problem}").format(problem=error)) from None

    @classmethod
    def owns_report(cls, text: str) -> bool:
        """Only workflow commands and factcheck's own log line, ending with the summary line."""
        lines = [line for line in text.splitlines() if line.strip()]
        return (
            bool(lines)
            and lines[-1].startswith("factcheck: ")
            and all(_COMMAND.match(line) or line.startswith("factcheck: ") for line in lines)
        )


_COMMAND = re.compile(r"^::(?:error|warning|notice)(?: [^:]*)?::")
