"""The pattern modules' docstrings are their user documentation: docs/extract.md must carry each one."""

from __future__ import annotations

import inspect

import pytest

from factcheck.extract.patterns import PATTERNS, change, flows, parts, points, repeated, shares
from tests.helpers import ROOT

MODULES = [parts, shares, change, flows, points, repeated]


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.NAME)
def test_pattern_is_documented(module: object) -> None:
    docs = (ROOT / "docs" / "extract.md").read_text("utf-8")
    doc = inspect.getdoc(module)
    assert doc is not None
    assert f"### `{module.NAME}`" in docs  # type: ignore[attr-defined]
    assert doc.partition("\n")[2].strip() in docs, "regenerate docs/extract.md from the pattern docstrings"


def test_every_registered_pattern_has_a_module() -> None:
    assert set(PATTERNS) == {m.NAME for m in MODULES}
