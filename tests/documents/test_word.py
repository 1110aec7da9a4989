"""Word documents as editors write them: notes, text boxes, numbered lists, fields, merged cells, hidden text."""

from __future__ import annotations

from pathlib import Path

from factcheck.documents import read_document
from factcheck.quantity import find_quantities
from tests.documents.writers import add_notes, raw_paragraph, run

SUPERSCRIPT = '<w:vertAlign w:val="superscript"/>'
HIDDEN = "<w:vanish/>"
TEXT_BOX = (
    '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData>'
    "<wps:wsp><wps:txbx><w:txbxContent><w:p>{inner}</w:p></w:txbxContent></wps:txbx></wps:wsp></a:graphicData>"
    "</a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>"
    "<w:p>{inner}</w:p></w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
)


def _field(instruction: str, result: str) -> str:
    return (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve"> {instruction} </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        f"{run(result)}"
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


def _report(path: Path) -> Path:
    import docx

    document = docx.Document()
    document.add_heading("2023年统计公报", level=1)
    raw_paragraph(document, run("目录") + "<w:r><w:tab/></w:r>" + _field("PAGEREF _Toc1 \\h", "3"))
    raw_paragraph(  # a typed note mark in superscript after a rate and after a count
        document,
        run("第一产业增长3.1%")
        + run("1", SUPERSCRIPT)
        + run("；破获刑事案件1759")
        + run("3", SUPERSCRIPT)
        + run("起。"),
    )
    raw_paragraph(  # Word's own footnote reference, and hidden text
        document,
        run("粮食总产量14.4万吨")
        + '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="1"/></w:r>'
        + run("（草稿：14.1）", HIDDEN)
        + run("，面积12 km")
        + run("2", SUPERSCRIPT)
        + run("。"),
    )
    raw_paragraph(document, run("全年新增就业3.2万人。") + TEXT_BOX.format(inner=run("专栏：城镇失业率2.8%")))
    document.add_paragraph("新建农田37个。", style="List Number")
    document.add_paragraph("改造老旧小区128个。", style="List Number")
    raw_paragraph(document, run("第") + _field("PAGE", "7") + run("页"))
    table = document.add_table(rows=3, cols=3)
    table.cell(0, 0).merge(table.cell(1, 0)).text = "指标"
    table.cell(0, 1).merge(table.cell(0, 2)).text = "2023年"
    for c, text in enumerate(["", "产量", "增长(%)"]):
        if text:
            table.cell(1, c).text = text
    for c, text in enumerate(["粮食", "143972", "2.1"]):
        table.cell(2, c).text = text
    raw_paragraph(document, run("合计") + _field("= SUM(ABOVE)", "143972") + run("吨。"))
    document.add_paragraph("全文完。").add_run("尾注").font.hidden = True
    document.save(str(path))
    add_notes(path, {1: "按可比口径计算，增长2.0%。"}, {1: "数据来源：统计局，2024年3月。"})
    return path


def test_word_notes_boxes_lists_fields_and_merged_cells(tmp_path: Path) -> None:
    document = read_document(_report(tmp_path / "report.docx"))
    assert document.text.splitlines() == [
        "2023年统计公报",
        "目录",  # a table of contents' page number is no figure
        "第一产业增长3.1%；破获刑事案件1759起。",  # never 3.1%1 nor 17593
        "粮食总产量14.4万吨，面积12 km²。",  # the footnote reference and the hidden draft left out
        "全年新增就业3.2万人。",
        "专栏：城镇失业率2.8%",  # the text box, after its anchor, read once
        "新建农田37个。",  # the list numbers are Word's to draw
        "改造老旧小区128个。",
        "第页",
        "指标 | 2023年产量 | 增长(%)",  # the header over two rows read as one, its merged cell written once
        "粮食 | 143972 | 2.1",
        "合计143972吨。",  # a formula field's result is a figure
        "全文完。",
        "按可比口径计算，增长2.0%。",  # footnote 1, after the body
        "数据来源：统计局，2024年3月。",  # endnote 1
    ]
    figures = {q.text for q in find_quantities(document.text)}
    assert {"3.1%", "1759起", "14.4万吨", "143972", "2.8%", "2.0%"} <= figures
    assert not figures & {"3.1%1", "17593起", "14.1", "7"}
    where = {n: str(document.locate(document.text.index(n))) for n in ("1759", "2.8%", "2.0%", "2024年3月")}
    assert where == {"1759": "¶3", "2.8%": "¶6", "2.0%": "fn1", "2024年3月": "en1"}
    assert document.where(document.text.index("2.0%")).endswith("report.docx:fn1")
