"""The answer keys of the blind sets, ``tests/heldout/fresh``, ``fresh2``, ``fresh3``, ``fresh4``, ``fresh5``,
``fresh6`` and ``fresh7``, checked against their own texts and arithmetic.

Each set was written after the phrasing of real published reports by someone who never saw the extractor's code, its
docs, its tests or the other corpora's texts, and never ran extract or scan on its texts (fresh2: county and city
communiqués, court and procuratorate work reports, police, drug-control and safety bulletins, a 12345 hotline
report, a petitions report, a budget-execution report; UK, US, Australian and Canadian official statistics; fresh3:
a government work report, an audit report, ecology, fire, medical-insurance, education, health and road-traffic
bulletins, a press conference; newsroom articles, NHS waiting times, census, labour-market and school statistics, a
budget statement, a regulator's annual report; fresh4: disability, women-and-children, disaster-loss, intellectual-
property, sport, market-entity, legal-aid, law-enforcement-inspection and county energy bulletins; election results,
social-security benefits, child poverty, household energy prices, bus and port statistics, farm incomes, legal aid,
air quality and recycling, mental-health services, a wire story quoting two releases; fresh5: water-resources,
transport, greening, ocean-economy, food-safety sampling, drug-regulation, broadcasting, publishing and printing
bulletins and a news item; water-company performance, rail, road casualties, fire and rescue, libraries and museums,
sea fisheries, drug seizures, planning applications and a local-newspaper story; fresh6: employment and social-
insurance, housing-provident-fund, civil-affairs, customs, R&D-funding, insurance, climate and immunisation bulletins,
a listed company's annual summary and two news items; homelessness, asylum and visas, a company's annual results,
exam results, children's social care, a climate summary, vaccination coverage, overseas aid, social-housing lettings,
smoking and drinking, and a local-newspaper story; fresh7: grain-output, culture-and-tourism, postal, state-owned
enterprises', industrial-output, property, financial, electricity-use, internet and ageing bulletins and a news item;
retail sales, public finances, house prices, GDP, migration, apprenticeships, a charity's and a pension fund's annual
reports, broadband coverage, drug deaths and a wire story; fresh8: household income, consumer prices, civil-aviation,
foreign-trade, consumer-complaint, population-sample, graduate-employment, rural-environment, archives and social-
organisation bulletins and a charity news item; energy, overseas travel, employment tribunals, student numbers, fuel
poverty, NHS workforce, trade in goods, business population, cinema, a university's accounts and a newspaper story on
road traffic). The keys use the format of
``tests/corpus`` (tests/corpus/README.md). This module checks only the keys: that each parses, that every figure is
where the key says it is, and that every ``holds:`` is what the figures' intervals say. Measuring extract and scan on
the sets is left to separate tests.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from tests.corpus_keys import GENRES, arithmetic_problems, key_of

DEV = Path(__file__).parents[1] / "dev"
FRESH_DIR = DEV / "fresh"
TEXTS = sorted(FRESH_DIR.glob("*.txt"))
FRESH2_TEXTS = sorted((DEV / "fresh2").glob("*.txt"))
FRESH3_TEXTS = sorted((DEV / "fresh3").glob("*.txt"))
FRESH4_TEXTS = sorted((Path(__file__).parent / "fresh4").glob("*.txt"))
FRESH5_TEXTS = sorted((Path(__file__).parent / "fresh5").glob("*.txt"))
FRESH6_TEXTS = sorted((Path(__file__).parent / "fresh6").glob("*.txt"))
FRESH7_TEXTS = sorted((Path(__file__).parent / "fresh7").glob("*.txt"))
FRESH8_TEXTS = sorted((Path(__file__).parent / "fresh8").glob("*.txt"))
ALL_TEXTS = (
    TEXTS + FRESH2_TEXTS + FRESH3_TEXTS + FRESH4_TEXTS + FRESH5_TEXTS + FRESH6_TEXTS + FRESH7_TEXTS + FRESH8_TEXTS
)


@pytest.mark.parametrize("text", ALL_TEXTS, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_the_key_parses_and_finds_every_figure(text: Path) -> None:
    key = key_of(text)
    assert key.genre in GENRES
    assert key.relations, "a key relates figures"
    for figure in key.figures.values():
        assert key.text[figure.start : figure.end] == figure.text, figure.name


@pytest.mark.parametrize("text", ALL_TEXTS, ids=lambda p: f"{p.parent.name}/{p.stem}")
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


_KINDS = {
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


# texts, texts per language, genres, relations, traps, planted errors, consistent texts, English texts with a table
@pytest.mark.parametrize(
    ("texts", "per_language", "genres", "relations", "traps", "planted_errors", "consistent", "english_tables"),
    [
        (FRESH2_TEXTS, 8, 8, 250, 50, 6, 8, 4),
        (FRESH3_TEXTS, 7, 4, 220, 45, 6, 7, 3),
        (FRESH4_TEXTS, 7, 4, 220, 45, 6, 7, 4),
        (FRESH5_TEXTS, 9, 4, 300, 60, 8, 9, 4),
        (FRESH6_TEXTS, 9, 4, 300, 60, 8, 9, 4),
        (FRESH7_TEXTS, 9, 4, 300, 60, 8, 9, 4),
        (FRESH8_TEXTS, 9, 4, 300, 60, 8, 9, 4),
    ],
    ids=["fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8"],
)
def test_the_second_and_third_fresh_sets_are_large_and_varied(
    texts: list[Path],
    per_language: int,
    genres: int,
    relations: int,
    traps: int,
    planted_errors: int,
    consistent: int,
    english_tables: int,
) -> None:
    keys = [key_of(p) for p in texts]
    languages = Counter(k.language for k in keys)
    assert len(keys) >= 2 * per_language
    assert languages["zh"] >= per_language and languages["en"] >= per_language, "both languages, half each"
    assert len({k.genre for k in keys}) >= genres
    assert sum(len(k.relations) for k in keys) >= relations
    assert sum(len(k.traps) for k in keys) >= traps
    assert sum(len(k.planted) for k in keys) >= planted_errors
    planted = [k for k in keys if k.planted]
    assert 4 <= len(planted) <= len(keys) // 2, "planted errors in about a third of the texts"
    assert sum(1 for k in keys if not k.planted) >= consistent, "consistent texts, where every alarm is false"
    assert {r.kind for k in keys for r in k.relations} >= _KINDS
    tables = [k for k in keys if k.language == "en" and any(r.kind == "table-row" for r in k.relations)]
    assert len(tables) >= english_tables, "English texts with a table"
    assert any(k.language == "zh" and any(r.kind == "table-row" for r in k.relations) for k in keys)


def test_every_second_and_third_set_text_is_report_sized() -> None:
    """300 to 900 words: English counted by words, Chinese by characters over 1.6 (about a word's length)."""
    for text in FRESH2_TEXTS + FRESH3_TEXTS + FRESH4_TEXTS + FRESH5_TEXTS + FRESH6_TEXTS + FRESH7_TEXTS + FRESH8_TEXTS:
        key = key_of(text)
        characters = sum(1 for ch in key.text if not ch.isspace())
        words = len(key.text.split()) if key.language == "en" else round(characters / 1.6)
        assert 300 <= words <= 900, f"{text.name}: {words} words"
