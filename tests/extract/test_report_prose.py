"""Report prose that once raised false alarms: lists that end at a ；, tables set in twice, 分别 lists whose
lengths differ, rates that name another act than the figure before them."""

from __future__ import annotations

from factcheck.extract import extract
from tests.extract.test_patterns import proposed


def test_a_qizhong_list_ends_where_another_act_or_agency_opens_after_a_semicolon() -> None:
    text = "共受理各类案件86420件，同比上升5.3%，其中新收78650件，旧存7770件；审结71380件，同比上升4.1%。"
    assert ("sum(78650件, 7770件) <= 86420件", "error") in proposed(text, "total-parts")
    assert all("71380件" not in check for check, _ in proposed(text, "total-parts"))
    calls = "全市共接报警情21.6万起，其中刑事警情1.86万起，治安警情4.07万起；交警部门查处交通违法行为31.4万起。"
    assert all("31.4万起" not in check for check, _ in proposed(calls, "total-parts"))
    # parts of one kind go on past a ；, each with its own change
    kinds = "共立刑事案件12460起，其中盗窃案件5830起，同比下降14.2%；诈骗案件3120起，同比上升3.5%。"
    assert ("sum(5830起, 3120起) <= 12460起", "error") in proposed(kinds, "total-parts")


def test_a_table_row_set_in_under_a_child_is_the_childs_part_not_the_totals() -> None:
    text = (
        "表1  主要农产品产量\n"
        "指标          产量（吨）    比上年增长（%）\n"
        "粮食          279600        2.3\n"
        "  夏粮        114200        1.5\n"
        "  秋粮        165400        2.9\n"
        "    玉米      121300        3.4\n"
        "油料          18600         -4.1\n"
    )
    assert proposed(text, "total-parts") == [
        ("sum(114200吨, 165400吨) <= 279600吨", "error"),
        ("sum(114200吨, 165400吨) == 279600吨", "warning"),
        ("121300吨 <= 165400吨", "error"),
    ]


def test_fenbie_pairs_in_order_and_never_when_the_counts_differ() -> None:
    text = "城镇居民人均可支配收入48260元，农村居民人均可支配收入22150元，分别增长4.9%、6.7%。"
    owners = {f.text: f.owner.text for f in extract(text, "x").document.figures if f.owner is not None}
    assert owners == {"4.9%": "48260元", "6.7%": "22150元"}
    shifted = "全年固定资产投资额86.4亿元，社会消费品零售总额124.7亿元，出口总额18.3亿元，分别增长5.4%、6.1%。"
    assert [f.owner for f in extract(shifted, "x").document.figures if f.role == "percent-change"] == [None, None]
    # previous values in an aside pair by unit when each unit names one figure
    aside = "破获案件186起，同比上升12.7%；抓获犯罪嫌疑人243人，同比上升6.6%（上年同期分别为165起、228人）。"
    owners = {f.text: f.owner.text for f in extract(aside, "x").document.figures if f.role == "previous" and f.owner}
    assert owners == {"165起": "186起", "228人": "243人"}


def test_an_english_rate_names_the_act_it_measures() -> None:
    text = (
        "Officers made 21,540 arrests in the year. In the previous year officers made 20,880 arrests, and the "
        "charge rate was 6.9%, down from 7.4%."
    )
    assert proposed(text, "share") == []
    labels = {f.text: f.label for f in extract(text, "x").document.figures}
    assert labels["6.9%"] == "charge rate"  # not "officers", the subject of the clause


def test_a_table_total_is_never_a_repeat_of_one_places_figure() -> None:
    text = (
        "临河县全年发生道路交通事故212起，死亡38人。\n\n"
        "| 县区 | 事故起数（起） | 死亡人数（人） |\n|---|---|---|\n"
        "| 东山县 | 214 | 41 |\n| 临河县 | 212 | 38 |\n| 合计 | 426 | 79 |\n"
    )
    repeats = [check for check, _ in proposed(text, "repeated")]
    assert repeats == ["212起 == 212起", "38人 == 38人"]  # the 临河县 row, never the 合计 row


def test_shares_of_all_cases_and_of_the_whole_city_find_their_whole() -> None:
    text = (
        "1至11月，全市法院共受理各类案件86420件。受理刑事案件5120件，占全部案件的5.9%；受理民商事案件52870件，占61.2%。"
    )
    assert proposed(text, "share") == [
        ("share(5120件, 86420件) == 5.9%", "warning"),
        ("share(52870件, 86420件) == 61.2%", "warning"),
    ]
    city = "1至11月，全市发生生产安全事故268起。1至11月，临河县发生生产安全事故74起，死亡63人，事故起数占全市的27.6%。"
    assert proposed(city, "share") == [("share(74起, 268起) == 27.6%", "warning")]


def test_english_changes_named_in_the_next_sentence() -> None:
    text = "In 2024 there were 580 homicides. This was a decrease of 4% from 604 in 2023."
    assert proposed(text, "year-on-year") == [("change(580, 604) == -4%", "warning")]
    court = (
        "The Crown Court received 31,240 cases and disposed of 29,870 in the quarter. "
        "Receipts were up 6% compared with the same quarter of 2024 (29,470)."
    )
    assert proposed(court, "year-on-year") == [("change(31,240 cases, 29,470) == 6%", "warning")]
    labels = {f.text: f.label for f in extract(court, "x").document.figures}
    assert labels["29,870"] == "disposed"


def test_points_listed_after_fenbie_pair_with_the_percentages_their_names_label() -> None:
    text = (
        "年末城镇化率为58.3%。一般公共预算收入占生产总值比重为8.6%，上年为8.3%。"
        "城镇化率、一般公共预算收入占生产总值比重分别提高1.1、0.3个百分点。"
    )
    assert proposed(text, "percentage-points") == [("8.6% - 8.3% == 0.3个百分点", "warning")]


def test_english_parts_and_shares_of_a_whole_named_earlier() -> None:
    text = (
        "Police in Northmoor recorded 118,420 crimes in the year.\n\nKnife crime\n\n"
        "There were 1,262 offences involving a knife, 1.1 per cent of all recorded crime. Of these, 418 were robberies."
    )
    assert proposed(text, "total-parts") == [("418 <= 1,262 offences", "error")]
    assert proposed(text, "share") == [("share(1,262 offences, 118,420 crimes) == 1.1 per cent", "warning")]
    labels = {f.text: f.label for f in extract(text, "x").document.figures}
    assert labels["118,420 crimes"] == "crimes"  # not "police northmoor": who counted is not what was counted


def test_one_label_under_two_sibling_headings_is_two_quantities_but_a_summary_restates() -> None:
    text = (
        "Main points\n\nThe median time from offence to completion in the Crown Court was 390 days.\n\n"
        "Crown Court\n\nThe median time from offence to completion was 390 days. "
        "The median time from receipt to completion was 176 days.\n\n"
        "Magistrates' courts\n\nThe median time from receipt to completion was 171 days.\n"
    )
    assert proposed(text, "repeated") == [("390 days == 390 days", "warning")]
    chinese = "\n\n".join(
        [
            "某市中级人民法院工作报告",
            "二、刑事审判",
            "全年判处罪犯2120人，重刑率14.7%。",
            "三、少年审判",
            "全年判处未成年罪犯131人，重刑率14.5%。",
        ]
    )
    assert proposed(chinese, "repeated") == []


def test_english_shares_of_all_offences_and_subjects_after_and() -> None:
    text = (
        "Police recorded 96,410 offences in the year. Theft offences fell by 5% to 31,200 and criminal damage "
        "fell to 9,870, down 4%. Charges were issued in 7,830 cases, 8.1% of all offences."
    )
    assert proposed(text, "share") == [("share(7,830 cases, 96,410 offences) == 8.1%", "warning")]
    labels = {f.text: f.label for f in extract(text, "x").document.figures}
    assert labels["9,870"] == "criminal damage"  # not the theft offences of the clause before "and"


def test_an_english_change_with_a_subject_of_its_own_is_never_an_earlier_figures() -> None:
    text = (
        "Violence against the person rose to 25,400 from 24,100, while sexual offences rose 6%. "
        "Burglary fell from 8,200 to 7,640 and robbery rose 4%. Receipts were 21,240; detentions fell 12%. "
        "Receipts were 31,240, up 5% on last year."
    )
    owners = {f.text: f.owner.text if f.owner else None for f in extract(text, "x").document.figures}
    assert (owners["6%"], owners["4%"], owners["12%"]) == (None, None, None)
    assert owners["5%"] == "31,240"  # a change with no subject of its own is the figure's before it


def test_a_chinese_change_of_a_kind_is_not_the_totals_change() -> None:
    text = "全市共立刑事案件12460起，盗窃案件同比下降14.2%。全市发生事故46起，事故起数同比下降8.0%。"
    owners = {f.text: f.owner.text if f.owner else None for f in extract(text, "x").document.figures}
    assert owners["14.2%"] is None  # 盗窃案件 are a kind of the cases filed
    assert owners["8.0%"] == "46起"  # 事故起数 names the accidents themselves


def test_respectively_pairs_changes_with_the_figures_they_rose_to_in_order() -> None:
    text = "Sexual offences and stalking offences increased by 3% and 6% respectively, to 4,460 and 15,330."
    owners = {f.text: f.owner.text if f.owner else None for f in extract(text, "x").document.figures}
    assert (owners["3%"], owners["6%"]) == ("4,460", "15,330")


def test_what_was_done_with_a_breakdowns_total_is_not_another_part() -> None:
    text = "".join(
        [
            "立案办理公益诉讼案件215件，其中生态环境领域98件、食品药品安全领域47件，",
            "发出诉前检察建议176件，提起诉讼19件。",
        ]
    )
    assert proposed(text, "total-parts")[0] == ("sum(98件, 47件) <= 215件", "error")
    # a part list of acts, each with its own total, still reads its parts
    acts = "受理案件2.14万件，审执结2.03万件。其中，市中级法院受理案件0.5万件，审执结0.48万件。"
    checks = [check for check, _ in proposed(acts, "total-parts")]
    assert "0.48万件 <= 2.03万件" in checks, checks


def test_a_named_list_labels_each_figure_and_a_much_smaller_figure_a_sentence_back_is_no_total() -> None:
    text = "年末常住人口46.18万人。全年出生人口3420人，死亡人口4105人。城镇、乡村人口分别为24.93万人和21.25万人。"
    labels = {f.text: f.label for f in extract(text, "x").document.figures}
    assert (labels["24.93万人"], labels["21.25万人"]) == ("城镇人口", "乡村人口")
    assert all("4105人" not in check for check, _ in proposed(text, "total-parts"))


def test_figures_spread_over_subjects_by_respectively_are_never_repeats() -> None:
    text = (
        "The number of violent victimizations fell from 6,624,000 to 6,471,000.\n\n"
        "Males and females experienced 3,210,000 and 3,261,000 violent victimizations, respectively.\n"
    )
    assert proposed(text, "repeated") == []


def test_an_english_share_whose_part_is_named_by_its_subject() -> None:
    text = (
        "The number of property victimizations was 13,270,000 in 2024, of which 1,120,000 were burglaries. "
        "Burglaries accounted for 8.4% of property victimizations."
    )
    assert ("share(1,120,000, 13,270,000) == 8.4%", "warning") in proposed(text, "share")


def test_rates_listed_after_fenbie_wei_take_their_names_in_order() -> None:
    text = "全年结案率、执行到位率分别为93.9%、62.1%，同比分别提高1.2、3.4个百分点。"
    labels = {f.text: f.label for f in extract(text, "x").document.figures}
    assert (labels["93.9%"], labels["62.1%"]) == ("结案率", "执行到位率")


def test_an_english_total_restated_by_of_the_and_a_long_from_to() -> None:
    text = (
        "In 2022, residents experienced about 6.6 million violent victimizations. "
        "Of the 6.7 million, 2.2 million were serious violent victimizations."
    )
    assert proposed(text, "repeated") == [("6.7 million == about 6.6 million", "warning")]  # a typo is found
    rate = (
        "The rate of violent victimization rose from 16.5 victimizations per 1,000 persons age 12 or older in 2021 "
        "to 23.5 in 2022, an increase of 7.0 victimizations per 1,000."
    )
    owners = {f.text: f.owner.text if f.owner else None for f in extract(rate, "x").document.figures}
    assert owners["16.5"] == "23.5"


def test_an_english_list_of_shares_that_made_up_a_whole_adds_up() -> None:
    text = "Aggravated assaults made up 69.4% of violent crimes, robbery offenses 17.8%, rape 11.6% and murder 1.2%."
    assert proposed(text, "structure-ratio") == [("sum(69.4%, 17.8%, 11.6%, 1.2%) == 100%", "warning")]


def test_a_not_prosecuted_rate_with_only_the_cases_reviewed_is_over_them_as_a_warning() -> None:
    text = "受理审查起诉未成年人112人，不起诉53人，不起诉率47.3%。"
    assert proposed(text, "share") == [("share(53人, 112人) == 47.3%", "warning")]
    decided = "决定起诉820人，不起诉53人，不起诉率6.1%。"
    assert proposed(decided, "share") == [("share(53人, 820人 + 53人) == 6.1%", "error")]
