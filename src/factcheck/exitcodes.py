"""Exit codes, the contract CI pipelines gate on."""

from __future__ import annotations

import enum


class ExitCode(enum.IntEnum):
    OK = 0  # nothing failed
    FAILED = 1  # a check failed
    BAD_INPUT = 2  # bad input or usage: nothing was checked


# What makes the exit code 1 (--fail-on): here rather than with the findings, so the CLI can list the choices
# without importing the findings and, through them, the quantity reader.
FAIL_ON = ("error", "warning", "never")
