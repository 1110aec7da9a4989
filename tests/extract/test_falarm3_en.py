"""False alarms on consistent English report prose, third round (texts with no errors, so every alarm is false):
personnel statistics, detention figures, coverage tables, tax receipts and shares said in words."""

from __future__ import annotations

from pathlib import Path

from tests.extract.test_falarm_en import scan


def test_a_percentage_in_brackets_after_a_fall_on_a_year_earlier_is_the_fall_s_rate_never_a_share(
    tmp_path: Path,
) -> None:
    # 3,978 of the year before's 140,095 is 2.8%; of the 136,117 now it would be 2.9%
    text = "# Strength\n\nThe trained strength was 136,117 on 1 October, down 3,978 (2.8%) on a year earlier.\n"
    assert scan(tmp_path, text) == (0, [])
    # the rate is still checked, as a change
    alarms = scan(tmp_path, text.replace("(2.8%)", "(3.8%)"))[1]
    assert any("3.8%" in line and "change" in line for line in alarms), alarms


SERVICES = (
    "# Services\n\nThe full-time trained strength of the armed forces was 136,117. The Army had a trained "
    "strength of 75,983 against a requirement of 80,390.\n\n"
    "| Service | Trained strength | Requirement |\n|---|---|---|\n| Royal Navy | 29,169 | 30,420 |\n"
    "| Army | 75,983 | 80,390 |\n| Royal Air Force | 30,965 | 31,940 |\n| Total | 136,117 | 142,750 |\n"
)


def test_a_sentence_opening_with_the_and_a_row_s_name_speaks_of_that_row_never_of_the_total_row(
    tmp_path: Path,
) -> None:
    # "The Army had ... a requirement of 80,390" is the Army row's requirement, not the Total row's 142,750
    assert scan(tmp_path, SERVICES) == (0, [])
    # and the Army row now repeats it: a slip in its cell is caught against the sentence
    alarms = scan(tmp_path, SERVICES.replace("| 75,983 | 80,390 |", "| 75,983 | 80,930 |"))[1]
    assert any("80,930, stated 80,390" in line for line in alarms), alarms


DETENTION = (
    "# Detention\n\nThere were 1,844 people in immigration detention at the end of September.\n\n"
    "| Length of detention | People leaving |\n|---|---|\n| 28 days or less | 18,500 |\n"
    "| More than 28 days | 5,520 |\n| Total | 24,020 |\n"
)


def test_people_in_a_header_that_says_which_people_never_matches_a_count_of_other_people(tmp_path: Path) -> None:
    # | People leaving |'s total is not "1,844 people in immigration detention"
    assert scan(tmp_path, DETENTION) == (0, [])
    # the column still adds up
    alarms = scan(tmp_path, DETENTION.replace("| 5,520 |", "| 5,250 |"))[1]
    assert any("18,500 + 5,250" in line for line in alarms), alarms


def test_of_those_and_a_participle_is_the_earlier_figure_whose_clause_says_it(tmp_path: Path) -> None:
    # "Of those leaving" is none of "24,310 people entered" and "24,020 left": the returns and the bail (not every
    # way out of detention) are no parts of the 24,310
    text = (
        "# Detention\n\nDuring the year, 24,310 people entered detention and 24,020 left. Of those leaving, 9,960 "
        "were returned from the UK and 12,870 were granted bail.\n"
    )
    assert scan(tmp_path, text) == (0, [])
    # a lead whose clause says the participle is still the parts' total
    waiting = (
        "# Waiting lists\n\nSome 7,600 patients were waiting for treatment in March. Of those waiting, 2,900 had "
        "waited more than 18 weeks and 4,100 less.\n"
    )
    alarms = scan(tmp_path, waiting)[1]
    assert any("2,900 + 4,100" in line and "7,600" in line for line in alarms), alarms


COVERAGE = (
    "# Coverage\n\nOutdoor 4G coverage from all four operators reaches 79% of the UK landmass.\n\n"
    "| Nation | Full fibre | Gigabit-capable |\n|---|---|---|\n| England | 70% | 82% |\n| Wales | 65% | 73% |\n"
    "| UK | 69% | 81% |\n"
)


def test_a_figure_naming_a_row_and_no_column_of_a_row_of_like_cells_repeats_none_of_them(tmp_path: Path) -> None:
    # "79% of the UK landmass" is neither the UK's full-fibre cell nor its gigabit one
    assert scan(tmp_path, COVERAGE) == (0, [])
    # a figure whose words name the column is still the cell it repeats
    named = COVERAGE.replace(
        "Outdoor 4G coverage from all four operators reaches 79% of the UK landmass.",
        "Full fibre reaches 69% of UK homes.",
    )
    alarms = scan(tmp_path, named.replace("| UK | 69% |", "| UK | 67% |"))[1]
    assert any("67%, stated 69%" in line for line in alarms), alarms


RECEIPTS = (
    "# Receipts\n\nTax receipts were £512.4 billion. Income tax, National Insurance and VAT together raised "
    "£383.6 billion, three quarters of the total.\n"
)


def test_a_share_in_words_is_a_share_rounded_to_it_never_exactly_it(tmp_path: Path) -> None:
    # £383.6 billion of £512.4 billion is 74.86%: three quarters, to a whole percent
    assert scan(tmp_path, RECEIPTS) == (0, [])
    # 59.9% is no three quarters
    alarms = scan(tmp_path, RECEIPTS.replace("£512.4 billion", "£640.0 billion"))[1]
    assert any("75%" in line and "more than 0.5%" in line for line in alarms), alarms


TAXES = (
    "# Taxes\n\nIncome tax receipts were £156.2 billion, up £9.1 billion.\n\n"
    "| Tax | April to October (£bn) | Same period last year (£bn) | Change (£bn) |\n|---|---|---|---|\n"
    "| Income tax | 156.2 | 147.1 | 9.1 |\n| VAT | 102.7 | 99.5 | 3.2 |\n| Total | 258.9 | 246.6 | 12.3 |\n"
)


def test_a_column_of_the_same_period_last_year_holds_previous_values(tmp_path: Path) -> None:
    assert scan(tmp_path, TAXES) == (0, [])
    # each row's change is this year's value less last year's
    alarms = scan(tmp_path, TAXES.replace("| 99.5 | 3.2 |", "| 99.5 | 2.2 |"))[1]
    assert any("difference-from-previous" in line for line in alarms), alarms


CLAIMANTS = (
    "# Pensions\n\nThere were 12.7 million people receiving the State Pension. Of these, 4.5 million were on the new "
    "State Pension.\n\nPension Credit was paid to 1.41 million people in May.\n\n"
    "| Age band | Pension Credit claimants |\n|---|---|\n| 66 to 79 | 772,000 |\n| 80 and over | 638,000 |\n"
    "| Total | 1,410,000 |\n"
)


def test_a_total_row_repeats_the_text_figure_sharing_most_words_with_its_column_not_the_first_sharing_one(
    tmp_path: Path,
) -> None:
    # | Pension Credit claimants | is "Pension Credit was paid to 1.41 million", not "4.5 million ... new State
    # Pension", which shares only "pension" with it
    assert scan(tmp_path, CLAIMANTS) == (0, [])
    # the total still repeats the figure it is
    alarms = scan(tmp_path, CLAIMANTS.replace("1.41 million people", "1.44 million people"))[1]
    assert any("1,410,000, stated 1,440,000" in line for line in alarms), alarms


ACCEPTANCES = (
    "# Acceptances\n\nIn all, 563,140 applicants were accepted. UK applicants accounted for 466,930 acceptances. "
    "Students placed through Clearing made up one in ten acceptances (56,780).\n"
)


def test_a_figure_that_accounted_for_some_of_a_count_is_never_all_of_it(tmp_path: Path) -> None:
    # one in ten of all acceptances is never 56,780 of the UK's 466,930 (12.2%)
    assert scan(tmp_path, ACCEPTANCES) == (0, [])


def test_a_share_s_whole_is_never_smaller_than_its_part(tmp_path: Path) -> None:
    # "34,900 acceptances to computing" just before the share is no whole of 56,780
    text = ACCEPTANCES.replace(
        "Students placed", "Acceptances to computing rose by 5 per cent to 34,900.\n\nStudents placed"
    )
    assert scan(tmp_path, text) == (0, [])


def test_a_respectively_list_naming_the_lead_s_own_noun_beside_another_measure_is_no_breakdown_of_it(
    tmp_path: Path,
) -> None:
    text = (
        "# Supply\n\nNew build completions were 212,570 in the year. Starts and completions in the quarter were "
        "31,250 and 38,410 respectively.\n"
    )
    assert scan(tmp_path, text) == (0, [])
    # groups sharing out the lead's noun are still its parts
    forces = (
        "# Officers\n\nPolice employed 14,862 officers. The North, East, South and West forces employed 3,941, "
        "4,386, 2,970 and 3,465 officers respectively.\n"
    )
    alarms = scan(tmp_path, forces)[1]
    assert any("3,941 + 4,386 + 2,970 + 3,465" in line for line in alarms), alarms


def test_a_respectively_list_after_one_place_s_figure_is_its_sibling_places_never_its_parts(tmp_path: Path) -> None:
    text = (
        "# Net additions\n\nIn London, net additions were 36,690. The West Midlands and the North West recorded "
        "22,100 and 27,830 net additions respectively.\n"
    )
    assert scan(tmp_path, text) == (0, [])


GOOD_CAUSES = (
    "# Good causes\n\nPlayers raised £1.8 billion for good causes.\n\n"
    "| Good cause | Share of funding | Amount (£m) |\n|---|---|---|\n| Charities | 40% | 720 |\n"
    "| Sport | 20% | 360 |\n| Arts | 20% | 360 |\n| Heritage | 20% | 360 |\n| Total | 100% | 1,800 |\n"
)


def test_a_row_the_next_rows_happen_to_add_up_to_is_no_subtotal_when_all_rows_make_the_total(tmp_path: Path) -> None:
    # Sport and Arts (20% + 20%, 360 + 360) equal the Charities row, yet every row together is the Total
    assert scan(tmp_path, GOOD_CAUSES) == (0, [])
    # a slip in a row still raises an alarm on the total
    alarms = scan(tmp_path, GOOD_CAUSES.replace("| Heritage | 20% | 360 |", "| Heritage | 20% | 390 |"))[1]
    assert any("390" in line and "1,800,000,000" in line for line in alarms), alarms
