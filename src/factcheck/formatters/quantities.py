"""Output of ``factcheck quantity``: how each figure is read, as text or JSON."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from factcheck.textwidth import display_width, pad

if TYPE_CHECKING:  # the CLI lists QUANTITY_FORMATS for --help: that must not load the quantity reader
    from factcheck.quantity import Quantity


@dataclass(frozen=True)
class Reading:
    """One figure to report: what the user gave (or where it was found) and how it reads."""

    label: str
    quantity: Quantity
    line: int | None = None
    column: int | None = None
    where: str | None = None  # in a document: its own terms (p3:12 in a PDF, ¶14 in Word); else line:column


def format_text(readings: Sequence[Reading]) -> str:
    from factcheck.quantity import format_interval

    labels = [_label(r) for r in readings]
    width = max((len(label) for label in labels), default=0)
    text_width = max((display_width(r.label) for r in readings), default=0)
    lines = []
    for reading, label in zip(readings, labels, strict=True):
        q = reading.quantity
        unit = f" {q.unit}" if q.unit else ""
        where = f"{label:<{width}}  " if reading.line is not None else ""
        lines.append(
            f"{where}{pad(reading.label, text_width)}  ->  {format_interval(q.interval)}{unit}  ({q.describe()})"
        )
    return "".join(line + "\n" for line in lines)


def format_json(readings: Sequence[Reading]) -> str:
    items = []
    for reading in readings:
        data = reading.quantity.to_json()
        data["text"] = reading.label
        if reading.line is not None:
            data.update({"line": reading.line, "column": reading.column})
            data.update({"start": reading.quantity.start, "end": reading.quantity.end})
            if reading.where:
                data["where"] = reading.where
        items.append(data)
    return json.dumps(items, ensure_ascii=False, indent=2) + "\n"


def _label(reading: Reading) -> str:
    if reading.where:
        return reading.where
    return f"{reading.line}:{reading.column}" if reading.line is not None else ""


QUANTITY_FORMATS: dict[str, Callable[[Sequence[Reading]], str]] = {"text": format_text, "json": format_json}
