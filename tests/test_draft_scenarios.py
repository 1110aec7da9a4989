"""Editing scenarios on the bundled article, as an editor edits: a table per kind, several instances each.

Each scenario is a list of text replacements applied to the verified article and what the editor should be
told: which figures changed (errors), were reworded (warnings that say how), went missing or are new; which
rules the edit breaks, each located at the draft's edited figure.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from factcheck.documents import from_text
from factcheck.draft import check_draft
from factcheck.findings import ArticleResult, Edit, Finding, Kind, Status
from factcheck.lines import LineIndex
from factcheck.loader import load
from factcheck.model import Article
from tests.helpers import ROOT

TEXT = (ROOT / "articles" / "jincheng-politics-law-2016-2020.txt").read_text("utf-8")
LINES = TEXT.splitlines(keepends=True)
RULES_FILE = "rules/jincheng-politics-law-2016-2020.yaml"


@pytest.fixture(scope="module")
def article() -> Article:
    (loaded,) = load([ROOT / "claims", ROOT / "rules"])
    return loaded


@dataclass(frozen=True)
class Scenario:
    name: str
    edits: tuple[tuple[str, str], ...]  # (old, new): old must occur once in the text being edited
    changed: frozenset[str] = frozenset()  # claims whose figure the draft changed
    reworded: dict[str, str] = field(default_factory=dict)  # claim -> words the warning must say
    missing: frozenset[str] = frozenset()
    unverified: tuple[str, ...] = ()  # new figures, as the draft writes them (located where the edit put them)
    broken: dict[str, str] = field(default_factory=dict)  # rule -> the edited figure it is located at

    def apply(self, text: str = TEXT) -> str:
        for old, new in self.edits:
            assert text.count(old) == 1, f"{self.name}: {old!r} occurs {text.count(old)} times"
            text = text.replace(old, new)
        return text


def lines_without(*numbers: int) -> str:
    return "".join(line for number, line in enumerate(LINES, 1) if number not in numbers)


def run(article: Article, text: str) -> ArticleResult:
    return check_draft(article, from_text(text, "draft.txt"))


def ids(result: ArticleResult, kind: Kind) -> set[str]:
    return {f.claims[0] for f in result.findings if f.kind is kind and f.claims}


def position(text: str, scenario: Scenario, figure: str) -> tuple[int, int]:
    """Line and column of ``figure`` where the scenario's edits wrote it."""
    for _, new in scenario.edits:
        if figure in new:
            offset = text.index(new) + new.index(figure)
            return LineIndex(text).line_column(offset)
    raise AssertionError(f"{figure} is written by no edit of {scenario.name}")


def verdicts(result: ArticleResult) -> list[str]:
    """Everything that did not pass, in a line each, for an assertion message."""
    return [f"{f.kind.value} {f.id} {f.status.value} {f.edit} {f.message} {f.detail}" for f in _shown(result)]


def _shown(result: ArticleResult) -> list[Finding]:
    return [f for f in result.findings if f.status is not Status.PASS or f.edit is Edit.FIXED]


def check(article: Article, scenario: Scenario) -> None:
    text = scenario.apply() if scenario.edits else TEXT
    result = run(article, text)
    report = "\n".join(verdicts(result))
    assert ids(result, Kind.CHANGED) == set(scenario.changed), report
    assert ids(result, Kind.REWORDED) == set(scenario.reworded), report
    for finding in result.findings:
        if finding.kind is Kind.REWORDED:
            assert scenario.reworded[finding.claims[0]] in (finding.detail or ""), report
    assert ids(result, Kind.MISSING) == set(scenario.missing), report
    unverified = [f for f in result.findings if f.kind is Kind.UNVERIFIED]
    assert [f.figure for f in unverified] == list(scenario.unverified), report
    for finding in unverified:
        assert finding.figure is not None
        assert (finding.line, finding.column) == position(text, scenario, finding.figure), report
    rules = [f for f in result.findings if f.kind is Kind.RULE]
    new = {f.id: f for f in rules if f.edit is Edit.NEW}
    assert set(new) == set(scenario.broken), report
    for rule_id, figure in scenario.broken.items():
        finding = new[rule_id]
        assert finding.status in (Status.FAIL, Status.WARN)
        assert finding.file == "draft.txt"
        assert (finding.line, finding.column) == position(text, scenario, figure), report
        assert finding.defined_at is not None and finding.defined_at.file == RULES_FILE
    # Nothing the editor did not cause: no rule of the verified article fails for another reason.
    assert [f.id for f in rules if f.status is not Status.PASS and f.edit is not Edit.NEW] == [], report


RENOTATED = [
    Scenario(
        "亿 as 万, more precise",
        (("6.706亿元", "67060万元"),),
        reworded={"sweep.assets_seized": "more precise than verified"},
    ),
    Scenario("万 in a count", (("超过15000人次", "超过1.5万人次"),)),
    Scenario(
        "a bound worded otherwise",
        (("协议履行率99%以上。", "协议履行率超过99%。"),),
        reworded={"mediation.fulfilment_rate": "bound worded differently (以上 -> 超过)"},
    ),
    Scenario("Chinese numerals", (("破获刑事案件1759起", "破获刑事案件一千七百五十九起"),)),
    Scenario("thousands separators", (("受理案件33374件", "受理案件33,374件"), ("提起公诉2839人", "提起公诉2,839人"))),
    Scenario("万 written out", (("查处治安案件15万多件", "查处治安案件150000多件"),)),
    Scenario("Chinese 十万 as Arabic", (("年受理上报事项十万多件", "年受理上报事项10万多件"),)),
    Scenario("余 with 万", (("发放各类法治宣传资料52100余份", "发放各类法治宣传资料5.21万余份"),)),
    Scenario(
        "full-width digits",
        (
            ("涉恶犯罪集团73个", "涉恶犯罪集团７３个"),
            ("专属网格937个,全部配备网格员。", "专属网格９３７个,全部配备网格员。"),
        ),
    ),
    Scenario("a percentage in words", (("办案总数的29.2%", "办案总数的百分之二十九点二"),)),
    Scenario(
        "约 for 左右", (("进行纠纷排查超过15000人次,调解纠纷5000件左右", "进行纠纷排查超过15000人次,调解纠纷约5000件"),)
    ),
    Scenario(
        "Chinese numerals for a count",
        (
            (
                "全市划分村(社区)网格3212个,专属网格937个,全部配备网格员。",
                "全市划分村(社区)网格三千二百一十二个,专属网格937个,全部配备网格员。",
            ),
        ),
    ),
    Scenario("多 as 余", (("侦破各类刑事案件6000多起", "侦破各类刑事案件6000余起"),)),
    Scenario(
        "less precise: rounded",
        (("我市人民群众对专项斗争满意率为95.31%", "我市人民群众对专项斗争满意率为95.3%"),),
        reworded={"sweep.satisfaction_rate": "less precise than verified"},
    ),
    Scenario(
        "hedge dropped inside the interval",
        (("办理法律援助案件2000余件", "办理法律援助案件2000件"),),
        reworded={"justice.legal_aid_cases": "more precise than verified"},
    ),
    Scenario("亿 written out in 元", (("6.706亿元", "670600000元"),), reworded={"sweep.assets_seized": "more precise"}),
    Scenario("亿 and 万 together", (("6.706亿元", "6亿7060万元"),), reworded={"sweep.assets_seized": "more precise"}),
    Scenario(
        "十万 as 100000, read more widely",
        (("十万多件", "100000多件"),),
        reworded={"grid.centre_reports_per_year": "the same value, less precise than verified"},
    ),
    Scenario("万 in Chinese numerals", (("3万多件", "三万多件"),)),
    Scenario("a full-width percent sign", (("处置率97.8%", "处置率97.8％"),)),
    Scenario("a decimal in Chinese numerals", (("办案总数的29.2%", "办案总数的二十九点二%"),)),
    Scenario("两千 for 2000", (("2000余件", "两千余件"),)),
    Scenario("people in Chinese numerals", (("270名", "二百七十名"),)),
    Scenario("years in Arabic digits", (("2019年我市扫黑除恶工作成效连续两年", "2019年我市扫黑除恶工作成效连续2年"),)),
    Scenario("a streak in Arabic digits", (("实现“八连冠”;", "实现“8连冠”;"),)),
    Scenario("五年 as 5年", (("五年来,全市政法机关", "5年来,全市政法机关"),)),
    Scenario("measures in Chinese numerals", (("40条措施", "四十条措施"),)),
    Scenario("cases in Chinese numerals", (("办理案件1900件", "办理案件一千九百件"),)),
    Scenario("六千多", (("6000多起", "六千多起"),)),
    Scenario("五万二千一百余", (("52100余份", "五万二千一百余份"),)),
]

REORDERED = [
    Scenario(
        "courts: clauses swapped", (("全市法院受理案件33374件,审执结32593件", "全市法院审执结32593件,受理案件33374件"),)
    ),
    Scenario(
        "procuratorate: clauses swapped",
        (
            (
                "全市检察机关共批准逮捕各类犯罪嫌疑人1121人,提起公诉2839人",
                "全市检察机关提起公诉2839人,共批准逮捕各类犯罪嫌疑人1121人",
            ),
        ),
    ),
    Scenario(
        "honours: clauses swapped",
        (
            (
                "全市检察机关共受到省级以上集体表彰62个,个人表彰104人",
                "全市检察机关共受到省级以上个人表彰104人,集体表彰62个",
            ),
        ),
    ),
    Scenario(
        "mediation rates swapped",
        (("调解成功率98%以上,协议履行率99%以上。", "协议履行率99%以上,调解成功率98%以上。"),),
    ),
    Scenario(
        "mediation clauses swapped",
        (
            (
                "每年全市人民调解员进行纠纷排查超过15000人次,调解纠纷5000件左右,",
                "每年全市人民调解员调解纠纷5000件左右,进行纠纷排查超过15000人次,",
            ),
        ),
    ),
    Scenario(
        "reworded, figures kept",
        (("2019年,全市法院受理案件33374件,审执结32593件", "2019年,全市法院审执结案件32593件,而受理案件为33374件"),),
    ),
    Scenario(
        "reworded with the value first",
        (("五年来,全市政法机关侦破各类刑事案件6000多起", "五年来,全市政法机关共侦破刑事案件6000多起"),),
    ),
    Scenario(
        "a figure moved within its sentence",
        (("五年来,全市政法机关侦破各类刑事案件6000多起", "全市政法机关五年来侦破各类刑事案件6000多起"),),
    ),
    Scenario(
        "a sentence split",
        (
            (
                "全市共打掉涉黑涉恶犯罪团伙121个,其中涉黑性质组织13个",
                "全市共打掉涉黑涉恶犯罪团伙121个。其中涉黑性质组织13个",
            ),
        ),
    ),
    Scenario("sentences joined", (("民心是最大的政治。五年来", "民心是最大的政治,五年来"),)),
    Scenario(
        "a paragraph moved",
        (
            (LINES[35], ""),
            (LINES[27], LINES[35] + LINES[27]),
        ),
    ),
    Scenario(
        "grid: clauses swapped",
        (
            (
                "全市划分村(社区)网格3212个,专属网格937个,全部配备网格员。",
                "全市划分专属网格937个,村(社区)网格3212个,全部配备网格员。",
            ),
        ),
    ),
    Scenario(
        "gang parts reordered",
        (("涉恶犯罪集团73个,涉恶犯罪团伙35个", "涉恶犯罪团伙35个,涉恶犯罪集团73个"),),
    ),
    Scenario(
        "a year moved, the clauses joined by 、",
        (("2019年,全市法院受理案件33374件,审执结32593件", "全市法院2019年受理案件33374件、审执结32593件"),),
    ),
    Scenario(
        "supervision: clauses swapped", (("诉前决定逮捕37人,提起公诉35件48人", "提起公诉35件48人,诉前决定逮捕37人"),)
    ),
    Scenario("a word moved before the figure", (("查处恶意“阻工扰工”案件66起", "查处“阻工扰工”恶意案件66起"),)),
    Scenario(
        "outreach clauses swapped",
        (
            (
                "开展现场普法宣传活动200余场,发放各类法治宣传资料52100余份",
                "发放各类法治宣传资料52100余份,开展现场普法宣传活动200余场",
            ),
        ),
    ),
    Scenario(
        "a rate before its count", (("年受理上报事项十万多件,处置率97.8%", "处置率97.8%,年受理上报事项十万多件"),)
    ),
    Scenario("meetings swapped", (("召开20次市委常委会、10次市政府常务会", "召开10次市政府常务会、20次市委常委会"),)),
    Scenario("a sentence split mid-paragraph", (("6000多起,查处治安案件15万多件", "6000多起。查处治安案件15万多件"),)),
    Scenario("reworded around the figure", (("提供免费咨询3万多件", "免费咨询量达3万多件"),)),
    Scenario(
        "reworded before the figure",
        (("推动全市政法系统270名班子成员一对一包联", "全市政法系统共有270名班子成员一对一包联"),),
    ),
    Scenario("two paragraphs joined", ((LINES[34] + LINES[35], LINES[34].rstrip("\n") + LINES[35]),)),
    Scenario("a rate reworded", (("我市人民群众对专项斗争满意率为95.31%", "我市人民群众对专项斗争的满意率达95.31%"),)),
    Scenario("a paragraph moved down", ((LINES[11], ""), (LINES[13], LINES[13] + LINES[11]))),
    Scenario("summary lines swapped", ((LINES[1] + LINES[2], LINES[2] + LINES[1]),)),
    Scenario(
        "honours: institutions swapped",
        (
            (
                "其中全市检察机关共受到省级以上集体表彰62个,个人表彰104人;全市两级法院共受到省级以上集体表彰11个,个人表彰11人;",
                "其中全市两级法院共受到省级以上集体表彰11个,个人表彰11人;全市检察机关共受到省级以上集体表彰62个,个人表彰104人;",
            ),
        ),
    ),
    Scenario(
        "a figure and its share reworded",
        (
            (
                "五年来市县两级检察院入额院领导办理案件1900件,占检察机关办案总数的29.2%",
                "五年来市县两级检察院入额院领导共办理案件1900件,占全部办案总数的29.2%",
            ),
        ),
    ),
    Scenario(
        "lead clauses swapped",
        (
            (
                "人民群众安全感和满意度在全省实现“八连冠”;扫黑除恶工作成效连续两年排名全省第一……",
                "扫黑除恶工作成效连续两年排名全省第一;人民群众安全感和满意度在全省实现“八连冠”……",
            ),
        ),
    ),
    Scenario(
        "a clause moved to the sentence's end",
        (
            (
                "调解纠纷5000件左右,调解成功率98%以上,协议履行率99%以上。",
                "调解成功率98%以上,协议履行率99%以上,调解纠纷5000件左右。",
            ),
        ),
    ),
    Scenario(
        "heavily reworded around a distinctive figure",
        (("我市人民群众对专项斗争满意率为95.31%", "全市群众对扫黑除恶专项斗争的满意率达到95.31%"),),
    ),
]

CONSISTENT = [
    Scenario(
        "two parts, the sum kept",
        (("涉黑性质组织13个", "涉黑性质组织14个"), ("涉恶犯罪集团73个", "涉恶犯罪集团72个")),
        changed=frozenset({"sweep.mafia_organisations", "sweep.criminal_syndicates"}),
    ),
    Scenario(
        "a part and every total",
        (
            ("涉恶犯罪团伙35个", "涉恶犯罪团伙36个"),
            ("全市共打掉涉黑涉恶犯罪团伙121个", "全市共打掉涉黑涉恶犯罪团伙122个"),
            ("共打掉涉黑涉恶犯罪团伙121个,扫黑除恶", "共打掉涉黑涉恶犯罪团伙122个,扫黑除恶"),
        ),
        changed=frozenset({"sweep.criminal_gangs", "sweep.gangs_total", "summary.gangs_total"}),
    ),
    Scenario(
        "courts: both figures",
        (("受理案件33374件,审执结32593件", "受理案件33400件,审执结32600件"),),
        changed=frozenset({"courts_2019.cases_accepted", "courts_2019.cases_concluded"}),
    ),
    Scenario(
        "supervision: received and prosecuted",
        (("移送审查起诉42件56人", "移送审查起诉45件60人"), ("提起公诉35件48人", "提起公诉38件50人")),
        changed=frozenset(
            {
                "supervision.cases_received",
                "supervision.people_received",
                "supervision.cases_prosecuted",
                "supervision.people_prosecuted",
            }
        ),
    ),
    Scenario(
        "mediation: summary and body",
        (
            (
                "调解纠纷5000件左右,调解成功率98%以上,协议履行率99%以上\n",
                "调解纠纷6000件左右,调解成功率98%以上,协议履行率99%以上\n",
            ),
            ("超过15000人次,调解纠纷5000件左右", "超过15000人次,调解纠纷6000件左右"),
        ),
        changed=frozenset({"summary.mediation_disputes", "mediation.disputes_per_year"}),
    ),
    Scenario(
        "grid cells: summary and body",
        (
            ("网格3212个,专属网格937个,全部配备网格员\n", "网格3300个,专属网格937个,全部配备网格员\n"),
            ("网格3212个,专属网格937个,全部配备网格员。", "网格3300个,专属网格937个,全部配备网格员。"),
        ),
        changed=frozenset({"summary.grid_cells", "grid.cells"}),
    ),
    Scenario(
        "honours: a collective and an individual",
        (("集体表彰62个,个人表彰104人", "集体表彰63个,个人表彰105人"),),
        changed=frozenset({"honours.procuratorate_collective", "honours.procuratorate_individual"}),
    ),
    Scenario(
        "a count and its share",
        (("办理案件1900件,占检察机关办案总数的29.2%", "办理案件2000件,占检察机关办案总数的30.7%"),),
        changed=frozenset({"procuratorate.leader_cases", "procuratorate.leader_share"}),
    ),
]

BREAKING = [
    Scenario(
        "a part off by one",
        (("涉恶犯罪团伙35个", "涉恶犯罪团伙36个"),),
        changed=frozenset({"sweep.criminal_gangs"}),
        broken={"gang-breakdown": "36个"},
    ),
    Scenario(
        "two digits swapped",
        (("涉黑性质组织13个,涉恶", "涉黑性质组织31个,涉恶"),),
        changed=frozenset({"sweep.mafia_organisations"}),
        broken={"gang-breakdown": "31个"},
    ),
    Scenario(
        "concluded above accepted",
        (("审执结32593件", "审执结34593件"),),
        changed=frozenset({"courts_2019.cases_concluded"}),
        broken={"courts-2019-concluded-within-accepted": "34593件", "courts-2019-clearance-rate-plausible": "34593件"},
    ),
    Scenario(
        "a warning rule broken",
        (("提起公诉2839人", "提起公诉1021人"),),
        changed=frozenset({"procuratorate_2019.people_prosecuted"}),
        broken={"procuratorate-2019-arrests-below-prosecutions": "1021人"},
    ),
    Scenario(
        "body no longer matches the summary",
        (("专属网格937个,全部配备网格员。", "专属网格973个,全部配备网格员。"),),
        changed=frozenset({"grid.dedicated_cells"}),
        broken={"dedicated-grid-cells-summary-matches-body": "973个"},
    ),
    Scenario(
        "people prosecuted above people received",
        (("移送审查起诉42件56人", "移送审查起诉42件46人"),),
        changed=frozenset({"supervision.people_received"}),
        broken={"supervision-people-prosecuted-within-received": "46人"},
    ),
    Scenario(
        "summary line edited",
        (
            (
                "公安机关254项审批服务事项实现网上全覆盖,并在全国率先",
                "公安机关245项审批服务事项实现网上全覆盖,并在全国率先",
            ),
        ),
        changed=frozenset({"summary.police_online_services"}),
        broken={"online-services-summary-matches-body": "245项"},
    ),
    Scenario(
        "a streak edited in the summary",
        (("满意度在全省实现“八连冠”\n", "满意度在全省实现“七连冠”\n"),),
        changed=frozenset({"summary.satisfaction_streak"}),
        broken={"satisfaction-streak-summary-matches-lead": "七连冠"},
    ),
    Scenario(
        "a part above the five-year whole",
        (("破获刑事案件1759起", "破获刑事案件17590起"),),
        changed=frozenset({"sweep.criminal_cases_solved"}),
        broken={"sweep-cases-within-five-year-total": "17590起"},
    ),
    Scenario(
        "the body's count a tenth of the summary's",
        (("超过15000人次,调解纠纷5000件左右", "超过15000人次,调解纠纷500件左右"),),
        changed=frozenset({"mediation.disputes_per_year"}),
        broken={"mediation-summary-matches-body": "500件左右"},
    ),
    Scenario(
        "arrests above people received",
        (("诉前决定逮捕37人", "诉前决定逮捕73人"),),
        changed=frozenset({"supervision.arrests_before_prosecution"}),
        broken={"supervision-arrests-within-people-received": "73人"},
    ),
    Scenario(
        "a period no longer the plan's five years",
        (("五年来,全市政法机关侦破", "三年来,全市政法机关侦破"),),
        changed=frozenset({"crime.period_years"}),
        broken={"five-years-is-the-plan-period": "三年"},
    ),
]

ADDED = [
    Scenario(
        "a clause with a new figure",
        (("办理法律援助案件2000余件,", "办理法律援助案件2000余件,新增律师事务所12家,"),),
        unverified=("12家",),
    ),
    Scenario(
        "a sentence at the end of a paragraph",
        (("彻底解决小区群众关注的“烦心事”。", "彻底解决小区群众关注的“烦心事”。目前小区共有停车位350个。"),),
        unverified=("350个",),
    ),
    Scenario(
        "a new paragraph",
        ((LINES[25], LINES[25] + "全年全市法院共化解信访积案87件,群众满意率明显提升。\n"),),
        unverified=("87件",),
    ),
    Scenario(
        "a clause among verified figures",
        (("查处治安案件15万多件,", "查处治安案件15万多件,抓获犯罪嫌疑人8000余名,"),),
        unverified=("8000余名",),
    ),
    Scenario(
        "a sentence that echoes a verified one",
        (("位居全省第二。", "位居全省第二。今年以来全市又打掉涉恶犯罪团伙8个。"),),
        unverified=("8个",),
    ),
    Scenario(
        "a percentage added",
        (("实现市县综治中心实体化全覆盖。", "实现市县综治中心实体化全覆盖,群众知晓率达到91.5%。"),),
        unverified=("91.5%",),
    ),
    Scenario(
        "a sentence after a rate", (("位居全省第二。", "位居全省第二。其中2020年打掉12个。"),), unverified=("12个",)
    ),
    Scenario("a new first line", ((LINES[0], "全年接报警情10万余起\n" + LINES[0]),), unverified=("10万余起",)),
    Scenario(
        "a clause beside a verified figure",
        (("破获刑事案件1759起,", "破获刑事案件1759起,抓获犯罪嫌疑人2300余名,"),),
        unverified=("2300余名",),
    ),
]

DELETED = [
    Scenario(
        "the mediation paragraph",
        ((LINES[32], ""),),
        missing=frozenset(
            {
                "mediation.screenings_per_year",
                "mediation.disputes_per_year",
                "mediation.success_rate",
                "mediation.fulfilment_rate",
            }
        ),
    ),
    Scenario(
        "the honours paragraph",
        ((LINES[35], ""),),
        missing=frozenset(
            {
                "honours.period_years",
                "honours.procuratorate_collective",
                "honours.procuratorate_individual",
                "honours.courts_collective",
                "honours.courts_individual",
                "honours.police_collective",
                "honours.police_individual",
            }
        ),
    ),
    Scenario(
        "the courts paragraph",
        ((LINES[24], ""),),
        missing=frozenset(
            {
                "courts_2019.cases_accepted",
                "courts_2019.cases_concluded",
                "courts.first_tier_years",
                "procuratorate_2019.arrests_approved",
                "procuratorate_2019.people_prosecuted",
            }
        ),
    ),
    Scenario("a one-figure paragraph", ((LINES[30], ""),), missing=frozenset({"community.wishlist_items"})),
    Scenario(
        "the crime paragraph",
        ((LINES[11], ""),),
        missing=frozenset({"crime.period_years", "crime.cases_solved", "public_order.cases_handled"}),
    ),
    Scenario(
        "a summary line",
        ((LINES[3], ""),),
        missing=frozenset(
            {"summary.mediation_disputes", "summary.mediation_success_rate", "summary.agreement_fulfilment_rate"}
        ),
    ),
    Scenario(
        "the meetings paragraph",
        ((LINES[21], ""),),
        missing=frozenset({"sweep.party_committee_meetings", "sweep.government_meetings"}),
    ),
    Scenario(
        "the sweep paragraph",
        ((LINES[22], ""),),
        missing=frozenset(
            {
                "sweep.gangs_total",
                "sweep.mafia_organisations",
                "sweep.criminal_syndicates",
                "sweep.criminal_gangs",
                "sweep.criminal_cases_solved",
                "sweep.assets_seized",
                "sweep.first_in_province_years",
                "sweep.satisfaction_rate",
            }
        ),
    ),
    Scenario(
        "the reform paragraph",
        ((LINES[26], ""),),
        missing=frozenset(
            {
                "reform.period_years",
                "procuratorate.period_years",
                "procuratorate.leader_cases",
                "procuratorate.leader_share",
                "supervision.cases_received",
                "supervision.people_received",
                "supervision.arrests_before_prosecution",
                "supervision.cases_prosecuted",
                "supervision.people_prosecuted",
            }
        ),
    ),
    Scenario(
        "the lead paragraph",
        ((LINES[7], ""),),
        missing=frozenset({"lead.satisfaction_streak", "lead.sweep_first_years"}),
    ),
    Scenario(
        "the grid paragraph",
        ((LINES[33], ""),),
        missing=frozenset(
            {"grid.cells", "grid.dedicated_cells", "grid.centre_reports_per_year", "grid.centre_handling_rate"}
        ),
    ),
    Scenario(
        "the services paragraph",
        ((LINES[18], ""),),
        missing=frozenset(
            {"police.online_services", "police.pilot_regions", "justice.free_consultations", "justice.legal_aid_cases"}
        ),
    ),
    Scenario(
        "the projects paragraph", ((LINES[16], ""),), missing=frozenset({"service.measures", "service.leaders_paired"})
    ),
    Scenario(
        "the gangs summary line",
        ((LINES[2], ""),),
        missing=frozenset({"summary.gangs_total", "summary.sweep_first_years"}),
    ),
    Scenario(
        "the grid summary line",
        ((LINES[5], ""),),
        missing=frozenset({"summary.grid_cells", "summary.dedicated_grid_cells"}),
    ),
    Scenario("the streak summary line", ((LINES[1], ""),), missing=frozenset({"summary.satisfaction_streak"})),
    Scenario("the services summary line", ((LINES[4], ""),), missing=frozenset({"summary.police_online_services"})),
]


def _ids(table: list[Scenario]) -> list[str]:
    return [s.name for s in table]


@pytest.mark.parametrize("scenario", RENOTATED, ids=_ids(RENOTATED))
def test_renotated_figures_are_no_change(article: Article, scenario: Scenario) -> None:
    check(article, scenario)


@pytest.mark.parametrize("scenario", REORDERED, ids=_ids(REORDERED))
def test_reordered_text_aligns_to_the_same_claims(article: Article, scenario: Scenario) -> None:
    check(article, scenario)


@pytest.mark.parametrize("scenario", CONSISTENT, ids=_ids(CONSISTENT))
def test_consistent_edits_are_changes_that_break_no_rule(article: Article, scenario: Scenario) -> None:
    check(article, scenario)


@pytest.mark.parametrize("scenario", BREAKING, ids=_ids(BREAKING))
def test_a_breaking_edit_is_located_at_the_drafts_figure(article: Article, scenario: Scenario) -> None:
    check(article, scenario)


@pytest.mark.parametrize("scenario", ADDED, ids=_ids(ADDED))
def test_an_added_figure_is_unverified_where_it_stands(article: Article, scenario: Scenario) -> None:
    check(article, scenario)


@pytest.mark.parametrize("scenario", DELETED, ids=_ids(DELETED))
def test_a_deleted_paragraph_leaves_its_claims_missing(article: Article, scenario: Scenario) -> None:
    check(article, scenario)
