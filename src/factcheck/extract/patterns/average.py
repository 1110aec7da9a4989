"""average: an average is its total divided by its count.

``员额法官241名 ... 审执结39115件 ... 法官人均结案162.3件``, ``累计出动警力10.3万人次 ... 92天 ... 日均出动1120人次``:
the average (after 人均, 平均每, 日均, "average", "per") is the latest total of its own unit (named by the
words after the cue, 结案 ~ 审执结) over the latest count of what the words before the cue name (法官), or the
days for 日均, in its paragraph or the one before: ``abs(total / count - average) <= half a unit of the
average's last digit``.  ``每千人口拥有卫生技术人员7.5人`` is the paragraph's 卫生技术人员 over the text's whole
population (常住人口, never 城镇人口; a later section's when none comes before) in thousands, and
``每千名老年人拥有养老床位34.6张`` the figure named 养老床位 (never the last 床位 of a 其中 list) over the 老年人口 in
thousands.  ``平均救助水平每人次1452元`` is the paragraph's money named with a word of the average's (救助资金) over
its count in 人次 (``mean``), and ``人均地区生产总值62327元`` the 地区生产总值 over the year's mean 常住人口 (户籍
when it says so; the mean of the two year-ends when the change is given), within a hundredth.
``全年共接报各类警情36500起,日均100起`` with no days in the text is the year's total over 365 days (366 in a leap year
the text names).  A warning: which figures make the total and the count is inferred.  ``人均每次花费1054.8元`` with
no count in its sentence is the paragraph's money over the count its paragraph leads with (接待国内游客4.86亿人次,
never 过夜游客, a part of it).  Money per head (``旅游收入228.5亿元`` over ``游客2350.6万人次``,
``人均消费972元``) is checked with ``mean(total, count)``, which keeps the money's unit; a count from a paragraph
before the total's is never taken when the total's paragraph holds another figure of its unit (a 分别 list).
``日均用电9293万千瓦时`` of a half year or of 1—10月 is over the days of those months (181, 304; February's 29
when the year the text names is a leap year).  ``人均城市道路面积23.17平方米`` is the measure so named (道路面积) over
城区人口 (else 常住人口), in the average's own unit; ``年均投资257.2亿元`` the span's total over its years
(“十四五”, 五年来: 5); ``平均每支队伍外出34.3人次`` the paragraph's figure in the average's unit over its
figure in the measure word after 每 (12支), before or after it (a count so named paragraphs before when the
paragraph has none: ``平均每家新设企业`` of ``新设立外商投资企业1286家``; ``平均每个博物馆接待`` of the first figure
labelled 博物馆 sections above, never the paragraph's one count in 个 of exhibitions; ``每公里投资200万元`` over the
paragraph's length in 公里), ``户均5000元`` with nothing named after 均 its sentence's money over its households,
and ``县均地区生产总值`` the total
beside ``7个县`` over that count; ``场均销售额4.35万元`` the money so named over the shows.  All warnings.
A Chinese average of anything but money whose words (班额 in ``平均班额44.6人``) name no total of its unit has
none, and a bound (``控制在50人以内``) is never a total.  ``场均观影人次23.9人`` is over the latest count in 场 and
the latest count named like what is averaged; ``按全市常住人口2256万人计算,人均观影1.42次`` over the base the
sentence states; a bare number its label counts (``观影人次3208万``) is a count, and money per head is of the
whole's money, never a part's (电影票房, not 国产影片票房).

English: "spent £1.73 billion during them, an average of £609 per visit" ("for each visit" too) is the latest
figure before the average in its sentence, in its unit (of those, one counting what is averaged: "318,420
suspensions were received by 154,880 pupils, an average of 2.06 suspensions per pupil"), over the figure the noun
after "per" names (2.84 million visits), in the sentence,
else the latest before it in its section ("stayed 19.6 million nights, an average of 6.9 nights per visit":
the visits labelled so, not holiday visits; under an earlier heading when its section has none; the head noun of
"per bathing water" names it too), and none when another amount of the sentence may be the count.  An average
written in a noun is in that noun ("4,340 people, an average of 2.26 people per household"), and one that names
what it averages, whose sentence's one amount is its count ("71,320 movements, an average of 132.1 passengers per
movement"), is of the largest earlier figure so named (the year's 9.42 million passengers, not August's).
Else an amount is an average by its structure: its clause calls it an average or a mean ("The average balance
... was £44,900 for the 38,000 borrowers"), or names what it is per before or after it ("Average lending per
borrower was £17,800", "£47.1 an hour", "an average of 7.2 nights a visit", "so each GP delivered an average
of 4,488 appointments"); the count is the figure "for the" brings in, else the one naming that noun (its label,
unit, or the noun after it or after its adjective: "63.7 million registered patients") in its sentence, else the
nearest before it in its section with money of its unit in its own sentence ("£2.9 billion was lent to 163,000
borrowers", "made 3.46 million visits and spent £2.47 billion"), or counted in the very unit, or labelled with
the very noun, it is per ("8,420 miles" for "per mile"; never when the average's sentence holds another amount
but its total); the total is the amount of its unit before it in its sentence, "a total of" after it, the money
in the count's sentence, else the first of its section labelled with a word of what is averaged ("mean wealth":
the total net wealth), else the latest labelled with the noun after the average (4.21 million attended
appointments), never another average nor a part of a breakdown; "7.2 nights a visit" is over a total that
names nights.  "per head" (capita, person) is per the people a figure labelled population, residents or
people counts; "per student averaged" says what it is per as "was" does; and an amount its share follows
("312 miles, 3.7% of the network") is a part, never what a whole's average is per.  "The average grant was
£5,000" and "an average class size of 26.4 pupils" are per the noun after "average" (grants, classes); "an average
of £70,000 each" is the sentence's one amount of its unit over its one count of other things.  Money over hours
worked is money an hour, and over miles money a mile (``mean`` counts hours and units of a measure as things).

In a table, a column headed ``A与B比`` (``学生与专任教师比``) holds in each row the cell of the column whose header
names A (``在校学生数``) over the cell of the column naming B (``专任教师数``): an error when it is off by more than
the ratio's rounding.  A column of rates or averages (``结案率``, ``人均``, ``生师比``) is never added up to a total.
"""

from __future__ import annotations

import re
from decimal import Decimal

from factcheck.extract.links import Links
from factcheck.extract.model import AVERAGE, CHANGE, CLOSED_ASIDE, CURRENT, Figure, Model
from factcheck.extract.suggestion import INFERRED, STATED, Suggestion, say
from factcheck.quantity import Kind
from factcheck.quantity.interval import exponent
from factcheck.quantity.units import CURRENCY_CODES

NAME = "average"


_CUE = re.compile(r"人均|平均每|平均|日均|月均|每[个名人家所件起户]|average|per")


def find(model: Model, links: Links) -> list[Suggestion]:
    out: list[Suggestion] = []
    for average in model.figures:
        if average.duplicate or average.aside:
            continue
        if average.role != AVERAGE:
            structured = _structured_average_en(model, links, average) if model.language == "en" else None
            if structured is not None:
                out.append(structured)
            continue
        if average.in_table:
            ratio = _ratio_column(model, average)
            if ratio is not None:
                out.append(ratio)
            continue
        unit = average.per if average.per is not None else average.unit
        parts = {p.number for b in links.breakdowns for p in b.parts}
        per_people = (
            _per_population(model, average, unit, parts)
            or _output_per_head(model, average)
            or _measure_per_head(model, average, unit)
            or _daily_over_year(model, average, unit)
            or _yearly_over_span(model, average, unit)
        )
        if per_people is not None:
            out.append(per_people)
            continue
        if model.language == "en":
            pair = _english_total_and_count(model, average)
            if pair is None:
                structured = _structured_average_en(model, links, average)
                if structured is not None:
                    out.append(structured)
                continue
        else:
            pair = (
                _per_unit(model, average, unit)
                or _over_stated_base(model, average)
                or _per_measure_word(model, average)
                or _per_thing_counted(model, average, unit)
                or _total_and_count(model, average, unit, parts)
            )
        if pair is None:
            continue
        total, count = pair
        # 旅游收入228.5亿元 / 游客2350.6万人次 = 人均消费972元: money (or any measure) per head is money
        money = total.quantity.kind in (Kind.MONEY, Kind.MEASURE)
        out.append(_total_over_count(model, total, count, average, money))
    return out


def _half_unit(average: Figure) -> Decimal:
    """How far a written average may lie from the quotient: an integer is rounded to the unit (its interval is
    a point, so half a unit is allowed), a decimal already to its last digit (its interval says so: 0)."""
    if not average.quantity.interval.is_point:
        return Decimal(0)
    return Decimal(1).scaleb(min(0, exponent(average.quantity.value))) / 2


_RATIO_HEADER = re.compile(r"^([^与和/:：]{2,12}?)(?:与|和|/|:|：)([^与和/:：]{2,12}?)(?:之)?比(?:例)?$")


def _ratio_column(model: Model, ratio: Figure) -> Suggestion | None:
    """| 在校学生数 | 专任教师数 | 学生与专任教师比 |: a column headed "A与B比" holds, in each row, the cell of the
    column naming A over the cell of the column naming B (each header holds its name; exactly one does)."""

    def header(figure: Figure) -> str:
        return CLOSED_ASIDE.sub("", model.column_header(figure)) if model.cell_column(figure) > 0 else ""

    match = _RATIO_HEADER.match(header(ratio))
    if match is None:
        return None
    cells = [f for f in model.block_figures(ratio.block) if f.role == CURRENT and f.is_amount and not f.aside]
    terms = []
    for name in match.groups():
        named = [f for f in cells if name in header(f)]
        if len(named) != 1:
            return None
        terms.append(named[0])
    top, bottom = terms
    half = _half_unit(ratio)
    return Suggestion(
        NAME,
        f"{ratio.id}-is-ratio-of-columns",
        f"abs({top.ref} / {bottom.ref} - {ratio.ref}) <= {half}",
        say(
            model.language,
            f"{match.group(0)}{ratio.text}应约等于{top.text}/{bottom.text}",
            f"{match.group(0)} {ratio.text} should be about {top.text} / {bottom.text}",
        ),
        (top, bottom, ratio),
        severity=STATED,
    )


_PER_PEOPLE = re.compile(r"每(千|万|十万)(?:人口|常住人口|人)(?:拥有|有)?([\u4e00-\u9fff（）()]*)$")
_PER_BASE = {"千": 1000, "万": 10000, "十万": 100000}
# 每千名老年人拥有养老床位34.6张: per thousand of a group the text counts (老年人口)
_PER_GROUP = re.compile(
    r"每(千|万|十万)名(老年|儿童|学生|职工|农村居民|城镇居民)人?(?:口)?(?:拥有|有)?([\u4e00-\u9fff]*)$"
)
_PART_OF_PEOPLE = re.compile(
    r"城镇|城市|乡村|农村|男|女|老年|少年|儿童|劳动|流动|外来|出生|死亡|迁入|迁出|岁|增加|减少"
)


def _per_population(model: Model, average: Figure, unit: str | None, parts: set[int]) -> Suggestion | None:
    """每千人口拥有卫生技术人员7.5人: the 卫生技术人员 count of the paragraph over the population (the text's last
    人口 figure before it) in thousands; a warning, since which population the text means is inferred."""
    before = model.before(average, average.clause, 24)
    match = _PER_PEOPLE.search(before)
    group = _PER_GROUP.search(before) if match is None else None
    per = match or group
    if per is None:
        return None
    base = _PER_BASE[per.group(1)]
    what = re.sub(r"[（(][^）)]*[）)]", "", per.group(2 if group is None else 3))
    earlier = [
        f
        for f in model.figures[max(0, average.number - 400) : average.number]
        if f.role == CURRENT and not f.aside and "人口" in f.label and f.quantity.kind.value == "count"
    ]
    if group is not None:
        # 每千名老年人拥有养老床位34.6张: over the population of that group (60岁及以上老年人口), the text's last
        named = group.group(2)
        people = [f for f in earlier if named in f.label]
    else:
        # the whole population (常住人口 before 户籍人口), never a part of it (城镇人口, 乡村人口, 60岁以上人口)
        people = [f for f in earlier if not _PART_OF_PEOPLE.search(f.label)]
        people = [f for f in people if "常住" in f.label] or people
        if not people:
            # 八、卫生...每千人口床位7.42张 before 十二、人口: a communiqué's population section may come last
            later = [
                f
                for f in model.figures[average.number + 1 : average.number + 400]
                if f.role == CURRENT
                and not f.aside
                and f.quantity.kind.value == "count"
                and "常住人口" in f.label
                and not _PART_OF_PEOPLE.search(f.label)
            ]
            people = later[:1]
    totals = [
        f
        for f in model.near_in_context(average)
        if f.role == CURRENT
        and not f.aside
        and f.start < average.start
        and f.unit == unit
        and len(what) >= 2
        and what[-2:] in f.label
        and "人口" not in f.label
    ]
    # 养老床位5.62万张。其中,...床位3.41万张；...床位2.21万张: the figure named so, never the last part of it
    totals = [f for f in totals if f.label.endswith(what)] or [f for f in totals if f.number not in parts] or totals
    if not people or not totals:
        return None
    population, total = people[-1], totals[-1]
    half = _half_unit(average)
    return Suggestion(
        NAME,
        f"{average.id}-is-total-over-population",
        f"abs({total.ref} / ({population.ref} / {base}) - {average.ref}) <= {half}",
        say(
            model.language,
            f"每{per.group(1)}人口{average.text}应约等于{total.text}/({population.text}/{base})",
            f"{average.text} per {base:,} people should be about {total.text} / ({population.text} / {base})",
        ),
        (total, population, average),
        severity=INFERRED,
    )


_OUTPUT_PER_HEAD = re.compile(r"(?:(常住|户籍)(?:人口)?)?人均(?:地区)?(?:生产总值|GDP)$")
_OUTPUT = re.compile(r"(?:地区)?生产总值$|GDP$")


def _output_per_head(model: Model, average: Figure) -> Suggestion | None:
    """``地区生产总值3286.52亿元...年末常住人口528.36万人,比上年末增加2.14万人...人均地区生产总值62327元``: the
    output over the year's mean population (the mean of the two year-ends when the change is given), 户籍 when
    the name says so, within a hundredth (a warning: which population a report divides by is inferred)."""
    if model.language != "zh" or average.unit is None or not _is_money(average.unit):
        return None
    named = _OUTPUT_PER_HEAD.search(re.sub(r"^.*[，,、]", "", average.label))
    if named is None:
        return None
    earlier = [
        f
        for f in model.figures[max(0, average.number - 400) : average.number]
        if f.role == CURRENT and not f.aside and not f.in_table
    ]
    outputs = [f for f in earlier if f.unit == average.unit and _OUTPUT.search(f.label) and "增加值" not in f.label]
    kind = named.group(1) or "常住"
    people = [f for f in earlier if f"{kind}人口" in f.label and f.quantity.kind.value == "count"]
    if len(outputs) != 1 or not people:
        return None
    output, population = outputs[0], people[-1]
    change = next(
        (
            f
            for f in model.near_in_sentence(population, 2)
            if f.role == CHANGE and f.start > population.end and f.unit == population.unit and f.direction
        ),
        None,
    )
    mean_people = population.ref
    if change is not None:
        sign = "-" if change.direction > 0 else "+"
        mean_people = f"(({population.ref} * 2 {sign} {change.ref}) / 2)"
    return Suggestion(
        NAME,
        f"{average.id}-is-output-per-head",
        f"abs(mean({output.ref}, {mean_people}) - {average.ref}) <= 0.01 * {average.ref}",
        f"人均{average.text}应约等于{output.text}/年平均人口({population.text})",
        (output, population, average) if change is None else (output, population, change, average),
        severity=INFERRED,
    )


_DAILY = re.compile(r"(?:日均|平均每天|平均每日|每天平均)([\u4e00-\u9fff]{0,8})$")
_YEAR = re.compile(r"(?:^|[^\d])((?:19|20)\d{2})年(?:全年)?$|^全年$|^今年$")


def _total_over(total: Figure, average: Figure, span: int, what: str, prefix: str, unit: str) -> Suggestion:
    """日均 or 年均: the average is the total over the span's days or years, within half its last digit."""
    return Suggestion(
        NAME,
        f"{average.id}-is-total-over-{what}",
        f"abs({total.ref} / {span} - {average.ref}) <= {_half_unit(average)}",
        f"{prefix}{average.text}应约等于{total.text}/{span}{unit}",
        (total, average),
        severity=INFERRED,
    )


def _daily_over_year(model: Model, average: Figure, unit: str | None) -> Suggestion | None:
    """``全年共接报各类警情36500起,日均100起`` with no days in the text: the year's total over its days (365, or
    366 in a leap year the text names), of the latest total of the average's unit in its sentence or the one
    before, named with a word of what is averaged (a warning: a report may count working days)."""
    if model.language != "zh" or unit is None:
        return None
    match = _DAILY.search(model.before(average, average.clause, 16))
    if match is None:
        return None
    pool = [*model.previous_sentence(average), *model.in_sentence(average)]
    if any(f.quantity.kind.value == "duration" for f in pool):
        return None  # the days are in the text: the average pattern's own
    totals = [f for f in pool if f.role == CURRENT and not f.aside and f.unit == unit and f.start < average.start]
    what = match.group(1)
    if what:
        totals = [f for f in totals if any(what[i : i + 2] in f.label for i in range(len(what) - 1))]
    if not totals:
        return None
    total = totals[-1]
    period = _YEAR.search(total.period)
    if period is None and not model.text[total.sentence[0] : total.start].lstrip().startswith("全年"):
        # 上半年…日均, 1—10月…日均: the days of the months the period spans, in the year the text names
        days_of_months = _days_of_months(model, total)
        if days_of_months is None:
            return None  # 今年以来: days the text does not give
        days = days_of_months
    else:
        year = period.group(1) if period is not None else None
        days = 366 if year and _leap(int(year)) else 365
    return _total_over(total, average, days, "days", "日均", "天")


_MONTHS_SPAN = re.compile(r"^(?:((?:19|20)\d{2})年)?(?:1-(\d{1,2})月|(上半年|前三季度|一季度)|前(\d{1,2})个月)$")
_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_TEXT_YEAR = re.compile(r"((?:19|20)\d{2})年")


def _leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_of_months(model: Model, total: Figure) -> int | None:
    """The days from January to the month a period ends (上半年 181, 1—10月 304), in the year the period names or
    the text's first year (a heading's); None for another period or when no year says whether February has 29."""
    match = _MONTHS_SPAN.match(total.period)
    if match is None:
        return None
    named, last, span, months = match.groups()
    end = int(last or months or {"一季度": 3, "上半年": 6, "前三季度": 9}.get(span or "", 0))
    if not 1 <= end <= 12:
        return None
    year = named
    if year is None:
        found = _TEXT_YEAR.search(model.text[:300])
        year = found.group(1) if found else None
    if year is None and end >= 2:
        return None
    return sum(_MONTH_DAYS[:end]) + (1 if end >= 2 and year is not None and _leap(int(year)) else 0)


# 人均城市道路面积23.17平方米, 人均公园绿地面积14.62平方米: a measure (an area, a volume) per head of the population
_MEASURE_PER_HEAD = re.compile(r"人均(?:拥有)?([\u4e00-\u9fff]{2,12})$")
_NOT_ALL_PEOPLE = re.compile(
    r"暂住|流动|外来|户籍|出生|死亡|迁入|迁出|岁|增加|减少|男|女|老年|少年|儿童|劳动|乡村|农村"
)


def _measure_per_head(model: Model, average: Figure, unit: str | None) -> Suggestion | None:
    """``道路面积4318万平方米,人均城市道路面积23.17平方米`` with ``城区人口186.4万人`` earlier in the text: the measure
    named so (the figure whose label ends the average's name, or whose name the label ends) over the population
    (城区人口 where the text gives it, else 常住人口), within half a unit of the average's last digit (a warning: which
    population the text divides by is inferred).  Money per head is never this (incomes are not totals shared)."""
    if model.language != "zh" or average.quantity.kind is not Kind.MEASURE or average.per is not None:
        return None  # (a measure in another unit, 公顷 per head in 平方米, is left alone: the units do not convert)
    match = _MEASURE_PER_HEAD.search(re.sub(r"^.*[，,、]", "", average.label))
    if match is None:
        return None
    what = match.group(1)
    near = [
        f
        for f in model.near_in_context(average)
        if f.role == CURRENT
        and not f.aside
        and f.quantity.kind is Kind.MEASURE
        and f.start < average.start
        and len(f.label) >= 2
        and (what.endswith(f.label) or f.label.endswith(what))
        and f.unit == average.unit
    ]
    earlier = model.figures[max(0, average.number - 400) : average.number]
    people = [
        f
        for f in earlier
        if f.role == CURRENT
        and not f.aside
        and f.quantity.kind.value == "count"
        and "人口" in f.label
        and not _NOT_ALL_PEOPLE.search(f.label)
    ]
    people = [f for f in people if "城区" in f.label] or [f for f in people if "常住" in f.label]
    if not near or not people:
        return None
    total, population = near[-1], people[-1]
    return Suggestion(
        NAME,
        f"{average.id}-is-measure-per-head",
        f"abs(mean({total.ref}, {population.ref}) - {average.ref}) <= {_half_unit(average)}",
        f"人均{average.text}应约等于{total.text}/{population.text}",
        (total, population, average),
        severity=INFERRED,
    )


_YEARLY = re.compile(r"年均([\u4e00-\u9fff]{0,8})$")
_SPAN_YEARS = re.compile(
    r"十[一二三四五]五|([二三四五六七八九十])年来|过去([二三四五六七八九十])年|((?:19|20)\d{2})[—-]((?:19|20)\d{2})年"
)
_CN_NUMBER = {"二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def _years_of(period: str) -> int | None:
    match = _SPAN_YEARS.search(period)
    if match is None:
        return None
    if match.group(3):
        return int(match.group(4)) - int(match.group(3)) + 1
    word = match.group(1) or match.group(2)
    return _CN_NUMBER[word] if word else 5  # a five-year plan's period


def _yearly_over_span(model: Model, average: Figure, unit: str | None) -> Suggestion | None:
    """``“十四五”期间累计完成投资1286亿元,年均投资257.2亿元``: the total of the span over its years (五年来, 十四五: 5,
    2021—2025年: 5), the latest figure of the average's unit and period before it in its sentence or the one
    before, named with a word of what is averaged (a warning)."""
    if model.language != "zh" or unit is None or average.is_percent:
        return None
    match = _YEARLY.search(model.before(average, average.clause, 16))
    years = _years_of(average.period)
    if match is None or years is None:
        return None
    pool = [*model.previous_sentence(average), *model.in_sentence(average)]
    what = match.group(1)
    totals = [
        f
        for f in pool
        if f.role == CURRENT
        and not f.aside
        and f.unit == unit
        and f.start < average.start
        and f.period == average.period
        and (not what or _named_by(what, f))
    ]
    if not totals:
        return None
    return _total_over(totals[-1], average, years, "years", "年均", "年")


_PER_COUNTY = re.compile(r"(?<![\u4e00-\u9fff])(县|乡|镇)均([\u4e00-\u9fff]{2,12})$")


def _per_county(model: Model, average: Figure, unit: str) -> tuple[Figure, Figure] | None:
    """``全市7个县(市)实现地区生产总值1426.8亿元 ... 县均地区生产总值203.8亿元``: the count the word after it names
    (7个县) and the total of the average's unit named with a word of what is averaged in that count's sentence."""
    match = _PER_COUNTY.search(model.before(average, average.clause, 16))
    if match is None:
        return None
    word, what = match.groups()
    earlier = model.figures[max(0, average.number - 200) : average.number]
    counts = [
        f for f in earlier if f.quantity.kind is Kind.COUNT and not f.aside and model.text[f.end : f.end + 1] == word
    ]
    if len(counts) != 1:
        return None
    count = counts[0]
    totals = [
        f
        for f in model.in_sentence(count)
        if f.role == CURRENT and not f.aside and f.unit == unit and f.start > count.end and _named_by(what, f)
    ]
    return (totals[0], count) if len(totals) == 1 else None


# 平均每家新设企业合同外资286万元, 平均每支队伍外出34.3人次, 平均每名帮办员服务763件: per thing a measure word counts
# 平均每个博物馆接待, 平均每家148张 (the words after the measure word may be none); 每公里投资200万元 (a unit of
# length or weight needs no 平均; a price per area, 每平方米, is left alone)
_PER_THING = re.compile(r"(?:平均每([个家支名场户所辆座项台位艘架处条只])|每(公里|千米|吨))([\u4e00-\u9fff]{0,16})$")
_MEASURE_UNITS = frozenset(("公里", "千米", "吨"))


def _per_thing_counted(model: Model, average: Figure, unit: str | None) -> tuple[Figure, Figure] | None:
    """``平均每支队伍外出34.3人次,全县共有驻外招商队伍12支``: the count is the paragraph's figure in the measure word
    after 每 (支), before or after the average, named with a word of the words after it (队伍) when several are;
    the total the paragraph's figure in the average's unit, named with a word of what is averaged when several are
    (never the count, another average, nor a part); none when either is missing."""
    if model.language != "zh" or unit is None:
        return None
    match = _PER_THING.search(model.before(average, average.clause, 24))
    if match is None:
        return _per_county(model, average, unit)
    word, words = match.group(1) or match.group(2), match.group(3)
    kinds = (Kind.COUNT, Kind.MEASURE) if word in _MEASURE_UNITS else (Kind.COUNT,)
    block = [f for f in model.in_block(average) if f is not average and not f.aside and f.role in (CURRENT, AVERAGE)]
    counts = [f for f in block if f.role == CURRENT and f.unit == word and f.quantity.kind in kinds]
    if len(counts) <= 1 and not (counts and _named_by(words, counts[0])):
        # 举办陈列展览2134个…平均每个博物馆接待14.3万人次: the paragraph's one count in 个 is of exhibitions; the
        # count is the first figure in the measure word labelled with the noun the words open with (博物馆312个
        # sections above, never 免费开放的博物馆, a part of it), when there is one
        opened = [
            f
            for f in model.figures[max(0, average.number - 200) : average.number]
            if f.role == CURRENT
            and not f.aside
            and f.unit == word
            and f.quantity.kind is Kind.COUNT
            and len(f.label) >= 2
            and words.startswith(f.label)
        ]
        counts = opened[:1] or counts
    if not counts:
        # 平均每家新设企业 with 新设立外商投资企业1286家 paragraphs before: the one figure in 家 so named
        earlier = [
            f
            for f in model.figures[max(0, average.number - 200) : average.number]
            if f.role == CURRENT and not f.aside and f.unit == word and _named_by(words, f)
        ]
        counts = earlier[-1:] if len(earlier) == 1 else []
    if len(counts) > 1:
        counts = [f for f in counts if _named_by(words, f)]
    if len(counts) != 1:
        return None
    count = counts[0]
    daily = bool(re.search(r"日均|每天|每日", words))
    totals = [
        f
        for f in block
        if f is not count
        and (f.per if f.per is not None else f.unit) == unit
        and (f.role == CURRENT or (daily and f.role == AVERAGE and re.search(r"日均", f.label)))
    ]
    if len(totals) > 1:
        scored = [(_shared_words(words, f.label), f) for f in totals]
        best = max(n for n, _ in scored)
        totals = [f for n, f in scored if n == best and n > 0] or [f for f in totals if f.sentence == average.sentence]
    if len(totals) != 1:
        return None
    return totals[0], count


_BOUND = re.compile(r"(?:以内|之内|以下|以上)$")
# 平均救助水平每人次1452元, 户均补贴每户: money per unit a count is written in (never an area: mean() divides by
# a number of things)
_PER_UNIT_ZH = re.compile(r"每(人次|户次|辆|件|户|人)$")
_NO_WORD = frozenset(("平均", "每人", "人次", "水平", "价格"))


def _per_unit(model: Model, average: Figure, unit: str | None) -> tuple[Figure, Figure] | None:
    """``实施临时救助1.86万人次,支出临时救助资金0.27亿元,平均救助水平每人次1452元``: money per unit of a count is the
    paragraph's latest money figure over its latest count in that unit, each named with a word of the average's
    name (救助)."""
    if model.language != "zh" or unit is None or not _is_money(unit):
        return None
    before = model.before(average, average.clause, 24)
    match = _PER_UNIT_ZH.search(before)
    if match is None:
        return None
    name = before[: match.start()]
    words = {name[i : i + 2] for i in range(len(name) - 1)} - _NO_WORD
    pool = [
        f
        for f in model.near_in_context(average)
        if f.role == CURRENT and not f.aside and f.start < average.start and f.block == average.block
    ]
    counts = [f for f in pool if f.unit == match.group(1) and any(w in f.label for w in words)]
    totals = [f for f in pool if f.unit == unit and f.is_amount and any(w in f.label for w in words)]
    if not counts or not totals:
        return None
    return totals[-1], counts[-1]


def _total_and_count(
    model: Model, average: Figure, unit: str | None, parts: set[int] | None = None
) -> tuple[Figure, Figure] | None:
    """法官人均结案162.3件: the 法官 count and the 结案 total before it in the paragraph (or the one before);
    日均出动警力1120人次: the 人次 total and the days."""
    before = model.before(average, average.clause, 16)
    cues = list(_CUE.finditer(before))
    if not cues:
        return None
    cue = cues[-1]
    who = re.sub(r"^.*[，,、]", "", before[: cue.start()])[-4:]
    what = before[cue.end() :]
    pool = [
        f
        for f in model.near_in_context(average)
        if f.role == CURRENT
        and not f.aside
        and f.start < average.start
        and (f.is_amount or f.is_measure)
        and not _BOUND.search(f.text)  # 班额控制在55人以内: a bound, never a total or a count
    ]
    daily = cue.group() in ("日均", "月均")
    if daily:
        counts = [f for f in pool if f.quantity.kind.value == "duration"]
    else:
        counts = [
            f for f in pool if f.unit != unit and f.quantity.kind.value == "count" and who and who[-2:] in f.label
        ]
        if not who:
            # 员额法官412名,人均结案363件: the count just before, in the sentence
            near = [f for f in model.near_in_sentence(average, 3) if f in pool and f.unit != unit]
            counts = [f for f in near if f.quantity.kind.value == "count"][-1:]
            if not counts and model.language == "zh" and unit is not None and _is_money(unit):
                # 城市院线观影人次3208万,平均票价42.5元: a bare number its label names a count (人次) counts too
                # 接待国内游客4.86亿人次,其中过夜游客...。实现旅游收入5126.3亿元。人均每次花费1054.8元: money per
                # visit is the money over the count the paragraph leads with, never one of its parts
                counts = [
                    f
                    for f in pool
                    if (f.quantity.kind.value == "count" or _counted_by_label(f))
                    and f.number not in (parts or set())
                    and f.block == average.block
                ][:1]
    totals = [f for f in pool if f.unit == unit and f not in counts]
    if what:
        # 结案 names 审执结各类案件 (two of its characters), never 未结案件 (what is left undone)
        scored = [
            (sum(1 for c in set(what[:2]) if c in f.label), f) for f in totals if not re.search("[未不]", f.label)
        ]
        best = max((n for n, _ in scored), default=0)
        totals = [f for n, f in scored if n == best and n > 0] or (
            # 人均消费972元 is 旅游收入 over the visits; 小学平均班额41.2人 (pupils per class) names no 人 figure
            # before it: a count of people that shares no word with what is averaged is no total of it
            totals if unit is None or _is_money(unit) or model.language != "zh" else []
        )
    if not counts or not totals:
        return None
    if model.language == "zh" and not who:
        # 电影票房13.62亿元,其中国产影片票房10.87亿元…平均票价42.5元: the whole's money, never a part of it
        totals = [f for f in totals if f.number not in (parts or set())] or totals
    total, count = totals[-1], counts[-1]
    if model.language == "zh" and _another_count_by_the_total(total, count, pool):
        return None
    return total, count


# 观影人次3208万, 参保人数1.2亿: a bare number whose label ends with what it counts
_COUNT_LABEL = re.compile(r"(?:人次|人数|户数|次数|场次|家数|个数)$")


def _counted_by_label(figure: Figure) -> bool:
    return figure.unit is None and figure.quantity.kind is Kind.NUMBER and bool(_COUNT_LABEL.search(figure.label))


def _earlier_counts(model: Model, average: Figure) -> list[Figure]:
    return [
        f
        for f in model.near_in_context(average)
        if f.role == CURRENT
        and not f.aside
        and f.start < average.start
        and (f.quantity.kind is Kind.COUNT or _counted_by_label(f))
        and not _BOUND.search(f.text)
    ]


def _shared_words(what: str, label: str) -> int:
    """How many words of two characters of ``what`` (平均 and the like aside) ``label`` holds."""
    return len({what[i : i + 2] for i in range(len(what) - 1) if what[i : i + 2] in label} - _NO_WORD)


def _named_by(what: str, figure: Figure) -> bool:
    """Whether a figure's label holds a word of two characters of ``what`` (观影 of 观影人次)."""
    return any(what[i : i + 2] in figure.label for i in range(len(what) - 1) if what[i : i + 2] not in _NO_WORD)


# 按全市常住人口2256万人计算,人均观影1.42次: the base the sentence states, then what is averaged over it
_STATED_BASE = re.compile(r"按[^，,；;。]{0,12}计算[，,]\s*(?:[\u4e00-\u9fff]{0,6}?)人均([\u4e00-\u9fff]{2,8}?)$")


def _over_stated_base(model: Model, average: Figure) -> tuple[Figure, Figure] | None:
    """``按全市常住人口2256万人计算,人均观影1.42次``: the count inside 按…计算 is the base, and the latest earlier
    count named with a word of what is averaged (城市院线观影人次3208万) the total."""
    if model.language != "zh":
        return None
    match = _STATED_BASE.search(model.before(average, average.sentence, 40))
    if match is None:
        return None
    opening = average.start - len(model.before(average, average.sentence, 40)) + match.start()
    counts = _earlier_counts(model, average)
    bases = [f for f in counts if opening < f.start < average.start]
    totals = [f for f in counts if f.start < opening and _named_by(match.group(1), f)]
    if len(bases) != 1 or not totals:
        return None
    return totals[-1], bases[0]


_MEASURE_WORD_CUE = re.compile(r"([场户校店院车台])均([\u4e00-\u9fff]{2,8}?)?$")


def _per_measure_word(model: Model, average: Figure) -> tuple[Figure, Figure] | None:
    """``放映电影146.3万场,场均观影人次23.9人``: per 场 is over the latest count in 场, and what is averaged (观影人次)
    the latest earlier count named with a word of it (城市院线观影人次3208万)."""
    if model.language != "zh":
        return None
    match = _MEASURE_WORD_CUE.search(model.before(average, average.clause, 16))
    if match is None:
        return None
    counts = _earlier_counts(model, average)
    per = [f for f in counts if f.unit is not None and f.unit.startswith(match.group(1))]
    if match.group(2) is None:
        # 发放补贴2.4亿元，惠及农户4.8万户，户均5000元: money per household with nothing named after 均 is the money of
        # its sentence over the households of its sentence
        if average.unit is None or not _is_money(average.unit):
            return None
        money = [
            f
            for f in model.near_in_sentence(average)
            if f.role == CURRENT and not f.aside and f.end <= average.start and f.unit and _is_money(f.unit)
        ]
        per = [f for f in per if f.sentence == average.sentence]
        return (money[-1], per[-1]) if money and per else None
    totals = [f for f in counts if f not in per and _named_by(match.group(2), f)]
    if not totals and average.unit is not None and _is_money(average.unit):
        # 直播带货1.28万场,实现销售额6.35亿元,场均销售额4.96万元: money per show is the money so named
        totals = [
            f
            for f in model.near_in_context(average)
            if f.role == CURRENT
            and not f.aside
            and f.start < average.start
            and f.unit == average.unit
            and _named_by(match.group(2), f)
        ]
    if not per or not totals:
        return None
    return totals[-1], per[-1]


def _another_count_by_the_total(total: Figure, count: Figure, pool: list[Figure]) -> bool:
    """国庆…接待游客486.3万人次 (a paragraph before) … 接待国内游客分别为…2.24亿人次，旅游总收入…3380亿元。游客人均
    花费1509元: a count from a paragraph before the total's, when a figure of its unit in the total's paragraph
    may be the count instead."""
    if count.block >= total.block:
        return False
    return any(f.block == total.block and f.unit == count.unit and f is not count for f in pool)


_PER_EN = re.compile(r"\s*((?:[a-z-]+\s+){0,2}?)(?:per|for each|for every)\s+([a-z-]{3,})\b", re.IGNORECASE)
# "63.7 million registered patients": the noun after a bare count, or the one after an adjective
_NOUN_AFTER_EN = re.compile(r"\s*([a-z-]{3,})(?:\s+([a-z-]{3,}))?")
_ADJECTIVE_EN = re.compile(r"(?:ed|al|ive|ic|ous|ful|able|ible|ary|ant|ent)$")


def _nouns_after(match: re.Match[str]) -> list[str]:
    """The noun after a bare count: its first word, and the second when the first reads as an adjective."""
    first, second = (w.lower() if w else "" for w in match.groups())
    # "7,915 young persons": a first word that is no plural noun may be an adjective too
    plural_noun = first.endswith("s") and not first.endswith(("ss", "us"))
    return [first, second] if second and (_ADJECTIVE_EN.search(first) or not plural_noun) else [first]


def _english_total_and_count(model: Model, average: Figure) -> tuple[Figure, Figure] | None:
    """ "spent £1.73 billion during them, an average of £609 per visit", "who numbered 2,347, an average of 2.3
    children per household": the total is the latest figure before the average in its sentence, in the
    average's unit (or both bare); the count is the figure the noun after "per" names (its label, unit or the
    noun after it: 2.84 million visits; the head of "per bathing water" too), in the sentence, else the latest in
    the section before (one labelled with the noun alone before a kind of it: visits, not holiday visits), else
    the latest so named earlier in the text.  "There were 71,320 movements, an average of 132.1 passengers per
    movement": an average that names what it averages, whose sentence's one amount is its count, is of the
    largest earlier figure so named (9.42 million terminal passengers, never August's 1.12 million).  None so
    named, no rule."""
    per = _PER_EN.match(model.text, average.end)
    if per is None:
        return None
    noun = per.group(2).lower()
    stems = [noun[:-1] if noun.endswith("s") else noun]
    head = _PER_PHRASE_HEAD_EN.match(model.text, per.end())
    if head:  # "per bathing water": the head noun names the count too
        stems.append(head.group(1).lower().removesuffix("s"))
    stem = stems[0]
    sentence = model.in_sentence(average)
    unit = average.per if average.per is not None else average.unit  # "2.26 people per household": people

    def usable(f: Figure) -> bool:
        return f.role == CURRENT and not f.aside and not f.base and not f.in_table and (f.is_amount or f.is_measure)

    def words_of(f: Figure) -> list[str]:
        after = _NOUN_AFTER_EN.match(model.text, f.end) if f.unit is None else None
        words = [*re.findall(r"[a-z-]{3,}", f.label.lower())[-1:], (f.unit or "").lower()]
        if after:
            words.extend(_nouns_after(after))
        return [w for w in words if w]

    earlier = [f for f in sentence[: average.at_sentence] if usable(f)]
    totals = [f for f in earlier if f.unit == unit]
    averaged = (per.group(1) or "").split()
    what = averaged[-1].lower().removesuffix("s") if averaged else ""
    if what and len(totals) > 1:
        # "318,420 suspensions were received by 154,880 pupils, an average of 2.06 suspensions per pupil": the total
        # is the figure counting what is averaged, not the latest bare one
        totals = [f for f in totals if any(w.startswith(what) for w in words_of(f))] or totals
    if not totals:
        return None
    total = totals[-1]

    def names(f: Figure) -> bool:
        return any(w.startswith(s) for w in words_of(f) for s in stems)

    def exactly(f: Figure) -> bool:  # "visits", not "holiday visits", a kind of them
        return f.label.lower() in (noun, stem, stem + "s")

    if what and names(total) and len(earlier) == 1 and not any(w.startswith(what) for w in words_of(total)):
        # "71,320 air transport movements, an average of 132.1 passengers per movement": the count is in the
        # sentence, the total the latest figure before it that counts what is averaged
        before = [f for f in model.figures[max(0, average.number - 60) : total.number] if usable(f)]
        named_total = [f for f in before if f.unit == unit and any(w.startswith(what) for w in words_of(f))]
        named_total = [f for f in named_total if not _part_of_a_share(model, f)]
        if not named_total:
            return None
        # the largest: the whole year's passengers, never August's
        return max(named_total, key=lambda f: f.quantity.interval.lo * f.scale), total
    pool = [f for f in model.figures[max(0, average.number - 60) : average.number] if f.section == average.section]
    named = [f for f in earlier if f is not total and names(f)]
    if not named and any(f is not total and f.is_amount for f in earlier):
        return None  # "1,021 included children, who numbered 2,347, an average of ...": the count may be that one
    if not named:
        named = [
            f
            for f in pool
            if usable(f) and f is not total and f.start < total.start and names(f) and not _part_of_a_share(model, f)
        ]
        named = [f for f in named if exactly(f)] or named
    if not named:  # a count of the noun under an earlier heading: "learners" for "per learner"
        text_before = [
            f for f in model.figures[max(0, average.number - 60) : total.number] if f.section != average.section
        ]
        named = [f for f in text_before if usable(f) and names(f) and not _part_of_a_share(model, f)]
    if not named:
        return None
    count = named[-1]
    if count.quantity.kind != Kind.COUNT and count.unit is not None and not count.unit.isalpha():
        return None
    return total, count


# the second word of "per bathing water", the head noun, when the phrase ends there
_PER_PHRASE_HEAD_EN = re.compile(r"\s+([a-z-]{3,})(?=\s*(?:[.,;:)]|$))", re.IGNORECASE)


# "Average lending per borrower during the year was £17,800", "mean wealth was about £288,000 per household",
# "The average balance on entry to repayment was £44,900 for the 38,000 borrowers", "£47.1 an hour": an amount
# whose own clause calls it an average (or a mean), or says what it is per, before or after it
_AVERAGE_SUBJECT_EN = re.compile(
    r"\b(?:average|mean)\b[^\d,;:()]{0,60}?\b(?:was|were|is|are|stood at|came to|of)\s+(?:about |around |some |almost "
    r"|nearly |just over |just under )?$",
    re.IGNORECASE,
)
_PER_BEFORE_EN = re.compile(
    r"\bper\s+([a-z-]{3,})\b[^\d,;:()]{0,40}?\b(?:was|were|is|are|stood at|came to|of|averaged)\s+"
    r"(?:about |around |some )?$",
    re.IGNORECASE,
)
# "so each GP delivered an average of 4,488 appointments": what the average is per, named before it
_EACH_BEFORE_EN = re.compile(r"\beach\s+([A-Za-z][A-Za-z-]+)\b[^\d,;:()]{0,40}?\ban average of\s+$")
# "£47.1 an hour", "an average of 7.2 nights a visit", "42,200 people per venue": up to two words of the
# average's own unit before what it is per
_PER_AFTER_EN = re.compile(
    r"\s*(?:[a-z-]+\s+){0,2}?(?:per|an?|each)\s+([a-z-]{3,})\b(?=\s*(?:[,;:.)]|$|worked|in|during|over))", re.I
)
# "an average of 4,488 appointments": the noun after an average that is not money names what is averaged
_AVERAGED_NOUN_EN = re.compile(r"\s+([a-z][a-z-]{3,})\b")
# "The average grant was £5,000", "an average class size of 26.4 pupils": the noun after "average" it is per
_AVERAGE_NOUN_EN = re.compile(
    r"\baverage\s+([a-z-]{3,})(?:\s+(?:size|price|cost|value|amount|payment|award|bill|charge|sum))?\s+"
    r"(?:was|were|is|are|of|stood at|came to)\s+(?:about |around |some )?$",
    re.IGNORECASE,
)
_NOT_AVERAGED_NOUN_EN = frozenset(
    "amount value level number rate age length time wait earnings pay income spending price cost size daily weekly "
    "monthly annual yearly household".split()
)
# "an average of £70,000 each", "an average of 21 days each": each of the things the sentence counts
_EACH_AFTER_EN = re.compile(r"\s*(?:[a-z-]+\s+)?each\s*(?:[,;:.)]|$)", re.IGNORECASE)
_FOR_THE_EN = re.compile(r"\s*(?:for|among|across)\s+(?:the|each of the|all|all the)?\s*$", re.IGNORECASE)
_NOT_AVERAGED_EN = frozenset(
    "average mean median were stood came about around some almost nearly just over under with that this there then "
    "therefore which their per".split()
)
_PER_HEAD_EN = frozenset(("head", "capita", "person", "resident", "inhabitant"))
_POPULATION_EN = frozenset(("population", "residents", "inhabitants", "people", "persons"))
_NOT_PER_EN = frozenset(("cent", "year", "month", "week", "day", "quarter", "annum", "time", "total", "record", "rise"))


def _structured_average_en(model: Model, links: Links, average: Figure) -> Suggestion | None:
    """An English average found from its structure, not from its role: an amount whose clause calls it an
    average, or says what it is per, is a total in its unit over a count of what it is per.  The count is the
    figure that names that noun (its label, unit or the noun after it): the one "for the" brings in after the
    average, else one in its sentence, else the latest before it in its section; the total is an amount in the
    average's unit in the average's sentence (before it, else "a total of" after it), else in the count's own
    sentence ("£2.9 billion was lent to 163,000 borrowers"), else none.  A warning: which figures are the total
    and the count is inferred."""
    if average.role not in (CURRENT, AVERAGE) or not average.is_amount or average.in_table:
        return None
    before = model.before(average, average.clause, 80)
    before = re.split(r"\d", before)[-1]
    noun = ""
    per_after = _PER_AFTER_EN.match(model.text, average.end)
    unit_word = ""  # "7.2 nights a visit": the average's own noun, which its total must name too
    if per_after and not re.match(r"\s*(?:per|an?|each)\s", per_after.group(0), re.IGNORECASE):
        unit_word = per_after.group(0).split()[0].lower()
        if average.role != AVERAGE:
            per_after = None  # words of its unit before "per" only after what its clause calls an average
    per_before = _PER_BEFORE_EN.search(before) or _EACH_BEFORE_EN.search(before)
    if per_after and per_after.group(1).lower() not in _NOT_PER_EN:
        noun = per_after.group(1).lower()
    elif per_before and per_before.group(1).lower() not in _NOT_PER_EN:
        noun = per_before.group(1).lower()
    elif (named_average := _AVERAGE_NOUN_EN.search(before)) and named_average.group(
        1
    ).lower() not in _NOT_PER_EN | _NOT_AVERAGED_NOUN_EN:
        noun = named_average.group(1).lower()  # "The average grant was £5,000": per grant
    sentence = model.in_sentence(average)
    if not noun and average.role == AVERAGE and _EACH_AFTER_EN.match(model.text, average.end):
        each = _each_of(model, average, sentence)
        if each is not None:
            return each
    later = sentence[average.at_sentence + 1 :]
    count: Figure | None = None

    def money(f: Figure) -> bool:
        return (
            f is not average
            and f.role == CURRENT
            and not f.aside
            and not f.in_table
            and f.unit == average.unit
            and f.quantity.interval.lo > average.quantity.interval.hi
            and not re.search(r"\b(?:average|mean|median)\b", f.label)  # another average is no total
        )

    if (
        later
        and _FOR_THE_EN.fullmatch(model.text[average.end : later[0].start])
        and later[0].is_amount
        and (_AVERAGE_SUBJECT_EN.search(before) or noun)
    ):
        count = later[0]  # "was £44,900 for the 38,000 borrowers"
    if count is None:
        if not noun:
            return None
        stem = noun[:-1] if noun.endswith("s") else noun

        def names(f: Figure) -> bool:
            after = _NOUN_AFTER_EN.match(model.text, f.end) if f.unit is None else None
            words = [*re.findall(r"[a-z-]{3,}", f.label.lower()), (f.unit or "").lower()]
            if after:
                words.extend(_nouns_after(after))
            if stem in _PER_HEAD_EN:  # "admissions per head of population": a count of the people
                return any(w in _POPULATION_EN for w in words)
            return any(w.startswith(stem) for w in words if w)

        def countable(f: Figure) -> bool:
            return (
                f is not average
                and f.role == CURRENT
                and not f.aside
                and not f.in_table
                and f.is_measure
                and (f.unit is None or (f.unit.isalpha() and not _is_money(f.unit)))
                and names(f)
            )

        in_sentence = [f for f in sentence if countable(f)]
        earlier = [
            f
            for f in model.figures[max(0, average.number - 40) : average.number]
            if f.section == average.section and f.sentence != average.sentence and countable(f)
        ]

        def measured_in(c: Figure) -> bool:
            """ "8,420 miles" for "per mile", "3.46 million visits" for "a visit": counted in the very unit, or
            labelled with the very noun, the average is per"""
            if c.unit is not None and c.unit.lower().rstrip("s") == stem.rstrip("s"):
                return True
            return c.unit is None and c.label.lower() in (noun, stem, stem + "s")

        # the count in its sentence, else the nearest before it with money of the average's unit beside it in its
        # own sentence ("£2.9 billion was lent to 163,000 borrowers", "made 3.46 million visits and spent £2.47
        # billion") or counted in the very unit the average is per: a count alone may be of other things
        # (never when the average's sentence holds another amount before it but its total: "1,020 had children,
        # who numbered 2,350, an average of 2.3 children per household" may be per one of those 1,020)
        amounts = [f for f in sentence[: average.at_sentence] if f.is_amount and not f.aside]
        alone = len(amounts) <= 1
        found = (
            in_sentence[-1:]
            or [
                c
                for c in earlier[::-1]
                if (alone and measured_in(c)) or any(money(f) and f is not c for f in model.in_sentence(c))
            ][:1]
        )
        if not found:
            return None
        count = found[0]

    totals = [f for f in sentence[: average.at_sentence] if money(f) and f is not count][-1:]
    if not totals:
        totals = [f for f in later if money(f) and re.search(r"\btotal of\s*$", model.before(f, f.clause, 20))][:1]
    if not totals and count.sentence != average.sentence:
        own = model.in_sentence(count)
        totals = [f for f in own[: count.at_sentence] if money(f)][-1:]
        totals = totals or [f for f in own[count.at_sentence + 1 :] if money(f)][:1]
    parts = {p.number for b in links.breakdowns for p in b.parts}
    # money of the average's section before it, neither its count nor a part of a breakdown
    candidates = [
        f
        for f in model.figures[max(0, average.number - 40) : average.number]
        if f.section == average.section and money(f) and f is not count and f.number not in parts
    ]
    if not totals:
        # "There were 1.43 million households, so mean wealth was about £288,000 per household": the first money
        # of its section labelled with a word of what is averaged (wealth), never a part of a breakdown
        named = {w for w in re.findall(r"[a-z-]{4,}", before.lower()) if w not in _NOT_AVERAGED_EN}
        totals = [f for f in candidates if named & set(f.label.lower().split())][:1]
    averaged = _AVERAGED_NOUN_EN.match(model.text, average.end) if average.unit is None else None
    if not totals and averaged and averaged.group(1).lower() not in _NOT_AVERAGED_EN | {noun}:
        # "GPs led 4.21 million attended appointments. ... each GP delivered an average of 4,488 appointments":
        # the latest figure of its section before it whose label ends in the noun after the average
        word = averaged.group(1).lower()
        totals = [f for f in candidates if f.label.lower().split()[-1:] == [word]][-1:]
    if not totals:
        return None
    total = totals[0]
    if unit_word and not _names_word(model, total, unit_word):
        return None  # "an average of 7.2 nights a visit" is over nights, never another total
    if count.number in parts and total.number not in parts:
        return None  # a part's count over the whole's money: never its average
    return _total_over_count(model, total, count, average, money=True)


def _each_of(model: Model, average: Figure, sentence: list[Figure]) -> Suggestion | None:
    """ "The 1,240 schools received £86.8 million, an average of £70,000 each", "The 2,310 patients waited a total
    of 48,510 days, an average of 21 days each": the amount of the average's unit before it in its sentence over
    the one count of other things there (a warning); none when the sentence holds more than one such count."""
    earlier = [f for f in sentence[: average.at_sentence] if f.role == CURRENT and not f.aside and not f.in_table]
    totals = [f for f in earlier if f.unit == average.unit and f.is_amount and _bigger_than(f, average)]
    counts = [
        f
        for f in earlier
        if f.unit != average.unit and f.is_amount and (f.unit is None or not _is_money(f.unit)) and not f.base
    ]
    if len(totals) != 1 or len(counts) != 1:
        return None
    return _total_over_count(model, totals[0], counts[0], average, money=True)


def _bigger_than(total: Figure, average: Figure) -> bool:
    return total.quantity.interval.lo > average.quantity.interval.hi


def _part_of_a_share(model: Model, figure: Figure) -> bool:
    """ "Resurfacing covered 312 miles, 3.7% of the network": an amount its share follows is a part of a whole,
    never the count an average of that whole is per."""
    following = model.in_sentence(figure)[figure.at_sentence + 1 : figure.at_sentence + 2]
    return bool(
        following
        and following[0].is_percent
        and re.fullmatch(r"\s*[,(]?\s*", model.text[figure.end : following[0].start])
        and re.match(r"\s*\)?\s*of\b", model.text[following[0].end : following[0].end + 8])
    )


def _names_word(model: Model, figure: Figure, word: str) -> bool:
    """Whether a figure's label, unit or the noun after it names ``word`` (nights, appointments)."""
    stem = word[:-1] if word.endswith("s") else word
    after = _NOUN_AFTER_EN.match(model.text, figure.end) if figure.unit is None else None
    words = [*re.findall(r"[a-z-]{3,}", figure.label.lower()), (figure.unit or "").lower()]
    if after:
        words.extend(_nouns_after(after))
    return any(w.startswith(stem) for w in words if w)


def _total_over_count(model: Model, total: Figure, count: Figure, average: Figure, money: bool) -> Suggestion:
    """The average is the total over the count, within half a unit of its last digit (a warning: inferred);
    money or a measure per head through mean(), which keeps the total's unit."""
    over = f"mean({total.ref}, {count.ref})" if money else f"{total.ref} / {count.ref}"
    return Suggestion(
        NAME,
        f"{average.id}-is-total-over-count",
        f"abs({over} - {average.ref}) <= {_half_unit(average)}",
        say(
            model.language,
            f"平均数{average.text}应约等于{total.text}/{count.text}",
            f"the average {average.text} should be about {total.text} / {count.text}",
        ),
        (total, count, average),
        severity=INFERRED,
    )


def _is_money(unit: str) -> bool:
    return unit in CURRENCY_CODES
