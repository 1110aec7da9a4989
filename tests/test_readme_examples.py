"""README.md's examples show real output: each one is run here and must print what it shows.

An example is a fenced block whose first line is ``$ factcheck ...`` (a trailing backslash continues the command);
the rest of the block is the output. ``check`` examples run on a copy of the bundled project with the edit the
README describes (13 -> 15 in the article and its claim; for the bad-input example, the two typos it shows). A
Word draft (``draft``) and the baseline walk-through (several commands in one block) are not run. So a change to
the reader, the extractor or a report's layout that makes the README wrong fails here, with the difference.
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
# A Word draft the README does not ship: not run here.
NOT_RUN = ("factcheck draft",)
# The width the README's terminal examples were rendered at.
WIDTH = "92"


def _examples() -> list[tuple[str, list[str], str]]:
    examples = []
    for block in _BLOCK_RE.findall(README.read_text("utf-8")):
        lines = block.splitlines()
        command = lines.pop(0)
        while command.endswith("\\"):
            command = command[:-1] + " " + lines.pop(0).strip()
        if command.removeprefix("$ ").startswith(NOT_RUN) or any(line.startswith("$ ") for line in lines):
            continue
        output = "\n".join(lines)
        examples.append((command, shlex.split(command.removeprefix("$ factcheck ")), output))
    return examples


EXAMPLES = _examples()


def test_the_readme_has_examples_to_run() -> None:
    # if the pattern above stops matching, nothing would be checked
    assert len(EXAMPLES) >= 10
    assert {args[0] for _, args, _ in EXAMPLES} >= {"quantity", "extract", "scan", "check"}


def _edited_project(folder: Path, *, typos: bool) -> None:
    """The bundled project, with the README's edit: 13 -> 15 gangs, or two typos in the claims and the rules."""
    for name in ("articles", "claims", "rules"):
        for source in (ROOT / name).glob("jincheng-*"):
            (folder / name).mkdir(exist_ok=True)
            (folder / name / source.name).write_text(source.read_text("utf-8"), "utf-8")
    claims = folder / "claims" / "jincheng-politics-law-2016-2020.yaml"
    rules = folder / "rules" / "jincheng-politics-law-2016-2020.yaml"
    if typos:
        lines = claims.read_text("utf-8").splitlines(keepends=True)
        lines.insert(58, "    valeu: 40\n")  # line 59, in service.measures
        claims.write_text("".join(lines), "utf-8")
        rules.write_text(
            rules.read_text("utf-8").replace("check: sweep.mafia_organisations", "check: sweep.mafia_organisatons", 1),
            "utf-8",
        )
        return
    for path in (claims, folder / "articles" / "jincheng-politics-law-2016-2020.txt"):
        path.write_text(path.read_text("utf-8").replace("涉黑性质组织13个", "涉黑性质组织15个"), "utf-8")


@pytest.mark.parametrize(("command", "args", "shown"), EXAMPLES, ids=[c[:60] for c, _, _ in EXAMPLES])
def test_an_example_prints_what_the_readme_shows(
    command: str, args: list[str], shown: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.chdir(ROOT)
    if args[0] == "check":
        _edited_project(tmp_path, typos="unknown field" in shown)
        monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", WIDTH)
    for name in ("FORCE_COLOR", "GITHUB_ACTIONS", "NO_COLOR"):
        monkeypatch.delenv(name, raising=False)
    if "┏" in shown and "--format" not in args:
        args = [args[0], "--format", "rich", "--color", "never", *args[1:]]  # what a terminal shows
    result = CliRunner().invoke(cli, args)
    printed = result.output.rstrip("\n")
    if printed != shown.rstrip("\n"):
        diff = "\n".join(difflib.unified_diff(shown.splitlines(), printed.splitlines(), "README", "now", lineterm=""))
        pytest.fail(f"README.md's example `{command}` no longer prints what it shows:\n{diff}")
