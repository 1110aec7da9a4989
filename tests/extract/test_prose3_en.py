"""Averages, rates per head and complete breakdowns in English report prose (GP appointments, road maintenance,
visitor spending, university finances, death rates), each recognised from its structure in a short text of its
own: what the average or rate is per, the count that names it, and the total in its unit."""

from __future__ import annotations

from pathlib import Path

from tests.extract.test_falarm_en import scan
from tests.extract.test_patterns import proposed


def test_money_per_mile_is_the_spending_over_the_miles_of_road(tmp_path: Path) -> None:
    # £142.6 million / 8,420 miles = £16,936 a mile: a number of miles is counted as things are
    text = (
        "# Roads\n\nCouncils maintained 8,420 miles of local road in 2024-25. They spent £142.6 million on highway "
        "maintenance, an average of £16,940 per mile.\n"
    )
    assert ("abs(mean(£142.6 million, 8,420 miles) - £16,940) <= 0.5", "warning") in proposed(text, "average")
    assert scan(tmp_path, text) == (0, [])
    code, lines = scan(tmp_path, text.replace("£16,940", "£19,640"))
    assert code == 0 and any("warning" in line and "19,640" in line for line in lines), lines


def test_an_average_per_each_noun_before_it_is_the_total_its_noun_names_over_that_count() -> None:
    # 4.21 million / 938 = 4,488.3; the appointments booked (9.64 million) are not the ones GPs led
    text = (
        "# Appointments\n\nPractices booked 9.64 million appointments. GPs led 4.21 million attended appointments. "
        "There were 938 full-time equivalent GPs, so each GP delivered an average of 4,488 appointments.\n"
    )
    checks = proposed(text, "average")
    assert ("abs(mean(4.21 million, 938) - 4,488) <= 0.5", "warning") in checks, checks
    assert not any("9.64 million" in check for check, _ in checks), checks


def test_an_average_a_visit_is_over_the_visits_of_an_earlier_sentence_that_also_gives_the_spending() -> None:
    # £2.47 billion / 3.46 million = £713.9 a visit; 24.9 million / 3.46 million = 7.2 nights a visit
    text = (
        "# Visits\n\nOverseas residents made 3.46 million visits in 2024 and spent £2.47 billion during them. "
        "Average spending per visit was £714.\n\nVisitors stayed 24.9 million nights, an average of 7.2 nights a "
        "visit.\n"
    )
    checks = proposed(text, "average")
    assert ("abs(mean(£2.47 billion, 3.46 million) - £714) <= 0.5", "warning") in checks, checks
    assert ("abs(mean(24.9 million, 3.46 million) - 7.2) <= 0", "warning") in checks, checks


def test_an_average_per_noun_finds_its_count_by_the_noun_after_an_adjective() -> None:
    # 367.4 million / 63.7 million = 5.77 appointments per patient ("63.7 million registered patients")
    text = (
        "# Appointments\n\nPractices delivered 367.4 million appointments in 2024 to 63.7 million registered "
        "patients.\n\nIn 2024, practices delivered 5.8 appointments per patient.\n"
    )
    assert ("abs(mean(367.4 million, 63.7 million) - 5.8) <= 0", "warning") in proposed(text, "average")


def test_a_rate_per_1000_after_words_that_follow_its_count_and_one_after_the_population_it_is_among() -> None:
    # 2,140 / 218,400 * 1000 = 9.80; 412 / 1.14 million * 100000 = 36.1
    text = (
        "# Deaths\n\nThe population of Marlow Vale was 218,400 in mid-2024.\n\nThere were 2,140 deaths registered "
        "in 2024, a rate of 9.8 per 1,000 population.\n"
    )
    checks = proposed(text, "population-rate")
    assert ("2,140 deaths / 218,400 * 1000 == 9.8", "warning") in checks, checks
    text = "# Cases\n\nThere were 412 cases among a population of 1.14 million, a rate of 36.1 per 100,000 people.\n"
    checks = proposed(text, "population-rate")
    assert ("412 cases / 1.14 million * 100000 == 36.1", "warning") in checks, checks


def test_shares_of_one_whole_that_add_up_to_100_make_its_parts_a_complete_breakdown(tmp_path: Path) -> None:
    text = (
        "# Income\n\nTotal income of the universities was £3.82 billion in 2023-24.\n\nTuition fees brought in £2.21 "
        "billion, 57.9% of the total; research grants £0.63 billion (16.5%); funding body grants £0.39 billion "
        "(10.2%); and other income £0.59 billion (15.4%). Fees from overseas students were £1.08 billion.\n"
    )
    parts = proposed(text, "total-parts")
    whole = "sum(£2.21 billion, £0.63 billion, £0.39 billion, £0.59 billion) == £3.82 billion"
    assert (whole, "warning") in parts, parts
    ratios = proposed(text, "structure-ratio")
    assert ("sum(57.9%, 16.5%, 10.2%, 15.4%) == 100%", "warning") in ratios, ratios
    assert scan(tmp_path, text) == (0, [])
    # a part that does not add up is a warning at the total
    code, lines = scan(tmp_path, text.replace("£0.39 billion", "£0.93 billion"))
    assert code == 0 and any("warning" in line and "3.82 billion" in line for line in lines), lines

    # 43.9 + 30.9 + 16.8 = 91.6: other visits, with no share, make up the rest, so those three are some of it
    text = (
        "# Visits\n\nOverseas residents made 3.46 million visits in 2024.\n\nHoliday visits numbered 1.52 million, "
        "43.9% of the total; visits to friends or relatives 1.07 million (30.9%) and business trips 0.58 million "
        "(16.8%).\n"
    )
    assert not any(check.startswith("sum(1.52 million") for check, _ in proposed(text, "total-parts"))


def test_a_part_of_the_whole_and_the_rate_a_clause_after_them_names_are_one_fraction(tmp_path: Path) -> None:
    # 97.3 / 101.2 = 96.15%: the text states the part, the whole and the rate, so a slip is an error
    text = (
        "# Collection\n\nThe council collected £97.3 million of the £101.2 million of council tax due in 2024-25, "
        "an in-year collection rate of 96.1%.\n"
    )
    assert ("share(£97.3 million, £101.2 million) == 96.1%", "error") in proposed(text, "share")
    assert scan(tmp_path, text) == (0, [])
    code, lines = scan(tmp_path, text.replace("96.1%", "91.6%"))
    assert code == 1 and any("91.6%" in line for line in lines), lines


def test_a_percentage_with_its_part_among_a_whole_or_of_a_named_whole_is_their_fraction() -> None:
    # 76,800 / 1.57 million = 4.89%; 412,000 / 721,500 = 57.10%; 7,020 / 12,400 = 56.61%
    for text, check in (
        (
            "Unemployment rose to 4.9%, with 76,800 people out of work in a labour force of 1.57 million.\n",
            "share(76,800 people, 1.57 million) == 4.9%",
        ),
        (
            "In the 12 months to June, 412,000 children were seen, 57.1% of the child population of 721,500.\n",
            "share(412,000, 721,500) == 57.1%",
        ),
        (
            "Of the 12,400 households invited, 7,020 responded, a response rate of 56.6%.\n",
            "share(7,020, 12,400 households) == 56.6%",
        ),
    ):
        checks = proposed(text, "share")
        assert (check, "error") in checks, (text, checks)
    # a count after another that does not open the sentence with "Of the" is no part of it
    text = "The panel had 12,400 households, 7,020 responded, a response rate of 56.6%.\n"
    assert not any(check.startswith("share(7,020") for check, _ in proposed(text, "share"))


def test_a_value_in_brackets_after_the_quarter_it_is_of_is_the_previous_value_of_its_own_percentage() -> None:
    # 58.4 / 57.3 - 1 = 1.92% on the quarter; 58.4 / 56.5 - 1 = 3.36% on the year: never crosswise
    text = (
        "Business investment was £58.4 billion in Quarter 2 2025, a rise of 1.9% from Quarter 1 (£57.3 billion) "
        "and 3.4% higher than the same quarter a year ago (£56.5 billion).\n"
    )
    checks = proposed(text, "year-on-year")
    assert ("change(£58.4 billion, £57.3 billion) == 1.9%", "error") in checks, checks
    assert ("change(£58.4 billion, £56.5 billion) == 3.4%", "error") in checks, checks
    assert not any("£57.3 billion) == 3.4%" in check or "£56.5 billion) == 1.9%" in check for check, _ in checks)


def test_bare_shares_in_brackets_continue_the_whole_of_the_sentence_before_while_they_fit_under_100() -> None:
    # 0.86 / 2.31 = 37.2%, 0.31 / 2.31 = 13.4%, 0.12 / 2.31 = 5.2%; with 44.2% the four come to 100
    text = (
        "# Ratings\n\nOf the 2.31 million dwellings in Westry, 1.02 million (44.2%) were rated band C or above in "
        "2024. Band D was the most common rating, held by 0.86 million homes (37.2%), followed by band E with 0.31 "
        "million (13.4%) and bands F and G with 0.12 million (5.2%).\n"
    )
    checks = proposed(text, "share")
    for part, share in (("0.86 million", "37.2%"), ("0.31 million", "13.4%"), ("0.12 million", "5.2%")):
        assert (f"share({part}, 2.31 million) == {share}", "warning") in checks, checks
    parts = proposed(text, "total-parts")
    whole = "sum(1.02 million, 0.86 million, 0.31 million, 0.12 million) == 2.31 million"
    assert (whole, "warning") in parts, parts
    # shares that would take the whole past 100% are of something else
    text = text.replace("(37.2%)", "(67.2%)")
    assert not any(check.startswith("share(0.31 million") for check, _ in proposed(text, "share"))


def test_a_growth_percentage_is_the_change_of_the_pair_of_levels_after_it_that_measures_the_same_thing(
    tmp_path: Path,
) -> None:
    # 698 / 669 - 1 = 4.33%; 741 / 714 - 1 = 3.78%, not 4.8%: a warning, the pairing being inferred
    text = (
        "# Pay\n\nRegular pay rose 4.3% in the year to September. Average regular weekly pay reached £698, against "
        "£669 a year ago.\n\nBonuses lifted total pay growth to 4.8%, with average total weekly pay of £741 against "
        "£714 a year earlier.\n"
    )
    checks = proposed(text, "year-on-year")
    assert ("change(£698, £669) == 4.3%", "warning") in checks, checks
    assert ("change(£741, £714) == 4.8%", "warning") in checks, checks
    code, lines = scan(tmp_path, text)
    assert code == 0 and [line for line in lines if "warning" in line and "4.8%" in line], lines
    # levels of something else are not the growth's
    text = "Regular pay rose 4.3% in the year. Vacancies numbered 41,300, against 44,600 a year ago.\n"
    assert not any("4.3%" in check for check, _ in proposed(text, "year-on-year"))


def test_two_amounts_naming_the_two_sides_of_a_cut_add_up_to_the_total_their_first_word_names() -> None:
    text = (
        "# Trade\n\nExports of goods rose to £32.4 billion in September.\n\nExports to the EU were £15.1 billion "
        "and exports to non-EU countries £17.3 billion. Imports from the EU were £20.6 billion.\n"
    )
    checks = proposed(text, "total-parts")
    assert ("sum(£15.1 billion, £17.3 billion) == £32.4 billion", "warning") in checks, checks
    # two amounts of one side each of different things are no cut
    text = text.replace("exports to non-EU countries", "exports to the US")
    assert not any("£17.3 billion) ==" in check for check, _ in proposed(text, "total-parts"))


def test_a_surplus_is_the_income_less_the_expenditure_and_a_deficit_the_imports_less_the_exports(
    tmp_path: Path,
) -> None:
    # 3.82 - 3.71 = 0.11, not 0.14: a warning at the surplus (which amounts are meant is inferred)
    text = (
        "# Finances\n\nTotal income was £3.82 billion in 2023-24. Other income was £0.59 billion.\n\nExpenditure "
        "was £3.71 billion, leaving a surplus of £0.14 billion.\n"
    )
    assert ("£3.82 billion - £3.71 billion == £0.14 billion", "warning") in proposed(text, "identity")
    code, lines = scan(tmp_path, text)
    assert code == 0 and any("warning surplus-is-surplus" in line for line in lines), lines
    assert scan(tmp_path, text.replace("£0.14 billion", "£0.11 billion")) == (0, [])
    text = (
        "# Trade\n\nExports of goods rose to £32.4 billion. Imports of goods fell to £45.2 billion. The trade in "
        "goods deficit narrowed by £1.5 billion to £12.8 billion.\n"
    )
    checks = proposed(text, "identity")
    assert ("£45.2 billion - £32.4 billion == £12.8 billion", "warning") in checks, checks
    assert not any(check.endswith("£1.5 billion") for check, _ in checks), checks


def test_an_average_per_head_averaged_per_student_or_per_mile_of_a_network_finds_its_own_count() -> None:
    # 11.8 / 5.62 = 2.1 admissions a head; £3.82 billion / 96,300 = £39,668; £486 million / 8,420 = £57,720
    text = (
        "# Cinema\n\nAdmissions reached 11.8 million in 2024.\n\nWith a population of 5.62 million, admissions per "
        "head of population were 2.1.\n"
    )
    assert ("abs(mean(11.8 million, 5.62 million) - 2.1) <= 0", "warning") in proposed(text, "average")
    text = (
        "# Universities\n\nTotal income was £3.82 billion.\n\nWith 96,300 students, income per student averaged "
        "£39,670.\n"
    )
    assert ("abs(mean(£3.82 billion, 96,300) - £39,670) <= 0.5", "warning") in proposed(text, "average")
    # 312 miles, a part of the network by its share, is not what the cost is per
    text = (
        "# Roads\n\nCouncils maintained 8,420 miles of road. Resurfacing covered 312 miles, 3.7% of the network.\n\n"
        "The cost of repairs was put at £486 million, or £57,700 per mile.\n"
    )
    checks = proposed(text, "average")
    assert ("abs(mean(£486 million, 8,420 miles) - £57,700) <= 0.5", "warning") in checks, checks


def test_of_the_named_group_is_the_figure_so_labelled_past_its_share_and_never_one_smaller_than_its_parts() -> None:
    # 9.12 million (94.6%) were attended: labelled "attended" past its bracketed share; 0.52 million not attended is
    # smaller than 5.83 million, so never the total "Of the attended appointments" names
    text = (
        "# Appointments\n\nThere were 9.64 million appointments booked, of which 9.12 million (94.6%) were attended "
        "and 0.52 million (5.4%) were not attended.\n\nOf the attended appointments, 5.83 million were face to face "
        "and 3.04 million were by telephone.\n"
    )
    checks = proposed(text, "total-parts")
    assert ("sum(5.83 million, 3.04 million) <= 9.12 million", "error") in checks, checks
    assert not any(check.endswith("0.52 million") for check, _ in checks), checks


def test_shares_of_a_whole_whose_list_ends_with_other_make_with_it_all_of_the_whole() -> None:
    # 1.52 + 1.07 + 0.58 + 0.29 = 3.46; a later paragraph's share of the same whole does not stop the search
    text = (
        "# Visits\n\nOverseas residents made 3.46 million visits in 2024.\n\nHoliday visits numbered 1.52 million, "
        "43.9% of the total; visits to friends or relatives 1.07 million (30.9%), business trips 0.58 million "
        "(16.8%) and other visits 0.29 million.\n\nVisitors from Europe made 2.11 million visits, 61.0% of all "
        "visits.\n"
    )
    checks = proposed(text, "total-parts")
    whole = "sum(1.52 million, 1.07 million, 0.58 million, 0.29 million) == 3.46 million"
    assert (whole, "warning") in checks, checks


def test_a_percentage_below_an_earlier_level_is_the_change_from_it(tmp_path: Path) -> None:
    # 11.8 / 13.6 - 1 = -13.24%: "13.2% below the 13.6 million of 2019"
    text = (
        "Admissions reached 11.8 million in 2024, 4.4% more than the 11.3 million of 2023, but still 13.2% below "
        "the 13.6 million of 2019.\n"
    )
    checks = proposed(text, "year-on-year")
    assert ("change(11.8 million, 13.6 million) == -13.2%", "error") in checks, checks
    code, lines = scan(tmp_path, text.replace("13.2% below", "31.2% below"))
    assert code == 1 and any("31.2%" in line for line in lines), lines


def test_points_lower_than_a_named_year_are_from_the_bracketed_rate_to_the_rate_of_the_sentence_before() -> None:
    # 96.4% - 96.1% = 0.3 points: "The rate" opens the sentence, so the rate is the one before it
    text = (
        "The council collected £97.3 million of the £101.2 million due, an in-year collection rate of 96.1%. The "
        "rate was 0.3 percentage points lower than in 2023-24 (96.4%).\n"
    )
    checks = proposed(text, "percentage-points")
    assert ("96.1% - 96.4% == -0.3 percentage points", "warning") in checks, checks


def test_an_average_each_the_average_noun_and_an_average_size_name_what_the_average_is_per() -> None:
    # 86.8 million / 1,240 = £70,000; 14.2 million / 2,840 = £5,000; 4.11 million / 155,700 = 26.4
    for text, check in (
        (
            "The 1,240 schools received £86.8 million, an average of £70,000 each.\n",
            "abs(mean(£86.8 million, 1,240 schools) - £70,000) <= 0.5",
        ),
        (
            "# Grants\n\nThe fund paid out £14.2 million in 2,840 grants. The average grant was £5,000.\n",
            "abs(mean(£14.2 million, 2,840) - £5,000) <= 0.5",
        ),
        (
            "There were 4.11 million pupils in 155,700 classes, an average class size of 26.4 pupils.\n",
            "abs(mean(4.11 million, 155,700) - 26.4) <= 0",
        ),
    ):
        checks = proposed(text, "average")
        assert (check, "warning") in checks, (text, checks)
    # two counts beside the money: which one "each" is of is not said
    text = "The 1,240 schools and 310 colleges received £86.8 million, an average of £70,000 each.\n"
    assert proposed(text, "average") == []


def test_the_remaining_amount_opening_the_next_sentence_completes_the_list(tmp_path: Path) -> None:
    # 610 + 430 + 200 = 1,240: "The remaining" says the list is all of the total, so a slip is an error
    text = (
        "The court received 1,240 cases. Of these, 610 were civil and 430 were family cases. The remaining 200 were "
        "criminal.\n"
    )
    assert ("sum(610, 430, 200) == 1,240 cases", "error") in proposed(text, "total-parts")
    assert scan(tmp_path, text) == (0, [])
    code, lines = scan(tmp_path, text.replace("remaining 200", "remaining 250"))
    assert code == 1 and any("1,240" in line for line in lines), lines


def test_that_is_a_rate_and_of_these_in_brackets_take_their_whole_from_the_sentence_before() -> None:
    # 6,180 / 8,240 = 75.0%; 239,000 / 412,000 = 58.0%
    text = "The service received 8,240 claims, of which 6,180 were approved. That is an approval rate of 75.0%.\n"
    assert ("share(6,180, 8,240) == 75.0%", "warning") in proposed(text, "share")
    text = "The sector employed 412,000 people. Women held 58% of these jobs (239,000).\n"
    assert ("share(239,000, 412,000 people) == 58%", "warning") in proposed(text, "share")
    # three amounts before: which two the rate is of is not said
    text = "The service received 8,240 claims and 1,020 appeals, of which 6,180 were approved. That is 75.0%.\n"
    assert not any(check.endswith("== 75.0%") for check, _ in proposed(text, "share"))


def test_a_sentence_that_only_lists_amounts_after_a_total_lists_parts_of_it() -> None:
    text = (
        "Councils spent £142.6 million on maintenance. Planned resurfacing cost £61.3 million, reactive repairs "
        "£24.8 million and other work £56.5 million.\n"
    )
    checks = proposed(text, "total-parts")
    whole = "sum(£61.3 million, £24.8 million, £56.5 million) == £142.6 million"
    assert (whole, "warning") in checks, checks
    # with no "other" the list may be some of it: within the total only
    text = (
        "The council spent £412 million. Adult social care took £168 million, children's services £97 million and "
        "highways £41 million.\n"
    )
    checks = proposed(text, "total-parts")
    assert ("sum(£168 million, £97 million, £41 million) <= £412 million", "warning") in checks, checks
    assert not any("==" in check for check, _ in checks), checks
    # "comprise" opens a complete list as "comprises" does
    text = "The 2,430 schools comprise 1,960 primary schools, 410 secondary schools and 60 special schools.\n"
    checks = proposed(text, "total-parts")
    whole = "sum(1,960, 410, 60) == 2,430 schools"
    assert (whole, "error") in checks, checks


def test_a_named_rate_of_a_part_and_its_whole_in_the_common_forms_of_reports() -> None:
    # 51,800 / 62,400 = 83.01%; 1,120 / 24,300 = 4.61%; 184,300 / 258,900 = 71.19%; 9,450 / 12,600 = 75%
    for text, check, severity in (
        (
            "The CPS prosecuted 62,400 defendants, and 51,800 were convicted. The conviction rate was 83.0%.\n",
            "share(51,800, 62,400 defendants) == 83.0%",
            "warning",
        ),
        (
            "Of the 24,300 homes in the borough, 1,120 were empty, giving a vacancy rate of 4.6%.\n",
            "share(1,120, 24,300) == 4.6%",
            "error",
        ),
        (
            "The programme invited 258,900 women and screened 184,300, an uptake rate of 71.2%.\n",
            "share(184,300, 258,900) == 71.2%",
            "error",
        ),
        (
            "Uptake was 71.2%: 184,300 of the 258,900 women invited were screened.\n",
            "share(184,300, 258,900) == 71.2%",
            "error",
        ),
        (
            "Out of 12,600 candidates, 9,450 passed, a pass rate of 75%.\n",
            "share(9,450, 12,600) == 75%",
            "error",
        ),
    ):
        checks = proposed(text, "share")
        assert (check, severity) in checks, (text, checks)


def test_bracketed_shares_after_counts_are_of_the_figure_their_head_noun_names_and_a_rate_rose_to() -> None:
    # 26,100 / 84,300 = 31.0%, 22,800 / 84,300 = 27.0%, 9,300 / 84,300 = 11.0%; 185,400 / 412,000 = 45.0%
    text = (
        "# Crime\n\nPolice recorded 84,300 offences in 2024.\n\nTheft offences numbered 26,100 (31%), violence 22,800 "
        "(27%) and criminal damage 9,300 (11%).\n"
    )
    checks = proposed(text, "share")
    for part, share in (("26,100", "31%"), ("22,800", "27%"), ("9,300", "11%")):
        assert (f"share({part}, 84,300 offences) == {share}", "warning") in checks, checks
    text = (
        "Households produced 412,000 tonnes of waste in 2024, and 185,400 tonnes were recycled. The recycling rate "
        "rose to 45.0%, from 43.2% in 2023.\n"
    )
    assert ("share(185,400 tonnes, 412,000 tonnes) == 45.0%", "warning") in proposed(text, "share")


def test_a_rate_per_1000_takes_the_one_count_and_the_one_population_beside_it() -> None:
    # 14,200 / 154,200 * 1000 = 92.09; 48 / 12,310 * 1000 = 3.90; 87,800 / 1.12 million * 1000 = 78.39
    for text, check in (
        (
            "Northfield had the highest rate, 92.1 per 1,000, with 14,200 offences among 154,200 residents.\n",
            "14,200 offences / 154,200 residents * 1000 == 92.1",
        ),
        (
            "The infant mortality rate was 3.9 deaths per 1,000 live births, with 48 deaths among 12,310 live "
            "births.\n",
            "48 deaths / 12,310 * 1000 == 3.9",
        ),
        (
            "Police recorded 87,800 offences, or 78.4 per 1,000 residents. The population was 1.12 million.\n",
            "87,800 offences / 1.12 million * 1000 == 78.4",
        ),
    ):
        checks = proposed(text, "population-rate")
        assert (check, "warning") in checks, (text, checks)
    # two counts beside the rate: which one it is of is not said
    text = "The rate was 92.1 per 1,000, with 14,200 offences and 3,100 arrests among 154,200 residents.\n"
    assert proposed(text, "population-rate") == []
