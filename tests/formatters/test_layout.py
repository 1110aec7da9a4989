"""The rich report fitted to a terminal: nothing breaks mid-word at 80 columns, the summary wraps between
words, and no line ends in padding."""

from __future__ import annotations

import re

import pytest

from factcheck.engine import check
from factcheck.findings import Report
from factcheck.formatters.rich import RichFormatter, report_width
from factcheck.loader import load
from factcheck.textwidth import display_width
from tests.helpers import ROOT

TOKEN = re.compile(r"[A-Za-z0-9_.\-]{3,}")


@pytest.fixture(scope="module")
def report() -> Report:
    return check(load([ROOT / "claims", ROOT / "rules"]))


def render(report: Report, width: int) -> list[str]:
    return RichFormatter(width=width).format(report).splitlines()


@pytest.mark.parametrize("width", [80, 100, 132])
def test_no_identifier_or_formula_breaks_mid_word(report: Report, width: int) -> None:
    lines = render(report, width)
    assert max(display_width(line) for line in lines) <= width
    tokens = {token for line in lines for token in TOKEN.findall(line)}
    (article,) = report.articles
    for finding in article.findings:
        assert finding.id in tokens, (width, finding.id)  # the whole id stands on one line
    for derived in article.derived:
        assert derived.id in tokens, (width, derived.id)
        for name in re.findall(r"[A-Za-z_][\w.]*", derived.expression):
            assert name in tokens, (width, name)


def test_the_summary_wraps_between_words(report: Report) -> None:
    lines = render(report, 80)
    start = next(i for i, line in enumerate(lines) if line.startswith("1 article, 65 claims"))
    summary = lines[start:]
    assert len(summary) == 2 and all(display_width(line) <= 80 for line in summary)
    assert " ".join(summary).endswith("0 fail, 0 warnings, 0 errors")
    assert not summary[0].endswith(("consistent", "with")) or summary[1][0].isalpha()  # no word cut in two


def test_no_trailing_spaces_in_piped_output(report: Report) -> None:
    for width in (80, 100):
        for line in render(report, width):
            assert line == line.rstrip(" "), repr(line)


def test_coloured_output_has_no_trailing_padding_either(report: Report) -> None:
    for line in RichFormatter(width=80, color=True).format(report).splitlines():
        plain = re.sub(r"\x1b\[[0-9;]*m", "", line)
        assert plain == plain.rstrip(" "), repr(line)


def test_width_comes_from_the_option_then_columns(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "90")
    assert report_width(None, terminal=False) == 90
    assert report_width(70, terminal=False) == 70
    monkeypatch.setenv("COLUMNS", "junk")
    assert report_width(None, terminal=False) == 100
    monkeypatch.setenv("COLUMNS", "10")
    assert report_width(None, terminal=True) == 40  # never narrower than a rule id needs to stay readable
