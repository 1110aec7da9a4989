"""Display width of text in a terminal: CJK and full-width characters take two cells."""

from __future__ import annotations

import unicodedata


def display_width(text: str) -> int:
    width = 0
    for char in text:
        if unicodedata.combining(char):
            continue
        width += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return width


def pad(text: str, width: int) -> str:
    """Left-align ``text`` in ``width`` terminal cells."""
    return text + " " * max(0, width - display_width(text))


# Punctuation that may not begin a line (it closes what precedes it) and that may not end one.
_NO_LINE_START = frozenset("，。、；：！？）」』】》〉”’…,;:!?)]}%")  # not ".": it begins .md
_NO_LINE_END = frozenset("（「『【《〈“‘([{")


def is_wide(char: str) -> bool:
    """A character that takes two terminal cells (East Asian Wide or Fullwidth)."""
    return unicodedata.east_asian_width(char) in ("W", "F")


def _can_break(before: str, after: str) -> bool:
    """A line may break between two characters with no space between them only beside a wide character."""
    if after in _NO_LINE_START or before in _NO_LINE_END:
        return False
    return is_wide(before) or is_wide(after)


def _units(text: str) -> list[tuple[str, bool]]:
    """``text`` as the pieces a line may break between, each with whether a space precedes it."""
    units: list[tuple[str, bool]] = []
    piece = ""
    space = False
    space_before_piece = False
    for char in text:
        if char.isspace():
            if piece:
                units.append((piece, space_before_piece))
                piece = ""
            space = True
            continue
        if piece and _can_break(piece[-1], char):
            units.append((piece, space_before_piece))
            piece = ""
        if not piece:
            space_before_piece, space = space, False
        piece += char
    if piece:
        units.append((piece, space_before_piece))
    return units


def wrap(text: str, width: int, initial_indent: str = "", subsequent_indent: str = "") -> list[str]:
    """Lines of at most ``width`` cells: Latin breaks at spaces, Chinese between any two characters.

    Punctuation stays with the text it closes; a piece wider than a whole line is folded cell by cell.
    """
    lines: list[str] = []
    line, used, empty = initial_indent, display_width(initial_indent), True
    for piece, space in _units(text):
        piece_width = display_width(piece)
        gap = 1 if space and not empty else 0
        if not empty and used + gap + piece_width > width:
            lines.append(line)
            line, used, empty, gap = subsequent_indent, display_width(subsequent_indent), True, 0
        while empty and used + piece_width > width and len(piece) > 1:  # fold a piece longer than a line
            cut, cells = 0, used
            while cut < len(piece) and cells + display_width(piece[cut]) <= width:
                cells += display_width(piece[cut])
                cut += 1
            cut = max(cut, 1)
            lines.append(line + piece[:cut])
            piece = piece[cut:]
            piece_width = display_width(piece)
            line, used = subsequent_indent, display_width(subsequent_indent)
        line += " " * gap + piece
        used += gap + piece_width
        empty = False
    lines.append(line)
    return lines
