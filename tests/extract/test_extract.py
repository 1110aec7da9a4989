"""``factcheck extract``: claims and rules drafted from raw text, loadable by ``factcheck check`` unchanged."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli import cli
from factcheck.engine import check
from factcheck.findings import Status
from factcheck.loader import CLAIM_ID, load
from tests.helpers import ARTICLE, ROOT


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    shutil.copy(ARTICLE, tmp_path / ARTICLE.name)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_extract_writes_files_that_check_unchanged(workdir: Path) -> None:
    code, out, err = invoke("extract", ARTICLE.name, "-o", ".")
    assert code == 0, err
    claims = workdir / "claims" / "jincheng-politics-law-2016-2020.yaml"
    rules = workdir / "rules" / "jincheng-politics-law-2016-2020.yaml"
    assert "65 claims" in out
    (article,) = load([claims, rules])
    assert len(article.claims) == 65
    assert article.text is not None  # text: points back at the article
    report = check([article])
    assert [f.id for f in report.findings if f.status in (Status.FAIL, Status.ERROR)] == []
    code, _, _ = invoke("check")
    assert code == 0


def test_ids_are_readable_unique_and_stable(workdir: Path) -> None:
    _, first, _ = invoke("extract", ARTICLE.name)
    _, second, _ = invoke("extract", ARTICLE.name)
    assert first == second
    ids = re.findall(r"^  ([a-z0-9_.]+):$", first, re.MULTILINE)
    assert len(ids) == 65 and len(set(ids)) == 65
    assert all(CLAIM_ID.match(i) for i in ids)
    assert "fanzui_tuanhuo" in ids  # 涉黑涉恶犯罪团伙: pinyin a reader can pronounce
    assert "suggested: total-parts" in second


def test_every_claim_has_quote_label_and_picks_its_figure(workdir: Path) -> None:
    invoke("extract", ARTICLE.name, "-o", ".")
    text = (workdir / "claims" / "jincheng-politics-law-2016-2020.yaml").read_text("utf-8")
    assert "    quote: 受理监察机关移送审查起诉42件56人\n    value: 56人\n" in text
    assert "    label: 打掉涉黑涉恶犯罪团伙\n" in text


def test_extract_never_overwrites_without_force(workdir: Path) -> None:
    assert invoke("extract", ARTICLE.name, "-o", ".")[0] == 0
    claims = workdir / "claims" / "jincheng-politics-law-2016-2020.yaml"
    claims.write_text("# edited by a person\n", "utf-8")
    code, _, err = invoke("extract", ARTICLE.name, "-o", ".")
    assert code == 2
    assert "already exist" in err and "--force" in err
    assert claims.read_text("utf-8") == "# edited by a person\n"
    assert invoke("extract", ARTICLE.name, "-o", ".", "--force")[0] == 0
    assert claims.read_text("utf-8").startswith("# yaml-language-server: $schema=../schemas/claims.schema.json\n")


def test_extract_english_text(tmp_path: Path) -> None:
    source = ROOT / "tests" / "corpus" / "en01-police-report.txt"
    code, out, _ = invoke("extract", str(source), "-o", str(tmp_path))
    assert code == 0, out
    (article,) = load([tmp_path / "claims", tmp_path / "rules"])
    assert article.language == "en"
    assert {"thefts", "frauds", "other_crimes"} <= set(article.claim_index)


def test_extract_missing_article_exits_2(workdir: Path) -> None:
    code, _, err = invoke("extract", "nope.txt")
    assert code == 2 and "no such file" in err


@pytest.mark.parametrize("bad", ["../escape", "Upper", "two--hyphens", "a/b", "x" * 101, "trailing-"])
def test_extract_id_is_validated_before_anything_is_written(workdir: Path, bad: str) -> None:
    code, _, err = invoke("extract", ARTICLE.name, "-o", ".", "--id", bad)
    assert code == 2
    assert "an article id is lower-case letters, digits and single hyphens" in err
    assert not (workdir / "claims").exists()


def test_extract_id_names_the_files(workdir: Path) -> None:
    code, out, _ = invoke("extract", ARTICLE.name, "-o", ".", "--id", "court-report-2023")
    assert code == 0
    assert (workdir / "claims" / "court-report-2023.yaml").is_file()
    assert "court-report-2023.yaml" in out


def test_scan_places_every_claim_in_its_text_for_the_html_view() -> None:
    """Each in-memory claim's quote holds its figures at offsets in the quote, as loading the claims file
    would read them, so the HTML view marks every figure scan read (none left "unverified")."""
    from dataclasses import replace

    from factcheck.draft import mark_article
    from factcheck.extract import extract
    from factcheck.extract.article import to_article

    text = (
        "全市法院共受理各类案件5320件，审结4980件，结案率93.6%，同比上升1.2个百分点。"
        "其中，刑事案件1210件、民事案件3650件、行政案件460件。\n"
        "受理案件数比上年增加320件，增长6.4%。\n"
    )
    extraction = extract(text, "court")
    article = to_article(extraction, "court.txt")
    assert len(article.claims) == 9
    for claim in article.claims:
        figure = claim.quote_figure
        assert figure is not None and claim.quote[figure.start : figure.end] == figure.text
        assert [claim.quote[q.start : q.end] for q in claim.quote_figures] == [q.text for q in claim.quote_figures]
    assert extraction.checked is not None
    view = mark_article(replace(article, text=text), extraction.checked)
    assert view is not None
    assert [f.claim for f in view.figures] == [c.id for c in article.claims]
