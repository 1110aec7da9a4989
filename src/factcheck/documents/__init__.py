"""Documents as newsrooms have them (text, Markdown, web pages, Word, PDF) -> one :class:`Document`.

Every command that reads an article or a draft reads it through :func:`read_document`, so the text that
later steps see is the same whatever the format, and positions are always in the file's own terms:
``12:5`` (line and column) for text, Markdown and HTML, ``p3:12`` (page and line) for PDF, ``¶14``
(paragraph) for Word.

Each format's reader lives in its own module and imports its library only when a file of that format is
read; a library that is not installed is a clear message naming the ``pip install`` that brings it.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import BinaryIO

from factcheck.documents.builder import DocumentError
from factcheck.documents.model import Anchor, Document, Heading, Location, Table, TableRow, from_text
from factcheck.i18n import _
from factcheck.safeio import InputError, read_file, reason

MAX_TEXT_BYTES = 10 * 1024 * 1024  # a text, Markdown or HTML file
MAX_BINARY_BYTES = 50 * 1024 * 1024  # a Word or PDF file
STDIN = "-"

# suffix -> format; any other suffix is read as UTF-8 text, as every command always did
FORMATS = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".docx": "docx",
    ".pdf": "pdf",
}
# format -> (the extra that installs its library, the module a missing install shows as)
EXTRAS = {"md": ("md", "markdown_it"), "docx": ("docx", "docx"), "pdf": ("pdf", "pdfplumber")}
UNSUPPORTED = (".doc", ".rtf", ".odt", ".pages")


def _unsupported(suffix: str) -> str:
    """What to do with a format factcheck does not read."""
    return {
        ".doc": _("is a Word 97-2003 document: save it as .docx (Word: File > Save As > Word Document) and read that"),
        ".rtf": _("is an RTF document: save it as .docx or .txt and read that"),
        ".odt": _("is an OpenDocument text: save it as .docx or .txt and read that"),
        ".pages": _("is a Pages document: export it as .docx or .pdf and read that"),
    }[suffix]


def format_of(path: Path | str) -> str:
    """The format a file is read as, from its suffix (case does not matter)."""
    return FORMATS.get(Path(path).suffix.lower(), "txt")


def read_document(path: Path | str, display: str | None = None) -> Document:
    """Read the document at ``path`` (``-``: standard input); problems raise :class:`DocumentError` (exit 2)."""
    if str(path) == STDIN:
        return read_stdin(display or STDIN)
    path = Path(path)
    shown = display or _display(path)
    suffix = path.suffix.lower()
    if suffix in UNSUPPORTED:
        raise DocumentError(shown, _unsupported(suffix))
    kind = format_of(path)
    limit = MAX_BINARY_BYTES if kind in ("docx", "pdf") else MAX_TEXT_BYTES
    try:
        size = path.stat().st_size
    except OSError as error:
        missing = isinstance(error, (FileNotFoundError, NotADirectoryError))
        raise DocumentError(
            shown, _("no such file") if missing else _("cannot read: {reason}").format(reason=reason(error))
        ) from None
    except ValueError:  # a NUL in the name
        raise DocumentError(shown, _("no such file")) from None
    if size > limit:
        raise DocumentError(
            shown, _("file too large: {size:,} bytes (at most {limit:,})").format(size=size, limit=limit)
        )
    try:  # a regular file only (a FIFO or a device is refused, never waited on), at most `limit` bytes
        data = read_file(path, limit)
    except InputError as error:
        raise DocumentError(shown, str(error)) from None
    return read_bytes(data, shown, kind)


def read_stdin(display: str = STDIN, stream: BinaryIO | None = None) -> Document:
    """Standard input, as a file of the same size limits; a PDF or Word file piped in is recognised."""
    source = stream if stream is not None else sys.stdin.buffer
    try:
        data = _read_bounded(source, MAX_BINARY_BYTES, display)
    except OSError as error:
        raise DocumentError(
            display, _("cannot read standard input: {reason}").format(reason=error.strerror or error)
        ) from None
    kind = "pdf" if data.startswith(b"%PDF-") else "docx" if data.startswith(b"PK\x03\x04") else "txt"
    if kind == "txt" and len(data) > MAX_TEXT_BYTES:
        raise DocumentError(display, _("input too large: more than {limit:,} bytes").format(limit=MAX_TEXT_BYTES))
    return read_bytes(data, display, kind)


def _read_bounded(handle: BinaryIO, limit: int, display: str) -> bytes:
    data = handle.read(limit + 1)
    if len(data) > limit:
        raise DocumentError(display, _("too large: more than {limit:,} bytes").format(limit=limit))
    return data


def read_bytes(data: bytes, display: str, kind: str) -> Document:
    """A document of format ``kind`` from its bytes."""
    if kind == "txt":
        from factcheck.documents.text import read_text_bytes

        return read_text_bytes(data, display)
    reader: Callable[[bytes, str], Document] = _reader_module(kind, display).read
    return reader(data, display)


def _reader_module(kind: str, display: str) -> ModuleType:
    """The reader of ``kind``, or a clear message when the library it needs is not installed."""
    extra = EXTRAS.get(kind)
    if extra is not None:
        name, module = extra
        from importlib.util import find_spec  # here: a plain text article needs no optional library

        if find_spec(module) is None:
            raise DocumentError(
                display,
                _(
                    "reading {kind} files needs an optional library: pip install 'factcheck[{extra}]' "
                    "(or 'factcheck[docs]' for every format)"
                ).format(kind=kind, extra=name),
            )
    return importlib.import_module(f"factcheck.documents.{kind}")


def _display(path: Path) -> str:
    """A path as the user should see it: relative to the working directory when inside it."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except (ValueError, OSError):
        return path.as_posix()


__all__ = [
    "FORMATS",
    "Anchor",
    "Document",
    "DocumentError",
    "Heading",
    "Location",
    "Table",
    "TableRow",
    "format_of",
    "from_text",
    "read_document",
    "read_stdin",
]
