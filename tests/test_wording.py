"""Reading the report: figures in the article's own units, the gap as an editor thinks of it, and a missing
quote's likeliest passage."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from factcheck.engine import check, nearest_passage, written_scale
from factcheck.findings import DerivedValue, Finding
from factcheck.loader import load_texts

ARTICLE = (
    "全市一般公共预算收入358.8亿元,其中税收收入42.5亿元,非税收入148.3亿元,转移支付收入166.0亿元。\n"
    "城镇化率由44.2%提高到45.6%,提高1.2个百分点。\n"
    "全年查处案件15万多件。\n"
)
CLAIMS = """article:
  id: demo
  title: demo
  text: ../demo.txt
claims:
  total: {quote: 全市一般公共预算收入358.8亿元}
  tax: {quote: 其中税收收入42.5亿元}
  fees: {quote: 非税收入148.3亿元}
  transfers: {quote: 转移支付收入166.0亿元}
  before: {quote: 城镇化率由44.2%, value: 44.2%}
  after: {quote: 提高到45.6%}
  rise: {quote: 提高1.2个百分点}
  cases: {quote: 全年查处案件15万多件}
"""
RULES = """article: demo
derive:
  income: tax + fees + transfers
rules:
  - {id: parts, check: tax + fees + transfers == total}
  - {id: rise, check: after - before == rise}
  - {id: cases-few, check: cases <= 140000}
"""


def findings(tmp_path: Path, claims: str = CLAIMS, article: str = ARTICLE) -> dict[str, Finding]:
    """The findings of the demo article by id."""
    (tmp_path / "demo.txt").write_text(article, "utf-8")
    articles = load_texts([(tmp_path / "claims" / "demo.yaml", claims), (tmp_path / "rules" / "demo.yaml", RULES)])
    (result,) = check(articles).articles
    return {f.id: f for f in result.findings}


def derived(tmp_path: Path) -> dict[str, DerivedValue]:
    (tmp_path / "demo.txt").write_text(ARTICLE, "utf-8")
    articles = load_texts([(tmp_path / "claims" / "demo.yaml", CLAIMS), (tmp_path / "rules" / "demo.yaml", RULES)])
    (result,) = check(articles).articles
    return {d.id: d for d in result.derived}


def test_money_stays_in_the_articles_unit(tmp_path: Path) -> None:
    found = findings(tmp_path)
    parts = found["parts"]
    assert parts.message == "42.5亿元 + 148.3亿元 + 166.0亿元 = 356.8亿元 (356.65–356.95亿元) == 358.8亿元"
    assert parts.detail == (
        "42.5亿元 + 148.3亿元 + 166.0亿元 = 356.8亿元, stated 358.8亿元: off by 2亿元 (at least 1.8亿元 after rounding)"
    )
    assert derived(tmp_path)["income"].display == "356.8亿元 (356.65–356.95亿元)"


def test_percentage_point_gap_first_as_written_then_the_guarantee(tmp_path: Path) -> None:
    rise = findings(tmp_path)["rise"]
    assert rise.detail == "45.6% − 44.2% = 1.4 pp, stated 1.2 pp: off by 0.2 pp (at least 0.05 pp after rounding)"


def test_a_hedged_figure_stands_as_written(tmp_path: Path) -> None:
    cases = findings(tmp_path)["cases-few"]
    assert cases.detail == "15万多件, more than 140,000 by 10,000"  # the gap is the same for every reading


def test_hedged_gap_names_every_reading(tmp_path: Path) -> None:
    (tmp_path / "demo.txt").write_text(ARTICLE, "utf-8")
    rules = RULES.replace("cases <= 140000", "cases == 170000")
    articles = load_texts([(tmp_path / "claims" / "demo.yaml", CLAIMS), (tmp_path / "rules" / "demo.yaml", rules)])
    (result,) = check(articles).articles
    detail = next(f.detail for f in result.findings if f.id == "cases-few")
    assert detail == "15万多件, stated 170,000: off by 20,000 (at least 10,000 for every reading of the figures)"


@pytest.mark.parametrize(
    ("figure", "scale"),
    [
        ("42.5亿元", (Decimal(10) ** 8, "亿元")),
        ("15万多件", (Decimal(10) ** 4, "万件")),
        ("约3.6亿元", (Decimal(10) ** 8, "亿元")),
        ("5000万元左右", (Decimal(10) ** 4, "万元")),
        ("1,759", None),
        ("3亿5000万", None),
        ("29.2%", None),
    ],
)
def test_written_scale(figure: str, scale: tuple[Decimal, str] | None) -> None:
    assert written_scale(figure) == scale


def test_missing_quote_names_the_nearest_passage_and_its_line(tmp_path: Path) -> None:
    claims = CLAIMS.replace("全年查处案件15万多件", "全年查处案件16万多件")
    message = findings(tmp_path, claims)["cases:quote-in-article"].message
    assert (
        message
        == 'quote not found in the article text: 全年查处案件16万多件 (did you mean "全年查处案件15万多件" at line 3?)'
    )


def test_nothing_near_gives_no_suggestion() -> None:
    assert nearest_passage("完全无关的一段文字。\n", "城镇化率提高了") is None
    assert nearest_passage("a\n\nb 其中涉黑性质组织15个,", "其中涉黑性质组织13个") == ("其中涉黑性质组织15个", 3)
