"""Baselines: an archive with known errors adopts CI; only new failures fail, fixed ones drop out with a note."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli import cli

CLAIMS = Path("claims/jincheng-politics-law-2016-2020.yaml")
RULES = Path("rules/jincheng-politics-law-2016-2020.yaml")
ARTICLE = Path("articles/jincheng-politics-law-2016-2020.txt")
BASELINE = ".factcheck-baseline.json"


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["check", *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text("utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new), "utf-8")


@pytest.fixture
def known(project: Path) -> Path:
    """The bundled project with one known failure recorded in a baseline."""
    edit(ARTICLE, "涉黑性质组织13个", "涉黑性质组织15个")
    edit(CLAIMS, "其中涉黑性质组织13个", "其中涉黑性质组织15个")
    code, out, _ = run("--baseline", BASELINE, "--write-baseline")
    assert code == 0
    assert out == f"wrote 1 known failure to {BASELINE}: check --baseline {BASELINE} accepts them\n"
    return project / BASELINE


def test_known_failures_are_accepted(known: Path) -> None:
    data = json.loads(known.read_text("utf-8"))
    assert data["schema"] == "factcheck.baseline/1"
    assert [(f["id"], len(f["fingerprint"])) for f in data["failures"]] == [("gang-breakdown", 16)]
    assert run()[0] == 1
    code, out, _ = run("--baseline", BASELINE)
    assert code == 0
    assert out.rstrip().endswith(f"0 fail, 0 warnings, 0 errors; 1 known failure accepted by {BASELINE}")


def test_keys_survive_line_moves_and_unrelated_edits(known: Path) -> None:
    edit(RULES, "rules:\n", "rules:\n  # a comment that moves every rule down\n\n")
    edit(CLAIMS, "claims:\n", "claims:\n  # another\n")
    lines = ARTICLE.read_text("utf-8").split("\n")
    ARTICLE.write_text("\n".join([lines[0], "", *lines[1:], "编者按:本文有删节。", ""]), "utf-8")
    assert run()[1].startswith("articles/jincheng-politics-law-2016-2020.txt:24:")  # the failure moved a line
    assert run("--baseline", BASELINE)[0] == 0


def test_a_new_failure_still_fails(known: Path) -> None:
    edit(CLAIMS, "value: 1121", "value: 1112")
    code, out, _ = run("--baseline", BASELINE)
    assert code == 1
    assert "procuratorate_2019.arrests_approved:value-matches-quote" in out
    assert "gang-breakdown" not in out.splitlines()[0]


def test_a_changed_figure_in_a_known_failure_is_new(known: Path) -> None:
    edit(ARTICLE, "涉黑性质组织15个", "涉黑性质组织16个")
    edit(CLAIMS, "其中涉黑性质组织15个", "其中涉黑性质组织16个")
    code, out, _ = run("--baseline", BASELINE)
    assert code == 1 and "gang-breakdown: 16 + 73 + 35 = 124" in out


def test_a_fixed_failure_drops_out_with_a_note(known: Path) -> None:
    edit(ARTICLE, "涉黑性质组织15个", "涉黑性质组织13个")
    edit(CLAIMS, "其中涉黑性质组织15个", "其中涉黑性质组织13个")
    code, out, _ = run("--baseline", BASELINE)
    assert code == 0
    assert (
        "fixed since the baseline: gang-breakdown (jincheng-politics-law-2016-2020); "
        f"--write-baseline drops it from {BASELINE}"
    ) in out
    code, out, _ = run("--baseline", BASELINE, "--format", "json")
    assert json.loads(out)["baseline"]["fixed"][0]["id"] == "gang-breakdown"
    assert run("--baseline", BASELINE, "--write-baseline")[1].startswith("wrote 0 known failures")
    assert json.loads(known.read_text("utf-8"))["failures"] == []


def test_baseline_from_the_configuration(known: Path) -> None:
    Path("factcheck.yaml").write_text(f"baseline: {BASELINE}\n", "utf-8")
    assert run()[0] == 0


def test_writing_is_atomic_and_never_through_a_symlink_or_over_other_files(known: Path) -> None:
    before = sorted(Path().iterdir())
    assert run("--baseline", BASELINE, "--write-baseline")[0] == 0
    assert sorted(Path().iterdir()) == before  # no temporary file left behind
    Path("notes.json").write_text('{"mine": true}\n', "utf-8")
    code, _, err = run("--baseline", "notes.json", "--write-baseline")
    assert code == 2 and "exists and is not a factcheck baseline" in err
    assert Path("notes.json").read_text("utf-8") == '{"mine": true}\n'
    Path("link.json").symlink_to("notes.json")
    code, _, err = run("--baseline", "link.json", "--write-baseline")
    assert code == 2 and "symbolic link" in err
    code, _, err = run("--write-baseline")
    assert code == 2 and "--write-baseline needs a file" in err


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("[", "not a factcheck baseline"),
        ('{"schema": "other"}', "expected schema 'factcheck.baseline/1'"),
        ('{"schema": "factcheck.baseline/1", "failures": [{"id": 1}]}', "failure 1 needs article, id and fingerprint"),
    ],
)
def test_bad_baselines_exit_2(project: Path, content: str, message: str) -> None:
    Path("bad.json").write_text(content, "utf-8")
    code, out, err = run("--baseline", "bad.json")
    assert code == 2 and out == "" and message in err
    code, _, err = run("--baseline", "missing.json")
    assert code == 2 and "no such baseline: write one with --write-baseline" in err
