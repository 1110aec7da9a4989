"""The reader skips a pattern where a cheap test shows it cannot match: the pattern is then never compiled in a
run that does not need it (a compile costs 0.1-0.8 ms of a one-article check).  Each test here is the premise
of one such skip, checked on the pattern itself: wherever it matches, the cheap test passes, so skipping
where the test fails changes no reading.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.quantity import reader
from factcheck.quantity.scan import arabic

# The characters the patterns care about, and a few around them.
TEXTS = st.text(alphabet="0123456789 .,-/^+xX*·×±⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻−分之又负一件%\u00a0\u3000\t", max_size=8)
# Each form at least once, at position 0.
FORMS = ["±0.2", " ± 0.2", "+/-2", "+-2", "^2", "×10^6", " x 10⁶", "·10⁻³", "*10^3", "³", " 1/4", "\u00a01/4"]

MARKED = [
    arabic._TIMES_POWER_RE,
    arabic._SUPERSCRIPT_RE,
    arabic._CARET_RE,
    arabic._PLUS_MINUS_RE,
    arabic._MIXED_NUMBER_RE,
]


@settings(max_examples=1000, deadline=None)
@given(st.one_of(TEXTS, st.sampled_from(FORMS)), st.integers(0, 3))
def test_a_form_marked_after_the_digits_starts_with_a_mark_or_whitespace(text: str, end: int) -> None:
    """arabic._marked returns at once unless the character after the digits is in _MARK_STARTS or a space."""
    after = text[end : end + 1]
    skipped = not (after in arabic._MARK_STARTS or after.isspace())
    for pattern in MARKED:
        assert not (skipped and pattern.match(text, end)), (pattern.pattern, text, end)
    # 10 followed by a power (10⁶, 10^6): the bare power after the digits 1 and 0.
    bare = arabic._BARE_POWER_RE.match("10" + text[end:])
    assert not (skipped and bare is not None and bare.end() > 2)


@settings(max_examples=1000, deadline=None)
@given(
    st.one_of(TEXTS, st.sampled_from(["分之一", " 分之一", "分 之一", " 又一千分之23", "又三分之一"])),
    st.integers(0, 3),
)
def test_a_spaced_or_mixed_fraction_starts_with_a_space_or_its_mark(text: str, end: int) -> None:
    if reader._MIXED_OR_SPACED_FRACTION_RE.match(text, end) is not None:
        assert text[end : end + 1] in reader._SPACED_OR_MIXED_STARTS


def test_no_bound_word_is_empty() -> None:
    """parse_quantity does not search an empty side of the figure for a bound word."""
    assert reader._BOUND_BEFORE_RE.search("") is None and reader._BOUND_AFTER_RE.search("") is None
