"""Tables as real reports set them, fifth round (found on the development sets, each test with a table of our
own): columns headed by a year that spans two (| 2022/2023 | 2023/2024 |) ...  Each, read wrong, missed a
relation a fact-checker verifies."""

from __future__ import annotations

from tests.extract.test_patterns import proposed

HEARINGS = (
    "Table 4: Tribunal hearings listed by outcome\n\n"
    "    Outcome                  2022/2023   2023/2024   Change (%)\n"
    "    Upheld                       4,210       4,480          6.4\n"
    "    Dismissed                    2,950       2,770         -6.1\n"
    "    Withdrawn                      840         812         -3.3\n"
    "    Total                        8,000       8,062          0.8\n"
)


def test_a_year_spanning_two_is_of_its_later_year_so_the_change_column_compares_the_two_columns() -> None:
    changes = [check for check, _ in proposed(HEARINGS, "year-on-year")]
    # 2023/2024 is the later column, not an earlier one beside 2022/2023 (both start before 2024)
    assert "change(4,480, 4,210) == 6.4%" in changes
    assert "change(8,062, 8,000) == 0.8%" in changes
