"""The formatter base class: every report format turns the same Report into text."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar, TextIO

from factcheck.findings import BADNESS, Edit, Finding, Report, Status


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
    """Where a finding is: in the document's own terms when it is located in one (a draft), else file:line."""
    return finding.where or f"{finding.file}:{finding.line}"


EDIT_WORDS = {
    Edit.NEW: "newly failing",
    Edit.ALREADY_FAILING: "already failing in the verified article",
    Edit.FIXED: "fixed by the edit",
    Edit.UNCHANGED: "unchanged by the edit",
}


def edit_note(finding: Finding) -> str | None:
    """What a draft's edit did to a rule, in words; None for findings that are not rules re-run on a draft."""
    return EDIT_WORDS[finding.edit] if finding.edit is not None else None


def also_at(finding: Finding) -> str | None:
    """The second location of a finding located in a draft: where its rule (or claim) is written."""
    source = finding.defined_at
    return f"{source.file}:{source.line}" if source is not None else None
