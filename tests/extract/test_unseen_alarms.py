"""Causes of false alarms seen on unseen real-style reports (issue 11): tables laid out with spaces by
pdftotext, `X中，` breakdowns, 其中 lists that run past a ；, repeats of different quantities, and percentage
changes paired with a change they are not tied to."""

from __future__ import annotations

from tests.extract.test_patterns import proposed


def test_a_row_aligned_under_the_label_after_qizhong_is_its_sibling_in_display_columns() -> None:
    # 夏粮 starts 2 + 6 display columns in (其中： is three wide characters); 秋粮 is aligned under it
    text = (
        "表1  2025年主要农产品产量\n"
        "指标                    产量（吨）      比上年增长（%）\n"
        "粮食                    214688          1.8\n"
        "  其中：夏粮            78312           0.9\n"
        "        秋粮            136376          2.3\n"
        "油料                    9650            -2.1\n"
    )
    assert proposed(text, "total-parts") == [
        ("sum(78312吨, 136376吨) <= 214688吨", "error"),
        ("sum(78312吨, 136376吨) == 214688吨", "warning"),
    ]
    # a row set in further than the label is still that row's part
    deeper = text.replace("        秋粮            136376", "          小麦          61200 ")
    assert ("61200吨 <= 78312吨", "error") in proposed(deeper, "total-parts")


def test_a_named_breakdown_divides_the_figure_labelled_so_never_the_first_or_nearest() -> None:
    text = (
        "全年共受理各类案件9214件，审结8876件，结案率96.3%。其中，刑事案件318件；民商事案件5956件；"
        "行政案件207件；执行案件2733件。\n\n"
        "民商事案件中，金融借款合同纠纷1342件，同比上升12.4%；买卖合同纠纷986件，民间借贷纠纷754件。"
    )
    checks = [check for check, _ in proposed(text, "total-parts")]
    assert "sum(1342件, 986件, 754件) <= 5956件" in checks
    assert "sum(1342件, 986件, 754件) == 5956件" not in checks  # the kinds it names, not all of them
    assert "sum(318件, 5956件, 207件, 2733件) <= 9214件" in checks  # 案件, not the 审结 just before
    assert not any("8876件" in c or c.endswith("<= 318件") for c in checks)
    # no figure is labelled 合同纠纷: no total, not the nearest figure
    unnamed = "全年审理知识产权案件148件，同比增长9.6%。合同纠纷中，房屋买卖合同纠纷215件，建设工程施工合同纠纷96件。"
    assert proposed(unnamed, "total-parts") == []


def test_a_qizhong_list_ends_at_a_semicolon_before_a_subject_that_is_no_kind_of_the_total() -> None:
    text = (
        "全年一般公共预算收入21.47亿元，增长7.3%，其中税收收入15.62亿元，增长5.1%；非税收入5.85亿元，增长13.2%；"
        "规模以上工业企业实现利润总额8.62亿元，增长3.2%。"
    )
    assert proposed(text, "total-parts")[0] == ("sum(15.62亿元, 5.85亿元) <= 21.47亿元", "error")
    assert not any("8.62亿元" in check for check, _ in proposed(text, "total-parts"))
    spending = "一般公共预算支出35.86亿元，其中教育支出6.43亿元，卫生健康支出3.08亿元；各项贷款余额28.6亿元。"
    assert proposed(spending, "total-parts") == [("sum(6.43亿元, 3.08亿元) <= 35.86亿元", "error")]
    # a part larger than its total ends the list even without a ；
    larger = "全年一般公共预算收入21.47亿元，其中税收收入15.62亿元，非税收入5.85亿元，固定资产投资186.3亿元。"
    assert all("186.3亿元" not in check for check, _ in proposed(larger, "total-parts"))


def test_figures_more_than_half_apart_or_of_two_years_are_never_one_quantity_written_twice() -> None:
    # two clauses that read the same but for the figure: 1,004,900 and 98,300 are two quantities, not a typo
    text = (
        "Main points\n\nThe number of prisoners in the custody of state correctional authorities was 1,004,900.\n\n"
        "Custody\n\nThe number of prisoners in the custody of state correctional authorities was 98,300.\n"
    )
    assert proposed(text, "repeated") == []
    near = text.replace("98,300", "1,040,900")  # the same magnitude: a slip in one of them
    assert proposed(near, "repeated") == [("1,040,900 == 1,004,900", "error")]
    # the year written after the figure is its period: 2013 against 2023 is no repeat
    years = (
        "Prisoners in 2023\n\nMain points\n\n"
        "The number of prisoners under the jurisdiction of state authorities was 1,072,400 at year-end 2023.\n\n"
        "Trends\n\n"
        "The number of prisoners under the jurisdiction of state authorities was 1,310,900 at year-end 2013.\n"
    )
    assert proposed(years, "repeated") == []
    assert proposed(years.replace("2013.", "2023."), "repeated") != []


def test_an_english_percentage_and_change_are_paired_only_where_the_text_ties_them() -> None:
    crossed = (
        "There were 58,300 first receptions in the year. Of these, violent receptions rose 11.4%, and the number "
        "of drug receptions showed an increase of 2,080."
    )
    assert proposed(crossed, "year-on-year") == []
    tied = "Magistrates' courts dealt with 1,402,600 defendants, an increase of 20,800 (1.5%) on the previous year."
    assert proposed(tied, "year-on-year") == [
        ("change(1,402,600 defendants, 1,402,600 defendants - 20,800) == 1.5%", "error")
    ]
    one_subject = "Cautions rose 4.2% to 47,100, an increase of 1,900 on the year before."
    assert proposed(one_subject, "year-on-year") == [("change(47,100, 47,100 - 1,900) == 4.2%", "error")]


def test_a_year_end_period_is_neither_a_label_nor_hides_the_subject() -> None:
    from factcheck.extract import extract

    text = (
        "The number of prisoners under the jurisdiction of state and federal correctional authorities rose 2% "
        "during 2023, from 1,205,100 at year-end 2022 to 1,230,100 at year-end 2023."
    )
    figures = {f.text: f for f in extract(text, "x").document.figures}
    assert figures["1,230,100"].label == figures["1,205,100"].label == "state federal correctional authorities"
    assert (figures["1,205,100"].period, figures["1,230,100"].period) == ("2022", "2023")
