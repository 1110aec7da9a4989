"""``extract`` and ``scan`` measured on the third blind set, ``tests/dev/fresh3``.

17 texts (9 Chinese, 8 English; 332 relations, 96 traps, 10 planted errors in 7 texts) written by an engineer who
never opened the extractor, its tests or the other corpora's texts, and never ran extract, scan or check on them:
government work and audit reports, ecology, fire, medical-insurance, education, health and road-traffic
bulletins, a press conference; English newsroom articles on prices and crime, hospital waiting times, a census
release, a labour-market release, school statistics, a budget statement and a water regulator's annual report.
Measured the moment the set landed, before anyone working on extract had read it:

- the code at the start of that session (df8aef7) and main when the set landed (reader fixes only): the same,
  recall 46.4% (154 of 332), 7 of 35 alarms true, planted errors found 6 of 10, 7 trap violations, 7 texts
  exiting 1 on false alarms alone, and one crash (extract wrote 三季度, from 前三季度, as a value that does
  not load); English 59 of 161 (2 of 18 alarms true), Chinese 95 of 171 (5 of 17);
- with that crash mended in the reader (前三季度 keeps 前 in its text): recall 48.8% (162), 7 of 36 alarms
  true, 6 of 10 planted, 8 trap violations, 8 false-alarm exits, no crash;
- main at the end of that session (English and Chinese prose fixes and false alarms hunted on the engineers' own
  texts; nobody read these): recall 49.1% (163), 7 of 29 alarms true, 6 of 10 planted, 6 trap violations, 7
  false-alarm exits; English 60 of 161 (2 of 14 alarms true), Chinese 103 of 171 (5 of 15);
- main at the end of the session after (a60ffc6 -> tables, English and Chinese sentence relations, document
  layouts, two false-alarm rounds on new genres; nobody read these): recall 55.1% (183), 8 of 25 alarms true, 8 of
  10 planted, 6 trap violations, 5 false-alarm exits; English 78 of 161 (2 of 13 alarms true), Chinese 105 of 171
  (6 of 12).

These are the numbers to quote for prose the extractor was not built for. Floors may be ratcheted, but
whoever tunes extract must not read these texts, their keys or their false alarms; if any are studied, say so
here, and from then on quote only the texts still unread.

Opened for development on 2026-11-27 (with ``fresh``, ``fresh2``, ``fresh3`` and the old held-out corpus, now all
under ``tests/dev``): from then on engineers tuning extract read these texts, keys and misses, so its floors stop
measuring unseen prose. The last blind measure (7efbccf): recall 197 of 332, 8 of 10 alarms true, 8 of 10 planted,
1 false-alarm exit. Blind measures are ``tests/heldout/fresh4`` onwards.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from tests.corpus_keys import Floors, assert_measured

FRESH3 = sorted((Path(__file__).parent / "fresh3").glob("*.txt"))

FLOORS = Floors(
    found=246,
    true_alarms=8,
    precision=Decimal("1.00"),  # true alarms / alarms: 8 / 8
    planted_found=8,
    trap_violations=0,
    crashes=0,
    false_alarm_exits=0,
)


def test_extract_and_scan_on_the_third_blind_set(capsys: pytest.CaptureFixture[str]) -> None:
    assert_measured(FRESH3, FLOORS, "third blind set", capsys)
