"""``factcheck draft``: an editor's edited copy of the bundled article, checked against its verified claims."""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from factcheck.cli import cli
from factcheck.documents import Anchor, Document, from_text
from factcheck.draft import check_draft, compare, diagnose
from factcheck.findings import ArticleResult, Edit, Kind, Status
from factcheck.loader import load
from factcheck.model import Article
from factcheck.quantity import parse_quantity
from tests.helpers import ROOT
from tests.test_mutations import mutated_figures

TEXT = (ROOT / "articles" / "jincheng-politics-law-2016-2020.txt").read_text("utf-8")


@pytest.fixture(scope="module")
def article() -> Article:
    (loaded,) = load([ROOT / "claims", ROOT / "rules"])
    return loaded


def run_draft(article: Article, text: str) -> ArticleResult:
    return check_draft(article, from_text(text, "draft.txt"))


def kinds(result: ArticleResult, kind: Kind) -> list[str]:
    return [f.claims[0] if f.claims else f.figure or "" for f in result.findings if f.kind is kind]


def test_the_article_as_its_own_draft_is_clean(article: Article) -> None:
    result = run_draft(article, TEXT)
    assert [f for f in result.findings if f.status is not Status.PASS] == []
    assert result.draft is not None
    assert result.draft.coverage == (65, 65)
    assert all(f.claim for f in result.draft.figures)


def _claimed_figures(article: Article) -> list[tuple[str, int, int]]:
    result = run_draft(article, TEXT)
    assert result.draft is not None
    return [(f.claim, f.start, f.end) for f in result.draft.figures if f.claim]


def _multiplier_changed(figure: str) -> list[str]:
    if "万" in figure:
        return [figure.replace("万", "亿", 1)]
    if "亿" in figure:
        return [figure.replace("亿", "万", 1)]
    return []


def test_every_figure_edit_is_caught_as_changed(article: Article) -> None:
    """Digit swaps, dropped and added zeros, +1 and changed multipliers, for every claim: all of them."""
    missed: list[str] = []
    edits = 0
    for claim_id, start, end in _claimed_figures(article):
        figure = TEXT[start:end]
        for edited in [*mutated_figures(figure), *_multiplier_changed(figure)]:
            if parse_quantity(edited).interval == parse_quantity(figure).interval:
                continue  # an edit that reads the same is no change (e.g. 一 -> 1)
            edits += 1
            result = run_draft(article, TEXT[:start] + edited + TEXT[end:])
            if claim_id not in kinds(result, Kind.CHANGED):
                missed.append(f"{claim_id}: {figure} -> {edited}")
    assert edits > 180
    assert missed == []


@pytest.mark.parametrize(
    ("old", "new", "claim"),
    [
        ("发展三个实施意见", "发展一个实施意见", "courts.private_economy_opinions"),
        ("实现“八连冠”\n", "实现“一连冠”\n", "summary.satisfaction_streak"),
        ("五年来,全市政法系统多次", "一年来,全市政法系统多次", "honours.period_years"),
    ],
)
def test_a_figure_edited_to_one_is_changed_not_lost(article: Article, old: str, new: str, claim: str) -> None:
    """Alone, 一个 is "a"; where a verified figure stood, it is the figure one."""
    assert TEXT.count(old) == 1
    result = run_draft(article, TEXT.replace(old, new))
    assert kinds(result, Kind.CHANGED) == [claim]
    assert kinds(result, Kind.MISSING) == []


def test_changed_figure_breaks_the_breakdown_and_is_diagnosed(article: Article) -> None:
    result = run_draft(article, TEXT.replace("涉黑性质组织13个", "涉黑性质组织31个"))
    changed = [f for f in result.findings if f.kind is Kind.CHANGED]
    assert [(f.claims, f.verified_figure, f.figure, f.detail) for f in changed] == [
        (("sweep.mafia_organisations",), "13个", "31个", "two digits swapped")
    ]
    assert (changed[0].line, changed[0].column) == (23, 120)
    breakdown = next(f for f in result.findings if f.id == "gang-breakdown")
    assert (breakdown.status, breakdown.origin, breakdown.message) == (
        Status.FAIL,
        "draft",
        "31 + 73 + 35 = 139 == 121",
    )


@pytest.mark.parametrize(
    ("old", "new", "diagnosis"),
    [
        ("1759起", "1795起", "two digits swapped"),
        ("6000多起", "600多起", "a zero dropped"),
        ("121个", "1210个", "a zero added"),
        ("1900件", "1901件", "off by one"),
        ("6.706亿元", "6.706万元", "multiplier changed (亿 -> 万)"),
        ("98%以上", "98%", "hedge changed (以上 -> none)"),
        ("1759起", "1759件", "unit changed (起 -> 件)"),
        ("13个", "15个", "one digit changed"),
        ("33374件", "3374件", "a digit dropped"),
    ],
)
def test_diagnosis(old: str, new: str, diagnosis: str) -> None:
    assert diagnose(parse_quantity(old), parse_quantity(new)) == diagnosis


def test_reworded_sentence_still_finds_its_claim(article: Article) -> None:
    text = TEXT.replace("截至目前,全市共打掉涉黑涉恶犯罪团伙121个", "截至目前,全市累计共打掉了涉黑涉恶犯罪团伙122个")
    result = run_draft(article, text)
    assert "sweep.gangs_total" in kinds(result, Kind.CHANGED)
    assert "sweep.gangs_total" not in kinds(result, Kind.MISSING)


def test_reordered_paragraphs_are_fine(article: Article) -> None:
    lines = TEXT.splitlines(keepends=True)
    head, body = lines[:8], lines[8:]
    result = run_draft(article, "".join(head + body[::-1]))
    assert [f.id for f in result.findings if f.status is not Status.PASS] == []


def test_deleted_sentence_is_missing(article: Article) -> None:
    result = run_draft(article, TEXT.replace("司法局主动对接,组织开展“民营企业家开放日”活动,", ""))
    assert set(kinds(result, Kind.MISSING)) == set()
    result = run_draft(article, TEXT.replace("开展现场普法宣传活动200余场,", ""))
    assert kinds(result, Kind.MISSING) == ["justice.outreach_events"]
    missing = next(f for f in result.findings if f.kind is Kind.MISSING)
    assert missing.severity.value == "warning"


def test_inserted_sentence_with_a_new_figure_is_unverified(article: Article) -> None:
    text = TEXT.replace("办理法律援助案件2000余件,", "办理法律援助案件2000余件,新增律师事务所12家,")
    result = run_draft(article, text)
    unverified = [f for f in result.findings if f.kind is Kind.UNVERIFIED]
    assert [(f.figure, f.line) for f in unverified] == [("12家", 19)]
    assert result.draft is not None and result.draft.coverage == (65, 66)


def test_traditional_characters_and_full_width_digits(article: Article) -> None:
    text = TEXT.replace("共打掉涉黑涉恶犯罪团伙121个,扫黑除恶", "共打掉涉黑涉恶犯罪團伙１２１個,扫黑除恶")
    text = text.replace("其中涉黑性质组织13个", "其中涉黑性質組織１３個")
    result = run_draft(article, text)
    assert [f.id for f in result.findings if f.status is not Status.PASS] == []


# -- the command ------------------------------------------------------------------------------------


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["draft", *args])
    return result.exit_code, result.stdout, result.stderr


def test_command_json_contract_and_exit_codes(project: Path) -> None:
    draft = project / "draft.txt"
    draft.write_text(TEXT.replace("破获刑事案件1759起", "破获刑事案件1795起"), "utf-8")
    code, out, _ = invoke(str(draft), "--claims", "claims/jincheng-politics-law-2016-2020.yaml", "--format", "json")
    assert code == 1
    report = json.loads(out)
    assert report["schema"] == "factcheck.report/1"
    assert report["summary"]["coverage"] == {"verified": 64, "figures": 65}
    (changed,) = [f for f in report["findings"] if f["kind"] == "changed"]
    assert changed["claim"] == "sweep.criminal_cases_solved"
    assert (changed["file"], changed["line"], changed["column"]) == ("draft.txt", 23, 150)
    assert (changed["verified_figure"], changed["figure"], changed["detail"]) == (
        "1759起",
        "1795起",
        "two digits swapped",
    )


def test_command_finds_the_claims_file_itself(project: Path) -> None:
    draft = project / "draft.txt"
    draft.write_text(TEXT, "utf-8")
    code, out, _ = invoke(str(draft))
    assert code == 0, out
    assert "coverage: 65 of 65 figures in the draft verified (100%)" in out


def test_command_strict_fails_on_unverified(project: Path) -> None:
    draft = project / "draft.txt"
    draft.write_text(TEXT.replace("办理法律援助案件2000余件,", "办理法律援助案件2000余件,新增律师事务所12家,"), "utf-8")
    assert invoke(str(draft))[0] == 0
    code, out, _ = invoke(str(draft), "--strict")
    assert code == 1
    assert "12家" in out


@pytest.mark.parametrize(
    ("content", "message"),
    [(None, "no such file"), (b"\xff\xfe\x00bad", "not UTF-8")],
)
def test_command_bad_draft_exits_2(project: Path, content: bytes | None, message: str) -> None:
    draft = project / "draft.txt"
    if content is not None:
        draft.write_bytes(content)
    code, _, err = invoke(str(draft))
    assert code == 2
    assert message in err and "Traceback" not in err


def test_command_bad_claims_file_exits_2(project: Path) -> None:
    bad = project / "claims" / "jincheng-politics-law-2016-2020.yaml"
    bad.write_text(
        bad.read_text("utf-8").replace("  service.measures:\n", "  service.measures:\n    valeu: 1\n"), "utf-8"
    )
    (project / "draft.txt").write_text(TEXT, "utf-8")
    code, _, err = invoke("draft.txt", "--claims", str(bad))
    assert code == 2
    assert re.search(r"claims/jincheng-politics-law-2016-2020\.yaml:\d+:\d+: unknown field 'valeu'", err)


def test_command_without_claims_lists_candidates_when_unsure(project: Path) -> None:
    (project / "draft.txt").write_text("一篇与任何文章都无关的稿子,有12个数字。", "utf-8")
    code, _, err = invoke("draft.txt")
    assert code == 2
    assert "cannot tell which article this draft is" in err
    assert "jincheng-politics-law-2016-2020.yaml (0% of quotes found)" in err


def test_random_single_digit_edits_are_all_caught(article: Article) -> None:
    """Beyond the typo suite: any digit of any verified figure replaced by another (a fixed sample)."""
    import random

    from factcheck.errors import QuantityError

    rng = random.Random(2026)
    numerals = "一二三四五六七八九"
    figures = _claimed_figures(article)
    tried = 0
    missed: list[str] = []
    while tried < 120:
        claim_id, start, end = rng.choice(figures)
        chars = list(TEXT[start:end])
        places = [i for i, c in enumerate(chars) if c.isdigit() or c in numerals]
        if not places:
            continue  # 连续两年: 两 is left to the typo suite
        place = rng.choice(places)
        pool = "0123456789" if chars[place].isdigit() else numerals
        chars[place] = rng.choice([d for d in pool if d != chars[place]])
        edited = "".join(chars)
        try:
            if parse_quantity(edited).interval == parse_quantity(TEXT[start:end]).interval:
                continue
        except QuantityError:
            continue
        tried += 1
        result = run_draft(article, TEXT[:start] + edited + TEXT[end:])
        if kinds(result, Kind.CHANGED) != [claim_id]:
            missed.append(f"{claim_id}: {TEXT[start:end]} -> {edited}: {kinds(result, Kind.CHANGED)}")
    assert missed == []


def test_the_whole_article_in_traditional_characters_and_full_width_digits(article: Article) -> None:
    table = (ROOT / "src" / "factcheck" / "quantity" / "data" / "ts_characters.txt").read_text("utf-8")
    to_traditional: dict[str, str] = {}
    for line in table.splitlines():
        if len(line) == 2 and not line.startswith("#"):
            to_traditional.setdefault(line[1], line[0])
    text = "".join(to_traditional.get(c, c) for c in TEXT)
    text = "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in text)
    assert "連續" in text and "１２１個" in text
    result = run_draft(article, text)
    assert [f.id for f in result.findings if f.status is not Status.PASS] == []
    assert result.draft is not None and result.draft.coverage == (65, 65)


# -- issue #13: what did this edit do? ---------------------------------------------------------------


def non_passing(result: ArticleResult) -> list[str]:
    return [f"{f.kind.value}:{f.id}:{f.status.value}" for f in result.findings if f.status is not Status.PASS]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("超过15000人次", "超过1.5万人次"),
        ("破获刑事案件1759起", "破获刑事案件一千七百五十九起"),
        ("受理案件33374件", "受理案件33,374件"),
        ("涉恶犯罪集团73个", "涉恶犯罪集团７３个"),
        ("查处治安案件15万多件", "查处治安案件150000多件"),
    ],
)
def test_the_same_figure_in_another_notation_is_no_change(article: Article, old: str, new: str) -> None:
    result = run_draft(article, TEXT.replace(old, new))
    assert non_passing(result) == []
    assert result.draft is not None and result.draft.coverage == (65, 65)


def test_a_more_precise_figure_is_a_warning_that_says_so(article: Article) -> None:
    """6.706亿元 -> 67060万元 was "value changed (by 0)", exit 1."""
    result = run_draft(article, TEXT.replace("6.706亿元", "67060万元"))
    (finding,) = [f for f in result.findings if f.status is not Status.PASS]
    assert (finding.kind, finding.status, finding.claims) == (Kind.REWORDED, Status.WARN, ("sweep.assets_seized",))
    assert finding.detail == (
        "the same value, more precise than verified: 67060万元 (from 670,595,000 to 670,605,000) "
        "lies within 6.706亿元 (from 670,550,000 to 670,650,000)"
    )


def test_a_bound_worded_otherwise_is_a_warning_that_says_so(article: Article) -> None:
    """99%以上 -> 超过99% was a hard failure."""
    result = run_draft(article, TEXT.replace("协议履行率99%以上。", "协议履行率超过99%。"))
    (finding,) = [f for f in result.findings if f.status is not Status.PASS]
    assert (finding.kind, finding.status) == (Kind.REWORDED, Status.WARN)
    assert finding.detail == "bound worded differently (以上 -> 超过): from 99% to 100% -> more than 99%, at most 100%"


@pytest.mark.parametrize(
    ("verified", "drafted", "verdict", "words"),
    [
        ("6.706亿元", "6.706万元", "changed", "multiplier changed (亿 -> 万)"),
        ("5000件左右", "5001件左右", "changed", "off by one"),
        ("98%以上", "9%以上", "changed", "a digit dropped"),
        ("98%以上", "98%", "changed", "hedge changed (以上 -> none)"),
        ("5000件左右", "5000件", "reworded", "the same value, more precise than verified"),
        ("6000多起", "6523起", "reworded", "more precise than verified: 6523起 (exactly 6,523)"),
        ("6.706亿元", "6.7亿元", "reworded", "less precise than verified: 6.7亿元"),
        ("121个", "100多个", "reworded", "less precise than verified"),
        ("33374件", "3.3374万件", "reworded", "the same value, less precise than verified"),
        ("超过15000人次", "超过1万人次", "changed", "value changed"),
        ("99%以上", "不低于99%", "verified", None),
        ("1759起", "1759件", "changed", "unit changed (起 -> 件)"),
    ],
)
def test_compare_readings(verified: str, drafted: str, verdict: str, words: str | None) -> None:
    status, detail = compare(parse_quantity(verified), parse_quantity(drafted))
    assert status == verdict
    assert (detail is None) if words is None else (words in (detail or ""))


@given(st.integers(min_value=1, max_value=10**9), st.sampled_from(["件", "人", "个", "元", "%"]))
def test_a_renotation_is_never_a_change(value: int, unit: str) -> None:
    """Thousands separators, full-width digits and 万/亿 read the same figure (or a less precise one)."""
    written = parse_quantity(f"{value}{unit}")
    full_width = "".join(chr(ord(c) + 0xFEE0) for c in str(value))
    assert compare(written, parse_quantity(f"{value:,}{unit}"))[0] == "verified"
    assert compare(written, parse_quantity(f"{full_width}{unit}"))[0] == "verified"
    if unit != "%" and value >= 10**4:
        multiplier, name = (10**8, "亿") if value >= 10**8 else (10**4, "万")
        renotated = parse_quantity(f"{format(Decimal(value) / multiplier, 'f')}{name}{unit}")
        assert compare(written, renotated)[0] in ("verified", "reworded")
    assert compare(written, parse_quantity(f"{value + 1}{unit}"))[0] == "changed"


def test_clauses_swapped_align_to_the_same_claims(article: Article) -> None:
    """受理案件A件,审执结B件 -> 审执结B件,受理案件A件 reported a changed figure, a missing and an unverified one."""
    result = run_draft(article, TEXT.replace("受理案件33374件,审执结32593件", "审执结32593件,受理案件33374件"))
    assert non_passing(result) == []


def test_a_reworded_sentence_that_keeps_its_figures_aligns(article: Article) -> None:
    """收入完成28.6亿元,增长8.5% -> 同比增长8.5%,达到28.6亿元, on the bundled article's own sentences."""
    text = TEXT.replace(
        "全市检察机关共批准逮捕各类犯罪嫌疑人1121人,提起公诉2839人",
        "全市检察机关对2839人提起公诉,批准逮捕的各类犯罪嫌疑人达到1121人",
    )
    result = run_draft(article, text)
    assert non_passing(result) == []


def test_a_broken_rule_is_located_at_the_drafts_edited_figure(article: Article) -> None:
    """It was reported at the rules file's line: the editor needs the draft's line and column first."""
    text = TEXT.replace("涉恶犯罪团伙35个,破获", "涉恶犯罪团伙36个,破获")
    result = run_draft(article, text)
    rule = next(f for f in result.findings if f.id == "gang-breakdown")
    column = text.splitlines()[22].index("36个") + 1
    assert (rule.status, rule.edit) == (Status.FAIL, Edit.NEW)
    assert (rule.file, rule.line, rule.column, rule.where) == ("draft.txt", 23, column, f"23:{column}")
    assert rule.defined_at is not None
    assert (rule.defined_at.file, rule.defined_at.line) == ("rules/jincheng-politics-law-2016-2020.yaml", 19)


def test_positions_follow_the_documents_own_terms(article: Article) -> None:
    """A Word draft is located by paragraph: every finding goes through Document.locate."""
    text = TEXT.replace("涉恶犯罪团伙35个,破获", "涉恶犯罪团伙36个,破获")
    anchors = [Anchor(0, 1, paragraph=1)]
    for number, offset in enumerate((i + 1 for i, c in enumerate(text) if c == "\n"), start=2):
        anchors.append(Anchor(offset, number, paragraph=number))
    document = Document("draft.docx", "docx", text, tuple(anchors))
    result = check_draft(article, document)
    changed = next(f for f in result.findings if f.kind is Kind.CHANGED)
    rule = next(f for f in result.findings if f.id == "gang-breakdown")
    assert changed.where == rule.where == "¶23"
    assert (changed.file, changed.line) == ("draft.docx", 23)


def _verified_failing(project: Path) -> str:
    """The project's verified article with 13 -> 15 in its text and claim: gang-breakdown already fails."""
    for path in (
        project / "claims" / "jincheng-politics-law-2016-2020.yaml",
        project / "articles" / "jincheng-politics-law-2016-2020.txt",
    ):
        path.write_text(path.read_text("utf-8").replace("涉黑性质组织13个", "涉黑性质组织15个"), "utf-8")
    return (project / "articles" / "jincheng-politics-law-2016-2020.txt").read_text("utf-8")


CLAIMS = "claims/jincheng-politics-law-2016-2020.yaml"


def test_a_failure_the_verified_article_already_had_is_a_labelled_warning(project: Path) -> None:
    (project / "draft.txt").write_text(_verified_failing(project), "utf-8")
    code, out, _ = invoke("draft.txt", "--claims", CLAIMS, "--format", "json")
    assert code == 0  # not the edit's doing
    report = json.loads(out)
    (rule,) = [f for f in report["findings"] if f["status"] != "pass"]
    assert (rule["id"], rule["status"], rule["edit"]) == ("gang-breakdown", "warn", "already_failing")
    assert report["summary"]["edit"] == {"new": 0, "already_failing": 1, "fixed": 0, "unchanged": 25}
    assert invoke("draft.txt", "--claims", CLAIMS, "--fail-on", "warning")[0] == 1
    code, out, _ = invoke("draft.txt", "--claims", CLAIMS, "--format", "rich")
    assert "gang-breakdown · already failing in the verified article" in out


def test_a_failure_the_edit_fixed_is_good_news(project: Path) -> None:
    text = _verified_failing(project)
    (project / "draft.txt").write_text(text.replace("涉黑性质组织15个", "涉黑性质组织13个"), "utf-8")
    code, out, _ = invoke("draft.txt", "--claims", CLAIMS, "--format", "json")
    assert code == 1  # the changed figure still counts: the editor changed a verified figure
    findings = json.loads(out)["findings"]
    rule = next(f for f in findings if f["id"] == "gang-breakdown")
    assert (rule["status"], rule["edit"]) == ("pass", "fixed")
    assert [f["kind"] for f in findings if f["status"] != "pass"] == ["changed"]
    _, out, _ = invoke("draft.txt", "--claims", CLAIMS, "--format", "rich")
    assert "✔ gang-breakdown · fixed by the edit" in out


def test_exit_code_follows_new_failures_and_changed_figures_only(project: Path) -> None:
    draft = project / "draft.txt"
    draft.write_text(TEXT.replace("6.706亿元", "67060万元"), "utf-8")  # a warning
    assert invoke("draft.txt", "--claims", CLAIMS)[0] == 0
    assert invoke("draft.txt", "--claims", CLAIMS, "--fail-on", "warning")[0] == 1
    draft.write_text(TEXT.replace("提起公诉2839人", "提起公诉1021人"), "utf-8")  # changed + a new warning rule
    assert invoke("draft.txt", "--claims", CLAIMS)[0] == 1
    assert invoke("draft.txt", "--claims", CLAIMS, "--fail-on", "never")[0] == 0
