"""Checking an archive article by article: the same report on one core or many, and the same problems.

The archive here is the bundled article under several ids, one of them with a broken sum, so that the
report has passes, a failure and warnings to keep in order.
"""

from __future__ import annotations

import gc
import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

import factcheck.batch as batch
from factcheck.cli import cli
from factcheck.findings import ArticleResult
from factcheck.loader import display_path, load
from factcheck.model import Article
from tests.helpers import ROOT

ARTICLE = "jincheng-politics-law-2016-2020"


def make_archive(root: Path, copies: int) -> Path:
    """``copies`` articles: the bundled one under the ids a-0, a-1, ...; a-1 says 15 where 13 adds up."""
    for folder in ("claims", "rules", "articles"):
        (root / folder).mkdir(parents=True, exist_ok=True)
    claims = (ROOT / "claims" / f"{ARTICLE}.yaml").read_text("utf-8")
    rules = (ROOT / "rules" / f"{ARTICLE}.yaml").read_text("utf-8")
    text = (ROOT / "articles" / f"{ARTICLE}.txt").read_text("utf-8")
    for number in range(copies):
        name = f"a-{number}"
        body, words = claims.replace(ARTICLE, name), text
        if number == 1:
            body = body.replace("涉黑性质组织13个", "涉黑性质组织15个")
            words = words.replace("涉黑性质组织13个", "涉黑性质组织15个")
        (root / "claims" / f"{name}.yaml").write_text(body, "utf-8")
        (root / "rules" / f"{name}.yaml").write_text(rules.replace(ARTICLE, name), "utf-8")
        (root / "articles" / f"{name}.txt").write_text(words, "utf-8")
    return root


@pytest.fixture
def archive(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = make_archive(tmp_path / "archive", 5)
    monkeypatch.chdir(root)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    monkeypatch.delenv("CI", raising=False)
    return root


def check(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["check", *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr


FORMATS = ["text", "json", "rich", "sarif", "junit", "markdown", "html", "github", "claimreview"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_many_workers_write_the_report_one_writes(archive: Path, fmt: str) -> None:
    serial = check("--no-cache", "--jobs", "1", "--format", fmt)
    parallel = check("--no-cache", "--jobs", "3", "--format", fmt)
    assert serial == parallel
    assert serial[0] == 1  # a-1 fails


@pytest.mark.parametrize("fmt", FORMATS)
def test_article_by_article_reports_what_loading_everything_at_once_reports(
    archive: Path, monkeypatch: pytest.MonkeyPatch, fmt: str
) -> None:
    Path("factcheck.yaml").write_text(
        "rules:\n  sweep-cases-at-least-one-per-gang: off\nseverity:\n  gang-breakdown: warning\n", "utf-8"
    )
    path = Path("claims/a-3.yaml")
    path.write_text(
        path.read_text("utf-8").replace(
            "    value: 121\n", "    value: 121\n    disable:\n      quote-in-article: the summary is reworded\n", 1
        ),
        "utf-8",
    )
    by_article = check("--no-cache", "--format", fmt)
    # a-1's broken sum is only a warning now, and nothing here is a load problem
    assert by_article[0] == 0 and by_article[1] and not by_article[2], by_article[2]

    def cannot_plan(*_: object, **__: object) -> None:
        raise batch.Fallback

    monkeypatch.setattr(batch, "plan", cannot_plan)
    assert check("--no-cache", "--format", fmt) == by_article
    if fmt == "json":
        report = json.loads(by_article[1])
        assert report["summary"]["articles"] == 5
        assert [f["article"] for f in report["findings"]] == sorted(f["article"] for f in report["findings"])
        assert not [f for f in report["findings"] if f["id"] == "sweep-cases-at-least-one-per-gang"]


def test_workers_are_processes_and_each_article_is_checked_once(
    archive: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import factcheck.engine as engine

    log = tmp_path / "checked.txt"
    check_article = engine.check_article

    def logged(article: Article, **options: Any) -> ArticleResult:
        with log.open("a", encoding="utf-8") as handle:  # forked workers inherit this patch
            handle.write(f"{os.getpid()} {article.id}\n")
        return check_article(article, **options)

    monkeypatch.setattr(engine, "check_article", logged)
    check("--no-cache", "--jobs", "1")
    lines = [line.split() for line in log.read_text("utf-8").splitlines()]
    assert lines == [[str(os.getpid()), f"a-{n}"] for n in range(5)]
    log.unlink()
    check("--no-cache", "--jobs", "2")
    lines = [line.split() for line in log.read_text("utf-8").splitlines()]
    assert sorted(article for _, article in lines) == [f"a-{n}" for n in range(5)]
    workers = {pid for pid, _ in lines}
    assert str(os.getpid()) not in workers and 1 <= len(workers) <= 2
    log.unlink()
    check("--no-cache")  # by default, workers only for work enough to repay them: not for five articles
    assert {line.split()[0] for line in log.read_text("utf-8").splitlines()} == {str(os.getpid())}
    log.unlink()
    monkeypatch.setattr(batch, "POOL_BYTES", 0)
    monkeypatch.setattr(batch, "default_jobs", lambda: 2)
    check("--no-cache")
    assert str(os.getpid()) not in {line.split()[0] for line in log.read_text("utf-8").splitlines()}


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (("rules/a-3.yaml", "sweep.gangs_total\n", "sweep.gang_total\n"), "unknown claim 'sweep.gang_total'"),
        (("claims/a-2.yaml", "id: a-2", "id: a-1"), "article 'a-1' is already defined"),
        (("rules/a-4.yaml", "article: a-4", "article: a-9"), "no claims file for article 'a-9'"),
        (("claims/a-0.yaml", "claims:\n", "claims:\n  bad id:\n    quote: x\n"), "claim id 'bad id'"),
    ],
)
def test_problems_are_reported_exactly_as_the_loader_reports_them(
    archive: Path, edit: tuple[str, str, str], message: str
) -> None:
    path, old, new = edit
    text = Path(path).read_text("utf-8")
    assert old in text
    Path(path).write_text(text.replace(old, new, 1), "utf-8")
    code, out, err = check("--jobs", "2")
    assert (code, out) == (2, "")
    assert message in err
    expected = load_problems()
    assert err.splitlines() == expected


def load_problems() -> list[str]:
    from factcheck.loader import LoadError

    with pytest.raises(LoadError) as caught:
        load(["claims", "rules"])
    return [str(p) for p in caught.value.problems]


def test_files_a_quick_read_cannot_place_are_checked_all_at_once(archive: Path) -> None:
    path = Path("claims/a-0.yaml")
    text = path.read_text("utf-8")
    # Valid YAML the quick read does not follow: the article mapping in flow style over several lines.
    _, rest = text.split("claims:\n", 1)
    path.write_text(
        '# a comment\narticle: {id: a-0, title: "晋城市", language: zh,\n  text: ../articles/a-0.txt}\nclaims:\n'
        + rest,
        "utf-8",
    )
    assert batch.quick_read(path.read_text("utf-8")) is None
    assert check("--format", "json", "--jobs", "2") == check("--format", "json", "--no-cache", "--jobs", "1")
    assert json.loads(check("--format", "json")[1])["summary"]["articles"] == 5


def test_the_cyclic_collector_is_off_while_checking_and_on_afterwards(
    archive: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[bool] = []
    check_unit = batch._check_unit

    def watched(task: batch._Task) -> batch._Done:
        seen.append(gc.isenabled())
        return check_unit(task)

    monkeypatch.setattr(batch, "_check_unit", watched)
    assert gc.isenabled()
    check("--no-cache", "--jobs", "1")
    assert seen == [False] * 5
    assert gc.isenabled()


def test_default_jobs_counts_the_cores_this_process_may_use() -> None:
    if hasattr(os, "sched_getaffinity"):
        assert batch.default_jobs() == len(os.sched_getaffinity(0))
    assert batch.default_jobs() >= 1


def test_jobs_must_be_at_least_one(archive: Path) -> None:
    code, _, err = check("--jobs", "0")
    assert code == 2 and "--jobs" in err


# -- the quick read ------------------------------------------------------------------------------------------

IDS = st.from_regex(r"[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}", fullmatch=True)
TEXTS = st.none() | st.from_regex(r"(\.\./)?[a-z]{1,8}/[a-z0-9-]{1,12}\.txt", fullmatch=True)


def quoted(value: str, style: int) -> str:
    return [value, f'"{value}"', f"'{value}'"][style]


@given(IDS, TEXTS, st.integers(0, 2), st.booleans(), st.booleans())
def test_a_quick_read_of_a_claims_file_agrees_with_the_loader(
    article_id: str, text: str | None, style: int, flow: bool, comment: bool
) -> None:
    fields = [f"id: {quoted(article_id, style)}", "title: t"] + ([f"text: {quoted(text, style)}"] if text else [])
    note = "  # the article" if comment else ""
    head = (
        f"article: {{{', '.join(fields)}}}{note}\n"
        if flow
        else "article:" + note + "\n" + "".join(f"  {field}\n" for field in fields)
    )
    source = f"# claims\n{head}\nclaims:\n  x.a:\n    quote: 共121个\n"
    assert batch.quick_read(source) == ("claims", article_id, text)


@given(IDS, st.integers(0, 2), st.booleans())
def test_a_quick_read_of_a_rules_file_agrees_with_the_loader(article_id: str, style: int, derive: bool) -> None:
    body = "derive:\n  x.b: x.a + 1\n" if derive else "rules:\n  - id: r\n    check: x.a == 121\n"
    assert batch.quick_read(f"article: {quoted(article_id, style)}\n{body}") == ("rules", article_id, None)


def test_a_quick_read_declines_what_it_cannot_be_sure_of() -> None:
    assert batch.quick_read("article:\n  id: a\n  id: b\nclaims: {}\n") is None  # a duplicate key
    assert batch.quick_read("article:\n  id: a\n  meta:\n    id: b\nclaims: {}\n") is None  # nesting
    assert batch.quick_read("paths: [claims]\n") is None  # neither claims nor rules
    assert batch.quick_read("article:\n  title: t\nclaims: {}\n") is None  # no id


def test_display_paths_are_the_loaders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "inside" / "deeper").mkdir(parents=True)
    (tmp_path / "outside").mkdir()
    for name in ("inside/a.yaml", "inside/deeper/b.yaml", "outside/c.yaml"):
        (tmp_path / name).write_text("x", "utf-8")
    (tmp_path / "inside" / "link.yaml").symlink_to(tmp_path / "outside" / "c.yaml")
    (tmp_path / "inside" / "folder").symlink_to(tmp_path / "outside")
    monkeypatch.chdir(tmp_path / "inside")
    shown = batch._Displays()
    paths = [
        Path("a.yaml"),
        Path("deeper/b.yaml"),
        Path("./deeper/../a.yaml"),
        Path("link.yaml"),
        Path("folder/c.yaml"),
        Path("../outside/c.yaml"),
        tmp_path / "inside" / "a.yaml",
        Path(),
    ]
    assert [shown(p) for p in paths] == [display_path(p) for p in paths]
    shutil.rmtree(tmp_path / "outside")


def test_no_garbage_is_left_for_the_collector_after_each_article(archive: Path) -> None:
    """The collector is off while checking; what libyaml leaves in cycles is collected article by article."""
    from factcheck.config import Config

    plan = batch.plan(["claims", "rules"], "settings")
    gc.collect()
    gc.disable()
    try:
        batch.run(plan.units, batch.Work(Config()), jobs=1)
        assert gc.collect() == 0
    finally:
        gc.enable()


def test_a_serial_run_does_not_walk_the_young_objects_after_its_last_article(
    archive: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from factcheck.config import Config

    plan = batch.plan(["claims", "rules"], "settings")
    walks: list[int] = []

    def collect(generation: int = 2) -> int:
        walks.append(generation)
        return 0

    monkeypatch.setattr(gc, "collect", collect)
    results = batch.run(plan.units, batch.Work(Config()), jobs=1)
    assert len(results) == len(plan.units) >= 2
    assert walks == [0] * (len(plan.units) - 1)  # after every article but the last


def test_the_pools_maintenance_thread_is_not_woken_by_results_waiting_to_be_read() -> None:
    import multiprocessing

    context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else None)
    with batch._quiet_pool()(1, context=context) as pool:
        waking = pool._get_sentinels()  # type: ignore[attr-defined]
        assert pool._outqueue._reader not in waking  # type: ignore[attr-defined]
        assert pool._change_notifier._reader in waking  # type: ignore[attr-defined]  # terminate() still wakes it
        assert list(pool.imap(abs, [-1, -2, 3], chunksize=1)) == [1, 2, 3]


def test_without_a_cache_no_file_is_hashed_again_while_checking(
    archive: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A file is hashed again as it is read only to know whether its result may be kept: with no cache
    (--no-cache), nothing is kept, and the article texts are not read twice more to be hashed."""
    from factcheck.cache import Cache
    from factcheck.config import Config

    plan = batch.plan(["claims", "rules"], "settings")
    hashed: list[int] = []
    real: Callable[[bytes | memoryview], str] = vars(batch)["content_hash"]

    def counted(data: bytes | memoryview) -> str:
        hashed.append(len(data))
        return real(data)

    monkeypatch.setattr(batch, "content_hash", counted)
    first = batch.run(plan.units, batch.Work(Config()), jobs=1)
    assert hashed == []
    cache = Cache.open(tmp_path / "cache")
    assert cache is not None
    kept = batch.run(plan.units, batch.Work(Config()), jobs=1, cache=cache)
    assert len(hashed) == 4 * len(plan.units)  # claims, rules, and the text before and after it is read
    assert kept == first
