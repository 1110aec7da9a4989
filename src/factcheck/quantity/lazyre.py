"""Regular expressions compiled on first use.

The reader holds about 140 patterns; compiling them all costs a `check` of one article more than reading its
figures does, and a Chinese article never uses the English ones.  ``lazy_compile`` returns a stand-in that
compiles its pattern the first time a method is asked for, then keeps the compiled pattern's bound methods as
its own attributes: every later ``.search``/``.match`` is an ordinary attribute lookup, as fast as on the
compiled pattern itself (``__getattr__`` runs only while an attribute is missing).

Compiling is still most of a short check's reading time: ``re`` parses and compiles a pattern in Python.  What it
hands the regular-expression engine (``_sre.compile``) is a list of integers, the same for the same pattern, flags
and interpreter.  ``data/regex-programs.<cache tag>.marshal`` (cpython-311) keeps the programs as ``re`` writes
them, under the interpreter that wrote them (its version, the engine's ``MAGIC`` and code size, a checksum of
``re``'s compiler source); a pattern found there goes to the engine without being compiled again, as a ``.pyc``
file spares compiling a module.  Any other pattern or interpreter, or a missing or damaged file: ``re.compile`` as
before, so a stale file is slower, never wrong.  After changing patterns, rewrite it (``python -m
factcheck.quantity.lazyre``; ``benchmarks/bench_check.py`` prints how many patterns it holds);
tests/test_startup.py holds every program in it to what ``re`` compiles.
"""

from __future__ import annotations

import marshal
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, cast

CREATED: list[_LazyPattern] = []  # every stand-in made, so a test can compile them all ahead of use
_COPIED = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner")


class _LazyPattern:
    def __init__(self, pattern: str | Callable[[], str], flags: int) -> None:
        if isinstance(pattern, str):
            self.pattern = pattern
        else:  # the pattern's text itself is made on first use (``pattern`` is then set: see __getattr__)
            self._make = pattern
        self._flags = flags
        CREATED.append(self)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") or name in ("_make", "_flags"):  # copy, pickle and friends probe for these
            raise AttributeError(name)
        if name == "pattern":
            self.pattern = self._make()
            return self.pattern
        compiled = _compile(self.pattern, self._flags)
        attributes = {method: getattr(compiled, method) for method in _COPIED}
        attributes.update(flags=compiled.flags, groups=compiled.groups, groupindex=compiled.groupindex)
        self.__dict__.update(attributes)
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy_compile({self.pattern!r}, {self._flags})"


def lazy_compile(pattern: str | Callable[[], str], flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """``re.compile``, deferred to the pattern's first use (the stand-in answers every method a pattern has).

    ``pattern`` may be a function that writes the pattern, for one whose text takes time to make (a trie of a
    long word list): it is then called on first use too."""
    return cast("re.Pattern[str]", _LazyPattern(pattern, int(flags)))


# One file for each interpreter, named by its cache tag as its .pyc files are (cpython-311).
PROGRAMS_FILE = Path(__file__).parent / "data" / f"regex-programs.{sys.implementation.cache_tag}.marshal"
_programs: dict[tuple[str, int], bytes] | None = None


def interpreter() -> list[Any]:
    """What a compiled program depends on besides its pattern and flags: the engine that runs it (its
    version, ``MAGIC`` and code size) and the compiler that writes it, by the checksum of its source files
    (a patched or newer ``re`` writes for itself).  Empty when that source cannot be read."""
    import _sre  # type: ignore[import-not-found]  # the engine re hands its programs to
    from binascii import crc32

    names = ("_compiler", "_parser", "_constants") if sys.version_info >= (3, 11) else ("compile", "parse")
    folder = Path(re.__file__).parent
    paths = [folder / f"{name}.py" for name in names]
    if sys.version_info < (3, 11):  # pragma: no cover - Python 3.10: sre_compile.py, sre_parse.py
        paths = [folder / f"sre_{name}.py" for name in names]  # beside re.py
    checksum = 0
    try:
        for path in paths:
            checksum = crc32(path.read_bytes(), checksum)
    except OSError:
        return []
    return [sys.implementation.name, list(sys.version_info[:2]), _sre.MAGIC, _sre.CODESIZE, _sre.MAXREPEAT, checksum]


def _load_programs() -> dict[tuple[str, int], bytes]:
    try:
        table = marshal.loads(PROGRAMS_FILE.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    if not isinstance(table, dict) or not table.get("interpreter") or table["interpreter"] != interpreter():
        return {}
    programs = table.get("programs")
    return programs if isinstance(programs, dict) else {}


def _compile(pattern: str, flags: int) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``; from the written program when there is one for this interpreter."""
    global _programs
    if _programs is None:
        _programs = _load_programs()
    program = _programs.get((pattern, flags))
    if program is not None:
        import _sre

        final_flags, code, groups, groupindex, indexgroup = marshal.loads(program)
        compiled: re.Pattern[str] = _sre.compile(pattern, final_flags, code, groups, groupindex, indexgroup)
        return compiled
    return re.compile(pattern, flags)


def program(pattern: str, flags: int) -> tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]:
    """What ``re.compile(pattern, flags)`` hands the engine: flags, code, groups, group names both ways."""
    if sys.version_info >= (3, 11):
        from re import _compiler, _parser
    else:  # pragma: no cover - Python 3.10
        import sre_compile as _compiler
        import sre_parse as _parser

    parsed = _parser.parse(pattern, flags)
    code = [int(step) for step in _compiler._code(parsed, flags)]  # type: ignore[attr-defined]
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return int(flags | parsed.state.flags), code, parsed.state.groups - 1, groupindex, tuple(indexgroup)


# Besides the quantity reader's own, the modules whose patterns a check compiles: their programs are written too.
WRITTEN_MODULES = (
    "factcheck.batch",
    "factcheck.config",
    "factcheck.documents.builder",
    "factcheck.documents.text",
    "factcheck.engine",
    "factcheck.expr",
    "factcheck.formatters.base",
    "factcheck.formatters.richplain",
    "factcheck.loader",
    "factcheck.sanitize",
)


def reader_patterns() -> list[tuple[str, int]]:
    """Every pattern of the quantity reader and of ``WRITTEN_MODULES``, with its flags (the modules imported)."""
    import importlib
    import pkgutil

    import factcheck.quantity

    for module in pkgutil.walk_packages(factcheck.quantity.__path__, "factcheck.quantity."):
        importlib.import_module(module.name)
    for name in WRITTEN_MODULES:
        importlib.import_module(name)
    return sorted({(lazy.pattern, lazy._flags) for lazy in CREATED})


def write_programs(path: Path = PROGRAMS_FILE) -> int:
    """Write every reader pattern's program for this interpreter to ``path``; the number written."""
    programs = {key: marshal.dumps(program(*key)) for key in reader_patterns()}
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_bytes(marshal.dumps({"interpreter": interpreter(), "programs": programs}))
    temporary.replace(path)
    return len(programs)


if __name__ == "__main__":  # pragma: no cover - python -m factcheck.quantity.lazyre
    from factcheck.quantity import lazyre

    print(f"{lazyre.write_programs()} programs written to {lazyre.PROGRAMS_FILE}")
