"""The answer keys of ``tests/heldout/fresh`` checked against their own texts and arithmetic.

``tests/heldout/fresh`` is a held-out set written after the phrasing of real published reports by someone who
never saw the extractor's code, its docs, its tests or the other corpora's texts, and never ran extract or scan
on these texts. Its keys use the format of ``tests/corpus`` (tests/corpus/README.md). This module checks only
the keys: that each parses, that every figure is where the key says it is, and that every ``holds:`` is what
the figures' intervals say. Measuring extract and scan on the set is left to a separate test.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from tests.corpus_keys import GENRES, arithmetic_problems, key_of

FRESH_DIR = Path(__file__).parent / "fresh"
TEXTS = sorted(FRESH_DIR.glob("*.txt"))


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


def test_the_fresh_set_is_large_and_varied() -> None:
    keys = [key_of(p) for p in TEXTS]
    languages = Counter(k.language for k in keys)
    assert len(keys) >= 12
    assert languages["zh"] >= 5 and languages["en"] >= 5, "both languages, about half each"
    assert len({k.genre for k in keys}) >= 8
    assert sum(len(k.relations) for k in keys) >= 150
    assert sum(len(k.traps) for k in keys) >= 40
    planted = [k for k in keys if k.planted]
    assert 3 <= len(planted) <= len(keys) // 2, "planted errors in about a third of the texts"
    assert sum(1 for k in keys if not k.planted) >= 6, "consistent texts, where every alarm is false"
    kinds = {r.kind for k in keys for r in k.relations}
    assert kinds >= {"total-parts", "share", "rate", "yoy-percent", "yoy-change", "pp-change", "table-row", "average"}
