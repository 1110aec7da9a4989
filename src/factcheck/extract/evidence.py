"""Evidence gates: a proposed repeat whose two figures the text does not show to be one quantity is a warning.

A figure written twice (``repeated``) is an error when the two disagree, since a report restates its own figures.
But the model pairs figures by their labels, and a label is shared by quantities the text keeps apart (the month's
and the year to date's, one county's and another's, a level and its change).  Three rules about the evidence,
not about any phrasing, say when two figures of one label are not shown to be one quantity; a repeat that meets
one of them is proposed as inferred (a warning when it fails), its explanation saying why:

- **Roles.** A level and a change (``第二产业投资增长9.3%`` against the cell ``3.1`` of a share column), or a share
  and a change, are two quantities whatever their labels.
- **Periods.** Each figure's kind of period is read from its period, its label and, for a table cell, its column's
  header: a single month (``10月``, 当月, 本月, "in October"), a cumulative span (``1—10月``, 累计, 今年以来,
  前三季度, "year to date"), a quarter, a half year, a moving annual average.  Two figures of different kinds (the
  month's 4.3% against the 累计 column's 3.2%) are two quantities.
- **Already repeated.** A text figure that equals a cell of another row of the table named by its label
  (``柳山县增长5.7%`` and the 柳山县 row's 5.7) is that cell's figure; its failing pairing with a cell of another
  row (东城区's 6.1) is another row's quantity, not a slip.  Likewise a cell that equals another text figure of
  its label and role (the 累计 column's 3.2 and ``1—10月...增长3.2%``) already has its repeat.  Either equality
  counts only when the two figures' kinds of period agree (or one is unsaid): a 本月 cell that equals the text's
  1—10月 figure is a figure copied from the wrong column, and its failing pairing with the month's figure stays an
  error.  A text figure that equals no cell keeps its error: a slip in a restated figure is what the check is for.

Two more rules about evidence, for changes and shares:

- **Bases.** A change, a percentage change or an earlier value is compared against the base its own words name:
  the same period a year before (同比, 去年同期, "a year earlier", "on the previous year"), the period just before
  (环比, 上月, 上季度, an earlier value naming another quarter or month of the year, "on the quarter"), the start
  of the year (比年初, 上年末).  Figures of two bases are never checked against each other (``38.6万件,环比增长7.2%,
  同比增长11.5%(二季度36.0万件,去年同期34.62万件)``: 7.2% is checked against 36.0万件 only); at a year's end
  (年末, 12月末) the start of the year and a year before are one base.
- **What a share counts.** A share whose own words name the count its part is (``事故起数占事故总数的64.4%``,
  ``死亡人数占...``) is the share of the figures in that measure word (起, 人), the nearest before it and the one
  beside its whole; a part in another measure word (82人 for 事故起数) is the part of another share.  A share that
  names no whole (``婚姻家庭纠纷1284件，占26.6%``) whose whole is taken from another sentence that gives more than
  one level of the part's unit (排查5400多件, 受理4826件) is inferred: which of them it is of, the text does not say.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal
from typing import NamedTuple

from factcheck.extract.model import FRAMED_BY, Figure, Model
from factcheck.extract.suggestion import INFERRED, STATED, Suggestion, say
from factcheck.quantity.interval import Interval

REPEATED = "repeated"
SHARE = "share"

# Kinds of period, the most specific first: a cumulative span before the month it ends in (1—10月 holds 10月).
_PERIODS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "moving",
        re.compile(r"moving annual|rolling (?:12|twelve)|滚动|(?:12|twelve) months to", re.IGNORECASE),
    ),
    (
        "cumulative",
        re.compile(
            r"累计|今年以来|年初以来|年初至今|本年以来|前\d+个?月|前[一二三四五六七八九十]+个月|前三季度|"
            r"1\s*[-—–－~～至到]\s*\d+月|一至[一二三四五六七八九十]+月|year[- ]to[- ]date|\bytd\b|so far this year",
            re.IGNORECASE,
        ),
    ),
    ("half", re.compile(r"上半年|下半年|half[- ]year|first half|second half", re.IGNORECASE)),
    ("quarter", re.compile(r"[一二三四1-4]季度|\bq[1-4]\b|quarter", re.IGNORECASE)),
    (
        "month",
        re.compile(
            r"当月|本月|(?<![\d—\-–－~～至到])\d{1,2}月(?!末|底)|(?<![一至])[一二三四五六七八九十]+月(?!末|底)|"
            r"(?i:\bin the month\b)|\b(?:January|February|March|April|May|June|July|August|September|October|"
            r"November|December)\b(?! \d{1,2},? \d{4})",
        ),
    ),
)


def period_kind(figure: Figure, model: Model | None = None) -> str:
    """The kind of period a figure's period and label name, and a table cell's column header (``""`` when none
    does): ``cumulative`` for 1—10月 or "year to date", ``month`` for 10月 or 当月, ``quarter``, ``half``,
    ``moving``."""
    text = f"{figure.period} {figure.label}"
    if model is not None and figure.in_table:
        text = f"{text} {model.column_header(figure)}"
    return _kind_of_text(text)


def _kind_of_text(text: str) -> str:
    for kind, pattern in _PERIODS:
        if pattern.search(text):
            return kind
    return ""


class _Figures(NamedTuple):
    by_table: dict[int, list[Figure]]  # the cells of each table
    by_label: dict[str, list[Figure]]  # the text figures (not in a table) of each label


def weigh(model: Model, suggestions: list[Suggestion]) -> list[Suggestion]:
    """``suggestions`` with each stated repeat whose figures the text does not show to be one quantity inferred,
    and without each share whose part counts another thing than its words name."""
    if model.language == "zh" and any(s.pattern == SHARE for s in suggestions):
        suggestions = [r for s in suggestions for r in _recounted(model, s)]
        suggestions = [_unnamed_whole(model, s) for s in suggestions]
    if not any(s.pattern == REPEATED and s.severity == STATED for s in suggestions):
        return suggestions
    blocks = model.structure.blocks
    figures = _Figures({}, {})
    for figure in model.figures:  # once: a long report's repeats each look up their table and label
        if not figure.in_table:
            figures.by_label.setdefault(figure.label, []).append(figure)
        elif figure.block >= 0 and blocks[figure.block].table >= 0:
            figures.by_table.setdefault(blocks[figure.block].table, []).append(figure)
    out: list[Suggestion] = []
    for suggestion in suggestions:
        if suggestion.pattern == REPEATED and suggestion.severity == STATED and len(suggestion.figures) == 2:
            reason = _not_one_quantity(model, figures, *suggestion.figures)
            if reason is not None:
                zh, en = reason
                explain = say(model.language, f"{suggestion.explain}（推断：{zh}）", f"{suggestion.explain} ({en})")
                suggestion = replace(suggestion, severity=INFERRED, explain=explain)
        out.append(suggestion)
    return out


# 事故起数占事故总数的64.4%, 死亡人数占死亡总数的68.1%: the words before a share name what its part counts, by the
# measure word of the count (起数: 起; 人数: 人 or 名)
_COUNTED_ZH = re.compile(r"(起|人|件|户|家|次|宗)数[^，,。；;：:]{0,12}?占[^，,。；;：:]*$")
_SAME_MEASURE = {"人": {"人", "名"}}


def _recounted(model: Model, suggestion: Suggestion) -> list[Suggestion]:
    """A proposed share whose own words name the count its part is (事故起数占..., 死亡人数占...) while its part is a
    count in another measure word (82人 for 事故起数占事故总数的64.4%) is the share of the figures of the named
    measure word beside them: the nearest before the share in its sentence (94起) of the one beside the whole in
    the whole's clause (146起).  Without both, it is not proposed."""
    if suggestion.pattern != SHARE or len(suggestion.figures) != 3 or not suggestion.check.startswith("share("):
        return [suggestion]
    part, whole, share = suggestion.figures
    counted = _COUNTED_ZH.search(model.before(share, share.sentence, 30))
    if counted is None or part.quantity.kind.value != "count" or not part.unit:
        return [suggestion]
    units = _SAME_MEASURE.get(counted.group(1), {counted.group(1)})
    if part.unit in units:
        return [suggestion]
    parts = [f for f in model.in_sentence(share) if f.end <= share.start and f.unit in units and not f.is_percent]
    wholes = [f for f in model.in_sentence(whole) if f.clause == whole.clause and f.unit in units and f is not whole]
    if not parts or len(wholes) != 1 or not wholes[0].quantity.interval.lo > parts[-1].quantity.interval.hi:
        return []
    new_part, new_whole = parts[-1], wholes[0]
    check = suggestion.check.replace(f"share({part.ref}, {whole.ref})", f"share({new_part.ref}, {new_whole.ref})")
    explain = say(
        model.language,
        f"{new_part.text}占{new_whole.text}的比例应为{share.text}",
        f"{new_part.text} of {new_whole.text} is {share.text}",
    )
    return [replace(suggestion, check=check, explain=explain, figures=(new_part, new_whole, share))]


# 婚姻家庭纠纷1284件，占26.6%: a share that names no whole (占 right before it)
_BARE_SHARE_ZH = re.compile(r"(?:^|[，,；;、（(])\s*(?:约)?占(?:比)?(?:为|达)?$")


def _unnamed_whole(model: Model, suggestion: Suggestion) -> Suggestion:
    """A stated share that names no whole (``婚姻家庭纠纷1284件，占26.6%``) whose whole the model took from
    another sentence that gives more than one level of the part's unit (排查矛盾纠纷5400多件，受理调解4826件): which
    of them the share is of the text does not say, so the share is inferred (a warning when it fails)."""
    if suggestion.pattern != SHARE or suggestion.severity != STATED or len(suggestion.figures) != 3:
        return suggestion
    part, whole, share = suggestion.figures
    if whole.sentence == share.sentence or whole.in_table or not suggestion.check.startswith("share("):
        return suggestion
    if not _BARE_SHARE_ZH.search(model.before(share, share.clause, 8)):
        return suggestion
    frame = FRAMED_BY.match(model.before(share, share.sentence, 60))
    if frame is not None and whole.label and whole.label in frame.group(1):
        return suggestion  # 年末在册人员中，缓刑268人，占86.7%: the sentence opens by naming the whole (在册)
    levels = [
        f
        for f in model.in_sentence(whole)
        if f is not whole
        and f.role == "current"
        and not f.aside
        and f.unit == part.unit
        and f.quantity.interval.lo > part.quantity.interval.hi
    ]
    if not levels:
        return suggestion
    explain = say(
        model.language,
        f"{suggestion.explain}（推断：文中未指明占谁的比重，{whole.text}所在句还有{levels[0].text}）",
        f"{suggestion.explain} (inferred: the text names no whole, and {whole.text}'s sentence also gives "
        f"{levels[0].text})",
    )
    return replace(suggestion, severity=INFERRED, explain=explain)


def _not_one_quantity(model: Model, figures: _Figures, a: Figure, b: Figure) -> tuple[str, str] | None:
    """Why ``a`` and ``b`` are not shown to be one quantity (in Chinese and in English), or None."""
    if not _same_kind(_kind_of_role(a), _kind_of_role(b)):
        return "两数一为数值、一为变化或比重", "inferred: one figure is a level, the other a change or a share"
    pa, pb = period_kind(a, model), period_kind(b, model)
    if pa and pb and pa != pb:
        return "两数所属时期不同", f"inferred: one figure is of a {pa} period, the other of a {pb} one"
    if a.in_table != b.in_table:
        cell, text = (a, b) if a.in_table else (b, a)
        if _repeats_another(model, figures, cell, text):
            return (
                "其中一数已与表中或正文另一数一致",
                "inferred: one of the figures already equals another figure of the table or the text",
            )
    return None


def _kind_of_role(figure: Figure) -> str:
    """Levels (a current or previous value, a target), changes, and shares or rates: a repeat stays in one."""
    role = figure.role
    if role in ("change", "percent-change", "points"):
        return "change"
    if role in ("share", "rate"):
        return "share"
    if role == "current" and figure.is_percent:
        # a percentage no change word introduces reads as a share of something (占, "of"); a bare cell under a
        # percentage column may be a share or a rate: unsaid
        return "" if figure.in_table else "share"
    return "level"


def _same_kind(a: str, b: str) -> bool:
    """A bare percentage cell (kind ``""``) may be a share; other kinds match only themselves."""
    return a == b or {a, b} <= {"", "share"}


def _periods_agree(a: Figure, b: Figure, model: Model) -> bool:
    pa, pb = period_kind(a, model), period_kind(b, model)
    return not pa or not pb or pa == pb


def _column_disagrees(model: Model, cell: Figure, figure: Figure) -> bool:
    """Whether a cell's own column (its header, or the period header above it that its label carries: 本月, 累计,
    "Year to date") names a kind of period other than the text figure's it equals: a value copied from the other
    column, not the cell's own repeat.  The period a cell inherits from the caption or title is no evidence here."""
    column = _kind_of_text(f"{cell.label} {model.column_header(cell)}")
    own = period_kind(figure, model)
    return bool(column and own and column != own)


def _value(figure: Figure) -> Interval:
    """A figure's value as its rule compares it: a cell times its column's scale (1860 under 万吨)."""
    interval = figure.quantity.interval
    return interval.scale(Decimal(figure.scale)) if figure.scale != 1 else interval


def _equal(a: Figure, b: Figure) -> bool:
    """Two figures that may be equal; a text percentage and a bare cell (under a ``(%)`` column) compare alike."""
    if a.is_percent != b.is_percent and not (a.in_table or b.in_table):
        return False
    return _value(a).intersect(_value(b)) is not None


def _names(cell: Figure, text: Figure) -> bool:
    """Whether a cell's row names the text figure's label (``柳山县`` in a label 柳山县..., ``第二产业`` in
    第二产业投资增长): a cell of a row the label does not name that happens to hold the same value repeats
    nothing."""
    row = re.sub(r"^(?:其中|of which)[:：]?\s*", "", cell.row, flags=re.IGNORECASE).strip().lower()
    label = text.label.strip().lower()
    if not row or not label:
        return False
    return row in label or label in cell.label.lower()


def _repeats_another(model: Model, figures: _Figures, cell: Figure, text: Figure) -> bool:
    """Whether ``text`` equals a cell of another row of ``cell``'s table that its label names, or ``cell``
    equals another text figure of its label, each of the same kind of role and period: either is already
    another figure's repeat."""
    blocks = model.structure.blocks
    table = blocks[cell.block].table if cell.block >= 0 else -1
    if table < 0:
        return False
    kind = _kind_of_role(text)
    for other in figures.by_table.get(table, []):
        if other.block == cell.block:
            continue  # a cell of the same row is another column's: which column the text gives is unsaid
        if (
            _same_kind(_kind_of_role(other), kind)
            and _names(other, text)
            and _equal(other, text)
            and _periods_agree(other, text, model)
        ):
            return True
    for other in figures.by_label.get(text.label, []):
        if other is text or not _same_kind(_kind_of_role(other), kind):
            continue
        if _equal(other, cell) and not _column_disagrees(model, cell, other):
            return True
    return False


# -- the base of a comparison ---------------------------------------------------------------------------------

YEAR_AGO, PERIOD_BEFORE, YEAR_START = "year-ago", "period-before", "year-start"

# What a change or an earlier value is compared against, the most specific first: the start of the year (比年初,
# 上年末), the same period a year before (同比, 上年同期, "a year earlier"), the period just before (环比, 上月,
# "on the quarter").  "On the previous year" of a year's figure is a year ago.
_BASES_ZH: tuple[tuple[str, re.Pattern[str]], ...] = (
    (YEAR_START, re.compile(r"(?:比|较)?(?:年初(?!以来|至)|上年末|去年末|上年底|去年底)")),
    (YEAR_AGO, re.compile(r"同比|(?:上年|去年)同期|(?:比|较)(?:上年|去年)(?![末底初])")),
    (PERIOD_BEFORE, re.compile(r"环比|(?:比|较)?上(?:个|一)?(?:月|季度?|周|期)(?![末底])")),
)
_BASES_EN: tuple[tuple[str, re.Pattern[str]], ...] = (
    (YEAR_START, re.compile(r"\b(?:since|from) the (?:start|beginning) of the year\b", re.IGNORECASE)),
    (
        YEAR_AGO,
        re.compile(
            r"\b(?:a|one) year (?:earlier|ago|before)\b|\byear[- ]on[- ]year\b|\bon the (?:previous |last )?year\b|"
            r"\bsame (?:period|quarter|month) (?:of |in )?(?:the previous|last|a) year\b",
            re.IGNORECASE,
        ),
    ),
    (
        PERIOD_BEFORE,
        re.compile(
            r"\b(?:on|over|in|from|since|than) the (?:previous |last |preceding )?(?:quarter|month|week)\b"
            r"(?!\s+(?:ending|ended)\b|\s+to\s+(?:\d{1,2}\s+)?[A-Z])|"
            r"\b(?:quarter|month|week)[- ]on[- ](?:quarter|month|week)\b|"
            r"\b(?:a|one) (?:quarter|month) (?:earlier|ago)\b",
            re.IGNORECASE,
        ),
    ),
)
# an earlier value that names its own period: 二季度36.0万件 beside a 三季度 figure, 10月为12起 beside 11月
_QUARTER_ZH = re.compile(r"([一二三四1-4])季度")
_MONTH_ZH = re.compile(r"(?<![\d—\-–－~～至到])(\d{1,2}|[一二三四五六七八九十]+)月(?!末|底)")
_YEAR_ZH = re.compile(r"(?:19|20)\d{2}年|上年|去年")
# "from 864,000": a change followed only by a connector and a figure is compared against that figure's base
_CONNECTOR_EN = re.compile(r"^\s*(?:\(|from|on|against|compared (?:with|to)|than)\s*$", re.IGNORECASE)


def _base_in(text: str, bases: tuple[tuple[str, re.Pattern[str]], ...], last: bool) -> str:
    """The base the words of ``text`` name: the one named nearest its end when ``last``, else nearest its start."""
    found: list[tuple[int, str]] = []
    for base, pattern in bases:
        found.extend((m.start(), base) for m in pattern.finditer(text))
    if not found:
        return ""
    found.sort()
    return found[-1][1] if last else found[0][1]


def comparison_base(model: Model, figure: Figure, current: Figure) -> str:
    """What a change, percentage change or earlier value of ``current`` is compared against, as its own words
    say: ``year-ago`` (同比, 上年同期, "a year earlier"), ``period-before`` (环比, 上月, 二季度 beside a 三季度
    figure, "on the quarter"), ``year-start`` (比年初, 上年末), or ``""`` when they do not say."""
    figures = model.in_sentence(figure)
    at = next((i for i, f in enumerate(figures) if f is figure), -1)
    left = figures[at - 1].end if at > 0 else figure.sentence[0]
    right = figures[at + 1].start if 0 <= at < len(figures) - 1 else figure.sentence[1]
    before, after = model.text[left : figure.start], model.text[figure.end : right]
    if model.language == "zh":
        own = _base_in(before, _BASES_ZH, last=True) or _named_period_before(before, current)
        if own:
            return own
        # 同比事故起数下降18.8%、死亡人数下降14.3%: a comparison word governs the figures after it in its sentence
        return _base_in(model.text[figure.sentence[0] : figure.start], _BASES_ZH, last=True)
    if figure.role != "previous":  # "up 13% on a year earlier", "down 14,000 on the quarter"
        own = _base_in(after, _BASES_EN, last=False)
        if own:
            return own
        if _CONNECTOR_EN.match(after) and 0 <= at < len(figures) - 1:
            return comparison_base(model, figures[at + 1], current)  # "down 9.6% from 864,000 a year earlier"
        return _base_in(before, _BASES_EN, last=True)
    return _base_in(before, _BASES_EN, last=True) or _base_in(after, _BASES_EN, last=False)


def _named_period_before(before: str, current: Figure) -> str:
    """``period-before`` for an earlier value that names a quarter or month of its own other than its current
    figure's, with no year (二季度36.0万件 beside 三季度's figure; 10月为12起 beside 11月's)."""
    if _YEAR_ZH.search(before):
        return ""
    for pattern in (_QUARTER_ZH, _MONTH_ZH):
        own, theirs = pattern.findall(before), pattern.findall(current.period)
        if own and theirs and own[-1] != theirs[-1]:
            return PERIOD_BEFORE
    return ""


def bases_differ(model: Model, current: Figure, a: Figure, b: Figure) -> bool:
    """Whether two of a current figure's comparisons are against two bases the text names (同比 and 环比, "on the
    quarter" and "a year earlier", 同比 and 比年初), so never checked against each other.  At a year's end (12月末,
    年末) the start of the year and a year before are one base."""
    base_a, base_b = comparison_base(model, a, current), comparison_base(model, b, current)
    if not base_a or not base_b or base_a == base_b:
        return False
    if {base_a, base_b} == {YEAR_START, YEAR_AGO}:
        opening = model.structure.blocks[current.block].start if current.block >= 0 else current.sentence[0]
        return not _YEAR_END_ZH.search(model.text[opening : current.start])
    return True


_YEAR_END_ZH = re.compile(r"年末|年底|12月末|12月底|十二月末")
