"""Broken input: a correct verdict or a located one-line message with exit 2, never a traceback.

Exit 1 means a check failed and nothing else; every other failure is exit 2; Ctrl-C is 130.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from factcheck.formatters import REPORT_FORMATS
from tests.security.conftest import CLAIMS, assert_one_line_error, run


def _rules(root: Path, *checks: str, derive: str = "") -> None:
    rules = "".join(f"  - id: r{n}\n    check: '{check}'\n" for n, check in enumerate(checks))
    (root / "rules" / "a.yaml").write_text(f"article: a\n{derive}rules:\n{rules}", "utf-8")


# -- numbers -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", list(REPORT_FORMATS))
def test_a_huge_claim_range_gets_a_verdict_in_every_format(tiny: Path, fmt: str) -> None:
    (tiny / "claims" / "a.yaml").write_text(
        CLAIMS.replace("quote: 共有121个", "quote: 共有121个\n    value: {min: 1e50, max: 2e50}"), "utf-8"
    )
    _rules(tiny, "x.big * 3 > 1e100", "x.part <= x.big", derive="derive:\n  x.big: x.total * 1e30\n")
    code, out, err = run("check", "--format", fmt)
    assert code == 1, err  # x.total's value disagrees with its quote (121), and r0 fails: 3e80-6e80 < 1e100
    assert "r0" in out and "Traceback" not in err


def test_a_huge_claim_range_is_shown_in_scientific_notation(tiny: Path) -> None:
    (tiny / "claims" / "a.yaml").write_text(
        CLAIMS.replace("quote: 共有121个", "quote: 共有121个\n    value: {min: 1e50, max: 2e50}"), "utf-8"
    )
    _rules(tiny, "x.total * 3 < 1", derive="derive:\n  x.big: x.total * 1e30\n")
    code, out, _ = run("check", "--format", "json")
    assert code == 1
    report = json.loads(out)
    rule = next(f for f in report["findings"] if f["id"] == "r0")
    assert rule["status"] == "fail" and "3e50–6e50" in rule["detail"] + rule["message"]


@pytest.mark.parametrize(
    ("check", "message"),
    [
        ("x.total == 1e5000", "rules/a.yaml:4:24: '1e5000' is out of range"),
        ("1e999999999 + 1 == 2", "rules/a.yaml:4:13: '1e999999999' is out of range"),
        ("x.total / 1e-999999 > 1", "rules/a.yaml:4:23: '1e-999999' is out of range"),
        ("0x10 == 16", "rules/a.yaml:4:13: '0x10' is not a decimal number"),
        ("0o17 + 0b1 == 16", "rules/a.yaml:4:13: '0o17' is not a decimal number"),
    ],
)
def test_out_of_range_and_non_decimal_numbers_are_located_errors(tiny: Path, check: str, message: str) -> None:
    _rules(tiny, check)
    code, _, err = run("check")
    assert_one_line_error(code, err, message)


def test_a_value_overflowing_through_derived_values_is_an_evaluation_error(tiny: Path) -> None:
    squares = "".join(f"  d{n}: d{n - 1} * d{n - 1}\n" for n in range(1, 12))
    _rules(tiny, "d11 > 1", derive=f"derive:\n  d0: x.total * 1e100\n{squares}")
    code, out, err = run("check", "--format", "json")
    assert code == 1 and "Traceback" not in err
    (rule,) = [f for f in json.loads(out)["findings"] if f["id"] == "r0"]
    assert rule["status"] == "error" and rule["message"].startswith("cannot evaluate")
    code, out, err = run("check", "--format", "rich")
    assert code == 1 and "d4 = ? (d3 * d3 is beyond 10^±1000 in size" in " ".join(out.split())


def test_a_600_term_sum_is_a_located_error_not_a_recursion_error(tiny: Path) -> None:
    _rules(tiny, "+".join(["1"] * 600) + " == 600")
    code, _, err = run("check")
    assert_one_line_error(code, err, "rules/a.yaml:4:13: expression nested too deeply (601 levels, at most 400)")
    _rules(tiny, "+".join(["1"] * 399) + " == 399")  # 400 levels: evaluated, inside the recursion limit
    code, out, err = run("check", "--format", "json")
    assert code == 0, err
    _rules(tiny, "sum(" + ", ".join(["1"] * 600) + ") == 600")  # as the message says: sum() does not nest
    code, out, err = run("check", "--format", "json")
    assert code == 0, err
    assert json.loads(out)["summary"]["pass"] == 1


def test_1000_derived_values_in_reverse_order_are_ordered_without_recursion(tiny: Path) -> None:
    chain = "".join(f"  d{n}: d{n - 1} + 1\n" for n in range(1000, 0, -1))
    _rules(tiny, "d1000 == 1121", derive=f"derive:\n{chain}  d0: x.total\n")
    code, out, err = run("check", "--format", "json")
    assert code == 0, err
    assert json.loads(out)["summary"]["pass"] == 1


# -- odd paths and files --------------------------------------------------------------------------------


def test_a_nul_in_a_text_path_is_a_located_error(tiny: Path) -> None:
    (tiny / "claims" / "a.yaml").write_text(
        CLAIMS.replace("  title: T\n", '  title: T\n  text: "a\\0b.txt"\n'), "utf-8"
    )
    code, _, err = run("check")
    assert_one_line_error(code, err, "claims/a.yaml:4:9: article text 'a\\x00b.txt' is not a usable file name")


def test_a_300_character_path_is_a_one_line_error(tiny: Path) -> None:
    long = "claims/" + "a" * 300 + ".yaml"
    (tiny / "a.txt").write_text("共有121个。\n", "utf-8")
    for args in (
        ["check", long],
        ["scan", long],
        ["draft", long, "--claims", "claims/a.yaml"],
        ["check", "--config", long],
        ["check", "--output", long],
        ["extract", "a.txt", "-o", "a" * 300],
        ["init", "a" * 300],
    ):
        code, _, err = run(*args)
        assert_one_line_error(code, err)
        assert len(err.strip().splitlines()) == 1, err


def test_the_same_file_named_twice_by_different_paths_is_loaded_once(tiny: Path) -> None:
    code, _, err = run("check", "claims/a.yaml", "claims/../claims/a.yaml", str(tiny / "claims"), "rules")
    assert code == 0, err


@pytest.mark.parametrize(
    ("where", "content", "message"),
    [
        ("claims", 'article: {id: "a\\n", title: T}\nclaims: {}\n', "article id 'a\\n' must be"),
        (
            "claims",
            'article: {id: a, title: T}\nclaims:\n  "x.total\\n": {quote: 共有121个}\n',
            "claim id 'x.total\\n'",
        ),
        ("rules", 'article: a\nrules:\n  - {id: "r\\n", check: 1 == 1}\n', "rule id 'r\\n' must be"),
    ],
)
def test_ids_with_a_trailing_newline_are_rejected(tiny: Path, where: str, content: str, message: str) -> None:
    (tiny / where / "a.yaml").write_text(content, "utf-8")
    code, _, err = run("check")
    assert_one_line_error(code, err, message)


def test_a_control_character_in_yaml_is_located_at_its_line_and_column_on_one_line(tiny: Path) -> None:
    (tiny / "claims" / "a.yaml").write_text(CLAIMS.replace("其中13个", "其中\x0113个"), "utf-8")
    code, _, err = run("check", "claims")
    assert_one_line_error(code, err, "claims/a.yaml:8:14: YAML forbids the control character U+0001")
    assert len(err.strip().splitlines()) == 1, err


# -- configuration -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("factcheck.yaml", "paths: !!python/object/apply:os.system [echo]\n", "factcheck.yaml:1:8: YAML tag"),
        ("factcheck.yaml", "format: !custom json\n", "factcheck.yaml:1:9: YAML tag '!custom' is not allowed"),
        ("factcheck.yaml", "hedges:\n  approx-k: 1e999999999\n", "factcheck.yaml:2:1: approx-k must be a positive"),
        (
            "factcheck.yaml",
            "hedges:\n  near-rel: 7\n",
            "factcheck.yaml:2:1: near-rel must be a positive number, at most 1",
        ),
        ("pyproject.toml", "[tool]\nfactcheck = 1\n", "pyproject.toml:2:1: [tool.factcheck] must be a table"),
        ("pyproject.toml", "[tool.factcheck]\nhedges = {approx-k = 1e300}\n", "approx-k must be a positive number"),
        ("pyproject.toml", "[tool.factcheck]\n" + "x = " + "[" * 5000 + "]" * 5000 + "\n", "pyproject.toml:"),
    ],
)
def test_bad_configuration_is_a_located_error(tiny: Path, name: str, content: str, message: str) -> None:
    (tiny / name).write_text(content, "utf-8")
    code, _, err = run("check")
    assert_one_line_error(code, err, message)


def test_an_unreadable_configuration_is_a_located_error(tiny: Path, deny: Callable[[Path], None]) -> None:
    (tiny / "factcheck.yaml").write_text("format: json\n", "utf-8")
    deny(tiny / "factcheck.yaml")
    code, _, err = run("check")
    assert_one_line_error(code, err, "factcheck.yaml:1:1: cannot read: Permission denied")


def test_an_unreadable_rules_folder_is_exit_2_never_a_pass(tiny: Path, deny: Callable[[Path], None]) -> None:
    deny(tiny / "rules")
    code, out, err = run("check")
    assert_one_line_error(code, err, "rules:1:1: cannot read folder: Permission denied")
    assert "0 rules" not in out
    deny(tiny / "claims" / "a.yaml")  # and a file inside a readable folder
    code, out, err = run("check", "claims")
    assert_one_line_error(code, err, "claims/a.yaml:1:1: cannot read: Permission denied")


def test_draft_with_odd_entries_among_the_rules(tiny: Path, deny: Callable[[Path], None]) -> None:
    (tiny / "draft.txt").write_text("共有121个，其中13个。\n", "utf-8")
    draft = ("draft", "draft.txt", "--claims", "claims/a.yaml", "--format", "json")
    (tiny / "rules" / "folder.yaml").mkdir()  # a folder named like a rules file: not a rules file
    code, out, err = run(*draft)
    assert code == 0, err
    assert json.loads(out)["summary"]["rules"] == 1
    (tiny / "rules" / "broken.yaml").symlink_to(tiny / "nowhere.yaml")
    code, _, err = run(*draft)
    assert_one_line_error(code, err, "rules/broken.yaml:1:1: broken link")
    (tiny / "rules" / "broken.yaml").unlink()
    (tiny / "rules" / "other.yaml").write_text("article: a\nrules: []\n", "utf-8")
    deny(tiny / "rules" / "other.yaml")
    code, _, err = run(*draft)
    assert_one_line_error(code, err, "rules/other.yaml:1:1: cannot read: Permission denied")


def test_a_job_summary_pointing_nowhere_is_an_error_not_a_traceback(tiny: Path) -> None:
    env = {"GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": str(tiny / "no" / "such" / "folder" / "summary.md")}
    code, out, err = run("check", env=env)
    assert_one_line_error(code, err, "the job summary (GITHUB_STEP_SUMMARY): cannot append to")
    assert out.startswith("factcheck: 1 article")  # the annotations and log line still went out


# -- signals ---------------------------------------------------------------------------------------------


def _wait_until_idle(pid: int, *, least: float = 1.0, most: float = 20.0) -> None:
    """Wait until the process sleeps with its CPU time unchanged (blocked on its input), at least ``least`` seconds.

    A fixed sleep is too short on a loaded machine: a signal that arrives while Python is still importing is
    Python's, not factcheck's. Where /proc is missing, sleep ``least`` * 2 seconds."""
    stat = Path(f"/proc/{pid}/stat")
    if not stat.exists():
        time.sleep(least * 2)
        return
    time.sleep(least)
    last = None
    deadline = time.monotonic() + most
    while time.monotonic() < deadline:
        fields = stat.read_text().rsplit(")", 1)[1].split()
        used = int(fields[11]) + int(fields[12])  # utime + stime, in clock ticks
        # asleep (S: blocked on its input), not merely waiting for a core (R) on a loaded machine, twice in a row
        if used == last and fields[0] == "S":
            return
        last = used
        time.sleep(0.3)


def test_ctrl_c_exits_130_without_a_traceback() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "factcheck", "quantity", "--find", "-"],
        stdin=subprocess.PIPE,  # kept open: factcheck waits for the passage until interrupted
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        _wait_until_idle(process.pid)  # let it start and block on stdin
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=30)
    finally:
        process.kill()
    assert process.returncode == 130, err
    assert "Traceback" not in err and "interrupted" in err


def test_an_internal_error_exits_2_with_one_line_never_1(
    tiny: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Exit 1 means "a check failed": a crash must not read as one in CI."""
    import factcheck.app
    from factcheck.cli import main

    def crash(*args: object, **kwargs: object) -> None:
        raise ValueError("something the code did not expect")

    monkeypatch.setattr(factcheck.app, "run_check", crash)
    monkeypatch.setattr(sys, "argv", ["factcheck", "check"])
    monkeypatch.delenv("FACTCHECK_TRACEBACK", raising=False)
    with pytest.raises(SystemExit) as exited:
        main()
    err = capsys.readouterr().err
    assert exited.value.code == 2
    assert err.strip() == (
        "factcheck: internal error: ValueError: something the code did not expect "
        "(a bug: rerun with FACTCHECK_TRACEBACK=1 and report it)"
    )
