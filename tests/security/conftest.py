"""Helpers for the tests of hostile and broken input: a tiny project, the CLI in and out of process, and a
way to make a file unreadable even for root (CI containers often run as root, where chmod 000 reads fine)."""

from __future__ import annotations

import builtins
import io
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from factcheck.cli import cli

CLAIMS = """\
article:
  id: a
  title: T
claims:
  x.total:
    quote: 共有121个
  x.part:
    quote: 其中13个
"""
RULES = """\
article: a
rules:
  - id: part-within-total
    check: x.part <= x.total
"""


@pytest.fixture
def tiny(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """claims/a.yaml and rules/a.yaml for an article with one passing rule, as the working directory."""
    (tmp_path / "claims").mkdir()
    (tmp_path / "rules").mkdir()
    (tmp_path / "claims" / "a.yaml").write_text(CLAIMS, "utf-8")
    (tmp_path / "rules" / "a.yaml").write_text(RULES, "utf-8")
    monkeypatch.chdir(tmp_path)
    for name in ("GITHUB_ACTIONS", "GITHUB_STEP_SUMMARY", "NO_COLOR"):
        monkeypatch.delenv(name, raising=False)
    return tmp_path


def run(*args: str, env: dict[str, str] | None = None, stdin: str | None = None) -> tuple[int, str, str]:
    """The CLI in process; a traceback fails the test (an uncaught exception is never an answer)."""
    result = CliRunner().invoke(cli, list(args), env=env, input=stdin)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise AssertionError(f"uncaught {type(result.exception).__name__}: {result.exception}") from result.exception
    return result.exit_code, result.stdout, result.stderr


def run_process(*args: str, timeout: float = 30, **kwargs: Any) -> subprocess.CompletedProcess[str]:
    """The CLI as a separate process, for what must not hang (a timeout fails the test) or needs a signal."""
    return subprocess.run(
        [sys.executable, "-m", "factcheck", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
        **kwargs,
    )


def assert_one_line_error(code: int, err: str, *needles: str) -> None:
    """Exit 2 with located, one-line messages and no traceback."""
    assert code == 2, err
    assert "Traceback" not in err, err
    for needle in needles:
        assert needle in err, err


@pytest.fixture
def deny(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[Path], None]]:
    """``deny(path)``: opening, reading or listing ``path`` fails with 'Permission denied', as for a user
    without the right to read it, whoever runs the tests."""
    denied: set[str] = set()
    real_open, real_os_open, real_scandir = builtins.open, os.open, os.scandir

    def refused(target: object) -> bool:
        if not isinstance(target, (str, bytes, os.PathLike)):
            return False
        return os.path.abspath(os.fsdecode(target)) in denied  # noqa: PTH100 - lexical, as named

    def error(target: object) -> PermissionError:
        return PermissionError(13, "Permission denied", os.fsdecode(target))  # type: ignore[arg-type]

    def fake_open(file: Any, *args: Any, **kwargs: Any) -> Any:
        if refused(file):
            raise error(file)
        return real_open(file, *args, **kwargs)

    def fake_os_open(path: Any, *args: Any, **kwargs: Any) -> int:
        if refused(path):
            raise error(path)
        return real_os_open(path, *args, **kwargs)

    def fake_scandir(path: Any = ".") -> Any:
        if refused(path):
            raise error(path)
        return real_scandir(path)

    monkeypatch.setattr(builtins, "open", fake_open)
    monkeypatch.setattr(io, "open", fake_open)
    monkeypatch.setattr(os, "open", fake_os_open)
    monkeypatch.setattr(os, "scandir", fake_scandir)
    yield lambda path: denied.add(os.path.abspath(path))  # noqa: PTH100
