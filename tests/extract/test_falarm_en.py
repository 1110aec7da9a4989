"""False alarms on consistent English report prose (texts with no errors, so every alarm is false): a table's
total matched to a text figure of another column or unit, a loss verb before a count, a rate "for every" N, an
average named earlier in its clause, and "of them" after a clause's second figure."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from factcheck.cli import cli


def scan(tmp_path: Path, text: str, suffix: str = ".md") -> tuple[int, list[str]]:
    """The exit code and the alarm lines of `factcheck scan` on an article (Markdown unless told) holding ``text``."""
    article = tmp_path / f"article{suffix}"
    article.write_text(text, "utf-8")
    result = CliRunner().invoke(cli, ["scan", str(article), "--format", "text"])
    return result.exit_code, [line for line in result.stdout.splitlines() if line.startswith(str(article))]


def test_a_total_row_repeats_the_text_figure_of_its_own_column_never_one_of_a_column_with_a_like_name(
    tmp_path: Path,
) -> None:
    # Complaints and Companies share their first letters: 4,218 complaints is the Complaints total, 17 the other
    text = (
        "# Complaints\n\nThe firms received 4,218 complaints in the year. Three of the 17 companies met the target.\n\n"
        "| Company type | Companies | Complaints |\n|---|---|---|\n| Water | 11 | 2,905 |\n| Sewerage | 6 | 1,313 |\n"
        "| Total | 17 | 4,218 |\n"
    )
    assert scan(tmp_path, text) == (0, [])
    # a Total that disagrees with its own column's text figure is still caught
    wrong = text.replace("| Total | 17 | 4,218 |", "| Total | 18 | 4,218 |")
    code, alarms = scan(tmp_path, wrong)
    assert code == 1 and any("18, stated 17" in line for line in alarms), alarms


def test_a_rate_for_every_ten_thousand_repeats_the_rate_column_never_the_count_column(tmp_path: Path) -> None:
    text = (
        "# Complaints\n\nWe received 12,846 complaints. Across all sectors there were 3.1 complaints for every "
        "10,000 customers.\n\n| Sector | Complaints | Complaints per 10,000 customers |\n|---|---|---|\n"
        "| Energy | 7,728 | 4.6 |\n| Water | 5,118 | 1.9 |\n| Total | 12,846 | 3.1 |\n"
    )
    assert scan(tmp_path, text) == (0, [])  # 3.1 complaints is a rate: no count-whole error, no Total of 12,846
    wrong = text.replace("| Total | 12,846 | 3.1 |", "| Total | 12,846 | 3.4 |")
    assert any("3.4, stated 3.1" in line for line in scan(tmp_path, wrong)[1])


def test_a_count_after_lost_or_shed_is_the_change_never_the_level(tmp_path: Path) -> None:
    text = (
        "# Schools\n\nThe district's schools enrolled 38,420 pupils, 1,150 fewer than last year. Primary schools "
        "lost 1,420 pupils while secondary schools gained 270.\n\n| School type | Schools | Pupils |\n|---|---|---|\n"
        "| Primary | 48 | 21,300 |\n| Secondary | 14 | 17,120 |\n| Total | 62 | 38,420 |\n"
    )
    assert scan(tmp_path, text) == (0, [])


def test_an_average_named_earlier_in_the_clause_is_never_a_count_that_must_be_whole(tmp_path: Path) -> None:
    text = "# Census\n\nThe average household size fell from 2.40 to 2.38 people since the last census.\n"
    assert scan(tmp_path, text) == (0, [])
    # a count after a total word must still be whole (with none, a count with a fraction is read as a mean)
    code, alarms = scan(tmp_path, "# Census\n\nThe census counted a total of 2.38 people in the house.\n")
    assert code == 1 and any("count-whole" in line for line in alarms), alarms


def test_a_total_row_is_never_matched_to_a_figure_whose_label_only_starts_like_its_column(tmp_path: Path) -> None:
    # "completed" starts like "Complaints"; "3,412 complaints" is the column's figure, by its noun
    text = (
        "Health Ombudsman report\n\nWe received 3,412 complaints. We completed 3,270 investigations.\n\n"
        "Provider type        Complaints    Upheld\nHospitals                 1,958       640\n"
        "GP practices              1,454       406\nTotal                     3,412     1,046\n"
    )
    assert scan(tmp_path, text, ".txt") == (0, [])
    code, alarms = scan(
        tmp_path, text.replace("Total                     3,412", "Total                     3,421"), ".txt"
    )
    assert code == 1 and any("3,421, stated 3,412" in line for line in alarms), alarms


def test_a_money_figure_in_billions_is_never_the_total_of_a_column_in_millions(tmp_path: Path) -> None:
    text = (
        "# Budget\n\nTotal spending in 2026-27 will be $48.6 billion, an increase of $2.1 billion, or 4.5%, on the "
        "$46.5 billion estimated for 2025-26.\n\n| Portfolio | 2025-26 estimate ($m) | 2026-27 budget ($m) |\n"
        "|---|---|---|\n| Health | 15,380 | 16,200 |\n| Other | 31,120 | 32,400 |\n| Total | 46,500 | 48,600 |\n"
    )
    assert scan(tmp_path, text) == (0, [])


def test_of_them_after_the_second_figure_of_a_clause_is_of_the_first_never_the_sentence_before(
    tmp_path: Path,
) -> None:
    text = (
        "# Report\n\nIn 2025 we received 3,412 complaints. We completed 3,270 investigations and upheld 1,046 of "
        "them, or 32%.\n"
    )
    assert scan(tmp_path, text) == (0, [])


def test_a_total_row_repeats_the_figure_whose_noun_names_its_column_never_a_part_of_it(tmp_path: Path) -> None:
    # "Homes" is the noun after 1,184,300, never "supported housing" (a part) though it starts like the header
    text = (
        "# Review\n\nLandlords owned 1,184,300 homes in March. Of these, 96,200 were supported housing.\n\n"
        "| Landlord size | Landlords | Homes |\n|---|---|---|\n| Large | 38 | 802,600 |\n| Medium | 121 | 318,500 |\n"
        "| Small | 402 | 63,200 |\n| Total | 561 | 1,184,300 |\n"
    )
    assert scan(tmp_path, text) == (0, [])
    code, alarms = scan(tmp_path, text.replace("| Total | 561 | 1,184,300 |", "| Total | 561 | 1,184,800 |"))
    assert code == 1 and any("1,184,800, stated 1,184,300" in line for line in alarms), alarms
