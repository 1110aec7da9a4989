"""Tables as real reports set them, fourth round: a 决算 table with last year's column beside the budget and the
outturn, a text figure that names another row of the table, a column of last year's pupils beside this year's,
a table of growth rates and shares with no amounts, and a share of another column of the row (税收占比).  Each,
read wrong, missed a relation a fact-checker verifies or matched a cell the text does not repeat."""

from __future__ import annotations

from factcheck.extract import extract
from tests.extract.test_patterns import proposed

OUTTURN = (
    "表3  2025年部门支出决算表\n\n单位：万元\n\n"
    "| 项目 | 上年决算数 | 预算数 | 决算数 | 决算数为预算数% | 比上年增长% |\n|---|---|---|---|---|---|\n"
    "| 基本支出 | 3120 | 3300 | 3264 | 98.9 | 4.6 |\n"
    "| 项目支出 | 1845 | 2100 | 1932 | 92.0 | 4.7 |\n"
    "| 其他支出 | 410 | 450 | 437 | 97.1 | 6.6 |\n"
    "| 合计 | 5375 | 5850 | 5633 | 96.3 | 4.8 |\n"
)


def test_last_year_s_column_is_the_earlier_value_of_the_column_it_names_and_the_growth_is_between_them() -> None:
    changes = [check for check, _ in proposed(OUTTURN, "year-on-year")]
    # the growth column compares 决算数 with 上年决算数, never the 预算数 or the percentage beside it
    assert "change((3264元 * 10000), (3120元 * 10000)) == 4.6%" in changes
    assert "change((5633元 * 10000), (5375元 * 10000)) == 4.8%" in changes
    extraction = extract(OUTTURN, "outturn")
    last_year = [f for f in extraction.document.figures if f.text == "3120元"]
    assert [f.role for f in last_year] == ["previous"]


PUPILS = (
    "九、教育\n\n普通高中招生2100人，在校生0.54万人，增长2.7%；初中在校生11230人。\n\n表9  学校学生情况\n\n单位：人\n\n"
    "| 学段 | 招生数 | 在校生数 | 上年在校生数 | 在校生比上年增长（%） |\n|---|---|---|---|---|\n"
    "| 普通小学 | 3640 | 24120 | 24980 | -3.4 |\n"
    "| 初中 | 2420 | 11230 | 11060 | 1.5 |\n"
    "| 普通高中 | 2100 | 5350 | 5210 | 2.7 |\n"
)


def test_last_year_s_column_never_repeats_this_year_s_text_figure() -> None:
    repeats = [check for check, _ in proposed(PUPILS, "repeated")]
    assert "5350人 == 0.54万人" in repeats
    assert "5210人 == 0.54万人" not in repeats  # 上年在校生数: last year's pupils, 0.52万
    assert "change(5350人, 5210人) == 2.7%" in [check for check, _ in proposed(PUPILS, "year-on-year")]


COUNTIES = (
    "分县看，青石县实现地区生产总值286.40亿元，占全市的38.2%；白沙县增长4.6%。\n\n"
    "| 县区 | 地区生产总值（亿元） | 比上年增长（%） | 占全市比重（%） |\n|---|---|---|---|\n"
    "| 全市 | 749.70 | 5.5 | 100.0 |\n"
    "| 青石县 | 286.40 | 6.3 | 38.2 |\n"
    "| 白沙县 | 241.90 | 4.6 | 32.3 |\n"
    "| 红岭县 | 221.40 | 5.2 | 29.5 |\n"
)


def test_a_text_figure_that_names_another_row_repeats_that_row_not_the_row_named_before_it() -> None:
    repeats = [check for check, _ in proposed(COUNTIES, "repeated")]
    assert "4.6% == 4.6%" in repeats  # 白沙县增长4.6%: the 白沙县 row
    assert "6.3% == 4.6%" not in repeats  # never 青石县's growth, though 青石县 opens the sentence


SECTORS = (
    "表5  分产业投资增速和比重\n\n"
    "                        比上年       占全部投资\n"
    "产业                  增长（%）      比重（%）\n"
    "全部投资                   3.8          100.0\n"
    "第一产业                   6.2            4.4\n"
    "第二产业                   8.1           33.9\n"
    "  其中：工业               8.7           33.1\n"
    "第三产业                   1.4           61.7\n"
    "  其中：教育               5.9            3.0\n"
)

SECTORS_FLUSH = (
    "表5  分产业投资增速和比重\n\n| 产业 | 比上年增长（%） | 占全部投资比重（%） |\n|---|---|---|\n"
    "| 全部投资 | 3.8 | 100.0 |\n| 第一产业 | 6.2 | 4.4 |\n| 第二产业 | 8.1 | 33.9 |\n| 第三产业 | 1.4 | 61.7 |\n"
    "| 其中：教育 | 5.9 | 3.0 |\n| 卫生和社会工作 | 7.7 | 2.1 |\n"
)


def test_a_share_column_with_no_amounts_adds_up_its_rows_set_flush_to_the_row_of_100() -> None:
    assert proposed(SECTORS, "structure-ratio") == [("sum(4.4%, 33.9%, 61.7%) == 100.0%", "warning")]
    # a 其中 list set flush: 卫生和社会工作 is the list's next item, as only that reading's shares come to 100
    assert proposed(SECTORS_FLUSH, "structure-ratio") == [("sum(4.4%, 33.9%, 61.7%) == 100.0%", "warning")]
    # with a share misprinted neither reading comes to 100: which rows are parts is unsaid, so no check
    assert proposed(SECTORS_FLUSH.replace("| 33.9 |", "| 35.9 |"), "structure-ratio") == []


REVENUE = (
    "表2  各县一般公共预算收入\n\n单位：万元\n\n"
    "| 县 | 一般公共预算收入 | 增长（%） | 税收收入 | 税收占比（%） |\n|---|---|---|---|---|\n"
    "| 东县 | 82410 | 5.1 | 60120 | 73.0 |\n"
    "| 西县 | 65230 | 3.9 | 44870 | 78.8 |\n"
    "| 南县 | 51760 | -1.2 | 40215 | 77.7 |\n"
    "| 北县 | 47390 | 6.6 | 30012 | 63.3 |\n"
)


def test_a_share_column_of_another_column_of_its_row_is_checked_row_by_row() -> None:
    checks = proposed(REVENUE, "table-columns")
    assert ("share((60120元 * 10000), (82410元 * 10000)) == 73.0%", "error") in checks
    # 西县's 78.8 is misprinted (44870 / 65230 = 68.8%): its check is proposed, and fails
    assert ("share((44870元 * 10000), (65230元 * 10000)) == 78.8%", "error") in checks


PROGRAMME = (
    "Table 2: Capital programme by scheme (£m)\n\n"
    "| Scheme | 2026-27 | 2027-28 | 2028-29 | Total |\n|---|---|---|---|---|\n"
    "| Bridges | 4.2 | 6.8 | 3.1 | 14.1 |\n"
    "| Depots | 1.5 | 0.9 | 0.4 | 2.8 |\n"
    "| Libraries | 2.6 | 3.3 | 1.0 | 8.9 |\n"
    "| Parks | 0.8 | 1.1 | 1.7 | 3.6 |\n"
)


def test_a_total_column_after_columns_of_years_totals_the_years_of_its_row() -> None:
    sums = [check for check, _ in proposed(PROGRAMME, "total-parts")]
    assert "sum((£4.2 * 1000000), (£6.8 * 1000000), (£3.1 * 1000000)) == (£14.1 * 1000000)" in sums
    # Libraries' 8.9 is misprinted (2.6 + 3.3 + 1.0 = 6.9): its row is still checked, and fails
    assert "sum((£2.6 * 1000000), (£3.3 * 1000000), (£1.0 * 1000000)) == (£8.9 * 1000000)" in sums


def test_a_total_column_the_years_do_not_add_up_to_in_most_rows_is_no_sum_of_them() -> None:
    # | 2025 | 2026 | Total | where Total is the whole of another count: no row adds up, so no rule
    other = PROGRAMME.replace("| 14.1 |", "| 20.0 |").replace("| 2.8 |", "| 7.0 |").replace("| 3.6 |", "| 9.9 |")
    assert not [check for check, _ in proposed(other, "total-parts") if "£20.0" in check or "£7.0" in check]


BUDGET_CHANGES = (
    "Table 1: Net revenue budget by service line (£000)\n\n"
    "| Service line | 2025-26 | 2026-27 | Change | Change (%) |\n|---|---|---|---|---|\n"
    "| Response | 38,412 | 40,118 | 1,706 | 4.4 |\n"
    "| Prevention | 4,906 | 5,233 | 327 | 6.7 |\n"
    "| Net revenue budget | 43,318 | 45,351 | 2,033 | 4.7 |\n"
)


def test_a_change_column_under_a_table_in_thousands_of_pounds_is_in_thousands_of_pounds_too() -> None:
    figures = {f.text: f for f in extract(BUDGET_CHANGES, "budget").document.figures}
    assert (figures["£1,706"].scale, figures["£1,706"].unit) == (1000, "GBP")  # read as £1,706, not 1,706 pounds' worth
    assert figures["4.4%"].scale == 1  # the percentage change keeps its own unit


WASTE = (
    "Landfill took 41.7 thousand tonnes in 2025-26.\n\n"
    "Table 2  Waste managed by treatment route\n\n"
    "                                    2024-25       2025-26\n"
    "                                  (thousand     (thousand\n"
    "Treatment route                     tonnes)       tonnes)\n"
    "Recycled or composted                 412.6         398.1\n"
    "Landfill                               58.3          41.7\n"
    "Total                                 470.9         439.8\n"
)


def test_cells_under_a_header_in_thousand_tonnes_are_thousands_of_tonnes() -> None:
    figures = [f for f in extract(WASTE, "waste").document.figures if f.in_table]
    assert {(f.scale, f.unit) for f in figures} == {(1000, "tonnes")}
    assert ("(41.7 tonnes * 1000) == 41.7 thousand tonnes", "error") in proposed(WASTE, "repeated")


QUINTILES = (
    "Table 3: Average weekly spending by income quintile group (£)\n"
    "Quintile\tFYE 2025\tFYE 2026\n"
    "Lowest\t311\t322\n"
    "Second\t402\t419\n"
    "Third\t518\t531\n"
    "Fourth\t640\t662\n"
    "Highest\t905\t948\n"
    "All households\t555\t576\n"
)
SOURCES = QUINTILES.replace("by income quintile group", "by what it was spent on").replace(
    "All households\t555\t576", "All households\t2776\t2882"
)


def test_a_table_of_averages_whose_rows_come_to_several_times_its_all_row_is_no_sum() -> None:
    assert proposed(QUINTILES, "total-parts") == []  # the mean of all households is no sum of the quintiles' means
    # the parts of an average that do add up to it (spending by what it went on) are still summed
    assert ("sum(£311, £402, £518, £640, £905) == £2776", "error") in proposed(SOURCES, "total-parts")


INSTITUTIONS = (
    "年末全市共有医疗卫生机构1340个，其中医院52个。\n\n表6  医疗卫生机构情况\n\n"
    "| 指标 | 机构数（个） | 床位数（张） |\n|---|---|---|\n"
    "| 医疗卫生机构合计 | 1340 | 9820 |\n| 医院 | 52 | 7310 |\n"
    "| 基层医疗卫生机构 | 1270 | 2390 |\n| 其他机构 | 18 | 120 |\n"
)


def test_a_row_named_as_the_total_of_something_repeats_the_text_s_figure_for_that_something() -> None:
    repeats = [check for check, _ in proposed(INSTITUTIONS, "repeated")]
    assert "1340个 == 1340个" in repeats  # | 医疗卫生机构合计 | names 医疗卫生机构1340个


ADMISSIONS = (
    "The hospital recorded 61,240 admissions in 2025-26.\n\n"
    "Table 3. Admissions by specialty, 2025-26\n"
    "Specialty\tElective\tEmergency\tTotal\n"
    "Surgery\t12,410\t9,820\t22,230\n"
    "Medicine\t2,130\t30,410\t32,540\n"
    "Other\t4,150\t2,320\t6,470\n"
    "All specialties\t18,690\t42,550\t61,240\n"
)


def test_a_total_row_s_cell_under_a_total_column_repeats_the_text_figure_named_like_the_caption() -> None:
    assert ("61,240 == 61,240", "error") in proposed(ADMISSIONS, "repeated")


SHARE_OF_CITY = (
    "分区看，北湖区完成工业增加值212.6亿元，占全市的41.3%。\n\n"
    "| 区县 | 工业增加值（亿元） | 比上年增长（%） | 占全市比重（%） |\n|---|---|---|---|\n"
    "| 全市 | 514.8 | 6.2 | 100.0 |\n| 北湖区 | 212.6 | 7.1 | 41.3 |\n"
    "| 南岭区 | 168.9 | 5.8 | 32.8 |\n| 西岸县 | 133.3 | 5.2 | 25.9 |\n"
)


def test_a_share_the_text_gives_after_a_row_s_figure_repeats_the_row_s_cell_of_a_share_column() -> None:
    assert ("41.3% == 41.3%", "error") in proposed(SHARE_OF_CITY, "repeated")


OFFENCES = (
    "The number of people held for burglary offences went up by 96 to 2,140 over the year.\n\n"
    "Table 2: Sentenced population by offence group, 30 June\n"
    "Offence group\t2025\t2026\tof which: female\n"
    "Violent offences\t6,310\t6,402\t512\n"
    "Burglary offences\t2,044\t2,140\t87\n"
    "Fraud offences\t780\t801\t96\n"
    "All offence groups\t9,134\t9,343\t695\n"
)


def test_a_figure_of_no_label_in_the_one_sentence_naming_a_row_repeats_that_row_s_first_count() -> None:
    repeats = proposed(OFFENCES, "repeated")
    assert ("2,140 == 2,140", "warning") in repeats  # the 2026 cell: matched by the sentence, not a label
    assert not [check for check, _ in repeats if check.startswith("87 ")]  # never the female column's


SPENDING_TOTAL = (
    "2025年，全镇一般公共预算支出决算数为5633万元。\n\n表1  一般公共预算支出决算表\n\n单位：万元\n\n"
    "| 科目名称 | 预算数 | 决算数 |\n|---|---|---|\n"
    "| 支出合计 | 5850 | 5633 |\n| 一般公共服务支出 | 2300 | 2264 |\n"
    "| 教育支出 | 2100 | 1932 |\n| 其他支出 | 1450 | 1437 |\n"
)


def test_a_row_named_as_a_kind_s_total_is_the_table_s_total_row_and_repeats_the_text_s_figure() -> None:
    assert ("(5633元 * 10000) == 5633万元", "error") in proposed(SPENDING_TOTAL, "repeated")  # | 支出合计 |


PUPILS_TOTAL = (
    "全县各级各类学校在校学生合计40790人。\n\n表8  各级各类学校学生情况\n\n单位：人\n\n"
    "| 学校类别 | 招生数 | 在校生数 |\n|---|---|---|\n"
    "| 普通高中 | 2100 | 6350 |\n| 初中 | 3420 | 10230 |\n| 小学 | 4640 | 24210 |\n"
)


def test_a_text_total_just_before_a_table_with_no_total_row_sums_the_column_it_names() -> None:
    assert ("sum(6350人, 10230人, 24210人) == 40790人", "error") in proposed(PUPILS_TOTAL, "total-parts")
    # a row set in under another (其中) makes the rows no list of parts: no sum
    nested = PUPILS_TOTAL.replace("| 小学 |", "| 其中：小学 |")
    assert not [check for check, _ in proposed(nested, "total-parts") if "40790人" in check]


def test_a_total_row_s_completion_rate_repeats_the_rate_the_text_gives_after_the_total() -> None:
    text = SPENDING_TOTAL.replace("决算数为5633万元。", "决算数为5633万元，完成预算的96.3%。").replace(
        "| 科目名称 | 预算数 | 决算数 |\n|---|---|---|\n| 支出合计 | 5850 | 5633 |",
        "| 科目名称 | 预算数 | 决算数 | 决算数为预算数% |\n|---|---|---|---|\n| 支出合计 | 5850 | 5633 | 96.3 |",
    )
    assert ("96.3% == 96.3%", "error") in proposed(text, "repeated")


def test_a_sentence_opening_with_a_row_s_name_gives_each_column_the_figure_its_clause_names() -> None:
    text = "Medicine admitted 32,540 patients, 30,410 of them as emergencies.\n\n" + ADMISSIONS.split("\n\n", 1)[1]
    repeats = proposed(text, "repeated")
    assert ("30,410 == 30,410", "warning") in repeats  # | Emergency |: "as emergencies"
    assert ("30,410 == 32,540", "warning") not in repeats
