"""False alarms on consistent English report prose, second round (texts with no errors, so every alarm is
false): a total column beside columns that are only some of its kinds, or overlap."""

from __future__ import annotations

from pathlib import Path

from tests.extract.test_falarm_en import scan


def test_columns_short_of_the_all_column_in_every_row_are_some_of_its_kinds_never_all_of_it(tmp_path: Path) -> None:
    # "Killed or seriously injured" holds the killed: the two columns overlap and leave out the slightly injured
    text = (
        "# Casualties\n\nThere were 210 deaths on the county's roads.\n\n"
        "| Road user | Killed | Killed or seriously injured | All casualties |\n|---|---|---|---|\n"
        "| Pedestrians | 61 | 830 | 2,410 |\n| Cyclists | 19 | 645 | 2,088 |\n| Drivers | 130 | 1,902 | 9,377 |\n"
        "| Total | 210 | 3,377 | 13,875 |\n"
    )
    assert scan(tmp_path, text) == (0, [])
    # columns that are all of the total still add up row by row: a slip in one row is still caught
    whole = (
        "# Vehicles\n\nThe depots ran 412 vehicles.\n\n| Depot | Buses | Vans | All vehicles |\n|---|---|---|---|\n"
        "| North | 120 | 41 | 161 |\n| South | 98 | 35 | 133 |\n| East | 87 | 31 | 118 |\n"
    )
    assert scan(tmp_path, whole)[1] == []
    alarms = scan(tmp_path, whole.replace("| 98 | 35 | 133 |", "| 98 | 35 | 143 |"))[1]
    assert any("98 + 35 = 133, stated 143" in line for line in alarms), alarms


TRIBUNALS = (
    "# Tribunals\n\nProperty tribunals received 4,310 applications in the year and made 3,985 decisions, leaving "
    "9,720 outstanding in March.\n\n"
    "| Tribunal | Receipts | Decisions | Outstanding | Change in outstanding |\n|---|---|---|---|---|\n"
    "| Property | 4,310 | 3,985 | 9,720 | +325 |\n| Lands | 1,204 | 1,150 | 2,466 | +54 |\n"
    "| Total | 5,514 | 5,135 | 12,186 | +379 |\n"
)


def test_a_row_named_by_the_sentences_subject_repeats_the_figures_named_like_its_columns(tmp_path: Path) -> None:
    # the Property row's Decisions cell repeats "3,985 decisions", not the sentence's first figure; its change
    # repeats no figure ("decisions" and "Change in outstanding" share letters, not words); the Total row
    # repeats no Property figure (the sentence opens with a row's name)
    assert scan(tmp_path, TRIBUNALS) == (0, [])
    # the Outstanding cell, named like "9,720 outstanding", still repeats it
    alarms = scan(tmp_path, TRIBUNALS.replace("| 3,985 | 9,720 |", "| 3,985 | 9,270 |"))[1]
    assert any("9,270, stated 9,720" in line for line in alarms), alarms


def test_outstanding_cases_above_those_received_hold_cases_carried_over_never_received_minus_decided(
    tmp_path: Path,
) -> None:
    text = "# Claims\n\nThe tribunal received 2,140 claims and concluded 1,980, with 6,402 claims outstanding.\n"
    assert scan(tmp_path, text) == (0, [])
    # an outstanding figure that could be the difference is still checked against it
    alarms = scan(tmp_path, text.replace("6,402", "172"))[1]
    assert any("172" in line and "received" in line for line in alarms), alarms


def test_a_total_row_repeats_the_figure_whose_following_words_name_its_column(tmp_path: Path) -> None:
    # "received 5,210 undergraduate applications": the column's name is the second word after the figure;
    # "offers to 3,380 applicants" names what was counted by another word that starts alike
    text = (
        "# Admissions\n\nThe college received 5,210 undergraduate applications and made offers to 3,380 applicants."
        "\n\n| School | Applications | Offers |\n|---|---|---|\n| Arts | 2,040 | 1,490 |\n| Science | 3,170 | 1,890 |\n"
        "| All schools | 5,210 | 3,380 |\n"
    )
    assert scan(tmp_path, text) == (0, [])
    alarms = scan(tmp_path, text.replace("| All schools | 5,210 |", "| All schools | 5,120 |"))[1]
    assert any("5,120, stated 5,210" in line for line in alarms), alarms


def test_of_those_doing_something_is_a_new_group_never_the_figure_of_the_sentence_before(tmp_path: Path) -> None:
    text = (
        "# Programmes\n\nUnpaid work hours rose to 410,000. Of those starting a drug treatment programme, 920 of "
        "1,150 (80.0 per cent) completed it.\n"
    )
    assert scan(tmp_path, text) == (0, [])


def test_a_list_shared_out_over_the_groups_of_the_sentence_before_is_never_a_breakdown_of_its_first(
    tmp_path: Path,
) -> None:
    text = (
        "# Crime\n\nPolice in Kent recorded 152,410 crimes in 2025 and Sussex Police 98,960, a rise of 4.2% and a "
        "fall of 1.8% respectively. Burglaries numbered 8,230 and 4,410 respectively.\n"
    )
    assert scan(tmp_path, text) == (0, [])


def test_a_sentence_opening_with_per_gives_rates_never_counts_that_must_be_whole(tmp_path: Path) -> None:
    text = "# Roads\n\nPer billion vehicle miles, Wales recorded 4.6 deaths and Scotland 5.5.\n"
    assert scan(tmp_path, text) == (0, [])
    # with no "per" at all, 4.6 deaths is still no alarm: a count written with a fraction is a mean whose base the
    # text names elsewhere (nobody counts six tenths of a death), so it need not be whole
    assert scan(tmp_path, "# Roads\n\nWales recorded 4.6 deaths on its roads.\n") == (0, [])
