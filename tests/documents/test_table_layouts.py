"""Plain-text tables as pdftotext and word processors lay them out: a header on several lines, a unit line above
the table, a page break inside it, a row's name broken over two lines or run into its first figure."""

from __future__ import annotations

from factcheck.documents.structure import from_text

STACKED = (
    "表1  各法院收结案情况\n\n"
    "                 收案          结案          结案率\n"
    "  法院           （件）        （件）        （%）\n"
    "  甲区法院        1200          1000          83.33\n"
    "  乙县法院         800           700          87.50\n"
    "  合计            2000          1700          85.00\n"
)


def test_a_header_set_on_two_lines_names_each_column_with_both() -> None:
    structure = from_text(STACKED)
    (table,) = structure.tables
    headers = [table.column_header(structure.text, i) for i in range(4)]
    assert headers == ["法院", "收案（件）", "结案（件）", "结案率（%）"]
    assert table.caption is not None and structure.text[table.caption[0] : table.caption[1]] == "表1  各法院收结案情况"
    # the header's lines are the table's header row now, never headings of the text
    assert not [b for b in structure.blocks if b.kind == "heading"]


def test_a_unit_line_above_the_header_is_every_cells_unit() -> None:
    text = (
        "表2  一般公共预算收入\n"
        "                                   单位：万元\n"
        "  项目              预算数        执行数      完成预算\n"
        "                                              （%）\n"
        "  税收收入          5000          5100         102.0\n"
        "  非税收入          1000           900          90.0\n"
    )
    structure = from_text(text)
    (table,) = structure.tables
    assert table.unit == "万元"
    assert table.column_header(text, 3) == "完成预算（%）"
    markdown = "表3 支出决算表（单位：亿元）\n\n| 项目 | 支出 |\n|---|---|\n| 甲 | 1.5 |\n| 乙 | 2.5 |\n"
    assert from_text(markdown).tables[0].unit == "亿元"


PAGED = (
    "Table 5: Prisoners by establishment\n\n"
    "Establishment              Male    Female    Total\n"
    "Local                     1,200       100    1,300\n"
    "Trainer                   2,000         -    2,000\n\n"
    "Justice Statistics Bulletin                 Page 7\n\n"
    "Table 5 (continued)\n"
    "Establishment              Male    Female    Total\n"
    "Open                        400        50      450\n"
    "Young offender institution 300         20      320\n"
    "All establishments        3,900       170    4,070\n"
)


def test_a_table_goes_on_after_a_page_break_and_its_repeated_header() -> None:
    structure = from_text(PAGED, "en")
    (table,) = structure.tables
    names = [structure.text[r.cells[0][0] : r.cells[0][1]] for r in table.rows]
    assert names == ["Establishment", "Local", "Trainer", "Open", "Young offender institution", "All establishments"]
    # "Young offender institution 300": the name runs into its first figure with one space, still four cells
    assert [structure.text[a:b] for a, b in table.rows[4].cells] == ["Young offender institution", "300", "20", "320"]


def test_a_page_number_line_inside_a_table_is_no_end_of_it() -> None:
    text = STACKED.replace("  乙县法院", "                       - 3 -\n  乙县法院")
    assert len(from_text(text).tables[0].rows) == 4


def test_two_tables_apart_without_a_page_break_stay_two() -> None:
    text = "甲表\n地区    人数\n东区    12\n西区    30\n\n乙表\n地区    人数\n南区    7\n北区    9\n"
    assert len(from_text(text).tables) == 2


def test_a_rows_name_broken_over_two_lines_is_one_row() -> None:
    text = (
        "Service                  2024-25    2025-26\n"
        "Children's services         96.4      103.9\n"
        "  of which: home-to-school\n"
        "  transport                 14.2       16.8\n"
        "Corporate services          22.1       20.4\n"
    )
    structure = from_text(text, "en")
    (table,) = structure.tables
    names = [" ".join(structure.text[r.cells[0][0] : r.cells[0][1]].split()) for r in table.rows]
    assert names == ["Service", "Children's services", "of which: home-to-school transport", "Corporate services"]


def test_an_english_unit_line_or_caption_gives_every_cell_its_scale() -> None:
    rows = "Region      2024      2025\nNorth        920     1,010\nSouth        790       830\n"
    assert from_text("Journeys by region\n(thousands)\n" + rows).tables[0].unit == "thousands"
    assert from_text("Table 4: Journeys by region (in millions)\n\n" + rows).tables[0].unit == "millions"
    assert from_text("Figures are in thousands\n" + rows).tables[0].unit == "thousands"
    # a caption that names no unit, or names thousands of something else in its words, gives none
    assert from_text("Table 4: Journeys by region\n\n" + rows).tables[0].unit == ""
