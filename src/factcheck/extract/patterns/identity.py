"""identity: identities a report states by the names it uses.

- Natural growth: ``出生率 - 死亡率 == 自然增长率`` ("birth rate" - "death rate" == "natural growth rate"),
  when the three rates stand in one paragraph for one period: an error, since it is the definition.
- Natural change in people: ``出生人口 - 死亡人口 == 自然增长人口`` likewise ("2,184 live births ... 2,037 deaths
  ... so the population grew naturally by 147": an English figure with no period of its own takes its
  paragraph's).
- Net migration: "Immigration ... was estimated at 412,000 ... and emigration at 238,000, so net migration was
  174,000": ``immigration - emigration == net migration``.
- A fund's balance for the period: ``基金收入A,支出B,当期结存C`` (当期/当年/本年结余, 收支结余) in one sentence and
  one unit: ``A - B == C`` (an error: it is what the balance is).  A balance carried over the years (累计结存) is
  no such difference.
- A housing fund's stock: ``缴存总额 - 提取总额 == 缴存余额``, the text's one figure of each name (a warning).
- A trade balance: ``出口A...;进口B...;贸易顺差C`` in one sentence and one unit: ``A - B == C`` (逆差: ``B - A``; an
  error); a balance opening the sentence after the exports and imports, a warning.
- ``在10月份0.6%的同比涨幅中，翘尾影响约为0.2个百分点，新影响约为0.4个百分点``: the points the rest of the
  sentence splits the percentage into add up to it (an error), when nothing but points follows it.
- English: a surplus ("Expenditure was £3.71 billion, leaving a surplus of £0.14 billion") is the largest amount
  of its unit before it in its section labelled as coming in (income, receipts, exports) less the largest
  labelled as going out (expenditure, imports); a deficit the other way round (a warning); never a change
  ("narrowed by £1.5 billion") nor a part of a breakdown.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.links import Links
from factcheck.extract.model import CURRENT, Figure, Model
from factcheck.extract.suggestion import INFERRED, STATED, Suggestion, say

NAME = "identity"
_IDENTITIES: tuple[tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], bool], ...] = (
    (
        ("出生率", "birth rate"),
        ("死亡率", "death rate"),
        ("自然增长率", "natural growth rate", "natural increase rate", "rate of natural increase"),
        True,
    ),
    (("出生人口", "births"), ("死亡人口", "deaths"), ("自然增长人口", "natural increase", "natural change"), False),
    (("immigration",), ("emigration",), ("net migration",), False),
)
# "so the population grew naturally by 147": natural change named by the words before the figure
_NATURALLY_EN = re.compile(r"\b(?:grew|increased|rose|fell|decreased)\s+naturally\s+by\s*$", re.IGNORECASE)


def _named(figures: list[Figure], names: tuple[str, ...], percent: bool, model: Model | None = None) -> Figure | None:
    for figure in figures:
        rate = figure.is_percent or bool(figure.base)  # 8.52‰, "15.1 per 1,000 population"
        if rate != percent:
            continue
        label = figure.label.lower()
        if any(label.endswith(n) for n in names):
            return figure
        if model is None or model.language != "en":
            continue
        # "Immigration to Westmarch was estimated at 412,000": the name opens the label, a place after it
        if any(re.match(rf"{re.escape(n)}\b", label) for n in names if " " not in n):
            return figure
        if "natural increase" in names and _NATURALLY_EN.search(model.before(figure, figure.clause, 40)):
            return figure
    return None


def find(model: Model, links: Links) -> list[Suggestion]:
    out: list[Suggestion] = []
    for figures in model.blocks():
        if not figures or figures[0].duplicate:
            continue
        pool = [f for f in figures if not f.aside][:64]
        for births_names, deaths_names, growth_names, percent in _IDENTITIES:
            growth = _named(pool, growth_names, percent, model)
            if growth is None:
                continue
            births = _named([f for f in pool if f is not growth], births_names, percent, model)
            deaths = _named([f for f in pool if f is not growth], deaths_names, percent, model)
            if births is None or deaths is None:
                continue
            periods = {births.period, deaths.period, growth.period}
            if model.language == "en":
                periods.discard("")  # "There were 2,037 deaths" after "... live births in 2025": no period of its own
            if len(periods) > 1:
                continue
            if births.base != growth.base:
                continue
            if model.language == "en" and not percent:
                # "2,184 live births", "2,037 deaths", "grew naturally by 147": each counts people, named apart
                if not (births.is_amount and deaths.is_amount and growth.is_amount):
                    continue
            elif births.unit != deaths.unit or deaths.unit != growth.unit:
                continue
            migration = births_names[0] == "immigration"
            out.append(
                Suggestion(
                    NAME,
                    f"{growth.id}-is-immigration-minus-emigration"
                    if migration
                    else f"{growth.id}-is-births-minus-deaths",
                    f"{births.ref} - {deaths.ref} == {growth.ref}",
                    say(
                        model.language,
                        f"{births.label}{births.text}减{deaths.label}{deaths.text}应等于{growth.label}{growth.text}",
                        f"{births.label} {births.text} - {deaths.label} {deaths.text} is {growth.label} {growth.text}",
                    ),
                    (births, deaths, growth),
                    severity=STATED,
                )
            )
    if model.language == "zh":
        out.extend(_balances(model))
        out.extend(_trade_balances(model))
        out.extend(_fund_stock(model))
        out.extend(_points_within(model))
    else:
        out.extend(_balances_en(model, links))
    return out


# 在10月份0.6%的同比涨幅中，: a percentage the sentence goes on to split into points
_WITHIN_RATE_ZH = re.compile(r"的[^，,；;。\d]{0,12}?(?:涨幅|增幅|降幅|增速|增长|上涨|下降|降低)中[，,]")


def _points_within(model: Model) -> list[Suggestion]:
    """``在10月份0.6%的同比涨幅中，上年价格变动的翘尾影响约为0.2个百分点，今年价格变动的新影响约为0.4个百分点``: the
    points the rest of the sentence gives after ``在X%的…涨幅中`` add up to X (an error: the sentence splits it)."""
    out: list[Suggestion] = []
    for figures in model.sentences.values():
        for i, rate in enumerate(figures):
            if not rate.is_percent or rate.aside or rate.duplicate:
                continue
            if not _WITHIN_RATE_ZH.match(model.text, rate.end):
                continue
            points = [f for f in figures[i + 1 :] if f.is_points and not f.aside]
            if len(points) < 2 or len(points) != len(figures) - i - 1:
                continue  # only points follow: any other figure leaves the split unclear
            listed = ", ".join(f.ref for f in points)
            out.append(
                Suggestion(
                    NAME,
                    f"{rate.id}-split-into-points",
                    f"sum({listed}) == {rate.ref}",
                    say(
                        model.language,
                        f"{'、'.join(f.text for f in points)}之和应为{rate.text}",
                        f"{' + '.join(f.text for f in points)} should make {rate.text}",
                    ),
                    (*points, rate),
                    severity=STATED,
                )
            )
    return out


def _fund_stock(model: Model) -> list[Suggestion]:
    """``缴存总额1896.42亿元...缴存余额712.56亿元...提取总额1183.86亿元`` (a housing fund's report): what was ever
    paid in less what was ever taken out is what the fund holds, each the text's one figure of that name (a
    warning: the names are all that ties them)."""
    named: list[Figure] = []
    for name in ("缴存总额", "提取总额", "缴存余额"):
        found = [f for f in model.figures if f.role == CURRENT and not f.aside and f.label.endswith(name)]
        if len({f.text for f in found}) != 1:
            return []  # none, or two values of one name (a table repeating the prose is one)
        named.append(found[0])
    paid, taken, held = named
    if len({paid.unit, taken.unit, held.unit}) != 1:
        return []
    return [
        Suggestion(
            NAME,
            f"{held.id}-is-paid-in-less-taken-out",
            f"{paid.ref} - {taken.ref} == {held.ref}",
            f"缴存总额{paid.text}减提取总额{taken.text}应等于缴存余额{held.text}",
            (paid, taken, held),
            severity=INFERRED,
        )
    ]


_TRADE_BALANCE = re.compile(r"(?:贸易)?(顺差|逆差)(?:额)?$")


def _amount_pools(model: Model) -> Iterator[list[Figure]]:
    """Each sentence's current amounts outside asides, in order (a sentence of more than 64 figures is a table's)."""
    for figures in model.sentences.values():
        if figures[0].duplicate or len(figures) > 64:
            continue
        yield [f for f in figures if f.role == CURRENT and not f.aside and f.is_amount]


def _trade_balances(model: Model) -> list[Suggestion]:
    """``出口3105.2亿元...;进口1757.5亿元...;贸易顺差1347.7亿元``: the exports less the imports before it in its
    sentence (a 逆差 the imports less the exports)."""
    out: list[Suggestion] = []
    for pool in _amount_pools(model):
        for index, balance in enumerate(pool):
            match = _TRADE_BALANCE.search(balance.label)
            if match is None:
                continue
            before = [f for f in pool[:index] if f.unit == balance.unit and "进出口" not in f.label]
            exports = next((f for f in reversed(before) if re.search(r"出口(?:额|总值|总额)?$", f.label)), None)
            imports = next((f for f in reversed(before) if re.search(r"进口(?:额|总值|总额)?$", f.label)), None)
            severity = STATED
            if exports is None and imports is None and index == 0:
                # 服务出口834.6亿元…；服务进口1027.8亿元…。…服务贸易逆差193.2亿元: the sentence before's, when this
                # one gives neither (a warning: a sentence apart)
                prior = [
                    f
                    for f in model.previous_sentence(balance)
                    if f.role == CURRENT and not f.aside and f.unit == balance.unit and "进出口" not in f.label
                ]
                exports = next((f for f in reversed(prior) if re.search(r"出口(?:额|总值|总额)?$", f.label)), None)
                imports = next((f for f in reversed(prior) if re.search(r"进口(?:额|总值|总额)?$", f.label)), None)
                severity = INFERRED
            if exports is None or imports is None:
                continue
            larger, smaller = (exports, imports) if match.group(1) == "顺差" else (imports, exports)
            out.append(
                Suggestion(
                    NAME,
                    f"{balance.id}-is-trade-balance",
                    f"{larger.ref} - {smaller.ref} == {balance.ref}",
                    f"{larger.label}{larger.text}减{smaller.label}{smaller.text}应等于{match.group(1)}{balance.text}",
                    (larger, smaller, balance),
                    severity=severity,
                )
            )
    return out


_BALANCE_EN = re.compile(r"\b(surplus|deficit)\b", re.IGNORECASE)
_MOVED_BY_EN = re.compile(r"\b(?:narrowed|widened|rose|fell|grew|increased|decreased|shrank|by)\s*$", re.IGNORECASE)
_INFLOW_EN = frozenset(("income", "receipts", "revenue", "revenues", "exports", "takings"))
_OUTFLOW_EN = frozenset(("expenditure", "spending", "costs", "imports", "outgoings"))


def _balances_en(model: Model, links: Links) -> list[Suggestion]:
    """ "Total income was £3.82 billion ... Expenditure was £3.71 billion, leaving a surplus of £0.14 billion",
    "Exports of goods ... £32.4 billion. Imports of goods ... £45.2 billion. The trade in goods deficit ... to
    £12.8 billion": a surplus (or deficit) is the largest amount of its unit before it in its section labelled
    as coming in (income, receipts, exports) less the largest labelled as going out (expenditure, imports), the
    other way round for a deficit (a warning: which amounts are meant is inferred); never a change ("narrowed
    by £1.5 billion"), nor a part of a breakdown."""
    out: list[Suggestion] = []
    parts = {p.number for b in links.breakdowns for p in b.parts}
    for balance in model.figures:
        if balance.role != CURRENT or balance.aside or balance.in_table or not balance.is_amount or balance.duplicate:
            continue
        before = model.before(balance, balance.clause, 50)
        kind = _BALANCE_EN.search(f"{balance.label} {before}")
        if kind is None or _MOVED_BY_EN.search(before):
            continue
        pool = [
            f
            for f in model.figures[max(0, balance.number - 40) : balance.number]
            if f.section == balance.section
            and f.role == CURRENT
            and not f.aside
            and not f.in_table
            and f.unit == balance.unit
            and f.number not in parts
            and f.quantity.value * f.scale > balance.quantity.value * balance.scale
        ]

        def largest(words: frozenset[str], pool: list[Figure] = pool) -> Figure | None:
            named = [f for f in pool if words & set(f.label.lower().split())]
            return max(named, key=lambda f: f.quantity.value * f.scale, default=None)

        inflow, outflow = largest(_INFLOW_EN), largest(_OUTFLOW_EN)
        if inflow is None or outflow is None:
            continue
        larger, smaller = (inflow, outflow) if kind.group(1).lower() == "surplus" else (outflow, inflow)
        if larger.quantity.value * larger.scale <= smaller.quantity.value * smaller.scale:
            continue
        out.append(
            Suggestion(
                NAME,
                f"{balance.id}-is-{kind.group(1).lower()}",
                f"{larger.ref} - {smaller.ref} == {balance.ref}",
                f"the {kind.group(1).lower()} {balance.text} is {larger.text} less {smaller.text}",
                (larger, smaller, balance),
                severity=INFERRED,
            )
        )
    return out


_BALANCE = re.compile(r"(?:当期|当年|本年|本期|收支)结[存余]$")


def _balances(model: Model) -> list[Suggestion]:
    """``收入30922.17亿元...总支出24597.24亿元...当期结存6324.93亿元``: the income less the spending before it."""
    out: list[Suggestion] = []
    for pool in _amount_pools(model):
        for index, balance in enumerate(pool):
            if not _BALANCE.search(balance.label):
                continue
            spending = next((f for f in reversed(pool[:index]) if f.label.endswith("支出")), None)
            if spending is None or spending.unit != balance.unit:
                continue
            before = pool[: pool.index(spending)]
            income = next((f for f in reversed(before) if f.label.endswith("收入")), None)
            if income is None or income.unit != balance.unit:
                continue
            out.append(
                Suggestion(
                    NAME,
                    f"{balance.id}-is-income-less-spending",
                    f"{income.ref} - {spending.ref} == {balance.ref}",
                    say(
                        model.language,
                        f"{balance.label}{balance.text}应等于收入{income.text}减支出{spending.text}",
                        f"the balance {balance.text} is the income {income.text} less the spending {spending.text}",
                    ),
                    (income, spending, balance),
                    severity=STATED,
                )
            )
    return out
