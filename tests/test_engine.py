"""Verdicts: each folder under tests/cases/positive/ loads cleanly and gives the findings in expected.yaml."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from factcheck.engine import check
from factcheck.findings import Status
from factcheck.loader import load
from tests.helpers import ROOT

POSITIVE = sorted((ROOT / "tests" / "cases" / "positive").iterdir())


@pytest.mark.parametrize("case", POSITIVE, ids=lambda p: p.name)
def test_positive_case_gives_expected_findings(case: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(case)
    expected: dict[str, dict[str, Any]] = yaml.safe_load((case / "expected.yaml").read_text("utf-8"))
    report = check(load(_inputs(case)))
    got = {f.id: f for f in report.findings}
    not_passing = {f.id for f in report.findings if f.status is not Status.PASS}
    assert not_passing <= set(expected), f"unexpected findings: {not_passing - set(expected)}"
    for finding_id, want in expected.items():
        assert finding_id in got, f"no finding {finding_id}"
        finding = got[finding_id]
        assert finding.status.value == want["status"], (finding_id, finding.message)
        if "exact" in want:
            assert finding.exact is want["exact"], finding_id
        if "message" in want:
            assert finding.message.startswith(want["message"]), (finding_id, finding.message)
        if "detail" in want:
            assert finding.detail == want["detail"], finding_id


def _inputs(case: Path) -> list[Path]:
    return [path.relative_to(case) for path in sorted(case.glob("*.yaml")) if path.name != "expected.yaml"]


def test_findings_name_the_rule_file_and_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT / "tests" / "cases" / "positive" / "verdicts")
    fails = next(f for f in check(load(_inputs(Path.cwd()))).findings if f.id == "fails")
    assert (fails.file, fails.line) == ("rules.yaml", 9)
    assert fails.claims == ("gangs.mafia", "gangs.groups", "gangs.total")


def test_derived_values_are_reported_with_their_ranges(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT / "tests" / "cases" / "positive" / "verdicts")
    (article,) = check(load(_inputs(Path.cwd()))).articles
    (derived,) = article.derived
    assert (derived.id, derived.display) == ("cases.all", "6,496–6,518")


def test_bundled_article_has_no_failure_and_states_its_rules() -> None:
    report = check(load([ROOT / "claims", ROOT / "rules"]))
    summary = report.summary
    assert (summary.failed, summary.errors) == (0, 0)
    assert summary.rules >= 20
    breakdown = next(f for f in report.findings if f.id == "gang-breakdown")
    assert breakdown.message == "13 + 73 + 35 = 121 == 121"
    assert breakdown.exact
