"""A table's sub-rows (夏粮 and 秋粮 under 粮食) are set in by ideographic spaces or by their place in the cell:
every format keeps them set in, so extract reads them as parts of the row above, as it does in a text file."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.documents import read_document
from tests.documents.parity import suggestions
from tests.documents.writers import Block, to_html, write_docx, write_pdf

ROWS = [["产品", "产量（吨）", "比上年增长（%）"], ["粮食", "273500", "2.1"], ["\u3000夏粮", "98600", "1.2"]]
ROWS += [["\u3000秋粮", "174900", "2.6"], ["油料", "21340", "-3.5"]]
BLOCKS: list[Block] = [("h", "二、农业"), ("p", "全年粮食总产量27.35万吨，比上年增长2.1%。"), ("table", ROWS)]
TEXT = "二、农业\n\n全年粮食总产量27.35万吨，比上年增长2.1%。\n\n" + "".join(
    "| " + " | ".join(row) + " |\n" + ("|---|---|---|\n" if n == 0 else "") for n, row in enumerate(ROWS)
)


def _write(kind: str, path: Path) -> Path:
    if kind == "pdf":
        return write_pdf(path, BLOCKS, page_numbers=False)
    if kind == "pdf-unruled":  # no ruling lines: the sub-row's label starts an em right of the others
        return write_pdf(path, [("grid", c) if k == "table" else (k, c) for k, c in BLOCKS], page_numbers=False)
    if kind == "docx":
        return write_docx(path, BLOCKS)
    path.write_text(to_html(BLOCKS, title="统计公报"), encoding="utf-8")
    return path


@pytest.mark.parametrize("kind", ["pdf", "pdf-unruled", "docx", "html"])
def test_sub_rows_stay_set_in_and_extract_reads_them_as_in_a_text_file(tmp_path: Path, kind: str) -> None:
    document = read_document(_write(kind, tmp_path / f"a.{kind.split('-')[0]}"))
    lines = document.text.splitlines()
    assert "粮食 | 273500 | 2.1" in lines
    assert "\u3000夏粮 | 98600 | 1.2" in lines
    assert "\u3000秋粮 | 174900 | 2.6" in lines
    assert "油料 | 21340 | -3.5" in lines  # a row not set in stays as it is
    text_file = tmp_path / "a.txt"
    text_file.write_text(TEXT, encoding="utf-8")
    on_text = suggestions(read_document(text_file))
    assert any("sum(98600, 174900) == 273500" in s for s in on_text)
    assert suggestions(document) == on_text
