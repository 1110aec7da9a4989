"""--output replaces an earlier factcheck report whatever language it was written in, and nothing else."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck import i18n
from factcheck.cli import cli


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    yield
    i18n.use("en")


def check(language: str, *args: str) -> int:
    result = CliRunner().invoke(cli, ["check", "--lang", language, *args], catch_exceptions=False)
    return result.exit_code


@pytest.mark.parametrize("fmt", ["rich", "text", "markdown"])
@pytest.mark.parametrize(("first", "then"), [("zh_CN", "en"), ("zh_TW", "zh_CN")])
def test_a_report_written_in_one_language_is_replaced_in_another(
    project: Path, fmt: str, first: str, then: str
) -> None:
    report = project / "report.txt"
    assert check(first, "--format", fmt, "--output", str(report)) == 0
    if fmt != "markdown":  # (the Markdown heading names factcheck; its summary line is what tells it apart)
        assert "factcheck" not in report.read_text("utf-8")  # recognised by its counts, not the program's name
    assert check(then, "--format", fmt, "--output", str(report)) == 0


def test_a_file_that_is_no_report_is_still_refused(project: Path) -> None:
    notes = project / "notes.txt"
    notes.write_text("65项数据很多 · 26条规则\n", "utf-8")  # close to a report's counts line, but not one
    assert check("zh_CN", "--format", "text", "--output", str(notes)) == 2
    assert notes.read_text("utf-8") == "65项数据很多 · 26条规则\n"
