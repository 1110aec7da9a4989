"""Start-up: what `factcheck --help`, `--version`, a usage error and `check` import.

Each runs in a fresh interpreter, so the modules it lists are the ones that command loads and nothing a test
imported before.  The quantity reader, the loader, rich, PyYAML and the OpenCC table are for the commands that
read figures; help and usage errors must answer without them.  A JSON check reads figures but draws nothing;
a check replayed from the cache reads no figure and parses no rule.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

PROBE = """
import json, sys
from factcheck.cli import main
sys.argv = ["factcheck", *json.loads(sys.argv[1])]
try:
    main()
except SystemExit:
    pass
outside = set(sys.stdlib_module_names) | set(sys.builtin_module_names) | {"__main__", "_distutils_hack"}
import gc
print(json.dumps({
    "frozen": gc.get_freeze_count(),
    "factcheck": sorted(m for m in sys.modules if m.split(".")[0] == "factcheck"),
    "third_party": sorted({m.split(".")[0] for m in sys.modules} - outside),
    "stdlib": sorted(m for m in sys.modules if m.split(".")[0] in sys.stdlib_module_names),
}))
"""

# Every factcheck module that help needs.  A new one belongs here only if it is light: no reader, no rich,
# no YAML (measure with `python -X importtime -m factcheck --help`).
HELP_MODULES = [
    "factcheck",
    "factcheck.cli",
    "factcheck.clihelp",  # help laid out by display width (click and textwidth only)
    "factcheck.exitcodes",
    "factcheck.formatters",
    "factcheck.i18n",  # the language, chosen before the commands are built (os and sys; gettext only if not English)
    "factcheck.textwidth",
]


def imported(*args: str) -> dict[str, Any]:
    run = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(list(args))], capture_output=True, text=True, check=True
    )
    result: dict[str, Any] = json.loads(run.stdout.splitlines()[-1])
    return result


@pytest.mark.parametrize(
    "args",
    [("--help",), ("--version",), ("check", "--help"), ("check", "--no-such-option"), ("no-such-command",)],
)
def test_help_version_and_usage_errors_import_only_click_and_the_cli(args: tuple[str, ...]) -> None:
    modules = imported(*args)
    assert modules["factcheck"] == HELP_MODULES
    assert modules["frozen"] > 5_000  # what start-up imported is out of the collector's sight (cli.main)
    assert modules["third_party"] == ["click", "factcheck"]
    # importlib.resources' file readers pull these in; the OpenCC table must not be read to print help.
    assert not {"zipfile", "tempfile", "importlib.resources.readers"} & set(modules["stdlib"])


def test_the_quantity_commands_format_choices_are_its_formats() -> None:
    """The CLI names them without importing their module: the two lists must agree."""
    from factcheck.formatters import QUANTITY_FORMAT_NAMES
    from factcheck.formatters.quantities import QUANTITY_FORMATS

    assert list(QUANTITY_FORMAT_NAMES) == sorted(QUANTITY_FORMATS)


def test_the_reader_loads_its_table_on_first_use() -> None:
    modules = imported("quantity", "億")
    assert "factcheck.quantity.reader" in modules["factcheck"]
    assert "zipfile" not in modules["stdlib"]


SMALL_CLAIMS = """\
article:
  id: small
  title: A small article
  text: ../articles/small.txt
claims:
  cases.total:
    quote: 全年共受理案件1200件
  cases.closed:
    quote: 审结1100件
"""
SMALL_RULES = """\
article: small
rules:
  - id: closed-within-total
    check: cases.closed <= cases.total
"""
SMALL_TEXT = "全年共受理案件1200件，审结1100件。\n"

CHECK_PROBE = """
import json, sys
from factcheck.cli import main
sys.argv = ["factcheck", *json.loads(sys.argv[1])]
try:
    main()
except SystemExit as exit:
    code = exit.code
from factcheck.quantity import lazyre
print(json.dumps({
    "code": code,
    "modules": sorted(sys.modules),
    "patterns": len(lazyre.CREATED),
    "compiled": [p.pattern for p in lazyre.CREATED if "search" in vars(p)],
    "programs": bool(lazyre._programs),
    "written": [
        p.pattern for p in lazyre.CREATED if "search" in vars(p) and (p.pattern, p._flags) in (lazyre._programs or {})
    ],
}))
"""


def checked(project: Any, *args: str) -> dict[str, Any]:
    run = subprocess.run(
        [sys.executable, "-c", CHECK_PROBE, json.dumps(["check", "--format", "json", *args])],
        capture_output=True,
        text=True,
        check=False,
        cwd=project,
        env={k: v for k, v in os.environ.items() if k != "CI"},
    )
    result: dict[str, Any] = json.loads(run.stdout.splitlines()[-1])
    return result


@pytest.fixture
def small_project(tmp_path: Any) -> Any:
    for folder, name, text in (
        ("claims", "small.yaml", SMALL_CLAIMS),
        ("rules", "small.yaml", SMALL_RULES),
        ("articles", "small.txt", SMALL_TEXT),
    ):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / name).write_text(text, "utf-8")
    return tmp_path


def test_a_json_check_imports_no_rich_and_no_random_and_compiles_only_the_patterns_it_uses(
    small_project: Any,
) -> None:
    result = checked(small_project, "--no-cache")
    assert result["code"] == 0
    modules = set(result["modules"])
    # The figures are read: the reader is there.  Nothing draws on a terminal, drafts or extracts.
    assert "factcheck.quantity.reader" in modules
    assert not {m for m in modules if m.split(".")[0] in ("rich", "rapidfuzz", "pypinyin")}
    assert not {"factcheck.draft", "factcheck.extract", "factcheck.formatters.rich"} & modules
    # A temporary file's name comes from os.urandom: `secrets` would bring hmac, hashlib's HMAC and random.
    assert not {"secrets", "hmac", "random"} & modules
    # The reader's patterns compile on first use: a short Chinese article needs well under half of them.
    assert 0 < len(result["compiled"]) < result["patterns"] / 2
    # and, on the interpreter that wrote data/regex-programs.<tag>.marshal, re compiles them only where a pattern
    # changed since it was written: the others' programs are read from it
    if result["programs"]:
        assert result["written"]


# What a JSON check of the bundled article imports of factcheck, the quantity reader's own modules aside (they
# are the reader's to arrange).  A module joins this list only if the check needs it: measure the start-up
# (`python benchmarks/bench_check.py --startup-only`) before adding one, and import what a rarer case needs
# (a baseline, a misspelt name, worker processes, other formats) where that case is handled.
CHECK_MODULES = [
    "factcheck",
    "factcheck.app",
    "factcheck.batch",
    "factcheck.cache",  # with a cache the plan keys each article by its files' hashes (--no-cache: no hash)
    "factcheck.cli",
    "factcheck.clihelp",
    "factcheck.config",
    "factcheck.documents",
    "factcheck.documents.builder",
    "factcheck.documents.model",
    "factcheck.documents.text",
    "factcheck.engine",
    "factcheck.errors",
    "factcheck.exitcodes",
    "factcheck.expr",
    "factcheck.findings",
    "factcheck.formatters",
    "factcheck.formatters.base",
    "factcheck.formatters.json",
    "factcheck.formatters.jsontext",
    "factcheck.i18n",
    "factcheck.lines",
    "factcheck.loader",
    "factcheck.model",
    "factcheck.records",
    "factcheck.safeio",
    "factcheck.sanitize",
    "factcheck.switches",
    "factcheck.textwidth",
]
# Standard modules a serial check without a baseline has no use for: each is imported where it is needed.
CHECK_UNUSED_STDLIB = {
    "difflib",  # did-you-mean, for a misspelt name
    "signal",  # worker processes
    "importlib.util",  # finding an optional reader's library (Word, PDF, HTML)
    "secrets",  # os.urandom names a temporary file: secrets would bring hmac and random
    "random",
    "hmac",
    "zipfile",  # importlib.resources' readers
    "tempfile",
    "multiprocessing",
    "concurrent",
    "locale",  # the standard gettext's search for a catalogue of click's messages (English speaks for itself)
    "hashlib",  # --no-cache: nothing is looked up, so no file is hashed and no key made (OpenSSL's binding: ~2 ms)
    "_hashlib",
}


def test_a_json_check_of_the_bundled_article_imports_only_what_it_uses(tmp_path: Any) -> None:
    root = Path(__file__).resolve().parent.parent
    for folder in ("claims", "rules", "articles"):
        shutil.copytree(root / folder, tmp_path / folder)
    result = checked(tmp_path, "--no-cache")
    assert result["code"] == 0
    modules = set(result["modules"])
    ours = sorted(m for m in modules if m.split(".")[0] == "factcheck" and not m.startswith("factcheck.quantity"))
    assert ours == CHECK_MODULES
    # Of the other libraries, click (the CLI) and PyYAML (the claims) load; rich, rapidfuzz and pypinyin do not.
    others = {m.split(".")[0] for m in modules if m.split(".")[0] not in (*sys.stdlib_module_names, "factcheck")}
    assert {"click", "yaml"} <= others
    assert not {"rich", "rapidfuzz", "pypinyin", "markdown_it", "bs4", "lxml", "docx", "pdfplumber"} & others
    assert not CHECK_UNUSED_STDLIB & modules
    # No drafting, extracting or scanning machinery; no reader of another document format.
    assert not {m for m in modules if m.startswith(("factcheck.extract", "factcheck.draft", "factcheck.baseline"))}


def test_a_rich_report_to_a_pipe_draws_without_rich_s_console_and_without_shutil(tmp_path: Any) -> None:
    """shutil (and with it zlib, bz2, lzma) only sizes a terminal: a report to a pipe or a file needs none.
    Without colour the report is laid out by factcheck.formatters.richplain, as rich lays it out; the widths
    of the characters a Chinese report holds are written there, so rich itself is not even imported."""
    root = Path(__file__).resolve().parent.parent
    for folder in ("claims", "rules", "articles"):
        shutil.copytree(root / folder, tmp_path / folder)
    result = checked(tmp_path, "--no-cache", "--format", "rich")
    assert result["code"] == 0
    modules = set(result["modules"])
    assert {"factcheck.formatters.rich", "factcheck.formatters.richplain"} <= modules
    assert not {m for m in modules if m.split(".")[0] == "rich"}
    assert not {"shutil", "zlib", "bz2", "lzma", "factcheck.formatters.json"} & modules
    assert not {"hashlib", "_hashlib"} & modules  # --no-cache: no file is hashed, no key made


def test_a_check_replayed_from_the_cache_reads_no_figure(small_project: Any) -> None:
    first = checked(small_project)
    assert first["code"] == 0
    # Files changed in the last two seconds are hashed again on each run (batch._Stamps): age them.
    for path in small_project.rglob("*.yaml"):
        os.utime(path, (path.stat().st_mtime - 10, path.stat().st_mtime - 10))
    for path in small_project.rglob("*.txt"):
        os.utime(path, (path.stat().st_mtime - 10, path.stat().st_mtime - 10))
    checked(small_project)
    replayed = checked(small_project)
    assert replayed["code"] == 0
    modules = set(replayed["modules"])
    # The report is replayed as text: nothing reads a figure, parses a rule, builds the model or findings.
    unused = {"factcheck.quantity.reader", "factcheck.quantity.hedges", "factcheck.engine", "factcheck.expr"}
    unused |= {"factcheck.documents", "factcheck.model", "factcheck.findings", "factcheck.sanitize"}
    assert not unused & modules
    # Of the patterns, only the quick read's, which find each file's article to look up, are used.
    from factcheck.batch import _PATTERNS

    assert replayed["compiled"] and set(replayed["compiled"]) <= {p.pattern for p in _PATTERNS.values()}


def test_every_pattern_of_the_reader_compiles() -> None:
    """Compiled on first use, a broken pattern would fail in the middle of a run: compile every one here."""
    import importlib
    import pkgutil
    import re

    import factcheck.quantity
    from factcheck.quantity import lazyre

    for module in pkgutil.walk_packages(factcheck.quantity.__path__, "factcheck.quantity."):
        importlib.import_module(module.name)
    assert len(lazyre.CREATED) > 100
    for pattern in lazyre.CREATED:
        compiled = re.compile(pattern.pattern, pattern._flags)
        assert pattern.groups == compiled.groups


GC_PROBE = """
import gc, json, sys
counts = {"import": 0, "main": 0}
phase = ["import"]
gc.callbacks.append(lambda step, info: counts.__setitem__(phase[0], counts[phase[0]] + (step == "start")))
from factcheck.cli import main
phase[0] = "main"
sys.argv = ["factcheck", *json.loads(sys.argv[1])]
try:
    main()
except SystemExit:
    pass
from factcheck import cli
print(json.dumps({**counts, "enabled": gc.isenabled(), "ending": cli._Process.ending}))
"""


@pytest.mark.parametrize("fmt", ["json", "rich"])
def test_a_check_never_runs_the_cyclic_collector_and_leaves_it_on(small_project: Any, fmt: str) -> None:
    """Start-up allocates tens of thousands of objects and frees none: the collector is off while the CLI
    loads (it ran some fifteen times) and for the whole check (another dozen, before and after the articles),
    and on again when the check is done."""
    run = subprocess.run(
        [sys.executable, "-c", GC_PROBE, json.dumps(["check", "--no-cache", "--format", fmt])],
        capture_output=True,
        text=True,
        check=True,
        cwd=small_project,
    )
    result = json.loads(run.stdout.splitlines()[-1])
    assert result["main"] == 0 and result["enabled"] is True and result["ending"] is False
    assert result["import"] <= 8  # what runs before the CLI module turns the collector off (the package, gc, os)


def test_a_pattern_written_by_a_function_is_written_and_compiled_on_first_use() -> None:
    """The English unit trie (scan.units) takes 0.5 ms to write: a Chinese article never needs it."""
    from factcheck.quantity.lazyre import lazy_compile
    from factcheck.quantity.scan import units

    written: list[str] = []

    def pattern() -> str:
        written.append("a+")
        return "a+"

    lazy = lazy_compile(pattern)
    assert written == [] and "pattern" not in vars(lazy)
    match = lazy.match("aab")
    assert match is not None and match.group() == "aa" and lazy.pattern == "a+" and written == ["a+"]
    english = vars(units)["_EN_UNIT_RE"]
    assert english.match(" cases closed") is not None and english.pattern.startswith(" (")


def test_every_written_regex_program_is_what_re_compiles_for_its_pattern() -> None:
    """data/regex-programs.<tag>.marshal spares a check compiling its patterns: each program in it must be the one
    ``re`` writes for its pattern on this interpreter.  A pattern changed since the file was written is not
    in it and is compiled by ``re`` as before: a stale file is slower, never wrong.  Rewrite it after
    changing patterns (``python -m factcheck.quantity.lazyre``); ``benchmarks/bench_check.py`` prints how
    many of the patterns it holds."""
    import marshal

    from factcheck.quantity import lazyre

    programs = lazyre._load_programs()
    if not programs:
        pytest.skip("the programs were written by another interpreter: each pattern is compiled by re")
    for key, stored in programs.items():
        assert marshal.loads(stored) == lazyre.program(*key), key


def test_a_pattern_read_from_the_written_programs_is_not_compiled_and_matches_as_re_s_own(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from factcheck.quantity import lazyre

    pattern = r"(?P<number>\d+(?:\.\d+)?)\s*(?P<unit>万|亿)?(件|人)"
    key = (pattern, int(re.IGNORECASE))
    monkeypatch.setattr(lazyre, "reader_patterns", lambda: [key])
    written = tmp_path / "programs.marshal"
    assert lazyre.write_programs(written) == 1
    monkeypatch.setattr(lazyre, "PROGRAMS_FILE", written)
    monkeypatch.setattr(lazyre, "_programs", None)
    compiled: list[str] = []
    original = re.compile

    def compile_and_count(pattern: str, flags: int = 0) -> re.Pattern[str]:
        compiled.append(pattern)
        return original(pattern, flags)

    monkeypatch.setattr(re, "compile", compile_and_count)
    lazy = lazyre.lazy_compile(pattern, re.IGNORECASE)
    expected = re.compile(pattern, re.IGNORECASE)
    for text in ("受理1200件", "涉及3.5万人", "no figure", "12 件 and 7人"):
        assert [m.groupdict() for m in lazy.finditer(text)] == [m.groupdict() for m in expected.finditer(text)]
    assert (lazy.flags, lazy.groups, dict(lazy.groupindex)) == (expected.flags, 3, {"number": 1, "unit": 2})
    assert compiled == [pattern]  # only `expected` above: the stand-in took its program from the file


@pytest.mark.parametrize("damage", ["other interpreter", "truncated", "not a table"])
def test_programs_written_by_another_interpreter_or_damaged_are_not_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, damage: str
) -> None:
    import marshal

    from factcheck.quantity import lazyre

    key = ("a+b", 0)
    monkeypatch.setattr(lazyre, "reader_patterns", lambda: [key])
    written = tmp_path / "programs.marshal"
    lazyre.write_programs(written)
    table = marshal.loads(written.read_bytes())
    # Programs that would match anything: a stand-in that used them would say so below.
    table["programs"][key] = marshal.dumps(lazyre.program(".*", 0))
    if damage == "other interpreter":
        table["interpreter"][-1] += 1  # the compiler's source differs: its programs may too
        written.write_bytes(marshal.dumps(table))
    elif damage == "truncated":
        written.write_bytes(marshal.dumps(table)[:100])
    else:
        written.write_bytes(marshal.dumps(["programs"]))
    monkeypatch.setattr(lazyre, "PROGRAMS_FILE", written)
    monkeypatch.setattr(lazyre, "_programs", None)
    assert lazyre.lazy_compile("a+b").match("xyz") is None
    assert lazyre._programs == {}
