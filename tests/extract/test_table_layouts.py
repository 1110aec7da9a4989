"""Relations of tables laid out as real reports lay them out: a unit in the caption, a header on two lines, a
page break inside the table (each of them, read wrong, raised false alarms)."""

from __future__ import annotations

from pathlib import Path

from factcheck.documents import read_document
from factcheck.documents.structure import from_text
from factcheck.extract import extract
from tests.extract.test_patterns import proposed


def test_a_unit_in_the_caption_scales_the_cells_the_text_repeats() -> None:
    text = (
        "2025年度支出合计512.40万元。\n\n"
        "表3  支出决算表（单位：万元）\n\n"
        "| 项目 | 支出合计 | 基本支出 | 项目支出 |\n|---|---|---|---|\n"
        "| 农林水支出 | 400.00 | 150.00 | 250.00 |\n| 卫生健康支出 | 112.40 | 60.40 | 52.00 |\n"
        "| 合计 | 512.40 | 210.40 | 302.00 |\n"
    )
    assert proposed(text, "repeated") == [("(512.40元 * 10000) == 512.40万元", "error")]
    cells = {f.text: f.scale for f in extract(text, "x").document.figures if f.in_table}
    assert cells["400.00元"] == 10000


def test_a_rate_column_under_a_header_on_two_lines_is_never_summed() -> None:
    text = (
        "表1  各法院收结案情况\n\n"
        "                 收案          结案          结案率\n"
        "  法院           （件）        （件）        （%）\n"
        "  甲区法院        1200          1000          83.33\n"
        "  乙县法院         800           700          87.50\n"
        "  丙县法院         500           400          80.00\n"
        "  合计            2500          2100          84.00\n"
    )
    sums = [check for check, _ in proposed(text, "total-parts")]
    assert "sum(1200件, 800件, 500件) == 2500件" in sums
    assert not [check for check in sums if "83.33" in check]


def test_a_table_split_by_a_page_number_sums_all_its_rows() -> None:
    text = (
        "地区          事故起数      死亡人数\n"
        "东区              12             9\n"
        "西区               8             6\n"
        "                 - 3 -\n"
        "南区               5             4\n"
        "合计              25            19\n"
    )
    sums = [check for check, _ in proposed(text, "total-parts")]
    assert "sum(12, 8, 5) == 25" in sums and "sum(9, 6, 4) == 19" in sums
    assert not [check for check in sums if check.startswith("sum(5, ")]


SENTENCED = (
    "Table 4: Defendants sentenced by offence group\n\n"
    "| Offence group | Sentenced | Immediate custody | Custody rate (%) | % of all sentenced |\n|---|---|---|---|---|\n"
    "| Violence | 400 | 200 | 50.0 | 40.0 |\n| Drugs | 300 | 180 | 60.0 | 30.0 |\n"
    "| Fraud | 100 | [x] | [x] | 10.0 |\n| Other | 200 | 60 | 30.0 | 20.0 |\n| Total | 1,000 | 470 | 47.0 | 100.0 |\n"
)


def test_an_english_share_column_is_of_the_column_it_names() -> None:
    """The share column "% of all sentenced" divides the Sentenced column, not Immediate custody on its left."""
    shares = [check for check, _ in proposed(SENTENCED, "share")]
    assert "share(400, 1,000) == 40.0%" in shares
    assert not [check for check in shares if "470" in check]


def test_a_column_with_a_suppressed_cell_is_only_within_its_total() -> None:
    sums = [check for check, _ in proposed(SENTENCED, "total-parts")]
    assert "sum(200, 180, 60) <= 470" in sums
    assert not [check for check in sums if check.startswith("sum(200, 180, 60) ==")]
    assert "sum(400, 300, 100, 200) == 1,000" in sums  # the column with no cell left out still adds up


def test_a_rate_column_is_the_quotient_of_the_two_columns_its_rows_bear_out() -> None:
    assert proposed(SENTENCED, "table-columns") == [
        ("share(200, 400) == 50.0%", "error"),
        ("share(180, 300) == 60.0%", "error"),
        ("share(60, 200) == 30.0%", "error"),
        ("share(470, 1,000) == 47.0%", "error"),
    ]


def test_a_rate_per_1000_column_over_a_population_in_thousands() -> None:
    text = (
        "Area\tPopulation (thousands)\tOffences\tRate per 1,000 population\n"
        "Ashby\t120.0\t9,600\t80.0\nBrent\t90.0\t6,300\t70.0\nCarrow\t200.0\t19,000\t95.0\nDunmere\t80.0\t4,400\t60.0\n"
    )
    checks = [check for check, _ in proposed(text, "table-columns")]
    # the population column holds thousands: each cell times 1000, and the rate is per 1,000 of them
    assert checks[:2] == ["9,600 / (120.0 * 1000) * 1000 == 80.0", "6,300 / (90.0 * 1000) * 1000 == 70.0"]
    # Dunmere's 60.0 is not 4,400 / 80.0 (55.0): one row the other rows contradict is checked all the same
    assert "4,400 / (80.0 * 1000) * 1000 == 60.0" in checks


def test_a_growth_column_beside_a_balance_and_its_increase() -> None:
    text = (
        "| 指标 | 年末余额（亿元） | 比年初增加（亿元） | 比上年末增长（%） |\n|---|---|---|---|\n"
        "| 各项存款 | 110.0 | 10.0 | 10.0 |\n| 住户存款 | 63.0 | 3.0 | 5.0 |\n| 企业存款 | 44.0 | 4.0 | 10.0 |\n"
    )
    first = "change((110.0元 * 100000000), (110.0元 * 100000000) - (10.0元 * 100000000)) == 10.0%"
    assert proposed(text, "table-columns")[0] == (first, "error")


def test_a_rate_column_no_pair_of_columns_explains_proposes_nothing() -> None:
    text = (
        "| 法院 | 收案 | 结案 | 结案率（%） |\n|---|---|---|---|\n"
        "| 甲 | 100 | 90 | 71.0 |\n| 乙 | 200 | 150 | 66.0 |\n| 丙 | 300 | 240 | 92.0 |\n"
    )
    assert proposed(text, "table-columns") == []


def test_the_text_after_a_table_repeats_its_cells_and_a_footnote_mark_is_no_part_of_a_rows_name() -> None:
    text = (
        "表2  主要产品产量\n产品名称\t单位\t产量\n发电量\t亿千瓦时\t46.28\n水泥\t万吨\t352.10\n服装¹\t万件\t1564.2\n\n"
        "注：¹含针织服装。\n\n全年发电量46.28亿千瓦时；服装产量1564.2万件。\n"
    )
    repeats = [check for check, _ in proposed(text, "repeated")]
    assert "(46.28千瓦时 * 100000000) == 46.28亿千瓦时" in repeats
    assert "(1564.2件 * 10000) == 1564.2万件" in repeats


def test_an_enumerated_total_row_totals_the_rows_of_its_own_enumerator() -> None:
    text = (
        "| 项目 | 数量 |\n|---|---|\n| 一、本年新收申请 | 186 |\n| 二、上年结转申请 | 7 |\n"
        "| （一）予以公开 | 94 |\n| （二）部分公开 | 23 |\n| （三）不予公开 | 64 |\n| （四）总计 | 181 |\n"
        "| 三、结转下年度继续办理 | 12 |\n"
    )
    sums = [check for check, _ in proposed(text, "total-parts")]
    assert "sum(94, 23, 64) == 181" in sums
    assert not [check for check in sums if "186" in check or "12)" in check]


def test_a_column_headed_as_a_total_of_its_kind_totals_the_columns_beside_it() -> None:
    text = (
        "| 项目 | 支出合计 | 基本支出 | 项目支出 |\n|---|---|---|---|\n"
        "| 农林水支出 | 400.00 | 150.00 | 250.00 |\n| 卫生健康支出 | 112.40 | 60.40 | 52.00 |\n"
        "| 住房保障支出 | 43.36 | 14.80 | 28.56 |\n"
    )
    assert "sum(150.00, 250.00) == 400.00" in [check for check, _ in proposed(text, "total-parts")]


def test_a_row_repeats_a_text_figure_whose_label_ends_with_its_name_and_whose_own_words_name_no_column() -> None:
    text = (
        "全县一般公共预算收入完成19.14亿元，为预算的102.9%；金融机构本外币各项存款余额2865.4亿元。\n\n"
        "表2  2025年收支情况\n                                单位：万元\n"
        "  项目                  预算数        执行数      完成预算\n"
        "                                                  （%）\n"
        "  一般公共预算收入      186000        191360       102.9\n"
        "  税收收入              132000        136480       103.4\n"
        "  非税收入               54000         54880       101.6\n"
        "  各项存款余额        28000000      28654000       102.3\n"
    )
    repeats = [check for check, _ in proposed(text, "repeated")]
    assert "(191360元 * 10000) == 19.14亿元" in repeats  # 预算 in 一般公共预算收入 is no word of the 预算数 column
    assert "(28654000元 * 10000) == 2865.4亿元" in repeats
    # the unit line and the header's lines are the table's, never a heading that puts it in a section of its own
    assert all(b.kind != "heading" for b in extract(text, "x").document.structure.blocks)


def test_a_share_in_the_text_repeats_no_cell_of_a_completion_column() -> None:
    text = (
        "全县一般公共预算收入完成19.14亿元，其中税收收入13.65亿元，占一般公共预算收入的71.3%。\n\n"
        "表2  2025年收入情况（单位：万元）\n\n"
        "| 项目 | 预算数 | 执行数 | 完成预算（%） |\n|---|---|---|---|\n"
        "| 一般公共预算收入 | 186000 | 191360 | 102.9 |\n| 税收收入 | 132000 | 136480 | 103.4 |\n"
        "| 非税收入 | 54000 | 54880 | 101.6 |\n"
    )
    repeats = [check for check, _ in proposed(text, "repeated")]
    assert "(136480元 * 10000) == 13.65亿元" in repeats
    assert not [check for check in repeats if "71.3%" in check]


def test_a_second_sentence_on_a_line_that_opens_with_a_rows_name_speaks_of_that_row() -> None:
    text = (
        "The prison population stood at 4,070. Trainer prisons held 2,320 men, more than any other type.\n\n"
        "Table 5: Prisoners by establishment\n\n| Establishment | Prisoners |\n|---|---|\n"
        "| Local | 1,300 |\n| Trainer | 2,320 |\n| Open | 450 |\n| Total | 4,070 |\n"
    )
    assert ("trainer_prisoners == men", "warning") in [
        (s.check, s.severity) for s in extract(text, "x", None, "en").suggestions if s.pattern == "repeated"
    ]


UNNAMED = (
    "Area\tPopulation (thousands)\tOffences\tRate per 1,000 population\n"
    "Ashby\t120.0\t9,600\t80.0\nBrent\t90.0\t6,300\t70.0\nCarrow\t200.0\t19,000\t95.0\nDunmere\t80.0\t4,400\t55.0\n"
    "Harwick force area\t490.0\t39,300\t80.2\n"
)


def test_a_last_row_the_rows_above_add_up_to_is_their_total_though_unnamed() -> None:
    sums = [check for check, _ in proposed(UNNAMED, "total-parts")]
    assert "sum((120.0 * 1000), (90.0 * 1000), (200.0 * 1000), (80.0 * 1000)) == (490.0 * 1000)" in sums  # thousands
    assert "sum(9,600, 6,300, 19,000, 4,400) == 39,300" in sums
    assert not [check for check in sums if "80.2" in check]  # the rate column is never summed
    # one column of three off: still a total (its other columns add up), so the slip is an error
    slipped = (
        "Area\tOffences\tArrests\tCharges\nAshby\t9,600\t1,200\t700\nBrent\t6,300\t800\t500\n"
        "Carrow\t19,000\t2,100\t1,300\nForce area\t34,900\t4,100\t2,600\n"
    )
    assert ("sum(700, 500, 1,300) == 2,600", "error") in proposed(slipped, "total-parts")


def test_a_last_row_that_adds_up_in_one_column_only_totals_nothing() -> None:
    text = UNNAMED.replace("490.0", "95.0")
    assert not [check for check, _ in proposed(text, "total-parts") if "==" in check]


POPULATION = (
    "年末全县常住人口96.48万人，其中城镇常住人口58.32万人。\n\n"
    "| 指标 | 年末数（万人） | 比重（%） |\n|---|---|---|\n"
    "| 常住人口 | 96.48 | 100.0 |\n| 其中：城镇 | 58.32 | 60.4 |\n| 乡村 | 38.16 | 39.6 |\n"
    "| 其中：男性 | 49.15 | 50.9 |\n| 女性 | 47.33 | 49.1 |\n"
    "| 其中：0—15岁 | 16.87 | 17.5 |\n| 16—59岁 | 58.94 | 61.1 |\n| 60岁及以上 | 20.67 | 21.4 |\n"
    "| 其中：65岁及以上 | 14.26 | 14.8 |\n"
)


def test_each_cut_of_a_communique_table_is_summed_to_the_row_above_them_all() -> None:
    """By residence, then by sex, then by age: each 其中 list adds up to 常住人口, never one cut under another."""
    sums = [check.replace("人 * 10000)", ")") for check, _ in proposed(POPULATION, "total-parts")]
    assert "sum((58.32), (38.16)) == (96.48)" in sums
    assert "sum((49.15), (47.33)) == (96.48)" in sums
    assert "sum((16.87), (58.94), (20.67)) == (96.48)" in sums
    assert "(14.26) <= (20.67)" in sums  # 65 and over within 60 and over
    assert not [check for check in sums if "(49.15" in check and ("(38.16" in check or "(58.32" in check)]


def test_a_text_figure_qualified_by_another_rows_name_repeats_that_row_only() -> None:
    repeats = [check for check, _ in proposed(POPULATION, "repeated")]
    assert "(96.48人 * 10000) == 96.48万人" in repeats
    assert not [check for check in repeats if check.startswith("(96.48") and "58.32" in check]


COUNTIES = (
    "全市共发生生产安全事故86起、死亡71人。石门县发生事故25起、死亡22人。\n\n"
    "  县（市、区）     事故起数    其中：较大事故    死亡人数\n"
    "  合计                 86              3             71\n"
    "  青山区               21              1             17\n"
    "  柳河县               18              0             15\n"
    "  石门县               25              2             22\n"
    "  云溪市辖区           22              0             17\n"
)


def test_a_row_named_for_a_place_repeats_that_places_figures_column_by_column() -> None:
    repeats = [check for check, _ in proposed(COUNTIES, "repeated")]
    assert "25 == 25起" in repeats and "22 == 22人" in repeats
    assert not [check for check in repeats if check.startswith("2 ==")]  # the 较大事故 cell repeats nothing


def test_a_places_figure_naming_two_columns_and_equal_to_neither_repeats_no_cell() -> None:
    repeats = [check for check, _ in proposed(COUNTIES.replace("事故25起", "事故26起"), "repeated")]
    assert not [check for check in repeats if "26起" in check]


def test_a_column_headed_with_qizhong_is_a_part_of_the_column_before_it_in_each_row() -> None:
    sums = [check for check, _ in proposed(COUNTIES, "total-parts")]
    assert "1 <= 21" in sums and "2 <= 25" in sums and "3 <= 86" in sums
    assert not [check for check in sums if check.startswith(("17 <=", "sum(21, 1,"))]  # deaths are no part of accidents


def test_a_share_of_the_text_repeats_the_cell_of_a_percentage_column_of_its_row() -> None:
    text = POPULATION.replace("58.32万人。", "58.32万人。60岁及以上人口20.67万人，占21.4%。")
    assert "21.4% == 21.4%" in [check for check, _ in proposed(text, "repeated")]
    # 常住人口城镇化率 is the 城镇 row's share, never the 100.0 of the 常住人口 row
    population = POPULATION.replace("其中城镇常住人口58.32万人", "常住人口城镇化率为60.4%")
    assert not [check for check, _ in proposed(population, "repeated") if "60.4%" in check and "100" in check]


def test_an_english_money_column_in_millions_holds_pounds_times_a_million() -> None:
    text = (
        "Adult social care accounts for £151.3 million of the budget.\n\n"
        "| Service | 2024-25 outturn £m | 2025-26 budget £m | Cost per head (£000) |\n|---|---|---|---|\n"
        "| Adult social care | 142.6 | 151.3 | 2.1 |\n| Children's services | 96.4 | 103.9 | 1.4 |\n"
    )
    cells = {f.text: f.scale for f in extract(text, "x", None, "en").document.figures if f.in_table}
    assert cells["£151.3"] == 1_000_000 and cells["£142.6"] == 1_000_000 and cells["£2.1"] == 1_000
    repeats = [check for check, _ in proposed(text, "repeated")]
    assert repeats == ["(£151.3 * 1000000) == £151.3 million"]


def test_the_text_after_a_table_of_bare_counts_repeats_a_row_and_its_other_column() -> None:
    text = (
        "表1  分行业事故情况\n行业领域\t事故起数\t死亡人数\n道路交通\t38\t31\n建筑施工\t9\t8\n"
        "工矿商贸\t7\t7\n合计\t54\t46\n\n"
        "道路交通事故38起、死亡31人，是事故最多的行业。\n"
    )
    repeats = [check for check, _ in proposed(text, "repeated")]
    assert "38 == 38起" in repeats and "31 == 31人" in repeats


def test_a_note_that_the_total_includes_rows_not_shown_leaves_the_column_within_it() -> None:
    text = (
        "| District | Offences |\n|---|---|\n| Ashby | 3,120 |\n| Brent | 2,480 |\n| Carrow | 4,410 |\n"
        "| Total | 10,300 |\n\nNote: the total includes 290 offences that could not be allocated to a district.\n"
    )
    sums = [check for check, _ in proposed(text, "total-parts")]
    assert sums == ["sum(3,120, 2,480, 4,410) <= 10,300"]
    chinese = (
        "表3  各县收入\n单位：亿元\n地区\t收入\n东城区\t18.36\n西江县\t12.75\n南岭县\t9.84\n全市\t75.15\n\n"
        "注：全市合计数含市本级收入34.20亿元。\n"
    )
    assert not [check for check, _ in proposed(chinese, "total-parts") if "==" in check]
    assert from_text(chinese).tables[0].unit == "亿元"


def test_a_note_that_figures_are_rounded_makes_the_column_sum_a_warning() -> None:
    text = (
        "| Region | Spending (£m) |\n|---|---|\n| North | 12.4 |\n| South | 20.1 |\n| West | 7.6 |\n"
        "| Total | 40.2 |\n\nNote: figures may not sum to the totals because of rounding.\n"
    )
    summed = "sum((£12.4 * 1000000), (£20.1 * 1000000), (£7.6 * 1000000)) == (£40.2 * 1000000)"
    assert (summed, "warning") in proposed(text, "total-parts")


def test_a_markdown_table_under_a_unit_line_scales_its_cells(tmp_path: Path) -> None:
    # a Markdown table (rows from its markup) takes its unit from the line above it, as a plain one does
    path = tmp_path / "budget.md"
    path.write_text(
        "# 财政收支\n\n全市一般公共预算收入58.6亿元。\n\n单位：万元\n\n"
        "| 地区 | 收入 |\n|---|---:|\n| 东区 | 312000 |\n| 西区 | 274000 |\n| 合计 | 586000 |\n",
        "utf-8",
    )
    extraction = extract(read_document(path), "budget")
    assert {f.text: f.scale for f in extraction.document.figures if f.in_table}["586000元"] == 10000
    repeated = [s.check for s in extraction.suggestions if s.pattern == "repeated"]
    assert repeated == ["(heji_shouru * 10000) == yusuan_shouru"]


def test_an_english_table_in_thousands_scales_its_counts_but_not_its_rates() -> None:
    text = (
        "Table 2: Passenger journeys by operator (thousands)\n\n"
        "| Operator | Journeys | Change % |\n|---|---|---|\n"
        "| Northline | 1,010 | 9.8 |\n| Coastway | 830 | 5.1 |\n| Total | 1,840 | 7.6 |\n"
    )
    scales = {f.text: f.scale for f in extract(text, "x").document.figures if f.in_table}
    assert scales["1,840"] == 1000 and scales["1,010"] == 1000
    assert scales["7.6%"] in (None, 1)
