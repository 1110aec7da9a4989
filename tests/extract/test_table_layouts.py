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
