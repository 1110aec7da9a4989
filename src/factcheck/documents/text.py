"""Plain UTF-8 text: the canonical text is the file itself, positioned by its own lines and columns."""

from __future__ import annotations

from factcheck.documents.builder import DocumentError
from factcheck.documents.model import Document, from_text
from factcheck.i18n import _


def decode_utf8(data: bytes, path: str) -> str:
    """The bytes as UTF-8 (a byte-order mark is dropped); else a message naming the line and column."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        before = data[: error.start]
        line = before.count(b"\n") + 1
        column = len(before[before.rfind(b"\n") + 1 :].decode("utf-8", "replace")) + 1  # in characters
        raise DocumentError(path, _("not UTF-8 text: save the file as UTF-8"), line, column) from None


def read_text_bytes(data: bytes, path: str) -> Document:
    """A text file: Windows and old Mac line ends read as newlines, so lines and columns match an editor's."""
    text = decode_utf8(data, path)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return from_text(text, path, "txt")
