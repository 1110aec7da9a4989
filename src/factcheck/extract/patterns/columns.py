"""table-columns: a column of a table that is one of its columns over another, row by row.

``| 受理案件 | 审执结 | 结案率（%） |``, ``| 预算数 | 执行数 | 完成预算（%） |``, "| Sentenced | Immediate custody |
Custody rate (%) |", "| Population (thousands) | Offences | Rate per 1,000 population |", "| Teachers | Pupils |
Pupil to teacher ratio |": a column headed as a rate, a ratio or a percentage whose cells are, in its rows, the
cell of one column over the cell of another (times 100, or the rate's base over the population column's scale)
holds that quotient in every row; and a growth column
beside a balance and its increase (``| 余额 | 比年初增加 | 比上年末增长（%） |``) holds the increase over the
balance before it (``change(余额, 余额 - 增加)``).  Which two columns it divides is read from the rows: the pair
that all of its rows but at most one (one in ten of a long table) bear out, in three rows at least; no pair, or
two pairs that fit as well, propose nothing.  Each row's check is an error: the table states the column, and its
other rows say what it is.  Share columns (占比, "% of total") are the ``share`` pattern's, but for an English
"% of ..." column that names another column of the table (| Eligible for FSM | Taking a free meal | % of
eligible taking a meal |): a quotient of two columns like a rate's; and a share column whose rows bear out one
column over another (| 一般公共预算收入 | 增长（%） | 税收收入 | 税收占比（%） |, a share of its own row, not of
the total row) holds that quotient times 100 in every row.  A Chinese column headed as a ratio (``| 在校生 | 专任教师 |
生师比 |``, never 同比 or 环比) is a quotient of two columns too.  A stock column (| Quarter | Receipts | Disposals |
Outstanding at end |) is, in each row of periods, the row before's plus one column less another, where the rows bear
that out (all of them, or all but one slip: a warning).
"""

from __future__ import annotations

import itertools
import re
from decimal import Decimal

from factcheck.documents.structure import ROW, Table
from factcheck.extract.links import Links
from factcheck.extract.model import Figure, Model
from factcheck.extract.suggestion import INFERRED, STATED, Suggestion, say

NAME = "table-columns"

# | 生师比 |, | 性别比 |: a Chinese ratio column (never 同比 or 环比, a change on a period; | 学生与专任教师比 |, which
# names its two columns, is the average pattern's)
_RATE_COLUMN = re.compile(
    r"率|%|％|‰|\bper\b|\brate\b|\bratio\b|完成|^[^与和/:：]{1,8}(?<![同环])比(?:[（(][^）)]*[）)])?\s*$", re.IGNORECASE
)
_SHARE_COLUMN = re.compile(r"占比|比重|比例|构成|所占|\bshare\b|%\s*of|per ?cent of|proportion", re.IGNORECASE)
_GROWTH_COLUMN = re.compile(r"增长|增幅|增速|增减|growth|change|increase", re.IGNORECASE)
_FACTORS = (Decimal(100), Decimal(1000), Decimal(1), Decimal(10000), Decimal(100000))
RATIO, GROWTH, PART = "ratio", "growth", "part"


def find(model: Model, links: Links) -> list[Suggestion]:
    out: list[Suggestion] = []
    structure = model.structure
    index_of = {block.start: i for i, block in enumerate(structure.blocks) if block.kind == ROW}
    for table in structure.tables:
        rows = [r for i, r in enumerate(table.rows) if i != table.header]
        if len(rows) < 3 or len(rows) > 200:
            continue
        grid: list[dict[int, Figure]] = []
        for row in rows:
            cells: dict[int, Figure] = {}
            for figure in model.block_figures(index_of.get(row.start, -1)):
                column = model.cell_column(figure)
                if column > 0 and not figure.duplicate and not figure.aside and figure.quantity.interval.is_bounded:
                    cells.setdefault(column, figure)
            grid.append(cells)
        columns = sorted({c for cells in grid for c in cells})
        for target in columns:
            header = table.column_header(model.text, target)
            if _SHARE_COLUMN.search(header) and not _of_another_column(model, table, target, header):
                # | 一般公共预算收入 | 其中：税收收入 | 税收占比（%） |: a share of another cell of its row, when the
                # rows bear it out (a share of the total row is the share pattern's, and no pair of columns fits it)
                form = PART
            elif _GROWTH_COLUMN.search(header):
                form = GROWTH
            elif _RATE_COLUMN.search(header):
                form = RATIO
            else:
                continue
            fit = _best_fit(grid, target, [c for c in columns if c != target], form)
            if fit is not None:
                top, bottom, factor = fit
                out.extend(_checks(model, grid, target, top, bottom, factor, form, header))
        out.extend(_stock_column(model, grid, columns))
    return out


def _stock_column(model: Model, grid: list[dict[int, Figure]], columns: list[int]) -> list[Suggestion]:
    """| Quarter | Receipts | Disposals | Outstanding at end |, | 月份 | 新收 | 审结 | 未结 |: rows of periods in order,
    where each row's stock is the row before's plus what came in less what went out, in every row after the first
    (three at least), or all but one slip (four at least: a wrong flow misses one step, a wrong stock the steps to
    and from it): a stock column and its two flows, so each row is checked (a warning: the table does not say
    so, its rows do)."""
    amounts = [
        c
        for c in columns
        if all(c not in cells or (cells[c].is_amount and not cells[c].is_percent) for cells in grid)
        and sum(c in cells for cells in grid) >= 4
    ]
    if len(amounts) < 3 or len(amounts) > 8:
        return []
    found: list[tuple[int, int, int]] = []
    for stock in amounts:
        for inflow in amounts:
            for outflow in amounts:
                if len({stock, inflow, outflow}) < 3:
                    continue
                steps = [
                    (before[stock], cells[inflow], cells[outflow], cells[stock])
                    for before, cells in itertools.pairwise(grid)
                    if stock in before and all(c in cells for c in (stock, inflow, outflow))
                ]
                missed = [i for i, step in enumerate(steps) if not _stock_holds(*step)]
                # a slip in one stock cell misses the step to it and the step from it: two in a row
                one_slip = len(missed) <= 1 or (len(missed) == 2 and missed[1] == missed[0] + 1)
                if len(steps) >= 3 and (not missed or (len(steps) >= 4 and one_slip)):
                    found.append((stock, inflow, outflow))
    if len(found) != 1:
        return []  # none, or two readings the rows bear out alike
    stock, inflow, outflow = found[0]
    out = []
    for before, cells in itertools.pairwise(grid):
        if stock not in before or not all(c in cells for c in (stock, inflow, outflow)):
            continue
        previous, came, went, now = before[stock], cells[inflow], cells[outflow], cells[stock]
        out.append(
            Suggestion(
                NAME,
                f"{now.id}-is-stock-after-flows",
                f"{previous.ref} + {came.ref} - {went.ref} == {now.ref}",
                say(
                    model.language,
                    f"{now.text}应等于上期{previous.text}加{came.text}减{went.text}",
                    f"{now.text} should be the {previous.text} before, plus {came.text}, less {went.text}",
                ),
                (previous, came, went, now),
                severity=INFERRED,
            )
        )
    return out


def _stock_holds(previous: Figure, came: Figure, went: Figure, now: Figure) -> bool:
    """Whether ``previous + came - went`` meets ``now``, each within its rounding and in its scale."""
    p_lo, p_hi = _bounds(previous)
    c_lo, c_hi = _bounds(came)
    w_lo, w_hi = _bounds(went)
    n_lo, n_hi = _bounds(now)
    return p_lo + c_lo - w_hi <= n_hi and n_lo <= p_hi + c_hi - w_lo


# "% of eligible taking a meal": a percentage of what another column counts (| Eligible for FSM |), not of the
# table's total ("% of total", "% of all sentenced" are the share pattern's)
_OF_COLUMN_EN = re.compile(r"^\s*(?:%|per ?cent(?:age)?)\s+of\s+(?!(?:the\s+)?(?:total|all)\b)(\w+)", re.IGNORECASE)


def _of_another_column(model: Model, table: Table, target: int, header: str) -> bool:
    found = _OF_COLUMN_EN.match(header) if model.language == "en" else None
    if found is None or len(found.group(1)) < 4:
        return False
    stem = found.group(1).lower()[:6]
    width = max((len(r.cells) for r in table.rows), default=0)
    return any(
        stem in {w[:6] for w in re.findall(r"[a-z]{4,}", table.column_header(model.text, c).lower())}
        and not re.search(r"%|per ?cent", table.column_header(model.text, c), re.IGNORECASE)
        for c in range(1, width)
        if c != target
    )


def _best_fit(
    grid: list[dict[int, Figure]], target: int, others: list[int], form: str
) -> tuple[int, int, Decimal] | None:
    """The columns (top, bottom) and factor the target column's rows bear out, or None (see the module's doc).
    A reading is dropped at the first row past its allowance of misses, so a wide table costs little."""
    scores: list[tuple[int, int, int, Decimal]] = []
    rows = [c for c in grid if target in c]
    factors = (Decimal(100),) if form in (GROWTH, PART) else _FACTORS
    for top in others:
        for bottom in others:
            if top == bottom:
                continue
            pair = [c for c in rows if top in c and bottom in c]
            if len(pair) < 3 or not all(c[top].is_amount and c[bottom].is_amount for c in pair):
                continue
            allowance = max(1, len(pair) // 10)
            for factor in factors:
                misses = 0
                for cells in pair:
                    if not _holds(cells[top], cells[bottom], cells[target], factor, form):
                        misses += 1
                        if misses > allowance:
                            break
                held = len(pair) - misses
                if misses <= allowance and held >= 3:
                    scores.append((held, top, bottom, factor))
    if not scores:
        return None
    scores.sort(key=lambda s: -s[0])
    if len(scores) > 1 and scores[1][0] == scores[0][0]:
        return None  # two readings fit as well: the rows do not say which
    _, top, bottom, factor = scores[0]
    return top, bottom, factor


def _bounds(figure: Figure) -> tuple[Decimal, Decimal]:
    interval = figure.quantity.interval
    return interval.lo * figure.scale, interval.hi * figure.scale


def _holds(top: Figure, bottom: Figure, target: Figure, factor: Decimal, form: str) -> bool:
    """Whether the target cell's interval meets factor * top / bottom (or top / (bottom - top) for growth)."""
    a_lo, a_hi = _bounds(top)
    b_lo, b_hi = _bounds(bottom)
    if form == GROWTH:
        b_lo, b_hi = b_lo - a_hi, b_hi - a_lo
    if b_lo <= 0:
        return False
    quotients = [a * factor / b for a in (a_lo, a_hi) for b in (b_lo, b_hi)]
    t_lo, t_hi = target.quantity.interval.lo, target.quantity.interval.hi
    return min(quotients) <= t_hi and t_lo <= max(quotients)


def _checks(
    model: Model,
    grid: list[dict[int, Figure]],
    target: int,
    top: int,
    bottom: int,
    factor: Decimal,
    form: str,
    header: str,
) -> list[Suggestion]:
    out = []
    for cells in grid:
        if not (target in cells and top in cells and bottom in cells):
            continue
        t, a, b = cells[target], cells[top], cells[bottom]
        if form == GROWTH:
            check = f"change({b.ref}, {b.ref} - {a.ref}) == {t.ref}"
            zh, en = (
                f"{t.text}应等于{a.text}/({b.text}-{a.text})",
                f"{t.text} should be {a.text} / ({b.text} - {a.text})",
            )
        elif t.is_percent:
            check = f"share({a.ref}, {b.ref}) == {t.ref}"
            zh, en = f"{t.text}应等于{a.text}/{b.text}", f"{t.text} should be {a.text} / {b.text}"
        else:
            check = f"{a.ref} / {b.ref} * {factor} == {t.ref}"
            zh = f"{t.text}应等于{a.text}/{b.text}×{factor}"
            en = f"{t.text} should be {a.text} / {b.text} × {factor}"
        column = re.sub(r"\s+", " ", header).strip()
        out.append(
            Suggestion(
                NAME,
                f"{t.id}-is-column-quotient",
                check,
                say(model.language, f"{column}：{zh}", f"{column}: {en}"),
                (a, b, t),
                severity=STATED,
            )
        )
    return out
