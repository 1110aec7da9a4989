"""Held-out reader vectors, thirteenth set (tests/heldout/reader_vectors12.yaml): measured and printed, never tuned to.

Figures as election results and polls, sport reports, culture and media (box office, ratings, audiences, followers),
defence, aid and public spending plans, insurance claims and compensation, and the typography of web and marketing
copy write them, in English and Chinese: vote splits and swings in points, shares set against each other ('50.1% to
48.4%'), two-thirds and 过半数 majorities, race times in clock form, 9秒83 and 2米33, heights cleared in metres
(2.06m), cricket overs, titles and race names holding digits (Avatar 2, the 10K), bounds in web typography (2m+,
20,000+, 10w+, ≥, ≤, ~, c.), k/K/w multipliers, direction marks (↑ ▲ ▼), '5 %' and '5pct', x2, 24/7 and 7×24, 8折
and 满300减50. Written for this file in each source's style. Same judge and pattern as test_reader_vectors11.py:
agreement per suite, scope and source is printed with every disagreement; the test fails only if agreement drops
below what ``main`` agreed with when these vectors were written (the floors below). Raise the floors when a better
reader lands; never lower them to make a change pass.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.heldout.vectors import VECTORS as FIRST_SET
from tests.heldout.vectors import judge, load, measure, repeated_inputs, shape_problems

VECTORS_FILE = FIRST_SET.with_name("reader_vectors12.yaml")
VECTORS = load(VECTORS_FILE)
# What main agrees with, per scope: the floor a change must not fall below.
FLOOR = {"core": 136, "extended": 31}


def test_agreement_per_suite_scope_and_source(capsys: pytest.CaptureFixture[str]) -> None:
    with capsys.disabled():
        below = measure(
            VECTORS, "held-out reader vectors, thirteenth set (polls, sport, media, spending, insurance, web)", FLOOR
        )
    assert below == []


def test_the_vectors_are_well_formed() -> None:
    # Well formed, each vector naming the publisher or genre it follows; every genre of the brief is here in
    # both languages.
    genres = ("poll", "sport", "media", "spend", "insure", "web")
    assert shape_problems(VECTORS, genres) == []
    assert 120 <= len(VECTORS) <= 180
    suites = {str(v["suite"]) for v in VECTORS}
    assert len(suites) == 2 * len(genres)
    # Every suite holds enough vectors to say something on its own.
    assert min(sum(1 for v in VECTORS if v["suite"] == suite) for suite in suites) >= 12
    # Both kinds of reading are measured: single figures and passages, and text that must hold no figure.
    assert sum(1 for v in VECTORS if not v.get("find")) >= 20
    assert sum(1 for v in VECTORS if v["expected"] == "none") >= 10
    # Bounds are measured as whole intervals (open or closed, unbounded or not), not as one point inside them.
    assert sum(1 for v in VECTORS if "inf" in str(v["expected"])) >= 15
    # Web typography is the newest ground: most of its vectors fix the interval, not just a value inside it.
    web = [v for v in VECTORS if v["suite"] in ("own-en-web", "own-zh-web")]
    assert sum(1 for v in web if "," in str(v["expected"])) >= 15
    # Where the spec is silent or a convention is new, the vector says why.
    assert sum(1 for v in VECTORS if "spec silent" in str(v.get("note", ""))) >= 40


def test_no_input_repeats_another_set() -> None:
    # Not even as a passage where the other file reads it as one figure (or the other way round).
    assert repeated_inputs(VECTORS, VECTORS_FILE) == []


def test_the_judge_reads_this_file_and_can_say_no() -> None:
    # load() follows its path: the thirteenth set is not the first one.
    assert VECTORS[0]["suite"] == "own-en-poll"
    assert load()[0]["suite"] != "own-en-poll"
    # A deliberately wrong expectation on this file's forms disagrees.
    wrong: list[dict[str, Any]] = [
        {"input": "Labour won 411 seats, a net gain of 211.", "find": True, "expected": ["=411"]},
        {"input": "影片累计票房突破57亿元", "find": True, "expected": ["[5700000000,inf)"]},
        {"input": "The FSCS protects deposits of up to £85,000 per person.", "find": True, "expected": ["=85000"]},
        {"input": "意外险赔付率不足30%", "find": True, "expected": ["[0,30]%"]},
        {"input": "£64.6bn", "expected": "[64550000000,64650000000]", "unit": "USD"},
        {"input": "Revenue +15% YoY", "find": True, "expected": ["-15%"]},
    ]
    assert [v["input"] for v in wrong if judge(v).agrees] == []
