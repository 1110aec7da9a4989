"""The answer keys of the third blind set, ``tests/heldout/fresh3``, checked against their own texts and arithmetic.

The set was written after the phrasing of real published reports by someone who never saw the extractor's code,
its docs, its tests or the other corpora's texts, and never ran extract, scan or check on its texts: a government
work report's review of the year, an audit work report, an ecological-environment bulletin, a fire circular, a
medical-insurance statistical bulletin, an education statistical bulletin with a table and a press-conference
transcript in Chinese; a newsroom article on prices, NHS waiting times, a census release, a labour-market release,
school statistics, a budget statement and a regulator's annual report in English. The keys use the format of
``tests/corpus`` (tests/corpus/README.md). This module checks only the keys: that each parses, that every figure is
where the key says it is, and that every ``holds:`` is what the figures' intervals say. Measuring extract and scan
on the set is left to a separate test.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from tests.corpus_keys import GENRES, arithmetic_problems, key_of

FRESH3_DIR = Path(__file__).parent / "fresh3"
TEXTS = sorted(FRESH3_DIR.glob("*.txt"))


@pytest.mark.parametrize("text", TEXTS, ids=lambda p: p.stem)
def test_the_key_parses_and_finds_every_figure(text: Path) -> None:
    key = key_of(text)
    assert key.genre in GENRES
    assert key.relations, "a key relates figures"
    for figure in key.figures.values():
        assert key.text[figure.start : figure.end] == figure.text, figure.name


@pytest.mark.parametrize("text", TEXTS, ids=lambda p: p.stem)
def test_the_key_agrees_with_the_arithmetic(text: Path) -> None:
    """Every "holds" is what the figures' intervals say, every planted error fails, no relation is a trap."""
    assert arithmetic_problems(key_of(text)) == []


def test_the_third_fresh_set_is_large_and_varied() -> None:
    keys = [key_of(p) for p in TEXTS]
    languages = Counter(k.language for k in keys)
    assert len(keys) >= 14
    assert languages["zh"] >= 7 and languages["en"] >= 7, "both languages, half each"
    assert sum(len(k.relations) for k in keys) >= 220
    assert sum(len(k.traps) for k in keys) >= 45
    assert sum(len(k.planted) for k in keys) >= 6
    planted = [k for k in keys if k.planted]
    assert 4 <= len(planted) <= len(keys) // 2, "planted errors in about a third of the texts"
    assert sum(1 for k in keys if not k.planted) >= 7, "consistent texts, where every alarm is false"
    kinds = {r.kind for k in keys for r in k.relations}
    assert kinds >= {
        "total-parts",
        "share",
        "rate",
        "yoy-percent",
        "yoy-change",
        "pp-change",
        "table-row",
        "average",
        "ratio-sum",
        "identity",
        "repeat",
    }
    tables = [k for k in keys if k.language == "en" and any(r.kind == "table-row" for r in k.relations)]
    assert len(tables) >= 3, "English texts with a table"
    assert any(k.language == "zh" and any(r.kind == "table-row" for r in k.relations) for k in keys)


def test_every_text_is_report_sized() -> None:
    """300 to 900 words: English counted by words, Chinese by characters over 1.6 (about a word's length)."""
    for text in TEXTS:
        key = key_of(text)
        characters = sum(1 for ch in key.text if not ch.isspace())
        words = len(key.text.split()) if key.language == "en" else round(characters / 1.6)
        assert 300 <= words <= 900, f"{text.name}: {words} words"
