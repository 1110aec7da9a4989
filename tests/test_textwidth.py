"""Wrapping by terminal cells: Chinese takes two cells a character and may break anywhere, Latin at spaces."""

from __future__ import annotations

import itertools
import re

from hypothesis import given
from hypothesis import strategies as st

from factcheck.textwidth import display_width, is_wide, wrap

PIECES = st.sampled_from(["核查", "数据项", "不成立", "，", "。", "（", "）", "、", "29.2%", "off", "by", "rules/"])
TEXTS = st.lists(st.tuples(PIECES, st.sampled_from(["", " "])), max_size=40).map(
    lambda parts: re.sub(r" +([，。、）])", r"\1", "".join(piece + space for piece, space in parts).strip())
)  # no space before closing punctuation, as it is written


@given(TEXTS, st.integers(min_value=6, max_value=40))
def test_every_line_fits_and_nothing_is_lost(text: str, width: int) -> None:
    lines = wrap(text, width, "  ", "  ")
    assert all(display_width(line) <= width for line in lines)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")


@given(TEXTS, st.integers(min_value=6, max_value=40))
def test_lines_break_only_at_spaces_or_beside_chinese_and_never_before_closing_punctuation(
    text: str, width: int
) -> None:
    lines = wrap(text, width)
    for before, after in itertools.pairwise(lines):
        folded = display_width(before) >= width - 1  # a piece wider than a whole line is cut where it must be
        assert after[0] not in "，。、）" or folded, (before, after)
        at_space = before + " " + after[0] in text
        beside_chinese = is_wide(before[-1]) or is_wide(after[0])
        assert at_space or beside_chinese or folded, (before, after)


def test_chinese_is_measured_in_cells() -> None:
    assert wrap("核查数据项和一致性规则", 10) == ["核查数据项", "和一致性规", "则"]
    assert wrap("差2，不成立", 6) == ["差2，", "不成立"]  # the comma stays with what it closes
    assert wrap("sum is 123, stated 121: off by 2", 12) == ["sum is 123,", "stated 121:", "off by 2"]


def test_a_word_longer_than_a_line_is_folded() -> None:
    assert wrap("procuratorate-implied-total", 10) == ["procurator", "ate-implie", "d-total"]
