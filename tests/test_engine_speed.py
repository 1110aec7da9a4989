"""The engine's work on a large article: quotes found from where the one before was, with the same answer."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given
from hypothesis import strategies as st

from factcheck.engine import FoldedText, check_article
from factcheck.loader import load
from tests.helpers import ROOT

ALPHABET = "一二三件起,。"


@given(st.text(alphabet=ALPHABET, max_size=200), st.lists(st.text(alphabet=ALPHABET, max_size=6), max_size=12))
def test_quotes_are_found_as_in_finds_them(text: str, quotes: list[str]) -> None:
    folded = FoldedText(text, quotes)
    assert folded == text
    for quote in [*quotes, "一二", "x", ""]:
        assert (quote in folded) is (quote in text)


@given(st.text(alphabet=ALPHABET, min_size=1, max_size=200), st.data())
def test_quotes_cut_from_the_text_in_any_order_are_all_found(text: str, data: st.DataObject) -> None:
    spans = data.draw(st.lists(st.tuples(st.integers(0, len(text)), st.integers(0, 8)), max_size=20))
    quotes = [text[start : start + length] for start, length in spans]
    folded = FoldedText(text, quotes)
    assert all(quote in folded for quote in quotes)


def test_a_quote_the_edited_article_no_longer_holds_is_reported() -> None:
    (article,) = load([ROOT / "claims", ROOT / "rules"])
    assert article.text is not None
    assert not [f for f in check_article(article).findings if f.id.endswith(":quote-in-article")]
    edited = replace(article, text=article.text.replace("涉黑性质组织13个", "涉黑性质组织15个"), claim_index={})
    missing = sorted(f.id for f in check_article(edited).findings if f.id.endswith(":quote-in-article"))
    assert missing == ["sweep.gangs_total:quote-in-article", "sweep.mafia_organisations:quote-in-article"]
