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


HEALTH = (
    "# Public health, Fernley\n\nFernley recorded 3,412 live births in 2025 among a population of 301,200, a "
    "crude birth rate of 11.3 per 1,000 population. There were 2,950 deaths, a rate of 9.8 per 1,000, so the "
    "population grew naturally by 462.\n\nHospital admissions for falls numbered 1,874, a rate of 622.2 per "
    "100,000 population.\n\nThe infant mortality rate was 3.5 per 1,000 live births (12 deaths).\n"
)


def test_rates_per_thousand_of_a_population_of_n_and_of_the_count_just_before_them(tmp_path: Path) -> None:
    # 3,412 / 301,200 = 11.33 per 1,000; 2,950 / 301,200 = 9.79; 1,874 / 301,200 = 622.2 per 100,000;
    # 12 / 3,412 = 3.52 per 1,000 live births; 3,412 - 2,950 = 462
    assert scan(tmp_path, HEALTH) == (0, [])
    for right, wrong, said in (
        ("11.3 per", "12.3 per", "3,412 / 301,200"),  # "among a population of 301,200": the population
        ("9.8 per", "8.8 per", "2,950 / 301,200"),  # "2,950 deaths, a rate of": the count before it
        ("622.2 per", "652.2 per", "1,874 / 301,200"),
        ("3.5 per", "4.5 per", "12 / 3,412"),  # "per 1,000 live births (12 deaths)": over the births
        ("by 462", "by 562", "= 462, stated 562"),  # "grew naturally by": births less deaths
    ):
        findings = scan(tmp_path, HEALTH.replace(right, wrong))[1]
        assert any(said in line for line in findings), (wrong, findings)


def test_net_migration_is_immigration_less_emigration(tmp_path: Path) -> None:
    text = (
        "# Migration\n\nImmigration to Westholm was estimated at 318,000 in the year and emigration at 201,000, "
        "so net migration was 117,000.\n"
    )
    assert scan(tmp_path, text) == (0, [])
    alarms = scan(tmp_path, text.replace("117,000", "127,000"))[1]
    assert any("= 117,000, stated 127,000" in line for line in alarms), alarms


def test_a_list_of_which_opened_ends_at_a_semicolon_before_a_clause_with_its_own_verb(tmp_path: Path) -> None:
    # legacies are a part of the donations; the activities, trading and investments are other sources of income
    text = (
        "# Income\n\nDonations and legacies brought in £6.41 million, of which legacies were £2.37 million; "
        "charitable activities earned £3.80 million, trading £0.92 million and investments £0.21 million.\n"
    )
    assert scan(tmp_path, text) == (0, [])
    # the parts before the ; are still checked against their total
    two = text.replace("£2.37 million;", "£2.37 million and gifts £3.04 million;")
    assert scan(tmp_path, two) == (0, [])
    alarms = scan(tmp_path, two.replace("£3.04 million", "£5.04 million"))[1]
    assert any("£2.37 million + £5.04 million" in line for line in alarms), alarms


def test_a_share_of_its_budget_or_target_is_of_the_one_larger_amount_before_it_in_its_sentence(tmp_path: Path) -> None:
    # 1.84 / 2.10 = 87.6%; 5,130 / 6,800 = 75.4%
    text = (
        "# Programme\n\nThe Department allocated £2.10 billion to the scheme and had spent £1.84 billion by March, "
        "88% of its budget. It planned to refit 6,800 homes; by March it had refitted 5,130 homes, 75% of the "
        "target.\n"
    )
    assert scan(tmp_path, text) == (0, [])
    for right, wrong, said in (("88%", "78%", "£1.84 billion"), ("75%", "65%", "5,130")):
        findings = scan(tmp_path, text.replace(right, wrong))[1]
        assert any(said in line and wrong in line for line in findings), (wrong, findings)


def test_a_share_of_all_spending_is_of_the_amount_labelled_spent(tmp_path: Path) -> None:
    # 388 / 1,620 = 24.0%
    text = (
        "# Visits\n\nOverseas residents made 2.61 million visits in 2025 and spent £1.62 billion during them.\n\n"
        "Holiday visits numbered 1.12 million, or 43% of all visits; business visits numbered 0.45 million.\n\n"
        "Visitors from Asia spent £388 million, 24% of all spending.\n"
    )
    assert scan(tmp_path, text) == (0, [])
    findings = scan(tmp_path, text.replace("24%", "29%"))[1]
    assert any("£388 million" in line and "29%" in line for line in findings), findings


def test_a_part_of_the_whole_with_its_share_beside_them_is_checked_in_every_order(tmp_path: Path) -> None:
    # each sentence states a part, its whole and the share between them: 2,310 / 5,640 = 41.0%; 7,350 / 9,800 =
    # 75.0%; 576 / 3,200 = 18.0%; 1,260 / 4,200 = 30.0%; 2,480 / 4,000 = 62.0%
    sentences = (
        "Some 2,310 (41%) of the 5,640 claims were settled within a month.",
        "Some 2,310 of the 5,640 claims (41%) were settled within a month.",
        "The hospital carried out 9,800 operations, 7,350 of them (75%) as day cases.",
        "There were 3,200 road casualties, 18% of which (576) were cyclists.",
        "Some 30% of the 4,200 complaints (1,260) concerned delays.",
        "Women made up 2,480 of the 4,000 staff, a share of 62%.",
    )
    for sentence in sentences:
        text = f"# Report\n\n{sentence}\n"
        assert scan(tmp_path, text) == (0, []), sentence
        share = next(s for s in ("41%", "75%", "18%", "30%", "62%") if s in sentence)
        code, alarms = scan(tmp_path, text.replace(share, "52%"))
        assert code == 1 and any("52%" in line and "off by" in line for line in alarms), (sentence, alarms)


def test_comprised_split_between_and_included_open_the_parts_of_the_figure_before_them(tmp_path: Path) -> None:
    for sentence, slip, said in (
        # all of the total: the parts must add up to it
        (
            "The 2.84 million visits comprised 1.21 million holiday visits, 0.87 million visits to friends or "
            "relatives and 0.76 million business visits.",
            ("0.76 million", "0.66 million"),
            "stated 2,840,000",
        ),
        (
            "There were 1,846 applications, split between 1,102 from new applicants and 744 from existing tenants.",
            ("744", "644"),
            "stated 1,846",
        ),
        # some of it: the parts may not exceed it
        (
            "The 1,612 households in temporary accommodation included 1,021 with children and 234 couples.",
            ("234 couples", "734 couples"),
            "more than 1,612",
        ),
    ):
        text = f"# Report\n\n{sentence}\n"
        assert scan(tmp_path, text) == (0, []), sentence
        findings = scan(tmp_path, text.replace(*slip))[1]
        assert any(said in line for line in findings), (sentence, findings)


def test_an_english_average_per_noun_is_the_total_before_it_over_the_count_that_noun_names(tmp_path: Path) -> None:
    # 1,620 / 2.61 = £620.7 per visit; 17.5 / 2.61 = 6.7 nights per visit (2.61 million visits, not the 1.12
    # million holiday visits, a kind of them)
    text = (
        "# Visits\n\nOverseas residents made 2.61 million visits in 2025 and spent £1.62 billion during them, an "
        "average of £621 per visit.\n\nHoliday visits numbered 1.12 million.\n\nVisitors stayed 17.5 million "
        "nights in all, an average of 6.7 nights per visit.\n"
    )
    assert scan(tmp_path, text) == (0, [])
    for right, wrong in (("£621 per", "£721 per"), ("6.7 nights per", "7.7 nights per")):
        findings = scan(tmp_path, text.replace(right, wrong))[1]
        said = wrong.split()[0].lstrip("£")
        assert any("2.61 million" in line and said in line for line in findings), (wrong, findings)
    # another count in the sentence may be what the average is per: no rule, never a guess
    other = (
        "# Homes\n\n1,600 households were housed. Of these, 1,020 had children, who numbered 2,350, an average of "
        "2.3 children per household.\n"
    )
    assert scan(tmp_path, other) == (0, [])


def test_points_between_a_percentage_and_the_one_it_is_down_or_up_from(tmp_path: Path) -> None:
    for sentence, slip, said in (
        # an annual rate of change against the month before's
        (
            "The Consumer Prices Index rose by 2.8% in the 12 months to May, down from 3.2% in the 12 months to "
            "April, a fall of 0.4 percentage points.",
            ("0.4 percentage", "0.6 percentage"),
            "2.8%",
        ),
        # a share in brackets
        (
            "Households produced 38,100 tonnes of waste, of which 17,600 tonnes (46.2%) was recycled, up from "
            "44.9% a year before, an improvement of 1.3 percentage points.",
            ("1.3 percentage", "2.3 percentage"),
            "46.2%",
        ),
        # a share in brackets against an earlier year's
        (
            "Of them, 1,929 (26%) were obese, compared with 24% in 2021, an increase of 2 percentage points.",
            ("2 percentage", "4 percentage"),
            "26%",
        ),
    ):
        text = f"# Report\n\n{sentence}\n"
        assert scan(tmp_path, text) == (0, []), sentence
        code, alarms = scan(tmp_path, text.replace(*slip))
        assert code == 1 and any(said in line and " pp" in line for line in alarms), (sentence, alarms)


def test_the_value_of_last_years_or_on_the_n_in_a_year_is_the_previous_one(tmp_path: Path) -> None:
    for sentence, slip in (
        ("Total income for the year was £14.62 million, 6% more than last year's £13.79 million.", ("6%", "9%")),
        ("Visits rose to 2.84 million in 2025, an increase of 11% on the 2.56 million in 2024.", ("11%", "15%")),
    ):
        text = f"# Report\n\n{sentence}\n"
        assert scan(tmp_path, text) == (0, []), sentence
        code, alarms = scan(tmp_path, text.replace(*slip))
        assert code == 1 and any(slip[1] in line for line in alarms), (sentence, alarms)


def test_an_amount_said_to_be_m_times_another_is_checked_as_their_quotient(tmp_path: Path) -> None:
    for sentence, slip in (
        ("Exports of $21.3 billion were 2.5 times the $8.5 billion recorded in 2015.", ("2.5 times", "3.5 times")),
        ("Our income of £14.62 million was 6.9 times what we spent on raising funds (£2.11 million).", ("6.9", "5.9")),
    ):
        text = f"# Report\n\n{sentence}\n"
        assert scan(tmp_path, text) == (0, []), sentence
        code, alarms = scan(tmp_path, text.replace(*slip))
        assert code == 1 and any("stated " + slip[1].split()[0] in line for line in alarms), (sentence, alarms)


def test_kinds_named_after_the_sentence_befores_one_amount_are_within_it(tmp_path: Path) -> None:
    text = (
        "# Trade\n\nExports were $21.3 billion. Goods exports were $15.2 billion and services exports $6.1 billion.\n"
    )
    assert scan(tmp_path, text) == (0, [])
    findings = scan(tmp_path, text.replace("$6.1 billion", "$7.1 billion"))[1]
    assert any("$15.2 billion + $7.1 billion" in line for line in findings), findings
    # kinds of another noun are not its parts
    other = (
        "# Trade\n\nExports were $21.3 billion. Goods imports were $15.2 billion and services imports $9.1 billion.\n"
    )
    assert scan(tmp_path, other) == (0, [])


def test_bare_numbers_in_brackets_after_a_count_of_a_noun_are_its_parts(tmp_path: Path) -> None:
    text = "# Staff\n\nThe charity employed 412 staff (298 full-time and 114 part-time).\n"
    assert scan(tmp_path, text) == (0, [])
    code, alarms = scan(tmp_path, text.replace("114 part-time", "144 part-time"))
    assert code == 1 and any("298 + 144" in line for line in alarms), alarms
