"""Markdown (markdown-it-py, CommonMark with GitHub's pipe tables): markup stripped, structure kept.

- headings (``#`` and underlined) are heading hints; paragraphs, list items and block quotes are blocks;
- a paragraph hard-wrapped across lines is one line again (Chinese lines join with nothing between them);
- emphasis, links, inline code and image markup are stripped to their text; code blocks and link
  definitions are not article text and are left out;
- raw HTML is read as the HTML reader reads a page (a table set in HTML for its spans is a table, scripts
  and comments are no text); ``<sup>`` and ``<sub>`` as in a page (a note mark never joins its figure);
- pipe tables: each row one line, its cells joined by `` | ``;
- front matter (``---`` ... ``---``, as CMS exports write it) is left out; its ``title:`` is the title.

Positions are the Markdown file's own ``line:column``: each piece of text is found again in its source line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from factcheck.documents.builder import (
    LINE_BREAK,
    Builder,
    DocumentError,
    Piece,
    Position,
    break_joint,
    join_lines,
    superscript,
)
from factcheck.documents.model import Document
from factcheck.documents.text import decode_utf8
from factcheck.i18n import _

_FRONT_MATTER = re.compile(r"\A(?:---|\+\+\+)[ \t]*\n(.*?\n)(?:---|\+\+\+|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_ENCODED = set("&<>\"'\\*_`[]#!|~")
_RUNS = re.compile(r"[&<>\"'\\*_`\[\]#!|~]|[^&<>\"'\\*_`\[\]#!|~]+")
_TITLE = re.compile(r"""^title\s*[:=]\s*["']?(.*?)["']?\s*$""", re.MULTILINE)


def read(data: bytes, path: str) -> Document:
    from markdown_it import MarkdownIt

    source = decode_utf8(data, path).replace("\r\n", "\n").replace("\r", "\n")
    title = None
    front = _FRONT_MATTER.match(source)
    if front:
        found = _TITLE.search(front.group(1))
        title = found.group(1).strip() if found and found.group(1).strip() else None
        blank = "\n" * front.group(0).count("\n")
        source = blank + source[front.end() :]
    parser = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])
    try:
        tokens = parser.parse(source)
    except Exception:  # the parser accepts any text; this is a bug of the library, said plainly
        raise DocumentError(path, _("could not be read as Markdown")) from None
    lines = source.split("\n")
    builder = Builder(path, "md")
    _walk(tokens, lines, builder)
    return builder.document(title=title or builder.leading_heading())


def _walk(tokens: Sequence[Any], lines: list[str], builder: Builder) -> None:
    heading: int | None = None
    row: list[list[Piece]] | None = None
    for number, token in enumerate(tokens):
        kind = token.type
        if kind == "heading_open":
            heading = int(token.tag[1:])
        elif kind == "heading_close":
            heading = None
        elif kind == "tr_open":
            row = []
        elif kind == "tr_close":
            if row is not None:
                builder.row(row)
            row = None
        elif kind == "table_close":
            builder.end_table()
        elif kind == "inline":
            pieces = _inline(token, lines)
            if row is not None:
                row.append(pieces)
            else:
                builder.block(pieces, heading=heading)
        elif kind == "html_block" and token.map and row is None:
            from factcheck.documents.html import read_fragment  # only for a file with HTML in it

            read_fragment(token.content, builder, token.map[0] + 1)
        elif kind in ("fence", "code_block") and number >= 0:
            continue


def _inline(token: Any, lines: list[str]) -> list[Piece]:
    """The inline token's text as pieces, each found in the source from where the last one ended."""
    first, last = token.map if token.map else (0, 0)
    cursor = _Cursor(lines, first, last)
    paragraph: list[list[Piece]] = [[]]
    raised: list[Piece] | None = None  # the text inside <sup> or <sub>, until it closes
    lowered = False
    children = token.children or []
    for number, child in enumerate(children):
        kind = child.type
        if kind == "text" and _note_reference(children, number):
            continue  # [^2] after 10, as GitHub and Pandoc write a footnote mark: never 10^2
        if kind == "html_inline" and raised is None and _RAISED.match(child.content):
            raised, lowered = [], child.content[2:4].lower() == "ub"
        elif kind == "html_inline" and raised is not None and _RAISED_END.match(child.content):
            paragraph[-1].extend(_small(paragraph[-1], raised, lowered))
            raised = None
        elif kind == "html_inline" and _BREAK.match(child.content):
            paragraph[-1].append(Piece(LINE_BREAK))  # asked for, in a table cell too: 85<br>120 is two figures
        elif kind in ("softbreak", "hardbreak"):
            paragraph.append([])
        elif kind in ("text", "code_inline"):
            (paragraph[-1] if raised is None else raised).extend(cursor.pieces(child.content))
        elif kind == "image":
            paragraph[-1].extend(cursor.pieces("".join(c.content for c in child.children or [])))
    if raised:  # never closed: plain text
        paragraph[-1].extend(raised)
    joined = join_lines(paragraph)
    for number, piece in enumerate(joined):
        if piece.text == LINE_BREAK:
            before = "".join(p.text for p in joined[:number]).rstrip()
            after = "".join(p.text for p in joined[number + 1 :]).lstrip()
            joined[number] = Piece(break_joint(before, after) if before and after else "")
    return joined


def _note_reference(children: Sequence[Any], number: int) -> bool:
    """Whether the text at ``number`` is the label of a footnote reference (``[^1]``, a link to ``[^1]: ...``)."""
    return (
        0 < number < len(children) - 1
        and children[number - 1].type == "link_open"
        and children[number + 1].type == "link_close"
        and re.fullmatch(r"\^[^\s\]]+", children[number].content) is not None
    )


_RAISED = re.compile(r"<su[pb](?:\s[^>]*)?>$", re.IGNORECASE)
_RAISED_END = re.compile(r"</su[pb]\s*>$", re.IGNORECASE)
_BREAK = re.compile(r"<br\s*/?>$", re.IGNORECASE)
_SUBSCRIPT_DIGITS = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")


def _small(before: list[Piece], pieces: list[Piece], lowered: bool) -> list[Piece]:
    """Inline HTML ``<sup>`` as the other readers read it (a note mark after ``9,040`` is left out, never read
    as ``9,0404``; ``10<sup>6</sup>`` is a power), ``<sub>`` digits set as subscripts (``CO₂``, never 52)."""
    text = "".join(p.text for p in pieces)
    if not text.strip():
        return []
    at = next((p.at for p in pieces if p.at is not None), None)
    if lowered:
        return [Piece(text.strip().translate(_SUBSCRIPT_DIGITS), at)]
    mark = superscript("".join(p.text for p in before[-4:]).rstrip(), text)
    return [Piece(mark, at)] if mark else []


class _Cursor:
    """Where the text of a block was last found in its source lines (0-based line, 0-based column)."""

    def __init__(self, lines: list[str], first: int, last: int) -> None:
        self.lines = lines
        self.line = first
        self.column = 0
        self.last = max(last, first + 1)

    def pieces(self, text: str) -> list[Piece]:
        """``text`` found in the source; where the source escaped or encoded some of it, run by run."""
        at = self.find(text)
        if at is not None or not text:
            return [Piece(text, at)]
        return [Piece(run, self.find(run) if run not in _ENCODED else None) for run in _RUNS.findall(text)]

    def find(self, text: str) -> Position | None:
        if not text:
            return None
        line, column = self.line, self.column
        while line < min(self.last, len(self.lines)):
            found = self.lines[line].find(text, column)
            if found >= 0:
                self.line, self.column = line, found + len(text)
                return Position(line + 1, found + 1)
            line, column = line + 1, 0
        return None  # escaped or entity-encoded in the source: the column continues from the last piece
