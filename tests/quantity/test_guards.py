"""The cheap tests the scanner runs before its regexes must never skip a place where the regex would match.

English words are filtered inside the candidate regex (only where a number word may start), and the checks after a
number test the character their regex needs first; a guard that is too strict would silently drop a figure.
"""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from factcheck.quantity import find_quantities
from factcheck.quantity.reader import _CANDIDATE_RE, _CANDIDATE_WORD_RE, _EN_START, _EN_START_RE
from factcheck.quantity.scan.fractions import DENOMINATOR_RE, IN_RE, first_after_gap

_WORDS = sorted(set(re.findall("[a-z]+", _EN_START)))
_PIECES = st.one_of(
    st.sampled_from(_WORDS),
    st.sampled_from([" ", "  ", "-", "\t", "\n", "a ", "an ", "5", "二", "ſ", "K", ".", "about "]),
    st.text(alphabet="abcdefghijklmnopqrstuvwxyzHT ", max_size=6),
)


def _recase(word: str, mask: int) -> str:
    return "".join(c.upper() if mask >> (k % 16) & 1 else c for k, c in enumerate(word))


@given(st.lists(st.tuples(_PIECES, st.integers(0, 2**16 - 1)), max_size=12))
def test_word_candidates_keep_every_number_word_start(pieces: list[tuple[str, int]]) -> None:
    text = "".join(_recase(piece, mask) for piece, mask in pieces)
    lower = text.lower()
    if len(lower) != len(text):
        return  # the scanner falls back to every word there
    for i in range(len(text)):
        # A letter the old candidates let through (not inside a word) where a number word starts: kept.
        starts_word = _CANDIDATE_RE.match(text, i) is not None and text[i].isascii() and text[i].isalpha()
        if starts_word and _EN_START_RE.match(lower, i):
            assert _CANDIDATE_WORD_RE.match(text, i) is not None, (text, i)


def test_number_words_in_any_case_are_read() -> None:
    # Each of these starts with a word the filtered candidates must let through, in whatever case it is written.
    for text, low in [("Twenty-five people", "25"), ("ONE HUNDRED cars", "100"), ("Half of them", "50")]:
        found = find_quantities(text)
        assert found and low in str(found[0].interval), (text, found)


@given(st.text(alphabet=" \t\n-abhiotq", max_size=40), st.integers(0, 40))
def test_first_after_gap_never_hides_a_word(text: str, pos: int) -> None:
    first = first_after_gap(text, pos)
    for pattern in (DENOMINATOR_RE, IN_RE):
        match = pattern.match(text, pos)
        if match is not None:
            assert first is None or first == match.group().lstrip(" \t\n-")[:1], (text, pos, first)


def test_first_after_gap_reads_the_next_word() -> None:
    assert first_after_gap("5 in 10", 1) == "i"
    assert first_after_gap("5-in-10", 1) == "i"
    assert first_after_gap("5%", 1) == ""
    assert first_after_gap("5" + " " * 30 + "in", 1) is None  # a long run of spaces: not known, the regex decides


def test_times_of_day_after_any_space_are_still_no_figures() -> None:
    # The time-of-day test looks past one space of any kind before its regex: a tab or a no-break space too.
    for text in ("we met at 5 pm", "at 5\tP.M. sharp", "at 5\u00a0am", "by 9 o'clock", "at 11am"):
        assert find_quantities(text) == [], text
    # A word starting with a, p or o passes the test and is left to the regex: 5 apples is a count.
    assert [q.text for q in find_quantities("5 apples and 7 oranges")] == ["5", "7"]
