"""The engine's work on a large article: quotes found from where the one before was, with the same answer."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.engine import FoldedText, check_article
from factcheck.loader import load
from factcheck.quantity import Interval
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


def _share_article(tmp_path: Path) -> Path:
    (tmp_path / "c.yaml").write_text(
        "article: {id: a, title: t}\nclaims:\n"
        "  x.done:\n    quote: 审结118件\n  x.total:\n    quote: 受理121件\n"
        "  x.rate:\n    quote: 结案率97.5%\n  y.rate:\n    quote: 调解率12.5%\n",
        "utf-8",
    )
    (tmp_path / "r.yaml").write_text(
        "article: a\nderive:\n  x.computed: share(x.done, x.total)\n"
        "rules:\n  - id: rate\n    check: x.computed == x.rate\n  - id: other\n    check: y.rate <= x.rate\n",
        "utf-8",
    )
    return tmp_path


def test_a_derived_percentage_is_scaled_for_display_once_though_shown_twice(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (article,) = load([_share_article(tmp_path)])
    unmemoised = check_article(article)
    scaled: list[Interval] = []
    scale = Interval.scale

    def counted(self: Interval, factor: Decimal) -> Interval:
        if factor == 100:  # to percent for display (claims' percentages are scaled to fractions too)
            scaled.append(self)
        return scale(self, factor)

    monkeypatch.setattr(Interval, "scale", counted)
    result = check_article(article)
    assert result == unmemoised
    (derived,) = result.derived
    rate, other = result.findings
    assert rate.value == derived.value and str(derived.value).startswith("[97.52")
    # x.computed once (shared by derive: and the rule), y.rate once: a value's memo never answers for another.
    assert len(scaled) == 2
    assert other.value is not None and str(other.value) == "[12.45, 12.55]"


def _scale_by_pattern(figure: str) -> tuple[Decimal, str] | None:
    """written_scale as the pattern alone reads it, without the look for a multiplier first."""
    from factcheck.engine import _MULTIPLIERS, _SCALED, _TRAILING_HEDGE
    from factcheck.quantity.normalize import normalize

    match = _SCALED.match(normalize(figure).strip())
    if match is None:
        return None
    multiplier, rest = match.groups()
    return _MULTIPLIERS[multiplier], f"{multiplier}{_TRAILING_HEDGE.sub('', rest.strip())}"


@given(st.text(alphabet="0123456789,.万萬亿億千百多余元件 约", max_size=12))
def test_a_figure_without_a_multiplier_is_not_matched_and_reads_the_same(figure: str) -> None:
    from factcheck.engine import written_scale

    assert written_scale(figure) == _scale_by_pattern(figure)


@given(
    st.decimals(allow_nan=False, allow_infinity=False, min_value=-(10**12), max_value=10**12, places=3),
    st.booleans(),
)
def test_a_point_holds_a_whole_number_when_it_is_one(value: Decimal, signed: bool) -> None:
    from factcheck.engine import _holds_whole_number

    whole = value == value.to_integral_value() and (signed or value >= 0)
    assert _holds_whole_number(Interval(value, value), signed=signed) is whole


def test_a_quote_is_folded_once_for_all_the_claims_that_share_it(monkeypatch: pytest.MonkeyPatch) -> None:
    import factcheck.engine as engine

    (article,) = load([ROOT / "claims", ROOT / "rules"])
    expected = check_article(article)
    folded: list[str] = []
    fold = engine.fold

    def counted(text: str) -> str:
        folded.append(text)
        return fold(text)

    monkeypatch.setattr(engine, "fold", counted)
    assert check_article(article) == expected
    quotes = {claim.quote for claim in article.claims}
    assert len(folded) == 1 + len(quotes) < 1 + len(article.claims)  # the article's text, then each quote once
