"""PDF reports as agencies publish them: unruled tables, note marks, pages without text, two columns."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from factcheck.cli import cli
from factcheck.documents import read_document
from factcheck.quantity import find_quantities
from tests.documents.writers import communique_blocks, write_pdf

LONG = "全市法院受理案件33374件,审执结32593件,审判执行质效连续三年进入全省法院第一方阵。" * 3


def _where(document: Any, needle: str) -> str:
    return str(document.locate(document.text.index(needle)))


def test_an_unruled_table_comes_through_as_rows_of_cells(tmp_path: Path) -> None:
    blocks = [
        ("p", "全年规模以上工业增加值增长5.2%。"),
        ("grid", [["指标", "绝对数", "增长(%)"], ["粮食(万吨)", "143972", "2.1"], ["油料(吨)", "2,850", "-1.2"]]),
        ("p", "注：本表为初步数。"),
    ]
    document = read_document(write_pdf(tmp_path / "a.pdf", blocks, page_numbers=False))
    assert document.text.splitlines() == [
        "全年规模以上工业增加值增长5.2%。",
        "指标 | 绝对数 | 增长(%)",
        "粮食(万吨) | 143972 | 2.1",
        "油料(吨) | 2,850 | -1.2",
        "注：本表为初步数。",
    ]
    (table,) = document.tables
    assert [[document.text[s:e] for s, e in row.cells] for row in table.rows][1] == ["粮食(万吨)", "143972", "2.1"]
    # each cell keeps its own place on the line: the figure, not the row's first cell
    assert _where(document, "143972") == "p1:3"
    assert document.locate(document.text.index("143972")).column > 1


def test_a_note_mark_never_joins_the_figure_it_follows(tmp_path: Path) -> None:
    blocks = [
        ("p", "破获刑事案件1759^3^起，同比上升5.3%^1^。"),
        ("p", "The total rose to 1,230,100^1^ at yearend, on 12 km^2^ of land."),
        ("p", "^1^按可比口径计算。"),
    ]
    document = read_document(write_pdf(tmp_path / "a.pdf", blocks, page_numbers=False))
    assert document.text.splitlines() == [
        "破获刑事案件1759起，同比上升5.3%。",
        "The total rose to 1,230,100 at yearend, on 12 km² of land.",
        "按可比口径计算。",
    ]
    figures = {q.text for q in find_quantities(document.text)}
    assert {"1759起", "5.3%", "1,230,100"} <= figures
    assert not figures & {"17593起", "5.3%1", "1,230,1001"}


def test_pages_without_a_text_layer_are_named_not_skipped_silently(tmp_path: Path) -> None:
    blocks = [("p", "第一页：全市共破获案件1759起。"), ("scan", None), ("p", "第三页：查封资产6.706亿元。")]
    path = write_pdf(tmp_path / "report.pdf", blocks, page_numbers=False)
    document = read_document(path)
    assert document.text.splitlines() == ["第一页：全市共破获案件1759起。", "第三页：查封资产6.706亿元。"]
    assert _where(document, "第三页") == "p3:1"
    (note,) = document.notes
    assert "page 2 has no text layer" in note and "not read" in note and "ocrmypdf" in note
    result = CliRunner().invoke(cli, ["scan", str(path), "--format", "json"])
    assert result.exit_code in (0, 1), result.output
    assert "page 2 has no text layer" in result.stderr
    assert "page 2" not in result.stdout


def test_two_column_lines_count_within_their_column(tmp_path: Path) -> None:
    blocks = [("h", "政法工作综述")] + [("p", f"第{n}段。{LONG}") for n in range(1, 9)]
    document = read_document(write_pdf(tmp_path / "a.pdf", blocks, columns=2, page_numbers=False))
    places = [_where(document, f"第{n}段") for n in range(1, 9)]
    assert _where(document, "政法工作综述") == "p1:L:1"  # the title, set in the left column
    assert places[0] == "p1:L:2"
    right = [p for p in places if p.startswith("p1:R:")]
    assert right, places
    left_numbers = [int(p.rsplit(":", 1)[1]) for p in places if p.startswith("p1:L:")]
    right_numbers = [int(p.rsplit(":", 1)[1]) for p in right]
    assert left_numbers == sorted(left_numbers) and right_numbers == sorted(right_numbers)
    assert right_numbers[0] < left_numbers[-1]  # the right column counts from the top again


def test_a_long_communique_reads_every_table(tmp_path: Path) -> None:
    path = write_pdf(tmp_path / "c.pdf", communique_blocks(12), header="某市统计局")
    document = read_document(path)
    assert len(document.tables) == 24  # a ruled and an unruled table per section
    assert "营业收入 | 1440.4 | 2.1" in document.text.splitlines()
    assert "某市统计局" not in document.text


def test_a_line_across_both_columns_counts_in_each() -> None:
    from factcheck.documents.pdf import _Line, _number

    def line(top: float, side: str) -> _Line:
        return _Line(1, top, top + 10, 0, 10, 10, side)

    lines = [line(10, "full"), line(30, "left"), line(30, "right"), line(45, "left"), line(80, "full")]
    _number(lines)
    assert [(item.part, item.number) for item in lines] == [(None, 1), ("L", 2), ("R", 2), ("L", 3), (None, 4)]


def _tight_table_pdf(path: Path, title: str, rows: list[list[str]], after: str) -> Path:
    """A PDF as a report generator sets a table: no ruling lines, cells only their padding apart (reportlab's
    default Table), so a long label stands about a character from its first figure."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    style = getSampleStyleSheet()["Normal"]
    style.fontName = "STSong-Light"
    table = Table(rows)
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "STSong-Light")]))
    story = [Paragraph(title, style), Spacer(1, 12), table, Spacer(1, 12), Paragraph(after, style)]
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(story)
    return path


_TIGHT_TABLES = {
    "en": [
        ["Offence", "2024", "2025", "Change (%)"],
        ["Burglary", "3,000", "3,100", "3.3"],
        ["Theft", "6,040", "6,200", "2.6"],
        ["Violence", "3,000", "3,300", "10.0"],
        ["Total", "12,040", "12,600", "4.7"],
    ],
    "zh": [
        ["指标", "单位", "绝对数", "比上年增长(%)"],
        ["粮食总产量", "万吨", "143.9", "2.1"],
        ["油料", "万吨", "28.5", "-1.2"],
        ["规模以上工业增加值", "亿元", "1,234.5", "5.2"],
    ],
}


@pytest.mark.parametrize("language", sorted(_TIGHT_TABLES))
def test_a_tight_table_keeps_every_label_apart_from_its_figures(tmp_path: Path, language: str) -> None:
    rows = _TIGHT_TABLES[language]
    path = _tight_table_pdf(tmp_path / "a.pdf", "Recorded figures", rows, "Figures are provisional.")
    document = read_document(path)
    (table,) = document.tables  # one table, never split where a row's label ran into its figure
    assert [[document.text[s:e] for s, e in row.cells] for row in table.rows] == rows
    result = CliRunner().invoke(cli, ["scan", str(path)])
    assert result.exit_code == 0, result.output  # "Burglary 3,000" as one cell dropped a part: false errors
    assert "0 fail" in result.output


def test_justified_prose_in_a_narrow_column_is_never_a_table(tmp_path: Path) -> None:
    """Justification stretches a short line's spaces past a character; two such lines one under the other
    (``compared   with   11,800`` over ``thousand   in   2024;``) once came through as a table of two rows."""
    from reportlab.lib.enums import TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph

    style = getSampleStyleSheet()["Normal"]
    style.alignment = TA_JUSTIFY
    text = (
        "The department's expenditure on administration increased considerably, reaching 12,400 thousand pounds in "
        "2025 compared with 11,800 thousand in 2024; notwithstanding extraordinary circumstances, characteristically "
        "comprehensive internationalisation programmes and 3,400 acknowledgements were recorded. "
    ) * 3
    path = tmp_path / "a.pdf"
    doc = BaseDocTemplate(str(path), pagesize=A4, invariant=1)
    doc.addPageTemplates([PageTemplate(frames=[Frame(50, 50, 150, 700)])])
    doc.build([Paragraph(text, style)])
    document = read_document(path)
    assert not document.tables
    assert "compared with 11,800 thousand in 2024" in " ".join(document.text.split())


def _drawn_pdf(path: Path, lines: Sequence[tuple[float, float, str, bool]]) -> Path:
    """A page of lines drawn where given: (y from the top, x, text, set right-aligned at x)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    pdf.setFont("Helvetica", 10)
    for top, x, text, right in lines:
        (pdf.drawRightString if right else pdf.drawString)(x, A4[1] - top, text)
    pdf.save()
    return path


@pytest.mark.parametrize("word", ["September,", "improvement"])
def test_a_ragged_right_paragraph_joins_where_a_long_first_word_did_not_fit(tmp_path: Path, word: str) -> None:
    """Set ragged right, a line ends short by the width of the next line's first word and a space; when that
    word is long and wide ("September,", "improvement": its width guessed from the line's average letter comes out
    short) the gap once read as a paragraph's end, and a sentence's figures were split into two paragraphs."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    def width(text: str) -> float:
        return stringWidth(text, "Helvetica", 10)

    full = "The house price index rose to 112.4, a fall of 0.3 points on the month"
    while width(full + " again") < 475:
        full += " again"  # a line as wide as the column: it sets the column's right edge
    room = width(full) - width(" " + word) + 1  # the next word missed this line by a point
    short = "Average weekly earnings reached 712 pounds in the three months to"
    while width(short + " so") < room:
        short += " so"
    lines = [
        (60, 60, full, False),
        (74, 60, short, False),
        (88, 60, word + " up 5.2% from 677 pounds a year earlier.", False),
        (110, 60, "Rents rose faster.", False),  # set further below: a new paragraph
    ]
    document = read_document(_drawn_pdf(tmp_path / "ragged.pdf", lines))
    paragraphs = document.text.rstrip("\n").split("\n")
    assert paragraphs[0].endswith(short + " " + word + " up 5.2% from 677 pounds a year earlier.")
    assert paragraphs[1:] == ["Rents rose faster."]


@pytest.mark.parametrize("cut", [1, 2])
def test_a_figure_grouped_by_spaces_joins_when_a_line_ends_inside_its_last_group(tmp_path: Path, cut: int) -> None:
    # GB/T 15835 groups a figure's digits in threes with a space: 2 718件. The line ends 1 or 2 digits into the
    # last group; the reader must not join the lines with a space (2 7 18件 would read as 2, 7 and 18).
    paragraph = "审结各类案件9 460件，其中民事案件2 718件，同比上升3.2%。"
    at = paragraph.index("2 718") + 2 + cut
    path = write_pdf(tmp_path / "a.pdf", [("p", paragraph)], page_numbers=False, forced_breaks={paragraph: at})
    document = read_document(path)
    assert document.text == paragraph + "\n"
    assert [q.text for q in find_quantities(document.text) if "7" in q.text] == ["2 718件"]


def test_headings_a_hair_apart_in_size_are_one_level(tmp_path: Path) -> None:
    # A scaled text matrix gives 15.749999 for one heading and 15.75 for the next: rounding to a tenth put them
    # a level apart, and the second one's section nested in the first's.
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    pdf = canvas.Canvas(str(tmp_path / "a.pdf"), invariant=1)
    y = 780.0
    for heading, size in (("一、综合", 15.76), ("二、农业", 15.74)):
        pdf.setFont("STSong-Light", size)
        pdf.drawString(60, y, heading)
        y -= 30
        pdf.setFont("STSong-Light", 10.5)
        for _ in range(3):
            pdf.drawString(60, y, "全年粮食总产量27.35万吨，比上年增长2.1%，其中夏粮产量9.86万吨。")
            y -= 16
        y -= 10
    pdf.showPage()
    pdf.save()
    document = read_document(tmp_path / "a.pdf")
    assert [(document.text[h.start : h.end], h.level) for h in document.headings] == [("一、综合", 1), ("二、农业", 1)]


@pytest.mark.parametrize(
    "ending", [["以上情况，特此通报。", "石门区人民法院", "2025年11月3日"], ["（此件发至县级）"]], ids=["three", "one"]
)
def test_a_last_page_whose_right_column_holds_little_is_still_read_column_by_column(
    tmp_path: Path, ending: list[str]
) -> None:
    # The left column full of running text, the right one only the report's last short lines: too little on the
    # right to tell two columns by their widths, and every left line, read as a page-wide line, ended short
    # (each line its own paragraph, a figure cut at a line end left in two). Running text ending line after line
    # at one edge tells.
    paragraphs = [
        f"第{n}项，全区法院共审结各类案件{4000 + 127 * n}件，同比上升{n}.{n}%，其中民商事案件"
        f"{2000 + 31 * n}件，占审结案件总数的{40 + n}.{n}%，结案率为{80 + n}.{n + 1}%，"
        f"审判质效持续向好，群众满意度{90 + n}.{n}%。"
        for n in range(1, 11)
    ]
    blocks = [("p", p) for p in [*paragraphs, *ending]]
    document = read_document(write_pdf(tmp_path / "a.pdf", blocks, columns=2, page_numbers=False))
    assert document.text.splitlines() == [*paragraphs, *ending]
