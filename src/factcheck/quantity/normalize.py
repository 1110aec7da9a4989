"""Length-preserving normalisation of text before figures are read.

Every character maps to exactly one character, so a span found in the
normalised text slices the original text at the same offsets.  Full-width
forms go through NFKC (``１２１`` -> ``121``, ``％`` -> ``%``); traditional
characters map to simplified ones (``億`` -> ``亿``, ``組織`` -> ``组织``) with OpenCC's
character table, so a draft in traditional characters still matches its claims.
The full-width comma ``，`` is clause punctuation, never a thousands separator,
so it is kept apart from the ASCII comma; superscript digits stay apart from the digits before them, and
circled numbers (①) stay note marks.
"""

from __future__ import annotations

import functools
import unicodedata
from pathlib import Path

_TRADITIONAL_FILE = "data/ts_characters.txt"


@functools.cache
def _traditional() -> dict[int, str]:
    """OpenCC's one-to-one traditional -> simplified characters (see data/ts_characters.txt).

    Read on first use, straight from the package folder: importlib.resources would import zipfile, tempfile
    and more on every start, for the rare install that is not a plain folder (a zip), which it still serves.
    """
    try:
        table = (Path(__file__).parent / _TRADITIONAL_FILE).read_text("utf-8")
    except OSError:  # pragma: no cover - only when installed as a zip
        from importlib.resources import files

        table = files("factcheck.quantity").joinpath(_TRADITIONAL_FILE).read_text("utf-8")
    return pairs(table)


def pairs(table: str) -> dict[int, str]:
    """Each line of two characters not starting with '#': the first's code -> the second."""
    body = table
    while body.startswith("#"):  # the comment lines on top
        body = body.partition("\n")[2]
    count = len(body) // 3
    # Past them, the bundled table is pair after pair, each ending its line: cut in C, not line by line, when
    # no character of a pair is a comment mark or ends a line of its own (str.splitlines knows a dozen).
    header = table[: len(table) - len(body)]
    if len(body) == 3 * count and body[2::3] == "\n" * count and len(header.splitlines()) == header.count("\n"):
        firsts, seconds = body[0::3], body[1::3]
        if "#" not in firsts and (firsts + seconds).isprintable():
            return dict(zip(map(ord, firsts), seconds, strict=True))
    return {ord(line[0]): line[1] for line in table.splitlines() if len(line) == 2 and not line.startswith("#")}


# Characters NFKC would fold but that must keep their own meaning here: the full-width comma, and superscript and
# subscript digits and signs, which are powers (10⁶), footnote marks (45,000¹) and chemistry (CO₂), never digits
# of the number before them (10⁶ is not 106).
# Circled and bracketed numbers (① ⑴ ⒈ ❶ ➀) number notes and list items (注：①本表…), never figures.
SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻"
_ENCLOSED = "".join(
    map(chr, [*range(0x2460, 0x2500), *range(0x2776, 0x2794), *range(0x3251, 0x3260), *range(0x32B1, 0x32C0)])
)
_KEEP = frozenset("，" + SUPERSCRIPTS + "₀₁₂₃₄₅₆₇₈₉₊₋" + _ENCLOSED)


@functools.lru_cache(maxsize=4096)
def _fold(char: str) -> str:
    if char in _KEEP or char.isascii():
        return char
    folded = unicodedata.normalize("NFKC", char)
    if len(folded) != 1:
        return char
    return folded.translate(_traditional())


class _FoldTable(dict[int, str]):
    """A str.translate table filled on first use of each character."""

    def __missing__(self, code: int) -> str:
        folded = _fold(chr(code))
        self[code] = folded
        return folded


_TABLE = _FoldTable()


def normalize(text: str) -> str:
    """Fold full-width and traditional forms, one character for one character."""
    if text.isascii():
        return text
    return text.translate(_TABLE)
