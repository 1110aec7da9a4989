"""Draft, extract and scan on arbitrary article text: a draft is aligned and reported in every format,
everything extract writes loads back through the loader unchanged, and scan checks it without an exception."""

from __future__ import annotations

import io
from functools import cache
from pathlib import Path

from hypothesis import example, given

from factcheck.documents import from_text
from factcheck.draft import check_draft
from factcheck.engine import check
from factcheck.extract import extract
from factcheck.findings import Report
from factcheck.formatters import REPORT_FORMATS, formatter_class
from factcheck.loader import load_texts
from factcheck.model import Article
from tests.fuzz.strategies import FUZZ, passages
from tests.helpers import ROOT

ARTICLE = "jincheng-politics-law-2016-2020"


@cache
def _bundled() -> Article:
    claims = (ROOT / "claims" / f"{ARTICLE}.yaml").read_text("utf-8")
    rules = (ROOT / "rules" / f"{ARTICLE}.yaml").read_text("utf-8")
    claims = claims.replace(f"  text: ../articles/{ARTICLE}.txt\n", "")
    (article,) = load_texts([(ROOT / "claims" / "a.yaml", claims), (ROOT / "rules" / "a.yaml", rules)])
    return article


@FUZZ
@given(passages())
@example("9999999999999999999999999999999999915万多件")  # 多 after 37 digits: V + g rounded at 28 digits
def test_any_draft_is_aligned_and_reported_in_every_format(text: str) -> None:
    result = check_draft(_bundled(), from_text(text, "draft.txt"))
    assert result.draft is not None
    for figure in result.draft.figures:
        assert text[figure.start : figure.end] == figure.text
    report = Report((result,))
    for fmt in REPORT_FORMATS:
        formatter = formatter_class(fmt)(quiet=False, color=False, width=100)
        buffer = io.StringIO()
        formatter.emit(report, buffer)
        assert buffer.getvalue()


@FUZZ
@given(passages())
@example("121¥1,000")  # a clause broke at the comma inside 1,000: the quote held half a figure
@example("共有6,000其中more than 6,000，¥1,000of1,759")
@example("\x0b1. ")  # the quote lost its vertical tab, and "1." then read as list numbering, not a figure
@example("，1. ")  # the clause after the comma opens with "1.": a list number when the quote is read alone
@example("\x0b")  # a line of a vertical tab alone: structure indexed the last character of an empty line
@example("一百二十一共有```" + "9" * 35 + "超过15000人次一百二十一%0A超过15000人次")  # lenient: % 10 of 35 digits
@example("0." + "0" * 60 + "1\t0." + "0" * 54)  # a quote edge walked back past the end of the text
@example("0." + "0" * 60 + "1三千万0." + "0" * 52)  # both quote edges pulled inside the figure: an empty quote
@example("1,7593 in 1" + "0" * 71)  # "N in M" with M past the 50-digit limit: found as a share the loader then refused
def test_everything_extract_writes_loads_and_scans(text: str) -> None:
    extraction = extract(text, "a")
    folder = Path("/nonexistent-article-folder")
    articles = load_texts(
        [
            (folder / "claims" / "a.yaml", extraction.claims_yaml(None)),
            (folder / "rules" / "a.yaml", extraction.rules_yaml()),
        ]
    )
    assert [a.id for a in articles] == ["a"]
    assert len(articles[0].claims) == len(extraction.document.figures)
    report = check(articles, lenient=True)
    assert report.summary.rules == len(articles[0].rules)
