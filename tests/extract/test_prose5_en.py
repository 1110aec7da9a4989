"""Rates and shares in English report prose whose part, whole or population the sentence ties to them by its
structure ("of whom ..., a rate of", "a rate of 41.3% (906 of 2,194)", "per 1,000, based on a population of"),
found while reading what scan missed on the development sets (tests/dev); every text here is our own."""

from __future__ import annotations

from pathlib import Path

from tests.extract.test_falarm_en import scan
from tests.extract.test_patterns import proposed


def test_a_rate_with_its_part_and_whole_in_brackets_or_after_a_colon_is_that_fraction(tmp_path: Path) -> None:
    # 906 / 2,194 = 41.29%; 233 / 1,040 = 22.40%
    text = (
        "# Reoffending\n\nPeople released from short prison terms had a proven reoffending rate of 41.3% (906 of "
        "2,194). Those who began a community order reoffended at a rate of 22.4%: 233 of 1,040.\n"
    )
    checks = proposed(text, "share")
    assert ("share(906, 2,194) == 41.3%", "error") in checks, checks
    assert ("share(233, 1,040) == 22.4%", "error") in checks, checks
    assert scan(tmp_path, text) == (0, [])
    code, alarms = scan(tmp_path, text.replace("(906 of", "(966 of"))
    assert code == 1 and any("41.3%" in line for line in alarms), alarms


def test_of_whom_and_a_named_rate_after_them_make_a_share_of_the_whole_before() -> None:
    # 2,870 / 9,310 = 30.83%; 612 / 1,950 = 31.38%; the 60-character clause between part and rate is no bar
    text = (
        "# Visas\n\nThe office decided 9,310 applications for a work visa, of which 2,870 were refused, a refusal "
        "rate of 30.8%.\n\nOf the 1,950 pupils who sat the test in the spring, 612 reached the higher standard in "
        "every paper they took, a pass rate of 31.4%.\n"
    )
    checks = proposed(text, "share")
    assert ("share(2,870, 9,310) == 30.8%", "error") in checks, checks
    assert ("share(612, 1,950) == 31.4%", "error") in checks, checks


def test_a_rate_per_100000_over_the_population_stated_after_it_and_the_count_it_names_before(tmp_path: Path) -> None:
    # 5,212 / 2.35 million * 100,000 = 221.8; 1,310 / 0.52 million * 10,000 = 25.2
    text = (
        "# Staff\n\nAt the end of March there were 5,212 nurses working in the region's hospitals, and 640 nurses "
        "were on temporary contracts. There were 221.8 nurses per 100,000 residents, based on an estimated "
        "population of 2.35 million.\n\n# Burglary\n\nPolice recorded 1,310 burglaries of homes. That is 25.2 "
        "burglaries per 10,000 homes, based on a stock of 0.52 million homes.\n"
    )
    checks = proposed(text, "population-rate")
    assert ("abs(5,212 / 2.35 million * 100000 - 221.8) <= 0.5", "warning") in checks or (
        "5,212 / 2.35 million * 100000 == 221.8",
        "warning",
    ) in checks, checks
    assert ("1,310 / 0.52 million * 10000 == 25.2", "warning") in checks, checks
    assert not any("640" in check for check, _ in checks), checks
    assert scan(tmp_path, text)[0] == 0


def test_a_rate_with_its_population_in_brackets_after_words_takes_the_count_it_is_counted_in() -> None:
    # 1,944 / 1.62 million * 100,000 = 120.0 firefighters: the firefighters, never the 88 stations
    text = (
        "# Fire service\n\nThe service employed 1,944 firefighters across 88 stations. There were 120.0 "
        "firefighters for every 100,000 people living in the service's area (resident population 1.62 million).\n"
    )
    checks = proposed(text, "population-rate")
    assert ("1,944 / 1.62 million * 100000 == 120.0", "warning") in checks, checks


def test_a_change_is_of_the_count_not_of_the_threshold_or_the_place_between_them(tmp_path: Path) -> None:
    # 8,415 / 7,790 - 1 = 8.02%; 12,604 / 15,880 - 1 = -20.63%; 402,310 / 405,150 - 1 = -0.70%
    text = (
        "# Waits\n\nThe trust recorded 8,415 ambulance handovers of more than 60 minutes in March, up 8.0% from "
        "7,790 a year earlier.\n\n- 12,604 people had been waiting over 18 weeks for a first appointment, down "
        "20.6% from 15,880 in March last year.\n\nThere were 402,310 pupils in 1,128 primary schools in May, down "
        "0.7% from 405,150 a year earlier.\n"
    )
    checks = proposed(text, "year-on-year")
    assert ("change(8,415, 7,790) == 8.0%", "error") in checks, checks
    assert ("change(12,604 people, 15,880) == -20.6%", "error") in checks, checks
    assert ("change(402,310, 405,150) == -0.7%", "error") in checks, checks
    assert scan(tmp_path, text) == (0, [])


def test_the_year_before_and_the_previous_twelve_months_name_the_earlier_value() -> None:
    # 4,180 / 4,450 - 1 = -6.07%; 61,920 / 62,550 - 1 = -1.01%
    text = (
        "# Entrants\n\nThere were 4,180 new apprentices in the county, 6% fewer than the year before (4,450).\n\n"
        "The courts received 61,920 civil claims in the year to March (down 1%), compared with 62,550 in the "
        "previous twelve months.\n"
    )
    checks = proposed(text, "year-on-year")
    assert ("change(4,180, 4,450) == -6%", "error") in checks, checks
    assert ("change(61,920, 62,550) == -1%", "error") in checks, checks


def test_a_subject_made_up_of_the_amounts_it_lists_is_the_total_it_names(tmp_path: Path) -> None:
    # 2,118 + 3,406 + 977 = 6,501; 1,204 + 388 = 1,592
    text = (
        "# Calls\n\nThe helpline answered 6,501 calls about housing in the year. They were made up of calls about "
        "repairs (2,118), calls about rent arrears (3,406) and calls about eviction (977).\n\nOf the 4,020 tenants "
        "housed, 1,592 moved into social housing. The social housing group was made up of 1,204 families and 388 "
        "single people.\n"
    )
    checks = proposed(text, "total-parts")
    assert ("sum(2,118, 3,406, 977) == 6,501", "warning") in checks, checks
    assert ("sum(1,204, 388) == 1,592", "warning") in checks, checks
    assert scan(tmp_path, text) == (0, [])


def test_a_list_of_parts_with_shares_in_brackets_is_of_the_whole_the_sentence_before_counts(tmp_path: Path) -> None:
    # 6,132 / 14,600 = 42.0%; 3,066 / 14,600 = 21.0%; 1,460 / 14,600 = 10.0%: the whole is counted in the first
    # part's noun (complaints), written after the whole's figure rather than before it
    text = (
        "# Complaints\n\nHouseholds made 14,600 formal complaints to the regulator. Billing was the most common "
        "subject, with 6,132 complaints (42.0%), followed by supply interruptions (3,066, or 21.0%) and water "
        "quality (1,460, or 10.0%).\n"
    )
    checks = proposed(text, "share")
    assert ("share(6,132 complaints, 14,600) == 42.0%", "warning") in checks, checks
    assert ("share(3,066, 14,600) == 21.0%", "warning") in checks, checks
    assert ("share(1,460, 14,600) == 10.0%", "warning") in checks, checks
    assert scan(tmp_path, text) == (0, [])


def test_of_the_named_total_reaches_back_to_the_section_before_when_every_word_names_it(tmp_path: Path) -> None:
    # 3,552 / 7,400 = 48%; 2,960 / 7,400 = 40%; 888 / 7,400 = 12%; 3,552 + 2,960 + 888 = 7,400
    text = (
        "# Summary\n\nThe tribunal decided 7,400 appeals in the year, up 3% from 7,185.\n\n# Outcomes\n\nOf the "
        "decided appeals, 3,552 (48%) were allowed, 2,960 (40%) were dismissed and the remaining 888 (12%) were "
        "withdrawn.\n"
    )
    assert ("share(3,552, 7,400) == 48%", "error") in proposed(text, "share")
    assert ("sum(3,552, 2,960, 888) == 7,400", "warning") in proposed(text, "total-parts")
    assert scan(tmp_path, text) == (0, [])
    # a phrase with a word the earlier figure does not hold names something else: no total from the section before
    other = text.replace("Of the decided appeals", "Of the appeals heard in person")
    assert not any("7,400" in check for check, _ in proposed(other, "share")), proposed(other, "share")


def test_a_sentence_of_shares_after_a_breakdown_restates_each_part_in_order_when_its_words_agree() -> None:
    # 1,560 / 2,400 = 65%, 600 / 2,400 = 25%, 240 / 2,400 = 10%; 533 / 820 = 65.0%, 205 / 820 = 25.0%
    text = (
        "# Planning\n\nOf the 2,400 planning applications decided, 1,560 were approved, 600 were refused and 240 "
        "were withdrawn. That means 65% were approved, 25% were refused and 10% were withdrawn.\n\n# Hygiene\n\n"
        "Inspectors visited 820 restaurants. Of these, 533 were rated good, 205 were rated poor and 82 were "
        "closed. The share rated good was 65.0%, the share rated poor 25.0% and the share closed 10.0%.\n"
    )
    checks = proposed(text, "share")
    for check in ("share(1,560, 2,400) == 65%", "share(600, 2,400) == 25%", "share(240, 2,400) == 10%"):
        assert (check, "warning") in checks, checks
    for check in ("share(533, 820) == 65.0%", "share(205, 820) == 25.0%", "share(82, 820) == 10.0%"):
        assert (check, "warning") in checks, checks
    # shares whose words name another part are in another order: none is proposed
    swapped = text.replace("65% were approved, 25% were refused", "25% were refused, 65% were approved")
    assert not any("1,560" in check or "600" in check for check, _ in proposed(swapped, "share"))


def test_a_share_of_a_named_whole_finds_the_figure_whose_unit_is_that_noun() -> None:
    # 1,288 / 9,200 = 14.0%: "attended 9,200 incidents" counts incidents though its label is the verb
    text = (
        "# Incidents\n\nCrews from the service attended 9,200 incidents in the year to March.\n\n- road collisions "
        "made up 14.0% of incidents (1,288);\n- flooding made up the rest.\n"
    )
    checks = proposed(text, "share")
    assert any(check.startswith("share(1,288, 9,200") and "14.0%" in check for check, _ in checks), checks


def test_points_restated_in_brackets_or_after_on_the_quarter_are_the_difference_of_the_two_rates() -> None:
    # 41.6% - 39.8% = 1.8pp; 18.2% - 18.9% = -0.7pp; 6.3% - 6.5% = -0.2pp
    text = (
        "# Staff\n\nThere were 2,075 nurses with a degree, 41.6% of all nurses, up from 39.8% a year earlier (an "
        "increase of 1.8 percentage points).\n\n# Reoffending\n\nThe proven reoffending rate for the county was "
        "18.2%, down 0.7 percentage points from the same cohort a year earlier (18.9%).\n\n# Jobs\n\nThe "
        "unemployment rate fell by 0.2 percentage points on the quarter to 6.3%, from 6.5%.\n"
    )
    checks = proposed(text, "percentage-points")
    assert ("41.6% - 39.8% == 1.8 percentage points", "error") in checks, checks
    assert ("18.2% - 18.9% == -0.7 percentage points", "error") in checks, checks
    assert ("6.3% - 6.5% == -0.2 percentage points", "error") in checks, checks


def test_an_average_per_person_or_for_each_pupil_is_the_total_it_names_over_the_count_it_is_per() -> None:
    # 9,310 / 3,880 = 2.40; 52,640 / 21,060 = 2.4995: the count counted in the noun after its adjective (young
    # persons), and the total counting what is averaged though the count stands between them
    text = (
        "# Cases\n\nThe 9,310 cases involved 3,880 young persons, an average of 2.4 cases per person.\n\n# Exclusions"
        "\n\nThe 52,640 suspensions were given to 21,060 pupils, an average of 2.50 suspensions for each pupil "
        "suspended.\n"
    )
    checks = proposed(text, "average")
    assert any(c.startswith("abs(9,310 cases / 3,880 - 2.4") for c, _ in checks), checks
    assert any(c.startswith("abs(52,640 / 21,060 - 2.50") for c, _ in checks), checks


def test_a_count_of_residents_with_its_share_is_of_the_resident_population_named_with_its_place() -> None:
    # 81,230 / 402,118 = 20.2%: "residents" counts the people a population figure counts, whatever place follows
    text = (
        "# Census\n\n- On census day the usual resident population of Easterby was 402,118, up 4.1% from 386,280.\n"
        "- 81,230 residents (20.2%) were aged 65 years and over.\n"
    )
    checks = proposed(text, "share")
    assert any(c.startswith("share(81,230 residents, 402,118)") and "20.2%" in c for c, _ in checks), checks


def test_a_count_before_a_long_clause_ending_in_a_colon_is_the_total_of_the_amounts_after_it() -> None:
    # 40,120 + 3,880 = 44,000
    text = (
        "# Prisoners\n\nOf all prisoners, 44,000 (91%) were serving sentences of more than 1 year: 40,120 in state "
        "prisons and 3,880 in federal prisons.\n"
    )
    checks = proposed(text, "total-parts")
    assert any(c.startswith("sum(40,120, 3,880)") and c.endswith("44,000") for c, _ in checks), checks


def test_a_list_of_earlier_values_after_from_pairs_in_order_with_the_current_values_before_it(tmp_path: Path) -> None:
    # 2,310 / 2,100 - 1 = 10.0%; 420 / 400 - 1 = 5.0%: never 2,310 against 400 and 420 against 2,100
    text = (
        "# Thefts\n\nThefts of bicycles and of mopeds rose 10.0% and 5.0% respectively, to 2,310 and 420 thefts, "
        "from 2,100 and 400.\n"
    )
    checks = proposed(text, "year-on-year")
    assert ("change(2,310, 2,100) == 10.0%", "error") in checks, checks
    assert ("change(420, 400) == 5.0%", "error") in checks, checks
    assert scan(tmp_path, text) == (0, [])


def test_a_percentage_from_its_own_earlier_value_is_never_checked_against_another_comparison(tmp_path: Path) -> None:
    # 41,200 - 42,000 = -800 on the quarter; -9.5% is against 45,500 a year earlier, never against 42,000
    text = (
        "# Openings\n\nThere were 41,200 job openings in the county in the quarter, down 800 on the quarter from "
        "42,000 and down 9.5% from 45,500 a year earlier.\n"
    )
    checks = proposed(text, "year-on-year")
    assert not any("42,000" in check and "9.5%" in check for check, _ in checks), checks
    assert scan(tmp_path, text) == (0, [])


def test_a_gap_between_two_acts_of_one_year_is_no_change_over_time(tmp_path: Path) -> None:
    # 38,400 - 36,150 = 2,250 (released that year); 38,400 / (38,400 - 3,100) - 1 = 8.78% (admitted the year before)
    text = (
        "# Admissions\n\nIn 2024 the prisons admitted 38,400 people, which was 2,250 more than they released that "
        "year (36,150) and 3,100 more than they admitted in 2023 (35,300), an increase of 8.8%.\n"
    )
    checks = proposed(text, "year-on-year")
    assert not any("2,250" in check for check, _ in checks), checks
    assert scan(tmp_path, text) == (0, [])


def test_a_change_over_the_quarter_is_never_the_difference_from_a_year_earlier(tmp_path: Path) -> None:
    # 52,300 / 46,900 - 1 = 11.5% on a year earlier; the 1,840 is the quarter's growth, from a value not given
    text = (
        "# Backlog\n\nThe tribunal backlog grew by 1,840 in the quarter to 52,300, a new high and up 11.5% on a year "
        "earlier (46,900).\n"
    )
    checks = proposed(text, "year-on-year")
    assert ("change(52,300, 46,900) == 11.5%", "error") in checks, checks
    assert not any("1,840" in check for check, _ in checks), checks
    assert scan(tmp_path, text) == (0, [])


def test_a_share_of_all_receipts_or_of_gdp_finds_the_whole_its_label_or_the_words_before_it_name() -> None:
    # 30.8 / 88.0 = 35.0%: the whole's label ends with "will" ("Tax receipts will rise to"), paragraphs before;
    # 344 / 400 = 86.0%: "GDP of £400 billion" names the whole by the acronym before it, whatever its label says
    text = (
        "# Budget\n\nTax receipts will rise to £88.0 billion, from £82.1 billion.\n\nSpending on schools grows by "
        "2%.\n\nIncome tax will raise £30.8 billion, 35.0% of all receipts.\n\nThe deficit will be £12.0 billion. "
        "On a nominal GDP of £400 billion that is a deficit of 3.0% of GDP. Public sector net debt will stand at "
        "£344 billion, or 86.0% of GDP.\n"
    )
    checks = proposed(text, "share")
    assert any(c.startswith("share(£30.8 billion, £88.0 billion)") for c, _ in checks), checks
    assert any(c.startswith("share(£344 billion, £400 billion)") for c, _ in checks), checks


def test_a_rate_counts_the_figure_whose_following_words_name_it_and_a_population_named_in_its_brackets() -> None:
    # 57 / 3.1 million * 100,000 = 1.84; 2,460 / 52,300 * 1,000 = 47.0
    text = (
        "# Safety\n\nThe region had a population of 3.1 million in 2024. There were 57 victims of homicide, 6 fewer "
        "than in 2023 (63). The homicide rate was 1.84 per 100,000 population.\n\n# Courts\n\nYouth courts completed "
        "2,460 cases in the year. This is a rate of 47.0 cases for every 1,000 youth aged 12 to 17 (population "
        "52,300).\n"
    )
    checks = proposed(text, "population-rate")
    assert ("57 victims / 3.1 million * 100000 == 1.84", "warning") in checks, checks
    assert ("2,460 cases / 52,300 * 1000 == 47.0", "error") in checks, checks


def test_rates_listed_respectively_are_the_counts_listed_before_them_over_the_population() -> None:
    # 6,120 / 1.8 million * 100,000 = 340; 9,360 / 1.8 million * 100,000 = 520
    text = (
        "# Offences\n\nThe county had a population of 1.8 million in 2024. Thefts numbered 6,120 and assaults "
        "9,360, at rates of 340 and 520 per 100,000 population respectively.\n"
    )
    checks = proposed(text, "population-rate")
    assert ("abs(6,120 / 1.8 million * 100000 - 340) <= 0.5", "warning") in checks, checks
    assert ("abs(9,360 / 1.8 million * 100000 - 520) <= 0.5", "warning") in checks, checks


def test_of_those_who_did_is_the_amount_the_verb_follows_not_the_lead_of_the_sentence_before() -> None:
    # 310 + 205 + 97 = 612 (left), never 940 (joined)
    text = (
        "# Staff\n\nIn the year, 940 nurses joined the trust and 612 left, a net increase of 328. The leaving rate "
        "was 9.1%. Of those who left, 310 resigned, 205 retired and the remaining 97 left for other reasons.\n"
    )
    checks = proposed(text, "total-parts")
    assert any(c.startswith("sum(310, 205, 97)") and c.endswith("612") for c, _ in checks), checks
    assert not any("940" in c for c, _ in checks), checks
