"""The README's Chinese section gives the same two Quick start commands that CI reads from the English one."""

from __future__ import annotations

import re

from tests.helpers import ROOT


def first_block(readme: str, heading: str) -> list[str]:
    section = readme.split(f"\n## {heading}\n", 1)[1]
    match = re.search(r"^```\n(.*?)^```$", section, re.MULTILINE | re.DOTALL)
    assert match, heading
    return match.group(1).splitlines()


def test_the_chinese_section_repeats_the_quick_start_commands() -> None:
    readme = (ROOT / "README.md").read_text("utf-8")
    commands = first_block(readme, "Quick start")
    assert len(commands) == 2 and "pytest" in commands[1]
    assert first_block(readme, "中文说明") == commands
