"""The structure of a document's canonical text: sections, blocks, sentences, clauses, asides and tables.

Built once per document, in passes that are each linear in the length of the text, from the canonical text
(one block per line) and the markup's hints (headings and tables a format declared).  Where the format had
no markup, as in plain text, headings and tables are inferred:

- a heading is a hinted heading, a Markdown ``#`` line, or a line that opens with an enumerator
  (``第一章``, ``一、``, ``（一）``, ``1.``, ``（1）``) or stands alone short and without end punctuation; an
  enumerated line whose first sentence is short and followed by more text is an inline heading: its first
  sentence is the heading, the rest a paragraph;
- a list item is a line that opens with a bullet (``-``, ``*``, ``•``, ``·``);
- a table row is a hinted row, a Markdown pipe row (``| a | b |``; the ``|---|`` rule is skipped), or a line
  of two or more cells separated by tabs, `` | `` or runs of spaces, one of them a figure; consecutive rows
  form a table, whose first row is its header when its cells are words, and whose caption is the line above
  it when that line names a table (``表1 ...``, ``Table 2: ...``);
- a plain table as pdftotext lays it out: a header set on two or more lines over its first row (``结案率`` over
  ``（%）``, "2024-25" over "outturn" over "£m") names each column with the words standing over it, in display
  columns (a CJK character is two); a ``单位：万元`` line above it (or above a one-line header, or its first row),
  or in its caption, is every cell's unit (so is "£ billion", "TWh", "tonnes" or "hectares" on a line of its own or
  ending the caption, "Table 1: Public sector finances, £ billion", or "(£m)" or "(thousand tonnes)" in it; a
  footnote's mark in a header, "Bulk cargo(1)", is no unit of that column's; a blank line may part a unit
  line from a Markdown table); a
  page's footer or header inside it ("- 3 -", "Page 7", ``第3页``, "Table 5 (continued)", ``续表``) and its
  header set again after it (a stacked header's upper lines too) are skipped, and the rows after them go on with the
  table; a header whose top line is years ("2025   2026   Change" over "(FTE)   (%)") is the table's, not a table
  of its own; a pipe row with one cell of words inside a table (``| 按性别分 |  |``) is a label row of it; a row's
  name broken over
  two lines ("of which: home-to-school" over "transport 14.2 16.8") is one name, and a name run into its first
  figure with one space ("Young offender institution 1,060"), one cell short of the rows above, is two cells.

Sentences end at ``。！？`` (and ``.!?`` before a space or the line's end); clauses end at sentence ends and
at ``，,；;：:`` (in English text a comma ends a clause only before a space, so ``1,200`` stays whole).  An
aside is the text between matching parentheses (``（不含...）``, ``(excluding ...)``); a sentence end inside an
aside does not end the sentence.

Every lookup (the sentence, clause, block, section or aside at an offset) is a bisection over sorted starts.
"""

from __future__ import annotations

import bisect
import itertools
import re
from array import array
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from factcheck.textwidth import display_width

if TYPE_CHECKING:
    from factcheck.documents.model import Document

HEADING = "heading"
PARAGRAPH = "paragraph"
ITEM = "item"
ROW = "row"

# Enumerators that open a heading, with the level they usually have in Chinese reports.
_ENUMERATORS: tuple[tuple[re.Pattern[str], int], ...] = (
    (re.compile(r"第[一二三四五六七八九十百零〇\d]+[编章篇部分节]"), 1),
    (re.compile(r"[一二三四五六七八九十]+[、.．]"), 2),
    (re.compile(r"[（(][一二三四五六七八九十]+[)）]"), 3),
    (re.compile(r"\d{1,2}[、．]|\d{1,2}\.(?!\d)"), 4),
    (re.compile(r"[（(]\d{1,2}[)）]"), 5),
    (re.compile(r"(?:Part|Section|Chapter)\s+[\dIVX]+\b[.:]?", re.IGNORECASE), 2),
)
_BULLET = re.compile(r"[-*•·●▪◆■]\s*")
_MARKDOWN_HEADING = re.compile(r"(#{1,6})\s+")
_MARKDOWN_RULE = re.compile(r"\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
_CAPTION = re.compile(r"\s*(?:表\s*[\d一二三四五六七八九十]+|附表|Table\s+\d+)", re.IGNORECASE)
_CELL_SPLIT = re.compile(r"\t+| {2,}|\u3000+| ?\| ?")
_FIGURE_CELL = re.compile(r"^[\s(（]*[-+−]?[\d.,，]+\s*[%‰万亿千百]*[\s)）]*$")
_END_PUNCTUATION = "。！？!?；;，,：:.…"
_SHORT_HEADING = 30  # characters: a line this short without end punctuation reads as a heading
_INLINE_HEADING = 40  # characters: an enumerated first sentence this short, followed by more, is a heading

_OPEN = "（("
_CLOSE = "）)"
_BOUNDARY = {
    "zh": re.compile(r"[。！？!?]|[，,；;：:]|[（(]|[）)]"),
    "en": re.compile(r"[.!?](?=[\s\"'”’)]|$)|[,;:](?=\s)|[;]|[（(]|[）)]"),
}
_SENTENCE_END = frozenset("。！？!?.")


@dataclass(frozen=True, slots=True)
class Block:
    """One block of the canonical text: a heading, a paragraph, a list item or a table row."""

    kind: str
    start: int
    end: int
    level: int = 0  # a heading's level (1 = top); 0 otherwise
    cells: tuple[tuple[int, int], ...] = ()  # a row's cells
    table: int = -1  # a row's table, an index into Structure.tables


@dataclass(frozen=True, slots=True)
class Section:
    """A heading and the text it governs, up to the next heading of the same or a higher level."""

    heading: tuple[int, int] | None
    level: int
    start: int
    end: int
    parent: int = -1  # index of the enclosing section, -1 for none


@dataclass(slots=True)
class Table:
    """Consecutive rows; ``header`` is the index (into ``rows``) of the header row, or -1."""

    rows: list[Block] = field(default_factory=list)
    header: int = -1
    caption: tuple[int, int] | None = None
    headers: tuple[str, ...] = ()  # a header set on several lines (pdftotext), each column's words joined
    unit: str = ""  # the unit its caption or a line above it gives every cell (``单位：万元``)

    @property
    def start(self) -> int:
        return self.rows[0].start

    @property
    def end(self) -> int:
        return self.rows[-1].end

    def column_header(self, text: str, column: int) -> str:
        """The header cell's text over ``column``, or ''."""
        if self.headers:
            return self.headers[column] if column < len(self.headers) else ""
        if self.header < 0:
            return ""
        cells = self.rows[self.header].cells
        if column >= len(cells):
            return ""
        start, end = cells[column]
        return text[start:end].strip()


class _Spans:
    """Sorted, non-overlapping spans stored compactly, found by bisection."""

    __slots__ = ("ends", "starts")

    def __init__(self) -> None:
        self.starts = array("q")
        self.ends = array("q")

    def add(self, start: int, end: int) -> None:
        if end > start:
            self.starts.append(start)
            self.ends.append(end)

    def __len__(self) -> int:
        return len(self.starts)

    def index(self, offset: int) -> int:
        """The index of the span holding ``offset``, or -1."""
        i = bisect.bisect_right(self.starts, offset) - 1
        if i >= 0 and offset < self.ends[i]:
            return i
        return -1

    def span(self, i: int) -> tuple[int, int]:
        return self.starts[i], self.ends[i]

    def at(self, offset: int) -> tuple[int, int] | None:
        i = self.index(offset)
        return (self.starts[i], self.ends[i]) if i >= 0 else None

    def between(self, start: int, end: int) -> range:
        """Indexes of the spans that start within [start, end)."""
        return range(bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, end))


class Structure:
    """Sections, blocks, sentences, clauses, asides and tables of one canonical text."""

    def __init__(self, text: str, language: str = "zh") -> None:
        self.text = text
        self.language = language
        self.blocks: list[Block] = []
        self.sections: list[Section] = []
        self.tables: list[Table] = []
        self.sentences = _Spans()
        self.clauses = _Spans()
        self.asides: list[tuple[int, int]] = []  # sorted by start; nested asides follow their outer one
        self._block_starts: list[int] = []
        self._section_starts: list[int] = []
        self._aside_starts: list[int] = []

    # -- lookups ------------------------------------------------------------------------------------

    def block_at(self, offset: int) -> Block | None:
        i = bisect.bisect_right(self._block_starts, offset) - 1
        if i >= 0 and offset < self.blocks[i].end:
            return self.blocks[i]
        return None

    def sentence_at(self, offset: int) -> tuple[int, int]:
        return self.sentences.at(offset) or self._line_at(offset)

    def clause_at(self, offset: int) -> tuple[int, int]:
        return self.clauses.at(offset) or self.sentence_at(offset)

    def section_at(self, offset: int) -> int:
        """The innermost section holding ``offset`` (its index), or -1."""
        i = bisect.bisect_right(self._section_starts, offset) - 1
        while i >= 0:
            section = self.sections[i]
            if section.start <= offset < section.end:
                return i
            i = section.parent
        return -1

    def section_chain(self, offset: int) -> list[Section]:
        """The sections holding ``offset``, innermost first."""
        chain = []
        i = self.section_at(offset)
        while i >= 0:
            chain.append(self.sections[i])
            i = self.sections[i].parent
        return chain

    def aside_at(self, offset: int) -> tuple[int, int] | None:
        """The innermost aside holding ``offset``, or None."""
        i = bisect.bisect_right(self._aside_starts, offset) - 1
        # Asides nest at most a few deep: look back over the few that start before the offset.
        for j in range(i, max(-1, i - 8), -1):
            start, end = self.asides[j]
            if start <= offset < end:
                return start, end
        return None

    def table_of(self, block: Block) -> Table | None:
        return self.tables[block.table] if block.kind == ROW and block.table >= 0 else None

    def _line_at(self, offset: int) -> tuple[int, int]:
        start = self.text.rfind("\n", 0, offset) + 1
        end = self.text.find("\n", offset)
        return start, len(self.text) if end < 0 else end


# -- building ---------------------------------------------------------------------------------------


def build(document: Document, language: str = "zh") -> Structure:
    """The structure of ``document``'s canonical text, with its markup hints."""
    hinted_headings = {h.start: h.level for h in document.headings}
    hinted_rows: dict[int, tuple[int, int, tuple[tuple[int, int], ...]]] = {}
    for number, table in enumerate(document.tables):
        for row in table.rows:
            hinted_rows[row.start] = (number, row.end, row.cells)
    return _build(document.text, language, hinted_headings, hinted_rows)


def from_text(text: str, language: str = "zh") -> Structure:
    """The structure of a text without markup hints: everything is inferred."""
    return _build(text, language, {}, {})


def _build(
    text: str,
    language: str,
    hinted_headings: dict[int, int],
    hinted_rows: dict[int, tuple[int, int, tuple[tuple[int, int], ...]]],
) -> Structure:
    structure = Structure(text, language)
    lines = _lines(text)
    previous_row_table = -1
    hinted_table_index: dict[int, int] = {}
    first_content = True
    broken = -1  # a plain table a page break interrupted: its rows go on after the page's footer and header
    recent = -1  # the plain table of the last rows, across the blank lines after them
    wrapped = -1  # where a row's name began on the line before it ("of which: home-to-school" / "transport")
    for number, (start, end) in enumerate(lines):
        content_start = _skip_space(text, start, end)
        if content_start >= end:
            previous_row_table = -1
            continue
        line = text[content_start:end]
        block: Block | None = None
        last_table = next((t for t in (previous_row_table, broken, recent) if t >= 0), -1)
        if last_table >= 0 and structure.tables[last_table].rows[0].start not in hinted_rows:
            if _PAGE_MARK.fullmatch(line.strip()):
                broken, previous_row_table = last_table, -1  # "- 3 -", "Page 7", 续表: the page turns
                continue
            if broken >= 0 and _repeated_header(text, structure.tables[broken], content_start, end):
                continue  # the header set again at the top of the next page
        if content_start in hinted_rows or start in hinted_rows:
            table_number, row_end, cells = hinted_rows.get(content_start) or hinted_rows[start]
            if table_number not in hinted_table_index:
                hinted_table_index[table_number] = len(structure.tables)
                structure.tables.append(Table())
                if number > 0:  # a Markdown, HTML or Word table under 单位：万元 or "Table 2 ... (thousands)"
                    _caption_and_unit(structure, structure.tables[-1], lines, number)
            index = hinted_table_index[table_number]
            block = Block(ROW, content_start, min(row_end, end) or end, cells=cells, table=index)
        elif content_start in hinted_headings or start in hinted_headings:
            level = hinted_headings.get(content_start, hinted_headings.get(start, 1))
            block = Block(HEADING, content_start, end, level=level)
        elif _MARKDOWN_RULE.match(line) and previous_row_table >= 0:
            continue  # the |---| line under a Markdown table's header
        else:
            found = _cells(text, content_start, end)
            if found is None and previous_row_table >= 0 and _wrapped_name(text, content_start, end, lines, number):
                wrapped = content_start
                continue
            if found is not None and wrapped >= 0:
                found = ((wrapped, found[0][1]), *found[1:])
                content_start, wrapped = wrapped, -1
            if found is None and previous_row_table >= 0 and _group_label(text, content_start, end, lines, number):
                found = ((content_start, end),)  # "Sex" over | Male | ... | Female | ...: a label row of the table
            if found is None and previous_row_table >= 0:
                found = _piped_label(text, content_start, end)  # | 按性别分 |  |  |: a label row too
            if found is not None:
                cells = found
                if previous_row_table < 0 and broken >= 0:
                    cells = _split_name(text, cells, len(structure.tables[broken].rows[-1].cells))
                    if len(cells) == len(structure.tables[broken].rows[-1].cells):
                        previous_row_table = broken  # the table goes on after a page break
                elif previous_row_table >= 0:
                    cells = _split_name(text, cells, len(structure.tables[previous_row_table].rows[-1].cells))
                if previous_row_table < 0:
                    _drop_year_header(structure, lines, number, len(cells))
                    previous_row_table = len(structure.tables)
                    table = Table()
                    structure.tables.append(table)
                    header = _plain_header(structure, lines, number, len(cells))
                    stacked = _stacked_header(structure, lines, number, cells)
                    if stacked is not None:
                        table.headers, table.unit, number, row = stacked
                        structure.blocks.append(Block(ROW, row[0], row[1], cells=row[2], table=previous_row_table))
                        table.rows.append(structure.blocks[-1])
                        table.header = 0
                    elif header is not None:
                        # 产品名称<tab>产量（吨）: a line of words over the first row is the table's header.
                        structure.blocks[-1] = Block(
                            ROW, header[0], header[1], cells=header[2], table=previous_row_table
                        )
                        table.rows.append(structure.blocks[-1])
                        table.header = 0
                        number -= 1
                    _caption_and_unit(structure, table, lines, number)
                block = Block(ROW, content_start, end, cells=cells, table=previous_row_table)
        if block is not None and block.kind == ROW:
            table = structure.tables[block.table]
            if not table.rows and not _has_figure_cell(text, block.cells, years=False):
                table.header = 0  # | 指标 | 2023年 | or | Offense | 2021 | 2022 |: words and years
            table.rows.append(block)
            structure.blocks.append(block)
            previous_row_table = recent = block.table
            broken = -1
            first_content = False
            continue
        previous_row_table = broken = recent = -1
        if block is not None:
            structure.blocks.append(block)
            first_content = False
            continue
        for made in _text_blocks(text, content_start, end, first_content, lines, number):
            structure.blocks.append(made)
        first_content = False
    structure._block_starts = [b.start for b in structure.blocks]
    _sections(structure)
    _sentences(structure)
    return structure


# A page's running footer or header inside a table: "- 3 -", "— 12 —", "Page 7", "Page 7 of 12", "第3页",
# "Harwick Justice Statistics      Page 7", "Table 5 (continued)", "Table 4.1 (continued)", "续表", "表1（续）".
_PAGE_MARK = re.compile(
    r"[-–—\s]*\d{1,4}[-–—\s]*|(?:.{0,100}\s)?(?:page|p\.)\s*\d{1,4}(?:\s+of\s+\d{1,4})?|第\s*\d{1,4}\s*页(?:\s*共\s*\d{1,4}\s*页)?"
    r"|(?:(?:表|Table)\s*[\d一二三四五六七八九十]+(?:[.．-]\d+)*[:：]?\s*)?(?:续表|[（(](?:续|continued|cont(?:inued|'d)?\.?)[)）])",
    re.IGNORECASE,
)
# The unit of every cell, on a line of its own above the table or in its caption: 单位：万元, （单位：亿元）.
_UNIT_LINE = re.compile(r"(?:计量)?单位\s*[:：]\s*([^\s）)，,；;]{1,6})")
# The English for it: a caption's or a line's "(thousands)", "(in millions)", "('000s)", "Figures in thousands",
# "(thousand tonnes)".
_EN_UNIT_LINE = re.compile(
    r"(?:[(\[]\s*(?:(?:all\s+)?(?:figures|numbers|values)\s+)?(?:in\s+)?"
    r"|\b(?:figures|numbers|values)\s+(?:are\s+)?in\s+)"
    r"(thousands|millions|billions|'?000s?)(?:\s+of\s+[a-z]+)?\s*[)\]]?"
    r"|[(\[]\s*((?:thousand|million|billion)\s+[a-z]+(?:\s+[a-z]+)?)\s*[)\]]",  # "(thousand tonnes)"
    re.IGNORECASE,
)
# A money table's currency and scale in its caption or on a line of its own: "(£m)", "(£ million)", "($000)".
_EN_MONEY_LINE = re.compile(
    r"[(\[]\s*(?:in\s+)?([£$€]\s*(?:m|bn|k|'?000s?|millions?|billions?|thousands?)?)\s*[)\]]", re.IGNORECASE
)


# An English money unit on a line of its own ("£ billion") or ending a caption ("Table 1: Public sector finances,
# £ billion"): every cell is in pounds of that scale.
_EN_MONEY_UNIT_LINE = re.compile(
    r"(?:^|(?<=[,:(]\s)|(?<=[,:(]))([£$€]\s?(?:bn|m|billions?|millions?|thousands?)"
    r"|[TGMk]Wh|tonnes|hectares)\)?\s*$"  # "Table 3: Generation by fuel, TWh": a unit of energy, mass or area
)


# A unit's symbol ending a caption: "Table 3: Final energy consumption by sector and fuel, 2025 (ktoe)", "Table 1:
# Emissions by sector, MtCO2e".  Taken only as a candidate: a cell is read with it only when the reader reads the
# cell and the symbol as one figure (410ktoe), so "(FTE)" or ", Harwick" change nothing.
_EN_SYMBOL_UNIT = re.compile(r"(?:[(\[]\s*|,\s+)([A-Za-z][A-Za-z0-9]{1,9})\s*[)\]]?\s*$")


def _unit_in(line: str, whole: bool) -> str:
    """The unit a line gives every cell of a table (单位：万元, "(thousands)"), or ''; ``whole``: the line is only
    that (a line of its own), else it is found in a caption."""
    for pattern in (_UNIT_LINE, _EN_UNIT_LINE, _EN_MONEY_UNIT_LINE, _EN_MONEY_LINE):
        found = pattern.fullmatch(line) if whole else pattern.search(line)
        if found is not None:
            return next((group for group in found.groups() if group), "")
    symbol = None if whole else _EN_SYMBOL_UNIT.search(line)
    return symbol.group(1) if symbol is not None and re.search(r"[A-Z]|[a-z]{2}\d|toe$", symbol.group(1)) else ""


def _wrapped_name(text: str, start: int, end: int, lines: list[tuple[int, int]], number: int) -> bool:
    """A row's name broken over two lines of a plain table: "  of which: home-to-school" over "  transport  14.2
    16.8": a line of words that opens a part (其中, of which, including), or whose next line, a row, goes on in
    lower case."""
    line = text[start:end].rstrip()
    if len(line) > 40 or _FIGURE_CELL.search(line) or re.search(r"\d", line) or number + 1 >= len(lines):
        return False
    following = lines[number + 1]
    cells = _cells(text, following[0], following[1])
    if cells is None or _FIGURE_CELL.match(text[cells[0][0] : cells[0][1]]):
        return False
    if display_width(text[following[0] : cells[0][0]]) != display_width(text[lines[number][0] : start]):
        return False
    return bool(re.match(r"(?:其中|of which|including)\b", line, re.IGNORECASE)) or text[cells[0][0]].islower()


def _split_name(text: str, cells: tuple[tuple[int, int], ...], count: int) -> tuple[tuple[int, int], ...]:
    """A plain row whose name runs into its first figure with one space ("Young offender institution 1,060   58"),
    one cell short of the rows above it: the figure is a cell of its own."""
    if len(cells) != count - 1 or not cells:
        return cells
    a, b = cells[0]
    space = text.rfind(" ", a, b)
    if space <= a or not _FIGURE_CELL.match(text[space + 1 : b]) or not re.search(r"[^\W\d_]", text[a:space]):
        return cells
    return ((a, space), (space + 1, b), *cells[1:])


def _unit_line(structure: Structure, lines: list[tuple[int, int]], number: int) -> tuple[int, str]:
    """A ``单位：亿元`` line just above a table (its header, or its first row): the unit of every cell, and the
    table's now (its block is taken out of the text's, never a heading); returns the line's number (where the
    caption is looked for above) and the unit, or ``number`` and '' when the line above is no unit line."""
    text = structure.text
    above = number - 1
    if above > 0 and not text[lines[above][0] : lines[above][1]].strip():
        above -= 1  # 单位：万吨, a blank line, then the Markdown table: a paragraph of its own above it
    start, end = lines[above]
    unit = _unit_in(text[start:end].strip(), whole=True)
    if not unit:
        return number, ""
    block = next((b for b in structure.blocks[-3:] if start <= b.start < end and b.kind != ROW), None)
    if block is not None:
        structure.blocks.remove(block)
    return above, unit


def _caption_and_unit(structure: Structure, table: Table, lines: list[tuple[int, int]], number: int) -> None:
    """The caption above a table whose first line is ``number``, and the unit every cell is in: a line of its own
    (单位：万元, "(thousands)") or a word of the caption ("Table 2: Journeys by operator (thousands)")."""
    if not table.unit and number > 0:
        number, table.unit = _unit_line(structure, lines, number)
    table.caption = _caption(structure.text, lines, number)
    if table.caption is not None and not table.unit:
        table.unit = _unit_in(structure.text[table.caption[0] : table.caption[1]], whole=False)


def _repeated_header(text: str, table: Table, start: int, end: int) -> bool:
    """Whether the line is the table's header set again (at the top of a page it went on to)."""
    if table.header < 0:
        return False
    head = table.rows[table.header]
    if " ".join(text[head.start : head.end].split()) == " ".join(text[start:end].split()):
        return True
    # a header set on several lines: its upper lines ("2024年  2025年  比上年增长") are words of the columns' headers
    words = text[start:end].split()
    return bool(table.headers) and all(any(word in header for header in table.headers) for word in words)


_YEARS_HEADER = re.compile(r"(?:19|20)\d{2}(?:[-/–]\d{2,4})?")


def _stacked_header(
    structure: Structure, lines: list[tuple[int, int]], number: int, cells: tuple[tuple[int, int], ...]
) -> tuple[tuple[str, ...], str, int, tuple[int, int, tuple[tuple[int, int], ...]]] | None:
    """A plain table's header set on two or more lines above its first row (pdftotext: ``受理案件  审执结  结案率``
    over ``法院  （件）  （件）  （%）``, or "2024-25 2025-26" over "Service outturn budget Change" over "£m £m"):
    each line's words go to the column they stand over (in display columns: a CJK character is two), joined top
    to bottom.  Also the unit a ``单位：万元`` line above it gives every cell.  Returns the column headers, the
    unit and the index of the header's first line (where the caption is looked for), or None when fewer than two
    lines read so; the lines' blocks are taken out of the text's blocks (they are the table's header now)."""
    text = structure.text
    row_start = lines[number][0]
    spans = [(display_width(text[row_start:a]), display_width(text[row_start:b])) for a, b in cells]
    taken: list[int] = []
    unit = ""
    for previous in range(number - 1, max(-1, number - 5), -1):
        start, end = lines[previous]
        line = text[start:end].rstrip()
        if not line.strip() or _CAPTION.match(line) or len(line.strip()) > 120:
            break
        unit = _unit_in(line.strip(), whole=True)
        if unit:
            break
        if any(c in line for c in "。；;，") or re.search(r"[.!?](?:\s|$)", line):
            break
        pieces = [(m.start(), m.end()) for m in re.finditer(r"\S+(?: \S+)*", line)]
        if any(
            _FIGURE_CELL.match(line[a:b]) and not re.fullmatch(r"(?:19|20)\d{2}(?:[-/–]\d{2,4})?", line[a:b])
            for a, b in pieces
        ):
            break
        taken.append(previous)
    if len(taken) < 2:
        return None
    words: list[list[str]] = [[] for _ in cells]
    last_cells: list[tuple[int, int]] = [(lines[taken[0]][1], lines[taken[0]][1])] * len(cells)
    for previous in reversed(taken):
        start, end = lines[previous]
        line = text[start:end].rstrip()
        for match in re.finditer(r"\S+(?: \S+)*", line):
            a, b = display_width(line[: match.start()]), display_width(line[: match.end()])
            overlaps = [min(b, y) - max(a, x) for x, y in spans]
            best = max(range(len(spans)), key=lambda i: overlaps[i])
            if overlaps[best] <= 0:
                best = min(range(len(spans)), key=lambda i: abs((a + b) - (spans[i][0] + spans[i][1])))
            words[best].append(match.group())
            if previous == taken[0]:
                last_cells[best] = (start + match.start(), start + match.end())
    first = lines[taken[-1] - 1 if unit else taken[-1]][0]  # a unit line over the header is the table's too
    last = lines[taken[0]][1]
    if any(first <= block.start < last and block.kind == ROW for block in structure.blocks[-len(taken) - 2 :]):
        return None
    while structure.blocks and structure.blocks[-1].start >= first:
        structure.blocks.pop()
    english = structure.language == "en"
    headers = tuple((" " if english else "").join(w) for w in words)
    row = (_skip_space(text, *lines[taken[0]]), lines[taken[0]][1], tuple(last_cells))
    return headers, unit, taken[-1] - (1 if unit else 0), row


def _drop_year_header(structure: Structure, lines: list[tuple[int, int]], number: int, count: int) -> None:
    """A plain header whose top line holds years ("2025   2026   Change   Change" over "(FTE)   (%)" over the
    first row) was read as a table of one header row: when the lines between it and the row that starts a table
    are words, that one-row table is dropped, so the stacked header takes its line as the columns' top words."""
    if not structure.tables or not structure.blocks:
        return
    last = structure.tables[-1]
    if len(last.rows) != 1 or last.header != 0 or len(last.rows[0].cells) > count:
        return
    if not any(block is last.rows[0] for block in structure.blocks[-3:]):
        return
    row = last.rows[0]
    text = structure.text
    for previous in range(number - 1, max(-1, number - 4), -1):
        start, end = lines[previous]
        if not text[start:end].strip():
            return
        if start <= row.start <= end:
            break
    else:
        return
    if previous == number - 1 or any(
        _FIGURE_CELL.match(text[a:b]) and not _YEAR_CELL.match(text[a:b]) for a, b in row.cells
    ):
        return
    structure.tables.pop()
    structure.blocks.remove(row)


_GROUP_LABEL = re.compile(r"[A-Za-z\u4e00-\u9fff][A-Za-z\u4e00-\u9fff '/&()-]{0,38}:?")


def _group_label(text: str, start: int, end: int, lines: list[tuple[int, int]], number: int) -> bool:
    """A short line of words with no figure between two rows of a plain-text table ("Sex" over Male and Female,
    按性别分 over 男 and 女): it names the rows under it, not a section of the text."""
    if not _GROUP_LABEL.fullmatch(text[start:end].rstrip()):
        return False
    following = next(((a, b) for a, b in lines[number + 1 : number + 3] if text[a:b].strip()), None)
    return following is not None and _cells(text, following[0], following[1]) is not None


def _piped_label(text: str, start: int, end: int) -> tuple[tuple[int, int], ...] | None:
    """A pipe row inside a table whose one filled cell is words (| 按性别分 |  |  |, | By age |  |): a label row
    naming the rows under it, as its one cell."""
    line = text[start:end].rstrip()
    if not line.startswith("|") or line.count("|") < 3:
        return None
    filled = list(re.finditer(r"[^|\s][^|]*?(?=\s*\|)", line))
    if len(filled) != 1 or not _GROUP_LABEL.fullmatch(filled[0].group()):
        return None
    return ((start + filled[0].start(), start + filled[0].end()),)


def _lines(text: str) -> list[tuple[int, int]]:
    spans = []
    start = 0
    for match in re.finditer("\n", text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return spans


def _skip_space(text: str, start: int, end: int) -> int:
    while start < end and text[start] in " \t\r\u3000\ufeff":
        start += 1
    return start


def _plain_header(
    structure: Structure, lines: list[tuple[int, int]], number: int, count: int
) -> tuple[int, int, tuple[tuple[int, int], ...]] | None:
    """The line before a plain-text table's first row, as its header, when it splits into as many cells."""
    if number == 0 or not structure.blocks:
        return None
    start, end = lines[number - 1]
    last = structure.blocks[-1]
    if last.kind == ROW or not start <= last.start < end + 1:
        return None
    cells = _cells(structure.text, last.start, end, words=True)
    if cells is None or len(cells) != count:
        return None
    return last.start, end, cells


def _cells(text: str, start: int, end: int, *, words: bool = False) -> tuple[tuple[int, int], ...] | None:
    """A table row's cells, or None when the line is not a row (``words``: a header, whose cells need no figure)."""
    line = text[start:end].rstrip()
    if len(line) > 400:
        return None
    piped = line.startswith("|") or line.count("|") >= 2
    if not piped and not re.search(r"\t| {2,}|\u3000", line.strip()):
        return None
    cells: list[tuple[int, int]] = []
    if piped and line.count("|") >= 2 and line.lstrip().startswith("|"):
        # | 乡村医生 |  | 300 |: an empty cell between pipes keeps its column, or 300 would stand under 2022
        position = line.index("|") + 1
        closing = line.rstrip().endswith("|")
        for bar in [i for i, c in enumerate(line) if c == "|"][1:] + ([] if closing else [len(line)]):
            a, b = position, bar
            while a < b and line[a] in " \t\u3000":
                a += 1
            while b > a and line[b - 1] in " \t\u3000":
                b -= 1
            cells.append((start + a, start + b))
            position = bar + 1
        if sum(1 for a, b in cells if b > a) < 2:
            return None
        return tuple(cells)
    position = 0
    for match in _CELL_SPLIT.finditer(line):
        if match.start() > position:
            cells.append((start + position, start + match.start()))
        position = match.end()
    if position < len(line):
        cells.append((start + position, start + len(line)))
    cells = [(a, b) for a, b in cells if text[a:b].strip(" |")]
    cells = _letter_spaced_name(text, cells)
    if len(cells) < 2:
        return None
    if not piped and not words and not _has_figure_cell(text, tuple(cells)):
        return None
    if not piped and any(c in text[start:end] for c in "。，,；;") and sum(b - a for a, b in cells) > 60:
        return None  # a sentence that happens to hold a run of spaces
    return tuple(cells)


def _letter_spaced_name(text: str, cells: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A row's name set with its characters spread over the label column (``指  标``, ``合  计``, ``项    目``,
    as Chinese tables align a two-character name with longer ones): one cell, not a cell a character, or the
    header would have a column too many and 合 and 计 would stand in columns of their own."""
    count = 0
    while count < len(cells) and cells[count][1] - cells[count][0] == 1 and _CJK_CHAR.match(text[cells[count][0]]):
        count += 1
    if count < 2 or count > 4 or any(text[b:c].strip() for (_, b), (c, _) in itertools.pairwise(cells[:count])):
        return cells  # (a | between them is a column's edge)
    return [(cells[0][0], cells[count - 1][1]), *cells[count:]]


_CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")


def _has_figure_cell(text: str, cells: tuple[tuple[int, int], ...], *, years: bool = True) -> bool:
    """Whether a cell holds a figure (``years=False``: a year such as 2023 in a header does not count)."""
    return any(_FIGURE_CELL.match(text[a:b]) and (years or not _YEAR_CELL.match(text[a:b])) for a, b in cells)


_YEAR_CELL = re.compile(r"^\s*(?:19|20)\d{2}\s*(?:年)?\s*$")


def _caption(text: str, lines: list[tuple[int, int]], number: int) -> tuple[int, int] | None:
    for previous in range(number - 1, max(-1, number - 3), -1):
        start, end = lines[previous]
        content = _skip_space(text, start, end)
        if content >= end:
            continue
        return (content, end) if _CAPTION.match(text, content) else None
    return None


def _enumerator(text: str, start: int, end: int) -> tuple[int, int] | None:
    """(level, end of the enumerator) when the line opens with one."""
    for pattern, level in _ENUMERATORS:
        match = pattern.match(text, start, end)
        if match:
            return level, match.end()
    return None


def _text_blocks(
    text: str, start: int, end: int, first: bool, lines: list[tuple[int, int]], number: int
) -> list[Block]:
    """A line that is not a row: a heading, an inline heading and its paragraph, an item or a paragraph."""
    line = text[start:end].rstrip()
    if not line:  # white space the line split kept (a vertical tab, a form feed): no block
        return []
    stripped_end = start + len(line)
    markdown = _MARKDOWN_HEADING.match(text, start, stripped_end)
    if markdown:
        return [Block(HEADING, start, stripped_end, level=len(markdown.group(1)))]
    bullet = _BULLET.match(text, start, stripped_end)
    # "- 400 for personal redress": a bullet and a space before a figure; "-5%" with no space is a negative figure
    if bullet and bullet.end() < stripped_end and (not text[bullet.end()].isdigit() or bullet.end() > start + 1):
        return [Block(ITEM, start, stripped_end)]
    enumerated = _enumerator(text, start, stripped_end)
    no_end = line[-1] not in _END_PUNCTUATION
    if enumerated is not None:
        level = enumerated[0]
        if no_end and len(line) <= _SHORT_HEADING * 2:
            return [Block(HEADING, start, stripped_end, level=level)]
        first_end = _first_sentence_end(text, start, stripped_end)
        if first_end is not None and first_end - start <= _INLINE_HEADING and first_end < stripped_end:
            return [Block(HEADING, start, first_end, level=level), Block(PARAGRAPH, first_end, stripped_end)]
        if level >= 4:
            return [Block(ITEM, start, stripped_end)]
        return [Block(PARAGRAPH, start, stripped_end)]
    if _CAPTION.match(line):
        return [Block(PARAGRAPH, start, stripped_end)]  # a table's caption, not a heading
    if no_end and len(line) <= _SHORT_HEADING and not _is_label_line(line):
        return [Block(HEADING, start, stripped_end, level=0 if first else 1)]
    return [Block(PARAGRAPH, start, stripped_end)]


def _is_label_line(line: str) -> bool:
    """A short line that is a figure or a fragment rather than a heading (``合计 1,234``)."""
    return bool(re.fullmatch(r"[\d\s.,%，。:：-]+", line))


def _first_sentence_end(text: str, start: int, end: int) -> int | None:
    for i in range(start, min(end, start + _INLINE_HEADING + 1)):
        if text[i] in "。！？!?" or (text[i] == "." and i + 1 < end and text[i + 1] == " "):
            return i + 1
    return None


def _sections(structure: Structure) -> None:
    """Each heading opens a section that runs to the next heading of the same or a higher level."""
    open_sections: list[int] = []  # indexes into structure.sections, outermost first
    ends: dict[int, int] = {}
    length = len(structure.text)
    for block in structure.blocks:
        if block.kind != HEADING:
            continue
        while open_sections and structure.sections[open_sections[-1]].level >= block.level:
            ends[open_sections.pop()] = block.start
        parent = open_sections[-1] if open_sections else -1
        structure.sections.append(Section((block.start, block.end), block.level, block.start, length, parent))
        open_sections.append(len(structure.sections) - 1)
    for index, end in ends.items():
        section = structure.sections[index]
        structure.sections[index] = Section(section.heading, section.level, section.start, end, section.parent)
    structure._section_starts = [s.start for s in structure.sections]


def _sentences(structure: Structure) -> None:
    """Sentences, clauses and asides of every block, in one pass over its punctuation."""
    text = structure.text
    boundary = _BOUNDARY.get(structure.language, _BOUNDARY["zh"])
    english = structure.language == "en"
    asides: list[tuple[int, int]] = []
    for block in structure.blocks:
        if block.kind == ROW:
            structure.sentences.add(block.start, block.end)
            for a, b in block.cells:
                structure.clauses.add(a, b)
            continue
        sentence_start = clause_start = block.start
        depth: list[int] = []
        for match in boundary.finditer(text, block.start, block.end):
            mark = match.group()
            at = match.start()
            if mark in _OPEN:
                depth.append(at)
                continue
            if mark in _CLOSE:
                if depth:
                    asides.append((depth.pop(), at + 1))
                continue
            if depth:
                continue  # punctuation inside an aside ends nothing outside it
            if english and mark == "." and _abbreviation(text, at):
                continue
            if english and mark == "," and at > 0 and text[at - 1].isdigit() and text[at + 1 : at + 2].isdigit():
                continue
            structure.clauses.add(clause_start, at)
            clause_start = at + 1
            if mark in _SENTENCE_END:
                structure.sentences.add(sentence_start, at + 1)
                sentence_start = at + 1
        while depth:
            asides.append((depth.pop(), block.end))
        structure.clauses.add(clause_start, block.end)
        if block.end > sentence_start and text[sentence_start : block.end].strip():
            structure.sentences.add(sentence_start, block.end)
    asides.sort()
    structure.asides = asides
    structure._aside_starts = [a for a, _ in asides]


_ABBREVIATIONS = frozenset(
    "mr mrs ms dr no vs etc st inc ltd co jan feb mar apr jun jul aug sep sept oct nov dec".split()
)


# Words that open a sentence after an initialism ("... in the U.S. The rate fell"); any other capitalised word
# goes on the same sentence ("the U.S. Department of Justice")
_OPENERS = frozenset(
    "the this that these those there it its in on at of for from during over between since by and but however "
    "a an as after before while when overall all most some each both among".split()
)


def _abbreviation(text: str, at: int) -> bool:
    """A full stop that ends an abbreviation (``No.``, ``Dr.``, ``U.S.`` before a word that does not open a
    sentence), sits inside a number (``3.5``), or comes before a word in lower case, which no sentence opens
    with (``per 100,000 U.S. residents``, ``approx. five``)."""
    if at + 1 < len(text) and text[at + 1].isdigit():
        return True  # 3.5
    word = re.search(r"([A-Za-z]+)$", text[max(0, at - 6) : at])
    if word is not None and word.group(1).lower() in _ABBREVIATIONS:
        return True
    following = re.match(r"[ \t]+([A-Za-z]+)", text[at + 1 : at + 40])
    if following is None:
        return False
    if following.group(1)[0].islower():
        return True
    initialism = re.search(r"(?:^|[^A-Za-z])(?:[A-Za-z]\.)+[A-Za-z]$", text[max(0, at - 12) : at])
    return initialism is not None and following.group(1).lower() not in _OPENERS


__all__ = ["HEADING", "ITEM", "PARAGRAPH", "ROW", "Block", "Section", "Structure", "Table", "build", "from_text"]
