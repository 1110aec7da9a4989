"""Each record (factcheck.records) behaves as the frozen dataclass made from its own fields.

A record's ``__init__`` is written by hand: these tests hold its parameters, repr, equality, hash, order,
immutability, pickling and ``dataclasses.replace`` to those of ``@dataclass(frozen=True, slots=True)`` over
the same fields, so a field added to a record without its ``__init__`` (or with another default) fails here.
"""

from __future__ import annotations

import copy
import dataclasses
import inspect
import pickle
from decimal import Decimal
from typing import Any, cast

import pytest

from factcheck import app, batch, cache, config, expr, findings, loader, model
from factcheck.documents import builder
from factcheck.documents import model as documents
from factcheck.quantity import interval
from factcheck.quantity import model as quantities
from factcheck.quantity.numerals import chinese
from factcheck.quantity.scan import spans
from factcheck.records import MutableRecord, OrderedRecord, Record

RECORDS = sorted(
    (
        item
        for module in (
            app,
            batch,
            builder,
            cache,
            chinese,
            config,
            documents,
            expr,
            findings,
            interval,
            loader,
            model,
            quantities,
        )
        for item in vars(module).values()
        if isinstance(item, type) and issubclass(item, Record) and item not in (Record, OrderedRecord)
    ),
    key=lambda cls: cls.__qualname__,
)


MUTABLE = sorted(
    (
        item
        for module in (app, builder, loader, spans)
        for item in vars(module).values()
        if isinstance(item, type) and issubclass(item, MutableRecord) and item is not MutableRecord
    ),
    key=lambda cls: cls.__qualname__,
)


def twin(cls: type[Any]) -> Any:
    """The dataclass ``cls`` stands for: its fields, frozen and slotted (ordered if it is)."""
    specs = []
    for f in dataclasses.fields(cls):
        options: dict[str, Any] = {"compare": f.compare, "repr": f.repr, "hash": f.hash, "init": f.init}
        if f.default is not dataclasses.MISSING:
            options["default"] = f.default
        if f.default_factory is not dataclasses.MISSING:
            options["default_factory"] = f.default_factory
        specs.append((f.name, f.type, dataclasses.field(**options)))
    ordered = issubclass(cls, OrderedRecord)
    frozen = issubclass(cls, Record)
    namespace = {"__post_init__": vars(cls)["__post_init__"]} if "__post_init__" in vars(cls) else {}
    return dataclasses.make_dataclass(
        cls.__name__, specs, namespace=namespace, frozen=frozen, slots=slotted(cls), order=ordered
    )


def slotted(cls: type) -> bool:
    return "__slots__" in vars(cls)


def arguments(cls: type[Any], seed: int) -> dict[str, Any]:
    """A value for every field: distinct per field and per seed, hashable unless the field is a dict."""
    values: dict[str, Any] = {}
    for number, f in enumerate(dataclasses.fields(cls)):
        kind = str(f.type)
        if not f.init:
            continue
        if kind.startswith("dict"):
            values[f.name] = {f"k{seed}": f"v{number}"}
        elif kind.startswith("int"):
            values[f.name] = seed * 100 + number
        elif kind.startswith("Decimal"):  # an interval's ends: lo below hi, for any seed
            values[f.name] = Decimal(seed * 100 + number)
        elif kind.startswith("bool"):
            values[f.name] = bool(seed % 2)
        elif kind.startswith("tuple[") and kind[6].isupper():
            values[f.name] = ()  # of other records (an article's claims, which it indexes): none
        elif kind.startswith("tuple"):
            values[f.name] = (f"t{seed}", number)
        else:
            values[f.name] = f"{f.name}-{seed}"
    return values


def test_every_record_is_found() -> None:
    names = {cls.__name__ for cls in RECORDS}
    assert {"Finding", "Report", "ArticleResult", "Source", "Claim", "Article", "Document", "CheckRequest"} <= names
    assert {"Interval", "Quantity", "ReadingSettings", "Numeral", "Value", "Expression", "Problem"} <= names
    assert {"SourceFile", "Unit", "Plan", "_Task", "_Done", "Work", "Replay"} <= names


@pytest.mark.parametrize("cls", RECORDS, ids=lambda cls: cls.__name__)
def test_a_record_takes_the_parameters_of_its_dataclass(cls: type[Record]) -> None:
    mine = inspect.signature(cls.__init__).parameters
    theirs = inspect.signature(twin(cls).__init__).parameters
    assert list(mine) == list(theirs)
    for name, parameter in mine.items():
        expected = theirs[name].default
        if repr(expected) == "<factory>":  # a default factory: the record takes None for "make a new one"
            assert parameter.default in (None, ())
        else:
            assert parameter.default == expected, name
        assert parameter.kind == theirs[name].kind


@pytest.mark.parametrize("cls", RECORDS, ids=lambda cls: cls.__name__)
def test_a_record_reprs_compares_hashes_and_orders_as_its_dataclass(cls: type[Record]) -> None:
    reference = twin(cls)
    first, second = arguments(cls, 1), arguments(cls, 2)
    mine, other, again = cast(Any, cls(**first)), cls(**second), cls(**first)
    theirs, their_other = reference(**first), reference(**second)
    assert repr(mine) == repr(theirs)
    assert mine == again and mine != other and (mine == theirs) is False
    assert dataclasses.fields(mine) and [f.name for f in dataclasses.fields(mine)] == [
        f.name for f in dataclasses.fields(theirs)
    ]
    assert cast(Any, cls).__match_args__ == reference.__match_args__
    assert slotted(cls) == slotted(reference)
    assert vars(cls).get("__slots__") == vars(reference).get("__slots__")
    if not any(str(f.type).startswith("dict") and f.compare for f in dataclasses.fields(cls)):
        assert hash(mine) == hash(theirs) == hash(again)
    if issubclass(cls, OrderedRecord):
        assert (mine < other) == (theirs < their_other) and (mine >= other) == (theirs >= their_other)
    else:
        with pytest.raises(TypeError):
            _ = mine < other


@pytest.mark.parametrize("cls", RECORDS, ids=lambda cls: cls.__name__)
def test_a_record_is_frozen_pickles_and_replaces_as_its_dataclass(cls: type[Record]) -> None:
    first = arguments(cls, 1)
    mine = cls(**first)
    name = dataclasses.fields(cls)[0].name
    with pytest.raises(dataclasses.FrozenInstanceError, match=f"cannot assign to field '{name}'"):
        setattr(mine, name, "changed")
    with pytest.raises(dataclasses.FrozenInstanceError, match=f"cannot delete field '{name}'"):
        delattr(mine, name)
    if slotted(cls):
        with pytest.raises((AttributeError, TypeError)):
            mine.__dict__  # noqa: B018 - slotted: no instance dictionary
    for copied in (pickle.loads(pickle.dumps(mine)), copy.copy(mine), copy.deepcopy(mine)):
        assert copied == mine and repr(copied) == repr(mine) and copied is not mine
    decimal = str(dataclasses.fields(cls)[0].type).startswith("Decimal")
    replacement = arguments(cls, 0)[name] if decimal else "other"  # an interval checks its ends
    changed = dataclasses.replace(mine, **{name: replacement})
    assert getattr(changed, name) == replacement and changed != mine
    assert repr(dataclasses.replace(mine)) == repr(mine)


def test_defaults_made_by_a_factory_are_new_for_each_record() -> None:
    first = findings.ArticleResult(id="a", title="t", claims=0, rules=0, findings=())
    second = findings.ArticleResult(id="b", title="t", claims=0, rules=0, findings=())
    assert first.quotes == {} and first.quotes is not second.quotes
    assert findings.Report().articles == ()


def test_an_article_indexes_its_claims_as_the_dataclass_did() -> None:
    source = model.Source("claims/a.yaml", 3)
    claim = model.Claim(id="c", quote="q", quantity=None, source=source)  # type: ignore[arg-type]
    article = model.Article(id="a", title="t", claims_file="claims/a.yaml", source=source, claims=(claim,))
    assert article.claim_index == {"c": claim}
    assert dataclasses.replace(article, title="u").claim_index == {"c": claim}


def test_a_record_of_one_compared_field_hashes_its_one_tuple_as_a_dataclass_does() -> None:
    from factcheck.records import record, set_field

    @record
    class One(Record):
        value: int

        def __init__(self, value: int) -> None:
            set_field(self, "value", value)

    reference = dataclasses.make_dataclass("One", [("value", int)], frozen=True, slots=True)
    assert hash(One(3)) == hash(reference(3))
    assert repr(One(3)).endswith(f"<locals>.{reference(3)!r}")  # a local class: its qualified name
    assert One(3) == One(3) and One(3) != One(4)


def test_every_mutable_record_is_found() -> None:
    assert {cls.__name__ for cls in MUTABLE} == {"Outcome", "Builder", "YamlFile", "_RulesFile", "Core"}


@pytest.mark.parametrize("cls", MUTABLE, ids=lambda cls: cls.__name__)
def test_a_mutable_record_behaves_as_its_dataclass(cls: type[MutableRecord]) -> None:
    reference = twin(cls)
    mine_parameters = inspect.signature(cls.__init__).parameters
    their_parameters = inspect.signature(reference.__init__).parameters
    assert list(mine_parameters) == list(their_parameters)
    for name, parameter in mine_parameters.items():
        expected = their_parameters[name].default
        assert parameter.default == (None if repr(expected) == "<factory>" else expected), name
    first, second = arguments(cls, 1), arguments(cls, 2)
    mine, other, again, theirs = cls(**first), cls(**second), cls(**first), reference(**first)
    assert repr(mine) == repr(theirs) and mine == again and mine != other
    with pytest.raises(TypeError, match="unhashable"):
        hash(mine)
    name = dataclasses.fields(cls)[0].name
    setattr(again, name, getattr(other, name))  # a mutable record's fields are set freely
    assert getattr(again, name) == getattr(other, name)
    for copied in (pickle.loads(pickle.dumps(mine)), copy.copy(mine), copy.deepcopy(mine)):
        assert copied == mine and repr(copied) == repr(mine)
    assert dataclasses.replace(mine) == mine
    if slotted(cls):  # each field a slot, as in the dataclass
        assert vars(cls)["__slots__"] == vars(reference)["__slots__"]
    else:
        assert {k: v for k, v in vars(cls).items() if k in first} == {
            k: v for k, v in vars(reference).items() if k in first
        }  # the same defaults as class attributes


def test_an_outcome_gets_a_new_error_list_each_time() -> None:
    first, second = app.Outcome(), app.Outcome()
    first.errors.append("x")
    assert second.errors == [] and first == app.Outcome(errors=["x"])
