"""Hangs and unbounded resources: input is read with limits, pipes are never opened, every pass is linear."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from factcheck.loader import rules_files_for
from tests.security.conftest import assert_one_line_error, run, run_process


def test_stdin_is_read_up_to_a_limit_not_until_memory_runs_out() -> None:
    with Path("/dev/zero").open("rb") as zeros:
        done = run_process("quantity", "--find", "-", stdin=zeros, timeout=60)
    assert_one_line_error(done.returncode, done.stderr, "too large: more than 52,428,800 bytes")


def test_a_fifo_among_the_rules_is_refused_not_waited_on(tiny: Path) -> None:
    os.mkfifo(tiny / "rules" / "x.yaml")
    for args in (["check"], ["check", "claims", "rules/x.yaml"], ["draft", "draft.txt", "--claims", "claims/a.yaml"]):
        (tiny / "draft.txt").write_text("共有121个，其中13个。\n", "utf-8")
        done = run_process(*args, cwd=tiny, timeout=60)
        assert_one_line_error(done.returncode, done.stderr, "rules/x.yaml:1:1: not a regular file")


def test_fifos_named_as_config_article_or_draft_are_refused(tiny: Path) -> None:
    os.mkfifo(tiny / "pipe.yaml")
    os.mkfifo(tiny / "pipe.txt")
    cases = [
        (["check", "--config", "pipe.yaml"], "pipe.yaml:1:1: cannot read: it is a named pipe (FIFO)"),
        (["scan", "pipe.txt"], "pipe.txt: cannot read: it is a named pipe (FIFO)"),
        (["extract", "pipe.txt"], "pipe.txt: cannot read: it is a named pipe (FIFO)"),
        (["draft", "pipe.txt", "--claims", "claims/a.yaml"], "pipe.txt: cannot read: it is a named pipe (FIFO)"),
    ]
    for args, message in cases:
        done = run_process(*args, cwd=tiny, timeout=60)
        assert_one_line_error(done.returncode, done.stderr, message)


def test_a_claims_file_of_blank_lines_is_looked_up_in_linear_time(tiny: Path) -> None:
    claims = tiny / "claims" / "a.yaml"
    claims.write_text("\n" * 200_000 + "article: {id: a, title: T}\nclaims: {}\n", "utf-8")
    started = time.perf_counter()
    found = rules_files_for(claims)
    elapsed = time.perf_counter() - started
    assert found == [(tiny / "rules" / "a.yaml").resolve()]
    assert elapsed < 5, f"{elapsed:.1f} s: the lookup is not linear"  # linear: ~0.05 s; quadratic: minutes


def test_a_file_larger_than_the_limit_is_refused_before_it_is_read(tiny: Path) -> None:
    big = tiny / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(10 * 1024 * 1024 + 1)  # sparse: costs no disk
    code, _, err = run("scan", "big.txt")
    assert_one_line_error(code, err, "big.txt: file too large: 10,485,761 bytes (at most 10,485,760)")


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_a_device_is_refused_not_streamed(tiny: Path, device: str) -> None:
    if not Path(device).exists():
        pytest.skip(f"{device} does not exist here")
    code, _, err = run("scan", device)
    assert_one_line_error(code, err, "cannot read: it is a device")


@pytest.mark.parametrize("cache", ["on", "off"])
def test_an_article_text_that_is_a_device_or_a_pipe_is_refused_at_once(tiny: Path, cache: str) -> None:
    os.mkfifo(tiny / "pipe.txt")
    env = {**os.environ, "FACTCHECK_NO_CACHE": "1"} if cache == "off" else {**os.environ}
    env.pop("CI", None)  # the cache (and its planning, which hashes the text) runs outside CI only
    for text in ("/dev/zero", "../pipe.txt"):
        claims = (
            (tiny / "claims" / "a.yaml").read_text("utf-8").replace("  title: T\n", f"  title: T\n  text: {text}\n")
        )
        (tiny / "claims" / "a.yaml").write_text(claims, "utf-8")
        done = run_process("check", cwd=tiny, timeout=60, env=env)
        assert done.returncode == 2 and "Traceback" not in done.stderr, done.stderr
        (tiny / "claims" / "a.yaml").write_text(claims.replace(f"  text: {text}\n", ""), "utf-8")
