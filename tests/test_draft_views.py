"""What ``factcheck draft`` shows, format by format: the editor's compact view, the HTML page, CI formats."""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import xmlschema
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from factcheck.app import DraftRequest, ReportOptions, run_draft
from factcheck.cli import cli
from factcheck.formatters.rich_draft import wrap
from factcheck.textwidth import display_width
from tests.helpers import DATA, ROOT

TEXT = (ROOT / "articles" / "jincheng-politics-law-2016-2020.txt").read_text("utf-8")
CLAIMS = "claims/jincheng-politics-law-2016-2020.yaml"
RULES = "rules/jincheng-politics-law-2016-2020.yaml"
# Three edits: a figure changed (breaks gang-breakdown), one renotated more precisely, one added.
EDITED = (
    TEXT.replace("涉恶犯罪团伙35个,破获", "涉恶犯罪团伙36个,破获")
    .replace("6.706亿元", "67060万元")
    .replace("办理法律援助案件2000余件,", "办理法律援助案件2000余件,新增律师事务所12家,")
)
# The README's draft: two clauses swapped, two figures renotated, one edited, one added.
README_EDITS = (
    ("涉恶犯罪团伙35个,破获", "涉恶犯罪团伙36个,破获"),
    ("6.706亿元", "67060万元"),
    ("全市法院受理案件33374件,审执结32593件", "全市法院审执结32593件,受理案件33374件"),
    ("办理法律援助案件2000余件,", "办理法律援助案件2000余件,新增律师事务所12家,"),
    ("协议履行率99%以上。", "协议履行率超过99%。"),
)
ANSI = re.compile(r"\x1b\[[0-9;]*m")
GUTTER = re.compile(r"^ *\S* ?│ ")  # a sentence's place (23, ¶23, p3:12) and its rule


@pytest.fixture
def drafted(project: Path) -> Path:
    (project / "draft.txt").write_text(EDITED, "utf-8")
    return project


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def rich(*, width: int = 80, verbose: bool = False, color: bool = False) -> str:
    stream: io.StringIO = _Terminal() if color else io.StringIO()
    options = ReportOptions(format="rich", passes=verbose, width=width, color=color)
    run_draft(DraftRequest("draft.txt", CLAIMS, (), options), stream)
    return stream.getvalue()


def run(*args: str) -> tuple[int, str]:
    args = args if "--format" in args else ("--format", "rich", *args)
    result = CliRunner().invoke(cli, ["draft", "draft.txt", "--claims", CLAIMS, *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout


# -- rich: the compact editor view ----------------------------------------------------------------------


def test_sentences_wrap_to_the_terminal_width(drafted: Path) -> None:
    """Changed sentences were printed unwrapped: 236 columns on an 80-column terminal."""
    out = rich(width=80)
    body = out.splitlines()[:-1]  # the summary line is the general layout's
    assert max(display_width(line) for line in body) <= 80
    assert all(line == line.rstrip() for line in body)
    sentence = "截至目前,全市共打掉涉黑涉恶犯罪团伙121个,其中涉黑性质组织13个,涉恶犯罪集团73个,涉恶犯罪团伙36个,"
    joined = "".join(GUTTER.sub("", line) for line in body if "│" in line)  # the sentences, their rows joined
    assert "  23 │ 截至目前," in out
    assert sentence in joined and "破获刑事案件1759起,查封、冻结和扣押涉案资产67060万元。" in joined


def test_the_edited_figure_is_highlighted_in_its_sentence(drafted: Path) -> None:
    out = rich(width=80, color=True)
    assert "涉恶犯罪团伙\x1b[1;37;41m36个\x1b[0m" in out  # changed: white on red
    assert "新增律师事务所\x1b[30;43m12家\x1b[0m" in out  # unverified: black on yellow
    assert "\x1b[30;46m67060万元\x1b[0m" in out  # reworded


def test_compact_view_lists_what_the_edit_did(drafted: Path) -> None:
    out = rich(width=120)
    lines = out.splitlines()
    assert lines[4] == "draft draft.txt: 63 of 66 figures verified · 1 changed · 1 reworded · 0 missing · 1 unverified"
    column = EDITED.splitlines()[22].index("36个") + 1
    assert f"✘ draft.txt:23:{column} changed sweep.criminal_gangs: 35个 -> 36个 · off by one" in out
    assert "⚠ draft.txt:19:222 unverified 12家: no verified claim covers this figure" in out
    assert "≈ draft.txt:23:168 reworded sweep.assets_seized: 6.706亿元 -> 67060万元 · the same value, more" in out
    assert f"✘ gang-breakdown · newly failing · draft.txt:23:{column} · {RULES}:19" in lines


def test_a_rule_quotes_the_drafts_text_with_the_verified_beside(drafted: Path) -> None:
    """The rule's row quoted the verified article (涉恶犯罪团伙35个) next to the draft's value (36)."""
    out = rich(width=120)
    assert "  “涉恶犯罪团伙36个”  verified: “涉恶犯罪团伙35个”" in out.splitlines()
    assert "  “涉恶犯罪集团73个”" in out.splitlines()  # unchanged: no verified text beside it


def test_passing_rules_only_with_verbose(drafted: Path) -> None:
    compact, verbose = rich(width=120), rich(width=120, verbose=True)
    assert "gangs-summary-matches-body" not in compact
    assert "✔ gangs-summary-matches-body · holds" in verbose
    assert "derived values" not in compact and "derived values" in verbose
    assert run("--verbose")[1] == run("-v")[1] != run()[1]


def test_quiet_shows_nothing_but_the_summary_for_a_clean_draft(project: Path) -> None:
    (project / "draft.txt").write_text(TEXT.replace("6.706亿元", "67060万元"), "utf-8")
    assert "reworded sweep.assets_seized" in run("--quiet")[1]
    (project / "draft.txt").write_text(
        TEXT.replace("受理案件33374件,审执结32593件", "审执结32593件,受理案件33374件"), "utf-8"
    )
    code, out = run("--quiet")
    assert code == 0
    assert out.startswith("1 article, 65 claims, 26 rules: 26 pass")


def test_a_missing_claim_is_shown_with_its_verified_quote(project: Path) -> None:
    (project / "draft.txt").write_text(TEXT.replace("开展现场普法宣传活动200余场,", ""), "utf-8")
    out = rich(width=200)
    assert "missing justice.outreach_events: not in the draft: “开展现场普法宣传活动200余场”" in out


def test_the_drafts_control_characters_never_reach_the_terminal(project: Path) -> None:
    """The draft is untrusted: an escape sequence in it is shown, not obeyed."""
    evil = EDITED.replace("涉恶犯罪团伙36个,", "涉恶犯罪团伙36个\x1b[2J\x1b]0;title\x07\x9b31m,")
    (project / "draft.txt").write_text(evil, "utf-8")
    for color in (False, True):
        out = rich(width=200, color=color)
        assert "\x07" not in out and "\x9b" not in out
        plain = ANSI.sub("", out)
        assert "36个␛[2J␛]0" in plain and "title␇�31m" in plain  # shown (factcheck.sanitize), not obeyed
        assert not re.search(r"\x1b(?!\[[0-9;]*m)", out)  # only our own colour codes


def test_wrap_keeps_figures_whole_and_punctuation_off_the_line_start() -> None:
    pieces = [("扫黑除恶专项斗争中全市共打掉涉黑涉恶犯罪团伙", None), ("121个", "red"), ("。其中涉黑性质组织", None)]
    rows = wrap(pieces, 30)
    texts = ["".join(text for text, _ in row) for row in rows]
    assert all(display_width(t) <= 30 for t in texts)
    assert any(("121个", "red") in row for row in rows)
    assert not any(t.startswith("。") for t in texts)
    assert "".join(texts) == "".join(text for text, _ in pieces)


_PIECE = st.tuples(
    st.text(alphabet="涉黑性质组织团伙,。;、“”121ab.,%7 ", min_size=1, max_size=30),
    st.sampled_from([None, None, "red", "green"]),
)


@given(st.lists(_PIECE, max_size=12), st.integers(min_value=8, max_value=60), st.integers(min_value=0, max_value=6))
def test_wrap_fits_keeps_everything_and_breaks_no_figure(
    pieces: list[tuple[str, str | None]], width: int, indent: int
) -> None:
    rows = wrap(pieces, width, indent, indent)
    texts = ["".join(text for text, _ in row) for row in rows]
    assert all(indent + display_width(t) <= width for t in texts)
    # Nothing lost but the spaces a row starts or ends with.
    assert "".join(texts).replace(" ", "") == "".join(text for text, _ in pieces).replace(" ", "")
    for text, style in pieces:
        figure = text.strip(" ")
        if style is not None and figure and " " not in figure and display_width(figure) <= min(24, width - indent):
            assert any(figure in t for t in texts)  # a figure that fits a row stays whole


# -- HTML: every figure by what happened to it; failing rules linked both ways --------------------------------


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.links: list[str] = []
        self.marks: dict[str, str] = {}  # id -> classes
        self.mark_links: dict[str, list[str]] = {}  # figure id -> the rules its sup links to
        self._last_mark: str | None = None
        self._in_sup = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        if "id" in values:
            self.ids.add(values["id"])
        if tag == "a" and "href" in values:
            self.links.append(values["href"])
            if self._in_sup and self._last_mark:
                self.mark_links.setdefault(self._last_mark, []).append(values["href"])
        if tag == "mark" and "id" in values:
            self.marks[values["id"]] = values.get("class", "")
            self._last_mark = values["id"]
        self._in_sup = tag == "sup" or self._in_sup

    def handle_endtag(self, tag: str) -> None:
        if tag == "sup":
            self._in_sup = False
            self._last_mark = None


def test_html_colours_every_figure_by_what_happened_to_it(drafted: Path) -> None:
    """The figures of a failing rule were coloured green (verified) rather than marked as failing."""
    code, out = run("--format", "html")
    assert code == 1
    page = _Page()
    page.feed(out)
    classes = sorted(page.marks.values())
    assert len(classes) == 66
    assert classes.count("changed failing") == 1  # 36个
    assert classes.count("verified failing") == 3  # 121个, 13个, 73个: the rest of gang-breakdown
    assert classes.count("reworded") == 1 and classes.count("unverified") == 1
    assert classes.count("verified") == 60


def test_html_links_each_failing_rule_to_its_figures_and_back(drafted: Path) -> None:
    _, out = run("--format", "html")
    page = _Page()
    page.feed(out)
    assert all(link.startswith("#") for link in page.links)  # self-contained: fragments only
    assert all(link[1:] in page.ids for link in page.links)  # every link lands
    row = re.search(r'<tr class="fail" id="a1-rule-gang-breakdown">.*?</tr>', out)
    assert row is not None
    targets = re.findall(r'href="#(a1-fig-\d+)"', row.group())
    assert len(targets) == 4 and all("failing" in page.marks[t] for t in targets)
    assert all(page.mark_links[t] == ["#a1-rule-gang-breakdown"] for t in targets)
    assert {t for t, c in page.marks.items() if "failing" in c} == set(targets)
    # The rule quotes the draft's own words, its figure marked, the verified words beside where they differ.
    assert '“涉恶犯罪团伙<a href="#a1-fig-' in row.group()
    assert (
        '<mark class="changed">36个</mark></a>” <span class="explain">verified: “涉恶犯罪团伙35个”</span>'
        in row.group()
    )


def _chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


@pytest.mark.skipif(_chromium() is None, reason="headless Chromium is not installed (Debian package: chromium)")
def test_html_draft_in_a_real_browser(drafted: Path, tmp_path: Path) -> None:
    run("--format", "html", "--output", str(tmp_path / "draft.html"))
    browser = _chromium()
    assert browser is not None
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", f"--user-data-dir={tmp_path / 'p'}"]
    page = (tmp_path / "draft.html").as_uri()
    dom = subprocess.run(
        [browser, *flags, "--dump-dom", page], capture_output=True, text=True, timeout=120, check=True
    ).stdout
    ids = set(re.findall(r'id="([^"]+)"', dom))
    links = re.findall(r'href="#([^"]+)"', dom)
    assert links and all(link in ids for link in links)
    assert re.search(r'<mark id="a1-fig-\d+" class="changed failing"[^>]*>36个</mark>', dom)
    assert dom.index('id="a1-rule-gang-breakdown"') < dom.index('class="article"')


# -- machine formats: the edit's effect and the draft's positions -----------------------------------------------


def test_json_carries_positions_and_what_the_edit_did(drafted: Path) -> None:
    _, out = run("--format", "json")
    report = json.loads(out)
    rule = next(f for f in report["findings"] if f["id"] == "gang-breakdown")
    column = EDITED.splitlines()[22].index("36个") + 1
    assert (rule["file"], rule["line"], rule["column"], rule["where"]) == (
        "draft.txt",
        23,
        column,
        f"23:{column}",
    )
    assert rule["defined_at"] == {"file": RULES, "line": 19, "column": 5}
    assert rule["edit"] == "new"
    reworded = next(f for f in report["findings"] if f["kind"] == "reworded")
    assert (reworded["claim"], reworded["verified_figure"], reworded["figure"]) == (
        "sweep.assets_seized",
        "6.706亿元",
        "67060万元",
    )
    assert report["summary"]["edit"] == {"new": 1, "already_failing": 0, "fixed": 0, "unchanged": 25}


def test_sarif_locates_the_rule_in_the_draft_and_its_file_second(drafted: Path) -> None:
    _, out = run("--format", "sarif")
    log: dict[str, Any] = json.loads(out)
    schema = json.loads((DATA / "schemas" / "sarif-2.1.0.json").read_text("utf-8"))
    jsonschema.Draft202012Validator(schema).validate(log)
    result = next(r for r in log["runs"][0]["results"] if r["ruleId"] == "gang-breakdown")
    physical = result["locations"][0]["physicalLocation"]
    assert physical["artifactLocation"]["uri"] == "draft.txt" and physical["region"]["startLine"] == 23
    related = result["relatedLocations"][0]["physicalLocation"]
    assert (related["artifactLocation"]["uri"], related["region"]["startLine"]) == (RULES, 19)
    assert result["properties"]["edit"] == "new"
    assert result["message"]["text"].startswith("newly failing\n")


def test_github_annotates_the_drafts_line(drafted: Path) -> None:
    _, out = run("--format", "github")
    column = EDITED.splitlines()[22].index("36个") + 1
    line = next(x for x in out.splitlines() if "gang-breakdown" in x)
    assert line.startswith(f"::error file=draft.txt,line=23,col={column},title=gang-breakdown::newly failing%0A")
    assert line.endswith(f"%0Arule: {RULES}:19")  # data, not a property: only % and line breaks are escaped


def test_junit_labels_a_failure_the_verified_article_already_had(project: Path) -> None:
    for path in (project / CLAIMS, project / "articles" / "jincheng-politics-law-2016-2020.txt"):
        path.write_text(path.read_text("utf-8").replace("涉黑性质组织13个", "涉黑性质组织15个"), "utf-8")
    (project / "draft.txt").write_text(TEXT.replace("涉黑性质组织13个", "涉黑性质组织15个"), "utf-8")
    code, out = run("--format", "junit")
    assert code == 0
    schema = xmlschema.XMLSchema(DATA / "schemas" / "jenkins-junit.xsd")
    schema.validate(out)
    suites: Any = schema.to_dict(out)
    (suite,) = suites["testsuite"]
    assert suite["@failures"] == "0"
    case = next(c for c in suite["testcase"] if c["@name"] == "gang-breakdown")
    (out_text,) = case["system-out"]
    assert out_text.startswith("warning: already failing in the verified article\ndraft.txt:23:")


def test_text_lines_say_what_the_edit_did_and_where_the_rule_is(project: Path) -> None:
    for path in (project / CLAIMS, project / "articles" / "jincheng-politics-law-2016-2020.txt"):
        path.write_text(path.read_text("utf-8").replace("涉黑性质组织13个", "涉黑性质组织15个"), "utf-8")
    edited = TEXT.replace("涉黑性质组织13个", "涉黑性质组织15个").replace("审执结32593件", "审执结34593件")
    (project / "draft.txt").write_text(edited, "utf-8")
    code, out = run("--format", "text")
    assert code == 1
    lines = out.splitlines()
    column = edited.splitlines()[24].index("34593件") + 1
    (broken,) = [line for line in lines if " courts-2019-concluded-within-accepted: " in line]
    assert broken.startswith(f"draft.txt:25:{column}: error courts-2019-concluded-within-accepted: 34,593")
    assert broken.endswith(f"(newly failing; rule at {RULES}:63)")
    (already,) = [line for line in lines if " gang-breakdown: " in line]
    assert already.startswith("draft.txt:23:107: warning gang-breakdown: ")  # no edited figure: its first
    assert already.endswith(f"(already failing in the verified article; rule at {RULES}:19)")


def test_markdown_gives_the_draft_position_and_the_rules_line(drafted: Path) -> None:
    _, out = run("--format", "markdown")
    row = next(x for x in out.splitlines() if "`gang-breakdown`" in x)
    assert "fails<br>newly failing" in row
    assert "`draft.txt:23:" in row and f"<br>`{RULES}:19`" in row


def test_the_readme_example_is_real_output(project: Path) -> None:
    """README's `factcheck draft` example, a Word draft: the same edits give the same view (summary line aside)."""
    from tests.documents.writers import article_blocks, write_docx

    readme = (ROOT / "README.md").read_text("utf-8")
    command = f"$ factcheck draft draft.docx --claims {CLAIMS}\n"
    block = readme.split(command, 1)[1].split("```", 1)[0]
    text = TEXT
    for old, new in README_EDITS:
        assert text.count(old) == 1
        text = text.replace(old, new)
    write_docx(project / "draft.docx", article_blocks(text))
    stream = io.StringIO()
    outcome = run_draft(DraftRequest("draft.docx", CLAIMS, (), ReportOptions(format="rich", passes=False)), stream)
    assert outcome.exit_code == 1
    assert stream.getvalue().splitlines()[:-1] == block.splitlines()[:-1]


def test_a_sentence_repeated_many_times_marks_each_claim_on_its_own_figure_in_bounded_work(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """300 lines alike but for their figure ("结案率#%" masked) give each claim 300 places: each claim is still
    marked on the line with its own figure, and the figures are compared a bounded number of times per claim
    (every place of every claim, 90,000 comparisons, made `check --format text` quadratic in a large article)."""
    import factcheck.draft as draft
    from factcheck.engine import check
    from factcheck.loader import load

    values = [f"{50 + i / 10:.1f}" for i in range(300)]
    (tmp_path / "article.txt").write_text("".join(f"第{i}区结案率{v}%。\n" for i, v in enumerate(values)), "utf-8")
    claims = "".join(f"  c{i}:\n    quote: 结案率{v}%\n" for i, v in enumerate(values))
    (tmp_path / "claims").mkdir()
    (tmp_path / "claims" / "t.yaml").write_text(
        f"article:\n  id: t\n  title: T\n  text: ../article.txt\nclaims:\n{claims}", "utf-8"
    )
    monkeypatch.chdir(tmp_path)
    (article,) = load([tmp_path / "claims"])
    result = check([article]).articles[0]
    calls = 0
    compare = draft.same_figure

    def counted(*args: object) -> bool:
        nonlocal calls
        calls += 1
        return compare(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(draft, "same_figure", counted)
    view = draft.mark_article(article, result)
    assert view is not None
    assert [f.claim for f in view.figures] == [f"c{i}" for i in range(300)]
    assert calls < 300 * 70
