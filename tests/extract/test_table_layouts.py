"""Relations of tables laid out as real reports lay them out: a unit in the caption, a header on two lines, a
page break inside the table (each of them, read wrong, raised false alarms)."""

from __future__ import annotations

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
    assert checks[:2] == ["9,600 / 120.0 * 1 == 80.0", "6,300 / 90.0 * 1 == 70.0"]
    # Dunmere's 60.0 is not 4,400 / 80.0 (55.0): one row the other rows contradict is checked all the same
    assert "4,400 / 80.0 * 1 == 60.0" in checks


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
