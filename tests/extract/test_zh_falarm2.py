"""False alarms seen on consistent Chinese report prose written for the falarm2-zh probe (统计公报 tables,
公积金 and 金融运行 reports and kin): every text here is consistent, so any alarm on it is false.  Each text is
written anew for its test."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from factcheck.cli import cli
from tests.extract.test_patterns import proposed

EXPORTS = (
    "表2  全县货物进出口情况\n\n"
    "| 指标 | 金额（亿元） | 比上年增长（%） | 占比（%） |\n| --- | --- | --- | --- |\n"
    "| 货物进出口总额 | 812.5 | 5.4 | 100.0 |\n"
    "| 出口额 | 520.0 | 7.1 | 64.0 |\n"
    "| 其中：机电产品 | 260.0 | 9.8 | 32.0 |\n"
    "| 进口额 | 292.5 | 2.5 | 36.0 |\n"
)


def test_a_share_under_a_qizhong_row_is_of_the_row_whose_share_reads_100() -> None:
    checks = proposed(EXPORTS, "share")
    # 机电产品 is 32.0% of all trade (the 100.0 row), not of 出口额 (which would be 50%)
    assert ("share((260.0元 * 100000000), (812.5元 * 100000000)) == 32.0%", "error") in checks
    assert not any("(520.0元 * 100000000)) ==" in check for check, _ in checks)
    # the rows of no list the reader found take their share of the 100.0 row too
    assert ("share((520.0元 * 100000000), (812.5元 * 100000000)) == 64.0%", "error") in checks
    assert ("share((292.5元 * 100000000), (812.5元 * 100000000)) == 36.0%", "error") in checks


def test_without_a_100_row_a_share_under_a_qizhong_row_stays_of_its_parent() -> None:
    rows = EXPORTS.replace("| 100.0 |", "| — |").replace("| 32.0 |", "| 50.0 |")
    checks = proposed(rows, "share")
    assert ("share((260.0元 * 100000000), (520.0元 * 100000000)) == 50.0%", "error") in checks
    assert not any("(260.0元 * 100000000), (812.5" in check for check, _ in checks)
    # 出口额 and 进口额 add up to the first row: their shares are of it (tables3: a first row its rows add up to)
    assert ("share((520.0元 * 100000000), (812.5元 * 100000000)) == 64.0%", "error") in checks


def test_scan_passes_a_trade_table_with_a_share_column(tmp_path: Path) -> None:
    assert _scan_clean(tmp_path / "trade.md", EXPORTS) >= 4


BUDGET = (
    "全年一般公共预算收入38.45亿元，完成预算的101.2%。其中，税收收入29.14亿元；非税收入9.32亿元。\n\n"
    "| 项目 | 预算数（万元） | 执行数（万元） | 完成预算% |\n| --- | --- | --- | --- |\n"
    "| 税收收入 | 285000 | 291360 | 102.2 |\n"
    "| 非税收入 | 95000 | 93150 | 98.1 |\n"
    "| 合计 | 380000 | 384510 | 101.2 |\n"
)


def test_a_text_figure_repeats_the_cell_of_its_row_it_equals_not_the_budget_beside_it() -> None:
    checks = proposed(BUDGET, "repeated")
    # 税收收入29.14亿元 is the 执行数 cell (291360万元), never the 预算数 one (285000万元)
    assert ("(291360元 * 10000) == 29.14亿元", "error") in checks
    assert ("(93150元 * 10000) == 9.32亿元", "error") in checks
    assert not any(check.startswith(("(285000元", "(95000元", "(380000元")) for check, _ in checks), checks


def test_a_text_figure_that_equals_no_cell_of_its_row_is_still_held_to_the_row() -> None:
    # a typo in the text (29.41 for 29.14) matches no cell: the rule stays, and fails
    checks = proposed(BUDGET.replace("29.14亿元", "29.41亿元"), "repeated")
    assert any(check.endswith("== 29.41亿元") for check, _ in checks), checks


def test_scan_passes_a_budget_table_with_planned_and_actual_columns(tmp_path: Path) -> None:
    assert _scan_clean(tmp_path / "budget.md", BUDGET) >= 2


HOUSING = (
    "全年房地产开发投资860.0亿元，下降6.0%。其中，住宅投资640.0亿元，下降5.0%。\n\n"
    "表4  房地产开发和销售\n"
    "指标                  单位        绝对数     比上年增长(%)\n"
    "房地产开发投资        亿元        860.0      -6.0\n"
    "  其中：住宅          亿元        640.0      -5.0\n"
    "商品房销售额          亿元        720.0     -12.0\n"
    "  其中：住宅          亿元        610.0     -13.0\n"
)


def test_a_row_name_set_in_under_several_rows_repeats_only_the_part_of_its_own_row() -> None:
    checks = proposed(HOUSING, "repeated")
    # 住宅 under 房地产开发投资 repeats 住宅投资; 住宅 under 商品房销售额 is another quantity
    assert ("(640.0元 * 100000000) == 640.0亿元", "error") in checks
    assert ("-5.0% == -5.0%", "error") in checks
    assert not any(check.startswith(("(610.0元", "-13.0%")) for check, _ in checks), checks


def test_scan_passes_a_property_table_with_a_housing_row_under_each_measure(tmp_path: Path) -> None:
    assert _scan_clean(tmp_path / "property.txt", HOUSING) >= 4


CASES = (
    "表1  各类案件收结案情况\n"
    "案件类型      收案（件）   结案（件）   收案占比(%)\n"
    "刑事            1200         1100         12.0\n"
    "民事            6000         5900         60.0\n"
    "执行            2800         2700         28.0\n"
    "合计           10000         9700        100.0\n"
)


def test_a_share_column_that_names_a_column_divides_that_column_not_the_one_beside_it() -> None:
    checks = proposed(CASES, "share")
    # 收案占比 is 收案 over the 收案 total: 1200 of 10000 is 12.0%, though 结案 stands nearer the share
    assert ("share(1200件, 10000件) == 12.0%", "error") in checks
    assert ("share(6000件, 10000件) == 60.0%", "error") in checks
    assert not any(check.startswith(("share(1100件", "share(5900件")) for check, _ in checks), checks
    # a share column that names nothing is still the count beside it
    plain = CASES.replace("收案占比(%)", "占比(%)    ")
    assert any(check.startswith("share(1100件, 9700件)") for check, _ in proposed(plain, "share"))


DEPOSITS = (
    "| 指标 | 余额（亿元） | 比年初增加（亿元） |\n| --- | --- | --- |\n"
    "| 各项存款余额 | 2000.0 | 150.0 |\n"
    "| 其中：住户存款 | 1100.0 | 120.0 |\n"
    "| 非金融企业存款 | 600.0 | 25.0 |\n"
)


def test_table_rows_that_fall_short_of_their_total_in_one_column_are_some_of_it_in_every_column() -> None:
    checks = proposed(DEPOSITS, "total-parts")
    # 1100 + 600 is 85% of 2000: some kinds only, so 120 + 25 of 150 is no sum either, only within it
    assert not any("==" in check for check, _ in checks), checks
    assert ("sum((120.0元 * 100000000), (25.0元 * 100000000)) <= (150.0元 * 100000000)", "error") in checks
    # rows near their total in every column keep the == warning
    near = DEPOSITS.replace("| 1100.0 |", "| 1395.0 |")
    assert any(check.endswith("== (150.0元 * 100000000)") for check, _ in proposed(near, "total-parts"))


def test_a_fenbie_list_opening_a_by_view_sentence_divides_the_lead_total_not_the_figure_before() -> None:
    text = (
        "全年共发生道路交通事故900起，同比下降5.0%。其中，涉及货车的事故210起，占23.3%。"
        "分区域看，东城区、南湖区、北塘区事故起数分别为160起、150起和120起。\n"
    )
    checks = proposed(text, "total-parts")
    # the districts are of the year's 900 accidents, never of the 210 involving lorries the sentence before
    assert ("sum(160起, 150起, 120起) <= 900起", "warning") in checks
    assert not any(check.endswith("210起") for check, _ in checks), checks


def _scan_clean(article: Path, text: str) -> int:
    """Scan ``text`` saved as ``article``: it must exit 0 with no failing rule and no warning; the rules that pass."""
    article.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(cli, ["scan", "--format", "json", str(article)])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.output)["summary"]
    assert (summary["fail"], summary["warn"]) == (0, 0), result.output
    return int(summary["pass"])
