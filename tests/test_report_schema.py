"""``factcheck schema report``: every JSON report the commands write validates against it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from click.testing import CliRunner

from factcheck.cli import cli
from factcheck.report_schema import report_schema, report_schema_text
from tests.helpers import ROOT

CLAIMS = "claims/jincheng-politics-law-2016-2020.yaml"
ARTICLE = "articles/jincheng-politics-law-2016-2020.txt"


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout


def validate(report: Any) -> None:
    validator = jsonschema.Draft202012Validator(report_schema(strict=True))
    errors = sorted(validator.iter_errors(report), key=lambda e: list(e.path))
    assert not errors, [f"{list(e.path)}: {e.message}" for e in errors[:5]]


def test_the_schema_is_valid_and_printed_by_the_command() -> None:
    jsonschema.Draft202012Validator.check_schema(report_schema())
    jsonschema.Draft202012Validator.check_schema(report_schema(strict=True))
    code, out = run("schema", "report")
    assert code == 0 and out == report_schema_text()
    assert (ROOT / "schemas" / "report.schema.json").read_text("utf-8") == out


def _edit(path: Path, old: str, new: str) -> None:
    path.write_text(path.read_text("utf-8").replace(old, new), "utf-8")


@pytest.mark.parametrize("state", ["clean", "failing", "switched-off", "baseline"])
def test_every_check_report_validates(project: Path, state: str) -> None:
    if state != "clean":
        _edit(project / ARTICLE, "涉黑性质组织13个", "涉黑性质组织15个")
        _edit(project / CLAIMS, "value: 1121", "value: 1112")
    if state == "switched-off":
        (project / "factcheck.yaml").write_text("rules: {gang-breakdown: off}\n", "utf-8")
        _edit(
            project / CLAIMS, "  sweep.gangs_total:\n", "  sweep.gangs_total:\n    disable: {quote-in-article: why}\n"
        )
    args = ["check", "--format", "json"]
    if state == "baseline":
        run("check", "--baseline", "b.json", "--write-baseline")
        _edit(project / ARTICLE, "涉黑性质组织15个", "涉黑性质组织13个")
        args += ["--baseline", "b.json"]
    _, out = run(*args)
    report = json.loads(out)
    validate(report)
    assert ("disabled" in report) is (state == "switched-off")
    assert ("baseline" in report) is (state == "baseline")


def test_draft_and_scan_reports_validate(project: Path) -> None:
    draft = project / "draft.txt"
    text = (project / ARTICLE).read_text("utf-8")
    draft.write_text(text.replace("1759起", "1795起") + "\n新增律师事务所12家。\n", "utf-8")
    _, out = run("draft", str(draft), "--claims", CLAIMS, "--format", "json")
    report = json.loads(out)
    validate(report)
    assert {"changed", "unverified"} <= {f["kind"] for f in report["findings"]}
    _, out = run("scan", str(ROOT / "tests" / "corpus" / "zh02-mediation-parts.txt"), "--format", "json")
    validate(json.loads(out))


def test_unknown_keys_are_refused() -> None:
    """The tests' schema is strict: a field added to the report must be added to the schema too; the printed
    one lets tools read reports of later versions that add keys."""
    counts = dict.fromkeys(("articles", "claims", "rules", "pass", "fail", "warn", "error"), 0)
    report: dict[str, Any] = {"schema": "factcheck.report/1", "summary": counts}
    validate({**report, "findings": []})
    with pytest.raises(AssertionError):
        validate({**report, "findings": [], "extra": 1})
    jsonschema.validate({**report, "findings": [], "extra": 1}, report_schema())
