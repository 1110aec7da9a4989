"""What every reader shares: the canonical text built block by block, with its anchors and markup hints.

A reader hands the builder *pieces*: runs of text that continue the file at a known position. The builder
lays them out one block per line (a paragraph, a heading or a table row), puts an anchor wherever a piece
does not simply continue the one before it, and records headings and tables as spans of the text.

``line_break`` decides how two lines of one paragraph join again, the same for every format: Chinese lines
join with nothing between them (a figure broken across a line, ``14.`` / ``4万吨``, is one figure again), a
word hyphenated at a line end loses its hyphen, and English lines join with a space.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import field

from factcheck.documents.model import Anchor, Document, Heading, Table, TableRow
from factcheck.errors import FactcheckError
from factcheck.i18n import _
from factcheck.quantity.lazyre import lazy_compile
from factcheck.records import MutableRecord, Record, mutable_record, record, set_field

MAX_TEXT_CHARS = 10_000_000  # the canonical text of one document, whatever its format
CELL_SEPARATOR = " | "


class DocumentError(FactcheckError):
    """A document that cannot be read: ``path: what is wrong and what to do`` (exit 2)."""

    def __init__(self, path: str, message: str, line: int | None = None, column: int = 1) -> None:
        where = f"{path}:{line}:{column}" if line is not None else path
        super().__init__(f"{where}: {message}")
        self.path = path
        self.line = line
        self.column = column
        self.reason = message


@record
class Position(Record):
    """A place in the file, in its own terms: line and column, plus the page (PDF) or paragraph (Word)."""

    line: int
    column: int = 1
    page: int | None = None
    paragraph: int | None = None
    part: str | None = None

    def __init__(
        self,
        line: int,
        column: int = 1,
        page: int | None = None,
        paragraph: int | None = None,
        part: str | None = None,
    ) -> None:
        set_field(self, "line", line)
        set_field(self, "column", column)
        set_field(self, "page", page)
        set_field(self, "paragraph", paragraph)
        set_field(self, "part", part)

    def after(self, text: str) -> Position:
        """Where the file continues once ``text`` has been read (a newline in it moves to the next line)."""
        breaks = text.count("\n")
        if breaks:
            return Position(self.line + breaks, len(text) - text.rfind("\n"), self.page, self.paragraph, self.part)
        return Position(self.line, self.column + len(text), self.page, self.paragraph, self.part)


@record
class Piece(Record):
    """A run of text that continues the file at ``at``; ``at`` None: text the reader made (a separator)."""

    text: str
    at: Position | None = None

    def __init__(
        self,
        text: str,
        at: Position | None = None,
    ) -> None:
        set_field(self, "text", text)
        set_field(self, "at", at)


def is_cjk(char: str) -> bool:
    """Chinese characters, CJK punctuation and full-width forms: lines between them join with nothing."""
    code = ord(char)
    return (
        0x3000 <= code <= 0x303F
        or 0x3400 <= code <= 0x4DBF
        or 0x4E00 <= code <= 0x9FFF
        or 0xF900 <= code <= 0xFAFF
        or 0xFF00 <= code <= 0xFFEF
        or 0x2E80 <= code <= 0x2FDF
        or 0x20000 <= code <= 0x2FA1F
        or char in "“”‘’…—·"
    )


_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_WORD_BEFORE_HYPHEN = lazy_compile(r"([A-Za-z]+)-$")


def line_break(before: str, after: str) -> tuple[int, str]:
    """How a paragraph's line ending in ``before`` joins the next line, starting with ``after``.

    Returns how many characters to drop from the end of ``before`` (a hyphen that only split a word) and
    the separator to insert.
    """
    if not before or not after:
        return 0, ""
    last, first = before[-1], after[0]
    if is_cjk(last) or is_cjk(first):
        return 0, ""
    if last == "-":
        word = _WORD_BEFORE_HYPHEN.search(before)
        if word and first.islower() and word.group(1).lower() not in _TENS:
            return 1, ""  # approxi- / mately
        return 0, ""  # 2016- / 2020, twenty- / five, COVID- / 19 keep their hyphen
    if chinese_context(before) and (last.isdigit() or last in ".,%∶") and (first.isdigit() or first in ".,%∶"):
        return 0, ""  # a figure of a Chinese sentence broken across a line: 17 / 59起
    group = _SPACED_GROUP.search(before)
    if group and re.match(rf"\d{{{3 - len(group.group(1))}}}(?!\d)", after):
        return 0, ""  # a figure grouped by spaces broken inside its last group: 131 5 / 10件 is 131 510件
    return 0, " "


# A Chinese sentence's figure grouped in threes by spaces (GB/T 15835: 131 510件), its last group cut short by a
# line end: the digits that group still lacks start the next line.
_SPACED_GROUP = lazy_compile(
    r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]\d{1,3}(?:[ \u2009\u202f\u00a0]\d{3})*[ \u2009\u202f\u00a0](\d{1,2})$"
)
_SUPERSCRIPT_DIGITS = str.maketrans("0123456789-+", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺")
_TEN_BEFORE = lazy_compile(r"(?:^|[^\d.,])10\s*$")
_UNIT_BEFORE = lazy_compile(r"(?:^|[^A-Za-z])(?:[kcmd]?m|ft|in|mi|yd|km|s)\s*$")
_ORDINAL = {"st", "nd", "rd", "th"}


def superscript(before: str, mark: str) -> str:
    """What a superscript ``mark`` set right after ``before`` becomes in the canonical text.

    A footnote mark never joins the figure it follows (``12.5%¹``, ``45,000¹`` would read 12.51% or 450,001):
    digits after anything but ``10`` or a unit of length are a note mark and are left out; ``10⁶`` and ``km²``
    keep their superscript digits (which the figure reader reads as a power); an ordinal ending (``1st``) is
    kept as written; anything else set small and raised (``*``, ``†``, ``a``, ``[1]``, ``[note 3]``) is a mark.
    """
    text = mark.strip()
    if not text:
        return ""
    if re.fullmatch(r"[-+]?\d{1,3}", text):
        if _TEN_BEFORE.search(before) or _UNIT_BEFORE.search(before):
            return text.translate(_SUPERSCRIPT_DIGITS)
        return ""
    if text.lower() in _ORDINAL and before[-1:].isdigit():
        return text
    return ""


def chinese_context(text: str) -> bool:
    """Whether the figure that ``text`` ends with belongs to a Chinese sentence (审执结325, 件,1759)."""
    head = text.rstrip("0123456789.,%∶:")  # a ratio's terms too: 20.3∶32. / 4∶47.3
    return bool(head) and is_cjk(head[-1])


def join_lines(lines: Iterable[Sequence[Piece]]) -> list[Piece]:
    """The pieces of a paragraph's lines as one line: line breaks undone as :func:`line_break` says."""
    joined: list[Piece] = []
    tail = ""
    for line in lines:
        pieces = [p for p in line if p.text]
        if not pieces:
            continue
        if joined:
            drop, separator = line_break(tail, pieces[0].text)
            if drop:
                last = joined[-1]
                joined[-1] = Piece(last.text[:-drop], last.at)
            if separator:
                joined.append(Piece(separator))
        joined.extend(pieces)
        tail = (tail + "".join(p.text for p in pieces))[-16:]
    return joined


LINE_BREAK = "\u2028"  # a line break the markup asked for inside a block: <br>, a table cell's next paragraph


def break_joint(before: str, after: str) -> str:
    """What stands for a line break the markup asked for (not a wrap): two figures set one over the other in
    a cell (``85`` over ``120``) stay two (``85; 120``; with a space they would read as one, 85,120)."""
    if before.rstrip()[-1:].isdigit() and after.lstrip()[:1].isdigit():
        return "; "
    return line_break(before, after)[1]


def join_breaks(texts: Sequence[str]) -> str:
    """Lines the markup broke (a cell's paragraphs) as one line, as :func:`break_joint` joins them."""
    joined = ""
    for text in texts:
        if text:
            joined = joined + break_joint(joined, text) + text if joined else text
    return joined


def collapse_spaces(pieces: Sequence[Piece]) -> list[Piece]:
    """Runs of whitespace as one space (nothing between Chinese characters), none at either end.

    Each run of non-space text keeps its exact position, so columns stay true after the collapse.
    """
    words: list[Piece] = []
    gap = False  # whitespace seen since the last word
    gap_newline = False
    gap_break = False  # a LINE_BREAK among it
    for piece in pieces:
        text = piece.text
        for match in re.finditer(r"\s+|\S+", text):
            chunk = match.group()
            if chunk.isspace():
                gap = True
                gap_newline = gap_newline or "\n" in chunk
                gap_break = gap_break or LINE_BREAK in chunk
                continue
            at = piece.at.after(text[: match.start()]) if piece.at is not None else None
            if words and gap:
                previous = words[-1].text
                if gap_break:
                    joint = break_joint(previous, chunk)
                else:
                    joint = line_break(previous, chunk)[1] if gap_newline else " "
                if joint:
                    words.append(Piece(joint))
            words.append(Piece(chunk, at))
            gap = gap_newline = gap_break = False
    return words


@mutable_record
class Builder(MutableRecord):
    """Collects blocks into a :class:`Document`."""

    path: str
    format: str
    parts: list[str] = field(default_factory=list)
    length: int = 0
    anchors: list[Anchor] = field(default_factory=list)
    headings: list[Heading] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    rows: list[TableRow] = field(default_factory=list)
    line: int = 1  # the line of the canonical text the next block lands on
    _expected: tuple[int, Position] | None = None  # where the text would be if no anchor came

    def __init__(
        self,
        path: str,
        format: str,
        parts: list[str] | None = None,
        length: int = 0,
        anchors: list[Anchor] | None = None,
        headings: list[Heading] | None = None,
        tables: list[Table] | None = None,
        rows: list[TableRow] | None = None,
        line: int = 1,
        _expected: tuple[int, Position] | None = None,
    ) -> None:
        self.path = path
        self.format = format
        self.parts = [] if parts is None else parts
        self.length = length
        self.anchors = [] if anchors is None else anchors
        self.headings = [] if headings is None else headings
        self.tables = [] if tables is None else tables
        self.rows = [] if rows is None else rows
        self.line = line
        self._expected = _expected

    def _write(self, piece: Piece) -> None:
        if not piece.text:
            return
        if piece.at is not None:
            expected = self._expected
            if expected is None or expected[0] != self.length or expected[1] != piece.at:
                at = piece.at
                self.anchors.append(Anchor(self.length, at.line, at.column, at.page, at.paragraph, at.part))
            self._expected = (self.length + len(piece.text), piece.at.after(piece.text))
        self.parts.append(piece.text)
        self.length += len(piece.text)
        if self.length > MAX_TEXT_CHARS:
            raise DocumentError(
                self.path, _("the text is too long (more than {limit:,} characters)").format(limit=MAX_TEXT_CHARS)
            )

    def _end_line(self) -> None:
        self.parts.append("\n")
        self.length += 1
        self.line += 1

    def block(self, pieces: Sequence[Piece], heading: int | None = None) -> bool:
        """One paragraph (or heading, at level ``heading``) as one line; nothing for an empty block."""
        pieces = _trimmed(pieces)
        if not pieces:
            return False
        self.end_table()
        start = self.length
        for piece in pieces:
            self._write(piece)
        if heading is not None:
            self.headings.append(Heading(start, self.length, heading))
        self._end_line()
        return True

    def row(self, cells: Sequence[Sequence[Piece]]) -> bool:
        """One table row as one line, its cells joined by `` | ``; nothing for a row with no text."""
        trimmed = [_trimmed(cell) for cell in cells]
        if not any(trimmed):
            return False
        indent = set_in(cells[0]) if trimmed[0] else ""
        if indent:  # a sub-row's label set in by ideographic spaces (　夏粮 under 粮食) keeps them, as a text file does
            trimmed[0] = [Piece(indent), *trimmed[0]]
        start = self.length
        spans: list[tuple[int, int]] = []
        for number, cell in enumerate(trimmed):
            if number:
                self._write(Piece(CELL_SEPARATOR))
            cell_start = self.length
            for piece in cell:
                self._write(Piece(piece.text.replace("|", "¦"), piece.at))
            spans.append((cell_start, self.length))
        self.rows.append(TableRow(start, self.length, tuple(spans)))
        self._end_line()
        return True

    def table(self, rows: Sequence[Sequence[Sequence[Piece]]], marked: int = 0) -> None:
        """A whole table, its rows as :meth:`row` writes them, but a header set over two or more rows as one.

        ``marked`` says how many leading rows the markup declared a header (``<thead>``, a Word row repeated
        on every page); see :func:`header_depth` for the rest. A row above the header with one cell only (a
        title or ``单位：万元`` across the table) is written as a line of its own before the table.
        """
        rows = [list(row) for row in rows if any(_trimmed(cell) for cell in row)]
        width = max((len(row) for row in rows), default=0)
        while len(rows) > 2 and width > 1 and sum(1 for cell in rows[0] if _trimmed(cell)) == 1:
            self.end_table()
            self.block([piece for cell in rows[0] for piece in cell])
            rows.pop(0)
            marked = max(marked - 1, 0)
        depth = header_depth([[_cell_text(cell) for cell in row] for row in rows], marked)
        if depth >= 2:
            rows = [fold_header(rows[:depth]), *rows[depth:]]
        for row in rows:
            self.row(row)
        self.end_table()

    def end_table(self) -> None:
        if self.rows:
            self.tables.append(Table(tuple(self.rows)))
            self.rows = []

    def leading_heading(self) -> str | None:
        """The text of the first block when it is a heading: the document's title, where nothing else says."""
        if self.headings and self.headings[0].start == 0:
            return "".join(self.parts)[: self.headings[0].end].strip() or None
        return None

    def document(self, title: str | None = None, language: str | None = None, notes: tuple[str, ...] = ()) -> Document:
        self.end_table()
        text = "".join(self.parts)
        anchors = tuple(self.anchors) or (Anchor(0, 1),)
        if anchors[0].start != 0:
            first = anchors[0]
            anchors = (Anchor(0, first.line, first.column, first.page, first.paragraph, first.part), *anchors)
        return Document(
            self.path,
            self.format,
            text,
            anchors,
            tuple(self.headings),
            tuple(self.tables),
            title=title,
            language=_agreeing(language, text),
            notes=notes,
        )


def set_in(pieces: Sequence[Piece]) -> str:
    """The ideographic spaces a cell's text starts with (at most four), other white space around them aside."""
    text = "".join(p.text for p in pieces).lstrip(" \t\r\n\u00a0")
    return text[: min(len(text) - len(text.lstrip("\u3000")), 4)]


def _trimmed(pieces: Sequence[Piece]) -> list[Piece]:
    """The pieces without whitespace at either end of the block, and without newlines inside it."""
    kept = [Piece(p.text.replace("\n", " ").replace("\r", " "), p.at) for p in pieces if p.text]
    while kept and not kept[0].text.strip():
        kept.pop(0)
    while kept and not kept[-1].text.strip():
        kept.pop()
    if not kept:
        return []
    first, last = kept[0], kept[-1]
    stripped = first.text.lstrip()
    at = first.at.after(first.text[: len(first.text) - len(stripped)]) if first.at is not None else None
    kept[0] = Piece(stripped, at)
    if len(kept) == 1:
        last = kept[0]
    kept[-1] = Piece(last.text.rstrip(), last.at)
    return kept


_YEARISH = lazy_compile(r"(?<!\d)(?:19|20)\d{2}(?:\s*[-/–—~至]\s*(?:19|20)?\d{2})?\s*年?(?!\d)|[QH][1-4]\b")


def _cell_text(cell: Sequence[Piece]) -> str:
    return "".join(piece.text for piece in cell).strip()


def _agreeing(declared: str | None, text: str) -> str | None:
    """The language a file declares (``<html lang>``), or None (the text tells) where its text plainly says
    otherwise: a site's template declares one language for every page, English pages under ``lang="zh-CN"`` and
    Chinese ones under ``lang="en"``, and reading a text with the other language's patterns finds almost nothing."""
    if declared is None:
        return None
    sample = text[:200_000]
    chinese = sum(1 for char in sample if "\u3400" <= char <= "\u9fff")
    latin = sum(1 for char in sample if char.isascii() and char.isalpha())
    if (declared == "zh" and chinese * 20 < latin) or (declared == "en" and chinese > latin):
        return None
    return declared


def words_only(text: str) -> bool:
    """A header cell: no figure in it but years and periods (``2025年``, ``2024-25``, ``Q3``)."""
    return not any(char.isdigit() for char in _YEARISH.sub("", text))


def header_depth(rows: Sequence[Sequence[str]], marked: int = 0) -> int:
    """How many leading rows of a table (its cells' texts) make up its header.

    The rows the markup declared a header (``marked``) are, when a row of figures follows them; else the
    leading rows with no figure but years (``Recorded offences`` over ``2024 | 2025``) are when two or more of
    them stand over the figures and one leaves a cell empty, as a cell spanning two columns or two rows does.
    A table of words only has no header to fold.
    """
    words = 0
    while words < len(rows) and all(words_only(cell) for cell in rows[words]):
        words += 1
    if words == len(rows):
        return 0
    if marked and marked <= words:
        return marked
    width = max(len(row) for row in rows)
    if words >= 2 and any(len(row) < width or not all(row) for row in rows[:words]):
        return words
    return 0


def fold_header(rows: Sequence[Sequence[Sequence[Piece]]]) -> list[list[Piece]]:
    """A header over several rows as one row: each column's header cells, top to bottom, joined as the lines
    of a paragraph are (``Recorded offences`` over ``2024``: ``Recorded offences 2024``). A cell spanning
    columns names only the first of them: its words are never written twice, so no figure is read twice."""
    width = max(len(row) for row in rows)
    folded: list[list[Piece]] = []
    for column in range(width):
        lines = [_trimmed(row[column]) for row in rows if column < len(row)]
        folded.append(join_lines(line for line in lines if line))
    return folded
