"""The traditional -> simplified table: read in C when it is regular, always as read line by line."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from factcheck.quantity import normalize


def _line_by_line(table: str) -> dict[int, str]:
    return {ord(line[0]): line[1] for line in table.splitlines() if len(line) == 2 and not line.startswith("#")}


def test_the_bundled_table_is_read_in_c_as_line_by_line() -> None:
    table = (Path(normalize.__file__).parent / normalize._TRADITIONAL_FILE).read_text("utf-8")
    assert normalize.pairs(table) == _line_by_line(table)
    assert len(normalize.pairs(table)) > 3000 and normalize.pairs(table)[ord("鬥")] == "斗"


LINES = st.lists(
    st.one_of(
        st.text(alphabet="國们#\r\x85\u2028 a", min_size=2, max_size=2),
        st.sampled_from(["# a comment", "#", "", "一", "國国x"]),
    ),
    max_size=12,
)


@given(LINES, st.booleans())
def test_any_table_is_read_as_line_by_line(lines: list[str], last_newline: bool) -> None:
    table = "\n".join(lines) + ("\n" if last_newline else "")
    assert normalize.pairs(table) == _line_by_line(table)
