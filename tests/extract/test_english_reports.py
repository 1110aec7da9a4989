"""Forms of real English report prose (ONS, MoJ, Home Office, BJS, FBI, StatCan, DfE, NHS bulletins), each in a
short text of its own: the relation a fact-checker would verify is proposed, and true figures raise no alarm."""

from __future__ import annotations

from factcheck.extract import extract
from tests.extract.test_patterns import proposed


def patterns(text: str) -> set[str]:
    """Every check proposed for ``text``, with figure texts in place of ids."""
    return {
        check for name in {s.pattern for s in extract(text, "snippet").suggestions} for check, _ in proposed(text, name)
    }


def test_rates_listed_before_a_rate_per_100000_are_rates_not_parts() -> None:
    text = (
        "London had the highest rate, with 176 knife offences per 100,000 population. The rates in the West "
        "Midlands, Greater Manchester and West Yorkshire were 138, 117 and 102 per 100,000 population respectively."
    )
    assert proposed(text, "total-parts") == []


def test_a_rate_per_100000_is_never_the_whole_of_a_share() -> None:
    text = (
        "The number of prisoners fell from 1,230,100 at yearend 2023 to 1,215,600 at yearend 2024.\n\n"
        "The imprisonment rate for sentenced prisoners was 352 per 100,000 U.S. residents.\n\n"
        "Males made up 92.6% of prisoners (1,125,600)."
    )
    # the prisoners' count, not the rate of 352 whose label also names prisoners
    assert proposed(text, "share") == [("share(1,125,600, 1,215,600) == 92.6%", "warning")]


def test_a_change_belongs_to_the_subject_not_to_the_places_it_is_counted_in() -> None:
    text = (
        "There were 147,750 police officers in the 43 police forces of England and Wales on 31 March 2025, "
        "a decrease of 1,020 (0.7%) compared with a year earlier."
    )
    assert proposed(text, "year-on-year") == [
        ("change(147,750 police officers, 147,750 police officers + 1,020) == -0.7%", "error")
    ]


def test_a_share_restated_after_or_before_its_whole() -> None:
    text = (
        "Police recorded 48,200 offences involving a knife. Robbery made up 19,760, or 41%, of knife offences, "
        "up 5% on the previous year."
    )
    assert ("share(19,760, 48,200 offences) == 41%", "warning") in proposed(text, "share")


def test_a_share_after_or_is_of_the_total_its_part_belongs_to() -> None:
    text = "Of the 12,400 agencies eligible, 10,850 submitted data for 2024, or 87.5%."
    assert proposed(text, "share") == [("share(10,850, 12,400) == 87.5%", "error")]
    later = "Youth accused of crime numbered 52,000. Of these, 24,960 were charged, or 48%."
    assert proposed(later, "share") == [("share(24,960, 52,000) == 48%", "warning")]


def test_a_list_of_shares_each_with_its_part_in_brackets_is_of_the_first_ones_whole() -> None:
    text = (
        "Agencies reported 1,000,000 violent crimes in 2024. Assaults made up 70.0% of violent crimes (700,000), "
        "robberies 18.0% (180,000) and rape 12.0% (120,000)."
    )
    assert [check for check, _ in proposed(text, "share")] == [
        "share(700,000, 1,000,000) == 70.0%",
        "share(180,000, 1,000,000) == 18.0%",
        "share(120,000, 1,000,000) == 12.0%",
    ]


def test_more_than_before_a_figure_is_its_hedge_not_a_change() -> None:
    text = (
        "The waiting list stood at 7.50 million. "
        "Of those waiting, 300,000 had waited more than 52 weeks, 4.0% of the list."
    )
    assert proposed(text, "share") == [("share(300,000, 7.50 million) == 4.0%", "error")]


def test_a_previous_value_in_brackets_after_an_earlier_estimate_or_the_same_date_a_year_earlier() -> None:
    text = (
        "Agencies reported an estimated 990,000 violent crimes in 2024, "
        "a decrease of 1.0% from the 2023 estimate (1,000,000)."
    )
    assert proposed(text, "year-on-year") == [("change(an estimated 990,000, 1,000,000) == -1.0%", "error")]
    date = "The prison population was 61,800 on 30 June 2025, up 3% on the same date a year earlier (60,000)."
    assert proposed(date, "year-on-year") == [("change(61,800, 60,000) == 3%", "error")]


def test_a_change_and_its_percentage_in_brackets_after_it_was() -> None:
    text = (
        "The average time from offence to completion was 210 days, down from 215 days in the previous year. "
        "It was 110% higher (110 days longer) than in the year ending March 2015."
    )
    # another comparison than the previous year's: its own group, never 215 days against 110%
    assert proposed(text, "year-on-year") == [("change(210 days, 210 days - 110 days) == 110%", "warning")]


def test_a_change_with_its_percentage_before_lower_than_belongs_to_the_subject_named_before() -> None:
    text = (
        "There were an estimated 900,000 vacancies, a fall of 12,000 on the quarter. Vacancies fell for the "
        "39th consecutive period, and were 100,000 (10.0%) lower than a year earlier."
    )
    assert proposed(text, "year-on-year") == [
        ("change(an estimated 900,000, an estimated 900,000 + 100,000) == -10.0%", "warning")
    ]


def test_a_change_of_another_subject_after_while_is_not_paired_by_name() -> None:
    text = (
        "On 30 September there were 83,310 men and 3,890 women in prison. The number of women rose by 160 (4%) "
        "compared with a year earlier, while the number of men grew by 2,380 (3%)."
    )
    assert not any("2,380" in check for check, _ in proposed(text, "year-on-year"))


def test_points_against_a_percentage_in_brackets_after_their_own_comparison() -> None:
    lower = "The guilty plea rate was 64%, 3 percentage points lower than a year earlier (67%)."
    assert proposed(lower, "percentage-points") == [("64% - 67% == -3 percentage points", "error")]
    up = (
        "The proportion of officers from ethnic minority backgrounds was 9.4%, "
        "up 0.6 percentage points on a year earlier (8.8%)."
    )
    assert proposed(up, "percentage-points") == [("9.4% - 8.8% == 0.6 percentage points", "error")]


def test_points_against_another_period_than_the_bracketed_percentage_are_not_paired_with_it() -> None:
    text = (
        "The unemployment rate was estimated at 4.6%, higher than a year earlier (4.1%) and 0.2 percentage points "
        "higher than the previous quarter."
    )
    assert proposed(text, "percentage-points") == []


def test_this_is_a_rise_of_points_names_the_change_of_the_sentence_before() -> None:
    text = (
        "The number of pupils eligible for free school meals rose to 2,100,000, 24.0% of pupils, up from 22.8% in "
        "January 2024. This is a rise of 1.2 percentage points."
    )
    assert proposed(text, "percentage-points") == [("24.0% - 22.8% == 1.2 percentage points", "warning")]


def test_two_shares_of_several_parts_are_not_summed_to_100() -> None:
    some = "Theft offences accounted for 36% of all recorded crime, and violence against the person for 56%."
    assert proposed(some, "structure-ratio") == []
    sides = "Males made up 95.8% of prisoners and females 4.2%."
    assert proposed(sides, "structure-ratio") == [("sum(95.8%, 4.2%) == 100%", "warning")]
    remaining = "The federal system held 12.0% of these prisoners, and states held the remaining 88.0%."
    assert proposed(remaining, "structure-ratio") == [("sum(12.0%, 88.0%) == 100%", "error")]


def test_receipts_in_less_disposals_out_move_the_caseload() -> None:
    text = (
        "Receipts rose 4% on the same quarter of 2024, to 350,000, while disposals fell 2% to 340,000. "
        "As a result, the outstanding caseload rose by 10,000 to 370,000."
    )
    assert proposed(text, "stock-flow") == [("350,000 - 340,000 == 10,000", "warning")]
    moved = (
        "In 2024/25 the Crown Court received 120,000 cases and disposed of 112,000 cases, and the outstanding "
        "caseload rose to 80,000 at 31 March 2025 from 72,000 a year earlier."
    )
    assert proposed(moved, "stock-flow") == [("120,000 cases - 112,000 cases == 80,000 - 72,000", "warning")]


def test_a_backlog_in_another_paragraph_is_not_moved_by_these_receipts() -> None:
    text = (
        "Magistrates' courts: receipts rose 4% to 350,000, while disposals fell 2% to 340,000.\n\n"
        "Crown Court: outstanding cases increased by 10% on the previous year, from 68,000 to 74,800 cases."
    )
    assert proposed(text, "stock-flow") == []


def test_a_part_with_its_share_after_with() -> None:
    text = "Sexual offences rose 4.0% to 3,500, with 1,600 (45.7%) relating to incidents more than a year old."
    assert proposed(text, "share") == [("share(1,600, 3,500) == 45.7%", "error")]


def test_a_change_named_in_words_with_both_its_measures_in_brackets() -> None:
    text = (
        "Police carried out 540,000 stop and searches, a fall of around a fifth (20% or 135,000) compared with "
        "the previous year (675,000)."
    )
    assert sorted(proposed(text, "year-on-year")) == [
        ("135,000 / 675,000 == 20%", "error"),
        ("540,000 - 675,000 == -135,000", "error"),
        ("change(540,000, 675,000) == -20%", "error"),
    ]


def test_a_second_comparison_with_a_financial_year_in_brackets() -> None:
    text = (
        "Crimes of handling an offensive weapon numbered 4,000, down 8% on the previous year (4,350), and 60 per "
        "cent lower than in 2006-07 (10,000)."
    )
    assert proposed(text, "year-on-year") == [
        ("change(4,000, 4,350) == -8%", "error"),
        ("change(4,000, 10,000) == -60 per cent", "error"),
    ]


def test_a_share_in_brackets_after_what_the_part_did_is_a_warning() -> None:
    text = "Of the 500,000 searches, 350,000 resulted in no further action (70%)."
    assert proposed(text, "share") == [("share(350,000, 500,000) == 70%", "warning")]
    other = "Of the 500,000 searches, 350,000 resulted in no further action (70% of those in London)."
    assert proposed(other, "share") == []


def test_and_made_up_a_share_of_all_is_the_subjects_share() -> None:
    text = (
        "Police carried out 500,000 stop and searches. Searches for drugs fell from 400,000 in the year ending "
        "March 2024 to 320,000, a 20% reduction, and made up 64% of all searches."
    )
    assert ("share(320,000, 500,000) == 64%", "warning") in proposed(text, "share")


def test_a_value_in_brackets_after_a_second_comparison_is_that_comparisons_alone() -> None:
    text = (
        "There were 4,000 firearms offences, 2% more than in the previous year and 40% fewer than in 2010/11 (6,650)."
    )
    assert proposed(text, "year-on-year") == [("change(4,000, 6,650) == -40%", "error")]


def test_each_change_column_of_a_table_is_measured_from_the_year_its_header_names() -> None:
    text = (
        "Table 4: Offences by type\n\n"
        "| Offence | 2015 | 2024 | 2025 | % change 2024 to 2025 | % change since 2015 |\n"
        "|---|---|---|---|---|---|\n"
        "| Burglary | 400,000 | 250,000 | 240,000 | -4 | -40 |\n"
    )
    assert sorted(check for check, _ in proposed(text, "year-on-year")) == [
        "change(240,000, 250,000) == -4%",
        "change(240,000, 400,000) == -40%",
    ]


def test_a_share_of_a_name_is_of_the_figure_labelled_with_it_not_of_a_kind_of_it() -> None:
    text = (
        "Of the 17,000 receptions, 9,200 were on remand, while sentenced receptions rose by 10% to 7,800.\n\n"
        "Women made up 5% of receptions (850)."
    )
    assert proposed(text, "share") == [("share(850, 17,000) == 5%", "warning")]


def test_a_from_and_a_fall_of_in_the_sentence_after_belong_to_the_figure_its_subject_names() -> None:
    text = (
        "Police also recorded 420,000 offences, including 130,000 motor vehicle offences. "
        "Offences fell from 435,000 in 2023-24, a fall of 15,000."
    )
    assert proposed(text, "year-on-year") == [("420,000 offences - 435,000 == -15,000", "warning")]


def test_irish_and_australian_forms_of_a_change() -> None:
    by = "Theft and related offences rose by 6%, or by 4,400, to 77,400 incidents."
    assert proposed(by, "year-on-year") == [("change(77,400 incidents, 77,400 incidents - 4,400) == 6%", "error")]
    on = "Public order offences stood at 32,400, an increase on 31,150 for the previous year, or 4.0%."
    assert proposed(on, "year-on-year") == [("change(32,400, 31,150) == 4.0%", "error")]
    bracket = "There were 44,100 prisoners at 30 June 2025, an increase of 4% (1,700 prisoners) from 30 June 2024."
    assert proposed(bracket, "year-on-year") == [
        ("change(44,100 prisoners, 44,100 prisoners - 1,700 prisoners) == 4%", "error")
    ]


def test_a_value_in_brackets_the_size_of_the_quantity_itself_is_not_its_change() -> None:
    text = "Sexual offences numbered 31,100, down 2% (30,480) on the previous year."
    assert not any("31,100 - 30,480" in check for check, _ in proposed(text, "year-on-year"))


def test_a_second_comparison_with_the_value_it_names_after_than_the() -> None:
    text = "Fraud offences fell by 4% to 10,850 over the year, which was 37% more than the 7,920 incidents in 2019."
    assert proposed(text, "year-on-year") == [("change(10,850, 7,920 incidents) == 37%", "error")]


def test_main_points_set_out_as_a_table_of_sentences_are_read_as_prose() -> None:
    text = (
        "Main points\n\n"
        "| 80,000 prisoners in England and Wales at 30 June 2025 | This is a rise of 3% on the same date in 2024. |\n"
        "| 16,000 first receptions into prison between April and June 2025 | This is 4% higher than a year before. |\n"
    )
    extraction = extract(text, "snippet")
    labels = {f.text: (f.label, f.role, f.owner.text if f.owner else None) for f in extraction.document.figures}
    assert labels["80,000 prisoners"] == ("prisoners", "current", None)
    assert labels["3%"] == ("prisoners", "percent-change", "80,000 prisoners")
    assert labels["16,000"][0] == "first receptions into prison"  # "between April and June" is when, not what


def test_a_bracketed_share_with_its_count_after_or_is_of_the_sentences_whole() -> None:
    text = (
        "There were 40,000 prisoners at 30 June 2025. Nearly two-thirds of prisoners (62% or 24,800 prisoners) "
        "were under sentence, while over a third (38% or 15,200 prisoners) were unsentenced."
    )
    checks = [check for check, _ in proposed(text, "share")]
    assert "share(24,800 prisoners, 40,000 prisoners) == 62%" in checks
    assert "share(15,200 prisoners, 40,000 prisoners) == 38%" in checks


def test_a_table_row_far_from_the_text_figure_its_name_starts_is_another_count() -> None:
    text = (
        "The sentenced population rose by 1,600 (2.2%) to 73,700.\n\n"
        "Table 4: Receptions, 2024/25\n\n"
        "Type            2023/24   2024/25\nRemand           40,100    41,300\nSentenced        36,900    35,800\n"
        "Total            77,000    77,100\n"
    )
    assert not any("73,700" in check for check, _ in proposed(text, "repeated"))


def test_two_financial_years_respectively_are_a_figure_and_its_previous_value() -> None:
    text = (
        "Police forces in the South East recorded 2,000 and 2,240 knife offences in 2023/24 and 2024/25 "
        "respectively, an increase of 12%."
    )
    assert proposed(text, "year-on-year") == [("change(2,240, 2,000) == 12%", "error")]


def test_doubled_and_tripled_from_one_value_to_another() -> None:
    text = (
        "Arrests doubled from 1,200 in 2015 to 2,450 in 2025. "
        "Computer misuse incidents almost tripled over the same period, from 300,000 to 880,000."
    )
    assert proposed(text, "year-on-year") == [
        ("abs(2,450 / 1,200 - doubled) <= 0.05 * doubled", "warning"),
        ("abs(880,000 / 300,000 - almost tripled) <= 0.05 * almost tripled", "warning"),
    ]


def test_one_in_five_names_its_whole_after_it() -> None:
    text = (
        "Police recorded 5,000 robberies. The North and South forces recorded 2,000 and 3,000 robberies "
        "respectively. One in five robberies (1,000) took place in the city centre."
    )
    # of all robberies, never the South force's 3,000 nearer by
    assert proposed(text, "share") == [("abs(share(1,000, 5,000) - One in five) <= 0.5%", "warning")]


def test_the_year_colon_bracket_of_annual_reports_gives_the_previous_value() -> None:
    text = "Homicide offences fell 8% to 86 in 2024 (2023: 93)."
    assert proposed(text, "year-on-year") == [("change(86, 93) == -8%", "error")]


def test_a_bracketed_count_in_a_row_of_sentences_is_never_read_as_a_percentage() -> None:
    text = (
        "Main points\n\n"
        "| 12,900 children were cautioned or sentenced | The number has fallen by 7% in the last year, with a 71% "
        "fall over the last ten years. |\n"
        "| 7,600 first time entrants to the youth justice system | The number has fallen by 5% since the previous "
        "year (8,000), with a 74% fall since 2015. |\n"
    )
    figures = {f.text: f.quantity for f in extract(text, "snippet").document.figures}
    assert "8,000%" not in figures  # a silent wrong value: the count took the % of the cell above it
    assert figures["8,000"].unit is None


def test_a_row_of_sentences_has_its_own_bracketed_previous_values() -> None:
    text = (
        "Main points\n\n"
        "| 7,600 first time entrants to the youth justice system | The number has fallen by 5% since the previous "
        "year (8,000), with a 74% fall since 2015. |\n"
        "| Around 430 children were in custody on average | This is a fall of 4% on the previous year (450), and "
        "60% lower than ten years ago. |\n"
    )
    assert proposed(text, "year-on-year") == [
        ("change(7,600, 8,000) == -5%", "error"),
        ("change(Around 430, 450) == -4%", "error"),
    ]


def test_a_share_with_its_part_and_whole_in_brackets_is_checked_against_them() -> None:
    """ "accounted for 21% of all arrests (128,400 of 611,500)": the brackets give the share's own part and
    whole; "(12,300 of them in London)" is more than a fraction and gives nothing."""
    text = "People aged 18-24 accounted for 21% of all arrests (128,400 of 611,500) in the year."
    assert proposed(text, "share") == [("share(128,400, 611,500) == 21%", "error")]
    assert [f.text for f in extract(text, "x").document.figures] == ["21%", "128,400", "611,500"]
    other = "Burglaries made up 12% of recorded crime (12,300 of them in London) in the year."
    assert not [c for c, _ in proposed(other, "share") if "12,300" in c]
