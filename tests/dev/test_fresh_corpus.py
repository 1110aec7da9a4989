"""``extract`` and ``scan`` measured on the fresh held-out texts, written after the older set stopped being blind.

``tests/dev/fresh`` (19 texts, 416 relations, 88 traps, 9 planted errors) was written by an engineer who
never opened the extractor, its tests or its corpus, and never ran extract, scan or check. It was measured the
moment it landed, before anyone working on extract had read it:

- the code at the start of that session (58a346c): recall 45.9% (191 of 416), 3 of 30 alarms true, planted
  errors found 3 of 9, 9 trap violations, 7 texts exiting 1 on false alarms alone;
- main when the set landed (after a session of fixes found on real published passages): recall 46.4% (193),
  3 of 30 alarms true, 3 of 9 planted, 9 trap violations, 7 false-alarm exits.

These are the numbers to quote for prose the extractor was not built for. Later changes may ratchet the floors,
but whoever tunes extract must not read these texts; if their false alarms are studied, say so here.

Studied: the false-alarm messages (never the texts) of the four texts with the most false alarms (en06, zh04,
zh08, zh10: 23 of the 27) were read the same day, and four causes were fixed with tests written anew (a
table cell repeating another column's act, a total row repeating one kind's figure, flush subtotal rows,
structure terms given a noun). After that: all 19 texts recall 47.8% (199), 3 of 15 alarms
true, 6 false-alarm exits; the four studied texts 47 of 115, 0 of 8 alarms true; the fifteen still blind
152 of 301 (50.5%), 3 of 7 alarms true, 3 false-alarm exits (at session start 150 of 301, 3 of 7, 3).
Only the fifteen still measure unseen prose. The next session, fixing causes found on real published passages
and English bulletins only (never these texts): all 19 texts 51.0% (212), 3 of 13 alarms true; the fifteen 165 of
301 (54.8%), 3 of 7 alarms true, 3 false-alarm exits. The session after (new real prose of the engineers' own,
false alarms hunted on it; never these texts): all 19 texts 213, 3 of 12 alarms true, 5 false-alarm exits; the
fifteen 166 of 301 (55.1%), 3 of 6 alarms true, 2 false-alarm exits.

Opened for development on 2026-11-27 (with ``fresh``, ``fresh2``, ``fresh3`` and the old held-out corpus, now all
under ``tests/dev``): from then on engineers tuning extract read these texts, keys and misses, so its floors stop
measuring unseen prose. The last blind measure (7efbccf): recall 229 of 416, 3 of 5 alarms true, 3 of 9 planted, 2
false-alarm exits. Blind measures are ``tests/heldout/fresh4`` onwards.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from tests.corpus_keys import Floors, assert_measured

FRESH = sorted((Path(__file__).parent / "fresh").glob("*.txt"))

FLOORS = Floors(
    found=297,
    true_alarms=3,
    precision=Decimal("1.00"),  # true alarms / alarms: 3 / 3
    planted_found=5,
    trap_violations=4,
    crashes=0,
    false_alarm_exits=0,
)


def test_extract_and_scan_on_the_fresh_texts(capsys: pytest.CaptureFixture[str]) -> None:
    assert_measured(FRESH, FLOORS, "fresh held-out texts", capsys)
