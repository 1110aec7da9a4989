"""Load problems: every class of bad input is reported with file:line:col, all at once.

Each folder under tests/cases/negative/ is one case: YAML files and an
expected.txt listing the problems, one per line, as ``file:line:col: message``
(the message may be cut short: it is matched as a prefix).
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.loader import LoadError, load
from tests.helpers import ROOT

NEGATIVE = sorted((ROOT / "tests" / "cases" / "negative").iterdir())


@pytest.mark.parametrize("case", NEGATIVE, ids=lambda p: p.name)
def test_negative_case_reports_exactly_its_problems(case: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(case)
    expected = (case / "expected.txt").read_text("utf-8").splitlines()
    with pytest.raises(LoadError) as caught:
        load(["."])
    got = [str(problem) for problem in caught.value.problems]
    assert len(got) == len(expected), "\n".join(got)
    for want in expected:
        location, message = want.split(": ", 1)
        assert any(g.startswith(f"{location}: {message}") for g in got), f"{want!r} not in:\n" + "\n".join(got)


def test_missing_path_is_a_problem(tmp_path: Path) -> None:
    with pytest.raises(LoadError, match="no such file or folder"):
        load([tmp_path / "missing"])


def test_folder_without_yaml_is_a_problem(tmp_path: Path) -> None:
    with pytest.raises(LoadError, match=r"no \.yaml files found"):
        load([tmp_path])


def test_scalar_keeps_written_precision(tmp_path: Path) -> None:
    (tmp_path / "c.yaml").write_text(
        "article: {id: a, title: t}\nclaims:\n  x.share:\n    quote: 占总数的29.2%\n    value: 29.20\n", "utf-8"
    )
    (article,) = load([tmp_path])
    claim = article.claims[0]
    assert str(claim.interval) == "[29.195, 29.205]"
    assert claim.quantity.unit == "%"


def test_value_picks_the_figure_and_keeps_its_hedge(tmp_path: Path) -> None:
    (tmp_path / "c.yaml").write_text(
        "article: {id: a, title: t}\nclaims:\n  x.solved:\n    quote: 五年来侦破刑事案件6000多起\n    value: 6000\n",
        "utf-8",
    )
    (article,) = load([tmp_path])
    assert str(article.claims[0].interval) == "[6000, 7000)"


def test_a_value_written_as_in_the_quote_is_read_in_the_quote(tmp_path: Path) -> None:
    """0.6个 alone is a count; in 下降0.6个、……提高1.0个百分点 it is points, and a count check must not fire."""
    quote = "比重分别下降0.6个、下降0.4个和提高1.0个百分点"
    (tmp_path / "c.yaml").write_text(
        f"article: {{id: a, title: t}}\nclaims:\n  x.first:\n    quote: {quote}\n    value: 0.6个\n", "utf-8"
    )
    (article,) = load([tmp_path])
    assert article.claims[0].quantity.unit == "pp"


def test_value_range(tmp_path: Path) -> None:
    (tmp_path / "c.yaml").write_text(
        "article: {id: a, title: t}\nclaims:\n  x.n:\n    quote: 约有数千人\n    value: {min: 2000, max: 9000}\n",
        "utf-8",
    )
    (article,) = load([tmp_path])
    assert str(article.claims[0].interval) == "[2000, 9000]"


def test_bundled_article_loads() -> None:
    (article,) = load([ROOT / "claims", ROOT / "rules"])
    assert article.id == "jincheng-politics-law-2016-2020"
    assert len(article.claims) == 65
    assert article.text is not None and "郜晋龙" in article.text


# -- whatever the files hold, the loader answers with articles or a LoadError, never a traceback ---------


_SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**6), 10**6),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=20),
    st.sampled_from(["共121个", "98%以上", "1..2万", "x.total + 1 == 2", "a.b ** 2", "__import__('os')", "29.20"]),
)
_KEYS = st.sampled_from(
    ["article", "claims", "rules", "derive", "id", "title", "quote", "value", "unit", "check", "severity", "x.y", "min"]
)
_YAML_DATA = st.recursive(
    _SCALARS,
    lambda children: st.one_of(st.lists(children, max_size=4), st.dictionaries(_KEYS, children, max_size=5)),
    max_leaves=25,
)


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(claims=_YAML_DATA, rules=_YAML_DATA)
def test_arbitrary_yaml_never_crashes_the_loader(claims: object, rules: object, tmp_path: Path) -> None:
    import yaml

    (tmp_path / "claims.yaml").write_text(yaml.safe_dump(claims, allow_unicode=True), "utf-8")
    (tmp_path / "rules.yaml").write_text(yaml.safe_dump(rules, allow_unicode=True), "utf-8")
    try:
        load([tmp_path])
    except LoadError as error:
        assert all(p.line >= 1 and p.column >= 1 for p in error.problems)


_FIELD = st.one_of(
    _SCALARS, st.lists(_SCALARS, max_size=2), st.dictionaries(st.sampled_from(["min", "max", "x"]), _SCALARS)
)


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    quote=_FIELD,
    value=_FIELD,
    unit=_FIELD,
    check=st.one_of(_SCALARS, st.sampled_from(["a.b == a.b", "share(a.b, a.b) > 50%", "a.b / (a.b - a.b) > 1"])),
    severity=_FIELD,
)
def test_arbitrary_field_values_never_crash_the_engine(
    quote: object, value: object, unit: object, check: object, severity: object, tmp_path: Path
) -> None:
    import yaml

    from factcheck.engine import check as run_checks

    claim: dict[str, object] = {"quote": quote, "value": value, "unit": unit}
    claims = {"article": {"id": "a", "title": "t"}, "claims": {"a.b": claim}}
    rules = {"article": "a", "rules": [{"id": "r", "check": check, "severity": severity}]}
    (tmp_path / "claims.yaml").write_text(yaml.safe_dump(claims, allow_unicode=True), "utf-8")
    (tmp_path / "rules.yaml").write_text(yaml.safe_dump(rules, allow_unicode=True), "utf-8")
    try:
        articles = load([tmp_path])
    except LoadError:
        return
    run_checks(articles)


def test_a_quote_that_is_a_word_fraction_alone_is_its_figure(tmp_path: Path) -> None:
    """Running text reads "two-thirds" only before "of ...", but a quote of nothing else can only mean it."""
    (tmp_path / "a.txt").write_text("Two-thirds of prisoners were held. Almost half of all offences.\n", "utf-8")
    claims = "article:\n  id: a\n  title: a\n  language: en\n  text: a.txt\nclaims:\n"
    (tmp_path / "c.yaml").write_text(claims + "  held:\n    quote: Two-thirds\n  offences:\n    quote: Almost half\n")
    (article,) = load([tmp_path], roots=[tmp_path])
    readings = {
        c.id: (round(c.quantity.interval.lo, 3), c.quantity.interval.hi, c.quantity.unit) for c in article.claims
    }
    assert readings["offences"] == (Decimal("45"), Decimal("50"), "%")  # almost half: [45%, 50%)
    assert readings["held"][0] == Decimal("66.667") and readings["held"][2] == "%"
    (tmp_path / "c.yaml").write_text(claims + "  none:\n    quote: of prisoners\n")
    with pytest.raises(LoadError, match="the quote holds no figure"):
        load([tmp_path], roots=[tmp_path])
