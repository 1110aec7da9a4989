"""Offsets in a text as the 1-based line and column a user (or an editor) looks for."""

from __future__ import annotations

import bisect


class LineIndex:
    """Where each line of a text starts, found once; any offset's line and column by bisection."""

    def __init__(self, text: str) -> None:
        self.starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]

    def line_column(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self.starts, offset) - 1
        return line + 1, offset - self.starts[line] + 1
