"""Readable ASCII snake_case ids for figures: 涉黑涉恶犯罪团伙 -> fanzui_tuanhuo, 'criminal cases' -> criminal_cases.

Ids depend only on the text, so the same article always gives the same ids.
"""

from __future__ import annotations

import re

from factcheck.extract.document import Document

_CJK = re.compile(r"[\u4e00-\u9fff]")
_MAX_SYLLABLES = 4


def romanise(label: str) -> str:
    """The last few characters of a Chinese label in pinyin, two syllables to a word."""
    from pypinyin import lazy_pinyin  # a pronunciation dictionary; loaded only when extracting

    characters = _CJK.findall(label)[-_MAX_SYLLABLES:]
    syllables = [s for s in lazy_pinyin("".join(characters)) if s.isascii() and s.isalpha()]
    words = ["".join(syllables[i : i + 2]) for i in range(0, len(syllables), 2)]
    return "_".join(words)


def slug(text: str) -> str:
    cleaned = re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")
    return cleaned[:40].strip("_")


def assign_ids(document: Document) -> None:
    """Give every figure a unique id; repeats get _2, _3 in reading order."""
    seen: dict[str, int] = {}
    for figure in document.figures:
        if document.language == "zh":
            label = figure.label if len(_CJK.findall(figure.label)) >= 2 else figure.text
            base = slug(romanise(label))
        else:
            base = slug(figure.label)
        if not base or not base[0].isalpha():
            base = f"figure_{base}" if base else "figure"
        count = seen.get(base, 0) + 1
        seen[base] = count
        figure.id = base if count == 1 else f"{base}_{count}"
