"""The check cache: a re-run of an unchanged archive reads only hashes; nothing it serves is ever stale.

Files written a moment ago are not trusted by their stat stamp (see batch._Stamps); the tests settle them at
once instead of waiting two seconds.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import factcheck.batch as batch
from factcheck.cache import CACHE_DIR, Cache
from factcheck.cli import cli
from tests.test_batch import make_archive


@pytest.fixture
def archive(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = make_archive(tmp_path / "archive", 4)
    monkeypatch.chdir(root)
    for name in ("GITHUB_ACTIONS", "CI", "FACTCHECK_CACHE_DIR", "FACTCHECK_NO_CACHE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(batch._Stamps, "SETTLE_NS", -(10**12))  # trust stamps of files written just now
    return root


def check(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["check", "--jobs", "1", *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr


class Counter:
    """Counts the files read for hashing and the articles checked."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.read: list[str] = []
        self.checked: list[str] = []
        read, check_unit = batch._read, batch._check_unit

        def counted_read(path: Path) -> bytes:
            self.read.append(path.name)
            return read(path)

        def counted_check(task: batch._Task) -> batch._Done:
            self.checked.append(task.article)
            return check_unit(task)

        monkeypatch.setattr(batch, "_read", counted_read)
        monkeypatch.setattr(batch, "_check_unit", counted_check)

    def clear(self) -> None:
        self.read.clear()
        self.checked.clear()


def entries(kind: str) -> list[Path]:
    return sorted((Path(CACHE_DIR) / kind).iterdir())


@pytest.mark.parametrize("fmt", ["json", "rich"])
def test_an_unchanged_archive_is_answered_from_hashes_alone(
    archive: Path, monkeypatch: pytest.MonkeyPatch, fmt: str
) -> None:
    fresh = check("--format", fmt, "--no-cache")
    counter = Counter(monkeypatch)
    assert check("--format", fmt) == fresh
    assert sorted(counter.checked) == ["a-0", "a-1", "a-2", "a-3"]
    counter.clear()
    assert check("--format", fmt) == fresh
    assert counter.read == [] and counter.checked == []  # stat stamps, the stored hashes and the report


def test_editing_one_file_checks_only_its_article_again(archive: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    check("--format", "json")
    counter = Counter(monkeypatch)
    path = Path("articles/a-2.txt")
    path.write_text(path.read_text("utf-8").replace("涉黑性质组织13个", "涉黑性质组织14个"), "utf-8")
    code, out, _ = check("--format", "json")
    assert counter.checked == ["a-2"] and counter.read == ["a-2.txt"]
    assert (code, out) == check("--format", "json", "--no-cache")[:2]
    failing = {(f["article"], f["id"]) for f in json.loads(out)["findings"] if f["status"] == "fail"}
    assert ("a-2", "sweep.mafia_organisations:quote-in-article") in failing  # the text no longer says 13


def test_editing_a_rules_file_is_never_answered_from_the_cache(archive: Path) -> None:
    first = check("--format", "json")
    path = Path("rules/a-0.yaml")
    path.write_text(path.read_text("utf-8").replace("<= 20000", "<= 5000"), "utf-8")
    second = check("--format", "json")
    assert second != first
    assert second == check("--format", "json", "--no-cache")


def test_settings_are_part_of_the_key(archive: Path) -> None:
    check("--format", "json")
    Path("factcheck.yaml").write_text("severity:\n  gang-breakdown: warning\n", "utf-8")
    code, out, _ = check("--format", "json")
    assert (code, out) == check("--format", "json", "--no-cache")[:2]
    statuses = {(f["article"], f["id"]): f["status"] for f in json.loads(out)["findings"]}
    assert statuses[("a-1", "gang-breakdown")] == "warn"


def test_options_that_change_the_text_are_part_of_the_key(archive: Path) -> None:
    for args in (("--format", "json"), ("--format", "rich"), ("--quiet",), ("--format", "markdown")):
        check(*args)
        assert check(*args) == check(*args, "--no-cache")


def test_exit_codes_and_the_summary_line_come_back_with_the_report(archive: Path, tmp_path: Path) -> None:
    report = tmp_path / "report.json"
    for _ in range(2):
        code, out, _ = check("--format", "json", "--output", str(report))
        assert code == 1 and out.startswith("4 articles, 260 claims, 104 rules:")
    assert check("--fail-on", "never")[0] == 0
    assert check("--fail-on", "never", "--no-cache")[0] == 0


@pytest.mark.parametrize("damage", ["truncate", "flip", "swap"])
def test_a_damaged_entry_is_ignored_and_replaced(archive: Path, monkeypatch: pytest.MonkeyPatch, damage: str) -> None:
    fresh = check("--format", "json", "--no-cache")
    check("--format", "json")
    files = entries("articles") + entries("reports") + entries("stamps")
    contents = [f.read_bytes() for f in files]
    for path, data in zip(files, contents, strict=True):
        if damage == "truncate":
            path.write_bytes(data[: len(data) // 2])
        elif damage == "flip":
            path.write_bytes(data[:-10] + bytes([data[-10] ^ 1]) + data[-9:])
        else:  # a well-formed entry under another key
            path.write_bytes(contents[(files.index(path) + 1) % len(files)])
    counter = Counter(monkeypatch)
    assert check("--format", "json") == fresh
    assert sorted(counter.checked) == ["a-0", "a-1", "a-2", "a-3"]
    counter.clear()
    assert check("--format", "json") == fresh
    assert counter.checked == []  # rewritten whole


def test_a_symlinked_cache_folder_is_never_followed(archive: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    Path(CACHE_DIR).symlink_to(elsewhere)
    assert check("--format", "json") == check("--format", "json", "--no-cache")
    assert list(elsewhere.iterdir()) == []
    assert Cache.open(Path(CACHE_DIR)) is None


def test_symlinks_inside_the_cache_are_never_followed(archive: Path, tmp_path: Path) -> None:
    check("--format", "json")
    victim = tmp_path / "victim.txt"
    victim.write_text("mine", "utf-8")
    for path in entries("articles") + entries("reports"):
        path.unlink()
        path.symlink_to(victim)
    (Path(CACHE_DIR) / "stamps").rename(Path(CACHE_DIR) / "stamps-moved")
    (Path(CACHE_DIR) / "stamps").symlink_to(tmp_path)
    assert check("--format", "json") == check("--format", "json", "--no-cache")
    assert victim.read_text("utf-8") == "mine"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["archive", "victim.txt"]
    assert all(not p.is_symlink() for p in entries("articles"))  # replaced by entries, not written through


def test_the_cache_is_a_tagged_folder_git_ignores_with_no_temporary_files_left(archive: Path) -> None:
    check()
    root = Path(CACHE_DIR)
    assert (root / ".gitignore").read_text("utf-8").splitlines()[-1] == "*"
    assert (root / "CACHEDIR.TAG").read_text("utf-8").startswith("Signature: 8a477f597d28d172789f06886806bc55")
    assert not [p for p in root.rglob("*") if p.name.endswith(".tmp")]


def test_no_cache_writes_nothing_and_ci_uses_none_unless_named(
    archive: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    check("--no-cache")
    assert not Path(CACHE_DIR).exists()
    monkeypatch.setenv("CI", "true")
    check()
    assert not Path(CACHE_DIR).exists()
    named = tmp_path / "ci-cache"
    check("--cache-dir", str(named))
    assert (named / "reports").is_dir()
    monkeypatch.delenv("CI")
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(tmp_path / "env-cache"))
    check()
    assert (tmp_path / "env-cache" / "reports").is_dir() and not Path(CACHE_DIR).exists()


def test_the_cache_lives_beside_the_configuration(archive: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    Path("factcheck.yaml").write_text("paths: [claims, rules]\n", "utf-8")
    monkeypatch.chdir(archive / "claims")
    code, _, _ = check()
    assert code == 1
    assert (archive / CACHE_DIR).is_dir() and not (archive / "claims" / CACHE_DIR).exists()


def test_only_the_newest_reports_are_kept(archive: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from factcheck.cache import MAX_REPORTS

    for width in range(60, 60 + MAX_REPORTS + 3):
        monkeypatch.setenv("COLUMNS", str(width))  # part of a rich report's key
        check()
    assert len(entries("reports")) == MAX_REPORTS


def test_every_field_of_a_check_result_comes_back_from_the_cache() -> None:
    """A field added to the findings must be cached too: this fails until cache.py writes and reads it."""
    from dataclasses import fields
    from decimal import Decimal

    from factcheck.cache import _classes, _enums, result_from_json, result_to_json
    from factcheck.findings import ArticleResult
    from factcheck.quantity import INF, Interval

    samples: dict[str, object] = {
        "str": "某某 “引号” \\ \n",
        "int": 7,
        "bool": True,
        "tuple[str, ...]": ("a.b", "c.d"),
        "Interval": Interval(Decimal("0.2915"), INF, True, False),
        "dict[str, str]": {"a.b": "共121个"},
    }

    def sample(kind: str, owner: str) -> object:
        inner = kind.removesuffix(" | None")
        element = inner.removeprefix("tuple[").removesuffix(", ...]")
        if inner in samples:
            return samples[inner]
        if inner in _enums():
            return list(_enums()[inner])[-1]
        if inner in _classes():
            return build(_classes()[inner])
        if inner.startswith("tuple[") and element in _classes():
            return (build(_classes()[element]), build(_classes()[element]))
        raise AssertionError(f"cache.py may not know {owner}: {kind}")

    def build(cls: type) -> object:
        values = {
            f.name: None
            if (cls, f.name) == (ArticleResult, "draft")
            else sample(str(f.type), f"{cls.__name__}.{f.name}")
            for f in fields(cls)
        }
        return cls(**values)

    result = build(ArticleResult)
    assert isinstance(result, ArticleResult) and result.text is not None and result.disabled
    assert result_from_json(result_to_json(result)) == result


def test_entries_of_files_long_gone_are_pruned_but_not_this_runs(
    archive: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(batch, "SPARE_ENTRIES", 10)
    check()
    first = {p.name for p in entries("articles")}
    stale = {f"{number:064x}" for number in range(20)}
    for name in sorted(stale):  # past twice this archive's articles and the spare ones
        (Path(CACHE_DIR) / "articles" / name).write_text("old", "utf-8")
    path = Path("articles/a-0.txt")
    path.write_text(path.read_text("utf-8") + "\n", "utf-8")  # one article to check again: the cache is written
    check()
    names = {p.name for p in entries("articles")}
    assert len(names) == 2 * 4 + 10
    this_run = names - stale
    assert len(this_run) == 4 and len(this_run & first) == 3  # a-0's new entry and the other three articles
    assert not (first - this_run) & names  # a-0's old entry, the oldest unused, went first


def test_an_edit_to_factchecks_own_code_changes_every_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A development install changes code without changing the version: its results are not reused."""
    import os

    import factcheck.cache as cache

    package = tmp_path / "factcheck"
    (package / "quantity" / "__pycache__").mkdir(parents=True)
    (package / "cache.py").write_text("x = 1\n", "utf-8")
    (package / "quantity" / "reader.py").write_text("y = 1\n", "utf-8")
    (package / "quantity" / "__pycache__" / "reader.cpython-311.pyc").write_bytes(b"compiled")
    monkeypatch.setattr(cache, "__file__", str(package / "cache.py"))
    first = cache.code_fingerprint()
    (package / "quantity" / "__pycache__" / "reader.cpython-311.pyc").write_bytes(b"compiled again")
    assert cache.code_fingerprint() == first  # compiled files are not the code
    os.utime(package / "quantity" / "reader.py", ns=(1, 1))
    assert cache.code_fingerprint() != first
