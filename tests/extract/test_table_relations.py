"""Relations inside a table a fact-checker checks row by row: shares beside counts, ratio columns."""

from __future__ import annotations

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
