"""One sanitiser for control characters, shared by every output format.

Claims, rules and articles come from anyone who can open a pull request.  A title holding ``ESC [2J`` would
clear a terminal or a CI log and could print a forged "all checks passed"; a carriage return overwrites the
line it is on; bidirectional overrides reorder what a reader sees; NUL and most C0 controls make XML
ill-formed.  :func:`visible` replaces each such character with one visible character, so the text stays
readable, the character is shown rather than obeyed, and every offset into the text stays valid (the HTML
and draft views mark figures by position):

- C0 controls other than tab and newline, and DEL, become their Unicode control pictures (ESC -> ``␛``,
  CR -> ``␍``, NUL -> ``␀``);
- the line and paragraph separators U+2028 and U+2029 become ``␤``;
- C1 controls, bidirectional embeddings, overrides and isolates, lone surrogates and the noncharacters
  U+FFFE and U+FFFF become ``�``.

Tab and newline stay: every format has its own way to show a line break, and applies it.
"""

from __future__ import annotations

import dataclasses
import enum
import operator
from decimal import Decimal
from typing import Any, TypeVar

from factcheck.quantity.lazyre import lazy_compile

_REPLACEMENT = "\ufffd"
_TABLE: dict[int, str] = {code: chr(0x2400 + code) for code in range(0x20) if code not in (0x09, 0x0A)}
_TABLE[0x7F] = "\u2421"
_TABLE[0x2028] = _TABLE[0x2029] = "\u2424"
for _code in [*range(0x80, 0xA0), *range(0x202A, 0x202F), *range(0x2066, 0x206A), 0xFFFE, 0xFFFF]:
    _TABLE[_code] = _REPLACEMENT
_UNSAFE = lazy_compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff\ufffe\uffff]")

T = TypeVar("T")


def visible(text: str) -> str:
    """``text`` with every control character shown, not obeyed; the same length, so offsets still hold."""
    if _UNSAFE.search(text) is None:
        return text
    return _UNSAFE.sub(lambda match: _TABLE.get(ord(match.group()), _REPLACEMENT), text)


def is_visible(text: str) -> bool:
    """Whether :func:`visible` would leave ``text`` unchanged."""
    return _UNSAFE.search(text) is None


def visible_all(value: T) -> T:
    """``value`` with :func:`visible` applied to every string inside it: dataclasses (frozen or not), tuples,
    lists and dicts are rebuilt, anything else is returned as it is.  Used on a whole report before any
    format sees it, so a field added later is covered without anyone remembering to."""
    return _walk(value)  # type: ignore[no-any-return]


# What _walk does with each type of value, decided once per type (a report holds hundreds of thousands of
# values of a dozen types): a string, tuple, list or dict (or a subclass) is walked by the chain below, a
# dataclass instance by its init fields (named here), anything else is returned as it is.
_CHAIN = "chain"
_LEAF = "leaf"
_KINDS: dict[type, str | tuple[str, ...]] = {}


def _kind(kind: type) -> str | tuple[str, ...]:
    if issubclass(kind, enum.Enum) and issubclass(kind, str) and all(_search(member) is None for member in kind):
        how: str | tuple[str, ...] = _LEAF  # a string enum whose every member is clean: visible() keeps each
    elif issubclass(kind, (str, tuple, list, dict)):
        how = _CHAIN
    elif dataclasses.is_dataclass(kind) and not issubclass(kind, type):
        how = tuple(field.name for field in dataclasses.fields(kind) if field.init)
    else:
        how = _LEAF
    _KINDS[kind] = how
    if how is _LEAF:
        _PLAIN.add(kind)
    return how


# Types returned as they are without a call: most of a report's leaves (its numbers, flags, empty fields and
# enums), and every other leaf type once met.
_PLAIN: set[type] = {int, bool, float, type(None), Decimal}
_search = _UNSAFE.search


def _walk(value: Any) -> Any:
    """``value`` with :func:`visible` applied inside it; the very object when nothing in it changed.

    A report holds millions of values: strings and plain leaves are handled where they are met, in the loops
    below, rather than by a call each (with the same result as :func:`visible` and ``_LEAF``).
    """
    kind = type(value)
    if kind is str:
        return visible(value)
    if kind in _PLAIN:
        return value
    how = _KINDS.get(kind)
    if how is None:
        how = _kind(kind)
    if how is _LEAF:
        return value
    if how is not _CHAIN:
        changes = {}
        for name in how:
            old = getattr(value, name)
            kind = type(old)
            if kind in _PLAIN or (kind is str and _search(old) is None):
                continue
            new = _walk(old)
            if new is not old:
                changes[name] = new
        return dataclasses.replace(value, **changes) if changes else value
    if isinstance(value, str):
        return visible(value)
    if isinstance(value, tuple):
        items = tuple([_same(v) for v in value])
        if all(map(operator.is_, items, value)):
            return value
        return type(value)(*items) if hasattr(value, "_fields") else type(value)(items)
    if isinstance(value, list):
        return [_same(v) for v in value]
    if isinstance(value, dict):
        return {_same(k): _same(v) for k, v in value.items()}
    return value


def _same(value: Any) -> Any:
    """_walk(value), with no further call for a clean string or a plain leaf."""
    kind = type(value)
    if kind in _PLAIN or (kind is str and _search(value) is None):
        return value
    return _walk(value)
