"""The command line in Chinese: help, usage errors and the choice of language, as a user runs them."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck.textwidth import display_width, is_wide
from tests.i18n.english import english_left

COMMANDS = [(), ("quantity",), ("check",), ("draft",), ("extract",), ("scan",), ("schema",), ("init",)]
WIDTHS = (60, 80, 120)

PAGES = """
import json, sys
from click.testing import CliRunner
from factcheck.cli import cli

pages = {}
for width in json.loads(sys.argv[1]):
    for command in json.loads(sys.argv[2]):
        result = CliRunner().invoke(cli, [*command, "--help"], prog_name="factcheck", terminal_width=width)
        pages[f"{width} {' '.join(command)}"] = result.output
print(json.dumps(pages))
"""


def environment(**variables: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE")}
    env.update(variables)
    return env


def factcheck(*args: str, cwd: Path | None = None, **variables: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "factcheck", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=environment(**variables),
        cwd=cwd,
    )


@pytest.fixture(scope="module")
def chinese_help() -> dict[str, str]:
    """Every help page under LANG=zh_CN.UTF-8 at 60, 80 and 120 columns, from one interpreter."""
    run = subprocess.run(
        [sys.executable, "-c", PAGES, json.dumps(WIDTHS), json.dumps(COMMANDS)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=environment(LANG="zh_CN.UTF-8"),
        check=True,
    )
    pages: dict[str, str] = json.loads(run.stdout)
    return pages


def cli_vocabulary() -> set[str]:
    """What a user types as is: command names, option values."""
    from factcheck import i18n
    from factcheck.cli import cli

    words = set(cli.commands) | set(i18n.LANGUAGES)
    for command in cli.commands.values():
        for param in command.params:
            words.update(getattr(param.type, "choices", ()))
    return words


def test_every_help_page_is_chinese(chinese_help: dict[str, str]) -> None:
    vocabulary = cli_vocabulary()
    for page, text in chinese_help.items():
        assert "用法" in text and "选项" in text, page
        assert english_left(text, vocabulary) == [], page


def test_help_fits_the_terminal_and_its_columns_line_up(chinese_help: dict[str, str]) -> None:
    for page, text in chinese_help.items():
        width = int(page.split()[0])  # a terminal's width given to click is the width of its help
        lines = text.splitlines()
        for line in lines:
            if any(is_wide(c) for c in line):
                assert display_width(line) <= width, f"{page}: {line!r} is {display_width(line)} cells"
        options = lines[lines.index("选项：") + 1 :]
        options = options[: options.index("")] if "" in options else options
        # every description, first line or continued, starts in the same cell
        starts = set()
        for line in options:
            match = re.match(r"^(  -\S.*?  +|\s+)(\S.*)$", line)
            assert match, f"{page}: {line!r}"
            if not match.group(1).strip() and not line.startswith("   "):
                continue
            starts.add(display_width(match.group(1)))
        assert len(starts) == 1, f"{page}: descriptions start at cells {sorted(starts)}"


def test_the_real_command_speaks_the_locale() -> None:
    result = factcheck("--help", LANG="zh_CN.UTF-8")
    assert result.returncode == 0
    assert result.stdout.startswith("用法：")
    assert "核查政务报告和新闻稿件中的数字。" in result.stdout


def test_lang_beats_the_locale_before_or_after_the_command() -> None:
    before = factcheck("--lang", "zh_TW", "check", "--help", LANG="zh_CN.UTF-8")
    after = factcheck("check", "--help", "--lang=zh_TW", LANG="zh_CN.UTF-8")
    english = factcheck("check", "--help", "--lang", "en", LANG="zh_CN.UTF-8")
    assert before.stdout == after.stdout
    assert "核查資料項和一致性規則。" in before.stdout and "選項：" in before.stdout
    assert english.stdout.startswith("Usage: factcheck check")


def test_the_configuration_chooses_the_language(tmp_path: Path) -> None:
    (tmp_path / "factcheck.yaml").write_text("language: zh_CN\n", "utf-8")
    result = factcheck("quantity", "--help", cwd=tmp_path, LANG="en_US.UTF-8")
    assert result.stdout.startswith("用法："), result.stdout


def test_usage_errors_are_chinese() -> None:
    result = factcheck("chek", LANG="zh_CN.UTF-8")
    assert result.returncode == 2
    assert "错误：没有 'chek' 这个命令。" in result.stderr
    assert "运行“factcheck --help”查看帮助。" in result.stderr


def test_an_unknown_language_is_a_usage_error_in_the_language_of_the_locale() -> None:
    result = factcheck("--lang", "fr", "check", LANG="zh_CN.UTF-8")
    assert result.returncode == 2
    assert "factcheck 不支持语言 'fr'：请用 en、zh_CN 或 zh_TW。" in result.stderr


PROBE = """
import json, sys
from factcheck.cli import main
sys.argv = ["factcheck", "--help"]
try:
    main()
except SystemExit:
    pass
print(json.dumps(sorted(sys.modules)))
"""


def test_chinese_help_loads_nothing_english_help_does_not() -> None:
    def modules(**variables: str) -> set[str]:
        run = subprocess.run(
            [sys.executable, "-c", PROBE], capture_output=True, text=True, env=environment(**variables), check=True
        )
        return set(json.loads(run.stdout.splitlines()[-1]))

    english, chinese = modules(LANG="C.UTF-8"), modules(LANG="zh_CN.UTF-8")
    assert chinese - english <= {"struct", "_struct"}  # reading the .mo file
