"""Which figure a rule holds the others to: where scan, extract and the reports show a failing rule."""

from __future__ import annotations

import pytest

from factcheck.model import stated_names


@pytest.mark.parametrize(
    ("check", "stated"),
    [
        ("share(part, whole) == share", ["share"]),
        ("sum(a, b) <= total", ["total"]),
        # a check within a tolerance states the term after the minus in abs(...), never nothing
        ("abs(share(part, whole) - share) <= 0.5%", ["share"]),
        ("abs(deaths / (residents + previous) * 100000 - rate) <= 0.5", ["rate"]),
        ("abs(a - b)", []),  # no comparison
    ],
)
def test_the_stated_figure_of_a_check(check: str, stated: list[str]) -> None:
    assert stated_names(check) == stated
