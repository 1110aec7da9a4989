"""Tables as publishers' tools set them: a header over two rows, a table continued on the next page.

Each test builds the document the way the tool does (reportlab's platypus, python-docx, hand-written HTML as
statistics offices publish it), compares the Document with what a reader sees, and scans a consistent text
around the table: every alarm would be false.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from factcheck.cli import cli
from factcheck.documents import read_document
from factcheck.documents.builder import Piece
from factcheck.documents.model import Document

INTRO = "Recorded crime rose 4.7% to 12,600 offences in 2025, from 12,040 in 2024. Theft rose 2.6% to 6,200."
# A header over two rows: "Offence" spans both, "Recorded offences" spans the two year columns.
TWO_ROW_HEADER = [["Offence", "Recorded offences", "", "Change"], ["", "2024", "2025", "(%)"]]
BODY = [
    ["Burglary", "3,000", "3,100", "3.3"],
    ["Theft", "6,040", "6,200", "2.6"],
    ["Violence", "3,000", "3,300", "10.0"],
    ["Total", "12,040", "12,600", "4.7"],
]
# What a reader takes the columns to be: the spanning cell names the first column it stands over, once.
FOLDED = ["Offence", "Recorded offences 2024", "2025", "Change (%)"]


def _cells(document: Document) -> list[list[list[str]]]:
    return [[[document.text[s:e] for s, e in row.cells] for row in table.rows] for table in document.tables]


def _scan_clean(path: Path) -> None:
    result = CliRunner().invoke(cli, ["scan", str(path)])
    assert result.exit_code == 0, result.output
    assert " 0 fail" in result.output, result.output


def test_a_two_row_html_header_is_one_header_row(tmp_path: Path) -> None:
    """``<thead>`` of two rows (rowspan and colspan): the years row once came through as a row of figures, so
    scan summed 2,024 into the burglary column and printed three false errors."""
    head = (
        '<tr><th rowspan="2">Offence</th><th colspan="2">Recorded offences</th><th>Change</th></tr>'
        "<tr><th>2024</th><th>2025</th><th>(%)</th></tr>"
    )
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in BODY)
    table = f"<table><thead>{head}</thead><tbody>{body}</tbody></table>"
    page = f"<html><body><main><p>{INTRO}</p>{table}</main></body></html>"
    path = tmp_path / "crime.html"
    path.write_text(page, "utf-8")
    assert _cells(read_document(path)) == [[FOLDED, *BODY]]
    _scan_clean(path)


def test_a_title_row_across_an_html_table_is_a_line_before_it(tmp_path: Path) -> None:
    """A first row of one cell across the whole table (a title, 单位：万元) is no column's header."""
    rows = '<tr><td colspan="3">单位：亿元</td></tr><tr><td>指标</td><td>2025年</td><td>增长(%)</td></tr>'
    rows += "<tr><td>地区生产总值</td><td>5,230.4</td><td>5.1</td></tr>"
    rows += "<tr><td>第一产业</td><td>410.2</td><td>3.2</td></tr>"
    path = tmp_path / "gdp.html"
    page = f"<html><body><main><p>全年地区生产总值5230.4亿元。</p><table>{rows}</table></main></body></html>"
    path.write_text(page, "utf-8")
    document = read_document(path)
    assert document.text.splitlines()[1] == "单位：亿元"
    expected = [["指标", "2025年", "增长(%)"], ["地区生产总值", "5,230.4", "5.1"], ["第一产业", "410.2", "3.2"]]
    assert _cells(document) == [expected]


def test_a_word_table_with_merged_header_cells_over_two_rows(tmp_path: Path) -> None:
    import docx
    from docx.oxml import OxmlElement

    document = docx.Document()
    document.add_paragraph(INTRO)
    rows = [*TWO_ROW_HEADER, *BODY]
    table = document.add_table(rows=len(rows), cols=4)
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            if text:
                table.cell(i, j).text = text
    table.cell(0, 1).merge(table.cell(0, 2))  # gridSpan
    table.cell(0, 0).merge(table.cell(1, 0))  # vMerge
    for row in table.rows[:2]:
        row._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))  # "repeat as header row"
    path = tmp_path / "crime.docx"
    document.save(str(path))
    read = read_document(path)
    assert _cells(read) == [[FOLDED, *BODY]]
    assert read.where(read.text.index("Burglary")).endswith(":¶4")  # the header's rows still count as two
    _scan_clean(path)


def _platypus(path: Path, rows: list[list[str]], style: list[tuple[Any, ...]], *, repeat: int = 0) -> Path:
    """The intro, the table as reportlab's platypus sets it, a closing line; running head and page number."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    def page(canvas: object, doc: object) -> None:
        canvas.saveState()  # type: ignore[attr-defined]
        canvas.setFont("Helvetica", 8)  # type: ignore[attr-defined]
        canvas.drawString(72, 800, "Recorded crime, England and Wales")  # type: ignore[attr-defined]
        canvas.drawCentredString(297, 30, f"Page {doc.page}")  # type: ignore[attr-defined]
        canvas.restoreState()  # type: ignore[attr-defined]

    normal = getSampleStyleSheet()["Normal"]
    table = Table(rows, repeatRows=repeat)
    table.setStyle(TableStyle(style))
    story = [Paragraph(rows_intro(rows), normal), Spacer(1, 12), table, Spacer(1, 12)]
    story.append(Paragraph("Figures are provisional.", normal))
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(story, onFirstPage=page, onLaterPages=page)
    return path


def rows_intro(rows: list[list[str]]) -> str:
    return INTRO if rows[-1][0] == "Total" and rows[-1][2] == "12,600" else f"Offences numbered {rows[-1][2]} in 2025."


SPANS: list[tuple[Any, ...]] = [
    ("SPAN", (1, 0), (2, 0)),
    ("SPAN", (0, 0), (0, 1)),
    ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
]
RULES: dict[str, list[tuple[Any, ...]]] = {
    "grid": [("GRID", (0, 0), (-1, -1), 0.5, "grey")],
    "booktabs": [("LINEABOVE", (0, 0), (-1, 0), 1, "black"), ("LINEBELOW", (0, 1), (-1, 1), 0.5, "black")],
    "none": [],
}


@pytest.mark.parametrize("rules", sorted(RULES))
def test_a_pdf_header_over_two_rows_reads_as_html_does(tmp_path: Path, rules: str) -> None:
    """Unruled, it once lost its blank first cell (``2024 | 2025 | (%)`` under ``Offence``); set between
    horizontal rules only, its top row fell out of the table (it has no label, so nothing lined up); ruled,
    the years row was a row of figures: each way scan printed three to four false errors."""
    path = _platypus(tmp_path / f"{rules}.pdf", [*TWO_ROW_HEADER, *BODY], SPANS + RULES[rules])
    document = read_document(path)
    assert _cells(document) == [[FOLDED, *BODY]]
    _scan_clean(path)


@pytest.mark.parametrize("rules", ["grid", "none"])
def test_a_pdf_table_continued_on_the_next_page_is_one_table(tmp_path: Path, rules: str) -> None:
    """The header repeated at the top of the next page once split the table in two, and scan found the
    total on page 2 off by the rows of page 1: two false errors."""
    body = [[f"Area {n:02d}", f"{100 + 7 * n:,}", f"{1000 + 13 * n:,}"] for n in range(1, 61)]
    total = ["Total", f"{sum(100 + 7 * n for n in range(1, 61)):,}", f"{sum(1000 + 13 * n for n in range(1, 61)):,}"]
    rows = [["Area", "2024", "2025"], *body, total]
    style: list[tuple[Any, ...]] = [("ALIGN", (1, 0), (-1, -1), "RIGHT"), *RULES[rules]]
    path = _platypus(tmp_path / "long.pdf", rows, style, repeat=1)
    document = read_document(path)
    assert _cells(document) == [rows]  # the header once, all 61 rows after it
    assert "Page" not in document.text and "England and Wales" not in document.text
    last = document.where(document.text.index("Area 60"))
    assert ":p2:" in last  # the rows on the second page keep their page
    _scan_clean(path)


def _pieces(row: list[str]) -> list[list[Piece]]:
    return [[Piece(cell)] if cell else [] for cell in row]


def test_which_rows_make_a_header() -> None:
    from factcheck.documents.builder import header_depth

    assert header_depth([*TWO_ROW_HEADER, *BODY]) == 2
    assert header_depth([["Offence", "2024", "2025"], *BODY]) == 0  # one row: nothing to fold
    # two rows of words with no blank: a header over a row of names is no header over two rows
    assert header_depth([["Name", "Office"], ["Smith", "London"], ["Total", "3"]]) == 0
    assert header_depth([["Name", "Office"], ["Smith", ""], ["Jones", "Leeds"]]) == 0  # no figures at all
    assert header_depth([["Name", "Office"], ["Smith", "London"], ["Total", "3"]], marked=2) == 2
    assert header_depth([["2024年", "2025年"], ["一季度", ""], ["12", "13"]]) == 2  # years are no figures
    assert header_depth([["Offence", "Count"], ["", "1,000"], ["Theft", "7"]]) == 0  # 1,000 is a figure


@given(
    st.lists(
        st.lists(st.sampled_from(["", "2024", "Recorded", "增长(%)", "Q3", "offences"]), min_size=1, max_size=5),
        min_size=1,
        max_size=4,
    )
)
def test_a_folded_header_writes_every_word_once(rows: list[list[str]]) -> None:
    """Folding never drops a header word and never writes one twice (a figure written twice is read twice)."""
    from factcheck.documents.builder import fold_header

    folded = fold_header([_pieces(row) for row in rows])
    written = "".join(piece.text for cell in folded for piece in cell).replace(" ", "")
    assert sorted(written) == sorted("".join("".join(row) for row in rows))
    assert len(folded) == max(len(row) for row in rows)


# -- Markdown as static-site generators and GitHub take it ------------------------------------------------

MARKDOWN_WITH_HTML = """# Recorded crime

Recorded crime rose 4.7% to 12,600 offences in 2025, from 12,040 in 2024.

<table>
<thead>
<tr><th rowspan="2">Offence</th><th colspan="2">Recorded offences</th><th>Change</th></tr>
<tr><th>2024</th><th>2025</th><th>(%)</th></tr>
</thead>
<tbody>
<tr><td>Burglary</td><td>3,000</td><td>3,100</td><td>3.3</td></tr>
<tr><td>Theft</td><td>6,040</td><td>6,200</td><td>2.6</td></tr>
<tr><td>Violence</td><td>3,000</td><td>3,300</td><td>10.0</td></tr>
<tr><td>Total</td><td>12,040</td><td>12,600</td><td>4.7</td></tr>
</tbody>
</table>

<!-- figures checked 3 times -->
<script>var hits = 99;</script>

Figures are provisional.
"""


def test_an_html_table_in_markdown_is_a_table(tmp_path: Path) -> None:
    """Writers set a table in HTML inside Markdown for its spans; it was left out whole, its figures unread."""
    path = tmp_path / "crime.md"
    path.write_text(MARKDOWN_WITH_HTML, "utf-8")
    document = read_document(path)
    assert _cells(document) == [[FOLDED, *BODY]]
    assert document.text.splitlines()[-1] == "Figures are provisional."  # comments and scripts are no text
    assert document.where(document.text.index("3,100")) == f"{path}:11:40"  # the Markdown file's own line
    _scan_clean(path)


@pytest.mark.parametrize(
    ("markdown", "expected"),
    [
        ("Offences rose 2.9%<sup>3</sup> to 9,300 from 9,040<sup>4</sup>.", "Offences rose 2.9% to 9,300 from 9,040."),
        ("An area of 12 km<sup>2</sup>, about 10<sup>6</sup> people.", "An area of 12 km², about 10⁶ people."),
        ("Emissions of CO<sub>2</sub> fell 5<sub>2</sub>.", "Emissions of CO₂ fell 5₂."),
        (
            "Offences rose 10[^6] times to 9,040[^a].\n\n[^6]: Provisional.\n[^a]: Revised.",
            "Offences rose 10 times to 9,040.",
        ),
    ],
)
def test_note_marks_in_markdown_never_join_their_figure(tmp_path: Path, markdown: str, expected: str) -> None:
    """Inline ``<sup>`` and GitHub's ``[^n]`` notes were read into the figure: ``9,0404``, ``10^6`` (a million)
    for a note mark after 10; a subscript ``5<sub>2</sub>`` read 52."""
    path = tmp_path / "notes.md"
    path.write_text(markdown + "\n", "utf-8")
    assert read_document(path).text.splitlines()[0] == expected


def test_an_html_foot_written_before_the_body_is_read_last(tmp_path: Path) -> None:
    """HTML 4 put ``<tfoot>`` before ``<tbody>``; a browser shows it last, and so is the total read."""
    row = "<tr><th scope='row'>{}</th><td class='govuk-table__cell--numeric'>{}</td><td>{}</td><td>{}</td></tr>"
    head = "<thead><tr><th>Offence</th><th>2024</th><th>2025</th><th>Change (%)</th></tr></thead>"
    foot = f"<tfoot>{row.format(*BODY[-1])}</tfoot>"
    body = "<tbody>" + "".join(row.format(*cells) for cells in BODY[:-1]) + "</tbody>"
    page = f"<html><body><main><p>{INTRO}</p><table>{head}{foot}{body}</table></main></body></html>"
    path = tmp_path / "crime.html"
    path.write_text(page, "utf-8")
    assert _cells(read_document(path)) == [[["Offence", "2024", "2025", "Change (%)"], *BODY]]


# -- PDF tables whose labels wrap ---------------------------------------------------------------------------

WRAPPED = [
    ["Offence", "2024", "2025", "Change (%)"],
    ["Violence against the person, including homicide", "3,000", "3,300", "10.0"],
    ["Of which:", "", "", ""],
    ["Theft offences", "6,040", "6,200", "2.6"],
    ["Burglary of a dwelling or business premises", "3,000", "3,100", "3.3"],
    ["Total", "12,040", "12,600", "4.7"],
]


@pytest.mark.parametrize("valign", ["TOP", "MIDDLE", "BOTTOM"])
def test_a_label_wrapped_in_an_unruled_pdf_table_stays_in_its_row(tmp_path: Path, valign: str) -> None:
    """A label too long for its column wraps over two lines, above, beside or below its figures (as the
    cell is aligned). Each wrapped line once ended the table: the table came through in pieces, the rest of
    the label as text and the total row as prose, so its sum went unchecked. A line of words between rows,
    as far from both as rows are apart (``Of which:``), is a row of its own."""
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph

    normal = getSampleStyleSheet()["Normal"]
    cells: list[list[Any]] = [[Paragraph(row[0], normal) if len(row[0]) > 20 else row[0], *row[1:]] for row in WRAPPED]
    path = tmp_path / "wrapped.pdf"
    _story_pdf(path, INTRO, cells, [("ALIGN", (1, 0), (-1, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), valign)])
    document = read_document(path)
    assert _cells(document) == [WRAPPED]
    _scan_clean(path)


def test_a_wrapped_chinese_label_joins_with_nothing_between(tmp_path: Path) -> None:
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    style = getSampleStyleSheet()["Normal"]
    style.fontName = "STSong-Light"
    rows = [
        ["指标", "单位", "绝对数", "比上年增长(%)"],
        ["规模以上工业企业营业收入（含主营业务收入）", "亿元", "5,230.4", "5.1"],
        ["利润总额", "亿元", "410.2", "3.2"],
        ["其中：国有控股企业实现利润总额", "亿元", "220.1", "4.8"],
    ]
    cells: list[list[Any]] = [[Paragraph(row[0], style), *row[1:]] for row in rows]
    path = tmp_path / "wrapped.pdf"
    intro = "全年规模以上工业企业营业收入5230.4亿元，比上年增长5.1%；利润总额410.2亿元，增长3.2%。"
    style_rows = [("FONTNAME", (0, 0), (-1, -1), "STSong-Light"), ("ALIGN", (1, 0), (-1, -1), "RIGHT")]
    _story_pdf(path, intro, cells, [*style_rows, ("VALIGN", (0, 0), (-1, -1), "MIDDLE")], widths=[110, 40, 60, 80])
    document = read_document(path)
    assert _cells(document) == [rows]
    assert document.text.splitlines()[-1] == "注：本表为初步数。"  # the note under the table stays text


def _story_pdf(
    path: Path, intro: str, rows: list[list[Any]], style: list[tuple[Any, ...]], widths: list[int] | None = None
) -> None:
    """An unruled table in narrow columns, as report generators set one, between two paragraphs."""
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    normal = getSampleStyleSheet()["Normal"]
    normal.fontName = "STSong-Light"
    table = Table(rows, colWidths=widths or [120, 60, 60, 70])
    table.setStyle(TableStyle(style))
    after = "注：本表为初步数。" if intro.startswith("全年") else "Figures are provisional."
    story = [Paragraph(intro, normal), Spacer(1, 12), table, Spacer(1, 12), Paragraph(after, normal)]
    SimpleDocTemplate(str(path), invariant=1).build(story)


def test_a_ragged_right_paragraph_in_a_narrow_column_is_one_paragraph(tmp_path: Path) -> None:
    """Set ragged right, a line ends short wherever the next word did not fit; the reader took every such
    line end for a paragraph's end, parting ``12,600`` from ``offences``. A line that ends short with room
    for the next line's first word still ends its paragraph."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph

    normal = getSampleStyleSheet()["Normal"]
    first = (
        "Recorded crime rose 4.7% to 12,600 offences in 2025, from 12,040 in 2024. Burglary rose 3.3% to 3,100; "
        "theft rose 2.6% to 6,200, and violence against the person rose 10.0% to 3,300 notifiable offences."
    )
    second = "Fraud is counted separately."
    path = tmp_path / "ragged.pdf"
    doc = BaseDocTemplate(str(path), pagesize=A4, invariant=1)
    doc.addPageTemplates([PageTemplate(frames=[Frame(50, 50, 160, 700)])])
    doc.build([Paragraph(first, normal), Paragraph(second, normal)])
    assert read_document(path).text.splitlines() == [first, second]


def test_text_for_screen_readers_only_is_not_read(tmp_path: Path) -> None:
    """GOV.UK and others write words a sighted reader never sees: before each figure of a table, and after
    links (``Jump to table 3``, read as a figure 3 run into the sentence before)."""
    hidden = "<span class='govuk-visually-hidden'>Year ending March {}: </span>{}"
    rows = "".join(
        f"<tr><th scope='row'>{label}</th><td>{hidden.format(2024, a)}</td><td>{hidden.format(2025, b)}</td>"
        f"<td><span class='sr-only'>Change in per cent: </span>{change}</td></tr>"
        for label, a, b, change in BODY
    )
    head = "<thead><tr><th>Offence</th><th>2024</th><th>2025</th><th>Change (%)</th></tr></thead>"
    jump = "<a href='#t'><span class='govuk-visually-hidden'>Jump to table 3</span></a>"
    page = f"<html><body><main><p>{INTRO}{jump}</p><table>{head}<tbody>{rows}</tbody></table></main></body></html>"
    path = tmp_path / "crime.html"
    path.write_text(page, "utf-8")
    document = read_document(path)
    assert document.text.splitlines()[0] == INTRO
    assert _cells(document) == [[["Offence", "2024", "2025", "Change (%)"], *BODY]]


@pytest.mark.parametrize(
    ("language", "caption", "again", "head", "total"),
    [
        ("en", "Table 1: Offences by area", "Table 1 (continued)", ["Area", "2024", "2025"], "Total"),
        ("zh", "表1 分地区案件数", "表1（续）", ["地区", "2024年", "2025年"], "合计"),
    ],
)
def test_a_table_continued_under_a_continued_caption_is_one_table(
    tmp_path: Path, language: str, caption: str, again: str, head: list[str], total: str
) -> None:
    """Reports say so over the rest of a long table ("Table 1 (continued)", 表1（续）): that line once split
    the table in two, and the total on page 2 was checked against the rows of page 2 alone."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen.canvas import Canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    label = "地区" if language == "zh" else "Area"
    body = [[f"{label} {n:02d}", f"{100 + 7 * n:,}", f"{1000 + 13 * n:,}"] for n in range(1, 61)]
    sums = [sum(100 + 7 * n for n in range(1, 61)), sum(1000 + 13 * n for n in range(1, 61))]
    rows = [head, *body, [total, f"{sums[0]:,}", f"{sums[1]:,}"]]
    path = tmp_path / "long.pdf"
    canvas = Canvas(str(path), pagesize=A4, invariant=1)
    canvas.setFont("STSong-Light", 10)
    y = 780.0
    canvas.drawString(72, y, caption)
    for row in [head, *rows[1:]]:
        y -= 16
        if y < 60:
            canvas.showPage()
            canvas.setFont("STSong-Light", 10)
            y = 780.0
            canvas.drawString(72, y, again)
            for x, text in zip((72, 300, 400), head, strict=True):
                (canvas.drawString if x == 72 else canvas.drawRightString)(x, y - 20, text)
            y -= 36
        for x, text in zip((72, 300, 400), row, strict=True):
            (canvas.drawString if x == 72 else canvas.drawRightString)(x, y, text)
    canvas.showPage()
    canvas.save()
    document = read_document(path)
    assert _cells(document) == [rows]
    assert again not in document.text
    _scan_clean(path)


@pytest.mark.parametrize("valign", ["TOP", "MIDDLE", "BOTTOM"])
def test_column_headings_wrapped_in_an_unruled_pdf_table_are_one_header_row(tmp_path: Path, valign: str) -> None:
    """Headings too long for a figure column wrap, and the cell's alignment staggers their lines
    (``Recorded`` over ``Offence  offences`` over ``(%)``): they came through as prose and half a header, and
    set in the middle the percentage column's figures were summed as parts of the total (two false errors)."""
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.platypus import Paragraph

    right = ParagraphStyle("right", parent=getSampleStyleSheet()["Normal"], alignment=TA_RIGHT)
    head = ["Offence", "Recorded offences 2024", "Recorded offences 2025", "Change (%)"]
    cells: list[list[Any]] = [[head[0], *(Paragraph(text, right) for text in head[1:])], *BODY]
    path = tmp_path / "headings.pdf"
    style = [("ALIGN", (1, 0), (-1, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), valign)]
    _story_pdf(path, INTRO, cells, style, widths=[120, 60, 60, 50])
    document = read_document(path)
    assert _cells(document) == [[head, *BODY]]
    _scan_clean(path)


def test_a_sentence_right_above_a_table_without_headings_stays_text(tmp_path: Path) -> None:
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

    normal = getSampleStyleSheet()["Normal"]
    path = tmp_path / "plain.pdf"
    above = "Offences by type, 2024 and 2025 and change"
    table = Table(BODY, colWidths=[120, 60, 60, 70])
    SimpleDocTemplate(str(path), invariant=1).build([Paragraph(above, normal), table])
    document = read_document(path)
    assert document.text.splitlines()[0] == above
    assert _cells(document) == [BODY]


STACKED = [["Offence", "Cases"], ["Burglary", "85; 120"], ["Theft", "3,000 (24.5%)"]]


@pytest.mark.parametrize("kind", ["html", "md", "docx"])
def test_two_figures_set_one_over_the_other_in_a_cell_stay_two(tmp_path: Path, kind: str) -> None:
    """``85<br>120`` in a cell (two years' counts, one over the other) was joined with a space, and ``85 120``
    reads as one figure, 85,120: a wrong number with no error. A break the markup asked for between two
    figures is now ``; ``; any other break is a space as before."""
    path = tmp_path / f"cells.{kind}"
    if kind == "docx":
        import docx

        document = docx.Document()
        table = document.add_table(rows=3, cols=2)
        for i, (label, cases) in enumerate(
            [("Offence", "Cases"), ("Burglary", "85\n120"), ("Theft", "3,000\n(24.5%)")]
        ):
            table.cell(i, 0).text = label
            first, *rest = cases.split("\n")
            table.cell(i, 1).text = first
            for line in rest:
                table.cell(i, 1).add_paragraph(line)  # a second paragraph in the cell
        document.save(str(path))
    elif kind == "md":
        path.write_text(
            "| Offence | Cases |\n|---|---|\n| Burglary | 85<br>120 |\n| Theft | 3,000<br/>(24.5%) |\n", "utf-8"
        )
    else:
        rows = "<tr><th>Offence</th><th>Cases</th></tr><tr><td>Burglary</td><td>85<br>120</td></tr>"
        rows += "<tr><td>Theft</td><td><p>3,000</p><p>(24.5%)</p></td></tr>"
        path.write_text(f"<html><body><main><table>{rows}</table></main></body></html>", "utf-8")
    assert _cells(read_document(path)) == [STACKED]


def test_running_heads_that_alternate_left_and_right_pages_are_dropped(tmp_path: Path) -> None:
    """A report set as a book runs one head on left-hand pages and another on right-hand ones: each is on
    half the pages, not more, so both stayed in the text, between the halves of sentences split by a page."""
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    def page(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        if doc.page % 2:
            canvas.drawRightString(523, 800, "Chapter 2: Recorded offences")
        else:
            canvas.drawString(72, 800, "Crime in England and Wales 2025")
        canvas.drawCentredString(297, 30, str(doc.page))
        canvas.restoreState()

    sentence = "Recorded crime rose 4.7% to 12,600 offences in 2025, from 12,040 in 2024. "
    paragraphs = [(sentence * 30).strip() for _ in range(25)]
    normal = getSampleStyleSheet()["Normal"]
    normal.firstLineIndent = 18  # paragraphs set apart as books set them
    path = tmp_path / "book.pdf"
    doc = SimpleDocTemplate(str(path), invariant=1)
    doc.build([Paragraph(text, normal) for text in paragraphs], onFirstPage=page, onLaterPages=page)
    assert doc.page >= 6
    assert read_document(path).text.splitlines() == paragraphs


def test_paragraphs_set_a_few_points_apart_stay_apart(tmp_path: Path) -> None:
    """Reports part paragraphs by a little space (6 points), not a blank line; a paragraph whose last line
    runs nearly to the margin was joined to the next. A gap wider than the lines' own leading ends it."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen.canvas import Canvas

    paragraphs = [
        [
            "Recorded crime rose 4.7% to 12,600 offences in 2025, from 12,040 in 2024, the",
            "largest rise in ten years, and theft rose 2.6% to 6,200 offences in the same year.",
        ],
        [
            "Violence against the person rose 10.0% to 3,300 offences, and burglary rose 3.3%",
            "to 3,100 offences; the police attribute part of the rise to better recording rules.",
        ],
        ["Fraud is counted separately."],
    ]
    path = tmp_path / "spaced.pdf"
    canvas = Canvas(str(path), pagesize=A4, invariant=1)
    width = max(stringWidth(line, "Helvetica", 10) for lines in paragraphs for line in lines)
    y = 780.0
    for lines in paragraphs:
        for line in lines:  # justified: every line but a paragraph's last stretched to the full measure
            gaps = line.count(" ")
            spread = (width - stringWidth(line, "Helvetica", 10)) / gaps if line is not lines[-1] else 0.0
            text = canvas.beginText(72, y)
            text.setFont("Helvetica", 10)
            text.setWordSpace(spread)
            text.textLine(line)
            canvas.drawText(text)
            y -= 12
        y -= 6
    canvas.showPage()
    canvas.save()
    assert read_document(path).text.splitlines() == [" ".join(lines) for lines in paragraphs]


def test_dot_leaders_part_a_label_from_its_figure(tmp_path: Path) -> None:
    """``粮食总产量……143.9万吨`` as a contents-style list sets it: the dots ran into the figure, which then read
    as no figure at all. An ellipsis in a sentence (``等等……``, ``...``) is kept."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen.canvas import Canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    path = tmp_path / "leaders.pdf"
    canvas = Canvas(str(path), invariant=1)
    canvas.setFont("STSong-Light", 10)
    canvas.drawString(72, 780, "全年粮食、油料、棉花等等……均有增长。Output rose... again.")
    rows = [("粮食总产量", "143.9万吨", "."), ("油料", "28.5万吨", "."), ("棉花", "6.1万吨", "…")]
    for number, (label, value, dot) in enumerate(rows):
        room = 240 - stringWidth(label, "STSong-Light", 10)  # the leader fills the line up to the figure
        leader = dot * int(room / stringWidth(dot, "STSong-Light", 10))
        canvas.drawString(72, 750 - 16 * number, label + leader)
        canvas.drawRightString(380, 750 - 16 * number, value)
    canvas.showPage()
    canvas.save()
    document = read_document(path)
    assert document.text.splitlines()[0] == "全年粮食、油料、棉花等等……均有增长。Output rose... again."
    assert _cells(document) == [[[label, value] for label, value, _dot in rows]]
