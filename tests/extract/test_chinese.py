"""Chinese reports as published: communiqués, court and procuratorate data, read without false alarms."""

from __future__ import annotations

import pytest

from factcheck.extract import extract
from tests.extract.test_patterns import proposed


def test_growth_at_comparable_prices_is_never_checked_against_nominal_values() -> None:
    """按可比价格计算 growth is real; the year before's nominal value does not give it (6.8% nominal here)."""
    text = "全县实现地区生产总值286.40亿元，按可比价格计算，比上年增长5.6%。上年地区生产总值为268.15亿元。"
    assert proposed(text, "year-on-year") == []
    roles = [(f.text, f.role) for f in extract(text, "x").document.figures]
    assert roles == [("286.40亿元", "current"), ("5.6%", "percent-change"), ("268.15亿元", "previous")]
    # a nominal growth is still checked against its values
    nominal = "全年粮食总产量28.56万吨，比上年增长1.2%。上年粮食总产量为28.22万吨。"
    assert proposed(nominal, "year-on-year") == [("change(28.56万吨, 28.22万吨) == 1.2%", "warning")]


def test_a_not_arrested_rate_over_arrests_decided_as_well_is_only_a_warning() -> None:
    """批准和决定逮捕 holds arrests outside the reviews 不捕率 is of: the published rate is not derivable."""
    text = "共批准和决定逮捕各类犯罪嫌疑人1430人，同比下降27.3%；不捕860人，同比上升21.2%，不捕率38.1%。"
    assert proposed(text, "share") == [("share(860人, 1430人 + 860人) == 38.1%", "warning")]
    reviewed = "共批准逮捕1430人，不批准逮捕860人，不捕率37.6%。"
    assert proposed(reviewed, "share") == [("share(860人, 1430人 + 860人) == 37.6%", "error")]


def test_a_bound_names_a_class_and_nested_bounds_are_subsets() -> None:
    text = "全县在建亿元以上项目128个，比上年增加11个，其中10亿元以上项目23个，完成投资比上年增长15.4%。"
    roles = [(f.text, f.role, f.label) for f in extract(text, "x").document.figures]
    assert roles[0] == ("亿元以上", "threshold", "在建")
    assert roles[1] == ("128个", "current", "亿元以上项目")
    # 15.4% is the investment's growth, not the projects'
    assert proposed(text, "year-on-year") == [("11个 <= 128个", "error")]
    assert proposed(text, "total-parts") == [("23个 <= 128个", "error")]
    listed = "全年引进项目326个，其中亿元以上项目118个，10亿元以上项目21个。"
    assert proposed(listed, "total-parts") == [("118个 <= 326个", "error")]
    assert proposed(listed, "subset") == [("21个 <= 118个", "error")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("全市共发生事故86起，其中较大事故2起。较大事故死亡7人。", []),  # 其中 already says it
        ("全市发生道路交通事故312起。全年发生较大道路交通事故3起。", [("3起 <= 312起", "warning")]),
        ("事故造成受伤128人，其中重伤19人。", []),
        ("全年事故造成受伤128人、重伤19人。", [("19人 <= 128人", "warning")]),
    ],
)
def test_kinds_of_one_thing(text: str, expected: list[tuple[str, str]]) -> None:
    assert proposed(text, "subset") == expected


def test_the_parts_of_a_named_receipt() -> None:
    text = "全市法院新收刑事案件2406件，比上年下降6.7%。收案中，一审案件2150件，二审案件239件，再审案件17件。"
    assert proposed(text, "total-parts") == [
        ("sum(2150件, 239件, 17件) <= 2406件", "error"),
        ("sum(2150件, 239件, 17件) == 2406件", "warning"),
    ]


def test_pending_cases_of_a_paragraph_with_those_carried_over_in_an_aside() -> None:
    text = (
        "全市法院共收各类案件32146件（不含上年旧存2853件，下同），比上年下降1.3%。审结32549件（含上年旧存案件，"
        "下同），比上年上升2.1%。截至12月底，尚有各类未结案件2450件。"
    )
    assert proposed(text, "flow") == [("2450件 == 2853件 + 32146件 - 32549件", "warning")]


def test_names_before_respectively_pick_their_figures_and_month_on_month_changes_none() -> None:
    text = (
        "6月，全市共发生各类事故31起、死亡9人、受伤7人，同比事故起数和死亡人数分别下降11.4%、18.2%，"
        "受伤人数上升40.0%；环比事故起数和死亡人数分别上升6.9%、12.5%，受伤人数持平。"
    )
    owners = {f.text: f.owner.text if f.owner else None for f in extract(text, "x").document.figures}
    assert owners == {
        "31起": None,
        "9人": None,
        "7人": None,
        "11.4%": "31起",
        "18.2%": "9人",
        "40.0%": "7人",
        "6.9%": None,
        "12.5%": None,
    }


def test_named_changes_after_their_figures() -> None:
    text = (
        "全市共发生各类生产安全事故37起，死亡33人，受伤14人，与去年同期相比，事故起数减少8起，下降17.77%；"
        "死亡人数减少9人，下降21.42%；受伤人数减少17人，下降54.83%。"
    )
    assert proposed(text, "year-on-year") == [
        ("change(37起, 37起 + 8起) == -17.77%", "error"),
        ("change(33人, 33人 + 9人) == -21.42%", "error"),
        ("change(14人, 14人 + 17人) == -54.83%", "error"),
    ]


def test_a_percentage_cut_after_its_second_decimal_is_a_warning_not_an_alarm() -> None:
    """8 of 45 is 17.777...%: a report that cuts it to 17.77% is not wrong enough to fail a newsroom's CI."""
    text = "全市共发生事故37起，与去年同期相比，事故起数减少8起，下降17.77%。"
    checked = extract(text, "x").checked
    assert checked is not None
    (finding,) = [f for f in checked.findings if f.kind.value == "rule"]
    assert finding.status.value == "warn" and "cut after their last digit" in (finding.detail or "")
    wrong = extract("全市共发生事故37起，与去年同期相比，事故起数减少8起，下降17.57%。", "x").checked
    assert wrong is not None
    assert [f.status.value for f in wrong.findings if f.kind.value == "rule"] == ["fail"]


def test_numbered_items_after_a_total_are_its_parts() -> None:
    text = (
        "1-6月，全市共发生各类生产安全事故186起、死亡53人，同比分别下降16.2%和24.3%。\n"
        "1.工矿商贸事故发生14起、死亡15人。\n"
        "2.道路交通事故发生82起、死亡36人。\n"
        "3.火灾事故发生98起、死亡2人。\n"
    )
    assert proposed(text, "total-parts")[:2] == [
        ("sum(14起, 82起, 98起) <= 186起", "error"),
        ("sum(14起, 82起, 98起) == 186起", "warning"),
    ]


def test_the_year_before_with_what_was_done_between() -> None:
    text = "破获刑事案件3018起，较上年同期破案2874起上升5.0%；抓获犯罪嫌疑人2406人，较上年同期抓获2591人下降7.1%。"
    assert proposed(text, "year-on-year") == [
        ("change(3018起, 2874起) == 5.0%", "error"),
        ("change(2406人, 2591人) == -7.1%", "error"),
    ]


def test_a_breakdown_by_view_of_the_sum_a_list_led_with() -> None:
    text = (
        "共打掉涉黑组织3个、涉恶犯罪集团11个、恶势力团伙26个，合计40个。"
        "从行业领域看，40个团伙中，涉及工程建设领域的9个，交通运输领域的7个，其他领域的24个。"
        "从犯罪手段看，以暴力手段实施犯罪的团伙31个，以“软暴力”手段实施犯罪的9个。"
    )
    checks = proposed(text, "total-parts")
    assert ("sum(9个, 7个, 24个) == 40个", "error") in checks
    assert ("sum(31个, 9个) <= 40个", "warning") in checks
    assert not any(check.endswith("<= 3个") for check, _ in checks)


def test_two_quantities_of_one_name_far_apart_are_no_repeat() -> None:
    text = "打掉团伙40个，破获刑事案件412起。\n\n全年共破获刑事案件3018起，同比上升5.0%。\n\n全年共破获刑事案件3108起。"
    assert proposed(text, "repeated") == [("3108起 == 3018起", "error")]  # two clauses that read the same


def test_a_change_in_the_next_sentence_belongs_to_the_figure_its_subject_names() -> None:
    """公立医院减少 and 民营医院增加 are each their own kind's change, never the whole's or the sibling's."""
    text = (
        "截至6月底，全县医院58个，其中公立医院21个，民营医院37个。与上年同期比较，公立医院减少2个，民营医院增加9个。"
        "专业公共卫生机构40个，其中疾病预防控制中心12个，卫生监督所(中心)8个。与上年同期比较，疾病预防控制中心减少1个，"
        "卫生监督所(中心)减少3个。"
    )
    owners = {f.text: f.owner.text for f in extract(text, "x").document.figures if f.owner is not None}
    assert owners == {"2个": "21个", "9个": "37个", "1个": "12个", "3个": "8个"}
    # an increase can never exceed the figure it led to: checked of the private hospitals, not the public
    assert proposed(text, "year-on-year") == [("9个 <= 37个", "warning")]


def test_a_list_of_one_figure_a_year_is_never_parts_of_a_total() -> None:
    """2019年到2023年……分别为 lists a series over years: no figure of it is a part of the total before it."""
    text = (
        "年末全县就业人员31.6万人，其中城镇就业人员18.2万人。"
        "2019年到2023年，全县城镇新增就业人数分别为0.52万人、0.49万人、0.55万人、0.58万人、0.61万人。"
    )
    assert proposed(text, "total-parts") == [("18.2万人 <= 31.6万人", "error")]
    span = "全市法院受理案件4.1万件。近三年来，受理案件分别为3.2万件、3.6万件和4.1万件。"
    assert proposed(span, "total-parts") == []
    # a list of kinds, with no span of years, still divides the total before it
    kinds = "全县就业人员31.6万人。第一、二、三产业就业人员分别为9.1万人、8.3万人、14.2万人。"
    assert proposed(kinds, "total-parts") == [
        ("sum(9.1万人, 8.3万人, 14.2万人) <= 31.6万人", "warning"),
        ("sum(9.1万人, 8.3万人, 14.2万人) == 31.6万人", "warning"),
    ]


def test_shares_listed_after_a_list_of_amounts_are_each_of_its_whole() -> None:
    """占比分别为 after a 分别为 list: each share is its amount over the list's total, or over the list itself
    when the shares add up to 100%; an ordinal list (第一、二、三产业) names each of its members."""
    text = (
        "年末全县就业人员30.2万人，第一、二、三产业就业人员分别为6.9万人、8.8万人和14.5万人，"
        "占比分别为22.8%、29.1%和48.0%。"
    )
    assert [f.label for f in extract(text, "x").document.figures[1:4]] == [
        "第一产业就业人员",
        "第二产业就业人员",
        "第三产业就业人员",
    ]
    assert proposed(text, "share") == [
        ("share(6.9万人, 30.2万人) == 22.8%", "error"),
        ("share(8.8万人, 30.2万人) == 29.1%", "error"),
        ("share(14.5万人, 30.2万人) == 48.0%", "error"),
    ]
    alone = "稻谷、小麦、玉米播种面积分别为10.2万亩、6.1万亩、3.3万亩，所占比重分别为52.0%、31.1%、16.8%。"
    assert proposed(alone, "share") == [
        ("share(10.2万亩, 10.2万亩 + 6.1万亩 + 3.3万亩) == 52.0%", "error"),
        ("share(6.1万亩, 10.2万亩 + 6.1万亩 + 3.3万亩) == 31.1%", "error"),
        ("share(3.3万亩, 10.2万亩 + 6.1万亩 + 3.3万亩) == 16.8%", "error"),
    ]
    # two of several crops, whose shares leave room for the others: their whole is not given
    some = "稻谷、小麦播种面积分别为10.2万亩、6.1万亩，所占比重分别为42.0%、25.1%。"
    assert proposed(some, "share") == []


def test_a_budget_report_reads_its_revenue_changes_and_its_budget() -> None:
    """增收/减收/增支 are changes, 较上年同期增长 a percentage change, 年初预算数 the budget a result is held
    to: no alarm on a true budget report, and each relation checked."""
    text = (
        "1-6月，一般公共预算收入累计完成32850万元，完成年初预算数70000万元的46.9%，比上年减收1500万元，下降4.4%。"
        "其中：税收收入11200万元，比上年增收1600万元，增长16.7%；非税收入21650万元，比上年减收3100万元，下降12.5%。"
        "一般公共预算支出完成98000万元，较上年同期增长9.5%，增支8500万元。"
    )
    changes = {f.text: (f.role, f.owner.text if f.owner else None) for f in extract(text, "x").document.figures}
    assert changes["1500万元"] == ("change", "32850万元")
    assert changes["9.5%"] == ("percent-change", "98000万元")
    assert changes["70000万元"] == ("target", None)
    assert proposed(text, "share") == [("share(32850万元, 70000万元) == 46.9%", "error")]
    assert ("change(98000万元, 98000万元 - 8500万元) == 9.5%", "error") in proposed(text, "year-on-year")
    # the parts' changes, with their signs, add up to the total's: +1600 - 3100 = -1500
    assert ("1600万元 + -3100万元 == -1500万元", "warning") in proposed(text, "total-parts")


def test_a_count_naming_the_next_part_does_not_end_the_list() -> None:
    """7个县(区)…收入共完成851064万元 is the second part of the city's revenue, not the start of another list."""
    text = (
        "全市公共财政预算收入完成1392476万元，同比增收249885万元。其中：市本级收入完成541412万元，同比增收72266万元；"
        "7个县(区)收入共完成851064万元，同比增收177619万元。"
    )
    assert ("sum(541412万元, 851064万元) == 1392476万元", "warning") in proposed(text, "total-parts")
    assert ("72266万元 + 177619万元 == 249885万元", "warning") in proposed(text, "total-parts")


def test_kinds_listed_before_the_figure_of_their_name_are_its_parts() -> None:
    """小学/初中/高中专任教师, then 其中专任教师: the kinds before the figure of their name add up to it (a warning);
    the list in brackets after 教职工数 is no part of its label."""
    text = (
        "小学专任教师3200人，比上年增加42人；初中专任教师1659人；高中专任教师731人；特殊学校专任教师23人。"
        "全县教职工数(含中小学、幼儿园、特殊学校)6975人，其中专任教师5613人。"
    )
    labels = {f.text: f.label for f in extract(text, "x").document.figures}
    assert labels["6975人"] == "教职工数"
    assert ("sum(3200人, 1659人, 731人, 23人) == 5613人", "warning") in proposed(text, "total-parts")
    assert ("5613人 <= 6975人", "error") in proposed(text, "total-parts")
    # two kinds only, or kinds that come to far less than the figure of their name: nothing is summed
    few = "小学专任教师3200人；初中专任教师1659人；高中专任教师731人。全县专任教师9200人。"
    assert [c for c, _ in proposed(few, "total-parts") if "==" in c] == []


def test_a_hotline_report_reads_its_totals_kinds_and_what_is_still_being_handled() -> None:
    """12345 hotline reports: 本周所受理的市民诉求中 names its total; a paragraph under 二、诉求分类 lists the kinds
    of the total before it; 正在办理中 is what is still pending; 市(州) is a place of its own."""
    text = (
        "一、受理概况\n本周热线共受理市民诉求52310件，较上周下降1.2%。本周所受理的市民诉求中，直办27600件，"
        "占52.8%，转办24710件，占47.2%。\n"
        "二、诉求分类\n咨询类共24580件，占47.0%；求助类共15720件，占30.1%；投诉举报类共9870件，占18.9%；"
        "其他类2140件，占4.1%。\n"
    )
    got = proposed(text, "total-parts")
    assert ("sum(27600件, 24710件) == 52310件", "warning") in got
    assert ("sum(24580件, 15720件, 9870件, 2140件) == 52310件", "error") in got
    assert ("share(24580件, 52310件) == 47.0%", "error") in proposed(text, "share")
    flow = (
        "7月，全省热线共受理企业群众诉求180.00万件，办结150.25万件，正在办理中29.75万件。"
        "市(州)热线共受理企业群众诉求173.83万件，办结144.18万件，办理中29.64万件。"
    )
    assert ("29.75万件 == 180.00万件 - 150.25万件", "warning") in proposed(flow, "flow")
    assert ("29.64万件 == 173.83万件 - 144.18万件", "warning") in proposed(flow, "flow")
    assert proposed(flow, "repeat") == []  # the province's and the prefectures' counts are no repeat


def test_parts_in_brackets_and_parts_of_a_part() -> None:
    """46653件(电话诉求41424件、非电话诉求5229件): the bracketed list is a breakdown; 300件，其中有效回访246件，
    表示满意的240件，表示一般的5件，表示不满意的1件: the three kinds of answer are parts of the 246, not the 300."""
    text = "9月份热线共接到有效诉求46653件(电话诉求41424件、非电话诉求5229件)。"
    assert ("sum(41424件, 5229件) == 46653件", "warning") in proposed(text, "total-parts")
    year_before = "9月份热线共接到有效诉求46653件(上年同期41424件、上月5229件)。"
    assert proposed(year_before, "total-parts") == []
    survey = "电话回访随机抽取的300件事项，其中有效回访246件，表示满意的有240件，表示一般的有5件，表示不满意的1件。"
    got = proposed(survey, "total-parts")
    assert ("246件 <= 300件", "error") in got
    assert ("sum(240件, 5件, 1件) <= 246件", "error") in got
    assert not [c for c, _ in got if "300件" in c and "240件" in c]
    # three parts of a total that do not come to the first exactly stay the total's
    cases = "挂牌督办的9起案件中，已办结6起，处于审判阶段2起，审查起诉阶段1起。"
    assert ("sum(6起, 2起, 1起) <= 9起", "error") in proposed(cases, "total-parts")


def test_a_share_after_its_part_is_named_for_it() -> None:
    """咨询类诉求124599件，占63.72%: the share is 咨询类诉求占比 (its claim named for it), never a bare 'figure'."""
    text = "共受理群众诉求195532件。其中，咨询类诉求124599件，占63.72%；求助类诉求56672件，占28.98%。"
    labels = [f.label for f in extract(text, "x").document.figures]
    assert labels[2] == "咨询类诉求占比" and labels[4] == "求助类诉求占比"


def test_parts_of_one_named_whole_that_is_not_given_agree_on_it() -> None:
    """分别占民事案件总数的86.06%、8.73% with no 民事案件 figure: the first part is never the whole; each part
    over its share gives the same whole."""
    text = "一季度审结民事一审案件228.2万件，民事二审案件23.1万件，分别占民事案件总数的86.06%、8.73%。"
    shares = proposed(text, "share")
    assert ("228.2万件 / 86.06% == 23.1万件 / 8.73%", "warning") in shares
    assert not [c for c, _ in shares if c.startswith("share(23.1万件, 228.2万件)")]


def test_a_courts_cases_received_are_the_totals_not_its_first_courts() -> None:
    """各类案件321146件(不含上年旧存28802件)，其中基层法院收案…高级法院收案5258件；审结325490件…尚有未结案件
    24458件: pending = carried over + the total received - concluded, and 结案率 is never over one court's cases."""
    text = (
        "全省法院共收各类案件321146件（不含上年旧存28802件），比上年下降1.3%。其中，基层法院收案271997件，"
        "中级法院收案43891件，高级法院收案5258件。审结325490件，综合结案率为93.0%。截至12月底，尚有各类未结案件24458件。"
    )
    assert proposed(text, "flow") == [("24458件 == 28802件 + 321146件 - 325490件", "warning")]
    assert not [c for c, _ in proposed(text, "share") if "5258件" in c]


def test_money_per_head_is_checked_as_money() -> None:
    """人均消费972元 = 旅游收入228.5亿元 / 游客2350.6万人次: proposed with mean(), which keeps the money's unit."""
    text = "国庆假期全市共接待游客2350.6万人次，实现旅游收入228.5亿元，人均消费972元。"
    assert proposed(text, "average") == [("abs(mean(228.5亿元, 2350.6万人次) - 972元) <= 0.5", "warning")]


def test_a_population_paragraph_checks_its_urban_share_its_sexes_and_its_sex_ratio() -> None:
    """占常住人口比重（常住人口城镇化率）为63.48%: a share despite the aside before it; 男性/女性人口 the two sides
    of the population; 性别比 men per 100 women, a ratio, never a count of people."""
    text = (
        "年末全市常住人口312.46万人，比上年末减少1.23万人。其中，城镇常住人口198.35万人，占常住人口比重（常住人口"
        "城镇化率）为63.48%。男性人口158.12万人，女性人口154.34万人，总人口性别比为102.45（以女性为100）。"
    )
    assert ("share(198.35万人, 312.46万人) == 63.48%", "error") in proposed(text, "share")
    assert ("sum(158.12万人, 154.34万人) == 312.46万人", "warning") in proposed(text, "total-parts")
    assert proposed(text, "structure-ratio") == [("100 * 158.12万人 / 154.34万人 == 102.45", "error")]


def test_a_loan_to_deposit_ratio_is_the_total_loans_over_the_total_deposits() -> None:
    """存贷比为80.9% is all loans over all deposits, never a kind of loan (中长期贷款) over them."""
    text = (
        "年末全市金融机构各项存款余额2856.3亿元，比年初增加215.7亿元。金融机构各项贷款余额2311.8亿元，比年初增加"
        "237.5亿元。其中，短期贷款余额703.6亿元，中长期贷款余额1552.1亿元。年末存贷比为80.9%。"
    )
    assert ("share(2311.8亿元, 2856.3亿元) == 80.9%", "warning") in proposed(text, "share")
    assert not [c for c, _ in proposed(text, "share") if "1552.1亿元" in c]


def test_a_burden_eased_is_no_negative_figure() -> None:
    """减负58.3亿元 eases a burden by 58.3亿元: the reader reads no minus there, and extract must not put the 负 of
    减负 back on the figure as a sign (it wrote the claim value 负58.3亿元, which its own quote then contradicted)."""
    from factcheck.extract import extract

    found = [f.text for f in extract("全年为小微企业减负58.3亿元，惠及经营主体12万户。", "t").document.figures]
    assert found[0] == "58.3亿元"
    assert [f.text for f in extract("净利润为负58.3亿元。", "t").document.figures] == ["负58.3亿元"]
