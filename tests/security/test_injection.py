"""Report injection: hostile titles, quotes and explanations are shown, never obeyed, in every format."""

from __future__ import annotations

import io
import json
import re
from html.parser import HTMLParser
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
import xmlschema
from markdown_it import MarkdownIt

from factcheck.app import CheckRequest, ReportOptions, run_check
from factcheck.formatters import REPORT_FORMATS
from tests.helpers import DATA
from tests.security.conftest import run

FORGED = "\x1b[2J\x1b[H\x1b[1;32mALL CHECKS PASSED\x1b[0m"
HOSTILE_CLAIMS = r"""
article:
  id: a
  title: "T\e[2J\e[H\e[1;32mALL CHECKS PASSED\e[0m\r\0"
claims:
  x.total:
    quote: "共有121个</script><script>alert(1)</script>"
    value: 121
  x.part:
    quote: "其中13个 | forged | cell |\n| ✅ | `fake` | row |"
"""
HOSTILE_RULES = r"""
article: a
rules:
  - id: part-exceeds-total
    check: x.part > x.total
    explain: "<img src=x onerror=alert(1)> [link](javascript:alert(1)) **bold** \u202eevil\r\n::error::forged\0 \x07"
"""


@pytest.fixture
def hostile(tiny: Path) -> Path:
    (tiny / "claims" / "a.yaml").write_text(HOSTILE_CLAIMS, "utf-8")
    (tiny / "rules" / "a.yaml").write_text(HOSTILE_RULES, "utf-8")
    return tiny


def _check(fmt: str) -> str:
    code, out, err = run("check", "--format", fmt)
    assert code == 1, err  # the hostile rule fails, and is reported
    return out


CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


@pytest.mark.parametrize("fmt", list(REPORT_FORMATS))
def test_no_format_passes_a_control_character_from_the_input(hostile: Path, fmt: str) -> None:
    out = _check(fmt)
    assert CONTROL.search(out) is None, repr(CONTROL.findall(out))


def test_rich_report_shows_escape_sequences_instead_of_clearing_the_terminal(hostile: Path) -> None:
    buffer = io.StringIO()
    outcome = run_check(CheckRequest((), ReportOptions(format="rich", color=True)), stdout=buffer)
    out = buffer.getvalue()
    assert outcome.exit_code == 1
    assert "\x1b[2J" not in out and "\x1b[H" not in out and "\r" not in out  # rich's own colours are fine
    assert "␛[2J␛[H␛[1;32mALL CHECKS PASSED␛[0m␍␀" in re.sub(r"\x1b\[[0-9;]*m", "", out)


def test_github_annotations_cannot_forge_a_workflow_command(hostile: Path) -> None:
    out = _check("github")
    lines = out.splitlines()
    commands = [line for line in lines if line.startswith("::")]
    assert len(commands) == 1 and commands[0].startswith("::error file=rules/a.yaml,line=4")
    assert all(line.startswith(("::error ", "factcheck: ")) for line in lines), lines
    assert "�evil␍\\x0a::error::forged␀ ␇" in out  # shown, on the one line of the one command


def test_markdown_report_shows_html_links_and_table_syntax_as_text(hostile: Path) -> None:
    out = _check("markdown")
    tokens = MarkdownIt("commonmark").enable(["table", "strikethrough"]).parse(out)
    inline = [child for token in tokens if token.children for child in token.children]
    html = {t.content for t in inline if t.type == "html_inline"} | {
        t.content for t in tokens if t.type == "html_block"
    }
    ours = {"<br>", "<sub>", "</sub>", "<details><summary>0 passing</summary>", "</details>"}
    assert all(h.strip() in ours or h.startswith("<details>") for h in html), html
    assert not [t for t in inline if t.type in ("link_open", "image", "strong_open", "em_open", "s_open")]
    rows = [t for t in tokens if t.type == "tr_open"]
    cells = [t for t in tokens if t.type == "td_open"]
    assert len(rows) == 2 and len(cells) == 5  # the header and the one failing rule; no forged row or cell
    text = "".join(t.content for t in inline if t.type in ("text", "code_inline"))
    assert "<img src=x onerror=alert(1)>" in text and "[link](javascript:alert(1))" in text


def test_markdown_job_summary_is_escaped_too(hostile: Path) -> None:
    summary = hostile / "summary.md"
    code, _, _ = run("check", env={"GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": str(summary)})
    assert code == 1
    written = summary.read_text("utf-8")
    assert r"\<img src=x onerror=alert(1)\>" in written
    assert "<img" not in written.replace(r"\<img", "")


def test_junit_stays_well_formed_xml_with_control_characters_in_the_input(hostile: Path) -> None:
    out = _check("junit")
    root = ET.fromstring(out)  # NUL, ESC and BEL would make this raise
    xmlschema.XMLSchema(DATA / "schemas" / "jenkins-junit.xsd").validate(out)
    title = root.find("./testsuite/properties/property[@name='title']")
    assert title is not None and title.get("value") == "T␛[2J␛[H␛[1;32mALL CHECKS PASSED␛[0m␍␀"


def test_claimreview_json_cannot_close_the_script_element_it_is_pasted_into(hostile: Path) -> None:
    out = _check("claimreview")
    assert "<" not in out and ">" not in out and "&" not in out
    reviews = json.loads(out)
    quotes = {review["claimReviewed"] for review in reviews}
    assert "共有121个</script><script>alert(1)</script>" in quotes


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def test_html_report_shows_markup_from_the_input_as_text(hostile: Path) -> None:
    out = _check("html")
    page = _Tags()
    page.feed(out)
    assert "script" not in page.tags and "img" not in page.tags
    text = "".join(page.text)
    assert "<img src=x onerror=alert(1)>" in text and "ALL CHECKS PASSED␛[0m␍␀" in text


def test_error_messages_show_control_characters_in_what_the_user_wrote(tiny: Path) -> None:
    code, _, err = run("check", "claims/\x1b[2Jevil.yaml")
    assert code == 2
    assert "\x1b" not in err and "claims/␛[2Jevil.yaml:1:1: no such file or folder" in err


def test_rich_report_shows_markup_in_the_input_as_text() -> None:
    from factcheck.findings import ArticleResult, DerivedValue, Report
    from factcheck.formatters.rich import RichFormatter

    derived = DerivedValue("a", "x.y", "x.total / [bold]", None, "?", "unit mismatch: [/] + [red]件")
    report = Report((ArticleResult("a", "[/] title", 1, 0, (), (derived,)),))
    buffer = io.StringIO()
    RichFormatter(color=False).emit(report, buffer)  # '[/]' was parsed as markup, and raised
    out = " ".join(buffer.getvalue().split())
    assert "[/] title" in out and "? (unit mismatch: [/] + [red]件)" in out
