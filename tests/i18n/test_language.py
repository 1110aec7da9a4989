"""How the interface language is chosen: --lang, then language: in the configuration, then the locale."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from factcheck import i18n
from factcheck.config import CONFIG_NAMES, find_config, load_config
from factcheck.loader import LoadError


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    yield
    i18n.use("en")


@pytest.mark.parametrize(
    ("tag", "language"),
    [
        ("zh_CN.UTF-8", "zh_CN"),
        ("zh_CN.GB18030", "zh_CN"),
        ("zh", "zh_CN"),
        ("zh_SG.UTF-8", "zh_CN"),
        ("zh-Hans", "zh_CN"),
        ("zh_Hans_CN", "zh_CN"),
        ("zh_TW.UTF-8", "zh_TW"),
        ("zh_TW.Big5", "zh_TW"),
        ("zh_HK.UTF-8", "zh_TW"),
        ("zh_MO", "zh_TW"),
        ("zh_Hant", "zh_TW"),
        ("zh-Hant-TW", "zh_TW"),
        ("ZH-hant", "zh_TW"),
        ("en_US.UTF-8", "en"),
        ("en", "en"),
        ("C", "en"),
        ("C.UTF-8", "en"),
        ("POSIX", "en"),
        ("fr_FR.UTF-8", None),
        ("", None),
        (None, None),
        (3, None),
    ],
)
def test_locale_and_language_tags_name_a_supported_language(tag: object, language: str | None) -> None:
    assert i18n.normalize(tag) == language


@pytest.mark.parametrize(
    ("environ", "language"),
    [
        ({}, "en"),
        ({"LANG": "zh_CN.UTF-8"}, "zh_CN"),
        ({"LC_MESSAGES": "zh_TW.UTF-8", "LANG": "zh_CN.UTF-8"}, "zh_TW"),
        ({"LC_ALL": "zh_HK.UTF-8", "LC_MESSAGES": "en_US.UTF-8", "LANG": "zh_CN.UTF-8"}, "zh_TW"),
        ({"LC_ALL": "", "LANG": "zh_CN.UTF-8"}, "zh_CN"),  # set but empty counts as unset (POSIX)
        ({"LC_ALL": "C", "LANG": "zh_CN.UTF-8"}, "en"),  # the first one set decides, even when it is C
        ({"LANG": "fr_FR.UTF-8"}, "en"),  # a language factcheck does not speak: English
    ],
)
def test_the_first_locale_variable_set_decides(environ: dict[str, str], language: str) -> None:
    assert i18n.from_environment(environ) == language


@pytest.mark.parametrize(
    ("argv", "found"),
    [
        (["check"], (None, None)),
        (["--lang", "zh_CN", "check"], ("zh_CN", None)),
        (["check", "--lang=zh_TW", "--config", "a.yaml"], ("zh_TW", "a.yaml")),
        (["check", "--config=b.toml"], (None, "b.toml")),
        (["quantity", "--", "--lang", "zh_CN"], (None, None)),  # after --, arguments are not options
        (["check", "--lang"], (None, None)),  # no value: click reports it
    ],
)
def test_lang_and_config_are_read_from_the_command_line_before_click(
    argv: list[str], found: tuple[str | None, str | None]
) -> None:
    assert i18n.from_arguments(argv) == found


def test_lang_beats_the_configuration_which_beats_the_locale(tmp_path: Path) -> None:
    (tmp_path / "factcheck.yaml").write_text("paths: [claims]\nlanguage: zh_TW\n", "utf-8")
    chinese = {"LANG": "zh_CN.UTF-8"}
    start = str(tmp_path)
    assert i18n.choose(["--lang", "en"], chinese, start) == "en"
    assert i18n.choose([], chinese, start) == "zh_TW"
    assert i18n.choose([], {}, start) == "zh_TW"
    (tmp_path / "factcheck.yaml").write_text("paths: [claims]\n", "utf-8")
    assert i18n.choose([], chinese, start) == "zh_CN"
    assert i18n.choose([], {}, start) == "en"


def test_an_unknown_lang_falls_through_to_the_configuration_and_the_locale(tmp_path: Path) -> None:
    # click rejects it afterwards, with its message in the language chosen without it
    assert i18n.choose(["--lang", "fr"], {"LANG": "zh_CN.UTF-8"}, str(tmp_path)) == "zh_CN"


def test_language_from_pyproject_and_from_a_named_config(tmp_path: Path) -> None:
    project = tmp_path / "project"
    (project / "sub").mkdir(parents=True)
    (project / "pyproject.toml").write_text('[project]\nname = "x"\n\n[tool.factcheck]\nlanguage = "zh_HK"\n', "utf-8")
    assert i18n.choose([], {}, str(project / "sub")) == "zh_TW"
    other = tmp_path / "other.yaml"
    other.write_text("language: zh\n", "utf-8")
    assert i18n.choose(["--config", str(other)], {}, str(project / "sub")) == "zh_CN"


@pytest.mark.parametrize(
    "text",
    [
        "language: [zh_CN\n",  # broken YAML
        "language: fr\n",  # not a language factcheck speaks
        "language: 3\n",
        "- language\n",  # not a mapping
        "hedges:\n  language: zh_CN\n",  # not at the top level
    ],
)
def test_a_configuration_without_a_usable_language_leaves_the_choice_to_the_locale(tmp_path: Path, text: str) -> None:
    (tmp_path / "factcheck.yaml").write_text(text, "utf-8")
    assert i18n.choose([], {"LANG": "zh_TW.UTF-8"}, str(tmp_path)) == "zh_TW"


def test_a_configuration_that_never_mentions_language_is_not_parsed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "factcheck.yaml").write_text("paths: [claims]\n", "utf-8")
    import yaml

    def refuse(*_: object, **__: object) -> object:
        raise AssertionError("parsed")

    monkeypatch.setattr(yaml, "safe_load", refuse)
    assert i18n.from_config(start=str(tmp_path)) is None


@pytest.mark.parametrize(
    "files",
    [
        {"factcheck.yaml": "paths: []\n"},
        {".factcheck.yaml": "paths: []\n"},
        {"factcheck.yaml": "paths: []\n", ".factcheck.yaml": "paths: []\n"},
        {"factcheck.yml": "paths: []\n"},
        {"pyproject.toml": "[tool.factcheck]\npaths = []\n"},
        {"pyproject.toml": "[tool.other]\nx = 1\n"},
        {"up/factcheck.yaml": "paths: []\n"},
        {"up/pyproject.toml": "[tool.factcheck]\n", "factcheck.yaml": "paths: []\n"},
        {},
    ],
)
def test_the_language_is_read_from_the_file_the_configuration_module_would_read(
    tmp_path: Path, files: dict[str, str]
) -> None:
    # i18n finds the configuration without importing config.py (and PyYAML), to keep --help light.
    assert i18n.CONFIG_NAMES == CONFIG_NAMES
    base = tmp_path / "up"
    start = base / "here"
    start.mkdir(parents=True)
    for name, text in files.items():
        (tmp_path / name if name.startswith("up/") else start / name).write_text(text, "utf-8")
    try:
        expected = find_config(start)
    except LoadError:  # two configurations in one folder: the command says so; the language is the first's
        expected = start / next(name for name in CONFIG_NAMES if name in files)
    found = i18n.find_config(str(start))
    if expected is None or not str(expected).startswith(str(tmp_path)):
        assert found is None or not found.startswith(str(tmp_path))
    else:
        assert found == str(expected)


def test_the_configuration_rejects_an_unknown_language_with_its_line(tmp_path: Path) -> None:
    config = tmp_path / "factcheck.yaml"
    config.write_text("paths: [claims]\nlanguage: klingon\n", "utf-8")
    with pytest.raises(LoadError) as error:
        load_config(config, ("rich",))
    assert [(p.line, p.message) for p in error.value.problems] == [
        (2, "language must be one of en, zh_CN, zh_TW, not 'klingon'")
    ]
    config.write_text("language: zh_HK\n", "utf-8")
    assert load_config(config, ("rich",)).path is not None


def test_messages_follow_the_language_in_use() -> None:
    i18n.use("zh_CN")
    assert i18n.current() == "zh_CN"
    assert i18n.gettext("Options") == "选项"
    i18n.use("zh_HK")
    assert i18n.current() == "zh_TW"
    assert i18n.gettext("Options") == "選項"
    i18n.use("en")
    assert i18n.gettext("Options") == "Options"
    assert i18n.ngettext("Got unexpected extra argument ({args})", "Got unexpected extra arguments ({args})", 2) == (
        "Got unexpected extra arguments ({args})"
    )


def test_click_speaks_the_language_in_use_and_english_again_after() -> None:
    import click.core

    def clicks_gettext(message: str) -> str:
        translate: Callable[[str], str] = vars(click.core)["_"]
        return translate(message)

    i18n.use("zh_CN")
    assert clicks_gettext("Options") == "选项"
    i18n.use("en")
    assert clicks_gettext("Options") == "Options"


def test_an_installation_without_catalogues_speaks_english(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(i18n, "LOCALE_DIR", str(tmp_path))
    monkeypatch.setattr(i18n._State, "catalogues", {})  # read again, from the empty folder
    i18n.use("zh_TW")
    assert i18n.gettext("Options") == "Options"
