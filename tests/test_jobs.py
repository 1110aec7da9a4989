"""scan and extract over many articles: the same output on one core or several, workers doing the work."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import factcheck.app as app
import factcheck.documents as documents
from factcheck.cli import cli
from tests.helpers import ROOT

TEXTS = ["zh13-court-annual-work-report.txt", "zh14-procuratorate-work-report.txt", "en01-police-report.txt"]


@pytest.fixture
def articles(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for name in TEXTS:
        shutil.copy(ROOT / "tests" / "corpus" / name, folder / name)
    shutil.copy(ROOT / "articles" / "jincheng-politics-law-2016-2020.txt", folder / "jincheng.txt")
    monkeypatch.chdir(tmp_path)
    for name in ("GITHUB_ACTIONS", "CI"):
        monkeypatch.delenv(name, raising=False)
    return folder


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr


def watch(monkeypatch: pytest.MonkeyPatch, log: Path, module: Any, name: str) -> None:
    """Log the process each time ``module.<name>`` runs (forked workers inherit the patch)."""
    original = getattr(module, name)

    def logged(*args: Any, **options: Any) -> Any:
        with log.open("a", encoding="utf-8") as handle:
            handle.write(f"{os.getpid()}\n")
        return original(*args, **options)

    monkeypatch.setattr(module, name, logged)


def processes(log: Path) -> set[str]:
    found = set(log.read_text("utf-8").split())
    log.unlink()
    return found


@pytest.mark.parametrize("fmt", ["text", "json", "html", "markdown"])
def test_scan_reports_the_same_on_one_core_or_several(articles: Path, fmt: str) -> None:
    serial = run("scan", "articles", "--format", fmt, "--jobs", "1")
    parallel = run("scan", "articles", "--format", fmt, "--jobs", "3")
    assert serial == parallel
    assert serial[0] == 1 and not serial[2]  # two planted contradictions
    assert "zh14-procuratorate-work-report" in serial[1]


def test_scan_checks_articles_in_workers(articles: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    log = tmp_path / "pids.txt"
    watch(monkeypatch, log, app, "_scan_one")
    run("scan", "articles", "--jobs", "1")
    assert processes(log) == {str(os.getpid())}
    run("scan", "articles", "--jobs", "2")
    workers = processes(log)
    assert str(os.getpid()) not in workers and 1 <= len(workers) <= 2


def test_scan_stops_at_the_first_article_it_cannot_read_in_order(articles: Path) -> None:
    (articles / "a-broken.txt").write_bytes(b"\xff\xfe not text")
    serial = run("scan", "articles", "--jobs", "1")
    assert serial == run("scan", "articles", "--jobs", "2")
    assert serial[0] == 2 and "a-broken.txt" in serial[2]


def test_extract_prints_many_articles_in_order_whatever_the_workers(
    articles: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    log = tmp_path / "pids.txt"
    watch(monkeypatch, log, documents, "read_document")
    serial = run("extract", "articles", "--jobs", "1")
    assert str(os.getpid()) in processes(log)
    parallel = run("extract", "articles", "--jobs", "2")
    assert len(processes(log) - {str(os.getpid())}) >= 1  # the articles were drafted in workers
    assert serial == parallel and serial[0] == 0
    heads = [line for line in serial[1].splitlines() if line.startswith("# --- claims/")]
    assert heads == [
        f"# --- claims/{n}.yaml"
        for n in ("en01-police-report", "jincheng", "zh13-court-annual-work-report", "zh14-procuratorate-work-report")
    ]
    one = run("extract", "articles/jincheng.txt")
    assert one[1] in serial[1]


def test_extract_writes_many_articles_as_it_writes_one(articles: Path, tmp_path: Path) -> None:
    code, out, _ = run("extract", *(str(p) for p in sorted(articles.iterdir())), "--output-dir", "out", "--jobs", "2")
    assert code == 0 and out.count("wrote ") == 4
    run("extract", "articles/jincheng.txt", "--output-dir", "single")
    for kind in ("claims", "rules"):
        assert (Path("out") / kind / "jincheng.yaml").read_text("utf-8") == (
            Path("single") / kind / "jincheng.yaml"
        ).read_text("utf-8")
    written = sorted(p.name for p in (Path("out") / "claims").iterdir())
    assert written == sorted(Path(n).stem + ".yaml" for n in [*TEXTS, "jincheng.txt"])
    before = {p: p.read_bytes() for p in Path("out").rglob("*.yaml")}
    code, _, err = run("extract", "articles", "--output-dir", "out")
    assert code == 2 and "already exist" in err and "nothing written" in err
    assert {p: p.read_bytes() for p in Path("out").rglob("*.yaml")} == before


def test_extract_of_several_articles_refuses_what_names_one(articles: Path) -> None:
    code, _, err = run("extract", "articles", "--id", "one")
    assert code == 2 and "--id and --title name one article" in err
    (articles / "sub").mkdir()
    shutil.copy(articles / "jincheng.txt", articles / "sub" / "jincheng.md")
    code, _, err = run("extract", "articles")
    assert code == 2 and "several articles would be jincheng" in err
