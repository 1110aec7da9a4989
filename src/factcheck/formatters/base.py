"""The formatter base class: every report format turns the same Report into text."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, ClassVar, TextIO

from factcheck.findings import BADNESS, ArticleResult, DraftFigure, DraftInfo, Edit, Finding, Kind, Report, Status
from factcheck.i18n import _, every_language, ngettext
from factcheck.model import stated_names
from factcheck.quantity.lazyre import lazy_compile
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


def verdict_text(finding: Finding) -> str:
    """The verdict in the reader's language; ``Finding.verdict`` stays the English word machine formats carry."""
    return {
        "holds": _("holds"),
        "consistent within precision": _("consistent within precision"),
        "fails": _("fails"),
        "warning": _("warning"),
        "error": _("error"),
    }[finding.verdict]


def summary_line(report: Report) -> str:
    """One line that says how the run went, shared by every human-facing format."""
    s = report.summary
    exact = sum(1 for f in report.findings if f.status is Status.PASS and f.exact)
    line = _("{articles}, {claims}, {rules}: {passed}, {failed}, {warnings}, {errors}").format(
        articles=ngettext("{count} article", "{count} articles", s.articles).format(count=s.articles),
        claims=ngettext("{count} claim", "{count} claims", s.claims).format(count=s.claims),
        rules=ngettext("{count} rule", "{count} rules", s.rules).format(count=s.rules),
        passed=_("{count} pass ({exact} hold, {within} consistent within precision)").format(
            count=s.passed, exact=exact, within=s.passed - exact
        ),
        failed=_("{count} fail").format(count=s.failed),
        warnings=ngettext("{count} warning", "{count} warnings", s.warned).format(count=s.warned),
        errors=ngettext("{count} error", "{count} errors", s.errors).format(count=s.errors),
    )
    clauses = []
    if report.coverage is not None:
        verified, figures = report.coverage
        if figures:
            clauses.append(
                _("coverage: {verified} of {figures} figures in the draft verified ({share:.0%})").format(
                    verified=verified, figures=figures, share=verified / figures
                )
            )
        else:
            clauses.append(_("coverage: no figures in the draft"))
    if report.disabled:
        count = len(report.disabled)
        clauses.append(ngettext("{count} switched off", "{count} switched off", count).format(count=count))
    if report.baseline is not None:
        accepted, fixed = len(report.baseline.accepted), len(report.baseline.fixed)
        known = ngettext(
            "{count} known failure accepted by {path}", "{count} known failures accepted by {path}", accepted
        ).format(count=accepted, path=report.baseline.path)
        if fixed:
            known = _("{accepted}, {fixed}").format(
                accepted=known,
                fixed=ngettext(
                    "{count} fixed since (--write-baseline drops it)",
                    "{count} fixed since (--write-baseline drops them)",
                    fixed,
                ).format(count=fixed),
            )
        clauses.append(known)
    for clause in clauses:
        line = _("{summary}; {clause}").format(summary=line, clause=clause)
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
    """The figure of a rule that states what the others are held to (the right of its comparison: the share in
    ``share(part, whole) == share``), else the first of its figures, in the article (or the draft); None when
    the report carries no marked text or none of the rule's claims was found in it."""
    view = article.draft or article.text
    if finding.kind is not Kind.RULE or view is None or not finding.claims:
        return None
    first = _first_figures(view)
    stated = set(stated_names(finding.check or ""))
    hits = [first[claim] for claim in finding.claims if claim in first and claim in stated]
    hits = hits or [first[claim] for claim in finding.claims if claim in first]
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


def edit_words(edit: Edit) -> str:
    """What a draft's edit did to a rule, in the reader's language."""
    return {
        Edit.NEW: _("newly failing"),
        Edit.ALREADY_FAILING: _("already failing in the verified article"),
        Edit.FIXED: _("fixed by the edit"),
        Edit.UNCHANGED: _("unchanged by the edit"),
    }[edit]


def edit_note(finding: Finding) -> str | None:
    """What a draft's edit did to a rule, in words; None for findings that are not rules re-run on a draft."""
    return edit_words(finding.edit) if finding.edit is not None else None


def evidence_note(finding: Finding) -> str | None:
    """For a rule a pattern proposed (scan, extract): that it is suggested and what its figures share in the text,
    which tells a reviewer how far to trust it; None for a rule written by hand or any other finding."""
    if finding.kind is not Kind.RULE or finding.suggested is None:
        return None
    words = {
        "clause": _("suggested, from one clause"),
        "sentence": _("suggested, from one sentence"),
        "table": _("suggested, from table cells"),
        "paragraph": _("suggested, figures in different sentences of one paragraph"),
        "across": _("suggested, figures in different paragraphs"),
    }
    # a rules file written before evidence was recorded (or by hand with suggested: alone) says only "suggested"
    return words.get(finding.evidence or "", _("suggested"))


def also_at(finding: Finding) -> str | None:
    """The second location of a finding located in a draft: where its rule (or claim) is written."""
    source = finding.defined_at
    return f"{source.file}:{source.line}" if source is not None else None


def one_line_message(finding: Finding) -> str:
    """A finding in one sentence: the gap as the editor thinks of it for a failed rule, else the message."""
    if finding.kind is Kind.RULE and finding.detail and finding.status is not Status.ERROR:
        return finding.detail
    if finding.detail:
        return _("{message}; {detail}").format(message=finding.message, detail=finding.detail)
    return finding.message


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
        where = f"{item.file}:{item.line}"
        if item.claim and item.reason:
            line = _("switched off: {id} for claim {claim}: {reason} ({where})")
        elif item.claim:
            line = _("switched off: {id} for claim {claim} ({where})")
        elif item.reason:
            line = _("switched off: {id}: {reason} ({where})")
        else:
            line = _("switched off: {id} ({where})")
        lines.append(line.format(id=item.id, claim=item.claim, reason=item.reason, where=where))
    return lines


def baseline_notes(report: Report) -> list[str]:
    """One note per baseline entry that no longer fails."""
    if report.baseline is None:
        return []
    return [
        _("fixed since the baseline: {id} ({article}); --write-baseline drops it from {path}").format(
            id=entry.id, article=entry.article, path=report.baseline.path
        )
        for entry in report.baseline.fixed
    ]


_SGR = lazy_compile(r"\x1b\[[0-9;]*m")  # the colours of a report written with --color


def _shape(template: str, fields: Mapping[str, str], upto: str | None = None) -> str:
    """A pattern for a message's text: each ``{field}`` becomes ``fields[field]`` (any text if not given), the
    rest is literal with its white space removed (a narrow terminal wraps lines, Chinese between any two
    characters); the message is cut before ``{upto}``."""
    if upto is not None:
        template = template.split("{" + upto + "}", 1)[0]
    parts = re.split(r"\{(\w+)\}", template)  # literal, field, literal, field, ..., literal
    return "".join(
        fields.get(part, ".*?") if index % 2 else re.escape("".join(part.split())) for index, part in enumerate(parts)
    )


def _any(patterns: Iterable[str]) -> str:
    return "(?:" + "|".join(sorted(set(patterns), key=lambda p: (-len(p), p))) + ")"


@functools.cache
def _summary_start() -> re.Pattern[str]:
    """How a summary line starts (``1 article, 65 claims, 26 rules: 25 pass``) in every language factcheck
    speaks, so that ``--output`` recognises an earlier report whichever language wrote it."""

    def counted(singular: str, plural: str) -> str:
        return _any(_shape(form, {"count": r"\d+"}) for form in every_language(singular, plural))

    fields = {
        "articles": counted("{count} article", "{count} articles"),
        "claims": counted("{count} claim", "{count} claims"),
        "rules": counted("{count} rule", "{count} rules"),
    }
    passed = _any(
        _shape(form, {"count": r"\d+"}, upto="exact")
        for form in every_language("{count} pass ({exact} hold, {within} consistent within precision)")
    )
    line = "{articles}, {claims}, {rules}: {passed}, {failed}, {warnings}, {errors}"
    return re.compile(_any(_shape(form, fields, upto="passed") for form in every_language(line)) + passed)


def starts_with_summary(line: str) -> bool:
    """Whether ``line`` starts as a :func:`summary_line` does, in any language factcheck speaks."""
    return _summary_start().match("".join(_SGR.sub("", line).split())) is not None


def ends_with_summary(text: str) -> bool:
    """Whether the last non-empty line of ``text`` is a :func:`summary_line` (the mark of a rich report).

    A Markdown report of no article ends with that line too (its heading tells it apart), and so does a
    text report, every line of which has the text format's shape.
    """
    # The summary is the last paragraph; a narrow terminal wraps it between words.
    last = " ".join(_SGR.sub("", text.rstrip().rsplit("\n\n", 1)[-1]).split())
    if not starts_with_summary(last) or text.startswith("### factcheck "):
        return False
    return not is_text_report(text) or " ".join(text.split()) == last


_FINDING_LINE = lazy_compile(r"^.*?:\d+:\d+: (?:error|warning) ")


@functools.cache
def _text_notes() -> re.Pattern[str]:
    """The notes a text report may hold besides its findings (switched off, fixed since the baseline)."""
    notes = (
        "switched off: {id} for claim {claim}: {reason} ({where})",
        "switched off: {id} for claim {claim} ({where})",
        "switched off: {id}: {reason} ({where})",
        "switched off: {id} ({where})",
        "fixed since the baseline: {id} ({article}); --write-baseline drops it from {path}",
    )
    return re.compile(
        _any(re.escape("".join(form.split("{", 1)[0].split())) for note in notes for form in every_language(note))
    )


def is_text_report(text: str) -> bool:
    """Whether every line of ``text`` has a text report's shape: ``file:line:col: severity id: message``,
    a note on what was switched off or fixed, or the summary line (a --quiet report may hold no summary)."""
    lines = [_SGR.sub("", line) for line in text.splitlines() if line.strip()]
    return bool(lines) and all(
        _FINDING_LINE.match(line) or _text_notes().match("".join(line.split())) or starts_with_summary(line)
        for line in lines
    )


def parse_json(text: str) -> Any:
    """``text`` as JSON, or None when it is not (used to recognise an earlier JSON report)."""
    import json

    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        return None
