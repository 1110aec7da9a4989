"""The message catalogues: every message in the source translated, placeholders kept, the .mo files current.

Babel reads the source the way docs/i18n.md's `pybabel extract` does, so a message added to the code and not
to the catalogues fails here, before a Chinese user sees English.
"""

from __future__ import annotations

import ast
import functools
import io
import re
import string
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import click
import pytest
from babel.messages.catalog import Catalog
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir, extract_from_file
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from factcheck import i18n
from factcheck.i18n import clickmessages
from tests.helpers import ROOT

SOURCE = ROOT / "src" / "factcheck"
LOCALE = SOURCE / "locale"
TRANSLATED = [language for language in i18n.LANGUAGES if language != i18n.ENGLISH]
Key = str | tuple[str, str]


@functools.cache
def source_messages() -> dict[Key, str]:
    """Every message the source marks for translation, with the first place it is found."""
    found: dict[Key, str] = {}
    method_map = [("**.py", "python")]
    for filename, lineno, message, _comments, _context in extract_from_dir(str(SOURCE), method_map):
        key: Key = message if isinstance(message, str) else (message[0], message[1])
        found.setdefault(key, f"{filename}:{lineno}")
    return found


def catalogue(language: str) -> Catalog:
    with (LOCALE / language / "LC_MESSAGES" / "factcheck.po").open("rb") as file:
        return read_po(file, locale=language)


def entries(language: str) -> Iterator[tuple[Key, str | tuple[str, ...], set[str]]]:
    for message in catalogue(language):
        if message.id:
            key: Key = message.id if isinstance(message.id, str) else (message.id[0], message.id[1])
            translation = message.string if isinstance(message.string, (str, tuple)) else ""
            yield key, translation, set(message.flags)


def test_the_source_has_messages_to_translate() -> None:
    # the extraction itself works: the CLI's help and click's headings are found
    messages = source_messages()
    assert "Options" in messages
    assert "Verify an article's claims and consistency rules." in messages


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_message_in_the_source_is_in_the_catalogue(language: str) -> None:
    present = {key for key, _, _ in entries(language)}
    missing = [f"{where}: {key!r}" for key, where in source_messages().items() if key not in present]
    assert not missing, f"not in {language}'s catalogue (see docs/i18n.md):\n" + "\n".join(missing)


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_catalogue_holds_no_message_the_source_dropped(language: str) -> None:
    stale = sorted(str(key) for key, _, _ in entries(language) if key not in source_messages())
    assert not stale, f"{language}: run pybabel update (docs/i18n.md); no longer in the source: {stale}"


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_translation_is_written_and_reviewed(language: str) -> None:
    problems = []
    for key, translation, flags in entries(language):
        forms = translation if isinstance(translation, tuple) else (translation,)
        if "fuzzy" in flags:
            problems.append(f"fuzzy (review it, then remove the flag): {key!r}")
        if not all(form.strip() for form in forms):
            problems.append(f"empty: {key!r}")
    assert not problems, f"{language}:\n" + "\n".join(problems)


def placeholders(text: str) -> set[str]:
    """``{name}``/``{name!r}`` fields and ``%(name)s`` conversions, as written."""
    fields = {
        "{" + name + (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else "") + "}"
        for _, name, spec, conversion in string.Formatter().parse(text)
        if name is not None
    }
    return fields | set(re.findall(r"%\([a-z_]+\)[sdr]", text))


@pytest.mark.parametrize("language", TRANSLATED)
def test_a_translation_keeps_the_placeholders_of_its_message(language: str) -> None:
    problems = []
    for key, translation, _ in entries(language):
        forms = translation if isinstance(translation, tuple) else (translation,)
        sources = [key] if isinstance(key, str) else list(key)
        allowed = [placeholders(source) for source in sources]
        for form in forms:
            try:
                used = placeholders(form)
            except ValueError as error:  # an unbalanced brace
                problems.append(f"{key!r}: {error}")
                continue
            # one Chinese form serves every count: it uses the fields of one of the English forms
            if used not in allowed:
                problems.append(f"{key!r}: {sorted(used)} instead of {' or '.join(str(sorted(a)) for a in allowed)}")
    assert not problems, f"{language}:\n" + "\n".join(problems)


@pytest.mark.parametrize("language", TRANSLATED)
def test_babels_own_checks_pass(language: str) -> None:
    # %-format conversions and the number of plural forms, as pybabel compile checks them
    problems = [f"{message.id!r}: {errors}" for message, errors in catalogue(language).check()]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize(("language", "charset"), [("zh_CN", "gb2312"), ("zh_TW", "big5")])
def test_each_chinese_catalogue_is_written_in_its_own_characters(language: str, charset: str) -> None:
    # Simplified in zh_CN (GB 2312 holds no traditional-only character), traditional in zh_TW (Big5 holds no
    # simplified-only one): a message copied into the wrong catalogue, or left unconverted, fails here
    wrong = set()
    for _key, translation, _flags in entries(language):
        for form in translation if isinstance(translation, tuple) else (translation,):
            for char in form:
                if "\u4e00" <= char <= "\u9fff":
                    try:
                        char.encode(charset)
                    except UnicodeEncodeError:
                        wrong.add((char, form))
    assert not wrong, sorted(wrong)


def test_the_placeholder_check_would_catch_a_renamed_or_dropped_field() -> None:
    assert placeholders("差{gap}") != placeholders("off by {difference}")
    assert placeholders("{value!r} 不是") != placeholders("{value} is not")
    assert placeholders("%(prog)s，版本 %(version)s") == placeholders("%(prog)s, version %(version)s")


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_shipped_mo_file_is_compiled_from_the_po_file(language: str) -> None:
    compiled = io.BytesIO()
    write_mo(compiled, catalogue(language))
    shipped = (LOCALE / language / "LC_MESSAGES" / "factcheck.mo").read_bytes()
    assert shipped == compiled.getvalue(), f"run: pybabel compile -d src/factcheck/locale -D factcheck ({language})"


def test_the_package_data_ships_every_compiled_catalogue() -> None:
    data = i18n_toml().loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"]["package-data"]
    patterns = data["factcheck"]
    shipped = {str(path.relative_to(SOURCE)) for pattern in patterns for path in SOURCE.glob(pattern)}
    for language in TRANSLATED:
        assert f"locale/{language}/LC_MESSAGES/factcheck.mo" in shipped


def i18n_toml() -> Any:
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - exercised on Python 3.10 only
        import tomli as tomllib
    return tomllib


def test_every_marked_message_is_a_literal_outside_f_strings() -> None:
    # _(f"...") or _(variable) cannot be extracted, nor (before Python 3.12) a _() inside an f-string's braces:
    # the message would stay English in every language
    keywords = set(DEFAULT_KEYWORDS)
    problems = []
    for path in sorted(SOURCE.rglob("*.py")):
        tree = ast.parse(path.read_text("utf-8"))
        for fstring in (node for node in ast.walk(tree) if isinstance(node, ast.JoinedStr)):
            for node in ast.walk(fstring):
                if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in keywords:
                    problems.append(f"{path.relative_to(ROOT)}:{node.lineno}: {node.func.id}() inside an f-string")
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in keywords):
                continue
            texts = node.args[:2] if node.func.id == "ngettext" else node.args[:1]
            if not texts or not all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in texts):
                problems.append(f"{path.relative_to(ROOT)}:{node.lineno}: {node.func.id}() of {ast.unparse(node)}")
    assert not problems, "\n".join(problems)


def test_clicks_messages_are_still_clicks_own() -> None:
    # click asks our catalogue for these texts; if a click release rewords one, it would stay English
    folder = Path(click.__file__).parent
    clicks: set[Key] = set()
    for module in folder.glob("*.py"):
        for _, message, _, _ in extract_from_file("python", module):
            clicks.add(message if isinstance(message, str) else (message[0], message[1]))
    # "required" is the one click translates from a variable: `_(extra["required"])`, set to "required"
    core = (folder / "core.py").read_text("utf-8")
    assert '_(extra["required"])' in core and 'extra["required"] = "required"' in core
    clicks.add("required")
    ours: set[Key] = set(clickmessages.MESSAGES) | set(clickmessages.PLURAL_MESSAGES)
    assert ours - clicks == set()
