"""The interface's language: every message factcheck prints goes through a gettext catalogue.

The catalogues are compiled (``locale/<language>/LC_MESSAGES/factcheck.mo``) and shipped in the package; they
are read with the standard library's :mod:`gettext`, on first use, and only for a language other than English
(English is the source text, so it needs no catalogue).  Babel extracts, updates and compiles them at
development time only (docs/i18n.md).

The language is chosen in this order: ``--lang``, then ``language:`` in factcheck.yaml or ``[tool.factcheck]``,
then the first of ``LC_ALL``, ``LC_MESSAGES`` and ``LANG`` that is set; English by default.  Click builds its
help from the strings it is given when the commands are defined, so ``cli.py`` chooses the language before
it defines them.  Machine-readable output (JSON keys, SARIF rule ids, the report schema) never goes through
here: only text for people does.

Messages are whole sentences with named placeholders, translated first and formatted after::

    _("sum is {total}, stated {stated}: off by {gap}").format(total=..., stated=..., gap=...)
    ngettext("{count} claim", "{count} claims", count).format(count=count)

This module is imported by ``factcheck --help``: it must stay light (no YAML, no Babel, no gettext for English).
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # gettext is imported only when a catalogue is read
    from gettext import NullTranslations

ENGLISH = "en"
LANGUAGES = (ENGLISH, "zh_CN", "zh_TW")
LANGUAGE_NAMES = {ENGLISH: "English", "zh_CN": "简体中文", "zh_TW": "繁體中文"}
DOMAIN = "factcheck"
LOCALE_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "locale")
ENVIRONMENT = ("LC_ALL", "LC_MESSAGES", "LANG")
# The names config.find_config looks for, in its order (a test keeps the two equal): the language is read
# before the commands are built, where importing the configuration module (and PyYAML) would slow --help.
CONFIG_NAMES = ("factcheck.yaml", ".factcheck.yaml", "factcheck.yml", ".factcheck.yml")
CONFIG_LIMIT = 1 << 20  # a configuration file larger than this is the configuration module's problem to report

# Regions and scripts written in traditional characters; every other Chinese is simplified.
_TRADITIONAL = frozenset({"tw", "hk", "mo", "hant"})


def normalize(tag: object) -> str | None:
    """The supported language a locale or language tag names, or None.

    ``zh_CN.UTF-8``, ``zh``, ``zh_SG``, ``zh-Hans`` -> zh_CN; ``zh_TW``, ``zh_HK``, ``zh-Hant-TW`` -> zh_TW;
    ``en_GB.UTF-8``, ``C``, ``POSIX`` -> en; anything else (``fr_FR``) -> None.
    """
    if not isinstance(tag, str):
        return None
    name = tag.strip().split(".", 1)[0].split("@", 1)[0].replace("-", "_")
    if name in ("C", "POSIX"):
        return ENGLISH
    parts = [part.lower() for part in name.split("_") if part]
    if not parts:
        return None
    if parts[0] == "en":
        return ENGLISH
    if parts[0] == "zh":
        return "zh_TW" if _TRADITIONAL & set(parts[1:]) else "zh_CN"
    return None


def from_environment(environ: Mapping[str, str] | None = None) -> str:
    """The language of the locale: the first of LC_ALL, LC_MESSAGES and LANG that is set decides (POSIX)."""
    environ = os.environ if environ is None else environ
    for name in ENVIRONMENT:
        value = environ.get(name)
        if value:
            return normalize(value) or ENGLISH
    return ENGLISH


def from_arguments(argv: Sequence[str]) -> tuple[str | None, str | None]:
    """``--lang`` and ``--config`` as written on the command line, before click parses it (None if absent)."""
    found: dict[str, str] = {}
    for index, argument in enumerate(argv):
        if argument == "--":
            break
        for option in ("--lang", "--config"):
            if argument == option and index + 1 < len(argv):
                found[option] = argv[index + 1]
            elif argument.startswith(option + "="):
                found[option] = argument[len(option) + 1 :]
    return found.get("--lang"), found.get("--config")


def find_config(start: str | None = None) -> str | None:
    """The configuration file config.find_config would use, found the same way but without importing it."""
    folder = os.path.abspath(start or os.getcwd())
    while True:
        for name in CONFIG_NAMES:
            if os.path.isfile(os.path.join(folder, name)):
                return os.path.join(folder, name)
        pyproject = os.path.join(folder, "pyproject.toml")
        if os.path.isfile(pyproject) and "\n[tool.factcheck]" in "\n" + _read(pyproject):
            return pyproject
        parent = os.path.dirname(folder)
        if parent == folder:
            return None
        folder = parent


def from_config(path: str | None = None, start: str | None = None) -> str | None:
    """``language:`` of the configuration file (``path``, else the one found from ``start``), or None.

    A file that does not mention ``language`` is not parsed.  A broken file or an unknown language gives None
    here: the configuration module reports it, with file:line, when a command reads the configuration.
    """
    path = path or find_config(start)
    if path is None:
        return None
    text = _read(path)
    if "language" not in text:
        return None
    value: object = None
    if os.path.basename(path) == "pyproject.toml":
        if sys.version_info >= (3, 11):
            import tomllib
        else:  # pragma: no cover - exercised on Python 3.10 only
            import tomli as tomllib
        try:
            table = tomllib.loads(text).get("tool", {}).get("factcheck", {})
        except tomllib.TOMLDecodeError:
            return None
        value = table.get("language") if isinstance(table, dict) else None
    else:
        import yaml

        try:
            data = yaml.safe_load(text)
        except yaml.YAMLError:
            return None
        value = data.get("language") if isinstance(data, dict) else None
    return normalize(value)


def choose(argv: Sequence[str] = (), environ: Mapping[str, str] | None = None, start: str | None = None) -> str:
    """The interface language: ``--lang`` in ``argv``, then the configuration, then the environment."""
    lang, config = from_arguments(argv)
    return normalize(lang) or from_config(config, start) or from_environment(environ)


class _State:
    language: str | None = None
    translations: NullTranslations | None = None  # None for English: messages are their own translation
    catalogues: dict[str, NullTranslations | None] = {}  # noqa: RUF012 - read once per process


def use(language: str) -> None:
    """Speak ``language`` (one of LANGUAGES, or a tag :func:`normalize` accepts) from now on, click included."""
    chosen = normalize(language) or ENGLISH
    if chosen == _State.language:
        return
    _State.translations = None if chosen == ENGLISH else _cached_catalogue(chosen)
    _State.language = chosen
    _patch_click()


def current() -> str:
    """The language in use, chosen from the configuration and the environment if nothing chose one yet."""
    if _State.language is None:
        use(choose())
    return _State.language or ENGLISH


def gettext(message: str) -> str:
    """``message`` in the current language."""
    if _State.language is None:
        current()
    if _State.translations is None:
        return message
    return _State.translations.gettext(message)


def ngettext(singular: str, plural: str, count: int) -> str:
    """The form of a message for ``count`` in the current language (Chinese has one form)."""
    if _State.language is None:
        current()
    if _State.translations is None:
        return singular if count == 1 else plural
    return _State.translations.ngettext(singular, plural, count)


_ = gettext


def N_(message: str) -> str:
    """Mark ``message`` for the catalogue where it is defined; it is translated where it is shown."""
    return message


def every_language(singular: str, plural: str | None = None) -> tuple[str, ...]:
    """A message as every language factcheck speaks writes it (both forms of a plural), to recognise text that
    factcheck wrote in another language than the current one (an earlier report it may replace)."""
    forms = {singular} if plural is None else {singular, plural}
    for language in LANGUAGES:
        catalogue = _cached_catalogue(language) if language != ENGLISH else None
        if catalogue is not None:
            if plural is None:
                forms.add(catalogue.gettext(singular))
            else:
                forms.update(catalogue.ngettext(singular, plural, count) for count in (1, 2))
    return tuple(sorted(forms))


def _cached_catalogue(language: str) -> NullTranslations | None:
    if language not in _State.catalogues:
        _State.catalogues[language] = _catalogue(language)
    return _State.catalogues[language]


def _read(path: str) -> str:
    """A configuration file's text, or "" for anything but a regular file of at most CONFIG_LIMIT bytes.

    Opened without blocking and checked on the open descriptor, as safeio does (not imported here, to keep
    start-up light): a FIFO named by ``--config`` is left to the configuration module to refuse, never
    waited on.
    """
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except (OSError, ValueError):
        return ""
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or info.st_size > CONFIG_LIMIT:
            return ""
        data = os.read(fd, CONFIG_LIMIT + 1)
    except OSError:
        return ""
    finally:
        os.close(fd)
    return "" if len(data) > CONFIG_LIMIT else data.decode("utf-8", errors="replace")


def _catalogue(language: str) -> NullTranslations | None:
    import gettext as stdlib_gettext

    path = os.path.join(LOCALE_DIR, language, "LC_MESSAGES", DOMAIN + ".mo")
    try:
        with open(path, "rb") as file:
            return stdlib_gettext.GNUTranslations(file)
    except OSError:  # an installation without its catalogues speaks English rather than failing
        return None


def _patch_click() -> None:
    """Click's own messages (Usage:, Options, its errors) come from its modules' ``_`` and ``ngettext``.

    Each click module binds the standard library's functions under those names; they are pointed at this
    module's, which give the message itself in English and the catalogue's translation otherwise (it holds
    click's messages, see i18n/clickmessages.py).  In English too: the standard library would search the system's
    locale folders for a catalogue on each of the twenty-odd messages click builds in a run (about a
    millisecond of start-up) and find none.  Modules click has not imported yet keep their own.
    """
    import gettext as stdlib_gettext

    for name, module in list(sys.modules.items()):
        if (name != "click" and not name.startswith("click.")) or module is None:
            continue
        if module.__dict__.get("_") is stdlib_gettext.gettext:
            module.__dict__["_"] = gettext
        if module.__dict__.get("ngettext") is stdlib_gettext.ngettext:
            module.__dict__["ngettext"] = ngettext
