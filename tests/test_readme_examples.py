"""README.md's examples show real output: each one that needs no setup is run here and must print what it shows.

An example is a fenced block whose first line is ``$ factcheck ...`` (a trailing backslash continues the command);
the rest of the block is the output. Examples that need a prepared folder (an edited article, a Word draft, a
baseline) are listed in ``NEEDS_SETUP`` and are not run; every other example is, so a change to the reader, the
extractor or a report's layout that makes the README wrong fails here, with the difference.
"""

from __future__ import annotations

import difflib
import re
import shlex
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli import cli

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
_BLOCK_RE = re.compile(r"^```[^\n]*\n(\$ factcheck .*?)^```", re.MULTILINE | re.DOTALL)
# Commands shown on a folder the reader prepares first (an edited article, a draft, a baseline): not run here.
NEEDS_SETUP = ("factcheck check", "factcheck draft")
# The width the README's terminal examples were rendered at.
WIDTH = "92"


def _examples() -> list[tuple[str, list[str], str]]:
    examples = []
    for block in _BLOCK_RE.findall(README.read_text("utf-8")):
        lines = block.splitlines()
        command = lines.pop(0)
        while command.endswith("\\"):
            command = command[:-1] + " " + lines.pop(0).strip()
        if command.removeprefix("$ ").startswith(NEEDS_SETUP):
            continue
        output = "\n".join(lines)
        examples.append((command, shlex.split(command.removeprefix("$ factcheck ")), output))
    return examples


EXAMPLES = _examples()


def test_the_readme_has_examples_to_run() -> None:
    # quantity (both), --find, extract and scan: if the pattern above stops matching, nothing would be checked
    assert len(EXAMPLES) >= 5
    assert {args[0] for _, args, _ in EXAMPLES} >= {"quantity", "extract", "scan"}


@pytest.mark.parametrize(("command", "args", "shown"), EXAMPLES, ids=[c[:60] for c, _, _ in EXAMPLES])
def test_an_example_prints_what_the_readme_shows(
    command: str, args: list[str], shown: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("COLUMNS", WIDTH)
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    if args[0] == "scan":
        args = [args[0], "--format", "rich", "--color", "never", *args[1:]]  # what a terminal shows
    result = CliRunner().invoke(cli, args)
    printed = result.output.rstrip("\n")
    if printed != shown.rstrip("\n"):
        diff = "\n".join(difflib.unified_diff(shown.splitlines(), printed.splitlines(), "README", "now", lineterm=""))
        pytest.fail(f"README.md's example `{command}` no longer prints what it shows:\n{diff}")
