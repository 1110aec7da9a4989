"""Word .docx (python-docx): paragraphs, headings and tables, tracked changes resolved as accepted.

python-docx opens the package and resolves styles and core properties; the body is walked here, because
python-docx's ``Paragraph.text`` leaves out text inside ``w:ins`` (a tracked insertion). Read as accepted:

- inserted text (``w:ins``, ``w:moveTo``) is kept, deleted text (``w:del``, ``w:delText``, ``w:moveFrom``) is
  dropped, and a paragraph whose mark was deleted runs on into the next one;
- comments are ignored (they live in their own part; the body holds only their anchors), and so are field
  codes (``w:instrText``; the field's result is kept) and text boxes;
- a heading is a paragraph in a heading style (``Heading 1``, ``标题 1``, ``Title``) or with an outline level;
- a table row is one line, its cells joined by `` | `` (a cell's paragraphs joined by a space).

A position is ``¶N``: the Nth paragraph with text, headings and table rows counted, as a reader would count.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from typing import Any

from factcheck.documents.builder import Builder, DocumentError, Piece, Position
from factcheck.documents.model import Document

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
MAX_UNPACKED_BYTES = 200 * 1024 * 1024  # all parts together, unpacked: a zip bomb stops here
_DROPPED = {f"{W}del", f"{W}moveFrom", f"{W}instrText", f"{W}delText", f"{W}txbxContent", f"{MC}Fallback"}
_DROPPED |= {f"{W}commentReference", f"{W}footnoteReference", f"{W}endnoteReference", f"{W}rPr", f"{W}pPr"}
_DAMAGED = "is not a readable Word document (.docx): open it in Word and save it again"
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
        counter = _Counter()
        for kind, element in _blocks(document.element.body):
            if kind == "table":
                _table(builder, element, counter)
            else:
                _paragraph(builder, element, counter, styles)
    except DocumentError:
        raise
    except Exception:  # python-docx and lxml raise many kinds for a damaged package
        raise DocumentError(
            path, "is not a readable Word document (.docx): open it in Word and save it again"
        ) from None
    result = builder.document(title=title or builder.leading_heading())
    if not result.text.strip():
        raise DocumentError(path, "has no text in its body")
    return result


def _check_package(data: bytes, path: str) -> None:
    """A .docx is a zip file: refuse what is not one, is encrypted, or unpacks to an unreasonable size."""
    if data.startswith(b"\xd0\xcf\x11\xe0"):  # OLE2: an old .doc, or a password-protected .docx
        raise DocumentError(
            path,
            "is password-protected or an old Word 97-2003 file: save an unprotected copy as .docx and read that",
        )
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            infos = package.infolist()
    except (zipfile.BadZipFile, ValueError, OSError):
        raise DocumentError(
            path, "is not a readable Word document (.docx): open it in Word and save it again"
        ) from None
    if sum(info.file_size for info in infos) > MAX_UNPACKED_BYTES or len(infos) > 10_000:
        raise DocumentError(path, f"unpacks to more than {MAX_UNPACKED_BYTES:,} bytes: not read")


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
    """Numbers the paragraphs with text, and carries a paragraph whose mark was deleted into the next."""

    def __init__(self) -> None:
        self.number = 0
        self.pending: list[Piece] = []
        self.pending_level: int | None = None


def _paragraph(builder: Builder, element: Any, counter: _Counter, styles: dict[str, int]) -> None:
    text = _text(element)
    level = _paragraph_level(element, styles)
    if not text.strip() and not counter.pending:
        return
    if text.strip():
        counter.number += 1
    pieces = [*counter.pending, Piece(text, Position(builder.line, 1, paragraph=counter.number))]
    if _mark_deleted(element):
        counter.pending = [*pieces, Piece(" ")] if text and not text.endswith(" ") else pieces
        counter.pending_level = counter.pending_level or level
        return
    builder.block(pieces, heading=counter.pending_level or level)
    counter.pending = []
    counter.pending_level = None


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


def _text(element: Any) -> str:
    """A paragraph's text as accepted: insertions in, deletions out; tabs and breaks as spaces."""
    parts: list[str] = []
    _collect(element, parts)
    return "".join(parts)


def _collect(element: Any, parts: list[str]) -> None:
    for child in element:
        tag = child.tag
        if not isinstance(tag, str) or tag in _DROPPED:
            continue
        if tag == f"{W}t":
            parts.append(child.text or "")
        elif tag in (f"{W}tab", f"{W}br", f"{W}cr"):
            parts.append(" ")
        elif tag == f"{W}noBreakHyphen":
            parts.append("-")
        elif tag == f"{W}sym":
            continue
        else:
            _collect(child, parts)


def _table(builder: Builder, element: Any, counter: _Counter) -> None:
    builder.end_table()
    for row in element.iter(f"{W}tr"):
        if _inside_other_row(row, element):
            continue
        if row.find(f"{W}trPr/{W}del") is not None:
            continue  # a deleted row
        cells = []
        for cell in row.findall(f"{W}tc"):
            texts = [_text(p).strip() for p in cell.iter(f"{W}p")]
            cells.append(" ".join(t for t in texts if t))
        if not any(cells):
            continue
        counter.number += 1
        at = Position(builder.line, 1, paragraph=counter.number)
        builder.row([[Piece(text, at if number == 0 else None)] for number, text in enumerate(cells)])
    builder.end_table()


def _inside_other_row(row: Any, table: Any) -> bool:
    """A row of a table nested in a cell: its text is already part of that cell."""
    parent = row.getparent()
    return parent is not table
