"""``extract`` and ``scan`` measured on held-out report prose that the extractor's authors have not seen.

The texts in ``tests/dev/oldheldout`` were written by someone who does not build the extractor, after the
structure and phrasing of real published reports (county and city statistical communiqués with their tables,
court and procuratorate work reports and data sheets, police and anti-crime reviews, a safety circular, a
government work report, a justice bureau summary, ONS/MoJ/Home Office/BJS bulletins). Their keys use the
format of ``tests/corpus`` (see tests/corpus/README.md) and are scored by the same code, ``tests.corpus_keys``.
Keep these texts out of anything extract is tuned on: they measure how it does on prose it was not built for.

Opened for development on 2026-11-27 (with ``fresh``, ``fresh2``, ``fresh3`` and the old held-out corpus, now all
under ``tests/dev``): from then on engineers tuning extract read these texts, keys and misses, so its floors stop
measuring unseen prose. The last blind measure (7efbccf): recall 187 of 272, 11 of 13 alarms true. Blind measures
are ``tests/heldout/fresh4`` onwards.
"""

from __future__ import annotations

from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest

from tests.corpus_keys import GENRES, Floors, arithmetic_problems, assert_measured, key_of

HELDOUT_DIR = Path(__file__).parent / "oldheldout"
TEXTS = sorted(HELDOUT_DIR.glob("*.txt"))

# Floors of the measure. When the texts were written (main at e8e7351 and 8d100a5; 19 texts, 272 relations, 90
# traps, 12 planted errors in 15 relations): recall 54.8% (149 of 272), precision 39.3% (11 of 28 alarms true),
# planted found 13 of 15 (2 as warnings only), 2 trap violations, no crash, 4 texts exiting 1 on false alarms
# alone. After the model2 work (tuned on tests/corpus only, never on these texts): recall 57.7% (157), 11 of 27
# alarms true, planted 12 of 15 (1 as a warning only), 3 trap violations, 1 false-alarm exit. Later fixes were
# described to their authors from the causes of this set's false alarms (in general terms; the texts stayed
# unseen by them), and one author ran this test as an oracle while tuning a rule, so from here the set measures
# less independently: after them recall 61.8% (168), 11 of 13 alarms true, 2 trap violations, no false-alarm exit.
# A later session, fixing causes found on real published passages only: 62.5% (170), 11 of 13 alarms true.
# Ratchet the floors with every improvement; never tune extract on these texts to do so.
FLOORS = Floors(
    found=205,
    true_alarms=13,
    precision=Decimal("0.92"),  # true alarms / alarms: 13 / 14
    planted_found=12,
    trap_violations=2,
    crashes=0,
    false_alarm_exits=0,
)


def test_the_held_out_corpus_is_large_and_varied() -> None:
    keys = [key_of(p) for p in TEXTS]
    genres = Counter(k.genre for k in keys)
    assert len(keys) >= 16
    assert set(genres) == set(GENRES), "every genre has a text"
    assert sum(len(k.relations) for k in keys) >= 150
    assert sum(len(k.traps) for k in keys) >= 40
    assert sum(len(k.planted) for k in keys) >= 12
    assert sum(1 for k in keys if not k.planted) >= 5, "consistent texts, where every alarm is false"


@pytest.mark.parametrize("text", TEXTS, ids=lambda p: p.stem)
def test_the_key_agrees_with_the_arithmetic(text: Path) -> None:
    """Every "holds" is what the figures' intervals say, every planted error fails, no relation is a trap."""
    assert arithmetic_problems(key_of(text)) == []


def test_extract_and_scan_on_held_out_texts(capsys: pytest.CaptureFixture[str]) -> None:
    assert_measured(TEXTS, FLOORS, "held-out texts", capsys, details=True)
