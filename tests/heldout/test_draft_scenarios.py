"""Held-out editing scenarios for ``factcheck draft`` on the bundled article (issue #13), written apart from it.

Each scenario edits the verified article as an editor would and states what ``draft`` must answer: the
claims it reports as changed, missing or re-worded (a warning), the figures it reports as unverified, the
rules that fail (each located at the draft's line:column of the edited figure) and the exit code. Everything is
read from the JSON report, the contract every format shares.

Eight kinds, at least eight scenarios each:

- renotation: the same value written otherwise (万/亿, Chinese numerals, full-width, thousands separators):
  not a change; a draft figure more precise than the verified one is a warning.
- reorder: clauses swapped within a sentence: not a change.
- reword: a sentence reworded around the same figures: not a change.
- consistent: a part and its total edited together so the arithmetic still holds: changed, no rule fails.
- breaking: an edit that makes a rule fail, located at the edited figure in the draft.
- added: a new sentence with a new figure: unverified, nothing else.
- deleted: a paragraph deleted: its claims missing, nothing else.
- bound: a bound's wording changed (以上 -> 超过): a warning, not a change.

The exit code follows changed figures and newly failing rules: missing, unverified and re-worded figures are
warnings. Scenarios that ``main`` does not pass yet are marked ``xfail(strict=True)`` (see ``XFAIL``), so the
test runs in CI and tells us, by failing, when a marker is stale.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from factcheck.cli import cli
from tests.helpers import ROOT

ARTICLE = (ROOT / "articles" / "jincheng-politics-law-2016-2020.txt").read_text("utf-8")
CLAIMS = "claims/jincheng-politics-law-2016-2020.yaml"
LINES = ARTICLE.split("\n")


@dataclass(frozen=True)
class Scenario:
    name: str
    kind: str
    edits: tuple[tuple[str, str], ...]  # (old, new): `old` occurs exactly once in the text at that point
    changed: frozenset[str] = frozenset()
    missing: frozenset[str] = frozenset()
    unverified: tuple[str, ...] = ()  # the new figures, as written
    warned: frozenset[str] = frozenset()  # claims that must carry a warning (not missing, not unverified)
    broken: frozenset[str] = frozenset()  # rules that fail
    located: tuple[str, str] | None = None  # (edited text, figure in it): where a broken rule is reported
    exit_code: int = 0


def _s(*ids: str) -> frozenset[str]:
    return frozenset(ids)


def _delete_line(number: int) -> tuple[str, str]:
    """Delete a paragraph (a line of the article) with its line break."""
    if number == len(LINES):
        return ("\n" + LINES[number - 1], "")
    return (LINES[number - 1] + "\n", "")


SCENARIOS: list[Scenario] = [
    # -- renotation: the same value written another way -------------------------------------------------------
    Scenario("亿 to 万 (more precise)", "renotation", (("6.706亿元", "67060万元"),), warned=_s("sweep.assets_seized")),
    Scenario("15000 to 1.5万 under a bound", "renotation", (("超过15000人次", "超过1.5万人次"),)),
    Scenario("35 to 三十五", "renotation", (("涉恶犯罪团伙35个", "涉恶犯罪团伙三十五个"),)),
    Scenario("13 to 十三", "renotation", (("涉黑性质组织13个", "涉黑性质组织十三个"),)),
    Scenario("full-width digits", "renotation", (("审执结32593件", "审执结３２５９３件"),)),
    Scenario("thousands separator 33,374", "renotation", (("受理案件33374件", "受理案件33,374件"),)),
    Scenario("thousands separator 1,759", "renotation", (("破获刑事案件1759起", "破获刑事案件1,759起"),)),
    Scenario("thousands separator 1,900", "renotation", (("办理案件1900件", "办理案件1,900件"),)),
    Scenario("2839 to 二千八百三十九", "renotation", (("提起公诉2839人", "提起公诉二千八百三十九人"),)),
    Scenario("29.2% to 百分之二十九点二", "renotation", (("总数的29.2%", "总数的百分之二十九点二"),)),
    Scenario("52100余 to 5.21万余", "renotation", (("52100余份", "5.21万余份"),)),
    # -- reorder: clauses swapped within a sentence ------------------------------------------------------------
    Scenario(
        "courts: accepted and concluded swapped",
        "reorder",
        (("全市法院受理案件33374件,审执结32593件", "全市法院审执结32593件,受理案件33374件"),),
    ),
    Scenario(
        "procuratorate: arrests and prosecutions swapped",
        "reorder",
        (("批准逮捕各类犯罪嫌疑人1121人,提起公诉2839人", "提起公诉2839人,批准逮捕各类犯罪嫌疑人1121人"),),
    ),
    Scenario(
        "supervision: three clauses reversed",
        "reorder",
        (
            (
                "受理监察机关移送审查起诉42件56人,诉前决定逮捕37人,提起公诉35件48人",
                "提起公诉35件48人,诉前决定逮捕37人,受理监察机关移送审查起诉42件56人",
            ),
        ),
    ),
    Scenario(
        "gangs: the three kinds reversed",
        "reorder",
        (
            (
                "其中涉黑性质组织13个,涉恶犯罪集团73个,涉恶犯罪团伙35个",
                "其中涉恶犯罪团伙35个,涉恶犯罪集团73个,涉黑性质组织13个",
            ),
        ),
    ),
    Scenario(
        "honours: collective and individual swapped",
        "reorder",
        (
            (
                "全市检察机关共受到省级以上集体表彰62个,个人表彰104人",
                "全市检察机关共受到省级以上个人表彰104人,集体表彰62个",
            ),
        ),
    ),
    Scenario(
        "police honours swapped",
        "reorder",
        (
            (
                "全市公安机关共受到省级以上集体表彰23个,个人表彰58人",
                "全市公安机关共受到省级以上个人表彰58人,集体表彰23个",
            ),
        ),
    ),
    Scenario(
        "crime and public order swapped",
        "reorder",
        (
            (
                "侦破各类刑事案件6000多起,查处治安案件15万多件",
                "查处治安案件15万多件,侦破各类刑事案件6000多起",
            ),
        ),
    ),
    Scenario(
        "meetings swapped",
        "reorder",
        (("召开20次市委常委会、10次市政府常务会", "召开10次市政府常务会、20次市委常委会"),),
    ),
    Scenario(
        "mediation rates before the disputes",
        "reorder",
        (
            (
                "调解纠纷5000件左右,调解成功率98%以上,协议履行率99%以上。",
                "调解成功率98%以上,协议履行率99%以上,调解纠纷5000件左右。",
            ),
        ),
    ),
    # -- reword: a sentence reworded, its figures kept ----------------------------------------------------------
    Scenario(
        "assets: reworded", "reword", (("查封、冻结和扣押涉案资产6.706亿元", "共查封冻结扣押涉案资产达6.706亿元"),)
    ),
    Scenario("cases solved: reworded", "reword", (("破获刑事案件1759起", "侦破刑事案件共计1759起"),)),
    Scenario(
        "satisfaction: reworded",
        "reword",
        (("我市人民群众对专项斗争满意率为95.31%", "全市群众对扫黑除恶专项斗争的满意率达到95.31%"),),
    ),
    Scenario(
        "leaders paired: reworded",
        "reword",
        (("推动全市政法系统270名班子成员一对一包联", "全市政法系统共有270名班子成员一对一联系"),),
    ),
    Scenario(
        "obstruction cases: figure moved before its noun",
        "reword",
        (("查处恶意“阻工扰工”案件66起", "依法查处66起恶意“阻工扰工”案件"),),
    ),
    Scenario("outreach events: reworded", "reword", (("开展现场普法宣传活动200余场", "组织现场普法宣传200余场"),)),
    Scenario(
        "grid centre: reworded",
        "reword",
        (
            (
                "全市各级综治中心年受理上报事项十万多件,处置率97.8%",
                "全市各级综治中心每年受理上报事项十万多件,处置率为97.8%",
            ),
        ),
    ),
    Scenario("wishlist: reworded", "reword", (("纳入这份清单的还有150多条内容", "这份清单上还列有150多条内容"),)),
    Scenario(
        "parking: figure moved after its noun",
        "reword",
        (("在道路两侧新增200多个停车位", "道路两侧新增停车位200多个"),),
    ),
    # -- consistent: a part and its total edited together ----------------------------------------------------------
    Scenario(
        "gangs: a part and both totals up by one",
        "consistent",
        (
            ("涉恶犯罪团伙35个", "涉恶犯罪团伙36个"),
            ("全市共打掉涉黑涉恶犯罪团伙121个", "全市共打掉涉黑涉恶犯罪团伙122个"),
            ("共打掉涉黑涉恶犯罪团伙121个,扫黑除恶", "共打掉涉黑涉恶犯罪团伙122个,扫黑除恶"),
        ),
        changed=_s("sweep.criminal_gangs", "sweep.gangs_total", "summary.gangs_total"),
        exit_code=1,
    ),
    Scenario(
        "gangs: two parts moved, the total kept",
        "consistent",
        (("涉黑性质组织13个", "涉黑性质组织14个"), ("涉恶犯罪集团73个", "涉恶犯罪集团72个")),
        changed=_s("sweep.mafia_organisations", "sweep.criminal_syndicates"),
        exit_code=1,
    ),
    Scenario(
        "courts: accepted and concluded both revised",
        "consistent",
        (("受理案件33374件,审执结32593件", "受理案件33400件,审执结32600件"),),
        changed=_s("courts_2019.cases_accepted", "courts_2019.cases_concluded"),
        exit_code=1,
    ),
    Scenario(
        "supervision: cases and people received both revised",
        "consistent",
        (("移送审查起诉42件56人", "移送审查起诉43件57人"),),
        changed=_s("supervision.cases_received", "supervision.people_received"),
        exit_code=1,
    ),
    Scenario(
        "mediation: summary and body revised together",
        "consistent",
        (
            (
                "调解纠纷5000件左右,调解成功率98%以上,协议履行率99%以上\n",
                "调解纠纷6000件左右,调解成功率98%以上,协议履行率99%以上\n",
            ),
            ("超过15000人次,调解纠纷5000件左右", "超过15000人次,调解纠纷6000件左右"),
        ),
        changed=_s("summary.mediation_disputes", "mediation.disputes_per_year"),
        exit_code=1,
    ),
    Scenario(
        "grid cells: summary and body revised together",
        "consistent",
        (
            (
                "全市划分村(社区)网格3212个,专属网格937个,全部配备网格员\n",
                "全市划分村(社区)网格3300个,专属网格937个,全部配备网格员\n",
            ),
            ("推进“多网合一”。全市划分村(社区)网格3212个", "推进“多网合一”。全市划分村(社区)网格3300个"),
        ),
        changed=_s("summary.grid_cells", "grid.cells"),
        exit_code=1,
    ),
    Scenario(
        "online services: summary and body revised together",
        "consistent",
        (
            ("公安机关254项审批服务事项实现网上全覆盖", "公安机关260项审批服务事项实现网上全覆盖"),
            ("企业的254项", "企业的260项"),
        ),
        changed=_s("summary.police_online_services", "police.online_services"),
        exit_code=1,
    ),
    Scenario(
        "procuratorate 2019: arrests and prosecutions both revised",
        "consistent",
        (("批准逮捕各类犯罪嫌疑人1121人,提起公诉2839人", "批准逮捕各类犯罪嫌疑人1200人,提起公诉2900人"),),
        changed=_s("procuratorate_2019.arrests_approved", "procuratorate_2019.people_prosecuted"),
        exit_code=1,
    ),
    # -- breaking: a rule newly fails, located at the edited figure --------------------------------------------------
    Scenario(
        "a part of the gang total",
        "breaking",
        (("涉恶犯罪团伙35个", "涉恶犯罪团伙36个"),),
        changed=_s("sweep.criminal_gangs"),
        broken=_s("gang-breakdown"),
        located=("涉恶犯罪团伙36个", "36个"),
        exit_code=1,
    ),
    Scenario(
        "concluded above accepted",
        "breaking",
        (("审执结32593件", "审执结33593件"),),
        changed=_s("courts_2019.cases_concluded"),
        broken=_s("courts-2019-concluded-within-accepted", "courts-2019-clearance-rate-plausible"),
        located=("审执结33593件", "33593件"),
        exit_code=1,
    ),
    Scenario(
        "the summary's gang total",
        "breaking",
        (("共打掉涉黑涉恶犯罪团伙121个,扫黑除恶", "共打掉涉黑涉恶犯罪团伙120个,扫黑除恶"),),
        changed=_s("summary.gangs_total"),
        broken=_s("gangs-summary-matches-body"),
        located=("犯罪团伙120个,扫黑除恶", "120个"),
        exit_code=1,
    ),
    Scenario(
        "more cases prosecuted than received",
        "breaking",
        (("提起公诉35件48人", "提起公诉45件48人"),),
        changed=_s("supervision.cases_prosecuted"),
        broken=_s("supervision-cases-prosecuted-within-received"),
        located=("提起公诉45件48人", "45件"),
        exit_code=1,
    ),
    Scenario(
        "more arrests than people received",
        "breaking",
        (("诉前决定逮捕37人", "诉前决定逮捕57人"),),
        changed=_s("supervision.arrests_before_prosecution"),
        broken=_s("supervision-arrests-within-people-received"),
        located=("诉前决定逮捕57人", "57人"),
        exit_code=1,
    ),
    Scenario(
        "dedicated grid cells differ from the summary",
        "breaking",
        (("专属网格937个,全部配备网格员。", "专属网格973个,全部配备网格员。"),),
        changed=_s("grid.dedicated_cells"),
        broken=_s("dedicated-grid-cells-summary-matches-body"),
        located=("专属网格973个,全部配备网格员。", "973个"),
        exit_code=1,
    ),
    Scenario(
        "prosecutions below arrests (a warning rule)",
        "breaking",
        (("提起公诉2839人", "提起公诉1021人"),),
        changed=_s("procuratorate_2019.people_prosecuted"),
        broken=_s("procuratorate-2019-arrests-below-prosecutions"),
        located=("提起公诉1021人", "1021人"),
        exit_code=1,
    ),
    Scenario(
        "online services in the summary",
        "breaking",
        (("公安机关254项审批服务事项实现网上全覆盖", "公安机关245项审批服务事项实现网上全覆盖"),),
        changed=_s("summary.police_online_services"),
        broken=_s("online-services-summary-matches-body"),
        located=("公安机关245项", "245项"),
        exit_code=1,
    ),
    Scenario(
        "the satisfaction streak in the summary",
        "breaking",
        (("人民群众安全感和满意度在全省实现“八连冠”\n", "人民群众安全感和满意度在全省实现“七连冠”\n"),),
        changed=_s("summary.satisfaction_streak"),
        broken=_s("satisfaction-streak-summary-matches-lead"),
        located=("“七连冠”\n", "七连冠"),
        exit_code=1,
    ),
    # -- added: a new sentence with a new figure ----------------------------------------------------------------------
    Scenario(
        "suspects caught",
        "added",
        (("破获刑事案件1759起,", "破获刑事案件1759起,抓获犯罪嫌疑人856名,"),),
        unverified=("856名",),
    ),
    Scenario(
        "petitions resolved",
        "added",
        (("协议履行率99%以上。", "协议履行率99%以上。全年共化解信访积案326件。"),),
        unverified=("326件",),
    ),
    Scenario(
        "a fall in crime",
        "added",
        (("社会治安秩序持续好转。", "社会治安秩序持续好转。2020年全市刑事案件立案数同比下降12.5%。"),),
        unverified=("12.5%",),
    ),
    Scenario(
        "visits in the thousands",
        "added",
        (("全部配备网格员。加强", "全部配备网格员。网格员全年走访群众1.3万人次。加强"),),
        unverified=("1.3万人次",),
    ),
    Scenario(
        "lawyers trained",
        "added",
        (("办理法律援助案件2000余件", "办理法律援助案件2000余件,培训律师三百余名"),),
        unverified=("三百余名",),
    ),
    Scenario(
        "money recovered",
        "added",
        (("全力保障推动经济平稳发展。", "全力保障推动经济平稳发展。为企业挽回经济损失4.2亿元。"),),
        unverified=("4.2亿元",),
    ),
    Scenario(
        "a share of disputes",
        "added",
        (("涵盖群众生活的方方面面。", "涵盖群众生活的方方面面,其中邻里纠纷占百分之四十。"),),
        unverified=("百分之四十",),
    ),
    Scenario(
        "new police stations",
        "added",
        (("实现市县综治中心实体化全覆盖。", "实现市县综治中心实体化全覆盖。新建标准化派出所17个。"),),
        unverified=("17个",),
    ),
    # -- deleted: a paragraph deleted -------------------------------------------------------------------------------
    Scenario(
        "the honours paragraph",
        "deleted",
        (_delete_line(36),),
        missing=_s(
            "honours.period_years",
            "honours.procuratorate_collective",
            "honours.procuratorate_individual",
            "honours.courts_collective",
            "honours.courts_individual",
            "honours.police_collective",
            "honours.police_individual",
        ),
    ),
    Scenario("the wishlist paragraph", "deleted", (_delete_line(31),), missing=_s("community.wishlist_items")),
    Scenario("the parking paragraph", "deleted", (_delete_line(30),), missing=_s("community.new_parking_spaces")),
    Scenario(
        "the crime paragraph",
        "deleted",
        (_delete_line(12),),
        missing=_s("crime.period_years", "crime.cases_solved", "public_order.cases_handled"),
    ),
    Scenario(
        "the service paragraph",
        "deleted",
        (_delete_line(17),),
        missing=_s("service.measures", "service.leaders_paired"),
    ),
    Scenario(
        "the private economy paragraph",
        "deleted",
        (_delete_line(18),),
        missing=_s(
            "courts.private_economy_opinions", "police.obstruction_cases", "justice.outreach_events", "justice.leaflets"
        ),
    ),
    Scenario(
        "the business environment paragraph",
        "deleted",
        (_delete_line(19),),
        missing=_s(
            "police.online_services", "police.pilot_regions", "justice.free_consultations", "justice.legal_aid_cases"
        ),
    ),
    Scenario(
        "the meetings paragraph",
        "deleted",
        (_delete_line(22),),
        missing=_s("sweep.party_committee_meetings", "sweep.government_meetings"),
    ),
    Scenario(
        "the 2019 courts and procuratorate paragraph",
        "deleted",
        (_delete_line(25),),
        missing=_s(
            "courts_2019.cases_accepted",
            "courts_2019.cases_concluded",
            "courts.first_tier_years",
            "procuratorate_2019.arrests_approved",
            "procuratorate_2019.people_prosecuted",
        ),
    ),
    # -- bound: a bound's wording changed ------------------------------------------------------------------------------
    Scenario(
        "以上 to 超过 in the summary",
        "bound",
        (("调解成功率98%以上,协议履行率99%以上\n", "调解成功率超过98%,协议履行率99%以上\n"),),
        warned=_s("summary.mediation_success_rate"),
    ),
    Scenario(
        "以上 to 超过 in the body",
        "bound",
        (("协议履行率99%以上。", "协议履行率超过99%。"),),
        warned=_s("mediation.fulfilment_rate"),
    ),
    Scenario(
        "超过 to 以上",
        "bound",
        (("超过15000人次", "15000人次以上"),),
        warned=_s("mediation.screenings_per_year"),
    ),
    Scenario(
        "以上 to 逾 in the body",
        "bound",
        (("调解成功率98%以上,协议履行率99%以上。", "调解成功率逾98%,协议履行率99%以上。"),),
        warned=_s("mediation.success_rate"),
    ),
    Scenario(
        "超过 to 不少于",
        "bound",
        (("超过15000人次", "不少于15000人次"),),
        warned=_s("mediation.screenings_per_year"),
    ),
    Scenario(
        "以上 to 高于 in the summary",
        "bound",
        (("协议履行率99%以上\n", "协议履行率高于99%\n"),),
        warned=_s("summary.agreement_fulfilment_rate"),
    ),
    Scenario("以上 to 不低于 (same meaning)", "bound", (("协议履行率99%以上\n", "协议履行率不低于99%\n"),)),
    Scenario("超过 to 逾 (same meaning)", "bound", (("超过15000人次", "逾15000人次"),)),
]

KINDS = ("renotation", "reorder", "reword", "consistent", "breaking", "added", "deleted", "bound")

# Scenarios main does not pass yet, each with why (xfail is strict: a stale entry fails the test).  Every
# scenario passes since #13 landed (the draft branch): none is marked.
XFAIL: dict[str, str] = {}


def apply(edits: tuple[tuple[str, str], ...]) -> str:
    text = ARTICLE
    for old, new in edits:
        assert text.count(old) == 1, f"the edit {old!r} must match exactly once"
        text = text.replace(old, new)
    return text


def position(text: str, snippet: str, figure: str) -> tuple[int, int]:
    """1-based line and column of ``figure`` inside the one occurrence of ``snippet`` in ``text``."""
    assert text.count(snippet) == 1, snippet
    offset = text.index(snippet) + snippet.index(figure)
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, column


def run(project: Path, text: str) -> tuple[int, dict[str, Any]]:
    draft = project / "draft.txt"
    draft.write_text(text, "utf-8")
    result = CliRunner().invoke(cli, ["draft", str(draft), "--claims", CLAIMS, "--format", "json"])
    assert result.exit_code in (0, 1), result.output
    report: dict[str, Any] = json.loads(result.stdout)
    return result.exit_code, report


def _claims_of(finding: dict[str, Any]) -> set[str]:
    named = set(finding.get("claims") or [])
    if finding.get("claim"):
        named.add(finding["claim"])
    return named


def problems(scenario: Scenario, code: int, report: dict[str, Any], text: str) -> list[str]:
    """Everything the report got wrong for this scenario, in words (empty when it is right)."""
    findings: list[dict[str, Any]] = report["findings"]
    by_kind: dict[str, list[dict[str, Any]]] = {}
    for finding in findings:
        by_kind.setdefault(str(finding["kind"]), []).append(finding)
    out = []

    changed = {f["claim"] for f in by_kind.get("changed", [])}
    if changed != scenario.changed:
        out.append(f"changed {sorted(changed)}, expected {sorted(scenario.changed)}")
    missing = {f["claim"] for f in by_kind.get("missing", [])}
    if missing != scenario.missing:
        out.append(f"missing {sorted(missing)}, expected {sorted(scenario.missing)}")
    unverified = Counter(str(f["figure"]) for f in by_kind.get("unverified", []))
    if unverified != Counter(scenario.unverified):
        out.append(f"unverified {sorted(unverified.elements())}, expected {sorted(scenario.unverified)}")
    warned = set().union(
        *(
            _claims_of(f)
            for f in findings
            if f["status"] == "warn" and f["kind"] not in ("rule", "missing", "unverified")
        )
    )
    if not scenario.warned <= warned:
        out.append(f"no warning for {sorted(scenario.warned - warned)}")

    failing = [f for f in by_kind.get("rule", []) if f["status"] != "pass"]
    broken = {str(f["id"]) for f in failing}
    if broken != scenario.broken:
        out.append(f"failing rules {sorted(broken)}, expected {sorted(scenario.broken)}")
    if scenario.located is not None:
        line, column = position(text, *scenario.located)
        for finding in failing:
            where = (Path(str(finding.get("file"))).name, finding.get("line"), finding.get("column"))
            if where != ("draft.txt", line, column):
                out.append(f"rule {finding['id']} reported at {where}, expected draft.txt:{line}:{column}")

    if code != scenario.exit_code:
        out.append(f"exit code {code}, expected {scenario.exit_code}")
    return out


def _param(scenario: Scenario) -> Any:
    marks = [pytest.mark.xfail(strict=True, reason=XFAIL[scenario.name])] if scenario.name in XFAIL else []
    return pytest.param(scenario, id=f"{scenario.kind}: {scenario.name}", marks=marks)


@pytest.mark.parametrize("scenario", [_param(s) for s in SCENARIOS])
def test_scenario(scenario: Scenario, project: Path) -> None:
    text = apply(scenario.edits)
    code, report = run(project, text)
    assert problems(scenario, code, report, text) == []


def test_every_kind_has_eight_scenarios_and_names_are_unique() -> None:
    counts = Counter(s.kind for s in SCENARIOS)
    assert set(counts) == set(KINDS)
    assert min(counts.values()) >= 8, counts
    assert len({s.name for s in SCENARIOS}) == len(SCENARIOS)
    assert set(XFAIL) <= {s.name for s in SCENARIOS}


def test_the_unedited_article_is_clean(project: Path) -> None:
    # The baseline every scenario is measured from: no finding but passing rules, exit 0.
    code, report = run(project, ARTICLE)
    assert problems(Scenario("unedited", "none", ()), code, report, ARTICLE) == []


def test_the_judge_catches_a_wrong_report(project: Path) -> None:
    # A scenario that expects the wrong thing must be told so: the checks above can fail.
    wrong = Scenario("wrong", "breaking", (("涉恶犯罪团伙35个", "涉恶犯罪团伙36个"),), exit_code=0)
    text = apply(wrong.edits)
    code, report = run(project, text)
    found = problems(wrong, code, report, text)
    assert any(p.startswith("changed") for p in found)
    assert any(p.startswith("failing rules") for p in found)
    assert any(p.startswith("exit code") for p in found)
