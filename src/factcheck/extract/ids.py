"""Readable ASCII ids: figures (涉黑涉恶犯罪团伙 -> fanzui_tuanhuo, 'criminal cases' -> criminal_cases) and the
article id a user gives ``extract --id`` (it becomes a file name, so it is validated).

Ids depend only on the text, so the same article always gives the same ids.  A figure that is the previous
value, the change or the percentage change of another takes that figure's id with ``_prev``, ``_change`` or
``_pct`` after it, so a rule reads ``change(shouli_anjian, shouli_anjian_prev) == shouli_anjian_pct``.
"""

from __future__ import annotations

import re

from factcheck.errors import FactcheckError
from factcheck.extract.model import CHANGE, PERCENT_CHANGE, POINTS, PREVIOUS, Model
from factcheck.i18n import _

_CJK = re.compile(r"[\u4e00-\u9fff]")
_MAX_SYLLABLES = 4
_SUFFIX = {PREVIOUS: "prev", CHANGE: "change", PERCENT_CHANGE: "pct", POINTS: "pp"}
ARTICLE_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
MAX_ARTICLE_ID = 100


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


def validate_article_id(article_id: str) -> str:
    """An article id as ``extract --id`` takes it: lower-case letters, digits and single hyphens, no path."""
    if len(article_id) > MAX_ARTICLE_ID or not ARTICLE_ID.fullmatch(article_id):  # match() takes "a\n"
        shown = article_id if len(article_id) <= 40 else article_id[:40] + "..."
        raise FactcheckError(
            _(
                "--id {id!r}: an article id is lower-case letters, digits and single hyphens (at most {limit} "
                "characters), such as court-report-2023"
            ).format(id=shown, limit=MAX_ARTICLE_ID)
        )
    return article_id


def assign_ids(model: Model) -> None:
    """Give every figure a unique id; repeats get _2, _3 in reading order."""
    used: set[str] = set()
    counters: dict[str, int] = {}
    cache: dict[str, str] = {}
    for figure in model.figures:
        owner = figure.owner
        if owner is not None and owner.id and figure.role in _SUFFIX:
            base = f"{owner.id}_{_SUFFIX[figure.role]}"
        else:
            if model.language == "zh":
                label = figure.label if len(_CJK.findall(figure.label)) >= 2 else figure.text
                if label not in cache:
                    cache[label] = slug(romanise(label))
                base = cache[label]
            else:
                base = slug(figure.label)
            if figure.role in _SUFFIX and base:
                base = f"{base}_{_SUFFIX[figure.role]}"
        if not base or not base[0].isalpha():
            base = f"figure_{base}" if base else "figure"
        candidate = base
        if candidate in used:
            number = counters.get(base, 1)
            while candidate in used:
                number += 1
                candidate = f"{base}_{number}"
            counters[base] = number
        used.add(candidate)
        figure.id = candidate
