"""Every report format, each checked the way its consumer reads it."""

from __future__ import annotations

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

from factcheck.cli import cli
from factcheck.formatters import REPORT_FORMATS
from tests.helpers import DATA, ROOT

SCHEMAS = DATA / "schemas"
TEXT = (ROOT / "articles" / "jincheng-politics-law-2016-2020.txt").read_text("utf-8")


@pytest.fixture
def failing(project: Path) -> Path:
    """The bundled project with 13 edited to 15 in the article and its claim: one failing rule."""
    for path in (
        project / "claims" / "jincheng-politics-law-2016-2020.yaml",
        project / "articles" / "jincheng-politics-law-2016-2020.txt",
    ):
        path.write_text(path.read_text("utf-8").replace("涉黑性质组织13个", "涉黑性质组织15个"), "utf-8")
    return project


def run(*args: str, env: dict[str, str] | None = None) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args), env=env)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout


def test_junit_validates_against_the_jenkins_schema(failing: Path) -> None:
    code, out = run("check", "--format", "junit")
    assert code == 1
    schema = xmlschema.XMLSchema(SCHEMAS / "jenkins-junit.xsd")
    schema.validate(out)
    suites: Any = schema.to_dict(out)
    (suite,) = suites["testsuite"]
    assert (suite["@tests"], suite["@failures"]) == ("26", "1")
    (failed,) = [case for case in suite["testcase"] if "failure" in case]
    assert failed["@name"] == "gang-breakdown"
    assert "rules/jincheng-politics-law-2016-2020.yaml:19" in failed["failure"][0]["$"]


def test_sarif_validates_against_the_sarif_schema(failing: Path) -> None:
    code, out = run("check", "--format", "sarif")
    assert code == 1
    log = json.loads(out)
    schema = json.loads((SCHEMAS / "sarif-2.1.0.json").read_text("utf-8"))
    jsonschema.Draft202012Validator(schema).validate(log)
    run_ = log["runs"][0]
    rules = [rule["id"] for rule in run_["tool"]["driver"]["rules"]]
    assert "gang-breakdown" in rules and len(rules) == 26
    (result,) = run_["results"]
    assert rules[result["ruleIndex"]] == result["ruleId"] == "gang-breakdown"
    location = result["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "rules/jincheng-politics-law-2016-2020.yaml"
    assert location["region"]["startLine"] == 19


_COMMAND = re.compile(r"^::(error|warning) ((?:[a-z]+=[^,:]*)(?:,[a-z]+=[^,:]*)*)::(.*)$")


def _unescape(text: str) -> str:
    return text.replace("%0A", "\n").replace("%0D", "\r").replace("%3A", ":").replace("%2C", ",").replace("%25", "%")


def test_github_annotations_parse_as_workflow_commands(failing: Path) -> None:
    code, out = run("check", "--format", "github")
    assert code == 1
    commands = [line for line in out.splitlines() if line.startswith("::")]
    (command,) = commands
    match = _COMMAND.match(command)
    assert match, command
    level, properties, message = match.groups()
    fields = dict(item.split("=", 1) for item in properties.split(","))
    assert level == "error"
    # On the article's line where the rule's first figure stands; the rules file's line comes second.
    assert (fields["file"], fields["line"], fields["col"]) == (
        "articles/jincheng-politics-law-2016-2020.txt",
        "23",
        "107",
    )
    assert _unescape(fields["title"]) == "gang-breakdown"  # the level says error; the message says what is wrong
    lines = _unescape(message).splitlines()
    assert lines[0] == "15 + 73 + 35 = 123, stated 121: off by 2"
    assert lines[-1] == "rule: rules/jincheng-politics-law-2016-2020.yaml:19"
    assert len(set(lines)) == len(lines)


def test_github_is_chosen_under_github_actions_and_writes_a_job_summary(failing: Path) -> None:
    summary = failing / "summary.md"
    code, out = run("check", env={"GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": str(summary)})
    assert code == 1
    assert out.startswith("::error file=articles/jincheng-politics-law-2016-2020.txt,line=23")
    assert "| ❌ | `gang-breakdown` |" in summary.read_text("utf-8")


def test_markdown_is_a_well_formed_table(failing: Path) -> None:
    _, out = run("check", "--format", "markdown")
    rows = [line for line in out.splitlines() if line.startswith("|")]
    assert all(len(re.findall(r"(?<!\\)\|", row)) == 6 for row in rows), rows
    first = next(row for row in rows if row.startswith("| ❌"))
    assert "`gang-breakdown`" in first and "15 + 73 + 35 = 123, stated 121: off by 2" in first
    assert "<details><summary>25 passing</summary>" in out


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.external: list[str] = []
        self.rows: list[str] = []
        self.marks: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        for name in ("src", "href"):
            if values.get(name) and not str(values[name]).startswith("#"):  # anchors within the page are fine
                self.external.append(str(values[name]))
        if tag == "tr" and values.get("class"):
            self.rows.append(str(values["class"]))
        if tag == "mark":
            self.marks.append(str(values.get("class")))


def test_html_is_self_contained_with_failures_first(failing: Path) -> None:
    code, out = run("check", "--format", "html")
    assert code == 1
    page = _Page()
    page.feed(out)
    assert page.external == []  # no request of its own: no src, no href
    assert "@import" not in out and "url(" not in out
    assert page.rows[0] == "fail" and set(page.rows[1:]) == {"pass"}
    assert page.marks.count("fail") == 5  # the figures the failing rule rests on, in the article
    assert "15 + 73 + 35 = 123 == 121" in out


def test_claimreview_once_per_failing_claim_and_nothing_invented(failing: Path) -> None:
    _, out = run("check", "--format", "claimreview")
    reviews = json.loads(out)
    quotes = [r["claimReviewed"] for r in reviews]
    assert sorted(quotes) == sorted(
        {
            "其中涉黑性质组织15个",
            "涉恶犯罪集团73个",
            "涉恶犯罪团伙35个",
            "全市共打掉涉黑涉恶犯罪团伙121个,其中涉黑性质组织15个",
        }
    )
    for review in reviews:
        # Google's required ClaimReview properties, and schema.org types.
        assert (review["@context"], review["@type"]) == ("https://schema.org", "ClaimReview")
        assert review["reviewRating"]["@type"] == "Rating"
        assert review["reviewRating"]["alternateName"] == "Inconsistent: 15 + 73 + 35 = 123, stated 121: off by 2"
        assert review["itemReviewed"]["author"] == {"@type": "Person", "name": "郜晋龙"}
        assert "author" not in review and "url" not in review and "datePublished" not in review  # none given


@pytest.mark.parametrize("fmt", sorted(REPORT_FORMATS))
@pytest.mark.parametrize("command", ["check", "draft", "scan"])
def test_every_format_serves_every_report_command(failing: Path, fmt: str, command: str) -> None:
    args = {
        "check": ["check"],
        "draft": [
            "draft",
            "articles/jincheng-politics-law-2016-2020.txt",
            "--claims",
            "claims/jincheng-politics-law-2016-2020.yaml",
        ],
        "scan": ["scan", "articles/jincheng-politics-law-2016-2020.txt"],
    }[command]
    code, out = run(*args, "--format", fmt)
    assert code in (0, 1)
    assert out.strip()


def test_fail_on(failing: Path) -> None:
    assert run("check", "--fail-on", "never")[0] == 0
    rules = failing / "rules" / "jincheng-politics-law-2016-2020.yaml"
    rules.write_text(
        rules.read_text("utf-8").replace(
            "== sweep.gangs_total\n    explain: 涉黑", "<= sweep.gangs_total + 2\n    explain: 涉黑"
        ),
        "utf-8",
    )
    assert run("check")[0] == 0
    rules.write_text(
        rules.read_text("utf-8").replace(
            "check: 3000 <= procuratorate.all_cases", "check: 7000 <= procuratorate.all_cases"
        ),
        "utf-8",
    )
    assert run("check")[0] == 0  # a warning fails only with --fail-on warning
    assert run("check", "--fail-on", "warning")[0] == 1
    assert run("check", "--strict")[0] == 1


def _chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


@pytest.mark.skipif(_chromium() is None, reason="headless Chromium is not installed (Debian package: chromium)")
def test_html_in_a_real_browser_shows_failures_first(failing: Path, tmp_path: Path) -> None:
    run("check", "--format", "html", "--output", str(tmp_path / "report.html"))
    browser = _chromium()
    assert browser is not None
    flags = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        f"--user-data-dir={tmp_path / 'profile'}",
    ]
    page = (tmp_path / "report.html").as_uri()
    dom = subprocess.run(
        [browser, *flags, "--dump-dom", page], capture_output=True, text=True, timeout=120, check=True
    ).stdout
    rows = re.findall(r'<tr class="(\w+)"', dom)
    assert rows[0] == "fail" and rows.count("fail") == 1
    assert dom.index("gang-breakdown") < dom.index("gangs-summary-matches-body")
    assert "15 + 73 + 35 = 123, stated 121: off by 2" in dom
    shot = tmp_path / "report.png"
    subprocess.run(
        [browser, *flags, f"--screenshot={shot}", "--window-size=1200,900", page],
        capture_output=True,
        timeout=120,
        check=True,
    )
    assert shot.stat().st_size > 10_000  # a rendered page, not a blank one
