"""Tables as real reports set them, second round: a unit line a blank line above a Markdown table, a money
caption, a Total row under year columns, a grand total under a 合计 column, a percentage of another column
(each of them, read wrong, missed the relations a fact-checker verifies between a table and its text)."""

from __future__ import annotations

from factcheck.extract import extract
from tests.extract.test_patterns import proposed


def test_a_unit_line_a_blank_line_above_a_markdown_table_scales_its_cells() -> None:
    text = (
        "全年粮食总产量186.42万吨，比上年增长2.1%。油料产量8.75万吨，下降3.2%。\n\n"
        "表2  2025年主要农产品产量\n\n单位：万吨\n\n"
        "| 产品名称 | 产量 | 比上年增长（%） |\n|---|---|---|\n| 粮食 | 186.42 | 2.1 |\n| 油料 | 8.75 | -3.2 |\n"
    )
    repeats = [check for check, _ in proposed(text, "repeated")]
    assert "(186.42吨 * 10000) == 186.42万吨" in repeats and "(8.75吨 * 10000) == 8.75万吨" in repeats
    assert "单位" not in " ".join(b.text for b in extract(text, "x").document.figures)


def test_a_money_caption_gives_every_cell_its_currency_and_scale() -> None:
    text = (
        "Staff costs were £438.9 million in 2024-25.\n\n"
        "Table 1: Prison service expenditure (£m)\n\n"
        "| Heading | 2023-24 | 2024-25 | Change (%) |\n|---|---|---|---|\n"
        "| Staff costs | 412.6 | 438.9 | 6.4 |\n| Estates | 118.4 | 126.0 | 6.4 |\n"
    )
    cells = {f.text: (f.scale, f.unit) for f in extract(text, "x").document.figures if f.in_table}
    assert cells["£438.9"] == (1_000_000, "GBP") and cells["6.4%"] == (1, "%")
    assert ("(£438.9 * 1000000) == £438.9 million", "error") in proposed(text, "repeated")


AIRPORT = (
    "Eastmoor Airport handled 1.84 million terminal passengers in 2025, 4.7% more than in 2024 (1.76 million).\n\n"
    "Table 1: Terminal passengers by quarter, Eastmoor Airport (thousands)\n\n"
    "| Quarter | 2024 | 2025 | % change |\n|---|---|---|---|\n"
    "| January to March | 402 | 431 | 7.2 |\n| April to June | 455 | 478 | 5.1 |\n"
    "| July to September | 512 | 530 | 3.5 |\n| October to December | 388 | 401 | 3.4 |\n"
    "| Total | 1,757 | 1,840 | 4.7 |\n"
)


def test_a_total_row_under_year_columns_repeats_the_text_figures_of_that_year() -> None:
    """The 2025 Total repeats "1.84 million" (the caption says what it counts, the sentence names 2025), and the
    row's 2024 and change cells the previous value and the change the sentence gives it."""
    repeats = proposed(AIRPORT, "repeated")
    assert ("(1,840 * 1000) == 1.84 million", "error") in repeats
    assert ("(1,757 * 1000) == 1.76 million", "error") in repeats
    assert ("4.7% == 4.7%", "error") in repeats
    # another measure, or no year named: no figure of the Total row's
    for other in ("1.84 million tonnes of cargo in 2025", "1.84 million terminal passengers last year"):
        text = AIRPORT.replace("1.84 million terminal passengers in 2025", other)
        assert not [check for check, _ in proposed(text, "repeated") if "1,840" in check]


SOCIETIES = (
    "截至2025年底，全市共登记社会组织5095个，比上年末增加135个。\n\n"
    "表1  2025年末全市社会组织登记情况\n\n单位：个\n\n"
    "| 类别 | 市级 | 县（区）级 | 合计 | 比上年末增减 |\n|---|---|---|---|---|\n"
    "| 社会团体 | 412 | 1865 | 2277 | 38 |\n| 社会服务机构 | 356 | 2431 | 2787 | 95 |\n"
    "| 基金会 | 27 | 4 | 31 | 2 |\n| 合计 | 795 | 4300 | 5095 | 135 |\n"
)


def test_the_grand_total_of_a_total_column_repeats_the_text_figure_its_caption_names() -> None:
    repeats = proposed(SOCIETIES, "repeated")
    assert ("5095个 == 5095个", "error") in repeats and ("135个 == 135个", "error") in repeats


def test_a_bracket_inside_a_header_is_no_unit_of_its_own() -> None:
    """县（区）级 holds counts in the table's 个 like the columns beside it, so each row's levels add up to 合计."""
    sums = [check for check, _ in proposed(SOCIETIES, "total-parts")]
    assert "sum(412个, 1865个) == 2277个" in sums


def test_a_percentage_of_another_column_is_their_quotient_row_by_row() -> None:
    text = (
        "Table 4: Pupils eligible for and taking free school meals, January 2025\n\n"
        "| Phase | Pupils on roll | Eligible for FSM | Taking a free meal | % of eligible taking a meal |\n"
        "|---|---|---|---|---|\n"
        "| Primary | 48,210 | 11,570 | 9,840 | 85.0 |\n| Secondary | 39,850 | 9,160 | 7,310 | 79.8 |\n"
        "| Special | 1,940 | 870 | 790 | 90.8 |\n| Total | 90,000 | 21,600 | 17,940 | 83.1 |\n"
    )
    quotients = [check for check, _ in proposed(text, "table-columns")]
    assert "share(9,840, 11,570) == 85.0%" in quotients and "share(17,940, 21,600) == 83.1%" in quotients
    assert not [check for check, _ in proposed(text, "share") if "90,000" in check or "48,210" in check]


def test_an_of_which_row_repeats_the_text_figure_of_what_it_names() -> None:
    text = (
        "Staff costs were £438.9 million, of which overtime accounted for £36.8 million.\n\n"
        "Table 1: Prison service expenditure, 2024-25\n\n"
        "| Heading | £m |\n|---|---|\n| Staff costs | 438.9 |\n| of which: overtime | 36.8 |\n"
        "| Estates | 126.0 |\n| Total | 564.9 |\n"
    )
    assert ("(£36.8 * 1000000) == £36.8 million", "error") in proposed(text, "repeated")


def test_the_first_row_is_the_whole_each_cut_under_a_label_row_adds_up_to() -> None:
    text = (
        "表5\t2025年社会消费品零售总额分类情况\n指标\t绝对额（亿元）\t比上年增长（%）\n"
        "社会消费品零售总额\t1286.5\t5.2\n按经营地分\n城镇\t1048.7\t5.0\n乡村\t237.8\t6.1\n"
        "按消费类型分\n商品零售\t1129.3\t4.8\n餐饮收入\t157.2\t8.2\n"
    )
    sums = [check for check, _ in proposed(text, "total-parts")]
    yi = "元 * 100000000)"
    assert f"sum((1048.7{yi}, (237.8{yi}) == (1286.5{yi}" in sums
    assert f"sum((1129.3{yi}, (157.2{yi}) == (1286.5{yi}" in sums
    assert not [check for check in sums if f"(237.8{yi}, (1129.3" in check]  # two cuts never summed together


LOANS = (
    "表3  2025年末金融机构本外币存贷款余额\n\n单位：亿元\n\n"
    "| 指标 | 年末余额 | 比年初增减 | 同比增长（%） |\n|---|---|---|---|\n"
    "| 各项贷款 | 2876.1 | 214.5 | 8.1 |\n| 其中：住户贷款 | 1032.4 | 45.2 | 4.6 |\n"
    "| 企（事）业单位贷款 | 1829.5 | 170.6 | 10.3 |\n| 其中：中长期贷款 | 1376.2 | 142.8 | 11.6 |\n"
)


def test_a_change_column_of_amounts_is_in_the_tables_unit() -> None:
    """| 比年初增减 | under 单位：亿元 holds 亿元 like the balance beside it (read bare, each growth check failed)."""
    cells = {f.text: f.scale for f in extract(LOANS, "x").document.figures if f.in_table}
    assert cells["214.5元"] == cells["2876.1元"] == 100_000_000 and cells["8.1%"] == 1


def test_a_second_qizhong_row_sets_in_under_the_row_above_it() -> None:
    """其中：中长期贷款 after 企（事）业单位贷款 is a part of that row, never a third part of 各项贷款."""
    sums = [check for check, _ in proposed(LOANS, "total-parts")]
    assert not [check for check in sums if "1376.2" in check and "1032.4" in check]
    assert [check for check in sums if check.startswith("sum((1032.4元 * 100000000), (1829.5元 * 100000000)) <=")]


def test_an_english_row_after_an_of_which_row_goes_on_with_it_only_when_named_alike() -> None:
    text = (
        "Staff group\tHeadcount\tFTE\nNurses\t5,320\t4,811.7\nof which: mental health nurses\t1,105\t1,020.3\n"
        "Midwives\t410\t352.8\nDoctors\t2,140\t1,986.4\nAll staff\t7,870\t7,150.9\n"
    )
    sums = [check for check, _ in proposed(text, "total-parts")]
    assert not [check for check in sums if "1,105, 410" in check]  # midwives are no mental health nurses
    assert "sum(5,320, 410, 2,140) == 7,870" in sums


def test_a_footnote_mark_in_a_header_is_no_unit_of_its_cells() -> None:
    text = (
        "                 Bulk           Container\n"
        "Month            cargo(1)       traffic\n"
        "January             412            288\nFebruary            398            301\n"
        "March               441            315\n"
    )
    cells = [f.text for f in extract(text, "x").document.figures if f.in_table and f.row]
    assert cells == ["412", "288", "398", "301", "441", "315"]  # never 4121: the (1) is no unit to append


def test_a_note_that_a_column_does_not_sum_leaves_its_total_unsummed() -> None:
    text = (
        "Table 2\tNHS staff, September 2025\nStaff group\tHeadcount\tFTE\nDoctors\t2,140\t1,986.4\n"
        "Nurses\t5,320\t4,811.7\nMidwives\t410\t352.8\nAll staff\t7,800\t7,150.9\n\n"
        "Note: a person working in more than one staff group is counted in each, so headcounts do not sum to "
        "All staff.\n"
    )
    sums = [check for check, _ in proposed(text, "total-parts")]
    assert "sum(1,986.4, 4,811.7, 352.8) == 7,150.9" in sums
    assert not [check for check in sums if "7,800" in check]


def test_a_row_repeats_the_text_figure_whose_label_adds_the_columns_balance_or_drops_a_year_end() -> None:
    text = (
        "年末金融机构本外币各项存款余额3250.6亿元。年末生猪存栏148.6万头，下降0.9%。\n\n"
        "表3\t2025年主要指标\n指标\t单位\t年末数\t比上年增长（%）\n各项存款\t亿元\t3250.6\t9.0\n"
        "年末生猪存栏\t万头\t148.6\t-0.9\n生猪出栏\t万头\t205.3\t2.8\n"
    )
    repeats = [check for check, _ in proposed(text, "repeated")]
    assert "(3250.6元 * 100000000) == 3250.6亿元" in repeats
    assert "(148.6头 * 10000) == 148.6万头" in repeats and "-0.9% == -0.9%" in repeats


def test_a_caption_in_thousand_tonnes_scales_every_column_a_footnote_mark_heads_too() -> None:
    """ "(thousand tonnes)" makes every cell thousands, "Bulk cargo(1)" as well: its (1) is a note, not a unit
    of its own, so a row's cells add up in one scale."""
    text = (
        "Table 5  Freight handled at Harmouth port, by month, 2025 (thousand tonnes)\n\n"
        "                 Bulk           Container      All\n"
        "Month            cargo(1)       traffic        freight\n"
        "January             412            288           700\nFebruary            398            301           699\n"
        "March               441            315           756\n"
    )
    cells = {f.text.split()[0]: f for f in extract(text, "x").document.figures if f.in_table and f.row}
    assert cells["412"].scale == cells["288"].scale == cells["700"].scale == 1000
    assert cells["412"].unit == cells["700"].unit == "tonnes"  # tables3: and in tonnes, as the caption says


def test_a_share_column_of_the_rows_a_total_sums_adds_up_to_its_hundred() -> None:
    text = (
        "Table 2: Terminal passengers by type of route, 2025 (thousands)\n\n"
        "| Route type | Passengers | % of total | Flights |\n|---|---|---|---|\n"
        "| Domestic | 612 | 33.3 | 5,210 |\n| EU international | 904 | 49.1 | 6,020 |\n"
        "| Other international | 324 | 17.6 | 1,880 |\n| Total | 1,840 | 100.0 | 13,110 |\n"
    )
    assert proposed(text, "structure-ratio") == [("sum(33.3%, 49.1%, 17.6%) == 100.0%", "error")]
    # a share column beside no total row's 100 (shares of a whole outside the table) is summed nowhere
    other = text.replace("| 100.0 |", "| 41.5 |")
    assert proposed(other, "structure-ratio") == []


def test_a_total_row_under_month_columns_repeats_the_text_figure_of_that_month() -> None:
    """ "Retail sales in December were £402 million" names the December column (no row of the table)."""
    text = (
        "Retail sales in December were £402 million.\n\n"
        "Table 2\tRetail sales by month and sector (£ million)\nSector\tOctober\tNovember\tDecember\n"
        "Food stores\t158\t161\t171\nNon-food stores\t119\t131\t148\nOther\t89\t94\t83\nAll retailing\t366\t386\t402\n"
    )
    assert proposed(text, "repeated") == [("(£402 * 1000000) == £402 million", "error")]


def test_a_total_row_under_a_chinese_year_column_repeats_the_text_figure_it_counts() -> None:
    text = (
        "年末全市国家级科技型中小企业2418家，比上年增加306家。\n\n表2  科技型中小企业按技术领域分布情况\n\n"
        "| 技术领域 | 2024年企业数（家） | 2025年企业数（家） |\n|---|---|---|\n"
        "| 电子信息 | 705 | 812 |\n| 新材料 | 262 | 298 |\n| 其他领域 | 1145 | 1308 |\n| 合计 | 2112 | 2418 |\n"
    )
    repeats = proposed(text, "repeated")
    assert ("2418家 == 2418家", "error") in repeats
    assert ("(2418家 - 2112家) == 306家", "error") in repeats  # the row's two years differ by the text's change


def test_a_dash_in_a_row_is_nil_and_the_rows_other_cells_add_up_to_its_total_column() -> None:
    text = (
        "Month        Bulk      Containers     Roll-on     All freight\n"
        "January       412         288           96           796\n"
        "February      398         301           —            699\n"
        "March         441         315          102           858\n"
    )
    sums = [check for check, _ in proposed(text, "total-parts")]
    assert "sum(398, 301) <= 699" in sums
