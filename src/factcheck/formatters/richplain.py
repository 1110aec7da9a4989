"""The rich report without colour, laid out here rather than by the terminal library's renderer.

Without colour (a pipe, a file, ``--color never``) the rich report is plain text in boxes.  Building it as rich
objects costs a one-article check more than the check itself: importing ``rich.console``, then measuring and
rendering every cell of a table through several layers of objects.  This module writes the same text directly.
Every step follows the library's own: words wrap where ``rich.text.Text.wrap`` wraps them (folding a word
longer than the line, trimming the whitespace a line ends in), each cell is measured and each column sized as
``rich.table.Table`` sizes it (shrinking the wrapping column when the table is too wide), and widths are the
library's own measure of each character (``rich.cells``; the common characters' widths are written here and
tested against it), so a Chinese character takes two cells here exactly where it does there.

What it does not lay out as the library would raises :class:`Unsupported`, and the formatter renders with rich
instead: a string the library would read as markup (a ``[``), a tab, a character the library strips, an escape
character (the report's trailing padding is then simply each line's trailing spaces), or a zero-width character
at the start of a styled part (where the library measures the parts apart).
``tests/formatters/test_richplain.py`` holds the two to the same bytes on reports made at random.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from itertools import pairwise
from typing import Any

from factcheck.quantity.lazyre import lazy_compile

_WORD = lazy_compile(r"\s*\S+\s*")  # a word and the whitespace around it, as the library divides a line
_TRAILING_WHITESPACE = lazy_compile(r"\s+$")
_UNSUPPORTED = lazy_compile("[\t\x07\x08\x0b\x0c\r\x1b\\[]")  # tabs, what the library strips, escapes, markup

# The library's HEAVY_HEAD box: top, header row, the rule under the header, body rows, bottom.
_TOP = ("┏", "━", "┳", "┓")
_HEAD = ("┃", "┃", "┃")
_HEAD_RULE = ("┡", "━", "╇", "┩")
_BODY = ("│", "│", "│")
_BOTTOM = ("└", "─", "┴", "┘")


class Unsupported(Exception):
    """Text this module does not lay out as the library would: render it with the library."""


# -- character widths -----------------------------------------------------------------------------------
#
# The library measures characters with its own Unicode tables (rich.cells).  Most reports hold only ASCII, CJK
# characters and punctuation, and the marks of the table: their widths are written here, exactly the
# library's (tests/formatters/test_richplain.py compares every character of these ranges with rich.cells),
# and rich.cells is imported only for a text holding any other character (an emoji, a combining accent,
# a zero-width joiner), or when UNICODE_VERSION asks the library for another version's tables.
_NARROW = (
    (0x20, 0x7E),  # ASCII
    (0xA0, 0xAC),  # Latin-1, Latin Extended, IPA (not the soft hyphen U+00AD)
    (0xAE, 0x2FF),
    (0x2010, 0x2027),  # dashes, quotation marks, bullets, ellipsis
    (0x2030, 0x203A),  # per mille, primes, single guillemets
    (0x2190, 0x2199),  # arrows
    (0x2200, 0x22FF),  # mathematical operators (≈, ≤, ≥, ±...)
    (0x2500, 0x25FC),  # box drawing, blocks, geometric shapes
    (0x26A0, 0x26A0),  # ⚠
    (0x2714, 0x2714),  # ✔
    (0x2718, 0x2718),  # ✘
)
_WIDE = (
    (0x3000, 0x3029),  # CJK symbols and punctuation (not the combining tone marks U+302A-U+302F)
    (0x3030, 0x303E),
    (0x3400, 0x4DBF),  # CJK extension A
    (0x4E00, 0x9FFF),  # CJK unified ideographs
    (0xFF01, 0xFF60),  # fullwidth forms
    (0xFFE0, 0xFFE6),
)
_WIDTHS: dict[str, int] = {}  # each known character's width, filled on first use


def _known(code: int) -> int:
    """A known character's width (1 or 2), else 0."""
    for low, high in _NARROW:
        if low <= code <= high:
            return 1
    for low, high in _WIDE:
        if low <= code <= high:
            return 2
    return 0


class _Library:
    """rich.cells, imported on first need."""

    functions: tuple[Callable[..., Any], Callable[..., Any], Callable[..., Any]] | None = None

    @classmethod
    def get(cls) -> tuple[Callable[..., Any], Callable[..., Any], Callable[..., Any]]:
        if cls.functions is None:
            from rich.cells import cell_len, chop_cells, set_cell_size

            cls.functions = (cell_len, chop_cells, set_cell_size)
        return cls.functions


def _widths(text: str) -> list[int] | None:
    """Each character's width, or None if a character is not a known one (the library measures the text)."""
    if "UNICODE_VERSION" in os.environ:
        return None
    widths = []
    table = _WIDTHS
    for char in text:
        width = table.get(char)
        if width is None:
            width = _known(ord(char))
            if not width:
                return None
            table[char] = width
        widths.append(width)
    return widths


def cell_len(text: str) -> int:
    """The cells ``text`` takes, as rich.cells.cell_len measures it."""
    if text.isascii() and text.isprintable():
        return len(text)
    widths = _widths(text)
    return sum(widths) if widths is not None else int(_Library.get()[0](text))


def chop_cells(text: str, width: int) -> list[str]:
    """``text`` cut into lines of at most ``width`` cells, as rich.cells.chop_cells cuts it."""
    widths = _widths(text)
    if widths is None:
        return list(_Library.get()[1](text, width))
    lines: list[str] = []
    size = offset = 0
    for index, cells in enumerate(widths):  # each known character is a grapheme of its own
        if size + cells > width:
            lines.append(text[offset:index])
            offset, size = index, 0
        size += cells
    if size:
        lines.append(text[offset:])
    return lines


def set_cell_size(text: str, total: int) -> str:
    """``text`` cropped or padded to exactly ``total`` cells, as rich.cells.set_cell_size makes it."""
    length = cell_len(text)
    if length < total:
        return text + " " * (total - length)
    if length == total:
        return text
    return str(_Library.get()[2](text, total))  # cropping, which may split a wide character: the library's way


def check(*parts: str) -> None:
    """Raise :class:`Unsupported` for a part the library would not print as it stands."""
    for part in parts:
        if _UNSUPPORTED.search(part) or (part and part[0] != "\n" and cell_len(part[0]) == 0):
            raise Unsupported


# -- words and lines ------------------------------------------------------------------------------------


def _breaks(line: str, width: int) -> list[int]:
    """Where a line breaks to fit ``width`` cells: between words, inside a word longer than a line."""
    breaks: list[int] = []
    offset = 0
    for match in _WORD.finditer(line):
        start, word = match.start(), match.group()
        stripped = word.rstrip()
        length = cell_len(stripped)
        if width - offset >= length:
            spaces = len(word) - len(stripped)  # plain spaces take a cell each; other whitespace is measured
            offset += length + spaces if word.count(" ", len(stripped)) == spaces else cell_len(word)
        elif length > width:  # folded across lines
            pieces = chop_cells(word, width)
            for number, piece in enumerate(pieces, 1):
                if start:
                    breaks.append(start)
                if number == len(pieces):
                    offset = cell_len(piece)
                else:
                    start += len(piece)
        elif offset and start:
            breaks.append(start)
            offset = cell_len(word)
    return breaks


def _truncate(text: str, width: int, pad: bool = False) -> str:
    length = cell_len(text)
    if length > width:
        text = set_cell_size(text, width)
    if pad and length < width:
        text += " " * (width - length)
    return text


def wrap(text: str, width: int, *, left: bool = False, no_wrap: bool = False) -> list[str]:
    """``text`` as lines of at most ``width`` cells; ``left`` pads each to the width (a table cell)."""
    lines: list[str] = []
    for line in text.split("\n"):
        if no_wrap:
            pieces = [line]
        else:
            bounds = [0, *_breaks(line, width), len(line)]
            pieces = [line[a:b] for a, b in pairwise(bounds)] if len(bounds) > 2 else [line]
            for index, piece in enumerate(pieces):
                # The library compares characters, not cells, with the width here: so do we.
                if len(piece) > width and (space := _TRAILING_WHITESPACE.search(piece)) is not None:
                    pieces[index] = piece[: len(piece) - min(len(space.group()), len(piece) - width)]
        for piece in pieces:  # padded or cropped to the width, a line needs no second truncation
            lines.append(_truncate(piece, width, pad=True) if left else _truncate(piece, width))
    return lines


# -- measuring and sizing columns -------------------------------------------------------------------------


def _normal(low: int, high: int) -> tuple[int, int]:
    low = min(max(0, low), high)
    return max(0, low), max(0, max(low, high))


def _measure_text(text: str, width: int) -> tuple[int, int]:
    """The fewest and most cells ``text`` takes (its longest word, its longest line), within ``width``."""
    if width < 1:
        return 0, 0
    lines = text.splitlines()
    high = max(cell_len(line) for line in lines) if lines else 0
    words = text.split()
    low = max(cell_len(word) for word in words) if words else high
    low, high = _normal(low, high)
    low, high = min(low, width), min(high, width)
    return (0, 0) if high < 1 else _normal(low, high)


def _measure_padded(text: str, width: int, padding: int) -> tuple[int, int]:
    if width < 1:
        return 0, 0
    if width - padding < 1:
        low, high = width, width
    else:
        low, high = _measure_text(text, width)
        low, high = min(low + padding, width), min(high + padding, width)
    low, high = _normal(low, high)
    low, high = min(low, width), min(high, width)
    return (0, 0) if high < 1 else _normal(low, high)


class Column:
    """A column: its cells (the header first, if any), a fixed width if it has one, and whether it wraps."""

    def __init__(self, cells: Sequence[str], *, width: int | None = None, no_wrap: bool = False) -> None:
        self.cells = cells
        self.width = width
        self.no_wrap = no_wrap

    def measure(self, width: int) -> tuple[int, int]:
        if width < 1:
            return 0, 0
        if self.width is not None:
            return min(self.width + 2, width), min(self.width + 2, width)
        sizes = [_measure_padded(cell, width, 2) for cell in self.cells]
        low = max((s[0] for s in sizes), default=1)
        high = max((s[1] for s in sizes), default=width)
        return min(low, width), min(high, width)


def _reduce(total: int, ratios: list[int], maximums: list[int], values: list[int]) -> list[int]:
    ratios = [ratio if most else 0 for ratio, most in zip(ratios, maximums, strict=True)]
    total_ratio = sum(ratios)
    if not total_ratio:
        return values[:]
    remaining = total
    result = []
    for ratio, most, value in zip(ratios, maximums, values, strict=True):
        if ratio and total_ratio > 0:
            distributed = min(most, round(ratio * remaining / total_ratio))
            result.append(value - distributed)
            remaining -= distributed
            total_ratio -= ratio
        else:
            result.append(value)
    return result


def _collapse(widths: list[int], wrapping: list[bool], limit: int) -> list[int]:
    total = sum(widths)
    excess = total - limit
    if any(wrapping):
        while total and excess > 0:
            widest = max(w for w, wraps in zip(widths, wrapping, strict=True) if wraps)
            second = max(w if wraps and w != widest else 0 for w, wraps in zip(widths, wrapping, strict=True))
            difference = widest - second
            ratios = [1 if (w == widest and wraps) else 0 for w, wraps in zip(widths, wrapping, strict=True)]
            if not any(ratios) or not difference:
                break
            widths = _reduce(excess, ratios, [min(excess, difference)] * len(widths), widths)
            total = sum(widths)
            excess = total - limit
    return widths


def column_widths(columns: Sequence[Column], limit: int) -> list[int]:
    """Each column's width, padding included, borders not: the library's sizing of a table that does not
    expand to the width but shrinks to fit it."""
    widths = [column.measure(limit)[1] or 1 for column in columns]
    if sum(widths) > limit:
        widths = _collapse(widths, [c.width is None and not c.no_wrap for c in columns], limit)
        if sum(widths) > limit:  # the last resort: every column loses its share
            widths = _reduce(sum(widths) - limit, [1] * len(widths), widths, widths)
        widths = [column.measure(width)[1] or 0 for width, column in zip(widths, columns, strict=True)]
    return widths


def _cell(text: str, width: int, no_wrap: bool) -> list[str]:
    """A cell's lines: its text wrapped inside one space of padding each side, each line ``width`` cells."""
    inner = width - 2
    if inner < 1 and (text.strip() or inner < 0):  # an empty (or blank) cell may be only its padding
        raise Unsupported
    return [f" {line} " for line in wrap(text, inner, left=True, no_wrap=no_wrap)]


def table(heading: str, rows: Sequence[tuple[str, str]], width: int) -> list[str]:
    """A mark column one cell wide and a text column, under a heading, in the library's heavy-headed box."""
    columns = [
        Column(["", *(mark for mark, _text in rows)], width=1, no_wrap=True),
        Column([heading, *(text for _mark, text in rows)]),
    ]
    widths = column_widths(columns, width - 3)  # less the three borders
    lines = [_TOP[0] + _TOP[2].join(_TOP[1] * w for w in widths) + _TOP[3]]
    for number, cells in enumerate([("", heading), *rows]):
        parts = [_cell(text, w, c.no_wrap) for text, w, c in zip(cells, widths, columns, strict=True)]
        height = max(len(p) for p in parts)
        blank = [" " * w for w in widths]
        if number == 0:  # the header sits at the bottom of its row
            parts = [[blank[i]] * (height - len(p)) + p for i, p in enumerate(parts)]
        else:
            parts = [p + [blank[i]] * (height - len(p)) for i, p in enumerate(parts)]
        left, divider, right = _HEAD if number == 0 else _BODY
        lines.extend(left + divider.join(p[line] for p in parts) + right for line in range(height))
        if number == 0:
            lines.append(_HEAD_RULE[0] + _HEAD_RULE[2].join(_HEAD_RULE[1] * w for w in widths) + _HEAD_RULE[3])
    lines.append(_BOTTOM[0] + _BOTTOM[2].join(_BOTTOM[1] * w for w in widths) + _BOTTOM[3])
    return lines


def grid(title: str, rows: Sequence[tuple[str, str, str]], width: int) -> list[str]:
    """Three columns without borders or header (the first two never wrap), under a title."""
    columns = [
        Column([row[0] for row in rows], no_wrap=True),
        Column([row[1] for row in rows], no_wrap=True),
        Column([row[2] for row in rows]),
    ]
    widths = column_widths(columns, width)
    lines = wrap(title, sum(widths), left=True)
    for row in rows:
        parts = [_cell(text, w, c.no_wrap) for text, w, c in zip(row, widths, columns, strict=True)]
        height = max(len(p) for p in parts)
        parts = [p + [" " * widths[i]] * (height - len(p)) for i, p in enumerate(parts)]
        lines.extend("".join(p[line] for p in parts) for line in range(height))
    return lines


def indented(text: str, indent: int, width: int) -> list[str]:
    """``text`` wrapped to the width less ``indent`` spaces, each line after the indent."""
    return [" " * indent + line for line in wrap(text, width - indent)]
