"""visible_all: every string inside a report shown, not obeyed; what holds none is returned as it is."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from factcheck.sanitize import visible, visible_all


class Colour(str, enum.Enum):
    RED = "red"


@dataclass(frozen=True)
class Inner:
    name: str
    amount: Decimal


@dataclass(frozen=True)
class Outer:
    title: str
    note: str | None
    count: int
    colour: Colour
    inner: Inner
    tags: tuple[str, ...]
    quotes: dict[str, str]


TEXT = st.text(alphabet="ab 一\x1b\r\u202e\u2028\t\n", max_size=6)


@given(TEXT, TEXT, TEXT, TEXT, st.lists(TEXT, max_size=3))
def test_every_string_is_shown_wherever_it_lies(title: str, note: str, name: str, quote: str, tags: list[str]) -> None:
    outer = Outer(title, note, 3, Colour.RED, Inner(name, Decimal("1.5")), tuple(tags), {quote: quote})
    shown = visible_all(outer)
    assert shown == Outer(
        visible(title),
        visible(note),
        3,
        Colour.RED,
        Inner(visible(name), Decimal("1.5")),
        tuple(visible(t) for t in tags),
        {visible(quote): visible(quote)},
    )
    if all(visible(s) == s for s in (title, note, name, *tags)):
        assert shown.inner is outer.inner and shown.tags is outer.tags  # nothing to change: the same objects


def test_one_unsafe_field_among_clean_ones_is_the_only_one_changed() -> None:
    inner = Inner("clean", Decimal(2))
    outer = Outer("ok", "bad\x1b[2J", 1, Colour.RED, inner, ("a", "b"), {})
    shown = visible_all(outer)
    assert shown.note == "bad\u241b[2J"
    assert shown.title is outer.title and shown.inner is inner and shown.tags is outer.tags
