"""Word .docx (python-docx): paragraphs, headings and tables, tracked changes resolved as accepted.

python-docx opens the package and resolves styles and core properties; the body is walked here, because
python-docx's ``Paragraph.text`` leaves out text inside ``w:ins`` (a tracked insertion). Read as accepted:

- inserted text (``w:ins``, ``w:moveTo``) is kept, deleted text (``w:del``, ``w:delText``, ``w:moveFrom``) is
  dropped, and a paragraph whose mark was deleted runs on into the next one;
- hidden text (``w:vanish``) is not part of the document and is dropped;
- comments are ignored (they live in their own part; the body holds only their anchors), and so are field
  codes (``w:instrText``); a field's result is kept, except a page number (``PAGE``, ``NUMPAGES``,
  ``PAGEREF``: a table of contents' page numbers are no figures of the text);
- a footnote or endnote reference mark never joins the figure it follows (Word numbers it; a mark typed in
  superscript is dropped as :func:`~factcheck.documents.builder.superscript` says); the notes themselves are
  read after the body, each located ``fnN`` or ``enN``;
- a text box's paragraphs are read after the paragraph that anchors it;
- a list item's number is Word's to draw: it is no part of the text, so never a figure;
- a heading is a paragraph in a heading style (``Heading 1``, ``标题 1``, ``Title``) or with an outline level;
- a table row is one line, its cells joined by `` | `` (a cell's paragraphs joined by a space); a cell merged
  across columns leaves empty cells after it, one merged down leaves empty cells below, so cells stay under
  their columns.

A position is ``¶N``: the Nth paragraph with text, headings and table rows counted, as a reader would count.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from typing import Any

from factcheck.documents.builder import Builder, DocumentError, Piece, Position, join_breaks, set_in, superscript
from factcheck.documents.model import Document
from factcheck.i18n import _

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
MAX_UNPACKED_BYTES = 200 * 1024 * 1024  # all parts together, unpacked: a zip bomb stops here
_DROPPED = {f"{W}del", f"{W}moveFrom", f"{W}delText", f"{MC}Fallback"}
_DROPPED |= {f"{W}commentReference", f"{W}footnoteReference", f"{W}endnoteReference", f"{W}pPr"}
_SHOWN = {f"{W}t", f"{W}tab", f"{W}br", f"{W}cr", f"{W}noBreakHyphen", f"{W}txbxContent"}
_PAGE_FIELDS = {"PAGE", "NUMPAGES", "SECTIONPAGES", "PAGEREF"}
_NOTE_STYLE = re.compile(r"footnote\s*reference|endnote\s*reference|脚注引用|尾注引用", re.IGNORECASE)
_HEADING_STYLE = re.compile(r"^(?:heading|标题)\s*(\d)$", re.IGNORECASE)


def read(data: bytes, path: str) -> Document:
    """The document's body text; a damaged or protected file is a :class:`DocumentError`."""
    import docx

    _check_package(data, path)
    try:
        document = docx.Document(io.BytesIO(data))
        title = (document.core_properties.title or "").strip() or None
        styles = _style_levels(document)
        builder = Builder(path, "docx")
        counter = _Counter(_note_styles(document))
        for kind, element in _blocks(document.element.body):
            if kind == "table":
                _table(builder, element, counter)
            else:
                _paragraph(builder, element, counter, styles)
        _flush_pending(builder, counter)
        for prefix, name in (("fn", "footnotes"), ("en", "endnotes")):
            _notes(builder, document, prefix, name, counter)
    except DocumentError:
        raise
    except Exception:  # python-docx and lxml raise many kinds for a damaged package
        raise DocumentError(
            path, _("is not a readable Word document (.docx): open it in Word and save it again")
        ) from None
    result = builder.document(title=title or builder.leading_heading())
    if not result.text.strip():
        raise DocumentError(path, _("has no text in its body"))
    return result


def _check_package(data: bytes, path: str) -> None:
    """A .docx is a zip file: refuse what is not one, is encrypted, or unpacks to an unreasonable size."""
    if data.startswith(b"\xd0\xcf\x11\xe0"):  # OLE2: an old .doc, or a password-protected .docx
        raise DocumentError(
            path,
            _("is password-protected or an old Word 97-2003 file: save an unprotected copy as .docx and read that"),
        )
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            infos = package.infolist()
    except (zipfile.BadZipFile, ValueError, OSError):
        raise DocumentError(
            path, _("is not a readable Word document (.docx): open it in Word and save it again")
        ) from None
    if sum(info.file_size for info in infos) > MAX_UNPACKED_BYTES or len(infos) > 10_000:
        raise DocumentError(path, _("unpacks to more than {limit:,} bytes: not read").format(limit=MAX_UNPACKED_BYTES))


def _style_levels(document: Any) -> dict[str, int]:
    """Heading level by paragraph style id, from the style's name or its outline level (followed up its bases)."""
    levels: dict[str, int] = {}
    for style in document.styles:
        level: int | None = None
        current = style
        depth = 0
        while current is not None and level is None and depth < 10:
            level = _level_of(current)
            current = getattr(current, "base_style", None)
            depth += 1
        if level is not None:
            levels[style.style_id] = level
    return levels


def _level_of(style: Any) -> int | None:
    name = (style.name or "").strip()
    if name.lower() == "title":
        return 1
    match = _HEADING_STYLE.match(name)
    if match:
        return int(match.group(1))
    outline = style.element.find(f"{W}pPr/{W}outlineLvl")
    if outline is not None:
        value = outline.get(f"{W}val", "9")
        return int(value) + 1 if value.isdigit() and int(value) < 9 else None
    return None


def _blocks(body: Any) -> Iterator[tuple[str, Any]]:
    """Paragraphs and tables of the body in order, looking inside content controls and tracked insertions."""
    for child in body:
        tag = child.tag
        if tag == f"{W}p":
            yield "p", child
        elif tag == f"{W}tbl":
            yield "table", child
        elif tag in (f"{W}sdt", f"{W}customXml", f"{W}ins", f"{W}moveTo"):
            content = child.find(f"{W}sdtContent") if tag == f"{W}sdt" else child
            if content is not None:
                yield from _blocks(content)


class _Counter:
    """Numbers the paragraphs with text, carries a paragraph whose mark was deleted into the next, and follows
    the fields that are open (a field may span paragraphs: a table of contents)."""

    def __init__(self, note_styles: frozenset[str] = frozenset()) -> None:
        self.number = 0
        self.pending: list[Piece] = []
        self.pending_level: int | None = None
        self.note_styles = note_styles  # character style ids of footnote and endnote references
        self.fields: list[list[Any]] = []  # open fields: [instruction, showing the result, result dropped]
        self.part: str | None = None  # "fn3" while reading footnote 3


def _note_styles(document: Any) -> frozenset[str]:
    ids = set()
    for style in document.styles:
        if _NOTE_STYLE.search(style.name or "") or _NOTE_STYLE.search(style.style_id or ""):
            ids.add(style.style_id)
    return frozenset(ids)


def _paragraph(builder: Builder, element: Any, counter: _Counter, styles: dict[str, int]) -> None:
    boxes: list[Any] = []
    text = _text(element, counter, boxes)
    level = _paragraph_level(element, styles)
    if text.strip() or counter.pending:
        if text.strip():
            counter.number += 1
        at = Position(builder.line, 1, paragraph=counter.number, part=counter.part)
        pieces = [*counter.pending, Piece(text, at)]
        if _mark_deleted(element):
            counter.pending = [*pieces, Piece(" ")] if text and not text.endswith(" ") else pieces
            counter.pending_level = counter.pending_level or level
        else:
            builder.block(pieces, heading=counter.pending_level or level)
            counter.pending = []
            counter.pending_level = None
    for box in boxes:  # a text box's paragraphs, after the paragraph that anchors it
        for kind, inner in _blocks(box):
            if kind == "table":
                _table(builder, inner, counter)
            else:
                _paragraph(builder, inner, counter, styles)


def _flush_pending(builder: Builder, counter: _Counter) -> None:
    if counter.pending:
        builder.block(counter.pending, heading=counter.pending_level)
        counter.pending = []
        counter.pending_level = None


def _notes(builder: Builder, document: Any, prefix: str, name: str, counter: _Counter) -> None:
    """The footnotes or endnotes, after the body: each note's paragraphs located ``fnN`` (``enN``)."""
    part = _part(document, name)
    if part is None:
        return
    styles = _style_levels(document)
    for note in part:
        if note.tag != f"{W}{name[:-1]}" or note.get(f"{W}type") in (
            "separator",
            "continuationSeparator",
            "continuationNotice",
        ):
            continue
        identifier = note.get(f"{W}id", "")
        counter.part = f"{prefix}{identifier}" if identifier.isdigit() else prefix
        counter.fields = []
        for kind, element in _blocks(note):
            if kind == "table":
                _table(builder, element, counter)
            else:
                _paragraph(builder, element, counter, styles)
        _flush_pending(builder, counter)
    counter.part = None


def _part(document: Any, name: str) -> Any:
    """The XML of the package's footnotes or endnotes part, or None."""
    from docx.oxml import parse_xml  # lxml without entity resolution or network access

    for relationship in document.part.rels.values():
        if relationship.is_external or not relationship.reltype.endswith(f"/{name}"):
            continue
        return parse_xml(relationship.target_part.blob)
    return None


def _paragraph_level(element: Any, styles: dict[str, int]) -> int | None:
    properties = element.find(f"{W}pPr")
    if properties is None:
        return None
    outline = properties.find(f"{W}outlineLvl")
    if outline is not None:
        value = outline.get(f"{W}val", "9")
        if value.isdigit() and int(value) < 9:
            return int(value) + 1
    style = properties.find(f"{W}pStyle")
    return styles.get(style.get(f"{W}val", "")) if style is not None else None


def _mark_deleted(element: Any) -> bool:
    return element.find(f"{W}pPr/{W}rPr/{W}del") is not None


def _text(element: Any, counter: _Counter | None = None, boxes: list[Any] | None = None) -> str:
    """A paragraph's text as accepted: insertions in, deletions and hidden text out; tabs and breaks as spaces."""
    parts: list[str] = []
    _collect(element, parts, counter or _Counter(), boxes if boxes is not None else [])
    return "".join(parts)


def _collect(element: Any, parts: list[str], counter: _Counter, boxes: list[Any]) -> None:
    for child in element:
        tag = child.tag
        if not isinstance(tag, str) or tag in _DROPPED:
            continue
        if tag == f"{W}fldChar":
            _field_char(child, counter)
        elif tag == f"{W}instrText":
            if counter.fields and not counter.fields[-1][1]:
                counter.fields[-1][0] += child.text or ""
        elif counter.fields and counter.fields[-1][2] and tag in _SHOWN:
            continue  # the shown result of a page-number field
        elif tag == f"{W}txbxContent":
            boxes.append(child)
        elif tag == f"{W}r":
            _run(child, parts, counter, boxes)
        elif tag == f"{W}fldSimple":
            if _instruction(child.get(f"{W}instr", "")) not in _PAGE_FIELDS:
                _collect(child, parts, counter, boxes)
        elif tag == f"{W}t":
            parts.append(child.text or "")
        elif tag in (f"{W}tab", f"{W}br", f"{W}cr"):
            parts.append(" ")
        elif tag == f"{W}noBreakHyphen":
            parts.append("-")
        elif tag in (f"{W}sym", f"{W}rPr"):
            continue
        else:
            _collect(child, parts, counter, boxes)


def _run(run: Any, parts: list[str], counter: _Counter, boxes: list[Any]) -> None:
    """A run: hidden text dropped, a superscript or footnote-reference run read as a mark."""
    properties = run.find(f"{W}rPr")
    raised = False
    if properties is not None:
        vanish = properties.find(f"{W}vanish")
        if vanish is not None and vanish.get(f"{W}val", "true") not in ("0", "false", "off"):
            return
        align = properties.find(f"{W}vertAlign")
        style = properties.find(f"{W}rStyle")
        raised = (align is not None and align.get(f"{W}val") == "superscript") or (
            style is not None and style.get(f"{W}val", "") in counter.note_styles
        )
    if not raised:
        _collect(run, parts, counter, boxes)
        return
    mark: list[str] = []
    _collect(run, mark, counter, boxes)
    kept = superscript("".join(parts).rstrip(), "".join(mark))
    if kept:
        parts.append(kept)


def _field_char(element: Any, counter: _Counter) -> None:
    kind = element.get(f"{W}fldCharType")
    if kind == "begin":
        counter.fields.append(["", False, False])
    elif kind == "separate" and counter.fields:
        field = counter.fields[-1]
        field[1] = True
        field[2] = _instruction(field[0]) in _PAGE_FIELDS or any(f[2] for f in counter.fields[:-1])
    elif kind == "end" and counter.fields:
        counter.fields.pop()


def _instruction(code: str) -> str:
    words = code.split()
    return words[0].upper() if words else ""


def _table(builder: Builder, element: Any, counter: _Counter) -> None:
    builder.end_table()
    rows: list[list[list[Piece]]] = []
    marked = 0  # leading rows marked to repeat on every page: the header the author declared
    for row in element.iter(f"{W}tr"):
        if _inside_other_row(row, element):
            continue
        if row.find(f"{W}trPr/{W}del") is not None:
            continue  # a deleted row
        cells = []
        for cell in row.findall(f"{W}tc"):
            raw = [_text(p, counter) for p in cell.iter(f"{W}p")]
            texts = [text.strip() for text in raw]
            if texts and texts[0]:  # a sub-row's label set in by ideographic spaces keeps them (Builder.row)
                texts[0] = set_in([Piece(raw[0])]) + texts[0]
            cells.append(join_breaks(texts))  # a cell's paragraphs: 85 over 120 is two figures, never 85 120
            span = cell.find(f"{W}tcPr/{W}gridSpan")
            value = span.get(f"{W}val", "1") if span is not None else "1"
            cells.extend("" for _ in range(min(int(value), 64) - 1 if value.isdigit() else 0))
        if not any(cells):
            continue
        header = row.find(f"{W}trPr/{W}tblHeader")
        if marked == len(rows) and header is not None and header.get(f"{W}val", "1") not in ("0", "false", "off"):
            marked += 1
        counter.number += 1
        at = Position(builder.line + len(rows), 1, paragraph=counter.number, part=counter.part)
        rows.append([[Piece(text, at if number == 0 else None)] for number, text in enumerate(cells)])
    builder.table(rows, marked)


def _inside_other_row(row: Any, table: Any) -> bool:
    """A row of a table nested in a cell: its text is already part of that cell."""
    parent = row.getparent()
    return parent is not table
