"""Evaluates an article's claims and rules into findings.  Never prints; knows nothing of output formats."""

from __future__ import annotations

import ast
import decimal
import unicodedata
from collections import ChainMap, Counter
from collections.abc import Iterable, Mapping, MutableMapping
from dataclasses import replace
from decimal import Decimal
from typing import TYPE_CHECKING

from factcheck.expr import (
    EvaluationError,
    Evaluator,
    Expression,
    Scale,
    Value,
    align,
    compare,
    format_gap,
    format_nominal,
    format_value,
    interval_gap,
    parse_expression,
)
from factcheck.findings import ArticleResult, DerivedValue, Finding, Kind, Report, Severity, Status
from factcheck.i18n import _
from factcheck.model import Article, Claim, Rule
from factcheck.quantity import SHARE_RANGE, Interval, Truth
from factcheck.quantity import Kind as QuantityKind
from factcheck.quantity.interval import ZERO
from factcheck.quantity.lazyre import lazy_compile
from factcheck.quantity.model import AVERAGE, SHARE
from factcheck.quantity.normalize import normalize
from factcheck.quantity.units import PERCENT, PP

if TYPE_CHECKING:
    from factcheck.documents.model import Document

HUNDRED = Decimal(100)
# The checks every claim gets without a rule; each can be switched off by name (rules: {name: off}).
BUILTIN_CHECKS = ("value-matches-quote", "quote-in-article", "share-range", "count-whole")


def check(articles: Iterable[Article], *, lenient: bool = False) -> Report:
    return Report(tuple(check_article(article, lenient=lenient) for article in articles))


def check_article(
    article: Article,
    *,
    claims: Mapping[str, Claim] | None = None,
    origin: str | None = None,
    lenient: bool = False,
) -> ArticleResult:
    """All findings for one article.

    ``claims`` replaces some claims (a draft's figures, say).  With ``lenient``, a rule that fails only
    because round integers are read as exact (1900 as exactly 1,900) is a warning that names the reading
    under which it would hold.
    """
    effective = dict(article.claim_index)
    effective.update(claims or {})
    findings: list[Finding] = []
    if origin is None:
        folded = fold(article.text) if article.text is not None else None  # once, not once per claim
        # Each distinct quote folded once (the claims of one clause quote it alike), here and for its check.
        quotes = {quote: fold(quote) for quote in dict.fromkeys(claim.quote for claim in article.claims)}
        if folded is not None:
            folded = FoldedText(folded, [quotes[claim.quote] for claim in article.claims])
        for claim in article.claims:
            findings.extend(claim_checks(article, claim, folded, quotes[claim.quote]))
    values = {claim_id: claim_value(claim) for claim_id, claim in effective.items()}
    expressions = {d.id: d.parsed or parse_expression(d.expression) for d in article.derived}
    shown: _Shown = {}  # each percentage's display interval, computed once though shown twice (derived, rule)
    derived_values = _derive(article, values, expressions, shown)
    for rule in article.rules:
        finding = _rule_finding(article, rule, values, expressions, origin, shown)
        if lenient and finding.status is Status.FAIL:
            finding = _lenient(article, effective, rule, finding, expressions, origin, values)
            if finding.status is Status.FAIL and rule.suggested is not None:
                sides = _compared_sides(rule, values)  # evaluated once for both gates
                finding = _far_apart(rule, finding, sides)
                if finding.status is Status.FAIL:
                    finding = _share_unjoined(rule, finding, sides)
        findings.append(finding)
    if lenient:
        findings = _storms(article, findings)
    return ArticleResult(
        id=article.id,
        title=article.title,
        claims=len(article.claims),
        rules=len(article.rules),
        findings=tuple(findings),
        derived=tuple(derived_values),
        claims_file=article.claims_file,
        rules_file=article.rules_file,
        quotes={claim.id: claim.quote for claim in effective.values()},
        byline=article.byline,
        date=article.date,
        url=article.url,
        language=article.language,
    )


def _derive(
    article: Article,
    values: MutableMapping[str, Value],
    expressions: Mapping[str, Expression],
    shown: _Shown | None = None,
) -> list[DerivedValue]:
    """Evaluate the derived values in order, adding each to ``values``; report each one's range or error."""
    report: list[DerivedValue] = []
    for derived in article.derived:
        try:
            result = Evaluator(values).evaluate(expressions[derived.id])
            if isinstance(result, Truth):
                raise EvaluationError(_("a derived value must be a number, not a comparison"))
        except EvaluationError as error:
            report.append(DerivedValue(article.id, derived.id, derived.expression, None, "?", str(error)))
            continue
        # Shown by its range, not as a written figure (a function's result has no text: no copy for it).
        values[derived.id] = result if result.text is None else replace(result, text=None)
        display = _display_interval(result, shown)
        report.append(DerivedValue(article.id, derived.id, derived.expression, display, format_value(result)))
    return report


def _lenient(
    article: Article,
    claims: Mapping[str, Claim],
    rule: Rule,
    finding: Finding,
    expressions: Mapping[str, Expression],
    origin: str | None,
    base: dict[str, Value],
) -> Finding:
    """Re-run a failed rule with round integers read as rounded; a pass there makes the failure a warning.

    Only the rule's own claims are read again: the other values are ``base``'s, seen through a ChainMap, so
    a scan with many failing rules stays linear in its claims.
    """
    rounded = [cid for cid in finding.claims if cid in claims and _rounded_reading(claims[cid]) is not None]
    truncated = [cid for cid in finding.claims if cid in claims and _truncated_reading(claims[cid]) is not None]
    widened = {cid: claims[cid] for cid in sorted({*rounded, *truncated}, key=lambda cid: claims[cid].source)}
    if not widened:
        return finding
    overrides: dict[str, Value] = {}
    for cid, claim in widened.items():
        reading = _rounded_reading(claim) or _truncated_reading(claim)
        assert reading is not None
        number = replace(claim.quantity, interval=reading).number  # a percentage's reading as a fraction
        overrides[cid] = replace(claim_value(claim), interval=number, text=None)
    values: ChainMap[str, Value] = ChainMap(overrides, base)  # writes (the derived values) go to overrides
    if any(name in expressions for name in parse_expression(rule.check).names):
        _derive(article, values, expressions)  # only a rule that reads derived values needs them again
    again = _rule_finding(article, rule, values, expressions, origin)
    if again.status is Status.FAIL:
        return finding
    readings = _(", ").join(
        _("{figure} as {reading}").format(figure=c.quantity.text, reading=format_value(values[cid]))
        for cid, c in widened.items()
    )
    if truncated:
        note = _("holds only if figures are rounded or cut after their last digit: {readings}").format(
            readings=readings
        )
    else:
        note = _("holds only if round figures are approximate: {readings}").format(readings=readings)
    return _as_warning(finding, note)


def _as_warning(finding: Finding, note: str) -> Finding:
    """A failing finding shown as a warning, its detail followed by why."""
    detail = _("{detail}; {note}").format(detail=finding.detail, note=note) if finding.detail else note
    return replace(finding, status=Status.WARN, detail=detail)


def _rounded_reading(claim: Claim) -> Interval | None:
    """1900 read as 1,850-1,950: half a unit of its last non-zero digit either way (exact integers only)."""
    quantity = claim.quantity
    interval = quantity.interval
    if not interval.is_point or quantity.hedge or quantity.unit in (PERCENT, PP):
        return None
    value = interval.lo
    with decimal.localcontext() as exact:  # a figure may have 50 digits: the default 28 cannot take % 10
        exact.prec = 200
        if value != value.to_integral_value() or value == 0 or value % 10 != 0:
            return None
        place = Decimal(1)
        while value % (place * 10) == 0:
            place *= 10
        return Interval(value - place / 2, value + place / 2)


def _truncated_reading(claim: Claim) -> Interval | None:
    """17.77% read as cut after its last digit as well as rounded (17.765-17.78): reports that truncate
    percentages of two decimals (8 of 45 written 下降17.77%, not 17.78%) are off by less than a unit of the
    last digit."""
    quantity = claim.quantity
    interval = quantity.interval
    if quantity.hedge or interval.is_point or not interval.lo.is_finite() or not interval.hi.is_finite():
        return None
    value = quantity.value
    exponent = value.as_tuple().exponent
    if not isinstance(exponent, int) or exponent > -2 or quantity.unit != PERCENT:
        return None  # only percentages of two decimals or more are cut (下降17.77%); others are rounded
    unit = Decimal(1).scaleb(exponent)
    if value >= 0:
        return Interval(interval.lo, max(interval.hi, value + unit))
    return Interval(min(interval.lo, value - unit), interval.hi)


# -- values ------------------------------------------------------------------------------------


def claim_value(claim: Claim) -> Value:
    """A claim as a value in arithmetic: percentages are fractions, counts share one dimension."""
    quantity = claim.quantity
    kind = quantity.kind
    dimension: tuple[tuple[str, int], ...] | None
    if kind is QuantityKind.NUMBER:
        dimension = None  # no unit written: it cannot clash with any
    elif kind is QuantityKind.COUNT:
        dimension = (("count", 1),)
    elif kind in (QuantityKind.MONEY, QuantityKind.DURATION, QuantityKind.MEASURE) and quantity.unit:
        dimension = ((quantity.unit, 1),)
    else:
        dimension = ()
    percent = quantity.unit in (PERCENT, PP)
    figure = _figure_text(claim)
    text = None if quantity.interval.is_point else figure
    nominal = quantity.value / HUNDRED if percent else quantity.value
    scale = None if percent else written_scale(figure)
    return Value(quantity.number, dimension, quantity.unit, percent, quantity.unit == PP, text, nominal, scale)


_MULTIPLIERS = {"万": Decimal(10) ** 4, "百万": Decimal(10) ** 6, "千万": Decimal(10) ** 7, "亿": Decimal(10) ** 8}
_MULTIPLIERS["万亿"] = Decimal(10) ** 12
_SCALED = lazy_compile(r"^\D*?\d[\d,]*(?:\.\d+)?(万亿|千万|百万|亿|万)(?:多|余)?(\D*)$")
_TRAILING_HEDGE = lazy_compile(r"(?:左右|上下|以上|以下|以内|多|余)+$")


def written_scale(figure: str) -> Scale | None:
    """The multiplier and unit a figure is written in: ``42.5亿元`` -> (10**8, "亿元"); None for ``1,759``."""
    folded = normalize(figure)
    if "万" not in folded and "亿" not in folded:  # every multiplier _SCALED knows holds one: no match to try
        return None
    match = _SCALED.match(folded.strip())
    if match is None:
        return None
    multiplier, rest = match.groups()
    unit = _TRAILING_HEDGE.sub("", rest.strip())
    return _MULTIPLIERS[multiplier], f"{multiplier}{unit}"


def _figure_text(claim: Claim) -> str:
    if claim.value_text is not None and not _is_plain_number(claim.value_text):
        return claim.value_text
    if claim.quote_figure is not None:
        return claim.quote_figure.text
    return claim.value_text or claim.quantity.text


def _is_plain_number(text: str) -> bool:
    return text.replace(".", "", 1).replace(",", "").isdigit()


# A value's display interval by the value's id(), with the value itself (kept alive, and compared: an id is
# only unique among live objects).
_Shown = dict[int, tuple[Value, Interval]]


def _display_interval(value: Value, shown: _Shown | None = None) -> Interval:
    if not value.percent:
        return value.interval
    if shown is None:
        return value.interval.scale(HUNDRED)
    found = shown.get(id(value))
    if found is not None and found[0] is value:
        return found[1]
    display = value.interval.scale(HUNDRED)
    shown[id(value)] = (value, display)
    return display


# -- built-in claim checks ------------------------------------------------------------------------


class FoldedText(str):
    """A folded article text that knows beforehand which of its claims' quotes it contains.

    Each claim's quote is looked for with ``in``, each search from the start of the text: over a large
    article (100,000 claims, 3 MB of text) that was quadratic.  Claims follow their article, so each quote
    is looked for from where the one before it was found, and only then before that: in a claims file in
    the article's order, the searches together read the text about once.  ``in`` then answers from what was
    found for the claims' quotes, and as str does for anything else.
    """

    found: frozenset[str]
    known: frozenset[str]

    def __new__(cls, text: str, quotes: Iterable[str]) -> FoldedText:
        folded = super().__new__(cls, text)
        ordered = list(dict.fromkeys(quotes))
        found: set[str] = set()
        cursor = 0
        for quote in ordered:
            at = text.find(quote, cursor)
            if at < 0:
                at = text.find(quote, 0, cursor + len(quote) - 1)  # before the cursor (or across it)
            if at >= 0:
                found.add(quote)
                cursor = at
        folded.known, folded.found = frozenset(ordered), frozenset(found)
        return folded

    def __contains__(self, part: object) -> bool:
        if part in self.known:
            return part in self.found
        return str.__contains__(self, part)  # type: ignore[operator]


def fold(text: str) -> str:
    """Text for quote matching: NFKC (full/half width) and no whitespace."""
    return "".join(unicodedata.normalize("NFKC", text).split())


def claim_checks(
    article: Article, claim: Claim, folded_text: str | None = None, folded_quote: str | None = None
) -> list[Finding]:
    """The checks every claim gets without a rule; only problems are returned.

    ``folded_text`` is ``fold(article.text)`` and ``folded_quote`` is ``fold(claim.quote)``, when the caller
    checks many claims of one article.
    """
    problems: list[Finding] = []

    def finding(check_id: str, message: str, severity: Severity = Severity.ERROR) -> None:
        status = Status.FAIL if severity is Severity.ERROR else Status.WARN
        problems.append(
            Finding(
                article=article.id,
                kind=Kind.CLAIM,
                id=f"{claim.id}:{check_id}",
                status=status,
                severity=severity,
                message=message,
                file=claim.source.file,
                line=claim.source.line,
                column=claim.source.column,
                claims=(claim.id,),
                value=claim.quantity.interval,
            )
        )

    quantity = claim.quantity
    if claim.value_text is not None and claim.quote_figure is None:
        figures = ", ".join(q.text for q in claim.quote_figures)
        if figures:
            finding(
                "value-matches-quote",
                _("value {value} does not agree with the quote's figures: {figures}").format(
                    value=claim.value_text, figures=figures
                ),
            )
        else:
            finding(
                "value-matches-quote",
                _("value {value}: the quote holds no figure to agree with").format(value=claim.value_text),
                Severity.WARNING,
            )
    if folded_text is None and article.text is not None:
        folded_text = fold(article.text)
    if folded_text is not None and (folded_quote if folded_quote is not None else fold(claim.quote)) not in folded_text:
        nearest = nearest_passage(article.text or "", claim.quote, article.text_document)
        if nearest is not None:
            message = _('quote not found in the article text: {quote} (did you mean "{nearest}" at line {line}?)')
            message = message.format(quote=claim.quote, nearest=nearest[0], line=nearest[1])
        else:
            message = _("quote not found in the article text: {quote}").format(quote=claim.quote)
        finding("quote-in-article", message)
    interval = quantity.interval
    # Kinds decide the checks: a share of a whole lies in 0-100% (a rate such as 完成率105% may pass it), and a
    # count must be whole (an average or per-N rate such as 每万人拥有律师3.5名 need not be).
    if quantity.unit == PERCENT and quantity.context == SHARE and interval.intersect(SHARE_RANGE) is None:
        finding(
            "share-range",
            _("{figure} is a share of a whole, so it must lie within 0-100%").format(figure=quantity.text),
        )
    if quantity.kind is QuantityKind.COUNT and quantity.context != AVERAGE:
        # A count written with its sign (-9 in a column of changes, 负3起) is the change in a count: whole, but it
        # may fall below zero.
        figure = claim.value_text or quantity.text
        if _is_signed(quantity.text):
            if not _holds_whole_number(interval, signed=True):
                finding(
                    "count-whole",
                    _("{figure} is a change in a count, so it must be a whole number").format(figure=figure),
                )
        elif not _holds_whole_number(interval):
            finding(
                "count-whole",
                _("{figure} is a count, so it must be a whole number, not negative").format(figure=figure),
            )
    return problems


MIN_SIMILARITY = 60.0


def nearest_passage(text: str, quote: str, document: Document | None = None) -> tuple[str, int] | None:
    """The passage of ``text`` most like ``quote``, and its line: what a quote probably meant after an edit.
    The line is the file's own when ``text`` was read from ``document`` (a Markdown table's row)."""
    from rapidfuzz import fuzz

    from factcheck.lines import LineIndex

    if not quote.strip():
        return None
    best: tuple[float, int, int] | None = None  # score, start, end
    offset = 0
    for line in text.splitlines(keepends=True):
        if line.strip():
            found = fuzz.partial_ratio_alignment(quote, line, score_cutoff=best[0] if best else MIN_SIMILARITY)
            if found is not None and (best is None or found.score > best[0]):
                best = (found.score, offset + found.dest_start, offset + found.dest_end)
        offset += len(line)
    if best is None:
        return None
    passage = text[best[1] : best[2]].strip()
    line_number = document.locate(best[1]).line if document is not None else LineIndex(text).line_column(best[1])[0]
    return (passage, line_number) if passage else None


_SIGNS = ("-", "\u2212", "\uff0d", "+", "\uff0b", "负", "正")


def _is_signed(text: str) -> bool:
    """Whether a figure is written with its sign in front (-9, +5, 负3): a change, not a count of things."""
    return text.lstrip().startswith(_SIGNS)


def _holds_whole_number(interval: Interval, *, signed: bool = False) -> bool:
    point = interval.lo
    if point == interval.hi and (signed or point >= 0) and point == point.to_integral_value():
        return True  # a whole count as written (1234件): a point, which is itself whole (most claims of an archive)
    candidate = interval.lo if signed else max(interval.lo, ZERO)
    if candidate.is_infinite():
        return candidate < 0  # unbounded below (less than -3): whole numbers lie inside it
    whole = candidate.to_integral_value(rounding="ROUND_CEILING")
    if whole == interval.lo and not interval.lo_closed:
        whole += 1
    return interval.contains(whole)


# -- rules -----------------------------------------------------------------------------------------


def _rule_finding(
    article: Article,
    rule: Rule,
    values: Mapping[str, Value],
    derived_expressions: Mapping[str, Expression],
    origin: str | None,
    shown: _Shown | None = None,
) -> Finding:
    expression = rule.parsed or parse_expression(rule.check)
    evaluator = Evaluator(values)
    severity = _SEVERITIES.get(rule.severity) or Severity(rule.severity)
    claims = _claims_of(expression, derived_expressions, article)
    exact, value, detail = False, None, None
    try:
        result = evaluator.evaluate(expression)
        if not isinstance(result, Truth):
            raise EvaluationError(_("the check computes a number: compare it with something (==, <=, ...)"))
    except EvaluationError as error:
        status, message = Status.ERROR, _("cannot evaluate: {error}").format(error=error)
    else:
        if result is Truth.FALSE:
            status = Status.FAIL if severity is Severity.ERROR else Status.WARN
            hedged = any(values[c].nominal is None or _is_hedged(article, c) for c in claims if c in values)
            detail = _gap(evaluator, expression, hedged)
        else:
            status = Status.PASS
        message = evaluator.render(expression)
        exact = result is Truth.TRUE
        value = _left_value(evaluator, expression, shown)
    # One Finding, built once with every field (a rule of every article passes here: no copy per rule).
    return Finding(
        article=article.id,
        kind=Kind.RULE,
        id=rule.id,
        status=status,
        severity=severity,
        message=message,
        file=rule.source.file,
        line=rule.source.line,
        column=rule.source.column,
        claims=claims,
        check=rule.check,
        explain=rule.explain,
        origin=origin,
        suggested=rule.suggested,
        evidence=rule.evidence if rule.suggested is not None else None,  # shown only for what a pattern proposed
        exact=exact,
        value=value,
        detail=detail,
    )


_SEVERITIES = {severity.value: severity for severity in Severity}  # a rule of every article looks one up


def _is_name(node: ast.AST) -> bool:
    return isinstance(node, (ast.Name, ast.Attribute))


def _is_hedged(article: Article, claim_id: str) -> bool:
    claim = article.claim_index.get(claim_id)
    return claim is not None and claim.quantity.hedge is not None


def _claims_of(expression: Expression, derived: Mapping[str, Expression], article: Article) -> tuple[str, ...]:
    """The claim ids an expression rests on, following derived values to their claims."""
    names = expression.names
    if not any(name in derived for name in names):  # no derived value to follow: the claims it names
        index = article.claim_index
        return tuple(dict.fromkeys([name for name in names if name in index]))
    found: list[str] = []
    pending = list(names)
    seen: set[str] = set()
    while pending:
        name = pending.pop(0)
        if name in seen:
            continue
        seen.add(name)
        if name in derived:
            pending[:0] = derived[name].names
        elif name in article.claim_index:
            found.append(name)
    return tuple(dict.fromkeys(found))


def _comparisons(expression: Expression) -> list[ast.Compare]:
    return [node for node in ast.walk(expression.tree) if isinstance(node, ast.Compare)]


def _is_sum(node: ast.AST) -> bool:
    if isinstance(node, ast.BinOp):
        return isinstance(node.op, ast.Add)
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "sum"


def _left_value(evaluator: Evaluator, expression: Expression, shown: _Shown | None = None) -> Interval | None:
    body = expression.tree.body
    node = body.left if isinstance(body, ast.Compare) else None
    if node is None:
        return None
    try:
        result = evaluator.eval_node(node, expression)
    except EvaluationError:
        return None
    return _display_interval(result, shown) if isinstance(result, Value) else None


def _relation(op: ast.cmpop) -> str | None:
    """How a failed comparison reads, with the left side, the right side and the gap: "…, stated 121: off by 2"."""
    relations = {
        ast.Eq: _("{left}, stated {right}: off by {gap}"),
        ast.LtE: _("{left}, more than {right} by {gap}"),
        ast.Lt: _("{left}, not less than {right}: over by {gap}"),
        ast.GtE: _("{left}, less than {right} by {gap}"),
        ast.Gt: _("{left}, not more than {right}: short by {gap}"),
    }
    return relations.get(type(op))


_Failing = tuple[ast.cmpop, tuple[ast.AST, ast.AST], tuple[Value, Value]]


def _failing_comparison(evaluator: Evaluator, expression: Expression) -> _Failing | None:
    """The first comparison of a failed check that fails: its operator, its two sides and their values."""
    for node in _comparisons(expression):
        operands = [node.left, *node.comparators]
        for op, left_node, right_node in zip(node.ops, operands, operands[1:], strict=False):
            try:
                left = evaluator.eval_node(left_node, expression)
                right = evaluator.eval_node(right_node, expression)
            except EvaluationError:
                continue
            if not isinstance(left, Value) or not isinstance(right, Value):
                continue
            if compare(op, left, right) is not Truth.FALSE:
                continue
            return op, (left_node, right_node), (left, right)
    return None


def _gap(evaluator: Evaluator, expression: Expression, hedged: bool = False) -> str | None:
    """For a failed comparison, the gap as an editor thinks of it, then what rounding still guarantees:
    ``45.6% − 44.2% = 1.4 pp, stated 1.2 pp: off by 0.2 pp (at least 0.05 pp after rounding)``."""
    failing = _failing_comparison(evaluator, expression)
    if failing is None:
        return None
    op, nodes, values = failing
    return _describe_gap(evaluator, expression, op, nodes, values, hedged)


# A slip in a published text lands near the right value: transposed digits, a figure copied from the next line,
# parts that overrun their total by a few, a rate off by a few points.  When the two sides of a proposed
# relation are three times apart or more (and, for percentages, more than ten points apart) the likelier story
# is that the model paired figures that do not belong together (another year, another scope, a column in
# thousands), so scan shows it as a warning, never an error that fails a pipeline.
FAR_APART = Decimal(3)
FAR_APART_POINTS = Decimal("0.10")  # ten percentage points, as a fraction
# Two kinds of relation are held closer.  A slip in a sum (a transposed digit, a part copied from the next line)
# moves it by a few per cent: parts 15% or more away from their total are parts of another total, or categories
# that overlap (人次 against 人, complaints "involving" several things), not a typo.  A quantity written twice
# differs by a digit when it slips: two figures half as large again are two quantities with like labels.  The
# points rule above still keeps percentages a few points apart as errors.
FAR_APART_BY_PATTERN = {"total-parts": Decimal("1.15"), "repeated": Decimal("1.5")}


def _compared_sides(rule: Rule, values: Mapping[str, Value]) -> tuple[Value, Value] | None:
    """The two values a failed rule compares (the two sides of the minus in ``abs(a - b) <= tolerance``)."""
    expression = rule.parsed or parse_expression(rule.check)
    evaluator = Evaluator(values)
    failing = _failing_comparison(evaluator, expression)
    if failing is None:
        return None
    _op, (left_node, _right_node), (left, right) = failing
    if (
        isinstance(left_node, ast.Call)
        and isinstance(left_node.func, ast.Name)
        and left_node.func.id == "abs"
        and len(left_node.args) == 1
        and isinstance(left_node.args[0], ast.BinOp)
        and isinstance(left_node.args[0].op, ast.Sub)
    ):  # abs(rate - 612) <= 0.5, a check within a tolerance: its figures are the two sides of the minus
        try:
            minuend = evaluator.eval_node(left_node.args[0].left, expression)
            subtrahend = evaluator.eval_node(left_node.args[0].right, expression)
        except EvaluationError:
            return None
        if not isinstance(minuend, Value) or not isinstance(subtrahend, Value):
            return None
        left, right = minuend, subtrahend
    try:
        return align(left, right, "")  # 3.2吨 and 3201公斤 are that far apart in one unit
    except EvaluationError:
        return None


def _far_apart(rule: Rule, finding: Finding, sides: tuple[Value, Value] | None) -> Finding:
    """A failed proposed relation whose sides (``_compared_sides``) are too far apart for a slip, as a warning that
    says so."""
    if rule.suggested is None or sides is None:
        return finding
    left, right = sides
    factor = times_apart(left.interval, right.interval)
    far = FAR_APART_BY_PATTERN.get(rule.suggested, FAR_APART)
    if factor is None or factor < far:
        return finding
    if (left.percent or right.percent) and interval_gap(left.interval, right.interval) <= FAR_APART_POINTS:
        return finding  # a change of -1.1% stated as -6%: five times, but only five points, a slip
    if factor < FAR_APART:  # held closer by its kind: say how close a slip would have been
        times = f"{factor.quantize(Decimal('0.01'))}"
        if rule.suggested == "total-parts":
            note = _(
                "the parts and the total are {times} times apart: a slip in a sum moves it by a few per cent, so "
                "more likely parts of another total or categories that overlap"
            ).format(times=times)
        else:
            note = _(
                "the two figures are {times} times apart: a quantity written twice differs by a digit when it "
                "slips, so more likely two quantities with like labels"
            ).format(times=times)
        return _as_warning(finding, note)
    times = f"{factor.quantize(Decimal('0.1'))}" if factor < 1000 else _("over 1,000")
    note = _("the two sides are {times} times apart: more likely figures paired wrongly than a slip").format(
        times=times
    )
    return _as_warning(finding, note)


# Three or more proposed relations of one pattern failing in one article: a published report slips now and then,
# independently, while a pattern that misreads a document's layout (a growth column taken for a repeat, a table's
# columns for parts of another total) fails the same way again and again.  Such failures are warnings that say so;
# one or two of a pattern stay errors.  Hand-written rules are never demoted.
STORM = 3


def _storms(article: Article, findings: list[Finding]) -> list[Finding]:
    patterns = {rule.id: rule.suggested for rule in article.rules if rule.suggested is not None}
    failing = Counter(patterns[f.id] for f in findings if f.status is Status.FAIL and f.id in patterns)
    stormy = {pattern: count for pattern, count in failing.items() if count >= STORM}
    if not stormy:
        return findings
    return [
        _as_warning(
            finding,
            _(
                "one of {count} relations of this kind that fail in this article: a layout the pattern misreads is "
                "likelier than {count} slips of one kind"
            ).format(count=stormy[patterns[finding.id]]),
        )
        if finding.status is Status.FAIL and patterns.get(finding.id) in stormy
        else finding
        for finding in findings
    ]


# A share whose part, whole and percentage no one sentence joins (the model gathered them from table cells, a
# paragraph or the document) is as often a share of another whole (a county's share of its own total, read against
# the city's; another year's column) as the one the text meant.  A slip in a share moves it by a few points, so such
# a share more than five points from its part over its whole is a warning; within five points it stays an error.
# Extract writes the evidence (loader.EVIDENCE); a rule without it (written by hand) is never demoted.
_UNJOINED = frozenset({"table", "paragraph", "across"})
SHARE_SLIP_POINTS = Decimal("0.05")  # five percentage points, as a fraction


def _share_unjoined(rule: Rule, finding: Finding, sides: tuple[Value, Value] | None) -> Finding:
    """A failed proposed share that no sentence states, too far off for a slip, as a warning that says why."""
    if rule.suggested != "share" or rule.evidence not in _UNJOINED:
        return finding
    if sides is None or interval_gap(sides[0].interval, sides[1].interval) <= SHARE_SLIP_POINTS:
        return finding
    note = _(
        "no one sentence states the share with its part and its whole, and a slip moves a share by a few points, "
        "not more than five: more likely a share of another whole or period"
    )
    return _as_warning(finding, note)


def times_apart(a: Interval, b: Interval) -> Decimal | None:
    """How many times apart the sizes of two intervals are at their nearer ends (1 when they overlap); None when
    either holds zero.  Signs are set aside: a rise stated as a fall of the same size is one time apart, a slip a
    reader must see; -85% against 1.4% is sixty times apart, another pair of figures."""
    sizes = []
    for interval in (a, b):
        if interval.lo > 0:
            sizes.append(interval)
        elif interval.hi < 0:
            sizes.append(Interval(-interval.hi, -interval.lo))
        else:
            return None
    (a, b) = sizes
    if a.hi < b.lo and a.hi.is_finite():
        return b.lo / a.hi
    if b.hi < a.lo and b.hi.is_finite():
        return a.lo / b.hi
    return Decimal(1)


def _in_unit(written: str, value: Value, converted: Value) -> str:
    """A side of a comparison in two units as written, then in the unit the check works in:
    ``1.2万公顷 = 120,000,000平方米``; as written alone where it needed no converting."""
    unit = converted.unit or ""
    if value.scale is None and value.unit and not written.endswith(value.unit):
        written = f"{written}{value.unit}"
    if converted is value:
        return written if written.endswith(unit) else f"{written}{unit}"
    shown = format_nominal(replace(converted, scale=(Decimal(1), unit)))
    return f"{written} = {shown}"  # an equation, as the sides of a sum are shown: no words to translate


def _describe_gap(
    evaluator: Evaluator,
    expression: Expression,
    op: ast.cmpop,
    nodes: tuple[ast.AST, ast.AST],
    values: tuple[Value, Value],
    hedged: bool,
) -> str:
    (left_node, right_node), (left, right) = nodes, values
    percent = left.percent or right.percent
    scale = left.scale if left.scale is not None and left.scale == right.scale else None
    # A hedged figure (15万多件) has no single written value: it stands as written.
    lhs = left.text if hedged and left.text and _is_name(left_node) else format_nominal(left)
    rhs = right.text if hedged and right.text and _is_name(right_node) else format_nominal(right)
    aligned = align(left, right, "")
    if aligned != (left, right):  # two units of one measure (3.2吨 and 3201公斤): the gap in the finer one
        lhs, rhs = _in_unit(lhs, left, aligned[0]), _in_unit(rhs, right, aligned[1])
        (left, right), scale = aligned, (Decimal(1), aligned[0].unit or "")
    if _is_sum(left_node) and isinstance(left_node, ast.Call):  # sum(a, b, c) reads as a + b + c
        terms = " + ".join(evaluator.render_node(arg, expression) for arg in left_node.args)
        lhs = f"{terms} = {lhs}"
    elif isinstance(left_node, (ast.BinOp, ast.Call)):
        lhs = f"{evaluator.render_node(left_node, expression).replace(' - ', ' − ')} = {lhs}"
    guaranteed = interval_gap(left.interval, right.interval)
    template = _relation(op)
    if template is None or guaranteed <= 0:
        return _("{left}, stated {right}").format(left=lhs, right=rhs)
    typical = abs(left.nominal - right.nominal) if left.nominal is not None and right.nominal is not None else None
    size = format_gap(typical if typical is not None else guaranteed, percent, scale)
    text = template.format(left=lhs, right=rhs, gap=size)
    at_least = format_gap(guaranteed, percent, scale)
    if typical is not None and at_least != size:
        if hedged:
            text = _("{gap_as_written} (at least {gap} for every reading of the figures)")
        else:
            text = _("{gap_as_written} (at least {gap} after rounding)")
        text = text.format(gap_as_written=template.format(left=lhs, right=rhs, gap=size), gap=at_least)
    return text
