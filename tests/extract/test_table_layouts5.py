"""Tables as real reports set them, fifth round (found on the development sets, each test with a table of our
own): columns headed by a year that spans two (| 2022/2023 | 2023/2024 |); a name spread over the label column
(``指  标``, ``合  计``); two cuts of one row, each a 其中 row with its siblings aligned under its name after 其中：,
and the share column of each cut; a table of bare counts (| 事故起数 | 48 |) after the text that gives them with their
units and changes (48起,同比下降11.1%), whose 去年同期 column and the text's change go together; a closing 附表
set after the last item of a section; a table summing up the sections before it, its rows named by two or three
characters; a 生师比 column; a column the columns after it add up to (| Officers | Full-time | Part-time |)
though its header does not say so; an English total row restating the lead paragraph, and a row named by two
figures of one sentence; a column of thousands (| Customers (thousands) |) under a rate per 10,000; a
caseload table whose stock column is the quarter before's plus receipts less disposals; a
row's count given in brackets after its noun ("followed by outdoor fires (2,315)"); a total row under
date columns (| 30 June 2025 |) restating the opening of the section its table's section is under.  Each, read
wrong, missed a relation a fact-checker verifies."""

from __future__ import annotations

from factcheck.extract import extract
from tests.extract.test_patterns import proposed

HEARINGS = (
    "Table 4: Tribunal hearings listed by outcome\n\n"
    "    Outcome                  2022/2023   2023/2024   Change (%)\n"
    "    Upheld                       4,210       4,480          6.4\n"
    "    Dismissed                    2,950       2,770         -6.1\n"
    "    Withdrawn                      840         812         -3.3\n"
    "    Total                        8,000       8,062          0.8\n"
)


def test_a_year_spanning_two_is_of_its_later_year_so_the_change_column_compares_the_two_columns() -> None:
    changes = [check for check, _ in proposed(HEARINGS, "year-on-year")]
    # 2023/2024 is the later column, not an earlier one beside 2022/2023 (both start before 2024)
    assert "change(4,480, 4,210) == 6.4%" in changes
    assert "change(8,062, 8,000) == 0.8%" in changes


CLINICS = (
    "三、卫生\n\n年末全县共有卫生机构412个，其中医院18个。\n\n"
    "                表3  2025年末卫生机构情况\n\n"
    "  项  目                机构数（个）     床位（张）\n"
    "  医  院                        18            2140\n"
    "  卫 生 院                      22             960\n"
    "  村卫生室                     372              0\n"
    "  合  计                       412            3100\n"
)


def test_a_name_spread_over_the_label_column_is_one_cell_and_its_total_row_totals_the_rows() -> None:
    sums = [check for check, _ in proposed(CLINICS, "total-parts")]
    # 合  计 is the total row (not 合 and 计 in columns of their own), 项  目 the header over the label column
    assert "sum(18个, 22个, 372个) == 412个" in sums
    assert "sum(2140张, 960张, 0张) == 3100张" in sums


WORKERS = (
    "                表2  2025年末从业人员及构成\n\n"
    "  指  标                   人数（万人）      比重（%）\n"
    "  从业人员                      52.40          100.0\n"
    "    其中：男性                  28.30           54.0\n"
    "          女性                  24.10           46.0\n"
    "    其中：城镇                  31.60           60.3\n"
    "          乡村                  20.80           39.7\n"
)


def test_two_cuts_of_a_row_each_aligned_under_its_name_are_summed_apart_with_their_shares() -> None:
    sums = [check for check, _ in proposed(WORKERS, "total-parts")]
    assert "sum((28.30人 * 10000), (24.10人 * 10000)) == (52.40人 * 10000)" in sums
    assert "sum((31.60人 * 10000), (20.80人 * 10000)) == (52.40人 * 10000)" in sums
    assert not any("28.30" in check and "31.60" in check for check in sums)  # never the two cuts together
    hundreds = [check for check, _ in proposed(WORKERS, "structure-ratio")]
    assert "sum(54.0%, 46.0%) == 100.0%" in hundreds
    assert "sum(60.3%, 39.7%) == 100.0%" in hundreds  # the second cut of the same row has its shares too


def test_the_text_s_total_repeats_the_cell_of_a_letter_spaced_total_row() -> None:
    repeats = [check for check, _ in proposed(CLINICS, "repeated")]
    assert "412个 == 412个" in repeats  # 卫生机构412个 and | 合  计 | 412 |


ACCIDENTS = (
    "一、总体情况\n\n1至9月，全县共发生事故78起、死亡27人（去年同期分别为82起、27人）。\n\n二、分领域情况\n\n"
    "（一）交通运输领域发生事故48起、死亡21人，同比分别下降11.1%、4.5%。\n\n"
    "（二）消防领域发生火灾事故30起、死亡6人，同比分别上升7.1%、20.0%。\n\n"
    "表2  1至9月分领域事故情况\n\n"
    "| 领域 | 事故起数 | 去年同期 | 死亡人数 | 去年同期 |\n|---|---|---|---|---|\n"
    "| 交通运输 | 48 | 54 | 21 | 22 |\n"
    "| 消防 | 30 | 28 | 6 | 5 |\n"
    "| 合计 | 78 | 82 | 27 | 27 |\n"
)


def test_a_bare_count_cell_repeats_the_counted_figure_the_text_gives_before_its_table() -> None:
    repeats = [check for check, _ in proposed(ACCIDENTS, "repeated")]
    assert "48 == 48起" in repeats  # | 事故起数 | names no unit: 48 is the 48起 of the text above
    assert "21 == 21人" in repeats  # and the figure after it in its sentence, 死亡21人, the 死亡人数 cell


def test_the_text_s_change_of_a_figure_a_cell_repeats_is_checked_against_the_row_s_previous_value() -> None:
    changes = [check for check, _ in proposed(ACCIDENTS, "year-on-year")]
    assert "change(48, 54) == -11.1%" in changes  # 同比下降11.1% and | 去年同期 | 54 |
    assert "change(6, 5) == 20.0%" in changes


def test_the_text_s_previous_value_repeats_the_total_row_s_previous_cell() -> None:
    repeats = [check for check, _ in proposed(ACCIDENTS, "repeated")]
    assert "82 == 82起" in repeats  # 去年同期分别为82起 and | 合计 | 78 | 82 |


COURTS = (
    "一、工作回顾\n\n2025年，全市法院共受理案件52400件，同比上升3.1%。\n\n"
    "（一）刑事审判。审结刑事案件4120件。\n\n（二）执行工作。受理执行案件18300件，执结16950件。\n\n"
    "附表  2025年全市法院收案情况\n\n法院\t受理（件）\t审执结（件）\n本院\t6100\t5640\n"
    "甲县法院\t24800\t23010\n乙县法院\t21500\t19980\n合计\t52400\t48630\n"
)


def test_a_closing_appendix_table_s_total_repeats_the_whole_text_s_figure_not_the_last_item_s() -> None:
    repeats = [check for check, _ in proposed(COURTS, "repeated")]
    assert "52400件 == 52400件" in repeats
    assert "52400件 == 18300件" not in repeats  # 受理执行案件 of the item the 附表 happens to follow


SCHOOLS = (
    "一、学前教育\n\n全市共有幼儿园210所，在园幼儿5.62万人。\n\n"
    "二、义务教育\n\n全市共有小学98所，在校生12.35万人。初中学校41所。\n\n"
    "三、基本情况\n\n表1  2025年各级学校基本情况\n\n"
    "学段\t学校数（所）\t在校生（人）\t专任教师（人）\t生师比\n"
    "幼儿园\t210\t56200\t3990\t14.1\n小学\t98\t123500\t7310\t16.9\n初中\t41\t60400\t4950\t12.2\n"
)


def test_a_summary_table_s_short_row_names_repeat_the_figures_labelled_so_in_earlier_sections() -> None:
    repeats = [check for check, _ in proposed(SCHOOLS, "repeated")]
    assert "210所 == 210所" in repeats and "98所 == 98所" in repeats
    assert "123500人 == 12.35万人" in repeats  # the row's next cell, named like its column in the same sentence


def test_a_chinese_ratio_column_is_one_column_over_another_row_by_row() -> None:
    ratios = [check for check, _ in proposed(SCHOOLS, "table-columns")]
    assert "56200人 / 3990人 * 1 == 14.1" in ratios  # 生师比: 在校生 over 专任教师
    assert "60400人 / 4950人 * 1 == 12.2" in ratios


OFFICERS = (
    "Table 3: Police officers by contract, 31 March 2025\n\n"
    "Force        Officers   Full-time   Part-time   Female (%)\n"
    "Ashford         1,240       1,150          90        34.1\n"
    "Brackley          860         801          59        31.7\n"
    "Carden            655         612          43        29.9\n"
    "Dunmore           420         395          25        30.2\n"
    "Total           3,175       2,958         217        32.1\n"
)


def test_a_column_the_next_columns_add_up_to_in_every_row_is_their_total_row_by_row() -> None:
    sums = proposed(OFFICERS, "total-parts")
    # all of it by the arithmetic alone: a warning; the percentage column is no part
    assert ("sum(1,150, 90) == 1,240", "warning") in sums
    assert ("sum(2,958, 217) == 3,175", "warning") in sums
    assert not any("34.1" in check for check, _ in sums)
    broken = proposed(OFFICERS.replace("801          59", "801          95"), "total-parts")
    # a row that does not add up, among four that do, is still checked
    assert ("sum(801, 95) == 860", "warning") in broken


SUPERVISION = (
    "Supervision in Dunmere, 2025\n"
    "\n"
    "At year-end 2025, an estimated 74,900 persons were under the supervision of adult correctional agencies in "
    "Dunmere, up 2.0% from 73,430 at year-end 2024.\n\n"
    "Highlights\n"
    "\n"
    "- The community supervision population grew to 60,700. Probation accounted for 52,400 of these and parole "
    "for 8,300.\n"
    "\n"
    "Table 1. Adults under correctional supervision in Dunmere, by status, 2024 and 2025\n"
    "\n"
    "| Status | 2024 | 2025 | Percent change |\n"
    "|---|---:|---:|---:|\n"
    "| Total | 73,430 | 74,900 | 2.0 |\n"
    "| Community supervision | 59,580 | 60,700 | 1.9 |\n"
    "| Probation | 51,200 | 52,400 | 2.3 |\n"
    "| Parole | 8,380 | 8,300 | -1.0 |\n"
    "| Incarcerated | 13,850 | 14,200 | 2.5 |\n"
)


def test_a_total_row_under_year_columns_repeats_the_lead_paragraph_s_figure_before_the_first_heading() -> None:
    repeats = [check for check, _ in proposed(SUPERVISION, "repeated")]
    assert "74,900 == an estimated 74,900 persons" in repeats  # "At year-end 2025, ..." and | Total | ... | 74,900 |
    assert "73,430 == 73,430" in repeats  # and its previous value, the 2024 column


def test_of_two_text_figures_naming_a_row_the_one_of_the_cell_s_size_is_its_repeat() -> None:
    # "Probation accounted for 52,400 of these and parole for 8,300": 8,300 may read as probation's too
    assert "52,400 == 52,400" in [check for check, _ in proposed(SUPERVISION, "repeated")]


def test_a_bare_column_takes_no_measure_word_from_the_chinese_count_it_repeats() -> None:
    # 48起 and | 事故起数 | 48 |: 起 names the text's count; given to the cell, it would pass through the table's rules
    # to every bare cell they share, and a column counted in another word (次, 件) would no longer add up with it
    extraction = extract(ACCIDENTS, "accidents")
    assert [f.claim_unit for f in extraction.document.figures if f.in_table] == [None] * 12


OPERATORS = (
    "Table 2: Complaints by operator, 2025\n\n"
    "| Operator | Customers (thousands) | Complaints | Per 10,000 customers |\n|---|---:|---:|---:|\n"
    "| Alder Energy | 1,250 | 18,750 | 150.0 |\n"
    "| Birch Power | 840 | 10,920 | 130.0 |\n"
    "| Cedar Gas | 410 | 7,380 | 180.0 |\n"
    "| All operators | 2,500 | 37,050 | 148.2 |\n"
)


def test_a_column_headed_in_thousands_holds_so_many_thousand_so_a_rate_per_10000_divides_it() -> None:
    rates = [check for check, _ in proposed(OPERATORS, "table-columns")]
    assert "18,750 / (1,250 * 1000) * 10000 == 150.0" in rates
    assert "37,050 / (2,500 * 1000) * 10000 == 148.2" in rates


CASELOAD = (
    "Table 5: Tribunal caseload by quarter\n\n"
    "    Quarter            Receipts    Disposals    Outstanding at end\n"
    "    Jan-Mar 2025          8,120        7,640                21,480\n"
    "    Apr-Jun 2025          8,410        7,905                21,985\n"
    "    Jul-Sep 2025          7,980        8,215                21,750\n"
    "    Oct-Dec 2025          8,305        8,010                22,045\n"
    "    Jan-Mar 2026          8,560        8,120                22,485\n"
)


def test_a_stock_column_is_the_row_before_plus_what_came_in_less_what_went_out() -> None:
    stocks = proposed(CASELOAD, "table-columns")
    assert ("21,480 + 8,410 - 7,905 == 21,985", "warning") in stocks
    assert ("22,045 + 8,560 - 8,120 == 22,485", "warning") in stocks
    slipped = proposed(CASELOAD.replace("21,750", "21,570"), "table-columns")  # one quarter off among four
    assert ("21,985 + 7,980 - 8,215 == 21,570", "warning") in slipped


FIRES = (
    "Fires in Westmarch: annual summary 2025\n\nFire types\n\n"
    "Dwelling fires remained the largest group of fires attended (1,420), followed by vehicle fires (960), "
    "outdoor fires (2,315) and other building fires (505).\n\n"
    "Table 1. Fires attended by type, 2024 and 2025\n\n"
    "Fire type\t2024\t2025\tChange\nDwelling\t1,388\t1,420\t+32\nVehicle\t1,010\t960\t-50\n"
    "Outdoor\t2,190\t2,315\t+125\nOther building\t498\t505\t+7\nTotal\t5,086\t5,200\t+114\n"
)


def test_a_count_alone_in_brackets_after_its_noun_is_the_figure_its_row_repeats() -> None:
    repeats = [check for check, _ in proposed(FIRES, "repeated")]
    assert "2,315 == 2,315" in repeats  # "outdoor fires (2,315)" and | Outdoor | 2,190 | 2,315 |
    # a count that names its own noun in the brackets ("(1,190 convictions)") remarks on the figure before it
    remark = FIRES.replace("outdoor fires (2,315)", "outdoor fires, 38% of them (2,315 fires)")
    assert "2,315 == 2,315 fires" not in [check for check, _ in proposed(remark, "repeated")]


DETENTION = (
    "Detention statistics quarterly: Eastmoor, April to June 2025\n"
    "\n"
    "Published 30 October 2025\n"
    "\n"
    "Main points\n"
    "\n"
    "On 30 June 2025 the detention population in Eastmoor stood at 9,480, up 3% (276) on the same date last year. "
    "In the year to 30 June 2025, 2,150 people were received into detention.\n"
    "\n"
    "1. Detention population by type\n"
    "\n"
    "Table 1: Detention population by type, 30 June 2024 and 30 June 2025\n"
    "\n"
    "| Type | 30 June 2024 | 30 June 2025 | Change |\n"
    "|---|---:|---:|---:|\n"
    "| Remand | 1,904 | 2,012 | 108 |\n"
    "| Sentenced | 7,150 | 7,296 | 146 |\n"
    "| Civil | 150 | 172 | 22 |\n"
    "| All detainees | 9,204 | 9,480 | 276 |\n"
)


def test_a_total_row_under_date_columns_repeats_the_opening_of_the_section_its_table_is_under() -> None:
    repeats = [check for check, _ in proposed(DETENTION, "repeated")]
    assert "9,480 == 9,480" in repeats  # "On 30 June 2025 ... stood at 9,480" in "Main points", the table in "1. ..."
    assert "276 == 276" in repeats  # and its change, the Change column
    # "In the year to 30 June 2025, 2,150 people were received": a flow that ends on the date, never the day's stock
    assert not [check for check in repeats if "2,150" in check]
