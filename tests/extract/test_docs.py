"""The pattern modules' docstrings are their user documentation: docs/extract.md is generated from them."""

from __future__ import annotations

from factcheck.extract.docs import MODULES, render
from factcheck.extract.patterns import PATTERNS
from tests.helpers import ROOT


def test_docs_are_current() -> None:
    assert (ROOT / "docs" / "extract.md").read_text("utf-8") == render(), (
        "regenerate: python -m factcheck.extract.docs > docs/extract.md"
    )


def test_every_registered_pattern_is_documented() -> None:
    assert set(PATTERNS) == {m.NAME for m in MODULES}
    assert all(m.__doc__ for m in MODULES)
