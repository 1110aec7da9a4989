"""The cheap tests the scanner runs before its regexes must never skip a place where the regex would match.

English words are filtered inside the candidate regex (only where a number word may start), and the checks after a
number test the character their regex needs first; a guard that is too strict would silently drop a figure.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from factcheck.quantity import find_quantities
from factcheck.quantity.reader import _CANDIDATE_RE, _CANDIDATE_WORD_RE, _EN_START, _EN_START_RE
from factcheck.quantity.scan.fractions import DENOMINATOR_RE, IN_RE, first_after_gap

_WORDS = sorted(set(re.findall("[a-z]+", _EN_START)))
_PIECES = st.one_of(
    st.sampled_from(_WORDS),
    st.sampled_from([" ", "  ", "-", "\t", "\n", "a ", "an ", "5", "二", "ſ", "K", ".", "about "]),
    st.text(alphabet="abcdefghijklmnopqrstuvwxyzHT ", max_size=6),
)


def _recase(word: str, mask: int) -> str:
    return "".join(c.upper() if mask >> (k % 16) & 1 else c for k, c in enumerate(word))


@given(st.lists(st.tuples(_PIECES, st.integers(0, 2**16 - 1)), max_size=12))
def test_word_candidates_keep_every_number_word_start(pieces: list[tuple[str, int]]) -> None:
    text = "".join(_recase(piece, mask) for piece, mask in pieces)
    lower = text.lower()
    if len(lower) != len(text):
        return  # the scanner falls back to every word there
    for i in range(len(text)):
        # A letter the old candidates let through (not inside a word) where a number word starts: kept.
        starts_word = _CANDIDATE_RE.match(text, i) is not None and text[i].isascii() and text[i].isalpha()
        if starts_word and _EN_START_RE.match(lower, i):
            assert _CANDIDATE_WORD_RE.match(text, i) is not None, (text, i)


def test_number_words_in_any_case_are_read() -> None:
    # Each of these starts with a word the filtered candidates must let through, in whatever case it is written.
    for text, low in [("Twenty-five people", "25"), ("ONE HUNDRED cars", "100"), ("Half of them", "50")]:
        found = find_quantities(text)
        assert found and low in str(found[0].interval), (text, found)


@given(st.text(alphabet=" \t\n-abhiotq", max_size=40), st.integers(0, 40))
def test_first_after_gap_never_hides_a_word(text: str, pos: int) -> None:
    first = first_after_gap(text, pos)
    for pattern in (DENOMINATOR_RE, IN_RE):
        match = pattern.match(text, pos)
        if match is not None:
            assert first is None or first == match.group().lstrip(" \t\n-")[:1], (text, pos, first)


def test_first_after_gap_reads_the_next_word() -> None:
    assert first_after_gap("5 in 10", 1) == "i"
    assert first_after_gap("5-in-10", 1) == "i"
    assert first_after_gap("5%", 1) == ""
    assert first_after_gap("5" + " " * 30 + "in", 1) is None  # a long run of spaces: not known, the regex decides


def test_times_of_day_after_any_space_are_still_no_figures() -> None:
    # The time-of-day test looks past one space of any kind before its regex: a tab or a no-break space too.
    for text in ("we met at 5 pm", "at 5\tP.M. sharp", "at 5\u00a0am", "by 9 o'clock", "at 11am"):
        assert find_quantities(text) == [], text
    # A word starting with a, p or o passes the test and is left to the regex: 5 apples is a count.
    assert [q.text for q in find_quantities("5 apples and 7 oranges")] == ["5", "7"]


# -- the guards added for speed (scan5): each skips a regex only where the regex cannot match ----------------------
_AFTER_PIECES = st.one_of(
    st.sampled_from(["per ", "each", "a head", "on average", "/", " ", "\u3000", "\u00a0", "\n", "-", "k", "m", "mn"]),
    st.sampled_from(["bn", "b", "tn", "K", "M", "B", "T", "\u212a", "至", "到", "—", "–", "~", "～", "to", "and"]),
    st.sampled_from(["和", "与", "TO", "And", "hundred", "thousands", "dozen", "or more", "and over", "件", "5", "e"]),
    st.sampled_from(["lakh", "crore", "Million", "BILLION", "or so", "Or Less", "  ", "k ", "mn ", "bn "]),
    st.text(alphabet="abekmnoprstT -/\t", max_size=4),
)


@given(st.lists(_AFTER_PIECES, max_size=6))
def test_guards_after_a_number_skip_only_where_their_regex_cannot_match(pieces: list[str]) -> None:
    from factcheck.quantity.hedges import _EN_SUFFIX, _EN_SUFFIX_FIRST
    from factcheck.quantity.ranges import JOINER_FIRST, JOINER_RE
    from factcheck.quantity.scan.spans import EN_SCALE_AFTER_FIRST, EN_SCALE_AFTER_RE, EN_SCALE_WORD_FIRST
    from factcheck.quantity.scan.units import _AVERAGE_AFTER_FIRST, _AVERAGE_AFTER_RE

    text = "".join(pieces)
    lower = text.lower()
    first = lower[:1]
    for pattern, firsts in (
        (EN_SCALE_AFTER_RE, EN_SCALE_AFTER_FIRST),
        (JOINER_RE, JOINER_FIRST),
        (_AVERAGE_AFTER_RE, _AVERAGE_AFTER_FIRST),
    ):
        if pattern.match(lower) is not None:
            assert first and (first in firsts or first.isspace()), (pattern, text)
    if _EN_SUFFIX.match(lower) is not None:
        assert first.isspace() and lower[1:2] in _EN_SUFFIX_FIRST, text
    if EN_SCALE_AFTER_RE.match(lower) is not None and (first.isspace() or first == "-"):
        word_first = first_after_gap(lower, 0)
        assert not word_first or word_first in EN_SCALE_WORD_FIRST, text
    if JOINER_RE.match(lower) is not None and first.isspace():
        lead = lower[:24].lstrip()[:1] or first
        assert lead in JOINER_FIRST or lead.isspace(), text


@given(st.text(alphabet="0123456789.,eE +-x", max_size=12))
def test_a_scientific_mantissa_is_looked_for_only_before_an_e(text: str) -> None:
    from factcheck.quantity.scan.arabic import _EXPONENT_MARKS, _SCIENTIFIC_RE
    from factcheck.quantity.scan.spans import ARABIC_RE

    for i in range(len(text)):
        number = ARABIC_RE.match(text, i)
        scientific = _SCIENTIFIC_RE.match(text, i)
        if number is not None and scientific is not None and scientific.end() > number.end():
            assert text[number.end() : number.end() + 1] in _EXPONENT_MARKS, (text, i)


@given(st.text(alphabet="人均平每户日年月均 perachvgmdintoflsxy", max_size=24))
def test_average_words_are_found_without_their_regexes(window: str) -> None:
    from factcheck.quantity.scan.units import _EN_AVERAGE_RE, _EN_AVERAGE_WORDS, _ZH_AVERAGE_RE

    by_regex = bool(_ZH_AVERAGE_RE.search(window) or _EN_AVERAGE_RE.search(window))
    by_words = "均" in window or "每" in window or any(word in window for word in _EN_AVERAGE_WORDS)
    assert by_regex == by_words, window


@given(st.text(max_size=12))
def test_the_character_check_refuses_what_the_full_check_refuses(text: str) -> None:
    from factcheck.errors import QuantityError
    from factcheck.quantity.reader import _all_plain, _check_characters

    try:
        _check_characters(text)
        refused = False
    except QuantityError:
        refused = True
    assert _all_plain(text) is not refused, repr(text)


@given(st.integers(-(10**60), 10**60), st.integers(0, 3))
def test_last_nonzero_place_of_an_integer_is_the_place_of_its_last_digit(value: int, zeros: int) -> None:
    from decimal import Decimal

    from factcheck.quantity.scan.spans import last_nonzero_place

    number = Decimal(value * 10**zeros)
    expected = Decimal(1)
    if value:
        written = str(abs(value * 10**zeros))
        expected = Decimal(1).scaleb(len(written) - len(written.rstrip("0")))
    place = last_nonzero_place(number)
    assert place == expected and str(place) == str(expected), (number, place)


def test_a_point_times_a_point_is_the_one_product_rounded_outward() -> None:
    import decimal
    from decimal import Decimal

    from factcheck.quantity.interval import Interval

    x = Decimal("1." + "1" * 30)  # its square has 61 digits: more than the 40 the ends keep
    exact = x.fma(x, 0, context=decimal.Context(prec=100))
    product = Interval.point(x) * Interval.point(x)
    assert product.lo < exact < product.hi and product.lo_closed and product.hi_closed
    assert product.hi - product.lo == Decimal("1E-39")
    assert Interval.point(2) * Interval.point(0) == Interval.point(0)
    assert Interval.point(2) * Interval.closed(1, 2) == Interval.closed(2, 4)


@given(st.integers(0, 10**18 - 1) | st.integers(0, 10**6), st.sampled_from([None, "share"]))
def test_a_plain_integer_value_reads_as_the_scanner_reads_it(value: int, context: str | None) -> None:
    from factcheck.quantity.model import DEFAULT_SETTINGS
    from factcheck.quantity.reader import _parse, parse_quantity

    text = str(value)
    assert repr(parse_quantity(text, context=context)) == repr(_parse(text, context, DEFAULT_SETTINGS))


def test_values_the_plain_integer_path_leaves_to_the_scanner() -> None:
    from factcheck.errors import QuantityError
    from factcheck.quantity.reader import parse_quantity

    with pytest.raises(QuantityError):
        parse_quantity("007")  # a code, never 7
    with pytest.raises(QuantityError, match="script"):
        parse_quantity("٣")  # a digit of another script: refused by the scanner, never read as 3
    assert parse_quantity("1" * 19).interval.lo == int("1" * 19)  # past the fast path's digits: the scanner reads it


@given(st.text(alphabet="0123456789 .·•-/至到、月日号“”年", max_size=14))
def test_the_date_guard_skips_only_numbers_no_date_test_would_take(text: str) -> None:
    from factcheck.quantity import nonfigures
    from factcheck.quantity.model import DEFAULT_SETTINGS
    from factcheck.quantity.reader import _Scanner
    from factcheck.quantity.scan.spans import ARABIC_RE

    scanner = _Scanner(text, DEFAULT_SETTINGS, strict=False)
    for i in range(len(text)):
        number = ARABIC_RE.match(scanner.text, i)
        if number is not None:
            full = nonfigures.numeric_date(scanner.text, i) or nonfigures.dot_date(scanner.text, i)
            assert scanner._date_at(i, number.end(), number.group()) == full, (text, i)


@example("+44 (0)845 601 3034")
@example("+1 000 000")  # digits grouped by spaces after a plus: the guard asks, and it is a telephone number
@example("+1(0)0")  # no space before the trunk zero: the scanner's guard never asks, so neither does the function
@given(st.text(alphabet="0123456789 -)(+.,", max_size=16))
def test_the_code_guard_skips_only_numbers_that_are_no_code(text: str) -> None:
    from factcheck.quantity import nonfigures
    from factcheck.quantity.scan.arabic import _CODE_JOINERS
    from factcheck.quantity.scan.spans import ARABIC_RE

    for i in range(len(text)):
        number = ARABIC_RE.match(text, i)
        if number is None or text[i] == "0":
            continue
        skip = number.end()
        after = text[skip : skip + 1]
        joined = after in _CODE_JOINERS and (
            after == ")" or text[skip + 1 : skip + 2].isdigit() or text[i - 1 : i] == "+" or not text[i:skip].isdigit()
        )
        guarded = joined or (text[i - 1 : i] == "+" and " " in text[i:skip])
        if not guarded:
            assert nonfigures.phone_or_code(text, i) == 0, (text, i)


@given(st.integers(-(10**45), 10**45), st.integers(-50, 50), st.integers(0, 4))
def test_a_number_prints_alike_from_the_cache_whatever_its_trailing_zeros(mantissa: int, exp: int, zeros: int) -> None:
    from decimal import Context, Decimal

    from factcheck.quantity.model import format_number

    exact = Context(prec=200)  # no rounding while the numbers are built
    plain = exact.scaleb(Decimal(mantissa), exp)
    padded = exact.scaleb(Decimal(mantissa * 10**zeros), exp - zeros)  # the same value with more trailing zeros
    assert plain == padded
    assert format_number.__wrapped__(plain) == format_number.__wrapped__(padded)  # the text follows the value
    assert format_number(plain) == format_number.__wrapped__(plain)
    assert format_number(padded) == format_number.__wrapped__(padded)  # the cache (keyed by value) agrees


@given(st.text(alphabet="人均平每户日年月均 perachvgmdintoflsxy", max_size=24))
def test_the_english_average_words_are_looked_for_only_where_their_shared_letter_stands(window: str) -> None:
    from factcheck.quantity.scan.units import _EN_AVERAGE_MARK, _EN_AVERAGE_RE, _EN_AVERAGE_WORDS

    assert _EN_AVERAGE_MARK, "the words share no letter: the prefilter would test every window"
    assert all(_EN_AVERAGE_MARK in word for word in _EN_AVERAGE_WORDS)
    prefiltered = _EN_AVERAGE_MARK in window and any(word in window for word in _EN_AVERAGE_WORDS)
    assert prefiltered == bool(_EN_AVERAGE_RE.search(window)), window


def test_a_units_kind_is_the_same_asked_once_or_again() -> None:
    from factcheck.quantity.units import Kind, kind_of

    for _ in range(2):  # the second answers come from the memo
        assert [kind_of(u) for u in (None, "%", "件", "CNY", "公斤/公顷", "年")] == [
            Kind.NUMBER,
            Kind.PERCENT,
            Kind.COUNT,
            Kind.MONEY,
            Kind.MEASURE,
            Kind.DURATION,
        ]
    assert kind_of.cache_info().hits >= 6
