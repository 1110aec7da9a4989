"""Issue #16's test: every command under LANG=zh_CN.UTF-8 leaves no English for people to read.

All commands run in one interpreter (click's test runner, the locale set before factcheck is imported), on a
copy of the bundled project with one figure changed so that the reports show failures, passes, gaps and
quotes.  What is checked in each output is the text meant for people; what machines read (JSON keys, ids,
SARIF rule ids, attribute values, YAML keys) is left out by reading the format, never by skipping a line.
``tests/i18n/english.py`` says exactly which tokens may stay Latin.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from typing import Any

import pytest
import yaml

from factcheck.expr import FUNCTIONS
from factcheck.loader import load
from factcheck.textwidth import display_width
from tests.helpers import ROOT
from tests.i18n.english import english_left

ARTICLE = "articles/jincheng-politics-law-2016-2020.txt"
CLAIMS = "claims/jincheng-politics-law-2016-2020.yaml"
REPORT_FORMATS = ("rich", "text", "markdown", "html", "junit", "sarif", "github", "json", "claimreview")
WIDTHS = (40, 60, 80, 120, 200)

RUNS = """
import json, os, sys
from click.testing import CliRunner
from factcheck.cli import cli

results = {}
for name, argv, columns in json.loads(sys.argv[1]):
    os.environ["COLUMNS"] = str(columns)
    result = CliRunner().invoke(cli, argv, prog_name="factcheck")
    results[name] = {"out": result.stdout, "err": result.stderr, "code": result.exit_code}
print(json.dumps(results))
"""


def commands() -> list[tuple[str, list[str], int]]:
    runs: list[tuple[str, list[str], int]] = []
    for fmt in REPORT_FORMATS:
        runs.append((f"check {fmt}", ["check", "--format", fmt], 80))
    for width in WIDTHS:
        runs.append((f"check rich {width}", ["check", "--format", "rich"], width))
        runs.append((f"draft rich {width}", ["draft", "draft.txt", "--claims", CLAIMS, "--format", "rich"], width))
        runs.append((f"scan rich {width}", ["scan", ARTICLE, "--format", "rich", "--verbose"], width))
    for fmt in ("markdown", "html", "junit", "sarif", "github", "json"):
        runs.append((f"draft {fmt}", ["draft", "draft.txt", "--claims", CLAIMS, "--format", fmt], 80))
        runs.append((f"scan {fmt}", ["scan", ARTICLE, "--format", fmt, "--verbose"], 80))
    runs += [
        ("draft text", ["draft", "draft.txt", "--claims", CLAIMS, "--format", "text"], 80),
        ("scan text", ["scan", ARTICLE, "--format", "text", "--verbose"], 80),
        ("extract", ["extract", ARTICLE], 80),
        ("quantity", ["quantity", "15万多件", "29.2%", "98%以上", "约5000件", "超过15000人次", "十万多件"], 80),
        ("quantity json", ["quantity", "--format", "json", "15万多件", "29.2%"], 80),
        ("quantity error", ["quantity", "1.2.3"], 80),
        ("quantity find", ["quantity", "--find", "全市共打掉涉黑涉恶犯罪团伙121个，其中涉黑性质组织13个"], 80),
        ("schema claims", ["schema", "claims"], 80),
        ("schema rules", ["schema", "rules"], 80),
        ("schema report", ["schema", "report"], 80),
        ("init", ["init", "new-project"], 80),
        ("init again", ["init", "new-project"], 80),
        ("check missing file", ["check", "no-such-claims.yaml"], 80),
        ("usage error", ["check", "--format", "pdf"], 80),
        ("bad claims and rules", ["check", "bad"], 80),
        ("bad yaml", ["check", "bad-yaml/claims.yaml"], 80),
        ("bad config", ["check", "--config", "bad-config.yaml"], 80),
        ("switched off", ["check", "--config", "switch.yaml", "--format", "text"], 80),
        ("write baseline", ["check", "--write-baseline", "--baseline", "known.json"], 80),
        ("check baseline", ["check", "--baseline", "known.json", "--format", "rich"], 120),
        ("output written", ["check", "--format", "markdown", "--output", "report.md"], 80),
        ("output refused", ["check", "--format", "text", "--output", "notes.md"], 80),
        ("extract over claims", ["extract", ARTICLE, "-o", "."], 80),
        ("scan missing file", ["scan", "no-such-article.txt"], 80),
        ("init on a file", ["init", "notes.md"], 80),
        ("jobs usage error", ["check", "--jobs", "many"], 80),
        ("output a folder", ["check", "--output", "claims"], 80),
    ]
    for command in ("", "quantity", "check", "draft", "extract", "scan", "schema", "init"):
        runs.append((f"{command} --help".strip(), [*command.split(), "--help"], 80))
    return runs


@pytest.fixture(scope="module")
def outputs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    """Every run's stdout, stderr and exit code, from one interpreter under LANG=zh_CN.UTF-8."""
    project = tmp_path_factory.mktemp("project")
    for name in ("claims", "rules", "articles"):
        shutil.copytree(ROOT / name, project / name)
    # one slip in the article and its claim: 13 gangs become 15, so gang-breakdown fails (off by 2)
    for path in (project / ARTICLE, project / CLAIMS):
        path.write_text(path.read_text("utf-8").replace("涉黑性质组织13个", "涉黑性质组织15个"), "utf-8")
    # the draft: digits swapped in one figure, and a figure no claim covers
    draft = (ROOT / ARTICLE).read_text("utf-8").replace("涉恶犯罪集团73个", "涉恶犯罪集团37个")
    (project / "draft.txt").write_text(draft + "\n另据统计，全年共接待群众来访3200人次。\n", "utf-8")
    for name, text in BAD_FILES.items():
        (project / name).parent.mkdir(parents=True, exist_ok=True)
        (project / name).write_text(text, "utf-8")
    (project / "notes.md").write_text("# 编辑部笔记\n\n不是 factcheck 的报告。\n", "utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANGUAGE", "GITHUB_ACTIONS")}
    env.update(LANG="zh_CN.UTF-8", PYTHONPATH=os.pathsep.join([str(ROOT / "src"), str(ROOT)]))
    run = subprocess.run(
        [sys.executable, "-c", RUNS, json.dumps(commands())],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=project,
        check=True,
    )
    results: dict[str, dict[str, Any]] = json.loads(run.stdout)
    return results


# Files a user got wrong: a claims file and a rules file with a mistake on almost every line, a file that is
# not YAML, a configuration with wrong settings, and one that switches a rule off.
BAD_FILES = {
    "bad/claims/bad.yaml": """\
article:
  id: bad-article
  title: 写错的文件
  text: ../../articles/none.txt
  colour: red
claims:
  gangs.total:
    quote: 全市共打掉涉黑涉恶犯罪团伙121个
    valu: 121
  Bad-Id:
    quote: ""
  gangs.black:
    quote: 其中涉黑性质组织13个，涉恶犯罪集团73个
  gangs.range:
    quote: 其中涉黑性质组织13个
    value: {min: 20, max: 10}
""",
    "bad/rules/bad.yaml": """\
article: bad-article
rules:
  - id: Bad_Rule!
    check: gangs.total == gangs.blak + 1
    severity: fatal
  - id: nested
    check: ((gangs.total + 1)
  - id: nested
    check: gangs.total = 1
""",
    "bad-yaml/claims.yaml": "article:\n  id: y\n title: x\n",
    "bad-config.yaml": "fail-on: sometimes\nhedges:\n  approx-k: -1\nrules: {quote-in-article: maybe}\ncolor: 1\n",
    "switch.yaml": "rules:\n  gang-breakdown: off\n",
}


def written_by_user() -> set[str]:
    """The keys and values of the files above, which a message may quote back as the user wrote them."""
    found: set[str] = set()

    def walk(data: Any) -> None:
        if isinstance(data, dict):
            for key, value in data.items():
                found.add(str(key))
                walk(value)
        elif isinstance(data, list):
            for value in data:
                walk(value)
        elif isinstance(data, str):
            found.update(data.replace("(", " ").replace(")", " ").split())

    for text in BAD_FILES.values():
        try:
            walk(yaml.safe_load(text))
        except yaml.YAMLError:
            continue
    return found


def vocabulary(extracted: str) -> set[str]:
    """What stays as written: the project's ids (and those extract and scan made for the article), the rule
    language's words, command names and option values."""
    from factcheck.cli import cli
    from factcheck.i18n import LANGUAGES

    (article,) = load([ROOT / "claims", ROOT / "rules"])
    words = {article.id, *(c.id for c in article.claims), *(r.id for r in article.rules)}
    words |= {d.id for d in article.derived}
    for document in extracted_files(extracted):
        article_id = document["article"]
        words.add(article_id["id"] if isinstance(article_id, dict) else article_id)
        words |= set(document.get("claims", {}))
        words |= {rule["id"] for rule in document.get("rules", [])}
        words |= set(document.get("derive", {}))
    words |= {
        str(path.relative_to(ROOT)) for name in ("claims", "rules", "articles") for path in (ROOT / name).iterdir()
    }
    words |= {*FUNCTIONS, "and", "or", "not", "pp"}  # the rule language, and percentage points as a unit
    words |= set(cli.commands) | set(LANGUAGES)
    for command in cli.commands.values():
        for param in command.params:
            words.update(getattr(param.type, "choices", ()))
    return words


HUMAN_KEYS = {"message", "detail", "explain", "text", "description", "title", "alternateName", "ratingExplanation"}


def human_json(data: Any, key: str = "") -> list[str]:
    """The strings of a JSON document that people read (messages, descriptions), never its keys or ids."""
    if isinstance(data, dict):
        return [text for name, value in data.items() for text in human_json(value, name)]
    if isinstance(data, list):
        return [text for value in data for text in human_json(value, key)]
    return [data] if isinstance(data, str) and key in HUMAN_KEYS else []


class _HtmlText(HTMLParser):
    """The page's text nodes outside <code> (ids, expressions), <style> and <script>."""

    def __init__(self) -> None:
        super().__init__()
        self.texts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("code", "style", "script"):
            self.skip += 1
        self.texts.extend(value for name, value in attrs if name == "title" and value)  # tooltips are read too

    def handle_endtag(self, tag: str) -> None:
        if tag in ("code", "style", "script"):
            self.skip -= 1

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.texts.append(data)


def human_text(name: str, out: str) -> str:
    """The part of a command's output meant for people, by reading its format."""
    command, *rest = name.split()
    fmt = rest[0] if command in ("check", "draft", "scan") and rest else None
    if fmt in ("json", "sarif", "claimreview") or name in ("quantity json", "schema claims", "schema rules"):
        return "\n".join(human_json(json.loads(out)))
    if fmt == "junit":
        root = ET.fromstring(out)
        texts = [e.text or "" for e in root.iter() if e.tag in ("failure", "error", "system-out")]
        texts += [e.get("message", "") for e in root.iter() if e.tag in ("failure", "error")]
        return "\n".join(texts)
    if fmt == "html":
        parser = _HtmlText()
        parser.feed(out)
        return "\n".join(parser.texts)
    if fmt == "markdown":  # code spans (ids, expressions, file:line) and HTML tags (<br>, <details>) are markup
        return re.sub(r"<[^>]+>", " ", re.sub(r"`[^`]*`", " ", out))
    if fmt == "github":  # ::error file=…,line=…,title=<id>::<message>
        return "\n".join(line.split("::", 2)[-1] for line in out.splitlines())
    if fmt == "text" or name in ("draft text", "scan text"):
        # file:line:col: error|warning id: message -- the first three are the syntax editors and CI parse
        return "\n".join(re.sub(r"^\S+:\d+:\d+: (?:error|warning) \S+: ", "", line) for line in out.splitlines())
    if name == "extract":  # YAML: keys and ids stay; comments and the text of explain:/note: are for people
        comments = [
            line.split("#", 1)[1]
            for line in out.splitlines()
            if "#" in line and "yaml-language-server: $schema=" not in line  # the editor's modeline is syntax
        ]
        return "\n".join(comments + human_yaml(extracted_files(out)))
    if name == "init":  # the indented lines are pre-commit and CI configuration to copy: only their comments
        return "\n".join(
            line.split(" # ", 1)[1] if " # " in line else "" if line[:2] == "  " else line for line in out.splitlines()
        )
    return out


def extracted_files(out: str) -> list[Any]:
    """The claims and rules files extract prints, each under a ``# --- path`` line."""
    parts = re.split(r"^# --- .*$", out, flags=re.MULTILINE)
    return [yaml.safe_load(part) for part in parts if part.strip()]


def human_yaml(data: Any, key: str = "") -> list[str]:
    if isinstance(data, dict):
        return [text for name, value in data.items() for text in human_yaml(value, str(name))]
    if isinstance(data, list):
        return [text for value in data for text in human_yaml(value, key)]
    return [data] if isinstance(data, str) and key in ("explain", "note") else []


# Machine formats whose only text is the machine contract itself (factcheck.report/1 is read by tools).
MACHINE_ONLY = {"schema report"}


def test_every_command_ran(outputs: dict[str, dict[str, Any]]) -> None:
    codes = {name: result["code"] for name, result in outputs.items()}
    assert not [result["err"] for result in outputs.values() if "Traceback" in result["err"]]
    assert codes["check rich"] == 1 and codes["draft rich 80"] == 1  # the slip fails, as it should
    assert codes["check missing file"] == 2 and codes["usage error"] == 2 and codes["init again"] == 2
    assert codes["quantity error"] == 2
    bad = ["bad claims and rules", "bad yaml", "bad config", "output refused", "extract over claims", "init on a file"]
    bad += ["jobs usage error", "output a folder"]
    assert {name: codes[name] for name in (*bad, "scan missing file")} == dict.fromkeys((*bad, "scan missing file"), 2)
    assert codes["write baseline"] == 0 and codes["check baseline"] == 0 and codes["switched off"] == 0
    # every mistake in the bad files is reported, each on its own line
    assert len(outputs["bad claims and rules"]["err"].splitlines()) == 11
    ok = ("extract", "quantity", "quantity json", "quantity find", "schema claims", "schema rules", "init")
    ran = {name: codes[name] for name in ok}
    assert set(ran.values()) == {0}, ran


@pytest.mark.parametrize(
    ("name", "argv"),
    [pytest.param(name, argv) for name, argv, _columns in commands() if name not in MACHINE_ONLY],
)
def test_no_english_left_for_people(outputs: dict[str, dict[str, Any]], name: str, argv: list[str]) -> None:
    result = outputs[name]
    words = vocabulary(outputs["extract"]["out"]) | set(argv) | written_by_user()  # may be quoted back
    left = english_left(human_text(name, result["out"]) + "\n" + result["err"], words)
    assert left == [], f"{name}: English left:\n" + "\n".join(left)


def test_the_report_is_chinese(outputs: dict[str, dict[str, Any]]) -> None:
    report = outputs["check rich 120"]["out"]
    assert "规则 · 代入数字后的核查 · 结论" in report
    assert "15 + 73 + 35 = 123，文中为121：差2" in report
    assert "gang-breakdown  不成立" in report and "校验通过" in report and "在精度范围内一致" in report
    assert "1篇文章，65项数据，26条规则：25条通过（22条校验通过，3条在精度范围内一致），1条不成立" in report


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("command", ["check", "draft", "scan"])
def test_rich_reports_fit_and_their_tables_line_up_at_every_width(
    outputs: dict[str, dict[str, Any]], command: str, width: int
) -> None:
    # a table's rows all end at the same cell, whatever mix of Chinese and Latin they hold
    lines = outputs[f"{command} rich {width}"]["out"].splitlines()
    assert lines
    for line in lines:  # the draft view wraps its sentences by cells itself
        assert display_width(line) <= width, f"{line!r} is {display_width(line)} cells"
    tables: list[list[str]] = [[]]
    for line in lines:
        if line[:1] == "┏":
            tables.append([line])
        elif line and line[0] in "┃┡│└":
            tables[-1].append(line)
    tables = [table for table in tables if table]
    assert tables or command == "draft"  # the draft view is a list of sentences, not a table
    for table in tables:
        widths = {display_width(line) for line in table}
        assert len(widths) == 1, [(display_width(line), line) for line in table if display_width(line) != min(widths)][
            :3
        ]


def test_machine_formats_keep_their_keys_and_ids(outputs: dict[str, dict[str, Any]]) -> None:
    report = json.loads(outputs["check json"]["out"])
    finding = next(f for f in report["findings"] if f["id"] == "gang-breakdown")
    assert {"kind", "status", "severity", "message", "detail"} <= set(finding)
    assert (finding["kind"], finding["status"], finding["severity"]) == ("rule", "fail", "error")
    sarif = json.loads(outputs["check sarif"]["out"])
    (result,) = [r for r in sarif["runs"][0]["results"] if r["ruleId"] == "gang-breakdown"]
    assert result["level"] == "error" and result["properties"]["verdict"] == "fails"
    assert "差2" in result["message"]["text"]
    from factcheck.report_schema import report_schema_text

    assert outputs["schema report"]["out"] == report_schema_text()  # the contract tools read, in any language


@pytest.mark.parametrize("name", ["quantity", "quantity find"])
def test_the_quantity_columns_line_up_by_display_width(outputs: dict[str, dict[str, Any]], name: str) -> None:
    # 15万多件 is 5 characters but 8 cells wide: padded by characters, the arrows would not line up
    lines = outputs[name]["out"].splitlines()
    assert len(lines) >= 2
    arrows = {display_width(line[: line.index(" -> ")]) for line in lines}
    assert len(arrows) == 1, lines
