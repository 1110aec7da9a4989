"""Checking an archive: one article at a time, on every core, from the cache when nothing changed.

The files are hashed first (a file whose stat stamp is as recorded is not even read) and grouped into
articles by what a quick read of their top says (``article:`` and its ``id:``).  Each article is then loaded
and checked on its own, in this process or in a worker, and only its findings are kept: the YAML, the model
and the parsed rules of one article are freed before the next is read.

The quick read is only a plan.  Each article's files are loaded by the loader as always and the plan is
confirmed (one article, the id it named); anything the plan got wrong or any problem in the input raises
:class:`Fallback`, and the caller loads the whole input at once, as it always has, so that every problem
is reported exactly as before.  Output never depends on the number of workers or on the cache.
"""

# Paths here are strings and os.path: an archive has thousands of files, and pathlib's cost per call shows.
# ruff: noqa: PTH109, PTH114, PTH116, PTH118

from __future__ import annotations

import functools
import gc
import os
import re
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO, TypeVar

from factcheck import i18n
from factcheck.cache import (
    MAX_REPORTS,
    Cache,
    CorruptEntry,
    code_fingerprint,
    content_hash,
    key_of,
    result_from_json,
    unit_key,
)
from factcheck.exitcodes import FAIL_ON
from factcheck.quantity.lazyre import lazy_compile
from factcheck.records import Record, record_with_dict, set_field

if TYPE_CHECKING:
    import multiprocessing.pool

    from factcheck.app import ReportOptions
    from factcheck.config import Config
    from factcheck.findings import ArticleResult, Report
    from factcheck.model import Article

T = TypeVar("T")
R = TypeVar("R")

UNHASHED = ""  # the content hash of a file, and every key, when there is no cache: none is needed
READ_CAP = 64 * 1024 * 1024  # past this a file is not even hashed: the loader's own limit is far lower
CHUNK_UNITS = 4  # articles sent to a worker at a time
SPARE_ENTRIES = 1000  # article entries kept beyond twice the articles of a run
POOL_BYTES = 512 * 1024  # of claims and rules to check before workers are worth starting (~0.5 s of work)


# Each pattern starts with a newline, so the regex engine scans for that literal text in C; the text is
# searched with a newline in front, so that the first line counts too.
_SCALAR = r"""(?:"([^"\\\n]*)"|'([^'\n]*)'|([^\s#,{}\[\]"'][^#,{}\[\]\n]*?))"""
# The quick read's patterns, compiled on first use (a replayed check never reads a file).
_PATTERNS = {
    "claims": lazy_compile(r"\nclaims[ \t]*:"),
    "rules": lazy_compile(r"\n(?:rules|derive)[ \t]*:"),
    "article": lazy_compile(rf"\narticle:[ \t]*{_SCALAR}[ \t]*(?:#[^\n]*)?(?=\n|$)"),
    "block": lazy_compile(r"\narticle:[ \t]*(?:#[^\n]*)?\n((?:(?:[ \t]+[^\n]*|[ \t]*)(?:\n|$))*)"),
    "flow": lazy_compile(r"\narticle:[ \t]*\{([^{}\n]*)\}[ \t]*(?:#[^\n]*)?(?=\n|$)"),
    "block field": lazy_compile(rf"^[ \t]+(id|text)[ \t]*:[ \t]*{_SCALAR}[ \t]*(?:#.*)?$", re.MULTILINE),
    "flow field": lazy_compile(rf"(?:^|,)[ \t]*(id|text)[ \t]*:[ \t]*{_SCALAR}[ \t]*(?=,|$)"),
}


def _patterns() -> dict[str, re.Pattern[str]]:
    """The quick read's patterns."""
    return _PATTERNS


class Fallback(Exception):
    """The plan cannot give the answer the whole-input load would: load the whole input at once."""


@record_with_dict
class SourceFile(Record):
    """A claims or rules file of the archive, hashed."""

    path: Path
    display: str
    sha: str
    kind: str  # claims | rules
    article: str
    text: str | None  # a claims file's text: as written

    def __init__(
        self,
        path: Path,
        display: str,
        sha: str,
        kind: str,
        article: str,
        text: str | None,
    ) -> None:
        set_field(self, "path", path)
        set_field(self, "display", display)
        set_field(self, "sha", sha)
        set_field(self, "kind", kind)
        set_field(self, "article", article)
        set_field(self, "text", text)


@record_with_dict
class Unit(Record):
    """One article: its files (claims first), its text file, and its cache key."""

    article: str
    files: tuple[SourceFile, ...]
    text: tuple[str, str] | None  # text: as written, and the content hash of that file
    key: str

    def __init__(
        self,
        article: str,
        files: tuple[SourceFile, ...],
        text: tuple[str, str] | None,
        key: str,
    ) -> None:
        set_field(self, "article", article)
        set_field(self, "files", files)
        set_field(self, "text", text)
        set_field(self, "key", key)


@record_with_dict
class Plan(Record):
    """The archive as units of work, and the key of the whole input."""

    units: tuple[Unit, ...]
    key: str  # of the whole input: every article's key, in order

    def __init__(
        self,
        units: tuple[Unit, ...],
        key: str,
    ) -> None:
        set_field(self, "units", units)
        set_field(self, "key", key)


@record_with_dict
class _Task(Record):
    """What a worker needs to check one article: its files with their hashes, and its text's path and hash."""

    article: str
    files: tuple[tuple[Path, str], ...]  # path and content hash
    text: tuple[str, str] | None
    last: bool = False  # the last of a serial run: nothing is checked after it (see _check_unit)
    kept: bool = True  # the result may be cached: its files are hashed again as they are read (none without a cache)

    def __init__(
        self,
        article: str,
        files: tuple[tuple[Path, str], ...],
        text: tuple[str, str] | None,
        last: bool = False,
        kept: bool = True,
    ) -> None:
        set_field(self, "article", article)
        set_field(self, "files", files)
        set_field(self, "text", text)
        set_field(self, "last", last)
        set_field(self, "kept", kept)


@record_with_dict
class _Done(Record):
    """One article checked: its result, its rule ids, and whether the result may be cached."""

    result: ArticleResult | None  # None: the plan was wrong or the input has a problem
    rules: tuple[str, ...] = ()  # the article's rule ids
    cacheable: bool = False

    def __init__(
        self,
        result: ArticleResult | None,
        rules: tuple[str, ...] = (),
        cacheable: bool = False,
    ) -> None:
        set_field(self, "result", result)
        set_field(self, "rules", rules)
        set_field(self, "cacheable", cacheable)


# -- the plan -------------------------------------------------------------------------------------------


def _scalar(match: re.Match[str], first: int) -> str:
    for group in (first, first + 1, first + 2):
        if match.group(group) is not None:
            return match.group(group).strip()
    return ""  # pragma: no cover - one alternative always matches


def quick_read(text: str) -> tuple[str, str, str | None] | None:
    """(kind, article id, text path) from the top-level keys, or None when a quick read cannot tell."""
    text = "\n" + text
    patterns = _patterns()
    is_claims = patterns["claims"].search(text) is not None
    if not is_claims:
        if patterns["rules"].search(text) is None:
            return None
        match = patterns["article"].search(text)
        return ("rules", _scalar(match, 1), None) if match else None
    fields: dict[str, str] = {}
    block = patterns["block"].search(text)
    flow = patterns["flow"].search(text)
    if flow:
        for item in patterns["flow field"].finditer(flow.group(1)):
            fields.setdefault(item.group(1), _scalar(item, 2))
    elif block:
        indents = {len(line) - len(line.lstrip()) for line in block.group(1).splitlines() if line.strip()}
        if len(indents) != 1:  # nested mappings or odd indentation: leave it to the loader
            return None
        for item in patterns["block field"].finditer(block.group(1)):
            if item.group(1) in fields:
                return None  # a duplicate key: the loader will say so
            fields[item.group(1)] = _scalar(item, 2)
    if "id" not in fields:
        return None
    return "claims", fields["id"], fields.get("text")


def _read(path: Path) -> bytes:
    """A file read to be hashed for the plan."""
    return _load_bytes(path)


def _load_bytes(path: Path) -> bytes:
    from factcheck.safeio import InputError, read_file

    try:
        return read_file(path, READ_CAP)  # a regular file only: a FIFO swapped in after discover() never blocks
    except InputError:
        raise Fallback from None


class _Stamps:
    """What each file held the last time it was read: its content hash and quick read, by its stat stamp.

    A file whose size, modification and change times, inode and device are all as recorded still holds what
    was hashed: writing to a file sets its change time, which no program can set back.  A file changed less
    than SETTLE_NS before it was recorded is not recorded (a second write within the file system's clock
    tick could leave the stamp unchanged): it is read and hashed again next time.
    """

    SETTLE_NS = 2_000_000_000

    def __init__(self, cache: Cache | None, key: str) -> None:
        self.cache, self.key = cache, key
        self.known: dict[str, list[Any]] = {}
        self.seen: dict[str, list[Any]] = {}
        found = cache.get("stamps", key) if cache is not None else None
        if found is not None:
            import json  # here, as each use of json: a check without a cache (and its rich report) needs none

            try:
                known = json.loads(bytes(found[1]))
                if isinstance(known, dict):
                    self.known = {k: v for k, v in known.items() if isinstance(v, list) and len(v) == 9}
            except ValueError:
                pass
        self.now = time.time_ns()
        self.cwd = os.getcwd()

    def read(self, path: Path, quick: bool) -> tuple[str, tuple[str, str, str | None] | None]:
        """The file's content hash and (with ``quick``) its quick read; :class:`Fallback` if it cannot plan."""
        name = os.path.join(self.cwd, path)
        try:
            info = os.stat(name)
        except OSError:
            raise Fallback from None
        stamp = [info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino, info.st_dev]
        entry = self.known.get(name)
        remembered = _remembered(entry, quick) if entry is not None and entry[:5] == stamp else None
        if remembered is not None:
            self._keep(name, stamp, *remembered)
            return remembered
        data = _read(path)
        sha = content_hash(data) if self.cache is not None else UNHASHED
        read = None
        if quick:
            try:
                read = quick_read(data.decode("utf-8-sig"))
            except UnicodeDecodeError:
                raise Fallback from None
            if read is None:
                raise Fallback
        self._keep(name, stamp, sha, read)
        return sha, read

    def _keep(self, name: str, stamp: list[int], sha: str, read: tuple[str, str, str | None] | None) -> None:
        if max(stamp[1], stamp[2]) < self.now - self.SETTLE_NS:
            self.seen[name] = [*stamp, sha, *(read or (None, None, None))]

    def save(self) -> None:
        if self.cache is not None and self.seen != self.known:
            import json

            body = json.dumps(self.seen, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
            self.cache.put("stamps", self.key, body)


class _Displays:
    """``loader.display_path`` for thousands of files: each folder is resolved once, in strings.

    The same text as display_path gives (a test holds them together); it keys the cache, and the loader's
    own display paths are what the findings show.
    """

    def __init__(self) -> None:
        self.here = os.getcwd()
        self.cwd = os.path.realpath(self.here)
        self.inside = self.cwd.rstrip(os.sep) + os.sep
        self.folders: dict[str, str] = {}

    def __call__(self, path: Path) -> str:
        name = os.path.join(self.here, path)
        folder, base = os.path.split(name)
        if base in ("", ".", "..") or os.path.islink(name):
            resolved = os.path.realpath(name)
        else:
            if folder not in self.folders:
                self.folders[folder] = os.path.realpath(folder)
            resolved = os.path.join(self.folders[folder], base)
        if resolved == self.cwd:
            return "."
        if resolved.startswith(self.inside):
            return resolved[len(self.inside) :].replace(os.sep, "/")
        return path.as_posix()


QuickRead = tuple[str, str, "str | None"]


def _remembered(entry: list[Any], quick: bool) -> tuple[str, QuickRead | None] | None:
    """A recorded hash and quick read, if the entry holds them with the right types."""
    sha, kind, article, text = entry[5:]
    if not isinstance(sha, str):
        return None
    if not quick:
        return sha, None
    if isinstance(kind, str) and isinstance(article, str) and (text is None or isinstance(text, str)):
        return sha, (kind, article, text)
    return None


def plan(
    paths: Sequence[str | Path], settings_key: str, cache: Cache | None = None, roots: Sequence[Path] = ()
) -> Plan:
    """Hash and group the files under ``paths``; :class:`Fallback` when they do not plan cleanly.

    With a cache, a file whose stat stamp is unchanged since the last run is not even read (see _Stamps).
    """
    from factcheck.loader import discover, project_roots

    files, problems = discover(paths, project_roots(roots))  # no link out of the project, as load() sees it
    if problems or not files:
        raise Fallback
    hashed = cache is not None  # without a cache no key is looked up: the files are read, not hashed
    stamps = _Stamps(cache, key_of("stamps", os.getcwd(), [str(p) for p in paths]) if hashed else UNHASHED)
    shown = _Displays()
    groups: dict[str, list[SourceFile]] = {}
    for path in files:
        sha, quick = stamps.read(path, quick=True)
        assert quick is not None
        kind, article, text_path = quick
        groups.setdefault(article, []).append(SourceFile(path, shown(path), sha, kind, article, text_path))
    fingerprint = code_fingerprint() if hashed else UNHASHED
    units = []
    for article in sorted(groups):
        group = groups[article]
        claims = [f for f in group if f.kind == "claims"]
        rules = [f for f in group if f.kind == "rules"]
        if len(claims) != 1 or len(rules) > 1:
            raise Fallback  # a missing or duplicate claims file, or rules twice: the loader says which
        article_text = None
        if claims[0].text is not None and hashed:
            written = claims[0].text
            article_text = (written, stamps.read((claims[0].path.parent / written).resolve(), quick=False)[0])
        elif claims[0].text is not None:  # the loader reads it (and says what is wrong with it)
            article_text = (claims[0].text, UNHASHED)
        ordered = (claims[0], *rules)
        key = unit_key(fingerprint, settings_key, [(f.display, f.sha) for f in ordered], article_text) if hashed else ""
        units.append(Unit(article, ordered, article_text, key))
    stamps.save()
    return Plan(tuple(units), key_of([u.key for u in units]) if hashed else UNHASHED)


# -- checking each article ------------------------------------------------------------------------------------


@record_with_dict
class Work(Record):
    """What checking an article takes besides its files: the settings, and whether the report shows the
    article's text ("all" articles, or those with a "failing" rule), marked by ``with_text``."""

    config: Config
    text_for: str | None = None
    with_text: Callable[[Report, Sequence[Article]], Report] | None = None

    def __init__(
        self,
        config: Config,
        text_for: str | None = None,
        with_text: Callable[[Report, Sequence[Article]], Report] | None = None,
    ) -> None:
        set_field(self, "config", config)
        set_field(self, "text_for", text_for)
        set_field(self, "with_text", with_text)


_work: Work | None = None  # this process's work: set before checking, inherited by forked workers


def _configure(work: Work, worker: bool = True, language: str | None = None) -> None:
    global _work
    _work = work
    if language is not None:  # a spawned worker did not see --lang: its messages speak the parent's language
        i18n.use(language)
    if worker:
        import signal  # here: only a worker process sets it (a serial check never imports it)

        gc.disable()  # for the worker's life: see batch_gc
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle: it stops the pool


def _check_unit(task: _Task) -> _Done:
    from factcheck.engine import check_article
    from factcheck.findings import Report
    from factcheck.loader import MAX_FILE_BYTES, LoadError, load_texts
    from factcheck.switches import check_switches, switch_off

    assert _work is not None
    config = _work.config
    sources: list[tuple[Path, str]] = []
    cacheable = True
    for path, sha in task.files:
        try:
            data = _load_bytes(path)
            text = data.decode("utf-8-sig")
        except (OSError, UnicodeDecodeError, Fallback):
            return _Done(None)
        if len(data) > MAX_FILE_BYTES:
            return _Done(None)
        # Changed since it was hashed: check it, do not keep it (without a cache nothing was hashed: UNHASHED).
        cacheable = cacheable and task.kept and content_hash(data) == sha
        sources.append((path, text))
    text_before = _text_hash(task) if cacheable else None
    try:
        articles = load_texts(sources, config.reading, roots=[config.base])  # text: stays in the project
        if len(articles) != 1 or articles[0].id != task.article:
            return _Done(None)
        article = _with_severity(articles[0], config.severity)
        rules = tuple(rule.id for rule in article.rules)
        # Switches naming this article's rules (or a built-in check) are checked here; one naming no rule of
        # any article is found when every article is done (run).
        check_switches([article], replace(config, off=tuple(i for i in config.off if i in rules or _builtin(i))))
    except LoadError:
        return _Done(None)
    report = switch_off(Report((check_article(article),)), [article], config)
    if _work.text_for == "all" or (_work.text_for == "failing" and _rule_not_passing(report)):
        assert _work.with_text is not None
        report = _work.with_text(report, [article])
    (result,) = report.articles
    text_path = article.text_path
    del articles, article, sources, report
    # The collector is off (see batch_gc), but libyaml's loader leaves a reference cycle behind per file,
    # holding the file's text: collect the youngest generation, this article's leftovers and nothing older.
    # Not after the last article of a serial run: the walk would cost most (a single 100,000-claim article:
    # 0.6 s) and free nothing the process still needs before it writes its report and ends.
    if not task.last:
        gc.collect(0)
    # The loader read the text itself (in whatever format): the key holds if the file was the one hashed
    # before it read it and after, and is the file the claims name.
    same_text = cacheable and text_path == (task.text[0] if task.text else None)
    same_text = same_text and text_before == _text_hash(task) == (task.text[1] if task.text else None)
    return _Done(result, rules, same_text)


def _builtin(name: str) -> bool:
    from factcheck.engine import BUILTIN_CHECKS

    return name in BUILTIN_CHECKS


def _rule_not_passing(report: Report) -> bool:
    return any(f.kind.value == "rule" and f.status.value != "pass" for f in report.findings)


def _text_hash(task: _Task) -> str | None:
    if task.text is None or task.text[1] == UNHASHED:  # no cache: nothing is kept, nothing to compare
        return None
    try:  # text: comes from the claims file: /dev/zero or a FIFO there must neither hang nor fill memory
        return content_hash(_load_bytes((task.files[0][0].parent / task.text[0]).resolve()))
    except (OSError, Fallback):
        return "unreadable"


def _with_severity(article: Article, severity: Mapping[str, str]) -> Article:
    if not any(rule.id in severity for rule in article.rules):
        return article
    rules = tuple(replace(r, severity=severity.get(r.id, r.severity)) for r in article.rules)
    return replace(article, rules=rules, claim_index={})


def default_jobs() -> int:
    """The cores this process may run on (a taskset or container limit counts), at least 1."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - macOS and Windows
        return max(1, os.cpu_count() or 1)


@contextmanager
def batch_gc() -> Iterator[None]:
    """The cyclic collector off for a batch run, back on afterwards.

    Loading and checking build millions of small objects and free nearly all of them by reference counting;
    the cyclic collector would walk the young ones over and over and find nothing (the model, the YAML nodes
    and the findings hold no cycles).  With it on, 100,000 claims took half as long again and grew faster
    than linearly.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def run(units: Sequence[Unit], work: Work, *, jobs: int | None = 1, cache: Cache | None = None) -> list[ArticleResult]:
    """Every unit's results, in unit order: from the cache, else checked (by ``jobs`` workers).

    ``jobs=None`` is one worker per core when there is work enough to repay starting them (POOL_BYTES of
    claims and rules to check), else none.
    """
    from factcheck.cache import result_to_json

    results: list[ArticleResult | None] = [None] * len(units)
    rules: set[str] = set()
    missing: list[int] = []
    # With or without the marked text; no cache, or a unit planned without one, no key (nothing was hashed).
    keys = [key_of(unit.key, work.text_for) if cache is not None and unit.key else UNHASHED for unit in units]
    for index, key in enumerate(keys):
        found = cache.get("articles", key) if cache is not None and key else None
        if found is not None:
            ids = found[0].get("rules")
            if isinstance(ids, list) and all(isinstance(i, str) for i in ids):
                try:
                    results[index] = result_from_json(bytes(found[1]))
                    rules.update(ids)
                    continue
                except CorruptEntry:
                    pass
        missing.append(index)
    kept = cache is not None  # else nothing is kept, and nothing need be hashed again
    tasks = [
        _Task(
            units[i].article, tuple((f.path, f.sha) for f in units[i].files), units[i].text, kept=kept and bool(keys[i])
        )
        for i in missing
    ]
    if jobs is None:
        size = sum(f.path.stat().st_size for i in missing for f in units[i].files)
        jobs = default_jobs() if size >= POOL_BYTES else 1
    for index, done in zip(missing, _map(tasks, work, jobs), strict=True):
        if done.result is None:
            raise Fallback
        results[index] = done.result
        rules.update(done.rules)
        if cache is not None and done.cacheable:
            try:
                body = result_to_json(done.result)
            except TypeError:  # a field the cache cannot write (a test says so): check it again next time
                continue
            cache.put("articles", keys[index], body, rules=list(done.rules))
    if cache is not None and missing:
        # Entries of files since changed or removed pile up: past twice this archive's articles (and
        # SPARE_ENTRIES for the others checked here), the oldest this run did not use go.
        cache.prune("articles", 2 * len(keys) + SPARE_ENTRIES, used=set(keys))
    config = work.config
    if any(i not in rules for i in config.severity) or any(i not in rules and not _builtin(i) for i in config.off):
        raise Fallback  # a severity or a switch names no rule: the whole-input load reports it
    return [r for r in results if r is not None]


def _map(tasks: Sequence[_Task], work: Work, jobs: int) -> Iterator[_Done]:
    """Each task's outcome, in order; in worker processes when there are several tasks and ``jobs`` > 1."""
    if jobs <= 1 or len(tasks) < 2:
        saved = _work
        _configure(work, worker=False)
        try:
            for index, task in enumerate(tasks, 1):
                yield _check_unit(replace(task, last=True) if index == len(tasks) else task)
        finally:
            _restore(saved)
        return
    import multiprocessing

    # What _check_unit uses, imported once here rather than in each worker: forked, they share it.
    import factcheck.documents
    import factcheck.engine
    import factcheck.quantity.reader  # noqa: F401

    # fork: a worker starts with every module already imported; elsewhere the platform's default.
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    workers = min(jobs, len(tasks))
    chunk = max(1, min(CHUNK_UNITS, len(tasks) // (workers * 4)))
    # Leaving the block (done, a Fallback, Ctrl-C) terminates the workers: no task outlives the run.
    with _quiet_pool()(workers, _configure, (work, True, i18n.current()), context=context) as pool:
        yield from pool.imap(_check_unit, tasks, chunksize=chunk)


def map_jobs(function: Callable[[T], R], items: Sequence[T], jobs: int) -> Iterator[R]:
    """``function`` over ``items``, in order: here when ``jobs`` is 1, else in up to ``jobs`` worker processes.

    ``function`` and the items go to the workers by pickling (a module-level function, plain data).  The
    collector is off in the workers; each item's leftover cycles are collected after it, as in check.
    """
    step = functools.partial(_collected, function)
    if jobs <= 1 or len(items) < 2:
        yield from map(step, items)
        return
    import multiprocessing

    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    with _quiet_pool()(min(jobs, len(items)), _quiet_worker, (i18n.current(),), context=context) as pool:
        yield from pool.imap(step, items, chunksize=1)


@functools.cache
def _quiet_pool() -> type[multiprocessing.pool.Pool]:
    """multiprocessing's Pool, with a maintenance thread that sleeps while results wait to be read.

    CPython's Pool wakes the thread that keeps the workers going whenever a result waits in the pipe, and the
    thread polls until the results thread has read it: while that thread unpickles one chunk, the next keeps
    the maintenance thread spinning (1.6 s of CPU for the 2,000-article archive with --jobs 2, taken from
    the workers on a two-core machine).  Here only what it acts on wakes it: a worker's exit (each worker's
    sentinel) and the change notifier, which terminate() uses; every pool here is left by terminate() (its
    with-block), never by close() and join().
    """
    import multiprocessing.pool

    class QuietPool(multiprocessing.pool.Pool):
        def _get_sentinels(self) -> list[Any]:
            return [self._change_notifier._reader]  # type: ignore[attr-defined]

    return QuietPool


def _collected(function: Callable[[T], R], item: T) -> R:
    result = function(item)
    gc.collect(0)
    return result


def _quiet_worker(language: str = i18n.ENGLISH) -> None:
    i18n.use(language)  # a spawned worker did not see --lang: its messages speak the parent's language
    import signal

    gc.disable()
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _restore(saved: Work | None) -> None:
    global _work
    _work = saved


# -- whole reports: the text a run wrote, replayed when nothing it depends on has changed ------------------------

# Formats whose text depends only on the report and the options below (github also writes a job summary
# file).  A format added later is not replayed until it is listed here.
REPLAYABLE = ("text", "rich", "json", "junit", "sarif", "markdown", "claimreview", "html")
# What the terminal library reads from the environment, besides the options.
_ENVIRONMENT = ("COLUMNS", "LINES", "TERM", "NO_COLOR", "FORCE_COLOR", "COLORTERM", "TTY_COMPATIBLE")


@record_with_dict
class Replay(Record):
    """A report's text as an earlier run wrote it, with its summary line and the levels at which it fails."""

    text: bytes | memoryview  # UTF-8
    summary: str
    failing: frozenset[str]

    def __init__(
        self,
        text: bytes | memoryview,
        summary: str,
        failing: frozenset[str],
    ) -> None:
        set_field(self, "text", text)
        set_field(self, "summary", summary)
        set_field(self, "failing", failing)

    def write(self, stream: TextIO) -> None:
        buffer = getattr(stream, "buffer", None)
        encoding = getattr(stream, "encoding", None) or ""
        if buffer is not None and os.linesep == "\n" and encoding.lower().replace("-", "") == "utf8":
            stream.flush()  # straight to the bytes below: no decoding and encoding again of a large report
            buffer.write(self.text)
        else:
            stream.write(bytes(self.text).decode("utf-8"))


def report_key(
    plan: Plan, fmt: str, options: ReportOptions, color: bool, encoding: str | None, baseline: str | None
) -> str | None:
    """The key of the report text for this input and these options; None when the text cannot be replayed."""
    if fmt not in REPLAYABLE or color:  # in colour, the text depends on the terminal
        return None
    known = None
    if baseline is not None:
        try:
            known = [baseline, content_hash(_read(Path(baseline)))]
        except Fallback:
            return None  # no baseline file to read: let the run report it
    environment = [os.environ.get(name) for name in _ENVIRONMENT]
    shape = [fmt, options.quiet, options.width, options.passes, list(options.claimreview), encoding]
    return key_of(plan.key, shape, known, environment)


def replay(cache: Cache, key: str) -> Replay | None:
    found = cache.get("reports", key)
    if found is None:
        return None
    meta, body = found
    summary, failing = meta.get("summary"), meta.get("failing")
    if not isinstance(summary, str) or not isinstance(failing, list) or not all(isinstance(f, str) for f in failing):
        return None
    return Replay(body, summary, frozenset(failing))


def recorder(cache: Cache, key: str) -> Callable[[Replay], None]:
    def record(written: Replay) -> None:
        cache.put("reports", key, bytes(written.text), summary=written.summary, failing=sorted(written.failing))
        cache.prune("reports", MAX_REPORTS)

    return record


class Recording:
    """Writes a report as ``write`` would, and hands what was written to ``record``."""

    def __init__(
        self, write: Callable[[TextIO], None], report: Report, summary: str, record: Callable[[Replay], None]
    ) -> None:
        self.write, self.report, self.summary, self.record = write, report, summary, record

    def __call__(self, stream: TextIO) -> None:
        tee = _Tee(stream)
        self.write(tee)  # type: ignore[arg-type]
        failing = frozenset(level for level in FAIL_ON if self.report.failed(fail_on=level))
        self.record(Replay("".join(tee.parts).encode("utf-8"), self.summary, failing))


class _Tee:
    """A text stream that keeps a copy of everything written to it; everything else is the stream's own."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.parts: list[str] = []

    def write(self, text: str) -> int:
        self.parts.append(text)
        return self.stream.write(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.stream, name)
