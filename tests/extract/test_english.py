"""English statistics bulletins: the phrasing of ONS, MoJ and BJS releases read as their authors mean it."""

from __future__ import annotations

import pytest

from factcheck.extract import extract
from tests.extract.test_patterns import proposed


def figures(text: str) -> list[tuple[str, str]]:
    return [(f.text, f.role) for f in extract(text, "snippet").document.figures]


def test_a_year_or_a_change_before_to_is_no_range() -> None:
    """The reader takes "2023 to 318,400 cases" for a range; a bulletin means the year, then the level."""
    assert figures("Receipts rose 4% on the same quarter of 2023 to 318,400 cases.") == [
        ("4%", "percent-change"),
        ("318,400 cases", "current"),
    ]
    assert figures("The caseload grew by 16,500 to 287,300 cases.") == [
        ("16,500", "change"),
        ("287,300 cases", "current"),
    ]
    assert figures("Estimates rose 10 to 15 per cent.")[0][0] == "10 to 15 per cent"  # a range stays one


def test_the_base_of_a_rate_is_no_figure() -> None:
    extraction = extract("The homicide rate was 10.2 per million population and 368.4 per 100,000 in 2021.", "x")
    assert [(f.text, f.base, f.label) for f in extraction.document.figures] == [
        ("10.2", 1_000_000, "homicide rate"),
        ("368.4", 100_000, "homicide rate"),
    ]


def test_over_after_jurisdiction_is_a_preposition() -> None:
    (figure,) = extract("The department had jurisdiction over 48,620 persons.", "x").document.figures
    assert figure.text == "48,620 persons" and figure.quantity.hedge is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # the record low in parentheses after "since" is not the previous year's value
            "Police recorded 612 homicide victims in the year ending March 2023, 58 fewer (an 8.7% decrease) than "
            "the year before and the lowest count since the year ending March 2016 (571 victims).",
            [("change(612, 612 + 58) == -8.7%", "error")],
        ),
        (
            "The number of homicide incidents increased by 21, or 4%, from 540 to 561.",
            [("change(561, 540) == 4%", "error"), ("561 - 540 == 21", "error"), ("21 / 540 == 4%", "error")],
        ),
        (
            # each comparison with the value in parentheses after the period it names
            "The imprisonment rate at yearend 2023 (402 sentenced prisoners per 100,000 residents) was down 18% "
            "from yearend 2013 (490 per 100,000) but up 2% from yearend 2022 (394 per 100,000).",
            [("change(402, 490) == -18%", "error"), ("change(402, 394) == 2%", "error")],
        ),
        (
            "The number of women in prison increased almost 6% from yearend 2022 (3,310) to yearend 2023 (3,500).",
            [("change(3,500, 3,310) == almost 6%", "error")],
        ),
        (
            "The prison population was 1,230,100 at yearend 2022, an increase of 2% or 25,100 from yearend 2021 "
            "(1,205,100). This rise reversed the 1% decline reported in 2021.",
            [
                ("change(1,230,100, 1,205,100) == 2%", "error"),
                ("1,230,100 - 1,205,100 == 25,100", "error"),
                ("25,100 / 1,205,100 == 2%", "error"),
            ],
        ),
    ],
)
def test_year_on_year_in_bulletins(text: str, expected: list[tuple[str, str]]) -> None:
    assert proposed(text, "year-on-year") == expected


def test_a_difference_from_the_figure_in_parentheses() -> None:
    text = (
        "In 2023, state prisons admitted 17,350 persons, which was 910 more than they released that year (16,440) "
        "and 1,180 more than they admitted the year before (16,170)."
    )
    assert proposed(text, "flow") == [
        ("17,350 persons - 16,440 == 910", "error"),
        ("17,350 persons - 16,170 == 1,180", "error"),
    ]


def test_compared_with_another_group_is_no_previous_value() -> None:
    text = "Women were more likely to be killed by a partner (36% of female victims compared with 2% of male victims)."
    assert figures(text) == [("36%", "share"), ("2%", "share")]


def test_a_current_value_in_parentheses_is_no_previous_one_of_the_paragraph_before() -> None:
    text = (
        "There were 4,120 effective trials, up 12% on Q2 2023.\n\n"
        "The number of completed requests in Q2 2024 (39,870) increased 5% compared to the previous year."
    )
    extraction = extract(text, "x")
    owners = {f.text: f.owner.text if f.owner else None for f in extraction.document.figures}
    assert owners == {"4,120": None, "12%": "4,120", "39,870": None, "5%": "39,870"}


def test_within_a_named_category_breaks_it_down() -> None:
    text = (
        "Violence against the person offences numbered 38,560.\n\n"
        "Within violence against the person, violence with injury rose by 6% to 14,210 offences, violence without "
        "injury fell by 2% to 16,480 and stalking and harassment rose 11% to 7,870."
    )
    assert proposed(text, "total-parts")[0] == ("sum(14,210 offences, 16,480, 7,870) <= 38,560", "error")


def test_one_quantity_in_two_years_respectively_is_a_previous_value_not_parts() -> None:
    text = (
        "Violence with injury rose to 14,210 offences. Knife crime offences numbered 1,020 and 1,140 in the years "
        "ending March 2023 and March 2024 respectively, an increase of 12%."
    )
    assert proposed(text, "total-parts") == []
    assert proposed(text, "year-on-year") == [("change(1,140, 1,020) == 12%", "error")]


def test_the_value_in_parentheses_after_than_in_the_previous_year() -> None:
    text = "Police recorded 23,640 incidents, 15% fewer than in the previous year (27,810)."
    assert proposed(text, "year-on-year") == [("change(23,640 incidents, 27,810) == -15%", "error")]


def test_a_headline_figure_and_the_change_in_the_sentence_after_it() -> None:
    """MoJ's main points: a figure, then 'This represents a rise of 1% compared to ...'; 'This rise reversed
    the 2% decline reported in 2023' compares nothing of the figure before."""
    text = (
        "8,652 prisoners as at 30 June 2024. This represents a rise of 4% compared to the same period in the "
        "previous year. This rise reversed the 2% decline reported in 2023."
    )
    owners = {f.text: f.owner.text if f.owner else None for f in extract(text, "x").document.figures}
    assert owners == {"8,652 prisoners": None, "4%": "8,652 prisoners", "2%": None}


def test_a_number_in_an_adjective_counts_nothing() -> None:
    text = (
        "Over the 12-month period, the prison population has risen by around 330 (which represents a 4% increase) "
        "to 8,652."
    )
    assert figures(text) == [("around 330", "change"), ("4%", "percent-change"), ("8,652", "current")]
    assert proposed(text, "year-on-year") == [("change(8,652, 8,652 - around 330) == 4%", "error")]


def test_of_the_total_is_never_a_figure_smaller_than_its_part() -> None:
    """A rate per 100,000 stood nearest: "about 13% of the total" was checked as 159,100 / 355 = 44,817%."""
    text = (
        "Prisoners under state or federal jurisdiction rose from 1,205,100 to 1,230,100.\n"
        "The imprisonment rate rose 1% to 355 per 100,000 U.S. residents.\n"
        "Federal prisoners numbered 159,100, about 13% of the total.\n"
    )
    shares = [check for check, _ in proposed(text, "share") if "159,100" in check]
    assert shares and all("355" not in check for check in shares)
