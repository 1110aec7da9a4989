"""Load problems: every class of bad input is reported with file:line:col, all at once.

Each folder under tests/cases/negative/ is one case: YAML files and an
expected.txt listing the problems, one per line, as ``file:line:col: message``
(the message may be cut short: it is matched as a prefix).
"""

from __future__ import annotations

from pathlib import Path

import pytest

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
