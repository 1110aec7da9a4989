"""Plain UTF-8 text: the canonical text is the file itself, positioned by its own lines and columns.

A file hard-wrapped at a fixed width (text copied out of a PDF, ``pdftotext`` output, a mail) breaks its
paragraphs across lines, and a sentence, a figure or ``比上/年末`` with them.  Such a paragraph is one line
again: a line that runs (nearly) to the file's width and ends mid-sentence joins the next, as
:func:`~factcheck.documents.builder.line_break` joins a PDF's lines (nothing between Chinese, a space between
English words, a hyphen that only split a word dropped).  A line never joins across a blank line, onto an
indented line, a heading or list marker, a table row (``|`` or columns set apart by runs of spaces), or after
a full stop; a file whose lines are whole paragraphs is left exactly as it is.  Positions stay the file's own.
"""

from __future__ import annotations

from itertools import pairwise

from factcheck.documents.builder import DocumentError, is_cjk, line_break
from factcheck.documents.model import Anchor, Document, from_text
from factcheck.i18n import _
from factcheck.quantity.lazyre import lazy_compile


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
    unwrapped = unwrap(text)
    if unwrapped is None:
        return from_text(text, path, "txt")
    canonical, anchors = unwrapped
    return Document(path, "txt", canonical, anchors=anchors)


_ENDS_SENTENCE = frozenset("。！？!?…：:.")
_NEW_BLOCK = lazy_compile(
    r"^(?:\s|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+[.、．]\s*\D|第[一二三四五六七八九十\d]+[章节条部分]"
    r"|[•·\-*–—]\s|表\s*\d|图\s*\d|Table\s+\d|Figure\s+\d|#)"
)
_TABLE_LINE = lazy_compile(r"\||\S {2,}\S|\t")  # compiled only for a file with lines to join
_MIN_WRAPPED_LINES = 4


def unwrap(text: str) -> tuple[str, tuple[Anchor, ...]] | None:
    """The text with its hard-wrapped paragraphs joined, and an anchor at each of the file's lines; None when
    nothing is joined (the file is its own canonical text)."""
    lines = text.split("\n")
    widths = sorted(len(line.rstrip()) for line in lines if len(line.strip()) >= 10)
    if len(widths) < _MIN_WRAPPED_LINES:
        return None
    width = widths[min(len(widths) - 1, len(widths) * 9 // 10)]  # a typical full line, not the longest
    joins = [_wraps(line, following, width) for line, following in pairwise(lines)]
    if not any(joins):
        return None
    parts: list[str] = []
    anchors: list[Anchor] = []
    length = 0
    for number, line in enumerate(lines):
        if number and not joins[number - 1]:
            parts.append("\n")
            length += 1
        elif number:
            previous = parts[-1]
            tail = previous.rstrip()[-16:]
            if any(is_cjk(char) for char in tail):
                tail = tail.replace(" ", "")  # 增长 2. / 7%: a figure of a Chinese sentence, spaced by the PDF
            drop, separator = line_break(tail, line.lstrip())
            kept = previous.rstrip()
            kept = kept[: len(kept) - drop] if drop else kept
            length -= len(previous) - len(kept)
            parts[-1] = kept + separator
            length += len(separator)
            indent = len(line) - len(line.lstrip())
            anchors.append(Anchor(length, number + 1, indent + 1))
            parts.append(line.lstrip())
            length += len(line.lstrip())
            continue
        anchors.append(Anchor(length, number + 1))
        parts.append(line)
        length += len(line)
    return "".join(parts), tuple(anchors)


def _wraps(line: str, following: str, width: int) -> bool:
    """Whether ``line`` is a full line of a paragraph that ``following`` goes on with."""
    body = line.rstrip()
    if not body or not following.strip() or len(body) < width * 3 // 4 or len(body) < 10:
        return False
    broken_figure = body[-1] == "." and body[-2:-1].isdigit() and following.lstrip()[:1].isdigit()  # 2. / 7%
    if (body[-1] in _ENDS_SENTENCE and not broken_figure) or (
        body[-1] in '”’"」』）)' and len(body) > 1 and body[-2] in _ENDS_SENTENCE
    ):
        return False
    # a numbered paragraph (一、全年受理…, 1. The number …) wraps like any other; the next item never joins it
    return not (
        _TABLE_LINE.search(body.strip()) or _TABLE_LINE.search(following.strip()) or _NEW_BLOCK.match(following)
    )
