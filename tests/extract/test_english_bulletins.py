"""English statistics-bulletin phrasing (ONS, Home Office, MoJ): each form proposes the relation it states."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from factcheck.cli import cli
from factcheck.extract import extract
from tests.extract.test_patterns import proposed


def related(text: str, pattern: str) -> list[tuple[list[str], str]]:
    """The figures (as written) and severity of each rule a pattern proposes for ``text``."""
    return [
        ([f.text for f in s.figures], s.severity)
        for s in extract(text, "snippet").suggestions
        if s.pattern == pattern and s.check
    ]


def test_a_rate_whose_population_is_given_in_parentheses_after_it() -> None:
    text = (
        "Police recorded 65,540 offences in the year, a rate of 82.4 per 1,000 population (795,400 residents). "
        "The burglary rate was 11.6 per 1,000 households (4,020 offences among 346,600 households)."
    )
    assert related(text, "population-rate") == [
        (["65,540 offences", "795,400 residents", "82.4"], "error"),
        (["4,020 offences", "346,600 households", "11.6"], "error"),
    ]


def test_a_rate_in_the_sentence_after_its_count() -> None:
    text = (
        "The prison population was 9,862 on 30 September. "
        "This was a rate of 148.3 per 100,000 population (6,650,000 residents)."
    )
    assert proposed(text, "population-rate") == [("9,862 / 6,650,000 residents * 100000 == 148.3", "error")]


def test_a_rate_rounded_to_a_whole_number_allows_the_half_unit_its_rounding_takes() -> None:
    """2,437 / 400,200 x 100,000 is 608.95: "609 per 100,000" rounds it and is no error; 612 is."""
    text = "Police recorded 2,437 offences in 2025, a rate of {} per 100,000 population (400,200 residents)."
    assert proposed(text.format(609), "population-rate") == [
        ("abs(2,437 offences / 400,200 residents * 100000 - 609) <= 0.5", "error")
    ]
    # a rate with a decimal is read to its last digit, as before
    assert proposed(text.format("608.9"), "population-rate")[0][0].endswith("== 608.9")


def test_a_whole_rate_holds_where_it_rounds_the_quotient_and_fails_at_its_own_figure(tmp_path: Path) -> None:
    article = tmp_path / "rates.txt"
    for rate, code in (("609", 0), ("612", 1)):
        article.write_text(
            f"Police recorded 2,437 offences in 2025, a rate of {rate} per 100,000 population (400,200 residents).\n",
            encoding="utf-8",
        )
        result = CliRunner().invoke(cli, ["scan", str(article)])
        assert result.exit_code == code, result.output
        if code == 0:
            assert "0 fail, 0 warnings" in result.output  # once a false warning: 608.95 "stated 609"
    assert "rates.txt:1:51: error" in result.output  # located at the stated rate, not at the count


def test_a_previous_value_in_parentheses_after_a_period_without_a_year() -> None:
    text = "The court received 13,161 cases, a 7% increase on the same quarter of the previous year (12,300)."
    assert proposed(text, "year-on-year") == [("change(13,161 cases, 12,300) == 7%", "error")]


def test_made_up_of_lists_parts_not_a_change() -> None:
    text = (
        "Theft offences totalled 17,860. This was made up of 4,020 domestic burglaries, 5,310 vehicle offences "
        "and 8,530 other thefts."
    )
    # the total stands in the sentence before "This": inferred, a warning; every part is read, 4,020 too
    assert (["17,860", "4,020", "5,310", "8,530"], "warning") in related(text, "total-parts")


def test_points_to_a_rate_from_another() -> None:
    text = "The guilty plea rate fell 1.2 percentage points to 64.3%, from 65.5% a year earlier."
    assert proposed(text, "percentage-points") == [("64.3% - 65.5% == -1.2 percentage points", "error")]


def test_a_stock_moved_by_the_difference_the_sentence_states() -> None:
    text = "Receipts exceeded disposals by 2,100, so the outstanding caseload rose to 64,000 from 61,900."
    assert ("64,000 - 61,900 == 2,100", "error") in proposed(text, "flow")
    fell = "Disposals exceeded receipts by 900, so the outstanding caseload fell to 61,000 from 61,900."
    assert ("61,900 - 61,000 == 900", "error") in proposed(fell, "flow")


def test_all_other_offences_is_a_row_not_the_total() -> None:
    text = (
        "Police recorded 65,540 offences.\n\n"
        "| Offence group | Offences |\n|---|---|\n| Theft offences | 17,860 |\n| All other offences | 16,660 |\n"
        "| Total recorded crime | 65,540 |\n"
    )
    checks = [c for c, _ in proposed(text, "repeated")]
    assert not any(c.startswith("16,660") for c in checks)


def test_a_closing_table_total_repeats_the_total_of_the_parts_its_rows_repeat() -> None:
    text = (
        "Workforce\n\nThe force employed 9,412 workers, made up of 5,130 police officers, 3,540 police staff "
        "and 742 PCSOs.\n\nTable 3: Workforce by role\n\n"
        "Role                FTE\nPolice officers   5,130\nPolice staff      3,540\nPCSOs               742\n"
        "Total workforce   9,412\n"
    )
    rows = related(text, "repeated")
    assert (["9,412", "9,412"], "warning") in rows


def test_a_part_on_remand_is_labelled_by_its_state() -> None:
    figures = extract("The population was 9,862, of which 1,815 were on remand.", "snippet").document.figures
    assert [(f.text, f.label) for f in figures][1] == ("1,815", "remand")


def test_a_change_after_while_is_labelled_by_its_own_clause() -> None:
    text = "Officers were up 4% to 5,130, while police staff numbers rose by 120."
    figures = extract(text, "snippet").document.figures
    assert [(f.text, f.label) for f in figures][-1] == ("120", "police staff")


def test_a_change_of_a_subject_named_in_the_sentence_before() -> None:
    text = (
        "The force employed 5,130 police officers and 3,540 police staff. "
        "Officers were up 4% from 4,933 to 5,130, while police staff numbers rose by 120, from 3,420."
    )
    rules = related(text, "year-on-year")
    assert (["3,540", "3,420", "120"], "warning") in rules


def test_a_rate_over_the_total_a_later_sentence_opens_with() -> None:
    text = (
        "The charge rate fell 0.8 percentage points to 5.9%, from 6.7% a year earlier. "
        "Of the 65,540 offences, 3,867 resulted in a charge or summons."
    )
    assert (["3,867", "65,540 offences", "5.9%"], "warning") in related(text, "share")
