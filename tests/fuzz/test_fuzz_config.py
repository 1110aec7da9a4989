"""Configuration files on arbitrary YAML and TOML: a Config, or a LoadError whose every problem is located
and one line long.  No YAML tag is ever constructed."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from factcheck.config import load_config
from factcheck.formatters import REPORT_FORMATS
from factcheck.loader import LoadError
from tests.fuzz import sentinel
from tests.fuzz.strategies import FUZZ, HOSTILE
from tests.fuzz.test_fuzz_loader import TAGS

YAML_PIECES = [
    "paths:",
    "format:",
    "fail-on:",
    "hedges:",
    "severity:",
    "approx-k:",
    "near-rel:",
    "  ",
    "\n",
    "\n  ",
    "- ",
    "[claims, rules]",
    "json",
    "never",
    "1e999999999",
    "-1",
    "0.1",
    "100",
    "101",
    "{a: error}",
    "{a: [1]}",
    "&x",
    "*x",
    "<<: *x",
    "[[[[[[[[[[1]]]]]]]]]]",
    "yes",
    "~",
    "'",
    '"',
    ": ",
]
TOML_PIECES = [
    "[tool]",
    "[tool.factcheck]",
    "[tool.factcheck.hedges]",
    "[tool.factcheck.severity]",
    "factcheck = 1",
    "tool = 1",
    "paths = ['claims']",
    "paths = 1",
    "format = 'json'",
    "fail-on = 'warning'",
    "approx-k = 1e308",
    "approx-k = inf",
    "near-rel = nan",
    "near-rel = 0.5",
    "hedges = {approx-k = 2}",
    "severity = {a = 'error'}",
    "x = [[[[[[[[1]]]]]]]]",
    "'a.b' = 1",
    "\n",
    "=",
    "[",
    "]",
    '"',
]


@FUZZ
@given(pieces=st.lists(st.sampled_from(YAML_PIECES) | st.sampled_from(TAGS) | st.sampled_from(HOSTILE), max_size=20))
def test_any_factcheck_yaml_loads_or_is_located_problems(pieces: list[str], tmp_path: Path) -> None:
    sentinel.reset()
    path = tmp_path / "factcheck.yaml"
    path.write_text(" ".join(pieces), "utf-8", errors="surrogatepass")
    _load(path)
    assert not sentinel.tripped, "a YAML tag was constructed"


@FUZZ
@given(
    pieces=st.lists(st.sampled_from(TOML_PIECES) | st.sampled_from(HOSTILE), max_size=20),
    joiner=st.sampled_from(["\n", " "]),
)
def test_any_pyproject_loads_or_is_located_problems(pieces: list[str], joiner: str, tmp_path: Path) -> None:
    path = tmp_path / "pyproject.toml"
    path.write_text(joiner.join(pieces), "utf-8", errors="surrogatepass")
    _load(path)


def _load(path: Path) -> None:
    try:
        config = load_config(path, tuple(REPORT_FORMATS))
    except LoadError as error:
        assert error.problems
        for problem in error.problems:
            assert problem.line >= 1 and problem.column >= 1 and "\n" not in problem.message, problem
        return
    assert config.format is None or config.format in REPORT_FORMATS
    assert 0 < config.reading.approx_k <= 100 and 0 < config.reading.near_rel <= 1
