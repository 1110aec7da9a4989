"""Exit codes, the contract CI pipelines gate on."""

from __future__ import annotations

import enum


class ExitCode(enum.IntEnum):
    OK = 0  # nothing failed
    FAILED = 1  # a check failed
    BAD_INPUT = 2  # bad input or usage: nothing was checked
