"""The rule expression language: what it accepts, what it refuses, and how it evaluates on intervals."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.expr import EvaluationError, Evaluator, ExpressionError, Value, format_value, parse_expression
from factcheck.quantity import Interval, Truth
from tests.helpers import interval

COUNT = (("count", 1),)


def evaluate(text: str, **values: Value) -> Value | Truth:
    names = {name.replace("__", "."): value for name, value in values.items()}
    return Evaluator(names).evaluate(parse_expression(text))


def count(lo: str, hi: str | None = None) -> Value:
    return Value(Interval.closed(lo, hi or lo), COUNT, "件")


@pytest.mark.parametrize(
    ("text", "message", "column"),
    [
        ("__import__('os').system('rm -rf /')", "unknown function \"__import__('os').system\"", 1),
        ("().__class__", "only claim ids may be dotted", 1),
        ("a[0] == 1", "Subscript is not allowed", 1),
        ("lambda: 1", "Lambda is not allowed", 1),
        ("[x for x in y]", "ListComp is not allowed", 1),
        ("a ** 2 == 4", "operator '**' is not allowed", 1),
        ("a % 2 == 0", "operator '%' is not allowed", 1),
        ("a in b", "only == != < <= > >= compare values", 1),
        ("a == 'x'", "'x' is not a number", 6),
        ("a == True", "True is not a number", 6),
        ("share(a)", "share() takes 2 arguments, got 1", 1),
        ("sum(*a)", "sum() takes plain arguments only", 1),
        ("max(a, key=b)", "max() takes plain arguments only", 1),
        ("a == 5j", "unknown number '5j'", 6),
        ("a == ", "invalid expression: it ends too early", 5),
        ("", "empty expression", 1),
        ("(" * 500 + "1" + ")" * 500, "nested", 201),
        ("x" * 3000, "too long", 1),
    ],
)
def test_refused_with_column(text: str, message: str, column: int) -> None:
    with pytest.raises(ExpressionError) as caught:
        parse_expression(text)
    assert message in caught.value.message
    assert caught.value.column == column


def test_names_are_collected_in_order() -> None:
    assert parse_expression("a.b + c <= sum(a.b, d.e_f)").names == ("a.b", "c", "d.e_f")


def test_percent_literal_is_a_fraction() -> None:
    assert evaluate("a == 29.2%", a=Value(Interval.point(Decimal("0.292")))) is Truth.TRUE
    assert evaluate("a == ２９.２％", a=Value(Interval.point(Decimal("0.292")))) is Truth.TRUE
    with pytest.raises(ExpressionError) as caught:
        parse_expression("２９％ == 'x'")
    assert caught.value.column == 8  # columns count characters, not UTF-8 bytes


def test_chained_comparison_is_a_conjunction() -> None:
    assert evaluate("3000 <= x <= 20000", x=count("6495", "6518")) is Truth.TRUE
    assert evaluate("3000 <= x <= 5000", x=count("6495", "6518")) is Truth.FALSE
    assert evaluate("6500 <= x <= 7000", x=count("6495", "6518")) is Truth.MAYBE


def test_kleene_logic() -> None:
    a = count("5")
    assert evaluate("a > 1 and not (a > 10)", a=a) is Truth.TRUE
    assert evaluate("a > 10 or a < 1", a=a) is Truth.FALSE


def test_functions() -> None:
    part, whole = count("1759"), Value(interval("[6000, 7000)"), COUNT, "起")
    result = evaluate("share(part, whole)", part=part, whole=whole)
    assert isinstance(result, Value) and result.percent
    assert format_value(result) == "25.1–29.3%"
    change = evaluate("change(new, old)", new=count("110"), old=count("100"))
    assert isinstance(change, Value) and change.interval == Interval.point(Decimal("0.1"))
    assert evaluate("min(a, b) == 3 and max(a, b) == 7 and abs(-a) == 3", a=count("3"), b=count("7")) is Truth.TRUE


def test_difference_of_percentages_is_in_percentage_points() -> None:
    values = {
        "new": Value(interval("[0.7245, 0.7255]"), (), "%", True),
        "old": Value(interval("[0.7015, 0.7025]"), (), "%", True),
    }
    evaluator = Evaluator(values)
    assert evaluator.render(parse_expression("new - old > 0")) == "72.45–72.55% - 70.15–70.25% = 2.2–2.4 pp > 0"


def test_unit_mismatch_is_an_evaluation_error() -> None:
    money = Value(Interval.point(5), (("CNY", 1),), "CNY")
    with pytest.raises(EvaluationError, match="unit mismatch: 件 \\+ CNY"):
        evaluate("a + b > 0", a=count("5"), b=money)
    with pytest.raises(EvaluationError, match="unit mismatch"):
        evaluate("a < b", a=count("5"), b=money)


def test_ratios_of_the_same_unit_are_plain_numbers() -> None:
    assert evaluate("a / b < 1", a=count("3"), b=count("4")) is Truth.TRUE
    with pytest.raises(EvaluationError, match="unit mismatch"):
        evaluate("a / b < c", a=count("3"), b=count("4"), c=count("1"))


def test_a_mean_of_money_over_a_count_is_money() -> None:
    """人均消费972元 is 旅游收入 over 游客人次: money per head is money, where money / count is not."""
    income = Value(Interval.closed("22845000000", "22855000000"), (("CNY", 1),), "CNY")
    visitors = Value(Interval.closed("23505500", "23506500"), COUNT, "人次")
    average = Value(Interval.point(972), (("CNY", 1),), "CNY")
    assert evaluate("abs(mean(i, v) - a) <= 0.5", i=income, v=visitors, a=average) is Truth.TRUE
    assert evaluate("mean(i, v) > 1000", i=income, v=visitors) is Truth.FALSE
    with pytest.raises(EvaluationError, match="unit mismatch: CNY·count\\^-1 - CNY"):
        evaluate("i / v - a < 1", i=income, v=visitors, a=average)
    with pytest.raises(EvaluationError, match="divides by a number of things, not by CNY"):
        evaluate("mean(i, a) > 0", i=income, a=average)


def test_division_by_a_range_containing_zero() -> None:
    with pytest.raises(EvaluationError, match="which may be 0"):
        evaluate("a / b > 1", a=count("1"), b=Value(interval("[0, 1]"), COUNT))


def test_comparison_in_arithmetic_is_an_error() -> None:
    with pytest.raises(EvaluationError, match=r"^a > 1 is a comparison, not a number$"):
        evaluate("(a > 1) + 1 > 0", a=count("5"))


def test_steps_are_described_only_for_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    """A rule of 300 terms once spent most of its time writing descriptions of steps nobody read."""
    import ast

    described: list[str] = []
    unparse = ast.unparse

    def counted(node: ast.AST) -> str:
        described.append(unparse(node))
        return described[-1]

    monkeypatch.setattr(ast, "unparse", counted)
    values = {f"c{i}": count(str(i)) for i in range(300)}
    total = " + ".join(values)
    assert Evaluator(values).evaluate(parse_expression(f"{total} == 44850")) is Truth.TRUE
    assert described == []


def test_render_puts_values_in_place() -> None:
    values = {"a": count("13"), "b": count("73"), "c": count("35"), "t": count("121")}
    evaluator = Evaluator(values)
    assert evaluator.render(parse_expression("a + b + c == t")) == "13 + 73 + 35 = 121 == 121"
    assert evaluator.render(parse_expression("(a + b) * 2 >= t")) == "(13 + 73) * 2 = 172 >= 121"
    assert evaluator.render(parse_expression("t - (a - b) > 0")) == "121 - (13 - 73) = 181 > 0"


def test_evaluation_never_calls_eval(monkeypatch: pytest.MonkeyPatch) -> None:
    import builtins

    def forbidden(*_: object) -> None:
        raise AssertionError("eval was called")

    monkeypatch.setattr(builtins, "eval", forbidden)
    monkeypatch.setattr(builtins, "exec", forbidden)
    assert evaluate("a + 1 == 2", a=count("1")) is Truth.TRUE


def test_names_are_found_when_parsed_not_each_time_a_rule_is_evaluated(monkeypatch: pytest.MonkeyPatch) -> None:
    import factcheck.expr as expr

    parsed = expr.parse_expression("cases.a + cases.b == total")
    values = {
        "cases.a": Value(Interval.point(2)),
        "cases.b": Value(Interval.point(3)),
        "total": Value(Interval.point(5)),
    }

    def walked_again(*_: object) -> str:
        raise AssertionError("a name was looked up in the tree again")

    monkeypatch.setattr(expr, "dotted_name", walked_again)
    assert Evaluator(values).evaluate(parsed) is Truth.TRUE


def test_a_copied_or_pickled_expression_reads_its_own_names() -> None:
    import copy
    import pickle

    parsed = parse_expression("x.small < x.large")
    values = {"x.small": Value(Interval.point(1)), "x.large": Value(Interval.point(9))}
    for twin in (pickle.loads(pickle.dumps(parsed)), copy.deepcopy(parsed)):
        assert Evaluator(values).evaluate(twin) is Truth.TRUE
        assert Evaluator(values).render(twin) == "1 < 9"


def _slow_format(value: Value) -> str:
    import decimal

    import factcheck.expr as expr

    with decimal.localcontext(expr._DISPLAY):
        return expr._format_value(value)


@settings(max_examples=400, deadline=None)
@given(
    st.integers(min_value=-(10**25), max_value=10**25),
    st.integers(min_value=-3, max_value=3),
    st.booleans(),
)
def test_a_whole_number_is_shown_as_the_general_path_shows_it(number: int, shift: int, counted: bool) -> None:
    for point in (Decimal(number), Decimal(number).scaleb(shift), Decimal(f"{number}.0")):
        value = Value(Interval.point(point), (("count", 1),) if counted else None, "件" if counted else None)
        assert format_value(value) == _slow_format(value)


@pytest.mark.parametrize("text", ["0", "-0", "1", "-7", "1000", "31094", "999999999999999999999", "1E+21", "1E+3"])
def test_whole_numbers_at_the_edges_are_shown_as_the_general_path_shows_them(text: str) -> None:
    value = Value(Interval.point(Decimal(text)))
    assert format_value(value) == _slow_format(value)


def test_a_count_is_shown_without_the_general_path(monkeypatch: pytest.MonkeyPatch) -> None:
    import factcheck.expr as expr

    def general(_: Value) -> str:
        raise AssertionError("the general path ran for a whole number")

    monkeypatch.setattr(expr, "_format_value", general)
    assert format_value(Value(Interval.point(Decimal(31094)), (("count", 1),), "件")) == "31,094"


# The deepest shapes a text can take, at every length: each nesting level costs a character or more.
DEEP_SHAPES: dict[str, Callable[[int], str]] = {
    "minus": lambda n: "-" * n + "a",
    "not": lambda n: "not " * n + "a",
    "dots": lambda n: "a" + ".a" * n,
    "lists": lambda n: "[" * n + "a" + "]" * n,
    "sets": lambda n: "{" * n + "a" + "}" * n,
    "tuples": lambda n: "(" * n + "a" + ",)" * n,
    "calls": lambda n: "f(" * n + "a" + ")" * n,
    "subscripts": lambda n: "a[" * n + "a" + "]" * n,
    "powers": lambda n: "a" + "**-a" * n,
    "sums": lambda n: "a" + "+a" * n,
    "starred": lambda n: "[*" * n + "a" + "]" * n,
    "lambdas": lambda n: "lambda:" * n + "a",
    "conditionals": lambda n: "a if a else " * n + "a",
    "dicts": lambda n: "{a:" * n + "a" + "}" * n,
    "slices": lambda n: "a[" * n + "::" + "]" * n,
    "walrus": lambda n: "(a:=" * n + "a" + ")" * n,
    "keywords": lambda n: "f(a=" * n + "a" + ")" * n,
    "f-strings": lambda n: "f'{f\"{a:{b}}\"}'",
}


@pytest.mark.parametrize("shape", sorted(DEEP_SHAPES))
def test_no_text_nests_deeper_than_the_bound_that_spares_short_ones_the_depth_walk(shape: str) -> None:
    import ast

    import factcheck.expr as expr

    for n in range(1, 120):
        text = DEEP_SHAPES[shape](n)
        tree = ast.parse(text, mode="eval")
        assert expr._depth(tree.body) <= len(text) + 1 <= expr._DEPTH_PER_CHAR * len(text) + expr._DEPTH_BELOW


def test_a_short_expression_is_not_walked_for_its_depth_and_a_deep_one_still_is(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import factcheck.expr as expr

    walked: list[int] = []
    depth = expr._depth

    def counted(root: object) -> int:
        walked.append(1)
        return depth(root)  # type: ignore[arg-type]

    monkeypatch.setattr(expr, "_depth", counted)
    parse_expression.cache_clear()
    assert parse_expression("district7.cases_a + district7.cases_b == district7.total").names
    assert walked == []
    with pytest.raises(ExpressionError, match="nested too deeply"):
        parse_expression("-" * 450 + "a")
    assert walked == [1]


def _places_by_logarithm(width: Decimal) -> int:
    """How a range's decimals were chosen before: from the width's logarithm, in the display context."""
    import decimal
    import math

    from factcheck.expr import _DISPLAY

    with decimal.localcontext(_DISPLAY):
        return 0 if width >= 10 else min(6, max(0, 1 - math.floor(width.log10())))


def _near_powers_of_ten() -> st.SearchStrategy[Decimal]:
    """Widths just below or at a power of ten (0.0999…, 9.99…, 1E-7), where a rounded logarithm could tip."""
    return st.builds(
        lambda nines, tail, exponent: Decimal(f"{'9' * nines}{tail}E{exponent - nines}"),
        st.integers(1, 40),
        st.sampled_from(["", "0", "1", "5", "8", "9"]),
        st.integers(-40, 1),
    )


@settings(max_examples=1000, deadline=None)
@given(
    st.one_of(
        st.decimals(min_value=Decimal("1E-30"), max_value=Decimal(20), allow_nan=False, places=None),
        _near_powers_of_ten(),
        st.builds(lambda n, e: Decimal(n).scaleb(e), st.integers(1, 10**40), st.integers(-60, 2)),
    )
)
def test_a_ranges_decimals_are_chosen_as_the_logarithm_chose_them(width: Decimal) -> None:
    import decimal

    from factcheck.expr import _DISPLAY, _places

    with decimal.localcontext(_DISPLAY):
        assert _places(width) == _places_by_logarithm(width)


def test_a_ranges_decimals_are_chosen_without_a_logarithm(monkeypatch: pytest.MonkeyPatch) -> None:
    """Decimal.log10 took 46 µs a call, most of showing a percentage range such as 96.5–99%."""
    import types

    import factcheck.expr as expr

    def no_logarithm(value: object) -> int:
        raise AssertionError("the logarithm was taken")

    monkeypatch.setattr(expr, "math", types.SimpleNamespace(floor=no_logarithm))
    value = Value(Interval(Decimal("0.9647118558"), Decimal("0.9900990099"), True, False), None, None, percent=True)
    assert format_value(value) == "96.5–99%"


@given(
    st.lists(
        st.sampled_from(["1", "2.5", "1e3", "0x1F", " ", "+", "*", "(", ")", "a.b", "中", "％", "%", "é", "j", "\n"]),
        max_size=14,
    )
)
def test_a_literal_s_text_is_cut_from_the_source_as_the_standard_library_cuts_it(parts: list[str]) -> None:
    """The rule language reads each number as written (2.50 keeps its places); a one-line rule's numbers are
    cut at their offsets (UTF-8 bytes) without the standard library's line-by-line split."""
    import ast

    from factcheck.expr import _segment

    source = "".join(parts)
    try:
        tree = ast.parse(source, mode="eval")
    except SyntaxError:
        return
    for node in ast.walk(tree):
        if isinstance(node, ast.expr):
            assert _segment(source, node) == ast.get_source_segment(source, node)
