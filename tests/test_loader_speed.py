"""The loader's work per file: one YAML pass, each distinct figure read once, bounded did-you-mean."""

from __future__ import annotations

import contextlib
import difflib
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

import factcheck.loader as loader
import factcheck.quantity.reader as reader
from factcheck.errors import QuantityError
from factcheck.loader import LoadError, did_you_mean, load
from factcheck.quantity import (
    DEFAULT_SETTINGS,
    Quantity,
    ReadingSettings,
    find_quantities,
    parse_quantity,
)

CLAIMS = """\
article: {id: a, title: t}
claims:
  x.total:
    quote: 共受理案件121件,审结118件
    value: 121
  x.done:
    quote: 共受理案件121件,审结118件
    value: 118
  x.other:
    quote: 另有调解纠纷35件
  x.rate:
    quote: 结案率97.5%
    value: 97.5%
"""


@pytest.fixture(autouse=True)
def _fresh_memos() -> Iterator[None]:
    loader._figures.cache_clear()
    loader._read_figure.cache_clear()
    yield
    loader._figures.cache_clear()
    loader._read_figure.cache_clear()


def test_a_file_without_aliases_is_composed_in_one_pass(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_second_pass(*_: object, **__: object) -> None:
        raise AssertionError("yaml.parse ran before yaml.compose")

    monkeypatch.setattr(yaml, "parse", no_second_pass)
    (tmp_path / "c.yaml").write_text(CLAIMS, "utf-8")
    (article,) = load([tmp_path])
    assert [c.id for c in article.claims] == ["x.total", "x.done", "x.other", "x.rate"]


def test_a_file_with_aliases_is_still_counted(tmp_path: Path) -> None:
    body = "".join(f"  x.c{i}: *a\n" for i in range(20))
    (tmp_path / "c.yaml").write_text(f"article: {{id: a, title: t}}\nclaims:\n  x.a: &a {{quote: 共121个}}\n{body}")
    with pytest.raises(LoadError, match="too many aliases"):
        load([tmp_path])


def test_a_quote_and_a_value_are_read_once_however_often_they_appear(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    quotes: list[str] = []
    values: list[str] = []

    def find(text: str, **options: Any) -> list[Quantity]:
        quotes.append(text)
        return find_quantities(text, **options)

    def parse(text: str, **options: Any) -> Quantity:
        values.append(text)
        return parse_quantity(text, **options)

    monkeypatch.setattr(reader, "find_quantities", find)
    monkeypatch.setattr(reader, "parse_quantity", parse)
    (tmp_path / "c.yaml").write_text(CLAIMS, "utf-8")
    (tmp_path / "d.yaml").write_text(CLAIMS.replace("id: a", "id: b"), "utf-8")
    first, second = load([tmp_path])
    assert sorted(quotes) == ["共受理案件121件,审结118件", "另有调解纠纷35件", "结案率97.5%"]
    assert values == ["97.5%"]  # plain integers (121, 118) take the reader's shortcut: see the next test
    assert first.claims[1].quantity == second.claims[1].quantity
    assert str(first.claims[1].interval) == "[118, 118]"


PLAIN_SETTINGS = (
    DEFAULT_SETTINGS,
    ReadingSettings(
        approx_k=Decimal(2), approx_rel=Decimal("0.2"), near_rel=Decimal("0.3"), shu_lower_factor=Decimal(1)
    ),
)


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=1, max_value=10**15 - 1), st.sampled_from(PLAIN_SETTINGS))
def test_a_plain_integer_value_reads_as_the_reader_reads_it(number: int, reading: ReadingSettings) -> None:
    text = str(number)
    assert loader._figure(text, reading) == parse_quantity(text, settings=reading)


@pytest.mark.parametrize("text", ["1", "9", "10", "100000", "999999999999999", "120000000"])
def test_plain_integers_at_the_edges_read_as_the_reader_reads_them(text: str) -> None:
    for reading in PLAIN_SETTINGS:
        assert loader._figure(text, reading) == parse_quantity(text, settings=reading)


@pytest.mark.parametrize("text", ["007", "1,234", "1e3", "12.50", "-5", "+5", "1000000000000000000", "1_000"])
def test_every_other_value_goes_to_the_reader(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []

    def parse(value: str, **options: Any) -> Quantity:
        asked.append(value)
        return parse_quantity(value, **options)

    monkeypatch.setattr(reader, "parse_quantity", parse)
    with contextlib.suppress(QuantityError):  # "007" is no figure: the reader says so, as before
        loader._figure(text, DEFAULT_SETTINGS)
    assert asked == [text]


def test_did_you_mean_among_ten_thousand_claims_asks_difflib_about_a_shortlist(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[int] = []
    close = difflib.get_close_matches

    def counted(word: str, possibilities: list[str], n: int, cutoff: float) -> list[str]:
        asked.append(len(possibilities))
        return close(word, possibilities, n, cutoff)

    monkeypatch.setattr(difflib, "get_close_matches", counted)
    names = {f"district{i}.cases_{kind}" for i in range(2_000) for kind in ("a", "b", "c", "d", "e")}
    names.add("sweep.mafia_organisations")
    assert did_you_mean("sweep.mafia_organisatons", names) == " (did you mean 'sweep.mafia_organisations'?)"
    ordered = sorted(names)
    for typo in ("district77.cases_f", "distrct5.cases_b", "district123.case_c"):
        (best,) = close(typo, ordered, 1, 0.6)  # difflib over every name, as before: the same answer
        assert did_you_mean(typo, names) == f" (did you mean {best!r}?)"
    assert did_you_mean("zzzz", names) == ""
    assert asked and max(asked) <= loader.FUZZY_SHORTLIST
    assert did_you_mean("formt", ["format", "paths"]) == " (did you mean 'format'?)"


def test_hints_stop_after_fifty_unknown_names_but_every_name_is_reported(tmp_path: Path) -> None:
    (tmp_path / "c.yaml").write_text(CLAIMS, "utf-8")
    rules = "".join(f"  - id: r{i}\n    check: x.totl{i} == 1\n" for i in range(60))
    (tmp_path / "r.yaml").write_text(f"article: a\nrules:\n{rules}", "utf-8")
    with pytest.raises(LoadError) as caught:
        load([tmp_path])
    messages = [p.message for p in caught.value.problems]
    assert len(messages) == 60
    assert sum("did you mean" in m for m in messages) == loader.MAX_SUGGESTIONS


def test_the_engine_evaluates_the_loaders_parse_of_each_expression(monkeypatch: pytest.MonkeyPatch) -> None:
    """A file of 50,000 rules overflows any cache of parses: the loader's parse travels with the rule."""
    import factcheck.engine as engine
    from tests.helpers import ROOT

    articles = load([ROOT / "claims", ROOT / "rules"])

    def parse_again(text: str) -> None:
        raise AssertionError(f"parsed again: {text}")

    monkeypatch.setattr(engine, "parse_expression", parse_again)
    report = engine.check(articles)
    assert report.summary.rules == 26 and report.summary.passed == 26
