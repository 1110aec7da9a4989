"""A callable that records being called: YAML tags that name it prove (by staying untouched) that no tag is
ever constructed."""

from __future__ import annotations

tripped = False


def trip(*args: object, **kwargs: object) -> None:
    global tripped
    tripped = True


class Trip:
    def __init__(self, *args: object, **kwargs: object) -> None:
        trip()

    def __setstate__(self, state: object) -> None:
        trip()


def reset() -> None:
    global tripped
    tripped = False
