"""``extract`` and ``scan`` measured on the fourth blind set, ``tests/heldout/fresh4``.

20 texts (10 Chinese, 10 English; 383 relations, 95 traps, 11 planted errors in 9 texts) written by an engineer who
never opened the extractor, its docs, its tests or the other corpora's texts, and never ran extract, scan or check on
them: disability, women-and-children, natural-disaster, intellectual-property, sport and energy-and-construction
bulletins, a market-entities press conference, a justice bureau report, two people's congress inspections; an
English council election, benefit caseloads, child poverty, energy prices, bus and port statistics, farm incomes,
legal aid, air quality and waste, mental-health services and a wire story quoting two releases. Measured the moment
the set landed, before anyone working on extract had read it:

- the code at the start of that session (a60ffc6) and main when the set landed (reader fixes only): the same,
  recall 42.6% (163 of 383), 6 of 24 alarms true, planted errors found 7 of 11, 2 trap violations, 7 texts exiting
  1 on false alarms alone, no crash; English 74 of 203 (2 of 10 alarms true), Chinese 89 of 180 (4 of 14);
- main at the end of that session (table relations, English and Chinese sentence relations and real document
  layouts, two false-alarm rounds on other genres, worked on with the engineers' own texts; nobody read these):
  recall 47.0% (180), 6 of 24 alarms true, 8 of 11 planted, 2 trap violations, 7 false-alarm exits; English 90 of
  203 (2 of 10 alarms true), Chinese 90 of 180 (4 of 14). Recall rose in English tables and prose; no false alarm
  went away.
- main at the end of the ninth session (the three oldest blind sets opened as development sets and tuned on: tables,
  English and Chinese sentence relations, alarm evidence, the three-failures gate; nobody read these texts): recall
  52.2% (200 of 383), 7 of 10 alarms true, 8 of 11 planted, 2 trap violations, 1 false-alarm exits.

These are the numbers to quote for prose the extractor was not built for. Floors may be ratcheted, but
whoever tunes extract must not read these texts, their keys or their false alarms; if any are studied, say so
here, and from then on quote only the texts still unread.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from tests.corpus_keys import Floors, assert_measured

FRESH4 = sorted((Path(__file__).parent / "fresh4").glob("*.txt"))

FLOORS = Floors(
    found=200,
    true_alarms=7,
    precision=Decimal("0.70"),  # true alarms / alarms: 7 / 10
    planted_found=8,
    trap_violations=2,
    crashes=0,
    false_alarm_exits=1,
)


def test_extract_and_scan_on_the_fourth_blind_set(capsys: pytest.CaptureFixture[str]) -> None:
    assert_measured(FRESH4, FLOORS, "fourth blind set", capsys)
