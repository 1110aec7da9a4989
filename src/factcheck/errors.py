"""One exception tree for everything factcheck reports to a user.

Every error a user can cause derives from :class:`FactcheckError`; the CLI turns
any of them into a message and exit code 2, so no user input ever ends in a
traceback.
"""

from __future__ import annotations


class FactcheckError(Exception):
    """Base of every error caused by the user's input."""


class QuantityError(FactcheckError, ValueError):
    """A figure could not be read (empty, malformed, too long, no figure at all)."""


class IntervalError(FactcheckError, ArithmeticError):
    """Interval arithmetic has no answer, e.g. division by an interval containing 0."""
