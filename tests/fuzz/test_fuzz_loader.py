"""The loader on arbitrary YAML (tags, anchors, merges, control characters) and arbitrary bytes: it loads, or
raises LoadError whose every problem is located and one line long.  No tag is ever constructed."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from factcheck.loader import LoadError, load, load_texts
from tests.fuzz import sentinel
from tests.fuzz.strategies import FIGURES, FUZZ, HOSTILE

TAGS = [
    "!!python/object/apply:tests.fuzz.sentinel.trip []",
    "!!python/name:tests.fuzz.sentinel.trip",
    "!!python/object:tests.fuzz.sentinel.Trip {}",
    "!custom x",
    "!!binary aGVsbG8=",
    "!!str 1",
    "!!int 1",
    "!!float 1e5000",
    "!!set {a}",
    "!!omap [a: 1]",
    "!!timestamp 2020-01-01",
]
PIECES = [
    "article:",
    "claims:",
    "rules:",
    "derive:",
    "  id: a",
    "  title: t",
    "  text: ../a.txt",
    "  text: /etc/passwd",
    "  x.total:",
    "    quote: 共有121个",
    "    value: 121",
    "    value: {min: 1e50, max: 2e50}",
    "    value: {min: 1e5000}",
    "  - id: r",
    "    check: x.total == 121",
    "    check: 1e999999999 + 1 == 2",
    "    check: 0x10 == 16",
    "    explain: ok",
    "    severity: warning",
    "  x.d: x.total * 2",
    "&anchor",
    "*anchor",
    "<<: *anchor",
    "- ",
    "? ",
    ": ",
    "{",
    "}",
    "[",
    "]",
    ",",
    "'",
    '"',
    "|",
    ">-",
    "#",
    "---",
    "...",
    "%YAML 1.1",
    "%TAG ! tag:x,2000:",
    "\t",
    "\n",
    "\n  ",
    "\n    ",
    '"\\e[2J\\0\\x85\\u202e"',
    "a: &a [*a]",
]


def _yaml() -> st.SearchStrategy[str]:
    piece = st.one_of(
        st.sampled_from(PIECES),
        st.sampled_from(TAGS),
        st.sampled_from(HOSTILE),
        st.sampled_from(FIGURES),
        st.text(max_size=3),
    )
    return st.lists(piece, max_size=30).map(" ".join) | st.lists(piece, max_size=30).map("".join)


def _check_problems(error: LoadError) -> None:
    assert error.problems
    for problem in error.problems:
        assert problem.line >= 1 and problem.column >= 1, problem
        assert "\n" not in problem.message, problem


@FUZZ
@given(claims=_yaml(), rules=_yaml())
def test_arbitrary_yaml_loads_or_is_located_problems(claims: str, rules: str, tmp_path: Path) -> None:
    sentinel.reset()
    try:
        load_texts([(tmp_path / "claims" / "a.yaml", claims), (tmp_path / "rules" / "a.yaml", rules)])
    except LoadError as error:
        _check_problems(error)
    assert not sentinel.tripped, "a YAML tag was constructed"


@FUZZ
@given(data=st.binary(max_size=300) | _yaml().map(lambda t: t.encode("utf-8", "surrogatepass")))
def test_arbitrary_bytes_in_a_file_load_or_are_located_problems(data: bytes, tmp_path: Path) -> None:
    sentinel.reset()
    path = tmp_path / "file.yaml"
    path.write_bytes(data)
    try:
        load([path], roots=[tmp_path])
    except LoadError as error:
        _check_problems(error)
    assert not sentinel.tripped, "a YAML tag was constructed"
