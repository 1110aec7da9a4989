"""Length-preserving normalisation of text before figures are read.

Every character maps to exactly one character, so a span found in the
normalised text slices the original text at the same offsets.  Full-width
forms go through NFKC (``１２１`` -> ``121``, ``％`` -> ``%``); traditional
characters that matter for figures map to simplified ones (``億`` -> ``亿``).
The full-width comma ``，`` is clause punctuation, never a thousands separator,
so it is kept apart from the ASCII comma.
"""

from __future__ import annotations

import functools
import unicodedata

# Traditional (and variant) characters that occur in figures, hedges and units,
# each above its simplified form.
_TRADITIONAL = str.maketrans(
    "億萬兩個點餘約幾數將過於內滿項場條筆張貳參陸圓連續歲頭隻臺間門種類處輛戶噸畝單為佔級屆輪雙對顆棟層週時鐘歐鎊幣減漲較與來審結開議計達",
    "亿万两个点余约几数将过于内满项场条笔张贰叁陆元连续岁头只台间门种类处辆户吨亩单为占级届轮双对颗栋层周时钟欧镑币减涨较与来审结开议计达",
)

# Characters NFKC would fold but that must keep their own meaning here.
_KEEP = frozenset("，")


@functools.lru_cache(maxsize=4096)
def _fold(char: str) -> str:
    if char in _KEEP or char.isascii():
        return char
    folded = unicodedata.normalize("NFKC", char)
    if len(folded) != 1:
        return char
    return folded.translate(_TRADITIONAL)


def normalize(text: str) -> str:
    """Fold full-width and traditional forms, one character for one character."""
    if text.isascii():
        return text
    return "".join(_fold(c) for c in text)
