"""What ``scan`` holds while it checks: the article it built, not the model it built it from."""

from __future__ import annotations

import json
import weakref

import pytest
from click.testing import CliRunner

from factcheck import engine
from factcheck import extract as extract_package
from factcheck.cli import cli
from factcheck.extract import extract
from factcheck.extract.model import Model
from tests.helpers import ARTICLE


def test_scan_lets_the_model_go_before_it_checks(monkeypatch: pytest.MonkeyPatch) -> None:
    models: list[weakref.ref[Model]] = []
    alive_at_check: list[bool] = []
    read, check_article = extract_package.read, engine.check_article  # type: ignore[attr-defined]

    def remembered(*args: object, **kwargs: object) -> Model:
        model = read(*args, **kwargs)  # type: ignore[arg-type]
        models.append(weakref.ref(model))
        return model

    def watched(*args: object, **kwargs: object) -> object:
        alive_at_check.extend(ref() is not None for ref in models)
        return check_article(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(extract_package, "read", remembered)
    monkeypatch.setattr(engine, "check_article", watched)
    result = CliRunner().invoke(cli, ["scan", "--format", "json", "--jobs", "1", str(ARTICLE)])
    assert result.exit_code in (0, 1), result.output
    report = json.loads(result.stdout)
    assert report["summary"]["claims"] > 30 and report["summary"]["rules"] > 0  # the article was read and checked
    # The text's structure, sentences and figures no rule names are gone (freed, the collector off) before the
    # check, so a long document's model and its checked article are never in memory at once.
    assert alive_at_check == [False]


def test_claims_quoting_one_clause_share_its_quote_and_figures() -> None:
    text = "2023年全市法院受理案件3000件，审结2800件，其中民事案件1500件、刑事案件1300件、行政案件200件。\n"
    article = extract(text, "one-clause").article
    assert article is not None
    listed = [claim for claim in article.claims if claim.quote.startswith("其中")]
    assert len(listed) == 3 and all(len(claim.quote_figures) == 3 for claim in listed)
    first = listed[0]
    assert all(claim.quote is first.quote for claim in listed)  # one quote string for the clause
    for position in range(3):
        # each figure moved into the quote once: the claims it is not the figure of share that one copy
        copies = [
            claim.quote_figures[position] for claim in listed if claim.quote_figure is not claim.quote_figures[position]
        ]
        assert len(copies) == 2 and copies[0] is copies[1], position
        assert copies[0] == listed[position].quote_figure  # the same reading as the claim's own figure
