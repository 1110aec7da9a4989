"""``factcheck draft``: an editor's edited copy of the bundled article, checked against its verified claims."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli import cli
from factcheck.documents import from_text
from factcheck.draft import check_draft, diagnose
from factcheck.findings import ArticleResult, Kind, Status
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
