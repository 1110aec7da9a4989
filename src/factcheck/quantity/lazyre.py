"""Regular expressions compiled on first use.

The reader holds about 140 patterns; compiling them all costs a `check` of one article more than reading its
figures does, and a Chinese article never uses the English ones.  ``lazy_compile`` returns a stand-in that
compiles its pattern the first time a method is asked for, then keeps the compiled pattern's bound methods as
its own attributes: every later ``.search``/``.match`` is an ordinary attribute lookup, as fast as on the
compiled pattern itself (``__getattr__`` runs only while an attribute is missing).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, cast

CREATED: list[_LazyPattern] = []  # every stand-in made, so a test can compile them all ahead of use
_COPIED = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner")


class _LazyPattern:
    def __init__(self, pattern: str | Callable[[], str], flags: int) -> None:
        if isinstance(pattern, str):
            self.pattern = pattern
        else:  # the pattern's text itself is made on first use (``pattern`` is then set: see __getattr__)
            self._make = pattern
        self._flags = flags
        CREATED.append(self)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") or name in ("_make", "_flags"):  # copy, pickle and friends probe for these
            raise AttributeError(name)
        if name == "pattern":
            self.pattern = self._make()
            return self.pattern
        compiled = re.compile(self.pattern, self._flags)
        attributes = {method: getattr(compiled, method) for method in _COPIED}
        attributes.update(flags=compiled.flags, groups=compiled.groups, groupindex=compiled.groupindex)
        self.__dict__.update(attributes)
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy_compile({self.pattern!r}, {self._flags})"


def lazy_compile(pattern: str | Callable[[], str], flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """``re.compile``, deferred to the pattern's first use (the stand-in answers every method a pattern has).

    ``pattern`` may be a function that writes the pattern, for one whose text takes time to make (a trie of a
    long word list): it is then called on first use too."""
    return cast("re.Pattern[str]", _LazyPattern(pattern, int(flags)))
