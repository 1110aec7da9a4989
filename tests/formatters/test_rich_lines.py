"""A large rich report: each finding as lines, not a table row, with everything the row would show."""

from __future__ import annotations

import re

import pytest

import factcheck.formatters.rich as rich_format
from factcheck.engine import check
from factcheck.formatters import formatter_class
from factcheck.loader import load
from tests.helpers import ROOT


def words(text: str) -> list[str]:
    """The report's words, without the table's rules and padding."""
    return re.findall(r"[^\s│┃┏┓┗┛┡┩━─┌┐└┘╇┳┻┼┬┴├┤]+", text)


@pytest.mark.parametrize("quiet", [False, True])
def test_past_the_threshold_findings_are_lines_with_the_same_content(
    monkeypatch: pytest.MonkeyPatch, quiet: bool
) -> None:
    (article,) = load([ROOT / "claims", ROOT / "rules"])
    assert article.text is not None
    edited = article.text.replace("涉黑性质组织13个", "涉黑性质组织15个")
    from dataclasses import replace

    report = check([replace(article, text=edited, claim_index={})])
    table = formatter_class("rich")(quiet=quiet, width=200).format(report)
    monkeypatch.setattr(rich_format, "LINES_ABOVE", 1)
    lines = formatter_class("rich")(quiet=quiet, width=200).format(report)
    assert "│" in table and "│" not in lines
    for finding in report.findings:
        if quiet and finding.status.value == "pass":
            continue
        assert f"{finding.id}  {finding.verdict}" in lines
        assert finding.message in lines
    # Every word of the table is in the lines, in the same order (the header is one line in both).
    assert [w for w in words(table) if w != "verdict"] == [w for w in words(lines) if w != "verdict"]
