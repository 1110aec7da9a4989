"""repeated: a figure stated twice for the same thing must agree.

Summary lines, lead paragraphs and tables repeat figures of the body.  Two figures are taken for the same
thing when their labels (what they count; at least three characters, or two English words), their roles
(a current value, a previous one, a change, a percentage change, ...), their measures and their scopes (the
period, place and subject the text gives them, a section's period applying to its body) all match, in
different paragraphs (in one paragraph, only clauses that read the same but for the figure); figures more
than 50% apart are two quantities of one name (破获刑事案件412起 in a campaign, 3018起 in the year; custody
against jurisdiction), even when their clauses read the same: a typo keeps the magnitude.  The same label
in another period or place (2022年 against 2023年, 全市 against 城区) is another
quantity, never a repeat, and copies of a repeated paragraph are one statement, not two; nor are two cells of
one table.  Two English figures of one label whose clauses each qualify it with words the other lacks ("State
prisoners numbered A in the custody of ..." against "... B with sentences of more than one year") are two
measures, never a repeat.
Nor is a figure of a list spread over several subjects ("Males and females experienced A and B, respectively",
城镇、乡村人口分别为...), nor one label under two sibling headings or in two numbered items of one list (重刑率 under
刑事审判 and under 少年审判, 死亡和下落不明 in ``7.水上交通...`` and ``8.渔业船舶...``, "median time" under Crown
Court and under Magistrates' courts): each heading names its own subject, unless one of them is a summary (主要情况,
"Main points", the title's lead) that restates the others.  Nor is one label in two sentences that each name
who did it before 共, neither naming the other (``全国公安机关共破获...`` and ``百城共破获...``).
When the two clauses read the same but for the figure (and both open their sentences), a mismatch is an
error; otherwise a warning.  "Of the 6.6 million, 2.2 million were ..." restates the one figure of its
section written before it within a tenth of its value (about 6.6 million violent victimizations): a warning.

A table repeats the text: a cell whose row names a text figure's label or its start (``| 城镇 | 268.91 |``; a row
named as a total, ``| 医疗卫生机构合计 |``, names 医疗卫生机构
under ``城镇消费品零售额268.91亿元``), or in Chinese its end when the name has four characters or more
(``| 各项存款余额 |`` and ``金融机构本外币各项存款余额``; or its end but for 余额 or 总额, | 各项存款 |; a row's
leading 年末 or 全年 set aside, | 年末生猪存栏 | and 生猪存栏), in the same section, of the same role and unit (the
column's unit, 万元 scaled, or the table's: ``单位：万元``, a column of changes in amounts, | 比年初增减 |, too; a
footnote's mark, "Bulk cargo(1)", is none; an English "£m", "(£000)" or "$ million" column holds
pounds or dollars times its scale), must equal the nearest such figure before the table, else the first in the
two paragraphs after it (an error; there a Chinese count, 38起, may repeat a bare cell of a column that names no
unit, | 事故起数 | 38 |, as may the figure after it in its sentence, 死亡31人).  A row named for a place (| 石门县
| 25 | under | 事故起数 |) repeats that place's figure whose label names the column (石门县发生事故25起), and
where it names two columns, only the cell it equals; a share or a rate of the text (占21.4%, 结案率77.97%)
repeats the cell of a percentage column (| 比重（%） |) in the row its label opens with, when the label names no
other row (常住人口城镇化率 is the 城镇 row's) and the cell is no 100.  A footnote's mark ends no row's name (``服装¹``,
"Violence against the person [note 1]"), nor does "of which:" open one (| of which: overtime |), and the
words of a row's own name name none of its columns
(一般公共预算收入 under | 预算数 | 执行数 |: the 执行数 cell); a share of the text (占...的71.3%) repeats no
cell of a rate column (but the cell of a share column, | 占全市比重（%） |).  A 合计 row (or | 支出合计 |) repeats
the text's figure for the whole place, named like its column (a header naming a measure, | 旅客吞吐量 |, by that
measure too: never 发送旅客), the one the row equals when the section names several so, else a sum the text
gives (三省合计完成678.4亿件) that it equals (never a county's figure above the table that one of its rows names), of
the table caption's period when the table stands in a section of its own (then a warning: inferred).  An English
cell more than 50% from the text figure its row name starts is another count (| Sentenced | 35,800 | in a
receptions table after "the sentenced population ... 73,700"), as between two text figures.  In a row of
several amounts of one unit (``| 税收收入 | 285000 | 291360 |`` under 预算数 and 执行数), a text figure that
equals one cell (税收收入29.14亿元) repeats that cell only, never the others beside it.  A row name set in
under several rows of one table (``其中：住宅`` under 房地产开发投资 and under 商品房销售额) repeats only a text
figure that is a part of the text's figure for the row it is set in under (住宅投资 of 房地产开发投资).  A row
matched by the one sentence that opens with its name repeats the figure named like its column ("... made 3,985
decisions" under | Decisions |), else the sentence's first; failing that, an English row named by two words
or more repeats the one figure of its cell's role in the one sentence naming it and no other row (a warning: "The
number held for drug offences rose by 182 to 4,398" and | Drug offences | 4,216 | 4,398 |, its first column);
a Total row never repeats a figure of a sentence that opens with a row's name (after "The" or not).  An English
Total row repeats, of the text figures named
like its column, one of those that share most of its header's words (| Pension Credit claimants |: "Pension
Credit was paid to 1.41 million", not "4.5 million ... on the new State Pension"); "people" in a header that
says which people (| People leaving |) names no column.  An English row name of two words or more may end
the label ("Public sector net borrowing" and | Net borrowing |), and a table in a section that holds no text
figure of its own ("Summary table") restates the text of any section before it.  In an English row of like
cells (| UK | 69% | 81% |), a text figure naming the row repeats a cell only when its clause names a column of the
table.  A Total row under year columns (| Quarter | 2024 | 2025 |), or month columns (| October | ... | Year to
date |), or its cell under a Total column (| Elective | Emergency | Total | under "Admissions by specialty"),
repeats the text figure named like what the caption counts ("Terminal passengers by quarter ...
(thousands)") in a sentence naming the column's year or month ("handled 1.84 million terminal passengers in
2025", "Retail sales in December were £402 million": December names that column, no row); a 合计 row under
| 2025年企业数（家） | counts 企业 (科技型中小企业2418家); a 合计 row's cell under a 合计 column, the figure named
like the caption's measure (全市社会组织登记情况: 登记社会组织5095个); and the row's previous value and change,
of one column each, repeat those that sentence gives its figure ("4.7% more than in 2024 (1.76 million)",
比上年末增加135个; and a percentage after it named like its column, 完成预算的96.3% and | 决算数为预算数% |),
unless the two changes are far apart or of opposite signs (changes on two periods); with
no change column, the row's two years differ by the change the text gives (| 合计 | 2112 | 2418 |, 比上年增加306家).
Failing those, a Total row under period columns (| Q3 2024 | Q3 2025 |) repeats, in the latest column, the
current value of the sentence before the table that opens with "Total", and in the one earlier column that
value's previous one (a warning).
A closing 附表 repeats the figures its rows name in any section when they all give one value (a warning): a row
name with a few words set in (``规模以上工业营业收入`` for 规模以上工业企业实现营业收入), or with the figure's
subject before its label, of the caption's period (the 1—10月 figure, not the month's).  A figure in a view's
sentence (``分行业看,从事制造业的农民工月均收入``) is a kind, never a repeat of the same label outside the view.
A closing 附表's total row repeats the figure of the caption's period, never one of the section its last item
opens (受理执行案件 before ``附表 2025年全市法院收结案情况``).  A table summing up the sections before it repeats,
in a row named by two or three characters (| 小学 | 186 | under | 学校数（所） |), the figure labelled with that name
alone in the column's unit (全市共有小学186所), when the text gives it one value (a warning).  A Chinese count
before the table (道路运输领域发生事故96起) repeats a bare cell of a column its label names (| 事故起数 |), the only
one or the one it equals; the text's change of it (同比下降13.5%) goes with the row's previous cell
(| 去年同期 | 111 |): ``change(96, 111) == -13.5%`` (a warning), and its previous values (去年同期分别为162起、64人)
repeat the row's previous cells.  A count alone in brackets after its noun ("followed by outdoor fires (2,315)")
may repeat its row, never one that names its own noun there ("(27,566 convictions)").  An English Total row
under year columns may repeat the lead paragraph (before any heading, or under the title's alone: "At year-end
2025, an estimated 74,900 persons were under ..."), and of several text figures naming one row, the nearest of
the cell's size is its repeat ("Probation accounted for 52,400 of these and parole for 8,300", both read as
probation's).  So may it repeat the opening of a section its table's section is under ("Main points", then "1.
Prison population" and its table), and under date columns (| 30 June 2025 |) a figure of a sentence that stands
on the date ("On 30 June 2025 ... stood at 14,862"), never one of a span ending there ("In the year to ...").
"""

from __future__ import annotations

import bisect
import re
import weakref
from collections.abc import Callable
from decimal import Decimal

from factcheck.documents.structure import Structure, Table
from factcheck.extract.links import Links, same_quantity_label
from factcheck.extract.model import (
    _ENGLISH_STOP,
    _ENGLISH_VERBS,
    _ENGLISH_WORD,
    _PERIOD_EN,
    _PERIOD_ZH,
    AVERAGE,
    CHANGE,
    CURRENT,
    NEIGHBOURS,
    PERCENT_CHANGE,
    POINTS,
    PREVIOUS,
    RATE,
    RATIO,
    SHARE,
    SPAN,
    Figure,
    Model,
    period_of,
    same_period,
)
from factcheck.extract.suggestion import INFERRED, STATED, Suggestion, say
from factcheck.quantity import Kind
from factcheck.quantity.normalize import normalize

NAME = "repeated"


def _masked_clause(model: Model, figure: Figure) -> str:
    clause = model.text[figure.window[0] : figure.window[1]]
    start = figure.start - figure.window[0]
    end = figure.end - figure.window[0]
    return normalize(clause[:start] + "#" + clause[end:]).replace(" ", "")


def _unit_class(figure: Figure) -> str:
    """What must match for two figures to be one quantity: the unit, except that an English count's noun
    ("156,818 offenses") is the label's business, so it matches a bare number in a table."""
    unit = figure.unit or ""
    if figure.quantity.kind.value in ("count", "number") and (not unit or unit.isascii()):
        return "count"
    return unit


def _roles_fit(figure: Figure, cell: Figure) -> bool:
    """Whether a text figure's role may be a cell's: the same, or a share or a rate of the text (结案率77.97%, "600
    (18.5%)", 占21.4%) in a column of percentages (| 结案率（%） |, | 比重（%） |, | % charged |), whose cells the
    table gives as plain values."""
    if figure.role == cell.role:
        return True
    return cell.role == CURRENT and cell.is_percent and figure.is_percent and figure.role in (SHARE, RATE)


def _cell_unit_fits(figure: Figure, cell: Figure) -> bool:
    """Whether a text figure may repeat a table cell: of one unit class, or a Chinese count (25起, 14236件) beside a
    bare number under a header that names no unit (| 事故起数 | 25 |)."""
    if _unit_class(figure) == _unit_class(cell):
        return True
    return cell.unit is None and cell.quantity.kind is Kind.NUMBER and figure.quantity.kind is Kind.COUNT


def _signed(figure: Figure) -> str:
    """A change as a signed value: 下降4.2% is -4.2%, as a table's -4.2 is."""
    if figure.role in (CHANGE, PERCENT_CHANGE, POINTS) and figure.direction < 0 and figure.quantity.value > 0:
        return f"-{figure.ref}"
    return figure.ref


def _compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Scopes that may be one: each of period, place and subject the same, or left unsaid on one side.  A span
    of years (五年来, 过去五年, "since 2019") is never the unsaid period, which is the report's own year."""
    for x, y in zip(a, b, strict=True):
        if x == y:
            continue
        if x and y:
            return False
        if SPAN.search(x or y):
            return False
    return True


def _same_clause(model: Model, a: Figure, b: Figure) -> bool:
    """Two clauses that read the same but for the figure, both opening their sentences (a summary line)."""
    return _masked_clause(model, a) == _masked_clause(model, b) and _lead_clause(model, a) and _lead_clause(model, b)


_SUMMARY_HEADING = re.compile(
    r"main points|summary|key (?:findings|points|facts)|overview|highlights|at a glance|headline|introduction"
    r"|概述|概况|综述|摘要|总体|总的|主要|基本情况",
    re.IGNORECASE,
)


_ENUMERATED_ZH = re.compile(r"^(?:#+\s*)?(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+[.、．])")


def _sibling_sections(model: Model, a: Figure, b: Figure) -> bool:
    """Whether two figures stand under two sibling headings (of one parent), neither of them a summary
    (主要情况, "Main points") that restates the others: a label under each heading counts its own subject."""
    if a.section == b.section or a.section < 0 or b.section < 0:
        return False
    sections = model.structure.sections
    if sections[a.section].parent != sections[b.section].parent:
        return False  # the title's lead and a section under it: the lead restates what the sections say
    for index in (a.section, b.section):
        heading = sections[index].heading
        if index == 0 or heading is None:
            return False  # the title's lead restates what the sections say
        words = model.text[heading[0] : heading[1]].strip()
        if _SUMMARY_HEADING.search(words):
            return False
        if model.language == "zh" and not _ENUMERATED_ZH.match(words):
            return False  # 忠诚担当 筑牢安全稳定防线: a theme, not a subject of its own
    return True


def _same_table(model: Model, a: Figure, b: Figure) -> bool:
    blocks = model.structure.blocks
    return a.block >= 0 and b.block >= 0 and blocks[a.block].table == blocks[b.block].table >= 0


def _sibling_items(model: Model, a: Figure, b: Figure) -> bool:
    """Whether two figures stand in two numbered items of one list (``7.水上交通发生1起、死亡6人`` and
    ``8.渔业船舶发生2起、死亡6人``): each item opens with its own subject, so one label in each counts two things."""
    if a.block == b.block or a.block < 0 or b.block < 0:
        return False
    blocks = model.structure.blocks
    marks = []
    for block in (blocks[a.block], blocks[b.block]):
        mark = _ENUMERATED_ZH.match(model.text[block.start : block.end].lstrip())
        if mark is None:
            return False
        marks.append(mark.group())
    return marks[0] != marks[1]


_RESPECTIVELY_AFTER = re.compile(r"^[^.;!?]{0,80}?\brespectively\b", re.IGNORECASE)


def _one_of_several(model: Model, figure: Figure) -> bool:
    """A figure of a list that "respectively" or 分别 spreads over several subjects ("Males and females
    experienced A and B, respectively"): each counts its own subject, never the label they share."""
    after = model.text[figure.end : figure.sentence[1]]
    before = model.text[figure.clause[0] : figure.start]
    return bool(_RESPECTIVELY_AFTER.match(after)) or ("分别" in before and "、" in before)


_DOER_ZH = re.compile(r"([\u4e00-\u9fff]{2,12})共(?:计)?(?=[\u4e00-\u9fff])")
_DOER_LEADING_ZH = re.compile(r"^(?:[\u4e00-\u9fff]{0,10}以来|同时|此外|另外|其中|全年|年内|当年|今年|去年)")


def _doer(model: Model, figure: Figure) -> str:
    """Who a Chinese sentence says did what a figure counts, in the words before 共 in the figure's sentence
    up to it (全国公安机关共破获... -> 全国公安机关, 百城共破获... -> 百城), else ''."""
    found = _DOER_ZH.findall(model.text[figure.sentence[0] : figure.start])
    return _DOER_LEADING_ZH.sub("", found[-1]) if found else ""


def _other_subjects(model: Model, a: Figure, b: Figure) -> bool:
    """Two figures whose sentences each name who did it, neither naming the other (全国公安机关 and 百城)."""
    x, y = _doer(model, a), _doer(model, b)
    return len(x) >= 2 and len(y) >= 2 and x not in y and y not in x


def _far_apart(a: Figure, b: Figure) -> bool:
    """Values more than 50% apart: a restatement slips a digit or a copy and keeps its magnitude; two figures
    that far apart are two quantities of similar words (custody against jurisdiction, a sector against the
    total, two years), never one written twice."""
    x, y = abs(a.quantity.value * a.scale), abs(b.quantity.value * b.scale)
    return min(x, y) * Decimal("1.5") < max(x, y)


_PERIOD_WORDS_EN = re.compile(
    r"^(?:january|february|march|april|may|june|july|august|september|october|november|december|quarter|month|"
    r"months|week|weeks|ending|end|yearend|year-end|annual|financial|calendar)$"
)


def _measure_words(model: Model, figure: Figure) -> set[str]:
    """The words of an English figure's clause that say what it measures (its head noun and qualifiers:
    jurisdiction, custody, sentenced, admissions), as five-letter stems; periods and verbs of saying left out."""
    clause = model.text[figure.clause[0] : figure.clause[1]]
    words = (w.lower() for w in _ENGLISH_WORD.findall(clause))
    return {w[:5] for w in words if len(w) > 2 and w not in _MEASURE_STOP and not _PERIOD_WORDS_EN.match(w)}


_MEASURE_STOP = (_ENGLISH_STOP | _ENGLISH_VERBS) - {"under", "over"}


def _other_measures(model: Model, a: Figure, b: Figure) -> bool:
    """Two English figures of one label whose clauses each qualify it with words the other lacks ("in the
    custody of" against "with sentences of more than one year", "admitted" against "released"): two measures.
    A short restatement whose words the other clause all holds ("Offences: 74,600") may still be a repeat."""
    x, y = _measure_words(model, a), _measure_words(model, b)
    return bool(x - y) and bool(y - x)


def _lead_clause(model: Model, figure: Figure) -> bool:
    """Whether ``figure``'s clause opens its sentence: a summary line and the body's lead say it whole."""
    prefix = model.text[figure.sentence[0] : figure.clause[0]]
    if len(prefix) > 40:
        return False
    # 一年来, 2023年, "In 2023,": a clause that only names the period still leaves the figure's clause the lead.
    prefix = _PERIOD_ZH.sub("", _PERIOD_EN.sub("", prefix))
    return len(prefix.strip(" ，,、：:\u3000")) <= 4


def find(model: Model, links: Links) -> list[Suggestion]:
    out: list[Suggestion] = []
    seen: dict[tuple[str, ...], list[Figure]] = {}
    english = model.language == "en"
    family: dict[int, set[int]] = {}
    for number, breakdown in enumerate(links.breakdowns):
        for member in (breakdown.total, *breakdown.parts):
            family.setdefault(member.number, set()).add(number)
    for figure in model.figures:
        if figure.duplicate or figure.aside or figure.role == RATIO or _one_of_several(model, figure):
            continue
        label = same_quantity_label(figure.label, english)
        specific = len(label.split()) >= 2 if english else len(label) >= 3
        if not specific:
            continue
        role = CURRENT if figure.role == AVERAGE else figure.role  # 人均可支配收入 in the text and its table
        key = (label, role, _unit_class(figure))
        firsts = seen.setdefault(key, [])
        # the first figure of one scope that is near this one's value (412起 and 3018起 are two quantities):
        # a figure of this name but far from every earlier one starts another
        near = [f for f in firsts if not _far_apart(f, figure)]
        exact = next((f for f in near if f.scope == figure.scope), None)
        earlier = exact or next((f for f in near if _compatible(f.scope, figure.scope)), None)
        if exact is None and len(firsts) < 8:
            firsts.append(figure)
        if earlier is None or earlier.sentence == figure.sentence:
            continue
        if family.get(earlier.number, set()) & family.get(figure.number, set()):
            continue  # a part and its total, or two parts of one total, are never one quantity
        same_clause = _same_clause(model, earlier, figure)
        if earlier.block == figure.block and not same_clause and earlier.in_table == figure.in_table:
            continue  # 办结率88.9% ... 办结率97.1% in one paragraph: two rates of two things, not one restated
        if earlier.in_table and figure.in_table and _same_table(model, earlier, figure):
            continue  # two cells of one table are two things, never one figure stated twice
        if not earlier.in_table and not figure.in_table and _sibling_sections(model, earlier, figure):
            continue  # 重刑率 under 刑事审判 and under 少年审判; "median time" under Crown Court and Magistrates'
        if not earlier.in_table and not figure.in_table and _sibling_items(model, earlier, figure):
            continue  # 死亡和下落不明 in item 7 (水上交通) and in item 8 (渔业船舶)
        if not english and _other_subjects(model, earlier, figure):
            continue  # 全国公安机关共破获... against 百城共破获...: each sentence names who did it
        if (
            not english
            and not (earlier.in_table or figure.in_table)
            and _in_view(model, figure) != _in_view(model, earlier)
        ):
            continue  # 农民工月均收入4962元 against 分行业看,从事制造业的农民工月均收入5103元: a kind of the view
        if (
            english
            and not same_clause
            and not (earlier.in_table or figure.in_table)
            and _other_measures(model, earlier, figure)
        ):
            continue  # "prisoners ... in custody" against "prisoners ... with sentences": two measures
        out.append(
            Suggestion(
                NAME,
                f"{figure.id}-repeats-{earlier.id}",
                f"{_signed(figure)} == {_signed(earlier)}",
                say(
                    model.language,
                    f"“{earlier.label}”前后两处应一致:{earlier.text}与{figure.text}",
                    f"'{earlier.label}' is stated twice and must agree: {earlier.text} and {figure.text}",
                ),
                (earlier, figure),
                severity=STATED if same_clause or earlier.in_table != figure.in_table else INFERRED,
            )
        )
    out.extend(_restated_totals(model, {id(f) for s in out for f in s.figures}))
    out.extend(_table_twins(model, links, {id(s.figures[0]): s for s in out}, {id(s.figures[1]) for s in out}))
    out.extend(_changes_across(model, links, out))
    return out


def _changes_across(model: Model, links: Links, repeats: list[Suggestion]) -> list[Suggestion]:
    """道路运输领域发生事故96起,同比下降13.5% and | 道路运输 | 96 | 111 | under | 事故起数 | 去年同期 |: a cell that
    repeats a text figure takes the change the text gives that figure, and the text figure the previous value
    its row gives, so the two together say how it changed: ``change(96, 111) == -13.5%`` (a warning: the table's
    column and the text's comparison are taken to be on one period)."""
    from factcheck.extract.links import Group
    from factcheck.extract.patterns.change import find_group

    groups = {id(g.current): g for g in links.groups}
    out: list[Suggestion] = []
    for repeat in repeats:
        if len(repeat.figures) != 2 or repeat.figures[0].in_table == repeat.figures[1].in_table:
            continue
        text_figure, cell = sorted(repeat.figures, key=lambda f: f.in_table)
        if cell.role != CURRENT or text_figure.role != CURRENT:
            continue
        told, given = groups.get(id(text_figure)), groups.get(id(cell))
        if told is None or given is None or given.previous is None:
            continue
        if told.previous is not None:
            # (去年同期分别为162起、64人) and | 合计 | 142 | 162 | 58 | 64 |: the previous values repeat each other too
            if told.previous.role == PREVIOUS and _cell_unit_fits(told.previous, given.previous):
                out.append(_twin_rule(model, given.previous, told.previous, repeat.severity == STATED))
            continue
        if given.change is not None or given.percent is not None or (told.percent is None and told.change is None):
            continue
        merged = Group(cell, given.previous, told.change, told.percent, stated=False)
        out.extend(s for s in find_group(model, merged) if s.check)
    return out


_OF_THE_EN = re.compile(r"\s*(?:of|among) the\s+(?:about\s+|some\s+)?$", re.IGNORECASE)
_VIEW_OPENING_ZH = re.compile(r"\s*(?:从[^，,。]{1,10}(?:看|来看|上看)|分[^，,。]{1,6}看|按[^，,。]{1,8}分)[，,:：]")


def _in_view(model: Model, figure: Figure) -> bool:
    """Whether a figure's sentence opens with a view (分行业看, 从年龄结构看, 按经营地分): its figures are kinds."""
    return _VIEW_OPENING_ZH.match(model.text, figure.sentence[0], figure.start) is not None


def _restated_totals(model: Model, paired: set[int]) -> list[Suggestion]:
    """ "Of the 6.6 million, 2.2 million were ...": the total a sentence opens with restates the figure of
    the same value written before it in its paragraph (about 6.6 million violent victimizations)."""
    if model.language != "en":
        return []
    out: list[Suggestion] = []
    for figure in model.figures:
        if id(figure) in paired or figure.duplicate or figure.aside or figure.at_sentence != 0:
            continue
        if not _OF_THE_EN.fullmatch(model.text[figure.sentence[0] : figure.start]):
            continue
        earlier = [
            f
            for f in model.figures[max(0, figure.number - NEIGHBOURS) : figure.number]
            if f.section == figure.section
            and not f.aside
            and f.is_amount
            and abs(f.quantity.value * f.scale - figure.quantity.value * figure.scale)
            <= abs(figure.quantity.value * figure.scale) / 10  # near: a typo in either stays a finding
            and (f.unit == figure.unit or None in (f.unit, figure.unit))
            and f.role == CURRENT
        ]
        same = [f for f in earlier if f.quantity.value * f.scale == figure.quantity.value * figure.scale]
        earlier = same if len(same) == 1 else earlier  # several near ones: the one written alike, if any
        if not earlier:
            # "Of the 65,540 offences" under a later heading: the one figure written alike before it
            earlier = [
                f
                for f in model.figures[max(0, figure.number - 200) : figure.number]
                if not f.aside
                and not f.in_table
                and f.role == CURRENT
                and f.text == figure.text
                and (not f.period or not figure.period or f.period == figure.period)
            ]
        if len(earlier) != 1:
            continue
        out.append(
            Suggestion(
                NAME,
                f"{figure.id}-repeats-{earlier[0].id}",
                f"{_signed(figure)} == {_signed(earlier[0])}",
                f"'Of the {figure.text}' restates {earlier[0].text}",
                (earlier[0], figure),
                severity=INFERRED,
            )
        )
    return out


def _table_twins(model: Model, links: Links, already: dict[int, Suggestion], linked: set[int]) -> list[Suggestion]:
    """| 城镇 | 268.91 | 7.0 | under 城镇消费品零售额268.91亿元,增长7.0% just before the table: a cell whose row
    names the start of a text figure's label (or all of it), in the same section, of the same role and unit,
    repeats the nearest such figure before the table."""
    out: list[Suggestion] = []
    english = model.language == "en"
    anchors: dict[int, Figure] = {}  # table row (its block) -> the text figure its row name matched
    matched: dict[tuple[int, int], list[Figure]] = {}  # (table, column) -> the text figures its rows repeat

    def _column_of(model: Model, cell: Figure) -> list[Figure]:
        return matched.get(_column_key(model, cell), [])

    # | 其中：住宅 | under 房地产开发投资, 房屋施工面积 and 商品房销售额 alike: a row name set in under several rows
    # names no one quantity; such a row repeats a text figure only when that figure is a part of the text's
    # figure for the row it is set under (住宅投资962.3亿元 of 房地产开发投资)
    row_blocks: dict[tuple[int, str], set[int]] = {}
    for figure in model.figures:
        if figure.in_table and figure.block >= 0 and figure.row:
            table = model.structure.blocks[figure.block].table
            row_blocks.setdefault((table, figure.row), set()).add(figure.block)
    parent_row = {p.block: b.total.row for b in links.breakdowns if b.total.in_table for p in b.parts}
    total_twins: dict[int, tuple[Figure, Figure, bool]] = {}  # a total row (its block) -> its current cell's twin
    for paired in already.values():  # a total row's cell the text repeats by its label (合计企业数 and 2418家)
        text_figure, cell = paired.figures[0], paired.figures[1]
        row = cell.row.lower() if english else cell.row
        if cell.in_table and not text_figure.in_table and cell.role == CURRENT and _TOTAL_ROW.match(row):
            total_twins.setdefault(cell.block, (cell, text_figure, paired.severity == STATED))
    prose_sections = {f.section for f in model.figures if not f.in_table}
    summed_joint: set[int] = set()  # text figures that name rows together, summed once
    text_total = {id(p): b.total for b in links.breakdowns if not b.total.in_table for p in b.parts}

    for cell in model.figures:
        if not cell.in_table or len(cell.row) < 2 or id(cell) in linked or cell.duplicate:
            continue
        row = cell.row.lower() if english else cell.row
        if _TOTAL_ROW.match(row):
            twin = _total_twin(model, cell)
            if twin is not None and _another_cell_repeats(model, cell, twin):
                continue  # | 合计 | 380000 | 384510 | under 预算数 and 执行数: 38.45亿元 is the 执行数 cell's
            if twin is not None:
                # a total of another section, matched by the caption's period: inferred, a warning
                out.append(_twin_rule(model, cell, twin, twin.section == cell.section))
                if cell.role == CURRENT:
                    total_twins.setdefault(cell.block, (cell, twin, twin.section == cell.section))
            elif english:
                # the rows above repeat the parts of one breakdown of the text: the total row repeats its total
                column = _column_of(model, cell)
                totals = {
                    id(b.total): b.total
                    for b in links.breakdowns
                    if not b.total.in_table
                    and column
                    and all(any(p is t for p in b.parts) for t in column)
                    and len(column) >= 2
                }
                if len(totals) == 1:
                    (total,) = totals.values()
                    if total.unit == cell.unit or None in (total.unit, cell.unit):
                        out.append(_twin_rule(model, cell, total, False))
                        if cell.role == CURRENT:
                            total_twins.setdefault(cell.block, (cell, total, False))
                else:
                    opened = _total_of_period_columns(model, cell)  # "Total generation fell to 12.4 TWh, from ..."
                    if opened is not None:
                        out.append(_twin_rule(model, cell, opened, False))
            continue
        # the text figures before the table that could repeat this cell: same role and unit, not an aside
        prose = [
            f
            for f in model.figures[max(0, cell.number - 400) : cell.number]
            if not f.in_table
            and _roles_fit(f, cell)
            and (_cell_unit_fits(f, cell) if not english else _unit_class(f) == _unit_class(cell))
            and (not f.aside or _bracketed_alone(model, f))
        ]
        joint = [f for f in prose if _joint_rows(model, cell, f)]
        prose = [f for f in prose if f not in joint]
        for figure in joint:
            if id(figure) not in summed_joint and figure.section == cell.section:
                rule = _joint_rule(model, cell, figure)
                if rule is not None:
                    summed_joint.add(id(figure))
                    out.append(rule)
        twins = [
            f
            for f in prose
            if f.section == cell.section and (_names_row_zh(f, row) if not english else _names_row(f.label, row, True))
        ]
        if not english and len(twins) > 1:
            twins = _of_period(cell, twins)
        if not twins and english and cell.section not in prose_sections:
            # "## Summary table" holding only its table: the table sums up the text before it, in any section
            twins = [f for f in prose if _names_row(f.label, row, english)]
        if any(f.label.startswith(row) for f in twins):
            twins = [f for f in twins if f.label.startswith(row)]  # 常住人口96.48万人 over 城镇常住人口58.32万人
        # 道路运输领域发生事故96起 and | 道路运输 | 96 | under | 事故起数 |: a count of the text repeats a bare cell
        # of a column its label names (the only one, or the one it equals)
        twins = [f for f in twins if _unit_class(f) == _unit_class(cell) or _names_bare_column(model, cell, f)]
        twins = [
            f for f in twins if not _row_qualifies(model, cell, f.label, row) and _measures_row(model, cell, f, row)
        ]
        if twins and english and _row_of_alike_columns(model, cell):
            # | UK | 69% | 81% | under | Full fibre | Gigabit-capable |: "4G coverage reaches 79% of the UK
            # landmass" names the row and, in its clause, neither column: the cell of no column
            grid = model.structure.tables[model.structure.blocks[cell.block].table]
            own, others = _english_column_words(model, grid, model.cell_column(cell))
            twins = [f for f in twins if _english_stems(model.text[f.clause[0] : f.clause[1]]) & (own | others)]
        if not twins:
            # the table first, then the text on it: "Theft offences fell by 5% to 21,230" in the paragraph after it
            twins = [
                f
                for f in _after_table(model, cell, fits=None if english else _cell_unit_fits)
                if f.section == cell.section and _names_row(f.label, row, english)
            ][:1]
        if not twins and not english and cell.role == CURRENT and cell.is_amount:
            nearby = model.figures[max(0, cell.number - 400) : cell.number] + _after_table(
                model, cell, fits=_cell_unit_fits
            )
            twins = _place_twins(model, cell, [f for f in nearby if not f.in_table and _cell_unit_fits(f, cell)])
        if twins and not english and cell.role == CURRENT and cell.is_amount:
            # | 刑事 | 1023 | 912 | under | 收案 | 结案 |: the 结案 cell repeats no 收案 figure of the text
            own, others = _column_words(model, cell)
            # 一般公共预算收入 under | 预算数 | 执行数 |: the words of the row's own name name no column
            twins = [f for f in twins if not _names_other_column(_bigrams(f.label) - _bigrams(cell.row), own, others)]
        if len(row_blocks.get((model.structure.blocks[cell.block].table, cell.row), ())) > 1:
            parent = parent_row.get(cell.block, "")
            twins = [f for f in twins if _part_of_named(text_total.get(id(f.owner or f)), parent)]
            if not twins:
                continue
        inferred = False
        if not twins and english:
            # a sentence that opens with the row's name, the only one in the text before the table
            named = [f for f in prose if _opens_with(model, f, row)]
            if len({f.sentence for f in named}) == 1:
                # "Employment tribunals received 11,842 claims and disposed of 10,390": the figure named like
                # the cell's column (| Disposals |), else the sentence's first
                of_cell = model.structure.tables[model.structure.blocks[cell.block].table]
                own = _english_column_words(model, of_cell, model.cell_column(cell))[0]
                # ("General medicine admitted 43,519 patients, 41,208 of them as emergencies": its clause's words)
                named = [
                    f
                    for f in named
                    if _english_stems(f"{f.label} {_noun_after(model, f)} {_own_words(model, f, named)}") & own
                ] or named
                twins, inferred = named[:1], True  # matched by the sentence, not the label: a warning
            else:
                # a table at the end of the bulletin, under a heading of its own: the figures of the row's
                # name before it, in any section, when they all give one value (a warning)
                name = same_quantity_label(row, True)
                # (or named as _names_row reads a label, "The council's net revenue budget" and | Net revenue budget |,
                # in a row whose cells are not alike: | UK | 69% | 81% | is named with a column, or not at all)
                alike = _row_of_alike_columns(model, cell)
                labelled = [
                    f
                    for f in prose
                    if same_quantity_label(f.label, True) == name or (not alike and _names_row(f.label, row, True))
                ]
                if len({f.quantity.value * f.scale for f in labelled}) == 1:
                    twins, inferred = labelled[:1], True
        if not twins and english and cell.role == CURRENT:
            twins = _only_in_naming_sentence(model, cell, row, prose)
            inferred = inferred or bool(twins)
        if not twins and not english and len(re.sub(r"^其中[:：]\s*", "", row)) >= 4:
            # 附表 at the end of a brief whose sections are 一、工业生产。…三、财政金融。: the text figures the row
            # names in any section, of the caption's period, when they all give one value (a warning)
            # (a row of two counts, | 刑事 | 1023 | 912 | under 收案 and 结案, is for the text's words to say)
            # (人均工资性收入21930元 and | 工资性收入 | under a table of 人均 figures: a per-head amount is its row's)
            per_head = [
                f
                for f in model.figures[max(0, cell.number - 400) : cell.number]
                if not f.in_table
                and f.role == AVERAGE
                and cell.role == CURRENT
                and not cell.is_percent
                and _unit_class(f) == _unit_class(cell)
                and not f.aside
            ]
            named = _of_period(
                cell, [f for f in [*prose, *per_head] if f.role in (cell.role, AVERAGE) and _names_row_zh(f, row)]
            )
            if (
                named
                and len({f.quantity.value * f.scale for f in named}) == 1
                and not _row_of_alike_columns(model, cell)
            ):
                twins, inferred = named[-1:], True
        if not twins and not english and cell.role == CURRENT and cell.unit and 2 <= len(row) < 4:
            # | 小学 | 186 | under | 学校数（所） | in a table that sums up the sections before it: 全市共有小学186所 of
            # another section, labelled with the row's name alone and in the unit the column names, when the text
            # gives it one value (a warning)
            named = _of_period(cell, [f for f in prose if f.label == row and f.unit == cell.unit])
            if (
                named
                and len({f.quantity.value * f.scale for f in named}) == 1
                and not _row_of_alike_columns(model, cell)
            ):
                twins, inferred = named[-1:], True
        if not twins:
            anchor = anchors.get(cell.block)
            column_twin = _column_twin(model, cell, anchor) if anchor is not None else None
            if column_twin is not None:
                out.append(_twin_rule(model, cell, column_twin))
            continue
        # "Probation accounted for 109,300 of these and parole for 19,600", both read as probation's: of several
        # figures naming the row, the nearest of the cell's size (one more than 50% from it is another count)
        twin = next((f for f in reversed(twins) if not _far_apart(f, cell)), twins[-1]) if english else twins[-1]
        if _another_cell_repeats(model, cell, twin):
            continue  # | 税收收入 | 285000 | 291360 | under 预算数 and 执行数: 税收收入29.14亿元 is the 执行数 cell's
        if english and _far_apart(twin, cell):
            # | Sentenced | 35,800 | under Receptions, after "the sentenced population ... 73,700": another count
            continue
        anchors.setdefault(cell.block, twin)
        if cell.role == CURRENT:
            matched.setdefault(_column_key(model, cell), []).append(twin)
        if id(twin) in already and already[id(twin)].figures[1] is cell:
            continue
        out.append(_twin_rule(model, cell, twin, not inferred))
    ruled = {id(s.figures[1]) for s in out}
    out.extend(r for r in _row_mates(model, links, total_twins) if id(r.figures[1]) not in ruled | linked)
    return out


def _only_in_naming_sentence(model: Model, cell: Figure, row: str, prose: list[Figure]) -> list[Figure]:
    """ "The number held for drug offences rose by 182 to 4,398" over | Drug offences | 4,216 | 4,398 |: the one
    figure of the cell's role and unit in the one sentence of the section that names the row (a name of two
    words at least) and no other row of its table, whatever its label (a warning)."""
    if " " not in row.strip():
        return []
    if _row_of_alike_columns(model, cell):
        # | 2026 | of which: female |: the row's first count is the one the text names it by
        first = next((f for f in model.block_figures(cell.block) if f.role == cell.role), None)
        if cell.is_percent or first is not cell:
            return []
    structure = model.structure
    table = structure.tables[structure.blocks[cell.block].table]
    others = {
        model.text[r.cells[0][0] : r.cells[0][1]].strip().lower()
        for i, r in enumerate(table.rows)
        if r.cells and i != table.header
    } - {row}
    others = {_FOOTNOTE_NAME.sub("", o).strip() for o in others if len(o) >= 4}
    naming: dict[tuple[int, int], list[Figure]] = {}
    for figure in prose:
        if figure.section != cell.section:
            continue
        sentence = model.text[figure.sentence[0] : figure.sentence[1]].lower()
        if re.search(rf"\b{re.escape(row)}\b", sentence) and not any(o and o in sentence for o in others):
            naming.setdefault(figure.sentence, []).append(figure)
    if len(naming) != 1:
        return []
    (figures,) = naming.values()
    alike = [f for f in figures if f.role == cell.role]
    return alike if len(alike) == 1 else []


_FOOTNOTE_NAME = re.compile(r"\s*(?:\[(?:note\s*)?\w{1,3}\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\*+)\s*$")


def _row_of_alike_columns(model: Model, cell: Figure) -> bool:
    """Whether a cell's row holds another cell of its kind and role (two percentages, two counts, neither a
    change nor last year's): which column a text figure repeats is then for its words to say, not the row's name."""
    kind = _unit_class(cell)
    row = model.block_figures(cell.block)
    return any(f is not cell and _unit_class(f) == kind and f.role == cell.role for f in row)


def _names_row(label: str, row: str, english: bool) -> bool:
    """Whether a text figure's label names a table row: it starts with the row's name, or (in Chinese, a name of
    four characters or more) ends with it (金融机构本外币各项存款余额 and | 各项存款余额 |)."""
    if english:
        # "Public sector net borrowing was ..." and | Net borrowing |: a name of two words or more ending it
        # "The council's net revenue budget" and | Net revenue budget |: the owner before a possessive is no
        # word of the name
        lowered = label.lower()
        labels = {lowered, re.sub(r"^(?:the\s+)?[\w.-]+(?:'s|’s|s')\s+", "", lowered)}
        return any(name.startswith(row) or (" " in row and name.endswith(" " + row)) for name in labels)
    row = re.sub(r"^其中[:：]\s*", "", row)  # | 其中：限额以上单位 | names 限额以上单位消费品零售额
    # | 年末生猪存栏 | names 年末生猪存栏148.6万头, whose label is 生猪存栏
    row = re.sub(r"^(?:年末|年底|年初|全年|期末)(?=..)", "", row)
    # | 医疗卫生机构合计 | names 医疗卫生机构2580个: the total of what it names
    row = re.sub(r"(?<=..)(?:合计|总计)$", "", row)
    if label.startswith(row) or (len(row) >= 4 and label.endswith(row)):
        return True
    if len(row) >= 4 and re.sub(r"(?:余额|总额)$", "", label).endswith(row):
        return True  # 金融机构本外币各项存款余额 and | 各项存款 | under | 年末余额 |: the column names the 余额
    # | 规模以上工业营业收入 | and 规模以上工业企业实现营业收入: the row's name with a few words set in
    return (
        len(row) >= 6
        and 0 < len(label) - len(row) <= 4
        and any(label.startswith(row[:i]) and label.endswith(row[i:]) for i in range(3, len(row) - 1))
    )


def _names_row_zh(figure: Figure, row: str) -> bool:
    """Whether a Chinese text figure names a row by its label, or by its label after its subject (规模以上工业企业
    实现…利润总额18.73亿元 and | 规模以上工业利润总额 |), or after the whole it is of (规模以上工业原煤产量 and
    | 原煤 |)."""
    if _names_row(figure.label, row, False) or (
        bool(figure.subject) and _names_row(figure.subject + figure.label, row, False)
    ):
        return True
    bare = _SCOPE_PREFIX.sub("", figure.label)
    return bare != figure.label and len(row) >= 2 and bare.startswith(re.sub(r"^其中[:：]\s*", "", row))


def _joint_rule(model: Model, cell: Figure, figure: Figure) -> Suggestion | None:
    """风电和太阳能发电合计92.1亿千瓦时 over | 风电 | 55.6 | and | 太阳能发电 | 36.5 |: the cells of the rows it
    names, in the cell's column, add up to it."""
    if figure.role != CURRENT or not figure.is_amount or figure.is_percent:
        return None  # a joint growth rate (增长24.6%) is no sum of the rows' rates
    names = _joint_rows(model, cell, figure)
    column = model.cell_column(cell)
    cells = []
    for name in names:
        found = [
            f
            for f in model.figures
            if f.in_table
            and f.block >= 0
            and model.structure.blocks[f.block].table == model.structure.blocks[cell.block].table
            and re.sub(r"^其中[:：]\s*", "", f.row.strip()).lower() == name
            and model.cell_column(f) == column
        ]
        if len(found) != 1 or not _cell_unit_fits(figure, found[0]) or found[0].role != figure.role:
            return None
        cells.extend(found)
    return Suggestion(
        NAME,
        f"{figure.id}-sums-rows",
        f"{' + '.join(_signed(c) for c in cells)} == {_signed(figure)}",
        say(
            model.language,
            f"正文{figure.text}应等于表中{'、'.join(c.row for c in cells)}之和",
            f"the text's {figure.text} must equal the sum of the table's {', '.join(c.row for c in cells)}",
        ),
        (figure, *cells),
        severity=STATED,
    )


# The whole a Chinese label opens with before what it counts: 全市, 全年, 规模以上工业 (原煤产量 of 规模以上工业), 人均
# (人均食品烟酒消费支出 under a table of 人均 figures, | 食品烟酒 |)
_SCOPE_PREFIX = re.compile(r"^(?:全(?:市|县|省|区|年)|规模以上工业|规上工业|(?:全体居民)?人均)+")


def _joint_rows(model: Model, cell: Figure, figure: Figure) -> list[str]:
    """The rows of the cell's table a text figure names together (风电和太阳能发电合计92.1亿千瓦时 names | 风电 | and
    | 太阳能发电 |; "wind and solar generation"), when it names two or more: a sum of rows, never one row's value."""
    block = model.structure.blocks[cell.block]
    table = model.structure.tables[block.table]
    text = model.text
    label = figure.label.lower()
    if not re.search(r"[和与及、]|\band\b", label):
        return []
    names = []
    for row in table.rows:
        if not row.cells:
            continue
        name = re.sub(r"^其中[:：]\s*", "", text[row.cells[0][0] : row.cells[0][1]].strip()).lower()
        if len(name) >= 2 and name in label and name not in names:
            names.append(name)
    # 太阳能发电 holds no 风电, but | 发电量 | is in neither name's place: keep the names no other name contains
    names = [n for n in names if not any(n != m and n in m for m in names)]
    return names if len(names) >= 2 else []


def _of_period(cell: Figure, figures: list[Figure]) -> list[Figure]:
    """The figures of a cell's period when some are (| 社会消费品零售总额 | 146.38 | under a 1—10月 caption: the
    text's 1—10月 figure, not the month's 15.92亿元), else all of them."""
    if not cell.period:
        return figures
    same = [f for f in figures if f.period and same_period(f.period, cell.period)]
    return same or figures


def _place_twins(model: Model, cell: Figure, candidates: list[Figure]) -> list[Figure]:
    """| 石门县 | 25 | 2 | 22 | under | 事故起数 | 其中：较大事故 | 死亡人数 |, and 石门县发生事故25起: a row named for
    a place repeats the figure of that place whose label names the cell's column (a word of two characters in
    common); where it names two columns, only the cell it equals (none when it equals neither)."""
    block = model.structure.blocks[cell.block]
    table = model.structure.tables[block.table]
    row = cell.row
    cells = [f for f in model.block_figures(cell.block) if f.is_amount and f.role == CURRENT and not f.duplicate]

    def words(figure: Figure) -> set[str]:
        header = table.column_header(model.text, model.cell_column(figure))
        header = re.sub(r"[（(][^）)]*[）)]|\d+年?|[月日季度]|^其中[:：]?", "", header)
        return _bigrams(header) - _GENERIC_HEADER_WORDS

    for figure in reversed(candidates):
        place = figure.place
        if len(place) < 2 or not (row.startswith(place) or place.startswith(row)) or figure.section != cell.section:
            continue
        label = _bigrams(figure.label) - _bigrams(place)
        named = [f for f in cells if words(f) & label]
        if cell not in named:
            continue
        if len(named) > 1 and not any(_agrees(f, figure) for f in named):
            continue  # 石门县发生事故26起 beside | 25 | 2 |: which column it means the text does not say
        return [figure]
    return []


def _names_bare_column(model: Model, cell: Figure, figure: Figure) -> bool:
    """Whether a Chinese count of the text (96起) names the column of a bare cell of its row (| 事故起数 |, a word
    of two characters in common, its row's name aside) and, if it names another column of the row too
    (| 其中：较大事故 |), equals this cell's."""
    table = model.structure.tables[model.structure.blocks[cell.block].table]
    cells = [f for f in model.block_figures(cell.block) if f.is_amount and f.role == cell.role and not f.duplicate]

    def words(of: Figure) -> set[str]:
        header = table.column_header(model.text, model.cell_column(of))
        header = re.sub(r"[（(][^）)]*[）)]|\d+年?|[月日季度]|^其中[:：]?", "", header)
        return _bigrams(header) - _GENERIC_HEADER_WORDS

    label = _bigrams(figure.label) - _bigrams(cell.row)
    named = [f for f in cells if words(f) & label]
    return cell in named and (len(named) == 1 or _agrees(cell, figure))


def _measures_row(model: Model, cell: Figure, figure: Figure, row: str) -> bool:
    """Whether a text share or rate taken for a cell of a percentage column measures the row itself: its label
    opens with the row's name and names no other row after it (常住人口城镇化率 is the 城镇 row's share, not the
    常住人口 row's), and the cell is no 100 (the whole the column divides)."""
    if figure.role == cell.role:
        return True
    if not figure.label.lower().startswith(row) or cell.quantity.value == 100:
        return False
    return not _row_qualifies(model, cell, figure.label[len(row) :] + row, row)


def _row_qualifies(model: Model, cell: Figure, label: str, row: str) -> bool:
    """Whether the words of a label before the row's name are another row's name of the table: 城镇常住人口 is the
    城镇 row's figure, not the 常住人口 row's."""
    if not label.endswith(row) or label.startswith(row):
        return False
    before = label[: len(label) - len(row)]
    rows = _row_names(model).get(model.structure.blocks[cell.block].table, set())
    return any(len(name) >= 2 and before.endswith(name) for name in rows)


_ROW_NAMES: weakref.WeakKeyDictionary[Structure, dict[int, set[str]]] = weakref.WeakKeyDictionary()


def _row_names(model: Model) -> dict[int, set[str]]:
    """Each table's row names (its cells' rows), read once per text (kept with its structure)."""
    names = _ROW_NAMES.get(model.structure)
    if names is None:
        names = {}
        for figure in model.figures:
            if figure.in_table and figure.block >= 0 and figure.row:
                names.setdefault(model.structure.blocks[figure.block].table, set()).add(figure.row)
        _ROW_NAMES[model.structure] = names
    return names


def _after_table(model: Model, cell: Figure, fits: Callable[[Figure, Figure], bool] | None = None) -> list[Figure]:
    """The text figures of the two blocks right after a cell's table (never past another table) that could repeat
    it: of its role and unit, not in an aside."""
    table = model.structure.tables[model.structure.blocks[cell.block].table]
    out: list[Figure] = []
    blocks: set[int] = set()
    first = bisect.bisect_left(model.figures, table.end, lo=cell.number + 1, key=lambda f: f.start)
    for figure in model.figures[first : first + 100]:
        if figure.in_table:
            break
        blocks.add(figure.block)
        if len(blocks) > 2:
            break
        fit = fits(figure, cell) if fits is not None else _unit_class(figure) == _unit_class(cell)
        if _roles_fit(figure, cell) and fit and not figure.aside:
            out.append(figure)
    return out


_GENERIC_HEADER_WORDS = frozenset(
    ("数量", "数值", "合计", "总计", "件数", "人数", "金额", "本年", "上年", "去年", "同期")
)
# words of an English header that say how a column counts, not what: | Number of complaints | Total cost |
_GENERIC_ENGLISH_HEADER_WORDS = frozenset(("number", "total", "count", "amount", "value", "figure", "change"))
# what a header's column counts when its other words say which of them: | People leaving | Persons detained |
_COUNTED_ENGLISH_HEADER_WORDS = frozenset(("people", "person"))


def _column_words(model: Model, cell: Figure) -> tuple[set[str], set[str]]:
    """The words (two characters) of a cell's column header and of the table's other column headers, when its
    row holds figures in two columns or more: what each column counts (收案, 结案), not a period or a unit."""
    block = model.structure.blocks[cell.block]
    table = model.structure.tables[block.table] if block.table >= 0 else None
    if table is None or sum(1 for f in model.block_figures(cell.block) if f.is_amount) < 2:
        return set(), set()
    column = model.cell_column(cell)
    own: set[str] = set()
    others: set[str] = set()
    for index in range(1, len(block.cells)):
        header = re.sub(r"[（(][^）)]*[）)]|\d+年?|[月日季度]", "", table.column_header(model.text, index)).strip()
        words = _bigrams(header) - _GENERIC_HEADER_WORDS
        (own if index == column else others).update(w for w in words if all("\u4e00" <= c <= "\u9fff" for c in w))
    return own, others - own


def _names_other_column(label: str | set[str], own: set[str], others: set[str]) -> bool:
    """Whether a text figure's label names what another column counts and not what this one does (a Chinese
    label is cut into its words of two characters; an English one comes as its stems)."""
    words = _bigrams(label) if isinstance(label, str) else label
    return bool(words & others) and not words & own


def _names_column(model: Model, figure: Figure, cell: Figure, name: str, own: set[str], others: set[str]) -> bool:
    """Whether a text figure names what a table's column counts: a Chinese label holds the header's first two
    characters; an English label, unit or noun shares a stem with the header (3,412 complaints ~ Complaints,
    never "completed 3,270" or "17 companies", which start alike), and in the cell's unit ("$46.5 billion" is no
    cell of a "$m" column read as a bare 46,500)."""
    if model.language != "en":
        return name in figure.label.lower()
    if _unit_class(figure) != _unit_class(cell):
        return False
    stems = _english_stems(f"{figure.label} {figure.unit or ''} {_noun_after(model, figure)}")
    return bool(stems & own) and not _names_other_column(stems, own, others)


def _clause_words(model: Model, figure: Figure) -> str:
    """The words of an English figure's clause before it and just after it (up to the clause's end, 40 characters
    at most): "the trust employed" and "full-time equivalent (FTE) staff"."""
    after = model.text[figure.end : min(figure.clause[1], figure.end + 40)]
    return f"{_words_before(model, figure)} {after}"


def _own_words(model: Model, figure: Figure, others: list[Figure]) -> str:
    """The words of a figure's clause before it, and after it when no figure follows it in its sentence
    ("41,208 of them as emergencies"; "a trained strength of 75,983", never "against a requirement of" the
    figure after it)."""
    if any(f.start > figure.start for f in others):
        return _words_before(model, figure)
    return f"{_words_before(model, figure)} {model.text[figure.end : min(figure.clause[1], figure.end + 40)]}"


def _words_before(model: Model, figure: Figure) -> str:
    """The words of an English figure's clause before it ("Pension Credit was paid to" 1.41 million)."""
    return model.text[figure.clause[0] : figure.start]


def _noun_after(model: Model, figure: Figure) -> str:
    """The words (two at most, in lower case) just after an English figure: what it counts ("owned 1,184,300
    homes", "received 48,320 undergraduate applications"), or nothing."""
    noun = re.match(r"\s*[a-z]+(?: [a-z]+)?", model.text[figure.end : figure.end + 40])
    return noun.group(0).strip() if noun else ""


def _english_stems(text: str) -> set[str]:
    """The stems of an English label's or header's words (companies, company ~ compan; complaints ~ compla):
    the first six letters of each word of four letters or more."""
    return {w[:6] for w in re.findall(r"[a-z]{4,}", text.lower())}


def _english_column_words(model: Model, table: Table, column: int) -> tuple[set[str], set[str]]:
    """The stems of an English table's column header and of its other figure columns' headers (| Company type |
    Companies | Complaints |: compla for the Complaints column, compan for the others)."""
    width = max((len(r.cells) for r in table.rows), default=0)
    own: set[str] = set()
    others: set[str] = set()
    for index in range(1, width):
        words = _english_stems(table.column_header(model.text, index)) - _GENERIC_ENGLISH_HEADER_WORDS
        if words - _COUNTED_ENGLISH_HEADER_WORDS:
            words -= _COUNTED_ENGLISH_HEADER_WORDS  # | People leaving |: which people, never "1,844 people" held
        (own if index == column else others).update(words)
    return own, others - own


def _column_key(model: Model, cell: Figure) -> tuple[int, int]:
    return model.structure.blocks[cell.block].table, model.cell_column(cell)


def _bigrams(text: str) -> set[str]:
    """The words of two characters in a Chinese label or header, as labels are matched."""
    return {text[i : i + 2] for i in range(len(text) - 1)}


def _opens_with(model: Model, figure: Figure, row: str) -> bool:
    """ "Violence against the person accounted for 38% of all offences, with 24,905 offences recorded": a
    sentence whose subject is the row's name speaks of that row, whatever the words next to its figures."""
    start = figure.sentence[0]
    while start < figure.sentence[1] and model.text[start].isspace():
        start += 1  # a sentence after another on its line starts at the space after the full stop
    if model.text[start : start + 4].lower() == "the " and not row.startswith("the "):
        start += 4  # "The Army had a trained strength of 75,983" opens with | Army |
    opening = model.text[start : start + len(row) + 1].lower()
    return len(row) >= 4 and opening.startswith(row) and not opening[len(row) :].strip(" ,").isalpha()


def _column_twin(model: Model, cell: Figure, anchor: Figure) -> Figure | None:
    """| 普通高中 | 6 | 11246 | under 普通高中6所,在校生1.12万人: the row's other cells repeat the figures that
    follow its name's figure in the text, matched by a word of the column's header (在校学生 ~ 在校生)."""
    structure = model.structure
    block = structure.blocks[cell.block]
    table = structure.tables[block.table] if block.table >= 0 else None
    if table is None:
        return None
    column = model.cell_column(cell)
    header = re.sub(r"[（(][^）)]*[）)]", "", table.column_header(model.text, column)).strip()
    english = model.language == "en"
    # an English header is matched by its words' stems (| Outstanding | ~ "38,215 outstanding"), never by two
    # letters ("di" of Change in outstanding and of "disposed"), and only by a figure of the cell's role
    words = _english_stems(header) - _GENERIC_ENGLISH_HEADER_WORDS if english else _bigrams(header)
    # 东城区…占全市的33.1%；柳山县增长5.7%: a figure whose label opens with another row's name is that row's
    others = {
        f.row
        for f in model.figures[max(0, cell.number - 400) : cell.number + 400]
        if f.in_table and f.block >= 0 and structure.blocks[f.block].table == block.table and len(f.row) >= 2
    } - {cell.row}
    for figure in model.near_in_sentence(anchor, 3):
        if any(figure.label.startswith(name) for name in others):
            continue
        fits = _unit_class(figure) == _unit_class(cell) or (not english and _cell_unit_fits(figure, cell))
        if figure.start <= anchor.start or figure.in_table or not fits:
            continue
        # | 税收收入 | ... | 完成预算（%） |: 占一般公共预算收入的71.3% is a share, no rate of the budget (but it is
        # the cell of a share column, | 占全市比重（%） |)
        share_column = figure.role == SHARE and not english and re.search(r"比重|占比|构成", header)
        if figure.role != cell.role and (english or figure.role == SHARE) and not share_column:
            continue
        if figure.role != cell.role and PREVIOUS in (figure.role, cell.role):
            continue  # | 在校生数 | 上年在校生数 |: 在校生3.29万人 is this year's, never the column of last year's
        if words & (
            _english_stems(f"{figure.label} {_noun_after(model, figure)}") if english else _bigrams(figure.label)
        ):
            return figure
    return None


_TOTAL_ROW = re.compile(
    r"^(?:合计|总计|总数|全市|全县|全区|全省|total|all)\b(?!\s+other\b)|^[\u4e00-\u9fff]{1,4}(?:合计|总计)$",
    re.IGNORECASE,
)  # | 支出合计 |, | 收入总计 |: a kind's total is the table's total row


def _part_of_named(total: Figure | None, name: str) -> bool:
    """Whether a text figure's total (the figure it is a part of) is the quantity a table row names."""
    if total is None or len(name) < 2 or len(total.label) < 2:
        return False
    return total.label.startswith(name) or name.startswith(total.label)


def _agrees(a: Figure, b: Figure) -> bool:
    """Whether two figures can be one value: their intervals, each in its column's scale, overlap."""
    first, second = a.quantity.interval, b.quantity.interval
    return first.lo * a.scale <= second.hi * b.scale and second.lo * b.scale <= first.hi * a.scale


def _another_cell_repeats(model: Model, cell: Figure, twin: Figure) -> bool:
    """Whether the text figure a cell was matched with is another cell of its row instead: a row of several
    amounts in one unit (预算数 and 执行数, 收案 and 结案) whose other cell the text figure equals, and this
    one not; the text repeats that cell, and says nothing of this one."""
    if _agrees(cell, twin):
        return False
    return any(
        f is not cell and f.is_amount and not f.duplicate and f.unit == cell.unit and _agrees(f, twin)
        for f in model.block_figures(cell.block)
    )


_UNIT_ONLY_HEADER = re.compile(
    r"[£$€]\s*(?:m|bn|k|000s?|millions?|billions?|thousands?)?(?:\s+(?:per|a)\s+(?:week|month|year|head|person))?",
    re.IGNORECASE,
)


def _total_twin(model: Model, cell: Figure) -> Figure | None:
    """| 合计 | 1523 | 41 | under | 事故起数 | 死亡人数 |: the text's first figure in the section before the table
    whose label holds the column's name (事故, 死亡)."""
    structure = model.structure
    block = structure.blocks[cell.block]
    table = structure.tables[block.table] if block.table >= 0 else None
    if table is None:
        return None
    column = model.cell_column(cell)
    header = re.sub(r"[（(][^）)]*[）)]", "", table.column_header(model.text, column)).strip()
    english = model.language == "en"
    year = header if english and (_YEAR_COLUMN.fullmatch(header) or _PERIOD_COLUMN.fullmatch(header)) else ""
    # | £ per week |, | £m |: a column named by its unit alone counts what the caption says ("Average weekly
    # household expenditure by category")
    unit_only = english and not year and bool(_UNIT_ONLY_HEADER.fullmatch(header))
    # | Elective | Emergency | Total |: the Total column counts what the caption says ("Admissions by specialty")
    unit_only = unit_only or (english and not year and re.fullmatch(r"(?i:total|all)", header) is not None)
    if not english:
        header = re.sub(r"^(?:19|20)\d{2}年(?:末|底)?", "", header)  # | 2025年企业数（家） | counts 企业
    if year or unit_only or (model.language != "en" and _TOTAL_ROW.match(header)):
        # | Quarter | 2024 | 2025 | or | 类别 | 市级 | 县级 | 合计 |: the column names a year or the whole, and
        # what it counts is the caption's ("Terminal passengers by quarter ...", 全市社会组织登记情况)
        header = _caption_measure(model, table)
    if len(header) < 2:
        return None
    name = header[:2].lower()
    # | 旅客吞吐量（万人次） |: the column counts what 吞吐 measures of 旅客, never 发送旅客3.86亿人次
    measure = re.search(r"([\u4e00-\u9fff]{2})量$", header) if model.language != "en" and len(header) > 4 else None
    act = measure.group(1) if measure and measure.start() >= 2 else ""
    # | Complaints per 10,000 customers | holds rates, | Complaints | counts: "3.1 complaints for every 10,000" is one
    per_column = model.language == "en" and re.search(r"\bper\b|\bfor every\b", header.lower()) is not None
    own, others = _english_column_words(model, table, column) if model.language == "en" else (set(), set())
    if year or unit_only:
        own, others = _english_stems(header) - _GENERIC_ENGLISH_HEADER_WORDS, set()
    # the table's rows, not its header: "Retail sales in December" names a column (| December |), no row
    # (the rows' own text: a page's running footer inside the table's span, "Westbury Family Spending  Page 12",
    # names no row)
    rows = "\n".join(model.text[r.start : r.end] for i, r in enumerate(table.rows) if i != table.header)
    # 刑事案件收案1023件 above | 刑事 | 1023 | and | 合计 | 12380 |: a row's figure, not the total
    kinds = [
        text.strip()
        for text in (
            model.text[r.cells[0][0] : r.cells[0][1]] for i, r in enumerate(table.rows) if r.cells and i != table.header
        )
        if len(text.strip()) >= 2 and not _TOTAL_ROW.match(text.strip().lower())
    ]
    named: list[Figure] = []
    # 附表 2025年全市法院收结案情况 after the last item of a section (（四）…受理执行案件27341件): a closing table of
    # the whole text, whose total is of the caption's period, never a figure of the item it follows
    caption = model.text[table.caption[0] : table.caption[1]] if table.caption else ""
    appendix = caption.lstrip().startswith("附表")
    for figure in model.figures[max(0, cell.number - 400) : cell.number] if not appendix else ():
        if figure.place and not figure.place.startswith("全") and figure.place in rows:
            continue  # 临河县发生事故212起 above | 临河县 | 212 | and | 合计 | 426 |: a row's figure, not the total
        if _of_a_kind(model, figure, kinds):
            continue
        if (
            not figure.in_table
            # (or, in English, in the lead paragraph before the first heading: "At year-end 2024, an estimated
            # 187,400 persons were under ...", then "Highlights" and the table)
            and (figure.section == cell.section or (english and _leads(model, figure, cell)))
            and figure.role == CURRENT
            and not figure.aside
            and (cell.unit is None or figure.unit == cell.unit)
            and figure.is_amount
            and (
                _names_column(model, figure, cell, name, own, others)
                # "Average household expenditure was £544.00 a week", "employed 10,816.5 full-time equivalent (FTE)
                # staff": the words of its clause about it name the caption's measure
                or ((unit_only or year) and bool(_english_stems(_clause_words(model, figure)) & own))
            )
            and act in figure.label
            and (figure.base != 0) == per_column
            and (not year or _names_period(model.text[figure.sentence[0] : figure.sentence[1]], year))
        ):
            named.append(figure)
    if named and model.language == "en":
        # | Pension Credit claimants |: "1.41 million" of "Pension Credit was paid to", never the "4.5 million ... on
        # the new State Pension" before it, which shares one word of the header: those that share most
        def shared(figure: Figure) -> int:
            return len(
                _english_stems(f"{_words_before(model, figure)} {figure.label} {_noun_after(model, figure)}") & own
            )

        most = max(shared(f) for f in named)
        named = [f for f in named if shared(f) == most]
    if named:
        # 全国快递业务量1432.8亿件…三省合计完成678.4亿件 above | 合计 | 678.4 |: the figure the row equals, when
        # the section names several so
        summed = [
            f
            for f in model.figures[max(0, cell.number - 400) : cell.number]
            if not f.in_table
            and f.section == cell.section
            and f.unit == named[0].unit
            and f.is_amount
            and _agrees(cell, f)
            and re.search(r"合计|共计|总计", model.before(f, f.clause, 12))
        ]
        # 三省合计完成678.4亿件 above | 合计 | 678.4 | of a table of the top three: the sum the text gives too
        return next((f for f in named if _agrees(cell, f)), summed[-1] if summed else named[0])
    # the table stands in a section of its own: the first figure of the caption's period before it, of
    # the whole place, named like the column (1至11月累计发生事故268起 above 表1 1至11月各县区...)
    caption = model.text[table.caption[0] : table.caption[1]] if table.caption else ""
    period = period_of(caption, model.language) or cell.period
    for figure in model.figures[max(0, cell.number - 400) : cell.number]:
        if (
            not figure.in_table
            and figure.period
            and figure.period == period
            and figure.role == CURRENT
            and not figure.aside
            and not (figure.place and not figure.place.startswith("全"))
            and (cell.unit is None or figure.unit == cell.unit)
            and figure.is_amount
            and _names_column(model, figure, cell, name, own, others)
            and act in figure.label
            and not _of_a_kind(model, figure, kinds)
            and (figure.base != 0) == per_column
        ):
            return figure
    return None


def _bracketed_alone(model: Model, figure: Figure) -> bool:
    """Whether an aside is a count alone in its brackets right after the noun it counts: "followed by passengers
    (187)", 其中城镇（121.37万人） is the noun's figure, the row's repeat, not a remark on another."""
    before = model.text[max(0, figure.start - 2) : figure.start]
    after = model.text[figure.end : figure.end + 1]
    # ("(27,566 convictions)" names its own count, a remark on the rate before it, never the noun's figure)
    if figure.text.isascii():
        bare = re.fullmatch(r"[\d,.]+", figure.text) is not None
    else:
        bare = re.fullmatch(r"[\d,.]+(?:万|亿)?[^\W\d_]{0,2}", figure.text) is not None  # （121.37万人）
    return bare and figure.role == CURRENT and before.rstrip().endswith(("(", "（")) and after in (")", "）")


def _names_period(sentence: str, period: str) -> bool:
    """Whether a sentence names a column's period: its year or month, or a column's date (| 30 June 2025 |) as a
    day the figure stands on ("On 30 June 2025 the population stood at ..."), never as the end of a span ("In
    the year to 31 March 2025, 1,874 officers joined": a flow, not the stock of the day)."""
    sentence, period = sentence.lower(), period.lower()
    if not re.match(r"\d{1,2}\s+[a-z]", period):
        return period in sentence
    return re.search(rf"\b(?:on|at|as at|as of)\s+{re.escape(period)}\b", sentence) is not None


def _leads(model: Model, figure: Figure, cell: Figure) -> bool:
    """Whether a text figure stands in the text's lead or in the opening of a section the cell's table is under
    ("Main points" whose text opens with "On 30 June 2025 the prison population stood at 14,862", then "1. Prison
    population by type of custody" and its table): text that the sections after it go on to detail."""
    if _in_lead(model, figure):
        return True
    sections = model.structure.sections
    parent = sections[cell.section].parent if cell.section >= 0 else -1
    while parent >= 0:
        if parent == figure.section:
            return True
        parent = sections[parent].parent
    return False


def _in_lead(model: Model, figure: Figure) -> bool:
    """Whether a figure stands in the text's lead: before any heading, or under the title's alone."""
    return figure.section < 0 or model.structure.sections[figure.section].level == 0


def _of_a_kind(model: Model, figure: Figure, kinds: list[str]) -> bool:
    """Whether a text figure counts one of the kinds a table's rows name: 刑事 in its label, or just before it in
    its sentence (刑事案件收案1023件，结案912件: the 912 is the criminal cases' too)."""
    before = model.before(figure, figure.sentence, 16)
    if model.language == "en":
        # "Employment tribunals ... disposed of 10,390" above | Employment | and | Total |: the sentence's subject
        label, before = figure.label.lower(), before.lower()
        return any(k.lower() in label or k.lower() in before or _opens_with(model, figure, k.lower()) for k in kinds)
    return any(kind in figure.label or kind in before for kind in kinds)


_PERIOD_HEADER_EN = re.compile(r"(?:19|20)(\d{2})")
_TOTAL_OPENING_EN = re.compile(r"\s*(?:the\s+)?(?:total|overall|in total,)\b", re.IGNORECASE)


def _total_of_period_columns(model: Model, cell: Figure) -> Figure | None:
    """| Total | 12.9 | 12.4 | under | Q3 2024 | Q3 2025 |, after "Total generation fell to 12.4 TWh ..., from 12.9
    TWh": in a table whose columns are periods, the Total row's cell of the latest period repeats the current value
    of the text's sentence that opens with "Total" (the nearest before the table), and a cell of an earlier period
    that value's previous one; within half of each other, else another quantity.  Inferred: a warning."""
    block = model.structure.blocks[cell.block]
    if block.table < 0:
        return None
    table = model.structure.tables[block.table]
    headers = [table.column_header(model.text, i) for i in range(len(block.cells))]
    years = [_PERIOD_HEADER_EN.search(h) for h in headers]
    column = model.cell_column(cell)
    if column < 0 or column >= len(years) or years[column] is None:
        return None
    ordered = [(int(y.group(1)), i) for i, y in enumerate(years) if y is not None]
    if len(ordered) < 2 or len({y for y, _ in ordered}) != len(ordered):
        return None
    latest = max(ordered)[1] == column
    opening = [
        f
        for f in model.figures[max(0, cell.number - 400) : cell.number]
        if not f.in_table
        and not f.aside
        and f.role == CURRENT
        and f.is_amount
        and _unit_class(f) == _unit_class(cell)
        and _TOTAL_OPENING_EN.match(model.text, f.sentence[0])
    ]
    if not opening:
        return None
    current = opening[-1]
    twin = current
    if not latest:
        earlier = [f for f in model.in_sentence(current) if f.role == PREVIOUS and f.owner is current]
        if len(earlier) != 1 or len(ordered) != 2:
            return None  # which earlier column the earlier value is of is not said
        twin = earlier[0]
    value, other = twin.quantity.value, cell.quantity.value * cell.scale
    if not value or not other or max(value, other) > min(value, other) * Decimal("1.5"):
        return None
    return twin


# | Sector | October | November | December | Year to date |: columns of periods, each the text's in a sentence naming it
_PERIOD_COLUMN = re.compile(
    r"(?:\d{1,2}\s+)?(?:january|february|march|april|may|june|july|august|september|october|november|december"
    r"|year to date|q[1-4]|quarter [1-4])(?:\s+(?:19|20)\d{2})?",
    re.IGNORECASE,
)
_YEAR_COLUMN = re.compile(r"(?:19|20)\d{2}(?:[-/–](?:\d{2}|(?:19|20)\d{2}))?")
# What an English caption counts ends at "by ...", "in ...", a comma or the unit in brackets
_CAPTION_MEASURE_EN = re.compile(r"^(?:table\s+[\w.]+\s*[:.\-–]?\s*)?(.*?)(?:\s+(?:by|in|for|at)\s|,|\(|$)", re.I)
_CAPTION_LEAD_ZH = re.compile(
    r"^(?:表\s*[\d一二三四五六七八九十]+\s*)?(?:\d{4}年(?:末|底|度)?)?(?:全[市县区省]|各[市县区])?"
)


def _caption_measure(model: Model, table: Table) -> str:
    """What a table's caption says its cells count: "Terminal passengers" of "Table 1: Terminal passengers by
    quarter, Eastmoor Airport (thousands)", 社会组织登记 of 表1 2025年末全市社会组织登记情况; '' without one."""
    if table.caption is None:
        return ""
    caption = model.text[table.caption[0] : table.caption[1]].strip()
    if model.language == "en":
        found = _CAPTION_MEASURE_EN.match(caption)
        return found.group(1).strip() if found else ""
    caption = _CAPTION_LEAD_ZH.sub("", caption.split()[-1] if caption.split() else caption)
    return re.sub(r"(?:基本)?(?:情况|统计|一览)?表?$", "", caption)


def _row_mates(model: Model, links: Links, twins: dict[int, tuple[Figure, Figure, bool]]) -> list[Suggestion]:
    """| Total | 1,757 | 1,840 | 4.7 | whose 1,840 repeats "1.84 million ... 4.7% more than in 2024 (1.76 million)":
    the row's previous value and change repeat the figures of those roles the text gives its twin in its
    sentence (one each), never another label's."""
    out: list[Suggestion] = []
    for cell, twin, stated in twins.values():
        # the figures of the twin's label in its sentence, and those of no label (比上年增加306家 after 2418家)
        sentence = [
            f for f in model.in_sentence(twin) if f is not twin and f.label in (twin.label, "") and not f.in_table
        ]
        row = model.block_figures(cell.block)
        for mate in row:
            if mate is not cell and model.language == "zh" and mate.role == CURRENT and mate.is_percent:
                # | 支出合计 | 5850 | 5633 | 96.3 | under | 决算数为预算数% |: 完成预算的96.3% after 5633万元
                named = _percent_named_like_column(model, mate, twin)
                if named is not None:
                    out.append(_twin_rule(model, mate, named, stated))
                continue
            if mate is cell or mate.role not in (PREVIOUS, CHANGE, PERCENT_CHANGE):
                continue
            if sum(f.role == mate.role and f.is_percent == mate.is_percent for f in row) > 1:
                continue  # | % change 2024 to 2025 | % change since 2015 |: which one the text gives is unsaid
            if mate.role in (CHANGE, PERCENT_CHANGE) and not (mate.is_percent or mate.role == CHANGE):
                continue
            same = [f for f in sentence if f.role == mate.role and f.is_percent == mate.is_percent]
            # two changes far apart, or of opposite signs, are of two comparisons (on another year or quarter)
            if len(same) == 1 and not _far_apart(same[0], mate) and _sign(same[0]) == _sign(mate):
                out.append(_twin_rule(model, mate, same[0], stated))
        # | 合计 | 2112 | 2418 | under two years, and 2418家, 比上年增加306家: the row's two years differ by the change
        previous = [f for f in row if f.role == PREVIOUS and f.is_amount and not f.is_percent]
        changes = [f for f in sentence if f.role == CHANGE and not f.is_percent]
        if len(previous) == 1 and len(changes) == 1 and not any(f.role == CHANGE for f in row):
            (before,), (change,) = previous, changes
            out.append(
                Suggestion(
                    NAME,
                    f"{cell.id}-change-repeats-{change.id}",
                    f"({cell.ref} - {before.ref}) == {_signed(change)}",
                    say(
                        model.language,
                        f"表中“{cell.row}”两年之差应与正文的{change.text}一致",
                        f"the table's '{cell.row}' must change by the text's {change.text}",
                    ),
                    (change, before, cell),
                    severity=STATED if stated else INFERRED,
                )
            )
    return out


def _percent_named_like_column(model: Model, cell: Figure, twin: Figure) -> Figure | None:
    """The one percentage of the twin's sentence, after it and not a change, whose clause shares a word with the
    cell's column (完成预算的98.1% and | 决算数为预算数% |), or None."""
    header = re.sub(r"[（(][^）)]*[）)]|[%％]", "", model.column_header(cell))
    words = _bigrams(header) - {"上年", "比上", "年增", "增长"}
    found = [
        f
        for f in model.in_sentence(twin)
        if f.start > twin.start
        and not f.in_table
        and f.is_percent
        and f.role in (CURRENT, RATE, SHARE)
        and words & _bigrams(model.text[f.clause[0] : f.start])
    ]
    return found[0] if len(found) == 1 else None


def _sign(figure: Figure) -> int:
    """The sign of a figure's value as :func:`_signed` writes it (下降4.2% is negative)."""
    value = figure.quantity.value
    falls = figure.role in (CHANGE, PERCENT_CHANGE, POINTS) and figure.direction < 0 and value > 0
    return -1 if value < 0 or falls else 1


def _twin_rule(model: Model, cell: Figure, twin: Figure, stated: bool = True) -> Suggestion:
    return Suggestion(
        NAME,
        f"{cell.id}-repeats-{twin.id}",
        f"{_signed(cell)} == {_signed(twin)}",
        say(
            model.language,
            f"表中“{cell.row}”应与正文一致:{twin.text}与{cell.text}",
            f"the table's '{cell.row}' must agree with the text: {twin.text} and {cell.text}",
        ),
        (twin, cell),
        severity=STATED if stated else INFERRED,
    )
