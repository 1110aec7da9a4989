"""Each relation pattern on a snippet: the rules it proposes (check and severity), or none."""

from __future__ import annotations

import re

import pytest

from factcheck.extract import extract
from tests.helpers import SEX_TABLE


def proposed(text: str, pattern: str) -> list[tuple[str, str]]:
    """The (check, severity) pairs a pattern proposes for ``text``, with figure texts in place of ids."""
    extraction = extract(text, "snippet")
    names = {f.id: f.text for f in extraction.document.figures}
    out = []
    for suggestion in extraction.suggestions:
        if suggestion.pattern != pattern or not suggestion.check:
            continue
        # one pass over the ids, so a figure's text is never rewritten again ("prisoners" inside "1,241,600 prisoners")
        check = re.sub(r"[A-Za-z_][\w.]*", lambda m: names.get(m.group(), m.group()), suggestion.check)
        out.append((check, suggestion.severity))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "共打掉团伙121个,其中涉黑组织13个,涉恶集团73个,涉恶团伙35个,破获案件1759起。",
            [("sum(13个, 73个, 35个) <= 121个", "error"), ("sum(13个, 73个, 35个) == 121个", "warning")],
        ),
        (
            "共受理案件2460件,分别为刑事案件2100件、公益诉讼案件240件、其他案件120件。",
            [("sum(2100件, 240件, 120件) <= 2460件", "error"), ("sum(2100件, 240件, 120件) == 2460件", "error")],
        ),
        ("共受理案件2460件,其中刑事案件2100件。", [("2100件 <= 2460件", "error")]),
        (
            "共化解纠纷2.3万件,化解率98.6%,其中婚姻纠纷6200件,其他纠纷1.68万件。",
            [("sum(6200件, 1.68万件) <= 2.3万件", "error"), ("sum(6200件, 1.68万件) == 2.3万件", "error")],
        ),
        (
            "共有党员1200名,其中女党员600名,少数民族党员700名。",
            [("600名 <= 1200名", "error"), ("700名 <= 1200名", "error")],
        ),
        ("全年受理案件2460件。其中刑事案件2100件。", [("2100件 <= 2460件", "error")]),
        (
            # two kinds that come to far less than the total: some of the cases, not all of them (issue 11)
            "Police solved 3,600 cases in total, of which 1,200 were thefts and 900 were frauds.",
            [("sum(1,200, 900) <= 3,600 cases", "error")],
        ),
        (
            # within a tenth of the total: meant to be all of it, so a slip in a part is a warning
            "Police solved 3,600 cases in total, of which 2,600 were thefts and 900 were frauds.",
            [("sum(2,600, 900) <= 3,600 cases", "error"), ("sum(2,600, 900) == 3,600 cases", "warning")],
        ),
        (
            # the third part is the word "one", which the reader leaves unread: 16 + 26 cannot be all 43
            "Of the 43 forces, 16 recorded a fall in headcount, 26 saw an increase, while one was unchanged.",
            [("sum(16, 26) <= 43", "error")],
        ),
        (
            "Of the 45 forces, 16 recorded a fall in headcount, 26 saw an increase, while three were unchanged.",
            [("sum(16, 26, three) <= 45", "error"), ("sum(16, 26, three) == 45", "warning")],
        ),
        (
            # the list goes on in another measure word (horses in 匹): cattle alone are not all the livestock
            "年末大牲畜存栏40202头。其中:黄牛及肉牛存栏28510头;奶牛存栏8984头;马存栏2708匹;生猪存栏32029头。",
            [("sum(28510头, 8984头) <= 40202头", "error")],
        ),
        (
            # a figure in another measure word that is not one more item of the list leaves the sum alone
            "共查处违法企业120家,其中化工企业80家,建材企业40家,出动执法人员600人次。",
            [("sum(80家, 40家) <= 120家", "error"), ("sum(80家, 40家) == 120家", "warning")],
        ),
    ],
)
def test_total_parts(text: str, expected: list[tuple[str, str]]) -> None:
    assert proposed(text, "total-parts") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("受理案件12460件,审结11380件,结案率95.2%。", [("share(11380件, 12460件) == 95.2%", "warning")]),
        ("批准逮捕1350人,不批准逮捕370人,不捕率21.5%。", [("share(370人, 1350人 + 370人) == 21.5%", "error")]),
        ("批捕率78.5%,不捕率21.5%。", [("78.5% + 21.5% == 100%", "error")]),
        ("办理案件1900件,占办案总数的29.2%。", []),
        ("办理案件1900件,占全部6500件的29.2%。", [("share(1900件, 6500件) == 29.2%", "error")]),
        ("调解成功率98%以上。", []),
        # 结案率 is taken over the cases on hand (新收 and 旧存): new cases alone are not its base.
        ("新收案件1512.5万件,结案1238.9万件,结案率为68.17%。", []),
    ],
)
def test_share(text: str, expected: list[tuple[str, str]]) -> None:
    assert proposed(text, "share") == expected


def test_english_shares_of_all_recorded_crime() -> None:
    # "crime" and "offences" name one thing; a part in brackets may sit between the share and its whole; "of
    # all offences" is the largest offences figure, not the 1.9 million that is itself a share of it
    text = (
        "Police recorded a total of 3.2 million offences in the year. Theft offences accounted for 1.9 million "
        "or 59 per cent of all recorded crime. Violent offences accounted for 21 per cent (672,000) of all "
        "offences recorded in the year."
    )
    assert proposed(text, "share") == [
        ("share(1.9 million, 3.2 million offences) == 59 per cent", "warning"),
        ("share(672,000, 3.2 million offences) == 21 per cent", "warning"),
    ]


def test_share_without_whole_derives_it() -> None:
    extraction = extract("办理案件1900件,占办案总数的29.2%。", "snippet")
    (suggestion,) = [s for s in extraction.suggestions if s.pattern == "share"]
    assert list(suggestion.derive.values()) == ["banli_anjian / banan_zongshu"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("发生交通事故1260起,同比下降10%,上年同期为1400起。", [("change(1260起, 1400起) == -10%", "error")]),
        (
            "受理来信来访3150件次,同比上升12.5%,比上年增加450件次。",
            [("change(3150件次, 3150件次 - 450件次) == 12.5%", "error")],
        ),
        ("受理案件3000件,同比上升5%。", []),
        (
            # 降幅/升幅 name the size of a change; a 降幅 of another subject (死亡人数) belongs to no figure here
            "全省刑事立案从24.1万起下降至15.8万起、降幅34.4%;移送起诉数从6.8万人上升至8.2万人、升幅20.6%;"
            "道路交通事故死亡人数降幅15.1%,破案率从41%上升至64.6%。",
            [("change(15.8万起, 24.1万起) == -34.4%", "error"), ("change(8.2万人, 6.8万人) == 20.6%", "error")],
        ),
        (
            # 件数 and 人数 say which figure each change is of: never crossed by nearness
            "审结案件478件635人,去年同期为773件1350人,同比件数下降38.16%、人数下降52.96%。",
            [("change(478件, 773件) == -38.16%", "error"), ("change(635人, 1350人) == -52.96%", "error")],
        ),
        ("结案率97%,同比提高2个百分点。", []),
        ("Complaints rose 15% to 2,346 from 2,127 a year earlier.", [("change(2,346, 2,127) == 15%", "error")]),
        (
            # the semicolon opens the 58% drop's own from-to; the force's 1,840 arrests in the sentence before are
            # another figure, not what fell by 58%
            "The force made 1,840 arrests of children last year, down from 6,320 in 2012. Across the region, the "
            "total number of arrests has fallen by 58% in 8 years; from almost 180,000 in 2012 to 76,400 in 2020.",
            [("change(76,400, almost 180,000) == -58%", "error")],
        ),
        (
            # "hitting N" names the figure the change led to; "from 2020's 99.10" the value before
            "The city's index was 98.2 in 2021, down slightly from 2020's 99.10. Its violent crime severity rating "
            "jumped by almost 18 per cent, hitting 152.40 in 2021, up from 129.60 in 2020.",
            [("change(152.40, 129.60) == almost 18 per cent", "error")],
        ),
        (
            # a list of places, each with its figure, its change and the change in percent
            "Officer headcount by force: Northshire 2,486, down 41 (down 1.6%); Eastvale 1,212, up 17 (up 1.4%).",
            [("change(2,486, 2,486 + 41) == -1.6%", "error"), ("change(1,212, 1,212 - 17) == 1.4%", "error")],
        ),
        (
            # "down year-on-year by 96": the period between the verb and "by" names when, not what changed
            "The force had 3,915 officers at the end of March, and is down year-on-year by 96 (2.4%).",
            [("change(3,915 officers, 3,915 officers + 96) == -2.4%", "error")],
        ),
        (
            # "That represents ... on the 2021/22 figure of N": the figure before's change against that figure
            "There were 28,410 proven offences by children in 2022/23. That represents a 14 per cent decrease on "
            "the 2021/22 figure of 33,030.",
            [("change(28,410, 33,030) == -14 per cent", "warning")],
        ),
        (
            # "from 12.1 to 17.4 months": the bare number takes the unit of the figure it runs to
            "The average custodial sentence length increased by more than five months over the last ten years, "
            "from 12.1 to 17.4 months.",
            [("17.4 months - 12.1 == more than five months", "error")],
        ),
        (
            # "from the N": the value the decrease is from
            "At year-end 2021, an estimated 1,204,300 prisoners were held, a decrease of 3% from the 1,241,600 "
            "prisoners in 2020.",
            [("change(an estimated 1,204,300 prisoners, 1,241,600 prisoners) == -3%", "error")],
        ),
        (
            # a rate per 100,000 from one year to another; "U.S." ends no sentence before "residents"
            "The imprisonment rate dropped by 9%, from 352 prisoners per 100,000 U.S. residents in 2012 to 320 "
            "prisoners per 100,000 in 2020.",
            [("change(320, 352) == -9%", "error")],
        ),
        (
            # the other measure of a change in brackets: "(down 2%)", "(down 164,200 prisoners)"
            "There were 1.1 million prisoners under state jurisdiction at year-end. Over the year, the number of "
            "prisoners under state jurisdiction fell by 22,400 (down 2%).",
            [("change(1.1 million prisoners, 1.1 million prisoners + 22,400) == -2%", "warning")],
        ),
        (
            "The number of prisoners at year-end 2021 (1,204,300) decreased 12% (down 164,200 prisoners) from 2011.",
            [("change(1,204,300, 1,204,300 + 164,200 prisoners) == -12%", "error")],
        ),
    ],
)
def test_year_on_year(text: str, expected: list[tuple[str, str]]) -> None:
    assert proposed(text, "year-on-year") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "法院受理案件8136件,审结7245件,未结981件。",
            [("7245件 <= 8136件", "warning"), ("981件 == 8136件 - 7245件", "warning")],
        ),
        ("法院受理案件8136件,审结7245件。", [("7245件 <= 8136件", "warning")]),
        ("法院审结7245件。", []),
    ],
)
def test_flow(text: str, expected: list[tuple[str, str]]) -> None:
    assert proposed(text, "flow") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("满意度由95.2%提高到97.1%,提高2.1个百分点。", [("97.1% - 95.2% == 2.1个百分点", "error")]),
        ("满意度由97%下降到95%,下降2个百分点。", [("95% - 97% == -2个百分点", "error")]),
        ("结案率97%,同比提高2个百分点。", []),
        ("警情同比下降18.2%;破案同比上升6.5%,破案率提高5.3个百分点。", []),
        (
            "The rate rose 2.3 percentage points from 70.2% to 72.5%.",
            [("72.5% - 70.2% == 2.3 percentage points", "error")],
        ),
    ],
)
def test_percentage_points(text: str, expected: list[tuple[str, str]]) -> None:
    assert proposed(text, "percentage-points") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("全市共建成综治中心156个。\n一年来,全市共建成综治中心165个,配备人员1200名。", [("165个 == 156个", "error")]),
        ("共建成综治中心156个。\n一年来,全市共建成综治中心156个。", [("156个 == 156个", "warning")]),
        ("2022年受理案件3000件。2023年受理案件3300件。", []),
        ("受理案件3300件,同比上升10%。上年受理案件3000件。", []),
        ("检察机关个人表彰104人;法院个人表彰11人。", []),
        # two numbered items of one list each open with their own subject: 死亡和下落不明 in each is another count
        (
            "7.水上交通发生1起、死亡和下落不明6人,同比减少1起、5人。\n8.渔业船舶发生2起、死亡和下落不明9人,同比增加2起、6人。",
            [],
        ),
        # the same label in two paragraphs that are not items of a list is one thing stated twice
        (
            "水上交通发生事故1起、死亡和下落不明6人。\n全年水上交通发生事故1起、死亡和下落不明9人。",
            [("1起 == 1起", "warning"), ("9人 == 6人", "warning")],
        ),
    ],
)
def test_repeated(text: str, expected: list[tuple[str, str]]) -> None:
    assert proposed(text, "repeated") == expected


def test_a_total_column_with_two_breakdowns_of_its_row() -> None:
    """| 合计 | sectors ... | 城区 | 农村 |: each breakdown of the row is summed on its own, never the two together."""
    text = (
        "| 区县 | 合计 | 道路运输 | 工矿商贸 | 火灾 | 城区 | 农村 |\n"
        "|---|---:|---:|---:|---:|---:|---:|\n"
        "| 东城区 | 41 | 20 | 5 | 16 | 30 | 11 |\n"
        "| 西城区 | 38 | 18 | 4 | 16 | 25 | 13 |\n"
        "| 南山县 | 57 | 25 | 3 | 29 | 20 | 37 |\n"
    )
    checks = [check for check, _ in proposed(text, "total-parts")]
    assert "sum(30, 11) == 41" in checks and "sum(20, 5, 16) == 41" in checks
    assert not any("30" in check and "20" in check for check in checks)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # the shares round to 37.2, 20.5 and 42.2 (99.9): the publisher raised the last to make 100
            "全年实现地区生产总值382419万元。其中,第一产业增加值142303万元,第二产业增加值78549万元,"
            "第三产业增加值161567万元。三次产业结构比为37.2:20.5:42.3。",
            [
                ("abs(100 * 142303万元 / 382419万元 - 37.2) <= 0.1", "error"),
                ("abs(100 * 78549万元 / 382419万元 - 20.5) <= 0.1", "error"),
                ("abs(100 * 161567万元 / 382419万元 - 42.3) <= 0.1", "error"),
                ("sum(37.2, 20.5, 42.3) == 100", "error"),
            ],
        ),
        (
            # terms that do not add up to exactly 100 were not adjusted: each is the share as rounded
            "全年实现地区生产总值382419万元。其中,第一产业增加值142303万元,第二产业增加值78549万元,"
            "第三产业增加值161567万元。三次产业结构比为37.2:20.5:42.2。",
            [
                ("100 * 142303万元 / 382419万元 == 37.2", "error"),
                ("100 * 78549万元 / 382419万元 == 20.5", "error"),
                ("100 * 161567万元 / 382419万元 == 42.2", "error"),
                ("sum(37.2, 20.5, 42.2) == 100", "error"),
            ],
        ),
    ],
)
def test_structure_ratio_terms_are_shares_of_the_parts(text: str, expected: list[tuple[str, str]]) -> None:
    assert proposed(text, "structure-ratio") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("共受理审查逮捕各类犯罪50人,经审查,共逮捕25人,不捕24人。", [("25人 + 24人 <= 50人", "warning")]),
        (
            # 经济犯罪受理4人 is one kind of what was received, never the base of the two decisions
            "受理审查逮捕50人。其中,普通刑事犯罪受理40人,经济犯罪受理4人。经审查,共逮捕25人,不捕24人。",
            [],
        ),
    ],
)
def test_decisions_are_within_what_was_received(text: str, expected: list[tuple[str, str]]) -> None:
    assert proposed(text, "flow") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "第一产业比重由12.4%降至10.1%,第二产业比重由45.3%升至43.6%,第三产业比重由42.3%升至46.3%。",
            [("sum(12.4%, 45.3%, 42.3%) == 100%", "warning"), ("sum(10.1%, 43.6%, 46.3%) == 100%", "warning")],
        ),
        # a contribution rate beside one share is no second share of the same whole, whatever they add up to
        ("消费贡献率由54.9%提高到58.8%,服务业比重从45.3%上升到51.6%。", []),
    ],
)
def test_shares_of_one_whole_add_up_to_100(text: str, expected: list[tuple[str, str]]) -> None:
    assert proposed(text, "structure-ratio") == expected


def test_a_yearbook_table_of_blocks_each_headed_by_its_total() -> None:
    # | 床位合计数（张） | heads the rows below it up to the next total; #医院 and #医生 are parts of the row
    # above; a column where one row is blank (乡村医生 in 2022) cannot be summed; 2042 under 2023 is a count
    text = (
        "# 卫生事业情况\n\n| 项目 | 2022 | 2023 |\n|---|---|---|\n| 床位合计数（张） | 5200 | 7282 |\n"
        "| #医院 | 4100 | 4300 |\n| 卫生院 | 900 | 940 |\n| 其他卫生机构 | 200 | 2042 |\n"
        "| 卫生人员合计（人） | 8300 | 8810 |\n| 卫生技术人员 | 6900 | 7300 |\n| #医生 | 2600 | 2750 |\n"
        "| 管理人员 | 700 | 760 |\n| 乡村医生 |  | 300 |\n| 工勤人员 | 700 | 450 |\n"
    )
    sums = [check for check, _ in proposed(text, "total-parts") if "==" in check]
    assert sums == [
        "sum(4100, 900, 200) == 5200",
        "sum(4300, 940, 2042) == 7282",
        "sum(7300, 760, 300, 450) == 8810",
    ]


def test_each_cut_of_a_plain_text_table_adds_up_to_its_total() -> None:
    # the rows before "Sex" and the rows under it are two cuts of one total, each summed on its own
    text = SEX_TABLE
    sums = [check for check, _ in proposed(text, "total-parts") if "==" in check]
    assert sums == [
        "sum(3,905, 305) == 4,210",
        "sum(4,011, 369) == 4,380",
        "sum(3,760, 450) == 4,210",
        "sum(3,902, 478) == 4,380",
    ]


def test_a_table_cell_repeats_the_text_figure_of_its_own_column() -> None:
    # the 结案 column's cells repeat no 收案 figure of the text, though their rows name the same kinds of cases
    text = (
        "1至10月，全市法院共收案18642件，结案15207件。分类型看，刑事案件收案1023件，民商事案件收案11357件。\n\n"
        "| 类别 | 收案（件） | 结案（件） |\n|---|---|---|\n| 刑事 | 1023 | 912 |\n| 民商事 | 11357 | 9486 |\n"
        "| 合计 | 18642 | 15207 |\n"
    )
    assert proposed(text, "repeated") == [
        ("1023件 == 1023件", "error"),
        ("11357件 == 11357件", "error"),
        ("18642件 == 18642件", "error"),
        ("15207件 == 15207件", "error"),
    ]


def test_flush_subtotals_and_their_parts_are_not_all_parts_of_the_total() -> None:
    # Community supervision is Probation + Parole and Incarcerated is Prison + Local jail, all flush with Total:
    # the total is checked against the two subtotals only, and as a warning (a person may be under both); each
    # subtotal against its own parts
    text = (
        "| Population | 2022 | 2023 |\n|---|---|---|\n| Total | 189,700 | 187,400 |\n"
        "| Community supervision | 131,160 | 128,900 |\n| Probation | 111,870 | 109,300 |\n"
        "| Parole | 19,290 | 19,600 |\n| Incarcerated | 60,210 | 60,150 |\n| Prison | 42,110 | 41,820 |\n"
        "| Local jail | 18,100 | 18,330 |\n"
    )
    assert proposed(text, "total-parts") == [
        ("sum(131,160, 60,210) <= 189,700", "warning"),
        ("sum(131,160, 60,210) == 189,700", "warning"),
        ("sum(128,900, 60,150) <= 187,400", "warning"),
        ("sum(128,900, 60,150) == 187,400", "warning"),
        ("sum(111,870, 19,290) <= 131,160", "error"),
        ("sum(111,870, 19,290) == 131,160", "error"),
        ("sum(109,300, 19,600) <= 128,900", "error"),
        ("sum(109,300, 19,600) == 128,900", "error"),
        ("sum(42,110, 18,100) <= 60,210", "error"),
        ("sum(42,110, 18,100) == 60,210", "error"),
        ("sum(41,820, 18,330) <= 60,150", "error"),
        ("sum(41,820, 18,330) == 60,150", "error"),
    ]


def test_a_total_row_never_repeats_the_figure_of_one_kind() -> None:
    # the text gives the criminal and civil cases only: the 合计 row has no twin in it, least of all 1023 or 912
    text = (
        "一、收结案情况\n\n1至10月，刑事案件收案1023件，结案912件；民商事案件收案11357件，结案9486件。\n\n"
        "二、分类统计\n\n表1 1至10月各类案件收结案情况\n\n| 类别 | 收案（件） | 结案（件） |\n|---|---|---|\n"
        "| 刑事 | 1023 | 912 |\n| 民商事 | 11357 | 9486 |\n| 合计 | 12380 | 10398 |\n"
    )
    assert proposed(text, "repeated") == []


def test_a_figure_per_thousand_people_is_a_count_over_the_whole_population() -> None:
    # 常住人口 is the base, never 城镇人口, and the average's claim stays a number (no noun taken from the counts)
    text = (
        "年末全县常住人口58.4万人，其中城镇人口31.2万人。全县共有卫生技术人员4380人，每千人口拥有卫生技术人员"
        "7.5人；医疗卫生机构床位3620张，每千人口拥有床位6.2张。"
    )
    assert proposed(text, "average") == [
        ("abs(4380人 / (58.4万人 / 1000) - 7.5) <= 0", "warning"),
        ("abs(3620张 / (58.4万人 / 1000) - 6.2) <= 0", "warning"),
    ]
    averages = [f for f in extract(text, "snippet").document.figures if f.text in ("7.5", "6.2")]
    assert [f.claim_unit for f in averages] == [None, None]


def test_the_header_of_a_table_names_no_kind_of_its_rows() -> None:
    # | 项目 | is the header's first cell, not a row: 重点项目58个 is still the text's total the 合计 row repeats
    text = (
        "全年共实施重点项目58个。\n\n| 项目 | 项目数（个） | 投资（亿元） |\n|---|---|---|\n| 工业 | 30 | 80.2 |\n"
        "| 民生 | 28 | 46.3 |\n| 合计 | 58 | 126.5 |\n"
    )
    assert proposed(text, "repeated") == [("58个 == 58个", "error")]


PRISON_TABLE = (
    "| Type of prisoner | 2022 | 2023 |\n|---|---|---|\n| Untried | 4,210 | 4,380 |\n"
    "| Convicted unsentenced | 1,150 | 1,210 |\n| All remand | 5,360 | 5.590 |\n"
    "| Less than 12 months | 2,940 | 3,010 |\n"
    "| 12 months to less than 4 years | 8,120 | 8,300 |\n| 4 years and over | 11,600 | 11,940 |\n"
    "| All sentenced | 22,660 | 23,250 |\n| All adult prisoners | 28,020 | 28,840 |\n"
)


def test_all_rows_below_their_parts_total_them() -> None:
    # each "All" row totals the rows since the one before it (5.590 is the slip a reader must see), and the
    # last totals the two before it; warnings, as the layout says which rows each sums
    sums = [(check, severity) for check, severity in proposed(PRISON_TABLE, "total-parts") if "==" in check]
    assert sums == [
        ("sum(4,210, 1,150) == 5,360", "warning"),
        ("sum(4,380, 1,210) == 5.590", "warning"),
        ("sum(2,940, 8,120, 11,600) == 22,660", "warning"),
        ("sum(3,010, 8,300, 11,940) == 23,250", "warning"),
        ("sum(5,360, 22,660) == 28,020", "warning"),
        ("sum(5.590, 23,250) == 28,840", "warning"),
    ]


def test_two_cells_of_one_table_are_never_one_figure_stated_twice() -> None:
    # the 12 of "Less than 12 months" and of "12 months to less than 4 years" name rows; they repeat nothing
    assert proposed(PRISON_TABLE, "repeated") == []
