"""Each reader turns a document into the canonical text, with positions in the document's own terms."""

from __future__ import annotations

import importlib.util
import io
import zipfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.documents import DocumentError, read_document, read_stdin
from factcheck.documents.builder import Piece, join_lines, line_break
from tests.documents.writers import (
    to_html,
    to_markdown,
    tracked_paragraph,
    wrap,
    write_docx,
    write_pdf,
    write_scanned_pdf,
)


def _where(document: Any, needle: str) -> str:
    return str(document.locate(document.text.index(needle)))


# -- joining lines -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("before", "after", "joined"),
    [
        ("全市粮食总产量14.", "4万吨", "全市粮食总产量14.4万吨"),  # a figure broken across a line
        ("破获刑事案件17", "59起", "破获刑事案件1759起"),
        ("审执结325", "93件", "审执结32593件"),
        ("提起公诉", "2839人", "提起公诉2839人"),
        ("The rate rose approxi-", "mately 3 points", "The rate rose approximately 3 points"),
        ("in the years 2016-", "2020", "in the years 2016-2020"),
        ("twenty-", "five cases", "twenty-five cases"),
        ("cases rose to", "6,000 in 2019", "cases rose to 6,000 in 2019"),
        ("in 2019", "2,839 people", "in 2019 2,839 people"),  # English lines break at spaces only
        ("三次产业结构为18.5∶40.", "2∶41.3", "三次产业结构为18.5∶40.2∶41.3"),  # a ratio's term broken
        ("三次产业结构为18.5∶", "40.2∶41.3", "三次产业结构为18.5∶40.2∶41.3"),
        ("the ratio was 3:", "2 in 2019", "the ratio was 3: 2 in 2019"),  # English: a space, as written
    ],
)
def test_line_breaks_are_undone(before: str, after: str, joined: str) -> None:
    pieces = join_lines([[Piece(before)], [Piece(after)]])
    assert "".join(p.text for p in pieces) == joined


_CHINESE = st.text(alphabet=st.sampled_from("全市案件起个万亿元。,“”增长"), min_size=1, max_size=6)
_FIGURES = st.text(alphabet=st.sampled_from("0123456789.%"), min_size=1, max_size=6)


@given(st.lists(st.tuples(_CHINESE, _FIGURES), min_size=1, max_size=6), st.data())
def test_a_chinese_paragraph_broken_anywhere_joins_back_whole(parts: list[tuple[str, str]], data: Any) -> None:
    text = "全" + "".join(a + b for a, b in parts)
    cut = data.draw(st.integers(min_value=1, max_value=len(text) - 1))
    drop, separator = line_break(text[:cut], text[cut:])
    assert (drop, separator) == (0, "")


# -- text and standard input -----------------------------------------------------------------------------


def test_text_lines_and_columns_are_the_files_own(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes("\ufeff第一行\r\n全市共破获案件1759起\r\n".encode())
    document = read_document(path)
    assert document.text == "第一行\n全市共破获案件1759起\n"
    assert _where(document, "1759起") == "2:8"


def test_text_that_is_not_utf8_names_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes("第一行\n共1759起".encode() + "。".encode("gbk"))
    with pytest.raises(DocumentError, match=r"a\.txt:2:7: not UTF-8 text: save the file as UTF-8"):
        read_document(path)


def test_stdin_has_the_file_size_limit_and_recognises_a_piped_pdf(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    document = read_stdin(stream=io.BytesIO("全市共破获案件1759起".encode()))
    assert (document.path, document.format, _where(document, "1759")) == ("-", "txt", "1:8")
    pdf = write_pdf(tmp_path / "a.pdf", [("p", "全市共破获案件1759起。")], page_numbers=False)
    assert read_stdin(stream=io.BytesIO(pdf.read_bytes())).format == "pdf"
    monkeypatch.setattr("factcheck.documents.MAX_TEXT_BYTES", 10)
    with pytest.raises(DocumentError, match="input too large"):
        read_stdin(stream=io.BytesIO(b"x" * 11))


def test_a_missing_extra_names_the_install_command(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_pdf(tmp_path / "a.pdf", [("p", "全市共破获案件1759起。")])
    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "pdfplumber" else real(name))
    with pytest.raises(DocumentError, match=r"pip install 'factcheck\[pdf\]'"):
        read_document(path)


def test_an_old_word_file_is_refused_with_what_to_do(tmp_path: Path) -> None:
    path = tmp_path / "draft.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(DocumentError, match=r"save it as \.docx"):
        read_document(path)


# -- Markdown ----------------------------------------------------------------------------------------------

MARKDOWN = """---
title: "粮食生产情况"
---

# 2023年粮食生产情况

全市粮食总产量**14.
4万吨**，比上年增长[2.1%](https://example.gov.cn/2.1)。
The rate rose by approxi-
mately 3 points, to *6,000* tonnes.

| 品种 | 产量(吨) |
|---|---|
| 粮食 | 143972 |
| 油料 &amp; 棉花 | 2,850 |

- 新建高标准农田 5万亩

```
code 99
```
"""


def test_markdown_is_stripped_to_its_text_with_the_files_positions(tmp_path: Path) -> None:
    path = tmp_path / "report.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    document = read_document(path)
    assert document.text.splitlines() == [
        "2023年粮食生产情况",
        "全市粮食总产量14.4万吨，比上年增长2.1%。The rate rose by approximately 3 points, to 6,000 tonnes.",
        "品种 | 产量(吨)",
        "粮食 | 143972",
        "油料 & 棉花 | 2,850",
        "新建高标准农田 5万亩",
    ]
    assert document.title == "粮食生产情况"  # front matter, before the first heading
    assert [(document.text[h.start : h.end], h.level) for h in document.headings] == [("2023年粮食生产情况", 1)]
    (table,) = document.tables
    assert [[document.text[s:e] for s, e in row.cells] for row in table.rows][1] == ["粮食", "143972"]
    assert _where(document, "14.4") == "7:10"
    assert _where(document, "4万吨") == "8:1"
    assert _where(document, "2.1%") == "8:13"
    assert _where(document, "mately") == "10:1"
    assert _where(document, "143972") == "14:8"
    assert _where(document, "2,850") == "15:17"


# -- HTML --------------------------------------------------------------------------------------------------

GOV_PAGE = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>2023年统计公报_某市人民政府</title><script>var visits = 12345;</script></head>
<body><div class="top-nav"><a href="/">首页</a> | <a href="/x">2021年专题</a></div>
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; 统计数据</div>
<div class="wrap"><div class="article"><h1>2023年统计公报</h1>
<div class="TRS_Editor"><p>　　全市粮食总产量14.
4万吨，增长&nbsp;2.1%。<br>　　新建农田37个。</p>
<table><tr><td>粮食<td>143972</tr><tr><td>棉花</td><td><p>12</p></td></tr></table>
<ul><li><a href="/a">相关新闻 3</a><li><a href="/b">相关新闻 4</a></ul>
</div></div></div>
<div class="footer">电话 0356-1234567 网站标识码1405000001</div></body></html>
"""


def test_a_government_page_gives_its_main_text_only(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(GOV_PAGE.encode("gb18030"))
    document = read_document(path)
    assert document.text.splitlines() == [
        "2023年统计公报",
        "全市粮食总产量14.4万吨，增长 2.1%。",
        "新建农田37个。",
        "粮食 | 143972",
        "棉花 | 12",
    ]
    assert (document.title, document.language) == ("2023年统计公报_某市人民政府", "zh")
    assert [len(t.rows) for t in document.tables] == [2]
    assert _where(document, "14.4") == "7:37"
    assert _where(document, "2.1%") == "8:13"
    assert _where(document, "37个") == "8:28"
    assert _where(document, "143972") == "9:22"


def test_a_page_with_no_main_text_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(
        '<html><body><nav><a href="/">首页</a></nav><ul><li><a href="/1">新闻 1</a></li></ul>'
        "<script>var x = 1;</script></body></html>",
        encoding="utf-8",
    )
    with pytest.raises(DocumentError, match="has no main text"):
        read_document(path)


# -- Word --------------------------------------------------------------------------------------------------


def test_word_tracked_changes_are_read_as_accepted_and_comments_ignored(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_heading("扫黑除恶工作", level=1)
    document.add_paragraph("")  # an empty paragraph is not counted
    tracked_paragraph(
        document,
        [
            ("", "破获刑事案件"),
            ("del", "1795"),
            ("ins", "1759"),
            ("", "起,"),
            ("comment", "查封资产"),
            ("", "6.706亿元。"),
        ],
    )
    table = document.add_table(rows=2, cols=2)
    for r, row in enumerate([["品种", "产量"], ["粮食", "143972"]]):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    document.add_paragraph("The rate rose 2.1% in 2023.")
    path = tmp_path / "draft.docx"
    document.save(str(path))
    read = read_document(path)
    assert read.text.splitlines() == [
        "扫黑除恶工作",
        "破获刑事案件1759起,查封资产6.706亿元。",
        "品种 | 产量",
        "粮食 | 143972",
        "The rate rose 2.1% in 2023.",
    ]
    assert read.title == "扫黑除恶工作"
    assert [(h.level, read.text[h.start : h.end]) for h in read.headings] == [(1, "扫黑除恶工作")]
    assert [[read.text[s:e] for s, e in row.cells] for row in read.tables[0].rows] == [
        ["品种", "产量"],
        ["粮食", "143972"],
    ]
    assert [_where(read, n) for n in ("1759", "6.706", "143972", "2.1%")] == ["¶2", "¶2", "¶4", "¶5"]


def test_a_corrupt_word_file_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "draft.docx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(DocumentError, match=r"is not a readable Word document \(\.docx\)"):
        read_document(path)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        package.writestr("word/document.xml", "<w:document")
    path.write_bytes(buffer.getvalue())
    with pytest.raises(DocumentError, match="open it in Word and save it again"):
        read_document(path)


def test_word_blocks_match_the_blocks_written(tmp_path: Path) -> None:
    blocks = [("h", "概况"), ("p", "全市共破获案件1759起。"), ("table", [["粮食", "143972"]])]
    document = read_document(write_docx(tmp_path / "a.docx", blocks, title="年度报告"))
    assert document.text == "概况\n全市共破获案件1759起。\n粮食 | 143972\n"
    assert document.title == "年度报告"  # the core properties' title comes first


# -- PDF ---------------------------------------------------------------------------------------------------

LONG = "全市法院受理案件33374件,审执结32593件,审判执行质效连续三年进入全省法院第一方阵。" * 3


def test_pdf_joins_a_figure_broken_across_a_line(tmp_path: Path) -> None:
    filler = "今年全市上下认真贯彻落实中央和省委关于粮食生产的决策部署,多措并举稳面积提单产,粮食总产量达到"
    # As much of the filler as puts the line end inside the figure: 1 | 4.4万吨 (or 14 | .4万吨, 14. | 4万吨)
    paragraph = next(
        p
        for k in range(len(filler))
        if wrap(p := filler[:k] + "14.4万吨,比上年增长2.1%,创历史新高。", 475, 10.5, 21)[0].endswith(("1", "14", "14."))
    )
    path = write_pdf(tmp_path / "a.pdf", [("p", paragraph)], page_numbers=False)
    document = read_document(path)
    assert document.text == paragraph + "\n"
    assert _where(document, "14.4") == "p1:1"
    assert _where(document, "万吨") == "p1:2"


def test_pdf_two_columns_read_left_then_right_and_a_paragraph_spans_pages(tmp_path: Path) -> None:
    blocks = [("h", "政法工作综述")] + [("p", f"第{n}段。{LONG}") for n in range(1, 25)]
    path = write_pdf(tmp_path / "a.pdf", blocks, columns=2, header="晋城日报 2021年1月5日")
    document = read_document(path)
    assert document.text.splitlines() == ["政法工作综述"] + [f"第{n}段。{LONG}" for n in range(1, 25)]
    assert document.title == "政法工作综述"
    starts = [document.locate(document.text.index(f"第{n}段")) for n in range(1, 25)]
    ends = [document.locate(document.text.index("\n", document.text.index(f"第{n}段")) - 1) for n in range(1, 25)]
    assert {at.page for at in starts} == {1, 2}
    assert any(start.page == 1 and end.page == 2 for start, end in zip(starts, ends, strict=True))  # spans pages
    assert "晋城日报" not in document.text and "- 1 -" not in document.text  # header, page numbers


def test_pdf_tables_are_rows_of_cells_and_english_hyphenation_is_undone(tmp_path: Path) -> None:
    english = (
        "In 2023 the city's grain output reached 143,972 tonnes, an increase of 2.1 percent over the previous "
        "year, and the number of cooperatives registered with the agricultural bureau approximately doubled."
    )
    blocks = [("p", english), ("table", [["品种", "产量(吨)"], ["粮食", "143972"], ["棉花", "12"]]), ("p", "完。")]
    path = write_pdf(tmp_path / "a.pdf", blocks, forced_breaks={english: english.index("approximately") + 7})
    document = read_document(path)
    lines = document.text.splitlines()
    assert lines[0].startswith("In 2023") and "approximately doubled." in lines[0]
    assert lines[1:] == ["品种 | 产量(吨)", "粮食 | 143972", "棉花 | 12", "完。"]
    (table,) = document.tables
    assert [[document.text[s:e] for s, e in row.cells] for row in table.rows][1] == ["粮食", "143972"]
    assert _where(document, "粮食 |").startswith("p1:")


def test_an_encrypted_pdf_is_an_error(tmp_path: Path) -> None:
    path = write_pdf(tmp_path / "a.pdf", [("p", "全市共破获案件1759起。")], encrypt="secret")
    with pytest.raises(DocumentError, match=r"is encrypted \(password-protected\)"):
        read_document(path)


def test_a_scanned_pdf_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="has no text layer"):
        read_document(write_scanned_pdf(tmp_path / "scan.pdf"))


def test_a_damaged_pdf_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "a.pdf"
    path.write_bytes(b"%PDF-1.4\n garbage")
    with pytest.raises(DocumentError, match="is not a readable PDF"):
        read_document(path)


def test_html_and_markdown_writers_agree_with_the_text(tmp_path: Path) -> None:
    blocks = [("h", "概况"), ("p", "全市共破获案件1759起。"), ("table", [["粮食", "143972"]])]
    (tmp_path / "a.md").write_text(to_markdown(blocks), encoding="utf-8")
    (tmp_path / "a.html").write_text(to_html(blocks, title="报告", boilerplate=False), encoding="utf-8")
    assert read_document(tmp_path / "a.md").text == "概况\n全市共破获案件1759起。\n粮食 | 143972\n"
    assert read_document(tmp_path / "a.html").text == "报告\n概况\n全市共破获案件1759起。\n粮食 | 143972\n"
