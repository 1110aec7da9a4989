"""The reader on anything: each figure it finds lies inside the text and reads back as written; anything it
cannot read is a QuantityError, never another exception."""

from __future__ import annotations

from hypothesis import example, given

from factcheck.errors import QuantityError
from factcheck.quantity import find_quantities, parse_quantity
from tests.fuzz.strategies import FUZZ, hostile_text, passages


@FUZZ
@given(passages())
@example("9999999999999999999999999999999999915万多件")  # raised IntervalError: V + g rounded at 28 digits
def test_find_quantities_spans_lie_inside_the_text(text: str) -> None:
    try:
        figures = find_quantities(text)
    except QuantityError:
        return
    previous_end = 0
    for figure in figures:
        assert 0 <= figure.start < figure.end <= len(text), (figure, text)
        assert text[figure.start : figure.end] == figure.text
        assert figure.start >= previous_end, "figures overlap"
        previous_end = figure.end
        assert figure.interval.lo <= figure.interval.hi


@FUZZ
@given(hostile_text())
def test_parse_quantity_reads_a_figure_or_raises_quantity_error(text: str) -> None:
    try:
        quantity = parse_quantity(text)
    except QuantityError:
        return
    assert quantity.interval.lo <= quantity.interval.hi
    assert quantity.text
