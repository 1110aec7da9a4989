"""Plain text hard-wrapped at a fixed width (copied out of a PDF, pdftotext output) is read as paragraphs."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.documents.text import read_text_bytes
from factcheck.quantity import find_quantities

WRAPPED_ZH = (
    "一、劳动就业\n\n"
    "就业规模持续扩大。年末全县就业人员 77451 人,比上\n"
    "年末增加 198 人;其中城镇就业人员 40410 人,比上年末\n"
    "增加 1100 人。全县就业人员中,第一产业就业人员占 28.3%;\n"
    "第二产业就业人员占 29.3%;第三产业就业人员占 42.4%。\n\n"
    "全年农民工总量 27747 人,比上年增加 352 人,其中外出农\n"
    "民工 16884 人,增长 0.4%;本地农民工 10863 人,增长 2.\n"
    "7%。\n"
)


def test_a_hard_wrapped_chinese_paragraph_is_one_line_at_the_files_positions() -> None:
    document = read_text_bytes(WRAPPED_ZH.encode(), "report.txt")
    lines = document.text.split("\n")
    assert lines[0] == "一、劳动就业"  # a heading joins nothing
    assert "比上年末增加 198 人" in lines[2] and lines[2].endswith("第三产业就业人员占 42.4%。")
    assert "外出农民工 16884 人" in lines[4] and lines[4].endswith("增长 2.7%。")  # a figure split at the line end
    assert [q.text for q in find_quantities(lines[4])][-1] == "2.7%"
    where = document.locate(document.text.index("1100"))
    assert (where.line, where.column) == (5, 4)  # the file's own line and column
    numbered = read_text_bytes(
        (
            "一、全年全县法院共受理各类案件8123件，比上年增加312件，其中刑事案件1205件，民\n"
            "事案件5230件，行政案件188件。二审案件共计1500件，比上年增长了百分之五点二。\n"
            "二、审结各类案件7890件，结案率97.1%，同比提高1.2个百分点，比上年多结案件410\n"
            "件，法官人均结案312件，比上年增加25件，审判质效稳步提升，群众满意度不断提高。\n"
        ).encode(),
        "courts.txt",
    ).text.split("\n")
    assert numbered[0].startswith("一、") and "其中刑事案件1205件，民事案件5230件" in numbered[0]
    assert numbered[1].startswith("二、")  # the next item never joins the one before


def test_hard_wrapped_english_joins_with_a_space_and_undoes_hyphenation() -> None:
    text = (
        "The number of prisoners held in the region's prisons rose by 4% in the\n"
        "year to March, from 10,120 to 10,525, the highest figure since records be-\n"
        "gan in 2001, while the number on remand fell to 1,240.\n"
        "Probation caseloads were broadly stable at around 19,800 people, though\n"
        "the number on community orders fell by 3%.\n"
    )
    document = read_text_bytes(text.encode(), "bulletin.txt")
    first = document.text.split("\n")[0]
    assert "rose by 4% in the year to March" in first and "since records began in 2001" in first
    assert document.text.rstrip("\n").count("\n") == 1  # a full stop at a line end ends the paragraph


def test_a_file_of_whole_paragraphs_tables_and_lists_is_left_exactly_as_it_is() -> None:
    text = (
        "全县受理各类案件8000件，其中刑事案件5000件，民事案件3000件，审结7600件，结案率95.0%，同比上升1.2个百分点。\n"
        "| 类别 | 件数 |\n| 刑事 | 5000 |\n| 民事 | 3000 |\n"
        "指标               单位        数量\n粮食               万吨        28.56\n"
        "一、工作情况\n（一）受理案件情况，全年受理各类案件8000件，比上年增加600件，增长8.1%，其中新收7400件\n"
        "1. 审结7600件\n"
    )
    document = read_text_bytes(text.encode(), "plain.txt")
    assert document.text == text


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.text(alphabet="全县受理案件比上年增加人万亿 0123456789,.;。、%abc-", min_size=0, max_size=40),
        min_size=1,
        max_size=12,
    )
)
def test_every_character_kept_stands_where_its_position_says(lines: list[str]) -> None:
    """Whatever is joined, each character of the text read stands in the file at the line and column given."""
    text = "\n".join(lines)
    document = read_text_bytes(text.encode(), "any.txt")
    file_lines = text.split("\n")
    for offset, char in enumerate(document.text):
        if char in " \n":
            continue
        where = document.locate(offset)
        assert file_lines[where.line - 1][where.column - 1] == char
