"""Every format fed hostile strings, each output read back by its own parser: the structure is what factcheck
meant (no forged row, cell, command, element or key), and every string is there, shown (control characters
as visible symbols), never obeyed."""

from __future__ import annotations

import io
import json
import re
from decimal import Decimal
from html.parser import HTMLParser
from typing import Any
from xml.etree import ElementTree as ET

from hypothesis import given
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from factcheck.findings import (
    ArticleResult,
    DerivedValue,
    DraftFigure,
    DraftInfo,
    Finding,
    Kind,
    Report,
    Severity,
    Status,
)
from factcheck.formatters import REPORT_FORMATS, formatter_class
from factcheck.formatters.base import escape_controls, summary_line
from factcheck.quantity import Interval
from factcheck.sanitize import visible
from tests.fuzz.strategies import FUZZ, hostile_text

CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff\ufffe\uffff]")
SGR = re.compile(r"\x1b\[[0-9;]*m")

text = hostile_text()
short = st.text(max_size=8) | hostile_text()


@st.composite
def _view(draw: st.DrawFn, statuses: list[str]) -> DraftInfo:
    body = draw(text)
    cuts = sorted(draw(st.lists(st.integers(0, len(body)), max_size=8, unique=True)))
    figures = []
    for start, end in zip(cuts[::2], cuts[1::2], strict=False):
        if start == end:
            continue
        line = body.count("\n", 0, start) + 1
        column = start - (body.rfind("\n", 0, start) + 1) + 1
        claim = draw(st.none() | short)
        figures.append(DraftFigure(body[start:end], start, end, line, column, draw(st.sampled_from(statuses)), claim))
    return DraftInfo(draw(short), body, tuple(figures))


@st.composite
def _finding(draw: st.DrawFn, article: str) -> Finding:
    status = draw(st.sampled_from(list(Status)))
    return Finding(
        article=article,
        kind=draw(st.sampled_from(list(Kind))),
        id=draw(short),
        status=status,
        severity=draw(st.sampled_from(list(Severity))),
        message=draw(text),
        file=draw(short),
        line=draw(st.integers(1, 10**6)),
        exact=draw(st.booleans()),
        claims=tuple(draw(st.lists(short, max_size=3))),
        value=draw(st.none() | st.just(Interval(Decimal(6000), Decimal(7000), True, False))),
        check=draw(st.none() | text),
        explain=draw(st.none() | text),
        detail=draw(st.none() | text),
        origin=draw(st.none() | short),
        column=draw(st.integers(1, 1000)),
        suggested=draw(st.none() | short),
        figure=draw(st.none() | short),
        verified_figure=draw(st.none() | short),
    )


@st.composite
def _article(draw: st.DrawFn) -> ArticleResult:
    article_id = draw(short)
    findings = tuple(draw(st.lists(_finding(article_id), max_size=4)))
    claims = {claim for finding in findings for claim in finding.claims}
    derived = tuple(
        DerivedValue(article_id, draw(short), draw(text), None, draw(short), draw(st.none() | text))
        for _ in range(draw(st.integers(0, 2)))
    )
    return ArticleResult(
        id=article_id,
        title=draw(text),
        claims=draw(st.integers(0, 99)),
        rules=draw(st.integers(0, 99)),
        findings=findings,
        derived=derived,
        claims_file=draw(st.none() | short),
        rules_file=draw(st.none() | short),
        draft=draw(st.none() | _view(["verified", "changed", "unverified"])),
        quotes={claim: draw(text) for claim in claims},
        byline=draw(st.none() | text),
        date=draw(st.none() | short),
        url=draw(st.none() | text),
        text=draw(st.none() | _view(["pass", "fail", "warn", "error", "unchecked", "unverified"])),
    )


reports = st.lists(_article(), max_size=3).map(lambda articles: Report(tuple(articles)))


def _render(fmt: str, report: Report, *, color: bool = False) -> str:
    formatter = formatter_class(fmt)(quiet=False, color=color, width=100)
    buffer = io.StringIO()
    formatter.emit(report, buffer)
    return buffer.getvalue()


def _problems(report: Report) -> list[Finding]:
    return [f for f in report.findings if f.status is not Status.PASS]


@FUZZ
@given(reports)
def test_json_reads_back_with_every_string_shown(report: Report) -> None:
    data = json.loads(_render("json", report))
    assert [f["message"] for f in data["findings"]] == [visible(f.message) for f in report.findings]
    assert [f["id"] for f in data["findings"]] == [visible(f.id) for f in report.findings]
    assert not CONTROL.search(json.dumps(data, ensure_ascii=False))


@FUZZ
@given(reports)
def test_sarif_reads_back_one_result_per_problem(report: Report) -> None:
    log = json.loads(_render("sarif", report))
    (run,) = log["runs"]
    assert len(run["results"]) == len(_problems(report))
    for result, finding in zip(run["results"], _problems(report), strict=True):
        parts = (finding.message, finding.detail, finding.explain)
        assert result["message"]["text"] == "\n".join(visible(part) for part in parts if part)


@FUZZ
@given(reports)
def test_claimreview_is_json_that_no_script_element_can_end(report: Report) -> None:
    out = _render("claimreview", report)
    assert not re.search("[<>&\u2028\u2029]", out)
    reviews = json.loads(out)
    assert all(review["@type"] == "ClaimReview" for review in reviews)
    quotes = {visible(q) for article in report.articles for q in article.quotes.values()}
    assert {review["claimReviewed"] for review in reviews} <= quotes


@FUZZ
@given(reports)
def test_junit_is_well_formed_xml_with_one_case_per_finding(report: Report) -> None:
    root = ET.fromstring(_render("junit", report))
    cases = root.findall("./testsuite/testcase")
    assert [case.get("name") for case in cases] == [visible(f.id) for f in report.findings]
    assert [suite.get("name") for suite in root.findall("./testsuite")] == [visible(a.id) for a in report.articles]


_COMMAND = re.compile(r"^::(error|warning) ((?:[a-z]+=[^,:]*)(?:,[a-z]+=[^,:]*)*)::(.*)$")


def _unescape(value: str) -> str:
    return value.replace("%0D", "\r").replace("%0A", "\n").replace("%3A", ":").replace("%2C", ",").replace("%25", "%")


@FUZZ
@given(reports)
def test_github_output_is_one_workflow_command_per_problem(report: Report) -> None:
    lines = _render("github", report).splitlines()
    commands = [_COMMAND.match(line) for line in lines[:-1]]
    assert all(commands), lines
    assert lines[-1].startswith("factcheck: ")
    assert len(commands) == len(_problems(report))
    for match, finding in zip(commands, _problems(report), strict=True):
        assert match is not None
        fields = dict(item.split("=", 1) for item in match.group(2).split(","))
        assert set(fields) <= {"file", "line", "col", "title"} and fields["line"].isdigit()
        assert _unescape(fields["title"]) == escape_controls(visible(finding.id))
        message = _unescape(match.group(3))
        assert not CONTROL.search(message.replace("\n", ""))
        if not finding.explain and not finding.detail and finding.kind is not Kind.RULE:
            assert escape_controls(visible(finding.message)) in message


_OURS = re.compile(r"^(<br>|</?sub>|<details><summary>\d+ passing</summary>|</details>)$")


@FUZZ
@given(reports)
def test_markdown_tables_keep_their_shape_and_hold_no_foreign_html(report: Report) -> None:
    tokens = MarkdownIt("commonmark").enable(["table", "strikethrough"]).parse(_render("markdown", report))
    inline = [child for token in tokens if token.children for child in token.children]
    html = [t.content.strip() for t in inline if t.type == "html_inline"]
    html += [line.strip() for t in tokens if t.type == "html_block" for line in t.content.splitlines() if line.strip()]
    assert all(_OURS.match(h) for h in html), html
    assert not [t.type for t in inline if t.type in ("link_open", "image", "strong_open", "em_open", "s_open")]
    body_rows: list[int] = []
    in_body = False
    for token in tokens:
        if token.type == "tbody_open":
            in_body = True
        elif token.type == "tbody_close":
            in_body = False
        elif token.type == "tr_open" and in_body:
            body_rows.append(0)
        elif token.type == "td_open" and in_body:
            body_rows[-1] += 1
    assert body_rows == [5] * len(report.findings)
    headings = [t for t in tokens if t.type == "heading_open"]
    assert len(headings) == 1 + len(report.articles)


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.text: list[str] = []
        self.rows = 0
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.links.extend(str(value) for name, value in attrs if name in ("href", "src", "action"))
        if tag == "tr" and dict(attrs).get("class") in {s.value for s in Status}:
            self.rows += 1

    def handle_data(self, data: str) -> None:
        self.text.append(data)


ALLOWED = {"html", "head", "meta", "title", "style", "body", "h1", "h2", "h3", "p", "small", "code"}
ALLOWED |= {"table", "thead", "tbody", "tr", "th", "td", "div", "mark", "span", "details", "summary", "section", "a"}


@FUZZ
@given(reports)
def test_html_dom_holds_only_factchecks_own_elements(report: Report) -> None:
    out = _render("html", report)
    page = _Page()
    page.feed(out)
    page.close()
    assert set(page.tags) <= ALLOWED, set(page.tags) - ALLOWED
    assert all(link.startswith("#") for link in page.links), page.links  # links within the page only
    assert page.rows == len(report.findings)
    shown = "".join(page.text)
    assert not CONTROL.search(shown)
    for article in report.articles:
        assert " ".join(visible(article.title).split()) in " ".join(shown.split())


@FUZZ
@given(reports, st.booleans())
def test_rich_report_sends_no_control_sequence_of_its_input_to_the_terminal(report: Report, color: bool) -> None:
    out = _render("rich", report, color=color)
    plain = SGR.sub("", out) if color else out
    assert not CONTROL.search(plain), repr(CONTROL.findall(plain))


@FUZZ
@given(reports, st.sampled_from(list(REPORT_FORMATS)))
def test_every_format_recognises_its_own_report_and_no_other(report: Report, fmt: str) -> None:
    out = _render(fmt, report)
    for other in REPORT_FORMATS:
        owns: Any = formatter_class(other).owns_report
        # The summary line alone (a text report where nothing failed) is as much a rich report: either owns it.
        alone = {fmt, other} == {"rich", "text"} and summary_line(report) == " ".join(out.split())
        assert owns(out) == (other == fmt) or alone, (fmt, other)
