"""``extract`` and ``scan`` measured on the fifth blind set, ``tests/heldout/fresh5``.

20 texts (10 Chinese, 10 English; 466 relations, 99 traps, 13 planted errors in 9 texts, 11 texts with no error)
written by an engineer who never opened the extractor, its docs, its tests or the other corpora's texts, and never
ran extract, scan or check on them: water-resources, transport, greening, ocean-economy, broadcasting, publishing
and archives bulletins, a food-safety sampling notice, a drug-regulation yearbook, a city's monthly transport brief;
English water companies, rail, road casualties, fire and rescue, libraries and museums, sea fisheries, drug
seizures, planning applications, vehicle licensing (a newspaper story) and a charity appeal. Measured the moment
the set landed (2026-11-27, sixth session), before anyone working on extract had read it:

- the code at the start of that session (ada4a66): recall 43.8% (204 of 466), 2 of 22 alarms true, planted errors
  found 3 of 13, 8 trap violations, 10 texts exiting 1 on false alarms alone, no crash; English 93 of 228 (1 of 8
  alarms true), Chinese 111 of 238 (1 of 14);
- main when the set landed (the engine's far-apart gate, the reader's means and ages): recall 204, 2 of 17 alarms
  true, 3 of 13 planted, 8 trap violations, 8 false-alarm exits;
- main at the end of that session (two engineers' sentence relations, one's table relations, the reader's new
  forms; nobody read these): recall 44.2% (206), 2 of 17 alarms true, 3 of 13 planted, 7 trap violations, 8
  false-alarm exits; English 95 of 228 (1 of 5 alarms true), Chinese 111 of 238 (1 of 12).
- main at the end of the seventh session (still unread by anyone tuning extract): recall 44.6% (208), 2 of 8
  alarms true, 3 of 13 planted, 7 trap violations, 4 false-alarm exits.
- main at the end of the ninth session (the three oldest blind sets opened as development sets and tuned on: tables,
  English and Chinese sentence relations, alarm evidence, the three-failures gate; nobody read these texts): recall
  47.4% (221 of 466), 2 of 6 alarms true, 3 of 13 planted, 7 trap violations, 2 false-alarm exits.

These are the numbers to quote for prose the extractor was not built for. Floors may be ratcheted, but
whoever tunes extract must not read these texts, their keys or their false alarms; if any are studied, say so
here, and from then on quote only the texts still unread.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from tests.corpus_keys import Floors, assert_measured

FRESH5 = sorted((Path(__file__).parent / "fresh5").glob("*.txt"))

FLOORS = Floors(
    found=221,
    true_alarms=2,
    precision=Decimal("0.33"),  # true alarms / alarms: 2 / 6
    planted_found=3,
    trap_violations=7,
    crashes=0,
    false_alarm_exits=2,
)


def test_extract_and_scan_on_the_fifth_blind_set(capsys: pytest.CaptureFixture[str]) -> None:
    assert_measured(FRESH5, FLOORS, "fifth blind set", capsys)
