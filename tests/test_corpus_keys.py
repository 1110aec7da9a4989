"""``extract`` and ``scan`` measured against the answer keys of tests/corpus, and the keys checked against
their own arithmetic. The format and the matching rules are in tests/corpus/README.md."""

from __future__ import annotations

import shutil
from collections import Counter
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from tests.corpus_keys import (
    GENRES,
    Failure,
    Floors,
    KeyProblem,
    Run,
    Totals,
    arithmetic_problems,
    assert_measured,
    corpus_texts,
    key_of,
    load_key,
    locate,
    score,
    total,
)

TEXTS = corpus_texts()

# Floors of the measure: what extract and scan score on the keys (68 texts, 544 relations, 37 planted
# errors). They only ratchet: whoever improves extract raises them to the new numbers in the same commit,
# and tests/corpus/README.md shows the current ones.
FLOORS = Floors(
    found=490,  # key relations some proposed rule covers (recall 90.1%)
    true_alarms=39,
    precision=Decimal(1),  # true alarms / alarms
    planted_found=37,  # planted errors named by a failing rule (alarm or warning)
    trap_violations=0,
    crashes=0,
    false_alarm_exits=0,  # texts on which scan exits 1 on false alarms alone
)


def test_the_corpus_is_large_and_varied() -> None:
    keys = [key_of(p) for p in TEXTS]
    genres = Counter(k.genre for k in keys)
    assert len(keys) >= 40
    assert set(genres) == set(GENRES), "every genre has texts"
    assert sum(n for g, n in genres.items() if g.startswith("en-")) >= 8
    assert sum(len(k.relations) for k in keys) >= 250
    assert sum(len(k.planted) for k in keys) >= 15
    assert {r.kind for k in keys for r in k.relations} >= {"total-parts", "share", "rate", "yoy-percent", "pp-change"}
    assert sum(1 for k in keys if not k.planted) >= 10, "consistent texts, where every alarm is false"
    assert sum(len(k.traps) for k in keys) >= 40


@pytest.mark.parametrize("text", TEXTS, ids=lambda p: p.stem)
def test_the_key_agrees_with_the_arithmetic(text: Path) -> None:
    """Every "holds" is what the figures' intervals say, every planted error fails, no relation is a trap."""
    assert arithmetic_problems(key_of(text)) == []


def _copy(tmp_path: Path, name: str) -> Path:
    for suffix in (".txt", ".key.yaml"):
        shutil.copy(corpus_texts()[0].parent / f"{name}{suffix}", tmp_path / f"{name}{suffix}")
    return tmp_path / f"{name}.txt"


def test_the_self_check_catches_a_wrong_verdict_and_a_wrong_figure(tmp_path: Path) -> None:
    text = _copy(tmp_path, "zh12-court-monthly-notice")
    key_file = text.with_suffix(".key.yaml")
    original = key_file.read_text("utf-8")
    key_file.write_text(original.replace("check: new + old == received", "check: new + old == concluded"), "utf-8")
    (problem,) = arithmetic_problems(load_key(text))
    assert "relation 1 (new + old == concluded): says holds but the arithmetic fails" in problem
    # A planted error whose arithmetic holds is a typo in the key too.
    planted = "check: change(execution, execution_prev) == execution_pct"
    key_file.write_text(original.replace(planted, "check: change(admin, admin_prev) == execution_pct"), "utf-8")
    problems = arithmetic_problems(load_key(text))
    assert any("relation 8" in p and "says it does not hold but it does" in p for p in problems)
    # A relation inside one of the key's own traps.
    key_file.write_text(original.replace("check: share(financial, civil)", "check: share(financial, new)"), "utf-8")
    assert any("relates figures of the trap" in p for p in arithmetic_problems(load_key(text)))


def test_figures_are_found_whole_and_once() -> None:
    text = "受理案件12.6万件，审结112.6万件；新收1200件，其中刑事1200件。"
    assert locate(text, "12.6万件") == ("12.6万件", 4)  # not inside 112.6万件
    with pytest.raises(KeyProblem, match="occurs 2 times"):
        locate(text, "1200件")
    assert locate(text, "1200件 @ 其中") == ("1200件", text.index("刑事1200") + 2)
    with pytest.raises(KeyProblem, match="anchor '件' occurs"):
        locate(text, "1200件 @ 件")
    assert locate("4180件5620人", "4180件") == ("4180件", 0)  # N件M人: a unit ends the figure


def test_scoring_follows_the_matching_rules(tmp_path: Path) -> None:
    """Found = covered by a proposed rule; true alarm = names a relation that does not hold; traps."""
    text = _copy(tmp_path, "zh26-safety-half-year-circular")
    key = load_key(text)

    def span(name: str) -> tuple[int, int]:
        figure = key.figures[name]
        return figure.start, figure.end - 1  # an extracted figure that overlaps is the same figure

    sectors = ["road", "building", "industry", "fire", "farm", "other"]
    spans = {f"c_{n}": span(n) for n in [*sectors, "accidents", "east", "linhe", "beishan", "top3_share", "deaths"]}
    result = Run(
        spans=spans,
        proposals={
            "parts": frozenset(f"c_{n}" for n in [*sectors, "accidents"]),  # the planted error, found
            "top3": frozenset(["c_east", "c_linhe", "c_beishan", "c_top3_share", "c_accidents"]),  # found
            "mixed": frozenset(["c_east", "c_road", "c_accidents"]),  # sums a region with a sector: a trap
        },
        failures=[
            Failure("parts", "error", frozenset(f"c_{n}" for n in [*sectors, "accidents"]), "88 > 86"),
            Failure("top3", "error", frozenset(["c_east", "c_linhe", "c_beishan", "c_top3_share", "c_accidents"]), ""),
            Failure("deaths", "warning", frozenset(["c_deaths"]), "a claim check"),
        ],
    )
    s = score(key, result)
    assert (s.found, s.relations) == (2, 9)
    assert (s.true_alarms, s.alarms) == (1, 2)
    assert (s.true_warnings, s.warnings) == (0, 1)
    assert (s.planted_alarmed, s.planted_warned) == (1, 0)
    assert s.trap_violations == 1 and "mixed" in s.violations[0]
    crashed = score(key, Run(crash="extract raised ValueError"))
    assert (crashed.found, crashed.crash) == (0, "extract raised ValueError")
    assert total([s, crashed]).crashes == 1


def test_a_floor_below_or_a_ceiling_above_is_named() -> None:
    floors = Floors(found=10, true_alarms=2, precision=Decimal("0.5"), planted_found=1, trap_violations=0)
    held = Totals(relations=20, found=10, alarms=4, true_alarms=2, planted=1, planted_alarmed=1)
    assert floors.unmet(held) == []
    broken = replace(held, found=9, trap_violations=1)
    assert floors.unmet(broken) == ["found: 9 against 10", "trap violations: 1 against 0"]


def test_extract_and_scan_against_the_keys(capsys: pytest.CaptureFixture[str]) -> None:
    assert_measured(TEXTS, FLOORS, "corpus", capsys)
