"""structure-ratio: the terms of a structure ratio given in percent add up to 100.

``三次产业结构比为25.72:26.84:47.44`` / "a structure of 6:55:39": when the written terms add up to between 90
and 110, they are shares of one whole and must add up to 100 within their rounding (an integer term is read
as rounded to the unit, a decimal one to its last digit).  An error: the text states the structure.  Ratios
far from 100 (``1:2``) are proportions, not percentages, and are left alone.

A table's share column (| % of total |, | 占比（%） |) just after the column of amounts its total row sums, whose
total row reads 100, holds shares that add up to that 100 within their rounding (an error: each share is a
part of the total row's amount, and the rows are all of it).

A list of shares of one whole in one sentence (``来信...占15.2%；来访...占25.4%；网上信访...占59.4%``,
``初中的占比由62.4%降至57.1%,高中的由21.3%升至26.8%...``: the earlier and the later shares each) adds up to 100% when
its written shares come to between 90% and 110%, or when its last item is 其他 (then an error; otherwise a warning).
A rate among them (``消费贡献率由54.9%提高到58.8%,服务业比重从45.3%...``) is no share of that whole, nor are shares
that name different wholes (``占全年的28%`` and ``分别占全年同类警情的29%和41.8%``) or each part's own kind (同类) one
list, and the shares a ``分别占`` clause gives the amounts listed before it (``民事一审A件、二审B件,分别占民事案件
总数的86.06%、8.73%``) name the kinds they measure, not all of the whole: they are checked against their parts.
Nor are the shares of a breakdown's parts whose amounts come, beyond their rounding, to less than its total, or
shares each checked against its part and one whole the parts come to less than (一般贸易891.2亿元占69.3%, 加工贸易
265.8亿元占20.7% of 进出口总额1286.4亿元).
Two English shares are summed only when the second is "the remaining" (or other, the rest: an error) or they are the two
sides of one cut (males and females): "Theft accounted for 38% of all crime, and violence for 54%" names two of
several parts.

When the terms are shares (they add up to between 90 and 110, never ``城乡居民人均收入比为2.23:1``) and the
same paragraph breaks a total into as many parts as the structure has terms (``其中,第一产业增加值
35.62亿元...``), each term is that part's share of the total in percent, in order: ``100 * part / total ==
term`` (an error).  Terms that add up to exactly 100 may have been adjusted so they do (the shares round to
37.2, 20.5 and 42.2, and the report prints 42.3): each is then allowed one unit of its last digit,
``abs(100 * part / total - term) <= 0.1``.  A structure given as the year before's
(``由上年的12.9∶44.6∶42.5调整为...``) is only summed.

An income ratio (``城乡居民收入比为1.95:1`` or ``...收入比为2.03``) is the urban income over the rural one stated
before it in its paragraph: ``城镇 / 农村 == 1.95`` (an error: it is the ratio's definition); ``城乡居民人均可支配收入
分别达到39620元和20415元，…收入比缩小至1.94`` takes the two incomes named together, the town's first, and ``由上年的
2.01缩小至1.97`` after ``（上年分别为…）`` is checked for the year before too.  A pupil-teacher
ratio (``在校生5.48万人,专任教师3826人,生师比为14.3:1``) is the pupils over the teachers named before it in its
sentence (an error).  A sex ratio
(``总人口性别比为102.45（以女性为100）``, ``总人口性别比（以女性为100，男性对女性的比例）为105.07``) is the men
over the women before it in its paragraph, times 100 (an error).

English: "Exports of $21.3 billion were 2.5 times the $8.5 billion recorded in 2015", "Our income of £14.62
million was 6.9 times what we spent on raising funds (£2.11 million)": the amount before the multiple over the
one after it in its sentence, in the same unit, is the multiple within its rounding (an error).
"""

from __future__ import annotations

import itertools
import re
from decimal import Decimal

from factcheck.documents.structure import Block
from factcheck.extract.links import Links
from factcheck.extract.model import AVERAGE, CHANGE, CLOSED_ASIDE, CURRENT, PREVIOUS, RATE, RATIO, SHARE, Figure, Model
from factcheck.extract.patterns.parts import part_shares
from factcheck.extract.patterns.shares import named_lists
from factcheck.extract.suggestion import INFERRED, STATED, Suggestion, say

NAME = "structure-ratio"


def find(model: Model, links: Links) -> list[Suggestion]:
    chains: dict[int, list[Figure]] = {}
    for figure in model.figures:
        if figure.role == RATIO and figure.chain >= 0 and not figure.duplicate:
            chains.setdefault(figure.chain, []).append(figure)
    out: list[Suggestion] = []
    out.extend(_share_lists(model, links))
    shared = _table_share_columns(model, links)
    out.extend(shared)
    out.extend(_share_only_columns(model, {id(s.figures[-1]) for s in shared}))
    out.extend(_income_ratios(model))
    out.extend(_sex_ratios(model))
    if model.language == "en":
        out.extend(_times_the(model))
    out.extend(_pupil_teacher_ratios(model))
    for terms in chains.values():
        if len(terms) < 2:
            continue
        written = sum((t.quantity.value for t in terms), Decimal(0))
        if not Decimal(90) <= written <= Decimal(110):
            continue  # 城乡居民人均收入比为2.23:1: a proportion, whose terms are no parts' shares
        out.extend(_shares(model, links, terms))
        integers = sum(1 for t in terms if t.quantity.interval.is_point)
        slack = Decimal(integers) / 2
        summed = f"sum({', '.join(t.ref for t in terms)})"
        check = f"abs({summed} - 100) <= {slack}" if slack else f"{summed} == 100"
        listed = ":".join(t.text for t in terms)
        out.append(
            Suggestion(
                NAME,
                f"{terms[0].id}-structure-sums-to-100",
                check,
                say(model.language, f"结构比{listed}各项之和应为100", f"the structure {listed} should add up to 100"),
                tuple(terms),
                severity=STATED,
            )
        )
    return out


def _shares(model: Model, links: Links, terms: list[Figure]) -> list[Suggestion]:
    """Each term against its part's share of the total, when a breakdown of as many parts is at hand."""
    first = terms[0]
    if re.search(r"(?:上年|去年|由)[的]?\s*$", model.text[max(0, first.start - 6) : first.start]):
        return []  # last year's structure: its parts are not in the text
    candidates = [
        b
        for b in links.breakdowns
        if len(b.parts) == len(terms)
        and b.total.block in (first.block, first.block - 1)
        and b.total.start < first.start
    ]
    if not candidates:
        return []
    breakdown = candidates[-1]
    # Terms that add up to exactly 100 may have been adjusted so they do (37.2:20.5:42.3 where the shares round
    # to 37.2, 20.5 and 42.2): each term is then allowed one unit of its last digit.
    forced = sum((t.quantity.value for t in terms), Decimal(0)) == 100
    out = []
    for term, part in zip(terms, breakdown.parts, strict=True):
        total = breakdown.total
        computed = f"100 * {part.ref} / {total.ref}"
        check = f"{computed} == {term.ref}"
        explain_zh = f"结构比中的{term.text}应为{part.text}占{total.text}的百分比"
        explain_en = f"the structure's {term.text} should be {part.text} as a percentage of {total.text}"
        if forced:
            unit = _last_digit_unit(term)
            check = f"abs({computed} - {term.ref}) <= {unit}"
            explain_zh += f"(各项合计为100,可能经过调整,故容许相差{unit})"
            explain_en += f" (the terms add up to exactly 100 and may have been adjusted to, so within {unit})"
        out.append(
            Suggestion(
                NAME,
                f"{term.id}-is-share-of-{total.id}",
                check,
                say(model.language, explain_zh, explain_en),
                (part, total, term),
                severity=STATED if part.block == term.block else INFERRED,
            )
        )
    return out


def _last_digit_unit(term: Figure) -> Decimal:
    """One unit of a term's last written digit: 0.1 for 42.3, 1 for 38."""
    exponent = term.quantity.value.normalize().as_tuple().exponent
    return Decimal(1).scaleb(min(int(exponent), 0)) if isinstance(exponent, int) else Decimal(1)


_SHARE_ROLES = (SHARE, CURRENT, RATE)


def _share_lists(model: Model, links: Links) -> list[Suggestion]:
    out: list[Suggestion] = []
    some = _shares_of_some(model, links)
    for sentence, figures in model.sentences.items():
        if figures[0].duplicate or len(figures) > 60:
            continue
        percents = [f for f in figures if f.is_percent and not f.aside and f.role in (*_SHARE_ROLES, PREVIOUS)]
        text = model.text[sentence[0] : sentence[1]]
        # "Of the 2,380,000 incidents, 21% were violent ...": the cue may open the sentence, capitalised
        if len(percents) < 2 or not re.search(r"占|比重|占比|share|of (?:all|the)|made up|accounted for", text, re.I):
            continue
        for group in (
            [f for f in percents if f.role == PREVIOUS],
            [f for f in percents if f.role in _SHARE_ROLES],
        ):
            # 消费贡献率由54.9%提高到58.8%,服务业比重从45.3%...: a rate beside a share is not a share of its whole
            group = [f for f in group if not _a_rate(model, f)]
            if model.language == "zh":
                # 60岁及以上人口...占21.2%,其中65岁及以上人口...占15.2%: a share after 其中 is of a part, no sibling
                nested = [i for i in range(1, len(group)) if "其中" in model.text[group[i - 1].end : group[i].start]]
                group = group[: nested[0]] if nested else group
            if len(group) < 2:
                continue
            rest = re.search(r"其他|其余|other|remaining|the rest", model.before(group[-1], group[-1].sentence, 24))
            if model.language == "zh" and not rest and not _one_whole(model, figures, group):
                continue
            if not rest and all(id(f) in some for f in group):
                continue  # 医院4.26万张,占83.2%;基层0.68万张,占13.3% of 5.12万张: the amounts say they are not all
            written = sum((f.quantity.value for f in group), Decimal(0))
            if not (Decimal(90) <= written <= Decimal(110) or rest):
                continue
            if model.language == "en" and len(group) == 2 and not rest and not _two_sides(text):
                continue  # "Theft accounted for 38% of all crime, and violence for 54%": two of several parts
            listed = " + ".join(f.text for f in group)
            out.append(
                Suggestion(
                    NAME,
                    f"{group[0].id}-shares-sum-to-100",
                    f"sum({', '.join(f.ref for f in group)}) == 100%",
                    say(model.language, f"各部分占比({listed})之和应为100%", f"the shares ({listed}) add up to 100%"),
                    tuple(group),
                    severity=STATED if rest else INFERRED,
                )
            )
    return out


_SHARE_HEADER = re.compile(r"占比|比重|构成|%\s*of\b|per ?cent of|\bshare\b|proportion", re.IGNORECASE)


def _table_share_columns(model: Model, links: Links) -> list[Suggestion]:
    """| Domestic | 612 | 33.3 | ... | Total | 1,840 | 100.0 | under | Passengers | % of total |: the shares of the rows
    a table's total row sums add up to that row's 100 (each is within its rounding, so their sum is too); so do
    those of each cut of it (| 其中：城镇 | 乡村 | then | 其中：0-15岁 | 16-59岁 | 60岁及以上 |)."""
    out: list[Suggestion] = []
    done: set[tuple[int, ...]] = set()
    for breakdown in links.breakdowns:
        total = breakdown.total
        cut = (id(total), *sorted(id(p) for p in breakdown.parts))
        if not (breakdown.exhaustive and breakdown.stated and total.in_table) or cut in done:
            continue
        if len(breakdown.parts) < 2 or not all(p.in_table and p.block != total.block for p in breakdown.parts):
            continue
        done.add(cut)
        column = model.cell_column(total)
        row = sorted(model.block_figures(total.block), key=model.cell_column)
        # the share column is the first after the amounts', before any other column of amounts
        share_column = -1
        for cell in row:
            at = model.cell_column(cell)
            if at <= column:
                continue
            if cell.is_amount:
                break
            if cell.is_percent and _SHARE_HEADER.search(model.column_header(cell)):
                if cell.quantity.interval.lo <= 100 <= cell.quantity.interval.hi:
                    share_column = at
                break
        if share_column < 0:
            continue
        whole = next(f for f in row if model.cell_column(f) == share_column)
        shares = []
        for part in breakdown.parts:
            cells = [f for f in model.block_figures(part.block) if model.cell_column(f) == share_column]
            if len(cells) != 1 or not cells[0].is_percent:
                break
            shares.append(cells[0])
        else:
            out.append(_column_shares_to_100(model, shares, whole, STATED))
    return out


_PART_ROW = re.compile(r"^\s*(?:其中|#|＃|of which|of whom|including)", re.IGNORECASE)


def _share_only_columns(model: Model, done: set[int]) -> list[Suggestion]:
    """| 固定资产投资 | 4.2 | 100.0 | over | 第一产业 | 11.6 | 3.1 | ... under | 比上年增长（%） | 比重（%） |: a share
    column whose row of 100 no amounts add up to (the table gives no amounts) holds, in the rows set flush with
    the first one after it (no 其中 or "of which" row, nor one indented under it), shares that add up to 100.  The
    rows end at a 其中 list set flush (``| 其中：交通运输 |`` then ``| 教育 |``), so the shares are summed only when
    they come to 90-110: a check of the table's rounding, not a guess at its structure (a warning)."""
    out: list[Suggestion] = []
    structure = model.structure
    index_of = {block.start: i for i, block in enumerate(structure.blocks) if block.cells}
    for table in structure.tables:
        rows = [r for i, r in enumerate(table.rows) if i != table.header]
        if len(rows) < 3 or len(rows) > 60:
            continue
        cells: list[dict[int, Figure]] = []
        for row in rows:
            by_column: dict[int, Figure] = {}
            for figure in model.block_figures(index_of.get(row.start, -1)):
                by_column.setdefault(model.cell_column(figure), figure)
            cells.append(by_column)
        width = max((len(r.cells) for r in table.rows), default=0)
        for column in range(1, width):
            if not _SHARE_HEADER.search(table.column_header(model.text, column)):
                continue
            whole_at = next((i for i, c in enumerate(cells) if column in c), -1)
            whole = cells[whole_at][column] if whole_at >= 0 else None
            if whole is None or id(whole) in done or not whole.is_percent or whole.quantity.value != 100:
                continue
            if any(f.is_amount and not f.is_percent for c in cells for f in c.values()):
                continue  # amounts: the rows they add up to say which shares are parts (_table_share_columns)
            indent = [_indent(model.text, rows[i]) for i in range(whole_at + 1, len(rows))]
            if not indent:
                continue
            flush = min(indent)
            shares: list[Figure] = []
            after_part: list[bool] = []  # a flush row after a 其中 row: a row of its own, or the list's next item
            opened = False
            for offset, i in enumerate(range(whole_at + 1, len(rows))):
                name = model.text[rows[i].cells[0][0] : rows[i].cells[0][1]] if rows[i].cells else ""
                if _PART_ROW.match(name) or indent[offset] > flush:
                    opened = opened or bool(_PART_ROW.match(name))
                    continue
                share = cells[i].get(column)
                if share is None or not share.is_percent or share.duplicate:
                    shares = []
                    break
                shares.append(share)
                after_part.append(opened)
            if any(after_part):
                # | 其中：教育 | then | 卫生 |: which rows are the whole's parts the table leaves unsaid; the one
                # reading whose shares come to 100 within their rounding says it (none or both: no check)
                readings = [shares, [f for f, part in zip(shares, after_part, strict=True) if not part]]
                fits = [r for r in readings if abs(_written(r) - 100) <= Decimal("0.05") * len(r) + Decimal("0.01")]
                shares = fits[0] if len(fits) == 1 else []
            if len(shares) < 2 or not Decimal(90) <= _written(shares) <= Decimal(110):
                continue
            out.append(_column_shares_to_100(model, shares, whole, INFERRED))
    return out


def _column_shares_to_100(model: Model, shares: list[Figure], whole: Figure, severity: str) -> Suggestion:
    """A table's share column adding up to its 100% (stated in a total row, or inferred from the cells)."""
    listed = " + ".join(f.text for f in shares)
    return Suggestion(
        NAME,
        f"{whole.id}-column-shares-sum-to-100",
        f"sum({', '.join(f.ref for f in shares)}) == {whole.ref}",
        say(
            model.language,
            f"表中各部分占比({listed})之和应为100%",
            f"the table's shares ({listed}) add up to 100%",
        ),
        (*shares, whole),
        severity=severity,
    )


def _written(shares: list[Figure]) -> Decimal:
    return sum((f.quantity.value for f in shares), Decimal(0))


def _indent(text: str, row: Block) -> int:
    """How far a row's name stands from its line's start (a pdftotext row indented under the one above it)."""
    if not row.cells:
        return 0
    start, end = row.cells[0]
    line = text.rfind("\n", 0, start) + 1
    name = text[start:end]
    return len(text[line:start].replace("|", "").expandtabs()) + len(name) - len(name.lstrip())


def _shares_of_some(model: Model, links: Links) -> set[int]:
    """The shares that follow the parts of a Chinese breakdown whose parts come, beyond their rounding, to less
    than its total: shares of some of the whole, never summed to 100."""
    out: set[int] = set()
    if model.language != "zh":
        return out
    named: dict[tuple[int, ...], list[Figure]] | None = None  # the named share lists, read once when needed
    for breakdown in links.breakdowns:
        total, parts = breakdown.total, breakdown.parts
        if breakdown.exhaustive or len(parts) < 2 or any(p.unit != total.unit for p in parts):
            continue
        high = sum((p.quantity.interval.hi for p in parts), Decimal(0))
        if high >= total.quantity.interval.lo:
            continue
        shares = part_shares(model, parts)
        if shares is None:
            # 企业、政府属研究机构、高等学校经费所占比重分别为78.7%、10.6%和9.2%: the shares named after the parts
            if named is None:
                named = {tuple(f.number for f in listed_parts): listed for listed, listed_parts in named_lists(model)}
            shares = named.get(tuple(p.number for p in parts))
        if shares is not None:
            out.update(id(f) for f in shares)
    return out


def _whole_name(model: Model, figure: Figure) -> str | None:
    """The whole a Chinese share names between 占 and itself (占用水总量的15.1% -> 用水总量), None when bare."""
    before = model.before(figure, figure.clause, 30)
    at = before.rfind("占")
    if at < 0:
        return None
    named = before[at + 1 :]
    if not re.fullmatch(r"[\u4e00-\u9fff]*", named):
        return None  # 分别占全部案件的82.5%、12.3%: a later share of a list takes the first one's whole
    name = re.sub(r"(?:的|比重|比例|分别|为|达|约|了)+$", "", named).lstrip("比")
    return name or None


def _one_whole(model: Model, figures: list[Figure], group: list[Figure]) -> bool:
    """Whether a sentence's shares are all of one whole and may be all of it: never shares that name different
    wholes (占全年的28%, 分别占全年同类警情的29%和41.8%), nor shares of each part's own kind (同类), nor the shares
    a 分别占 clause gives the amounts listed before it (民事一审A件、二审B件,分别占民事案件总数的P%、Q%): those
    name the parts they measure, which need not be all of the whole, and are checked against them."""
    names = [name for name in (_whole_name(model, f) for f in group) if name]
    if len(set(names)) > 1 or any("同类" in name for name in names):
        return False
    first = group[0]
    if "分别占" not in model.before(first, first.clause, 30):
        return True
    start = max((f.end for f in figures if f.is_percent and f.end <= first.start), default=first.sentence[0])
    amounts = [f for f in figures if start <= f.start and f.end <= first.start and f.is_amount and not f.aside]
    return len(amounts) < len(group)


_SIDES_EN = (
    re.compile(r"\b(?:males?|men|boys)\b", re.IGNORECASE),
    re.compile(r"\b(?:females?|women|girls)\b", re.IGNORECASE),
)


def _two_sides(text: str) -> bool:
    """Whether a sentence names the two sides of one cut (males and females), whose shares are all of it."""
    return all(side.search(text) for side in _SIDES_EN)


def _a_rate(model: Model, figure: Figure) -> bool:
    """A figure labelled as a rate (贡献率, 增长率, "clearance rate"), not named a share of something (占...)."""
    label = figure.label.lower()
    if not label.endswith(("率", " rate")):
        return False
    return not re.search(r"占|share|of (?:all|the)", model.before(figure, figure.clause, 12))


# 城乡居民收入比为1.95, 收入比缩小至1.94, 收入比由上年的2.01缩小至1.97: the ratio stated or moved to
_INCOME_RATIO = re.compile(
    r"(?:城乡)(?:居民)?(?:人均)?(?:可支配)?收入(?:之)?(?:比(?:值)?|倍差)(?:由上年的?\d+(?:\.\d+)?)?"
    r"(?:为|是|达|(?:缩小|扩大|收窄|下降|降低|降)(?:至|到|为))?$"
)
# 城乡居民人均可支配收入分别达到39620元和20415元: both incomes after one name of town and country, in that order
_BOTH_PLACES = re.compile(r"城乡|城镇(?:居民)?、农村")
_PAIRED = re.compile(r"\s*(?:和|、|与)\s*")
_URBAN = ("城镇", "城市")
_RURAL = ("农村", "乡村")


def _income_ratios(model: Model) -> list[Suggestion]:
    """城乡居民收入比为1.95:1: the urban income over the rural one named before it in the paragraph."""
    out: list[Suggestion] = []
    if model.language != "zh":
        return out
    for figure in model.figures:
        if figure.duplicate or figure.aside or figure.role not in (CURRENT, RATIO, AVERAGE):
            continue  # 城乡居民人均收入倍差2.36: named 人均, an average's role, but a ratio of two averages
        if figure.role == RATIO and figure.chain != figure.start:
            continue  # the first term of a:1 only
        if figure.quantity.kind.value not in ("number", "ratio") or figure.is_percent:
            continue
        if not _INCOME_RATIO.search(normalize_tail(model.before(figure, figure.clause, 24))):
            continue
        ratio = figure.ref
        if figure.role == RATIO:
            terms = [f for f in model.near_in_sentence(figure, 3) if f.chain == figure.chain]
            if len(terms) != 2:
                continue
            ratio = f"({terms[0].ref} / {terms[1].ref})"
        earlier = [
            f
            for f in model.near_in_block(figure, 24)
            if f.start < figure.start and f.is_amount and f.role not in (CHANGE, PREVIOUS)
        ]  # 农村居民人均可支配收入16842元,比上年同期增加1133元: the income, never its increase
        urban = [f for f in earlier if any(w in f.label for w in _URBAN) and "收入" in f.label]
        rural = [f for f in earlier if any(w in f.label for w in _RURAL) and "收入" in f.label]
        pair = _respective_incomes(model, earlier)
        if pair is not None:
            urban, rural = [pair[0]], [pair[1]]
        if not urban or not rural:
            continue
        u, r = urban[-1], rural[-1]
        out.append(
            Suggestion(
                NAME,
                f"{figure.id}-is-urban-over-rural",
                f"{u.ref} / {r.ref} == {ratio}",
                f"城乡收入比应为{u.text}/{r.text}",
                (u, r, figure),
                severity=STATED,
            )
        )
        # 收入比由上年的2.01缩小至1.97 after (上年分别为56260元和28051元): the same ratio a year before
        earlier_of = {f.owner.number: f for f in model.near_in_block(figure, 24) if f.role == PREVIOUS and f.owner}
        pu, pr, pratio = (earlier_of.get(u.number), earlier_of.get(r.number), earlier_of.get(figure.number))
        if figure.role != RATIO and pu is not None and pr is not None and pratio is not None and not pratio.duplicate:
            out.append(
                Suggestion(
                    NAME,
                    f"{pratio.id}-is-urban-over-rural",
                    f"{pu.ref} / {pr.ref} == {pratio.ref}",
                    f"上年城乡收入比应为{pu.text}/{pr.text}",
                    (pu, pr, pratio),
                    severity=STATED,
                )
            )
    return out


def _respective_incomes(model: Model, earlier: list[Figure]) -> tuple[Figure, Figure] | None:
    """``城乡居民人均可支配收入分别达到39620元和20415元``, ``城镇居民、农村居民人均可支配收入分别达到...``: the
    last two incomes named together for town and country with 分别, the town's first."""
    for first, second in reversed(list(itertools.pairwise(earlier))):
        head = model.before(first, first.sentence, 40)
        if (
            "收入" in head
            and "分别" in head
            and _BOTH_PLACES.search(head)
            and first.unit == second.unit
            and _PAIRED.fullmatch(model.between(first, second))
        ):
            return first, second
    return None


_SEX_RATIO = re.compile(r"性别比(?:例)?(?:为|是|达)?$")


def _sex_ratios(model: Model) -> list[Suggestion]:
    """男性人口158.12万人，女性人口154.34万人，总人口性别比为102.45（以女性为100）: men per 100 women."""
    out: list[Suggestion] = []
    if model.language != "zh":
        return out
    for figure in model.figures:
        if figure.duplicate or figure.aside or figure.role != CURRENT or figure.quantity.kind.value != "number":
            continue
        # 总人口性别比（以女性为100，男性对女性的比例）为105.07: the aside between says what the ratio is
        bare = CLOSED_ASIDE.sub("", model.before(figure, figure.sentence, 60))
        if not _SEX_RATIO.search(normalize_tail(bare)):
            continue
        earlier = [f for f in model.near_in_block(figure, 24) if f.start < figure.start and f.is_amount and f.unit]
        men = [f for f in earlier if "男" in f.label]
        women = [f for f in earlier if "女" in f.label and "男" not in f.label]
        if not men or not women or men[-1].unit != women[-1].unit:
            continue
        m, w = men[-1], women[-1]
        out.append(
            Suggestion(
                NAME,
                f"{figure.id}-is-men-per-100-women",
                f"100 * {m.ref} / {w.ref} == {figure.ref}",
                f"性别比应为{m.text}/{w.text}×100",
                (m, w, figure),
                severity=STATED,
            )
        )
    return out


_PUPIL_TEACHER = re.compile(r"生师比(?:例)?(?:为|是|达)?$")


def _pupil_teacher_ratios(model: Model) -> list[Suggestion]:
    """小学...在校生5.48万人,专任教师3826人,生师比为14.3:1: the pupils over the teachers named before it in its
    sentence (an error: it is the ratio's definition)."""
    out: list[Suggestion] = []
    if model.language != "zh":
        return out
    for figure in model.figures:
        if figure.duplicate or figure.aside or figure.role != RATIO or figure.chain != figure.start:
            continue
        if not _PUPIL_TEACHER.search(normalize_tail(model.before(figure, figure.clause, 12))):
            continue
        terms = [f for f in model.near_in_sentence(figure, 3) if f.chain == figure.chain and f.role == RATIO]
        earlier = [f for f in model.near_in_sentence(figure, 8) if f.end <= figure.start and f.is_amount]
        earlier = [f for f in earlier if f.role == CURRENT and not f.aside and f.quantity.kind.value == "count"]
        pupils = [f for f in earlier if re.search(r"在校生|学生|在园幼儿", f.label)]
        teachers = [f for f in earlier if "教师" in f.label]
        if len(terms) != 2 or not pupils or not teachers:
            continue
        p, t = pupils[-1], teachers[-1]
        if re.search(r"[；;]", model.text[min(p.start, t.start) : figure.start]):
            continue  # another item's pupils or teachers
        out.append(
            Suggestion(
                NAME,
                f"{figure.id}-is-pupils-per-teacher",
                f"{p.ref} / {t.ref} == {terms[0].ref} / {terms[1].ref}",
                f"生师比应为{p.text}/{t.text}",
                (p, t, *terms),
                severity=STATED,
            )
        )
    return out


def normalize_tail(text: str) -> str:
    return re.sub(r"[\s，,]", "", text)


_TIMES_THE_EN = re.compile(r"\s*(?:times\s+)?(?:the|that of|what|as (?:many|much) as)\b[^\d;:()]{0,50}?\(?\s*$")
_TIMES_EN = re.compile(r"\btimes$|^\s*times\b")


def _times_the(model: Model) -> list[Suggestion]:
    """ "A were 2.5 times the B", "A was 6.9 times what we spent on X (B)": ``A / B == M`` (an error: the text
    states the multiple and both amounts, in one unit)."""
    out: list[Suggestion] = []
    for figures in model.sentences.values():
        for index, times in enumerate(figures):
            if times.duplicate or times.aside or index == 0 or index + 1 >= len(figures):
                continue
            written = times.quantity.kind.value == "multiple" and _TIMES_EN.search(times.text)
            bare = times.quantity.kind.value == "number" and re.match(r"\s*times\b", model.text[times.end :])
            if not (written or bare):
                continue
            first, second = figures[index - 1], figures[index + 1]
            if not _TIMES_THE_EN.fullmatch(model.text[times.end : second.start]):
                continue
            if not re.fullmatch(r"[^\d;:()]{0,40}", model.text[first.end : times.start]):
                continue
            if first.unit != second.unit or not (first.is_amount or first.is_measure) or first.role != CURRENT:
                continue
            out.append(
                Suggestion(
                    NAME,
                    f"{times.id}-multiple",
                    f"{first.ref} / {second.ref} == {times.ref}",
                    f"{first.text} over {second.text} is {times.text}",
                    (first, second, times),
                    severity=STATED,
                )
            )
    return out
