"""PDF (pdfplumber): the text in reading order, paragraphs joined again, positioned by page and line.

pdfplumber (on pdfminer.six) gives every word with its box and font size, and finds ruled tables with their
rows and cells; the rest is layout, done here:

- **columns**: a page whose lines leave one vertical gutter free on many rows is read as two columns (left,
  then right), band by band, so a title or a table across the whole width stays where it is;
- **headers and footers**: page numbers (``- 3 -``, ``第3页``, ``Page 3 of 9``) and lines repeated at the
  same place on most pages are left out;
- **paragraphs**: a line that reaches its column's right edge continues on the next line (across a column
  or a page too) unless that line is indented, set in another size or far below (set ragged right, a line
  may end short by the next line's first word, its width guessed a third wide, and a character more); Chinese
  lines join with nothing between them, so a figure broken across a line is one figure again, and hyphenation
  is undone;
- **tables**: each row is one line of the text, its cells joined by `` | ``;
- **headings**: lines set larger than the body text.

A position is ``pN:L``: the page and the line on it, counted from the top of the page (a table row counts as
one line). On a page set in two columns a line of a column is ``pN:L:k`` or ``pN:R:k`` (left or right column),
``k`` counting down that column from the top of the page; a line across both columns (a title, a wide table)
counts in each column and is written ``pN:k``.
"""

from __future__ import annotations

import contextlib
import io
import itertools
import re
import statistics
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from factcheck.documents.builder import (
    Builder,
    DocumentError,
    Piece,
    Position,
    chinese_context,
    is_cjk,
    join_lines,
    line_break,
    superscript,
    words_only,
)
from factcheck.documents.model import Document
from factcheck.i18n import _, ngettext

MAX_PAGES = 2000
_PAGE_NUMBER = re.compile(
    r"^[-–—\s]*(?:第\s*)?\d{1,4}\s*(?:页|/\s*\d{1,4})?(?:\s*共\s*\d{1,4}\s*页)?[-–—\s]*$"
    r"|^\s*(?:page|p\.)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?\s*$",
    re.IGNORECASE,
)


@dataclass
class _Line:
    """One visual line of a page (a segment of a row, in one column), or one table row."""

    page: int
    top: float
    bottom: float
    x0: float
    x1: float
    size: float
    side: str  # "full", "left" or "right"
    words: list[tuple[str, float, float, float]] = field(default_factory=list)  # text, x0, x1, size
    cells: list[str] | None = None  # a table row
    cell_columns: list[int] | None = None  # where each cell starts in the line (an unruled table's row)
    table: int | None = None  # which table of the page
    number: int = 0  # the line's number on its page (in its column, on a page of two columns)
    absorbed: bool = False  # a wrapped label's line, read into its table row

    @property
    def part(self) -> str | None:
        """``L`` or ``R``: the column a line of a two-column page is in (its number counts in that column)."""
        return {"left": "L", "right": "R"}.get(self.side)

    @property
    def text(self) -> str:
        return _words_text(self.words)


def _words_text(words: Sequence[tuple[str, float, float, float]]) -> str:
    return "".join(_word_pieces(words)[0])


def _word_pieces(words: Sequence[tuple[str, float, float, float]]) -> tuple[list[str], list[int]]:
    """The line's words with the separators between them, and where each word starts in the line.

    Spaces the PDF wrote are part of the words; a gap with no space in it is a space between English
    words, but only spacing in Chinese (a justified line spreads its characters, figures too: ``1 4 . 4``),
    unless it is wider than a character.
    """
    parts: list[str] = []
    starts: list[int] = []
    length = 0
    for number, (text, x0, _x1, size) in enumerate(words):
        if number:
            before = parts[-1]
            gap = x0 - words[number - 1][2]
            if is_cjk(before[-1]) or is_cjk(text[0]):
                separator = "" if gap < size else " "
            else:
                separator = "" if gap < 0.6 * size and chinese_context("".join(parts)) else " "
            parts.append(separator)
            length += len(separator)
        starts.append(length)
        parts.append(text)
        length += len(text)
    return parts, starts


def read(data: bytes, path: str) -> Document:
    """The PDF's text; an encrypted, broken or scanned (text-less) PDF is a :class:`DocumentError`."""
    import pdfplumber

    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except Exception as error:  # pdfminer raises many kinds; each means the same to the user
        raise _unreadable(path, error) from None
    try:
        pages = pdf.pages
        if len(pages) > MAX_PAGES:
            raise DocumentError(
                path,
                _("too many pages: {count} (at most {limit}): split the file").format(
                    count=len(pages), limit=MAX_PAGES
                ),
            )
        content = [_page_content(page) for page in pages]
    except DocumentError:
        raise
    except Exception as error:
        raise _unreadable(path, error) from None
    finally:
        with contextlib.suppress(Exception):  # closing walks the pages again: a damaged tree fails there too
            pdf.close()
    if not any(page.rows or page.tables for page in content):
        raise DocumentError(
            path,
            _("has no text layer (a scanned document?): run it through OCR (e.g. ocrmypdf) and read the result"),
        )
    scanned = [number for number, page in enumerate(content, 1) if page.scanned]
    notes = (_skipped(path, scanned),) if scanned else ()
    _drop_margins(content)
    lines = [line for number, page in enumerate(content, 1) for line in _page_lines(page, number)]
    return _assemble(lines, path, notes)


def _skipped(path: str, pages: list[int]) -> str:
    listed = ", ".join(str(n) for n in pages[:20])
    if len(pages) > 20:
        listed = _("{listed} and {count} more").format(listed=listed, count=len(pages) - 20)
    return ngettext(
        "{path}: page {pages} has no text layer (scanned?) and was not read: its figures are not checked; "
        "run the file through OCR (e.g. ocrmypdf) to read them",
        "{path}: pages {pages} have no text layer (scanned?) and were not read: their figures are not checked; "
        "run the file through OCR (e.g. ocrmypdf) to read them",
        len(pages),
    ).format(path=path, pages=listed)


def _unreadable(path: str, error: Exception) -> DocumentError:
    detail = f"{type(error).__name__} {error}".lower()
    cause = error.__cause__ or error.__context__
    if cause is not None:
        detail += f" {type(cause).__name__} {cause}".lower()
    if "password" in detail or "encrypt" in detail:
        return DocumentError(path, _("is encrypted (password-protected): save an unprotected copy and read that"))
    return DocumentError(path, _("is not a readable PDF (damaged or not a PDF): open it and save it again"))


# -- one page ------------------------------------------------------------------------------------------


@dataclass
class _Page:
    width: float
    height: float
    rows: list[list[dict[str, Any]]]  # the words of the page by row, top to bottom
    tables: list[tuple[tuple[float, float, float, float], list[list[str | None]]]]
    scanned: bool = False  # no text, but pictures: a scanned page


def _page_content(page: Any) -> _Page:
    """The page's words by row, outside its tables, and its ruled tables with their cells."""
    from pdfplumber.utils.text import extract_words

    chars = _drop_leaders(_dedupe(page.chars))
    tables = []
    if chars and (page.rects or page.lines):  # ruling lines to find: pdfplumber's finder is costly, skip it else
        tables = [(tuple(table.bbox), _set_in(table, chars)) for table in page.find_tables()]
    boxes = [bbox for bbox, _rows in tables]
    words = [
        w
        for w in extract_words(chars, extra_attrs=["size"], use_text_flow=False, keep_blank_chars=True)
        if w.get("upright", True) and str(w["text"]).strip() and not any(_inside(w, box) for box in boxes)
    ]
    for word in words:
        text = str(word["text"])
        lead = len(text) - len(text.lstrip())
        if lead:  # a label set in by blank glyphs (　　夏粮) starts where its first letter does
            word["x0"] += (word["x1"] - word["x0"]) * lead / len(text)
        word["text"] = text.strip()
    scanned = not chars and bool(page.images)
    result = _Page(float(page.width), float(page.height), _rows(_superscripts(words)), tables, scanned)
    page.close()  # its parsed objects are not needed again: a long report's memory stays flat
    return result


def _set_in(table: Any, chars: list[dict[str, Any]]) -> list[list[str | None]]:
    """A ruled table's cell texts, a label set further into its cell than the column's other labels are (a
    sub-row: 夏粮 under 粮食, "of which" under a total) written after as many ideographic spaces as ems it is set
    in, as a text file or a Word table writes it."""
    texts: list[list[str | None]] = table.extract()
    offsets: list[float | None] = []
    sizes: list[float] = []
    for row in table.rows:
        box = row.cells[0] if row.cells else None
        inside = [c for c in chars if box is not None and _inside(c, box) and str(c["text"]).strip()]
        offsets.append(min(c["x0"] for c in inside) - box[0] if inside and box is not None else None)
        sizes.extend(float(c.get("size") or 10) for c in inside[:1])
    known = [o for o in offsets if o is not None]
    if not known or not sizes or len(texts) != len(offsets):
        return texts
    size = sorted(sizes)[len(sizes) // 2]
    for row_texts, offset in zip(texts, offsets, strict=True):
        ems = round((offset - min(known)) / size) if offset is not None else 0
        if ems >= 1 and row_texts and row_texts[0]:
            row_texts[0] = "\u3000" * min(ems, 4) + row_texts[0].lstrip()
    return texts


def _dedupe(chars: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Characters drawn twice at (almost) the same place (a bold faked by overprinting) kept once.

    pdfplumber's own ``dedupe_chars`` sorts and clusters every character (a third of a page's reading time);
    a grid of 1-point cells finds the same duplicates in one pass.
    """
    seen: dict[tuple[str, int, int], list[tuple[float, float]]] = {}
    kept: list[dict[str, Any]] = []
    for char in chars:
        text, x, y = char["text"], float(char["x0"]), float(char["top"])
        cell_x, cell_y = int(x), int(y)
        duplicate = False
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                for other_x, other_y in seen.get((text, cell_x + dx, cell_y + dy), ()):
                    if abs(other_x - x) <= 1 and abs(other_y - y) <= 1:
                        duplicate = True
        if duplicate:
            continue
        seen.setdefault((text, cell_x, cell_y), []).append((x, y))
        kept.append(char)
    return kept


_LEADER = {".", "·", "…", "‥", "．", "・"}


def _drop_leaders(chars: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Dot leaders (``粮食总产量……143.9万吨``, ``Burglary ...... 3,000``) left out, so the label and its figure
    stand apart as two cells; read as text the dots ran into the figure, which then read as no figure. A
    leader is four or more dots in a row on one baseline, each close after the one before, or three or more
    ellipses (an English ellipsis is three dots, a Chinese one two ellipses: both are kept)."""
    dropped: set[int] = set()
    run: list[int] = []

    def close() -> None:
        if len(run) >= 4 or (len(run) >= 3 and all(chars[i]["text"] in "…‥" for i in run)):
            dropped.update(run)
        run.clear()

    for index, char in enumerate(chars):
        if char["text"] in _LEADER:
            if run:
                last = chars[run[-1]]
                size = float(last.get("size") or 10)
                if abs(float(char["top"]) - float(last["top"])) > 1 or not -1 <= char["x0"] - last["x1"] <= size:
                    close()
            run.append(index)
            continue
        close()
    close()
    return [char for index, char in enumerate(chars) if index not in dropped] if dropped else chars


def _superscripts(words: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Small raised words: a note mark never joins the figure it follows (``12.5%¹``, ``1759³`` read 17593).

    A word set at most four fifths the size of the word just before it, whose baseline stands above that
    word's, is a superscript: it becomes what :func:`~factcheck.documents.builder.superscript` says
    (nothing for a note mark, ``²`` after ``km``); one just before a word (a footnote's own number at the
    foot of the page) is a label and is dropped.
    """
    small = [w for w in words if len(str(w["text"])) <= 4]
    if not small:
        return words
    dropped: set[int] = set()
    for word in small:
        size = _size(word)
        for other in words:
            other_size = _size(other)
            if other is word or size > 0.8 * other_size or id(other) in dropped:
                continue
            overlaps = word["bottom"] > other["top"] and word["top"] < other["bottom"]
            raised = word["bottom"] < other["bottom"] - 0.15 * other_size
            if not overlaps or not raised:
                continue
            if -1 <= word["x0"] - other["x1"] <= 0.5 * other_size:  # right after it
                other["text"] = str(other["text"]) + superscript(str(other["text"]), str(word["text"]))
                other["x1"] = max(float(other["x1"]), float(word["x1"]))
                dropped.add(id(word))
                break
            if -1 <= other["x0"] - word["x1"] <= 0.5 * other_size and re.fullmatch(r"\W?\d{1,3}\W?", word["text"]):
                dropped.add(id(word))  # a note's own number before its text
                break
    return [w for w in words if id(w) not in dropped]


def _size(word: dict[str, Any]) -> float:
    return float(word.get("size") or (word["bottom"] - word["top"]) or 10)


def _page_lines(page: _Page, number: int) -> list[_Line]:
    """The page's visual lines and table rows, in reading order, numbered."""
    gutter = _gutter(page.rows, page.width)
    items: list[_Line] = []
    for row in page.rows:
        items.extend(_segments(row, gutter, number))
    for index, (bbox, cells) in enumerate(page.tables):
        side = _side(bbox[0], bbox[2], gutter)
        row_count = max(len(cells), 1)
        height = (bbox[3] - bbox[1]) / row_count
        for row_number, row_cells in enumerate(cells):
            top = bbox[1] + row_number * height
            texts = [_cell_text(c) for c in row_cells]
            items.append(_Line(number, top, top + height, bbox[0], bbox[2], 0.0, side, cells=texts, table=index))
    ordered = _reading_order(items)
    _number(ordered)
    _unruled_tables(ordered, len(page.tables))
    return ordered


def _cuts(line: _Line) -> list[list[tuple[str, float, float, float]]]:
    """The line's words in runs parted by gaps wider than a character (a table's columns): a word space, even
    stretched in a justified line, is well under one; cells that a report generator sets only their padding
    apart (about 6 points a side) are a little over one."""
    runs: list[list[tuple[str, float, float, float]]] = []
    for word in line.words:
        if runs and word[1] - runs[-1][-1][2] <= max(word[3], runs[-1][-1][3]):
            runs[-1].append(word)
        else:
            runs.append([word])
    return runs


def _unruled_tables(lines: list[_Line], first_index: int) -> None:
    """Rows of a table drawn without ruling lines (statistical communiqués set them so): two or more lines in
    a row, each parted by wide gaps into cells that stand under the cells of the line before; each becomes a
    table row with its cells. A label too long for its column wraps onto a line of its own, above or below the
    row's figures: that line goes into the label of the row it is set closer to (see :func:`_wrapped`)."""
    group: list[tuple[_Line, list[list[tuple[str, float, float, float]]]]] = []
    held: list[_Line] = []  # lines of words in the label column, between two rows or after the last one
    labels: dict[int, tuple[list[_Line], list[_Line]]] = {}  # a row's wrapped label lines, above and below it
    row_gaps: list[float] = []  # gaps between rows with nothing between them
    where = {id(line): number for number, line in enumerate(lines)}
    index = first_index

    def close() -> None:
        nonlocal index
        _attach(group, held, labels, None, row_gaps)
        if len(group) >= 2:
            _recut(group)
            indents = _sub_rows(group)
            for (line, runs), indent in zip(group, indents, strict=True):
                line.cells = [_words_text(run) for run in runs]
                if indent and line.cells and line.cells[0]:
                    line.cells[0] = "\u3000" * indent + line.cells[0]
                line.table = index
                starts = _word_pieces(line.words)[1]
                line.cell_columns = []
                seen = 0
                for run in runs:  # an empty cell (a blank in the row) has no column of its own
                    line.cell_columns.append(starts[seen] + 1 if run else 0)
                    seen += len(run)
                above, below = labels.get(id(line), ([], []))
                if above or below:
                    texts = [item.text for item in above] + [line.cells[0]] + [item.text for item in below]
                    line.cells[0] = "".join(p.text for p in join_lines([Piece(t)] for t in texts if t))
                    for item in (*above, *below):
                        item.absorbed = True
            _header_above(lines, where[id(group[0][0])], group, index)
            index += 1
        group.clear()
        labels.clear()
        row_gaps.clear()

    for line in lines:
        runs = _cuts(line) if line.cells is None else []
        if _justified(runs):
            runs = []
        if len(runs) < 2:
            if group and len(runs) == 1 and _in_label_column(group, held, line):
                held.append(line)
                continue
            close()
            continue
        if group:
            before, before_runs = group[-1]
            last = held[-1] if held else before
            near = last.page == line.page and last.side == line.side and line.top - last.bottom < 2 * line.size
            widest = max((r for _, r in group), key=len)  # a tight row may join a label to its figure: try both
            if not near or not (_aligned(before_runs, runs, line.size) or _aligned(widest, runs, line.size)):
                close()
            else:
                if not held:
                    row_gaps.append(line.top - before.bottom)
                _attach(group, held, labels, line, row_gaps)
        group.append((line, runs))
    close()


def _sub_rows(group: list[tuple[_Line, list[list[tuple[str, float, float, float]]]]]) -> list[int]:
    """How many ems each row's label is set in from the table's other labels (a sub-row: 夏粮 under 粮食, "of
    which" under a total), 0 for a row whose first cell is no label (a blank label, the figures first)."""
    starts = [runs[0][0][1] if runs and runs[0] else None for _line, runs in group]
    known = [x for x in starts if x is not None]
    if not known:
        return [0] * len(group)
    label = min(known)
    size = sorted(line.size for line, _runs in group)[len(group) // 2]
    later = [run[0][1] for _line, runs in group for run in runs[1:] if run and run[0][1] > label + size]
    second = min(later, default=label + 20 * size)  # where the second column starts
    return [
        min(round((x - label) / size), 4) if x is not None and x < second - size and x - label >= 0.8 * size else 0
        for x in starts
    ]


def _in_label_column(group: list[tuple[_Line, list[list[Any]]]], held: list[_Line], line: _Line) -> bool:
    """Whether ``line`` (one run of words) may be part of a wrapped label: right under the table's last line,
    starting in its label column and ending before its second column."""
    row = group[-1][0]
    last = held[-1] if held else row
    if last.page != line.page or last.side != line.side or line.top - last.bottom >= 2 * line.size:
        return False
    label = min(runs[0][0][1] for _, runs in group)  # a row's label may be blank: the table's left edge
    second = min((run[0][1] for _, runs in group for run in runs if run[0][1] > label + line.size), default=row.x1)
    return abs(line.x0 - label) < line.size and line.x1 < second - 0.5 * line.size


def _attach(
    group: list[tuple[_Line, list[list[Any]]]],
    held: list[_Line],
    labels: dict[int, tuple[list[_Line], list[_Line]]],
    following: _Line | None,
    row_gaps: list[float],
) -> None:
    """Give each held line to the row above or the row below (``following``) when it sits tight on it: set at
    the leading of a paragraph, closer than rows are to each other (``row_gaps``, between rows of one line).
    A held line tight on neither is a row of its own between rows ("Of which:"), or text after the table."""
    if not held:
        return
    row = group[-1][0]
    tight = min([0.4 * row.size, *(0.7 * gap for gap in row_gaps)])
    below: list[_Line] = []
    for item in held:
        if item.top - (below[-1] if below else row).bottom >= tight:
            break
        below.append(item)
    above: list[_Line] = []
    if following is not None:
        for item in reversed(held[len(below) :]):
            if (above[0] if above else following).top - item.bottom >= tight:
                break
            above.insert(0, item)
    if below:
        labels.setdefault(id(row), ([], []))[1].extend(below)
    if above and following is not None:
        labels.setdefault(id(following), ([], []))[0].extend(above)
    if following is not None:  # between two rows: a label of its own, a row of one cell
        group.extend((item, [item.words]) for item in held[len(below) : len(held) - len(above)])
    held.clear()


def _justified(runs: list[list[tuple[str, float, float, float]]]) -> bool:
    """A line of prose set justified in a narrow column, its spaces stretched past a character: three or more
    runs, equal gaps (justification spreads the slack evenly; a table's columns rarely part its cells so), and
    at most one of them holds a figure (``compared   with   11,800``)."""
    if len(runs) < 3:
        return False
    gaps = [after[0][1] - before[-1][2] for before, after in itertools.pairwise(runs)]
    with_digits = sum(1 for run in runs if any(ch.isdigit() for word in run for ch in word[0]))
    return max(gaps) - min(gaps) < 0.5 and with_digits <= 1


def _bands(group: list[tuple[_Line, list[list[tuple[str, float, float, float]]]]]) -> list[list[float]] | None:
    """The table's columns: the bands of the page its widest rows cover (see :func:`_recut`), or None when
    those rows disagree about them."""
    most = max(len(runs) for _, runs in group)
    size = max(line.size for line, _ in group)
    spans = sorted((word[1], word[2]) for line, runs in group if len(runs) == most for word in line.words)
    bands: list[list[float]] = []
    for x0, x1 in spans:
        if bands and x0 - bands[-1][1] < 0.5 * size:
            bands[-1][1] = max(bands[-1][1], x1)
        else:
            bands.append([x0, x1])
    return bands if len(bands) == most else None


def _header_above(lines: list[_Line], first: int, group: list[tuple[_Line, list[list[Any]]]], table: int) -> None:
    """Column headings wrapped over several lines, staggered as their cells are aligned (``Recorded`` over
    ``Offence  offences 2024`` over ``(%)``), read as one header row of the table below them.

    The lines just above the table's first row (``lines[first]``), one tight on the next (set at a
    paragraph's leading, or overlapping), of words and years only, each word inside one of the table's
    columns, two columns at least between them: a caption or a sentence above a table crosses columns and is
    never taken. When the table's first row is itself a row of words, it is the last line of the headings."""
    top, _runs = group[0]
    bands = _bands(group)
    if bands is None:
        return
    size = top.size
    heading = all(words_only(word[0]) for word in top.words)
    taken: list[_Line] = []
    below = top
    for line in reversed(lines[:first]):
        near = 0.4 * size if heading or taken else 2 * size
        if line.cells is not None or line.absorbed or line.page != top.page or line.side != top.side:
            break
        if below.top - line.bottom >= near or not all(words_only(word[0]) for word in line.words):
            break
        if any(sum(1 for left, right in bands if w[1] < right and w[2] > left) != 1 for w in line.words):
            break
        taken.insert(0, line)
        below = line
    if not taken:
        return
    stack = [*taken, top] if heading else taken
    cells: list[list[Piece]] = []
    for left, right in bands:
        parts = [[Piece(w[0]) for w in line.words if w[1] < right and w[2] > left] for line in stack]
        cells.append(join_lines([line_pieces(part) for part in parts]))
    if sum(1 for cell in cells if cell) < 2:
        return
    carrier = taken[0]
    carrier.cells = ["".join(piece.text for piece in cell) for cell in cells]
    carrier.cell_columns = [1] + [0] * (len(cells) - 1)
    carrier.table = table
    for line in stack[1:]:
        line.absorbed = True


def line_pieces(words: list[Piece]) -> list[Piece]:
    """Words of one line of a cell, a space between them (none between Chinese characters)."""
    joined: list[Piece] = []
    for word in words:
        if joined:
            joined.append(Piece(line_break(joined[-1].text, word.text)[1] or ""))
        joined.append(word)
    return [piece for piece in joined if piece.text]


def _recut(group: list[tuple[_Line, list[list[tuple[str, float, float, float]]]]]) -> None:
    """Cut a table's rows at its columns, not at each row's own wide gaps.

    A tight table (cells a little more than a character apart) parts a row only where its words happen to be
    short: ``Burglary 3,000 | 3,100`` under ``Offence | 2024 | 2025``, a label joined to its figure. The columns
    are the bands of the page the widest rows (those cut into the most cells) cover, apart by gaps of at least
    half a character that no word of theirs crosses; every row's words go to the band they stand in. Rows whose
    words do not each fall in one band keep their own cuts."""
    bands = _bands(group)
    if bands is None:
        return  # the widest rows disagree about the columns: keep each row's own cuts
    for number, (line, runs) in enumerate(group):
        cells: list[list[tuple[str, float, float, float]]] = [[] for _ in bands]
        header = all(words_only(word[0]) for word in line.words)
        for word in line.words:
            inside = [k for k, (left, right) in enumerate(bands) if word[1] < right and word[2] > left]
            if not inside or (len(inside) > 1 and not header):
                break  # a figure across two columns: this row keeps its own cuts
            cells[inside[0]].append(word)  # a heading over two columns stands over the first of them
        else:
            if sum(1 for cell in cells if cell) >= len(runs):
                group[number] = (line, cells)  # a blank cell stays a cell: the figures keep their columns


def _aligned(above: list[list[Any]], below: list[list[Any]], size: float) -> bool:
    """Whether every cell of ``below`` but its label stands under a cell of ``above`` but its label
    (overlapping it, or ending where it ends: figures are set flush right). The labels are the cells at the
    left edge of the two rows: a header row whose first cell is blank (the label column's heading set on the
    row below, or none) has no label, and all its cells count."""
    edge = min(above[0][0][1], below[0][0][1]) + size
    spans = [(run[0][1], run[-1][2]) for run in above if run[0][1] > edge]
    for run in (run for run in below if run[0][1] > edge):
        x0, x1 = run[0][1], run[-1][2]
        if not any((x0 < right and x1 > left) or abs(x1 - right) < 0.8 * size for left, right in spans):
            return False
    return True


def _number(lines: list[_Line]) -> None:
    """Number a page's lines as a reader counts them from the top of the page: down the page, or on a page of
    two columns down each column (``p2:R:39``), a line across both columns counting in each of them."""
    left = right = 0
    for line in sorted(lines, key=lambda item: item.top):
        if line.side == "left":
            left += 1
            line.number = left
        elif line.side == "right":
            right += 1
            line.number = right
        else:
            left = right = max(left, right) + 1
            line.number = left


def _inside(word: dict[str, Any], box: tuple[float, float, float, float]) -> bool:
    x = (word["x0"] + word["x1"]) / 2
    y = (word["top"] + word["bottom"]) / 2
    return bool(box[0] <= x <= box[2] and box[1] <= y <= box[3])


def _cell_text(cell: str | None) -> str:
    if not cell:
        return ""
    lines = [[Piece(part.strip())] for part in cell.splitlines() if part.strip()]
    indent = cell[: len(cell) - len(cell.lstrip("\u3000"))]  # a sub-row's label, set in (_set_in)
    return indent + "".join(p.text for p in join_lines(lines))


def _rows(words: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Words grouped into rows: the same baseline, within a fraction of the font size."""
    rows: list[list[dict[str, Any]]] = []
    for word in sorted(words, key=lambda w: (round(w["bottom"], 1), w["x0"])):
        size = float(word.get("size") or (word["bottom"] - word["top"]) or 10)
        if rows and abs(rows[-1][0]["bottom"] - word["bottom"]) <= 0.3 * size:
            rows[-1].append(word)
        else:
            rows.append([word])
    for row in rows:
        row.sort(key=lambda w: w["x0"])
    return rows


def _gutter(rows: list[list[dict[str, Any]]], width: float) -> float | None:
    """The x of the gap between two columns: few rows cross it, many have long text on each side of it."""
    if len(rows) < 6:
        return None
    best: tuple[int, float, float] | None = None
    x = width * 0.3
    while x <= width * 0.7:
        crossing = sum(1 for row in rows if any(w["x0"] < x < w["x1"] for w in row))
        key = (crossing, abs(x - width / 2), x)
        if best is None or key < best:
            best = key
        x += 2.0
    if best is None or best[0] > 0.2 * len(rows):
        return None
    gutter = best[2]
    left = [_extent([w for w in row if w["x1"] <= gutter]) for row in rows]
    right = [_extent([w for w in row if w["x0"] >= gutter]) for row in rows]
    left_widths = [width for width in left if width]
    right_widths = [width for width in right if width]
    if len(left_widths) < 3 or not right_widths:
        return None
    # Columns of running text are wide; a label and a figure side by side (an unruled table) are not.
    wide = statistics.median(left_widths) >= 0.25 * width and statistics.median(right_widths) >= 0.25 * width
    if wide and len(right_widths) >= 3:
        return gutter
    # The last page of a two-column report: the left column full of running text, the right one holding
    # little (a table, a date, a signature). Running text ends line after line at the column's edge; a
    # table's labels end wherever they do.
    size = statistics.median(float(w.get("size") or 10) for row in rows for w in row)
    lefts = [[w for w in row if w["x1"] <= gutter] for row in rows]
    ends = [max(w["x1"] for w in left) for left in lefts if left]
    # a line of running text: words a space apart, no wide gap (a table's cells have them), ending at the edge
    full = [
        left
        for left in lefts
        if left
        and max(w["x1"] for w in left) >= max(ends) - 1.5 * size
        and all(b["x0"] - a["x1"] < size for a, b in itertools.pairwise(left))
    ]
    if len(full) >= 8 and len(full) >= 0.45 * len(ends) and statistics.median(left_widths) >= 0.3 * width:
        return gutter
    return None


def _extent(words: list[dict[str, Any]]) -> float:
    return float(max(w["x1"] for w in words) - min(w["x0"] for w in words)) if words else 0.0


def _side(x0: float, x1: float, gutter: float | None) -> str:
    if gutter is None or x0 < gutter < x1:
        return "full"
    return "left" if x1 <= gutter else "right"


def _segments(row: list[dict[str, Any]], gutter: float | None, page: int) -> list[_Line]:
    crosses = gutter is None or any(w["x0"] < gutter < w["x1"] for w in row)
    groups = (
        [("full", row)]
        if crosses
        else [
            ("left", [w for w in row if gutter is not None and w["x1"] <= gutter]),
            ("right", [w for w in row if gutter is not None and w["x1"] > gutter]),
        ]
    )
    lines = []
    for side, words in groups:
        if not words:
            continue
        sizes = [float(w.get("size") or (w["bottom"] - w["top"])) for w in words]
        lines.append(
            _Line(
                page,
                min(w["top"] for w in words),
                max(w["bottom"] for w in words),
                words[0]["x0"],
                words[-1]["x1"],
                max(sizes),
                side,
                [(str(w["text"]), float(w["x0"]), float(w["x1"]), size) for w, size in zip(words, sizes, strict=True)],
            )
        )
    return lines


def _reading_order(items: list[_Line]) -> list[_Line]:
    """Top to bottom; within a band between full-width lines, the left column, then the right."""
    ordered: list[_Line] = []
    left: list[_Line] = []
    right: list[_Line] = []
    for item in sorted(items, key=lambda i: (i.top, i.x0)):
        if item.side == "full":
            ordered.extend(left + right)
            left, right = [], []
            ordered.append(item)
        else:
            (left if item.side == "left" else right).append(item)
    ordered.extend(left + right)
    return ordered


# -- across pages ----------------------------------------------------------------------------------------


def _drop_margins(pages: list[_Page]) -> None:
    """Leave out page numbers, and rows repeated at the top or bottom of most pages (running headers)."""
    repeated: Counter[str] = Counter()
    by_side: Counter[tuple[str, int]] = Counter()  # a book sets one head on left-hand pages, another on right
    for number, page in enumerate(pages):
        keys = {_margin_key(row) for row in _edges(page)}
        repeated.update(keys)
        by_side.update((key, number % 2) for key in keys)
    enough = max(2, len(pages) // 2 + 1)
    enough_on_side = [max(2, len(pages[side::2]) // 2 + 1) for side in (0, 1)]
    for number, page in enumerate(pages):
        margins = [
            row
            for row in _edges(page)
            if _PAGE_NUMBER.match(_row_text(row))
            or (
                len(pages) > 1
                and len(_row_text(row)) <= 60
                and (
                    repeated[_margin_key(row)] >= enough
                    or by_side[(_margin_key(row), number % 2)] >= enough_on_side[number % 2]
                )
            )
        ]
        page.rows = [row for row in page.rows if not any(row is margin for margin in margins)]


def _edges(page: _Page) -> list[list[dict[str, Any]]]:
    """The first and last two rows of the page, where they lie in its top or bottom margin."""
    candidates = {id(row): row for row in (*page.rows[:2], *page.rows[-2:])}.values()
    return [
        row
        for row in candidates
        if min(w["top"] for w in row) < 0.065 * page.height or max(w["bottom"] for w in row) > 0.935 * page.height
    ]


def _row_text(row: list[dict[str, Any]]) -> str:
    return " ".join(str(w["text"]) for w in row)


def _margin_key(row: list[dict[str, Any]]) -> str:
    return re.sub(r"\d+", "#", _row_text(row).strip())


def _assemble(lines: list[_Line], path: str, notes: tuple[str, ...] = ()) -> Document:
    builder = Builder(path, "pdf")
    text_lines = [line for line in lines if line.cells is None]
    body = _body_size(text_lines)
    heading_sizes = _size_classes(line.size for line in text_lines if line.size >= body * 1.15)
    edges = _column_edges(text_lines)
    leading = _line_gap(text_lines, body)
    paragraph: list[_Line] = []

    def flush() -> None:
        if not paragraph:
            return
        size = paragraph[0].size
        level = next((n for n, c in enumerate(heading_sizes, 1) if abs(size - c) <= _SAME_SIZE), None)
        pieces = join_lines(_pieces(line) for line in paragraph)
        builder.block(pieces, heading=level)
        paragraph.clear()

    table = _PendingTable(builder)
    for number, line in enumerate(lines):
        if line.absorbed:
            continue  # a wrapped label, read into its row
        if line.cells is not None:
            flush()
            table.add(line)
            continue
        if table.continued_by(line, lines[number + 1] if number + 1 < len(lines) else None):
            continue  # "Table 1 (continued)", 表1（续） over the rest of the table on the next page
        table.write()
        if paragraph and _breaks(paragraph[-1], line, edges, body, leading):
            flush()
        paragraph.append(line)
    flush()
    table.write()
    return builder.document(title=builder.leading_heading(), notes=notes)


_CONTINUED = re.compile(
    r"(?:(?:table|figure)\s*[\w.-]*\s*)?[(\[]?\s*(?:continued|cont(?:'d|inued|\.)?)\s*[)\]]?(?:\s*[:.].{0,80})?"
    r"|(?:续表\s*[\w.-]*|表\s*[\w.-]*\s*[（(]\s*续\s*[）)])(?:\s*.{0,40})?",
    re.IGNORECASE,
)


@dataclass
class _PendingTable:
    """A table's rows, held until the table ends, so that a header over two rows is read as one and a table
    continued on the next page, its header repeated there, is read as one table (its total is the sum of
    the rows on both pages, not of those on the last)."""

    builder: Builder
    rows: list[list[list[Piece]]] = field(default_factory=list)
    texts: list[list[str]] = field(default_factory=list)
    key: tuple[int, int] | None = None
    repeated: int | None = None  # rows of the header seen again at the top of the next page

    def add(self, line: _Line) -> None:
        assert line.cells is not None
        key = (line.page, line.table or 0)
        if self.key is not None and key != self.key:
            self.repeated = 0 if key[0] == self.key[0] + 1 and self._continues(line.cells) else None
            if self.repeated is None:
                self.write()
        self.key = key
        if self.repeated is not None:
            if self.repeated < len(self.texts) and line.cells == self.texts[self.repeated]:
                self.repeated += 1
                return  # the header printed again over the table's continuation
            self.repeated = None
        columns = line.cell_columns or [1] + [0] * (len(line.cells) - 1)
        self.rows.append(
            [
                [Piece(cell, Position(line.number, column, line.page, part=line.part) if column else None)]
                for cell, column in zip(line.cells, columns, strict=True)
            ]
        )
        self.texts.append(line.cells)

    def _continues(self, cells: list[str]) -> bool:
        """Whether a table starting at the top of the next page with ``cells`` goes on with this one: its first
        row is this table's first row again, a row of words (a header), not of figures."""
        return bool(self.texts) and cells == self.texts[0] and any(cells) and all(words_only(c) for c in cells)

    def continued_by(self, line: _Line, following: _Line | None) -> bool:
        """Whether ``line`` only says that the table goes on: ``Table 1 (continued)`` or ``表1（续）`` at the top
        of the next page, right over its rows."""
        return (
            self.key is not None
            and following is not None
            and following.cells is not None
            and line.page == following.page == self.key[0] + 1
            and _CONTINUED.fullmatch(line.text.strip()) is not None
        )

    def write(self) -> None:
        if self.rows:
            self.builder.table(self.rows)
        self.rows, self.texts, self.key, self.repeated = [], [], None, None


def _pieces(line: _Line) -> list[Piece]:
    parts, starts = _word_pieces(line.words)
    pieces: list[Piece] = []
    word = 0
    for number, part in enumerate(parts):
        if number % 2 == 0:
            pieces.append(Piece(part, Position(line.number, starts[word] + 1, line.page, part=line.part)))
            word += 1
        else:
            pieces.append(Piece(part))
    return pieces


_SAME_SIZE = 0.25  # points: sizes this close are one size (a scaled text matrix gives 15.749999 for 15.75)


def _size_classes(sizes: Iterable[float]) -> list[float]:
    """The distinct sizes among ``sizes``, largest first, sizes within :data:`_SAME_SIZE` of each other one."""
    classes: list[float] = []
    for size in sorted(sizes, reverse=True):
        if not classes or classes[-1] - size > _SAME_SIZE:
            classes.append(size)
    return classes


def _body_size(lines: list[_Line]) -> float:
    weights: Counter[float] = Counter()
    for line in lines:
        weights[round(line.size, 1)] += len(line.text)
    return weights.most_common(1)[0][0] if weights else 10.0


def _column_edges(lines: list[_Line]) -> dict[tuple[int, str], tuple[float, float]]:
    """Each column's left and right edge on each page, from the lines set in it; a page with too few lines to
    tell takes the edges of the same column on the other pages."""
    edges: dict[tuple[int, str], tuple[float, float]] = {}
    counts: Counter[tuple[int, str]] = Counter()
    for line in lines:
        for key in ((line.page, line.side), (0, line.side)):
            left, right = edges.get(key, (line.x0, line.x1))
            edges[key] = (min(left, line.x0), max(right, line.x1))
            counts[key] += 1
    for key, count in counts.items():
        if key[0] and count < 3:
            edges[key] = edges[(0, key[1])]
    return edges


def _first_word_width(line: _Line) -> float:
    """About how wide the line's first word is (a Chinese line's first character): a line set ragged right
    ends short by up to that much when the word did not fit, and the paragraph goes on."""
    if not line.words:
        return 0.0
    text, x0, x1, _size = line.words[0]
    first = text[0] if is_cjk(text[0]) else text.split(" ", 1)[0]
    return (x1 - x0) * len(first) / max(len(text), 1)


def _line_gap(lines: list[_Line], body: float) -> float:
    """The usual gap between two lines of a paragraph of body text (from one line's foot to the next one's
    top): the lower quartile of the gaps between lines one under the other (most pairs are lines of one
    paragraph; the wider gaps part paragraphs)."""
    gaps = [
        after.top - before.bottom
        for before, after in itertools.pairwise(lines)
        if before.page == after.page
        and before.side == after.side
        and abs(before.size - body) < 0.15 * body
        and abs(after.size - body) < 0.15 * body
        and -body < after.top - before.bottom < 2 * body
    ]
    return sorted(gaps)[len(gaps) // 4] if len(gaps) >= 3 else 0.9 * body


def _breaks(
    before: _Line,
    after: _Line,
    edges: dict[tuple[int, str], tuple[float, float]],
    body: float,
    leading: float | None = None,
) -> bool:
    """Whether ``after`` starts a new paragraph rather than continuing ``before``."""
    if after.page > before.page + 1:
        return True  # a page between them was not read (no text layer)
    size = max(before.size, body)
    if abs(before.size - after.size) > 0.15 * size:
        return True
    _left, right = edges[(before.page, before.side)]
    if before.x1 < right - max(1.5 * size, 1.3 * _first_word_width(after) + size):
        return True  # the line ends short, with room for the next line's first word: the paragraph ended there
    left, _right = edges[(after.page, after.side)]
    if after.x0 > left + 0.8 * size:
        return True  # the next line is indented: a new paragraph (or centred: a heading)
    same_column = before.page == after.page and before.side == after.side
    # Set further apart than the lines of a paragraph are (paragraph spacing: a few points are enough).
    apart = 0.9 * size if leading is None else min(0.9 * size, leading + 0.35 * size)
    return same_column and after.top - before.bottom > apart
