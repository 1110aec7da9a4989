"""The formatter base class: every report format turns the same Report into text."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, ClassVar, TextIO

from factcheck.findings import BADNESS, Finding, Report, Status
from factcheck.sanitize import visible_all


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

    def emit(self, report: Report, stream: TextIO) -> None:
        """Write ``report`` with every control character in it shown, not obeyed (see factcheck.sanitize).

        The one entry point the commands use: a format escapes for its own syntax, and no format ever
        passes an ANSI escape, a carriage return or a bidi override from the input to its reader.
        """
        self.write(visible_all(report), stream)

    @classmethod
    def owns_report(cls, text: str) -> bool:
        """Whether ``text`` (an existing file) is a report of this format, which ``--output`` may replace.

        Each format recognises the marker its own syntax carries; the default recognises nothing.
        """
        return False


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
    return f"{finding.file}:{finding.line}"


_SGR = re.compile(r"\x1b\[[0-9;]*m")  # the colours of a report written with --color
_SUMMARY_LINE = re.compile(r"^\d+ articles?, \d+ claims, \d+ rules: \d+ pass ")


def ends_with_summary(text: str) -> bool:
    """Whether the last non-empty line of ``text`` is a :func:`summary_line` (the mark of a text report).

    A Markdown report of no article ends with that line too; its heading tells it apart.
    """
    last = _SGR.sub("", text.rstrip().rsplit("\n", 1)[-1]).strip()
    return _SUMMARY_LINE.match(last) is not None and not text.startswith("### factcheck ")


def parse_json(text: str) -> Any:
    """``text`` as JSON, or None when it is not (used to recognise an earlier JSON report)."""
    import json

    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        return None
