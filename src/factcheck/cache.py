"""The check cache: results kept under a key made of everything they depend on.

An article's results are keyed by the content hash (and shown path) of its claims, rules and text files, the
factcheck version and code, and the settings that change a verdict; a whole report is keyed by its articles'
keys and the options that change its text.  A re-run over an unchanged archive reads and hashes the files,
finds the report, and writes it out; an edited file changes only its own article's key.

The cache is a folder (``.factcheck_cache/`` beside factcheck.yaml, else in the working directory) that is
never trusted: every entry carries its key and a hash of its body, and one that does not match, does not
parse or does not validate is ignored and rewritten.  The folder and everything in it is opened without
following symlinks (a symlinked cache folder turns the cache off), and every entry is written to a fresh
temporary file and renamed into place, so a reader never sees half an entry.
"""

from __future__ import annotations

import contextlib
import enum
import functools
import os
import stat
import sys
from collections.abc import Collection, Iterable, Sequence
from dataclasses import fields, is_dataclass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from factcheck import __version__
from factcheck.records import Record, record_with_dict, set_field

if TYPE_CHECKING:
    from factcheck.findings import ArticleResult

CACHE_DIR = ".factcheck_cache"
ENTRY_FORMAT = "1"  # the layout of entries; part of every key
MAX_REPORTS = 8  # whole reports kept (the newest); each is as large as the report it replays
_SAFE = hasattr(os, "O_NOFOLLOW") and os.open in os.supports_dir_fd and os.rename in os.supports_dir_fd
_GITIGNORE = "# factcheck's cache: never commit it (a forged entry could pass anything)\n*\n"
_TAG = "Signature: 8a477f597d28d172789f06886806bc55\n# This folder is a cache made by factcheck; see https://bford.info/cachedir/\n"


def content_hash(data: bytes | memoryview) -> str:
    import hashlib  # here: a check without a cache hashes nothing, and hashlib's OpenSSL binding takes ~2 ms

    return hashlib.sha256(data).hexdigest()


def key_of(*parts: object) -> str:
    """A key for a sequence of strings, numbers and nested sequences, with nothing ambiguous between parts."""
    import json  # here, as each use of json: a check without a cache (and its rich report) needs none

    return content_hash(json.dumps(parts, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))


def code_fingerprint() -> str:
    """The factcheck version, the Python version and every file of the package with its size and mtime.

    A development install changes code without changing the version; the files' stamps keep it from being
    served results of the code it had before.
    """
    stamps: list[tuple[str, int, int]] = []
    pending = [""]
    package = str(Path(__file__).resolve().parent)
    while pending:  # os.scandir, not pathlib: this runs on every check, a replayed one included
        folder = pending.pop()
        with os.scandir(f"{package}/{folder}" if folder else package) as entries:
            for entry in entries:
                name = f"{folder}/{entry.name}" if folder else entry.name
                if entry.is_dir(follow_symlinks=False) and entry.name != "__pycache__":
                    pending.append(name)
                elif entry.name.endswith((".py", ".txt")):
                    info = entry.stat()
                    stamps.append((name, info.st_size, info.st_mtime_ns))
    return key_of(__version__, sys.version_info[:2], sorted(stamps))


class CorruptEntry(Exception):
    """An entry that does not read back as what was written: it is ignored."""


@record_with_dict
class Cache(Record):
    """An open cache folder; ``None`` from :meth:`open` means no cache (a symlink, a file, or no dir_fd)."""

    root: Path
    fd: int  # the root folder, opened without following symlinks; every path below is relative to it

    def __init__(
        self,
        root: Path,
        fd: int,
    ) -> None:
        set_field(self, "root", root)
        set_field(self, "fd", fd)

    @classmethod
    def open(cls, root: Path) -> Cache | None:
        if not _SAFE:  # pragma: no cover - platforms without O_NOFOLLOW and dir_fd (Windows)
            return None
        try:
            fresh = False
            try:
                root.mkdir()  # never follows a symlink: an existing link makes this fail
                fresh = True
            except FileExistsError:
                pass
            fd = os.open(root, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW)
        except OSError:
            return None  # a symlink, a file, or a folder we may not use: run without a cache
        cache = cls(root, fd)
        if fresh:
            cache._write_file(".gitignore", _GITIGNORE.encode())
            cache._write_file("CACHEDIR.TAG", _TAG.encode())
        return cache

    def close(self) -> None:
        os.close(self.fd)

    # -- entries: a JSON header line (key, body hash, extras), then the body -------------------------------
    def get(self, kind: str, key: str) -> tuple[dict[str, Any], memoryview] | None:
        """An entry's header and body (a view: a report can be tens of megabytes), if it is intact."""
        data = self._read_file(f"{kind}/{key}")
        if data is None:
            return None
        end = data.find(b"\n")
        import json

        try:
            meta = json.loads(data[:end])
        except ValueError:
            return None
        body = memoryview(data)[end + 1 :]
        if end < 0 or not isinstance(meta, dict) or meta.get("key") != key or meta.get("sha256") != content_hash(body):
            return None
        return meta, body

    def put(self, kind: str, key: str, body: bytes, **extra: object) -> None:
        import json

        head = json.dumps({"key": key, "sha256": content_hash(body), **extra}, ensure_ascii=False)
        self._write_file(f"{kind}/{key}", head.encode("utf-8") + b"\n" + body)

    def prune(self, kind: str, keep: int, used: Collection[str] = ()) -> None:
        """Remove entries of ``kind`` past the ``keep`` newest, sparing the ``used`` ones (this run's)."""
        folder = self._folder(kind, create=False)
        if folder is None:
            return
        try:
            names = [n for n in os.listdir(folder) if not n.startswith(".")]  # noqa: PTH208 - by descriptor
            if len(names) <= keep:
                return
            unused = [n for n in names if n not in used]
            stamped = sorted((os.stat(n, dir_fd=folder, follow_symlinks=False).st_mtime_ns, n) for n in unused)
            for _, name in stamped[: len(names) - keep]:
                os.unlink(name, dir_fd=folder)
        except OSError:
            pass
        finally:
            os.close(folder)

    # -- files, each opened relative to the folder it is in, never through a symlink ------------------------
    def _folder(self, name: str, *, create: bool) -> int | None:
        for attempt in (1, 2):
            try:
                return os.open(name, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW, dir_fd=self.fd)
            except FileNotFoundError:
                if not create or attempt == 2:
                    return None
                try:
                    os.mkdir(name, dir_fd=self.fd)
                except OSError:
                    return None
            except OSError:
                return None
        return None  # pragma: no cover - the loop always returns

    def _read_file(self, relative: str) -> bytes | None:
        folder_name, _, name = relative.rpartition("/")
        folder = self._folder(folder_name, create=False) if folder_name else os.dup(self.fd)
        if folder is None:
            return None
        try:
            fd = os.open(name, os.O_RDONLY | os.O_NOFOLLOW, dir_fd=folder)
        except OSError:
            return None
        finally:
            os.close(folder)
        try:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                return None
            with os.fdopen(fd, "rb") as handle:
                fd = -1
                return handle.read()
        except OSError:
            return None
        finally:
            if fd != -1:
                os.close(fd)

    def _write_file(self, relative: str, data: bytes) -> None:
        """Write atomically: a new temporary file (never an existing one, never a link), then a rename."""
        folder_name, _, name = relative.rpartition("/")
        folder = self._folder(folder_name, create=True) if folder_name else os.dup(self.fd)
        if folder is None:
            return
        temporary = f".{name}.{os.urandom(8).hex()}.tmp"
        try:
            fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o644, dir_fd=folder)
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            os.replace(temporary, name, src_dir_fd=folder, dst_dir_fd=folder)
        except OSError:
            with contextlib.suppress(OSError):
                os.unlink(temporary, dir_fd=folder)
        finally:
            os.close(folder)


# -- article results as JSON, and back with every field checked -------------------------------------------
#
# Each dataclass is written as a list in the order of its fields, each field by its declared type; a field of
# a type not listed here stops the write (a test writes and reads back every field), and an entry whose field
# names are not today's is not read.


def result_to_json(result: ArticleResult) -> bytes:
    if result.draft is not None:
        raise TypeError("only check results are cached: no draft")
    data = {"fields": _layout(), "result": _encode(result)}
    import json

    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def result_from_json(body: bytes) -> ArticleResult:
    """An article's results as :func:`result_to_json` wrote them; :class:`CorruptEntry` if anything is off."""
    import json

    from factcheck.findings import ArticleResult

    try:
        data = json.loads(body)
        if data["fields"] != _layout():
            raise CorruptEntry("written by a different model")
        result = _decode(ArticleResult, data["result"])
    except (ValueError, KeyError, TypeError, ArithmeticError) as error:  # InvalidOperation and IntervalError too
        raise CorruptEntry(str(error)) from None
    assert isinstance(result, ArticleResult)
    return result


@functools.cache
def _classes() -> dict[str, type]:
    """The dataclasses a check result is made of, by the name their fields' types use."""
    from factcheck import findings
    from factcheck.model import Source

    found = {name: item for name, item in vars(findings).items() if isinstance(item, type) and is_dataclass(item)}
    return {**found, "Source": Source}


@functools.cache
def _enums() -> dict[str, type[enum.Enum]]:
    """The enumerations of the findings (Kind, Status, ...), by name."""
    from factcheck import findings

    return {
        name: item for name, item in vars(findings).items() if isinstance(item, type) and issubclass(item, enum.Enum)
    }


def _layout() -> list[list[str]]:
    return [[name for name, _ in _fields(cls)] for cls in _classes().values()]


_FIELDS: dict[type, tuple[tuple[str, str], ...]] = {}


def _fields(cls: type) -> tuple[tuple[str, str], ...]:
    """Each field's name and declared type (a string: the model's modules postpone their annotations)."""
    if cls not in _FIELDS:
        _FIELDS[cls] = tuple((f.name, str(f.type)) for f in fields(cls))
    return _FIELDS[cls]


def _encode(item: object) -> list[Any]:
    layout = _fields(type(item))
    return [_encode_value(kind, getattr(item, name)) for name, kind in layout]


def _encode_value(kind: str, value: Any) -> Any:
    inner = kind.removesuffix(" | None")
    if value is None or inner in _SCALARS:
        return value
    if inner in _enums():
        return value.value
    if inner == "tuple[str, ...]":
        return list(value)
    if inner == "dict[str, str]":
        return value
    if inner == "Interval":
        return [str(value.lo), str(value.hi), value.lo_closed, value.hi_closed]
    if inner in _classes():
        return _encode(value)
    if inner.startswith("tuple[") and inner.removeprefix("tuple[").removesuffix(", ...]") in _classes():
        return [_encode(v) for v in value]
    raise TypeError(f"a field of type {kind} cannot be cached")


def _decode(cls: type, data: object) -> Any:
    layout = _fields(cls)
    values = _list(data, len(layout))
    return cls(**{name: _decode_value(kind, value) for (name, kind), value in zip(layout, values, strict=True)})


def _decode_value(kind: str, value: Any) -> Any:
    optional = kind.endswith(" | None")
    inner = kind.removesuffix(" | None")
    if value is None and optional:
        return None
    if kind in _SCALARS:
        return _SCALARS[kind](value)
    if inner in _SCALARS:
        return _SCALARS[inner](value)
    if inner in _enums():
        return _enums()[inner](_text(value))
    if inner == "tuple[str, ...]":
        return tuple(_text(v) for v in _list(value))
    if inner == "dict[str, str]":
        return {_text(k): _text(v) for k, v in _dict(value).items()}
    if inner == "Interval":
        return _read_interval(value)
    classes = _classes()
    if inner in classes:
        return _decode(classes[inner], value)
    element = inner.removeprefix("tuple[").removesuffix(", ...]")
    if inner.startswith("tuple[") and element in classes:
        return tuple(_decode(classes[element], v) for v in _list(value))
    raise TypeError(f"a field of type {kind} cannot be read")


def _read_interval(value: object) -> Any:
    if value is None:
        return None
    from factcheck.quantity import Interval

    lo, hi, lo_closed, hi_closed = _list(value, 4)
    return Interval(Decimal(_text(lo)), Decimal(_text(hi)), _bool(lo_closed), _bool(hi_closed))


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise TypeError("expected text")
    return value


def _optional(value: object) -> str | None:
    return None if value is None else _text(value)


def _int(value: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError("expected a whole number")
    return value


def _bool(value: object) -> bool:
    if not isinstance(value, bool):
        raise TypeError("expected true or false")
    return value


def _list(value: object, length: int | None = None) -> list[Any]:
    if not isinstance(value, list) or (length is not None and len(value) != length):
        raise TypeError("expected a list")
    return value


def _dict(value: object) -> dict[Any, Any]:
    if not isinstance(value, dict):
        raise TypeError("expected a mapping")
    return value


_SCALARS = {"str": _text, "int": _int, "bool": _bool, "str | None": _optional}


def settings_key(parts: Iterable[object]) -> str:
    return key_of(ENTRY_FORMAT, *parts)


def unit_key(fingerprint: str, settings: str, files: Sequence[tuple[str, str]], text: tuple[str, str] | None) -> str:
    """An article's key: the code and settings, each file's shown path and content hash, its text's too."""
    return key_of(ENTRY_FORMAT, fingerprint, settings, [list(f) for f in files], list(text) if text else None)
