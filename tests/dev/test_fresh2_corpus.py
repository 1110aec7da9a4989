"""``extract`` and ``scan`` measured on the second blind set, ``tests/dev/fresh2``.

24 texts (12 Chinese, 12 English; 511 relations, 139 traps, 13 planted errors) written by an engineer who never
opened the extractor, its tests or either corpus, and never ran extract, scan or check on them. Measured the
moment the set landed, before anyone working on extract had read it:

- the code at the start of that session (d1cc423): recall 41.9% (214 of 511), 7 of 23 alarms true, planted
  errors found 8 of 13, 13 trap violations, 6 texts exiting 1 on false alarms alone; English 105 of 291,
  Chinese 109 of 220;
- main when the set landed (after fixes found on real Chinese budget, health, education and hotline reports):
  recall 43.2% (221), 7 of 21 alarms true, 8 of 13 planted, 13 trap violations, 6 false-alarm exits; English
  106 of 291, Chinese 115 of 220.

- main at the end of that session (more of the same, and English bulletin fixes found on real MoJ, Home Office,
  ONS, BJS, StatCan and ABS prose; nobody read these texts): recall 46.6% (238), 7 of 20 alarms true, 8 of 13
  planted, 13 trap violations, 6 false-alarm exits; English 114 of 291, Chinese 124 of 220.

- main at the end of the next session (false alarms hunted on new English and Chinese prose of the engineers'
  own; nobody read these texts): recall 46.6% (238), 7 of 18 alarms true, 8 of 13 planted, 13 trap violations,
  4 false-alarm exits.

These are the numbers to quote for prose the extractor was not built for. Floors may be ratcheted, but
whoever tunes extract must not read these texts, their keys or their false alarms; if any are studied, say so
here, and from then on quote only the texts still unread.

Opened for development on 2026-11-27 (with ``fresh``, ``fresh2``, ``fresh3`` and the old held-out corpus, now all
under ``tests/dev``): from then on engineers tuning extract read these texts, keys and misses, so its floors stop
measuring unseen prose. The last blind measure (7efbccf): recall 263 of 511, 8 of 12 alarms true, 9 of 13 planted,
2 false-alarm exits. Blind measures are ``tests/heldout/fresh4`` onwards.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from tests.corpus_keys import Floors, assert_measured

FRESH2 = sorted((Path(__file__).parent / "fresh2").glob("*.txt"))

FLOORS = Floors(
    found=337,
    true_alarms=9,
    precision=Decimal("0.90"),  # true alarms / alarms: 9 / 10
    planted_found=10,
    trap_violations=6,
    crashes=0,
    false_alarm_exits=1,
)


def test_extract_and_scan_on_the_second_blind_set(capsys: pytest.CaptureFixture[str]) -> None:
    assert_measured(FRESH2, FLOORS, "second blind set", capsys)
