"""The editor's view of a draft in the rich report: what the edit did, sentence by sentence, then rule by rule.

By default it is compact: the sentences holding a changed, reworded or unverified figure (each wrapped to the
terminal's width, the figure highlighted) with what happened to each figure under them, the claims that went
missing, and the rules the edit broke, already broke or fixed, each quoting the draft's own text.  With
``--verbose`` the rules that still hold and the derived values follow.

Lines are wrapped and styled here rather than by rich's layout engine: a long draft may hold tens of
thousands of unverified figures, and this view must stay linear in the size of the draft.
"""

from __future__ import annotations

import bisect
import re
import string
import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from factcheck.findings import ArticleResult, DraftClaim, DraftInfo, Edit, Finding, Kind, Status
from factcheck.formatters.base import edit_note, escape_controls, location, verdict_text
from factcheck.i18n import _, ngettext
from factcheck.quantity.normalize import normalize

if TYPE_CHECKING:  # rich is imported only when a rich report is written
    from rich.console import Console

Piece = tuple[str, str | None]  # text and its rich style

FIGURE_STYLES = {
    "changed": "bold white on red",
    "reworded": "black on cyan",
    "unverified": "black on yellow",
    "verified": "green",
}
KINDS = {
    Kind.CHANGED: ("✘", "bold red", "changed"),
    Kind.REWORDED: ("≈", "cyan", "reworded"),
    Kind.MISSING: ("⚠", "yellow", "missing"),
    Kind.UNVERIFIED: ("⚠", "yellow", "unverified"),
}
EDITS = {
    Edit.NEW: ("✘", "bold red", "newly failing"),
    Edit.ALREADY_FAILING: ("⚠", "yellow", "already failing in the verified article"),
    Edit.FIXED: ("✔", "bold green", "fixed by the edit"),
    Edit.UNCHANGED: ("✔", "green", "holds"),
}
DRAFT_KINDS = tuple(KINDS)


def kind_word(kind: Kind) -> str:
    """What happened to a draft's figure, in the reader's language (KINDS keeps the English word)."""
    return {
        Kind.CHANGED: _("changed"),
        Kind.REWORDED: _("reworded"),
        Kind.MISSING: _("missing"),
        Kind.UNVERIFIED: _("unverified"),
    }[kind]


def _styled(template: str, words: str | None = None, **fields: Piece) -> list[Piece]:
    """A translated sentence as pieces: its own words in the style ``words``, each {field} as the piece given."""
    pieces: list[Piece] = []
    for literal, name, _spec, _conversion in string.Formatter().parse(template):
        if literal:
            pieces.append((literal, words))
        if name is not None:
            pieces.append(fields[name])
    return pieces


_STOPS = re.compile("[。！？!?；;\n]")
_INDENT = "    "


class _Lines:
    """Writes wrapped, styled lines to the console's stream, in colour only when the console has colour."""

    def __init__(self, console: Console) -> None:
        self.console = console
        self.width = max(20, console.width)
        self.color = console.color_system is not None and not console.no_color
        self.chunks: list[str] = []

    def style(self, text: str, style: str | None) -> str:
        if not text.isprintable():  # the draft is untrusted: no escape sequence of its own reaches the terminal
            text = escape_controls(text)
        if not style or not self.color or not text:
            return text
        return _render(style, text, self.console.color_system or "standard")

    def line(self, pieces: Sequence[Piece], indent: str = "", hanging: str | None = None) -> None:
        """Wrap ``pieces`` to the console's width: ``indent`` on the first line, ``hanging`` after it."""
        later = indent if hanging is None else hanging
        for number, row in enumerate(wrap(pieces, self.width, _cells(indent), _cells(later))):
            lead = indent if number == 0 else later
            if row:
                row[-1] = (row[-1][0].rstrip(), row[-1][1])  # no trailing spaces
            self.chunks.append(lead + "".join(self.style(text, style) for text, style in row) + "\n")

    def blank(self) -> None:
        self.chunks.append("\n")

    def flush(self) -> None:
        self.console.file.write("".join(self.chunks))
        self.chunks = []


@lru_cache(maxsize=64)
def _style(style: str) -> object:
    from rich.style import Style

    return Style.parse(style)


def _render(style: str, text: str, color_system: str) -> str:
    from rich.color import ColorSystem
    from rich.style import Style

    parsed = _style(style)
    assert isinstance(parsed, Style)
    systems = {
        "standard": ColorSystem.STANDARD,
        "256": ColorSystem.EIGHT_BIT,
        "truecolor": ColorSystem.TRUECOLOR,
        "windows": ColorSystem.WINDOWS,
    }
    return parsed.render(text, color_system=systems.get(color_system, ColorSystem.STANDARD))


@lru_cache(maxsize=8192)
def _char_cells(char: str) -> int:
    if unicodedata.combining(char):
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def _cells(text: str) -> int:
    if text.isascii():
        return len(text)
    return sum(map(_char_cells, text))


_ATOMIC = 24  # a styled piece up to this wide (a figure) is never broken across rows
_CLOSING = frozenset("，。、；：！？）》」』”’,.;:!?)]}%")


def _wordish(char: str) -> bool:
    """Part of a Latin word or an Arabic number, which a row never breaks."""
    return char.isascii() and (char.isalnum() or char in "_.,%:/+-")


def _fit(text: str, room: int) -> int:
    """How much of ``text`` goes on a row with ``room`` cells left: never inside a Latin word or a number, never
    leaving closing punctuation to start the next row.  0 when nothing may go there."""
    used = 0
    end = 0
    while end < len(text):
        cells = _char_cells(text[end])
        if used + cells > room:
            break
        used += cells
        end += 1
    if end >= len(text):
        return len(text)
    if _wordish(text[end]):
        while end > 0 and _wordish(text[end - 1]):
            end -= 1
    while 0 < end < len(text) and text[end] in _CLOSING:
        end -= 1
    return end


def _spaces_apart(pieces: Sequence[Piece]) -> list[Piece]:
    """A styled piece's leading and trailing spaces as pieces of their own: a row may end or start at them,
    so only the figure itself counts when deciding whether it fits a row whole."""
    apart: list[Piece] = []
    for text, style in pieces:
        core = text.strip(" ")
        if style is None or not core or core == text:
            apart.append((text, style))
            continue
        lead = text[: len(text) - len(text.lstrip(" "))]
        trail = text[len(lead) + len(core) :]
        apart.extend((part, style) for part in (lead, core, trail) if part)
    return apart


def wrap(pieces: Sequence[Piece], width: int, first: int = 0, later: int = 0) -> list[list[Piece]]:
    """Pieces broken into rows that fit ``width`` cells (less the indents): never inside a styled piece that
    fits a row, never before closing punctuation, never inside a Latin word or an Arabic number.  Only a piece
    that crosses a row's end is walked character by character, so long drafts wrap in linear time."""
    rows: list[list[Piece]] = [[]]
    used = first

    def new_row() -> None:
        nonlocal used
        rows.append([])
        used = later

    for text, style in _spaces_apart(pieces):
        moved = False
        while text:
            if not rows[-1]:
                text = text.lstrip(" ")
                if not text:
                    break
            cells = _cells(text)
            if used + cells <= width:
                rows[-1].append((text, style))
                used += cells
                break
            if style is not None and cells <= min(_ATOMIC, width - max(first, later)):
                if rows[-1]:
                    new_row()
                    continue
                rows[-1].append((text, style))  # a figure wider than the room left on a fresh row
                used += cells
                break
            end = _fit(text, width - used)
            if end == 0 and rows[-1]:
                carried: list[Piece] = []
                if text[0] in _CLOSING and not moved:
                    moved = True  # closing punctuation never starts a row: what stands before it goes down too
                    last, last_style = rows[-1].pop()
                    if last_style is not None and _cells(last) <= _ATOMIC:
                        carried = [(last, last_style)]
                    else:
                        if last[:-1]:
                            rows[-1].append((last[:-1], last_style))
                        carried = [(last[-1], last_style)]
                    if not rows[-1]:
                        rows[-1].extend(carried)  # nothing would be left on the row: leave it as it was
                        carried = []
                new_row()
                rows[-1].extend(carried)
                used = later + sum(_cells(t) for t, _ in carried)
                continue
            if end == 0:
                end = 1  # a word wider than a whole row: fold it
                while end < len(text) and _cells(text[: end + 1]) <= width - used:
                    end += 1
            rows[-1].append((text[:end], style))
            used += _cells(text[:end])
            text = text[end:]
            if text:
                new_row()
    return [_merge(row) for row in rows if row]


def _merge(row: list[Piece]) -> list[Piece]:
    """Adjacent pieces of one style as one piece (fewer escape sequences)."""
    merged: list[Piece] = []
    for text, style in row:
        if merged and merged[-1][1] == style:
            merged[-1] = (merged[-1][0] + text, style)
        else:
            merged.append((text, style))
    return merged


class _Sentences:
    """Sentence boundaries of a draft, found once: each sentence ends at 。！？；, a line break or the end."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.stops = [m.start() for m in _STOPS.finditer(text)]

    def around(self, offset: int) -> tuple[int, int]:
        index = bisect.bisect_left(self.stops, offset)
        start = self.stops[index - 1] + 1 if index > 0 else 0
        if index < len(self.stops):
            stop = self.stops[index]
            end = stop + 1 if self.text[stop] != "\n" else stop
        else:
            end = len(self.text)
        return start, end


def _highlighted(draft: DraftInfo, starts: list[int], start: int, end: int) -> list[Piece]:
    """The draft's text from ``start`` to ``end`` with each figure in it styled by what happened to it."""
    pieces: list[Piece] = []
    cursor = start
    for index in range(bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)):
        figure = draft.figures[index]
        if figure.end > end:
            break
        pieces.append((draft.text[cursor : figure.start], None))
        pieces.append((draft.text[figure.start : figure.end], FIGURE_STYLES.get(figure.status)))
        cursor = figure.end
    pieces.append((draft.text[cursor:end], None))
    return [(text.replace("\n", " "), style) for text, style in pieces if text]


_COMMAS = str.maketrans("，、；;。！？!?", ",,,,,,,,,")


def _sentence_label(draft: DraftInfo, starts: list[int], start: int) -> str:
    """Where a sentence stands, as its first figure's place says: the line (23), the paragraph (¶23), the page
    and line (p3:12)."""
    index = min(bisect.bisect_left(starts, start), len(draft.figures) - 1)
    if index < 0:
        return ""
    figure = draft.figures[index]
    if figure.where and figure.where != f"{figure.line}:{figure.column}":
        return figure.where
    return str(figure.line)


def _fold(text: str) -> str:
    return "".join(normalize(text).split()).translate(_COMMAS)


def reworded(draft_text: str, verified_quote: str) -> bool:
    """Whether the draft's words differ from the verified quote's (whitespace, width and commas aside): then
    the verified quote is shown beside the draft's."""
    return _fold(draft_text) != _fold(verified_quote)


def write_draft(console: Console, article: ArticleResult, *, verbose: bool = False, quiet: bool = False) -> bool:
    """The draft view of one article: header, figures sentence by sentence, rules, derived values.

    With ``quiet``, a draft the edit left entirely as verified takes no room.  Returns whether it wrote.
    """
    draft = article.draft
    assert draft is not None
    if quiet and not any(f.status is not Status.PASS or f.edit is Edit.FIXED for f in article.findings):
        return False
    out = _Lines(console)
    out.line([(article.title, "bold"), ("  ", None), (article.id, "dim")])
    for path in (article.claims_file, article.rules_file):
        if path:
            out.line([(path, "dim")])
    counted = _("{claims} · {rules}").format(
        claims=ngettext("{count} claim", "{count} claims", article.claims).format(count=article.claims),
        rules=ngettext("{count} rule", "{count} rules", article.rules).format(count=article.rules),
    )
    out.line([(counted, "dim")])
    figures = [f for f in article.findings if f.kind in DRAFT_KINDS]
    counts = {kind: sum(1 for f in figures if f.kind is kind) for kind in KINDS}
    verified, total = draft.coverage
    out.line(
        [
            (
                _("draft {path}: {verified} of {total} figures verified").format(
                    path=draft.path, verified=verified, total=total
                ),
                "bold",
            ),
            (" · ", None),
            (
                _("{changed} changed · {reworded} reworded · {missing} missing · {unverified} unverified").format(
                    changed=counts[Kind.CHANGED],
                    reworded=counts[Kind.REWORDED],
                    missing=counts[Kind.MISSING],
                    unverified=counts[Kind.UNVERIFIED],
                ),
                None,
            ),
        ]
    )
    places = draft.by_claim()
    starts = [f.start for f in draft.figures]
    _figures(out, draft, figures, places, starts)
    _rules(out, article, draft, places, starts, verbose=verbose)
    if verbose and article.derived:
        out.blank()
        out.line([(_("derived values (with the draft's figures)"), "bold")])
        for derived in article.derived:
            value = derived.display if derived.error is None else f"? ({derived.error})"
            out.line([(derived.id, "cyan"), (f" = {value}", None), (f"  {derived.expression}", "dim")], "  ", _INDENT)
    out.flush()
    return True


def _offset(finding: Finding, places: dict[str, DraftClaim], at: dict[tuple[int, int], int]) -> int:
    if finding.claims and finding.claims[0] in places:
        place = places[finding.claims[0]]
        return place.figure_start if place.figure_start is not None else place.start
    return at.get((finding.line, finding.column), 0)


def _figures(
    out: _Lines, draft: DraftInfo, findings: list[Finding], places: dict[str, DraftClaim], starts: list[int]
) -> None:
    """Each sentence with a changed, reworded or unverified figure, then what happened to each figure in it."""
    if not findings:
        return
    at = {(f.line, f.column): f.start for f in draft.figures}
    sentences = _Sentences(draft.text)
    located = sorted(((_offset(f, places, at), f) for f in findings), key=lambda item: (item[0], item[1].id))
    current: tuple[int, int] | None = None
    for offset, finding in located:
        mark, style, _word = KINDS[finding.kind]
        word = kind_word(finding.kind)
        place = places.get(finding.claims[0]) if finding.claims else None
        gone = finding.kind is Kind.MISSING and (place is None or place.figure_start is None)
        if not gone:
            span = sentences.around(offset)
            if span != current:
                out.blank()
                gutter = f"{_sentence_label(draft, starts, span[0]):>4} │ "
                out.line(_highlighted(draft, starts, *span), gutter, " " * (_cells(gutter) - 2) + "│ ")
                current = span
        where = f"{finding.file}:{finding.where or f'{finding.line}:{finding.column}'}"
        pieces: list[Piece] = [(mark, style), (" ", None), (where, "dim"), (" ", None), (word, style), (" ", None)]
        if finding.kind is Kind.UNVERIFIED:
            pieces.append((finding.message, None))
        elif gone:
            out.blank()
            current = None
            claim = finding.claims[0] if finding.claims else ""
            quote = place.quote if place is not None else ""
            pieces += _styled(
                _("{claim}: not in the draft: {quote}"), claim=(claim, "cyan"), quote=(f"“{quote}”", "italic")
            )
        else:
            pieces.append((finding.message, None))
            if finding.detail:
                pieces.append((f" · {finding.detail}", style))
        out.line(pieces, "  ", _INDENT)


def _rules(
    out: _Lines,
    article: ArticleResult,
    draft: DraftInfo,
    places: dict[str, DraftClaim],
    starts: list[int],
    *,
    verbose: bool,
) -> None:
    """Rules the edit broke first, then those it found broken, then those it fixed; with ``verbose``, the rest."""
    rules = [f for f in article.findings if f.kind in (Kind.RULE, Kind.CLAIM)]
    order = {Edit.NEW: 0, Edit.ALREADY_FAILING: 1, Edit.FIXED: 2, Edit.UNCHANGED: 3}
    shown = [f for f in rules if verbose or f.status is not Status.PASS or f.edit is Edit.FIXED]
    shown.sort(key=lambda f: (order.get(f.edit, 0) if f.edit else 0, f.line, f.column, f.id))
    if not shown:
        if rules:
            out.blank()
            none_broken = ngettext(
                "rules: the edit breaks none of the {count} rule",
                "rules: the edit breaks none of the {count} rules",
                len(rules),
            ).format(count=len(rules))
            out.line([(none_broken, "green")])
        return
    out.blank()
    out.line([(_("rules · what the edit did"), "bold")])
    for finding in shown:
        mark, style, _words = EDITS.get(finding.edit or Edit.NEW, EDITS[Edit.NEW])
        if finding.edit is None and finding.status is Status.PASS:
            mark, style = EDITS[Edit.UNCHANGED][:2]
        words = edit_note(finding) or verdict_text(finding)
        if finding.edit is Edit.UNCHANGED:
            words = verdict_text(finding)
        where = location(finding)
        pieces: list[Piece] = [(mark, style), (" ", None), (finding.id, "cyan"), (" · ", None), (words, style)]
        pieces += [(" · ", None), (where, "dim")]
        if finding.defined_at is not None:
            pieces.append((f" · {finding.defined_at.file}:{finding.defined_at.line}", "dim"))
        out.line(pieces, "", "  ")
        out.line([(finding.message, None)], "  ", _INDENT)
        if finding.status is Status.PASS and finding.edit is not Edit.FIXED:
            continue
        if finding.detail:
            out.line([(finding.detail, style)], "  ", _INDENT)
        if finding.explain:
            out.line([(finding.explain, "dim")], "  ", _INDENT)
        for claim in finding.claims:
            _quote(out, draft, places.get(claim), article.quotes.get(claim), starts)


def _quote(out: _Lines, draft: DraftInfo, place: DraftClaim | None, verified: str | None, starts: list[int]) -> None:
    """A claim as the draft writes it, its figure highlighted; the verified quote beside it where it differs."""
    if place is None or place.figure_start is None:
        if verified is not None:
            out.line([(f"“{verified}”", "italic"), ("  ", None), (_("not in the draft"), "yellow")], "  ", _INDENT)
        return
    start, end = min(place.start, place.figure_start), max(place.end, place.figure_end or place.end)
    pieces: list[Piece] = [("“", None), *_highlighted(draft, starts, start, end), ("”", None)]
    if verified is not None and reworded(draft.text[start:end], verified):
        pieces += [("  ", None), *_styled(_("verified: {quote}"), "dim", quote=(f"“{verified}”", "dim italic"))]
    out.line(pieces, "  ", _INDENT)
