"""The application layer: what each command does, free of click and of terminal details.

The CLI turns options into a request object, calls one function here and
exits with the code it returns.  Every user error arrives as a
:class:`~factcheck.errors.FactcheckError` and leaves as a message.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from factcheck.errors import FactcheckError
from factcheck.exitcodes import ExitCode
from factcheck.formatters.quantities import QUANTITY_FORMATS, Reading
from factcheck.quantity import find_quantities, parse_quantity

MAX_PASSAGE_CHARS = 10_000_000


@dataclass(frozen=True)
class QuantityRequest:
    expressions: tuple[str, ...]
    format: str = "text"
    find: bool = False
    context: str | None = None


@dataclass
class Outcome:
    output: str = ""
    errors: list[str] = field(default_factory=list)
    exit_code: ExitCode = ExitCode.OK


def run_quantity(request: QuantityRequest) -> Outcome:
    """Read each expression (or, with ``find``, every figure in each passage)."""
    readings: list[Reading] = []
    errors: list[str] = []
    for expression in request.expressions:
        try:
            if request.find:
                readings.extend(_find(expression))
            else:
                readings.append(Reading(expression, parse_quantity(expression, context=request.context)))
        except FactcheckError as error:
            errors.append(f"{_short(expression)}: {error}")
    output = QUANTITY_FORMATS[request.format](readings) if readings or not errors else ""
    return Outcome(output, errors, ExitCode.BAD_INPUT if errors else ExitCode.OK)


def _find(passage: str) -> list[Reading]:
    if len(passage) > MAX_PASSAGE_CHARS:
        raise FactcheckError(f"passage too long: {len(passage)} characters (at most {MAX_PASSAGE_CHARS})")
    if any(0xD800 <= ord(c) <= 0xDFFF for c in passage):
        raise FactcheckError("the passage is not valid UTF-8 text")
    line_starts = [0] + [i + 1 for i, c in enumerate(passage) if c == "\n"]
    readings = []
    line = 0
    for quantity in find_quantities(passage):
        while line + 1 < len(line_starts) and line_starts[line + 1] <= quantity.start:
            line += 1
        column = quantity.start - line_starts[line] + 1
        readings.append(Reading(quantity.text, quantity, line + 1, column))
    return readings


def _short(text: str, limit: int = 40) -> str:
    shown = text if len(text) <= limit else text[: limit - 1] + "…"
    return repr(shown)
