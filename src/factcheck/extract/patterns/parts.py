"""total-parts: a total and its parts must add up.

Reads the breakdowns of the model (see *Links* above): ``共打掉团伙121个,其中涉黑组织13个,涉恶集团73个,涉恶团伙35个``,
``共受理300件,分别为...``, a ``其中`` that opens the sentence after its total, ``挂牌督办的12起案件中,已办结9起,...``,
"121 gangs in total, of which 13 ...", and three or more kinds listed before the figure of their name
(``小学专任教师...;初中专任教师...;……其中专任教师76413人``: inferred, and summed only as a 其中 list is), a list in
brackets right after a figure (``有效诉求46653件(电话诉求41424件、非电话诉求5229件)``), and under a heading of
kinds (``二、诉求分类``) the kinds listed in its first sentence, of the figure that opens the section before.
An item whose first sentence reads as a run-in heading (``（二）工矿商贸：发生事故38起、死亡35人。其中，建筑施工
领域...17起``) is one item with the rest of its line: its part is 38起, never the 其中 figure inside it.
Kinds after a first part that come to it exactly, where all of them would exceed the total, are that part's
(``300件,其中有效回访246件,表示满意的240件,表示一般的5件,表示不满意的1件``: 240 + 5 + 1 of the 246).
In English also: list items indented under an item ("- 1,200 recommendations were made:" over "  - 400 for
personal redress", ...; a dash and a space before a figure open an item, a dash glued to it is a minus sign),
while a paragraph over items that have items of their own proposes no sum (those are headings); a pair named
by its own words ("6.420 million women and 6.390 million men were unemployed") of the nearest earlier figure
that leads its sentence, is larger than either and shares a word with the pair's sentence (a warning); and a
list closed by its rest ("Assaults numbered 5,210, robberies 960 and sexual assaults 1,140; the remaining 630
were other violent offences") of the lead count of the sentence before, when the rest names what it counts.
``以上三个税种合计437.68亿元``: the last N amounts of its unit before it in its paragraph (as many as 以上 says, none
a change or a share) sum to it, an error.

- ``sum(parts) <= total``: parts can never exceed their total.  An error when the text states the breakdown
  (its marker and its total in one sentence, or ``其中`` opening the next one, or a view, ``按行业分`` or
  ``从类型看``, opening the next one when the total is the only level of its unit there).  Parts that are groups which
  may overlap (女, 男, 35岁以下, 少数民族, 农民工, 老年人, 涉及货车的事故, "aged under 18", and 地表水 and 地下水 beside
  their 不重复量) are never summed:
  each is checked against the total on its own; but the two sexes alone (其中男性...、女性...) and age groups
  that follow one another from the youngest to an open oldest (0—15岁, 16—59岁, 60岁及以上) are all of it.
- ``sum(parts) == total``: an error when the parts are presented as all of it (``分别为``, a last part named
  其他/其余, "broken down into"); otherwise a warning, since the text only suggests it, and not proposed at
  all for a 其中 / "of which" list that names only some of the parts (they come to less than nine tenths
  of the total, and are not the two sides of one cut such as 新收 and 旧存): such a list is checked within
  its total only, as is one whose parts each carry a share adding up to clearly less than 100% (医院...占83.2%；
  基层...占13.3%), or one that names only some of the kinds an earlier list of its section named
  (机构 by 医院, 基层, 专业公共卫生机构 and 其他机构, then 床位 其中 医院 and 基层), or a table's 其中
  rows that come to less than nine tenths of their total in one column (``其中：住户存款`` and
  ``非金融企业存款`` under 余额 then again under 比年初增加: the same kinds in every column), or a Chinese
  breakdown the text does not state (a named list a sentence after the figure taken for its total)
  whose parts come to less than nine tenths of it.  Nor is it proposed, short of a stated
  complete list, when the sentence goes on to an item
  the reader leaves unread ("16 fell, 26 rose, while one was unchanged": ``one`` without a unit is no figure),
  or to one more item in another measure word (``黄牛存栏28510头;奶牛存栏8984头;马存栏2708匹``).
- The parts' changes add up to the total's: where the total and every part has its change in amounts
  (``增加6455万元``, ``减少282万元``), ``+6455 - 282 + 344 == +6517``, with the same confidence as the sum of
  the parts.
- English: two amounts side by side whose labels open with one word and name the two sides of one cut
  ("Exports to the EU were £15.1 billion and exports to non-EU countries £17.3 billion"; men and women) add
  up to the latest larger amount of their unit in their paragraph or the one before whose label opens with
  that word and names neither side (Exports of goods, £32.4 billion; a warning).
"""

from __future__ import annotations

import re
from decimal import Decimal
from itertools import pairwise

from factcheck.extract.links import SUPPRESSED, Breakdown, Links
from factcheck.extract.model import CURRENT, SHARE, Figure, Model
from factcheck.extract.suggestion import INFERRED, STATED, Suggestion, say, signed

NAME = "total-parts"


_PARTIAL_MARKERS = (
    "其中",
    "包括",
    "including",
    "included",
    "includes",
    "of which",
    "of whom",
    "among them",
    "中",
    "named中",
    "named后",
    "of the named",  # "Of final consumption, domestic users took ...": as "Of the 9,870 burglaries", some of it
)
_SIDES = (("新收", "旧存"), ("城镇", "乡村"), ("城镇", "农村"), ("男", "女"), ("male", "female"), ("men", "women"))


def _rows(breakdown: Breakdown) -> tuple[int, ...]:
    """The table rows (blocks) of a breakdown: its total's row, then its parts' rows."""
    return (breakdown.total.block, *(p.block for p in breakdown.parts))


def _partial_table_list(breakdown: Breakdown) -> bool:
    """Whether a breakdown is a table's 其中 list of two rows or more, of positive amounts, not called complete."""
    figures = (breakdown.total, *breakdown.parts)
    return (
        breakdown.total.in_table
        and not breakdown.exhaustive
        and breakdown.marker in _PARTIAL_MARKERS
        and len(breakdown.parts) > 1
        and all(f.quantity.value > 0 for f in figures)
    )


def _partial(total: Figure, parts: list[Figure]) -> bool:
    """Whether a list the text does not call complete reads as some of the parts only: they come to less
    than nine tenths of the total and are not the two sides of one cut.  A complete list with a slip in
    one part (within a tenth) keeps its == check, a warning."""
    if _two_sides(parts):
        return False
    summed = sum((p.quantity.value * p.scale for p in parts), Decimal(0))
    return summed < total.quantity.value * total.scale * Decimal("0.9")


# A list item the reader leaves unread (``one`` is a figure only with a unit): "16 recorded a fall, 26 saw an
# increase, while one was unchanged" has a third part, so the parts read cannot be all of the 43 forces.
_UNREAD_ITEM_RE = re.compile(r"(?:,|;|\band|\bwhile|\bwhereas)\s+(?:(?:the\s+)?(?:remaining|other)\s+)?(?:one|none)\b")


def _unread_item(model: Model, parts: list[Figure]) -> bool:
    """Whether the sentence of the last part goes on to a list item written as a word the reader leaves out."""
    last = parts[-1]
    rest = model.text[last.end : last.sentence[1]]
    return model.language == "en" and _UNREAD_ITEM_RE.search(rest.lower()) is not None


def _list_goes_on(model: Model, parts: list[Figure]) -> bool:
    """Whether the figure after the last part continues the list in another measure word: 黄牛存栏28510头;
    奶牛存栏8984头;马存栏2708匹 (its label ends as the parts' labels do), so the parts read are not all."""
    last = parts[-1]
    following = model.near_in_sentence(last, 3)
    after = next((f for f in following if f.start >= last.end and f.is_amount and not f.aside), None)
    if after is None or after.unit == last.unit or after.unit is None:
        return False
    labels = [p.label for p in parts] + [after.label]
    common = labels[0]
    for label in labels[1:]:
        while common and not label.endswith(common):
            common = common[1:]
    return len(common) >= 2 and all(label != common for label in labels)  # 存栏 of 奶牛存栏 and 马存栏


def part_shares(model: Model, parts: list[Figure]) -> list[Figure] | None:
    """The share that follows each part in its sentence, before the next part (医院4.26万张，占83.2%), or None
    when a part has none."""
    shares: list[Figure] = []
    for part, following in zip(parts, [*parts[1:], None], strict=True):
        end = following.start if following is not None else part.sentence[1]
        share = next(
            (
                f
                for f in model.near_in_sentence(part, 4)
                if f.role == SHARE and f.is_percent and part.end <= f.start < end and not f.aside
            ),
            None,
        )
        if share is None:
            return None
        shares.append(share)
    return shares


def _shares_say_some(model: Model, parts: list[Figure]) -> bool:
    """Whether every part is followed in its sentence by its share and the shares add up to clearly less than
    100%: the text itself says the parts are not all of the total."""
    if model.language != "zh":
        return False
    shares = part_shares(model, parts)
    return shares is not None and sum((f.quantity.value for f in shares), Decimal(0)) < 99


def _fewer_kinds(links: Links, breakdown: Breakdown) -> bool:
    """Whether an earlier breakdown of its section names every kind this one names and more besides: 机构总数
    by 医院, 基层, 专业公共卫生机构 and 其他机构, then 床位 其中 医院 and 基层 only: the second list is some kinds."""
    total, labels = breakdown.total, {p.label for p in breakdown.parts}
    if "" in labels:
        return False
    return any(
        len(other.parts) > len(breakdown.parts)
        and other.total.start < total.start
        and other.total.section == total.section
        and labels <= {p.label for p in other.parts}
        for other in links.breakdowns
    )


def _two_sides(parts: list[Figure]) -> bool:
    """Two parts that are the two sides of one cut (新收 and 旧存, 城镇 and 乡村, men and women): all of it."""
    if len(parts) != 2:
        return False
    a, b = (p.label.lower() for p in parts)
    return any((x in a and y in b) or (y in a and x in b) for x, y in _SIDES)


# the two sides of one cut: "exports to the EU" and "to non-EU countries", men and women, ...
_CUT_SIDES_EN = (("male", "female"), ("males", "females"), ("men", "women"), ("boys", "girls"), ("urban", "rural"))


def _cut_sides(first: list[str], second: list[str]) -> bool:
    if any(f"non-{w}" in second for w in first if not w.startswith("non-")):
        return True
    return any((a in first and b in second) or (b in first and a in second) for a, b in _CUT_SIDES_EN)


def _complementary_cut_en(model: Model) -> list[Suggestion]:
    """ "Exports of goods rose to £32.4 billion. Exports to the EU were £15.1 billion and exports to non-EU
    countries £17.3 billion": two amounts side by side whose labels open with one word (exports) and name the two
    sides of one cut (EU and non-EU, men and women) add up to the latest larger amount of their unit before them
    in their paragraph or the one before whose label opens with that word and names neither side (a warning:
    the total is inferred)."""
    out: list[Suggestion] = []
    figures = model.figures
    for a, b in pairwise(figures):
        if a.sentence != b.sentence or a.duplicate or a.in_table or b.in_table or a.aside or b.aside:
            continue
        if a.role != CURRENT or b.role != CURRENT or not a.is_amount or a.unit != b.unit:
            continue
        first, second = a.label.lower().split(), b.label.lower().split()
        if not first or not second or first[0] != second[0] or not _cut_sides(first, second):
            continue
        head, sides = first[0], {*first[1:], *second[1:]}
        for total in reversed(figures[max(0, a.number - 30) : a.number]):
            if total.block not in (a.block, a.block - 1) or total.section != a.section:
                break
            label = total.label.lower().split()
            if total.role != CURRENT or total.aside or total.in_table or total.unit != a.unit or not label:
                continue
            if label[0] != head or sides & set(label[1:]):
                continue
            if total.quantity.value * total.scale <= max(a.quantity.value * a.scale, b.quantity.value * b.scale):
                break
            out.append(
                Suggestion(
                    NAME,
                    f"{total.id}-parts-sum-to-total",
                    f"sum({a.ref}, {b.ref}) == {total.ref}",
                    f"the two sides ({a.text} + {b.text}) should add up to {total.text}",
                    (total, a, b),
                    severity=INFERRED,
                )
            )
            break
    return out


# 以上三个税种合计437.68亿元: the figures just listed, as many as it says, summed
_ABOVE_ZH = re.compile(r"(?:以上|上述)$")
_SUMMED_AFTER_ZH = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:合计|共计|总计)(?:为|达|达到|实现|完成)?$")
_HOW_MANY_ZH = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def _above_summed(model: Model) -> list[Suggestion]:
    """``国内增值税236.71亿元…；企业所得税142.35亿元…；个人所得税58.62亿元…。以上三个税种合计437.68亿元``: the last N
    amounts of the total's unit before it in its paragraph (N as ``以上三个`` says), none of them a change or a share,
    sum to it (an error: the text states the sum)."""
    out: list[Suggestion] = []
    for count in model.figures:
        if count.text[:1] not in _HOW_MANY_ZH or not _ABOVE_ZH.search(model.before(count, count.clause, 4)):
            continue
        after = [f for f in model.in_sentence(count) if f.start > count.end and f.is_amount and not f.aside]
        if not after or not _SUMMED_AFTER_ZH.search(model.text[count.end : after[0].start]):
            continue
        total, n = after[0], _HOW_MANY_ZH[count.text[0]]
        earlier = [
            f
            for f in model.in_block(count)
            if f.end <= count.start and f.role == CURRENT and f.is_amount and not f.aside and f.unit == total.unit
        ]
        if len(earlier) < n:
            continue
        parts = earlier[-n:]
        listed = ", ".join(f.ref for f in parts)
        out.append(
            Suggestion(
                NAME,
                f"{total.id}-sum-of-the-above",
                f"sum({listed}) == {total.ref}",
                say(
                    model.language,
                    f"以上{'、'.join(f.text for f in parts)}合计应为{total.text}",
                    f"{' + '.join(f.text for f in parts)} should make {total.text}",
                ),
                (total, *parts),
                severity=STATED,
            )
        )
    return out


def find(model: Model, links: Links) -> list[Suggestion]:
    out: list[Suggestion] = _complementary_cut_en(model) if model.language == "en" else []
    changes = {g.current.number: g.change for g in links.groups if g.change is not None}
    # | 其中：住户存款 | then | 非金融企业存款 | under 余额 and 比年初增加: one list of rows, column by column; rows
    # that come to clearly less than their total in one column name only some of the kinds, in every column
    partial_rows = {_rows(b) for b in links.breakdowns if _partial_table_list(b) and _partial(b.total, b.parts)}
    for breakdown in links.breakdowns:
        total, parts = breakdown.total, breakdown.parts
        if breakdown.overlapping and len(parts) > 1:
            # 涉及摩托车的事故, 涉及货车的事故; 农民工, 老年人: overlapping groups are each within the total,
            # never summed.
            for part in parts:
                out.append(
                    Suggestion(
                        NAME,
                        f"{total.id}-part-{part.id}-within-total",
                        f"{part.ref} <= {total.ref}",
                        say(
                            model.language,
                            f"{part.text}不应超过总数{total.text}",
                            f"{part.text} cannot exceed the total {total.text}",
                        ),
                        (total, part),
                        severity=STATED if breakdown.stated else INFERRED,
                    )
                )
            continue
        ids = ", ".join(p.ref for p in parts)
        summed = f"sum({ids})" if len(parts) > 1 else parts[0].ref
        listed = " + ".join(p.text for p in parts)
        within = STATED if breakdown.stated and not breakdown.overlapping else INFERRED
        out.append(
            Suggestion(
                NAME,
                f"{total.id}-parts-within-total",
                f"{summed} <= {total.ref}",
                say(
                    model.language,
                    f"部分之和({listed})不应超过总数{total.text}",
                    f"the parts ({listed}) cannot add up to more than the total {total.text}",
                ),
                (total, *parts),
                severity=within,
            )
        )
        if len(parts) < 2:
            continue
        whole = breakdown.exhaustive and breakdown.stated and not breakdown.overlapping and not breakdown.summed
        if not breakdown.exhaustive and breakdown.marker in _PARTIAL_MARKERS and _partial(total, parts):
            continue  # 其中盗窃案件5830起，诈骗案件3120起 of 12460起: some kinds named, not all: within the total only
        if not breakdown.exhaustive and breakdown.marker in _PARTIAL_MARKERS and _fewer_kinds(links, breakdown):
            continue  # 机构...其中医院、基层、专业公共卫生机构、其他机构; 床位...其中医院、基层: two of the four kinds
        if _partial_table_list(breakdown) and _rows(breakdown) in partial_rows:
            continue  # 住户存款 and 非金融企业存款 are 84% of 存款余额: their 比年初增加 cells are some of it too
        if breakdown.marker == "list after" and not breakdown.exhaustive:
            continue  # "The council spent £412 million. Adult social care took £168 million, ...": some of it
        if breakdown.marker == SUPPRESSED:
            continue  # | Fraud | 1,380 | [x] |: the cells shown come to less than the column's total
        if breakdown.marker == "分类" and not breakdown.exhaustive:
            continue  # kinds under a heading of kinds, with no 其他: those it names, perhaps not every kind
        if (
            (not breakdown.stated or (breakdown.marker == "从看" and not whole))
            and model.language == "zh"
            and _partial(total, parts)
        ):
            continue  # ...314.67万人。参加失业保险、工伤保险人数分别为98.63万人和112.47万人: a list a sentence
            # after a figure it comes to two thirds of is no breakdown the text states of it; nor is a view's list
            # (按行业分, 从类型看) with no 其他 that comes to less than nine tenths more than some of the kinds
        if not whole and _shares_say_some(model, parts):
            continue  # 医院4.26万张,占83.2%;基层...0.68万张,占13.3% of 5.12万张: 96.5% by the text's own shares
        if not whole and (_unread_item(model, parts) or _list_goes_on(model, parts)):
            continue  # "..., while one was unchanged": a part in words the reader does not take as a figure
        out.append(
            Suggestion(
                NAME,
                f"{total.id}-parts-sum-to-total",
                f"{summed} == {total.ref}",
                say(
                    model.language,
                    f"各部分({listed})之和应等于总数{total.text}"
                    + ("" if whole else ";文中未明示各部分穷尽,故仅作提示"),
                    f"the parts ({listed}) should add up to the total {total.text}"
                    + ("" if whole else "; the text does not say the parts are all of it, so only a warning"),
                ),
                (total, *parts),
                severity=STATED if whole else INFERRED,
            )
        )
        out.extend(_changes_add_up(model, total, parts, changes, STATED if whole else INFERRED))
    if model.language == "zh":
        out.extend(_above_summed(model))
    return out


def _changes_add_up(
    model: Model, total: Figure, parts: list[Figure], changes: dict[int, Figure], severity: str
) -> list[Suggestion]:
    """地方公共财政预算收入完成51653万元，增加6455万元；上划中央收入完成12133万元，减少282万元；……of a total
    67949万元, 比上年同期增加6517万元: the parts' changes, each with its sign, add up to the total's change."""
    terms = [changes.get(f.number) for f in (total, *parts)]
    if any(t is None or not t.direction or t.unit != total.unit for t in terms):
        return []
    whole, *each = [t for t in terms if t is not None]
    summed = " + ".join(signed(t, t.direction) for t in each)
    listed = " ".join(("+" if t.direction > 0 else "−") + t.text for t in each)
    return [
        Suggestion(
            NAME,
            f"{total.id}-part-changes-add-up",
            f"{summed} == {signed(whole, whole.direction)}",
            say(
                model.language,
                f"各部分的增减({listed})之和应等于总数的增减{'+' if whole.direction > 0 else '−'}{whole.text}",
                f"the parts' changes ({listed}) should add up to the total's change "
                f"{'+' if whole.direction > 0 else '−'}{whole.text}",
            ),
            (whole, *each),
            severity=severity,
        )
    ]
