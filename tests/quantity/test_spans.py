"""The scanner's shared patterns (quantity/scan/spans.py): a unit list as a trie matches what a list would."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.quantity.scan.spans import trie_pattern

_WORDS = st.lists(st.text(alphabet="千瓦时克米公里人次a/", min_size=1, max_size=4), min_size=1, max_size=12)


@settings(max_examples=300, deadline=None)
@given(_WORDS, st.text(alphabet="千瓦时克米公里人次a/b", max_size=8))
def test_a_trie_matches_the_longest_word_as_a_list_tried_longest_first_does(words: list[str], text: str) -> None:
    flat = re.compile("|".join(map(re.escape, sorted(set(words), key=len, reverse=True))))
    trie = re.compile(trie_pattern(words))
    for pos in range(len(text) + 1):
        want, got = flat.match(text, pos), trie.match(text, pos)
        assert (want.group() if want else None) == (got.group() if got else None)


def test_the_longest_unit_wins_and_a_lookahead_falls_back_to_a_shorter_one() -> None:
    trie = re.compile("(" + trie_pattern(["千瓦", "千瓦时", "瓦"]) + ")(?!x)")
    assert trie.match("千瓦时电").group() == "千瓦时"  # type: ignore[union-attr]
    assert trie.match("千瓦时x").group() == "千瓦"  # type: ignore[union-attr]
    assert trie.match("千克") is None
