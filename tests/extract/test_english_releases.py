"""Forms of real English statistical releases (labour-market and population releases, ombudsman and police annual
figures, health-service monthly statistics, Indian and South African crime reports), each in a short text of its
own: what a fact-checker would verify is proposed, and true figures raise no alarm."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from factcheck.cli import cli
from factcheck.extract import extract
from tests.extract.test_patterns import proposed


def checks(text: str) -> set[str]:
    """Every check proposed for ``text``, with figure texts in place of ids."""
    return {
        check for name in {s.pattern for s in extract(text, "snippet").suggestions} for check, _ in proposed(text, name)
    }


def test_an_average_monthly_gain_is_never_the_change_of_the_month_s_own_gain() -> None:
    text = (
        "Health care added 54,000 jobs in March, compared with an average monthly gain of 57,000 over the prior "
        "12 months."
    )
    # the month's gain may be below the year's average: no rule says 57,000 <= 54,000
    assert proposed(text, "year-on-year") == []


def test_a_type_number_names_a_kind_of_department_and_is_never_a_part() -> None:
    text = (
        "Emergency admissions rose to 565,000. Of the emergency admissions, 395,000 (69.9%) came through type 1 "
        "departments."
    )
    assert not any(" 1)" in check or "(1," in check for check in checks(text))
    assert ("share(395,000, 565,000) == 69.9%", "error") in proposed(text, "share")


def test_indian_grouped_figures_are_read_whole_and_checked() -> None:
    text = "Crimes against women rose 4.0% to 4,62,800 cases, from 4,45,000 in 2024."
    assert proposed(text, "year-on-year") == [("change(4,62,800 cases, 4,45,000) == 4.0%", "error")]


def test_a_bracketed_share_whose_whole_is_the_larger_count_before_it_in_the_sentence() -> None:
    text = "A sample of 5,000 rape dockets showed that 3,450 (69%) of the attacks took place at home."
    assert proposed(text, "share") == [("share(3,450, 5,000) == 69%", "warning")]


def test_a_sentence_opening_with_its_part_takes_the_whole_of_the_sentence_before() -> None:
    text = (
        "The waiting list stood at 7.40 million, down 60,000 on the previous month. Around 2.9 million (39.2%) had "
        "been waiting longer than 18 weeks."
    )
    assert proposed(text, "share") == [("share(Around 2.9 million, 7.40 million) == 39.2%", "warning")]


def test_a_sibling_part_is_never_the_whole_of_the_next_bracketed_share() -> None:
    text = "Of the murder victims, 890 were women and 310 (4.6%) were children."
    assert proposed(text, "share") == []
    listed = "Murders fell to 6,720. Of them, 890 (13.2%) were women and 310 (4.6%) were children."
    assert ("share(310, 890) == 4.6%", "warning") not in proposed(listed, "share")


def test_items_nested_under_an_item_are_its_parts() -> None:
    text = (
        "We determined 5,610 complaints and enquiries.\n\n"
        "- 3,960 was the total number of complaints determined.\n"
        "  - 3,240 complaints were decided before investigation.\n"
        "  - 720 complaints were investigated.\n"
        "- 1,200 recommendations were made:\n"
        "  - 400 for personal redress\n"
        "  - 650 for learning and improvement\n"
        "  - 150 about complaint handling.\n"
    )
    found = proposed(text, "total-parts")
    assert ("sum(3,240 complaints, 720 complaints) == 3,960", "warning") in found
    assert ("sum(400, 650, 150) == 1,200", "warning") in found
    # the paragraph's 5,610 is no sum of the items under it, nor of the items nested deeper
    assert not any("5,610" in check for check, _ in found)


def test_a_dash_and_a_space_before_a_figure_open_a_list_item() -> None:
    text = "Recommendations made: 1,200.\n\n- 400 for personal redress\n- 650 for learning\n- 150 about handling\n"
    assert ("sum(400, 650, 150) == 1,200", "warning") in proposed(text, "total-parts")
    assert "-5%" in [f.text for f in extract("Output changed by\n-5% in May.", "snippet").document.figures]


POPULATION = (
    "The population grew by 2,650,000 (0.8%) to 342,300,000 between July 2025 and July 2026.\n\n"
    "Net international migration accounted for about two-thirds of the growth, or 1,770,000 people.\n\n"
    "The South added 1,380,000 residents, more than half (52.1%) of the national gain.\n\n"
    "Texas gained the most people (490,000), followed by Florida (410,000) and North Carolina (160,000). Together "
    "these three states accounted for 40.0% of the nation's growth.\n"
)


def test_a_share_of_the_growth_is_of_the_change_the_text_states() -> None:
    found = proposed(POPULATION, "share")
    assert ("share(1,770,000 people, 2,650,000) == about two-thirds", "warning") in found
    assert ("share(1,380,000 residents, 2,650,000) == 52.1%", "warning") in found


def test_together_the_listed_parts_make_the_share() -> None:
    found = proposed(POPULATION, "share")
    assert ("share(sum(490,000, 410,000, 160,000), 2,650,000) == 40.0%", "warning") in found
    assert not any(check.startswith("share(three") for check, _ in found)  # "these three states" is no part
    listed = (
        "Of the 1,200 complaints, 540 were about housing, 310 about health and 200 about schools. Together they "
        "accounted for 87.5% of all complaints."
    )
    assert proposed(listed, "share") == [("share(sum(540, 310, 200), 1,200 complaints) == 87.5%", "warning")]


def test_a_restated_share_in_words_with_its_count_after_or_keeps_the_sentence_s_whole() -> None:
    text = (
        "There were 44,100 prisoners. Nearly two-thirds of prisoners (61% or 27,100 prisoners) were under sentence, "
        "while over a third (39% or 17,000 prisoners) were unsentenced."
    )
    assert ("share(17,000 prisoners, 44,100 prisoners) == 39%", "warning") in proposed(text, "share")


def test_a_bracketed_pair_after_vs_is_the_later_and_the_earlier_value_of_the_change() -> None:
    text = (
        "Provisional data show 86,900 overdose deaths in the year. The age-adjusted death rate was 9.6% higher in "
        "2025 than in 2024 (21.7 vs. 19.8 per 100,000)."
    )
    # never change(86,900 deaths, 21.7): the rate's two values are in the brackets
    assert proposed(text, "year-on-year") == [("change(21.7, 19.8) == 9.6%", "error")]


def test_a_share_restated_after_which_is_has_its_whole_in_brackets_after_the_whole_s_name() -> None:
    text = "Deaths rose from 31 million in 2000 to 41 million in 2019, which is about 74% of all deaths (55.4 million)."
    assert proposed(text, "share") == [("share(41 million, 55.4 million) == about 74%", "warning")]


def test_the_part_after_at_and_the_whole_named_by_the_noun_it_counts() -> None:
    text = (
        "The Service received 412,600 calls for service in 2025. Emergency calls made up 61% of the total, at "
        "251,700.\n\nOfficers attended 188,300 incidents, or 45.6% of all calls."
    )
    found = proposed(text, "share")
    assert ("share(251,700, 412,600) == 61%", "warning") in found
    assert ("share(188,300 incidents, 412,600) == 45.6%", "warning") in found


def test_a_failing_share_is_shown_at_the_stated_share_not_at_its_whole(tmp_path: Path) -> None:
    article = tmp_path / "knives.txt"
    article.write_text(
        "Police recorded 48,200 offences involving a knife.\n\nRobbery made up 19,760, or 45%, of knife offences.\n",
        "utf-8",
    )
    result = CliRunner().invoke(cli, ["scan", str(article), "--format", "text"])
    (alarm,) = [line for line in result.stdout.splitlines() if "is-share-of-whole" in line]
    assert alarm.startswith(f"{article}:3:"), alarm  # the 45% on line 3, not the 48,200 on line 1


def test_women_and_men_counted_by_what_they_are_are_parts_of_the_lead_count_of_it() -> None:
    text = (
        "Eurostat estimates that 12.810 million persons in the EU, of whom 10.650 million in the euro area, were "
        "unemployed in October.\n\nUnemployment by sex\n\n"
        "In October, 6.420 million women and 6.390 million men were unemployed in the EU."
    )
    found = proposed(text, "total-parts")
    assert ("sum(6.420 million, 6.390 million) == 12.810 million persons", "warning") in found
    # the euro area's 10.650 million leads no sentence: never the whole
    assert not any("== 10.650 million" in check for check, _ in found)


def test_the_equivalent_of_n_is_the_part_and_the_whole_is_named_under_an_earlier_heading() -> None:
    text = (
        "There are 9,030,000 pupils in schools in England.\n\nFree school meals\n\n"
        "25.7% of pupils were eligible for free school meals, the equivalent of 2.32 million pupils."
    )
    assert proposed(text, "share") == [("share(2.32 million, 9,030,000) == 25.7%", "warning")]


def test_a_list_of_counts_with_their_shares_is_of_the_text_s_figure_of_what_the_first_counts() -> None:
    text = (
        "There are 9,030,000 pupils in schools in England.\n\nThe rate stood at 13.6%, or 1.1 million pupils.\n\n"
        "Pupils by school type\n\nState-funded primary schools had 4,550,000 pupils (50.4%), state-funded secondary "
        "schools 3,900,000 (43.2%), and special schools together 580,000 (6.4%)."
    )
    assert proposed(text, "share") == [
        ("share(4,550,000, 9,030,000) == 50.4%", "warning"),
        ("share(3,900,000, 9,030,000) == 43.2%", "warning"),
        # never the 1.1 million pupils, smaller than the list's largest part
        ("share(580,000, 9,030,000) == 6.4%", "warning"),
    ]


def test_shares_opened_by_a_capitalised_of_the_add_up_to_100() -> None:
    text = (
        "Of the 2,380,000 incidents, 21% were violent crimes, 58% were property crimes and the remaining 21% were "
        "other offences."
    )
    assert proposed(text, "structure-ratio") == [("sum(21%, 58%, 21%) == 100%", "error")]


def test_a_list_ending_with_the_remaining_n_breaks_down_the_total_of_the_sentence_before() -> None:
    text = (
        "There were 7,940 violent crime incidents, a decrease of 2.4% from 8,135 the year before. Assaults "
        "numbered 5,210, robberies 960 and sexual assaults 1,140; the remaining 630 were other violent offences."
    )
    assert ("sum(5,210, 960, 1,140, 630) == 7,940", "error") in proposed(text, "total-parts")
    # a rest that names another thing than the total counts: no breakdown of it
    other = (
        "The force employed 7,940 officers. Assaults numbered 5,210, robberies 960 and sexual assaults 1,140; the "
        "remaining 630 were other offences."
    )
    assert proposed(other, "total-parts") == []


def test_a_share_in_words_with_a_total_of_n_after_it_is_of_the_count_the_sentence_opens_with() -> None:
    text = (
        "Of the total cases referred in the second half of the year (182,400), insurance made up seven out of ten "
        "(70%), with a total of 127,680 new complaints."
    )
    assert proposed(text, "share") == [("share(127,680, 182,400) == 70%", "warning")]
    thirds = (
        "Of the total cases referred in the year (161,600), insurance made up two thirds (65%) – with a total of "
        "105,040 new complaints."
    )
    assert proposed(thirds, "share") == [("share(105,040, 161,600) == 65%", "warning")]


def test_the_base_of_a_multiple_is_never_the_previous_value_of_a_change_against_another_year() -> None:
    text = (
        "The average time from offence to completion was 702 days, 41 days longer than a year earlier and more "
        "than double the 330 days recorded in the same quarter of 2016."
    )
    assert not any("330" in check for check, _ in proposed(text, "year-on-year"))  # never 702 - 330 == 41


def test_a_quarter_s_receipts_less_disposals_are_not_a_year_s_change_in_the_backlog() -> None:
    text = (
        "In the Crown Court, receipts rose to 30,400 cases, an increase of 7% on the same quarter of 2025 (28,400). "
        "Disposals fell by 3% to 27,160, leaving an outstanding caseload of 76,900 cases at the end of the quarter, "
        "up 12% from 68,660 a year earlier."
    )
    assert proposed(text, "stock-flow") == []


def test_n_of_the_named_whole_or_p_percent_is_a_share_of_the_figure_of_that_name() -> None:
    text = (
        "The outstanding caseload was 76,900 cases at the end of the quarter. Trials accounted for 40,800 of the "
        "outstanding cases, or 53%."
    )
    assert ("share(40,800, 76,900 cases) == 53%", "warning") in proposed(text, "share")


REGULATOR_TABLE = """Companies received 4,218 complaints about sewer flooding in 2023-24. Three of the 17 companies met
the target.

| Company type | Companies | Complaints | Per 10,000 connections |
|---|---|---|---|
| Water and sewerage | 11 | 3,650 | 1.9 |
| Water only | 6 | 568 | 0.8 |
| Total | 17 | 4,218 | 1.7 |
"""


def test_a_rate_per_ten_thousand_column_is_never_summed() -> None:
    found = checks(REGULATOR_TABLE)
    assert not any("1.9" in check for check in found)
    assert "sum(3,650, 568) == 4,218" in found and "sum(11, 6) == 17" in found
