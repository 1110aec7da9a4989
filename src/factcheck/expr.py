"""The rule expression language, parsed with ``ast`` against a whitelist and evaluated on intervals.

Expressions are Python-shaped: numbers, percent literals (``98%``), claim and
derived ids (``gangs.total``), ``+ - * /``, parentheses, chained comparisons,
``and or not`` and the functions ``sum min max abs share change``.  Nothing is
ever passed to ``eval``: the tree is walked node by node and any node outside
the whitelist is refused with its column.

Values carry a dimension so that 件 + 元 is an error, not a number: counts
(any measure word: Chinese counts 案件 by 件 or by 起), money per currency,
durations per time unit.  Percentages are fractions; bare literals fit any
dimension.
"""

from __future__ import annotations

import ast
import decimal
import functools
import math
import re
import sys
from collections.abc import Callable, Mapping
from dataclasses import field, replace
from decimal import Decimal
from typing import TYPE_CHECKING

from factcheck.errors import FactcheckError
from factcheck.i18n import ENGLISH, _, current, ngettext
from factcheck.quantity import Interval, Truth, format_number
from factcheck.quantity.interval import ZERO
from factcheck.quantity.lazyre import lazy_compile
from factcheck.quantity.normalize import normalize
from factcheck.quantity.units import DURATION_UNITS, MEASURE_UNITS
from factcheck.records import Record, record, set_field

if TYPE_CHECKING:
    from fractions import Fraction

MAX_EXPRESSION_CHARS = 2000
# Nesting: every walker of the tree recurses (about three frames a level), so depth is bounded, and the
# recursion limit raised to fit it (Python's default of 1,000 frames would stop a 300-term a + b + ... sum).
# A longer sum reads better (and nests not at all) as sum(a, b, c, ...).
MAX_DEPTH = 400
_FRAMES = 4 * MAX_DEPTH + 1500
if sys.getrecursionlimit() < _FRAMES:
    sys.setrecursionlimit(_FRAMES)
# Numbers written in a rule lie within 10^-100 .. 10^100 in size (or are 0); a computed value that leaves
# 10^-1000 .. 10^1000 is an evaluation error.  Newspaper figures are nowhere near either bound, and with
# them no value can grow into a number too long to compute with or to print.
MAX_LITERAL_EXPONENT = 100
MAX_VALUE_EXPONENT = 1000
FUNCTIONS = ("sum", "min", "max", "abs", "share", "change", "mean")
_ARITY: dict[str, tuple[int, int | None]] = {
    "sum": (1, None),
    "min": (1, None),
    "max": (1, None),
    "abs": (1, 1),
    "share": (2, 2),
    "change": (2, 2),
    "mean": (2, 2),
}
_COUNT: Dimension = (("count", 1),)
_PERCENT_LITERAL = lazy_compile(r"(?<![\w.])(\d+(?:\.\d+)?)%")
_COMPLEX_LITERAL = lazy_compile(r"(?<![\w.])\d+(?:\.\d+)?[jJ](?!\w)")
_BINARY = {ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.Div: "/"}
_COMPARE = {ast.Eq: "==", ast.NotEq: "!=", ast.Lt: "<", ast.LtE: "<=", ast.Gt: ">", ast.GtE: ">="}
_PRECEDENCE = {ast.Add: 1, ast.Sub: 1, ast.Mult: 2, ast.Div: 2}

Dimension = tuple[tuple[str, int], ...]
DIMENSIONLESS: Dimension = ()
Scale = tuple[Decimal, str]  # a written multiplier and the unit shown after it: (10**8, "亿元")


class ExpressionError(FactcheckError):
    """An expression that cannot be parsed or uses something outside the language."""

    def __init__(self, message: str, column: int = 1) -> None:
        super().__init__(message)
        self.message = message
        self.column = column


class EvaluationError(Exception):
    """An expression that parsed but has no value: division by 0, unit mismatch."""


@record
class Value(Record):
    """A number during evaluation: its interval, dimension, and how to show it."""

    interval: Interval
    dimension: Dimension | None = DIMENSIONLESS  # None: a bare literal, fits any dimension
    unit: str | None = None  # display unit of a claim (件, CNY, 年)
    percent: bool = False  # show as a percentage (or, with ``points``, in percentage points)
    points: bool = False  # a difference of percentages: 2.3 pp, never 2.3%
    text: str | None = None  # how a leaf reads in the report (29.2%, 6000多起)
    nominal: Decimal | None = None  # the value as written (29.2% is 0.292), carried through the arithmetic
    scale: Scale | None = None  # the article's own unit for display: (10**8, "亿元") for 42.5亿元

    def __init__(
        self,
        interval: Interval,
        dimension: Dimension | None = DIMENSIONLESS,
        unit: str | None = None,
        percent: bool = False,
        points: bool = False,
        text: str | None = None,
        nominal: Decimal | None = None,
        scale: Scale | None = None,
    ) -> None:
        set_field(self, "interval", interval)
        set_field(self, "dimension", dimension)
        set_field(self, "unit", unit)
        set_field(self, "percent", percent)
        set_field(self, "points", points)
        set_field(self, "text", text)
        set_field(self, "nominal", nominal)
        set_field(self, "scale", scale)


@record
class Expression(Record):
    """A parsed, whitelisted expression and the ids it names, in order of first use."""

    text: str
    tree: ast.Expression
    names: tuple[str, ...]
    source: str = ""  # the normalised, stripped text the tree's offsets point into
    # Each name node's dotted id, keyed by the node itself (a copy or pickle of the expression keeps the keys
    # its own tree's nodes): found once when parsed, not again each time a rule is evaluated.
    dotted: Mapping[ast.AST, str] = field(default_factory=dict, compare=False, repr=False)

    def __init__(
        self,
        text: str,
        tree: ast.Expression,
        names: tuple[str, ...],
        source: str = "",
        dotted: Mapping[ast.AST, str] | None = None,
    ) -> None:
        set_field(self, "text", text)
        set_field(self, "tree", tree)
        set_field(self, "names", names)
        set_field(self, "source", source)
        set_field(self, "dotted", {} if dotted is None else dotted)


@functools.lru_cache(maxsize=4096)
def parse_expression(text: str) -> Expression:
    """Parse and check an expression; raise :class:`ExpressionError` with a 1-based column.

    Cached: the loader parses every expression to check it, and the engine (again for each draft or
    lenient re-run) evaluates the same texts.  Nothing mutates a parsed tree.
    """
    if not isinstance(text, str) or not text.strip():
        raise ExpressionError(_("empty expression"))
    if len(text) > MAX_EXPRESSION_CHARS:
        raise ExpressionError(
            _("expression too long: {count} characters (at most {limit})").format(
                count=len(text), limit=MAX_EXPRESSION_CHARS
            )
        )
    normalised = normalize(text)
    complex_literal = _COMPLEX_LITERAL.search(normalised)
    if complex_literal:
        raise ExpressionError(
            _("unknown number {number!r}").format(number=complex_literal.group()), complex_literal.start() + 1
        )
    # A percent literal becomes a same-length imaginary literal ('98%' -> '98j') so that ast can
    # parse it and columns still point into the user's text; the walker reads it back as a percent.
    source = _PERCENT_LITERAL.sub(lambda m: m.group(1) + "j", normalised)
    try:
        tree = ast.parse(source.strip(), mode="eval")
    except SyntaxError as error:
        lead = len(source) - len(source.lstrip())
        if not error.offset:  # the parser ran out of input: point at the end
            raise ExpressionError(_("invalid expression: it ends too early"), len(source.rstrip()) + 1) from None
        # Python's own words for the syntax error (its messages are English only)
        raise ExpressionError(
            _("invalid expression: {reason}").format(reason=python_reason(error.msg)), error.offset + lead
        ) from None
    except (RecursionError, MemoryError, ValueError):
        raise ExpressionError(_("expression too deeply nested")) from None
    lead = len(source) - len(source.lstrip())
    # Each level of nesting takes at least one character of its own (an operator, a bracket, a dot), and the
    # operators and contexts below the last add two: a text this short cannot nest past MAX_DEPTH, and is not
    # walked for its depth (a test pins the bound on the deepest shapes of every length).
    deepest = 0 if _DEPTH_PER_CHAR * len(source) + _DEPTH_BELOW <= MAX_DEPTH else _depth(tree.body)
    if deepest > MAX_DEPTH:
        raise ExpressionError(
            _(
                "expression nested too deeply ({depth} levels, at most {limit}): "
                "write a long sum as sum(a, b, c, ...), or name parts of it under derive:"
            ).format(depth=deepest, limit=MAX_DEPTH),
            lead + 1,
        )
    names: list[str] = []
    stripped = normalised.strip()
    dotted: dict[ast.AST, str] = {}
    _check(tree.body, names, lead, stripped, dotted)
    return Expression(text, tree, tuple(dict.fromkeys(names)), stripped, dotted)


_DEPTH_PER_CHAR = 2  # twice the bound that holds (one level a character): a margin, not a need
_DEPTH_BELOW = 3


def _depth(root: ast.AST) -> int:
    """How deeply ``root`` nests, counted without recursion (a 600-term a + b + ... nests 600 deep): one level
    of the tree at a time, each node's children as ``ast.iter_child_nodes`` finds them, without its generators
    (a quarter of the time: every rule of an archive passes here)."""
    deepest = 0
    level = [root]
    while level:
        deepest += 1
        below: list[ast.AST] = []
        for node in level:
            for name in node._fields:
                child = getattr(node, name, None)
                if isinstance(child, ast.AST):
                    below.append(child)
                elif isinstance(child, list):
                    below.extend(item for item in child if isinstance(item, ast.AST))
        level = below
    return deepest


_DECIMAL_LITERAL = lazy_compile(r"(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?")


def python_reason(message: str) -> str:
    """Python's words for a syntax error (English in every locale) in the reader's language, for the ones a
    rule's author meets; any other is shown as Python wrote it."""
    if current() == ENGLISH:
        return message  # English readers get Python's own words, as before
    for pattern, translate in _PYTHON_REASONS:
        match = pattern.fullmatch(message)
        if match:
            return translate(*match.groups())
    return message


# Compiled on first use: only a rule that does not parse needs them.
_PYTHON_REASONS: tuple[tuple[re.Pattern[str], Callable[..., str]], ...] = (
    (lazy_compile(r"invalid syntax(?:\. Perhaps you forgot a comma\?)?"), lambda: _("not a valid expression here")),
    (lazy_compile(r"'(.)' was never closed"), lambda b: _("{bracket!r} is opened and never closed").format(bracket=b)),
    (lazy_compile(r"unmatched '(.)'"), lambda b: _("{bracket!r} closes nothing").format(bracket=b)),
    (
        lazy_compile(r"closing parenthesis '(.)' does not match opening parenthesis '(.)'(?: on line \d+)?"),
        lambda c, o: _("{closing!r} does not match {opening!r}").format(closing=c, opening=o),
    ),
    (lazy_compile(r"invalid decimal literal"), lambda: _("a malformed number")),
    (
        lazy_compile(r"invalid character '(.)' \((U\+[0-9A-F]+)\)"),
        lambda c, u: _("character {char!r} ({code}) is not allowed").format(char=c, code=u),
    ),
    (lazy_compile(r"unterminated string literal.*"), lambda: _("a quotation mark is opened and never closed")),
    (
        lazy_compile(r"cannot assign to .*|invalid syntax\. Maybe you meant '==' or ':=' instead of '='\?"),
        lambda: _("use == to compare: = is not allowed"),
    ),
    (lazy_compile(r"unexpected EOF while parsing"), lambda: _("it ends too early")),
    (lazy_compile(r"unexpected indent"), lambda: _("it starts with unexpected white space")),
)


def literal_value(text: str) -> Decimal:
    """A number as written in a rule (``1900``, ``29.2``, ``1e6``, ``98%`` as 98); hexadecimal, octal,
    binary and out-of-range numbers raise :class:`ValueError` with the reason."""
    digits = text.rstrip("%％jJ").replace("_", "")
    if not _DECIMAL_LITERAL.fullmatch(digits):
        raise ValueError(_("{text!r} is not a decimal number: write numbers with the digits 0-9").format(text=text))
    value = Decimal(digits)
    if value and not -MAX_LITERAL_EXPONENT <= value.adjusted() <= MAX_LITERAL_EXPONENT:
        raise ValueError(
            _("{text!r} is out of range: numbers in rules lie between 1e-{exponent} and 1e{exponent} in size").format(
                text=text, exponent=MAX_LITERAL_EXPONENT
            )
        )
    return value


def _char_column(source: str, byte_offset: int) -> int:
    """ast offsets count UTF-8 bytes; users count characters."""
    if source.isascii():  # the same count, without encoding the whole expression again for each node
        return min(byte_offset, len(source))
    return len(source.encode("utf-8")[:byte_offset].decode("utf-8", errors="ignore"))


def _check(node: ast.AST, names: list[str], lead: int, source: str, dotted: dict[ast.AST, str]) -> None:
    # The node's column is worked out only for a message: every rule of an archive passes here.
    if isinstance(node, ast.BinOp):
        if type(node.op) not in _BINARY:
            raise ExpressionError(
                _("operator {operator!r} is not allowed: use + - * /").format(operator=_op_text(node.op)),
                _column(node, lead, source),
            )
        _check(node.left, names, lead, source, dotted)
        _check(node.right, names, lead, source, dotted)
    elif isinstance(node, ast.UnaryOp):
        if not isinstance(node.op, (ast.USub, ast.UAdd, ast.Not)):
            raise ExpressionError(_("only -x, +x and 'not x' are allowed"), _column(node, lead, source))
        _check(node.operand, names, lead, source, dotted)
    elif isinstance(node, ast.BoolOp):
        for value in node.values:
            _check(value, names, lead, source, dotted)
    elif isinstance(node, ast.Compare):
        for op in node.ops:
            if type(op) not in _COMPARE:
                raise ExpressionError(_("only == != < <= > >= compare values"), _column(node, lead, source))
        _check(node.left, names, lead, source, dotted)
        for comparator in node.comparators:
            _check(comparator, names, lead, source, dotted)
    elif isinstance(node, ast.Call):
        if not isinstance(node.func, ast.Name) or node.func.id not in FUNCTIONS:
            called = node.func.id if isinstance(node.func, ast.Name) else ast.unparse(node.func)
            raise ExpressionError(
                _("unknown function {name!r}: use one of {functions}").format(
                    name=called, functions=", ".join(FUNCTIONS)
                ),
                _column(node, lead, source),
            )
        if node.keywords or any(isinstance(a, ast.Starred) for a in node.args):
            raise ExpressionError(
                _("{function}() takes plain arguments only").format(function=node.func.id), _column(node, lead, source)
            )
        low, high = _ARITY[node.func.id]
        count = len(node.args)
        if count < low or (high is not None and count > high):
            if low == high:
                message = ngettext(
                    "{function}() takes {wanted} argument, got {count}",
                    "{function}() takes {wanted} arguments, got {count}",
                    low,
                )
            else:
                message = ngettext(
                    "{function}() takes at least {wanted} argument, got {count}",
                    "{function}() takes at least {wanted} arguments, got {count}",
                    low,
                )
            raise ExpressionError(
                message.format(function=node.func.id, wanted=low, count=count), _column(node, lead, source)
            )
        for arg in node.args:
            _check(arg, names, lead, source, dotted)
    elif isinstance(node, (ast.Name, ast.Attribute)):
        try:
            name = dotted_name(node)
        except ExpressionError as error:
            raise ExpressionError(error.message, _column(node, lead, source)) from None
        dotted[node] = name
        names.append(name)
    elif isinstance(node, ast.Constant):
        if isinstance(node.value, bool) or not isinstance(node.value, (int, float, complex)):
            raise ExpressionError(_("{value!r} is not a number").format(value=node.value), _column(node, lead, source))
        try:
            literal_value(_segment(source, node) or str(node.value))
        except ValueError as error:
            raise ExpressionError(str(error), _column(node, lead, source)) from None
    else:
        raise ExpressionError(
            _("{construct} is not allowed in a rule expression").format(construct=type(node).__name__),
            _column(node, lead, source),
        )


def _column(node: ast.AST, lead: int, source: str) -> int:
    """The 1-based column of ``node`` in the user's text."""
    return _char_column(source, getattr(node, "col_offset", 0)) + lead + 1


def dotted_name(node: ast.AST, column: int = 1) -> str:
    parts: list[str] = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if not isinstance(node, ast.Name):
        raise ExpressionError(_("only claim ids may be dotted"), column)
    parts.append(node.id)
    return ".".join(reversed(parts))


_OTHER_OPERATORS: dict[type[ast.AST], str] = {ast.Pow: "**", ast.Mod: "%", ast.FloorDiv: "//", ast.MatMult: "@"}


def _op_text(op: ast.AST) -> str:
    return _OTHER_OPERATORS.get(type(op), type(op).__name__)


# -- evaluation ----------------------------------------------------------------------------


Result = Value | Truth


class Evaluator:
    """Evaluates a parsed expression over named values, and renders it with the values in place."""

    def __init__(self, values: Mapping[str, Value]) -> None:
        self.values = values
        # Rendering, the gap of a failure and the left-hand value each revisit subtrees already evaluated;
        # a node's value is computed once per evaluator (the values it reads do not change).
        self._memo: dict[int, Result] = {}

    def evaluate(self, expression: Expression) -> Result:
        return self.eval_node(expression.tree.body, expression)

    def eval_node(self, node: ast.AST, expression: Expression) -> Result:
        """The value of one node of ``expression``."""
        key = id(node)
        result = self._memo.get(key)  # a Result is never None
        if result is None:
            try:
                result = self._compute(node, expression)
            except ArithmeticError as error:  # decimal's signals and empty intervals: no value, said plainly
                raise EvaluationError(
                    _("{expression} cannot be computed ({reason})").format(
                        expression=_describe_node(node), reason=type(error).__name__
                    )
                ) from None
            if isinstance(result, Value):
                _check_range(result, node)
            self._memo[key] = result
        return result

    def _compute(self, node: ast.AST, expression: Expression) -> Result:
        if isinstance(node, (ast.Name, ast.Attribute)):
            name = expression.dotted.get(node) or dotted_name(node)
            if name not in self.values:
                raise EvaluationError(_("{name} has no value").format(name=name))
            return self.values[name]
        if isinstance(node, ast.Constant):
            return _literal(node, expression)
        if isinstance(node, ast.UnaryOp):
            operand = self.eval_node(node.operand, expression)
            if isinstance(node.op, ast.Not):
                return ~_truth(operand, "not")
            number = _number(operand, "-")
            if not isinstance(node.op, ast.USub):
                return number
            nominal = -number.nominal if number.nominal is not None else None
            return replace(number, interval=-number.interval, text=None, nominal=nominal)
        if isinstance(node, ast.BinOp):
            return _binary(node.op, self._number(node.left, expression), self._number(node.right, expression))
        if isinstance(node, ast.BoolOp):
            results = [_truth(self.eval_node(v, expression), "and/or") for v in node.values]
            combined = results[0]
            for result in results[1:]:
                combined = combined & result if isinstance(node.op, ast.And) else combined | result
            return combined
        if isinstance(node, ast.Compare):
            operands = [self._number(node.left, expression)] + [self._number(c, expression) for c in node.comparators]
            truth = Truth.TRUE
            for op, left, right in zip(node.ops, operands, operands[1:], strict=False):
                truth = truth & compare(op, left, right)
            return truth
        if isinstance(node, ast.Call):
            assert isinstance(node.func, ast.Name)
            args = [self._number(a, expression) for a in node.args]
            return _call(node.func.id, args)
        raise EvaluationError(_("cannot evaluate {construct}").format(construct=type(node).__name__))

    def _number(self, node: ast.AST, expression: Expression) -> Value:
        result = self.eval_node(node, expression)
        if isinstance(result, Truth):  # described only when it is wrong: ast.unparse costs more than the step
            raise EvaluationError(
                _("{expression} is a comparison, not a number").format(expression=_describe_node(node))
            )
        return result

    # -- rendering ----------------------------------------------------------------------
    def render(self, expression: Expression) -> str:
        """The expression with values in place: ``13 + 73 + 35 = 121 == 121``."""
        return self._render(expression.tree.body, expression, top=True)

    def render_node(self, node: ast.AST, expression: Expression) -> str:
        """One subtree with values in place, without its result: ``45.6% - 44.2%``."""
        return self._render(node, expression)

    def _render(self, node: ast.AST, expression: Expression, *, top: bool = False) -> str:
        if isinstance(node, ast.Compare):
            parts = [self._operand(node.left, expression)]
            for op, comparator in zip(node.ops, node.comparators, strict=True):
                parts.append(_COMPARE[type(op)])
                parts.append(self._operand(comparator, expression))
            return " ".join(parts)
        if isinstance(node, ast.BoolOp):
            joiner = " and " if isinstance(node.op, ast.And) else " or "
            return joiner.join(f"({self._render(v, expression)})" for v in node.values)
        if isinstance(node, ast.UnaryOp):
            inner = self._render(node.operand, expression)
            return f"not ({inner})" if isinstance(node.op, ast.Not) else f"-{inner}"
        if isinstance(node, ast.BinOp):
            left = self._render(node.left, expression)
            right = self._render(node.right, expression)
            if _needs_parens(node.left, node.op, right_side=False):
                left = f"({left})"
            if _needs_parens(node.right, node.op, right_side=True):
                right = f"({right})"
            text = f"{left} {_BINARY[type(node.op)]} {right}"
            return f"{text} = {self._show(node, expression)}" if top else text
        if isinstance(node, ast.Call):
            assert isinstance(node.func, ast.Name)
            inner = ", ".join(self._render(a, expression) for a in node.args)
            text = f"{node.func.id}({inner})"
            return f"{text} = {self._show(node, expression)}" if top else text
        if isinstance(node, ast.Constant):
            return _constant_text(node, expression)
        if isinstance(node, (ast.Name, ast.Attribute)):
            return self._show(node, expression, leaf=True)
        return ast.unparse(node)

    def _operand(self, node: ast.AST, expression: Expression) -> str:
        if isinstance(node, (ast.BinOp, ast.Call)):
            return f"{self._render(node, expression)} = {self._show(node, expression)}"
        return self._render(node, expression)

    def _show(self, node: ast.AST, expression: Expression, *, leaf: bool = False) -> str:
        try:
            result = self.eval_node(node, expression)
        except EvaluationError:
            return "?"
        if isinstance(result, Truth):
            return result.value
        if leaf and result.text:
            return result.text
        shown = format_value(result)
        if result.unit in MEASURE_UNITS and result.scale is None and not shown.endswith(result.unit):
            return f"{shown}{result.unit}"  # 800米, 13,250–13,350米: a measure in one of several units says which
        return shown


def _check_range(value: Value, node: ast.AST) -> None:
    for end in (value.interval.lo, value.interval.hi):
        if end.is_finite() and end and not -MAX_VALUE_EXPONENT <= end.adjusted() <= MAX_VALUE_EXPONENT:
            raise EvaluationError(
                _("{expression} is beyond 10^±{exponent} in size: the figures or the rule are wrong").format(
                    expression=_describe_node(node), exponent=MAX_VALUE_EXPONENT
                )
            )


def _describe_node(node: ast.AST) -> str:
    return ast.unparse(node)


def _segment(source: str, node: ast.expr) -> str | None:
    """``ast.get_source_segment(source, node)``: that function splits the whole source into lines, a character
    at a time in Python, on every call; a one-line source (nearly every rule) is cut at the node's offsets,
    which count UTF-8 bytes, as it would cut the one line."""
    if "\n" in source or "\r" in source or node.lineno != 1 or node.end_lineno != 1:
        return ast.get_source_segment(source, node)
    start, end = node.col_offset, node.end_col_offset
    if end is None:
        return None
    return source[start:end] if source.isascii() else source.encode()[start:end].decode()


def _constant_text(node: ast.Constant, expression: Expression) -> str:
    segment = _segment(expression.source, node)
    if segment:
        return segment
    return str(node.value)


def _literal(node: ast.Constant, expression: Expression) -> Value:
    text = _constant_text(node, expression)
    try:
        number = literal_value(normalize(text))
    except ValueError as error:  # checked when parsed; a tree built elsewhere may hold anything
        raise EvaluationError(str(error)) from None
    if isinstance(node.value, complex):
        number = _hundredth(number)  # exact: a division would round to the context's 28 digits
        return Value(Interval.point(number), None, None, percent=True, text=text, nominal=number)
    return Value(Interval.point(number), None, None, text=text, nominal=number)


def _hundredth(number: Decimal) -> Decimal:
    sign, digits, exponent = number.as_tuple()
    return Decimal((sign, digits, int(exponent) - 2))


def _truth(result: Result, where: str) -> Truth:
    if not isinstance(result, Truth):
        raise EvaluationError(_("{where} needs a comparison, got a number").format(where=where))
    return result


def _number(result: Result, where: str) -> Value:
    if isinstance(result, Truth):
        raise EvaluationError(_("{where} is a comparison, not a number").format(where=where))
    return result


def _dimension_text(value: Value) -> str:
    if value.unit:
        return value.unit
    if value.dimension:
        return "·".join(f"{name}" if power == 1 else f"{name}^{power}" for name, power in value.dimension)
    return _("a plain number")


def _same_dimension(left: Value, right: Value, op: str) -> Dimension | None:
    if left.dimension is None:
        return right.dimension
    if right.dimension is None or left.dimension == right.dimension:
        return left.dimension
    raise EvaluationError(
        _("unit mismatch: {left} {operator} {right}").format(
            left=_dimension_text(left), operator=op, right=_dimension_text(right)
        )
    )


def align(left: Value, right: Value, op: str) -> tuple[Value, Value]:
    """The two values in one unit where they are in two units of one measure (公顷 and 平方米: the finer one,
    so that the factor is exact wherever it can be); as they are otherwise.  Units of different measures
    (公顷 and 吨) are a unit mismatch, as before."""
    if left.dimension is None or right.dimension is None or left.dimension == right.dimension:
        return left, right
    from factcheck import measures  # only where two units meet: not on every start

    factor = measures.conversion(left.dimension, right.dimension)
    if factor is None:
        _same_dimension(left, right, op)  # raises: a unit mismatch
        return left, right
    if factor >= 1:
        return _converted(left, factor, right), right
    return left, _converted(right, 1 / factor, left)


def convert(value: Value, target: Value) -> Value:
    """``value`` in ``target``'s unit of the same measure (12.5公里 as 12,500米); a unit mismatch otherwise."""
    from factcheck import measures

    if value.dimension is None or target.dimension is None or value.dimension == target.dimension:
        return value
    factor = measures.conversion(value.dimension, target.dimension)
    if factor is None:
        _same_dimension(value, target, "->")  # raises: a unit mismatch
        return value
    return _converted(value, factor, target)


def _converted(value: Value, factor: Fraction, target: Value) -> Value:
    """``value`` in ``target``'s unit: both ends times ``factor`` (rounded outward when it is not exact)."""
    numerator, denominator = Decimal(factor.numerator), Decimal(factor.denominator)
    interval = value.interval * Interval.point(numerator)
    if denominator != 1:
        interval = interval / Interval.point(denominator)
    nominal = None
    if value.nominal is not None:
        with decimal.localcontext(_DISPLAY):
            nominal = value.nominal * numerator / denominator
    return Value(interval, target.dimension, target.unit, value.percent, value.points, None, nominal, None)


def _combine(left: Dimension | None, right: Dimension | None, sign: int) -> Dimension | None:
    if left is None and right is None:
        return None
    powers: dict[str, int] = dict(left or ())
    for name, power in right or ():
        powers[name] = powers.get(name, 0) + sign * power
    return tuple(sorted((name, power) for name, power in powers.items() if power))


def _nominal(op: ast.operator, left: Value, right: Value) -> Decimal | None:
    """The result as the article's figures are written, without their rounding ranges."""
    a, b = left.nominal, right.nominal
    if a is None or b is None:
        return None
    if isinstance(op, ast.Add):
        return a + b
    if isinstance(op, ast.Sub):
        return a - b
    if isinstance(op, ast.Mult):
        return a * b
    return a / b if b != 0 else None


def _scale(op: ast.operator, left: Value, right: Value) -> Scale | None:
    """The article's unit survives a sum of figures in that unit, and scaling by a plain number or a rate."""
    if isinstance(op, (ast.Add, ast.Sub)):
        return (
            left.scale
            if left.scale == right.scale or not right.dimension
            else right.scale
            if not left.dimension
            else None
        )
    if not right.dimension and right.scale is None:
        return left.scale
    if isinstance(op, ast.Mult) and not left.dimension and left.scale is None:
        return right.scale
    return None


def _binary(op: ast.operator, left: Value, right: Value) -> Value:
    symbol = _BINARY[type(op)]
    nominal, scale = _nominal(op, left, right), _scale(op, left, right)
    if isinstance(op, (ast.Add, ast.Sub)):
        left, right = align(left, right, symbol)
        dimension = _same_dimension(left, right, symbol)
        interval = left.interval + right.interval if isinstance(op, ast.Add) else left.interval - right.interval
        percent = left.percent and right.percent
        # 72.5% - 70.2% is 2.3 percentage points, and so is any sum that involves points.
        points = percent and (isinstance(op, ast.Sub) or left.points or right.points)
        return Value(interval, dimension, left.unit or right.unit, percent, points, None, nominal, scale)
    if isinstance(op, ast.Mult):
        dimension = _combine(left.dimension, right.dimension, 1)
        unit = left.unit if not right.dimension else right.unit if not left.dimension else None
        percent = left.percent and right.percent
        return Value(left.interval * right.interval, dimension, unit, percent, nominal=nominal, scale=scale)
    try:
        interval = left.interval / right.interval
    except ArithmeticError as error:
        raise EvaluationError(
            _("division by {divisor}, which may be 0").format(divisor=right.text or format_value(right))
        ) from error
    dimension = _combine(left.dimension, right.dimension, -1)
    unit = left.unit if not right.dimension else None
    percent = left.percent and not right.percent and not right.dimension
    return Value(interval, dimension, unit, percent, nominal=nominal, scale=scale)


# Each comparison's three-valued test on intervals, looked up once per comparison (not rebuilt for each).
_TESTS: dict[type[ast.cmpop], Callable[[Interval, Interval], Truth]] = {
    ast.Eq: Interval.eq,
    ast.NotEq: Interval.ne,
    ast.Lt: Interval.lt,
    ast.LtE: Interval.le,
    ast.Gt: Interval.gt,
    ast.GtE: Interval.ge,
}


def compare(op: ast.cmpop, left: Value, right: Value) -> Truth:
    left, right = align(left, right, _COMPARE[type(op)])
    return _TESTS[type(op)](left.interval, right.interval)


def _call(name: str, args: list[Value]) -> Value:
    if name == "share":
        part, whole = args
        ratio = _binary(ast.Div(), part, whole)
        return Value(ratio.interval, ratio.dimension, None, percent=True, nominal=ratio.nominal)
    if name == "change":
        new, old = args
        ratio = _binary(ast.Div(), new, old)
        nominal = ratio.nominal - 1 if ratio.nominal is not None else None
        return Value(ratio.interval - Interval.point(1), ratio.dimension, None, percent=True, nominal=nominal)
    if name == "mean":
        # 旅游收入228.5亿元 over 游客2350.6万人次 is 人均消费972元: a total over a number of things is in the
        # total's unit (money per visitor is money), which total / count, money over a count, is not
        total, count = args
        # a number of hours is counted too: £5.46 billion over 121 million hours worked is £45.1 an hour; so is
        # a number of units of any measure: £142.6 million over 8,420 miles of road is £16,940 a mile
        single = count.dimension is not None and len(count.dimension) == 1 and count.dimension[0][1] == 1
        if count.dimension not in (None, DIMENSIONLESS, _COUNT) and not (
            single and (count.dimension[0][0] in DURATION_UNITS or count.dimension[0][0] in MEASURE_UNITS)
        ):
            raise EvaluationError(
                _("mean(total, count) divides by a number of things, not by {count}").format(
                    count=_dimension_text(count)
                )
            )
        quotient = _binary(ast.Div(), total, replace(count, dimension=None, unit=None, scale=None))
        # per head, the total's 万 or 亿 no longer fits: 228.5亿元 over 2350.6万人次 is 972元, not 0亿元
        return replace(quotient, dimension=total.dimension, unit=total.unit, text=None, scale=None)
    if name == "abs":
        (value,) = args
        nominal = abs(value.nominal) if value.nominal is not None else None
        return replace(value, interval=value.interval.abs(), text=None, nominal=nominal)
    if name == "sum":
        total = args[0]
        for arg in args[1:]:
            total = _binary(ast.Add(), total, arg)
        return replace(total, text=None)
    result = args[0]
    for arg in args[1:]:
        result, arg = align(result, arg, name)
        dimension = _same_dimension(result, arg, name)
        interval = result.interval.minimum(arg.interval) if name == "min" else result.interval.maximum(arg.interval)
        nominals = [v.nominal for v in (result, arg) if v.nominal is not None]
        nominal = (min(nominals) if name == "min" else max(nominals)) if len(nominals) == 2 else None
        result = Value(
            interval,
            dimension,
            result.unit or arg.unit,
            result.percent and arg.percent,
            result.points and arg.points,
            nominal=nominal,
            scale=result.scale if result.scale == arg.scale else None,
        )
    return result


def _needs_parens(child: ast.AST, op: ast.operator, *, right_side: bool) -> bool:
    if not isinstance(child, ast.BinOp):
        return False
    parent, inner = _PRECEDENCE[type(op)], _PRECEDENCE[type(child.op)]
    return inner < parent or (right_side and inner == parent and isinstance(op, (ast.Sub, ast.Div)))


# -- display ---------------------------------------------------------------------------------


def format_value(value: Value) -> str:
    """A computed value for a report: ``121``, ``6,496–6,518``, ``97.66%``, ``≥ 98%``; in the article's own
    unit when its figures share one: ``356.8亿元 (356.65–356.95亿元)``."""
    interval = value.interval
    if value.scale is None and not value.percent and interval.lo == interval.hi:
        # A whole number written without exponent (a count: 31094), as every rule of an archive shows several:
        # what _round_point makes of it, without a decimal context of its own (a test compares the two).
        point = interval.lo
        if point and point.as_tuple().exponent == 0 and point.adjusted() < _POSITIONAL_LIMIT:
            return f"{point:,}"
    with decimal.localcontext(_DISPLAY):
        if value.scale is not None and not value.percent:
            return _format_scaled(value, value.scale)
        return _format_value(value)


def _format_value(value: Value) -> str:
    interval = value.interval
    scale = Decimal(100) if value.percent else Decimal(1)
    suffix = (" pp" if value.points else "%") if value.percent else ""
    lo, hi = interval.lo * scale if interval.lo.is_finite() else interval.lo, interval.hi
    hi = hi * scale if hi.is_finite() else hi
    if not lo.is_finite() and not hi.is_finite():
        return _("any value")
    if not hi.is_finite():
        return f"{'≥' if interval.lo_closed else '>'} {_round_point(lo)}{suffix}"
    if not lo.is_finite():
        return f"{'≤' if interval.hi_closed else '<'} {_round_point(hi)}{suffix}"
    if lo == hi:
        return f"{_round_point(lo)}{suffix}"
    places = _places(hi - lo)
    low, high = _fixed(lo, places), _fixed(hi, places)
    if low == high:
        return f"{low}{suffix}"
    return f"{low}–{high}{suffix}"


def _format_scaled(value: Value, scale: Scale) -> str:
    factor, suffix = scale
    interval = value.interval
    if not (interval.lo.is_finite() and interval.hi.is_finite()):
        return format_value(replace(value, scale=None))
    lo, hi = interval.lo / factor, interval.hi / factor
    if lo == hi:
        return f"{_round_point(lo)}{suffix}"
    places = _places(hi - lo)
    low, high = _fixed(lo, places), _fixed(hi, places)
    span = f"{low}{suffix}" if low == high else f"{low}–{high}{suffix}"
    if value.nominal is None:
        return span
    return f"{_round_point(value.nominal / factor)}{suffix} ({span})"


def format_nominal(value: Value) -> str:
    """A value as the article's figures are written, without the rounding range: ``1.4 pp``, ``356.8亿元``."""
    if value.nominal is None:
        return format_value(value)
    with decimal.localcontext(_DISPLAY):
        return _format_nominal(value, value.nominal)


def _format_nominal(value: Value, nominal: Decimal) -> str:
    if value.percent:
        return f"{_round_point(nominal * 100)}{' pp' if value.points else '%'}"
    if value.scale is not None:
        factor, suffix = value.scale
        return f"{_round_point(nominal / factor)}{suffix}"
    return _round_point(nominal)


def format_gap(value: Decimal, percent: bool, scale: Scale | None = None) -> str:
    """The size of a gap in the unit of the figures: ``2``, ``0.2 pp``, ``0.3亿元``."""
    with decimal.localcontext(_DISPLAY):
        if percent:
            return f"{_round_point(value * 100)} pp"
        if scale is not None:
            return f"{_round_point(value / scale[0])}{scale[1]}"
        return _round_point(value)


def interval_gap(a: Interval, b: Interval) -> Decimal:
    """The distance between two intervals (0 when they overlap)."""
    if a.lo > b.hi:
        return _DISPLAY.subtract(a.lo, b.hi)
    if b.lo > a.hi:
        return _DISPLAY.subtract(b.lo, a.hi)
    return ZERO


# Display arithmetic: wide enough for any value evaluation lets through, never trapping: a value too big for
# positional notation is shown in scientific notation instead (see _round_point).
_DISPLAY = decimal.Context(
    prec=28, rounding=decimal.ROUND_HALF_EVEN, Emax=decimal.MAX_EMAX, Emin=decimal.MIN_EMIN, traps=[]
)
_POSITIONAL_LIMIT = 21  # from 10^21 up (and below 10^-12), values are shown as 1.5e+21


def _places(width: Decimal) -> int:
    if width >= 10:
        return 0
    return min(6, max(0, 1 - _floor_log10(width)))


_NINES = (9,) * 8


def _floor_log10(width: Decimal) -> int:
    """``math.floor(width.log10())``, without the logarithm (46 µs a call, most of a percentage's display).

    A positive width's adjusted exponent is the floor of its exact logarithm.  The logarithm as the context
    rounds it can only reach the next integer when the width's digits begin with a long run of 9s: such a
    width (and zero, or anything not finite) takes the logarithm, as before.
    """
    if width > 0 and width.is_finite() and width.as_tuple().digits[:8] != _NINES:
        return width.adjusted()
    return math.floor(width.log10())


def _fixed(value: Decimal, places: int) -> str:
    if _scientific(value):
        return _scientific_text(value)
    return format_number(value.quantize(Decimal(1).scaleb(-places)))


def _scientific(value: Decimal) -> bool:
    return value.is_finite() and bool(value) and not -12 <= value.adjusted() < _POSITIONAL_LIMIT


def _scientific_text(value: Decimal) -> str:
    return format(value, ".6g").replace("e+", "e")


def _round_point(value: Decimal) -> str:
    if _scientific(value):
        return _scientific_text(value)
    if value == value.to_integral_value():
        return format_number(value)
    places = 2 if abs(value) >= 1 else 4
    return format_number(value.quantize(Decimal(1).scaleb(-places)).normalize())
