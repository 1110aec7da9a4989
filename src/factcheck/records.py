"""Frozen records for the check path, without the start-up cost of ``@dataclass``.

``@dataclass(frozen=True)`` writes each class's ``__init__``, ``__repr__``, ``__eq__``, ``__hash__``,
``__setattr__`` and ``__delattr__`` as source text and compiles it every time the module is imported: about
0.35 ms a class, so the few dozen classes a ``check`` imports cost it more than reading its figures.  A
record's ``__init__`` is written by hand (compiled once, into the ``.pyc``); the rest comes from
:class:`Record`, and :func:`record` registers the fields with :mod:`dataclasses` without generating code, so
``dataclasses.fields``, ``replace`` and ``is_dataclass`` work as on the dataclass it stands for.

A record behaves as ``@dataclass(frozen=True, slots=True)`` (an :class:`OrderedRecord` as ``order=True``;
:func:`record_with_dict` as ``@dataclass(frozen=True)``; :func:`mutable_record` as ``@dataclass``;
:func:`mutable_record_with_slots` as ``@dataclass(slots=True)``):
the same repr, equality, hash, immutability and pickling; ``tests/test_records.py`` holds each record to
the dataclass made from its fields.
"""

from __future__ import annotations

from dataclasses import Field, FrozenInstanceError, dataclass, fields
from operator import attrgetter
from typing import Any, ClassVar, Protocol, TypeVar, cast

R = TypeVar("R", bound="type[Fields]")


class _Key(Protocol):
    """A record's compared fields as a tuple (an ``attrgetter``: a class attribute, never bound)."""

    def __call__(self, item: Any, /) -> tuple[Any, ...]: ...


class Fields:
    """The repr and equality ``@dataclass`` generates for every class, written once for all."""

    __slots__ = ()
    __dataclass_fields__: ClassVar[dict[str, Field[Any]]]
    _compared: ClassVar[_Key]  # the fields eq, hash and order compare, as a tuple
    _shown: ClassVar[tuple[str, ...]]  # the fields repr shows
    _all: ClassVar[tuple[str, ...]]  # every field, in order: the pickled state

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._shown)
        return f"{self.__class__.__qualname__}({shown})"

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return self._compared(self) == self._compared(other)
        return NotImplemented


class Record(Fields):
    """What ``@dataclass(frozen=True, slots=True)`` generates for every class: hashed, frozen, pickled by field."""

    __slots__ = ()

    def __hash__(self) -> int:
        return hash(self._compared(self))

    def __setattr__(self, name: str, value: object) -> None:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {name!r}")

    def __getstate__(self) -> list[Any]:
        return [getattr(self, name) for name in self._all]

    def __setstate__(self, state: list[Any]) -> None:
        for name, value in zip(self._all, state, strict=False):
            object.__setattr__(self, name, value)


class MutableRecord(Fields):
    """What ``@dataclass`` generates for every class: fields set freely, and no hash (as the dataclass's eq
    leaves it: an object that changes must not key a dictionary)."""

    __slots__ = ()


class OrderedRecord(Record):
    """A record ordered as ``@dataclass(order=True)`` orders: by its compared fields, within one class."""

    __slots__ = ()

    def __lt__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return self._compared(self) < self._compared(other)
        return NotImplemented

    def __le__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return self._compared(self) <= self._compared(other)
        return NotImplemented

    def __gt__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return self._compared(self) > self._compared(other)
        return NotImplemented

    def __ge__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return self._compared(self) >= self._compared(other)
        return NotImplemented


def record(cls: R) -> R:
    """Register ``cls``'s annotated fields as a dataclass's (no code generated) and give it slots: the
    ``@dataclass(frozen=True, slots=True)`` it stands for."""
    return _register(cls, slots=True)


def record_with_dict(cls: R) -> R:
    """As :func:`record`, for a ``@dataclass(frozen=True)`` without slots (its instances keep a ``__dict__``)."""
    return _register(cls, slots=False)


def mutable_record(cls: R) -> R:
    """As :func:`record_with_dict`, for a ``@dataclass`` that is not frozen (a :class:`MutableRecord`)."""
    return _register(cls, slots=False)


def mutable_record_with_slots(cls: R) -> R:
    """As :func:`mutable_record`, for a ``@dataclass(slots=True)``: fields set freely, no ``__dict__``."""
    return _register(cls, slots=True)


def _register(cls: R, *, slots: bool) -> R:
    if "__init__" not in vars(cls):
        raise TypeError(f"{cls.__qualname__}: a record writes its own __init__")
    made = cast(R, dataclass(init=False, repr=False, eq=False, slots=slots)(cls))
    every = fields(made)
    compared = [f.name for f in every if f.compare]
    if len(compared) > 1:
        made._compared = attrgetter(*compared)  # a tuple of the fields, built in C
    else:  # attrgetter of one name gives the value itself: the dataclass hashes a 1-tuple
        made._compared = staticmethod(lambda item: tuple(getattr(item, name) for name in compared))
    made._shown = tuple(f.name for f in every if f.repr)
    made._all = tuple(f.name for f in every)
    return made


# Records set their fields in __init__ through this (their own __setattr__ refuses, as a frozen dataclass's).
set_field = object.__setattr__
