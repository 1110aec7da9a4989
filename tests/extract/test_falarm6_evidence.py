"""Evidence gates on proposed repeats (extract/evidence.py): a repeat whose two figures the text does not show to be
one quantity (another kind of role, another kind of period, a figure that already equals another) is a warning;
a contradiction in the same shape, with no such evidence, stays an error."""

from __future__ import annotations

from factcheck.extract import extract
from tests.extract.test_patterns import proposed

# A month's bulletin: the text gives the month, the table the month and the 累计 columns side by side.
MONTHLY = (
    "溪口县2025年9月交通运输主要指标\n\n"
    "9月，全县完成公路货运量926万吨，同比增长5.4%；完成水路货运量188万吨，增长3.7%。\n\n"
    "1—9月，全县完成公路货运量8135万吨，同比增长2.6%。\n\n"
    "| 指标 | 单位 | 本月 | 同比增长（%） | 累计 | 同比增长（%） |\n"
    "| 公路货运量 | 万吨 | 926 | 5.4 | 8135 | 2.6 |\n"
    "| 水路货运量 | 万吨 | 188 | 3.7 | 1702 | 1.9 |\n"
)


def test_a_month_figure_against_the_cumulative_column_is_a_warning() -> None:
    repeats = proposed(MONTHLY, "repeated")
    assert ("1.9% == 3.7%", "warning") in repeats  # 累计's 1.9 against the month's 3.7%: two periods
    assert ("2.6% == 5.4%", "warning") in repeats
    assert ("3.7% == 3.7%", "error") in repeats  # the 本月 column is the month's repeat: still checked
    assert ("5.4% == 5.4%", "error") in repeats
    explain = [s.explain for s in extract(MONTHLY, "t").suggestions if s.pattern == "repeated"]
    assert any("两数所属时期不同" in e for e in explain)


def test_a_month_cell_copied_from_the_cumulative_column_stays_an_error() -> None:
    # the 本月 cell holds the 累计 column's 1.9: a slip, against the month's 3.7% in the text
    slip = MONTHLY.replace("| 188 | 3.7 | 1702 |", "| 188 | 1.9 | 1702 |")
    repeats = proposed(slip, "repeated")
    assert ("1.9% == 3.7%", "error") in repeats
    # and a 本月 cell that equals the cumulative text figure (2.6%) is no repeat of it: still an error
    copied = MONTHLY.replace("| 926 | 5.4 | 8135 |", "| 926 | 2.6 | 8135 |")
    assert ("2.6% == 5.4%", "error") in proposed(copied, "repeated")


# A county's growth in the text, read by the model as the growth of the county named before it.
COUNTIES = (
    "2025年石埠市分县区生产总值\n\n"
    "全年全市地区生产总值986.40亿元，比上年增长5.6%。南湖区实现地区生产总值318.72亿元，占全市的32.3%；"
    "青石县增长6.2%。\n\n"
    "| 地区 | 地区生产总值（亿元） | 比上年增长（%） |\n"
    "| 全市 | 986.40 | 5.6 |\n"
    "| 南湖区 | 318.72 | 5.1 |\n"
    "| 北岭区 | 264.05 | 5.9 |\n"
    "| 青石县 | 141.37 | 6.2 |\n"
)


def test_a_text_figure_that_equals_the_row_its_label_names_repeats_no_other_row() -> None:
    repeats = proposed(COUNTIES, "repeated")
    # 6.2% is 青石县's, which the table gives as 6.2: never an error against 5.1 (the evidence gate made it a
    # warning; since tables4 matches a figure to the row its label names, the pair is not proposed at all)
    assert ("5.1% == 6.2%", "error") not in repeats
    assert ("6.2% == 6.2%", "error") in repeats


def test_a_text_figure_that_equals_no_cell_keeps_its_error() -> None:
    slip = COUNTIES.replace("| 青石县 | 141.37 | 6.2 |", "| 青石县 | 141.37 | 6.8 |")
    repeats = proposed(slip, "repeated")
    assert ("6.8% == 6.2%", "error") in repeats  # the slip in 青石县's cell stays an error


# Growth in the text; the table gives growth and each industry's share of the whole.
SECTORS = (
    "2025年临江市固定资产投资\n\n"
    "全年固定资产投资比上年增长3.8%。分产业看，第一产业投资增长8.4%，第二产业投资增长7.6%，第三产业投资增长1.2%。\n\n"
    "表3  2025年分产业固定资产投资\n"
    "产业                  比上年增长（%）     占全部投资比重（%）\n"
    "第一产业                  8.4                 2.7\n"
    "第二产业                  7.6                 34.9\n"
    "第三产业                  1.2                 62.4\n"
)


def test_a_change_against_a_share_cell_is_a_warning() -> None:
    repeats = proposed(SECTORS, "repeated")
    assert ("2.7% == 7.6%", "error") not in repeats  # a growth rate and a share are two quantities
    assert ("7.6% == 7.6%", "error") in repeats


def test_a_change_against_the_change_cell_stays_an_error() -> None:
    slip = SECTORS.replace("第二产业                  7.6 ", "第二产业                  7.9 ")
    assert ("7.9% == 7.6%", "error") in proposed(slip, "repeated")
