"""Agreement with other number-reading projects' test vectors, per suite and scope (see tests/quantity/peers.py)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.quantity.peers import agreement, agrees, load, report

VECTORS = load()


def test_agreement_per_suite_and_scope(capsys: pytest.CaptureFixture[str]) -> None:
    rows = agreement(VECTORS)
    with capsys.disabled():
        print("\npeer agreement (agreeing/total)\n" + report(VECTORS))
    for scope, goal in (("core", 0.97), ("extended", 0.85)):
        agreed = sum(ok for (_suite, sc), (ok, _n) in rows.items() if sc == scope)
        total = sum(n for (_suite, sc), (_ok, n) in rows.items() if sc == scope)
        assert agreed / total >= goal, f"{scope}: {agreed}/{total}"


@pytest.mark.parametrize("vector", VECTORS, ids=lambda v: f"{v['suite']}:{v['input']}")
def test_every_disagreement_is_explained(vector: dict[str, Any]) -> None:
    # A vector we read otherwise says why (disagrees: ...); one that says so must really disagree.
    assert agrees(vector) != bool(vector.get("disagrees")), vector.get("disagrees") or "disagrees, with no reason given"


def test_all_vectors_are_present() -> None:
    assert len(VECTORS) == 390
