"""The application layer: what each command does, free of click and of terminal details.

The CLI turns options into a request object, calls one function here and
exits with the code it returns.  Every user error arrives as a
:class:`~factcheck.errors.FactcheckError` and leaves as a message.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

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


@dataclass(frozen=True)
class CheckRequest:
    paths: tuple[str, ...] = ()
    format: str = "rich"
    output: str | None = None
    strict: bool = False
    quiet: bool = False
    color: bool | None = None  # None: colour when writing to a terminal and NO_COLOR is not set
    width: int | None = None


DEFAULT_PATHS = ("claims", "rules")


def run_check(request: CheckRequest, stdout: TextIO | None = None) -> Outcome:
    """Load claims and rules, evaluate them, and write the report."""
    from factcheck.engine import check
    from factcheck.formatters import formatter_class
    from factcheck.loader import LoadError, load

    stream = stdout if stdout is not None else sys.stdout
    paths = request.paths
    if not paths:
        paths = tuple(p for p in DEFAULT_PATHS if Path(p).exists())
        if not paths:
            message = "no claims/ or rules/ folder here: run in a project folder or give claims and rules paths"
            return Outcome(errors=[message], exit_code=ExitCode.BAD_INPUT)
    try:
        articles = load(paths)
    except LoadError as error:
        return Outcome(errors=[str(p) for p in error.problems], exit_code=ExitCode.BAD_INPUT)
    report = check(articles)
    color = request.color
    if color is None:
        color = request.output is None and stream.isatty() and not os.environ.get("NO_COLOR")
    formatter = formatter_class(request.format)(quiet=request.quiet, color=color, width=request.width)
    code = ExitCode.FAILED if report.failed(strict=request.strict) else ExitCode.OK
    if request.output is None:
        formatter.write(report, stream)
        return Outcome(exit_code=code)
    target = Path(request.output)
    inputs = {a.claims_file for a in articles} | {a.rules_file for a in articles if a.rules_file}
    if any(target.resolve() == Path(i).resolve() for i in inputs):
        return Outcome(
            errors=[f"--output {target} is one of the input files: choose another path"], exit_code=ExitCode.BAD_INPUT
        )
    try:
        with target.open("w", encoding="utf-8") as handle:
            formatter.write(report, handle)
    except OSError as error:
        return Outcome(errors=[f"cannot write {target}: {error.strerror or error}"], exit_code=ExitCode.BAD_INPUT)
    from factcheck.formatters.base import summary_line

    return Outcome(output="" if request.quiet else summary_line(report) + "\n", exit_code=code)
