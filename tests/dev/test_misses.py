"""The development sets' miss report names each missed relation with its figures' lines."""

from __future__ import annotations

import pytest

from tests.dev import misses


def test_a_missed_relation_is_printed_with_its_check_and_figures(capsys: pytest.CaptureFixture[str]) -> None:
    misses.main(["fresh3", "--text", "en08"])
    out = capsys.readouterr().out
    assert "en08-crime-news missed #14 total-parts: violence + burglary + shop" in out
    assert "    violence = '38,905'  | Violence against the person" in out
    assert "missed by kind: " in out.splitlines()[-1]


def test_an_unknown_set_is_refused() -> None:
    with pytest.raises(SystemExit, match="no development set 'fresh9'"):
        misses.main(["fresh9"])
