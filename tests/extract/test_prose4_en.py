"""Shares, averages and rates in English report prose (cancer waiting times, screening uptake, prison education,
physical activity, childcare take-up, airport traffic), each recognised from the structure of its sentence in a
short text of its own: the amount a percentage is tied to, and the amount the sentence says that part is out of."""

from __future__ import annotations

from pathlib import Path

from factcheck.quantity import find_quantities
from tests.extract.test_falarm_en import scan
from tests.extract.test_patterns import proposed


def test_a_part_of_a_whole_with_its_share_after_words_or_a_duration_between_them(tmp_path: Path) -> None:
    # 5,402 / 5,618 = 96.16%; 14,077 / 18,240 = 77.18%: "A of (the) B" names the part and the whole
    text = (
        "# Waiting times\n\nUnder the 31-day standard, 5,402 of the 5,618 patients who started treatment after a "
        "decision to treat did so within 31 days, or 96.2%. The faster diagnosis standard was met for 14,077 of "
        "18,240 referrals (77.2%).\n"
    )
    checks = proposed(text, "share")
    assert ("share(5,402, 5,618) == 96.2%", "error") in checks, checks
    assert ("share(14,077, 18,240) == 77.2%", "error") in checks, checks
    assert scan(tmp_path, text) == (0, [])
    code, alarms = scan(tmp_path, text.replace("(77.2%)", "(79.2%)"))
    assert code == 1 and any("79.2%" in line for line in alarms), alarms


def test_of_them_after_a_long_subject_is_the_amount_the_sentence_opened_with() -> None:
    # 2,911 / 3,860 = 75.41%: "of them" points back past the words of a long subject
    text = (
        "# Treatment\n\nIn the quarter, 3,860 patients began a first treatment for cancer following an urgent "
        "suspected cancer referral, and 2,911 of them (75.4%) were treated within 62 days of referral.\n"
    )
    assert ("share(2,911, 3,860) == 75.4%", "error") in proposed(text, "share")


def test_a_sentence_that_opens_with_its_whole_gives_it_to_the_part_and_share_after_it() -> None:
    # 2,530 / 6,840 = 36.99%; 301 / 462 = 65.15%; the two-year-olds' share of a whole after "of the"
    text = (
        "# Participation\n\nOf the 6,840 people held in the five prisons, 2,530 were enrolled on an education "
        "course, or 37.0%.\n\nOf the 462 compulsory liquidations, 301 followed a winding-up petition presented by "
        "the tax authority (65.2%).\n\nIn January, 4,310 two-year-olds were registered for the entitlement, 73% "
        "of the 5,900 children estimated to be eligible.\n"
    )
    checks = proposed(text, "share")
    assert ("share(2,530, 6,840 people) == 37.0%", "error") in checks, checks
    assert ("share(301, 462) == 65.2%", "error") in checks, checks
    assert ("share(4,310, 5,900) == 73%", "error") in checks, checks


def test_shares_with_their_counts_in_brackets_are_of_the_whole_the_sentence_before_opened_with(
    tmp_path: Path,
) -> None:
    # 784,000 / 1.24 million = 63.23%, 136,000 = 10.97%, 320,000 = 25.81%
    text = (
        "# Activity\n\nOf an estimated 1.24 million adults in the county, 63.2% (784,000) were active. A further "
        "11.0% (136,000) were fairly active, and 25.8% (320,000) were inactive.\n"
    )
    checks = proposed(text, "share")
    assert ("share(784,000, an estimated 1.24 million) == 63.2%", "error") in checks, checks
    assert ("share(136,000, an estimated 1.24 million) == 11.0%", "warning") in checks, checks
    assert ("share(320,000, an estimated 1.24 million) == 25.8%", "warning") in checks, checks
    assert scan(tmp_path, text) == (0, [])


def test_the_group_an_among_opening_names_in_brackets_is_the_whole_of_its_share_and_count(tmp_path: Path) -> None:
    # 127,000 / 298,000 = 42.62%, not 45.3%: the planted error is caught
    text = (
        "# Groups\n\nAmong adults with a disability or long-term health condition (298,000), 45.3% were active, "
        "or 127,000 people.\n"
    )
    assert ("share(127,000 people, 298,000) == 45.3%", "error") in proposed(text, "share")
    code, alarms = scan(tmp_path, text)
    assert code == 1 and any("45.3%" in line for line in alarms), alarms


def test_a_named_rate_after_two_acts_joined_by_and_is_the_second_over_the_first() -> None:
    # 143,600 / 212,400 = 67.61%; 3,260 / 4,910 = 66.40%
    text = (
        "# Uptake\n\nInvitations were sent to 212,400 people in 2025-26, and 143,600 returned a completed kit "
        "within six months, an uptake of 67.6%.\n\nOver the year, 4,910 learners started a course and 3,260 "
        "completed one, a completion rate of 66.4%.\n"
    )
    checks = proposed(text, "share")
    assert ("share(143,600, 212,400 people) == 67.6%", "error") in checks, checks
    assert ("share(3,260, 4,910) == 66.4%", "error") in checks, checks


def test_an_opening_that_names_a_group_in_words_gives_no_whole() -> None:
    # "Of women released from prison" names a group no figure counts: 410 is not a share of the 3,100 after it
    text = (
        "# Women\n\nOf women released from prison in the year, 3,100 were reconvicted, and 410 (13.2%) were recalled.\n"
    )
    assert not any("3,100" in check for check, _ in proposed(text, "share"))


def test_a_number_word_whose_hyphen_waits_for_the_next_number_is_no_figure(tmp_path: Path) -> None:
    # "three- and four-year-olds": "three-" was read as a figure whose claim did not load (scan stopped at 2)
    assert [q.text for q in find_quantities("For three- and four-year-olds, 19,860 children")] == ["four", "19,860"]
    text = "# Take-up\n\nFor three- and four-year-olds, 19,860 children were registered, 94% of the 21,130 children.\n"
    assert scan(tmp_path, text) == (0, [])


def test_an_average_in_people_per_household_is_the_people_over_the_households() -> None:
    # 4,340 / 1,920 = 2.2604: the average is written in people, as its total is
    text = (
        "# The survey\n\nThe survey covered 1,920 households containing 4,340 people, an average of 2.26 people "
        "per household.\n"
    )
    checks = proposed(text, "average")
    assert any("4,340 people" in check and "1,920 households" in check for check, _ in checks), checks


def test_an_average_per_a_two_word_noun_finds_its_count_under_an_earlier_heading() -> None:
    # 1,786 / 94 = 19.0 samples per bathing water; the waters are counted under another heading
    text = (
        "# Classifications\n\nOf the 94 designated bathing waters in the region, 61 were classified as excellent.\n\n"
        "# Sampling\n\nOver the season the regulator took 1,786 samples, an average of 19 per bathing water.\n"
    )
    checks = proposed(text, "average")
    assert any("1,786" in check and "94" in check and "19" in check for check, _ in checks), checks


def test_an_average_that_names_what_it_averages_is_of_the_largest_earlier_figure_so_named() -> None:
    # 9.42 million / 71,320 = 132.08 passengers a movement; August's 1.12 million is a part of the year's
    text = (
        "# Passengers\n\nThe airport handled 9.42 million terminal passengers in 2025. In August, it handled 1.12 "
        "million passengers.\n\n# Flights\n\nThere were 71,320 air transport movements, an average of 132.1 "
        "passengers per movement.\n"
    )
    checks = proposed(text, "average")
    assert any("9.42 million" in check and "71,320" in check for check, _ in checks), checks
    assert not any("1.12 million" in check for check, _ in checks), checks


def test_a_clause_after_a_semicolon_with_its_own_verb_ends_an_of_which_list(tmp_path: Path) -> None:
    # 3.07 + 1.51 + 0.28 = 4.86; first-time buyers (1.42) are of the house purchase lending, the rest are not
    text = (
        "# Lending\n\nLenders advanced £4.86 billion in new mortgages. Lending for house purchase made up £3.07 "
        "billion of the total, of which first-time buyers took £1.42 billion; remortgaging accounted for £1.51 "
        "billion and other lending for £0.28 billion.\n"
    )
    checks = proposed(text, "total-parts")
    assert not any("£1.51 billion" in check and "£3.07 billion" in check for check, _ in checks), checks
    assert scan(tmp_path, text) == (0, [])


def test_a_list_after_a_total_with_its_change_previous_value_or_average_is_a_breakdown_of_it(
    tmp_path: Path,
) -> None:
    # 8,960 + 7,830 + 1,210 + 420 = 18,420: the change (260), the previous value (42,400) and the average (41.5)
    # beside the total are no totals the list could divide
    text = (
        "# Teachers\n\nThere were 18,420 FTE teachers in state-funded schools in 2025, 260 more than a year "
        "earlier. Primary schools employed 8,960 FTE teachers, secondary schools 7,830, special schools 1,210 and "
        "pupil referral units 420.\n\n# Strength\n\nThe strength of the regular forces was 41,260 at 1 April, down "
        "1,140 from 42,400 a year earlier. The Army made up 22,870 of the total, the Navy 8,940 and the Air Force "
        "9,450.\n\n# Providers\n\nFunded places were offered by 612 providers, an average of 41.5 children per "
        "provider. Private, voluntary and independent providers numbered 431, school-based providers 148 and "
        "childminders 33.\n"
    )
    checks = proposed(text, "total-parts")
    assert ("sum(8,960, 7,830, 1,210, 420) <= 18,420", "warning") in checks, checks
    assert ("sum(22,870, 8,940, 9,450) <= 41,260", "warning") in checks, checks
    assert ("sum(431, 148, 33) <= 612", "warning") in checks, checks
    assert scan(tmp_path, text) == (0, [])


def test_what_joined_less_what_left_is_the_change_of_the_stock_they_name(tmp_path: Path) -> None:
    # 42,400 + 4,380 - 5,520 = 41,260; 2,140 - 1,880 = 260 (the teachers' change, in another section)
    text = (
        "# Strength\n\nThe strength of the regular forces was 41,260 at 1 April, down 1,140 from 42,400 a year "
        "earlier.\n\n# Intake and outflow\n\nOver the twelve months, 4,380 people joined the regular forces and "
        "5,520 left.\n\n# Teachers\n\nThere were 18,420 FTE teachers in November, 260 more than a year earlier."
        "\n\n# Entrants and leavers\n\nDuring the year 2,140 teachers entered service and 1,880 left.\n"
    )
    checks = proposed(text, "stock-flow")
    assert ("4,380 people - 5,520 == 41,260 - 42,400", "warning") in checks, checks
    assert ("2,140 - 1,880 == 260", "warning") in checks, checks
    assert scan(tmp_path, text) == (0, [])


def test_a_register_that_grew_by_more_than_incorporations_less_dissolutions_is_flagged(tmp_path: Path) -> None:
    # 61,240 - 58,310 = 2,930, not 3,930
    text = (
        "# Registrations\n\nNew incorporations totalled 61,240 during the year and 58,310 companies were "
        "dissolved, so the register grew by 3,930.\n"
    )
    assert ("61,240 - 58,310 companies == 3,930", "warning") in proposed(text, "stock-flow")
    code, lines = scan(tmp_path, text)
    assert code == 0 and any("warning" in line and "3,930" in line for line in lines), lines


def test_points_in_a_sentence_whose_subject_names_the_percentage_before_are_its_change(tmp_path: Path) -> None:
    # 67.6% - 66.5% = 1.1 points; "Uptake" names the uptake of the sentence before
    text = (
        "# Uptake\n\nOf the 212,400 people invited, 143,600 returned a kit, an uptake of 67.6%. Uptake rose 1.1 "
        "percentage points from 66.5% in 2024-25.\n"
    )
    assert ("67.6% - 66.5% == 1.1 percentage points", "warning") in proposed(text, "percentage-points")
    code, lines = scan(tmp_path, text.replace("rose 1.1", "rose 2.1"))
    assert code == 0 and any("warning" in line and "2.1 pp" in line for line in lines), lines


def test_a_share_of_the_annual_total_is_of_the_paragraph_lead_never_a_nearer_part() -> None:
    # 1.12 / 9.42 = 11.89%; the international passengers (7.91 million) are a part, not the annual total
    text = (
        "# Passengers\n\nThe airport handled 9.42 million passengers in 2025. International passengers numbered "
        "7.91 million. In August, the airport handled 1.12 million passengers, 11.9% of the annual total.\n"
    )
    checks = proposed(text, "share")
    assert any("1.12 million" in c and "9.42 million" in c and "11.9%" in c for c, _ in checks), checks
    assert not any("7.91 million" in c and "11.9%" in c for c, _ in checks), checks


def test_the_amount_after_when_in_a_comparison_with_a_named_year_is_that_year_s_value(tmp_path: Path) -> None:
    # 9.42 / 8.86 - 1 = 6.32%; "in 2025, when 300 shops opened" compares nothing: 300 stays a count of its own
    text = (
        "# Passengers\n\nThe airport handled 9.42 million passengers in 2025, an increase of 6.3% on 2024, when "
        "8.86 million passed through.\n\nSales were £4.1 billion in 2025, when 300 shops opened.\n"
    )
    assert ("change(9.42 million, 8.86 million) == 6.3%", "error") in proposed(text, "year-on-year")
    assert not any("300" in check for check, _ in proposed(text, "year-on-year"))
    code, lines = scan(tmp_path, text.replace("6.3%", "7.3%"))
    assert code == 1 and any("7.3%" in line for line in lines), lines


def test_points_to_a_percentage_are_against_it_never_a_bound_named_before_them(tmp_path: Path) -> None:
    # 5.2% - 4.8% = 0.4 points; "above 90%" is part of what the share is of
    text = (
        "# Risk\n\nThe share of gross lending at loan-to-value ratios above 90% rose 0.4 percentage points to 5.2% "
        "from 4.8%.\n"
    )
    checks = proposed(text, "percentage-points")
    assert ("5.2% - 4.8% == 0.4 percentage points", "error") in checks, checks
    assert scan(tmp_path, text) == (0, [])
