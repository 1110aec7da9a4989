"""English report prose read since the fifth session's probes (inflation and money-and-credit releases,
homelessness, migration, tourism and health statistics, audit, council, university and charity reports, wire
news): each test pairs a consistent text that must raise nothing with a slip in it that must be caught."""

from __future__ import annotations

from pathlib import Path

from tests.extract.test_falarm_en import scan


def test_within_this_opens_the_parts_of_the_sentence_befores_total(tmp_path: Path) -> None:
    text = (
        "# Lending\n\nNet lending to households was £4.6 billion in May. Within this, mortgage lending was "
        "£3.5 billion and consumer credit £1.1 billion.\n"
    )
    assert scan(tmp_path, text) == (0, [])
    alarms = scan(tmp_path, text.replace("£1.1 billion", "£1.6 billion"))[1]
    assert any("£3.5 billion + £1.6 billion" in line for line in alarms), alarms


def test_a_figure_in_a_relative_clause_after_a_part_is_what_the_part_holds_never_a_sibling_part(
    tmp_path: Path,
) -> None:
    # 2,347 children live in the 1,021 households: the households are the part of 1,612, the children are not
    text = (
        "# Temporary accommodation\n\nOn 30 September, 1,612 households were in temporary accommodation. Of "
        "these, 1,021 included children, who numbered 2,347.\n"
    )
    assert scan(tmp_path, text) == (0, [])
    # a part larger than its total is still caught
    alarms = scan(tmp_path, text.replace("1,021 included", "1,721 included"))[1]
    assert any("1,721" in line and "1,612" in line for line in alarms), alarms
