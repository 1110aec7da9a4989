"""Links between the figures of a model: whose previous value, change or percentage each figure is, and which
figures are the parts of which total.

- **Owners**: a previous value, an absolute change or a percentage change belongs to the current figure it follows
  in its sentence, of the same unit for a value or an absolute change (``97件134人,去年同期为197件375人`` pairs 197件
  with 97件 and 375人 with 134人, and ``同比件数下降A%、人数下降B%`` pairs A with 件 and B with 人); English "rose 18%
  to 175,060" and "from 630 to 719" name the current figure after the change; "This was a decrease of 4% from 604"
  belongs to the figure of the sentence before (a warning); "9.6% higher in 2025 than in 2024 (21.7 vs. 19.8 per
  100,000)" is the bracketed pair's change, the first value the later; "an average monthly gain of 57,000" is an
  average, never the change of "added 54,000 jobs".  ``分别`` distributes a list of changes over the list of
  figures its sentence closes, in order (``件数和人数分别同比下降A%、B%``; 人均 values too); when the two lists differ
  in length it pairs nothing rather than shifting or crossing (``投资额A,零售额B,出口额C,分别增长x%、y%``), except
  previous values whose units each name one figure (``(上年同期分别为165起、228人)``).  An aside of previous values
  after ``与去年同期相比`` at a sentence's opening names the figures of the sentence before; when it pairs, the
  sentence's percentages (and a change just before each) pair with the same figures in order, and the relations are
  stated.  ``环比分别上升A%和B%（9月份分别为...）`` (or ``环比下降12.5%，9月份为64起``, ``上月为``) is against the month
  the aside names, when it is the month before
  the sentence's own (10月份), as is ``比9月份下降12.2%（9月份为469起）``.  Points after ``分别``
  (``城镇化率、...比重分别提高1.1、0.3个百分点``) each take the
  percentage their name labels in the paragraph and its previous value (a warning).  The other measure of a change
  in brackets belongs to the change's figure ("fell by 12,600 (down 1%)", "decreased 8% (down 126,100)"), and "a
  decrease of 2% from the 1,464,400 prisoners in 2018" names the previous value, as does a value in brackets after
  "the 2023 estimate", "the same date a year earlier" or "than in 2006-07"; a value in brackets closing a second
  comparison ("2% more than in the previous year and 38% fewer than in 2010/11 (6,650)") is that comparison's
  alone.  A change is never of a figure that places the subject ("officers in the 43 police forces, a decrease
  of 1,020").  A change and its percentage in brackets with no figure of their own sentence ("It was 112%
  higher (110 days longer) than in 2015", "Vacancies ... were 71,000 (8.0%) lower than a year earlier") belong to
  the figure the sentence before leads with or names, as a comparison of its own (a warning); "Offences fell
  from 432,800 in 2023-24, a fall of 15,550" to the one figure before whose label its opening subject is.  Irish
  and Australian forms: "rose by 6%, or by 4,380, to 77,380", "stood at 32,400, an increase on 31,150 for the
  previous year, or 4.0%", "an increase of 4% (1,700 prisoners)" (a bracketed amount is the change only when it
  is of the change's size: "down 2% (30,480)" may give the old value or the new one), and "which was 37% more
  than the 7,920 incidents in 2019" (a comparison of its own); "fell 8% to 85 in 2024 (2023: 92)" names the
  previous value in annual reports' form, and "..., £3.9 billion less than in the same period last year, when it
  stood at £45.1 billion" in economic releases' (so does "than in the second quarter (£6.17 billion)").  "That is
  22% more than a year ago" opening a sentence is the change of the one figure of the sentence before that has
  its previous value there; a number in words ("the first seven months") owns no change.  Chinese: a change
  after a bracketed base (``为年初预算的102.3%，比上年（17.66亿元）增长6.1%``) is of the figure that base is the
  earlier value of; a percentage whose bracketed earlier value is in the other unit of a pair (``936件1302人，同比
  下降6.6%（去年同期为1002件）``) is of the figure in that unit; ``死亡人数上升40.0%`` is of the figure labelled
  死亡, never another of its unit (受伤6人); last year's values in brackets after ``与去年同期相比（…）`` are the
  previous values of the sentence before's figures, each of its unit or named by its label (warnings); last
  year's value never licenses a ``环比`` change, and the month before's values may stand between 环比 and its
  changes (``环比（10月15起、14人）分别下降20.0%和21.4%``).
- **Breakdowns**: ``其中``, ``包括``, ``分别为``, "of which", "including" (or "included"), "comprise(d)" (or
  "split between", "divided into": all of it), a colon after a figure ("made
  9,862 arrests: 3,104 for felonies, ..."), "Of these" (or "Of this,", "Of this £4.8bn,": money and areas),
  "Within this category" (or "Within this,"), "N of
  these offences ...
  the remaining N", "Of the cases disposed of," or "Of final consumption, domestic users took" (the earlier figure
  that phrase names, never one smaller than the first part; some of it) open a list of parts
  of the total
  before them, in the same sentence or, when the marker opens a sentence, in the one before; ``N起...中``
  (``挂牌督办的12起案件中,已办结9起``) makes N the total (``年末在册人员中``: the figure labelled 在册, the period
  and 人员 aside); a view may open with an enumerator (``（二）按起火原因分，``), and an item of an earlier
  numbered list is never the lead it divides (nor is a sentence that opens with a part, ``来访中，集体访46批``, and
  gives no amount in the parts' unit); a part's other measure joined to it (``来访1187件次、2398人次；``) never
  ends a list; when each part of what was received is followed in its item by
  what was concluded (``市中院受理12318件，审执结11042件；…``), those divide the concluded figure of the total's
  sentence (a warning); ``其中,A、B和C…分别为`` names some of the total's kinds
  (分别 only hands each its figure), never all of them; a balance (顺差, 逆差, 差额) ends a list.  Parts have the
  total's unit; figures in parentheses
  are asides, never totals or parts, except an aside that says it is included (``死亡7人(含失踪1人)``);
  parts of a nested ``其中`` belong to the inner total, and a ``其中`` right after a figure divides that figure
  (``审结1.1万件，其中刑事案件...``, never the 刑事案件 received before it); parts separated by ``；`` each with
  their own change are still parts, but a list ends at a ``；`` after which a later act (审结 after 新收、旧存),
  another agency (交警部门查处...), a figure larger than the total or, after "of which", a clause with a verb
  of its own ("; charitable activities earned £4.90 million") opens another list (an item that repeats the
  first item's form goes on with it: ``普通高中6所,在校生1.62万人;中等职业学校3所,在校生0.73万人``; so do a
  view's kinds: ``按消费类型分,商品零售...;餐饮收入...``); a figure in a relative clause after a part ("1,021
  included children, who numbered 2,347") ends the list; and what was done with the total's cases
  (发出诉前检察建议176件 after its fields) is never a part; parts that cut
  the total along different lines (by sector, then by region) are separate breakdowns and never summed
  together.  ``A3个、B11个,合计40个`` (or ``...,共受理12650件``) totals what comes before it
  (and, in a sentence that opens with 加, the figure the sentence before leads with: 收入12.40亿元。加上级补助收入...,
  收入总计); a bound (``控制在限额72.10亿元以内``) ends a list and is never a part, nor the total of a 其中 after it;
  ``从犯罪手段看``, ``按经营地分`` and a section ``分行业领域情况`` of list items divide the figure that leads
  the text before them (passing over one smaller than the first kind for an earlier one of the kinds' noun, no
  smaller than all of them: ``从年龄构成看,0—15岁人口...`` of 常住人口, not of the births just before), or the one
  figure of that sentence (or of the ``其中`` sentence after it: 出口 of 进出口总值) whose name the kinds end
  (or, for kinds of a one-character noun, 增值税...契税, begins: 税收收入)
  with (警情2310起, ...火灾52起 then 从起火场所看,住宅火灾...车辆火灾: the 52起); "3,941, 4,386 ... officers
  respectively" divides the figure before (a warning), unless the list names that figure's noun beside another
  measure ("Starts and completions ... respectively" after completions) or that figure is one place's ("In
  London, ..." before "The West Midlands and the North West ... respectively"); "Exports were $21.3 billion.
  Goods exports were $15.2 billion and services exports $6.1 billion." lists kinds of the one amount of the
  sentence before, named by its head noun (inferred: within it, and a warning that they add up to it); the lead
  may stand two sentences back past a sentence of rates ("membership" kinds of 1.21 million "members").  "New
  work accounted for £915 million of output and repair and maintenance for £567 million": parts of the
  nearest earlier figure labelled with the whole the sentence names (inferred too).  A sentence that opens with
  "The remaining 200" (the rest, the other) right after a list's last part, in its paragraph and unit, is its
  last part, and the list is then all of the total.  A sentence that is nothing but a list of amounts of one unit
  ("Adult social care took £168 million, children's services £97 million and highways £41 million") right after a
  sentence with one amount of that unit no smaller than them together (its change, previous value or average
  beside it aside: "There were 18,420 FTE teachers, 260 more than a year earlier") lists parts of it (inferred:
  within it; all of it when the last is other, remaining or the rest).
- **Tables**: a 合计/Total row totals the rows beside it (an enumerated one, ``（七）总计``, the rows of its own
  enumerator just before it: ``（一）`` to ``（六）``, never ``一、本年新收``), a 合计/Total column (or one headed
  ``支出合计``) the columns beside it (columns that are all years, | 2026-27 | 2027-28 | Total |, only where the
  rows bear out that it adds them up: all but one in ten); a last row that the flush rows above it add up to in
  every column of amounts but one, and in two at least, is their total though its name does not say so
  ("Harwick force area", "Net revenue expenditure"), and in a yearbook table of blocks each headed by its own
  total (| 床位合计数（张） | ... | 卫生人员合计（人） | ...) the head totals its block in every column with no blank;
  a label row with no figure (Sex over Male and Female) opens another cut of the total, summed on its own (and
  where no row is named a total, label rows ``按经营地分`` and ``按消费类型分`` under the first row each open a cut
  of that row); a flush row
  that the rows after it add up to in every column is a subtotal of them, and the total is summed over the subtotals
  only (a warning: a person may be counted under two), unless every flush row together makes the total exactly
  (| Charities | 40% | 720 | over | Sport | 20% | 360 | and | Arts | 20% | 360 |: no subtotal);
  "All" rows below their parts (All remand after Untried and
  Convicted unsentenced) each total the rows since the one before, and a last one the "All" rows before it (warnings);
  rows set in, or opening with 其中, are parts of the row above (a 其中 row and the flush rows after it that add up
  to the row above them all are a cut of it, and a 其中 row right after such a cut opens another cut of the same
  row when its rows add up to it too: 常住人口 by 城镇 and 乡村, then by 男性 and 女性, then by age), and a row
  set in further is a part of the row it is set in under (玉米 under 秋粮 under 粮食), never a sibling of it;
  a second 其中 row after the first's list (其中：中长期贷款 after 企（事）业单位贷款) is a part of the row just
  above it, and a flush row goes on with an "of which" row's list only when named alike ("Imports of goods"
  after "of which: Exports of goods", never "Midwives" after "of which: mental health nurses");
  a header of years makes the earlier columns previous values of the later, and each English change column
  (| 2015 | 2024 | 2025 | % change 2024 to 2025 | % change since 2015 |) is measured from the year its header
  names, else from the year before the current one;
  a column headed ``其中：较大事故`` or "of which: ..." holds in each row a part of the column before it;
  a column with a cell the table leaves out (``[x]``, ``[c]``, ``..``, ``*``: suppressed or not available; a dash
  is nil, in a row beside a Total column too) comes to less than its total, and is checked within it only, as is
  every column of a table whose note
  says its total includes more ("the total includes 290 offences that could not be allocated", 合计数含市本级);
  a note that its figures "may not sum to the totals" because of rounding makes its sums warnings, and one that
  says what does not sum for another reason ("so headcounts do not sum to All staff") leaves that column's
  total unsummed; a table with no total row, its rows all flush, sums the column named like the text figure just
  before it that a word of total opens (全县各级各类学校在校学生合计40790人 and | 在校生数 |) when they come to it
  within a tenth; a table of medians, or of means or averages whose rows come to over twice their "All" row in
  every column (mean income by decile), adds up to nothing.
  A column the columns right after it add up to in every row but one, with no Total column (| 断面数 |
  Ⅰ～Ⅲ类 | Ⅳ类 | Ⅴ类 |), is their total (a warning).
- **The year before**: ``2022年...326件;2023年...358件,同比增长9.8%`` pairs the same label a year apart in
  a paragraph; a table row gives the previous value a sentence about the same label leaves out.
- **Periods and leads**: a view's parts of one period (``10月份,城镇...乡村...``) divide that period's total,
  never a lead of another (``1—10月份``); periods differing only by a year one names, or by the spelling of a
  span (前三季度 and 1—9月), are one; a view divides the lead of its parts' unit (营业收入, not the 2864家
  surveyed); ``加上...收入总计`` after a 其中 sentence adds to the total that sentence divides; ``第三产业中,``
  reaches back past a sibling ``第二产业中,`` sentence (or a sentence of shares alone) to the figure so named;
  parts whose names hold the total's own 总 (省属企业营业总收入；市县国有企业营业总收入) go on past a ；.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field
from decimal import Decimal

from factcheck.documents.structure import HEADING, ITEM, PARAGRAPH, ROW, Block, Table
from factcheck.extract.model import (
    AVERAGE,
    CHANGE,
    CLOSED_ASIDE,
    CURRENT,
    NEIGHBOURS,
    PERCENT_CHANGE,
    PREVIOUS,
    PREVIOUS_MONTH_CLAUSE_ZH,
    RATE,
    SHARE,
    Figure,
    Model,
    same_period,
)
from factcheck.quantity.definitions import en
from factcheck.quantity.normalize import normalize
from factcheck.textwidth import display_width

_MARKERS_ZH = re.compile(r"其中|包括|分别为|分别是|分别有|主要有|共有")
_MARKERS_EN = re.compile(
    r"\b(?:of which|of whom|including|included|includes|among them|comprising|comprised|comprises|comprise|"
    r"broken down into|"
    r"consisting of|made up of|split between|split into|divided into|divided between)\b",
    re.IGNORECASE,
)
_EXHAUSTIVE = (
    "分别为",
    "分别是",
    "分别有",
    "broken down into",
    "consisting of",
    "made up of",
    "comprising",
    "comprised",
    "comprises",
    "comprise",
    "split between",
    "split into",
    "divided into",
    "divided between",
)
_REST = ("其他", "其余", "其它", "另有", "other", "remaining", "rest")
# （二）按起火原因分，… and 1. 从道路类型看，…: an enumerator may open the paragraph before the view
_ENUMERATOR_ZH = (
    r"(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[、.．](?!\d))?\s*"
)
_BY_VIEW = re.compile(
    rf"\s*{_ENUMERATOR_ZH}(?:从[^，,。]{{1,10}}(?:看|来看|上看)|分[^，,。]{{1,6}}看|按[^，,。]{{1,8}}分)[，,:：]"
)
_BY_VIEW_ANYWHERE = re.compile(
    rf"(?:(?<=^)|(?<=[。；;，,\n]))\s*{_ENUMERATOR_ZH}"
    r"(?:从[^，,。]{1,10}(?:看|来看|上看)|分[^，,。]{1,6}看|按[^，,。]{1,8}分)[，,:：]"
)
# 新收10230件,旧存2420件,共受理12650件: a clause of 共 and a verb after amounts of its unit totals them
_ALL_TOLD_ZH = re.compile(r"\s*共(?:计)?[\u4e00-\u9fff]{0,4}")
_SUM_AFTER = re.compile(
    r"(?:合计|共计|总计|总共|累计共)(?:为|达|有)?$|\bin total,?\s*$|\ba total of\s*$", re.IGNORECASE
)
_IN_PHRASE = re.compile(r"^[^，,；;。！？]{0,14}中[，,:：]?$")
# 收案中，…; 本周所受理的市民诉求中，…: the words naming the total, after the period and the verb's 所
_NAMED_IN = re.compile(
    r"\s*(?:在|其中)?(?:本周|本月|本季度|本年度?|今年|全年|当月|上半年)?(?:所)?([\u4e00-\u9fff]{2,10}?)中[，,:：]"
)
_COMMON_CHARS = frozenset("的各类中件人起个其在全年共")
# Words of parts that cut the total along different lines, so the parts may overlap.
_OVERLAP = ("女", "男", "岁", "少数民族", "党员", "以上", "以下", "年轻", "未成年", "老年", "农民工", "残疾", "妇女",
            "儿童", "退役军人", "涉及", "重复", "women", "men", "aged", "under", "over", "juvenile", "involving",
            "disabled")  # fmt: skip
_ORDINAL = re.compile(r"第[一二三四五六七八九十]+|[一二三四]季度|[一二三四五六七八九十]+(?=类|级)")


@dataclass(slots=True)
class Group:
    """A current figure with what the text says about its change: any of previous, change, percentage."""

    current: Figure
    previous: Figure | None = None
    change: Figure | None = None
    percent: Figure | None = None
    stated: bool = True  # every figure in one sentence


@dataclass(slots=True)
class Breakdown:
    total: Figure
    parts: list[Figure] = field(default_factory=list)
    marker: str = ""
    exhaustive: bool = False
    stated: bool = True
    overlapping: bool = False
    summed: bool = False  # all of the total only by its arithmetic (rows set in that add up to it): sum as a warning


@dataclass
class Links:
    groups: list[Group] = field(default_factory=list)
    breakdowns: list[Breakdown] = field(default_factory=list)


def link(model: Model) -> Links:
    links = Links()
    groups: dict[int, Group] = {}
    for figures in model.sentences.values():
        if figures[0].duplicate:
            continue
        _owners(model, figures, groups)
    extra: list[Group] = []
    if model.language == "en":
        for figures in model.sentences.values():
            if not figures[0].duplicate:
                extra.extend(_comparisons(model, figures, groups))
                extra.extend(_tied_comparisons(model, figures))
                _years_respectively(model, figures, groups)
    if model.language == "en":
        extra.extend(_table_change_bases(model, groups))
    _previous_from_tables(model, groups)
    _previous_by_year(model, groups)
    if model.language == "zh":
        _previous_by_name(model, groups)
    links.groups = sorted([*groups.values(), *extra], key=lambda g: g.current.number)
    for figures in model.sentences.values():
        if figures[0].duplicate or (len(figures) < 2 and not _MARKER_START(model, figures[0])):
            continue
        links.breakdowns.extend(_breakdowns(model, figures))
    links.breakdowns.extend(_table_breakdowns(model))
    links.breakdowns.extend(_text_totals_of_columns(model, links.breakdowns))
    links.breakdowns.extend(_section_breakdowns(model))
    links.breakdowns.extend(_item_breakdowns(model))
    links.breakdowns.extend(_totals_after_parts(model, links.breakdowns))
    if model.language == "zh":
        links.breakdowns.extend(_parallel_measures(model, links.breakdowns))
    links.breakdowns = [n for b in links.breakdowns for n in _nested(b)]
    if model.language == "en":
        _remaining_after(model, links.breakdowns)
        links.breakdowns.extend(_list_after_total_en(model, links.breakdowns))
    return links


# 审执结, 审结, 执结, 结案, 办结: what was concluded, the second measure of a court's or an office's items
_CONCLUDED_ACT = re.compile(r"^(?:审执结|审结|执结|结案|办结)")
_SECOND_MEASURE = re.compile(r"\s*[，,、]\s*")


def _parallel_measures(model: Model, breakdowns: list[Breakdown]) -> list[Breakdown]:
    """``审结、执结78915件。其中，市中院受理12318件，审执结11042件；9个基层法院受理74114件，审执结67873件``: when
    each part of a breakdown of what was received is followed in its item by what was concluded, those concluded
    figures divide the concluded figure of the total's sentence the same way (inferred from the first breakdown,
    so never stated)."""
    out: list[Breakdown] = []
    for breakdown in breakdowns:
        total, parts = breakdown.total, breakdown.parts
        if len(parts) < 2 or total.in_table or any(p.in_table or p.aside for p in parts):
            continue
        seconds: list[Figure] = []
        for part in parts:
            after = [
                f
                for f in model.in_sentence(part)
                if f.start > part.end and f.unit == part.unit and not f.aside and f.role == CURRENT
            ][:1]
            if (
                not after
                or _CONCLUDED_ACT.match(part.label)
                or not _CONCLUDED_ACT.match(after[0].label)
                or not _SECOND_MEASURE.fullmatch(model.text[part.end : after[0].start - len(after[0].label)])
            ):
                break
            seconds.append(after[0])
        if len(seconds) != len(parts) or len({id(f) for f in seconds}) != len(seconds):
            continue
        concluded = [
            f
            for f in model.in_sentence(total)
            if f.start > total.end
            and f.unit == total.unit
            and not f.aside
            and f.role == CURRENT
            and re.search(r"审执结|审结|执结|结案|办结", f.label)
            and all(_larger(f, s) for s in seconds)
        ]
        if len(concluded) != 1:
            continue
        out.append(Breakdown(concluded[0], seconds, breakdown.marker, breakdown.exhaustive, stated=False))
    return out


def _list_after_total_en(model: Model, breakdowns: list[Breakdown]) -> list[Breakdown]:
    """ "The council spent £412 million. Adult social care took £168 million, children's services £97 million and
    highways £41 million.": a sentence that is nothing but a list of amounts of one unit ("A, B and C"), right
    after a sentence with one amount of that unit larger than all of them together, in its paragraph, lists parts
    of it (inferred: within it; all of it when the last is other, remaining or the rest)."""
    claimed = {p.number for b in breakdowns for p in b.parts} | {b.total.number for b in breakdowns}
    out: list[Breakdown] = []
    for figures in model.sentences.values():
        if len(figures) < 2 or figures[0].duplicate or figures[0].at_sentence != 0 or figures[0].number == 0:
            continue
        unit = figures[0].unit
        if any(
            f.role != CURRENT or f.aside or f.in_table or not f.is_amount or f.unit != unit or f.number in claimed
            for f in figures
        ):
            continue
        gaps = [model.text[a.end : b.start] for a, b in itertools.pairwise(figures)]
        if any(re.search(r"[\d.;:()]", gap) or len(gap) > 60 for gap in gaps) or " and " not in f" {gaps[-1]} ":
            continue
        # its change, previous value or average ("18,420 FTE teachers, 260 more than a year earlier") is no total
        prior = [
            f
            for f in model.in_sentence(model.figures[figures[0].number - 1])
            if f.unit == unit and f.is_amount and f.role not in (CHANGE, PREVIOUS, AVERAGE)
        ]
        if len(prior) != 1 or prior[0].role != CURRENT or prior[0].aside or prior[0].block != figures[0].block:
            continue
        total = prior[0]
        low = sum((f.quantity.interval.lo * f.scale for f in figures), Decimal(0))
        if low > total.quantity.interval.hi * total.scale:
            continue  # more than the total: no parts of it
        last = figures[-1]
        rest = bool(re.search(r"\b(?:other|remaining|the rest)\b", f"{last.label} {gaps[-1]}", re.IGNORECASE))
        out.append(Breakdown(total, list(figures), marker="list after", exhaustive=rest, stated=False))
    return out


_REMAINING_EN = re.compile(r"\s*(?:The|the)\s+(?:remaining|rest|other)\s*(?:,\s*|of them,?\s*|were\s+)?$")


def _remaining_after(model: Model, breakdowns: list[Breakdown]) -> None:
    """ "Of these, 610 were civil and 430 were family cases. The remaining 200 were criminal.": a sentence that
    opens with the remaining (the rest, the other) amount right after a breakdown's last part, in its paragraph
    and the parts' unit, is its last part, and the list is then all of the total."""
    claimed = {p.number for b in breakdowns for p in b.parts} | {b.total.number for b in breakdowns}
    for breakdown in breakdowns:
        parts = breakdown.parts
        if breakdown.exhaustive or not parts or not breakdown.stated or breakdown.overlapping:
            continue
        last = parts[-1]
        following = [f for f in model.figures[last.number + 1 : last.number + 2] if f.sentence != last.sentence]
        if not following:
            continue
        rest = following[0]
        if rest.at_sentence != 0 or rest.block != last.block or rest.number in claimed or rest.aside:
            continue
        if rest.unit != last.unit or not rest.is_amount or rest.role != CURRENT:
            continue
        if not _REMAINING_EN.fullmatch(model.text[rest.sentence[0] : rest.start]):
            continue
        parts.append(rest)
        breakdown.exhaustive = True
        claimed.add(rest.number)


def _nested(breakdown: Breakdown) -> list[Breakdown]:
    """随机抽取的300件，其中有效回访246件，表示满意的240件，表示一般的5件，表示不满意的1件: parts after the first
    that are kinds of one thing (their labels open or end alike, the first's does not), and come to the first
    exactly while all of them together exceed the total, are the first one's parts: 300 holds 246, and 246
    holds 240, 5 and 1."""
    parts = breakdown.parts
    if len(parts) < 3 or breakdown.overlapping:
        return [breakdown]
    head, rest = parts[0], parts[1:]
    labels = [p.label for p in rest]
    prefix = labels[0][:2] if all(label[:2] == labels[0][:2] for label in labels) else ""
    suffix = labels[0][-2:] if all(label[-2:] == labels[0][-2:] for label in labels) else ""
    kind = (prefix and not head.label.startswith(prefix)) or (suffix and not head.label.endswith(suffix))
    if not kind or len(labels[0]) < 2 or any(p.unit != head.unit for p in rest):
        return [breakdown]
    # only when the parts read flat could not be (they exceed the total) and read nested they come to the
    # first one exactly: 已办结6起，处于审判阶段2起，审查起诉阶段1起 of 9起 are three parts of the nine
    low, high = sum(p.quantity.interval.lo for p in rest), sum(p.quantity.interval.hi for p in rest)
    if not low <= head.quantity.interval.hi or not head.quantity.interval.lo <= high:
        return [breakdown]
    if low + head.quantity.interval.lo <= breakdown.total.quantity.interval.hi:
        return [breakdown]
    return [
        Breakdown(breakdown.total, [head], breakdown.marker, False, breakdown.stated),
        Breakdown(head, rest, breakdown.marker, breakdown.exhaustive, breakdown.stated),
    ]


_WHOLE_OF = re.compile(r"^(?:全国|全省|全市|全区|全县|全州|全部|各类|共有|共计|合计|总计|共|总)")


def _totals_after_parts(model: Model, known: list[Breakdown]) -> list[Breakdown]:
    """幼儿专任教师14551人；小学专任教师32009人；……普通高校专任教师2540人。……其中专任教师76413人: three or more
    kinds of one thing (their labels end with its name, each a different kind) in one paragraph, then the
    figure labelled with that name alone, of the same unit: the kinds are its parts.  Inferred (a warning);
    like a 其中 list, they add up to it only when they come to most of it."""
    if model.language == "en":
        return []
    out: list[Breakdown] = []
    totals = {b.total.number for b in known}
    for figures in model.blocks():
        for index, total in enumerate(figures):
            name = _WHOLE_OF.sub("", total.label)
            if not _amount(total) or total.in_table or total.duplicate or len(name) < 2 or total.number in totals:
                continue
            parts: list[Figure] = []
            for before in reversed(figures[:index]):
                if not _amount(before) or before.unit != total.unit:
                    continue
                if not (before.label.endswith(name) and len(before.label) > len(name)):
                    if before.sentence == total.sentence:
                        continue  # 教职工数99750人，其中专任教师76413人: the total's own whole, in its sentence
                    break
                parts.append(before)
            kinds = {p.label for p in parts}
            if len(parts) >= 3 and len(kinds) == len(parts):
                out.append(Breakdown(total, parts[::-1], "named后", exhaustive=False, stated=False))
    return out


def _item_breakdowns(model: Model) -> list[Breakdown]:
    """共发生各类生产安全事故186起、死亡53人 followed by the items 1.工矿商贸事故发生14起、死亡15人; 2.道路交通事故
    发生82起...: each item's first figure of each unit is a part of the lead paragraph's first figure of that
    unit.  Stated when every item names a kind of what the total counts (its last word: 事故), else inferred."""
    structure = model.structure
    out: list[Breakdown] = []
    blocks = structure.blocks
    english = model.language == "en"
    index = 0
    while index < len(blocks):
        # "- 1,200 recommendations were made:" over "  - 400 for personal redress", "  - 650 ...": items indented
        # under an item are its parts as items under a paragraph are
        nested = (
            index > 0
            and blocks[index].kind == ITEM
            and blocks[index - 1].kind == ITEM
            and _indent(model, blocks[index - 1].start) < _indent(model, blocks[index].start)
        )
        if blocks[index].kind != ITEM or index == 0 or (blocks[index - 1].kind != PARAGRAPH and not nested):
            index += 1
            continue
        lead = [f for f in model.block_figures(index - 1) if _amount(f) and not f.duplicate]
        run = index
        items: list[list[Figure]] = []
        depth = _indent(model, blocks[index].start)
        deeper = False
        while run < len(blocks) and blocks[run].kind == ITEM and _indent(model, blocks[run].start) >= depth:
            if _indent(model, blocks[run].start) == depth:  # items nested deeper are parts of their own item
                items.append([f for f in model.block_figures(run) if _amount(f) and not f.duplicate])
            elif nested:
                break
            else:
                deeper = True
            run += 1
        index += 1
        if len(items) < 2 or not lead or any(not item for item in items) or (english and deeper):
            continue  # "We determined 5,610 ..." over items with items of their own: headings, rarely its parts
        seen: dict[str | None, Figure] = {}
        for figure in lead:
            seen.setdefault(figure.unit, figure)
        for total in seen.values():
            # "3,960 was the total number of complaints" over "3,240 complaints were decided": one count in English
            parts = [
                next((f for f in item if f.unit == total.unit), None)
                or (next((f for f in item if same_count(f, total, True)), None) if english else None)
                for item in items
            ]
            members = [f for f in parts if f is not None]
            if len(members) != len(items) or len(members) < 2:
                continue
            head = total.label[-2:]
            stated = (
                len(head) == 2
                and all(head in m.label for m in members)
                and len({m.label for m in members}) == len(members)
            )
            exhaustive = any(w in members[-1].label for w in _REST)
            out.append(Breakdown(total, members, "分", exhaustive, stated=stated))
    return out


def _indent(model: Model, start: int) -> int:
    """The spaces before a block on its line: how deep a list item is nested."""
    line = model.text.rfind("\n", 0, start) + 1
    return start - line if model.text[line:start].isspace() else 0


_SECTION_VIEW = re.compile(
    r"分[^，,。]{1,8}(?:情况|看)|按[^，,。]{1,8}分|by (?:type|region|sector|area|force|offence)", re.I
)


def _section_breakdowns(model: Model) -> list[Breakdown]:
    """二、分行业领域情况 over items 1.道路运输:发生事故52起、死亡48人; ...: each item's first figure of each
    unit is a part of the figure of that unit that opens the section before (全市共发生事故86起、死亡79人)."""
    structure = model.structure
    text = model.text
    out: list[Breakdown] = []
    for index, section in enumerate(structure.sections):
        if section.heading is None:
            continue
        opened, heading = section.heading[1], text[section.heading[0] : section.heading[1]]
        if not _SECTION_VIEW.search(heading) and not _SECTION_KINDS.search(heading):
            continue
        items = _section_items(model, opened, section.end)
        if len(items) == 1 and _SECTION_KINDS.search(heading):
            # 二、诉求分类 / 咨询类共33523件，占47.09%；求助类共21570件，……其他类1583件: one paragraph of kinds
            out.extend(_kinds_paragraph(model, index, items[0]))
            continue
        if len(items) < 2 or not _SECTION_VIEW.search(heading):
            continue
        opening = _section_opening(model, index)
        for total in opening:
            parts = [next((f for f in item if f.unit == total.unit), None) for item in items]
            members = [f for f in parts if f is not None]
            if len(members) >= 2 and len(members) == len(items):
                exhaustive = any(w in members[-1].label for w in _REST) or any(
                    w in text[members[-1].sentence[0] : members[-1].start] for w in _REST
                )
                out.append(Breakdown(total, members, "分", exhaustive, stated=True))
    return out


_SECTION_KINDS = re.compile(r"分类|类型|类别|构成|分布|by (?:type|category|kind)", re.IGNORECASE)


def _section_items(model: Model, start: int, end: int) -> list[list[Figure]]:
    """The figures of each item or paragraph of a section, in order.  A run-in heading (``（二）工矿商贸：发生事故38起、
    死亡35人。其中，建筑施工领域发生事故17起``: its first sentence read as a heading, the rest of its line as a
    paragraph) is one item with the rest of its line, so a 其中 part is never taken for the item's own figure."""
    items: list[list[Figure]] = []
    blocks = model.structure.blocks
    run_in = -1  # the line of a run-in heading whose figures opened the last item
    for number, block in enumerate(blocks):
        if not start <= block.start < end or block.kind not in (ITEM, PARAGRAPH, HEADING):
            continue
        figures = [f for f in model.block_figures(number) if _amount(f)]
        line = model.text.rfind("\n", 0, block.start)
        if block.kind == HEADING:
            following = blocks[number + 1] if number + 1 < len(blocks) else None
            if figures and following is not None and model.text.rfind("\n", 0, following.start) == line:
                items.append(figures)
                run_in = line
            continue
        if run_in == line:
            items[-1].extend(figures)
            continue
        run_in = -1
        if figures:
            items.append(figures)
    return items


def _kinds_paragraph(model: Model, index: int, figures: list[Figure]) -> list[Breakdown]:
    """The paragraph under a heading of kinds (二、诉求分类): three or more amounts of the opening total's unit in
    its first sentence, each labelled with a different kind ending in the same word (咨询类, 求助类, …, 其他类),
    are its parts: all of it when the last is 其他/其余, else some of its kinds only (checked within it)."""
    out = []
    for total in _section_opening(model, index):
        first = next((f for f in figures if f.unit == total.unit), None)
        members = [f for f in figures if first is not None and f.unit == total.unit and f.sentence == first.sentence]
        labels = [f.label for f in members]
        if len(members) < 3 or len(set(labels)) != len(labels) or len({label[-1:] for label in labels}) != 1:
            continue
        exhaustive = any(w in labels[-1] for w in _REST)
        out.append(Breakdown(total, members, "分类", exhaustive, stated=True))
    return out


def _section_opening(model: Model, index: int) -> list[Figure]:
    """The first amount of each unit in the first paragraph of the section before ``index`` (or before it)."""
    structure = model.structure
    section = structure.sections[index]
    earlier = [s for s in structure.sections[:index] if s.level == section.level]
    start = earlier[-1].start if earlier else 0
    for number, block in enumerate(structure.blocks):
        if start <= block.start < section.start and block.kind == PARAGRAPH:
            figures = [f for f in model.block_figures(number) if _amount(f)]
            if figures:
                seen: dict[str | None, Figure] = {}
                for figure in figures:
                    seen.setdefault(figure.unit, figure)
                return list(seen.values())
    return []


_TOTAL_ROW = re.compile(
    r"^(?:合计|总计|总数|全部|全市|全县|全区|全省|小计|total|all)\b(?!\s+other\b)", re.IGNORECASE
)  # "All other offences" is a row of the rest, not the total
# The enumerator a row's name opens with, its kind the group that matched: 一、 （一） 1. （1）
_ROW_ENUMERATOR = re.compile(
    r"([一二三四五六七八九十]+[、.．])|([（(][一二三四五六七八九十]+[)）])|(\d{1,2}[、．]|\d{1,2}\.(?!\d))|([（(]\d{1,2}[)）])"
)
_PART_ROW = re.compile(r"^(?:其中[:：]?|#|＃|of which|including)", re.IGNORECASE)


def _table_breakdowns(model: Model) -> list[Breakdown]:
    """Rows of a table that add up: a 合计/Total row over the other rows, and rows set in (indented, or
    opening with 其中/#) under the row above them, column by column."""
    text = model.text
    structure = model.structure
    index_of = {block.start: i for i, block in enumerate(structure.blocks) if block.kind == ROW}
    out: list[Breakdown] = []
    for table in structure.tables:
        rows = [r for i, r in enumerate(table.rows) if i != table.header]
        if len(rows) < 3 or len(rows) > 200 or _of_medians(model, table):
            continue
        grid: list[dict[int, Figure]] = []
        names: list[str] = []
        indents: list[int] = []  # display columns (a CJK character is two) before the row's first word
        label_indents: list[int] = []  # before its label: after 其中：, which sets the label in
        levels: list[int] = []  # the kind of enumerator the row's name opens with (一、 1, （一） 2, 1. 3), or 0
        for row in rows:
            figures = model.block_figures(index_of.get(row.start, -1))
            cells: dict[int, Figure] = {}
            for figure in figures:
                column = next((i for i, (a, b) in enumerate(row.cells) if a <= figure.start < b), -1)
                if column > 0 and figure.is_amount and not figure.duplicate:
                    cells[column] = figure
            grid.append(cells)
            first = row.cells[0] if row.cells else (row.start, row.start)
            name = text[first[0] : first[1]]
            enumerator = _ROW_ENUMERATOR.match(name.strip())
            levels.append((enumerator.lastindex or 0) if enumerator else 0)
            names.append(name.strip()[enumerator.end() if enumerator else 0 :])
            line_start = text.rfind("\n", 0, row.start) + 1
            lead = text[line_start : first[0]] + name[: len(name) - len(name.lstrip())]
            indents.append(display_width(lead))
            opener = _PART_ROW.match(name.strip())
            label_indents.append(indents[-1] + (display_width(opener.group(0)) if opener else 0))
        if _of_means(model, table, grid, names):
            continue
        across = _row_breakdowns(model, table, grid)
        out.extend(across or _unnamed_total_column(model, table, grid))
        out.extend(_part_columns(model, table, grid))
        start = len(out)
        totals = [i for i, name in enumerate(names) if _TOTAL_ROW.match(name)]
        head_cuts = _cuts_under_a_head(grid, names, rows) if not totals else []
        if head_cuts:
            out.extend(head_cuts)
        elif not totals:
            segments = _segment_breakdowns(grid, names, indents)
            out.extend(
                segments
                or _unnamed_total(model, table, grid, names, indents)
                or _unnamed_head_total(model, table, grid, names, indents, levels)
            )
        if len(totals) >= 2 and totals[0] >= 2:
            out.extend(_totals_below(grid, names, totals))
        if len(totals) == 1 and levels[totals[0]]:
            # | 一、本年新收 | 186 | ... | （一）予以公开 | 94 | ... | （七）总计 | 181 | 四、结转下年度 | 12 |: an
            # enumerated total row totals the rows of its own enumerator just before it, not the others
            siblings: list[int] = []
            for i in range(totals[0] - 1, -1, -1):
                if levels[i] != levels[totals[0]]:
                    break
                siblings.insert(0, i)
            if len(siblings) >= 2:
                out.extend(_column_breakdowns(grid, totals[0], siblings, exhaustive=True))
        elif len(totals) == 1:
            listed = _part_lists(grid, names, indents, levels)
            members = [
                i for i in range(len(rows)) if i != totals[0] and not _PART_ROW.match(names[i]) and i not in listed
            ]
            if totals[0] >= 2:
                # | Total | 44.5 | then | Memo: international aviation | 3.3 | or | Other items recorded(1) |: a row
                # under a total set below its rows stands outside it
                members = [i for i in members if i < totals[0]]
            labels = [i for i in members if not grid[i] and len(rows[i].cells) == 1]
            if labels:
                # | Total | ... | Federal | State | Sex | Male | Female |: the rows before the first label row, and
                # the rows under each label, are each a cut of the total, never summed with the others
                bounds = [totals[0], *labels, len(rows)]
                for a, b in itertools.pairwise(bounds):
                    cut = [i for i in members if a < i < b and grid[i]]
                    if len(cut) >= 2:
                        out.extend(_column_breakdowns(grid, totals[0], cut, exhaustive=True))
            elif members:
                least = min(indents[i] for i in members)
                members = [i for i in members if indents[i] == least]
                nested = _subtotals(grid, members)
                if nested and grid[totals[0]] and all(_sums_to(grid, totals[0], members, c) for c in grid[totals[0]]):
                    # | Health ... | 40% | 720 | over | Sport | 20% | 360 | and | Arts | 20% | 360 |: a row the next
                    # ones happen to add up to is no subtotal when every row together makes the total exactly
                    nested = {}
                if nested:
                    # | Community supervision | then | Probation | Parole |, all flush: a row that the rows after it
                    # add up to in every column is a subtotal, and they are its parts, not parts of the total beside
                    # it. The subtotals may count a person under two of them, so their sum is only a warning.
                    members = [i for i in members if not any(i in parts for parts in nested.values())]
                    for breakdown in _column_breakdowns(grid, totals[0], members, exhaustive=True):
                        breakdown.stated = False
                        out.append(breakdown)
                    for head, parts in nested.items():  # each subtotal over its own parts, as the table gives it
                        out.extend(_column_breakdowns(grid, head, parts, exhaustive=True))
                else:
                    out.extend(_column_breakdowns(grid, totals[0], members, exhaustive=True))
        listed_rows = _part_lists(grid, names, indents, levels)
        cuts = _stacked_cuts(grid, names, indents, label_indents)
        cut_rows = {i for lists in cuts.values() for rows_of_cut in lists for i in rows_of_cut}
        for head, lists in cuts.items():
            for rows_of_cut in lists:
                for breakdown in _column_breakdowns(grid, head, rows_of_cut, exhaustive=True):
                    # 其中：夏粮 with 秋粮 aligned under 夏粮, set in: all of it by the arithmetic, summed as a warning
                    breakdown.summed = len({indents[i] for i in rows_of_cut}) > 1
                    out.append(breakdown)
        for parent in range(len(rows)):
            children: list[int] = []
            if parent in cuts:
                continue
            for child in range(parent + 1, len(rows)):
                if child in cut_rows:
                    break  # a cut of a row above, not this row's parts
                # under 其中：夏粮, a row aligned with 夏粮 (秋粮) is its sibling, not set in under it
                set_in = indents[child] > label_indents[parent]
                # a second 其中 row after the first's list (其中：中长期贷款 after 企（事）业单位贷款) sets in under
                # the row just above it, never beside that list
                opens = _PART_ROW.match(names[child]) and not _PART_ROW.match(names[parent]) and not children
                # | 其中：出口额 | ... | then | 进口额 |: a row like the 其中 row goes on with its list
                goes_on = (
                    bool(children)
                    and not set_in
                    and _PART_ROW.match(names[children[0]])
                    and not _PART_ROW.match(names[child])
                    and (_alike_names(_PART_ROW.sub("", names[children[0]]), names[child]) or child in listed_rows)
                )
                if not (set_in or opens or goes_on):
                    break
                children.append(child)
            if children:
                # 粮食 / 夏粮, 秋粮 / 玉米 set in further: a row set in under a child is the child's part
                nearest = min(indents[c] for c in children)
                # 其中：夏粮 then 秋粮 aligned under 夏粮 in display columns: both are parts of the row above
                aligned = {label_indents[c] for c in children if indents[c] == nearest}
                children = [c for c in children if indents[c] == nearest or indents[c] in aligned]
            if children and not _TOTAL_ROW.match(names[parent]):
                # Four or more rows set in may be two breakdowns of the same total (by place, then by kind):
                # each is checked within the total, never summed with the others.
                # Rows that add up to the row they are set in under are all of its parts: summed too (a warning,
                # since that is read from the arithmetic, not stated), and no second breakdown among them.
                whole = _children_add_up(model, table, grid, parent, children, names)
                overlapping = len(children) >= 4 and not whole
                for breakdown in _column_breakdowns(grid, parent, children, exhaustive=False):
                    breakdown.summed = whole and not breakdown.exhaustive
                    breakdown.exhaustive = breakdown.exhaustive or whole
                    breakdown.overlapping = overlapping
                    out.append(breakdown)
        # | Fraud offences | 1,380 | [x] |: a column with a suppressed cell adds up to less than its total
        suppressed = {
            i
            for row in rows
            for i, (a, b) in enumerate(row.cells)
            if i > 0 and _SUPPRESSED.fullmatch(text[a:b].strip())
        }
        for breakdown in out[start:] if suppressed else ():
            if breakdown.exhaustive and _cell_column(table, breakdown.total) in suppressed:
                breakdown.exhaustive, breakdown.marker = False, SUPPRESSED
        note = _table_note(model, table)
        unsummed = _unsummed_columns(note)
        if unsummed:
            # "a person ... is counted in each, so headcounts do not sum to All staff": that column adds up to nothing
            kept = [
                b for b in out[start:] if not (b.exhaustive and _english_words(model.column_header(b.total)) & unsummed)
            ]
            out[start:] = kept
        for breakdown in out[start:] if note else ():
            # "the total includes 290 offences not allocated to a district", 合计数含市本级: rows not shown
            if breakdown.exhaustive and _TOTAL_INCLUDES.search(note):
                breakdown.exhaustive, breakdown.marker = False, SUPPRESSED
            elif _ROUNDED_NOTE.search(note):
                breakdown.stated = False  # "figures may not sum to the totals due to rounding": a warning
    return out


_MEDIANS = re.compile(r"\bmedians?\b|中位数", re.IGNORECASE)


def _of_medians(model: Model, table: Table) -> bool:
    """ "Table 2: Median gross weekly pay by occupation", | 中位数（元） |: a median of all employees is no sum of
    the medians of each group, so such a table's rows add up to nothing."""
    text = model.text
    caption = text[table.caption[0] : table.caption[1]] if table.caption else ""
    columns = len(table.rows[0].cells) if table.rows else 0
    return bool(_MEDIANS.search(caption)) or any(
        _MEDIANS.search(table.column_header(text, c)) for c in range(1, columns)
    )


_MEANS = re.compile(r"\b(?:means?|averages?)\b|平均", re.IGNORECASE)


def _of_means(model: Model, table: Table, grid: list[dict[int, Figure]], names: list[str]) -> bool:
    """ "Table 2: Mean household income by decile, £ per week" over | All households | 719 | 746 |: a mean of all
    households is no sum of each decile's, which add up to several times it.  A table that names a mean or an
    average (caption or header), whose total row the rows above it come, in every column, to more than twice:
    its rows add up to nothing (the parts of a mean that do add up to it, 人均收入 by source, come to it)."""
    text = model.text
    caption = text[table.caption[0] : table.caption[1]] if table.caption else ""
    columns = len(table.rows[0].cells) if table.rows else 0
    headers = [table.column_header(text, c) for c in range(1, columns)]
    if not (_MEANS.search(caption) or any(_MEANS.search(h) for h in headers)):
        return False
    totals = [i for i, name in enumerate(names) if _TOTAL_ROW.match(name)]
    if len(totals) != 1 or not grid[totals[0]]:
        return False
    total = grid[totals[0]]
    others = [cells for i, cells in enumerate(grid) if i != totals[0]]
    for column, cell in total.items():
        summed = sum((c[column].quantity.value * c[column].scale for c in others if column in c), Decimal(0))
        if summed <= 2 * cell.quantity.value * cell.scale:
            return False
    return True


# A note under a table that its totals hold more than its rows, or that its figures are rounded on their own
_TOTAL_INCLUDES = re.compile(
    r"\btotals?\b[^.;]{0,40}?\b(?:also\s+)?includ(?:e|es|ing)\b|(?:合计|总计|总数|全市|全县|全省|全区)[^。；]{0,10}?(?:含|包括|包含)",
    re.IGNORECASE,
)
_ROUNDED_NOTE = re.compile(
    r"(?:may|might|do|does) not (?:sum|add up|equal the sum)|not sum to|independently rounded|四舍五入|尾数",
    re.IGNORECASE,
)


_UNSUMMED_NOTE = re.compile(r"\b([a-z]{4,})\s+(?:do|does|will|would)\s+not\s+(?:sum|add up)\b(?![^.;]*\bround)", re.I)


def _unsummed_columns(note: str) -> set[str]:
    """The stems of what a table's note says does not add up, not for rounding ("so headcounts do not sum to All
    staff": headco), or an empty set."""
    return {m.group(1).lower()[:6] for m in _UNSUMMED_NOTE.finditer(note)} - {"figur", "figure", "number", "totals"}


def _english_words(header: str) -> set[str]:
    return {w[:6] for w in re.findall(r"[a-z]{4,}", header.lower())}


# A label row that opens a cut of the whole: 按经营地分, 按消费类型分, "By sex"
_CUT_LABEL = re.compile(r"^(?:按.{1,12}分[:：]?|by\s+\w+(?:\s+\w+)?:?)$", re.IGNORECASE)


def _cuts_under_a_head(grid: list[dict[int, Figure]], names: list[str], rows: list[Block]) -> list[Breakdown]:
    """| 社会消费品零售总额 | 1286.5 | over | 按经营地分 | then | 城镇 | 乡村 | and | 按消费类型分 | then | 商品零售 |
    餐饮收入 |: the first row is the whole, and the rows under each 按…分 label row are a cut of it, summed alone."""
    labels = [i for i in range(1, len(rows)) if not grid[i] and len(rows[i].cells) == 1]
    if not grid or not grid[0] or not labels or not all(_CUT_LABEL.match(names[i]) for i in labels):
        return []
    out: list[Breakdown] = []
    if labels[0] != 1:
        # | 常住人口 | then | 其中：城镇 | 乡村 | before | 按性别分 |: the rows before the first label are a cut of
        # the whole too, summed when they add up to it (else each is within it)
        first = [i for i in range(1, labels[0]) if grid[i]]
        if len(first) < 2 or not all(_PART_ROW.match(names[i]) for i in first[:1]):
            return []
        whole = all(
            all(c in grid[i] for i in first) and _adds_up(figure, [grid[i][c] for i in first])
            for c, figure in grid[0].items()
            if figure.role in (CURRENT, PREVIOUS) and not figure.is_percent
        )
        for breakdown in _column_breakdowns(grid, 0, first, exhaustive=whole):
            breakdown.summed = whole
            out.append(breakdown)
    for a, b in itertools.pairwise([*labels, len(rows)]):
        cut = [i for i in range(a + 1, b) if grid[i] and not _PART_ROW.match(names[i])]
        if len(cut) >= 2:
            out.extend(_column_breakdowns(grid, 0, cut, exhaustive=True))
    return out


def _table_note(model: Model, table: Table) -> str:
    """The note lines under a table (up to three lines that open with Note, Notes, 注, Source or a mark) and its
    caption: where a report says what its totals hold."""
    text = model.text
    lines = text[table.end : table.end + 600].split("\n")[1:]
    notes = [line for line in lines if line.strip()][:3]
    notes = [line for line in notes if re.match(r"\s*(?:notes?\b|注|说明|source|\*|\d[.)]?\s|\[|¹|²)", line, re.I)]
    caption = text[table.caption[0] : table.caption[1]] if table.caption else ""
    return "\n".join([caption, *notes])


SUPPRESSED = "[x]"  # the marker of a column breakdown one of whose cells the table leaves out: within its total only
# Cells a statistical table leaves without a figure to protect or qualify it: [x] suppressed, [c] confidential,
# [z] not applicable, .. or … not available, * too few to show.  (A dash is nil: the column still adds up.)
_SUPPRESSED = re.compile(r"\[[a-z]\]|\.\.|…|\*|[xc]|n/?a", re.IGNORECASE)


def _cell_column(table: Table, figure: Figure) -> int:
    row = next((r for r in table.rows if r.start <= figure.start < r.end), None)
    if row is None:
        return -1
    return next((i for i, (a, b) in enumerate(row.cells) if a <= figure.start < b), -1)


def _part_columns(model: Model, table: Table, grid: list[dict[int, Figure]]) -> list[Breakdown]:
    """| 事故起数 | 其中：较大事故 |, "| Offences | of which: domestic abuse-related |": a column whose header opens
    with 其中 or "of which" holds, in each row, a part of the cell in the column before it (the nearest whose
    header does not open so)."""
    if table.header < 0:
        return []
    width = len(table.rows[table.header].cells)
    headers = [table.column_header(model.text, i) for i in range(width)]
    out = []
    for column in range(2, width):
        if not _PART_ROW.match(headers[column]):
            continue
        whole = next((c for c in range(column - 1, 0, -1) if not _PART_ROW.match(headers[c])), 0)
        if whole <= 0:
            continue
        for cells in grid:
            total, part = cells.get(whole), cells.get(column)
            if total is None or part is None or total.unit != part.unit or total.role not in (CURRENT, PREVIOUS):
                continue
            out.append(Breakdown(total, [part], "其中", exhaustive=False, stated=True))
    return out


def _stacked_cuts(
    grid: list[dict[int, Figure]], names: list[str], indents: list[int], label_indents: list[int] | None = None
) -> dict[int, list[list[int]]]:
    """| 常住人口 | 96.48 | then | 其中：城镇 | 58.32 | 乡村 | 38.16 | 其中：男性 | 49.15 | 女性 | 47.33 | ...: a
    其中 row and the flush rows after it (or, in a plain table, the rows aligned under its name after 其中：) that
    add up to the row above them all, in a column both have, are a cut of it; a 其中 row right after a cut opens
    another cut of the same row (by sex after by residence) when its rows add up to it too, else it sets in under
    the row just above (其中：65岁及以上 under 60岁及以上)."""
    cuts: dict[int, list[list[int]]] = {}
    head = -1
    i = 0
    while i < len(names):
        if not _PART_ROW.match(names[i]):
            if head < 0 or not any(i in rows for rows in cuts.get(head, [])):
                head = i
            i += 1
            continue
        top = head if head in cuts else i - 1
        column = next((c for c in sorted(grid[top]) if c in grid[i]), None) if top >= 0 else None
        if column is None:
            i += 1
            continue
        total = grid[top][column]
        members: list[int] = []
        lo = hi = Decimal(0)
        for j in range(i, len(names)):
            cell = grid[j].get(column)
            if (
                cell is None
                or indents[j] not in (indents[i], label_indents[i] if label_indents else indents[i])
                or (j > i and _PART_ROW.match(names[j]))
                or cell.unit != total.unit
            ):
                break
            members.append(j)
            lo += cell.quantity.interval.lo * cell.scale
            hi += cell.quantity.interval.hi * cell.scale
            if lo > total.quantity.interval.hi * total.scale:
                break
            if hi >= total.quantity.interval.lo * total.scale:
                break
        if len(members) >= 2 and _adds_up(total, [grid[j][column] for j in members]):
            cuts.setdefault(top, []).append(members)
            head = top
            i = members[-1] + 1
        else:
            i += 1
    return cuts


def _unnamed_total(
    model: Model, table: Table, grid: list[dict[int, Figure]], names: list[str], indents: list[int]
) -> list[Breakdown]:
    """| Ashby | 128.4 | 10,270 | ... | Harwick force area | 510.8 | 40,820 |, | Net revenue expenditure | 299.8 |: a
    last row the flush rows above it add up to, in every column of amounts but one at most and in two at least,
    is their total, though its name does not say so: in all those columns (a rate or change column aside)."""
    last = len(grid) - 1
    least = min(indents[:last], default=0)
    members = [i for i in range(last) if indents[i] == least and grid[i] and not _PART_ROW.match(names[i])]
    if len(members) < 3 or indents[last] != least or _PART_ROW.match(names[last]):
        return []
    columns = [
        c
        for c, figure in grid[last].items()
        if figure.role in (CURRENT, PREVIOUS)
        and not _NOT_A_PART_COLUMN.search(table.column_header(model.text, c))
        and all(c in grid[i] and grid[i][c].unit == figure.unit for i in members)
    ]
    held = [c for c in columns if _adds_up(grid[last][c], [grid[i][c] for i in members])]
    if len(held) < 2 or len(columns) - len(held) > 1:
        return []
    only = {c: grid[last][c] for c in columns}
    return _column_breakdowns([*grid[:last], only], last, members, exhaustive=True)


def _children_add_up(
    model: Model, table: Table, grid: list[dict[int, Figure]], parent: int, children: list[int], names: list[str]
) -> bool:
    """| 全体居民人均可支配收入 | 38652 | over | 工资性收入 | 经营净收入 | ... set in: rows set in under a row, none
    opening with 其中 or "of which", that add up to it in every column of amounts (two rows at least) are all of
    its parts, a breakdown to sum, not a 其中 list."""
    if len(children) < 2 or any(_PART_ROW.match(names[c]) for c in children):
        return False
    columns = [
        c
        for c, figure in grid[parent].items()
        if figure.role in (CURRENT, PREVIOUS) and not _NOT_A_PART_COLUMN.search(table.column_header(model.text, c))
    ]
    return bool(columns) and all(
        all(c in grid[i] and grid[i][c].unit == grid[parent][c].unit for i in children)
        and _adds_up(grid[parent][c], [grid[i][c] for i in children])
        for c in columns
    )


def _part_lists(
    grid: list[dict[int, Figure]], names: list[str], indents: list[int], levels: list[int] | None = None
) -> set[int]:
    """| 公务用车购置及运行维护费 | 30.5 | then | 其中：公务用车购置费 | 8.0 | and | 公务用车运行维护费 | 22.5 |,
    flush in a Markdown table: the rows that go on with a 其中 row's list (named alike, or closing a sum to the
    row above it), which are parts of that row, never of the table's total.  Under an enumerated row (| 一、税收收入 |
    then | 其中：增值税 | 企业所得税 | ... | 二、非税收入 |) the list runs to the next enumerated row."""
    out: set[int] = set()
    for start, name in enumerate(names):
        if not start or not _PART_ROW.match(name) or not grid[start - 1]:
            continue
        head = _PART_ROW.sub("", name).lstrip("：: ")
        run = [start]
        enumerated = levels is not None and levels[start - 1] > 0 and not levels[start]
        for i in range(start + 1, len(names)):
            if indents[i] != indents[start] or _PART_ROW.match(names[i]) or not grid[i]:
                break
            if enumerated and levels is not None:
                if levels[i]:
                    break
                run.append(i)
                continue
            closes = any(
                all(c in grid[j] for j in [*run, i]) and _adds_up(figure, [grid[j][c] for j in [*run, i]])
                for c, figure in grid[start - 1].items()
                if figure.role in (CURRENT, PREVIOUS) and not figure.is_percent
            )
            if not (closes or _alike_names(head, names[i])):
                break
            run.append(i)
            if closes:
                break
        out.update(run[1:])
    return out


def _unnamed_head_total(
    model: Model,
    table: Table,
    grid: list[dict[int, Figure]],
    names: list[str],
    indents: list[int],
    levels: list[int],
) -> list[Breakdown]:
    """| 一般公共预算支出 | 986500 | 962318 | over | 一般公共服务支出 | 教育支出 | ... |, | 一般公共预算收入 | over |
    一、税收收入 | 二、非税收入 |: a first row that the rows under it add up to (those flush with the first under
    it, or those of its enumerator when it has one), in every column of amounts (a rate or change column aside;
    one may fail when two or more hold), is their total, though its name does not say so."""
    if len(grid) < 3 or not grid[0]:
        return []
    least = min(indents[1:])
    members = [i for i in range(1, len(grid)) if indents[i] == least and grid[i] and not _PART_ROW.match(names[i])]
    level = levels[members[0]] if members else 0
    if level:
        members = [i for i in members if levels[i] == level]
    if len(members) < 2 or indents[0] != least:
        return []  # rows set in under the first are its parts by their layout (_table_breakdowns' children)
    columns = [
        c
        for c, figure in grid[0].items()
        if figure.role in (CURRENT, PREVIOUS)
        and not _NOT_A_PART_COLUMN.search(table.column_header(model.text, c))
        and all(c in grid[i] and grid[i][c].unit == figure.unit for i in members)
    ]
    held = [c for c in columns if _adds_up(grid[0][c], [grid[i][c] for i in members])]
    if not (len(held) >= 2 and len(columns) - len(held) <= 1) and not (len(columns) == len(held) == 1):
        return []
    only = {c: grid[0][c] for c in columns}
    out = _column_breakdowns([only, *grid[1:]], 0, members, exhaustive=True)
    for breakdown in out if len(columns) == 1 else ():
        breakdown.summed = True  # one column that adds up: read from its arithmetic alone, a warning
    return out


def _adds_up(total: Figure, parts: list[Figure]) -> bool:
    """Whether the parts' intervals, summed in their scale, meet the total's."""
    lo = sum((p.quantity.interval.lo * p.scale for p in parts), Decimal(0))
    hi = sum((p.quantity.interval.hi * p.scale for p in parts), Decimal(0))
    interval = total.quantity.interval
    return lo <= interval.hi * total.scale and interval.lo * total.scale <= hi


_TOTAL_COLUMN = re.compile(r"[\u4e00-\u9fff]{2}(?:合计|总计)$")  # | 支出合计 | 基本支出 | 项目支出 |
_PAIR_COLUMNS = (
    ("男", "女"), ("城镇", "农村"), ("城镇", "乡村"), ("城区", "农村"), ("市区", "郊区"),
    ("male", "female"), ("men", "women"), ("urban", "rural"),
)  # fmt: skip
_NOT_A_PART_COLUMN = re.compile(
    r"增长|增减|增幅|同比|比上年|变化|%|％|率|比重|占比|growth|change|rate|per ?cent|share", re.I
)


def _row_breakdowns(model: Model, table: Table, grid: list[dict[int, Figure]]) -> list[Breakdown]:
    """| 区县 | 合计 | 道路运输 | 工矿商贸 | 火灾 | 城区 | 农村 |: a 合计/Total column totals the row's other columns.
    Columns that cut the total along another line (城区 and 农村 beside the sectors, 男 and 女) are a
    breakdown of their own: each group is summed on its own, never the two together (warnings: that a group
    is all of the total is inferred)."""
    if table.header < 0:
        return []
    text = model.text
    headers = [table.column_header(text, i) for i in range(len(table.rows[table.header].cells))]
    total_columns = [i for i, h in enumerate(headers) if i > 0 and (_TOTAL_ROW.match(h) or _TOTAL_COLUMN.search(h))]
    if len(total_columns) != 1:
        return []
    total_column = total_columns[0]
    parts = [
        i
        for i, h in enumerate(headers)
        if i > 0 and i != total_column and h and not _NOT_A_PART_COLUMN.search(h) and not _YEAR.search(h)
    ]
    if not parts:
        return _years_total(model, table, grid, headers, total_column)
    groups: list[list[int]] = []
    for one, other in _PAIR_COLUMNS:
        pair = [i for i in parts if headers[i].lower().startswith((one, other))]
        if len(pair) == 2 and any(headers[i].lower().startswith(one) for i in pair):
            groups.append(pair)
    grouped = {i for g in groups for i in g}
    rest = [i for i in parts if i not in grouped]
    if rest:
        groups.append(rest)
    found: list[tuple[int, Figure, list[Figure]]] = []
    blocks = [r for i, r in enumerate(table.rows) if i != table.header]
    for cells, block in zip(grid, blocks, strict=False):
        total = cells.get(total_column)
        if total is None or total.role not in (CURRENT, PREVIOUS):
            continue
        for g, group in enumerate(groups):
            members = [cells[i] for i in group if i in cells and cells[i].unit == total.unit]
            # | February | 398 | 301 | — | 699 |: a dash is nil, and the row's other cells still add up
            nil = [
                i
                for i in group
                if i not in cells and i < len(block.cells) and _NIL.fullmatch(_cell_text(text, block, i))
            ]
            if len(members) >= 2 and len(members) + len(nil) == len(group):
                found.append((g, total, members))
    # | Killed | KSI | All casualties |: where a group falls well short of the total in every row (two at least),
    # its columns are some of the total's kinds, or overlap, never all of it: within the total only (a slip in
    # one row of a whole breakdown still leaves the other rows adding up, so it is still caught)
    some = {
        g
        for g in {g for g, _, _ in found}
        if len(rows := [(t, m) for h, t, m in found if h == g]) >= 2 and all(_well_short(t, m) for t, m in rows)
    }
    return [Breakdown(t, m, "其中" if g in some else "合计", exhaustive=False, stated=True) for g, t, m in found]


def _unnamed_total_column(model: Model, table: Table, grid: list[dict[int, Figure]]) -> list[Breakdown]:
    """| 流域 | 断面数 | Ⅰ～Ⅲ类 | Ⅳ类 | Ⅴ类 | 优良比例(%) |, "| Force | Officers | Full-time | Part-time |": a column
    of amounts that the columns right after it (two at least, of its unit, no change, rate or share among them)
    add up to in every row but one at most (three rows at least, and one in ten of a long table), though its
    header does not say it totals them, is their total in every row: all of it by the arithmetic alone, so the
    sum is a warning (a row that does not add up is still checked)."""
    if table.header < 0:
        return []
    text = model.text
    width = len(table.rows[table.header].cells)
    headers = [table.column_header(text, i) for i in range(width)]
    rows = [cells for cells in grid if cells]
    if len(rows) < 3:
        return []

    def part_column(column: int) -> bool:
        header = headers[column]
        return bool(header) and not _NOT_A_PART_COLUMN.search(header) and not _YEAR.search(header)

    for whole in range(1, width - 2):
        if not part_column(whole):
            continue
        for end in range(whole + 3, width + 1):
            parts = list(range(whole + 1, end))
            if not all(part_column(c) for c in parts):
                break
            held = 0
            complete = 0
            for cells in rows:
                total = cells.get(whole)
                found = [cells[c] for c in parts if c in cells]
                if total is None or total.role not in (CURRENT, PREVIOUS) or total.is_percent:
                    continue
                if len(found) < len(parts) or any(m.unit != total.unit or m.role != total.role for m in found):
                    continue
                complete += 1
                held += _adds_up(total, found)
            if complete < 3 or complete < len(rows) - 1 or complete - held > max(1, complete // 10):
                continue
            if held < 3 or (held == complete - 1 and complete < 5):
                continue
            out = []
            for cells in rows:
                total = cells.get(whole)
                members = [cells[c] for c in parts if c in cells]
                if total is not None and len(members) == len(parts) and all(m.unit == total.unit for m in members):
                    out.append(Breakdown(total, members, "合计", exhaustive=True, stated=True, summed=True))
            return out
    return []


def _years_total(
    model: Model, table: Table, grid: list[dict[int, Figure]], headers: list[str], total_column: int
) -> list[Breakdown]:
    """| Service | 2026-27 | 2027-28 | 2028-29 | Total |: a Total column after columns that are all years totals
    the years of its row (a programme over several years), when the rows bear it out: all but one in ten (one
    at least) add up within their rounding, in three rows at least.  Else the years are no parts of it
    (| 2024 | 2025 | Total | of two counts over another line)."""
    years = [i for i, h in enumerate(headers) if 0 < i < total_column and _YEAR.search(h)]
    if len(years) < 2 or any(not _YEAR.search(h) for i, h in enumerate(headers) if 0 < i < total_column):
        return []
    found: list[tuple[Figure, list[Figure]]] = []
    for cells in grid:
        total = cells.get(total_column)
        members = [cells[i] for i in years if i in cells]
        if total is None or len(members) != len(years) or total.is_percent:
            continue
        if all(m.unit == total.unit and m.is_amount and not m.is_percent for m in members):
            found.append((total, members))
    misses = sum(not _adds_up(total, members) for total, members in found)
    if len(found) < 3 or misses > max(1, len(found) // 10):
        return []
    return [Breakdown(total, members, "合计", exhaustive=True, stated=True) for total, members in found]


_TOTAL_CUE_ZH = re.compile(r"合计|总计|共计|共有|总数")


def _text_totals_of_columns(model: Model, found: list[Breakdown]) -> list[Breakdown]:
    """全市各级各类学校在校学生合计120862人 over | 学校类别 | 招生数 | 在校生数 | with no total row: the one text
    figure just before the table that a word of total (合计, 共有, 总数) opens and whose label shares a word with a
    column's header (在校学生 and 在校生数) is the sum of that column, when the table's rows are all flush (no 其中
    or # row, none set in) and come to it within a tenth (else the rows are not all its parts)."""
    if model.language != "zh":
        return []
    structure = model.structure
    text = model.text
    index_of = {block.start: i for i, block in enumerate(structure.blocks) if block.kind == ROW}
    in_tables = {b.total.block for b in found if b.total.in_table}
    out: list[Breakdown] = []
    for table in structure.tables:
        rows = [r for i, r in enumerate(table.rows) if i != table.header]
        if table.header < 0 or len(rows) < 3 or len(rows) > 60:
            continue
        names = [text[r.cells[0][0] : r.cells[0][1]] if r.cells else "" for r in rows]
        if any(_TOTAL_ROW.match(n.strip()) or _PART_ROW.match(n.strip()) or n != n.lstrip() for n in names):
            continue
        blocks = [index_of.get(r.start, -1) for r in rows]
        if any(b in in_tables for b in blocks):
            continue
        grid = [
            {model.cell_column(f): f for f in model.block_figures(b) if f.is_amount and not f.duplicate} for b in blocks
        ]
        first = min((f for cells in grid for f in cells.values()), key=lambda f: f.number, default=None)
        if first is None:
            continue
        before = [
            f
            for f in model.figures[max(0, first.number - 40) : first.number]
            if not f.in_table
            and f.section == first.section
            and f.role == CURRENT
            and f.is_amount
            and not f.aside
            and _TOTAL_CUE_ZH.search(text[f.clause[0] : f.start])
        ]
        for column in range(1, len(table.rows[table.header].cells)):
            cells = [c.get(column) for c in grid]
            if any(c is None for c in cells):
                continue
            parts = [c for c in cells if c is not None]
            if len({p.unit for p in parts}) != 1 or parts[0].role != CURRENT or parts[0].is_percent:
                continue
            header = re.sub(r"[（(][^）)]*[）)]", "", table.column_header(text, column))
            words = {header[i : i + 2] for i in range(len(header) - 1)}
            totals = [
                f
                for f in before
                if f.unit == parts[0].unit and words & {f.label[i : i + 2] for i in range(len(f.label) - 1)}
            ]
            if len(totals) != 1:
                continue
            (total,) = totals
            summed = sum((p.quantity.value * p.scale for p in parts), Decimal(0))
            whole = total.quantity.value * total.scale
            if whole > 0 and abs(summed - whole) <= whole / 10:
                out.append(Breakdown(total, parts, "合计", exhaustive=True, stated=True))
    return out


_NIL = re.compile(r"[—–\-－]")


def _cell_text(text: str, block: Block, column: int) -> str:
    start, end = block.cells[column]
    return text[start:end].strip()


def _well_short(total: Figure, parts: list[Figure]) -> bool:
    """Parts adding up to less than nine tenths of their total, as written."""
    summed = sum((p.quantity.value * p.scale for p in parts), Decimal(0))
    return summed < total.quantity.value * total.scale * Decimal("0.9")


def _names_all(total: str, parts: list[str]) -> bool:
    """货物进出口总额 over 出口额 and 进口额: a total whose name is made of its parts' names is all of them."""
    words = [_PART_ROW.sub("", p) for p in parts]
    return len(words) >= 2 and all(w and set(w) <= set(total) for w in words)


def _alike_names(a: str, b: str) -> bool:
    """进口额 like 出口额 (their first or last two characters); in English, their first or last word ("Imports of
    goods" like "Exports of goods", never "mental health nurses" like "Midwives")."""
    words_a: list[str] = re.findall(r"[a-z]+", a.lower())
    words_b: list[str] = re.findall(r"[a-z]+", b.lower())
    if words_a and words_b:
        return words_a[0][:5] == words_b[0][:5] or words_a[-1][:5] == words_b[-1][:5]
    return len(a) >= 2 and len(b) >= 2 and (a[:2] == b[:2] or a[-2:] == b[-2:])


_HEAD_TOTAL_ROW = re.compile(r"[\u4e00-\u9fff](?:合计|总计|小计)")


def _segment_breakdowns(grid: list[dict[int, Figure]], names: list[str], indents: list[int]) -> list[Breakdown]:
    """A yearbook table of several blocks, each headed by its own total (| 床位合计数（张） |, then | #医院 |,
    | 卫生院 |, ... up to | 卫生人员合计（人） |): the rows of a block, but for those marked # or 其中 (parts of
    the row above), add up to its head in every column where each of them has a figure."""
    heads = [i for i, name in enumerate(names) if _HEAD_TOTAL_ROW.search(name) and not _PART_ROW.match(name)]
    if not heads or (heads[0] != 0 and any(grid[i] for i in range(heads[0]))):
        return []  # rows above the first head would belong to no block
    out: list[Breakdown] = []
    for head, end in zip(heads, [*heads[1:], len(names)], strict=True):
        rows = [i for i in range(head + 1, end) if grid[i]]
        if len(rows) < 2:
            continue
        least = min(indents[i] for i in rows)
        members = [i for i in rows if indents[i] == least and not _PART_ROW.match(names[i])]
        if head + 1 < end and _PART_ROW.match(names[head + 1]):
            # | #医院 | right under the head is one of its parts, as 其中 marks it
            members = sorted({head + 1, *members})
        # a column where a member's cell is blank (or in another unit) cannot be checked: no breakdown there
        out.extend(_column_breakdowns(grid, head, members, exhaustive=True, complete=True))
    return out


def _totals_below(grid: list[dict[int, Figure]], names: list[str], totals: list[int]) -> list[Breakdown]:
    """| Untried | Convicted unsentenced | All remand | Less than 12 months | ... | All sentenced | All adult males |:
    each "All" row below its parts totals the rows since the one before it, and a last one with no rows of its own
    totals those before it; warnings, since the layout, not the text, says which rows each sums."""
    out: list[Breakdown] = []
    start = 0
    subtotals: list[int] = []
    for total in totals:
        rows = [i for i in range(start, total) if grid[i] and not _PART_ROW.match(names[i])]
        if len(rows) >= 2:
            parts = rows
            subtotals.append(total)
        else:
            parts = subtotals if not rows else []  # a last "All" row with no rows of its own: the ones before it
        for breakdown in _column_breakdowns(grid, total, parts, exhaustive=True, complete=True):
            breakdown.stated = False  # which rows an "All" row sums is read from the layout: a warning
            out.append(breakdown)
        start = total + 1
    return out


def _subtotals(grid: list[dict[int, Figure]], rows: list[int]) -> dict[int, list[int]]:
    """Rows that the two or more rows right after them add up to exactly, in every column where they have a
    figure (each of those rows with a figure there too): subtotal -> its parts."""
    out: dict[int, list[int]] = {}
    position = 0
    while position < len(rows):
        head = rows[position]
        found = None
        for count in range(2, min(8, len(rows) - position - 1) + 1):
            parts = rows[position + 1 : position + 1 + count]
            if grid[head] and all(_sums_to(grid, head, parts, column) for column in grid[head]):
                found = parts
                break
        if found is None:
            position += 1
            continue
        out[head] = found
        position += 1 + len(found)
    return out


def _sums_to(grid: list[dict[int, Figure]], head: int, parts: list[int], column: int) -> bool:
    cells = [grid[i].get(column) for i in parts]
    if any(c is None for c in cells):
        return False
    total = grid[head][column].quantity.value * grid[head][column].scale
    return sum(c.quantity.value * c.scale for c in cells if c is not None) == total


def _column_breakdowns(
    grid: list[dict[int, Figure]], total: int, parts: list[int], *, exhaustive: bool, complete: bool = False
) -> list[Breakdown]:
    """The total's breakdown over ``parts`` in each of its columns (``complete``: only columns where every part
    has a cell of the total's unit)."""
    out = []
    for column, figure in grid[total].items():
        members = [grid[i][column] for i in parts if column in grid[i] and grid[i][column].unit == figure.unit]
        if complete and len(members) != len(parts):
            continue
        if len(members) >= (2 if exhaustive else 1) and figure.role in (CURRENT, PREVIOUS):
            named = exhaustive or _names_all(figure.label, [m.label for m in members])
            out.append(Breakdown(figure, members, "合计" if exhaustive else "其中", named, True))
    return out


_GENERIC_LABEL = re.compile(r"总|全年|全部|各类|合计|累计|^其中[:：]?|^the |\btotal ")


def same_quantity_label(label: str, english: bool) -> str:
    """A label as repeats compare it: 粮食总产量 is 粮食产量 in its table, "property crimes" "Property crime"."""
    label = _GENERIC_LABEL.sub("", re.sub(r"\s+", " ", label)).strip()
    if english:
        label = " ".join(re.sub(r"(?<=[a-z]{3})s$", "", w) for w in label.lower().split())
    return label


_YEAR = re.compile(r"(?:19|20)\d{2}")


def _previous_by_year(model: Model, groups: dict[int, Group]) -> None:
    """2022年,受理行政复议案件326件...;2023年受理行政复议案件358件,同比增长9.8%: the same label a year
    earlier, in the same paragraph, is the previous value."""
    for group in groups.values():
        current = group.current
        if group.previous is not None or group.percent is None:
            continue
        year = _YEAR.search(current.period)
        if year is None:
            continue
        earlier = str(int(year.group()) - 1)
        for figure in model.near_in_block(current):
            if (
                figure.start < current.start
                and figure.role == CURRENT
                and figure.label == current.label
                and figure.unit == current.unit
                and _YEAR.search(figure.period) is not None
                and earlier in figure.period
                and figure.period.replace(earlier, year.group(), 1) == current.period
            ):
                group.previous = figure
                break


# 去年同期营业收入和利润总额分别为2712.4亿元和192.8亿元: the names a sentence of earlier values lists before 分别为
_EARLIER_NAMES_ZH = re.compile(
    r"(?:上年同期|去年同期|上年末|去年末|上年|去年)(?:全[省市县区])?([\u4e00-\u9fff、]{2,40}?)分别(?:为|是)$"
)


def _previous_by_name(model: Model, groups: dict[int, Group]) -> None:
    """上年同期，全市接待游客1862万人次。今年1—9月，全市接待游客2043万人次，同比增长9.7%: an earlier period's value
    no figure beside it owns is the previous value of the one figure of its paragraph, with a percentage change and
    no previous value, that bears its label (or the name a 分别为 list gives it by its place), in its unit; a
    warning."""
    orphans = [f for f in model.figures if f.role == PREVIOUS and f.owner is None and not f.aside and not f.in_table]
    if not orphans:
        return
    for orphan in orphans:
        name = orphan.label
        earlier = [f for f in model.in_sentence(orphan) if f.role == PREVIOUS and not f.aside]
        listed = _EARLIER_NAMES_ZH.search(model.text[orphan.sentence[0] : earlier[0].start])
        if listed is not None:
            names = [n for n in re.split(r"[、和及与]", listed.group(1)) if n]
            place = earlier.index(orphan)
            name = names[place] if len(names) == len(earlier) else ""
        if len(name) < 2:
            continue
        wanted = [
            group
            for group in groups.values()
            if group.previous is None
            and group.percent is not None
            and group.current.block == orphan.block
            and group.current.unit == orphan.unit
            and not group.current.real
            and (group.current.label == name or (listed is not None and group.current.label.endswith(name)))
        ]
        if len(wanted) != 1:
            continue
        group = wanted[0]
        group.previous, group.stated = orphan, False
        orphan.owner = group.current


_YEAR_IN_HEADER = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


_EARLIER_IN_HEADER_ZH = re.compile(r"^(?:上年|去年|上一年|前一年)(?:同期)?")


def _same_measure_column(model: Model, previous: Figure, later: list[Figure]) -> Figure | None:
    """Of a row's current cells, the one whose column is the previous cell's without its earlier period
    (| 上年决算数 | and | 决算数 |), when exactly one is."""
    if model.language != "zh":
        return None
    name = _EARLIER_IN_HEADER_ZH.sub("", model.column_header(previous)).strip()
    if not name or name == model.column_header(previous).strip():
        return None
    same = [f for f in later if model.column_header(f).strip() == name]
    return same[0] if len(same) == 1 else None


def _table_change_bases(model: Model, groups: dict[int, Group]) -> list[Group]:
    """| Offence | 2015 | 2024 | 2025 | % change 2024 to 2025 | % change since 2015 |: each change column is measured
    from the year its header names first (the year before the current one when it names none), never from the
    first year column.  The changes against another year than the group's own are groups of their own."""
    out: list[Group] = []
    for group in list(groups.values()):
        current = group.current
        if not current.in_table:
            continue
        row = [f for f in model.in_block(current) if f.owner is current]
        earlier = [f for f in row if f.role == PREVIOUS]
        changes = [
            f
            for f in model.in_block(current)
            if f.role in (CHANGE, PERCENT_CHANGE) and f.start > current.start and f.owner in (None, current)
        ]
        if len(earlier) < 2 or not changes:
            continue
        years: dict[int, Figure] = {}
        for figure in earlier:
            found = _YEAR_IN_HEADER.findall(model.column_header(figure))
            if len(found) == 1:
                years[int(found[0])] = figure
        if len(years) != len(earlier):
            group.previous = None  # previous columns the header does not tell apart: pair none
            continue
        latest = years[max(years)]
        group.previous, group.change, group.percent = latest, None, None
        for change in changes:
            named = [int(y) for y in _YEAR_IN_HEADER.findall(model.column_header(change))]
            base = years.get(min(named)) if named else latest
            if base is None:
                continue  # a year no column holds
            change.owner = current
            if base is latest and _slot(group, change.role) is None:
                _fill(group, change)
                continue
            other = next((g for g in out if g.current is current and g.previous is base), None)
            if other is None:
                other = Group(current, previous=base)
                out.append(other)
            if _slot(other, change.role) is None:
                _fill(other, change)
    return out


def _previous_from_tables(model: Model, groups: dict[int, Group]) -> None:
    """ "Property crimes rose 3.9% to 156,818" with a table row | Property crime | 152,404 | 156,818 |: the
    table gives the previous value the sentence leaves out."""
    english = model.language == "en"
    rows: dict[str, Group] = {}
    for group in groups.values():
        if group.current.in_table and group.previous is not None:
            rows.setdefault(same_quantity_label(group.current.label, english), group)
    if not rows:
        return
    for group in list(groups.values()):
        current = group.current
        if current.in_table or group.previous is not None or group.percent is None:
            continue
        row = rows.get(same_quantity_label(current.label, english))
        units = {row.current.unit, current.unit} if row is not None else set()
        if row is not None and (len(units) == 1 or None in units) and row.previous is not None:
            group.previous = row.previous
            if row.previous.unit is None and current.unit is not None:
                row.previous.claim_unit = current.unit  # a bare cell beside "156,818 offenses" counts offenses


# "Of those starting a programme", "Among those aged 65 or over": a group the words after "those" define, not
# the figure of the sentence before (as "Of those waiting, ..." after a waiting list is)
_NEW_GROUP = r"(?!\s+(?:aged\b|[a-z]+ing\s+[a-z]))"
_OF_THESE_EN = re.compile(
    rf"\s*(?:(?:of|among) (?:these|them|those{_NEW_GROUP})|within (?:this|that|these)[ ,])", re.IGNORECASE
)


_THOSE_WHO_EN = re.compile(r"\s*(?:of|among) those who ([a-z]{3,})\s*,", re.IGNORECASE)


def _those_who_did(model: Model, first: Figure, lead: Figure | None) -> Figure | None:
    """ "1,274 officers joined the forces and 976 left. The leaving rate was 8.5%. Of those who left, 412 resigned":
    "those who left" are the amount of the two sentences before (in the paragraph) that the verb follows, not their
    lead; None when no amount there is so followed."""
    who = _THOSE_WHO_EN.match(model.before(first, first.sentence))
    if who is None:
        return lead
    verb = who.group(1).lower()
    back = model.previous_sentence(first)
    for _ in range(2):
        prior = [f for f in back if _amount(f) and f.block == first.block]
        for at, figure in enumerate(prior):
            end = prior[at + 1].start if at + 1 < len(prior) else figure.sentence[1]
            words = re.findall(r"[a-z]+", model.text[figure.end : min(end, figure.end + 40)].lower())
            if verb in words[:3]:
                return figure
        if not back:
            break
        back = model.previous_sentence(back[0])
    return None


def _names_those(model: Model, first: Figure, lead: Figure) -> bool:
    """ "Of those waiting, 2.9 million had waited ..." after "7.6 million were waiting": the group a participle after
    "those" defines is the lead only when the lead's clause says it; "Of those leaving, ..." after "24,310 entered
    detention ... and 24,020 left" names no figure whose clause says "leaving" (nor says which it is)."""
    if model.language != "en":
        return True
    participle = re.match(r"\s*(?:of|among) those ([a-z]+)ing\s*,", model.before(first, first.sentence), re.IGNORECASE)
    if participle is None:
        return True
    stem = participle.group(1).lower()[:4]
    return stem in model.text[lead.clause[0] : lead.clause[1]].lower()


def _MARKER_START(model: Model, figure: Figure) -> bool:
    head = model.before(figure, figure.sentence)
    pattern = _MARKERS_EN if model.language == "en" else _MARKERS_ZH
    if model.language == "en" and _OF_THESE_EN.match(head):
        return True  # "Of these, 418 were robberies": one part, its total in the sentence before
    return bool(pattern.search(head))


# -- owners ---------------------------------------------------------------------------------------------


def _compatible(role_figure: Figure, current: Figure) -> bool:
    if role_figure.role == PERCENT_CHANGE:
        return current.is_measure or (current.is_percent and current.role == CURRENT)
    if current.unit == role_figure.unit:
        return True
    # "from 11.3 to 18.6 months": a bare number takes the unit of the figure it runs to
    return (role_figure.unit is None and current.is_measure) or (current.unit is None and role_figure.is_measure)


_COUNTED_BY = re.compile(
    r"([\u4e00-\u9fff]{0,2}?)([件人起户家个次])数(?:分别)?(?:同比|比上年)?(?:下降|上升|增长|减少|增加|提高|降低)[了]?$"
)


_YEAR_BEFORE_ASIDE = re.compile(r"[（(，,、]\s*(?:上年同期|去年同期|上年同月|去年同月|上年|去年)(?:分别)?(?:为|是)?$")


def _owner_of_the_base_unit(model: Model, figures: list[Figure], index: int, owner: Figure) -> Figure:
    """``受理审查起诉案件936件1302人，同比下降6.6%（去年同期为1002件）``: a percentage whose bracketed earlier value
    right after it is in the other unit of a pair (件 of 936件1302人) is of the figure in that unit."""
    base = figures[index + 1]
    if (
        base.role != PREVIOUS
        or not base.aside
        or base.unit == owner.unit
        or not re.fullmatch(r"\s*[（(][^（()）]{0,10}", model.text[figures[index].end : base.start])
    ):
        return owner
    pair = [
        f
        for f in figures[:index]
        if f.role == CURRENT
        and not f.aside
        and f.unit == base.unit
        and f.clause == owner.clause
        and f.end == owner.start
    ]
    return pair[0] if len(pair) == 1 else owner


_BASE_THEN_CHANGE_ZH = re.compile(r"\s*[）)]\s*(?:增长|下降|上升|减少|增加|提高|降低|回落|上涨|下跌)了?\s*")
_UP_DOWN_ASIDE = re.compile(r"\(\s*(?:up|down)\s+$")  # "decreased 8% (down 126,100 prisoners)"


def _owners(model: Model, figures: list[Figure], groups: dict[int, Group]) -> None:
    text = model.text
    english = model.language == "en"
    respectively = _distributions(model, figures)
    for index, figure in enumerate(figures):
        if (
            figure.role not in (PREVIOUS, CHANGE, PERCENT_CHANGE)
            or (
                figure.aside
                and figure.role == CHANGE
                and not _UP_DOWN_ASIDE.search(text[: figure.start][-8:].lower())
                # "(19% or 127,300)", "an increase of 4% (1,700 prisoners)": the change's other measure
                and not re.search(r"%\s*(?:or|\()\s*$", text[: figure.start][-8:])
            )
        ):
            continue  # "(51,420 crimes)" after "the previous year", "(2.1%)" after an increase: asides that count
        if (
            not english
            and figure.role in (CHANGE, PERCENT_CHANGE)
            and (
                month_on_month := _MONTH_ON_MONTH.search(text, max(figure.sentence[0], figure.start - 30), figure.start)
            )
            and not any(
                f.role == PREVIOUS
                and (f.aside or PREVIOUS_MONTH_CLAUSE_ZH.search(text[f.clause[0] : f.start]))
                and f.sentence == figure.sentence
                # 环比增长7.2%，同比增长11.5%（…，去年同期34.62万件）: last year's value is no month before's
                and not _YEAR_BEFORE_ASIDE.search(text[max(f.sentence[0], f.start - 12) : f.start])
                # 环比（10月15起、14人）分别下降20.0%和21.4%: the month before's values may come first
                and (f.start > figure.start or f.start > month_on_month.start())
                for f in figures
                if f is not figure
            )
        ):
            continue  # 环比事故起数上升6.9%: against the month before, which no figure here is
        if id(figure) in respectively and respectively[id(figure)] is None:
            continue  # a 分别 list whose figures do not pair one to one: no owner rather than a shifted one
        if english and figure.role == CHANGE and _GAP_OF_ONE_PERIOD_EN.match(text, figure.end):
            continue  # "20,800 more than they released that year": a gap between two acts, no change over time
        owner = respectively.get(id(figure))
        if owner is None and english and figure.aside and index:
            # "fell by 12,600 (down 1%)", "decreased 8% (down 126,100 prisoners)": the other measure of the change
            # just before, in brackets, is of the same figure
            change = figures[index - 1]
            if (
                change.role in (CHANGE, PERCENT_CHANGE)
                and change.role != figure.role
                and not change.aside
                and re.fullmatch(r"\s*\(\s*(?:(?:up|down)\s+)?", text[change.end : figure.start].lower())
            ):
                if change.owner is None:
                    continue  # "were 71,000 (8.0%) lower than": the pair goes together or not at all
                if change.role == PERCENT_CHANGE and not _about_the_change(change, figure, change.owner):
                    continue  # "down 2% (30,480)": the value in brackets may be the new one or the old one
                owner = change.owner
        if owner is None and english and figure.role == PREVIOUS:
            owner = _listed_from_en(model, figures, index)  # "to 1,032 and 148 offences, from 991 and 146"
        if owner is None and english:
            owner = _versus_pair(model, figures, index)  # "9.6% higher than in 2024 (21.7 vs. 19.8 per 100,000)"
        if owner is None and english:
            # "rose 18% to 175,060", "from 630 to 719": the current figure follows.
            for after in figures[index + 1 : index + 4]:
                between = text[figure.end : after.start].lower()
                # "by around 2,350 (which represents a 3% increase) to 80,659", and that 3% itself
                closing = re.fullmatch(r"\s*\([^()]*\)\s*to\s*", between) or (
                    figure.aside and re.fullmatch(r"[^()]*\)\s*to\s*", between)
                )
                reach = 90 if figure.role == PREVIOUS else 60  # "from 16.5 victimizations per 1,000 ... in 2021 to"
                if figure.role == PERCENT_CHANGE and any(f.role == PREVIOUS for f in figures[index + 1 : index + 3]):
                    reach = 130  # "dropped by 13%, from 506 prisoners per 100,000 U.S. residents in 2007 to 440"
                # "has fallen by 64% in 6 years; from almost 250,000 in 2010 to 87,525": the semicolon opens the
                # change's own from-to, not another figure's
                elaborated = re.match(r"[^;()]{0,30};\s*from\b[^;()]*$", between)
                stop = re.search(r"\b(?:while|whereas|and|but)\b|[;)]", between)
                if not closing and (len(between) > reach or (stop and not elaborated)):
                    break  # "(from 14,060), while stalking ... rose 3% to 4,465": another figure's change
                # "rose 18% to 175,060", "jumped by almost 24 per cent, hitting 134.73", "rose 5%, reaching 1,200"
                if (
                    after.role == CURRENT
                    and re.search(r"\b(?:to|hitting|reaching)\s*$", between)
                    and _compatible(figure, after)
                ):
                    owner = after
                    break
        if owner is None and not english and figure.role == PERCENT_CHANGE and index:
            change = figures[index - 1]
            # 事故起数减少8起，下降17.77%: the percentage of the change just before it
            if (
                change.role == CHANGE
                and change.owner is not None
                and re.fullmatch(
                    r"\s*[，,]?\s*(?:同比|比上年)?(?:下降|上升|增长|减少|增加|提高|降低)\s*",
                    text[change.end : figure.start],
                )
            ):
                owner = change.owner
        if owner is None and not english and figure.role in (CHANGE, PERCENT_CHANGE) and index:
            base = figures[index - 1]
            # 完成18.74亿元，为年初预算的102.3%，比上年（17.66亿元）增长6.1%: the change from the bracketed base
            # just before it is of the figure that base is the earlier value of
            if (
                base.role == PREVIOUS
                and base.aside
                and base.owner is not None
                and base.owner.is_measure
                and _compatible(figure, base.owner)
                and _BASE_THEN_CHANGE_ZH.fullmatch(text[base.end : figure.start])
            ):
                owner = base.owner
        if owner is None and not english and figure.in_table and figure.role in (CHANGE, PERCENT_CHANGE):
            # | 上年决算数 | 预算数 | 决算数 | 决算数为预算数% | 比上年增长% |: the change is of the current cell the
            # row's one earlier value is paired with, not of the percentage just before it
            earlier = [f for f in model.in_block(figure) if f.role == PREVIOUS and f.start < figure.start]
            if len(earlier) == 1 and earlier[0].owner is not None and earlier[0].owner.start < figure.start:
                owner = earlier[0].owner
        subject = _own_subject(model, figure) if not english and owner is None else ""
        # 478件635人...同比件数下降38.24%、人数下降53.14%: 件数 and 人数 name the measure word of the figure each
        # change is of, so the two never cross
        counted = None
        if owner is None and not english and figure.role in (CHANGE, PERCENT_CHANGE):
            lead = text[max(figures[index - 1].end if index else 0, figure.start - 12) : figure.start]
            counted = _COUNTED_BY.search(lead)
        # 死亡14人、受伤6人，…、死亡人数上升40.0%: the count the name before 人数 labels, when one of that unit is so
        # labelled (never the 受伤 beside it)
        named_count = (
            counted.group(1)
            if counted
            and len(counted.group(1)) == 2
            and any(
                f.unit == counted.group(2) and counted.group(1) in f.label
                for f in figures[max(0, index - NEIGHBOURS) : index]
            )
            else ""
        )
        if owner is None:
            for before in reversed(figures[max(0, index - NEIGHBOURS) : index]):
                if counted and before.unit != counted.group(2):
                    continue
                if named_count and named_count not in before.label:
                    continue
                if subject and before.clause != figure.clause and not _names(subject, before.label):
                    continue  # 项目23个，完成投资比上年增长15.4%: the investment's growth, not the projects'
                if subject and before.clause != figure.clause and _narrower(subject, before.label):
                    continue  # 立刑事案件12460起，盗窃案件同比下降14.2%: a kind of the cases, not all of them

                # 比重为8.6%，上年为8.3%: a share's or a rate's previous value, in its own sentence
                shared = figure.role == PREVIOUS and figure.is_percent and before.role in (RATE, SHARE)
                if (before.role not in (CURRENT, AVERAGE) and not shared) or not _compatible(figure, before):
                    continue
                if before.aside and not (
                    english
                    and not figure.aside
                    and _bare_aside(model, before)
                    and re.fullmatch(r"[)）]\s*(?:[a-z]+\s+){0,4}", text[before.end : figure.start].lower())
                    and not re.search(r"\b(?:and|but|while|whereas)\b", text[before.end : figure.start])
                ):
                    continue  # "The number of requests in Q2 2024 (39,870) increased 5%": a bare aside may own
                if english and _OWN_SUBJECT_EN.search(text[before.end : figure.start]):
                    break  # "rose to 5,400 from 5,100, while sexual offences rose 6%": another subject's change
                if english and before.text.replace(" ", "").replace("-", "").isalpha():
                    continue  # "the region's four forces": a number in words is rarely what a change is of
                if english and (_qualifier_en(model, before, figures) or _threshold_en(model, before, figures)):
                    continue  # "147,750 officers in the 43 forces, a decrease of 1,020": the officers' change
                group = groups.get(before.number)
                if group is not None and _slot(group, figure.role) is not None:
                    continue
                owner = before
                break
        if english and figure.role in (PERCENT_CHANGE, CHANGE) and index == 0:
            # "... up from £16.1 billion last year. That is 22% more than a year ago.": the pair before it
            owner = _that_is_owner(model, figure, groups) or owner
        if owner is None and figure.role == PREVIOUS and figure.in_table:
            # | 2021 | 2022 |: the later column of the row holds the current value; | 上年决算数 | 预算数 | 决算数 |:
            # the column its header names once its earlier period is dropped
            later = [f for f in figures[index + 1 :] if f.role == CURRENT and _compatible(figure, f)]
            owner = _same_measure_column(model, figure, later) or next(iter(later), None)
        if owner is None and figure.role == PREVIOUS and not english:
            # 由X增加到Y: the current value follows the previous one.
            for after in figures[index + 1 : index + 3]:
                if (
                    after.role == CURRENT
                    and _compatible(figure, after)
                    and re.search(r"[到至]", text[figure.end : after.start])
                ):
                    owner = after
                    break
        if owner is None and figure.role == PREVIOUS:
            owner = _earlier_sentence_owner(model, figure, groups)
        if owner is None and figure.role == PREVIOUS and english:
            # "This was a decrease of 4% from 604 in 2023": the value the sentence's change is measured from
            measured = next((f for f in figures[:index] if f.owner and f.owner.sentence != f.sentence), None)
            if measured is not None and measured.owner is not None and _compatible(figure, measured.owner):
                owner = measured.owner
        if (
            owner is None
            and figure.role in (PERCENT_CHANGE, CHANGE)
            and not any(f.role == CURRENT and f.is_measure for f in figures[:index])
        ):
            owner = _named_earlier_owner(model, figure, groups)
        if owner is None and english and figure.role in (PERCENT_CHANGE, CHANGE) and figure.label:
            owner = _labelled_earlier_owner(model, figure, groups)
        if owner is None:
            continue
        if not english and figure.role == PERCENT_CHANGE and index + 1 < len(figures):
            owner = _owner_of_the_base_unit(model, figures, index, owner)
        figure.owner = owner
        group = groups.setdefault(owner.number, Group(owner))
        if _slot(group, figure.role) is None:
            _fill(group, figure)
            if owner.sentence != figure.sentence and id(figure) not in respectively:
                # 上年地区生产总值为268.15亿元 in a sentence of its own: inferred; a 分别 aside after 与去年同期相比
                # names the figures of the sentence before: stated
                group.stated = False
    if english:
        _previous_of_an_earlier_owner(figures, groups)
        _changes_over_another_span(model, figures, groups)


_GAP_OF_ONE_PERIOD_EN = re.compile(
    r"\s*(?:more|fewer|less)\s+than\s+(?:they|it|he|she|we|the\s+[a-z]+)\s+[a-z]+ed\s+(?:in\s+)?(?:that|the same)\s+"
    r"(?:year|period|quarter|month)\b",
    re.IGNORECASE,
)


_LIST_JOIN_EN = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)")


def _run(model: Model, figures: list[Figure], index: int, role: str, step: int) -> list[Figure]:
    """The figures of ``role`` listed one after another from ``index`` (by ``step``), joined by commas or "and"."""
    run = [figures[index]]
    at = index + step
    while 0 <= at < len(figures) and figures[at].role == role and not figures[at].aside:
        first, second = (figures[at], run[-1]) if step < 0 else (run[-1], figures[at])
        if not _LIST_JOIN_EN.fullmatch(model.between(first, second)):
            break
        run.append(figures[at])
        at += step
    return run if step > 0 else run[::-1]


def _listed_from_en(model: Model, figures: list[Figure], index: int) -> Figure | None:
    """ "rose to 1,032 and 148 offences, from 991 and 146": a list of earlier values after "from", as long as the
    list of current values just before it, pairs with it in order (never the nearest current, which reverses
    them)."""
    figure = figures[index]
    start = index
    while start > 0 and figures[start - 1].role == PREVIOUS and not figures[start - 1].aside:
        start -= 1
    earlier = _run(model, figures, start, PREVIOUS, 1)
    if figure not in earlier or len(earlier) < 2 or start == 0:
        return None
    last = start - 1
    if figures[last].role != CURRENT or figures[last].aside:
        return None
    if not re.fullmatch(
        r"\s*(?:[a-z-]+\s*)?,?\s*(?:up|down)?\s*from\s*", model.between(figures[last], earlier[0]), re.I
    ):
        return None
    later = _run(model, figures, last, CURRENT, -1)
    if len(later) != len(earlier):
        return None
    return later[earlier.index(figure)]


_VERSUS = re.compile(r"\s*(?:vs\.?|versus)\s*")


def _versus_pair(model: Model, figures: list[Figure], index: int) -> Figure | None:
    """ "(21.7 vs. 19.8 per 100,000)": the later value of a bracketed pair owns the earlier one after "vs." and the
    change just before the bracket ("9.6% higher in 2025 than in 2024 (21.7 vs. 19.8)")."""
    figure = figures[index]
    text = model.text
    if figure.role == PREVIOUS and figure.aside and index:
        first = figures[index - 1]
        if first.role == CURRENT and first.aside and _VERSUS.fullmatch(text[first.end : figure.start]):
            return first
    if figure.role in (PERCENT_CHANGE, CHANGE) and not figure.aside and index + 2 < len(figures):
        first, second = figures[index + 1], figures[index + 2]
        if (
            first.role == CURRENT
            and first.aside
            and second.role == PREVIOUS
            and first.sentence == figure.sentence
            and _VERSUS.fullmatch(text[first.end : second.start])
            and re.fullmatch(r"[^();]{0,60}\(\s*", text[figure.end : first.start])
        ):
            return first
    return None


_SPAN_EN = re.compile(
    r"\b(?:(?:on|in|over|during)\s+the\s+(quarter|month|year)\b|(?:a|one)\s+(year|quarter|month)\s+(?:earlier|before|ago)"
    r"|(?:previous|preceding|prior|last)\s+(year|quarter|month))",
    re.IGNORECASE,
)


def _span_en(model: Model, figure: Figure, figures: list[Figure]) -> str:
    """The span a change or an earlier value is said over, from the words between it and the figures beside it in
    its sentence ("grew by 2,227 in the quarter to": quarter; "up 13% on a year earlier (65,590)": year), or ""."""
    at = figures.index(figure)
    start = figures[at - 1].end if at and figures[at - 1].sentence == figure.sentence else figure.sentence[0]
    end = (
        figures[at + 1].start
        if at + 1 < len(figures) and figures[at + 1].sentence == figure.sentence
        else figure.sentence[1]
    )
    found = {next(g for g in m.groups() if g).lower() for m in _SPAN_EN.finditer(model.text, start, end)}
    return found.pop() if len(found) == 1 else ""


def _changes_over_another_span(model: Model, figures: list[Figure], groups: dict[int, Group]) -> None:
    """ "grew by 2,227 in the quarter to 74,118, ... up 13% on a year earlier (65,590)": a change over the quarter
    is never the difference from the value of a year earlier; it leaves the group (the percentage and the earlier
    value of its own span stay)."""
    for figure in figures:
        group = groups.get(figure.number)
        if group is None or group.change is None or group.previous is None:
            continue
        if group.change not in figures or group.previous not in figures:
            continue
        change, previous = _span_en(model, group.change, figures), _span_en(model, group.previous, figures)
        if change and previous and change != previous:
            group.change.owner = None
            group.change = None


def _previous_of_an_earlier_owner(figures: list[Figure], groups: dict[int, Group]) -> None:
    """ "Offences fell from 432,800 in 2023-24, a fall of 15,550" after "recorded 417,250 offences": the previous
    value of a sentence whose change belongs to a figure of the sentence before is that figure's too."""
    owners = {id(f.owner): f.owner for f in figures if f.owner is not None and f.owner.sentence != f.sentence}
    if len(owners) != 1:
        return
    owner = next(iter(owners.values()))
    group = groups.get(owner.number)
    for figure in figures:
        if figure.role != PREVIOUS or figure.owner is not None or figure.aside or not _compatible(figure, owner):
            continue
        if group is None or group.previous is not None:
            return
        figure.owner = owner
        group.previous = figure
        group.stated = False
        return


def _about_the_change(percent: Figure, amount: Figure, current: Figure) -> bool:
    """Whether an amount in brackets after a percentage change is of the size of that change ("an increase of 4%
    (1,700 prisoners)" beside 44,100), not a value of the quantity itself ("down 2% (30,480)" beside 31,100)."""
    if current.quantity.value <= 0 or percent.quantity.value <= 0:
        return False
    ratio = amount.quantity.value * amount.scale / (current.quantity.value * current.scale)
    share = percent.quantity.value / 100
    return share / 3 <= ratio <= share * 3 and ratio < Decimal("0.5")


_IN_THE_EN = re.compile(
    r"\b(?:(?:in|across|among|within|at|of)\s+(?:the|all|its|their)|in|across|among)\s+$", re.IGNORECASE
)


def _qualifier_en(model: Model, figure: Figure, figures: list[Figure]) -> bool:
    """A figure in a phrase that places the sentence's subject ("police officers in the 43 police forces", "across
    the 50 states") after an earlier amount of its sentence: it says where, it is not what changed."""
    if not _IN_THE_EN.search(model.text[max(figure.sentence[0], figure.start - 14) : figure.start]):
        return False
    return any(
        f.role == CURRENT and f.is_amount and f.start < figure.start for f in figures if f.sentence == figure.sentence
    )


_THRESHOLD_EN = re.compile(r"(?:(?:more|less|fewer|longer|shorter) than|over|under|at least|up to|within)\s*$", re.I)


def _threshold_en(model: Model, figure: Figure, figures: list[Figure]) -> bool:
    """A bound that says which of an earlier amount of its sentence are counted ("42,118 waits of more than 12 hours,
    up 8.3%", "190,600 patients had been waiting over 52 weeks"): it says which, it is not what changed."""
    written = model.text[max(figure.sentence[0], figure.start - 14) : figure.start] + figure.text.split("\n")[0]
    bound = re.match(
        r"(?:(?:more|less|fewer|longer|shorter) than|over|under|at least|up to|within)\b", figure.text, re.I
    )
    if bound is None and not _THRESHOLD_EN.search(written[: len(written) - len(figure.text)]):
        return False
    return any(
        f.role == CURRENT and f.is_amount and not f.aside and f.start < figure.start and f.unit != figure.unit
        for f in figures
        if f.sentence == figure.sentence
    )


_OWN_SUBJECT_EN = re.compile(
    r"(?:[,;]|\b(?:and|while|whereas|but)\b)\s+(?!(?:which|that|this|it|these|those|representing|an?|up|down|when)\b)"
    r"(?:the\s+)?[a-z][a-z'-]*(?:\s+[a-z'-]+){0,5}?\s+(?:rose|fell|increased|decreased|grew|dropped|declined|was|"
    r"were|went|remained|stood|jumped|climbed)\b",
    re.IGNORECASE,
)
_OWN_SUBJECT = re.compile(
    r"([\u4e00-\u9fff]{2,10}?)(?:同比|环比|比上年同期|比去年同期|比上年末|比上年|比去年|较上年|较去年|与上年相比"
    r"|减少|增加|下降|上升|增长|提高|降低|持平|[降减跌升增涨]幅)"
)
_COMPARISON_WORDS = re.compile(
    r"同比|环比|(?:比|较)(?:上年同期|去年同期|上年末|上年|去年|年初|上月|上季度|一季度末|同期)的?"
    r"|与(?:上年|去年)(?:同期)?相比"
)
_MONTH_ON_MONTH = re.compile(r"(?:环比|比上月|较上月|与上月相比)[^同比；;。]*$")
_GENERIC_BIGRAMS = frozenset(("人数", "起数", "件数", "数量", "总数", "金额", "同比", "分别"))
_NOT_SUBJECT = re.compile(
    r"^(?:其中|并且?|且|分别|共计|全年|当年|同时|数量|总量|总数|人数|件数|起数|金额|全国|全省|全市|全区|全县|全州)$"
)


def _own_subject(model: Model, figure: Figure) -> str:
    """The subject a Chinese change names in its own clause, with no figure before it there: 完成投资 of
    ``完成投资比上年增长15.4%``; '' when the clause leaves it to the figure before (比上年增长1.2%)."""
    clause = model.text[figure.clause[0] : figure.start]
    if any(figure.clause[0] <= f.start < figure.start for f in model.near_in_sentence(figure, 3)):
        return ""
    clause = CLOSED_ASIDE.sub("", clause)  # 卫生监督所(中心)减少59个
    match = _OWN_SUBJECT.match(clause.strip(" ，,；;"))
    if match is None:
        return ""
    subject = re.sub(r"^(?:其中|全年|当年|并|且|同时)", "", match.group(1))
    subject = _COMPARISON_WORDS.sub("", subject)
    subject = re.sub(r"(?:名义|实际)$", "", subject)  # 比上年同期名义增长5.3%: how it grew, not what
    return "" if len(subject) < 2 or _NOT_SUBJECT.match(subject) else subject


def _narrower(subject: str, label: str) -> bool:
    """Whether a subject names a kind of what a label counts: a qualifier before the noun they share that
    the label does not have (盗窃案件 of 立刑事案件, 刑事警情 of 接报警情)."""
    for i in range(len(subject) - 1):
        if subject[i : i + 2] in label and subject[i : i + 2] not in _GENERIC_BIGRAMS:
            qualifier = subject[:i]
            return len(qualifier) >= 2 and qualifier not in label and not _NOT_SUBJECT.match(qualifier)
    return False


def _same_thing(subject: str, label: str) -> bool:
    """Whether a change's subject (公立医院, 全国医疗卫生机构) names just what a label counts (公立医院,
    医疗卫生机构数)."""
    subject = _WHOLE_AREA.sub("", subject)
    label = _WHOLE_AREA.sub("", re.sub(r"(?:总数|数量|数)$", "", label))
    return len(subject) >= 2 and subject == label


_WHOLE_AREA = re.compile(r"^(?:全国|全省|全市|全区|全县|全州|全盟|全旗)")


def _names(subject: str, label: str) -> bool:
    """Whether a subject (事故起数, 火灾) and a figure's label (发生事故) share a word of two characters."""
    return any(
        subject[i : i + 2] in label and subject[i : i + 2] not in _GENERIC_BIGRAMS for i in range(len(subject) - 1)
    )


def _bare_aside(model: Model, figure: Figure) -> bool:
    """Whether ``figure`` is all its parentheses hold: "(39,870)", "(402 sentenced prisoners per 100,000)"."""
    aside = model.structure.aside_at(figure.start)
    if aside is None:
        return False
    inside = model.text[aside[0] : aside[1]].strip("()（） ")
    return inside.startswith(figure.text) and not re.search(r"\d", inside[len(figure.text) :])


_PREVIOUS_OPENING_EN = re.compile(
    r"\s*(?:a year (?:earlier|before)|in the (?:previous|preceding|prior) year|the year before|last year)\b", re.I
)


_PERIOD_EN_WORDS = (
    r"(?:(?:the\s+)?(?:same\s+(?:period|quarter|month|date|point)\s+(?:of|in|last)\s+)?"
    r"(?:(?:year-?end|yearend|the end of|the year ending|year ending|the year to|year to)\s+)?"
    r"(?:[A-Z][a-z]+\s+)?(?:Q[1-4]\s+)?(?:19|20)\d{2}(?:[/-]\d{2})?"
    r"(?:\s+(?:estimate|figure|total|level|count))?"  # "from the 2023 estimate (1,251,700)"
    r"|the same (?:period|quarter|month|date|point|time) (?:a|one) year (?:earlier|before|ago))"
)
_FROM_PERIOD_EN = re.compile(
    r"\s*(?:(?:[a-z]+\s+)?than(?:\s+in)?|from|on|compared (?:with|to)|over|against|since)\s+"
    + _PERIOD_EN_WORDS
    + r"\s*\(\s*$",
    re.IGNORECASE,
)
_TO_PERIOD_EN = re.compile(r"\s*\)?\s*to\s+" + _PERIOD_EN_WORDS + r"\s*\(\s*$", re.IGNORECASE)


_TWO_YEARS_RESPECTIVELY = re.compile(
    r"\s*(?:[a-z]+\s+){0,3}?(?:in|for|during)\s+(?:the\s+)?(?:years?\s+(?:ending|to)\s+)?(?:[A-Z][a-z]+\s+)?"
    r"(?P<a>(?:19|20)\d{2})(?:[/-]\d{2})?\s+and\s+(?:[A-Z][a-z]+\s+)?(?P<b>(?:19|20)\d{2})(?:[/-]\d{2})?\s*,?\s+"
    r"respectively\b",
    re.IGNORECASE,
)


def _years_respectively(model: Model, figures: list[Figure], groups: dict[int, Group]) -> None:
    """ "Knife crime offences numbered 1,020 and 1,140 in the years ending March 2023 and March 2024
    respectively, an increase of 12%": the earlier year's figure is the later one's previous value."""
    text = model.text
    for index, figure in enumerate(figures[:-1]):
        later = figures[index + 1]
        if figure.role != CURRENT or later.role != CURRENT or figure.aside or later.aside:
            continue
        if not re.fullmatch(r"\s*(?:and|,)\s*", text[figure.end : later.start]) or not _compatible(figure, later):
            continue
        years = _TWO_YEARS_RESPECTIVELY.match(text, later.end)
        if years is None or int(years.group("a")) >= int(years.group("b")):
            continue
        group = groups.setdefault(later.number, Group(later))
        if group.previous is None:
            figure.role = PREVIOUS
            figure.owner = later
            group.previous = figure


def _comparisons(model: Model, figures: list[Figure], groups: dict[int, Group]) -> list[Group]:
    """ "was down 18% from yearend 2013 (490 per 100,000) but up 2% from yearend 2022 (394 per 100,000)",
    "increased almost 6% from yearend 2022 (3,310) to yearend 2023 (3,500)": each change is measured from
    the value in parentheses after the period it names.  A second comparison of the same figure (with
    another year) is a group of its own."""
    text = model.text
    out: list[Group] = []
    for index, figure in enumerate(figures):
        if figure.role not in (CHANGE, PERCENT_CHANGE) or figure.aside or index + 1 >= len(figures):
            continue
        base = figures[index + 1]
        # "which was 37% more than the 7,920 incidents in 2019": a comparison naming its own earlier value
        than_the = base.role == PREVIOUS and re.fullmatch(
            r"\s*(?:(?:more|fewer|higher|lower|less)\s+than|below|above)\s+(?:the\s+)?", text[figure.end : base.start]
        )  # "but still 13.2% below the 13.6 million of 2019"
        if not than_the and (not base.aside or not _FROM_PERIOD_EN.fullmatch(text[figure.end : base.start])):
            continue
        if not (base.is_measure or base.is_percent):
            continue
        current = figure.owner
        after = figures[index + 2] if index + 2 < len(figures) else None
        if after is not None and after.aside and _TO_PERIOD_EN.fullmatch(text[base.end : after.start]):
            current = after  # "from yearend 2022 (3,310) to yearend 2023 (3,500)"
        if current is None:
            current = next((f for f in reversed(figures[:index]) if f.role == CURRENT and _compatible(base, f)), None)
        if current is None or not _compatible(base, current) or not _compatible(figure, current):
            continue
        base.role = PREVIOUS
        if current.role != CURRENT:
            current.role = CURRENT
        group = groups.get(current.number)
        if group is None or (group.previous in (None, base) and _slot(group, figure.role) in (None, figure)):
            group = groups.setdefault(current.number, Group(current))
            group.previous = base
            _fill(group, figure)
        else:
            other = Group(current, stated=True)
            other.previous = base
            _fill(other, figure)
            out.append(other)
            if group.previous is base:
                # "2% more than in the previous year and 38% fewer than in 2010/11 (6,650)": the value in brackets
                # is the later comparison's alone, never the previous year's
                group.previous = None
        figure.owner = base.owner = current
    return out


def _tied_comparisons(model: Model, figures: list[Figure]) -> list[Group]:
    """ "It was 112% higher (110 days longer) than in the year ending March 2015", "Vacancies ... were 71,000 (8.0%)
    lower than a year earlier": a change and its percentage in brackets, with no figure of their own sentence to
    be of, belong to the figure the sentence before leads with (after "It", "This") or names (the sentence's
    subject).  A comparison of its own (another period than the figure's other changes), a warning."""
    text = model.text
    out: list[Group] = []
    for change, other in itertools.pairwise(figures):
        if {change.role, other.role} != {CHANGE, PERCENT_CHANGE} or change.aside or not other.aside:
            continue
        if (
            change.owner is not None
            or other.owner is not None
            or not re.fullmatch(r"\s*(?:[a-z]+\s+){0,2}\(\s*", model.between(change, other))
        ):
            continue
        if any(f.role == CURRENT and not f.aside and f.start < change.start for f in figures):
            continue
        if not re.match(r"[^()]*\)\s*(?:[a-z]+\s+)?than\b", text[other.end : other.sentence[1]]):
            continue  # only "N (P%) lower than", "P% higher (N days longer) than": a comparison the pair states
        # the words of the change's own subject: after any figure before it in its sentence ("the number of women
        # rose by 160 (4%), while the number of men grew by 2,380 (3%)": the men's change is not the women's)
        since = max([f.end for f in figures if f.end <= change.start], default=change.sentence[0])
        opening = text[since : change.start].lower()
        earlier = [c for c in model.previous_sentence(change) if c.role == CURRENT and not c.aside]
        absolute = change if change.role == CHANGE else other
        if re.match(r"\s*(?:it|this|that)\b", opening):
            lead = earlier[0] if earlier else None
        else:
            stems = {w[:5] for w in re.findall(r"[a-z]{4,}", opening)} - {"this", "that", "there", "were", "with"}
            named = [c for c in earlier if stems & {w[:5] for w in re.findall(r"[a-z]{4,}", c.label.lower())}]
            lead = named[0] if len(named) == 1 else None
        if lead is None or not _compatible(absolute, lead):
            continue
        group = Group(lead, stated=False)
        _fill(group, change)
        _fill(group, other)
        change.owner = other.owner = lead
        out.append(group)
    return out


def _earlier_sentence_owner(model: Model, figure: Figure, groups: dict[int, Group]) -> Figure | None:
    """去年同期共发生事故54起、死亡48人 after the sentence with 46起 and 39人: the earlier sentence's figures, in
    order, each of the same unit and still without a previous value.  Only a sentence that opens by saying
    it is about the year before ("A year earlier, ...") gives its figures to the sentence before it."""
    if model.language == "en" and (figure.aside or not _PREVIOUS_OPENING_EN.match(model.text, figure.sentence[0])):
        return None  # "in Q2 2024 (39,870)": an English value in parentheses is this period's
    if figure.aside and _COMPARED_ASIDE_OPENING.match(model.text, figure.sentence[0]):
        # 与去年同期相比（3118起，死亡13人，受伤20人，…）: each of the sentence before's figures of its unit, the
        # one its label names when there are several
        same = [
            c for c in model.previous_sentence(figure) if c.role == CURRENT and not c.aside and c.unit == figure.unit
        ]
        named = [c for c in same if figure.label and len(figure.label) >= 2 and figure.label in c.label]
        return same[0] if len(same) == 1 else named[0] if len(named) == 1 else None
    for candidate in model.previous_sentence(figure):
        if candidate.role != CURRENT or candidate.aside or candidate.unit != figure.unit:
            continue
        group = groups.get(candidate.number)
        if group is None or group.previous is not None:
            continue  # only a figure the text compares (it has a change) takes a previous value from afar
        return candidate
    return None


_COMPARED_ASIDE_OPENING = re.compile(r"\s*与(?:上年|去年)(?:同期)?相比[（(]")
_COMPARED_EN = re.compile(
    r"\bcompared (?:to|with)\b|\b(?:than|on) the same (?:period|quarter|point|month)\b|\bthe previous year\b"
    r"|\b(?:a year|12 months) (?:earlier|before|ago)\b|\blast year\b|\bfrom [\d,.]+ (?:in|the|a)\b"
    r"|\b(?:on|from|against) the (?:(?:19|20)\d{2}(?:/\d{2})? )?(?:figure|total|level) of\b"
)


def _named_earlier_owner(model: Model, figure: Figure, groups: dict[int, Group]) -> Figure | None:
    """与上年相比,火灾起数下降4.6%: a change in a sentence of its own belongs to the figure of the sentence
    before whose label shares a word with the words before the change (火灾)."""
    english = model.language == "en"
    words = normalize(model.before(figure, figure.clause, 48 if english else 16))  # "Receipts were up": whole
    stems = {w[:5] for w in re.findall(r"[a-z]{4,}", words.lower())} - {"this", "that", "these", "those", "there"}
    sentence = model.text[figure.sentence[0] : figure.sentence[1]].strip().lower()
    if english and sentence.startswith(("this ", "that ", "it ")):
        # "79,092 prisoners as at 31 December 2021. This represents a rise of 1% compared to the same period in
        # the previous year": the headline figure's change; "This rise reversed the 2% decline reported in
        # 2022" compares nothing: another period's change
        if not _COMPARED_EN.search(sentence):
            return None
        lead = next((c for c in model.previous_sentence(figure) if c.role == CURRENT and not c.aside), None)
        group = groups.get(lead.number) if lead is not None else None
        if lead is None or not _compatible(figure, lead) or (group is not None and _slot(group, figure.role)):
            return None
        return lead
    candidates = [
        c
        for c in model.previous_sentence(figure)
        if c.role == CURRENT
        and not c.aside
        and _compatible(figure, c)
        and (groups.get(c.number) is None or _slot(groups[c.number], figure.role) is None)
    ]
    subject = "" if english else _own_subject(model, figure)
    if subject:
        # 医院3.6万个，其中：公立医院1.2万个，民营医院2.4万个。……公立医院减少76个，民营医院增加1246个: the
        # figure its subject names exactly, else none of which it names a kind (a wider figure or a sibling)
        named = next((c for c in candidates if _same_thing(subject, c.label)), None)
        if named is not None:
            return named
        candidates = [c for c in candidates if not _narrower(subject, c.label)]
    for candidate in candidates:
        if english:
            if stems & {w[:5] for w in re.findall(r"[a-z]{4,}", candidate.label.lower())}:
                return candidate
        elif any(words[i : i + 2] in candidate.label for i in range(len(words) - 1)):
            return candidate
    if english:
        # "Offences fell from 432,800 in 2023-24, a fall of 15,550": the subject that opens the sentence, when it
        # names exactly one figure of the sentence before
        opening = _SUBJECT_OPENING_EN.match(model.text, figure.sentence[0])
        if opening is not None and opening.end() <= figure.start:
            said = {w[:5] for w in re.findall(r"[a-z]{4,}", opening.group(1).lower())} - {"numbe"}
            said_named = [
                c for c in candidates if said and said == {w[:5] for w in re.findall(r"[a-z]{4,}", c.label.lower())}
            ]
            if len(said_named) == 1:
                return said_named[0]
    return None


_SUBJECT_OPENING_EN = re.compile(
    r"\s*(?:the\s+)?(?:number\s+of\s+)?([A-Za-z][A-Za-z' -]{2,40}?)\s+(?:rose|fell|increased|decreased|grew|dropped|"
    r"declined)\s+(?:from|by)\b",
    re.IGNORECASE,
)


def _labelled_earlier_owner(model: Model, figure: Figure, groups: dict[int, Group]) -> Figure | None:
    """ "... 3,540 police staff ... . Officers rose to 5,130, while police staff numbers rose by 120": a change
    whose clause names a subject of its own belongs to the one figure of the sentence before labelled with every
    word of it (inferred, a warning)."""
    stems = {w[:5] for w in re.findall(r"[a-z]{4,}", figure.label.lower())}
    if len(stems) < 2:
        return None
    found = [
        c
        for c in model.previous_sentence(figure)
        if c.role == CURRENT
        and not c.aside
        and _compatible(figure, c)
        and stems <= {w[:5] for w in re.findall(r"[a-z]{4,}", c.label.lower())}
        and (groups.get(c.number) is None or _slot(groups[c.number], figure.role) is None)
    ]
    return found[0] if len(found) == 1 else None


def _slot(group: Group, role: str) -> Figure | None:
    return {PREVIOUS: group.previous, CHANGE: group.change, PERCENT_CHANGE: group.percent}.get(role)


def _fill(group: Group, figure: Figure) -> None:
    if figure.role == PREVIOUS:
        group.previous = figure
    elif figure.role == CHANGE:
        group.change = figure
    else:
        group.percent = figure


def _distributions(model: Model, figures: list[Figure]) -> dict[int, Figure | None]:
    """分别 / respectively: the k figures of a list after it belong, in order, to the k current figures before."""
    text = model.text
    out: dict[int, Figure | None] = {}  # None: in a 分别 list that names no figure for it
    for index, figure in enumerate(figures):
        if figure.role not in (PREVIOUS, CHANGE, PERCENT_CHANGE) or id(figure) in out:
            continue
        sentence_before = text[
            max(figures[index - 1].end if index else figure.sentence[0], figure.start - 40) : figure.start
        ]
        after_text = text[figure.end : figure.end + 40].lower()
        if "分别" not in sentence_before and "respectively" not in after_text:
            continue
        listed = [figure]
        for other in figures[index + 1 : index + NEIGHBOURS]:
            if other.role != figure.role or (
                other.clause != figure.clause
                and not re.fullmatch(r"\s*(?:、|和|与|及|,|，|and|, and)\s*", text[listed[-1].end : other.start])
            ):
                break
            listed.append(other)
        if len(listed) < 2:
            continue
        currents = [
            f
            for f in figures[max(0, index - NEIGHBOURS) : index]
            if f.role in (CURRENT, AVERAGE) and not f.aside and f.sentence == figure.sentence
        ]
        if not currents and figure.aside and _COMPARISON_OPENING.match(text, figure.sentence[0]):
            # 1 486起，造成203人死亡、1 549人受伤。与去年同期相比，...（去年同期分别为1 612起、221人、1 687人）:
            # a sentence that opens by comparing compares the figures of the sentence before
            currents = [f for f in model.previous_sentence(figure) if f.role in (CURRENT, AVERAGE) and not f.aside]
        named = _named_currents(text, sentence_before, currents, len(listed))
        if named is not None:
            currents = named  # 同比事故起数和死亡人数分别下降A%、B%: the figures those names label, in order
        elif "分别" in sentence_before:
            # 投资额A，零售额B，出口额C，分别增长x%、y%: the figures of the list the 分别 closes, all of them;
            # when there are more of them than changes, which ones the changes belong to is not said
            opening = max(text.rfind("；", 0, figure.start), text.rfind(";", 0, figure.start))
            run = [c for c in currents if c.start > opening and any(_compatible(r, c) for r in listed)]
            if len(run) != len(listed):
                by_unit = _paired_by_unit(listed, currents, text[figure.sentence[0] : figure.start])
                if by_unit is None:
                    for role_figure in listed:
                        out[id(role_figure)] = None
                    continue
                run = by_unit  # (上年同期分别为165起、228人) after 186起 ... 243人: each unit names its figure
            currents = run
        currents = currents[-len(listed) :]
        if len(currents) != len(listed) and "respectively" in after_text:
            # "increased by 3% and 6% respectively, to 4,460 and 15,330": the figures the list rose to
            tail = text[listed[-1].end : figure.sentence[1]]
            later = [f for f in figures[index + len(listed) :] if f.sentence == figure.sentence][: len(listed)]
            if re.match(r"\s*respectively,?\s*(?:to|at)\s", tail) and all(f.role == CURRENT for f in later):
                currents = later
        if len(currents) != len(listed):
            for role_figure in listed:
                out[id(role_figure)] = None  # fewer figures than changes: none is paired rather than one shifted
            continue
        for role_figure, current in zip(listed, currents, strict=True):
            out[id(role_figure)] = current if _compatible(role_figure, current) else None
        if figure.role == PREVIOUS and figure.aside and all(out[id(f)] is not None for f in listed):
            # （上年同期分别为310起、170人、119人） after 268起、152人、97人 ... 下降13.5%，...9.2%: each figure
            # pairs in order with its previous value and with its percentage, when the lists are of one length
            percents = [
                f
                for f in figures[:index]
                if f.role == PERCENT_CHANGE and not f.aside and f.sentence == figure.sentence and id(f) not in out
            ]
            if len(percents) == len(listed) and all(_compatible(p, c) for p, c in zip(percents, currents, strict=True)):
                for percent, current in zip(percents, currents, strict=True):
                    out[id(percent)] = current
                    change = figures[percent.at_sentence - 1] if percent.at_sentence else None
                    if (
                        change is not None
                        and change.role == CHANGE
                        and change.clause == percent.clause
                        and id(change) not in out
                        and _compatible(change, current)
                    ):
                        out[id(change)] = current  # 事故起数减少126起、下降7.8%: the change of the same figure
    return out


_COMPARISON_OPENING = re.compile(
    r"\s*(?:与(?:上年|去年)(?:同期)?相比|(?:同比|比上年同期|比去年同期|比上年|比去年|较上年同期|较去年同期)[，,])"
)


def _paired_by_unit(listed: list[Figure], currents: list[Figure], said: str = "") -> list[Figure] | None:
    """The current figure of each listed value's own unit (165起、228人 -> 186起, 243人), when every unit is
    different and names one figure; else None."""
    units = [f.unit for f in listed]
    if any(u is None for u in units) or len(set(units)) != len(units) or listed[0].role == PERCENT_CHANGE:
        return None
    chosen = []
    for unit in units:
        same = [c for c in currents if c.unit == unit]
        if len(same) > 1 and said:
            # 死亡14人、受伤6人，…死亡人数上升40.0%（10月份分别为20起、10人）: the one the sentence counts by name
            counted = {m.group(1) for m in re.finditer(rf"([\u4e00-\u9fff]{{2}}){unit}数", said)}
            named = [c for c in same if any(name in c.label for name in counted)]
            same = named if len(named) == 1 else same
        if not same:
            return None
        chosen.append(same[-1])
    return chosen


_NAMES_BEFORE = re.compile(r"([\u4e00-\u9fff、和及与]{4,40})分别[^\d，,；;。]{0,6}$")


def _named_currents(text: str, before: str, currents: list[Figure], count: int) -> list[Figure] | None:
    """The current figures that the names before 分别 label (事故起数和死亡人数 -> 31起, 9人), or None."""
    match = _NAMES_BEFORE.search(before)
    if match is None:
        return None
    words = re.sub(r"^(?:同比|环比|比上年同期|比上年|比去年|较上年|与上年相比)", "", match.group(1))
    names = [n for n in re.split(r"[、和及与]", words) if len(n) >= 2]
    if len(names) != count:
        return None
    chosen: list[Figure] = []
    for name in names:
        found = [f for f in reversed(currents) if f not in chosen and _names(name, f.label)]
        if not found:
            return None
        chosen.append(found[0])
    return chosen


# -- breakdowns -----------------------------------------------------------------------------------------


def _breakdowns(model: Model, figures: list[Figure]) -> list[Breakdown]:
    text = model.text
    start, end = figures[0].sentence
    pattern = _MARKERS_EN if model.language == "en" else _MARKERS_ZH
    markers: list[tuple[int, str]] = [
        (m.start(), m.group())
        for m in pattern.finditer(text, start, end)
        if model.structure.aside_at(m.start()) is None
    ]
    if model.language == "zh":
        for figure in figures:
            if figure.role == CURRENT and figure.is_amount and not figure.aside:
                if figure.clause[1] - figure.end > 16 or figure.clause[1] >= end:
                    continue
                rest = normalize(text[figure.end : figure.clause[1] + 1])
                if _IN_PHRASE.match(rest):
                    markers.append((figure.end, "中"))
        for view in _BY_VIEW_ANYWHERE.finditer(text, start, end):
            markers.append((view.start(), "从看"))  # 从犯罪手段看, 分区域看, 按经营地分: a breakdown of the total
        opening = _NAMED_IN.match(text, start, figures[0].start)
        if opening and not _BY_VIEW.match(text, start):
            markers.append((opening.end(), "named中"))  # 收案中，一审案件...: the parts of the 收案 before
    else:
        first = figures[0]
        if _amount(first) and re.fullmatch(
            r"\s*(?:of|among) (?:the|all|these|those|this|that)?\s*", text[start : first.start], re.I
        ):
            markers.append((first.end, "中"))  # "Of the 9,870 burglaries recorded, 6,120 were ..."
        elif re.match(
            rf"\s*(?:(?:of|among) (?:these|them|those{_NEW_GROUP})|of (?:this|that)\s*,"
            # "Within this, mortgage lending was ...": the total of the sentence before, named by nothing more
            r"|within (?:this|that|these) (?:category|group|total)s?\b|within (?:this|that|these)\s*,)",
            text[start : first.start],
            re.I,
        ):
            markers.append((start, "of these"))  # the total is in the sentence before
        elif re.fullmatch(
            # "Of final consumption, domestic users took 2.81 million tonnes": the words before the part's figure
            r"\s*of (?:(?:the|all) )?[a-z][a-z '-]{2,40},\s*(?:[a-z][a-z '-]{0,40}\s)?",
            text[start : first.start],
            re.I,
        ) or re.match(r"\s*within (?!this|that|these)[a-z][a-z '-]{2,40},", text[start : first.start], re.I):
            markers.append((start, "of the named"))  # "Of the cases disposed of, 1,942 were guilty pleas"
        elif re.search(
            r"\bof (?:these|them|those)\b",
            # "completed 3,270 investigations and upheld 1,046 of them": "of them" after a later figure of the
            # clause is of the first, never a part of the sentence before
            text[first.end : min([first.clause[1], *(f.start for f in figures[1:2] if f.clause == first.clause)])],
            re.I,
        ):
            markers.append((first.end, "part of these"))  # "accounted for 83,906 of these offences"
        elif _rest_listed(model, figures):
            # "Assaults numbered 5,210, robberies 960 and sexual assaults 1,140; the remaining 630 were other
            # violent offences": parts of the total of the sentence before, the rest included
            markers.append((start, "of these"))
    for figure in figures:
        colon = text[figure.end : figure.clause[1] + 1]
        if _amount(figure) and re.fullmatch(r"[^,，;；。.!?]{0,24}[:：]", colon) and figure is not figures[-1]:
            markers.append((figure.clause[1], "colon"))  # "made 9,862 arrests: 3,104 for felonies, ..."
        elif (
            model.language == "en"
            and _amount(figure)
            and re.fullmatch(r"[^,;.!?]{0,60}:", colon)
            and figure is not figures[-1]
            and not any(_amount(f) for f in figures if figure.end < f.start < figure.clause[1])
        ):
            # "1,185,600 (96%) were sentenced to more than 1 year: 1,039,500 under state jurisdiction and ...": a
            # longer clause before the colon, with no other amount in it
            markers.append((figure.clause[1], "colon"))
    markers.sort()
    out: list[Breakdown] = []
    claimed: set[int] = set()
    starts = [f.start for f in figures]
    made_up = _made_up_of_subject_en(model, figures) if model.language == "en" else None
    if made_up is not None:
        # "They were made up of violence with injury (128,406), ...": the subject's total, its parts listed
        out.append(made_up)
        claimed.update(p.number for p in made_up.parts)
        markers = [(at, m) for at, m in markers if m.lower() not in _EXHAUSTIVE]
    if model.language == "en" and not markers:
        out.extend(_kinds_of_the_lead_en(model, figures) or _accounted_of_named_en(model, figures))
    out.extend(_summed_after(model, figures, claimed))
    out.extend(_included_asides(model, figures))
    out.extend(_listed_asides(model, figures))
    out.extend(_complementary_pair(model, figures))
    out.extend(_respectively(model, figures))
    named_in = {at for at, marker in markers if marker == "中"}
    for number, (at, marker) in enumerate(markers):
        next_marker = markers[number + 1][0] if number + 1 < len(markers) else end
        if marker == "从看" and number + 1 < len(markers) and markers[number + 1][0] in named_in:
            continue  # 从行业领域看，40个团伙中，...: the 40 is the total, broken down by the 中 that follows
        for breakdown in _breakdown(model, figures, starts, at, marker, next_marker, claimed):
            # 其中亿元以上项目118个,10亿元以上项目21个: the second is among the first, not beside it
            breakdown.parts = [
                p for p in breakdown.parts if not any(nested_bound(p.label, o.label) for o in breakdown.parts)
            ]
            if breakdown.parts:
                out.extend(_split_overlapping(model, breakdown))
    return out


_SUBJECT_MADE_UP_EN = re.compile(
    r"\s*(?:(?P<pronoun>(?:They|These|Those|It|This)(?:\s+[a-z-]+){0,3}?)|The\s+(?P<named>[a-z][a-z '-]{2,40}?))"
    r"\s+(?:was|were|is|are)\s+(?:made up of|comprised of|composed of|split between|split into|divided into|"
    r"divided between|broken down into)\s+[^\d()]{0,60}?\(?\s*",
)


def _made_up_of_subject_en(model: Model, figures: list[Figure]) -> Breakdown | None:
    """ "They were made up of violence with injury (128,406), violence without injury (176,312) and stalking
    (133,232)", "The remand population was made up of 10,358 untried prisoners and 6,059 who ...": a sentence whose
    subject is made up of the amounts it lists (in brackets after their names, or bare) breaks down the total its
    subject names: after a pronoun (They, These offences) the one amount of the sentence before, in the parts'
    unit; after a noun, the nearest earlier figure so labelled.  Each part is smaller than the total; "made up
    of" says they are all of it (a warning: the total is another sentence's)."""
    first = figures[0]
    opening = _SUBJECT_MADE_UP_EN.fullmatch(model.text, first.sentence[0], first.start)
    if opening is None:
        return None
    parts: list[Figure] = []
    for figure in figures:
        if figure.role != CURRENT or not figure.is_amount or figure.base or figure.in_table:
            continue
        aside = model.structure.aside_at(figure.start) if figure.aside else None
        if aside is not None and not re.fullmatch(r"\(\s*", model.text[aside[0] : figure.start]):
            continue  # "(1,094, or 12.0%)": the amount must open its brackets
        parts.append(figure)
    if len(parts) < 2 or any(not same_count(parts[0], p, True) for p in parts):
        return None
    if opening.group("pronoun"):
        prior = [f for f in model.previous_sentence(first) if _amount(f) and f.block == first.block]
        candidates = [f for f in prior if same_count(f, parts[0], True)]
        total = candidates[0] if len(candidates) == 1 else None
    else:
        total = _named_total(model, first, opening.group("named"))
    if total is None or total.in_table or any(not _larger(total, p) for p in parts):
        return None
    # the total a sentence before: inferred, a warning
    return Breakdown(total, parts, "made up of", exhaustive=True, stated=False)


# ", who numbered", ", which came to": a relative clause after a part says more about that part
_RELATIVE_EN = re.compile(r",\s*(?:who|whom|whose|which)\b[^,;:.]*$", re.IGNORECASE)


def _kinds_of_the_lead_en(model: Model, figures: list[Figure]) -> list[Breakdown]:
    """ "Exports were $21.3 billion. Goods exports were $15.2 billion and services exports $6.1 billion.": a
    sentence of two or more amounts, each labelled with the one amount of the sentence before's head noun and
    a word before it, in its unit and none larger, lists kinds of it (inferred, not said to be all of it)."""
    amounts = [f for f in figures if _amount(f) and f.role == CURRENT and not f.aside and not f.in_table]
    if len(amounts) < 2 or len(amounts) != len([f for f in figures if _amount(f)]):
        return []
    prior = [f for f in model.previous_sentence(figures[0]) if _amount(f) and not f.aside]
    # "The number of ... members fell by 38,000 to 1.21 million." then a sentence of percentages, then "Public
    # sector membership fell ... to 702,000, while private sector membership ...": the nearest earlier sentence of
    # its section with amounts, one or two sentences back
    sentence = model.previous_sentence(figures[0])
    for _ in range(2):
        if prior or not sentence or sentence[0].section != figures[0].section:
            break
        if any(f.is_amount and not f.aside for f in sentence):
            break  # an earlier sentence with amounts of other roles: none of them is the lead
        sentence = model.previous_sentence(sentence[0])
        prior = [f for f in sentence if _amount(f) and not f.aside and f.section == figures[0].section]
    if len(prior) != 1 or prior[0].role != CURRENT or prior[0].in_table:
        return []
    total = prior[0]
    head = total.label.split()[-1] if total.label else ""
    if len(head) < 4:
        return []
    for part in amounts:
        words = part.label.split()
        # "membership" and "members": one noun (its first six letters)
        if len(words) < 2 or words[-1][:6] != head[:6] or part.unit != total.unit:
            return []
        if part.quantity.interval.lo > total.quantity.interval.hi:
            return []
    return [Breakdown(total, amounts, "kinds", False, False)]


_THAT_IS_EN = re.compile(r"\s*(?:that|this|which)\s+(?:is|was|represents|represented|means)\s+(?:an?\s+)?", re.I)


def _that_is_owner(model: Model, figure: Figure, groups: dict[int, Group]) -> Figure | None:
    """ "Borrowing reached £19.6 billion, up from £16.1 billion last year. That is 22% more than a year ago.": a
    change a sentence opens with "That is" (or "This was") is of the one figure of the sentence before that has
    its previous value there, and no such change yet."""
    if not _THAT_IS_EN.match(model.text, figure.sentence[0]) or not re.fullmatch(
        r"\s*(?:that|this|which)\s+(?:is|was|represents|represented|means)\s+(?:an?\s+)?(?:[a-z]+\s+)?",
        model.text[figure.sentence[0] : figure.start],
        re.I,
    ):
        return None
    prior = model.previous_sentence(figure)
    if not prior or prior[0].block != figure.block:
        return None
    paired = [
        f
        for f in prior
        if f.role == CURRENT
        and any(p.role == PREVIOUS and p.owner is f for p in prior)
        and _compatible(figure, f)
        and (f.number not in groups or _slot(groups[f.number], figure.role) is None)
    ]
    return paired[0] if len(paired) == 1 else None


_ACCOUNTED_OF_EN = re.compile(r"\s*of\s+(?:the\s+|all\s+)?([a-z][a-z '-]{2,40}?)\s*(?:\band\b|,|;|\.|$)", re.I)


def _accounted_of_named_en(model: Model, figures: list[Figure]) -> list[Breakdown]:
    """ "New work accounted for £915 million of output and repair and maintenance for £567 million": amounts the
    sentence says of a whole it names are parts of the nearest earlier figure so labelled, in their unit and
    larger than each (inferred: within it, and a warning that they add up to it)."""
    amounts = [f for f in figures if _amount(f) and not f.in_table]
    if len(amounts) < 2:
        return []
    first = amounts[0]
    if not re.search(r"\b(?:accounted for|made up|contributed)\s*$", model.text[first.clause[0] : first.start], re.I):
        return []
    named = _ACCOUNTED_OF_EN.match(model.text, first.end)
    if named is None:
        return []
    total = _named_total(model, first, named.group(1))
    if total is None or total.sentence == first.sentence or total.in_table:
        return []
    parts = [f for f in amounts if f.unit == total.unit]
    if len(parts) != len(amounts) or any(p.quantity.interval.lo > total.quantity.interval.hi for p in parts):
        return []
    return [Breakdown(total, parts, "kinds", False, False)]


_REST_EN = re.compile(r"\b(?:the remaining|the rest|the other|remaining)\s*$", re.IGNORECASE)


def _rest_listed(model: Model, figures: list[Figure]) -> bool:
    """A sentence listing three or more counts whose last is "the remaining N" (or the rest, the other N)."""
    amounts = [f for f in figures if _amount(f)]
    if not (
        len(amounts) >= 3
        and amounts[-1] is figures[-1]
        and _REST_EN.search(model.text[max(amounts[-2].end, amounts[-1].start - 20) : amounts[-1].start])
    ):
        return False
    # the rest names what the total counts: "the remaining 630 were other violent offences" after "7,940 violent
    # crime incidents"
    lead = next((f for f in model.previous_sentence(figures[0]) if _amount(f)), None)
    rest = model.text[amounts[-1].end : min(amounts[-1].end + 50, amounts[-1].sentence[1])]
    named = model.text[lead.start : min(lead.end + 40, lead.sentence[1])] + " " + lead.label if lead else ""
    return lead is not None and bool(_content_stems(rest) & _content_stems(named))


def _named_total(model: Model, figure: Figure, opening: str) -> Figure | None:
    """ "Of the cases disposed of, ...": the nearest earlier figure whose label shares a word stem with the
    phrase (disposed -> disposals), in this paragraph or the one before."""
    words = [w[:5] for w in re.findall(r"[a-z]{4,}", opening.lower()) if w not in ("cases", "those", "these")]
    stems = set(words)
    pool = [
        c
        for c in reversed(model.figures[max(0, figure.number - NEIGHBOURS * 4) : figure.number])
        if _amount(c) and not c.base and c.section == figure.section
    ]
    if model.language == "en":
        # "Of the attended appointments, 5.83 million were ...": never a total smaller than its first part (0.52
        # million not attended)
        pool = [
            c
            for c in pool
            if c.unit != figure.unit or c.quantity.value * c.scale > figure.quantity.value * figure.scale
        ]
    # the figure whose label ends with the phrase's head noun ("live births" -> 24,310 live births, not the
    # crude birth rate), else the nearest sharing a word
    for candidate in pool:
        label = re.findall(r"[a-z]{4,}", candidate.label.lower())
        if words and label and label[-1][:5] == words[-1]:
            return candidate
    for candidate in pool:
        if stems & {w[:5] for w in re.findall(r"[a-z]{4,}", candidate.label.lower())}:
            return candidate
    if model.language == "en":
        return _named_in_an_earlier_section(model, figure, opening)
    return None


def _named_in_an_earlier_section(model: Model, figure: Figure, opening: str) -> Figure | None:
    """ "Highlights: ... completed 18,642 cases ... Decisions: Of the completed cases, 10,814 ...": with no figure
    so named in its own section, the nearest earlier one (of the section just before) whose label, unit and the
    words just after it hold every word of the phrase (completed, cases), larger than the first part."""
    every = {w[:5] for w in re.findall(r"[a-z]{4,}", opening.lower()) if w not in ("those", "these", "with")}
    if len(every) < 2:
        return None
    for candidate in reversed(model.figures[max(0, figure.number - NEIGHBOURS * 4) : figure.number]):
        if candidate.section == figure.section:
            continue
        if candidate.section < figure.section - 1:
            break
        after = re.match(r"\s+((?:[a-z-]+\s+)?[a-z-]+)", model.text[candidate.end : candidate.end + 40])
        written = f"{candidate.label} {candidate.unit or ''} {after.group(1) if after else ''}"  # "7,400 appeals"
        named = {w[:5] for w in re.findall(r"[a-z]{4,}", written.lower())}
        if _amount(candidate) and not candidate.in_table and every <= named and _larger(candidate, figure):
            return candidate
    return None


_LIST_ITEM_ZH = re.compile(r"(?:\d{1,2}[.．、](?!\d)|[（(]\d{1,2}[）)])\s*")


def _list_item(model: Model, figure: Figure) -> bool:
    """Whether ``figure``'s sentence is an item of a numbered list (1、…, 2. …, (3)…): its block is an item, or
    the enumerator opens its line, before or at its sentence's start."""
    if figure.block >= 0 and model.structure.blocks[figure.block].kind == ITEM:
        return True
    line = model.text.rfind("\n", 0, figure.sentence[0]) + 1
    return bool(_LIST_ITEM_ZH.match(model.text[line : figure.start].lstrip()))


def _lead_total(model: Model, figure: Figure, parts: list[Figure] | None = None) -> Figure | None:
    """The figure a 从...看 breakdown divides: the lead amount of the nearest sentence before that is not
    itself a breakdown (其中..., 按经营地分...), within a few sentences.  Given the breakdown's ``parts``, a lead
    no larger than the first is passed over for an earlier one of their unit and period, no smaller than all of
    them together and named with the noun their names end with (全年出生人口3.68万人 is not what 从年龄构成看,0—15岁人口
    81.42万人... divides: 年末常住人口528.36万人 is)."""
    part = parts[0] if parts else None
    prior = model.previous_sentence(figure)
    passed: Figure | None = None  # the first lead, passed over: still the answer when no earlier one fits
    for _ in range(4):
        if not prior:
            return passed
        opening = model.text[prior[0].sentence[0] : prior[0].start]
        first = prior[0]
        in_phrase = _IN_PHRASE.match(normalize(model.text[first.end : first.clause[1] + 1]))
        # 5. 室外垃圾、草垛等其他场所火灾977起。: an item of an earlier list is a part, never a lead
        # 来访中，集体访46批…: a sentence that opens by naming a part of an earlier figure, with no amount in the
        # parts' unit, divides that part (审结案件中，决定起诉1087人 before 起诉…286人 still leads)
        item = _list_item(model, first) or (
            part is not None
            and bool(_NAMED_IN.match(opening))
            and not any(_amount(f) and f.unit == part.unit for f in prior)
        )
        if not (_BY_VIEW.match(opening) or opening.lstrip().startswith(("其中", "其余", "另有")) or in_phrase or item):
            # 涉黑组织3个、涉恶犯罪集团11个...合计40个: the sum is what the sentence leads with
            summed = [f for f in prior if _amount(f) and _SUM_AFTER.search(model.before(f, f.clause, 12))]
            # 据对全省2864家…企业调查,…实现营业收入2185.6亿元: the lead in the parts' unit, not the firms surveyed
            of_unit = [f for f in prior if _amount(f) and part is not None and f.unit == part.unit]
            lead = summed[0] if summed else of_unit[0] if of_unit else next((f for f in prior if _amount(f)), None)
            if lead is not None and parts and _other_period(lead, parts):
                # 10月份,城镇...乡村... under 按经营单位所在地分 divide the month's total, never the 1—10月份 one the
                # sentence before leads with: a lead of another period is passed over entirely
                prior = model.previous_sentence(prior[0])
                continue
            fits = part is None or lead is None or lead.unit != part.unit or _larger(lead, part)
            if fits and (passed is None or (lead is not None and parts and _larger_of_kind(lead, parts))):
                return lead
            passed = passed or lead
            prior = model.previous_sentence(prior[0])
            continue
        for candidate in prior[:4] if _BY_VIEW.match(opening) and passed is None else []:
            # 从行业领域看,打掉的40个黑恶团伙中,...: the total that breakdown named is the one divided again
            if _amount(candidate) and _IN_PHRASE.match(normalize(model.text[candidate.end : candidate.clause[1] + 1])):
                return candidate
        prior = model.previous_sentence(prior[0])
    return passed


def _lead_the_parts_name(model: Model, lead: Figure, parts: list[Figure]) -> Figure | None:
    """分级次看,省级一般公共预算收入…；市县级一般公共预算收入…: parts whose names all end with a name of four
    characters or more (一般公共预算收入) divide the latest earlier figure of their unit so labelled, larger than
    each, not a lead named otherwise (国内增值税 of the sentence before); None when the lead is so named, or no
    figure is (除汽车以外的消费品零售额 is what is left, never so named)."""
    if model.language != "zh" or len(parts) < 2:
        return None
    ending = parts[0].label
    for part in parts[1:]:
        while ending and not part.label.endswith(ending):
            ending = ending[1:]
    earlier = [
        f
        for f in model.figures[max(0, parts[0].number - 400) : parts[0].number]
        if _amount(f)
        and f.unit == parts[0].unit
        and all(_larger(f, p) for p in parts)
        and not _EXCEPT.search(model.before(f, f.clause, 24))
    ]
    for start in range(len(ending) - 3):
        name = ending[start:]
        if lead.label.endswith(name):
            return None
        named = [f for f in earlier if f.label.endswith(name) and len(f.label) - len(name) <= 2]
        if named:
            return named[-1]
    return None


def _other_period(lead: Figure, parts: list[Figure]) -> bool:
    """Whether every part names one period of its own and the lead another (10月 parts, a 1-10月 lead)."""
    periods = {p.period for p in parts}
    return len(periods) == 1 and "" not in periods and bool(lead.period) and not same_period(lead.period, *periods)


def _larger(whole: Figure, part: Figure) -> bool:
    return whole.quantity.value * whole.scale > part.quantity.value * part.scale


def _larger_of_kind(whole: Figure, parts: list[Figure]) -> bool:
    """A lead an earlier sentence gives for parts: of their unit and period, no smaller than all of them together,
    and named with the noun each of their names ends with (常住人口 for 0—15岁人口 and 16—59岁人口)."""
    ending = parts[0].label[-2:]
    return (
        len(ending) == 2
        and whole.label.endswith(ending)
        and all(p.unit == whole.unit and p.period == whole.period and p.label.endswith(ending) for p in parts)
        # all of them together, within their rounding (0—15岁, 16—59岁 and 60岁及以上 add up to 常住人口)
        and whole.quantity.interval.hi * whole.scale >= sum(p.quantity.interval.lo * p.scale for p in parts)
    )


def _lead_of_the_kinds(model: Model, lead: Figure, figures: list[Figure], at: int) -> Figure:
    """接报事故警情8642起,...;发生伤亡事故37起 then 从事故形态看,碰撞事故19起...单车事故7起: the kinds end in 事故,
    so they divide the one amount of the lead's sentence whose label ends so (37起), not the 警情 it opens with."""
    parts = [f for f in figures if f.start > at and f.sentence[0] <= at < f.sentence[1] and _amount(f)]
    parts = [f for f in parts if f.unit == lead.unit and f.label]
    if not parts or model.language != "zh":
        return lead
    ending = parts[0].label
    for part in parts[1:]:
        while ending and not part.label.endswith(ending):
            ending = ending[1:]
    common, ending = ending, ending[-2:]
    following = [f for f in model.figures[lead.number + 1 : lead.number + NEIGHBOURS] if f.start >= lead.sentence[1]]
    named = model.text[lead.sentence[1] : following[0].start].strip() if following else ""
    if len(ending) == 1 and _CJK_WORD.match(ending) and not lead.label.startswith(ending):
        # 收入386.42亿元。其中,税收收入291.36亿元 then 从主要税种看,增值税...契税: kinds of one character's
        # noun (税) divide the one amount of the lead's sentence, or its 其中 sentence, named with it first
        pool = model.in_sentence(lead) + (
            [f for f in following if f.sentence == following[0].sentence] if named.startswith("其中") else []
        )
        first = [f for f in pool if f is not lead and _amount(f) and f.unit == lead.unit and f.label.startswith(ending)]
        return first[0] if len(first) == 1 else lead
    if len(ending) < 2 or lead.label.endswith(ending):
        return lead
    fitting = [f for f in model.in_sentence(lead) if _amount(f) and f.unit == lead.unit and f.label.endswith(ending)]
    if not fitting and named.startswith("其中") and not (len(common) >= 3 and common[-3:] in lead.label):
        # 进出口总值4862.7亿元。其中,出口3105.2亿元...: 从商品看,机电产品出口...劳动密集型产品出口 divide the 出口
        # its 其中 names (never 一般贸易进出口: the lead's own 进出口)
        fitting = [
            f
            for f in following
            if f.sentence == following[0].sentence
            and _amount(f)
            and f.unit == lead.unit
            and f.label.endswith(ending)
            # 其中,除汽车以外的消费品零售额...: what is left when one kind is taken out, no whole of the kinds
            and not _EXCEPT.search(model.before(f, f.clause, 24))
        ]
    return fitting[0] if len(fitting) == 1 else lead


_EXCEPT = re.compile(r"除[^，,；;。]{1,12}(?:以外|之外|外)")


_INCLUDED = re.compile(r"[（(]\s*(?:含|其中|包括|including|of which)", re.IGNORECASE)


_PAIRS = (("female", "male"), ("women", "men"), ("女", "男"), ("城镇", "乡村"), ("城镇", "农村"), ("urban", "rural"))


def _complementary_pair(model: Model, figures: list[Figure]) -> list[Breakdown]:
    """'female prisoners rose 4.6% to 88,887, and male prisoners rose 1.9% to 1,141,256': two figures of a
    pair that makes a whole are the parts of the earlier figure whose label shares their noun (a warning)."""
    amounts = [f for f in figures if _amount(f)]
    if len(amounts) != 2:
        # 男性人口158.12万人，女性人口154.34万人，总人口性别比为102.45: the two of one unit beside a ratio
        measured = [f for f in amounts if f.unit is not None]
        amounts = measured if len(measured) == 2 and measured[0].unit == measured[1].unit else []
    if len(amounts) != 2:
        return []
    a, b = amounts
    words_a, words_b = _words(a.label), _words(b.label)
    # Chinese: 男 and 女 are single characters, inside the labels' words (男性人口, 女性人口)
    named_a, named_b = (a.label, b.label) if model.language != "en" else (words_a, words_b)
    for one, other in _PAIRS:
        if not ((one in named_a and other in named_b) or (other in named_a and one in named_b)):
            continue
        noun = {w for w in words_a | words_b if one not in w and other not in w} - {"the", "number", "of"}
        for candidate in model.near_in_context(a, NEIGHBOURS * 2):  # the lead figure: the whole
            if (
                candidate.start < a.start
                and _amount(candidate)
                and same_count(candidate, a, model.language == "en")
                and noun & _words(candidate.label)
                # 0—14岁人口253383938人 before 男性人口723339956人: a whole is no smaller than either part
                and candidate.quantity.interval.hi >= max(a.quantity.interval.lo, b.quantity.interval.lo)
                and not re.search(r"岁|以上|以下", candidate.label)  # 15—59岁人口: an age group, no whole
            ):
                return [Breakdown(candidate, [a, b], "pair", exhaustive=True, stated=False)]
        if model.language == "en" and not noun:
            whole = _pair_whole_en(model, a, b)  # "6.420 million women and 6.390 million men were unemployed"
            return [Breakdown(whole, [a, b], "pair", exhaustive=True, stated=False)] if whole is not None else []
    return []


_CONTENT_WORD = re.compile(r"[a-z]{5,}")
_NO_CONTENT = frozenset(
    (
        "there",
        "these",
        "those",
        "which",
        "where",
        "while",
        "their",
        "about",
        "around",
        "total",
        "number",
        "people",
        *en.MONTHS,
    )
)


def _content_stems(text: str) -> set[str]:
    return {w[:5] for w in _CONTENT_WORD.findall(text.lower()) if w not in _NO_CONTENT}


def _pair_whole_en(model: Model, a: Figure, b: Figure) -> Figure | None:
    """The whole of a pair labelled by the pair's words alone ("6.420 million women and 6.390 million men were
    unemployed in the EU"): the nearest earlier figure leading its sentence, larger than either part, of the
    same count, whose sentence shares a word of the pair's ("12.810 million persons ... were unemployed")."""
    words = _content_stems(model.text[a.sentence[0] : a.sentence[1]]) - {w[:5] for w in ("women", "female")}
    if not words:
        return None
    for candidate in reversed(model.figures[max(0, a.number - NEIGHBOURS * 2) : a.number]):
        if candidate.sentence == a.sentence or not _amount(candidate) or not same_count(candidate, a, True):
            continue
        lead = model.in_sentence(candidate)[0]
        larger = candidate.quantity.interval.lo > max(a.quantity.interval.hi, b.quantity.interval.hi)
        if lead is not candidate or not larger:
            continue
        if words & _content_stems(model.text[candidate.sentence[0] : candidate.sentence[1]]):
            return candidate
    return None


def _words(label: str) -> set[str]:
    if re.search(r"[a-z]", label, re.I):
        return {re.sub(r"(?<=[a-z]{3})s$", "", w) for w in re.findall(r"[a-z]+", label.lower())}
    return {label[i : i + 2] for i in range(len(label) - 1)}


def _included_asides(model: Model, figures: list[Figure]) -> list[Breakdown]:
    """死亡7人(含失踪1人): the figure in an aside that says it is included is a part of the figure before it."""
    out = []
    for index, figure in enumerate(figures[1:], start=1):
        aside = model.structure.aside_at(figure.start)
        if aside is None or not figure.is_amount or not _INCLUDED.match(model.text, aside[0]):
            continue
        total = figures[index - 1]
        if total.aside or total.end > aside[0] or total.unit != figure.unit or not _amount(total):
            continue
        out.append(Breakdown(total, [figure], "含", exhaustive=False, stated=True))
    return out


_NOT_PARTS_ASIDE = re.compile(
    r"[（(]\s*(?:上年|去年|同比|环比|比|较|增|减|下降|上升|约|合|折合|即|prior|previous|up|down)"
)


def _listed_asides(model: Model, figures: list[Figure]) -> list[Breakdown]:
    """有效诉求46653件(电话诉求41424件、非电话诉求5229件): two or more amounts of the total's unit listed in the
    brackets right after it are its parts (with 其中/含 before them, some of them; otherwise inferred to be
    all, a warning), bare English numbers counting the total's noun ("412 staff (298 full-time and 114
    part-time)").  Brackets of the year before, of a change or of a conversion hold no parts."""
    out = []
    text = model.text
    for index, total in enumerate(figures[:-2]):
        aside = model.structure.aside_at(figures[index + 1].start)
        if not _amount(total) or aside is None or text[total.end : aside[0]].strip():
            continue
        if _NOT_PARTS_ASIDE.match(text, aside[0]):
            continue
        inside = [f for f in figures[index + 1 :] if aside[0] <= f.start < aside[1]]
        members = [
            f
            for f in inside
            if f.role == CURRENT
            and f.is_amount
            # "412 staff (298 full-time and 114 part-time)": bare numbers in the brackets count the total's noun
            and (f.unit == total.unit or (model.language == "en" and f.unit is None and (total.unit or "").isalpha()))
        ]
        if len(members) < 2 or len(members) != len(inside):
            continue
        partial = _INCLUDED.match(text, aside[0]) is not None
        out.append(Breakdown(total, members, "其中" if partial else "aside", exhaustive=False, stated=True))
    return out


def _respectively(model: Model, figures: list[Figure]) -> list[Breakdown]:
    """ "The North, East, South and West forces employed 3,941, 4,386, 2,970 and 3,565 officers respectively":
    a list of amounts of one unit shared out over named groups is a breakdown of the figure the sentence
    before leads with (a warning: that it is all of it is inferred)."""
    if model.language != "en":
        return []
    text = model.text
    end = figures[-1].sentence[1]
    listed = [f for f in figures if _amount(f)]
    if len(listed) < 2 or "respectively" not in text[listed[-1].end : end].lower():
        return []
    if len(_YEAR.findall(text[listed[-1].end : end])) >= 2:
        return []  # "1,020 and 1,140 in 2023 and 2024 respectively": one quantity in two years, not parts
    closing = text.lower().find("respectively", listed[-1].end, end)
    if any(f.is_percent and listed[-1].end < f.start < closing for f in figures):
        return []  # "30,600 and 21,400, and accounted for 41% and 38% of offences and arrests respectively"
    tail = listed[-1:]
    for figure in reversed(listed[:-1]):
        joined = re.fullmatch(r"\s*(?:,|and|, and)\s*", text[figure.end : tail[0].start])
        if not joined or (figure.unit != tail[0].unit and None not in (figure.unit, tail[0].unit)):
            break
        tail.insert(0, figure)
    lead = _lead_total(model, figures[0])
    if len(tail) < 2 or lead is None:
        return []
    if "respectively" in text[lead.sentence[0] : lead.sentence[1]].lower():
        # "Kent recorded 152,410 crimes and Sussex 98,960, ... respectively. Burglaries numbered 8,230 and 4,410
        # respectively": the lead is one of the groups the sentence before shares out, so the list is of them
        return []
    # "Starts and completions in the quarter were 31,250 and 38,410 respectively" after "New build completions
    # were 212,570": a list naming the lead's own noun beside another measure shares out no kind of it
    noun = re.findall(r"[a-z]{4,}", lead.label.lower())
    opening = re.sub(r"\s*\S+\s*$", "", text[figures[0].sentence[0] : tail[0].start].lower())  # its verb aside
    names = re.split(r",|\band\b", opening)
    if noun and len(names) >= 2 and any(noun[-1][:6] in n for n in names) and not all(noun[-1][:6] in n for n in names):
        return []
    # "In London, net additions were 36,690. The West Midlands and the North West recorded 22,100 and 27,830 ...
    # respectively": a lead one place's figure, the list its sibling places, never its parts
    if re.match(r"\s*(?:In|For|Across) (?:the )?[A-Z][a-z]+(?: [A-Z][a-z]+)*,", text[lead.sentence[0] : lead.start]):
        return []
    return [Breakdown(lead, tail, "respectively", exhaustive=False, stated=False)]


_BOUND_AFTER = re.compile(r"(?:以内|之内|以下|以上)$")
_LIMIT = re.compile(r"(?:以内|之内)$")
_JUST_BEFORE = re.compile(r"\s*[，,]?\s*")
# A sentence that adds to the figure before it: 加上级补助收入..., 加上解上级支出... (never 加强, 加快, 加大).
_ADDED_TO = re.compile(r"\s*(?:加上|加)(?![强快大紧速工班重深])")


def _opens_with_of_which(model: Model, figure: Figure) -> bool:
    """Whether the sentence of ``figure`` opens with 其中 before its first figure."""
    return model.text[figure.sentence[0] : figure.start].lstrip().startswith("其中")


def _summed_after(model: Model, figures: list[Figure], claimed: set[int]) -> list[Breakdown]:
    """A3个、B11个、C26个,合计40个: the figure after 合计 is the total of the amounts before it."""
    out = []
    for index, figure in enumerate(figures):
        clause = model.before(figure, figure.clause, 12)
        told = _ALL_TOLD_ZH.fullmatch(clause) is not None and not _SUM_AFTER.search(clause)
        if not _amount(figure) or not (_SUM_AFTER.search(clause) or told):
            continue
        parts = [f for f in figures[max(0, index - NEIGHBOURS) : index] if _amount(f) and f.unit == figure.unit]
        if parts and _ADDED_TO.match(model.text, figure.sentence[0], parts[0].start):
            # 收入18.64亿元。加上级补助收入32.17亿元、...，收入总计59.40亿元: the figure added to is a part too
            before = model.previous_sentence(parts[0])
            for _ in range(2):
                if not (before and _opens_with_of_which(model, before[0])):
                    break
                # 收入186.42亿元…。其中,税收收入…；非税收入…。加上上级补助收入…: added to the total the 其中 divides
                before = model.previous_sentence(before[0])
            base = next((f for f in before if _amount(f) and f.unit == figure.unit), None)
            if base is None or not base.label.endswith(figure.label) or not figure.label:
                continue  # what the additions are added to is not in sight: no sum of them alone
            parts = [base, *parts]
        if len(parts) < 2:
            continue
        act = _ACT_ZH.match(re.sub(r"^共(?:计)?", "", figure.label)) if told else None
        if act and not all(p.label.startswith(act.group()) for p in parts):
            continue  # 新收...，上年结转...，共审结11800件: a later act on the cases, not their sum
        for part in parts:
            claimed.add(part.number)
        claimed.add(figure.number)
        # 共查处交通违法行为5.6万起 after 酒驾...醉驾...: a 共 total may hold more than the kinds before it
        out.append(Breakdown(figure, parts, "共" if told else "合计", exhaustive=not told, stated=True))
    return out


_BOUND_ZH = re.compile(
    r"^(?P<bound>[\d.]+)?(?P<unit>[万亿千百]?[\u4e00-\u9fff]{0,3}?)(?P<side>(?:及)?以上|(?:及)?以下)(?P<rest>.+)$"
)


def _bound(label: str) -> tuple[Decimal, str, str, str] | None:
    """亿元以上项目 -> (1, 亿元, 以上, 项目); 10亿元以上项目 -> (10, 亿元, 以上, 项目)."""
    match = _BOUND_ZH.match(label)
    if match is None:
        return None
    try:
        bound = Decimal(match.group("bound") or "1")
    except ArithmeticError:
        return None
    return bound, match.group("unit"), match.group("side").lstrip("及"), match.group("rest")


def nested_bound(part: str, whole: str) -> bool:
    """Whether ``part``'s class lies inside ``whole``'s by their bounds: 10亿元以上项目 in 亿元以上项目."""
    a, b = _bound(part), _bound(whole)
    if a is None or b is None or a[1:] != b[1:] or a[0] == b[0]:
        return False
    return a[0] > b[0] if a[2] == "以上" else a[0] < b[0]


def same_count(a: Figure, b: Figure, english: bool) -> bool:
    """Figures of one measure: the same unit; in English also a bare count beside a count of a noun ("159,090"
    and "1,230,143 prisoners"), since an English noun after a figure names what it counts, not a unit."""
    if a.unit == b.unit:
        return True
    counts = ("count", "number")
    return (
        english
        and None in (a.unit, b.unit)
        and a.quantity.kind.value in counts
        and b.quantity.kind.value in counts
        and all(u is None or (u.isascii() and u.replace(" ", "").isalpha()) for u in (a.unit, b.unit))
    )


_YEAR_SERIES = re.compile(
    r"(?:19|20)\d{2}年?\s*(?:到|至|—|–|-|~|～)\s*(?:19|20)\d{2}年|近[二三四五六七八九十\d]+年|[二三四五六七八九十\d]年来"
    r"|连续[二三四五六七八九十\d]+年|历年|逐年"
)


def _amount(figure: Figure) -> bool:
    return figure.role == CURRENT and figure.is_amount and not figure.aside and not figure.base


def _breakdown(
    model: Model, figures: list[Figure], starts: list[int], at: int, marker: str, next_marker: int, claimed: set[int]
) -> list[Breakdown]:
    text = model.text
    if marker.startswith("分别") and _YEAR_SERIES.search(text, figures[0].sentence[0], at):
        return []  # 2013年到2017年，城镇新增就业人数分别为1310万人、1322万人……: one figure a year, no parts
    index = bisect.bisect_left(starts, at)
    before = [f for f in figures[max(0, index - NEIGHBOURS) : index] if f.end <= at and _amount(f)]
    if marker.startswith("分别") and not before and _BY_VIEW.match(text, figures[0].sentence[0]):
        marker = "从看"  # 分区域看，东城区、南湖区事故起数分别为326起、298起: the view's parts, of the lead total
    if marker == "中":
        before = [f for f in figures[max(0, index - 1) : index] if f.end == at]
    inferred = False
    if marker in ("从看", "of these", "part of these"):
        # the amounts of the sentence the view opens, in the unit of its first: the parts it lists
        listed = [f for f in figures if f.start > at and f.sentence == figures[0].sentence and _amount(f)]
        listed = [f for f in listed if f.unit == listed[0].unit]
        nested = [i for i in range(1, len(listed)) if "其中" in model.between(listed[i - 1], listed[i])]
        listed = listed[: nested[0]] if nested else listed  # ...其中65岁及以上人口: a part of a part
        lead = _lead_total(model, figures[0], listed if marker == "从看" else None)
        if lead is None and marker == "从看":
            # 从起火原因看 under a heading of its own: the report's first figure of the parts' unit (a warning)
            first_part = next((f for f in figures if f.start > at and _amount(f)), None)
            unit = first_part.unit if first_part is not None else ""
            lead = next((f for f in model.figures if f.start < at and _amount(f) and f.unit == unit), None)
            inferred = True
        if marker == "of these" and model.language == "en":
            lead = _those_who_did(model, figures[0], lead)
        if lead is None or not _names_those(model, figures[0], lead):
            return []
        if marker == "从看":
            lead = _lead_of_the_kinds(model, lead, figures, at)
            lead = _lead_the_parts_name(model, lead, listed) or lead
        before = [lead]
        if marker == "part of these":
            at = figures[0].start  # the first figure is itself the first part
            index = 0
    if marker == "named中":
        phrase = _NAMED_IN.match(text, figures[0].sentence[0])
        # 全省博物馆中: the place the phrase opens with is the whole text's, not a word of the total's label
        # 年末在册人员中: 人员 (对象, 人数) only says they are people, which a label rarely repeats (年末在册411人)
        # 年末在册人员中: the period a label drops (年末在册411人 is labelled 在册) names no part of the total
        named_phrase = (
            re.sub(r"^(?:(?:全|本)[省市县区国州])?(?:年末|年底|年初)?", "", phrase.group(1)) if phrase else ""
        )
        named_phrase = re.sub(r"(?<=[\u4e00-\u9fff]{2})(?:人员|对象|人数)$", "", named_phrase)
        wanted = set(named_phrase) - _COMMON_CHARS
        prior = [f for f in model.previous_sentence(figures[0]) if _amount(f)]
        # 民商事案件中，...: the figure labelled 民商事案件 (every character of the phrase in its label), never
        # 刑事案件 beside it, nor the first or nearest figure; none labelled so, no total
        in_named = [
            f
            for f in prior
            if (len(wanted) >= 2 and wanted <= set(f.label)) or (len(f.label) >= 2 and f.label == named_phrase)
        ]
        back = model.previous_sentence(figures[0])
        for _ in range(2):
            amounts = [f for f in back if _amount(f)]
            if in_named or not back or (amounts and not _NAMED_IN.match(text, back[0].sentence[0], back[0].start)):
                break
            # 第二产业投资…；第三产业投资…。第二产业中，…。第三产业中，…: past a sentence that opens with a sibling
            # 中 phrase (or gives no amount: 外出农民工占农民工总量的58.9%), the figure so labelled further back,
            # in the same section
            back = [f for f in model.previous_sentence(back[0]) if f.section == figures[0].section]
            in_named = [f for f in back if _amount(f) and len(wanted) >= 2 and wanted <= set(f.label)]
        if not in_named:
            return []
        before = in_named[:1]
    if marker == "of the named":
        opening = text[figures[0].sentence[0] : figures[0].start].split(",")[0]  # "Within violence against ..."
        named = _named_total(model, figures[0], opening)
        if named is None:
            return []
        before = [named]
    if marker == "colon":
        before = [f for f in figures if f.end <= at and _amount(f)][-1:]
    if not before:
        prior = model.previous_sentence(figures[0])
        before = [f for f in prior if _amount(f)][-NEIGHBOURS:]
        if not before and prior:
            # 去年同期...。其中: a sentence of last year's values stands between the totals and their parts.
            before = [f for f in model.previous_sentence(prior[0]) if _amount(f)][-NEIGHBOURS:]
        if not before or marker in ("主要有", "共有"):
            return []
    # 债务余额892.35亿元,控制在限额958.00亿元以内。其中...: a limit is what the total stays within, never the total
    before = [f for f in before if not _LIMIT.search(f.text)] or before
    after = [f for f in figures[index : index + NEIGHBOURS * 2] if f.number not in claimed]
    parts: list[Figure] = []
    totals: dict[int, list[Figure]] = {}
    assigned: dict[str | None, Figure] = {}  # the total the list's last part of each unit went to
    inner_end = None
    for figure in after:
        if figure.start >= next_marker and inner_end is None:
            inner_end = figure.start  # a nested 其中: what follows belongs to the inner total
        if not _amount(figure):
            continue
        if inner_end is not None and not (parts and _ordinal_siblings(parts[0].label, figure.label)):
            continue
        totalling = _TOTALLING.search(figure.label) if parts else None
        if totalling and totalling.group() not in parts[0].label:
            # 审执结各类案件39115件 after ；: the total of another list, not a part of this one (but 省属企业营业总收入
            # then 市县国有企业营业总收入: the 总 of the parts' own name)
            break
        if parts and model.language == "zh" and _BALANCE_ZH.search(figure.label):
            break  # 其中服务出口3.47亿元,服务进口2.15亿元,服务贸易顺差1.32亿元: a balance is the parts' difference
        if parts and model.language == "zh" and _BOUND_AFTER.search(figure.text):
            break  # 一般债务...专项债务...，控制在债务限额72.10亿元以内: a bound, never a part (it would hide a slip)
        doing = _DOING_ZH.match(figure.label) if parts and model.language == "zh" else None
        if (
            doing
            and not _DOING_ZH.match(parts[0].label)
            and not any(set(doing.group()) <= set(t.label) for t in before)
        ):
            continue  # 其中生态环境领域98件、...，发出诉前检察建议176件: what was done next, not another field
        if parts and model.language == "en" and _RELATIVE_EN.search(text[parts[-1].end : figure.start]):
            break  # "Of these, 1,021 included children, who numbered 2,347": what the part holds, not a sibling
        after_semicolon = parts and re.search(r"[；;]", text[parts[-1].end : figure.start])
        if after_semicolon and model.language == "zh" and any(figure.label == t.label for t in before):
            # 全省博物馆中，国有…，非国有…；免费开放的博物馆289个: a figure bearing the total's own name is no part
            break
        if (
            after_semicolon
            and not _alike(parts, figure)
            and not _parallel_item(model, parts, figure, after)
            and _another_list(model, before, parts, figure, view=marker == "从看")
        ):
            # after ；, 新收行政案件 beside the total 新收民商事案件 (the total's sibling), 审结 after 新收、旧存,
            # 交警部门查处交通违法行为 after 刑事警情、治安警情: another list, not a part of this one
            break
        candidates = [t for t in before if same_count(t, figure, model.language == "en")]
        if candidates and candidates[0].sentence != figure.sentence and marker not in ("of these", "part of these"):
            # 出生人口3420人，死亡人口4105人。城镇、乡村人口分别为24.93万人和21.25万人: a total a sentence back
            # that one part alone exceeds is another count, not what the list divides
            candidates = [t for t in candidates if t.quantity.interval.hi * 5 >= figure.quantity.interval.lo]
        if candidates and all(
            t.unit == figure.unit and figure.quantity.interval.lo > t.quantity.interval.hi for t in candidates
        ):
            # 其中税收收入15.62亿元，...，固定资产投资186.3亿元: a part larger than every total it could belong
            # to is another subject; it ends the list and is never checked as a part
            break
        if not candidates:
            following = next((f for f in after if f.start > figure.start), None)
            if (
                parts
                and model.language == "zh"
                and figure.unit != parts[-1].unit
                and re.fullmatch(r"\s*、?\s*", text[parts[-1].end : figure.start])
            ):
                continue  # 来访1187件次、2398人次；网上信访…: the part's other measure, not the list's end
            if parts and not (
                following is not None
                and following.clause[0] == figure.clause[0]
                and same_count(following, parts[-1], model.language == "en")
            ):
                break  # a figure of another measure ends the list, unless it counts the subject of the next
                # part in its own clause: 7个县(区)公共财政预算收入共完成851,064万元
            continue
        # 审结1.1万件，其中刑事案件0.28万件: the figure the 其中 follows at once is its total, never the 刑事案件
        # received before it (a kind of the same name is no total of it)
        adjacent = [c for c in candidates if c.sentence == figure.sentence and _JUST_BEFORE.fullmatch(text, c.end, at)]
        if marker == "其中" and adjacent and not any(nested_bound(figure.label, c.label) for c in candidates):
            total: Figure | None = adjacent[-1]
        else:
            total = _best_total(candidates, figure, assigned.get(figure.unit))
        if total is None:
            continue
        if (
            re.search(r"[；;]", text[at : figure.start])
            and total.unit == figure.unit
            and figure.quantity.interval.lo > total.quantity.interval.hi
        ):
            # 收入286.4亿元，其中税收收入占比76.3%；...社会消费品零售总额1612.8亿元: past a ；, a figure larger
            # than the total it would be a part of opens another subject (the GDP before it is no total of it)
            break
        assigned[figure.unit] = total
        parts.append(figure)
        totals.setdefault(total.number, []).append(figure)
    if not totals:
        return []
    if parts and _ORDINAL.search(parts[0].label):
        # 其中:第一产业...;第二产业...。第三产业...: an ordinal list may run on into the next sentences.
        for figure in model.following(figures[-1], 3):
            if _amount(figure) and _ordinal_siblings(parts[0].label, figure.label):
                total = _best_total([t for t in before if t.unit == figure.unit], figure)
                if total is not None:
                    totals.setdefault(total.number, []).append(figure)
    out = []
    for number, chosen in totals.items():
        total = next(t for t in before if t.number == number)
        if any(p.number == total.number for p in chosen):
            continue
        if marker == "中" and not re.search(r"[，,]", text[total.end : chosen[0].start]):
            continue
        for part in chosen:
            claimed.add(part.number)
        exhaustive = marker in _EXHAUSTIVE or any(w in chosen[-1].label.lower() for w in _REST)
        kind = marker
        if exhaustive and marker.startswith("分别") and "其中" in text[min(total.end, at) : at]:
            # 农产品网络零售额19.36亿元。其中，茶叶、油茶和竹笋网络零售额分别为…: 其中 names some kinds; 分别 only
            # hands each its figure
            exhaustive = any(w in chosen[-1].label.lower() for w in _REST)
            kind = "其中"
        stated = True
        if total.sentence != chosen[0].sentence and marker not in (
            "part of these",
            "of the named",
            "of these",
            "named中",
        ):
            opening = model.before(chosen[0], chosen[0].sentence).lstrip()
            stated = opening.startswith(("其中", "Of these", "Of which", "Of them", "Within this")) or (
                # 年末共有规模以上工业企业96家，比上年末增加5家。按行业分，…: a view opening the sentence right after
                # its total states the breakdown as 其中 does, when that sentence gives no other level of the unit
                marker == "从看"
                and bool(_BY_VIEW.match(opening))
                and [f for f in model.previous_sentence(chosen[0]) if _level_of(f, total.unit)] == [total]
            )
        out.append(Breakdown(total, chosen, kind, exhaustive, stated and not inferred))
    return out


def _level_of(figure: Figure, unit: str | None) -> bool:
    """An amount of ``unit`` that is a level of its own (not a change, an earlier value or a bracketed aside)."""
    return _amount(figure) and figure.unit == unit and figure.role == CURRENT and not figure.aside


_CJK_WORD = re.compile(r"[\u4e00-\u9fff]")
_BALANCE_ZH = re.compile(r"顺差|逆差|差额|净流入|净流出|净增")
_TOTALLING = re.compile(r"各类|全部|总|合计|累计|\ball\b|\btotal\b", re.IGNORECASE)


_DOING_ZH = re.compile(
    r"^(?:审执结|审结|执结|办结|结案|破获|查处|抓获|起诉|判处|化解|移送|答复|回复|发出|提起|制发|开展|办理|召开|组织|出动"
    r"|发放|督促|挽回|追回|收回)"
)
_ACT_ZH = re.compile(r"^(?:审执结|审结|执结|办结|结案|破获|破案|查处|抓获|起诉|判处|化解|移送|答复|回复)")
_AGENCY_ZH = re.compile(r"(?:部门|机关|法院|检察院|分局|公安局|大队|支队|办公室|委员会)")


_OF_WHICH_EN = re.compile(r"\bof wh(?:ich|om)\b", re.IGNORECASE)
_OWN_VERB_EN = re.compile(
    r"[a-z]\s+(?:[a-z]{3,}ed|earned|brought in|spent|made|took|rose|fell|grew|was|were|came to|stood at)"
    r"(?:\s+(?:to|at|by|in|for|up))?\s*$",  # "; remortgaging accounted for £1.51 billion", "made up"
    re.IGNORECASE,
)


def _another_list(model: Model, totals: list[Figure], parts: list[Figure], figure: Figure, view: bool = False) -> bool:
    """Whether ``figure``, after a ；, opens another list rather than going on with ``parts``: it names the
    total's sibling (新收行政案件 beside 新收民商事案件), a later act (审结 after 新收、旧存), another agency
    (交警部门查处...), or it alone exceeds every total it could be a part of.  A view's kinds (按消费类型分,
    商品零售...；餐饮收入...) may each name a head noun of their own."""
    if _alike(totals, figure) and not (model.language == "zh" and any(_kind_of(t.label, figure.label) for t in totals)):
        return True
    if model.language != "zh":
        # "brought in £8.53 million, of which legacies were £3.12 million; charitable activities earned £4.90
        # million": past a ;, a clause with a subject and verb of its own ends a list "of which" opened
        opened = model.text[totals[0].end : parts[0].start] if totals and parts else ""
        head = model.text[figure.clause[0] : figure.start]
        return bool(_OF_WHICH_EN.search(opened) and _OWN_VERB_EN.search(head))
    label = figure.label
    act = _ACT_ZH.match(label)
    if act and not any(p.label.startswith(act.group()) for p in parts):
        return True
    head = model.text[figure.clause[0] : figure.start]
    if _AGENCY_ZH.search(head) and not any(_AGENCY_ZH.search(p.label) for p in parts):
        return True
    within = [t for t in totals if same_count(t, figure, False) and t.unit == figure.unit]
    if within and all(figure.quantity.interval.lo > t.quantity.interval.hi for t in within):
        return True
    return not view and _new_subject(totals, parts, label)


def _kind_of(total: str, label: str) -> bool:
    """Whether ``label`` names a kind of what ``total`` counts by a qualifier inside its name: 文物保护管理机构 and
    文物科研机构 of 文物机构 (the total's opening and ending with words between), never 新收行政案件 of
    新收民商事案件 (a sibling: the total's own qualifier is not in it)."""
    if len(total) < 4 or len(label) <= len(total):
        return False
    return any(label.startswith(total[:k]) and label.endswith(total[k:]) for k in range(2, len(total) - 1))


def _item(model: Model, first: Figure, figures: list[Figure]) -> list[Figure]:
    """The amounts of the ；-separated item ``first`` opens, in reading order."""
    text = model.text
    out = [first]
    for figure in figures:
        if figure.start <= out[-1].start or not _amount(figure):
            continue
        if figure.sentence != first.sentence or re.search(r"[；;]", text[out[-1].end : figure.start]):
            break
        out.append(figure)
    return out


def _parallel_item(model: Model, parts: list[Figure], figure: Figure, after: list[Figure]) -> bool:
    """Whether the item ``figure`` opens past a ； repeats the first item's form, so it goes on with the list:
    ``其中,普通高中6所,在校生1.62万人;中等职业学校3所,在校生0.73万人`` (所 then 在校生 in 万人, twice), whatever the
    kinds' names (中等职业学校 is no sibling of the 高中阶段学校 total)."""
    if model.language != "zh" or not parts:
        return False
    first, this = _item(model, parts[0], after), _item(model, figure, after)
    return (
        len(first) >= 2
        and len(first) == len(this)
        and all(a.unit == b.unit for a, b in zip(first, this, strict=True))
        and all(a.label == b.label and a.label for a, b in zip(first[1:], this[1:], strict=True))
    )


def _new_subject(totals: list[Figure], parts: list[Figure], label: str) -> bool:
    """Whether a label after a ； names a subject of its own that is no kind of the total: its head noun
    (固定资产投资, 贷款余额, 工业增加值) is neither the total's (一般公共预算收入) nor a part's (税收收入)."""
    if len(label) < 4 or not _CJK_WORD.match(label[-1]):
        return False  # 诈骗 after 盗窃: too short to name a subject of its own
    if parts and all(len(p.label) <= 2 for p in parts):
        return False  # 缓刑372人；假释24人；暂予监外执行15人: after bare kinds, a longer name is one more kind
    # the head is the last character (额 of 餐饮收入额 is the 额 of 零售总额: a kind of it), and a shared pair
    for other in [*totals, *parts]:
        if label[-1] in other.label or (len(other.label) >= 2 and other.label[-2:] in label):
            return False
    return True


def _alike(parts: list[Figure], figure: Figure) -> bool:
    """Whether ``figure``'s label starts or ends like one of ``parts``' (受理刑事案件, 受理民事案件; 工矿商贸事故,
    道路运输事故): the sign that a list goes on past a ；."""
    label = figure.label
    if len(label) < 2:
        return True
    if label.isascii():  # English: a first or last word alike ("legacies" and "charitable activities" are not)
        words = label.split()
        return any(p.label.split()[:1] == words[:1] or p.label.split()[-1:] == words[-1:] for p in parts if p.label)
    return any(len(p.label) >= 2 and (p.label[:2] == label[:2] or p.label[-2:] == label[-2:]) for p in parts)


def _best_total(candidates: list[Figure], part: Figure, previous: Figure | None = None) -> Figure | None:
    """The total a part belongs to: the nearest before the marker, unless another one starts with the part's
    own verb and the nearest does not (其中,受理刑事案件... under 共受理 rather than the 审执结 just before)."""
    nearest = candidates[-1]
    label = part.label
    bounded = next((c for c in reversed(candidates) if nested_bound(label, c.label)), None)
    if bounded is not None:
        return bounded  # 65岁及以上人口 under 60岁及以上人口, whatever stands between
    if len(label) < 2 or nearest.label[:2] in label:
        return nearest
    for candidate in reversed(candidates[:-1]):
        if len(candidate.label) >= 2 and candidate.label[:2] in label:
            return candidate
    for candidate in reversed(candidates):
        verb = candidate.label[:3]
        if _CJK_WORD.match(label) and (verb[:1] == label[:1] or any(verb[i : i + 2] in label for i in range(2))):
            return candidate  # 审结, 执结 under 审执结
    for candidate in reversed(candidates):
        if _CJK_WORD.match(label) and _shares_word(candidate.label, label, 4):
            return candidate  # 首次执行案件 under 受理执行案件 (执行案件), not under 执结 just before
    if _CJK_WORD.match(label) and len(label) >= 3 and _ACT_ZH.fullmatch(nearest.label):
        for candidate in reversed(candidates):
            if label[-2:] in candidate.label:
                return candidate  # 其中，刑事案件... under 受理各类案件 (案件), not the 审结 or 结案率 just before
    # 在园幼儿 after 在校生: a list's parts go on to the total its earlier parts went to.
    return previous if previous is not None and previous in candidates else nearest


def _shares_word(a: str, b: str, size: int) -> bool:
    """Whether ``a`` and ``b`` have ``size`` characters in a row in common."""
    return any(a[i : i + size] in b for i in range(len(a) - size + 1))


def _ordinal_siblings(a: str, b: str) -> bool:
    return bool(_ORDINAL.search(a) and _ORDINAL.search(b)) and _ORDINAL.sub("#", a) == _ORDINAL.sub("#", b)


def _split_overlapping(model: Model, breakdown: Breakdown) -> list[Breakdown]:
    """Parts in ；-separated groups of two or more each cut the total along their own line: never summed together."""
    parts = breakdown.parts
    if len(parts) < 4:
        breakdown.overlapping = _overlaps(model, parts, breakdown.total)
        return [breakdown]
    groups: list[list[Figure]] = [[parts[0]]]
    for previous, part in itertools.pairwise(parts):
        between = model.text[previous.end : part.start]
        if "；" in between or ";" in between or part.sentence != previous.sentence:
            groups.append([part])
        else:
            groups[-1].append(part)
    if len(groups) < 2 or any(len(g) < 2 for g in groups):
        breakdown.overlapping = _overlaps(model, parts, breakdown.total)
        return [breakdown]
    return [
        Breakdown(
            breakdown.total,
            g,
            breakdown.marker,
            False,
            breakdown.stated,
            overlapping=_overlaps(model, g, breakdown.total),
        )
        for g in groups
    ]


def _overlaps(model: Model, parts: list[Figure], total: Figure) -> bool:
    """Parts that are groups which may overlap, by their labels or the words just before them; a list that
    ends with 其他/其余 says it is all of the total, so it does not overlap, and a word the total's own label
    holds cuts nothing (外出农民工 and 本地农民工 of 农民工总量)."""
    if parts and any(w in parts[-1].label.lower() for w in _REST):
        return False
    if len(parts) < 2:
        return False
    if model.language == "en":
        words = {
            w for p in parts for w in re.findall(r"[a-z]+", (p.label + " " + model.before(p, p.clause, 24)).lower())
        }
        return bool(words & set(_OVERLAP))
    if _age_partition(parts) or _two_sexes(model, parts):
        return False
    cutting = [w for w in _OVERLAP if w not in total.label]
    return any(any(w in p.label or w in model.before(p, p.clause, 16) for w in cutting) for p in parts)


def _two_sexes(model: Model, parts: list[Figure]) -> bool:
    """其中男性246.38万人、女性239.87万人: the two sexes, and nothing else that cuts the total, are all of it."""
    if len(parts) != 2:
        return False
    words = [p.label + model.before(p, p.clause, 6) for p in parts]
    if not all(("男" in w) != ("女" in w) for w in words) or ("男" in words[0]) == ("男" in words[1]):
        return False  # each names one sex, and not the same one
    others = [w for w in _OVERLAP if w not in ("女", "男")]
    return not any(o in w for o in others for w in words)


_AGE_BRACKET = re.compile(
    r"^(?:(?P<lo>\d+)\s*[—–\-~至到]\s*(?P<hi>\d+)|(?P<under>\d+)(?:周)?岁?(?:及)?以下|(?P<over>\d+)(?:周)?岁?(?:及)?以上)"
)


def _age_partition(parts: list[Figure]) -> bool:
    """Age groups that follow one another without a gap or an overlap, from the youngest to an open oldest
    (0—15岁, 16—59岁, 60岁及以上; 14岁及以下, 15—64岁, 65岁及以上): all of a population, never overlapping."""
    edge: int | None = None
    for number, part in enumerate(parts):
        match = _AGE_BRACKET.match(part.label)
        if match is None or "岁" not in part.label:
            return False
        if match["over"] is not None:
            return number == len(parts) - 1 and number > 0 and edge is not None and int(match["over"]) == edge
        if match["under"] is not None:
            if number:
                return False
            edge = int(match["under"]) + 1
        else:
            lo, hi = int(match["lo"]), int(match["hi"])
            if (edge is None and (number or lo != 0)) or (edge is not None and lo != edge) or hi < lo:
                return False
            edge = hi + 1
    return False


__all__ = ["Breakdown", "Group", "Links", "link", "nested_bound", "same_count"]
