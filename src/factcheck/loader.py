"""YAML -> model.  Every problem is reported with file:line:col, all of them at once.

The YAML is composed (not constructed) with libyaml's C loader where present,
so every node keeps its line and column and every scalar keeps its source
text: ``29.20`` stays more precise than ``29.2``.  Only safe loaders are used.
"""

from __future__ import annotations

import errno
import functools
import os
import re
import stat
from collections.abc import Callable, Iterable, Sequence
from dataclasses import field, replace
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING, cast

import yaml

from factcheck.errors import FactcheckError, QuantityError
from factcheck.i18n import ENGLISH, _, current
from factcheck.quantity import (
    DEFAULT_SETTINGS,
    INF,
    NEG_INF,
    Interval,
    Kind,
    Quantity,
    ReadingSettings,
)
from factcheck.quantity.interval import exponent
from factcheck.quantity.lazyre import lazy_compile
from factcheck.quantity.model import SHARE
from factcheck.quantity.units import PERCENT, kind_of
from factcheck.records import MutableRecord, OrderedRecord, mutable_record, record, set_field
from factcheck.safeio import MAX_INPUT_BYTES, InputError, decode, read_file, reason

if TYPE_CHECKING:
    from factcheck.documents.model import Document
    from factcheck.expr import Expression
    from factcheck.model import Article, Claim, Derived, Rule, Source

try:  # libyaml is much faster; fall back to the pure-Python safe loader
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]


MAX_FILE_BYTES = MAX_INPUT_BYTES
CLAIMS_FOLDER = "claims"
MAX_ALIASES = 16
MAX_SUGGESTIONS = 50  # did-you-mean hints per rules file; past these, unknown names are listed without one
FUZZY_SHORTLIST_ABOVE = 1000
FUZZY_SHORTLIST = 8
ARTICLE_ID = lazy_compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
CLAIM_ID = lazy_compile(r"^[a-z][a-z0-9_]*(?:\.[a-z][a-z0-9_]*)*$")
RULE_ID = lazy_compile(r"^[a-z0-9][a-z0-9_.-]*$")
LANGUAGES = ("zh", "en")
SEVERITIES = ("error", "warning")
# What a suggested rule's figures share in the text, strongest first: one clause, one sentence, one table, one
# paragraph, or nothing nearer than the document (``across``).  Extract writes it; the engine's lenient path
# holds a failing share that no sentence joins (table, paragraph, across) as a warning when it is more than five
# points off.
EVIDENCE = ("clause", "sentence", "table", "paragraph", "across")

ARTICLE_KEYS = {
    "id": True,
    "title": True,
    "language": False,
    "byline": False,
    "text": False,
    "date": False,
    "url": False,
}
CLAIM_KEYS = {"quote": True, "value": False, "unit": False, "note": False, "label": False, "disable": False}
RULE_KEYS = {
    "id": True,
    "check": True,
    "explain": False,
    "severity": False,
    "suggested": False,
    "evidence": False,
}
CLAIMS_FILE_KEYS = {"article": True, "claims": True}
RULES_FILE_KEYS = {"article": True, "derive": False, "rules": True}

_STR = "tag:yaml.org,2002:str"
_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"
_NULL = "tag:yaml.org,2002:null"


_FIRSTS = frozenset(_Loader.yaml_implicit_resolvers)  # the first characters some implicit pattern is listed under
_RESOLVED: dict[tuple[str, bool, bool], str] = {}  # short plain scalars' tags, as PyYAML resolved them
_RESOLVED_LENGTH = 40  # remembered scalars: at most this long ...
_RESOLVED_COUNT = 1 << 16  # ... and this many (then all forgotten at once)


class _Composer(_Loader):
    """The safe loader, resolving scalars' tags faster and alike.

    libyaml calls ``resolve`` for every scalar (a million for a 100,000-claim archive), and PyYAML's resolver
    tries each implicit pattern listed under a plain scalar's first character.  A quote (审结1200件), a claim
    id or a key like ``quote`` starts with a character no pattern is listed under, and a quoted scalar is
    never resolved by pattern: both are strings without a try, as is any scalar with a character outside
    ASCII (2年来..., a quote that starts with a digit), which no pattern can match.  Digits alone (``12345``,
    a claim's value) are an int, as the int pattern reads them; any other short scalar is resolved by PyYAML
    and remembered.  The answer is PyYAML's because the safe loader's patterns are PyYAML's own and it has no
    path resolvers: checked below, and were either changed, this class would not be used.
    """

    def resolve(self, kind: type[yaml.Node], value: str, implicit: tuple[bool, bool]) -> str:
        if kind is not _SCALAR_NODE:
            return str(super().resolve(kind, value, implicit))  # type: ignore[no-untyped-call]
        if not implicit[0] or (value and value[0] not in _FIRSTS) or not value.isascii():
            return _STR  # PyYAML's DEFAULT_SCALAR_TAG
        if value.isdigit() and (value[0] != "0" or len(value) == 1):
            return _INT  # 31094: the int pattern's [1-9][0-9_]*, and no pattern before it takes digits alone
        if len(value) > _RESOLVED_LENGTH:
            return str(super().resolve(kind, value, implicit))  # type: ignore[no-untyped-call]
        key = (value, implicit[0], implicit[1])
        tag = _RESOLVED.get(key)
        if tag is None:
            if len(_RESOLVED) >= _RESOLVED_COUNT:
                _RESOLVED.clear()
            tag = _RESOLVED[key] = str(super().resolve(kind, value, implicit))  # type: ignore[no-untyped-call]
        return tag


def _stock_resolvers() -> bool:
    """Are the loader's implicit patterns PyYAML's own, with no path resolver?  Of those, none matches a
    character outside ASCII, and the int pattern alone takes digits alone (``_Composer`` relies on both)."""
    from yaml.resolver import Resolver

    patterns = _Loader.yaml_implicit_resolvers
    if _Loader.yaml_path_resolvers or patterns != Resolver.yaml_implicit_resolvers:
        return False
    digits = ("0", "7", "31094", "1" * 60)
    return all([tag for tag, regexp in patterns.get(d[0], []) if regexp.match(d)] == [_INT] for d in digits)


_SCALAR_NODE = yaml.ScalarNode
if _stock_resolvers():
    _Loader = _Composer  # type: ignore[misc]


@record
class Problem(OrderedRecord):
    """One problem in an input file, at its 1-based line and column."""

    file: str
    line: int
    column: int
    message: str

    def __init__(
        self,
        file: str,
        line: int,
        column: int,
        message: str,
    ) -> None:
        set_field(self, "file", file)
        set_field(self, "line", line)
        set_field(self, "column", column)
        set_field(self, "message", message)

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}: {self.message}"


class LoadError(FactcheckError):
    """One or more problems in the input files; all of them are listed."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = tuple(sorted(set(problems)))
        super().__init__("\n".join(str(p) for p in self.problems))


@mutable_record
class YamlFile(MutableRecord):
    """One YAML file being read, and the problems found in it."""

    path: str
    problems: list[Problem] = field(default_factory=list)

    def __init__(
        self,
        path: str,
        problems: list[Problem] | None = None,
    ) -> None:
        self.path = path
        self.problems = [] if problems is None else problems

    def at(self, node: yaml.Node | None, message: str, column_offset: int = 0) -> None:
        if node is None:
            self.problems.append(Problem(self.path, 1, 1, message))
            return
        mark = node.start_mark
        self.problems.append(Problem(self.path, mark.line + 1, mark.column + 1 + column_offset, message))

    def source(self, node: yaml.Node) -> Source:
        from factcheck.model import Source  # here, as the model's other classes: config needs none of them

        return Source(self.path, node.start_mark.line + 1, node.start_mark.column + 1)

    def mapping(self, node: yaml.Node, what: str) -> dict[str, tuple[yaml.Node, yaml.Node]] | None:
        if not isinstance(node, yaml.MappingNode):
            self.at(node, _("{what} must be a mapping (key: value pairs)").format(what=what))
            return None
        result: dict[str, tuple[yaml.Node, yaml.Node]] = {}
        for key, value in node.value:
            if not isinstance(key, yaml.ScalarNode) or key.tag not in (_STR, _INT, _FLOAT):
                self.at(key, _("keys in {what} must be plain names").format(what=what))
                continue
            name = str(key.value)
            if name in result:
                first = result[name][0].start_mark.line + 1
                self.at(
                    key,
                    _("duplicate key {name!r} in {what} (first at line {first})").format(
                        name=name, what=what, first=first
                    ),
                )
                continue
            result[name] = (key, value)
        return result

    def keys(
        self, node: yaml.Node, items: dict[str, tuple[yaml.Node, yaml.Node]], allowed: dict[str, bool], what: str
    ) -> None:
        for name, (key, _value) in items.items():
            if name not in allowed:
                self.at(
                    key,
                    _("unknown field {name!r} in {what}{hint}").format(
                        name=name, what=what, hint=did_you_mean(name, allowed)
                    ),
                )
        for name, required in allowed.items():
            if required and name not in items:
                self.at(node, _("missing field {name!r} in {what}").format(name=name, what=what))

    def fields(self, node: yaml.Node, allowed: dict[str, bool], what: str) -> dict[str, yaml.Node] | None:
        """A mapping's values by key, after reporting unknown, missing and duplicate keys."""
        items = self.mapping(node, what)
        if items is None:
            return None
        self.keys(node, items, allowed, what)
        return {name: value for name, (_, value) in items.items()}

    def clean_fields(self, node: yaml.Node, allowed: dict[str, bool]) -> dict[str, yaml.Node] | None:
        """What :meth:`fields` returns for a mapping it would find nothing wrong with, else None (and nothing
        reported: the caller then asks :meth:`fields`, which says what is wrong).  A claim or rule of every
        file passes here: it costs neither a message's words nor a problem list."""
        if type(node) is not yaml.MappingNode:
            return None
        result: dict[str, yaml.Node] = {}
        for key, value in node.value:
            if type(key) is not yaml.ScalarNode or key.tag != _STR:
                return None
            name = key.value
            if name in result or name not in allowed:
                return None
            result[name] = value
        for name, required in allowed.items():
            if required and name not in result:
                return None
        return result

    def text(self, node: yaml.Node | None, what: str) -> str | None:
        if node is None:
            return None
        if not isinstance(node, yaml.ScalarNode) or node.tag == _NULL:
            self.at(node, _("{what} must be text").format(what=what))
            return None
        return str(node.value)


def did_you_mean(name: str, choices: Iterable[str]) -> str:
    options = list(choices)
    if len(options) > FUZZY_SHORTLIST_ABOVE:
        options.sort()  # ties among the shortlist must not depend on a set's order
        # difflib compares in Python, one choice at a time (0.17 s against 50,000 claims): let rapidfuzz
        # shortlist the nearest few in C, and difflib choose among them as it always has.
        from rapidfuzz import fuzz, process

        shortlist = process.extract(name, options, scorer=fuzz.ratio, limit=FUZZY_SHORTLIST, score_cutoff=50)
        options = [choice for choice, _, _ in shortlist]
    import difflib  # here: only a misspelt name needs it

    close = difflib.get_close_matches(name, options, n=1, cutoff=0.6)
    return _(" (did you mean {name!r}?)").format(name=close[0]) if close else ""


# -- files ---------------------------------------------------------------------------------------


def discover(paths: Sequence[str | Path], roots: Sequence[Path] = ()) -> tuple[list[Path], list[Problem]]:
    """The YAML files named by ``paths`` (files, or folders searched recursively), in a stable order.

    A file named twice (``claims/a.yaml`` and ``./x/../claims/a.yaml``, or through a link) is listed once.
    Inside a folder, only regular files are taken: a folder that cannot be read, a broken link, a link
    leading out of the folder (and out of ``roots``), or a FIFO, device or socket named ``*.yaml`` is a
    problem, never silently skipped (a rules file that is not read would be a false pass) and never opened
    (a FIFO would block).
    """
    files: list[tuple[Path, tuple[int, int]]] = []
    problems: list[Problem] = []
    for raw in paths:
        path = Path(raw)
        if _leaves(path, roots):
            problems.append(Problem(display_path(path), 1, 1, _("a link that leads out of the project: not read")))
            continue
        try:
            info = path.stat()
        except (OSError, ValueError) as error:
            missing = isinstance(error, FileNotFoundError) or (
                isinstance(error, OSError) and error.errno == errno.ENOTDIR
            )
            message = _("no such file or folder") if missing else _("cannot read: {reason}").format(reason=_why(error))
            if missing and path.is_symlink():
                message = _("broken link: it points to nothing")
            problems.append(Problem(display_path(path), 1, 1, message))
            continue
        if stat.S_ISDIR(info.st_mode):
            found, trouble = _walk(path, roots)
            files.extend(found)
            problems.extend(trouble)
        elif stat.S_ISREG(info.st_mode):
            files.append((path, (info.st_dev, info.st_ino)))
        else:
            problems.append(Problem(display_path(path), 1, 1, _("not a regular file (a pipe, device or socket)")))
    unique: dict[tuple[int, int], Path] = {}
    for path, identity in files:
        unique.setdefault(identity, path)
    return list(unique.values()), problems


def _leaves(path: Path, roots: Sequence[Path]) -> bool:
    """Whether ``path``, named inside the project, resolves outside it (``claims`` -> /home/runner/.ssh).

    A path named outside the project is the user's own choice on the command line, and is read as given.
    """
    try:
        named = Path(os.path.abspath(path))  # noqa: PTH100 - lexical: where the user pointed, links unfollowed
        real = path.resolve()
    except (OSError, ValueError, RuntimeError):
        return False
    return any(_within(named, root) for root in roots) and not any(_within(real, root) for root in roots)


def _why(error: OSError | ValueError) -> str:
    return reason(error) if isinstance(error, OSError) else _("invalid file name")


def _is_yaml(name: str) -> bool:
    return name.endswith((".yaml", ".yml"))


def walk_files(
    folder: Path, wanted: Callable[[str], bool], roots: Sequence[Path] = ()
) -> tuple[list[Path], list[Problem]]:
    """Every regular file under ``folder`` whose name ``wanted`` accepts, sorted, and the problems met on the
    way (see :func:`discover`): for scan over a folder of articles as for claims and rules."""
    found, problems = _walk(folder, project_roots(roots) if roots else (), wanted)
    return [path for path, _ in found], problems


def _walk(
    folder: Path, roots: Sequence[Path], wanted: Callable[[str], bool] | None = None
) -> tuple[list[tuple[Path, tuple[int, int]]], list[Problem]]:
    """Every regular *.yaml / *.yml file under ``folder`` (or each file ``wanted`` accepts), sorted;
    iterative, and never through a link that leaves the folder."""
    accept = wanted or _is_yaml
    found: list[tuple[Path, tuple[int, int]]] = []
    problems: list[Problem] = []
    try:
        top = folder.resolve()
    except (OSError, RuntimeError) as error:
        return [], [Problem(display_path(folder), 1, 1, _("cannot read folder: {reason}").format(reason=error))]
    inside = (top, *roots)
    pending = [folder]
    while pending:
        current = pending.pop()
        try:
            with os.scandir(current) as entries:
                listed = list(entries)
        except OSError as error:
            problems.append(
                Problem(display_path(current), 1, 1, _("cannot read folder: {reason}").format(reason=reason(error)))
            )
            continue
        for entry in listed:
            path = Path(entry.path)
            try:
                if entry.is_symlink():
                    if not accept(entry.name):
                        continue  # a linked folder inside is walked where it really is; outside, it is not ours
                    target = path.resolve()
                    if not any(_within(target, root) for root in inside):
                        problems.append(
                            Problem(
                                display_path(path),
                                1,
                                1,
                                _("links outside {folder}: not read").format(folder=display_path(folder)),
                            )
                        )
                        continue
                    info = path.stat()
                elif entry.is_dir(follow_symlinks=False):
                    pending.append(path)
                    continue
                elif not accept(entry.name):
                    continue
                else:
                    info = entry.stat(follow_symlinks=False)
            except FileNotFoundError:
                problems.append(Problem(display_path(path), 1, 1, _("broken link: it points to nothing")))
                continue
            except (OSError, RuntimeError) as error:
                shown = reason(error) if isinstance(error, OSError) else str(error)
                problems.append(Problem(display_path(path), 1, 1, _("cannot read: {reason}").format(reason=shown)))
                continue
            if stat.S_ISREG(info.st_mode):
                found.append((path, (info.st_dev, info.st_ino)))
            elif not stat.S_ISDIR(info.st_mode):
                problems.append(Problem(display_path(path), 1, 1, _("not a regular file (a pipe, device or socket)")))
    found.sort(key=lambda item: item[0])
    return found, problems


def _within(path: Path, root: Path) -> bool:
    return path == root or root in path.parents


def display_path(path: Path) -> str:
    """A path as the user should see it: relative to the working directory when inside it.

    The path as named comes first (a link is shown as the link, not as what it points to), then as resolved.
    """
    try:
        cwd = _resolved_folder(str(Path.cwd()))
        named = Path(os.path.abspath(path))  # noqa: PTH100 - lexical: links are shown as the user named them
    except (ValueError, OSError, RuntimeError):
        return path.as_posix()
    try:
        return named.relative_to(cwd).as_posix()
    except ValueError:
        pass
    try:
        return _resolved(path).relative_to(cwd).as_posix()
    except (ValueError, OSError, RuntimeError):
        return path.as_posix()


def _resolved(path: Path) -> Path:
    """``path.resolve()``, with each folder resolved once rather than once per file (archives have thousands)."""
    if path.name in ("", ".", "..") or path.is_symlink():
        return path.resolve()
    return _resolved_folder(str(path.parent.absolute())) / path.name


@functools.lru_cache(maxsize=1024)
def _resolved_folder(folder: str) -> Path:
    return Path(folder).resolve()


def _read(path: Path, display: str) -> tuple[str | None, list[Problem]]:
    """A claims, rules or article file as text: a regular file of at most MAX_FILE_BYTES, UTF-8."""
    try:
        return decode(read_file(path, MAX_FILE_BYTES)), []
    except InputError as error:
        return None, [_located(display, error)]


def _located(display: str, error: InputError) -> Problem:
    """safeio's messages name a line and column when they know one ("line 3, column 7: not UTF-8 text")."""
    if error.line is not None and error.column is not None and error.detail is not None:
        return Problem(display, error.line, error.column, error.detail)
    return Problem(display, 1, 1, str(error))


def read_text(path: Path) -> str:
    """A UTF-8 text file such as an article or a draft; problems raise :class:`LoadError`."""
    display = display_path(path)
    text, problems = _read(path, display)
    if text is None:
        if problems and problems[0].message == _("cannot read: {reason}").format(reason=_("No such file or directory")):
            problems = [Problem(display, 1, 1, _("no such file"))]
        raise LoadError(problems)
    return text


# `article:` then an indented `id:`, `article: {id: ...}`, or failing that the first indented `id:`.  [ \t]
# rather than \s, so that no pattern can run across lines: 80,000 blank lines are read in one linear pass.
_ARTICLE_ID_LINE = lazy_compile(r"^article:[ \t]*\r?\n[ \t]+id:[ \t]*[\"']?([a-z0-9-]+)", re.MULTILINE)
_FLOW_ID_LINE = lazy_compile(r"^article:[ \t]*\{[^}\n]*?\bid:[ \t]*[\"']?([a-z0-9-]+)", re.MULTILINE)
_ANY_ID_LINE = lazy_compile(r"^[ \t]+id:[ \t]*[\"']?([a-z0-9-]+)", re.MULTILINE)
_ARTICLE_LINE = lazy_compile(r"^article:[ \t]*[\"']?([a-z0-9-]+)[\"']?[ \t]*(?:#.*)?$", re.MULTILINE)
_HEAD_BYTES = 4096


def rules_files_for(claims_path: Path) -> list[Path]:
    """Rules files for the article of ``claims_path``: in a rules/ folder beside its claims/ folder.

    A file that cannot be read, a broken link or a FIFO named like a rules file is returned too, so that
    loading it reports the problem: a rules file skipped in silence would be a false pass.
    """
    try:
        text = decode(read_file(claims_path))
    except InputError:
        return []  # loading the claims file reports why
    match = _ARTICLE_ID_LINE.search(text) or _FLOW_ID_LINE.search(text) or _ANY_ID_LINE.search(text)
    if match is None:
        return []
    article_id = match.group(1)
    found: list[Path] = []
    for folder in dict.fromkeys([claims_path.parent.parent / "rules", claims_path.parent, Path("rules")]):
        try:
            with os.scandir(folder) as entries:
                names = sorted(entry.name for entry in entries if _is_yaml(entry.name))
        except (OSError, ValueError):
            continue
        for name in names:
            path = folder / name
            if path.is_dir() or _same(path, claims_path):
                continue
            try:
                head = read_file(path)[:_HEAD_BYTES].decode("utf-8", errors="replace")
            except InputError:
                # unreadable, a pipe or a broken link: load() says which (named as found, not resolved)
                found.append(Path(os.path.abspath(path)))  # noqa: PTH100
                continue
            named = _ARTICLE_LINE.search(head)
            if named and named.group(1) == article_id:
                found.append(_resolved_or_named(path))
    return list(dict.fromkeys(found))


def _same(a: Path, b: Path) -> bool:
    try:
        return a.samefile(b)
    except (OSError, ValueError):
        return False


def _resolved_or_named(path: Path) -> Path:
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return path


def compose(text: str, display: str) -> tuple[yaml.Node | None, list[Problem]]:
    """Compose YAML into nodes, refusing alias bombs and reporting syntax errors with line and column."""
    try:
        aliases = 0
        # Every alias is written '*name': a text without '*' is composed in one pass, with no event pass first.
        for event in yaml.parse(text, Loader=_Loader) if "*" in text else ():
            if isinstance(event, yaml.AliasEvent):
                aliases += 1
                if aliases > MAX_ALIASES:
                    mark = event.start_mark
                    line, column = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
                    message = _("too many aliases (more than {limit}): write the values out").format(limit=MAX_ALIASES)
                    return None, [Problem(display, line, column, message)]
        return yaml.compose(text, Loader=_Loader), []
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        problem = yaml_reason(error.problem) if error.problem else _("invalid YAML")
        if error.context:
            message = _("YAML syntax error: {problem} ({context})").format(
                problem=problem, context=yaml_reason(error.context)
            )
        else:
            message = _("YAML syntax error: {problem}").format(problem=problem)
        return None, [Problem(display, line, column, message)]
    except yaml.reader.ReaderError as error:  # a character YAML forbids: say which, and where it really is
        position = error.position
        if error.encoding != "unicode":  # libyaml counts UTF-8 bytes; the pure-Python reader, characters
            position = len(text.encode("utf-8", "surrogatepass")[:position].decode("utf-8", "ignore"))
        line, column = _line_column(text, position)
        character = error.character if isinstance(error.character, str) else chr(error.character)
        message = _("YAML forbids the control character U+{code:04X} here: remove it or write it escaped").format(
            code=ord(character)
        )
        return None, [Problem(display, line, column, message)]
    except yaml.YAMLError as error:
        first = str(error).strip().splitlines()[0] if str(error).strip() else _("invalid YAML")
        return None, [Problem(display, 1, 1, _("YAML error: {problem}").format(problem=first))]
    except RecursionError:
        return None, [Problem(display, 1, 1, _("YAML nested too deeply"))]


def yaml_reason(message: str) -> str:
    """PyYAML's words for a syntax error (English in every locale) in the reader's language, for the ones a
    hand-written claims file meets; any other is shown as PyYAML wrote it."""
    if current() == ENGLISH:
        return message  # English readers get PyYAML's own words, as before
    known = {
        "mapping values are not allowed here": _("a colon that cannot start a value here (quote the text?)"),
        "mapping values are not allowed in this context": _("a colon that cannot start a value here (quote the text?)"),
        "found a tab character that violates indentation": _("a tab in the indentation: indent with spaces"),
        "found character that cannot start any token": _("a character that cannot start a value (a tab? use spaces)"),
        "did not find expected key": _("a key was expected here (is the indentation aligned?)"),
        "did not find expected node content": _("a value was expected here"),
        "did not find expected '-' indicator": _("a list item ('- ') was expected here (is the indentation aligned?)"),
        "found undefined alias": _("an alias that is not defined"),
        "while scanning a plain scalar": _("in a value"),
        "could not find expected ':'": _("a key without its colon"),
        "found unexpected end of stream": _("the file ends inside a quoted text"),
        "while parsing a block mapping": _("in a block of keys"),
        "while parsing a block collection": _("in a list"),
        "while parsing a flow mapping": _("in a mapping written in braces"),
        "while parsing a flow sequence": _("in a list written in brackets"),
        "while scanning a simple key": _("in a key"),
        "while scanning a quoted scalar": _("in a quoted text"),
        "while parsing a block node": _("in a value"),
        "while scanning an alias": _("in an alias"),
    }
    if message in known:
        return known[message]
    match = re.fullmatch(r"found character (.+) that cannot start any token", message)
    if match:
        return _("the character {char} cannot start a value (a tab? use spaces)").format(char=match.group(1))
    match = re.fullmatch(r"expected (.+), but found (.+)", message)
    if match:
        return _("the indentation or punctuation is off (YAML expected {expected}, found {found})").format(
            expected=match.group(1), found=match.group(2)
        )
    match = re.fullmatch(r"found undefined alias (.+)", message)
    if match:
        return _("alias {name} is not defined").format(name=match.group(1))
    return message


def _line_column(text: str, position: int) -> tuple[int, int]:
    before = text[:position]
    line_start = before.rfind("\n") + 1
    return before.count("\n") + 1, position - line_start + 1


# -- claims ----------------------------------------------------------------------------------------


def _article_text(
    f: YamlFile, node: yaml.Node, text_path: str, claims_path: Path, roots: Sequence[Path]
) -> Document | None:
    """The article document named by ``text:``, read only from inside the project.

    The path is taken relative to the claims file and resolved through every link; it must then lie in the
    folder holding the claims file, in the folder above it when that is a ``claims/`` folder (the project
    layout extract writes: ``claims/x.yaml`` names ``../articles/x.txt``), or in one of ``roots`` (the
    project root).  A claims file from a pull
    request can otherwise name ``../../../.ssh/id_rsa`` or ``/proc/self/environ`` and have it printed.
    """
    try:  # the claims folder resolved once per run (an archive's claims share one); the text's path each time
        folder = _resolved_folder(str(claims_path.parent.absolute()))
        resolved = (claims_path.parent / text_path).resolve()
    except (OSError, ValueError, RuntimeError):
        f.at(node, _("article text {path!r} is not a usable file name").format(path=text_path))
        return None
    # The claims file's folder, the project root, and the project a claims/ folder stands in (../articles/).
    allowed = (folder, *roots, *((folder.parent,) if folder.name == CLAIMS_FOLDER else ()))
    if not any(_within(resolved, root) for root in allowed):
        shown = " or ".join(dict.fromkeys(display_path(root) for root in allowed))
        f.at(
            node,
            _("article text {path!r} is outside the project ({project}): keep the article inside it").format(
                path=text_path, project=shown
            ),
        )
        return None
    try:
        info = resolved.stat()
    except (OSError, ValueError):
        info = None
    if info is None or stat.S_ISDIR(info.st_mode):
        f.at(node, _("article text not found: {path} (relative to this file)").format(path=text_path))
        return None
    return _read_document(f, node, resolved)


def _read_article(
    f: YamlFile, node: yaml.Node, claims_path: Path, roots: Sequence[Path] = ()
) -> dict[str, object] | None:
    get = f.fields(node, ARTICLE_KEYS, "article")
    if get is None:
        return None
    article_id = f.text(get.get("id"), _("article id"))
    if article_id is not None and not ARTICLE_ID.fullmatch(article_id):
        f.at(get["id"], _("article id {id!r} must be lower-case letters, digits and hyphens").format(id=article_id))
    language = f.text(get.get("language"), "language") or "zh"
    if language not in LANGUAGES:
        f.at(
            get.get("language"),
            _("language must be one of {choices}, not {language!r}").format(
                choices=", ".join(LANGUAGES), language=language
            ),
        )
    text_path = f.text(get.get("text"), "text")
    document = _article_text(f, get["text"], text_path, claims_path, roots) if text_path is not None else None
    return {
        "id": article_id,
        "title": f.text(get.get("title"), "title"),
        "language": language,
        "byline": f.text(get.get("byline"), "byline"),
        "date": f.text(get.get("date"), "date"),
        "url": f.text(get.get("url"), "url"),
        "text_path": text_path,
        "text": document.text if document is not None else None,
        "document": document,
    }


def _read_document(f: YamlFile, node: yaml.Node, path: Path) -> Document | None:
    """The article as a document: its canonical text, whatever its format (.txt, .md, .html, .docx, .pdf), and
    the file positions of that text."""
    from factcheck.documents import DocumentError, read_document

    try:
        return read_document(path, display_path(path))
    except DocumentError as error:
        if error.line is not None:  # a place in the article itself: point there
            f.problems.append(Problem(error.path, error.line, error.column, error.reason))
        else:
            f.at(node, str(error))
        return None


def _claim_value(f: YamlFile, node: yaml.Node, settings: ReadingSettings) -> tuple[Quantity | None, str | None, bool]:
    """The value's reading, its source text, and whether it was written as a bare number."""
    if isinstance(node, yaml.MappingNode):
        from factcheck.expr import MAX_LITERAL_EXPONENT

        items = f.fields(node, {"min": False, "max": False}, "value")
        if items is None:
            return None, None, False
        if not items:
            f.at(node, _("value range needs min:, max: or both"))
            return None, None, False
        ends: dict[str, Decimal] = {}
        for name in ("min", "max"):
            if name in items:
                raw = f.text(items[name], name)
                try:
                    ends[name] = Decimal(raw.replace(",", "")) if raw is not None else Decimal("NaN")
                    if not ends[name].is_finite():
                        raise InvalidOperation
                except InvalidOperation:
                    f.at(items[name], _("{name} must be a number").format(name=name))
                    return None, None, False
                if ends[name] and not -MAX_LITERAL_EXPONENT <= ends[name].adjusted() <= MAX_LITERAL_EXPONENT:
                    bound = f"1e{MAX_LITERAL_EXPONENT}"
                    f.at(
                        items[name],
                        _("{name} is out of range: numbers lie between 1e-{exponent} and {bound} in size").format(
                            name=name, exponent=MAX_LITERAL_EXPONENT, bound=bound
                        ),
                    )
                    return None, None, False
        lo, hi = ends.get("min", NEG_INF), ends.get("max", INF)
        if lo > hi:
            f.at(node, _("min {lo} is above max {hi}").format(lo=lo, hi=hi))
            return None, None, False
        interval = Interval(lo, hi, lo.is_finite(), hi.is_finite())
        text = f"{ends.get('min', '')}..{ends.get('max', '')}"
        return Quantity(interval, None, Kind.NUMBER, text, lo if lo.is_finite() else hi), text, False
    if not isinstance(node, yaml.ScalarNode) or node.tag == _NULL or node.value == "":
        f.at(
            node,
            _("value must be a number, a figure as written (98%以上) or {example}").format(
                example="{min: ..., max: ...}"
            ),
        )
        return None, None, False
    text = str(node.value)
    bare = node.tag in (_INT, _FLOAT)
    try:
        return _figure(text, settings), text, bare
    except FactcheckError as error:
        f.at(node, _("value {text!r}: {problem}").format(text=text, problem=error))
        return None, text, bare


# Each distinct quote and value is read once: extract writes one claim per figure, each quoting the whole
# clause, so a clause of three figures is quoted three times in a row.  Quantities are frozen: sharing is safe.
# A short quote (结案率98.5%, 审结1200件) recurs across an archive's articles, between thousands of clauses seen
# once: short quotes have a memo of their own, which those clauses cannot push them out of (the 100,000-claim
# benchmark archive: 59,023 readings of its 55,003 distinct quotes with one memo of 4,096, 55,003 with the two).
SHORT_QUOTE = 16  # characters


def _figures(quote: str, settings: ReadingSettings) -> tuple[Quantity, ...]:
    return _short_figures(quote, settings) if len(quote) <= SHORT_QUOTE else _long_figures(quote, settings)


def _read_quote(quote: str, settings: ReadingSettings) -> tuple[Quantity, ...]:
    from factcheck.quantity.reader import find_quantities  # here: a replayed check never reads a figure

    found = tuple(find_quantities(quote, settings=settings))
    if found:
        return found
    # A quote that is the figure alone ("Two-thirds", "almost half"): running text reads a word fraction only
    # before "of ...", but a quote of nothing else can only mean it, when it reads wholly.
    try:
        return (_read_figure(quote.strip(), settings),)
    except QuantityError:
        return ()


_short_figures = functools.lru_cache(maxsize=16384)(_read_quote)
_long_figures = functools.lru_cache(maxsize=4096)(_read_quote)


def _figure(text: str, settings: ReadingSettings) -> Quantity:
    # A claim's value is most often a plain integer (``value: 1234``, written by extract), and each is a different
    # number, so the memo below cannot help: the reader's own shortcut reads it, before any memo.
    plain = _plain_integer()(text)
    return plain if plain is not None else _read_figure(text, settings)


@functools.cache
def _plain_integer() -> Callable[[str], Quantity | None]:
    """The reader's plain-integer shortcut, imported on first use (once, not per value: a hot path)."""
    from factcheck.quantity.reader import plain_integer

    return plain_integer


@functools.lru_cache(maxsize=4096)
def _read_figure(text: str, settings: ReadingSettings) -> Quantity:
    from factcheck.quantity.reader import parse_quantity

    return parse_quantity(text, settings=settings)


def _pick(figures: Sequence[Quantity], value: Quantity, unit: str | None) -> Quantity | None:
    """The quote's figure that the claim's value names."""
    candidates = [q for q in figures if q.interval.intersect(value.interval) is not None]
    if unit is not None:
        candidates = [q for q in candidates if q.unit == unit] or candidates
    if value.unit is not None:
        candidates = [q for q in candidates if q.unit == value.unit] or candidates
    exact = [q for q in candidates if q.value == value.value]
    best = exact or candidates
    return best[0] if best else None


# Reading a run of quotes one after another, then building their claims, costs less than reading each quote
# between the YAML work of its claim (the 100,000-claim benchmark archive: 8.2 s against 8.5-8.9 s for its loading,
# CPU time, alternating runs): the reader's code and tables stay warm.  The run is far shorter than either memo of
# _figures, so each quote read ahead is still there when its claim is built; the figures are the same either way.
READ_AHEAD = 64


def _read_ahead(
    f: YamlFile, run: Sequence[tuple[str, tuple[yaml.Node, yaml.Node]]], settings: ReadingSettings
) -> list[dict[str, yaml.Node] | None]:
    """Each claim's fields where its mapping is clean (see :meth:`YamlFile.clean_fields`), its quote read into
    the memo of :func:`_figures`; nothing reported (``_claim`` reports what is wrong)."""
    found: list[dict[str, yaml.Node] | None] = []
    for _id, (_key, node) in run:
        get = f.clean_fields(node, CLAIM_KEYS)
        quote = _plain(get.get("quote")) if get is not None else None
        if quote is not None and quote.strip():
            _figures(quote, settings)
        found.append(get)
    return found


def _claim(
    f: YamlFile,
    claim_id: str,
    key: yaml.Node,
    node: yaml.Node,
    settings: ReadingSettings,
    clean: dict[str, yaml.Node] | None = None,
) -> Claim | None:
    """One claim; ``clean`` is its fields as :meth:`YamlFile.clean_fields` found them (None: not known, or not
    clean)."""
    from factcheck.model import Claim, Source

    get = clean or f.clean_fields(node, CLAIM_KEYS) or f.fields(node, CLAIM_KEYS, _("claim {id}").format(id=claim_id))
    if get is None:
        return None
    quote_node = get.get("quote")
    quote = _plain(quote_node)
    if quote is None:
        quote = f.text(quote_node, "quote")
    unit = f.text(get["unit"], "unit") if "unit" in get else None
    if quote is None:
        return None
    if not quote.strip():
        f.at(get["quote"], _("quote is empty: copy the sentence with the figure from the article"))
        return None
    figures = _figures(quote, settings)
    value_node = get.get("value")
    if value_node is None:
        if len(figures) != 1:
            listed = _(", ").join(q.text for q in figures)
            message = (
                _("the quote holds no figure: add value:")
                if not figures
                else _("the quote holds {count} figures ({listed}): add value: to pick one").format(
                    count=len(figures), listed=listed
                )
            )
            f.at(get["quote"], message)
            return None
        quantity, value_text = figures[0], None
        figure: Quantity | None = figures[0]
    else:
        parsed, value_text, bare = _claim_value(f, value_node, settings)
        if parsed is None:
            return None
        figure = _pick(figures, parsed, unit)
        quantity = parsed
        if (
            figure is not None
            and bare
            and parsed.value == figure.value
            and exponent(parsed.value) >= exponent(figure.value)
        ):
            quantity = figure  # the number picks the quote's figure, with its hedge and rounding
        elif figure is not None and value_text is not None and figure.text == value_text.strip():
            quantity = figure  # the figure as written in the quote, read in its context (0.6个、…1.0个百分点 is pp)
        elif figure is not None and quantity.unit is None and figure.unit is not None:
            quantity = _with_unit(quantity, figure.unit, figure)
    if unit is not None and unit != quantity.unit:
        quantity = _with_unit(quantity, unit, figure)
    if figure is not None and figure.context == SHARE and quantity.unit == PERCENT and quantity.context != SHARE:
        quantity = quantity.as_share()
    mark = key.start_mark
    if len(get) == 1 or (len(get) == 2 and value_node is not None):  # quote: and value: alone, as extract writes
        note = label = None
        disabled: tuple[tuple[str, str, int], ...] = ()
    else:
        note, label = f.text(get.get("note"), "note"), f.text(get.get("label"), "label")
        disabled = _disabled(f, get.get("disable"))
    return Claim(
        claim_id,
        quote,
        quantity,
        Source(f.path, mark.line + 1, mark.column + 1),
        value_text,
        figure,
        figures,
        unit,
        note,
        label,
        disabled,
    )


def _disabled(f: YamlFile, node: yaml.Node | None) -> tuple[tuple[str, str, int], ...]:
    """``disable: {quote-in-article: why}``: checks and rules switched off for one claim, each with a reason."""
    if node is None:
        return ()
    items = f.mapping(node, "disable")
    if items is None:
        return ()
    found = []
    for name, (key, value) in items.items():
        reason = f.text(value, _("the reason for disabling {name}").format(name=name))
        if reason is not None and not reason.strip():
            f.at(value, _("disable: {name} needs a reason, for the report").format(name=name))
        elif reason is not None:
            found.append((name, reason.strip(), key.start_mark.line + 1))
    return tuple(found)


def _with_unit(quantity: Quantity, unit: str, figure: Quantity | None) -> Quantity:
    interval = quantity.interval
    context = figure.context if figure is not None else None
    if unit == PERCENT and quantity.unit is None:
        interval = _rounded_percent(quantity)  # a bare number that names a percentage is in percent units
    result = replace(quantity, interval=interval, unit=unit, kind=kind_of(unit), context=context)
    return result.as_share() if unit == PERCENT and context == SHARE else result


def _rounded_percent(quantity: Quantity) -> Interval:
    """A percentage is rounded at its last written digit, integers included (98 -> [97.5, 98.5])."""
    if not quantity.interval.is_point or quantity.value != quantity.interval.lo:
        return quantity.interval
    half = Decimal(1).scaleb(min(0, exponent(quantity.value))) / 2
    return Interval(quantity.value - half, quantity.value + half)


def load_claims(
    f: YamlFile,
    root: yaml.Node,
    path: Path,
    settings: ReadingSettings = DEFAULT_SETTINGS,
    roots: Sequence[Path] = (),
) -> Article | None:
    from factcheck.model import Article

    items = f.mapping(root, _("a claims file"))
    if items is None:
        return None
    f.keys(root, items, CLAIMS_FILE_KEYS, _("a claims file"))
    info = _read_article(f, items["article"][1], path, roots) if "article" in items else None
    claims: list[Claim] = []
    if "claims" in items:
        claims_node = items["claims"][1]
        entries = list((f.mapping(claims_node, "claims") or {}).items())
        # A run of claims at a time: their quotes read one after another first (see _read_ahead), then the claims
        # built, each finding its quote's figures in the memo.
        for begin in range(0, len(entries), READ_AHEAD):
            run = entries[begin : begin + READ_AHEAD]
            fields = _read_ahead(f, run, settings)
            for (claim_id, (key, node)), clean in zip(run, fields, strict=True):
                if not CLAIM_ID.fullmatch(claim_id):
                    f.at(key, _("claim id {id!r} must be dotted snake_case, such as gangs.total").format(id=claim_id))
                    continue
                claim = _claim(f, claim_id, key, node, settings, clean)
                if claim is not None:
                    claims.append(claim)
    if info is None or not isinstance(info["id"], str) or not isinstance(info["title"], str):
        return None
    return Article(
        id=info["id"],
        title=info["title"],
        claims_file=f.path,
        source=f.source(root),
        language=str(info["language"]),
        byline=_opt(info["byline"]),
        date=_opt(info["date"]),
        url=_opt(info["url"]),
        text_path=_opt(info["text_path"]),
        text=_opt(info["text"]),
        claims=tuple(claims),
        text_document=cast("Document | None", info["document"]),
    )


def _opt(value: object) -> str | None:
    return value if isinstance(value, str) else None


# -- rules ------------------------------------------------------------------------------------------


@mutable_record
class _RulesFile(MutableRecord):
    """A rules file as read: its article id, derived values and rules, each with its parsed expression."""

    file: YamlFile
    article: str | None
    article_node: yaml.Node | None
    derived: list[tuple[Derived, Expression, yaml.Node]]
    rules: list[tuple[Rule, Expression, yaml.Node]]

    def __init__(
        self,
        file: YamlFile,
        article: str | None,
        article_node: yaml.Node | None,
        derived: list[tuple[Derived, Expression, yaml.Node]],
        rules: list[tuple[Rule, Expression, yaml.Node]],
    ) -> None:
        self.file = file
        self.article = article
        self.article_node = article_node
        self.derived = derived
        self.rules = rules


def _expression(f: YamlFile, node: yaml.Node, text: str) -> Expression | None:
    from factcheck.expr import ExpressionError, parse_expression  # here: config and a cached re-run need no rules

    try:
        return parse_expression(text)
    except ExpressionError as error:
        style = getattr(node, "style", None)
        offset = error.column - 1 + (1 if style in ("'", '"') else 0)
        if style in ("|", ">"):
            offset = 0
        f.at(node, error.message, offset)
        return None


def load_rules(f: YamlFile, root: yaml.Node) -> _RulesFile | None:
    from factcheck.model import Derived

    items = f.mapping(root, _("a rules file"))
    if items is None:
        return None
    f.keys(root, items, RULES_FILE_KEYS, _("a rules file"))
    article_node = items["article"][1] if "article" in items else None
    article = f.text(article_node, "article") if article_node is not None else None
    derived: list[tuple[Derived, Expression, yaml.Node]] = []
    if "derive" in items:
        entries = f.mapping(items["derive"][1], "derive")
        for name, (key, node) in (entries or {}).items():
            if not CLAIM_ID.fullmatch(name):
                f.at(key, _("derived id {id!r} must be dotted snake_case, such as cases.total").format(id=name))
                continue
            text = f.text(node, _("derived value {name}").format(name=name))
            expression = _expression(f, node, text) if text is not None else None
            if expression is not None and text is not None:
                derived.append((Derived(name, text, f.source(key), expression), expression, node))
    rules: list[tuple[Rule, Expression, yaml.Node]] = []
    if "rules" in items:
        rules_node = items["rules"][1]
        if not isinstance(rules_node, yaml.SequenceNode):
            f.at(rules_node, _("rules must be a list of rules (each starting with '- id:')"))
        else:
            seen: dict[str, int] = {}
            for entry in rules_node.value:
                rule = _rule(f, entry, seen)
                if rule is not None:
                    rules.append(rule)
    return _RulesFile(f, article, article_node, derived, rules)


def _plain(node: yaml.Node | None) -> str | None:
    """A scalar's text, as :meth:`YamlFile.text` gives it when it finds nothing wrong; else None (the caller then
    asks it, and it says what is wrong).  Spares a rule or claim of every file the message's words."""
    return node.value if type(node) is yaml.ScalarNode and node.tag != _NULL else None


def _rule(f: YamlFile, node: yaml.Node, seen: dict[str, int]) -> tuple[Rule, Expression, yaml.Node] | None:
    from factcheck.model import Rule, Source

    get = f.clean_fields(node, RULE_KEYS) or f.fields(node, RULE_KEYS, _("a rule"))
    if get is None:
        return None
    id_node = get.get("id")
    rule_id = _plain(id_node)
    if rule_id is None:
        rule_id = f.text(id_node, _("rule id"))
    if rule_id is not None:
        if not RULE_ID.fullmatch(rule_id):
            f.at(get["id"], _("rule id {id!r} must be lower-case letters, digits, '-', '_' and '.'").format(id=rule_id))
        if rule_id in seen:
            f.at(
                get["id"], _("duplicate rule id {id!r} (first at line {first})").format(id=rule_id, first=seen[rule_id])
            )
            return None
        seen[rule_id] = node.start_mark.line + 1
    severity = f.text(get.get("severity"), "severity") or "error"
    if severity not in SEVERITIES:
        f.at(get.get("severity"), _("severity must be error or warning, not {severity!r}").format(severity=severity))
    evidence = f.text(get.get("evidence"), "evidence")
    if evidence is not None and evidence not in EVIDENCE:
        f.at(
            get.get("evidence"),
            _("evidence must be one of {choices}, not {evidence!r}").format(
                choices=", ".join(EVIDENCE), evidence=evidence
            ),
        )
        evidence = None
    check = f.text(get.get("check"), "check")
    expression = _expression(f, get["check"], check) if check is not None else None
    if rule_id is None or check is None or expression is None:
        return None
    mark = node.start_mark
    rule = Rule(
        id=rule_id,
        check=check,
        source=Source(f.path, mark.line + 1, mark.column + 1),
        severity=severity if severity in SEVERITIES else "error",
        explain=f.text(get.get("explain"), "explain"),
        suggested=f.text(get.get("suggested"), "suggested"),
        parsed=expression,
        evidence=evidence,
    )
    return rule, expression, get["check"]


def _resolve(article: Article, rules_file: _RulesFile) -> Article:
    """Check every name in derive: and rules: against the article's claims, and order the derived values."""
    f = rules_file.file
    claim_ids = set(article.claim_index)
    derived_ids = {d.id for d, _, _ in rules_file.derived}
    for derived, _expression, _node in rules_file.derived:
        if derived.id in claim_ids:
            f.problems.append(
                Problem(
                    f.path,
                    derived.source.line,
                    derived.source.column,
                    _("{id!r} is already a claim id").format(id=derived.id),
                )
            )
    known = claim_ids | derived_ids
    unknown = 0
    choices: list[str] = []
    for _item, expression, node in [*rules_file.derived, *rules_file.rules]:
        for name in expression.names:
            if name not in known:
                unknown += 1
                hint = ""
                if unknown <= MAX_SUGGESTIONS:
                    choices = choices or sorted(known)  # sorted once, not once per unknown name
                    hint = did_you_mean(name, choices)
                f.at(node, _("unknown claim {name!r}{hint}").format(name=name, hint=hint))
    ordered = _order_derived(f, rules_file.derived)
    return replace(
        article,
        derived=tuple(ordered),
        rules=tuple(rule for rule, _, _ in rules_file.rules),
        rules_file=f.path,
        claim_index={},
    )


def _order_derived(f: YamlFile, derived: list[tuple[Derived, Expression, yaml.Node]]) -> list[Derived]:
    """Derived values in an order where each comes after those it uses; cycles are problems.

    A depth-first search with its own stack, so 1,000 values each using the next are ordered as easily
    as three: no recursion limit to hit.
    """
    by_id = {d.id: (d, e, n) for d, e, n in derived}
    ordered: list[Derived] = []
    state: dict[str, str] = {}
    for start in by_id:
        if state.get(start) == "done":
            continue
        path: list[str] = [start]
        state[start] = "visiting"
        stack = [iter([u for u in by_id[start][1].names if u in by_id])]
        while stack:
            used = next(stack[-1], None)
            if used is None:
                stack.pop()
                name = path.pop()
                state[name] = "done"
                ordered.append(by_id[name][0])
                continue
            if state.get(used) == "done":
                continue
            if state.get(used) == "visiting":
                cycle = " -> ".join([*path[path.index(used) :], used])
                f.at(by_id[used][2], _("derived values refer to each other in a cycle: {cycle}").format(cycle=cycle))
                continue
            state[used] = "visiting"
            path.append(used)
            stack.append(iter([u for u in by_id[used][1].names if u in by_id]))
    return ordered


# -- the whole input --------------------------------------------------------------------------------


def project_roots(roots: Sequence[Path] | None) -> tuple[Path, ...]:
    """The folders an article's ``text:`` may lie in besides its claims file's own: resolved, and the working
    directory when none is given."""
    chosen = list(roots) if roots else [Path.cwd()]
    resolved: list[Path] = []
    for root in chosen:
        try:
            resolved.append(_resolved_folder(str(root.absolute())))  # once per run, not once per article
        except (OSError, RuntimeError):
            continue
    return tuple(dict.fromkeys(resolved))


def load(
    paths: Sequence[str | Path],
    settings: ReadingSettings = DEFAULT_SETTINGS,
    *,
    roots: Sequence[Path] | None = None,
) -> list[Article]:
    """Load every claims and rules file under ``paths``; raise :class:`LoadError` listing every problem.

    ``roots`` is the project root (default: the working directory): what ``text:`` may name, with the
    folder of each claims file.
    """
    inside = project_roots(roots)
    files, problems = discover(paths, inside)
    if not files and not problems:
        shown = ", ".join(str(p) for p in paths)
        problems.append(Problem(shown, 1, 1, _("no .yaml files found: give claims/ and rules/ files or folders")))
    sources = []
    for path in files:
        display = display_path(path)
        text, read_problems = _read(path, display)
        sources.append((path, display, text, read_problems))
    return _load_sources(sources, problems, settings, inside)


def load_texts(
    items: Sequence[tuple[Path, str]],
    settings: ReadingSettings = DEFAULT_SETTINGS,
    *,
    roots: Sequence[Path] | None = None,
) -> list[Article]:
    """Load claims and rules given as text, each with the path it would have (for relative ``text:``)."""
    sources: list[tuple[Path, str, str | None, list[Problem]]] = [
        (path, display_path(path), text, []) for path, text in items
    ]
    return _load_sources(sources, [], settings, project_roots(roots))


def _load_sources(
    sources: Sequence[tuple[Path, str, str | None, list[Problem]]],
    problems: list[Problem],
    settings: ReadingSettings,
    roots: Sequence[Path] = (),
) -> list[Article]:
    articles: dict[str, Article] = {}
    rules_files: list[_RulesFile] = []
    read: list[YamlFile] = []
    for path, display, text, read_problems in sources:
        # The last file's nodes (its top-level mapping held them too) go before this one's are composed: what
        # was built from them keeps none, and a 100,000-claim file's are 200 MiB the rules file's would join.
        root = top = None
        f = YamlFile(display)
        read.append(f)
        f.problems.extend(read_problems)
        if text is not None:
            root, syntax = compose(text, display)
            f.problems.extend(syntax)
        if root is None:
            if text is not None and not f.problems:
                f.at(
                    None, _("empty file: expected a claims file (article:, claims:) or a rules file (article:, rules:)")
                )
            continue
        top = f.mapping(root, _("the file"))
        if top is not None and "claims" in top:
            article = load_claims(f, root, path, settings, roots)
            if article is not None:
                if article.id in articles:
                    first = articles[article.id].claims_file
                    f.at(
                        top["article"][1],
                        _("article {id!r} is already defined in {first}").format(id=article.id, first=first),
                    )
                else:
                    articles[article.id] = article
        elif top is not None and ("rules" in top or "derive" in top):
            loaded = load_rules(f, root)
            if loaded is not None:
                rules_files.append(loaded)
        elif top is not None:
            f.at(root, _("not a claims file (article:, claims:) nor a rules file (article:, rules:)"))
    for rules_file in rules_files:
        name = rules_file.article
        if name is None:
            continue
        if name not in articles:
            rules_file.file.at(
                rules_file.article_node,
                _("no claims file for article {id!r}{hint}").format(id=name, hint=did_you_mean(name, articles)),
            )
        elif articles[name].rules_file is not None:
            rules_file.file.at(
                rules_file.article_node,
                _("article {id!r} already has rules in {path}").format(id=name, path=articles[name].rules_file),
            )
        else:
            articles[name] = _resolve(articles[name], rules_file)
    problems.extend(problem for f in read for problem in f.problems)
    if problems:
        raise LoadError(problems)
    return [articles[key] for key in sorted(articles)]
