"""percentage-points: a change in percentage points is a difference of two percentages.

- ``由95%提高到97.3%,提高2.3个百分点`` (or ``从2021年的46.3%提高到2025年的97.8%``) / "rose 2.3 percentage points from
  95% to 97.3%": ``97.3% - 95% == 2.3pp`` (error).  Only when the text says from which percentage to which (由/从 A
  ... 到/至 B, from A to B), or gives the earlier percentage as such (``上年为95%``): two percentages that merely
  share a sentence are not a before and after.  The percentage the points lead to ("rose 0.4 percentage points to 5.2%
  from 4.8%") is the later one, before any percentage ahead of them (a bound in a name: "ratios above 90%").
- Shares of one whole that change: ``第一产业比重上升3.82个百分点,第二、第三产业比重分别回落2.16和1.66个百分点``:
  the points of a complete structure sum to 0 (an error when the text names the structure's parts by ordinal,
  第一/第二/第三; otherwise a warning).
- "rose by 3.4% in the 12 months to October, down from 3.9% ..., a fall of 0.5 percentage points", "19,400 tonnes
  (47.0%) was recycled, up from 45.2%, an improvement of 1.8 percentage points": the percentage (a rate of change
  or a bracketed share) the earlier one is said to be down or up from (or compared with), an error.
- ``满意率93.4%，比上季度（92.2%）提高1.2个百分点``, ``同比增长6.8%，增幅较上年同期（8.9%）回落2.1个百分点``: the
  earlier percentage in brackets right after the comparison's base, against the percentage before it (a growth
  rate only after 增速/增幅: a fall's size is written unsigned), an error.
- ``同比增长5.8%,增速比一季度的5.2%加快0.6个百分点``: a growth rate against an earlier period's rate, named after
  it with the points just after it: ``5.8% - 5.2% == 0.6pp`` (an error).
- ``占比73.0%,比上年同期提高2.4个百分点(上年同期为70.6%)``, ``同比下降3.6%,降幅比一季度扩大0.8个百分点,一季度为
  下降2.8%``, ``增长5.9%,高于全市平均水平0.6个百分点,全市增长5.3%``: the earlier percentage named after the points
  by what their comparison names (上年同期, 一季度, 全市), in the sentence (an error) or opening the next one with the
  same measure's name (``上年燃气普及率为97.93%``, a warning); never a fall against a rise.  With 分别 (``分别比2020年
  提高1.8个百分点和4.3个百分点；2020年,两项指标分别为97.8%和94.6%``) the i-th points take the i-th of each list.
- ``农村网络零售额…增长13.9%,增速高于全县3.3个百分点``: against the growth of the whole place's figure whose label
  the part's ends with (网络零售额); ``出口增速快于进口5.8个百分点``: the growth of the latest figure each name
  ends the label of (warnings).
- ``同比增长27.5%,高于各项贷款增速17.1个百分点``: against the growth rate of the one earlier figure whose label
  holds the name (各项贷款余额...增长10.4%), a warning.
- "was 67%, 2 percentage points lower than a year earlier (69%)": the bracketed percentage after the points' own
  comparison (never one before them: "higher than a year earlier (4.1%) and 0.2 percentage points higher than the
  previous quarter" is against another period), an error; "..., up from 24.6% in January 2024. This is a rise of
  1.1 percentage points": the sentence before's change, a warning; "... a collection rate of 96.1%. The rate was
  0.3 percentage points lower than in 2023-24 (96.4%)": a sentence opening with the rate (it, this) is of the
  last percentage of the one before, a warning; so is one whose subject names that percentage ("... an uptake of
  67.6%. Uptake rose 1.1 percentage points from 66.5%").
Points restated in brackets after the change ("35.2%, up from 33.9% a year earlier (an increase of 1.3 percentage
points)") are checked as points in the sentence.
Percentage points are never read as a percentage of anything, nor against an earlier percentage past a ``；`` (another
item's), and the points of shares that add up to far from 100 (煤炭 48.3%, 非化石能源 19.7%) are no structure's.
``增长18.6%,快于全部投资14.4个百分点`` is against the growth of the text's lead figure (固定资产投资), an aside
between a rate and the earlier rate it is compared with does not hide the comparison, and point changes given for
only some shares of a structure are never summed to 0.
"""

from __future__ import annotations

import itertools
import re

from factcheck.extract.links import Links
from factcheck.extract.model import CURRENT, PERCENT_CHANGE, POINTS, PREVIOUS, RATE, SHARE, Figure, Model
from factcheck.extract.suggestion import INFERRED, STATED, Suggestion, say, signed

NAME = "percentage-points"
# 从2021年的46.3%提高到2025年的97.8%: the earlier year may stand between 从 and its percentage
_FROM = re.compile(r"(?:(?:由|从)(?:(?:19|20)\d{2}年(?:末|底)?的?)?|from)\s*$", re.IGNORECASE)
_TO = re.compile(r"^\s*(?:\S{0,6}(?:到|至)|.{0,12}\bto\b)", re.IGNORECASE)


def _pairs(model: Model, points: Figure) -> list[tuple[Figure, Figure]]:
    """The (earlier, later) percentages of a points figure's sentence, in reading order."""
    text = model.text
    percents = [f for f in model.near_in_sentence(points, 12) if f.is_percent and not f.aside]
    pairs = []
    for old, new in itertools.pairwise(percents):
        before = text[max(0, old.start - 12) : old.start]
        between = text[old.end : new.start]
        if _FROM.search(before) and _TO.match(between):
            pairs.append((old, new))
    return pairs


def earlier_in_sentence(percents: list[Figure], points: Figure) -> bool:
    return any(f.sentence == points.sentence and f.start < points.start for f in percents)


def _pair(model: Model, points: Figure) -> tuple[Figure, Figure] | None:
    """The pair a points figure states the difference of: with 分别 and as many pairs as points, the i-th pair
    for the i-th points figure; else the nearest pair before it; else a previous and a current percentage."""
    pairs = _pairs(model, points)
    listed = [f for f in model.near_in_sentence(points, 12) if f.role == POINTS and not f.aside]
    if len(pairs) > 1 and len(pairs) == len(listed):
        return pairs[listed.index(points)]
    before = [p for p in pairs if p[1].start < points.start]
    if len(pairs) == 1 or (before and len(listed) == 1):
        return (before or pairs)[-1]
    if pairs:
        return None  # several pairs and no way to tell which one this figure is the difference of
    named = _named_pair(model, points, listed)
    if named is not None:
        return named
    percents = [f for f in model.near_in_sentence(points, 8) if f.is_percent and not f.aside]
    bracketed = _bracketed_previous(model, points) or _bracketed_base_zh(model, points)
    if bracketed is not None:
        return bracketed
    stated_after = _previous_named_after(model, points)
    if stated_after is not None:
        return stated_after
    # 比上年同期下降2.6个百分点；非化石能源…上年同期为17.8%: a previous value past a ； is another item's
    previous = [f for f in percents if f.role == PREVIOUS and not _LIST_BREAK.search(_span_text(model, f, points))]
    # "fell 1.2 percentage points to 64.3%, from 65.5%": the percentage the points lead to, before any other
    # ("ratios above 90% rose 0.4 percentage points to 5.2% from 4.8%": 90% is a bound in a name)
    current = (
        [
            f
            for f in percents
            if f.role in (CURRENT, RATE, SHARE)
            and f.start > points.end
            # "fell by 0.1 percentage points on the quarter to 21.4%"
            and re.fullmatch(
                r"\s*(?:(?:on|over)\s+the\s+(?:quarter|year|month)\s+)?(?:to|至|到)\s*",
                model.text[points.end : f.start],
            )
        ]
        or [f for f in percents if f.role in (CURRENT, RATE, SHARE) and f.start < points.start]
    )
    if (
        previous
        and not current
        and model.language == "en"
        and previous[0].start < points.start
        and _DOWN_UP_FROM.search(model.text[max(0, previous[0].start - 16) : previous[0].start])
    ):
        # "rose by 3.4% in the 12 months to October, down from 3.9% ..., a fall of 0.5 percentage points" (an
        # annual rate of change), "19,400 tonnes (47.0%) was recycled, up from 45.2%, ... 1.8 percentage
        # points" (a bracketed share): the percentage the earlier one is said to be down or up from
        current = [
            f
            for f in model.near_in_sentence(points, 8)
            if f.is_percent and f.start < previous[0].start and f.role in (CURRENT, RATE, SHARE, PERCENT_CHANGE)
        ][-1:]
    if previous and current:
        return previous[0], current[-1]
    if previous and model.language == "en" and not earlier_in_sentence(percents, points):
        subject = _named_by_opening_en(model, points)
        if subject is not None:
            return previous[0], subject  # "... an uptake of 67.6%. Uptake rose 1.1 percentage points from 66.5%"
    if not earlier_in_sentence(percents, points) and re.match(
        r"\s*(?:this|that|it)\s+(?:is|was|represents|represented)\b",
        model.text[points.sentence[0] : points.start],
        re.I,
    ):
        # "... 25.7% of pupils, up from 24.6% in January 2024. This is a rise of 1.1 percentage points": the
        # sentence before's change from one percentage to another
        moved = [
            f
            for f in model.previous_sentence(points)
            if f.role == PREVIOUS and f.is_percent and f.owner is not None and f.owner.is_percent
        ]
        if len(moved) == 1 and moved[0].owner is not None:
            return moved[0], moved[0].owner
    earlier = [f for f in percents if f.start < points.start]
    if len(earlier) >= 2 and re.search(r"高于|低于|快于|慢于|above|below", model.between(earlier[-2], earlier[-1])):
        return earlier[-1], earlier[-2]  # 增长6.1%,高于全市平均增速5.3%,高出0.8个百分点: 6.1% - 5.3%
    if (
        len(earlier) >= 2
        and model.language == "zh"
        # 同比增长6.1%(增加值增速均为…),比9月份的5.3%加快: an aside between them says nothing of the comparison
        and _RATE_THAN_ZH.fullmatch(re.sub(r"[（(][^（）()]*[）)]", "", model.between(earlier[-2], earlier[-1])))
        and _POINTS_VERB_ZH.fullmatch(model.between(earlier[-1], points))
    ):
        return earlier[-1], earlier[-2]  # 同比增长5.8%,增速比一季度的5.2%加快0.6个百分点: 5.8% - 5.2%
    return None


_LIST_BREAK = re.compile(r"[；;]")
# "Uptake rose", "The take-up rate fell", "Coverage was": the subject opening a sentence, up to its verb
_OPENING_SUBJECT_EN = re.compile(
    r"\s*(?:The\s+)?((?:[A-Za-z-]+\s+){0,3}?[A-Za-z-]{4,})\s+(?:rose|fell|increased|decreased|grew|dropped|declined|"
    r"improved|climbed|was|were|is|went)\b",
    re.IGNORECASE,
)


def _named_by_opening_en(model: Model, points: Figure) -> Figure | None:
    """The percentage of the sentence before, in its paragraph, that the subject opening the points' sentence
    names ("... an uptake of 67.6%. Uptake rose 1.1 percentage points from 66.5%": 67.6%)."""
    opening = _OPENING_SUBJECT_EN.match(model.text, points.sentence[0], points.start)
    if opening is None:
        return None
    said = {w.lower()[:5] for w in re.findall(r"[A-Za-z-]{4,}", opening.group(1))} - {"numbe", "propo", "share"}
    prior = model.previous_sentence(points)
    named = [
        f
        for f in prior
        if f.is_percent
        and not f.aside
        and f.block == points.block
        and f.role in (CURRENT, RATE, SHARE)
        and said & {w[:5] for w in re.findall(r"[a-z-]{4,}", f.label.lower())}
    ]
    return named[-1] if len(named) == 1 else None


def _span_text(model: Model, a: Figure, b: Figure) -> str:
    """The text between two figures, in whichever order they stand."""
    return model.between(a, b) if a.start < b.start else model.between(b, a)


_DOWN_UP_FROM = re.compile(r"\b(?:(?:down|up)\s+from|compared\s+(?:with|to))\s*$", re.IGNORECASE)
# 增长5.8%，增速比一季度的5.2%加快: the earlier period's rate named after the current one
_RATE_THAN_ZH = re.compile(r"\s*[，,]?\s*(?:增速|增幅|涨幅|降幅)?(?:比|较)[^，,。；;%]{1,12}的\s*")
_POINTS_VERB_ZH = re.compile(r"\s*(?:加快|提高|上升|扩大|回落|放缓|下降|降低|收窄|缩小)了?\s*")


_POINTS_THAN_EN = re.compile(
    # "lower than in 2023-24 (96.4%)": a year may name the period
    r"\s*(?:[a-z]+\s+){0,2}?(?:than|on|from|compared (?:with|to))\s+"
    r"(?:[^()\d%]|(?<!\d)(?:19|20)\d{2}(?:[/-]\d{2})?(?!\d)){0,40}\(\s*",
    re.IGNORECASE,
)


def _bracketed_previous(model: Model, points: Figure) -> tuple[Figure, Figure] | None:
    """ "was 67%, 2 percentage points lower than a year earlier (69%)", "was 9.1%, up 0.5 percentage points on a
    year earlier (8.6%)": the earlier percentage in brackets after the points' own comparison, and the percentage
    before them.  Never a bracketed value before the points ("higher than a year earlier (4.1%) and 0.2
    percentage points higher than the previous quarter": the points are against another period)."""
    near = model.near_in_sentence(points, 4)
    after = [f for f in near if f.start > points.end]
    if not after or not (after[0].aside and after[0].is_percent and after[0].role == PREVIOUS):
        return None
    if not _POINTS_THAN_EN.fullmatch(model.between(points, after[0])):
        return None
    before = [f for f in near if f.end <= points.start]
    if not before and points.at_sentence == 0 and points.number > 0:
        # "... an in-year collection rate of 96.1%. The rate was 0.3 percentage points lower than in 2023-24
        # (96.4%)": a sentence opening with the rate (or it, this) is of the last percentage of the one before
        opening = model.text[points.sentence[0] : points.start]
        prior = model.in_sentence(model.figures[points.number - 1])
        subject = re.match(r"\s*(?:The\s+(?:[a-z-]+\s+){0,3}?(rate|share|proportion|percentage)|It|This)\s", opening)
        if subject and prior and prior[0].block == points.block:
            before = prior[-1:]
            if subject.group(1) and subject.group(1) not in prior[-1].label.lower():
                return None
    if not before or before[-1].aside or not before[-1].is_percent or before[-1].role not in (CURRENT, RATE, SHARE):
        return None
    return after[0], before[-1]


# 满意率93.4%，比上季度（92.2%）提高1.2个百分点: the base the comparison names, its value in brackets after it
_BASE_OPENING_ZH = re.compile(r"\s*[，,]\s*(增速|增幅)?(?:比|较)[\u4e00-\u9fff\d]{1,8}?[（(]\s*")
_BASE_CLOSING_ZH = re.compile(
    r"\s*[）)]\s*(?:提高|上升|增加|扩大|加快|下降|降低|减少|回落|收窄|缩小|放缓)了?(?:约)?\s*"
)


def _bracketed_base_zh(model: Model, points: Figure) -> tuple[Figure, Figure] | None:
    """``群众满意率93.4%，比上季度（92.2%）提高1.2个百分点``, ``同比增长6.8%，增幅较上年同期（8.9%）回落2.1个百分点``:
    the earlier percentage in brackets right after the comparison's base, and the percentage the clause before
    gives (a growth rate only when the comparison says 增速 or 增幅: a fall's size is written unsigned)."""
    if model.language != "zh":
        return None
    before = [f for f in model.near_in_sentence(points, 4) if f.end <= points.start]
    if len(before) < 2:
        return None
    new, old = before[-2], before[-1]
    if not (old.aside and old.is_percent and old.role == PREVIOUS) or new.aside or not new.is_percent:
        return None
    opening = _BASE_OPENING_ZH.fullmatch(model.between(new, old))
    if opening is None or not _BASE_CLOSING_ZH.fullmatch(model.between(old, points)):
        return None
    growth = opening.group(1) is not None and new.role == PERCENT_CHANGE and new.direction > 0
    if new.role not in (CURRENT, RATE, SHARE) and not growth:
        return None
    return old, new


# 提高2.4个百分点, 增速比上年同期高1.3个百分点, 降幅比一季度扩大0.8个百分点, 高于全市平均水平0.6个百分点: what
# the points are measured against, named between the comparison word and the points
_AGAINST_ZH = re.compile(
    r"^\s*[，,]?\s*(?:[\u4e00-\u9fff]{0,6}?)(?:比|较|高于|低于|快于|慢于)([\u4e00-\u9fff\d]{2,12}?)(?:的)?"
    r"(?:提高|上升|增加|扩大|加快|高|低|下降|降低|减少|回落|收窄|缩小|放缓|快|慢)?了?(?:约)?\s*$"
)
_GROWTH_WORD_ZH = re.compile(r"增速|增幅|增长")
_SPREAD_WORD_ZH = re.compile(r"降幅|跌幅")
_VALUE_OF_ZH = re.compile(
    # 上年为99.61%, 上年同期该比重为25.7%, 上年开工率为61.7%, 一季度为下降2.8%, 全市增长5.3%, 年初不良贷款率为1.42%
    r"^(?:该|其)?([\u4e00-\u9fff]{0,10}?)(?:分别)?(?:为|是|达|达到)?(增长|下降|上升|回落)?$"
)


def _previous_named_after(model: Model, points: Figure) -> tuple[Figure, Figure] | None:
    """``占比73.0%,比上年同期提高2.4个百分点(上年同期为70.6%)``, ``开工率为65.9%,较上年提高4.2个百分点,上年开工率为
    61.7%``, ``同比下降3.6%,降幅比一季度扩大0.8个百分点,一季度为下降2.8%``, ``增长5.9%,高于全市平均水平0.6个百分
    点,全市增长5.3%``: the earlier percentage is named after the points by what the comparison names (上年同期, 一季度,
    全市), in a clause or an aside of the points' sentence or opening the next one; the later one is the percentage
    just before the comparison.  Only when both move one way (or neither moves): a fall against a rise needs signs
    the text leaves to words."""
    if model.language != "zh":
        return None
    sentence = model.in_sentence(points)
    listed = [f for f in sentence if f.role == POINTS and not f.aside]
    if len(listed) >= 2 and points in listed and "分别" in model.before(listed[0], listed[0].clause, 24):
        return _respective_named_after(model, points, listed)
    before = [f for f in sentence if f.end <= points.start and not f.aside and f.is_percent]
    if not before:
        return None
    current = before[-1]
    if current.role not in (CURRENT, RATE, SHARE, PERCENT_CHANGE):
        return None
    between = model.between(current, points)
    match = _AGAINST_ZH.match(between)
    if match is None or re.search(r"[；;。]", between):
        return None
    against = re.sub(r"(?:平均水平|平均|水平|同期水平)$", "", match.group(1))
    if len(against) < 2:
        return None
    later = [f for f in sentence if f.start > points.end][:3]
    following = model.following(points, 1)
    later += [f for f in following if f.sentence != points.sentence][:1]
    for earlier in later:
        if not earlier.is_percent or earlier.is_points:
            continue
        opening = _opening(model, earlier)
        if not opening.startswith(against):
            return None  # the first percentage after the points is another figure
        value = _VALUE_OF_ZH.match(opening[len(against) :].removeprefix("同期"))
        if value is None:
            continue
        words = value.group(1)
        if earlier.sentence != points.sentence and not _shares_word(words, current.label):
            return None  # opening the next sentence, it names the same measure: 上年燃气普及率为97.93%
        moved = value.group(2) or (
            "增长" if earlier.role == PERCENT_CHANGE or re.search(r"(?:增速|增幅|增长率|增长速度)$", words) else ""
        )
        if not moved and not words and current.role == PERCENT_CHANGE:
            # 增长10.7%,增速比上年同期提高1.9个百分点(上年同期为8.8%): the comparison says what the earlier one is
            spread = re.search(r"增速|增幅|涨幅|降幅|跌幅", between)
            moved = "" if spread is None else "下降" if spread.group() in ("降幅", "跌幅") else "增长"
        if (current.role == PERCENT_CHANGE) != bool(moved):
            return None  # a growth rate against a level, or a level against a growth rate
        if moved and (1 if moved in ("增长", "上升") else -1) != (current.direction or 1):
            return None  # a fall against a rise
        if (
            moved
            and current.direction < 0
            and not _SPREAD_WORD_ZH.search(between)
            and not re.search(r"扩大|收窄|缩小", between)
        ):
            return None  # 下降2.4%,增速比上半年提高1.1个百分点: the signed rates, which the figures do not carry
        return earlier, current
    return None


def _respective_named_after(model: Model, points: Figure, listed: list[Figure]) -> tuple[Figure, Figure] | None:
    """``供水普及率达到99.6%,燃气普及率达到98.9%,分别比2020年提高1.8个百分点和4.3个百分点；2020年,两项指标分别为
    97.8%和94.6%``: the i-th points between the i-th percentage before the list and the i-th of the list of as
    many percentages after it that opens with what the comparison names and 分别."""
    k, i = len(listed), listed.index(points)
    sentence = model.in_sentence(points)
    befores = [f for f in sentence if f.end <= listed[0].start and not f.aside and f.is_percent][-k:]
    if len(befores) != k or any(f.role not in (CURRENT, RATE, SHARE) for f in befores):
        return None
    match = _AGAINST_ZH.match(model.between(befores[-1], listed[0]))
    if match is None:
        return None
    against = match.group(1)
    later = [f for f in sentence if f.start > listed[-1].end and f.is_percent and not f.is_points]
    later += [f for f in model.following(points, 1) if f.sentence != points.sentence and f.is_percent][:k]
    afters = later[:k]
    if len(afters) != k or any(f.sentence != afters[0].sentence for f in afters):
        return None
    head = model.text[max(afters[0].sentence[0], afters[0].start - 24) : afters[0].start]
    head = re.sub(r"[，,\s]", "", re.split(r"[；;。]", head)[-1])
    if not head.startswith(against) or "分别" not in head:
        return None
    if any(not re.fullmatch(r"\s*(?:、|和|及|与|，|,)\s*", model.between(a, b)) for a, b in itertools.pairwise(afters)):
        return None
    return afters[i], befores[i]


def _opening(model: Model, figure: Figure) -> str:
    """The words of ``figure``'s clause (or aside) before it."""
    head = model.text[max(figure.clause[0], figure.start - 20) : figure.start]
    head = re.split(r"[，,；;：:。（(]", head)[-1]
    return re.sub(r"^\s*(?:而|其中|同期)?", "", head.strip())


def _shares_word(words: str, label: str) -> bool:
    return any(words[i : i + 2] in label for i in range(len(words) - 1)) if len(words) >= 2 else False


_NAMES_BEFORE = re.compile(r"([\u4e00-\u9fff、和及与]{4,60})分别(?:提高|上升|增加|下降|降低|减少|回落|扩大|缩小)了?$")


def _named_pair(model: Model, points: Figure, listed: list[Figure]) -> tuple[Figure, Figure] | None:
    """城镇化率、一般公共预算收入占生产总值比重分别提高1.1、0.3个百分点: the i-th name's percentage in the
    paragraph, with the previous value it was compared with, for the i-th points figure."""
    if model.language != "zh" or not listed or points not in listed:
        return None
    match = _NAMES_BEFORE.search(model.text, points.sentence[0], listed[0].start)
    if match is None or match.end() != listed[0].start:
        return None
    names = [n for n in re.split(r"[、和及与]", match.group(1)) if len(n) >= 2]
    if len(names) != len(listed):
        return None
    name = names[listed.index(points)]
    for figure in reversed(model.block_figures(points.block)):
        if figure.start >= listed[0].start or not figure.is_percent or figure.role not in (CURRENT, RATE, SHARE):
            continue
        if figure.label and (figure.label.endswith(name) or name.endswith(figure.label)):
            previous = next(
                (f for f in model.near_in_sentence(figure, 4) if f.owner is figure and f.role == PREVIOUS), None
            )
            return (previous, figure) if previous is not None else None
    return None


# "35.2%, up from 33.9% a year earlier (an increase of 1.3 percentage points)": the change restated in brackets
_RESTATED_IN_BRACKETS_EN = re.compile(
    r"\(\s*(?:an?\s+(?:increase|rise|fall|decrease|drop|reduction|improvement|decline|gain)\s+of|up|down)\s+$"
)


def _read_points(model: Model, points: Figure) -> bool:
    """A figure in percentage points to relate: never a duplicate, and in brackets only where it restates the
    change just said ("(an increase of 1.3 percentage points)")."""
    if points.role != POINTS or points.duplicate:
        return False
    return not points.aside or bool(
        _RESTATED_IN_BRACKETS_EN.search(model.text[max(0, points.start - 30) : points.start])
    )


def find(model: Model, links: Links) -> list[Suggestion]:
    out: list[Suggestion] = []
    for points in model.figures:
        if not _read_points(model, points):
            continue
        pair = _pair(model, points)
        if pair is None:
            continue
        old, new = pair
        out.append(
            Suggestion(
                NAME,
                f"{points.id}-difference",
                f"{new.ref} - {old.ref} == {signed(points, points.direction or 1)}",
                say(
                    model.language,
                    f"由{old.text}到{new.text},差应为{points.text}",
                    f"from {old.text} to {new.text} is {points.text}",
                ),
                (old, new, points),
                # named a sentence before, or the earlier one opening the sentence after
                severity=STATED if new.sentence == points.sentence == old.sentence else INFERRED,
            )
        )
    out.extend(_structure_points(model))
    out.extend(_than_named_rate(model, links))
    out.extend(_than_the_whole_place(model, links))
    return out


# 增长27.5%，高于各项贷款增速17.1个百分点: the points between a growth rate and another's named by its subject
_THAN_NAMED_ZH = re.compile(
    r"(高于|快于|低于|慢于)([\u4e00-\u9fff]{2,12}?)(?:的)?(?:平均)?(?:增速|增幅|增长率|涨幅)(?:约)?$"
    # 增长18.6%,快于全部投资14.4个百分点: the whole's growth, named by the whole alone
    r"|(快于|慢于)((?:全部|所有|全体|整体|总体)[\u4e00-\u9fff]{2,12}?)(?:平均水平)?(?:约)?$"
)
_WHOLE_WORD = re.compile(r"^(?:全部|所有|全体|整体|总体)")


def _than_named_rate(model: Model, links: Links) -> list[Suggestion]:
    """``普惠小微贷款余额1328.5亿元,同比增长27.5%,高于各项贷款增速17.1个百分点``: the growth rate before the
    points less the growth rate of the earlier figure whose label holds the name (各项贷款余额, 增长10.4%) is the
    points, with the sign 高于/低于 gives (a warning: the named figure is found by its name)."""
    out: list[Suggestion] = []
    if model.language != "zh":
        return out
    percent_of = {g.current.number: g.percent for g in links.groups if g.percent is not None}
    for points in model.figures:
        if not _read_points(model, points):
            continue
        match = _THAN_NAMED_ZH.search(model.before(points, points.clause, 24))
        if match is None:
            continue
        before = [f for f in model.near_in_sentence(points, 6) if f.end <= points.start and not f.aside]
        if not before or not before[-1].is_percent or before[-1].role != PERCENT_CHANGE or before[-1].direction < 0:
            continue  # a fall's percentage is written unsigned: only growth against growth
        this = before[-1]
        word, name = (match.group(1), match.group(2)) if match.group(1) else (match.group(3), match.group(4))
        earlier = _earlier_growths(model, points, percent_of)
        if _WHOLE_WORD.match(name):
            named = _whole_rate(_WHOLE_WORD.sub("", name), model, earlier, percent_of)
        else:
            named = [percent_of[f.number] for f in earlier if name in f.label]
        if len(named) != 1 or not named[0].is_percent or named[0].direction < 0:
            continue
        that = named[0]
        out.append(_than_rate(points, this, that, word, f"{this.text}与{name}的{that.text}之差应为{points.text}"))
    return out


# 增长14.8%,增速高于全市3.6个百分点; 出口增速快于进口6.2个百分点: a growth rate against the whole place's, or one
# subject's against another's
_THAN_PLACE_ZH = re.compile(r"(?:增速|增幅)?(高于|快于|低于|慢于)(全[省市县区国])(?:平均水平|平均)?(?:约)?$")
_SUBJECTS_ZH = re.compile(
    r"(?:^|[，,；;。])\s*([\u4e00-\u9fff]{2,8}?)(?:增速|增幅)(高于|快于|低于|慢于)([\u4e00-\u9fff]{2,8}?)(?:增速|增幅)?(?:约)?$"
)
_PLACE_WORD = re.compile(r"^全[省市县区国]")


def _than_the_whole_place(model: Model, links: Links) -> list[Suggestion]:
    """``农村网络零售额93.6亿元,同比增长14.8%,增速高于全市3.6个百分点``: the growth before the points less the growth
    of the earlier figure of the whole place whose label the part's ends with (网络零售额, 增长11.2%); ``服务出口…
    增长12.8%;服务进口…增长6.6%。出口增速快于进口6.2个百分点``: the growth of the latest figure each name ends the
    label of.  Warnings: the figures are found by their names."""
    out: list[Suggestion] = []
    if model.language != "zh":
        return out
    percent_of = {g.current.number: g.percent for g in links.groups if g.percent is not None}
    owner_of = {g.percent.number: g.current for g in links.groups if g.percent is not None}
    for points in model.figures:
        if not _read_points(model, points):
            continue
        head = model.before(points, points.sentence, 30)
        earlier = _earlier_growths(model, points, percent_of)
        pair: tuple[Figure, Figure] | None = None
        word = ""
        place = _THAN_PLACE_ZH.search(head)
        subjects = _SUBJECTS_ZH.search(head) if place is None else None
        if place is not None:
            if _previous_named_after(model, points) is not None:
                continue  # 高于全市平均水平0.6个百分点,全市增长5.3%: the place's rate stated after the points
            before = [f for f in model.near_in_sentence(points, 4) if f.end <= points.start and not f.aside]
            if not before or before[-1].role != PERCENT_CHANGE or before[-1].number not in owner_of:
                continue
            this, word = before[-1], place.group(1)
            own = owner_of[this.number].label
            wholes = [
                f
                for f in earlier
                if len(_PLACE_WORD.sub("", f.label)) >= 2
                and own.endswith(_PLACE_WORD.sub("", f.label))
                and own != f.label
                and f.unit == owner_of[this.number].unit
            ]
            if len(wholes) == 1:
                pair = (this, percent_of[wholes[0].number])
        elif subjects is not None and not any(f.is_percent for f in model.in_sentence(points) if f.end <= points.start):
            word = subjects.group(2)
            named = [[f for f in earlier if f.label.endswith(n)] for n in (subjects.group(1), subjects.group(3))]
            if all(len(n) >= 1 for n in named) and named[0][-1] is not named[1][-1]:
                pair = (percent_of[named[0][-1].number], percent_of[named[1][-1].number])
        if pair is None:
            continue
        this, that = pair
        if not this.is_percent or not that.is_percent or this.direction < 0 or that.direction < 0:
            continue  # growth against growth only: a fall's percentage is written unsigned
        out.append(_than_rate(points, this, that, word, f"{this.text}与{that.text}之差应为{points.text}"))
    return out


def _earlier_growths(model: Model, points: Figure, percent_of: dict[int, Figure]) -> list[Figure]:
    """The figures with a growth rate in the 200 before ``points``, outside its sentence."""
    return [
        f
        for f in model.figures[max(0, points.number - 200) : points.number]
        if f.number in percent_of and f.sentence != points.sentence
    ]


def _than_rate(points: Figure, this: Figure, that: Figure, word: str, explain: str) -> Suggestion:
    """``this`` less ``that`` is the points, with the sign 高于/快于 or 低于/慢于 gives (a warning: found by name)."""
    sign = 1 if word in ("高于", "快于") else -1
    return Suggestion(
        NAME,
        f"{points.id}-than-named-rate",
        f"{this.ref} - {that.ref} == {signed(points, sign)}",
        explain,
        (this, that, points),
        severity=INFERRED,
    )


def _whole_rate(core: str, model: Model, earlier: list[Figure], percent_of: dict[int, Figure]) -> list[Figure]:
    """快于全部投资, 快于全部规模以上文化企业: the growth rate of the text's lead figure (the first with one), when
    its sentence names a word of the whole (投资, 企业); [] when it does not."""
    words = {core[i : i + 2] for i in range(len(core) - 1)}
    if not earlier:
        return []
    lead = earlier[0]
    said = model.text[lead.sentence[0] : lead.sentence[1]]
    return [percent_of[lead.number]] if any(w in said for w in words) else []


def _structure_points(model: Model) -> list[Suggestion]:
    """Point changes of shares of one whole, in one sentence, with both directions: they sum to 0."""
    out: list[Suggestion] = []
    for sentence, figures in model.sentences.items():
        points = [f for f in figures if f.role == POINTS and not f.aside and not f.duplicate]
        if len(points) < 2 or len(points) > 12:
            continue
        text = model.text[max(sentence[0], points[0].start - 200) : points[-1].end]
        if not re.search(r"比重|占比|份额|share", text) or {p.direction for p in points} != {1, -1}:
            continue
        shares = [f for f in figures if f.role == SHARE and not f.aside and f.start < points[-1].start]
        if len(shares) == len(points) and not 95 <= sum(float(f.quantity.value) for f in shares) <= 105:
            # 煤炭…比重为48.3%,下降2.6个百分点；非化石能源消费比重为19.7%,提高1.9个百分点: 68% of a whole is not
            # all of it, so its changes need not cancel
            continue
        if len(shares) > len(points):
            # 40岁及以下…45.2%,下降1.1个百分点；41—50岁…25.3%；50岁以上…29.5%,提高1.4个百分点: a share whose
            # change is not given leaves the changes given short of the whole structure's
            continue
        ordinals = len(re.findall(r"第[一二三]产业|第[一二三]", text)) >= 3 or "三次产业" in text
        terms = " + ".join(signed(p, p.direction) for p in points)
        out.append(
            Suggestion(
                NAME,
                f"{points[0].id}-structure-points-sum-to-zero",
                f"{terms} == 0",
                say(
                    model.language,
                    f"同一结构各部分比重的变化({', '.join(p.text for p in points)})之和应为0",
                    f"the changes in the shares of one whole ({', '.join(p.text for p in points)}) add up to 0",
                ),
                tuple(points),
                severity=STATED if ordinals else INFERRED,
            )
        )
    return out
