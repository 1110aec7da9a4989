"""A development text proposes the same on a PDF, a Word file and a web page as on the text file
(``python -m tests.documents.parity`` measures every text; this holds a floor on a few that once differed)."""

from __future__ import annotations

from tests.documents.parity import DEV, blocks_of, measure_formats, summary

# Each once differed on PDF: £ amounts and English figures a line end cut (fresh3/en01), a table's label too long
# for its cell (fresh/en05), figures grouped by spaces across a line end (oldheldout/zh06), sub-rows of a
# table set in by ideographic spaces (fresh2/zh01).
TEXTS = (
    "fresh3/en01-prices-news",
    "fresh/en05-youth-justice",
    "oldheldout/zh06-procuratorate-work-report",
    "fresh2/zh01-county-communique",
)


def test_a_few_texts_propose_the_same_in_every_format(capsys: object) -> None:
    results = measure_formats(
        [DEV / f"{name}.txt" for name in TEXTS], ("pdf", "pdf-unruled", "docx", "html"), keys=False
    )
    for kind, outcomes in results.items():
        differing = {o.name: o.only_text + o.only_rendered for o in outcomes if not o.same}
        assert not differing, f"{summary(kind, outcomes)}\n{differing}"


def test_blocks_of_a_text_keep_its_tables_headings_and_sub_rows() -> None:
    text = (
        "一、农业\n\n"
        "全年粮食产量27.35万吨。\n\n"
        "| 产品 | 产量 |\n|---|---|\n| 粮食 | 273500 |\n| 　夏粮 | 98600 |\n\n"
        "  指  标        年末数\n  常住人口      186.42\n    其中：城镇    121.37\n\n"
        "Table 2: Outcomes\n"
    )
    assert blocks_of(text) == [
        ("h", "一、农业"),
        ("p", "全年粮食产量27.35万吨。"),
        ("table", [["产品", "产量"], ["粮食", "273500"], ["\u3000夏粮", "98600"]]),
        ("table", [["指标", "年末数"], ["常住人口", "186.42"], ["\u3000其中：城镇", "121.37"]]),
        ("h", "Table 2: Outcomes"),
    ]
