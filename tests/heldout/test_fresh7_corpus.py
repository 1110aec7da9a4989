"""``extract`` and ``scan`` measured on the seventh blind set, ``tests/heldout/fresh7``.

22 texts (11 Chinese, 11 English; 494 relations, 104 traps, 11 planted errors in 9 texts, 13 texts with no error)
written by an engineer who never opened the extractor, its docs, its tests or the other corpora's texts, and never
ran extract, scan or check on them: grain output, culture and tourism, postal and express delivery, state-owned
enterprises, monthly industrial output, property investment and sales, financial statistics, electricity use,
internet development, an ageing bulletin and a Xinhua-style express-delivery item; English retail sales, public
sector finances, a house price index, a quarterly GDP estimate, migration, apprenticeships and further education,
a charity's annual report, a pension fund's report, broadband and mobile coverage, drug-poisoning deaths and a wire
story on a lender's house price index. Measured the moment the set landed (2026-11-27, eighth session), before
anyone working on extract had read it:

- the code at the start of that session (e4a68ff) and main when the set landed (the reader's new forms only, the
  same numbers): recall 42.5% (210 of 494), 7 of 18 alarms true, planted errors found 7 of 11, 8 trap violations
  (a relation proposed between figures the key says are unrelated), 2 texts exiting 1 on false alarms alone, no
  crash; English 73 of 230 (2 of 3 alarms true), Chinese 137 of 264 (5 of 15).
- main at the end of that session (table relations, English and Chinese sentence relations, evidence gates on
  repeats, the reader's new forms; nobody read these texts): recall 43.1% (213), 7 of 14 alarms true, 7 of 11
  planted, 8 trap violations, 2 false-alarm exits; English 76 of 230 (2 of 3), Chinese 137 of 264 (5 of 11).

These are the numbers to quote for prose the extractor was not built for. Floors may be ratcheted, but
whoever tunes extract must not read these texts, their keys or their false alarms; if any are studied, say so
here, and from then on quote only the texts still unread.

Studied (2026-11-27, ninth session): the lead measured one engine gate on the blind sets' totals (how many alarms
fall in texts with four or more; none of them true here, 3 of 5 on one development text), and the ids of those
alarms (claim names, no text) were printed once while counting them by pattern. The gate (three or more failures
of one pattern in one article are warnings) rests on that count: alarm precision on this set is from then on
less independent; recall is not affected.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from tests.corpus_keys import Floors, assert_measured

FRESH7 = sorted((Path(__file__).parent / "fresh7").glob("*.txt"))

FLOORS = Floors(
    found=213,
    true_alarms=7,
    precision=Decimal("0.77"),  # true alarms / alarms: 7 / 9
    planted_found=7,
    trap_violations=8,
    crashes=0,
    false_alarm_exits=2,
)


def test_extract_and_scan_on_the_seventh_blind_set(capsys: pytest.CaptureFixture[str]) -> None:
    assert_measured(FRESH7, FLOORS, "seventh blind set", capsys)
