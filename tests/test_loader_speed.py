"""The loader's work per file: one YAML pass, each distinct figure read once, bounded did-you-mean."""

from __future__ import annotations

import contextlib
import difflib
import json
import weakref
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
    for memo in (loader._short_figures, loader._long_figures, loader._read_figure):
        memo.cache_clear()
    yield
    for memo in (loader._short_figures, loader._long_figures, loader._read_figure):
        memo.cache_clear()


def test_a_file_without_aliases_is_composed_in_one_pass(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_second_pass(*_: object, **__: object) -> None:
        raise AssertionError("yaml.parse ran before yaml.compose")

    monkeypatch.setattr(yaml, "parse", no_second_pass)
    (tmp_path / "c.yaml").write_text(CLAIMS, "utf-8")
    (article,) = load([tmp_path])
    assert [c.id for c in article.claims] == ["x.total", "x.done", "x.other", "x.rate"]


def test_a_files_nodes_are_let_go_before_the_next_file_is_composed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A 100,000-claim file's nodes are 200 MiB: the rules file's must not join them at the peak."""
    composed: list[weakref.ref[yaml.Node]] = []
    alive_at_next: list[bool] = []
    compose = loader.compose

    def watched(text: str, display: str) -> tuple[yaml.Node | None, list[loader.Problem]]:
        alive_at_next.extend(ref() is not None for ref in composed)
        root, problems = compose(text, display)
        assert isinstance(root, yaml.MappingNode)
        composed.extend(weakref.ref(node) for pair in root.value for node in pair)  # the top keys and values
        return root, problems

    monkeypatch.setattr(loader, "compose", watched)
    (tmp_path / "c.yaml").write_text(CLAIMS, "utf-8")
    (tmp_path / "r.yaml").write_text("article: a\nrules:\n  - id: r\n    check: x.done <= x.total\n", "utf-8")
    (article,) = load([tmp_path / "c.yaml", tmp_path / "r.yaml"])
    assert [r.id for r in article.rules] == ["r"]
    assert alive_at_next == [False] * 4  # article:, its mapping, claims:, its mapping


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


def test_a_short_quote_is_read_once_though_thousands_of_clauses_come_between(monkeypatch: pytest.MonkeyPatch) -> None:
    """结案率98.5% recurs across an archive, each time after hundreds of clauses quoted once: those clauses
    cannot push it out of its memo."""
    quotes: list[str] = []

    def find(text: str, **options: Any) -> list[Quantity]:
        quotes.append(text)
        return find_quantities(text, **options)

    monkeypatch.setattr(reader, "find_quantities", find)
    short = "结案率98.5%"
    first = loader._figures(short, DEFAULT_SETTINGS)
    for number in range(5_000):  # more distinct clauses than the clauses' memo holds
        loader._figures(f"第{number}条：其中合同纠纷{number}件、侵权纠纷{number + 1}件", DEFAULT_SETTINGS)
    assert loader._figures(short, DEFAULT_SETTINGS) is first
    assert quotes.count(short) == 1 and len(quotes) == 5_001
    assert [q.text for q in first] == ["98.5%"]


# Scalars as claims and rules files hold them, and the forms YAML reads as something else than text.
SCALARS = st.one_of(
    st.sampled_from(
        [
            "",
            "~",
            "null",
            "Null",
            "true",
            "False",
            "yes",
            "NO",
            "on",
            "Off",
            "y",
            "n",
            ".5",
            "-.inf",
            ".NaN",
            "0x1F",
            "0o17",
            "0b101",
            "1_000",
            "1:30",
            "190:20:30",
            "2026-11-27",
            "2026-11-27 08:00:00",
            "12,345",
            "+12",
            "-0",
            "1e3",
            "1.5e+3",
            "<<",
            "=",
            "98%",
            "31094",
            "0",
            "00",
            "09",
            "0123",
            "1" * 45,
            "2年来城东5区法院共受理民事案件12345件",
            "１２３",
            "3 ",
            "p0.accepted",
            "审结1200件",
            "结案率98.5%",
            "tag",
            "text",
        ]
    ),
    st.text(alphabet="0123456789.,:-+_eExXoObB<=~ yYnNtTfF审结件%", max_size=12),
    st.text(max_size=60),
)


@settings(max_examples=500, deadline=None)
@given(SCALARS, st.booleans(), st.booleans())
def test_the_loaders_yaml_resolves_every_scalar_as_pyyaml_does(value: str, plain: bool, quoted: bool) -> None:
    assert vars(loader)["_Loader"] is loader._Composer  # the faster resolver is the one the loader composes with
    composer = loader._Composer("")
    stock = yaml.SafeLoader("")
    for kind in (yaml.ScalarNode, yaml.SequenceNode, yaml.MappingNode):
        assert composer.resolve(kind, value, (plain, quoted)) == stock.resolve(kind, value, (plain, quoted))  # type: ignore[no-untyped-call]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.from_regex(r"[a-z][a-z0-9_.]{0,12}", fullmatch=True), SCALARS), max_size=8))
def test_a_file_composes_to_the_same_nodes_as_with_pyyamls_loader(pairs: list[tuple[str, str]]) -> None:
    text = "".join(f"{key}: {json.dumps(value, ensure_ascii=False)}\n{key}x: {value}\n" for key, value in pairs)

    def shape(node: yaml.Node | None) -> object:
        if node is None:
            return None
        mark = (node.start_mark.line, node.start_mark.column)
        if isinstance(node, yaml.MappingNode):
            return (node.tag, mark, [(shape(k), shape(v)) for k, v in node.value])
        if isinstance(node, yaml.SequenceNode):  # ``[0]``: its items compared by shape, never by identity
            return (node.tag, mark, [shape(item) for item in node.value])
        return (node.tag, mark, node.value)

    # The same parser (libyaml's, when PyYAML has it) with PyYAML's own resolver: libyaml and the pure-Python
    # parser disagree on some input (``x: !`` is an empty string to one and null to the other) whoever resolves
    stock = loader._Composer.__mro__[1]
    try:
        expected = yaml.compose(text, Loader=stock)
    except yaml.YAMLError:
        return  # not YAML (a value such as ": x" written plain): nothing to compare
    assert shape(yaml.compose(text, Loader=loader._Composer)) == shape(expected)


def test_each_folder_is_resolved_once_however_many_articles_it_holds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Resolving a path walks it a link at a time: an archive's claims folder and project root once per run,
    only each article's own text path per article."""
    for folder in ("claims", "articles"):
        (tmp_path / folder).mkdir()
    for number in range(20):
        (tmp_path / "articles" / f"a{number}.txt").write_text("结案率97.5%", "utf-8")
        (tmp_path / "claims" / f"a{number}.yaml").write_text(
            f"article: {{id: a{number}, title: t, text: ../articles/a{number}.txt}}\n"
            "claims:\n  x.rate:\n    quote: 结案率97.5%\n",
            "utf-8",
        )
    monkeypatch.chdir(tmp_path)
    loader._resolved_folder.cache_clear()
    resolved: list[Path] = []
    real = Path.resolve

    def counted(path: Path, strict: bool = False) -> Path:
        resolved.append(path)
        return real(path, strict)

    monkeypatch.setattr(Path, "resolve", counted)
    for number in range(20):
        path = tmp_path / "claims" / f"a{number}.yaml"
        (article,) = loader.load_texts([(path, path.read_text("utf-8"))], roots=[tmp_path])
        assert article.text == "结案率97.5%"
    assert len(resolved) <= 20 + 3


def test_a_run_of_claims_has_its_quotes_read_before_its_claims_are_built(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    events: list[str] = []
    build = loader._claim

    def find(text: str, **options: Any) -> list[Quantity]:
        events.append(f"read {text}")
        return find_quantities(text, **options)

    def claim(f: Any, claim_id: str, *rest: Any) -> Any:
        events.append(f"claim {claim_id}")
        return build(f, claim_id, *rest)

    monkeypatch.setattr(reader, "find_quantities", find)
    monkeypatch.setattr(loader, "_claim", claim)
    count = loader.READ_AHEAD + 3
    lines = [f"  s.n{k}:\n    quote: 第{k}组共审结{k + 700}件\n    value: {k + 700}" for k in range(count)]
    (tmp_path / "c.yaml").write_text("article: {id: a, title: t}\nclaims:\n" + "\n".join(lines) + "\n", "utf-8")
    (article,) = load([tmp_path])
    # The first run's quotes, each read once, then its claims; then the next run's.
    first = loader.READ_AHEAD
    assert events[:first] == [f"read 第{k}组共审结{k + 700}件" for k in range(first)]
    assert events[first : 2 * first] == [f"claim s.n{k}" for k in range(first)]
    assert events[2 * first :] == [f"read 第{k}组共审结{k + 700}件" for k in range(first, count)] + [
        f"claim s.n{k}" for k in range(first, count)
    ]
    assert [str(c.interval) for c in article.claims[-2:]] == [f"[{k + 700}, {k + 700}]" for k in (count - 2, count - 1)]


PICK_ONE = "the quote holds 2 figures (两件, 三件): add value: to pick one"


def test_a_claim_read_ahead_is_still_reported_where_it_is_wrong(tmp_path: Path) -> None:
    lines = [f"  s.n{k}:\n    quote: 审结{k + 700}件" for k in range(loader.READ_AHEAD + 2)]
    lines[3] = "  s.n3:\n    quote: 审结703件\n    colour: red"  # one line longer: the claims below move down one
    lines[loader.READ_AHEAD + 1] = "  s.last:\n    quote: 审结两件或三件"
    (tmp_path / "c.yaml").write_text("article: {id: a, title: t}\nclaims:\n" + "\n".join(lines) + "\n", "utf-8")
    with pytest.raises(LoadError) as raised:
        load([tmp_path])
    shown = [str(problem) for problem in raised.value.problems]
    assert len(shown) == 2
    assert shown[0].endswith("c.yaml:11:5: unknown field 'colour' in claim s.n3")
    assert shown[1].endswith(f"c.yaml:{3 + 2 * (loader.READ_AHEAD + 1) + 2}:12: {PICK_ONE}")
