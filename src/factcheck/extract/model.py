"""The document model that ``extract`` and ``scan`` share: every figure with its label, role and scope.

Built once per text on its structure (above); every link and relation below reads it, and nothing re-reads
the text for figures.  Each block (a paragraph, a heading, a list item, a table row) is read for figures on
its own, so work stays bounded by the block; each figure looks only at its clause, sentence and paragraph and
at a bounded number of neighbours, so every pass is linear.  A block whose text repeats an earlier block word
for word (a pasted copy) keeps its figures as claims but proposes no relation of its own.

- **Label**: the noun phrase a figure counts, from the words before it in its clause since the figure
  before it, with periods, places and words that say nothing of what is counted taken off (``全市共受理各类
  审查起诉案件532件`` -> ``受理各类审查起诉案件``; ``由上年的`` and ``同比`` phrases are never part of a
  label); else the words after it; in English the nouns after the figure ("723 homicides"), else the
  subject before it.  ``97件134人`` gives both figures one label; a previous value, change or percentage
  change takes the label of its figure.  A bound or an age before a noun names a class and counts nothing
  (``亿元以上项目118个``, ``0—14岁人口为253383938人``, a band ``5亿元至10亿元项目29个``): it opens the label of the
  figure after it.
- **Role**: a *previous* value after 上年同期为, 去年同期, 由上年的...到, 比2024年的, in brackets right after the
  base a comparison names (``比上年末（42.27万人）减少0.35万人``, ``上年同月分别为``), in brackets naming the year
  before the sentence's own after its change on the year (``2025年…同比下降9.7%（2024年237起）``) or right after
  ``与去年同期相比（3118起，死亡13人，…）``, a clause that opens with the
  earlier period and the measure's name after its later value (``…顺差1.88亿元,…上年同期顺差为1.51亿元``,
  ``年初余额为36.08亿元``, ``2025年1—10月为42.87亿元`` in a text of 2026), "from", "compared with", ", when"
  after a compared year ("6.3% on 2024, when 8.86 million passed through"), or before "the previous year"; an
  absolute *change* after 增加/减少/多/少 (with 比上年 or 同比), "up by", "an increase
  of", or before "more than"; a *percentage change* after 同比上升/比上年下降/增长, "up"/"down", "rose",
  or before "increase"/"rise"; *points* (个百分点, "percentage points"); a *share* after 占/比重/占比 or
  before "of"; a *rate* (a percentage whose label ends in 率, "rate"); an *average* after 人均/平均每/
  "average"/"per"; a *target* after 目标/力争/计划; the terms of a *ratio* (``结构比为25.7:26.8:47.5``);
  otherwise the *current* value.  Figures listed with 、/和/and after one of a role share its role.  In English,
  "a fall of around a fifth (19% or 127,300)" gives its bracketed figures the change's roles, "71,000 (8.0%) lower
  than" is a change, "N had waited more than 52 weeks" leaves "more than" to the figure after it, "21,900, or
  41%, of knife offences" restates its amount's share, and figures listed before a rate per 100,000 ("138, 117
  and 102 per 100,000 population respectively") are rates on its base, never counts to sum.  A table row of
  sentences (a bulletin's main points: "| 80,659 prisoners at 30 June 2022 | This represents a rise of 3% ... |")
  is read as prose, a figure in brackets in it as an aside (``since the previous year (8,000)``), never taking a
  unit from the row above.
- **Scope**: the period the sentence names before the figure (``2023年``, ``1至11月``, ``今年以来``,
  ``五年来``, ``自2019年以来``, "in 2023", "year ending March 2024"), else the period of its paragraph's
  first sentence, else its section heading's, else the document title's; the place (全市, 城区, a named
  county, "in Kent") and the subject (法院, 检察机关, 公安机关, ...) likewise from its sentence or paragraph.
- **Asides**: a figure inside parentheses (``(不含附条件不起诉5人)``) is an aside: never a total, never a
  part, never a repeat.
- **Periods**: ``前三季度``, ``今年前10个月`` and ``前两个月`` name the period the figures after them cover and are
  never figures; ``same_period`` takes 2026年1-10月 and 1-10月, 前三季度 and 1-9月 for one period.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from factcheck.documents.structure import HEADING, ITEM, PARAGRAPH, ROW, Block, Structure, Table
from factcheck.documents.structure import build as build_structure
from factcheck.documents.structure import from_text as structure_from_text
from factcheck.quantity import Quantity, find_quantities, nonfigures, parse_quantity
from factcheck.quantity.definitions import zh
from factcheck.quantity.model import DEFAULT_SETTINGS, ReadingSettings
from factcheck.quantity.normalize import normalize
from factcheck.quantity.units import PP, Kind, kind_of

if TYPE_CHECKING:
    from factcheck.documents.model import Document

# Roles: what a figure is in its sentence.
CURRENT = "current"  # the value itself: 受理案件3000件
PREVIOUS = "previous"  # the same quantity one period before: 上年同期2500件, "from 2,500"
CHANGE = "change"  # an absolute change: 增加500件, "up by 500"
PERCENT_CHANGE = "percent-change"  # 同比上升20%, "up 20%"
POINTS = "points"  # a change in percentage points: 提高2.3个百分点
SHARE = "share"  # a part of a whole: 占...的29.2%, "29% of"
RATE = "rate"  # a named rate: 结案率93.7%
AVERAGE = "average"  # 人均, 平均每个, "an average of"
TARGET = "target"  # 目标, 力争, "a target of"
RATIO = "ratio"  # a term of a structure ratio a:b:c
THRESHOLD = "threshold"  # names a class, counts nothing: 亿元以上项目, "aged 65 or over"
BASE = "base"  # what a stated multiple is of: 是2022年同期30.1亿元的3.2倍 (30.1亿元), never a previous value
ROLES = (CURRENT, PREVIOUS, CHANGE, PERCENT_CHANGE, POINTS, SHARE, RATE, AVERAGE, TARGET, RATIO, THRESHOLD)

QUOTE_REACH = 36  # characters either side of a figure in its quote, at most
NEIGHBOURS = 24  # figures a link looks back or forward over, at most: every pass stays linear
REACH = 80  # characters a figure's cues are looked for before or after it, at most

# 增收/减收, 增支/减支: a budget's revenue or spending up or down by an amount
# 增产/减产: a harvest up or down by an amount
# 多出: 比上年同期多出约750亿元, a change on the year before
_UP_ZH = ("上升", "增长", "增加", "提高", "上涨", "攀升", "增多", "延长", "扩大", "增收", "增支", "增产", "多出", "多",
          "增")  # fmt: skip
_DOWN_ZH = ("下降", "减少", "降低", "下跌", "回落", "下滑", "缩短", "缩小", "压缩", "减收", "减支", "减产", "减", "少",
            "降")  # fmt: skip
_UP_EN = ("up", "rose", "risen", "rise", "rising", "increase", "increased", "increasing", "grew", "grown", "higher",
          "more", "jumped", "climbed", "soared", "gain", "gained", "longer")  # fmt: skip
_DOWN_EN = ("down", "fell", "fallen", "fall", "falling", "decrease", "decreased", "decreasing", "dropped", "drop",
            "lower", "fewer", "less", "declined", "decline", "reduction", "reduced", "shorter")  # fmt: skip
_COMPARE_ZH = re.compile(
    r"(?:同比|环比|比上年同期|比去年同期|比上年末|比上年|比去年|较上年同期|较去年同期|较上年|较去年|与上年相比|比\d{4}年)"
)
_VERB_ZH = "|".join(_UP_ZH + _DOWN_ZH)
_CHANGE_TAIL_ZH = re.compile(rf"(?:{_VERB_ZH})(?:了|到)?(?:约|近|超过|逾)?$")
_SPREAD_ZH = re.compile(r"([降减跌升增涨])幅(?:为|达|达到|约|是)?$")
_PREVIOUS_TAIL_ZH = re.compile(
    r"较(?:一季度末|上半年|上月|上季度|年初|上年末|一季度|前三季度)的?$|较(?:上年|去年)同期"
    # 较上年同期破获…: the year before's value; 较上年同期增长15.35%: a change, never the previous value
    rf"(?!{_VERB_ZH})(?:破|破获|抓获|立|发生|受理)?[\u4e00-\u9fff]{{0,2}}$|"
    r"(?:上年同期|去年同期|上年末|上年|去年|前一年|上一年|同期|(?:19|20)\d{2}年同期)(?:分别)?(?:的|为|是|达|达到|有|共|仅)?$|"
    # （上年同月分别为27起、16人）: a month's values a year before, in brackets after the month's changes
    r"[（(](?:上年|去年)同月(?:分别)?(?:为|是)?$|由(?:上年的?|去年的?|(?:19|20)\d{2}年(?:末|底)?的?)?$|从$"
    # 比2024年的11300件多1000件: an earlier year's value the sentence's change is against
    r"|(?:比|较)(?:19|20)\d{2}年(?:末|底|同期)?的$"
    # 比上年末（42.27万人）减少0.35万人: the base the change names, its value in brackets right after it
    r"|(?:比|较)(?:上年同期|去年同期|上年末|去年末|上年底|上年|去年|上季度末|上季度|上月末|上月|年初|同期"
    r"|(?:19|20)\d{2}年(?:末|底|同期)?)[（(](?:为|是)?$"
)
_MONTH_RATE_THEN_SAME_MONTH = re.compile(
    r"同比(?:增长|下降|增加|减少|上升|上涨|下跌)[\d.]+%[，,](?:上年|去年)同月(?:为|是)?$"
)
_ONE_MONTH_OPENING = re.compile(r"(?:(?:19|20)\d{2}年)?(?:\d{1,2}月份?|本月|当月)[，,]")
PREVIOUS_MONTH_CLAUSE_ZH = re.compile(r"(?:^|[，,；;])\s*(?:上月|上个月|[1-9]\d?月份?)(?:分别)?(?:为|是)$")
_PREVIOUS_MONTH_ASIDE_ZH = re.compile(r"[（(](?:上月|上季度|上一季度|[1-9]\d?月份?)(?:分别)?(?:为|是|有|共)?$")
_MONTH_ON_MONTH_ZH = re.compile(r"环比|比上月|较上月|与上月相比|(?:比|较|与)(?:1[0-2]|[1-9])月份?")
_MONTH_ZH = re.compile(r"(?<![\d至到－-])(1[0-2]|[1-9])月(?!\d)")


def _month_before(tail: str, sentence_before: str, aside: bool = True) -> bool:
    """Whether an aside after 环比 names the month before the sentence's own (10月份 ... 环比上升（9月份为...）)
    or says 上月: only then are its figures the values the changes are measured from.  With ``aside`` false, a
    clause of its own does (环比下降12.5%，9月份为64起)."""
    named = (_PREVIOUS_MONTH_ASIDE_ZH if aside else PREVIOUS_MONTH_CLAUSE_ZH).search(tail)
    if named is None or not _MONTH_ON_MONTH_ZH.search(sentence_before):
        return False
    month = _MONTH_ZH.search(named.group())
    if month is None:
        return named.group().lstrip("（(").startswith("上")  # 上月, 上季度
    # 5月份...比4月份下降14.3%（4月份为987起）: the month the change names and its aside's are one
    months = list(dict.fromkeys(int(m) for m in _MONTH_ZH.findall(sentence_before)))
    if len(months) != 2:
        return False  # the sentence's own month, then the aside's: any other count is not this form
    own, earlier = months
    return earlier == (12 if own == 1 else own - 1)


_SHARE_ZH = re.compile(
    r"占[^，,；;。]{0,20}?(?:的)?(?:比重|比例|份额)?(?:为|达|达到|约)?$|(?:比重|占比|比例|份额)(?:为|达|达到|约)?$"
)
_AVERAGE_ZH = re.compile(
    r"(?:人均|平均每|平均|日均|月均|每[个名人家所件起户]|每[十百千万]+(?:人|户|名|辆|平方公里)|每(?:公里|千米|吨)"
    r"|(?<![一-龥]{2}[上以之])[场户校店院车台]均"  # 场均观影人次23.9人: per show (never 上场均 of a word)
    r"|年均(?!增长|增速|递增|下降|减少)|(?<![一-龥])县均)"  # 年均投资257.2亿元 (over a span's years), 县均: per county
)
_TARGET_ZH = re.compile(r"(?:目标|计划|力争|预期|预计|任务)")
_LIST_JOINER = re.compile(r"^\s*(?:、|和|与|及|以及|,|，|and|or|, and)\s*$", re.IGNORECASE)
_RESPECTIVELY = ("分别", "respectively")

_PERIOD_ZH = re.compile(
    r"(?:(?:19|20)\d{2}年(?:(?:1|一)?(?:至|-|—|～|~)\d{1,2}月|\d{1,2}月份?|上半年|下半年|前三季度|[一二三四]季度|全年|末|底)?"
    r"|(?:今年|去年|上年)?(?:前(?:\d{1,2}|[两一二三四五六七八九十]{1,3})个月|\d{1,2}(?:至|-|—|～|~)\d{1,2}月|[一二三四五六七八九十]{1,2}至[一二三四五六七八九十]{1,3}月|\d{1,2}月份?|上半年|下半年|前三季度|[一二三四]季度)"
    r"|今年以来|五年来|过去[一二三四五六七八九十\d]+年|[一二三四五六七八九十]+年来|近[一二三四五六七八九十\d]+年|自(?:19|20)\d{2}年以来|(?:19|20)\d{2}[—-](?:19|20)\d{2}年"
    r"|“?十[一二三四五]五”?(?:期间|以来|时期))"
)
_PERIOD_EN = re.compile(
    r"\b(?:(?:in|during|for|since)\s+(?:the\s+)?(?:year\s+(?:ending|to)\s+)?(?:[A-Z][a-z]+\s+)?(?:19|20)\d{2}(?:[/-]\d{2})?"
    r"|year\s+(?:ending|to)\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d{2}|(?:19|20)\d{2}(?:/\d{2}|-\d{2})"
    r"|(?:Q[1-4]|first half|second half)\s+(?:of\s+)?(?:19|20)\d{2})"
)
_YEAR_AFTER_EN = re.compile(
    r"[^,;:.()0-9]{0,24}?\b(?:at|in|during|by|for)\s+(?:the\s+)?(?:(?:year[- ]end|end of(?: the year)?)\s+)?"
    r"((?:19|20)\d{2})\b(?![/-]\d)"
)
_PLACE_ZH = re.compile(
    r"(全国|全省|全市|全县|全区|全镇|城区|城镇|农村|乡村|市区|市本级|省本级|省级|市级|县级|区级|乡镇级"
    r"|市[(（]州[)）]|县[(（]市、区[)）]|县[(（]区[)）]|[\u4e00-\u9fff]{2,3}(?:省(?!份)|自治区|市(?!场|民|值)|县|区(?!域|间)))"
)  # 市场, 市民, 区域 and 省份 name no place (新登记各类市场主体 is no 记各类市)
_SUBJECTS_ZH = (
    "法院", "检察院", "检察机关", "公安机关", "公安", "司法行政", "人民调解", "律师", "监狱", "信访",
    "纪检监察", "交警", "消防", "城镇", "农村", "乡村", "规模以上工业", "城镇居民", "农村居民",
)  # fmt: skip
_LEADING_ZH = (
    "截至目前", "截至", "目前", "其中", "全国", "全省", "全市", "全县", "全区", "全镇", "我市", "我省", "我县",
    "我区", "本院", "共计", "合计", "总计", "累计", "先后", "分别", "同时", "此外", "另外", "每年", "今年", "去年",
    "全年", "年内", "当年", "年末", "年底", "已经", "依法", "共", "又", "还", "已", "并", "和", "及", "另", "有",
    "对", "向", "经", "为", "实现", "完成", "以上", ":", "：", "、", "法院", "检察院", "检察机关", "公安机关",
    "司法行政机关",
)  # fmt: skip
_TRAILING_ZH = re.compile(
    r"(?:分别为|分别是|分别|为|达到|达|是|约为|约|有|共计|共|计|总计|合计|累计|的|了|近|超过|超|逾|多达|高达|仅|只有|占|完成)+$"
)
_ROLE_WORDS_ZH = re.compile(
    r"(?:同比|环比|比上年同期|比去年同期|比上年|比去年|较上年|较去年|上年同期|去年同期|与上年相比)[^，,；;]*$|由(?:上年的?|去年的?)?[^，,；;]*$"
)
_ENGLISH_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
_ENGLISH_STOP = frozenset(
    "a an the of in and or to for by with from at on as was were is are be been being had has have that which "
    "this these those there their its it more than about around nearly almost over under up down some total "
    "overall including of which whom who an increase decrease rise fall fell rose grew dropped increased decreased "
    "declined reached stood per cent percent compared previous year last same period earlier respectively while "
    "also all recorded number numbers figure figures just only some than since during year's years "
    "year-end therefore however meanwhile thus".split()
)
_ENGLISH_VERBS = frozenset(
    "was were is are rose fell grew dropped increased decreased declined reached stood recorded received handled "
    "concluded resolved registered logged totalled totaled came went jumped climbed soared employed numbered held "
    "made make makes accounted account accounts reported recorded responded numbering totalling exceeded "
    "outnumbered pleaded".split()
)
_CJK = re.compile(r"[\u4e00-\u9fff]")
_YEAR_RE = re.compile(r"(?:19|20)\d{2}年")


_NOT_AMOUNTS = frozenset((Kind.PERCENT, Kind.PERCENTAGE_POINTS, Kind.DURATION, Kind.MULTIPLE, Kind.RATIO))


@dataclass(eq=False, slots=True)
class Figure:
    """One figure of the text and what the model knows about it."""

    number: int
    quantity: Quantity
    sentence: tuple[int, int]
    clause: tuple[int, int]
    block: int  # index into Structure.blocks, -1 for none
    section: int  # innermost section, -1 for none
    label: str = ""
    role: str = CURRENT
    direction: int = 0  # +1 up, -1 down, 0 not said (changes and points)
    compare: bool = False  # a comparison with an earlier period is stated before it (同比, 比上年, "from")
    period: str = ""
    place: str = ""
    subject: str = ""
    aside: bool = False  # inside parentheses: never a total
    in_table: bool = False
    duplicate: bool = False  # in a block whose text repeats an earlier block: proposes nothing new
    owner: Figure | None = None  # the current figure a previous value, change or percentage belongs to
    chain: int = -1  # a structure ratio's terms share the number of its first term
    per: str | None = None  # an average's unit as written (人均结案162.3件: 件), its value read as a number
    base: int = 0  # a rate's base: 1000 for "18.1 victimizations per 1,000 persons"
    real: bool = False  # a change at comparable prices (按可比价格计算, "in real terms"): never against nominal values
    copy_of: Figure | None = None  # the figure of an earlier, identical block this one copies
    claim_unit: str | None = None  # a unit its claim is given (a table's bare number beside "152,404 offenses")
    row: str = ""  # a table cell's row name (its first cell, without 其中)
    scale: int = 1  # a table cell under 万元 or 亿吨 is written in those units: its value times this
    at_sentence: int = 0  # position in its sentence's figures
    at_block: int = 0  # position in its block's figures
    window: tuple[int, int] = (0, 0)  # the quote: a short window around the figure
    clause_figures: int = 1  # figures in the quote: more than one needs value: to pick
    id: str = ""

    @property
    def text(self) -> str:
        return self.quantity.text

    @property
    def start(self) -> int:
        return self.quantity.start

    @property
    def end(self) -> int:
        return self.quantity.end

    @property
    def ref(self) -> str:
        """The figure in a rule: its id, times its column's scale for a cell of a table in 万元."""
        return self.id if self.scale == 1 else f"({self.id} * {self.scale})"

    @property
    def unit(self) -> str | None:
        return self.quantity.unit

    def claim_quantity(self) -> Quantity:
        """The figure as its claim carries it: in the unit the claim is given, and a cell of a count column in 万
        or 亿 (73.07 under 常住人口（万人）) as the bare number the table prints, since 73.07人 would be a count
        that is not whole; rules take its scale from :attr:`ref`."""
        quantity = self.quantity
        if self.claim_unit is not None:
            return replace(quantity, unit=self.claim_unit, kind=kind_of(self.claim_unit))
        if self.scale != 1 and self.in_table and quantity.kind is Kind.COUNT and quantity.unit:
            bare = quantity.text.removesuffix(quantity.unit)
            if bare != quantity.text:
                return replace(quantity, unit=None, kind=Kind.NUMBER, text=bare)
        return quantity

    @property
    def is_percent(self) -> bool:
        return self.quantity.kind is Kind.PERCENT  # %, ‰ and ‱

    @property
    def is_points(self) -> bool:
        return self.quantity.unit == PP

    @property
    def is_amount(self) -> bool:
        """A count, sum of money or plain number: what totals, parts and changes are made of."""
        return self.quantity.kind not in (
            Kind.PERCENT,
            Kind.PERCENTAGE_POINTS,
            Kind.DURATION,
            Kind.MULTIPLE,
            Kind.RATIO,
        )

    @property
    def is_measure(self) -> bool:
        """An amount or a duration: what can be compared with itself a year before (审理天数53.8天)."""
        return self.is_amount or self.quantity.kind.value == "duration"

    @property
    def scope(self) -> tuple[str, str, str]:
        return self.period, self.place, self.subject

    def __repr__(self) -> str:
        return f"Figure({self.text!r}, {self.role}, label={self.label!r}, period={self.period!r})"


@dataclass
class Model:
    """A text read once: its structure and its figures in reading order."""

    text: str
    language: str
    structure: Structure
    figures: list[Figure] = field(default_factory=list)
    _starts: list[int] = field(default_factory=list, repr=False)
    _sentence_index: dict[int, list[Figure]] = field(default_factory=dict, repr=False)
    _block_index: dict[int, list[Figure]] = field(default_factory=dict, repr=False)
    _sentences: dict[tuple[int, int], list[Figure]] = field(default_factory=dict, repr=False)

    # -- what a pattern asks --------------------------------------------------------------------------

    def sentence_text(self, figure: Figure) -> str:
        return self.text[figure.sentence[0] : figure.sentence[1]]

    def in_sentence(self, figure: Figure) -> list[Figure]:
        return self._sentence_index.get(figure.sentence[0], [figure])

    def in_block(self, figure: Figure) -> list[Figure]:
        return self._block_index.get(figure.block, [figure])

    def block_figures(self, block: int) -> list[Figure]:
        """The figures of the block at index ``block`` of the structure, in reading order."""
        return self._block_index.get(block, [])

    def cell_column(self, figure: Figure) -> int:
        """The column of a table cell's figure in its row, or -1 (not in a row of cells)."""
        if figure.block < 0:
            return -1
        cells = self.structure.blocks[figure.block].cells
        return next((i for i, (a, b) in enumerate(cells) if a <= figure.start < b), -1)

    def column_header(self, figure: Figure) -> str:
        """The header over a table cell's figure ('' outside a table with a header row, or outside any cell)."""
        block = self.structure.blocks[figure.block] if figure.block >= 0 else None
        column = self.cell_column(figure)
        if block is None or block.table < 0 or column < 0:
            return ""  # never column -1, which a list would read as the last header
        return self.structure.tables[block.table].column_header(self.text, column)

    def near_in_sentence(self, figure: Figure, reach: int = NEIGHBOURS) -> list[Figure]:
        """The figures of ``figure``'s sentence within ``reach`` places of it, in reading order."""
        figures = self.in_sentence(figure)
        return figures[max(0, figure.at_sentence - reach) : figure.at_sentence + reach + 1]

    def near_in_block(self, figure: Figure, reach: int = NEIGHBOURS) -> list[Figure]:
        figures = self.in_block(figure)
        return figures[max(0, figure.at_block - reach) : figure.at_block + reach + 1]

    def near_in_context(self, figure: Figure, reach: int = NEIGHBOURS) -> list[Figure]:
        """Figures near ``figure`` in its paragraph and at the end of the paragraph before it."""
        near = self.near_in_block(figure, reach)
        previous = self._block_index.get(figure.block - 1)
        if previous and self.structure.blocks[figure.block - 1].kind in (PARAGRAPH, ITEM):
            return previous[-reach:] + near
        return near

    def before(self, figure: Figure, span: tuple[int, int], reach: int = REACH) -> str:
        """The text of ``span`` before ``figure``, at most ``reach`` characters of it."""
        return self.text[max(span[0], figure.start - reach) : figure.start]

    def after(self, figure: Figure, span: tuple[int, int], reach: int = REACH) -> str:
        return self.text[figure.end : max(figure.end, min(span[1], figure.end + reach))]

    @property
    def sentences(self) -> dict[tuple[int, int], list[Figure]]:
        """Each sentence that holds figures, with its figures in reading order."""
        if not self._sentences:
            self._sentences.update({figs[0].sentence: figs for figs in self._sentence_index.values()})
        return self._sentences

    def blocks(self) -> list[list[Figure]]:
        return list(self._block_index.values())

    def previous_sentence(self, figure: Figure) -> list[Figure]:
        """The figures of the sentence before ``figure``'s: in the same block, or ending the paragraph just
        before it (a paragraph that opens with 其中 continues the one before); [] for none."""
        index = bisect.bisect_left(self._starts, figure.sentence[0]) - 1
        if index < 0:
            return []
        before = self.figures[index]
        if before.block != figure.block:
            blocks = self.structure.blocks
            if before.block != figure.block - 1 or blocks[before.block].kind not in (PARAGRAPH, ITEM):
                return []
        return self.in_sentence(before)

    def following(self, figure: Figure, sentences: int) -> list[Figure]:
        """The figures of up to ``sentences`` sentences after ``figure``'s, in the same block."""
        out: list[Figure] = []
        index = bisect.bisect_right(self._starts, figure.sentence[0])
        seen = 0
        current = figure.sentence[0]
        while index < len(self.figures) and seen <= sentences:
            other = self.figures[index]
            if other.block != figure.block:
                break
            if other.sentence[0] != current:
                seen += 1
                current = other.sentence[0]
                if seen > sentences:
                    break
            out.append(other)
            index += 1
        return out

    def years(self, figure: Figure) -> set[str]:
        return set(_YEAR_RE.findall(self.sentence_text(figure)))

    def between(self, a: Figure, b: Figure) -> str:
        return self.text[a.end : b.start]


# -- building -------------------------------------------------------------------------------------------


# 本科毕业生中，… / 年末在册人员中，…: a sentence that opens by naming the group its figures are of (the name without
# 人员 or 对象)
FRAMED_BY = re.compile(r"\s*([\u4e00-\u9fff]{2,8}?)(?:人员|对象)?中[，,]")


def detect_language(text: str) -> str:
    sample = text[:200_000]
    cjk = sum(1 for c in sample if unicodedata.east_asian_width(c) in ("W", "F"))
    letters = sum(1 for c in sample if c.isascii() and c.isalpha())
    return "zh" if cjk >= letters / 4 else "en"


def read(source: str | Document, language: str | None = None, settings: ReadingSettings = DEFAULT_SETTINGS) -> Model:
    """The model of a text (or of a :class:`~factcheck.documents.Document`, with its markup hints)."""
    text = source if isinstance(source, str) else source.text
    lang = language or (None if isinstance(source, str) else source.language) or detect_language(text)
    if lang not in ("zh", "en"):
        lang = "en" if lang.startswith("en") else "zh"
    structure = structure_from_text(text, lang) if isinstance(source, str) else build_structure(source, lang)
    model = Model(text, lang, structure)
    seen_blocks: dict[str, int] = {}
    made: dict[int, list[Figure]] = {}  # block -> its figures, for the copies of that block that follow
    number = 0
    for block_index, block in enumerate(structure.blocks):
        chunk = text[block.start : block.end]
        original = seen_blocks.get(chunk) if len(chunk) >= 20 else None
        if original is not None and original in made:
            # A copy of an earlier block: its figures are that block's, moved; nothing is read again.
            copies = _copied(
                model, structure, made[original], block_index, block.start - structure.blocks[original].start, number
            )
            number += len(copies)
            model.figures.extend(copies)
            continue
        seen_blocks.setdefault(chunk, block_index)
        # Each block is read on its own: a figure never spans blocks, and work stays bounded by the block.
        scales: dict[int, int] = {}
        found = _adjusted(structure, block, chunk, find_quantities(chunk, settings=settings), settings, scales)
        ratios = _ratios(chunk, found) if any(c in chunk for c in ":：∶") else []
        if ratios:
            spans = [(q.start, q.end) for q, _ in ratios]
            kept = [q for q in found if not any(a < q.end and q.start < b for a, b in spans)]
            found = sorted([*kept, *(q for q, _ in ratios)], key=lambda q: q.start)
        chains = {q.start: first for q, first in ratios}
        if not found:
            continue
        duplicate = False
        made[block_index] = []
        # | 80,659 prisoners at 30 June 2022 | This is a rise of 3% on the same date in 2021. |: a bulletin's main
        # points set out as a table of sentences is read as prose
        prose_row = block.kind == ROW and _prose_cells(chunk)
        for quantity in found:
            quantity = replace(quantity, start=quantity.start + block.start, end=quantity.end + block.start)
            position = quantity.start
            sentence = structure.sentence_at(position)
            clause = structure.clause_at(position)
            clause = (clause[0], max(clause[1], quantity.end))
            sentence = (min(sentence[0], clause[0]), max(sentence[1], clause[1]))
            figure = Figure(
                number,
                quantity,
                sentence,
                clause,
                block_index,
                structure.section_at(position),
                aside=structure.aside_at(position) is not None
                or (prose_row and _bracketed(chunk, position - block.start)),
                in_table=block.kind == ROW and not prose_row,
                duplicate=duplicate,
            )
            figure.scale = scales.get(quantity.start - block.start, 1)
            if quantity.start - block.start in chains:
                figure.role = RATIO
                figure.chain = chains[quantity.start - block.start] + block.start
            number += 1
            model.figures.append(figure)
            made[block_index].append(figure)
    for figure in model.figures:
        model._starts.append(figure.sentence[0])
        in_sentence = model._sentence_index.setdefault(figure.sentence[0], [])
        figure.at_sentence = len(in_sentence)
        in_sentence.append(figure)
        in_block = model._block_index.setdefault(figure.block, [])
        figure.at_block = len(in_block)
        in_block.append(figure)
    _windows(model)
    for figure in model.figures:
        if figure.role == RATIO:
            # A reader of the claims file reads the whole a:b:c as one figure: the quote is the term alone.
            figure.window = (figure.start, figure.end)
            figure.clause_figures = 1
    for figures in model._sentence_index.values():
        if figures[0].copy_of is None:
            _roles(model, figures)
    for figure in model.figures:
        if figure.copy_of is not None:
            twin = figure.copy_of
            figure.role, figure.direction, figure.compare = twin.role, twin.direction, twin.compare
            figure.label, figure.in_table, figure.row = twin.label, twin.in_table, twin.row
    for figure in model.figures:
        if figure.copy_of is not None:
            continue
        if (
            (figure.role == AVERAGE or figure.base or _change_of_an_average(model, figure))
            and figure.quantity.kind.value == "count"
            and not figure.in_table
        ):
            # 人均结案162.3件, "368.4 offenses per 100,000": an average or a rate of counts is a plain number,
            # never held to be whole.
            digits = _NUMBER_PART.match(figure.quantity.text)
            if digits:
                figure.per = figure.quantity.unit
                # The quote ends with the number, so a reader of the claims file reads it as plain as well.
                figure.window = (figure.window[0], figure.start + len(digits.group()))
                figure.quantity = replace(
                    figure.quantity, unit=None, kind=parse_quantity("1").kind, text=digits.group()
                )
    for figure in model.figures:
        copied = figure.copy_of
        if copied is not None and copied.per is not None:
            moved = figure.start - copied.start
            figure.per = copied.per
            figure.quantity = replace(
                copied.quantity, start=copied.quantity.start + moved, end=copied.quantity.end + moved
            )
            figure.window = (copied.window[0] + moved, copied.window[1] + moved)
    _scopes(model)
    return model


def _change_of_an_average(model: Model, figure: Figure) -> bool:
    """比上年增加0.21张 right after 每千人口床位数6.52张: the change (or earlier value) of an average is an average
    too, never a count held to be whole."""
    if figure.role not in (CHANGE, PREVIOUS) or figure.at_sentence == 0:
        return False
    before = model._sentence_index[figure.sentence[0]][figure.at_sentence - 1]
    return before.per is not None and before.per == figure.unit and figure.label in ("", before.label)


def _copied(
    model: Model, structure: Structure, originals: list[Figure], block: int, shift: int, number: int
) -> list[Figure]:
    """The figures of a block that repeats an earlier one word for word: the earlier block's, moved by
    ``shift``; marked duplicate, so they become claims but propose nothing."""
    out = []
    for offset, original in enumerate(originals):
        quantity = replace(original.quantity, start=original.quantity.start + shift, end=original.quantity.end + shift)
        figure = Figure(
            number + offset,
            quantity,
            (original.sentence[0] + shift, original.sentence[1] + shift),
            (original.clause[0] + shift, original.clause[1] + shift),
            block,
            structure.section_at(quantity.start),
            aside=original.aside,
            in_table=original.in_table,
            duplicate=True,
        )
        figure.role, figure.scale, figure.copy_of = original.role, original.scale, original
        figure.chain = original.chain + shift if original.chain >= 0 else -1
        out.append(figure)
    return out


_NOT_A_FIGURE_BEFORE = re.compile(r"(?:表|图|附表|附件|Table|Figure|Chart)\s*$", re.IGNORECASE)
# 前三季度, 前10个月, 前两个月: the months or quarters a figure covers, a period, never a figure of its own
_PERIOD_SPAN_ZH = re.compile(r".?前(?:\d{1,2}|[两一二三四五六七八九十]{1,3})个?(?:季度|月)")
_AGED = re.compile(r"\bage[ds]?\s+(?:\d{1,3}\s+(?:to|and|or)\s+)?$", re.IGNORECASE)
_DAY_OF_MONTH = re.compile(
    r"\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
)
# A unit in brackets ending a column header (| 产量（吨） |, "Length (m)"), never a footnote's mark ("Bulk cargo(1)",
# "Arrivals(a)")
_UNIT_IN_HEADER = re.compile(
    r"(?:(?<=\S)[（(](?![a-z]\s*[)）])|(?<![^\s])[（(])\s*(?![\d\s]+[)）])"
    r"((?i:(?:thousand|million|billion)\s+[a-z]{3,}(?:\s[a-z]{3,})?|thousands|millions|billions)|[^（()）]{1,6}?)"
    r"\s*[)）]\s*$"
)  # | 产量（万吨） |, | 2025 (thousand tonnes) |, | Connections (thousands) |
_NUMBER_PART = re.compile(r"^[-+]?\d[\d.,]*")


def _adjusted(
    structure: Structure,
    block: Block,
    chunk: str,
    found: list[Quantity],
    settings: ReadingSettings,
    scales: dict[int, int],
) -> list[Quantity]:
    """The reader's figures of one block, read as the block means them.

    - ``表1``, ``图2``, ``Table 3`` name a table, and ``三次产业`` is a term: not figures;
    - ``-0.10‰``, ``负0.1%`` after a word: the sign belongs to the figure;
    - ``0.1和0.5个百分点``: a bare number listed before a figure takes its unit;
    - a table cell under a header with a unit (``产量（万吨）``, ``比上年增长（%）``, "2025 (thousand tonnes)") takes
      that unit, and a column of changes in amounts (``比年初增减``, "Change") the table's (``单位：万元``, "(£000)").
    """
    out: list[Quantity] = []
    if structure.language == "en":
        found = _english_figures(chunk, found, settings)
    for index, quantity in enumerate(found):
        before = chunk[max(0, quantity.start - 8) : quantity.start]
        if _NOT_A_FIGURE_BEFORE.search(before) or (quantity.text == "三次" and chunk.startswith("产业", quantity.end)):
            continue
        if _DAY_OF_MONTH.match(chunk, quantity.end) and quantity.text.isdigit() and int(quantity.text) <= 31:
            continue  # "on 31 March 2024": a date
        if structure.language != "en" and _PERIOD_SPAN_ZH.fullmatch(chunk, max(0, quantity.start - 1), quantity.end):
            continue  # 今年前10个月, 前三季度: the period the figures after it cover
        if _AGED.search(chunk, max(0, quantity.start - 14), quantity.start):
            continue  # "aged 15 to 16", "age 55 or older": an age names a group, it counts nothing
        sign = chunk[quantity.start - 1 : quantity.start] if quantity.start else ""
        previous = chunk[max(0, quantity.start - 2) : quantity.start - 1]
        if (
            sign in ("-", "−", "负")
            and not (previous.isascii() and previous.isalnum())
            and (sign != zh.MINUS or nonfigures.minus_before(chunk, quantity.start))  # 减负58.3亿元: no sign
        ):
            negative = _negated(quantity, sign, settings)
            if negative is not None:
                quantity = negative
        elif quantity.unit is None and index + 1 < len(found):
            following = found[index + 1]
            between = chunk[quantity.end : following.start]
            number = _NUMBER_PART.match(following.text)
            if following.unit is not None and number and re.fullmatch(r"\s*(?:和|、|与|及|and)\s*", between):
                quantity = _with_suffix(quantity, following.text[number.end() :], settings) or quantity
        out.append(quantity)
    if block.kind == ROW and block.table >= 0 and not _prose_cells(chunk):
        out = _within_cells(structure, block, out, settings)
        # a row of sentences takes no unit from the "header" above it: "(8,000)" under a cell that says "7%"
        # is no percentage
        out = _table_units(structure, block, out, settings, scales)
    return out


def _within_cells(
    structure: Structure, block: Block, found: list[Quantity], settings: ReadingSettings
) -> list[Quantity]:
    """A row's figures read cell by cell: | 65 and over | 131,200 | is no "over 131,200" (a figure never takes a
    word of the cell before it), and the numbers in a row's name (| 0 to 15 |, | 85 and over |, | 0—15岁 |) name
    its group, they count nothing."""
    from factcheck.errors import FactcheckError

    cells = block.cells
    if len(cells) < 2:
        return found
    text = structure.text
    out = []
    for quantity in found:
        start, end = block.start + quantity.start, block.start + quantity.end
        home = next((i for i, (a, b) in enumerate(cells) if a <= end - 1 < b), -1)
        if home == 0 and re.search(r"[^\W\d_]", text[cells[0][0] : cells[0][1]]):
            continue  # a figure in the row's name, among words
        if home > 0 and start < cells[home][0]:
            a, b = cells[home]
            try:
                read = parse_quantity(text[a:b].strip(), settings=settings)
            except FactcheckError:
                continue
            offset = a + (len(text[a:b]) - len(text[a:b].lstrip())) - block.start
            quantity = replace(read, start=offset, end=offset + len(read.text))
        out.append(quantity)
    return out


_RANGE_EN = re.compile(r"^(?P<a>\d[\d,]*(?:\.\d+)?)\s+to\s+(?P<b>\d.*)$")
_CHANGED_BY_EN = re.compile(
    r"\b(?:by|of|rose|fell|grew|increased|decreased|declined|dropped|up|down|risen|fallen|climbed|jumped)\s+$",
    re.IGNORECASE,
)
_PER_BASE_EN = re.compile(r"\bper\s+$", re.IGNORECASE)
_COMPOUND_EN = re.compile(r"-(?:month|year|week|day|hour|minute|point|fold|strong|page)s?\b", re.IGNORECASE)
_COMPOUND_EN_END = re.compile(_COMPOUND_EN.pattern + "$", re.IGNORECASE)  # the reader read "12-month" with its unit
_OVER_AS_PREPOSITION = re.compile(
    r"\b(?:jurisdiction|authority|control|custody|responsibility|oversight|charge|power|command)\s+$", re.IGNORECASE
)


def _reread(quantity: Quantity, text: str, shift: int, settings: ReadingSettings) -> Quantity | None:
    """``text`` (a piece of ``quantity``'s, ``shift`` characters in) read on its own, at its place."""
    from factcheck.errors import FactcheckError

    try:
        read = parse_quantity(text, settings=settings)
    except FactcheckError:
        return None
    return replace(read, start=quantity.start + shift, end=quantity.start + shift + len(text))


def _english_figures(chunk: str, found: list[Quantity], settings: ReadingSettings) -> list[Quantity]:
    """English figures as a bulletin means them.

    - ``2023 to 318,400 cases`` ("rose 4% on the same quarter of 2023 to 318,400 cases") and ``16,500 to
      287,300 cases`` ("grew by 16,500 to 287,300 cases") are no ranges: a year, or a change, then the level
      it led to.  A range's ends are alike (``10 to 15 per cent``) and never fall;
    - the base of a rate (``per 1,000``, ``per 100,000``, ``per million``) counts nothing: it is not a figure.
    """
    out: list[Quantity] = []
    for quantity in found:
        if _PER_BASE_EN.search(chunk, max(0, quantity.start - 5), quantity.start):
            continue
        if (quantity.unit is None and _COMPOUND_EN.match(chunk, quantity.end)) or _COMPOUND_EN_END.search(
            quantity.text
        ):
            continue  # "over the 12-month period", "a 3-year high": a number in an adjective counts nothing
        if (
            quantity.hedge
            and quantity.text.lower().startswith("over ")
            and _OVER_AS_PREPOSITION.search(chunk, max(0, quantity.start - 24), quantity.start)
        ):
            # "jurisdiction over 48,620 persons": "over" is the preposition, not "more than"
            plain = _reread(quantity, quantity.text[5:], 5, settings)
            if plain is not None:
                quantity = plain
        split = _RANGE_EN.match(quantity.text)
        if split is not None:
            parts = _split_range(chunk, quantity, split, settings)
            if parts is not None:
                out.extend(parts)
                continue
        out.append(quantity)
    return out


def _split_range(
    chunk: str, quantity: Quantity, split: re.Match[str], settings: ReadingSettings
) -> list[Quantity] | None:
    """The two figures of an English "A to B" that is no range, or None when it reads as a range."""
    from factcheck.errors import FactcheckError

    a, b = split.group("a"), split.group("b")
    year = re.fullmatch(r"(?:19|20)\d{2}", a) is not None
    try:
        later = parse_quantity(b, settings=settings)
        earlier = None if year else parse_quantity(a, settings=settings)
    except FactcheckError:
        return None
    changed = _CHANGED_BY_EN.search(chunk, max(0, quantity.start - 12), quantity.start) is not None
    if earlier is not None and not year:
        low, high = abs(earlier.value), abs(later.value)
        if not (high <= low or (changed and high >= 3 * low)):
            return None  # "10 to 15 per cent", "aged 16 to 24 years": a range
    b_start = quantity.start + split.start("b")
    parts = [replace(later, start=b_start, end=b_start + len(b))]
    if earlier is not None:
        parts.insert(0, replace(earlier, start=quantity.start, end=quantity.start + len(a)))
    return parts


def _negated(quantity: Quantity, sign: str, settings: ReadingSettings) -> Quantity | None:
    """``quantity`` with the sign written before it, when the figure with its sign reads as a figure on its
    own (so a claims file reads the same); None otherwise (``-3∶1.5`` is no negative ratio)."""
    from factcheck.errors import FactcheckError

    if quantity.kind not in (Kind.NUMBER, Kind.PERCENT, Kind.COUNT, Kind.MONEY, Kind.PERCENTAGE_POINTS):
        return None
    try:
        read = parse_quantity(sign + quantity.text, settings=settings)
    except FactcheckError:
        return None
    if read.value != -quantity.value:
        return None
    return replace(read, start=quantity.start - 1, end=quantity.end)


def _with_prefix(quantity: Quantity, prefix: str, settings: ReadingSettings) -> Quantity | None:
    """``quantity`` read with a currency written elsewhere before it (its span unchanged), or None."""
    from factcheck.errors import FactcheckError

    if not _NUMBER_PART.fullmatch(quantity.text):
        return None
    try:
        read = parse_quantity(prefix + quantity.text, settings=settings)
    except FactcheckError:
        return None
    return replace(read, start=quantity.start, end=quantity.end)


def _with_suffix(quantity: Quantity, suffix: str, settings: ReadingSettings) -> Quantity | None:
    """``quantity`` read with a unit written elsewhere (its span unchanged), or None when that fails."""
    from factcheck.errors import FactcheckError

    if not suffix or not _NUMBER_PART.fullmatch(quantity.text):
        return None
    # "tonnes" of "(thousand tonnes)" is read after a space, as the text writes "8.2 million tonnes"
    for joined in (quantity.text + suffix, *((f"{quantity.text} {suffix}",) if suffix[:1].isascii() else ())):
        try:
            read = parse_quantity(joined, settings=settings)
        except FactcheckError:
            continue
        return replace(read, start=quantity.start, end=quantity.end)
    return None


_PERCENT_HEADER = re.compile(r"percent|per cent|%|增长率|增速|增幅|比重|占比|百分比", re.IGNORECASE)
_SCALES = (("千万", 10_000_000), ("百万", 1_000_000), ("十万", 100_000), ("亿", 100_000_000), ("万", 10_000))


def _table_units(
    structure: Structure, block: Block, found: list[Quantity], settings: ReadingSettings, scales: dict[int, int]
) -> list[Quantity]:
    """Cells read with their column's unit: ``产量（吨）`` makes 348600 a count of 吨.  A scaled unit
    (``万元``, ``亿吨``) gives the cell its base unit and leaves the scale to :attr:`Figure.scale`, so the
    cell's claim still reads as the number the table prints."""
    table = structure.tables[block.table]
    if table.header >= 0 and table.rows[table.header] is block:
        # "Bulk cargo(1)": a footnote's mark in a header is no figure
        text = structure.text
        return [
            q for q in found if not _HEADER_MARK.fullmatch(text[block.start + q.start - 2 : block.start + q.end + 1])
        ]
    if table.header < 0:
        return found
    found = _year_like_cells(structure, block, table, found)
    text = structure.text
    headers = [table.column_header(text, i) for i in range(len(block.cells))]
    # | 指标 | 单位 | 产量 | with | 粮食 | 万吨 | 28.56 |: the row's unit cell names its figures' unit
    at = next((i for i, header in enumerate(headers) if _UNIT_COLUMN.fullmatch(header.strip())), -1)
    row_unit = text[block.cells[at][0] : block.cells[at][1]].strip() if at > 0 else ""
    if not re.fullmatch(r"[^\d\s|]{1,6}", row_unit):
        row_unit = ""
    out = []
    for quantity in found:
        column = next((i for i, (a, b) in enumerate(block.cells) if a <= quantity.start + block.start < b), -1)
        header = headers[column] if column >= 0 else ""
        unit = _UNIT_IN_HEADER.search(header)
        if quantity.unit is None and unit is None and _PERCENT_HEADER.search(header):
            quantity = _with_suffix(quantity, "%", settings) or quantity  # | Percent change |, | 增长率 |
        if quantity.unit is None and unit is None and row_unit and column > at and not _CHANGE_HEADER.search(header):
            written, scale = _split_scale(row_unit)
            if written:
                quantity = _with_suffix(quantity, written, settings) or quantity
            if scale != 1 and quantity.unit is not None:
                scales[quantity.start] = scale
        named = unit.group(1) if unit is not None else None
        own = _OWN_UNIT_HEADER.search(header) and not _AMOUNT_CHANGE_HEADER.search(header)
        if quantity.unit is None and named is None and not row_unit and not own:
            # 表3 支出决算表（单位：万元）: every cell of the table in 万元, an amount's change (| 比年初增减 |) too
            named = table.unit or None
        money = _MONEY_HEADER.search(header) if structure.language == "en" else None
        if money is not None and named is not None and not _MONEY_HEADER.fullmatch(named.strip()):
            money = None
        if money is None and named is not None and structure.language == "en":
            money = _MONEY_HEADER.fullmatch(named.strip())  # "Table 1: ..., £ billion": every cell in £bn
        if quantity.unit is None and money is not None:
            named = None
            # | 2025-26 budget £m |, | Cost (£000) |: the currency before the figure, the scale after it
            read = _with_prefix(quantity, money.group("currency"), settings)
            quantity = read or quantity
            scale = _ENGLISH_SCALES[money.group("scale").lower().rstrip("s")] if money.group("scale") else 1
            if read is not None and scale != 1:
                scales[quantity.start] = scale
        if quantity.unit is None and named is not None:
            written, scale = _split_scale(named)
            if written:
                quantity = _with_suffix(quantity, written, settings) or quantity
            if scale != 1:
                scales[quantity.start] = scale
        out.append(quantity)
    return out


# An English money column's currency and scale: | £m |, | 2025-26 budget £m |, | Cost (£000) |, | $ million |
_MONEY_HEADER = re.compile(
    r"(?P<currency>[£$€])\s*(?P<scale>m|bn|k|000s?|'000s?|millions?|billions?|thousands?)?(?![a-z0-9])", re.IGNORECASE
)  # | £ per week |, | Median pay (£) |: the currency alone, cells in pounds
_ENGLISH_SCALES = {
    "m": 1_000_000, "million": 1_000_000, "bn": 1_000_000_000, "billion": 1_000_000_000,
    "k": 1_000, "000": 1_000, "'000": 1_000, "thousand": 1_000,
}  # fmt: skip
# Columns that keep their own measure under a table's unit (单位：万元): percentages, changes, rates, counts of units
_OWN_UNIT_HEADER = re.compile(
    r"%|％|‰|率|比重|占比|增长|增幅|增速|增减|同比|比上年|个数|户数|人数|家数|[(（](?![\d\s]+[)）]|[a-z][)）])[^)）]*[)）]\s*$"
    r"|(?i:\b(?:change|rate|per|share|ratio|average|mean|median|index|percent(?:age)?|proportion)\b)"
)
_HEADER_MARK = re.compile(r"[^\W\d_][(\[]\d{1,2}[)\]]")
# A column of changes in the table's unit, not percentages: | 比年初增减 |, | 比上年增加 |, | 增减额 |
_AMOUNT_CHANGE_HEADER = re.compile(
    r"^(?!.*(?:%|％|率|幅|速))(?:比.{1,4})?(?:增减|增加|减少)(?:额|量|数)?$"
    r"|^(?i:(?!.*(?:%|per ?cent|rate|share|ratio))(?:change|increase|decrease|difference|variance)\b[^()]*)$"
)  # | 比年初增减 |, | Change | and "Change on 2025-26" under a table in £000: the table's unit
_UNIT_COLUMN = re.compile(r"(?:计量)?单位|units?|unit of measure(?:ment)?", re.IGNORECASE)
_YEAR_HEADER = re.compile(r"^(?:19|20)\d{2}(?:年)?$")
_PLAIN_CELL = re.compile(r"\d{4}")
_WHEN_HEADER = re.compile(r"年|时间|日期|时期|期间|届|year|date|period|when|since|founded|opened", re.IGNORECASE)


def _year_like_cells(structure: Structure, block: Block, table: Table, found: list[Quantity]) -> list[Quantity]:
    """A cell such as 2042 under a column headed 2008, or under a column that names no time (| 教职工数 |), is
    a count, not a year: the reader leaves a bare number from 1000 to 2999 out as a year, and a year never
    stands as the value of a year's column."""
    text = structure.text
    taken = {q.start + block.start for q in found}
    added = []
    for column, (a, b) in enumerate(block.cells):
        if column == 0 or a in taken or not _PLAIN_CELL.fullmatch(text[a:b]):
            continue
        header = table.column_header(text, column).strip()
        if not _YEAR_HEADER.match(header) and (not header or _WHEN_HEADER.search(header)):
            continue  # | 成立年份 |, | Year |: a year; | 教职工数 | 2054 |: a count like the column's others
        added.append(parse_quantity(text[a:b]))
        added[-1] = replace(added[-1], start=a - block.start, end=b - block.start)
    return sorted([*found, *added], key=lambda q: q.start) if added else found


def _split_scale(unit: str) -> tuple[str, int]:
    english = _ENGLISH_SCALES.get(unit.lower().lstrip("'").rstrip("s"))
    if english is not None:
        return "", english  # a table "(thousands)": every count in it is so many thousand
    scale, _, noun = unit.partition(" ")
    if noun and scale.lower() in ("thousand", "million", "billion"):
        return noun, _ENGLISH_SCALES[scale.lower()]  # "(thousand tonnes)": so many thousand tonnes
    for prefix, factor in _SCALES:
        if unit.startswith(prefix):
            return unit[len(prefix) :], factor
    return unit, 1


_RATIO = re.compile(r"(?<![\d.:：∶])\d+(?:\.\d+)?(?:\s*[:：∶]\s*\d+(?:\.\d+)?){1,7}(?![\d.:：∶])")
_RATIO_CUE = re.compile(r"比例|结构|之比|比为|比是|ratio|structure|split", re.IGNORECASE)
_RATIO_NEXT = re.compile(r"\s*(?:调整为|优化为|变为|to)\s*$", re.IGNORECASE)


def _ratios(chunk: str, found: list[Quantity]) -> list[tuple[Quantity, int]]:
    """The terms of structure ratios (``三次产业结构比为25.72:26.84:47.44``): each with its ratio's first offset."""
    out: list[tuple[Quantity, int]] = []
    cued_end = -1
    for match in _RATIO.finditer(chunk):
        # 三次产业结构比为A:B:C; 结构由上年的A调整为B: the second ratio follows the first.
        cued = _RATIO_CUE.search(chunk[max(0, match.start() - 16) : match.start()])
        if not cued and not (cued_end >= 0 and _RATIO_NEXT.match(chunk[cued_end : match.start()])):
            continue
        cued_end = match.end()
        # A cued ratio wins over the reader's figures inside it (12.9 of 12.9∶44.6∶42.5).
        for term in re.finditer(r"\d+(?:\.\d+)?", match.group()):
            quantity = parse_quantity(term.group())
            start = match.start() + term.start()
            out.append((replace(quantity, start=start, end=start + len(term.group())), match.start()))
    return out


_WORD_CHARS = frozenset("0123456789.,%‰零〇一二三四五六七八九十百千万亿两")


def _joined(char: str) -> bool:
    return (char.isascii() and char.isalnum()) or char in _WORD_CHARS


def _whole_edge(text: str, edge: int, limit: int, step: int) -> int:
    """``edge`` moved outward (``step`` -1: left, 1: right) past the word or number it would cut, up to
    ``limit``; when that is more than a few characters away, moved inward to the word's edge instead."""
    inside = edge - 1 if step > 0 else edge
    outside = edge if step > 0 else edge - 1
    if not (0 <= inside < len(text) and 0 <= outside < len(text)):
        return edge
    if not (_joined(text[inside]) and _joined(text[outside])):
        return edge
    moved = edge
    while moved != limit and 0 <= moved < len(text) and _joined(text[moved if step > 0 else moved - 1]):
        moved += step
        if abs(moved - edge) > 12:
            break
    else:
        return moved
    back = edge
    while back != limit and 0 <= (back - 1 if step > 0 else back) < len(text):
        if not _joined(text[back - 1 if step > 0 else back]):
            break
        back -= step
    return back


def _windows(model: Model) -> None:
    """Each figure's quote: its clause, cut to a short window around it at a space or a character boundary."""
    text = model.text
    starts = [f.start for f in model.figures]
    ends = [f.end for f in model.figures]
    for index, figure in enumerate(model.figures):
        start = max(figure.clause[0], figure.start - QUOTE_REACH)
        end = min(figure.clause[1], figure.end + QUOTE_REACH)
        # Never cut through another figure: move the cut out of any figure it falls in.
        first = bisect.bisect_right(ends, start)
        if first < index and starts[first] < start:
            start = ends[first]
        last = bisect.bisect_left(starts, end) - 1
        if last > index and ends[last] > end:
            end = starts[last]
        # Never cut through a word or a number the reader would read differently in part ("March 202").
        start, end = _whole_edge(text, start, figure.clause[0], -1), _whole_edge(text, end, figure.clause[1], 1)
        while start < figure.start and text[start] in " \t,，、;；":
            start += 1
        while end > figure.end and text[end - 1] in " \t":
            end -= 1
        # Whatever the edges did, the quote holds its whole figure (a figure inside a longer number run
        # pulled both edges into it, and the quote came out empty).
        start, end = min(start, figure.start), max(end, figure.end)
        figure.window = (start, end)
        lo = bisect.bisect_left(starts, start)
        hi = bisect.bisect_right(ends, end)
        figure.clause_figures = max(1, hi - lo)


# -- roles and labels ---------------------------------------------------------------------------------


def _direction(words: str, language: str) -> int:
    """+1 or -1 by the last change word in ``words``, 0 for none."""
    if language == "en":
        best, sign = -1, 0
        for word in _ENGLISH_WORD.finditer(words.lower()):
            w = word.group()
            if w in _UP_EN:
                best, sign = word.start(), 1
            elif w in _DOWN_EN:
                best, sign = word.start(), -1
        return sign if best >= 0 else 0
    best, sign = -1, 0
    for w in _UP_ZH:
        at = words.rfind(w)
        if at > best or (at == best and at >= 0 and len(w) > 1):
            best, sign = at, 1
    for w in _DOWN_ZH:
        at = words.rfind(w)
        if at > best:
            best, sign = at, -1
    return sign


def _roles(model: Model, figures: list[Figure]) -> None:
    """Each figure's role, direction and label within its sentence, in reading order."""
    text = model.text
    english = model.language == "en"
    previous: Figure | None = None
    for figure in figures:
        adjacent = False
        before = normalize(model.before(figure, figure.clause))
        since = normalize(text[previous.end : figure.start]) if previous is not None else before
        sentence_before = model.before(figure, figure.sentence)
        adjacent = previous is not None and since.strip() == "" and previous.unit != figure.unit
        listed = previous is not None and previous.clause == figure.clause and (adjacent or _LIST_JOINER.match(since))
        # 同比分别上升8.2%和7.5%, "by 39 per cent and 54 per cent respectively": the list shares its role.
        if (
            listed
            and previous is not None
            and (figure.unit == previous.unit or (figure.is_amount and previous.is_amount))
        ):
            figure.role, figure.direction, figure.compare = previous.role, previous.direction, previous.compare
        if figure.role == CURRENT:
            if english:
                _role_en(model, figure, before, sentence_before)
            else:
                _role_zh(model, figure, before, sentence_before)
        if figure.in_table:
            _cell(model, figure)
        elif figure.role == RATIO and previous is not None and previous.chain == figure.chain:
            figure.label = previous.label  # the terms of one ratio share its name
        elif adjacent and previous is not None and previous.role != THRESHOLD:
            figure.label = previous.label  # 97件134人: the same cases, counted twice
        else:
            figure.label = _label_en(model, figure) if english else _label_zh(model, figure)
            if (
                previous is not None
                and previous.role == THRESHOLD
                and re.fullmatch(r"[\u4e00-\u9fff]{1,8}", text[previous.end : figure.start])
            ):
                # 亿元以上项目118个: the class the bound names is what is counted
                figure.label = previous.text + text[previous.end : figure.start]
            if (
                not english
                and figure.role == SHARE
                and previous is not None
                and previous.is_amount
                and len(previous.label) >= 2
                and len(_CJK.findall(figure.label)) < 2
                and _SHARE_AFTER_PART.fullmatch(text, previous.end, figure.start)
            ):
                figure.label = previous.label + "占比"  # 咨询类诉求124599件，占63.72%: the share of 咨询类诉求
        previous = figure
    if not english:
        _named_lists(model, figures)
    else:
        _listed_rates(model, figures)


def _bracketed(text: str, at: int) -> bool:
    """Whether ``at`` stands inside parentheses of its cell (a row of sentences has no asides of its own)."""
    cell_start = text.rfind("|", 0, at) + 1
    return text.rfind("(", cell_start, at) > text.rfind(")", cell_start, at)


def _prose_cells(row: str) -> bool:
    """Whether a table row's cells are English sentences: two or three cells, one of them a sentence of six or
    more words that ends with a full stop."""
    cells = [c.strip() for c in row.strip().strip("|").split("|")]
    if not 2 <= len(cells) <= 3:
        return False
    return any(len(re.findall(r"[A-Za-z]{2,}", c)) >= 6 and c.endswith(".") for c in cells)


def _listed_rates(model: Model, figures: list[Figure]) -> None:
    """ "were 138, 117 and 102 per 100,000 population respectively": the figures listed before a rate per
    100,000 are rates on its base too, never counts to be summed or taken as a whole."""
    for index in range(len(figures) - 1, 0, -1):
        rate = figures[index]
        if not rate.base:
            continue
        for earlier in reversed(figures[:index]):
            later = figures[earlier.at_sentence + 1]
            if (
                earlier.base
                or earlier.clause != rate.clause
                or earlier.unit != rate.unit
                or not _LIST_JOINER.match(model.text[earlier.end : later.start])
            ):
                break
            earlier.base = rate.base


_LIST_NAMES_ZH = re.compile(r"([\u4e00-\u9fff、和及与]{4,40})分别(?:为|是|达到|达)$")


def _named_lists(model: Model, figures: list[Figure]) -> None:
    """住户存款和非金融企业存款分别为361.8亿元、98.4亿元; 城镇、乡村人口分别为24.93万人和21.25万人: each figure
    of the list counts the name in its place (城镇人口, 乡村人口), when there are as many names as figures."""
    text = model.text
    for index, figure in enumerate(figures):
        match = _LIST_NAMES_ZH.search(text, figure.clause[0], figure.start)
        if match is None or match.end() != figure.start or figure.role not in (CURRENT, RATE, SHARE):
            continue
        names = [n for n in re.split(r"[、和及与]", match.group(1)) if n]
        listed = [figure]
        for other in figures[index + 1 : index + len(names) + 2]:
            if not _LIST_JOINER.match(text[listed[-1].end : other.start]) or other.unit != figure.unit:
                break
            if figure.role != CURRENT and other.role not in (CURRENT, RATE, SHARE):
                break
            listed.append(other)
        if len(names) < 2 or len(listed) != len(names):
            continue
        head = names[-1][2:] if len(names[-1]) > 2 else ""
        if re.fullmatch(r"第[一二三四五六七八九十]", names[0]) and all(
            re.match(r"第?[一二三四五六七八九十]", n) for n in names[1:]
        ):
            # 第一、二、三产业就业人员: each ordinal counts what the last one's words name (第二产业就业人员)
            head = re.sub(r"^第?[一二三四五六七八九十]", "", names[-1])
            names = ["第" + n.lstrip("第")[0] for n in names]
        for name, member in zip(names, listed, strict=True):
            member.label = _clean_zh(name + head if len(name) <= 2 and head else name) or name


_TO_CURRENT_ZH = re.compile(
    r"(?:[，,]?(?:分别)?(?:增加|增长|提高|上升|下降|减少|降低|扩大|缩小|回落|跃升)?(?:到|至)(?:(?:19|20)\d{2}年)?(?:的)?)"
)
_PREVIOUS_LEAD_ZH = re.compile(
    r"(?:而|与此相比,?|对比)?(?:去年同期|上年同期|(?:19|20)\d{2}年同期|(?:上年|去年)(?![末底]|同期相比)(?=[\u4e00-\u9fff]{2}))"
)
SPAN = re.compile(
    r"[二三四五六七八九十两\d]年来|以来|过去[二三四五六七八九十两\d]|近[一二三四五六七八九十\d]+年|十[一二三四五]五"
    r"|\d{4}\s*[—-]\s*\d{4}|\bsince\b|\bover the\b"
)  # a span of years: 五年来, 过去五年, 近三年, “十三五”, 2019-2023, "since 2019"
_CHANGE_HEADER = re.compile(r"增长|增减|增幅|同比|比上年|变化|growth|change|increase|\+/-|±", re.IGNORECASE)


_PLAIN_HEADER = re.compile(r"[\d.,\s%-]*|绝对数|绝对值|绝对额|数值|数额|金额|数量|总量|指标值|value|number|total", re.I)
_HEADER_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def _latest_year(model: Model, table: Table) -> int | None:
    if table.header < 0:
        return None
    row = table.rows[table.header]
    headers = [table.column_header(model.text, i) for i in range(len(row.cells))]
    years = [int(y) for header in headers for y in _HEADER_YEAR.findall(header)]
    return max(years) if len(years) > 1 else None


_EARLIER_HEADER_EN = re.compile(
    r"\b(?:(?:same (?:period|quarter|month) )?(?:last|previous|prior) (?:year|quarter|month)|a year (?:earlier|ago)"
    r"|year before)\b",
    re.IGNORECASE,
)


# | 上年决算数 |, | 上年在校生数 |, | 去年同期 |, | 上年末余额 | (but | 年初预算数 | is this year's first budget)
_EARLIER_HEADER_ZH = re.compile(r"(?:上年|去年|上一年|前一年)(?!度)")


_PART_OPENER = re.compile(r"^(?:其中[:：]?|#|＃|(?:of which|of whom|including)\b[:,]?)\s*", re.IGNORECASE)


def _cell(model: Model, figure: Figure) -> None:
    """A table cell's label (its row's name and its column's) and role (a change column holds changes)."""
    structure = model.structure
    block = structure.blocks[figure.block]
    table = structure.tables[block.table] if block.table >= 0 else None
    cells = block.cells
    column = next((i for i, (a, b) in enumerate(cells) if a <= figure.start < b), -1)
    name = model.text[cells[0][0] : cells[0][1]].strip() if cells and column > 0 else ""
    name = _LETTER_SPACING.sub("", name)  # | 合  计 |: a name spread over the label column is 合计
    # | 其中：夏粮 |, "| of which: overtime |": the row names 夏粮, overtime
    figure.row = _FOOTNOTE_MARK.sub("", _PART_OPENER.sub("", name)).strip()
    raw = table.column_header(model.text, column) if table is not None and column >= 0 else ""
    header = _MONEY_HEADER.sub("", _UNIT_IN_HEADER.sub("", raw)).strip()
    header = (_PERIOD_EN if model.language == "en" else _PERIOD_ZH).sub("", header).strip()
    year = _HEADER_YEAR.search(raw)
    latest = _latest_year(model, table) if table is not None else None
    if _CHANGE_HEADER.search(header):
        figure.role = PERCENT_CHANGE if figure.is_percent else CHANGE
        figure.direction = 1
        header = ""
    elif year and latest and max(int(y) for y in _HEADER_YEAR.findall(raw)) < latest:
        # | 2021 | 2022 |: the earlier year's column holds previous values (| 2023/2024 | 2024/2025 |: a
        # year spanning two is of its later one, or both columns would read as earlier)
        figure.role = PREVIOUS
    elif model.language == "en" and _EARLIER_HEADER_EN.search(raw):
        figure.role = PREVIOUS  # | April to October | Same period last year |: last year's values
    elif model.language == "zh" and _EARLIER_HEADER_ZH.match(header):
        figure.role = PREVIOUS  # | 上年决算数 | 决算数 |, | 去年同期 |: last year's values
    elif _RATE_HEADER.search(header) and not figure.is_percent:
        figure.role = RATE  # | 结案率 | 93.5 |: a rate, which no total adds up
    elif _AVERAGE_HEADER.search(header):
        figure.role = AVERAGE  # | 学生与专任教师比 | 13.86 |, | 人均 |: a ratio of two counts, never summed
    else:
        figure.role = CURRENT
    if re.fullmatch(
        r"[\d.,\s%-]*|绝对数|绝对值|绝对额|数值|数额|金额|数量|总量|指标值|value|number|total", header, re.I
    ):
        header = ""
    figure.label = re.sub(
        r"\s+", "" if model.language == "zh" else " ", f"{name}{' ' if model.language == 'en' else ''}{header}"
    ).strip()


_LETTER_SPACING = re.compile(r"(?<=[\u4e00-\u9fff])[ \u3000]+(?=[\u4e00-\u9fff])")
# A footnote's mark after a row's name: "Violence against the person [note 1]", 服装¹, "Theft (a)", "Robbery*"
_FOOTNOTE_MARK = re.compile(r"\s*(?:\[(?:note\s*)?\w{1,3}\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\((?:[a-z]|\d{1,2})\)|\*+|†|‡)\s*$", re.I)
_RATE_HEADER = re.compile(r"率$|\brate$", re.IGNORECASE)
_AVERAGE_HEADER = re.compile(
    r"(?<![同环])比$|人均|平均|均值|中位数|每[十百千万]"
    r"|\b(?:ratio|average|mean|median|per (?:head|capita|person|resident|household|pupil|[\d,]*\d|"
    r"(?:a |one )?(?:hundred|thousand|million)))\b",
    re.IGNORECASE,
)
CLOSED_ASIDE = re.compile(r"[（(][^（()）]*[)）]")  # a bracketed aside, opened and closed: （中心）, (含...)
_CJK_GAP = re.compile(r"(?<=[\u3400-\u9fff，。；：、])\s+|\s+(?=[\u3400-\u9fff，。；：、])|\s+$")
_SHARE_AFTER_PART = re.compile(r"\s*[，,]?\s*(?:占|占比|所占比重|占比为|占比达)?\s*")
_THRESHOLD_ZH = re.compile(r"(?:及)?以[上下内]$")
# 是2022年同期30.1亿元的3.2倍, 相当于上年5件的2.2倍: the base a multiple is of, named after 是/为/相当于 in its clause
_BASE_ZH = re.compile(r"(?:是|为|相当于)[^，,。；;：:、]{0,14}$")
_OF_MULTIPLE_ZH = re.compile(r"的(?:\d+(?:\.\d+)?|[一二两三四五六七八九十]+)多?倍")
_AGE_UNITS = ("岁", "周岁")
_RANGE_ZH = re.compile(r"\d\D{0,4}(?:至|到|～|~|—|-)\d")
_RANGE_VALUE_AFTER_ZH = re.compile(r"之间|不等|左右|上下|的|[为是达]|[间内]")
_REAL_ZH = re.compile(r"可比价|扣除价格因素|实际增长|实际下降|按不变价")
_REAL_LABEL_ZH = re.compile(r"增加值|生产总值|GDP|国内生产总值")


def _role_zh(model: Model, figure: Figure, before: str, sentence_before: str) -> None:
    # 比上 年末增加 198 万人 (a PDF's justified line): spaces mean nothing between Chinese words
    if " " in before or " " in sentence_before:
        before, sentence_before = _CJK_GAP.sub("", before).rstrip(), _CJK_GAP.sub("", sentence_before).rstrip()
    # 占常住人口比重（常住人口城镇化率）为63.48%: a closed aside before the figure says nothing of its role
    tail = (CLOSED_ASIDE.sub("", before) if "）" in before or ")" in before else before)[-14:]
    compared = bool(_COMPARE_ZH.search(sentence_before[-40:]))
    figure.compare = compared
    if (
        (
            _THRESHOLD_ZH.search(figure.text)
            or figure.unit in _AGE_UNITS
            # 5亿元至10亿元项目29个: a range before a noun names a class of things (a size band), never a quantity
            or (_RANGE_ZH.search(figure.text) and not _RANGE_VALUE_AFTER_ZH.match(model.text, figure.end))
        )
        and _CJK.match(model.text[figure.end : figure.end + 1] or "，")
    ):
        # 亿元以上项目128个, 10亿元以上项目: a bound that names a class of things, never a quantity of them; so
        # does an age before a noun (0—14岁人口为253383938人, 14至16周岁的312人)
        figure.role = THRESHOLD
        return
    if figure.is_points:
        figure.role, figure.direction = POINTS, _direction(tail, "zh")
        return
    if figure.unit == "倍":
        base = model.in_sentence(figure)[figure.at_sentence - 1] if figure.at_sentence else None
        if base is not None and base.role == BASE and base.end == figure.start - 1:
            figure.role = CURRENT  # 是上年5件的2.2倍: the multiple of the base before it, never a change
            return
        # 由2020年的63个增加到2025年的215个,增长了2.4倍: the growth from the earlier value the sentence names
        grown = bool(_CHANGE_TAIL_ZH.search(tail)) and bool(
            re.search(r"(?:由|从)[^，,；;。]{0,24}?(?:到|至)[^；;。]*$", sentence_before)
        )
        figure.role, figure.direction = PERCENT_CHANGE if compared or grown else CURRENT, _direction(tail, "zh")
        return
    if figure.is_amount and _BASE_ZH.search(before) and _OF_MULTIPLE_ZH.match(model.text, figure.end):
        figure.role = BASE  # 是2022年同期30.1亿元的3.2倍: the base of a multiple, of another period than a change
        return
    lead = sentence_before.lstrip()
    if (
        _PREVIOUS_LEAD_ZH.match(lead)
        and not _COMPARE_ZH.search(lead)
        and not re.search(r"增|减|上升|下降|提高|降低", lead)
        and (figure.is_measure or figure.is_percent)
    ):
        figure.role = PREVIOUS  # 去年同期共发生事故54起、死亡48人: the whole sentence is the year before
        return
    if figure.aside and (figure.is_measure or figure.is_percent) and _month_before(tail, sentence_before):
        figure.role = PREVIOUS  # 环比分别上升8.7%和5.0%（9月份分别为150起、20人）: the month the change is against
        return
    if (
        not figure.aside
        and (figure.is_measure or figure.is_percent)
        and _month_before(tail, sentence_before, aside=False)
    ):
        figure.role = PREVIOUS  # 环比下降12.5%，9月份为64起; 环比增长8.8%，上月为1130件: the month before's value
        return
    if (figure.is_measure or figure.is_percent) and _named_previous_zh(model, figure):
        figure.role = PREVIOUS  # 上年同期顺差为0.91亿元, 年初余额为48.58亿元: the period, the measure's name, 为
        return
    if (
        figure.is_measure
        and figure.unit is not None  # an index (102.1, 上年同月为100.6) is on its own base each year
        and re.search(r"(?:上年|去年)同月(?:为|是)?$", tail)
        and _ONE_MONTH_OPENING.match(sentence_before.lstrip())
        # after the month's 同比 rate, so the rate the previous value is checked against is this year's on that month
        and _MONTH_RATE_THEN_SAME_MONTH.search(sentence_before)
        and any(f.unit == figure.unit and f.role == CURRENT for f in model.in_sentence(figure)[: figure.at_sentence])
    ):
        figure.role = PREVIOUS  # 9月份，税收收入68.47亿元，同比增长2.9%，上年同月为66.54亿元: that month a year before
        return
    if figure.aside and (figure.is_measure or figure.is_percent) and _COMPARED_ASIDE_ZH.search(sentence_before):
        figure.role = PREVIOUS  # 与去年同期相比（3118起，死亡13人，…），火灾起数下降8.7%: last year's values
        return
    if figure.aside and (figure.is_measure or figure.is_percent) and _earlier_year_aside(tail, sentence_before):
        figure.role = PREVIOUS  # 2025年，…214起，同比下降9.7%（2024年237起）: the year before's value
        return
    if _PREVIOUS_TAIL_ZH.search(tail) and (figure.is_measure or figure.is_percent):
        # 由X增加到Y, 从X到Y: X is the earlier value only when a later one follows it.
        after = model.text[figure.end : figure.end + 16]
        if not re.search(r"(?:由|从)(?:上年|去年|(?:19|20)\d{2}年(?:末|底)?)?的?$", tail) or re.search(
            r"[到至]", after
        ):
            figure.role = PREVIOUS
            return
    if figure.is_percent and re.search(r"年均|平均每年|年平均", tail):
        figure.role = AVERAGE  # 年均增长7.5%: a compound rate over years, never one year's change
        return
    spread = _SPREAD_ZH.search(tail) if figure.is_percent else None
    if spread is not None:
        # 从24.1万起下降至15.8万起、降幅34.3%: 降幅/升幅 name the size of the change, as 下降/上升 do
        figure.role, figure.direction = PERCENT_CHANGE, -1 if spread.group(1) in "降减跌" else 1
        return
    change = _CHANGE_TAIL_ZH.search(tail)
    if change and not tail.endswith(("到", "至")):
        figure.direction = _direction(change.group(), "zh")
        if figure.is_percent:
            figure.role = PERCENT_CHANGE
            # 按可比价格计算,比上年增长5.6%: growth in real terms, which nominal values do not give
            block = model.structure.blocks[figure.block] if figure.block >= 0 else None
            paragraph = model.text[block.start : figure.start] if block is not None else sentence_before
            figure.real = bool(_REAL_ZH.search(paragraph[-400:]) or _REAL_ZH.search(tail))
            return
        if figure.is_measure and (
            compared or _COMPARE_ZH.search(tail) or re.search(r"(?:增加|减少|多|少|缩短|延长|净增|净减)了?$", tail)
        ):
            figure.role = CHANGE
            return
    if figure.is_percent:
        if _SHARE_ZH.search(tail) or (("占" in tail) and not compared):
            figure.role = SHARE
            return
        label_tail = _TRAILING_ZH.sub("", tail)
        # 结案率为93.5%; 存贷比为80.9% (a ratio in percent of two stocks, read as a rate)
        if label_tail.endswith("率") or re.search(r"(?:率|(?<![同环])比)(?:为|达|达到|是)?$", tail):
            figure.role = RATE
            return
    if _AVERAGE_ZH.search(tail):
        figure.role = AVERAGE
        return
    if _TARGET_ZH.search(tail[-8:]) or (figure.is_measure and re.search(r"预算数?(?:为|是)?$", tail)):
        figure.role = TARGET  # 完成年初预算数60999万元的40.4%: the budget a result is held to


_COMPARED_ASIDE_ZH = re.compile(r"^\s*与(?:上年|去年)(?:同期)?相比[（(][^（()）]*$")
_YEAR_ASIDE_ZH = re.compile(r"[（(]((?:19|20)\d{2})年(?:同期|全年)?(?:为|是|有|共)?$")
_YEAR_OPENING_ZH = re.compile(r"^\s*((?:19|20)\d{2})年")
_CHANGED_ZH = re.compile(rf"(?:同比|比上年|较上年)(?:{_VERB_ZH})[\d.]+%$")


def _earlier_year_aside(tail: str, sentence_before: str) -> bool:
    """同比下降9.7%（2024年237起） in a sentence that opens with 2025年: an aside naming the year before the
    sentence's own, right after its change on the year, gives that year's value."""
    aside = _YEAR_ASIDE_ZH.search(tail)
    opening = _YEAR_OPENING_ZH.match(sentence_before)
    if aside is None or opening is None:
        return False
    head = sentence_before[: len(sentence_before) - len(aside.group())]
    return int(aside.group(1)) == int(opening.group(1)) - 1 and bool(_CHANGED_ZH.search(head))


# 上年同期顺差为0.91亿元, 年初余额为48.58亿元, 上年人均城市道路面积为22.55平方米: a clause that opens with an
# earlier period, names the measure and gives its value
_NAMED_PREVIOUS_ZH = re.compile(
    r"^(?:而|其中)?(?:上年同期|去年同期|上年末|去年末|上年底|年初|上年|去年"
    # 2025年1—10月为42.87亿元 after 2026年1—10月's figure: the same months a year before
    r"|((?:19|20)\d{2})年(?:同期|末|底|[1一][—\-至~～]\d{1,2}月份?|上半年|前三季度|一季度)?)(?:全[省市县区])?"
    r"([\u4e00-\u9fff“”]{0,12}?)(?:分别)?(?:为|是)$"
)
_NOT_A_NAME_ZH = re.compile(r"增|减|升|降|提高|扩大|缩小|回落|比|较|占|共|累计|新")


def _named_previous_zh(model: Model, figure: Figure) -> bool:
    """Whether ``figure`` is an earlier period's value its clause names: the clause opens with the period and
    the measure's name (no verb of change, no comparison) and says 为."""
    head = model.text[figure.clause[0] : figure.start].strip()
    head = re.split(r"[（(]", head)[-1].strip()
    match = _NAMED_PREVIOUS_ZH.match(head)
    if match is None or _NOT_A_NAME_ZH.search(match.group(2)):
        return False
    if match.group(1):
        # a year's value is an earlier one only when the text's own year is later (its heading's, or the sentence's)
        own = _YEAR_RE.findall(model.text[:200]) + _YEAR_RE.findall(model.text[figure.sentence[0] : figure.clause[0]])
        # 比2020年增长1.6倍,2020年为158亿元: a year the sentence compares with is earlier than the sentence's own
        opening = model.text[figure.sentence[0] : figure.clause[0]]
        compared = re.search(rf"(?:比|较|是|为|相当于){match.group(1)}年", opening)
        if not compared and (not own or max(int(y[:4]) for y in own) <= int(match.group(1))):
            return False
    # the later value comes first in the sentence, in the figure's unit, and the name (if any) is its name
    words = match.group(2).strip("“”")
    earlier = [
        f
        for f in model.in_sentence(figure)
        if f.end <= figure.clause[0] and not f.aside and f.unit == figure.unit and f.role in (CURRENT, RATE, SHARE)
    ]
    if not earlier:
        return False
    label = earlier[-1].label
    return not words or any(words[i : i + 2] in label for i in range(len(words) - 1))


_OVER_PERIOD_EN = re.compile(r"\b(?:year[- ]on[- ]year|quarter[- ]on[- ]quarter|month[- ]on[- ]month)\b")
# "lost 1,420 pupils", "shed 12,000 jobs": a count after a verb of loss is how far a level fell ("added" and "gained"
# stay the level of what was added: "The South added 1,380,000 residents, 52.1% of the national gain")
_LOSS_EN = ("lost", "shed")
_NOUN_CHANGE_EN = ("increase", "decrease", "rise", "fall", "drop", "reduction", "growth", "decline", "jump", "cut")
_FRACTION_WORDS_EN = re.compile(
    r"\b(?:half|a third|one third|one-third|two thirds|two-thirds|a quarter|one quarter|three quarters|"
    r"three-quarters|a fifth|one fifth|one-fifth|(?:one|1) in (?:\w+)|\w+ out of \w+)\s*\(\s*$"
)
_MULTIPLE_OF_EN = re.compile(
    r"\b(?:double|twice|triple|treble|half|(?:two|three|four|five|ten|\d+(?:\.\d+)?) times)\s+"
    r"(?:the|that of|as many as|as much as|as high as|as large as)\s+(?:[a-z-]+\s+){0,2}$"
)
_AVERAGE_CHANGE_EN = re.compile(
    r"\b(?:average|mean)\s+(?:(?:monthly|annual|yearly|weekly|daily|quarterly)\s+)?(?:net\s+)?(?:"
    + "|".join((*_NOUN_CHANGE_EN, "gain", "loss"))
    + r")s?\s+(?:of|was|were|at)\s+(?:[a-z-]+\s+){0,2}$"
)
_SOME_WORDS = r"\s*(?:[a-z-]+\s+){0,3}?"
_AFTER_PREVIOUS_EN = re.compile(
    _SOME_WORDS + r"(?:in|for|during)?\s*(?:the\s+)?(?:previous|preceding|prior)\s+"
    r"(?:year|period|12 months|twelve months|quarter)"
    r"|" + _SOME_WORDS + r"a year (?:earlier|before|ago)|" + _SOME_WORDS + r"the year before"
    r"|" + _SOME_WORDS + r"(?:in|for) the same (?:period|quarter|month) (?:of|in|last) "
    r"(?:(?:19|20)\d{2}|the previous year|year)"
)


_WHO_WERE_EN = re.compile(
    r"\s*(?:the\s+)?(?:number|total|count)\s+of\s+[a-z]+(?:\s+(?:in|across)\s+[A-Z][A-Za-z ]{1,30}?)?\s+"
    r"(?:who|that|which)\s+(?:were|are|was|is)\s+([a-z][a-z '-]{2,40}?)\s+"
    r"(?:rose|fell|increased|decreased|grew|dropped|declined|was|were|stood|reached|totalled|totaled)\b",
    re.IGNORECASE,
)
_WHEN_IT_WAS_EN = re.compile(
    r"\bwhen\s+(?:it|they|its|their|the\s+[a-z]+)\b[a-z ]{0,30}?\b"
    r"(?:was|were|stood at|totalled|totaled|reached|came to)"
    r"(?:\s+(?:about|around|some|just over|just under))?\s*$"
)
_COMPARED_PERIOD_WHEN_EN = re.compile(
    r"\b(?:on|than(?: in)?|compared (?:with|to)(?: in)?|against|from)\s+(?:(?:19|20)\d{2}(?:[/-]\d{2})?|last year|"
    r"the (?:previous|preceding|prior) year|a year (?:earlier|before|ago))\s*,\s*when\s*$"
)
_EARLIER_PERIOD_EN = re.compile(
    r"\b(?:last year|a year (?:earlier|before|ago)|the (?:previous|preceding|prior) (?:year|quarter|month|period)"
    r"|the same (?:period|quarter|month))\b",
    re.IGNORECASE,
)
_MONTHS_EN = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_PERIOD_WORDS_EN = (
    r"(?:(?:the\s+)?(?:same\s+(?:period|quarter|month|date|point)\s+(?:of|in|last)\s+)?"
    r"(?:(?:(?:year-?end|yearend|the end of|the year ending|year ending|the year to|year to)\s+)?"
    r"(?:[A-Z][a-z]+\s+)?(?:Q[1-4]\s+)?(?:19|20)\d{2}(?:[/-]\d{2})?"
    # "from the 2023 estimate (1,251,700)", "on the same date a year earlier (78,080)"
    r"(?:\s+(?:estimate|figure|total|level|count))?"
    r"|the (?:previous|preceding|prior) (?:year|quarter|period|12 months|twelve months)|a year (?:earlier|before|ago)"
    r"|last year|the year before"
    r"|the same (?:period|quarter|month|date|point|time|cohort) (?:a|one) year (?:earlier|before|ago)"
    r"|the end of " + _MONTHS_EN +
    # "than in the second quarter (£6.17 billion)", "on August last year (£5.5 billion)", "than in the three months
    # to June (£2,272 million)": the earlier quarter or month of an economic release
    r"|the (?:first|second|third|fourth|previous|preceding|prior|last) (?:quarter|month|half)"
    r"|the same (?:period|quarter|month) (?:last|a) year(?: ago| earlier| before)?|"
    + _MONTHS_EN
    + r" (?:last year|(?:19|20)\d{2})"
    # "a rise of 1.9% from Quarter 1 (£57.3 billion)": a quarter by its number
    r"|(?:Quarter|quarter|Q)\s?[1-4](?:\s+(?:19|20)\d{2})?"
    r"|the (?:three|six|twelve|12) months (?:to|ending) " + _MONTHS_EN + r"))"
)
# "compared to Q2 2023 (22.5 weeks)", "from yearend 2022 (47,200 persons)": the value of the earlier period
_COMPARED_PERIOD_EN = re.compile(
    # "since the previous year (8,000)", never "the lowest since the year ending March 2016 (571)": a record's year
    r"\b(?:from|on|compared (?:with|to)|than|against|versus|vs\.?|over|since(?=\s+the\s+previous\s))\s+(?:in\s+|at\s+)?"
    + _PERIOD_WORDS_EN
    + r"\s*\(?\s*$",
    re.IGNORECASE,
)
# "to yearend 2023 (3,500)", "in Q2 2024 (39,870)": the value of the period the sentence is about
_TO_PERIOD_EN = re.compile(r"\b(?:to|in|at|for)\s+" + _PERIOD_WORDS_EN + r"\s*\(?\s*$", re.IGNORECASE)
# a period named after a figure: "compared with 45% in 2022", "1,420 a year earlier"
_PERIOD_AFTER_EN = re.compile(r"^\s*(?:[a-z-]+\s+){0,3}?(?:in|for|at|during)?\s*" + _PERIOD_WORDS_EN, re.IGNORECASE)
_PER_EN = re.compile(
    r"^\s*(?:[A-Za-z][A-Za-z.'-]*\s+){0,5}?(?:per|for\s+every|for\s+each)\s+"
    r"(\d[\d,]*|one|a|ten|hundred|thousand|million|billion)"
    r"(?:\s+(thousand|million))?\b",
    re.IGNORECASE,
)
_BASES = {"one": 1, "a": 1, "ten": 10, "hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 10**9}


def _per_base(after: str) -> int:
    """The base of a rate written after its figure ("18.1 victimizations per 1,000 persons": 1000), or 0."""
    match = _PER_EN.match(after)
    if match is None:
        return 0
    written = match.group(1).lower().replace(",", "")
    base = int(written) if written.isdigit() else _BASES.get(written, 0)
    if match.group(2):
        base *= _BASES[match.group(2).lower()]
    return base if base >= 10 else 0


def _role_en(model: Model, figure: Figure, before: str, sentence_before: str) -> None:
    tail = before[-60:].lower().rstrip(" (")
    raw_after = model.after(figure, figure.sentence, 60)
    after = raw_after.lower()
    words = re.findall(r"[a-z]+", tail)
    last = words[-1] if words else ""
    second = words[-2] if len(words) > 1 else ""
    figure.compare = bool(
        re.search(r"\b(?:from|compared|previous|last year|a year earlier|on the)\b", sentence_before[-80:].lower())
    )
    figure.base = _per_base(raw_after) if figure.is_amount else 0
    if figure.is_points:
        figure.role, figure.direction = POINTS, _direction(tail[-30:], "en")
        comparative = re.match(r"\s*(higher|lower|up|down|more|less)\b", after)
        if not figure.direction and comparative:
            figure.direction = _direction(comparative.group(1), "en")  # "2 percentage points lower than"
        return
    next_words = re.findall(r"[a-z]+", after[:24])
    next_word = next_words[0] if next_words else ""
    if figure.is_percent and re.search(
        r"\b(?:average annual|annual average|on average|compound|a year on average)\b", tail[-40:]
    ):
        figure.role = AVERAGE  # a compound rate over years, never one year's change
        return
    # "its average monthly gain of 52,000 over the prior 12 months": an average of changes, never the change of the
    # figure before it ("added 54,000 jobs in March")
    if _AVERAGE_CHANGE_EN.search(tail + " "):
        figure.role = AVERAGE
        return
    # "a fall of around a fifth (19% or 127,300)": the change's measures in brackets after it in words
    named_change = re.search(r"\ban?\s+([a-z]+)\s+of\s+(?:[a-z-]+\s+){0,4}$", tail + " ")
    if figure.is_percent and figure.aside and named_change and named_change.group(1) in _NOUN_CHANGE_EN:
        figure.role, figure.direction = PERCENT_CHANGE, _direction(named_change.group(1), "en")
        return
    outside = model.in_sentence(figure)[figure.at_sentence - 1] if figure.at_sentence else None
    if outside is not None and outside.aside == figure.aside:
        outside = None  # only the figure just outside the parentheses this one opens
    if figure.is_percent and figure.aside and outside is not None and outside.end <= figure.start:
        gap = model.text[outside.end : figure.start]
        if outside.role == CHANGE and (len(gap) <= 3 or re.fullmatch(r"\s*\(\s*(?:up|down)\s+", gap)):
            # "an increase of 318 (2.2%)", "fell by 12,600 (down 1%)"
            figure.role, figure.direction = PERCENT_CHANGE, outside.direction
            return
        # "1,942 (65%) were guilty pleas", "244 homicides (40%)", "382,500 resulted in no further action (70%)"
        if outside.role == CURRENT and outside.is_amount and re.fullmatch(r"\s*(?:[A-Za-z-]+\s+){0,6}\(\s*", gap):
            figure.role = SHARE  # the part's share
            return
    # "41 days longer than a year earlier and more than double the 330 days recorded in 2016": the base of a
    # multiple, of another period than the change beside it; never that change's previous value
    if _MULTIPLE_OF_EN.search(tail + " "):
        figure.role = CURRENT
        return
    # "more than half (52.1%) of the national gain", "around a third (34%) of offences": a share in words and its
    # percentage in brackets
    # ("over a third (39% or 17,000 prisoners)" restates a share of the sentence's whole: not here)
    if (
        figure.is_percent
        and figure.aside
        and _FRACTION_WORDS_EN.search(tail + " (")
        and not re.match(r"\s*or\b", after)
    ):
        figure.role = SHARE
        return
    # "58 fewer (an 8.7% decrease) than", "20 more (3% increase) than": the percentage of a change in words
    if figure.is_percent and figure.aside and re.search(r"\b(?:fewer|more|less)\s*\(\s*(?:an?\s+)?$", tail + " ("):
        following = next_word
        if following in _NOUN_CHANGE_EN or following in ("higher", "lower", "up", "down"):
            figure.role, figure.direction = PERCENT_CHANGE, _direction(following, "en")
            return
    # "is down year-on-year by 278": the period between the verb and "by" names when, not what changed
    bare_words = words if "year" not in tail[-30:] else re.findall(r"[a-z]+", _OVER_PERIOD_EN.sub(" ", tail))
    second = bare_words[-2] if last in ("by", "of") and len(bare_words) > 1 else second
    changed_by = (
        last in ("by", "of")
        and (second in _UP_EN or second in _DOWN_EN or second in _NOUN_CHANGE_EN)
        and not re.search(r"\bmade up of$", tail)  # "made up of 4,020 burglaries": parts, not a change
    )
    # "an increase of 3% or 1,420 persons", "increased by 89, or 15%,": the other figure of the change
    or_change = (
        (last == "or" or (last == "by" and second == "or"))  # "rose by 6%, or by 4,380, to 77,380"
        and outside is None
        and figure.at_sentence > 0
        and model.in_sentence(figure)[figure.at_sentence - 1].role in (CHANGE, PERCENT_CHANGE)
    )
    earlier_previous = (
        last == "or"
        and figure.is_percent
        and figure.at_sentence > 0
        and model.in_sentence(figure)[figure.at_sentence - 1].role == PREVIOUS
    )
    named = re.search(r"\ban?\s+(increase|decrease|rise|fall|drop|reduction)\s+(?:on|from)\b", sentence_before[-80:])
    if earlier_previous and named:
        # "stood at 32,400, an increase on 31,150 for the previous year, or 4.0%": the change the sentence names
        figure.role, figure.direction = PERCENT_CHANGE, _direction(named.group(1), "en")
        return
    if or_change:
        earlier = model.in_sentence(figure)[figure.at_sentence - 1]
        if earlier.is_percent != figure.is_percent and earlier.end + 8 >= figure.start:
            figure.role = PERCENT_CHANGE if figure.is_percent else CHANGE
            figure.direction = earlier.direction
            return
    if figure.is_percent and re.search(
        r"\b(?:in real terms|real terms|constant prices|adjusted for inflation)\b",
        sentence_before[-120:] + " " + after[:40],
    ):
        figure.real = True
    if figure.is_percent:
        if (last in _UP_EN or last in _DOWN_EN) and second not in ("made", "make", "makes", "making"):
            figure.role, figure.direction = PERCENT_CHANGE, _direction(last, "en")
            return
        if changed_by:
            figure.role, figure.direction = PERCENT_CHANGE, _direction(second, "en")
            return
        # "but still 13.2% below the 13.6 million of 2019": a change from the earlier level after it
        if next_word in ("below", "above") and re.match(
            r"\s*(?:below|above)\s+(?:the\s+)?(?:[\d£$€]|(?:its|their)\s+(?:[a-z-]+\s+)?level)", after
        ):
            figure.role, figure.direction = PERCENT_CHANGE, -1 if next_word == "below" else 1
            return
        if next_word in _NOUN_CHANGE_EN or next_word in ("higher", "lower", "more", "fewer", "less"):
            figure.role, figure.direction = PERCENT_CHANGE, _direction(next_word, "en")
            return
    if figure.is_measure:
        if changed_by or ((last in _UP_EN or last in _DOWN_EN) and figure.quantity.kind.value == "duration"):
            figure.role, figure.direction = CHANGE, _direction(second if changed_by else last, "en")
            return
        # "Avon & Somerset 3,338, down 33 (down 1.0%)": a change after the figure it is of, in a list of places
        listed = re.search(r"\d,\s*(?:up|down)\s*$", sentence_before[-16:].lower())
        if last in ("up", "down") and listed and re.match(r"\s*(?:\(|[,;.]|$)", after):
            figure.role, figure.direction = CHANGE, _direction(last, "en")
            return
        # "Primary schools lost 1,420 pupils", "manufacturing shed 12,000 jobs": a change, never the level it changed
        if last in _LOSS_EN and figure.is_amount:
            figure.role, figure.direction = CHANGE, -1
            return
        # "up 640 from 2022", "down 320 on the previous year", "rose 640 to 11,240": a change with no "by";
        # "decreased 8% (down 126,100 prisoners) from 2009": one in brackets beside its percentage; "down 3,978
        # (2.8%) on a year earlier": its percentage in brackets between it and the period it is against
        if last in ("up", "down", "rose", "fell", "grew", "increased", "decreased", "dropped") and (
            re.match(r"\s*(?:\([^()]{0,20}%\s*\)\s*)?(?:[a-z]+\s+)?(?:from|on|compared|since|over|to|than)\b", after)
            or (figure.aside and last in ("up", "down") and re.match(r"\s*(?:[a-z]+\s*)?\)", after))
        ):
            figure.role, figure.direction = CHANGE, _direction(last, "en")
            return
        # "58 fewer than", "71,000 (8.0%) lower than a year earlier": the percentage in brackets may come first
        more = re.match(
            r"\s*(?:\([^()]{0,40}\)\s*(?=(?:more|fewer|less|higher|lower|longer|shorter)\s))?(?:[a-z-]+\s+){0,2}?"
            r"(more|fewer|less|higher|lower|longer|shorter)\s+(?:\([^()]{0,40}\)\s*)?than\b",
            after,
        )
        following = model.in_sentence(figure)[figure.at_sentence + 1 : figure.at_sentence + 3]
        if more and any(f.start - figure.end == more.start(1) for f in following):
            # "190,600 had waited more than 52 weeks", "620 (45%) were more than 12 months old": the hedge of a
            # figure after, not a change
            more = None
        if more:
            figure.role, figure.direction = CHANGE, _direction(more.group(1), "en")
            return
    previous_after = _AFTER_PREVIOUS_EN.match(after)
    if previous_after and re.search(r"\b(?:compared|with|on|than|against|from|up|down|to)\b", previous_after.group()):
        previous_after = None
    compared = " ".join(words[-2:]) in ("compared with", "compared to")
    if compared and not _PERIOD_AFTER_EN.match(raw_after) and not re.search(r"(?:19|20)\d{2}", tail[-12:]):
        # "36% of female victims compared with 2% of male victims": two groups, not two periods
        compared = False
    # "from a rate of", "a decrease of 2% from the 1,464,400 prisoners in 2018", "from the peak of 1,615,500"
    from_a = re.search(r"\bfrom (?:a|an|the|its)(?: (?:rate|level|total|high|low|figure|count|peak) of)?$", tail) or (
        re.search(r"\bfrom (?:(?:19|20)\d{2}(?:/\d{2})?|last year|the previous year)['\u2019]s$", tail)
        # "down slightly from 2018's 117.78", "a 20 per cent decrease on the 2010/11 figure of 45,910"
        or re.search(r"\b(?:on|from|against) the (?:(?:19|20)\d{2}(?:/\d{2})? )?(?:figure|total|level) of$", tail)
    )
    # "fell 8% to 85 in 2024 (2023: 92)": the value of the year the bracket names, in annual reports' form
    year_colon = figure.aside and re.search(
        r"\(\s*(?:19|20)\d{2}(?:[/-]\d{2})?\s*:\s*$", model.text[max(0, figure.start - 16) : figure.start]
    )
    if year_colon and (figure.is_measure or figure.is_percent):
        figure.role = PREVIOUS
        return
    # "£3.9 billion less than in the same period last year, when it stood at £45.1 billion", "up 4.1 percentage
    # points on the same quarter last year, when their share was 44.5%": the value the earlier period had
    if (
        (figure.is_measure or figure.is_percent)
        and _WHEN_IT_WAS_EN.search(tail)
        and _EARLIER_PERIOD_EN.search(sentence_before[-160:])
    ):
        figure.role = PREVIOUS
        return
    # "an increase of 6.3% on 2024, when 8.86 million passed through": the value of the period the comparison names
    if (
        (figure.is_measure or figure.is_percent)
        and tail.endswith("when")
        and _COMPARED_PERIOD_WHEN_EN.search(sentence_before[-80:].lower())
    ):
        figure.role = PREVIOUS
        return
    # "which was 37% more than the 7,920 incidents in 2019": the earlier value of a second comparison
    than_the = re.search(r"\b(?:more|fewer|higher|lower|less)\s+than\s+the$", tail) and _PERIOD_AFTER_EN.match(
        raw_after
    )
    # "an increase of 11% on the 2.56 million in 2024", "6% more than last year's £13.79 million": the value of
    # the earlier period the words around it name
    than_the = than_the or (
        re.search(r"\b(?:on|than|against|over|with|below|above)\s+the$", tail) and _PERIOD_AFTER_EN.match(raw_after)
    )
    than_the = than_the or re.search(
        r"\b(?:than|on|against|over|with)\s+(?:last year|the previous year|the year before)['\u2019]s$", tail
    )
    # "49.2% in the public sector, against 11.8% in the private sector": two groups compared, never two periods
    against_group = (
        last == "against"
        and re.match(r"\s*(?:in|among|for|at)\s+(?:the\s+)?[a-z]", raw_after) is not None
        and not _PERIOD_AFTER_EN.match(raw_after)
    )
    if (
        (figure.is_measure or figure.is_percent)
        and (
            than_the
            or last == "from"
            or (last == "against" and not against_group)
            or from_a
            or compared
            or previous_after
            # "9.6% higher in 2025 than in 2024 (21.7 vs. 19.8 per 100,000)": the first of the pair is the later value
            or (
                figure.aside
                and _COMPARED_PERIOD_EN.search(before[-80:])
                and not re.match(r"\s*(?:vs\.?|versus)\s", after)
            )
            or (figure.aside and re.search(r"\d\s*(?:vs\.?|versus)\s*$", tail))
        )
    ):
        figure.role = PREVIOUS
        return
    if figure.is_percent:
        # "Robbery made up 21,900, or 41%, of knife offences", "Of these, 31,900 were charged, or 47%": the share
        # the amount just before is of, restated after "or"
        # "One in five robberies (1,080) took place in the city centre": the fraction names its whole after it
        one_in = bool(re.search(r"\b(?:in|out of)\s+\S+$", figure.text)) and bool(
            re.match(r"\s*[a-z]+(?:\s+[a-z]+)?\s*\(", after)
        )
        restated = (
            last == "or"
            and outside is None
            and figure.at_sentence > 0
            and _restates_amount(model, model.in_sentence(figure)[figure.at_sentence - 1], figure)
        )
        if (
            restated
            or one_in
            or re.match(r"\s*(?:\([^()]{0,40}\)\s*)?of\b", after)
            or "share" in tail[-15:]
            or "proportion" in tail[-20:]
        ):
            figure.role = SHARE
            return
        if "rate" in tail[-25:]:
            figure.role = RATE
            return
    if figure.is_amount and not figure.base:
        own_tail = re.split(r"\d", tail[-25:])[-1]  # "per 1,000 population (795,400": the rate's "per", not its
        # "per" of an average, never of "per cent": "12 per cent (605,800)" is a share and its part
        per_after = re.match(r"\s*(?:[a-z]+\s+)?per\b(?!\s+cent)", after)
        # "Per billion vehicle miles, Wales recorded 4.6 deaths": a sentence opening with its "per" is of rates
        per_first = re.match(r"\s*(?:per|for every)\s+(?!cent\b)\S", sentence_before, re.IGNORECASE)
        if re.search(r"\b(?:average|per)\b(?!\s+cent)", own_tail) or per_after or per_first:
            figure.role = AVERAGE
            return
        if re.search(r"\b(?:target|aim|goal)\b", tail[-25:]):
            figure.role = TARGET


def _restates_amount(model: Model, amount: Figure, share: Figure) -> bool:
    """Whether ``share`` follows ``amount`` as its share: "21,900, or 41%", "31,900 were charged, or 47%"."""
    if amount.role != CURRENT or not amount.is_amount or amount.base or amount.aside:
        return False
    between = model.text[amount.end : share.start]
    return bool(re.fullmatch(r"[^.;:()%]{0,50},\s*or\s*", between)) and not re.search(
        r"\b(?:up|down|rose|fell|increase|decrease|more|fewer|higher|lower)\b", between, re.IGNORECASE
    )


_SUBJECT_PREFIX = re.compile(
    r"^[\u4e00-\u9fff]{0,4}?(?:法院|检察院|检察机关|公安机关|公安局|司法局|司法行政机关)(?=[\u4e00-\u9fff]{2})"
)


_ENUMERATOR = re.compile(
    r"^(?:\d{1,2}[.、．]|[（(]\d{1,2}[）)]|[一二三四五六七八九十]{1,3}[、是]|[（(][一二三四五六七八九十]{1,3}[）)])"
)


def _strip_leading(label: str) -> str:
    label = _ENUMERATOR.sub("", label)  # 1.工矿商贸事故发生 -> 工矿商贸事故发生
    changed = True
    while changed and label:
        changed = False
        subject = _SUBJECT_PREFIX.match(label)
        if subject:
            label = label[subject.end() :]  # 两级法院共受理各类案件: the subject is the scope, not the label
            changed = True
            continue
        period = _PERIOD_ZH.match(label)
        if period and period.end() < len(label):
            label = label[period.end() :]
            changed = True
            continue
        for word in _LEADING_ZH:
            if label.startswith(word) and len(label) > len(word) + 1 and not label.startswith(("有期", "有效")):
                label = label[len(word) :]
                changed = True
                break
    return label


def _clean_zh(words: str) -> str:
    words = re.sub(r"[（(][^（()）]*[)）]?", "", words)
    words = re.sub(r"[“”\"'《》「」\s]", "", words)
    words = _ROLE_WORDS_ZH.sub("", words)
    words = _strip_leading(words)
    words = _TRAILING_ZH.sub("", words)
    if "的" in words[:-1]:
        head = words.rsplit("的", 1)[1]
        if len(head) >= 2:
            words = head
    if len(words) > 16:
        words = words[-16:]
    return words


_CAUSING_ZH = re.compile(r"(?:共|并|已|累计)?(?:造成|导致|致使|致)")


def _label_zh(model: Model, figure: Figure) -> str:
    """The noun phrase a figure counts: the words before it in its clause, cleaned; else the words after it."""
    before = normalize(model.before(figure, figure.clause, 40))
    # 教职工数(含中小学、幼儿园、普通高校)99750人: what the brackets list is no list the figure is in
    before = CLOSED_ASIDE.sub(lambda m: " " * len(m.group()), before)  # (kept to its length)
    # Only the words since the previous figure of the clause name this one: 受理案件97件134人 names both.
    cut = max(before.rfind(c) for c in "，,；;：:、")
    before = before[cut + 1 :]
    since = _after_last_figure(model, figure, before)
    if figure.at_sentence and _TO_CURRENT_ZH.fullmatch(since.strip()):
        # 由上年的41280元增加到43905元: the later value counts what the earlier one counts.
        return model.in_sentence(figure)[figure.at_sentence - 1].label
    label = _clean_zh(since)
    if len(_CJK.findall(label)) >= 2 and not _CAUSING_ZH.fullmatch(label):
        return label  # 造成203人死亡: a verb of causing names nothing; the words after the figure do
    after = normalize(model.after(figure, figure.clause, 40))
    after = re.split(r"[\d，,；;。（(、]", after)[0]
    after = _clean_zh(re.sub(r"^(?:的|之|个|名|人|件)", "", after))
    if len(_CJK.findall(after)) >= 2:
        return after[:12]
    return label


def _after_last_figure(model: Model, figure: Figure, before: str) -> str:
    """``before`` from the end of the previous figure in the same clause, if it falls within ``before``."""
    if figure.at_sentence == 0:
        return before
    other = model.in_sentence(figure)[figure.at_sentence - 1]
    if figure.start - len(before) < other.end <= figure.start:
        return normalize(model.text[other.end : figure.start])
    return before


_GENERIC_NOUNS_EN = frozenset(
    "cases case offences offenses crimes people persons incidents items figure number records days weeks months "
    "hours minutes".split()  # "The median time ... was 390 days": the time, not the days
    # units of measure say how much, not of what: "Wheat covered 1.4 million hectares", "production was 4.82 million
    # tonnes": the wheat, the production
    + "tonnes tons hectares acres litres liters gallons barrels kilometres kilometers miles metres meters".split()
)


def _whole_words(model: Model, figure: Figure, span: tuple[int, int], reach: int) -> str:
    """The text of ``span`` before ``figure`` (at most ``reach`` characters), never opening inside a word."""
    start = max(span[0], figure.start - reach)
    before = model.text[start : figure.start]
    if start > span[0] and model.text[start - 1].isalnum():
        before = re.sub(r"^[\w'-]*", "", before)  # "About 42%" cut to "ut 42%": the cut word is dropped
    return before


_AGENCY_EN = re.compile(
    r"\b(?:police|officers|forces?|courts?|magistrates|prosecutors|department|agency|agencies|service|ministry)\b"
)


def _beside_subject_en(model: Model, figure: Figure) -> str:
    """ "Household spending, at £41.7 billion, made up 61.1% of GDP": the subject a sentence sets a figure beside
    with ", at" (or ", of", ", with"), else ''."""
    beside = re.fullmatch(
        r"\s*([A-Za-z][A-Za-z '-]{2,60}?),\s*(?:at|of|with)\s*", model.before(figure, figure.sentence)
    ) or re.fullmatch(
        # "The outstanding balance of student loans, including interest, was £23.6 billion": past the inserted words
        r"\s*([A-Za-z][A-Za-z '-]{2,60}?),\s*(?:including|excluding|not including|net of|after|before)\s[^,\d]{1,40},"
        r"\s*(?:was|were|is|are|stood at|totalled|totaled|reached|came to)\s*",
        model.before(figure, figure.sentence),
    )
    if beside is None:
        return ""
    return " ".join([w.lower() for w in _ENGLISH_WORD.findall(beside.group(1)) if w.lower() not in _ENGLISH_STOP][-4:])


def _verb_subject_en(head: str) -> str:
    """The words of a clause before the verb right before a figure ("Renewable sources" in "Renewable sources
    generated 7.1 TWh"), after the figure before it, if any, none of them a verb; else ''."""
    head = re.split(r"\d[\d,.]*\s*(?:%|[a-zA-Z]+)?", head)[-1]
    head = re.sub(r"^\s*(?:and|while|but|whereas)\s+", "", head.strip(" ,"))
    words = [w.lower() for w in _ENGLISH_WORD.findall(head)]
    if not words or len(words) > 4 or any(w in _ENGLISH_VERBS for w in words):
        return ""
    kept = [w for w in words if w not in _ENGLISH_STOP]
    return " ".join(kept)


def _subject_en(model: Model, figure: Figure) -> str:
    """The subject of an English clause: its words before its first verb ("Receipts", "violent crime")."""
    words: list[str] = []
    for word in _ENGLISH_WORD.findall(_whole_words(model, figure, figure.clause, 90)):
        lowered = word.lower()
        if lowered in _ENGLISH_VERBS or lowered in _UP_EN or lowered in _DOWN_EN:
            break
        if words and lowered in ("in", "at", "across"):
            break  # "The median time from offence to completion in the Crown Court": the place is its scope
        if lowered not in _ENGLISH_STOP:
            words.append(lowered)
    return " ".join(words[-4:])


_RATE_NAME_EN = re.compile(
    r"\b((?:[a-z-]+\s+){0,3}rate(?:\s+of\s+(?:[a-z-]+\s+){0,2}?[a-z-]+)?)\s+(?:was|were|is|of|stood at|fell to|rose to|"
    r"increased to|decreased to|reached|at|rose from|fell from|increased from|decreased from|(?:fell|rose|increased|"
    r"decreased) from a rate of)?\s*(?:\(|$)",
    re.IGNORECASE,
)


_RATE_WAS_EN = re.compile(r"\brate\s+(?:was|were|is|stood at|fell to|rose to)\s*$", re.IGNORECASE)


def _rate_label_en(model: Model, figure: Figure) -> str:
    """A rate per 1,000 (or 100,000) named by the words before it: "The homicide rate was 10.2 per million"
    -> "homicide rate", "The rate of violent victimization rose from 18.1 per 1,000" -> "rate of violent
    victimization"; else ''."""
    before = model.before(figure, figure.sentence, 90)
    before = re.split(r"[,;:]\s|\(", before)[-1] if "(" not in before[-3:] else before
    match = _RATE_NAME_EN.search(before.lower())
    if match is None:
        return ""
    words = match.group(1).split()
    for stop in ("and", "but", "while", "whereas", "with"):  # "..., and the charge rate was": after the link
        if stop in words[:-1]:
            words = words[len(words) - words[::-1].index(stop) :]
    words = [w for w in words if w not in ("the", "a", "an")]
    return " ".join(words[-6:])


_AND_NOUN_AT_EN = re.compile(r"\b(?:and|while|but|whereas)\s+((?:[a-z-]+\s+){0,2}[a-z-]+)\s+at\s*$")
_NAMED_OF_EN = re.compile(r"\b(?:a|an|the)\s+((?:[a-z-]+\s+){0,2}?([a-z-]+))\s+of\s*$", re.IGNORECASE)
# heads that name no count of their own: a change, an average or a rate is read by its role
_NOT_NAMED_OF_EN = frozenset(
    "total average increase rise fall decrease drop reduction change rate share proportion number sum figure "
    "record high low peak maximum minimum level gain loss cut growth value amount estimate equivalent majority "
    "minority half third quarter fifth tenth percentage".split()
)


def _label_en(model: Model, figure: Figure) -> str:
    """What an English figure counts: a unit word, the nouns after it, else the subject before it."""
    if figure.at_sentence:
        earlier = model.in_sentence(figure)[figure.at_sentence - 1]
        between = model.text[earlier.end : figure.start]
        # "rose from 18.1 per 1,000 in 2022 to 19.6", "from 1,205,100 at year-end 2022 to 1,230,100": what the
        # earlier value counts
        if earlier.role == PREVIOUS and re.fullmatch(r"(?:[^,;:()\d]|\b(?:19|20)\d\d\b){0,70}?\bto\s*", between):
            return earlier.label
    if figure.role == PREVIOUS and _WHEN_IT_WAS_EN.search(model.before(figure, figure.clause, 60).lower()):
        # "was £41.2 billion, £3.9 billion less than ..., when it stood at £45.1 billion": what "it" is
        lead = next((f for f in model.in_sentence(figure)[: figure.at_sentence] if f.role == CURRENT), None)
        if lead is not None and lead.label and lead.unit == figure.unit:
            return lead.label
    who_were = _WHO_WERE_EN.match(model.text, figure.sentence[0], figure.start)
    if who_were and figure.role in (CURRENT, CHANGE, PERCENT_CHANGE, PREVIOUS):
        # "The number of employees who were trade union members fell by 38,000 to 1.21 million": the members
        return " ".join(w for w in who_were.group(1).lower().split() if w not in _ENGLISH_STOP)
    if re.search(r"\bexceeded\s+[a-z-]+\s+by\s*$", model.before(figure, figure.clause, 40), re.IGNORECASE):
        return "difference"  # "Births exceeded deaths by 2,440": neither births nor deaths
    if figure.base or (
        figure.is_percent and _RATE_WAS_EN.search(model.before(figure, figure.clause, 40))
    ):  # "and the charge rate was 6.9%": the rate, not the clause's subject
        named = _rate_label_en(model, figure)
        if named:
            return named
    unit = figure.unit or ""
    verb = re.search(r"\b([a-z]{3,}ed)(?:\s+of)?\s*$", model.before(figure, figure.clause, 30))  # "disposed of"
    if verb and verb.group(1) not in ("recorded", "reported", "numbered", "totalled", "totaled", "increased",
                                      "decreased", "reached", "estimated"):  # fmt: skip
        # "accepted 126,000 cases and concluded 118,000": what was done is what is counted
        if figure.quantity.kind in (Kind.MONEY, Kind.MEASURE):
            # "Renewable sources generated 7.1 TWh", "central government borrowed £5.6 billion": money or a measure
            # is told apart by who the clause says it of, when that is no agency that counts
            cut = len(model.before(figure, figure.clause, 30)) - verb.start()  # the verb and what follows it
            said = _verb_subject_en(model.before(figure, figure.clause, 90)[:-cut])
            if said and not _AGENCY_EN.match(said):
                return said
        return verb.group(1)
    if unit and unit.isascii() and unit.replace(" ", "").isalpha() and unit.islower():
        if unit not in _GENERIC_NOUNS_EN:
            return unit
        said = _subject_en(model, figure)
        if _AGENCY_EN.match(said):
            return unit  # "Police in Northmoor recorded 118,420 crimes": who counted is not what was counted
        return said or _beside_subject_en(model, figure) or unit  # "Receipts increased by 5% ... to 3,214 cases"
    following_text = re.sub(r"\s*\([A-Za-z -]{1,12}\)", "", model.after(figure, figure.clause))  # "(FTE)"
    # "of which 9.12 million (94.6%) were attended": its share in brackets stands between it and its noun
    following_text = re.sub(r"^\s*\(\s*[\d.,]+\s*(?:%|per cent)\s*\)", "", following_text)
    # "of which 1,815 were on remand": the state the part is in is what it counts
    following_text = re.sub(r"^\s*(were|was)\s+(?:on|in)\s+(?=[a-z])", r" \1 ", following_text)
    # "542,600 stop and searches", "4,500 knife and offensive weapon offences": one noun phrase, "and" in it
    following_text = re.sub(
        r"^(\s*[a-z]+)\s+(?:and|or)\s+(?=[a-z]+(?:\s+[a-z]+){0,3}\s*(?:[,;:.()]|$))", r"\1 ", following_text
    )
    tail = re.split(
        r"\d|[,;:()]|\b(?:and|or|in|from|to|than|compared|which|who|while|with|on|at|for|by|between|during)\b",
        following_text,
    )[0]
    following = [w.lower() for w in _ENGLISH_WORD.findall(tail)]
    words: list[str] = []
    for w in following:
        if not words and w in ("were", "was", "are", "is", "being"):
            continue  # "of which 1,200 were thefts"
        if w in _ENGLISH_VERBS or (w in _ENGLISH_STOP and words):
            break
        if w not in _ENGLISH_STOP:
            words.append(w)
        if len(words) == 4:
            break
    if words and " ".join(words) in _GENERIC_NOUNS_EN:
        words = _subject_en(model, figure).split() or words
    if not words and figure.role == CURRENT and figure.at_sentence:
        # "Receipts rose 4% on the same quarter of 2024, to 357,000": what the change before it is of
        changed = model.in_sentence(figure)[figure.at_sentence - 1]
        between = model.text[changed.end : figure.start]
        if (
            changed.role in (CHANGE, PERCENT_CHANGE)
            and changed.label
            and not changed.aside
            and re.fullmatch(r"(?:[^\d;:()]|\b(?:19|20)\d\d\b){0,60}?,\s*(?:to|reaching|hitting)\s*", between)
        ):
            return changed.label
    if not words and figure.role == CURRENT:
        # "among a population of 198,500", "a surplus of £8.9 million": the noun "of" follows is what it counts
        of_noun = _NAMED_OF_EN.search(model.before(figure, figure.clause, 40))
        if of_noun and of_noun.group(2).lower() not in _NOT_NAMED_OF_EN:
            return of_noun.group(1).lower()
    if not words:
        before = _whole_words(model, figure, figure.sentence, REACH)
        last_clause = re.split(r"[,;:]\s", before)[-1]
        if figure.role == CURRENT or re.match(r"\s*(?:while|whereas|but)\s+[a-z]", last_clause, re.IGNORECASE):
            before = last_clause  # ", while police staff numbers rose by 120": the clause's own subject
        if figure.role == CURRENT:
            # "Theft fell by 5% to 31,200 and criminal damage fell to 9,870": the subject after the last figure
            after_last = re.split(r"\d[\d,.]*\s*%?", before)[-1]
            # "solar 1.2 TWh and bioenergy 1.6 TWh": after the figure before, its unit ("TWh", "billion") with it
            unit_cut = _after_last_figure(model, figure, before)
            if len(unit_cut) < len(after_last):
                after_last = unit_cut
            joined = re.match(r"\s*(?:and|while|but|whereas)\s+", after_last)
            # "estimated at 318,000 in the year and emigration at 201,000": the noun the last "and" brings in
            later = _AND_NOUN_AT_EN.search(after_last) if not joined else None
            before = after_last[joined.end() :] if joined else later.group(1) if later else before
        preceding = [w.lower() for w in _ENGLISH_WORD.findall(before)]
        subject: list[str] = []
        for w in preceding:
            if w in _ENGLISH_VERBS:
                break
            if w not in _ENGLISH_STOP:
                subject.append(w)
        words = subject[-4:]
        if not words and figure.role == CURRENT:
            words = _beside_subject_en(model, figure).split()
    return " ".join(words)


# -- scope ----------------------------------------------------------------------------------------------


def period_of(text: str, language: str) -> str:
    """The last period named in ``text``, normalised (``2023年1至11月`` -> ``2023年1-11月``), or ''."""
    pattern = _PERIOD_EN if language == "en" else _PERIOD_ZH
    found = ""
    for match in pattern.finditer(text):
        found = match.group()
    if not found:
        return ""
    found = re.sub(r"(?:至|—|～|~)", "-", found).replace("月份", "月").replace("“", "").replace("”", "")
    if found.startswith("今年前"):
        found = found[2:]  # 今年前10个月 is the 前10个月 the sentences after it name
    return re.sub(r"^(?:in|during|for|since)\s+(?:the\s+)?", "", found.strip(), flags=re.IGNORECASE)


_YEAR_OPENING = re.compile(r"^(?:19|20)\d{2}年(?=.)")


_CN_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_SPAN_NAMES = {"一季度": "1-3月", "上半年": "1-6月", "前三季度": "1-9月", "全年": "1-12月"}


def _months(period: str) -> str:
    """A span of months in one spelling: 前三季度 and 1-9月, 上半年 and 1-6月, 前10个月 and 1-10月."""
    if period in _SPAN_NAMES:
        return _SPAN_NAMES[period]
    match = re.fullmatch(r"前(\d{1,2}|[一二两三四五六七八九十]{1,3})个月", period)
    if match is None:
        return period
    n = match.group(1)
    if not n.isdigit():
        n = str(10 + _CN_DIGITS.get(n[-1], 0) if n.startswith("十") and len(n) > 1 else _CN_DIGITS.get(n, 0))
    return f"1-{n}月"


def same_period(a: str, b: str) -> bool:
    """Whether two periods are one: equal, or equal but for a year one of them names (2026年1-10月 and the
    1-10月 of the sentences under that heading), in any spelling of the span (2026年前三季度 and 1—9月)."""
    if a == b:
        return True
    a_bare, b_bare = _YEAR_OPENING.sub("", a), _YEAR_OPENING.sub("", b)
    a_year, b_year = a[: len(a) - len(a_bare)], b[: len(b) - len(b_bare)]
    return _months(a_bare) == _months(b_bare) and (not a_year or not b_year or a_year == b_year)


def _scopes(model: Model) -> None:
    """Each figure's period, place and subject: said in its sentence, else its paragraph's lead, else its section."""
    text = model.text
    structure = model.structure
    language = model.language
    heading_period: dict[int, str] = {}
    for index, section in enumerate(structure.sections):
        if section.heading is not None:
            a, b = section.heading
            heading_period[index] = period_of(text[a:b], language)
    document_period = ""
    for block in structure.blocks[:3]:
        if block.kind == HEADING:
            document_period = period_of(text[block.start : block.end], language)
            if document_period:
                break
    if not document_period:
        # A report whose title names no period usually opens with it: "2023年，全市..." sets the year.
        first = next((b for b in structure.blocks[:4] if b.kind == PARAGRAPH), None)
        if first is not None:
            opening = _PERIOD_ZH.match(text, first.start) if language == "zh" else None
            if opening and not SPAN.search(opening.group()):
                document_period = period_of(opening.group(), language)
    lead: dict[int, tuple[str, str, str]] = {}
    for figure in model.figures:
        if figure.copy_of is not None:
            figure.period, figure.place, figure.subject = figure.copy_of.scope
            continue
        sentence_before = model.before(figure, figure.sentence, 160)
        period = period_of(sentence_before, language)
        if language == "en":
            # "was 1,310,900 at year-end 2013", "from 1,205,100 at year-end 2022 to ...": the year that follows
            # the figure in its clause is its own, before any year said earlier in the sentence
            following = _YEAR_AFTER_EN.match(text, figure.end, min(figure.clause[1], figure.end + 48))
            if following:
                period = following.group(1)
        place = _place_of(sentence_before, language)
        subject = _subject_of(sentence_before, language)
        lead_block = structure.blocks[figure.block] if figure.block >= 0 else None
        if figure.block not in lead and lead_block is not None:
            lead_sentence = structure.sentence_at(lead_block.start)
            lead_text = text[lead_sentence[0] : min(lead_sentence[1], figure.start, lead_sentence[0] + 160)]
            lead[figure.block] = (
                period_of(lead_text, language),
                _place_of(lead_text, language),
                _subject_of(lead_text, language),
            )
        lead_period, lead_place, lead_subject = lead.get(figure.block, ("", "", ""))
        if not period:
            period = lead_period
        if not period:
            index = figure.section
            while index >= 0 and not period:
                period = heading_period.get(index, "")
                index = structure.sections[index].parent
        figure.period = period or document_period
        figure.place = place or lead_place
        figure.subject = subject or lead_subject


def _place_of(text: str, language: str) -> str:
    if language == "en":
        match = re.findall(r"\b(?:in|across)\s+((?:[A-Z][a-z]+\s?){1,3})", text)
        return match[-1].strip() if match else ""
    found = _PLACE_ZH.findall(text[-60:])
    return found[-1] if found else ""


def _subject_of(text: str, language: str) -> str:
    if language == "en":
        return ""
    window = text[-60:]
    best, found = -1, ""
    for word in _SUBJECTS_ZH:
        at = window.rfind(word)
        if at > best:
            best, found = at, word
    return found


__all__ = [
    "AVERAGE",
    "CHANGE",
    "CURRENT",
    "PERCENT_CHANGE",
    "POINTS",
    "PREVIOUS",
    "RATE",
    "RATIO",
    "ROLES",
    "SHARE",
    "TARGET",
    "THRESHOLD",
    "Figure",
    "Model",
    "detect_language",
    "read",
]
