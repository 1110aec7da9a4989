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

from factcheck.findings import Finding, Report, Status
from factcheck.formatters.base import Formatter, summary_line
from factcheck.formatters.markdown import markdown_report
from factcheck.safeio import OutputError, append_text


def _escape_data(text: str) -> str:
    """A workflow command's message: '%', CR and LF are the characters the runner decodes."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    """A workflow command's property value: also ':' and ',' which would end it."""
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(finding: Finding) -> str:
    command = "warning" if finding.status is Status.WARN else "error"
    title = f"factcheck {finding.kind.value} {finding.id}: {finding.verdict}"
    message = "\n".join(part for part in (finding.message, finding.detail, finding.explain) if part)
    properties = f"file={_escape_property(finding.file)},line={finding.line}"
    if finding.column > 1:
        properties += f",col={finding.column}"
    return f"::{command} {properties},title={_escape_property(title)}::{_escape_data(message)}"


class GithubFormatter(Formatter):
    name = "github"
    description = "GitHub Actions annotations and a job summary"

    def format(self, report: Report) -> str:
        lines = [annotation(f) for f in report.findings if f.status is not Status.PASS]
        lines.append(f"factcheck: {summary_line(report)}")  # the log line a CI reader looks for
        return "\n".join(lines) + "\n"

    def write(self, report: Report, stream: TextIO) -> None:
        stream.write(self.format(report))
        summary = os.environ.get("GITHUB_STEP_SUMMARY")
        if summary:
            try:
                append_text(Path(summary), markdown_report(report))
            except OutputError as error:
                raise OutputError(f"the job summary (GITHUB_STEP_SUMMARY): {error}") from None

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
