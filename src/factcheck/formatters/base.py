"""The formatter base class: every report format turns the same Report into text."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar, TextIO

from factcheck.findings import BADNESS, Finding, Report, Status


class Formatter:
    """Formats a :class:`Report`.  Subclasses implement :meth:`format`; rich output overrides :meth:`write`."""

    name: ClassVar[str]
    description: ClassVar[str]
    needs_text: ClassVar[bool] = False  # wants the article text with its figures marked (HTML)

    def __init__(self, *, quiet: bool = False, color: bool = False, width: int | None = None) -> None:
        self.quiet = quiet
        self.color = color
        self.width = width

    def format(self, report: Report) -> str:
        raise NotImplementedError

    def write(self, report: Report, stream: TextIO) -> None:
        stream.write(self.format(report))


def summary_line(report: Report) -> str:
    """One line that says how the run went, shared by every human-facing format."""
    s = report.summary
    exact = sum(1 for f in report.findings if f.status is Status.PASS and f.exact)
    articles = f"{s.articles} article{'s' if s.articles != 1 else ''}"
    passed = f"{s.passed} pass ({exact} hold, {s.passed - exact} consistent within precision)"
    warnings = f"{s.warned} warning{'s' if s.warned != 1 else ''}"
    errors = f"{s.errors} error{'s' if s.errors != 1 else ''}"
    line = f"{articles}, {s.claims} claims, {s.rules} rules: {passed}, {s.failed} fail, {warnings}, {errors}"
    if report.coverage is not None:
        verified, figures = report.coverage
        share = f" ({verified / figures:.0%})" if figures else ""
        line += f"; coverage: {verified} of {figures} figures in the draft verified{share}"
    return line


def sorted_for_people(findings: Sequence[Finding]) -> list[Finding]:
    """Failures first, then errors, warnings and passes; file order within each."""
    return sorted(findings, key=lambda f: (-BADNESS[f.status], f.file, f.line, f.id))


def location(finding: Finding) -> str:
    """``file:line``, or ``file:where`` for a finding in a document (``report.pdf:p3:12``, ``d.docx:¶14``)."""
    return f"{finding.file}:{finding.where}" if finding.where else f"{finding.file}:{finding.line}"


def where_in_words(finding: Finding) -> str | None:
    """A document position that line and column numbers alone do not say (a PDF page, a Word paragraph)."""
    if finding.where and finding.where != f"{finding.line}:{finding.column}":
        return f"{finding.file}:{finding.where}"
    return None
