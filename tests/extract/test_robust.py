"""extract and scan never stop on a readable text: any mix of figures, punctuation, tables and markup loads."""

from __future__ import annotations

import tempfile
from pathlib import Path

from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.cli import cli
from factcheck.extract import extract
from factcheck.loader import load_texts

PIECES = [
    "全市共受理案件",
    "其中",
    "同比上升",
    "比上年减少",
    "去年同期为",
    "占",
    "的",
    "结案率",
    "不捕率",
    "合计",
    "分别为",
    "从区域看，",
    "（含",
    "）",
    "：",
    "，",
    "；",
    "。",
    "、",
    "\n",
    "\t",
    " | ",
    "一、",
    "（一）",
    "1.",
    "- ",
    "# ",
    "由",
    "增加到",
    "个百分点",
    "结构比为",
    "∶",
    ":",
    "万",
    "亿元",
    "件",
    "人",
    "起",
    "%",
    "‰",
    "of which ",
    "respectively",
    " up 5% to ",
    " from ",
    "Of these, ",
    "an increase of ",
    "(",
    ")",
    ".",
    ",",
]
NUMBERS = st.integers(min_value=0, max_value=10**7).map(str) | st.sampled_from(["1.5", "0.10", "-3", "三", "12.6"])
TEXTS = st.lists(st.sampled_from(PIECES) | NUMBERS, max_size=60).map("".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_any_text_extracts_into_files_that_load(text: str) -> None:
    extraction = extract(text, "fuzz")
    claims = extraction.claims_yaml(None)
    rules = extraction.rules_yaml()
    (article,) = load_texts([(Path("claims/fuzz.yaml"), claims), (Path("rules/fuzz.yaml"), rules)])
    assert len(article.claims) == len(extraction.document.figures)
    assert len(article.rules) == sum(1 for s in extraction.suggestions if s.check)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_scan_never_exits_2_on_readable_text(text: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        article = Path(folder) / "article.txt"
        article.write_text(text or "空", "utf-8")
        result = CliRunner().invoke(cli, ["scan", "--format", "json", str(article)])
    assert result.exit_code in (0, 1), result.output


def test_copies_of_a_paragraph_are_read_once_and_never_linked_as_repeats() -> None:
    paragraph = "全市共受理案件2460件,同比上升5.2%,其中刑事案件2100件,民事案件300件。全年审结案件2300件。\n"
    once = extract(paragraph, "once")
    thrice = extract(paragraph * 3, "thrice")
    assert len(thrice.document.figures) == 3 * len(once.document.figures)
    assert [s.check for s in thrice.suggestions] == [s.check for s in once.suggestions]
    assert not [s for s in thrice.suggestions if s.pattern == "repeated"]
    copy = thrice.document.figures[len(once.document.figures)]
    assert copy.duplicate and copy.label == once.document.figures[0].label
    assert thrice.document.text[copy.start : copy.end] == copy.text
