"""Relations found in development texts written in real-report phrasing (tests/extract/prose/).

Each ``NAME.txt`` has a ``NAME.expected.yaml``: the relations a careful fact-checker would verify (pattern,
the figures as written, whether it holds) and the traps (figure groups that must never be related).  The test
prints recall, the alarms' precision and the planted errors found, and holds each to its floor.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from factcheck.engine import check
from factcheck.extract import extract
from factcheck.extract.article import to_article
from factcheck.findings import Status

PROSE = sorted((Path(__file__).parent / "prose").glob("*.txt"))
FLOOR_FOUND = 127


def _measure(path: Path) -> dict[str, Any]:
    key = yaml.safe_load(path.with_suffix(".expected.yaml").read_text("utf-8"))
    extraction = extract(path.read_text("utf-8"), "prose")
    (result,) = check([to_article(extraction, path.name)], lenient=True).articles
    status = {f.id: f for f in result.findings}
    # A figure is named by its text as written ("48,310 crimes") or by its number alone ("48,310").
    proposals = [
        (s, {t for f in s.figures for t in (f.text.strip(), f.text.split()[0])}, status.get(s.id))
        for s in extraction.suggestions
        if s.check
    ]
    found = planted = caught = 0
    matched_alarms: set[str] = set()
    missing = []
    for relation in key["relations"]:
        wanted = set(relation["figures"])
        hits = [(s, finding) for s, texts, finding in proposals if s.pattern == relation["pattern"] and wanted <= texts]
        found += bool(hits)
        if not hits:
            missing.append(relation)
        if not relation["holds"]:
            planted += 1
            raised = [s for s, finding in hits if finding is not None and finding.status in (Status.FAIL, Status.WARN)]
            caught += bool(raised)
            matched_alarms.update(s.id for s in raised)
    alarms = {f.id for f in result.findings if f.status in (Status.FAIL, Status.ERROR)}
    false_alarms = sorted(alarms - matched_alarms)
    crossed = [
        (trap, s.id) for trap in key.get("traps", []) for s, texts, _ in proposals if len(set(trap) & texts) >= 2
    ]
    return {
        "relations": len(key["relations"]),
        "found": found,
        "planted": planted,
        "caught": caught,
        "alarms": len(alarms),
        "false_alarms": false_alarms,
        "crossed": crossed,
        "missing": missing,
    }


def test_prose_relations(capsys: pytest.CaptureFixture[str]) -> None:
    totals = {"relations": 0, "found": 0, "planted": 0, "caught": 0, "alarms": 0}
    false_alarms: list[str] = []
    crossed: list[object] = []
    missing: list[tuple[str, dict[str, Any]]] = []
    for path in PROSE:
        measured = _measure(path)
        for name in totals:
            totals[name] += measured[name]
        false_alarms += [f"{path.name}: {a}" for a in measured["false_alarms"]]
        crossed += [(path.name, c) for c in measured["crossed"]]
        missing += [(path.name, m) for m in measured["missing"]]
    true_alarms = totals["alarms"] - len(false_alarms)
    with capsys.disabled():
        print(
            f"\nextract on tests/extract/prose: recall {totals['found']}/{totals['relations']}, "
            f"alarms {true_alarms}/{totals['alarms']} true, planted errors found {totals['caught']}/{totals['planted']}"
        )
        for name, relation in missing:
            print(f"  not proposed: {name}: {relation['pattern']} {relation['figures']}")
    assert false_alarms == []
    assert crossed == []
    assert totals["caught"] == totals["planted"]
    # A floor that only ratchets: the relations proposed when the development texts were last measured.
    assert totals["found"] >= FLOOR_FOUND, missing
