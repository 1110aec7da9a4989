"""The rule language on random trees, huge and tiny numbers and deep nesting: an expression parses or is an
ExpressionError; it evaluates or is an EvaluationError; whatever evaluates can be shown; and an arithmetic
result always contains the exact value (never a silent wrong number)."""

from __future__ import annotations

import ast
from decimal import Decimal
from fractions import Fraction

from hypothesis import example, given
from hypothesis import strategies as st

from factcheck.engine import check_article
from factcheck.expr import (
    EvaluationError,
    Evaluator,
    ExpressionError,
    Value,
    format_value,
    literal_value,
    parse_expression,
)
from factcheck.findings import Status
from factcheck.model import Article, Rule, Source
from factcheck.quantity import Interval, Truth
from tests.fuzz.strategies import FUZZ

NUMBERS = [
    "0",
    "1",
    "2",
    "13",
    "121",
    "0.5",
    "29.2",
    "98%",
    "0.001%",
    "1e6",
    "1e100",
    "1e-100",
    "1e101",
    "1e-101",
    "1e5000",
    "1e999999999",
    "1e-999999",
    "9" * 40,
    "0." + "0" * 99 + "1",
    "0x10",
    "0o17",
    "0b1",
    "1_000",
    ".5",
    "5.",
    "1E+50",
    "1e+50",
]
NAMES = ["a", "b.c", "d.total", "zero", "big", "tiny", "pct", "open"]
VALUES = {
    "a": Value(Interval.point(121), (("count", 1),), "个"),
    "b.c": Value(Interval.closed(13, 14), (("count", 1),), "个"),
    "d.total": Value(Interval(Decimal(6000), Decimal(7000), True, False), (("count", 1),), "起"),
    "zero": Value(Interval.point(0), None),
    "big": Value(Interval.closed(Decimal("1e100"), Decimal("2e100")), None),
    "tiny": Value(Interval.closed(Decimal("1e-100"), Decimal("2e-100")), None),
    "pct": Value(Interval.closed(Decimal("0.2915"), Decimal("0.2925")), (), "%", percent=True),
    "open": Value(Interval(Decimal(98), Decimal("Infinity"), True, False), None),
}


def _expressions() -> st.SearchStrategy[str]:
    leaves = st.sampled_from(NUMBERS) | st.sampled_from(NAMES)

    def extend(inner: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
        binary = st.tuples(
            inner, st.sampled_from(["+", "-", "*", "/", "==", "!=", "<", "<=", ">", ">=", "and", "or"]), inner
        )
        call = st.tuples(
            st.sampled_from(["sum", "min", "max", "abs", "share", "change", "pow", "eval"]),
            st.lists(inner, min_size=0, max_size=4),
        )
        return st.one_of(
            binary.map(lambda t: f"{t[0]} {t[1]} {t[2]}"),
            inner.map(lambda e: f"({e})"),
            inner.map(lambda e: f"-{e}"),
            inner.map(lambda e: f"not {e}"),
            call.map(lambda t: f"{t[0]}({', '.join(t[1])})"),
        )

    return st.recursive(leaves, extend, max_leaves=25)


def _evaluate_everything(text: str) -> None:
    try:
        expression = parse_expression(text)
    except ExpressionError as error:
        assert error.column >= 1 and "\n" not in error.message
        return
    evaluator = Evaluator(VALUES)
    try:
        result = evaluator.evaluate(expression)
    except EvaluationError as error:
        assert str(error)
    else:
        if isinstance(result, Value):
            assert format_value(result)
        else:
            assert result in Truth
    assert evaluator.render(expression)  # rendering shows '?' for what has no value, never raises
    rule = Rule("r", text, Source("rules.yaml", 1, 1))
    article = Article(id="a", title="t", claims_file="claims.yaml", source=Source("claims.yaml", 1, 1), rules=(rule,))
    (finding,) = check_article(article).findings
    assert finding.status in Status


@FUZZ
@given(_expressions())
def test_random_expression_trees_parse_evaluate_and_render_or_fail_cleanly(text: str) -> None:
    _evaluate_everything(text)


@FUZZ
@given(st.integers(1, 1500), st.sampled_from(["(", "-", "not ", "+", "abs(", "sum(1, "]), st.sampled_from(["1", "a"]))
def test_deep_nesting_never_reaches_the_recursion_limit(depth: int, opener: str, leaf: str) -> None:
    closer = ")" if opener.endswith(("(", ", ")) else ""
    _evaluate_everything(opener * depth + leaf + closer * depth + " == 1")


@FUZZ
@given(st.integers(1, 1200), st.sampled_from(["+", "-", "*", "/"]))
def test_long_flat_chains_never_reach_the_recursion_limit(terms: int, op: str) -> None:
    _evaluate_everything(f" {op} ".join(["a"] * terms) + " > 0")
    _evaluate_everything(op.join(["1"] * terms) + " > 0")


def _exact(node: ast.AST, source: str) -> Fraction:
    """The exact rational value of an arithmetic tree of literals (the reference the intervals must contain)."""
    if isinstance(node, ast.Constant):
        text = ast.get_source_segment(source, node) or ""
        value = Fraction(literal_value(text))
        return value / 100 if text.endswith("%") else value
    if isinstance(node, ast.UnaryOp):
        inner = _exact(node.operand, source)
        return -inner if isinstance(node.op, ast.USub) else inner
    if isinstance(node, ast.BinOp):
        left, right = _exact(node.left, source), _exact(node.right, source)
        if isinstance(node.op, ast.Add):
            return left + right
        if isinstance(node.op, ast.Sub):
            return left - right
        if isinstance(node.op, ast.Mult):
            return left * right
        if right == 0:
            raise ZeroDivisionError
        return left / right
    raise AssertionError(ast.dump(node))


def _arithmetic() -> st.SearchStrategy[str]:
    number = st.one_of(
        st.integers(-(10**30), 10**30).map(str),
        st.decimals(min_value=Decimal("-1e30"), max_value=Decimal("1e30"), allow_nan=False, places=6).map(
            lambda d: format(d, "f")
        ),
        st.sampled_from(["1e100", "1e-100", "3e-99", "7e99", "29.2%", "0.001%"]),
    ).map(lambda text: f"({text})" if text.startswith("-") else text)

    def extend(inner: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
        return st.tuples(inner, st.sampled_from(["+", "-", "*", "/"]), inner).map(lambda t: f"({t[0]} {t[1]} {t[2]})")

    return st.recursive(number, extend, max_leaves=12)


@FUZZ
@given(_arithmetic())
@example("(-10000000000000000000000000001)")  # negation rounded to 28 digits: -1E+28
@example("((0 - 10000000000000000000000000001) + 10000000000000000000000000000)")
def test_arithmetic_results_contain_the_exact_value(text: str) -> None:
    expression = parse_expression(text)
    try:
        exact = _exact(expression.tree.body, expression.source)
    except ZeroDivisionError:
        exact = None
    try:
        result = Evaluator({}).evaluate(expression)
    except EvaluationError:
        return  # division by an interval that holds 0, or a value beyond 10^1000: said, not guessed
    assert isinstance(result, Value)
    assert exact is not None, "a division by zero produced a value"
    interval = result.interval
    assert Fraction(interval.lo) <= exact <= Fraction(interval.hi) if interval.is_bounded else True, (text, interval)
    assert format_value(result)
