"""Chinese report prose of genres no earlier probe read (社会消费品零售总额 and 固定资产投资 monthly releases,
城乡居民收支, 财政收支 and 预算执行 reports, 国有企业经济运行, a 新华社-style story): each text is written anew for
its test, places invented."""

from __future__ import annotations

from pathlib import Path

from factcheck.extract import extract
from tests.extract.test_patterns import proposed
from tests.extract.test_zh_falarm2 import _scan_clean

RETAIL = (
    "1—10月份，全市社会消费品零售总额2713.58亿元，同比增长4.8%。\n\n"
    "1—10月份，全市网上零售额612.40亿元，同比增长8.1%。其中，实物商品网上零售额503.75亿元，增长9.4%，"
    "占社会消费品零售总额的比重为18.6%。\n"
)


def test_a_share_naming_its_whole_is_of_the_figure_so_labelled_not_of_the_total_its_part_divides() -> None:
    checks = proposed(RETAIL, "share")
    # 占社会消费品零售总额的比重: of 2713.58亿元, never of the 网上零售额 that only shares 零售 with the name
    assert ("share(503.75亿元, 2713.58亿元) == 18.6%", "error") in checks, checks
    assert not any("612.40亿元" in check for check, _ in checks), checks


def test_a_share_naming_its_whole_takes_the_whole_of_its_own_period() -> None:
    text = "10月份，全市社会消费品零售总额286.47亿元。" + RETAIL
    checks = proposed(text, "share")
    assert ("share(503.75亿元, 2713.58亿元) == 18.6%", "error") in checks, checks
    assert not any("286.47亿元" in check for check, _ in checks), checks


def test_scan_passes_a_retail_release_with_an_online_share(tmp_path: Path) -> None:
    assert _scan_clean(tmp_path / "retail.txt", RETAIL) >= 2


STORY = (
    "前10个月澜州社会消费品零售总额同比增长4.3%\n\n"
    "新华社澜口11月20日电 澜州省统计局20日发布数据显示，今年前10个月，全省社会消费品零售总额1.82万亿元，"
    "同比增长4.3%，增速比前三季度加快0.2个百分点。\n"
)


def test_the_months_or_quarters_a_figure_covers_are_its_period_never_a_figure() -> None:
    extraction = extract(STORY, "story")
    texts = [f.text for f in extraction.document.figures]
    assert not any(t in ("10个月", "前10个月", "三季度", "前三季度") for t in texts), texts
    total = next(f for f in extraction.document.figures if f.text == "1.82万亿元")
    assert total.period == "前10个月"  # never the 11月 of the dateline's 11月20日


MONTH_AND_YEAR_TO_DATE = (
    "10月份，全市社会消费品零售总额286.47亿元，同比增长3.9%。其中，除汽车以外的消费品零售额251.32亿元，增长4.6%。"
    "1—10月份，全市社会消费品零售总额2713.58亿元，同比增长4.8%。\n\n"
    "按经营单位所在地分，10月份，城镇消费品零售额241.85亿元，同比增长3.7%；乡村消费品零售额44.62亿元，增长5.0%。"
    "1—10月份，城镇消费品零售额2289.14亿元，增长4.6%；乡村消费品零售额424.44亿元，增长5.9%。\n"
)


def test_a_views_parts_of_one_month_divide_that_months_total_not_the_year_to_dates() -> None:
    checks = [check for check, _ in proposed(MONTH_AND_YEAR_TO_DATE, "total-parts")]
    assert "sum(241.85亿元, 44.62亿元) == 286.47亿元" in checks, checks
    assert "sum(2289.14亿元, 424.44亿元) == 2713.58亿元" in checks, checks
    # the month's parts are never the ten months' whole, nor of what is left without cars (除汽车以外的)
    assert not any("241.85亿元" in check and ("2713.58亿元" in check or "251.32亿元" in check) for check in checks)


def test_scan_passes_a_retail_release_of_a_month_and_its_year_to_date(tmp_path: Path) -> None:
    assert _scan_clean(tmp_path / "retail.txt", MONTH_AND_YEAR_TO_DATE) >= 2
