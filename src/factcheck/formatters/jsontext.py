"""JSON text for the JSON-based formats: laid out where people read it, one line per item, written in C.

``json.dumps(indent=2)`` cannot use the C encoder and spends most of a large report in Python.  Here only the
containers a format names are laid out one member per line; everything inside them (a finding, a SARIF
result) is written on one line by the C encoder.  One finding per line reads and diffs well, and the bytes
depend only on the data, so the output is deterministic.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection, Iterable, Iterator
from typing import Any, TextIO

_COMPACT = json.JSONEncoder(ensure_ascii=False, separators=(", ", ": "))


def _encoder() -> Callable[[Any], str]:
    """``_COMPACT.encode``, with libjson's C encoder built once rather than once per call (a report's findings
    are encoded one at a time: 60,000 for the 100,000-claim archive).  The same text: the same C encoder with
    the same settings, which ``encode`` builds each time; without a circular-reference check, as the data is
    a tree built here from records (a cycle would end in RecursionError rather than ValueError)."""
    make = getattr(json.encoder, "c_make_encoder", None)
    if make is None:  # pragma: no cover - a Python built without the _json accelerator
        return _COMPACT.encode
    encoder = make(None, _COMPACT.default, json.encoder.encode_basestring, None, ": ", ", ", False, False, True)

    def encode(data: Any) -> str:
        if isinstance(data, str):
            return json.encoder.encode_basestring(data)  # as JSONEncoder.encode writes a string alone
        return "".join(encoder(data, 0))

    return encode


_encode = _encoder()

Path = tuple[str, ...]  # keys from the top; "*" stands for any position in a list


class Lazy:
    """A list whose members are made as they are written: ``function`` of each of ``items``.  Written by
    :func:`write_json`, a large report's findings are never all held as JSON data, nor as text, at once."""

    __slots__ = ("function", "items")

    def __init__(self, function: Callable[[Any], Any], items: Collection[Any]) -> None:
        self.function, self.items = function, items

    def __bool__(self) -> bool:
        return bool(self.items)

    def __iter__(self) -> Iterator[Any]:
        return map(self.function, self.items)


def json_text(data: Any, spread: Collection[Path] = ((),), indent: int = 2) -> str:
    """``data`` as JSON text ending in a newline; the containers at the ``spread`` paths get a line per member."""
    parts: list[str] = []
    _write(data, (), frozenset(spread), " " * indent, parts.append)
    parts.append("\n")
    return "".join(parts)


_CHUNK = 1 << 16  # characters gathered before each write to the stream


def write_json(data: Any, stream: TextIO, spread: Collection[Path] = ((),), indent: int = 2) -> None:
    """``json_text(data, spread, indent)`` written to ``stream`` as it is made, a few pages at a time."""
    parts: list[str] = []
    size = 0

    def add(part: str) -> None:
        nonlocal size
        parts.append(part)
        size += len(part)
        if size >= _CHUNK:
            stream.write("".join(parts))
            parts.clear()
            size = 0

    _write(data, (), frozenset(spread), " " * indent, add)
    parts.append("\n")
    stream.write("".join(parts))


def _write(data: Any, path: Path, spread: frozenset[Path], unit: str, add: Callable[[str], None]) -> None:
    if path not in spread or not isinstance(data, (dict, list, Lazy)) or not data:
        add(_encode(list(data) if isinstance(data, Lazy) else data))
        return
    level = len(path)
    inner = "\n" + unit * (level + 1)
    if isinstance(data, dict):
        add("{")
        for index, (key, value) in enumerate(data.items()):
            add(inner if index == 0 else "," + inner)
            add(_encode(str(key)) + ": ")
            _write(value, (*path, str(key)), spread, unit, add)
        add("\n" + unit * level + "}")
    else:
        add("[")
        items: Iterable[Any] = data
        for index, value in enumerate(items):
            add(inner if index == 0 else "," + inner)
            _write(value, (*path, "*"), spread, unit, add)
        add("\n" + unit * level + "]")
