"""``extract`` and ``scan`` measured on the sixth blind set, ``tests/heldout/fresh6``.

22 texts (11 Chinese, 11 English; 465 relations, 122 traps, 13 planted errors in 9 texts, 13 texts with no error)
written by an engineer who never opened the extractor, its docs, its tests or the other corpora's texts, and never
ran extract, scan or check on them: a human-resources and social-security bulletin, a housing provident fund
report, a civil-affairs bulletin, customs trade (a bulletin and a news brief), R&D spending, a listed company's
annual summary, a climate bulletin, insurance, immunisation and a Xinhua-style employment item; English
homelessness, a company's results, asylum and visas, exam results, children's social care, a climate summary,
vaccination coverage, overseas aid, social-housing lettings, a smoking and drinking bulletin and a local paper's
story on it. Measured the moment the set landed (2026-11-27, seventh session), before anyone working on extract
had read it:

- the code at the start of that session (6a7c5ef) and main when the set landed (the reader's new forms only):
  recall 42.8% (199 of 465), 6 of 15 alarms true, planted errors found 5 of 13, no trap violation, 6 texts exiting
  1 on false alarms alone, no crash; English 94 of 238 (3 of 5 alarms true), Chinese 105 of 227 (3 of 10).
- main at the end of that session (sentence relations in both languages, table relations, two engine gates that
  make a failing suggested sum or repeat far from its total, and a share resting on less than a sentence, a
  warning; nobody read these): recall 45.2% (210), 6 of 12 alarms true, 5 of 13 planted, no trap violation, 5
  false-alarm exits.
- main at the end of the eighth session (table relations, sentence relations, evidence gates on repeats, the
  reader's new forms): recall 47.1% (219), 7 of 12 alarms true, 7 of 13 planted, 3 false-alarm exits.
- main at the end of the ninth session (the three oldest blind sets opened as development sets and tuned on: tables,
  English and Chinese sentence relations, alarm evidence, the three-failures gate; nobody read these texts): recall
  49.2% (229 of 465), 7 of 11 alarms true, 7 of 13 planted, 0 trap violations, 3 false-alarm exits.

These are the numbers to quote for prose the extractor was not built for. Floors may be ratcheted, but
whoever tunes extract must not read these texts, their keys or their false alarms; if any are studied, say so
here, and from then on quote only the texts still unread.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from tests.corpus_keys import Floors, assert_measured

FRESH6 = sorted((Path(__file__).parent / "fresh6").glob("*.txt"))

FLOORS = Floors(
    found=229,
    true_alarms=7,
    precision=Decimal("0.63"),  # true alarms / alarms: 7 / 11
    planted_found=7,
    trap_violations=0,
    crashes=0,
    false_alarm_exits=3,
)


def test_extract_and_scan_on_the_sixth_blind_set(capsys: pytest.CaptureFixture[str]) -> None:
    assert_measured(FRESH6, FLOORS, "sixth blind set", capsys)
