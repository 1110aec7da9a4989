"""The formatter base class: every report format turns the same Report into text."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, TextIO

from factcheck.findings import BADNESS, ArticleResult, DraftFigure, DraftInfo, Edit, Finding, Kind, Report, Status
from factcheck.sanitize import visible_all


class Formatter:
    """Formats a :class:`Report`.  Subclasses implement :meth:`format`; rich output overrides :meth:`write`."""

    name: ClassVar[str]
    description: ClassVar[str]
    needs_text: ClassVar[bool] = False  # wants the article text with its figures marked (HTML)
    locates_in_text: ClassVar[bool] = False  # points failing rules at the article's line (text, github)

    def __init__(
        self,
        *,
        quiet: bool = False,
        color: bool = False,
        width: int | None = None,
        passes: bool = True,
        settings: Mapping[str, str] | None = None,
    ) -> None:
        self.quiet = quiet  # only what did not pass; nothing but the summary when everything passed
        self.color = color
        self.width = width
        self.passes = passes and not quiet  # list what passed too
        self.settings: Mapping[str, str] = settings or {}  # format-specific settings (claimreview: publisher...)

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
    if report.disabled:
        count = len(report.disabled)
        line += f"; {count} switched off" if count != 1 else "; 1 switched off"
    if report.baseline is not None:
        accepted, fixed = len(report.baseline.accepted), len(report.baseline.fixed)
        known = f"{accepted} known failure{'s' if accepted != 1 else ''}"
        line += f"; {known} accepted by {report.baseline.path}"
        if fixed:
            line += f", {fixed} fixed since (--write-baseline drops {'them' if fixed != 1 else 'it'})"
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


def article_figure(article: ArticleResult, finding: Finding) -> DraftFigure | None:
    """The first of a rule's figures in the article (or the draft), or None when the report carries no marked
    text or none of the rule's claims was found in it."""
    view = article.draft or article.text
    if finding.kind is not Kind.RULE or view is None or not finding.claims:
        return None
    first = _first_figures(view)
    hits = [first[claim] for claim in finding.claims if claim in first]
    return min(hits, key=lambda figure: figure.start) if hits else None


_FIRST_FIGURES: list[tuple[DraftInfo, dict[str, DraftFigure]]] = []  # the last few views' indexes


def _first_figures(view: DraftInfo) -> dict[str, DraftFigure]:
    """Each claim's first figure in ``view``, indexed once per view, so locating every finding of a long
    article stays linear (it was a scan of all its figures per finding)."""
    for cached, known_index in _FIRST_FIGURES:
        if cached is view:
            return known_index
    index: dict[str, DraftFigure] = {}
    for figure in view.figures:
        if figure.claim is not None:
            known = index.get(figure.claim)
            if known is None or figure.start < known.start:
                index[figure.claim] = figure
    _FIRST_FIGURES.append((view, index))
    del _FIRST_FIGURES[:-4]
    return index


def article_location(article: ArticleResult, finding: Finding) -> tuple[str, int, int] | None:
    """Where a rule's figures stand in the article (or the draft): the first of them, as file, line, column."""
    figure = article_figure(article, finding)
    view = article.draft or article.text
    if figure is None or view is None:
        return None
    return view.path, figure.line, figure.column


def primary_location(article: ArticleResult, finding: Finding) -> tuple[str, int, int]:
    """Where a reader should look first: the article's line for a rule, else where the finding was raised.

    A rule re-run on a draft is already located there, at the edited figure it rests on (its own file and
    line in ``defined_at``): that place stands.
    """
    if finding.defined_at is not None:
        return finding.file, finding.line, finding.column
    return article_location(article, finding) or (finding.file, finding.line, finding.column)


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


def one_line_message(finding: Finding) -> str:
    """A finding in one sentence: the gap as the editor thinks of it for a failed rule, else the message."""
    if finding.kind is Kind.RULE and finding.detail and finding.status is not Status.ERROR:
        return finding.detail
    return f"{finding.message}; {finding.detail}" if finding.detail else finding.message


_BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def escape_controls(text: str) -> str:
    """Control and bidirectional-override characters as visible escapes (\\x1b, \\u202e), so a line printed
    to a terminal or a log is exactly the line that was written."""
    out = []
    for char in text:
        code = ord(char)
        if code < 0x20 or code == 0x7F or 0x80 <= code < 0xA0:
            out.append(f"\\x{code:02x}")
        elif char in _BIDI_CONTROLS:
            out.append(f"\\u{code:04x}")
        else:
            out.append(char)
    return "".join(out)


def switched_off_lines(report: Report) -> list[str]:
    """What was switched off and why, one line each: ``quote-in-article for claim x: reason (file:line)``."""
    lines = []
    for item in report.disabled:
        target = f"{item.id} for claim {item.claim}" if item.claim else item.id
        reason = f": {item.reason}" if item.reason else ""
        lines.append(f"switched off: {target}{reason} ({item.file}:{item.line})")
    return lines


def baseline_notes(report: Report) -> list[str]:
    """One note per baseline entry that no longer fails."""
    if report.baseline is None:
        return []
    return [
        f"fixed since the baseline: {entry.id} ({entry.article}); --write-baseline drops it from {report.baseline.path}"
        for entry in report.baseline.fixed
    ]


_SGR = re.compile(r"\x1b\[[0-9;]*m")  # the colours of a report written with --color
_SUMMARY_LINE = re.compile(r"^\d+ articles?, \d+ claims, \d+ rules: \d+ pass ")


def ends_with_summary(text: str) -> bool:
    """Whether the last non-empty line of ``text`` is a :func:`summary_line` (the mark of a rich report).

    A Markdown report of no article ends with that line too (its heading tells it apart), and so does a
    text report, every line of which has the text format's shape.
    """
    # The summary is the last paragraph; a narrow terminal wraps it between words.
    last = " ".join(_SGR.sub("", text.rstrip().rsplit("\n\n", 1)[-1]).split())
    if _SUMMARY_LINE.match(last) is None or text.startswith("### factcheck "):
        return False
    return not is_text_report(text) or " ".join(text.split()) == last


_TEXT_LINE = re.compile(
    r"^.*?:\d+:\d+: (?:error|warning) "
    r"|^switched off: |^fixed since the baseline: "
    r"|^\d+ articles?, \d+ claims, \d+ rules: "
)


def is_text_report(text: str) -> bool:
    """Whether every line of ``text`` has a text report's shape: ``file:line:col: severity id: message``,
    a note on what was switched off or fixed, or the summary line (a --quiet report may hold no summary)."""
    lines = [_SGR.sub("", line) for line in text.splitlines() if line.strip()]
    return bool(lines) and all(_TEXT_LINE.match(line) for line in lines)


def parse_json(text: str) -> Any:
    """``text`` as JSON, or None when it is not (used to recognise an earlier JSON report)."""
    import json

    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        return None
