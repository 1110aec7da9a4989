"""Sentences of English report prose: where a full stop ends one and where it does not."""

from __future__ import annotations

import pytest

from factcheck.documents.structure import from_text
from tests.helpers import SEX_TABLE


def sentences(text: str) -> list[str]:
    structure = from_text(text, "en")
    spans = structure.sentences
    return [text[a:b].strip() for a, b in zip(spans.starts, spans.ends, strict=True)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The rate fell from 352 per 100,000 U.S. residents to 320. It was the lowest since 1995.",
            ["The rate fell from 352 per 100,000 U.S. residents to 320.", "It was the lowest since 1995."],
        ),
        (
            # an initialism before a name goes on; before a word that opens a sentence it ends one
            "The U.S. Department of Justice counted 1,204,300 prisoners in the U.S. The count fell by 3%.",
            ["The U.S. Department of Justice counted 1,204,300 prisoners in the U.S.", "The count fell by 3%."],
        ),
        (
            "Costs were approx. five million pounds. Staff fell.",
            ["Costs were approx. five million pounds.", "Staff fell."],
        ),
        (
            "Dr. Smith reported 3.5 million calls. Most were routine.",
            ["Dr. Smith reported 3.5 million calls.", "Most were routine."],
        ),
    ],
)
def test_english_sentences_end_where_a_reader_ends_them(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_an_empty_cell_between_pipes_keeps_its_column() -> None:
    # 300 stands under 2023, never under 2022 because the 2022 cell is blank
    text = "| 项目 | 2022 | 2023 |\n|---|---|---|\n| 乡村医生 |  | 300 |\n| 工勤人员 | 700 | 450 |\n"
    structure = from_text(text, "zh")
    rows = [[text[a:b] for a, b in block.cells] for block in structure.blocks if block.cells]
    assert rows == [["项目", "2022", "2023"], ["乡村医生", "", "300"], ["工勤人员", "700", "450"]]


def test_a_label_line_inside_a_plain_text_table_is_one_of_its_rows() -> None:
    # "Sex" names the rows under it; it neither ends the table nor opens a section of the text
    text = SEX_TABLE
    structure = from_text(text, "en")
    assert len(structure.tables) == 1
    assert [text[a:b] for a, b in structure.tables[0].rows[4].cells] == ["Sex"]
    assert not [block for block in structure.blocks if block.kind != "row"]
