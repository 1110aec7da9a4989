"""``extract`` and ``scan`` measured on the eighth blind set, ``tests/heldout/fresh8``.

22 texts (11 Chinese, 11 English; 529 relations, 100 traps, 14 planted errors in 9 texts, 13 texts with no error)
written by an engineer who never opened the extractor, its docs, its tests or the other corpora's texts, and never
ran extract, scan or check on them: household income and spending, CPI and PPI, civil aviation, foreign trade and
investment, 12315 complaints, a 1% population sample, graduate employment, a county's rural living environment, a
Xinhua-style charity item, archives and social organisations; English energy trends, overseas travel, employment
tribunals, student numbers, fuel poverty, the NHS workforce, trade in goods, the business population, a newspaper
story on road traffic, cinema admissions and a university's accounts. Measured the moment the set landed
(2026-11-27, ninth session), before anyone working on extract had read it:

- the code at the start of that session (7efbccf) and main when the set landed (reader and document fixes
  only; the same numbers): recall 44.6% (236 of 529), 5 of 30 alarms true, planted errors found 7 of 14,
  11 trap violations, 5 texts exiting 1 on false alarms alone, no crash; English 110 of 261 (3 of 5 alarms true),
  Chinese 126 of 268 (2 of 25).

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

FRESH8 = sorted((Path(__file__).parent / "fresh8").glob("*.txt"))

FLOORS = Floors(
    found=236,
    true_alarms=5,
    precision=Decimal("0.35"),  # true alarms / alarms: 5 / 14
    planted_found=7,
    trap_violations=11,
    crashes=0,
    false_alarm_exits=5,
)


def test_extract_and_scan_on_the_eighth_blind_set(capsys: pytest.CaptureFixture[str]) -> None:
    assert_measured(FRESH8, FLOORS, "eighth blind set", capsys)
