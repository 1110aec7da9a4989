"""Main text of saved pages as government sites and statistics agencies publish them.

The pages in ``pages/`` are our own, written in the structures such sites use (see each page's comment-free
markup: the frame around the article, the article's container, Word's and content systems' markup). Each
``.txt`` beside a page is the canonical text its main text must be, line for line: every body paragraph,
heading, caption and table row kept, nothing of the frame.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from factcheck.documents import read_document
from factcheck.documents.builder import superscript
from factcheck.documents.html import boilerplate_line
from factcheck.quantity import find_quantities

PAGES = Path(__file__).parent / "pages"
NAMES = sorted(path.stem for path in PAGES.glob("*.html"))
# Figures only the frame holds: visit counters, phone, postal, registration and site numbers.
FRAME_FIGURES = {
    "zh-statistics": ["2345", "0356-2020123", "048000", "05001234", "1405000012", "00012"],
    "zh-policy": ["00003", "05070218", "11010202000001", "01000001"],
    "zh-layout-tables": ["3862", "6012345", "048200", "12003456", "1405250001"],
    "zh-word-export": ["3456"],
    "en-govuk": ["3 additional"],
    "en-bjs": ["307-0765", "20531", "810 Seventh"],
}


def _write(tmp_path: Path, name: str) -> tuple[Path, str]:
    """The page saved in the encoding it declares, as a browser saves it."""
    source = (PAGES / f"{name}.html").read_text("utf-8")
    declared = re.search(r"charset=[\"']?([\w-]+)", source, re.IGNORECASE)
    codec = declared.group(1).lower() if declared else "utf-8"
    path = tmp_path / f"{name}.html"
    path.write_bytes(source.encode("gb18030" if codec == "gb2312" else codec))
    return path, source


def test_every_page_is_measured() -> None:
    assert sorted(FRAME_FIGURES) == NAMES
    assert any("charset=gb2312" in (PAGES / f"{n}.html").read_text("utf-8") for n in NAMES)
    assert any("charset=GBK" in (PAGES / f"{n}.html").read_text("utf-8") for n in NAMES)


@pytest.mark.parametrize("name", [n for n in NAMES if "charset=gb" in (PAGES / f"{n}.html").read_text("utf-8").lower()])
def test_a_page_saved_again_as_utf8_reads_despite_its_old_gb_declaration(name: str) -> None:
    """The fixtures themselves are such pages: UTF-8 bytes under <meta charset=gb2312>, refused before."""
    document = read_document(PAGES / f"{name}.html")
    assert document.text.splitlines() == (PAGES / f"{name}.txt").read_text("utf-8").splitlines()


@pytest.mark.parametrize("name", NAMES)
def test_a_pages_main_text_is_its_body_and_nothing_of_its_frame(tmp_path: Path, name: str) -> None:
    path, source = _write(tmp_path, name)
    document = read_document(path)
    assert document.text.splitlines() == (PAGES / f"{name}.txt").read_text("utf-8").splitlines()
    for figure in FRAME_FIGURES[name]:
        assert figure in source  # the frame does hold it ...
        assert figure not in document.text  # ... and it never reaches the text


@pytest.mark.parametrize("name", NAMES)
def test_every_figure_is_located_where_the_page_has_it(tmp_path: Path, name: str) -> None:
    path, source = _write(tmp_path, name)
    document = read_document(path)
    lines = source.splitlines()
    figures = find_quantities(document.text)
    assert figures
    for figure in figures:
        at = document.locate(figure.start)
        assert lines[at.line - 1][at.column - 1] == figure.text[0], (figure.text, str(at))


@pytest.mark.parametrize(
    ("before", "mark", "kept"),
    [
        ("增长3.1%", "1", ""),  # a note mark on a rate
        ("破获刑事案件1759", "3", ""),  # ... on a count: never 17593
        ("to 1,230,100", "1", ""),
        ("the highest for a decade", "2", ""),
        ("Federal", "a", ""),
        ("88,000", "[x]", ""),
        ("a population of 1.2 × 10", "6", "⁶"),  # a power of ten
        ("面积12 km", "2", "²"),  # a unit squared
        ("the 21", "st", "st"),  # an ordinal
        ("cost 110", "6", ""),  # 110 is no power of ten's base
    ],
)
def test_a_superscript_never_joins_the_figure_before_it(before: str, mark: str, kept: str) -> None:
    assert superscript(before, mark) == kept


@pytest.mark.parametrize(
    ("line", "frame"),
    [
        ("当前位置：首页 > 政务公开 > 统计数据", True),
        ("【打印本页】 【关闭窗口】", True),
        ("发布时间：2024-03-20 来源：某市统计局 浏览次数：2345", True),
        ("2024-01-05 16:30 来源： 某政府网", True),
        ("晋ICP备05001234号-1 网站标识码：1405000012", True),
        ("Print this page", True),
        ("资料来源：国家统计局。全年粮食总产量14.4万吨。", False),
        ("全年城镇新增就业3.2万人。", False),
        ("注：1.本公报数据为初步统计数。", False),
        ("Prisoners numbered 159,100, about 13% of the total.", False),
    ],
)
def test_the_frames_own_lines_are_recognised(line: str, frame: bool) -> None:
    assert boilerplate_line(line) is frame


_PAGE = '<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"></head><body><p>{text}</p></body></html>'
_ENGLISH = (
    "The force recorded 1,200 offences in the year, of which 700 were thefts and 500 were burglaries. "
    "Thefts made up 58.3% of all offences."
)
_CHINESE = "全年共受理案件1200件，其中刑事案件700件，民事案件500件。刑事案件占全部案件的58.3%。"


@pytest.mark.parametrize(
    ("lang", "text", "read_as"),
    [
        ("zh-CN", _ENGLISH, None),  # an English page under a Chinese site's template: the text tells
        ("en", _CHINESE, None),
        ("en-GB", _ENGLISH, "en"),
        ("zh-CN", _CHINESE, "zh"),
        ("zh-CN", _CHINESE + " (Source: NBS, 2025 annual data release)", "zh"),
    ],
)
def test_a_pages_declared_language_counts_only_where_its_text_agrees(
    tmp_path: Path, lang: str, text: str, read_as: str | None
) -> None:
    page = tmp_path / "page.html"
    page.write_text(_PAGE.format(lang=lang, text=text), encoding="utf-8")
    document = read_document(page)
    assert document.language == read_as
    from factcheck.extract import extract

    extraction = extract(document, "page")
    checks = [s.check for s in extraction.suggestions]
    assert any(check.startswith("sum(") and "==" in check for check in checks), checks  # parts and their total
