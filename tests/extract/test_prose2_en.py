"""Forms of English economic and financial releases (public finances, productivity, household wealth, student
loans, energy and land-use statistics), each in a short text of its own: the relations a fact-checker would
verify are proposed from the structure of the prose, not from one phrasing."""

from __future__ import annotations

from pathlib import Path

from tests.extract.test_falarm_en import scan
from tests.extract.test_patterns import proposed


def test_an_average_said_per_a_noun_before_it_is_the_money_over_the_count_of_that_noun_elsewhere() -> None:
    text = (
        "# Loans\n\nDuring the year £3.4 billion was lent to 212,000 students, while £1.2 billion was repaid.\n\n"
        "Average lending per student was £16,040.\n"
    )
    assert ("abs(mean(£3.4 billion, 212,000) - £16,040) <= 0.5", "warning") in proposed(text, "average")


def test_an_average_for_the_count_after_it_is_over_a_total_of_after_that() -> None:
    text = "The average debt was £41,300 for the 27,000 graduates who left, a total of £1.12 billion.\n"
    assert ("abs(mean(£1.12 billion, 27,000) - £41,300) <= 0.5", "warning") in proposed(text, "average")


def test_money_an_hour_is_the_output_over_the_hours_worked_in_its_sentence(tmp_path: Path) -> None:
    text = "# Output\n\nFarms produced output of £2.31 billion in 98 million hours, or £23.6 an hour.\n"
    assert ("abs(mean(£2.31 billion, 98 million hours) - £23.6) <= 0", "warning") in proposed(text, "average")
    assert scan(tmp_path, text) == (0, [])
    # a slip in the rate per hour is a warning (which output and hours make it is inferred)
    code, lines = scan(tmp_path, text.replace("£23.6", "£25.6"))
    assert code == 0 and any("warning" in line and "£25.6" in line for line in lines), lines


def test_of_this_opens_the_parts_of_the_figure_before_it() -> None:
    # "Of this," (money, an area: a mass noun) is "Of these," for what is not counted in things
    text = (
        "Households borrowed an extra £518 million in November. Of this, £201 million was borrowed on credit "
        "cards and £317 million as other loans.\n"
    )
    assert ("sum(£201 million, £317 million) <= £518 million", "error") in proposed(text, "total-parts")
    text = "Of this £6.1 billion, central government borrowed £4.4 billion and local government £1.7 billion.\n"
    assert ("sum(£4.4 billion, £1.7 billion) <= £6.1 billion", "error") in proposed(text, "total-parts")


def test_bare_shares_in_brackets_after_listed_amounts_are_of_the_whole_the_first_names() -> None:
    text = (
        "Total farm income was £8.0 billion. Livestock earned £3.6 billion (45% of the total), followed by crops "
        "at £2.8 billion (35%) and other income at £1.6 billion (20%).\n"
    )
    checks = proposed(text, "share")
    assert ("share(£2.8 billion, £8.0 billion) == 35%", "warning") in checks, checks
    assert ("share(£1.6 billion, £8.0 billion) == 20%", "warning") in checks, checks


BORROWING = (
    "# Public sector finances\n\n## Main points\n\nPublic sector net borrowing was £3.18 billion in May 2025.\n\n"
    "## Summary table\n\nTable 1: Public sector finances, £ billion\n\n"
    "| Measure | May 2025 | May 2024 |\n|---|---|---|\n| Receipts | 11.02 | 10.64 |\n"
    "| Net borrowing | 3.18 | 2.95 |\n"
)


def test_a_table_in_a_section_of_its_own_in_a_captioned_unit_repeats_the_figure_its_row_name_ends(
    tmp_path: Path,
) -> None:
    # "£ billion" ending the caption is every cell's unit; "Net borrowing" ends "public sector net borrowing";
    # the table's section holds no text of its own: it restates the main points
    checks = proposed(BORROWING, "repeated")
    assert ("(£3.18 * 1000000000) == £3.18 billion", "error") in checks, checks
    assert scan(tmp_path, BORROWING) == (0, [])
    code, alarms = scan(tmp_path, BORROWING.replace("| 3.18 |", "| 3.81 |"))
    assert code == 1 and any("stated 3,180,000,000" in line for line in alarms), alarms


def test_money_or_a_measure_after_a_verb_is_labelled_by_who_the_clause_says_it_of() -> None:
    from factcheck.extract import extract

    text = (
        "Onshore wind generated 3.9 TWh, solar 1.4 TWh and hydro 0.6 TWh. Central government borrowed £5.2 "
        "billion and local government £1.1 billion. The courts received 5,400 claims and concluded 5,100.\n"
    )
    labels = {f.text: f.label for f in extract(text, "snippet").document.figures}
    assert labels["3.9 TWh"] == "onshore wind"
    assert labels["1.4 TWh"] == "solar"  # not "twh solar": the unit of the figure before is no word of this one
    assert labels["£5.2 billion"] == "central government"
    assert labels["£1.1 billion"] == "local government"
    # a count done by an agency is still told apart by what was done
    assert labels["5,100"] == "concluded"


def test_the_value_of_an_earlier_quarter_in_brackets_after_a_comparison_is_its_previous_value() -> None:
    # "than in the second quarter (£2,272 million)": the quarter before's value, and "7.4% less" its change
    text = (
        "New orders were £2,104 million in the third quarter, 7.4% less than in the second quarter (£2,272 million).\n"
    )
    assert ("change(£2,104 million, £2,272 million) == -7.4%", "error") in proposed(text, "year-on-year")
    text = "Receipts were £41.3 billion, 3.1% more than in August last year (£40.1 billion).\n"
    assert ("change(£41.3 billion, £40.1 billion) == 3.1%", "error") in proposed(text, "year-on-year")


def test_when_it_stood_at_after_a_comparison_with_an_earlier_period_is_that_period_s_value() -> None:
    text = (
        "Borrowing in the year to date was £38.6 billion, £2.7 billion less than in the same period last year, "
        "when it stood at £41.3 billion.\n"
    )
    assert ("£38.6 billion - £41.3 billion == -£2.7 billion", "error") in proposed(text, "year-on-year")
    text = "Their share was 51.2%, up 3.4 percentage points on a year earlier, when it was 47.8%.\n"
    assert ("51.2% - 47.8% == 3.4 percentage points", "error") in proposed(text, "percentage-points")


def test_against_a_figure_of_another_group_is_no_earlier_value() -> None:
    from factcheck.extract import extract

    text = (
        "Union density was 49.2% in the public sector, against 11.8% in the private sector. Debt was 84.6% of "
        "GDP, against 83.9% a year earlier.\n"
    )
    roles = {f.text: f.role for f in extract(text, "snippet").document.figures}
    assert roles["11.8%"] != "previous"
    assert roles["83.9%"] == "previous"


def test_a_unit_of_measure_is_never_the_label_what_it_measures_is() -> None:
    from factcheck.extract import extract

    text = "Wheat covered 1.38 million hectares. Total production was 4.82 million tonnes of oil equivalent.\n"
    labels = {f.text: f.label for f in extract(text, "snippet").document.figures}
    assert labels["1.38 million hectares"] == "wheat"
    assert labels["4.82 million tonnes"] == "production"


def test_a_figure_set_beside_the_sentence_s_subject_by_at_is_labelled_by_that_subject() -> None:
    from factcheck.extract import extract

    text = (
        "Household spending, at £41.7 billion, made up 61.1% of GDP. Permanent grassland, at 3.5 million "
        "hectares, fell.\n"
    )
    labels = {f.text: f.label for f in extract(text, "snippet").document.figures}
    assert labels["£41.7 billion"] == "household spending"
    assert labels["3.5 million hectares"] == "permanent grassland"


def test_a_whole_named_with_its_amount_in_brackets_is_that_amount(tmp_path: Path) -> None:
    text = (
        "# Land\n\nFarmland covered 612 thousand hectares in 2025 and made up 71% of the total area of the county "
        "(862 thousand hectares).\n"
    )
    assert ("share(612 thousand hectares, 862 thousand hectares) == 71%", "warning") in proposed(text, "share")
    assert scan(tmp_path, text) == (0, [])
    # 612 of 862 is 71%, not 73%: a warning, since which amount is the part is inferred
    lines = scan(tmp_path, text.replace("71%", "73%"))[1]
    assert any("warning" in line and "73%" in line for line in lines), lines


def test_who_were_names_what_is_counted_and_a_share_s_whole_ends_with_its_name_s_own_word() -> None:
    text = (
        "The number of employees who were trade union members fell by 38,000 to 1.21 million.\n\n"
        "Public sector membership fell by 21,000 to 702,000.\n\n"
        "Female employees made up 57% of union members (690,000).\n"
    )
    checks = proposed(text, "share")
    # "union members" is the 1.21 million members, not the 702,000 of "membership" nearer by
    assert ("share(690,000, 1.21 million) == 57%", "warning") in checks, checks


def test_a_subject_past_inserted_words_and_no_discourse_adverb_labels_a_figure() -> None:
    from factcheck.extract import extract

    text = (
        "The outstanding balance of student loans, including interest, was £23.6 billion.\n\n"
        "The balance therefore rose by £2.2 billion.\n"
    )
    labels = {f.text: f.label for f in extract(text, "snippet").document.figures}
    assert labels["£23.6 billion"] == "outstanding balance student loans"
    assert "therefore" not in labels["£2.2 billion"]


GENERATION = (
    "# Generation\n\nWind generated 4.1 TWh in the quarter.\n\nTable 3: Generation by fuel, TWh\n\n"
    "| Fuel | Q3 2024 | Q3 2025 |\n|---|---|---|\n| Wind | 3.8 | 4.1 |\n| Gas | 4.3 | 3.7 |\n"
)


def test_a_caption_ending_with_a_unit_of_energy_gives_every_cell_that_unit(tmp_path: Path) -> None:
    assert ("4.1TWh == 4.1 TWh", "error") in proposed(GENERATION, "repeated")
    assert scan(tmp_path, GENERATION) == (0, [])
    code, alarms = scan(tmp_path, GENERATION.replace("| 3.8 | 4.1 |", "| 3.8 | 4.4 |"))
    assert code == 1 and any("4.4" in line for line in alarms), alarms


def test_a_total_row_under_period_columns_repeats_the_total_the_text_opens_a_sentence_with(tmp_path: Path) -> None:
    text = (
        "# Generation\n\nTotal generation fell to 12.4 TWh in the quarter, from 12.9 TWh a year earlier.\n\n"
        "Table 3: Generation by fuel, TWh\n\n| Fuel | Q3 2024 | Q3 2025 |\n|---|---|---|\n| Wind | 3.8 | 4.1 |\n"
        "| Other | 9.1 | 8.3 |\n| Total | 12.9 | 12.4 |\n"
    )
    checks = proposed(text, "repeated")
    assert ("12.4TWh == 12.4 TWh", "warning") in checks, checks
    assert ("12.9TWh == 12.9 TWh", "warning") in checks, checks
    assert scan(tmp_path, text) == (0, [])


def test_a_share_of_the_total_is_of_the_part_s_own_unit_past_a_record() -> None:
    text = (
        "Production was 4.82 million tonnes of oil equivalent.\n\nElectricity generation totalled 14.6 TWh. "
        "Renewable sources generated 7.1 TWh, a record 48.6% of the total.\n"
    )
    assert ("share(7.1 TWh, 14.6 TWh) == 48.6%", "warning") in proposed(text, "share")


def test_of_a_named_whole_then_a_subject_and_its_verb_opens_some_of_its_parts(tmp_path: Path) -> None:
    text = (
        "# Consumption\n\nFinal consumption of energy was 9.37 million tonnes.\n\nOf final consumption, domestic "
        "users took 2.81 million tonnes (30.0%), transport 3.05 million tonnes and industry 1.63 million tonnes.\n"
    )
    checks = proposed(text, "total-parts")
    assert (
        "sum(2.81 million tonnes, 3.05 million tonnes, 1.63 million tonnes) <= 9.37 million tonnes",
        "error",
    ) in checks
    # the list names some of the consumption, not all of it: no sum to the total is proposed
    assert not any("==" in check for check, _ in checks), checks
    assert ("share(2.81 million tonnes, 9.37 million tonnes) == 30.0%", "error") in proposed(text, "share")
    assert scan(tmp_path, text) == (0, [])


def test_kinds_of_a_lead_two_sentences_back_past_a_sentence_of_rates_are_its_parts() -> None:
    text = (
        "The number of employees who were union members fell by 40,000 to 1.30 million.\n\n"
        "The proportion of employees who were members fell to 21.4% from 22.3%.\n\n"
        "Public sector membership fell by 24,000 to 760,000, while private sector membership fell by 16,000 to "
        "540,000.\n"
    )
    checks = proposed(text, "total-parts")
    assert any(check.startswith("sum(760,000, 540,000)") and "1.30 million" in check for check, _ in checks), checks


def test_amounts_said_of_a_named_whole_are_its_parts(tmp_path: Path) -> None:
    text = (
        "# Output\n\nConstruction output was £1,482 million in September.\n\nNew work accounted for £915 million "
        "of output and repair and maintenance for £567 million.\n"
    )
    checks = proposed(text, "total-parts")
    assert any(c.startswith("sum(£915 million, £567 million)") and "£1,482 million" in c for c, _ in checks), checks
    assert scan(tmp_path, text) == (0, [])


def test_that_is_a_change_opens_a_sentence_of_the_pair_before_it_never_of_a_number_in_words() -> None:
    text = (
        "Borrowing in the first five months reached £14.3 billion, up from £12.5 billion a year earlier. That is "
        "14% more than a year ago.\n"
    )
    assert ("change(£14.3 billion, £12.5 billion) == 14%", "warning") in proposed(text, "year-on-year")
