"""Relations inside a table a fact-checker checks row by row: shares beside counts, ratio columns."""

from __future__ import annotations

from factcheck.extract import extract
from tests.extract.test_patterns import proposed

TRANSFERS = (
    "各责任单位转派工单情况如下。\n\n"
    "| 责任单位 | 转派工单 | 占比 |\n|---|---|---|\n"
    "| 县(市、区) | 15390 | 84.97% |\n| 市直单位 | 2013 | 11.11% |\n| 流转中 | 710 | 3.92% |\n"
    "| 总计 | 18113 | 100% |\n"
)
OFFENCES = (
    "Table 2: Offences by type\n\n| Offence | Number | % |\n|---|---|---|\n"
    "| Violence | 1,240 | 41.3 |\n| Theft | 1,105 | 36.8 |\n| Criminal damage | 655 | 21.8 |\n| Total | 3,000 | 100 |\n"
)


def test_a_share_column_is_each_rows_count_over_the_total_row() -> None:
    assert proposed(TRANSFERS, "share") == [
        ("share(15390, 18113) == 84.97%", "error"),
        ("share(2013, 18113) == 11.11%", "error"),
        ("share(710, 18113) == 3.92%", "error"),
    ]
    assert proposed(OFFENCES, "share") == [
        ("share(1,240, 3,000) == 41.3%", "error"),
        ("share(1,105, 3,000) == 36.8%", "error"),
        ("share(655, 3,000) == 21.8%", "error"),
    ]


def test_a_share_column_without_a_total_row_proposes_nothing() -> None:
    rows = TRANSFERS.replace("| 总计 | 18113 | 100% |\n", "")
    assert proposed(rows, "share") == []


GRAIN = (
    "表1  全县主要农产品产量\n\n"
    "指标               单位        产量       比上年增长(%)\n"
    "粮食               万吨        28.56      1.2\n"
    "  夏粮             万吨        10.12      0.8\n"
    "  秋粮             万吨        18.44      1.4\n"
    "油料               吨          2310      -3.5\n\n"
    "全年粮食总产量28.56万吨，比上年增长1.2%。\n"
)


def test_a_unit_column_gives_each_row_its_unit() -> None:
    """| 指标 | 单位 | 产量 | with | 粮食 | 万吨 | 28.56 |: the table's 28.56 is 28.56万吨, which the text repeats;
    the change column keeps its own % and the 吨 row its own unit."""
    assert ("28.56万吨 == (28.56吨 * 10000)", "error") in proposed(GRAIN, "repeated")

    cells = [(f.text, f.scale) for f in extract(GRAIN, "x").document.figures if f.in_table]
    assert cells[0] == ("28.56吨", 10000) and cells[-2:] == [("2310吨", 1), ("-3.5%", 1)]
