"""Tables as real reports set them, third round: a pdftotext header whose top line is years, a page's running
footer with a long title and "Table 3.2 (continued)", a stacked header set again after a page break, a memo row
under the total, a table of medians, and rows set in that add up to the row above them (each, read wrong,
missed the relations a fact-checker verifies or summed figures that never add up)."""

from __future__ import annotations

from factcheck.documents.structure import from_text
from factcheck.extract import extract
from tests.extract.test_patterns import proposed

LIBRARY_STAFF = (
    "Table 4: Library staff by role, 31 March (FTE)\n\n"
    "                              2025       2026     Change     Change\n"
    "                                                    (FTE)        (%)\n"
    "Librarians                    84.5       88.0        3.5        4.1\n"
    "Library assistants           161.0      158.5       -2.5       -1.6\n"
    "Outreach workers              22.0       25.5        3.5       15.9\n"
    "All staff                    267.5      272.0        4.5        1.7\n"
)


def test_a_header_whose_top_line_is_years_names_the_columns_of_the_rows_under_it() -> None:
    structure = from_text(LIBRARY_STAFF, "en")
    assert len(structure.tables) == 1
    assert structure.tables[0].headers[1:] == ("2025", "2026", "Change (FTE)", "Change (%)")
    sums = [check for check, _ in proposed(LIBRARY_STAFF, "total-parts")]
    assert "sum(88.0, 158.5, 25.5) == 272.0" in sums and "3.5 + -2.5 + 3.5 == 4.5" in sums


TRIPS = (
    "Table 3.2: Trips per person per year by main mode\n"
    "Mode                                  2025\n"
    "Walk                                   247\n"
    "Car driver                             362\n"
    "\n"
    "Ashdown Travel Survey: annual results 2025                         Page 14\n"
    "\n"
    "Table 3.2 (continued)\n"
    "Mode                                  2025\n"
    "Bus                                     41\n"
    "Rail                                    22\n"
    "All modes                              672\n"
)


def test_a_long_running_footer_and_a_numbered_continuation_caption_go_on_with_the_table() -> None:
    structure = from_text(TRIPS, "en")
    assert len(structure.tables) == 1 and len(structure.tables[0].rows) == 6
    assert ("sum(247, 362, 41, 22) == 672", "error") in proposed(TRIPS, "total-parts")


BEDS = (
    "表2  2025年全市医疗卫生机构床位数\n\n"
    "                          2024年      2025年\n"
    "                          （张）      （张）\n"
    "床位总数                   41260       42380\n"
    "  医院                     33850       34720\n"
    "\n"
    "                                — 6 —\n"
    "\n"
    "                          2024年      2025年\n"
    "                          （张）      （张）\n"
    "  基层医疗卫生机构          6120        6280\n"
    "  专业公共卫生机构          1290        1380\n"
)


def test_a_stacked_header_set_again_after_a_page_break_is_skipped() -> None:
    structure = from_text(BEDS, "zh")
    assert len(structure.tables) == 1
    assert [BEDS[a:b] for a, b in structure.tables[0].rows[-1].cells] == ["专业公共卫生机构", "1290", "1380"]


EMISSIONS = (
    "Table 2: Emissions by source, kilotonnes CO2e\n\n"
    "Source\t2024\t2025\n"
    "Power\t812\t774\n"
    "Road transport\t1,206\t1,188\n"
    "Homes\t655\t640\n"
    "Total\t2,673\t2,602\n"
    "Memo: international flights\t310\t326\n"
)


def test_a_row_under_a_total_set_below_its_rows_is_no_part_of_it() -> None:
    sums = [check for check, _ in proposed(EMISSIONS, "total-parts")]
    assert "sum(774, 1,188, 640) == 2,602" in sums
    assert not any("326" in check or "310" in check for check in sums)


PAY = (
    "Table 5: Median hourly pay by sector (£)\n\n"
    "| Sector | 2025 | 2026 |\n|---|---|---|\n"
    "| Public sector | 19.40 | 20.15 |\n| Private sector | 15.80 | 16.52 |\n"
    "| Voluntary sector | 14.95 | 15.60 |\n| All employees | 16.60 | 17.31 |\n"
)


def test_the_rows_of_a_table_of_medians_are_never_summed() -> None:
    assert proposed(PAY, "total-parts") == []
    counts = PAY.replace("Median hourly pay by sector (£)", "Employees by sector (thousands)")
    assert ("sum((20.15 * 1000), (16.52 * 1000), (15.60 * 1000)) == (17.31 * 1000)", "error") in proposed(
        counts, "total-parts"
    )


SPENDING = (
    "表3  居民人均消费支出构成\n"
    "指标                      金额（元）    比上年增长（%）\n"
    "人均消费支出                 21460          5.2\n"
    "  食品烟酒                    6320          4.1\n"
    "  居住                        5180          2.6\n"
    "  交通通信                    3040          8.8\n"
    "  其他                        6920          6.0\n"
)


def test_rows_set_in_that_add_up_to_the_row_above_are_summed_as_a_warning() -> None:
    assert ("sum(6320元, 5180元, 3040元, 6920元) == 21460元", "warning") in proposed(SPENDING, "total-parts")
    partial = SPENDING.replace("6920", "1920")  # four rows well short of it: perhaps some of its parts only
    assert not any("==" in check for check, _ in proposed(partial, "total-parts"))


FUEL = (
    "Final consumption of heat fuels was 1,296 ktoe in 2025.\n\n"
    "Table 6: Heat fuels by sector, 2025 (ktoe)\n\n"
    "| Fuel | Homes | Business | Total |\n|---|---|---|---|\n"
    "| Gas | 640 | 402 | 1,042 |\n| Oil | 118 | 96 | 214 |\n| Coal | 22 | 18 | 40 |\n"
)


def test_a_units_symbol_ending_a_caption_is_every_cells_unit_when_the_reader_reads_it() -> None:
    cells = [f.unit for f in extract(FUEL, "x").document.figures if f.in_table]
    assert cells == ["ktoe"] * 9
    names = FUEL.replace("(ktoe)", "(Harwick)")
    assert all(f.unit is None for f in extract(names, "x").document.figures if f.in_table)


BUDGET = (
    "Summary\n\n"
    "The authority's net revenue budget for 2026-27 is £188.4 million.\n\n"
    "Spending by service\n\n"
    "Table 2 sets out each service's budget. Libraries fall by £0.2 million.\n\n"
    "Table 2: Net budget by service (£m)\n\n"
    "| Service | 2025-26 | 2026-27 |\n|---|---|---|\n"
    "| Waste collection | 31.2 | 34.0 |\n| Libraries | 8.6 | 8.4 |\n| Social care | 139.5 | 146.0 |\n"
    "| Net revenue budget | 179.3 | 188.4 |\n"
)


def test_an_owners_possessive_before_a_rows_name_names_that_row_in_an_earlier_section() -> None:
    assert ("(£188.4 * 1000000) == £188.4 million", "warning") in proposed(BUDGET, "repeated")
    other = BUDGET.replace("The authority's net revenue budget", "The authority's capital programme")
    assert not any("188.4 million" in check for check, _ in proposed(other, "repeated"))


OUTLAYS = (
    "表4  2025年某区政府性基金预算支出决算表\n单位：万元\n\n"
    "项目\t预算数\t决算数\t完成预算%\n"
    "政府性基金预算支出\t46800\t45210\t96.6\n"
    "城乡社区支出\t31200\t30650\t98.2\n"
    "农林水支出\t9600\t9120\t95.0\n"
    "其他支出\t6000\t5440\t90.7\n"
)


def test_a_first_row_its_flush_rows_add_up_to_in_every_amount_column_is_their_total() -> None:
    assert ("sum((30650元 * 10000), (9120元 * 10000), (5440元 * 10000)) == (45210元 * 10000)", "error") in proposed(
        OUTLAYS, "total-parts"
    )
    uneven = OUTLAYS.replace("46800", "52800").replace("45210", "51210")  # rows short of the first in each column
    assert not any("==" in check for check, _ in proposed(uneven, "total-parts"))


AGES = (
    "表9  2025年末常住人口构成\n\n"
    "| 指标 | 年末数（万人） |\n|---|---|\n"
    "| 常住人口 | 412.60 |\n| 其中：城镇 | 268.30 |\n| 乡村 | 144.30 |\n"
    "| 按性别分 |  |\n| 男 | 209.90 |\n| 女 | 202.70 |\n"
)


def test_a_piped_label_row_keeps_the_table_whole_and_each_cut_adds_up_alone() -> None:
    structure = from_text(AGES, "zh")
    assert len(structure.tables) == 1 and len(structure.tables[0].rows) == 7
    sums = proposed(AGES, "total-parts")
    # the rows before the first label add up to the whole: summed, as a warning (read from the arithmetic)
    assert ("sum((268.30人 * 10000), (144.30人 * 10000)) == (412.60人 * 10000)", "warning") in sums
    assert ("sum((209.90人 * 10000), (202.70人 * 10000)) == (412.60人 * 10000)", "error") in sums
    assert not any("268.30" in check and "209.90" in check for check, _ in sums)


POWER = (
    "全年规模以上工业原煤产量862.4万吨。规模以上工业发电量214.6亿千瓦时，其中水电和风电合计58.3亿千瓦时，增长12.4%。\n\n"
    "附表  主要工业产品产量\n\n"
    "产品名称\t计量单位\t产量\t比上年增长（%）\n"
    "原煤\t万吨\t826.4\t-1.8\n"
    "发电量\t亿千瓦时\t214.6\t4.2\n"
    "其中：火电\t亿千瓦时\t156.3\t1.1\n"
    "水电\t亿千瓦时\t31.9\t6.0\n"
    "风电\t亿千瓦时\t26.4\t21.7\n"
)


def test_a_figure_naming_two_rows_together_is_their_sum_never_one_rows_value() -> None:
    repeats = proposed(POWER, "repeated")
    assert ("(31.9千瓦时 * 100000000) + (26.4千瓦时 * 100000000) == 58.3亿千瓦时", "error") in repeats
    assert not any("58.3亿千瓦时" in check and "+" not in check for check, _ in repeats)
    assert not any("12.4%" in check for check, _ in repeats)


def test_a_rows_name_after_the_whole_a_label_opens_with_names_that_row() -> None:
    # 规模以上工业原煤产量862.4万吨 is the | 原煤 | row, whose 826.4 transposes its digits
    assert ("(826.4吨 * 10000) == 862.4万吨", "error") in proposed(POWER, "repeated")


OFFICIAL = (
    "表6  “三公”经费预算表\n单位：万元\n\n"
    "| 项目 | 2026年预算数 |\n|---|---|\n"
    "| 合计 | 36.2 |\n| 因公出国（境）费 | 4.0 |\n| 公务接待费 | 9.7 |\n"
    "| 公务用车购置及运行维护费 | 22.5 |\n| 其中：公务用车购置费 | 6.0 |\n| 公务用车运行维护费 | 16.5 |\n"
)


def test_a_row_going_on_with_a_flush_qizhong_list_is_a_part_of_the_row_above_it_not_of_the_total() -> None:
    sums = proposed(OFFICIAL, "total-parts")
    assert ("sum((4.0元 * 10000), (9.7元 * 10000), (22.5元 * 10000)) == (36.2元 * 10000)", "error") in sums
    assert not any("16.5元" in check and "36.2元" in check for check, _ in sums)


AGE_BANDS = (
    "Table 1: Residents by age band\n\n"
    "                     Mid-2024     Mid-2025      Change    % of 2025\n"
    "Age band                                                  population\n"
    "0 to 17               41,200       40,900        -300         21.4\n"
    "18 to 64             112,600      113,900       1,300         59.5\n"
    "65 and over           35,800       36,500         700         19.1\n"
    "All ages             189,600      191,300       1,700        100.0\n"
)


def test_a_rows_figures_are_read_within_its_cells_and_its_names_numbers_count_nothing() -> None:
    cells = [f.text for f in extract(AGE_BANDS, "x").document.figures if f.in_table]
    assert cells[:4] == ["41,200", "40,900", "-300", "21.4%"]
    assert "35,800" in cells and not any("over" in cell for cell in cells)
    assert "17" not in cells and "65" not in cells


def test_a_share_column_is_of_the_level_column_never_of_the_change_column_beside_it() -> None:
    shares = proposed(AGE_BANDS, "share")
    assert ("share(40,900, 191,300) == 21.4%", "error") in shares
    assert not any("-300" in check or "1,700)" in check for check, _ in shares)


INCOME = (
    "一、居民收入\n\n全年全体居民人均可支配收入41230元。人均工资性收入23870元，人均转移净收入8120元。\n\n"
    "二、居民消费\n\n全年全体居民人均消费支出27650元，其中人均居住消费支出6240元。\n\n"
    "表1  2025年居民人均收支\n"
    "指标                          绝对数（元）\n"
    "全体居民人均可支配收入             41230\n"
    "  工资性收入                       23870\n"
    "  转移净收入                        8120\n"
    "全体居民人均消费支出               27650\n"
    "  居住                              6240\n"
)


def test_a_per_head_figure_of_the_text_repeats_its_row_of_a_table_of_per_head_figures() -> None:
    repeats = [check for check, _ in proposed(INCOME, "repeated")]
    # named in another section than the table's: the figures its row names there, when they give one value
    assert "23870元 == 23870元" in repeats and "8120元 == 8120元" in repeats


WEEKLY = (
    "Average household spending in Eastfold was £482.50 a week. Food and drink took £68.20 a week.\n\n"
    "Table 2: Average weekly household spending by category\n\n"
    "Category                            £ per week\n"
    "Food and drink                           68.20\n"
    "Housing and energy                      121.40\n"
    "\n"
    "Eastfold Household Survey 2025                                    Page 4\n"
    "\n"
    "Transport                                92.10\n"
    "Other goods and services                200.80\n"
    "Total spending                          482.50\n"
)


def test_a_column_headed_by_its_currency_alone_holds_amounts_of_that_currency() -> None:
    cells = [(f.text, f.unit, f.scale) for f in extract(WEEKLY, "x").document.figures if f.in_table]
    assert cells[0] == ("£68.20", "GBP", 1)


def test_a_total_row_under_a_column_named_by_its_unit_repeats_the_figure_the_caption_names() -> None:
    # the column names no measure (| £ per week |): the caption's "household spending" does, and the page's
    # footer inside the table's span ("Eastfold Household Survey") names no row
    assert ("£482.50 == £482.50", "error") in proposed(WEEKLY, "repeated")


PHASES = (
    "Table 3: Pupils and teachers by phase\n\n"
    "| Phase | Teachers | Pupils | Pupil to teacher ratio |\n|---|---|---|---|\n"
    "| Nursery | 210 | 2,940 | 14.0 |\n| Primary | 3,120 | 64,900 | 20.8 |\n"
    "| Secondary | 2,680 | 46,110 | 17.2 |\n| Special | 540 | 3,260 | 6.0 |\n"
)


def test_an_english_ratio_column_is_one_column_over_another_row_by_row() -> None:
    checks = [check for check, _ in proposed(PHASES, "table-columns")]
    assert "64,900 / 3,120 * 1 == 20.8" in checks and len(checks) == 4


CARGO = (
    "Cargo handled at Portmere was 8.2 million tonnes in 2025.\n\n"
    "Table 2: Cargo by type (thousand tonnes)\n\n"
    "| Type | 2024 | 2025 |\n|---|---|---|\n| Bulk | 4,100 | 4,350 |\n| Containers | 2,600 | 2,710 |\n"
    "| Other | 1,050 | 1,140 |\n| Total | 7,750 | 8,200 |\n"
)


def test_a_caption_in_thousand_tonnes_gives_cells_the_tonnes_and_the_total_repeats_the_text() -> None:
    cells = [(f.unit, f.scale) for f in extract(CARGO, "x").document.figures if f.in_table]
    assert set(cells) == {("tonnes", 1000)}
    assert ("(8,200 tonnes * 1000) == 8.2 million tonnes", "error") in proposed(CARGO, "repeated")


STAFF = (
    "At 31 March 2026 the service employed 2,418.5 full-time equivalent staff, 61.0 more than a year before.\n\n"
    "Table 1: Staff in post by group (FTE)\n\n"
    "| Group | 2025 | 2026 |\n|---|---|---|\n| Firefighters | 1,602.0 | 1,640.5 |\n"
    "| Control room | 141.5 | 148.0 |\n| Support staff | 614.0 | 630.0 |\n| All staff | 2,357.5 | 2,418.5 |\n"
)


def test_a_total_row_under_a_year_column_repeats_the_figure_named_by_words_after_it() -> None:
    # "employed 2,418.5 full-time equivalent staff": the words after the figure name the caption's staff
    assert ("2,418.5 == 2,418.5", "error") in proposed(STAFF, "repeated")


TAXES = (
    "表1  一般公共预算收入决算表\n单位：万元\n\n"
    "| 项目 | 决算数 |\n|---|---|\n"
    "| 一般公共预算收入 | 86420 |\n| 一、税收收入 | 61250 |\n| 其中：增值税 | 24310 |\n"
    "| 企业所得税 | 9870 |\n| 个人所得税 | 3120 |\n| 二、非税收入 | 25170 |\n"
)


def test_a_flush_qizhong_list_under_an_enumerated_row_runs_to_the_next_enumerated_row() -> None:
    sums = proposed(TAXES, "total-parts")
    assert ("sum((24310元 * 10000), (9870元 * 10000), (3120元 * 10000)) <= (61250元 * 10000)", "error") in sums
    assert ("sum((61250元 * 10000), (25170元 * 10000)) == (86420元 * 10000)", "warning") in sums
