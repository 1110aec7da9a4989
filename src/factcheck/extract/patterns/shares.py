"""share: a part, its share and the whole; rates whose numerator and denominator are in the text.

- ``A ... 占 B 的 P%`` / ``A,占B比重P%`` / "A, or P% of B": ``share(A, B) == P``.  The whole is the figure
  between 占 and the percentage, or the figure its name (the words after 占, "of") labels in the same
  paragraph; an error when it stands in the same sentence or its label is the name exactly, a warning when
  the name only ends its label.  ``占全部案件的5.9%`` names the text's lead 案件 figure (as ``占全省接待游客总数的``
  does, before any figure that merely shares more of its words; a per-head part, ``人均服务性消费支出...占居民人均
  消费支出的比重为46.0%``, is of the per-head figure so named; ``个人住房贷款余额占缴存余额的67.31%`` with no figure in
  its sentence is the one earlier figure of each name, a warning), ``占全市的27.6%``
  the figure of the whole place in the part's period (the part the clause names: 事故起数 of 74起 and 63人),
  "1.1 per cent of all recorded crime" the text's first figure of that name, under any heading, and
  "Burglaries accounted for 8.4% of ..." takes the burglaries figure of its paragraph as its part: warnings.
  Without a whole, the implied whole ``A / P`` is derived for the report.  ``A起、B人,分别占事故总起数和死亡总人数
  的P%和Q%`` and "A and B ... accounted for P% and Q% of all offences and arrests respectively": parts, shares
  and names of wholes pair in order (A of the text's 事故 figure, B of its 死亡 figure), never crosswise (one name,
  ``分别占民事案件总数的P%、Q%``, is every share's whole; with no figure of it, A / P == B / Q); lists of
  different lengths, or parts whose units contradict the names (起数, 人数), propose nothing.  Warnings, except
  where the name calls its whole a total (事故总起数, 死亡总人数) and the whole is the text's first level of its unit,
  larger than the part (the report's head figure): errors.
  ``分别占全年同类警情的29%和41.8%``: each part of the text's earlier figure of its own kind (抢险救援 of 抢险救援).
  ``比年初增加12.8亿元,占各项贷款增量的24.0%``: a whole that is an increase (增量) takes the increase before the
  share as its part and the increase of the figure so named (各项贷款余额, 比年初增加53.4亿元) as its whole, never
  either's level (a warning).
  A whole named and given later in the share's paragraph (``占全县社会消费品零售总额的比重为26.3%。全县社会消费品零售
  总额81.60亿元``) is that figure, never the part's 其中 total sharing a word with the name; a whole whose name the
  part (or a part of it) bears is the figure so named further up (a warning).
  A known rate (存贷比) whose figures are paragraphs up is over the one figure of all of each kind (各项存款余额,
  各项贷款余额), a warning.
  ``不良贷款率为1.38%``: a rate named by a qualifier and a noun (不良 + 贷款) is the paragraph's figure labelled with
  both over the noun's whole of the same kind earlier in the text (各项贷款余额, never 涉农贷款余额), a warning.
  ``占总数的44.9%`` with no breakdown is of the figure its paragraph opens with in the part's unit, when larger
  (a warning); ``其他区域火灾占5.7%`` has no figure of its own, never the one before it, nor has ``随迁子女占比为28.4%``
  (its clause names a part no figure of the sentence is labelled with).  ``在新登记的19.02万户企业
  中,...占全部新设企业的6.6%`` is of that total, whose noun (企业) the name holds.  Shares of one whole in one
  paragraph that add up to exactly 100 as written may have been adjusted so they do (968.4 of 5998.2 printed
  16.2%): each is then allowed one unit of its last digit, ``abs(share(A, B) - P) <= 0.1%``.  ``scan`` points a
  share's rule at the share the text states, never at a whole paragraphs above it.  A bare share of a part
  whose 其中 total carries a bare share of its own (``60岁及以上人口...，占18.70%，其中65岁及以上人口...，占13.50%``)
  is of the total's whole, never of the total.  A whole named by a Chinese name of three or more characters that
  no figure of the paragraph bears is the one figure before it in the text labelled exactly so, of the part's
  unit and period (``占当年缴存额的70.22%`` of ``缴存额186.35亿元`` two sections up; a warning), and none when two are.
  A Chinese share of at most 100% is never of a whole smaller than its part (``分别收购玉米1820万吨…合计5230万吨，
  占玉米收购总量的80.0%``: no whole rather than the first listed item), and a share said of a list's sum
  (``分别为7120亿、6480亿和5010亿千瓦时，合计占…的47.6%``) is never the last item's: it is the sum of the listed
  items (as many as ``三项合计占`` says, else those after 其中 or 分别为) over the figure its name labels, larger than
  their sum (a warning across sentences), and nothing when the list or the whole is unclear.
  In ``在电信业务收入中占比为16.0%`` the whole is named before 中; a bare ``占16.1%`` after a per-head part
  (``人均经营净收入6214元``) is of the per-head whole the share before it named; ``省内流动农民工占外出农民工的56.0%``
  with no figure in its sentence is of the part labelled as its subject opens (省内流动618万人), or of the one
  figure of the paragraph whose label opens as the subject does (铁路发送旅客 for 铁路客运量).
  ``第一、二、三产业就业人员分别为A、B和C,占比分别为P%、Q%和R%``: each share is the amount in its place over
  the total the list divides (an error in its sentence, else a warning), or, with no total, over the list's
  sum when the shares add up to 100% within their rounding (an error).  In a table with a total row, a cell
  under a share column (占比, 比重, "%", "% of total") is the count on its left over the total row's count
  (none when the total row's own share cannot read 100: ``| 合计 | 678.4 | 47.3 |`` under 占全国比重);
  where one row of that column reads 100 (``| 货物进出口总额 | 3256.4 | 100.0 |``), every share in it, a
  ``其中：机电产品`` row under 出口额 too, is of that row's count; a share column that names a column
  (``收案占比(%)`` after 收案 and 结案, "% of all sentenced" after Sentenced and Immediate custody) divides that
  column's count, not the one nearest it.  An
  English rate names the act it measures: "made 20,880 arrests, and the charge rate was 6.9%" is not arrests
  over arrests; "the charge rate ... to 5.9%" followed by "Of the 65,540 offences, 3,867 resulted in a charge"
  in its paragraph is the part over that total (a warning).  English forms: "Of these, 31,900 were charged,
  or 47%" (the part's breakdown total); "made up 68.6% of violent crimes (820,000), robberies 17.4% (208,000)
  ..." (each later share of the first one's whole); "Of the 542,600 searches, 382,500 resulted in no further
  action (70%)" (a warning: the words between may make it a subgroup's share, so only a bare bracket);
  "rose 4.1% to 3,540, with 1,620 (45.8%) relating to ..."; "..., and made up 62% of all searches" (the
  sentence subject's figure); "Nearly two-thirds of prisoners (61% or 27,100 prisoners) ..., while over a
  third (39% or 17,000 prisoners) ..." (each bracketed share of the sentence's first whole, warnings); "One in
  five robberies (1,080)" (of the largest robberies figure before it, as "of all" is).  Wholes the text
  leaves to the reader (warnings): "A sample of 5,000 dockets showed that 3,450 (69%) ..." (the larger count
  before it in the sentence, no sibling part), "The waiting list stood at 7.40 million. Around 2.9 million
  (39.2%) ..." (a sentence that opens with its part: the first count of the sentence before), "Primary schools
  had 4,550,000 pupils (50.4%), secondary schools 3,900,000 (43.2%) ..." (the latest figure labelled with the
  noun the list's first count names, larger than each listed part), "spent £2.13 billion, 89% of its budget"
  after "allocated £2.40 billion" (a plan's share: the one larger amount of the part's unit before it in its
  sentence), "24% of all spending" (the largest amount labelled spent), "p% of pupils ..., the equivalent of N"
  (the figure labelled with the name alone, under any heading).  A share of a change: "about two-thirds of the
  growth, or 1,770,000 people", "more than half (52.1%) of the national gain" (the change the text states);
  "Together these three states accounted for 40.0% of ..." (the sum of the parts listed in the sentence
  before); "41 million, which is about 74% of all deaths worldwide (55.4 million)" (the whole in brackets after
  its name).  A whole
  is the figure labelled with the name itself before one that names a
  kind of it (receptions, not sentenced receptions), and never a sibling labelled as the part is
  (普通高中在校生 is no whole of 中职在校生 in ``占高中阶段在校生的33.6%``); a rate per 100,000 is never a part
  or a whole.
- English shares from their structure, for a percentage no phrase of its own took (an error in one sentence):
  its part is the amount it is tied to ("A (P)", "P (A)", "A ..., or P", "P ..., or 127,000 people", "A, P of
  the B"), its whole the amount the sentence says the part is out of: "14,077 of 18,240 referrals (77.2%)",
  "5,402 of the 5,618 patients ... within 31 days, or 96.2%" (a duration between is no amount), "3,860 patients
  began ..., and 2,911 of them (75.4%)", "61,320 women, 72.4% of the 84,700 eligible", a sentence that opens
  with it ("Of the 6,840 people held, 2,530 ..., or 37.0%", "Among adults with a disability (298,000), 45.3%
  ..., or 127,000 people"; never a group named in words, "Of women released, 3,100 ..."), two acts joined by
  "and" before a named rate ("sent to 212,400 ..., and 143,600 returned ..., an uptake of 67.6%"), and for a
  sentence of bare "P (A)" pairs after one that opened with its whole, that whole ("Of an estimated 1.24
  million adults, 63.2% (784,000) ... A further 11.0% (136,000) ...": warnings).
- "accounted for 21% of all arrests (128,400 of 611,500)": a part and a whole in brackets after a share are
  its own (an error), as are a part and whole the words between them tie to it, in any order: "2,310 (41%) of
  the 5,640 claims", "2,310 of the 5,640 claims (41%)", "2,480 of the 4,000 staff, a share of 62%", "30% of the
  4,200 complaints (1,260)", "9,800 operations, 7,350 of them (75%)", "3,200 casualties, 18% of which (576)";
  so is a rate or a bare percentage: "collected £97.3 million of the £101.2 million due, an in-year collection
  rate of 96.1%", "4.9%, with 76,800 people out of work in a labour force of 1.57 million", "412,000 children
  were seen, 57.1% of the child population of 721,500", "Of the 12,400 households invited, 7,020 responded, a
  response rate of 56.6%" (the whole opens the sentence: "Of", "Out of"), "giving a vacancy rate of 4.6%",
  "invited 258,900 women and screened 184,300, an uptake rate of 71.2%", "Uptake was 71.2%: 184,300 of the
  258,900 women invited were screened".  "..., of which 6,180 were approved. That is an approval
  rate of 75.0%" (or "The conviction rate was 83.0%"): a sentence opening "That is" (this was, it represents, the
  ... rate was) with the percentage is the smaller of the
  sentence before's two amounts over the larger; "Women held 58% of these jobs (239,000)": the bracket over the
  sentence before's first larger amount (warnings).
- English shares of one whole that follow one another in a paragraph, three or more, and add up to 100 as
  written within their rounding ("£2.21 billion, 57.9% of the total; research £0.63 billion (16.5%); ...") are
  all of it: their parts add up to the whole and the shares to 100% (warnings); so, with it, are shares of one
  whole in one sentence whose list ends with an amount named other, remaining or the rest ("business trips 0.58
  million (16.8%) and other visits 0.29 million").
- Known rates in the same paragraph: 结案率 = 审结 / 受理, 办结率 = 办结 / 受理, 化解率 = 化解 / 排查, 破案率 = 破案 /
  立案 (or 发生), 城镇化率 = 城镇 / 常住人口 (never 乡村常住人口), 存贷比 = 贷款 / 存款, ...: a base in the
  numerator's unit (重刑率 over 判处罪犯2120人, never 审结1850件), a warning, since a report may take its base
  differently (收案 with or without cases carried over).  An X率 of no known kind is the figure before it that names X
  over the one before that (办结1389条 of 共接收线索1426条; 调撤率 of the one figure holding 调 and 撤, 调解撤诉; with
  no base before it, a total named after it: 执行到位金额 over 执行标的总额), never over a smaller figure when the
  rate is at most 100%, and in a sentence opening with a group (本科毕业生中，国内升学1842人…升学率) only over that
  group.  A known Chinese rate whose numerator is in its sentence but whose base is not in sight takes the latest base
  of its section, paragraphs before (全年受理信访事项3126件次 ... 按期办结3085件，按期办结率98.7%; a warning). A part
  of a total in sight is never the base, nor the numerator when the total bears the same name (中长期贷款 of
  各项贷款).  不捕率 = 不捕 / (逮捕 + 不捕) and 批捕率 = 逮捕 / (逮捕 + 不捕) are definitions (不诉率 is 不起诉率):
  errors; a 不起诉率 beside only the cases reviewed (受理审查起诉) is taken over them, a warning.
- An English share in words with no hedge ("three quarters of the total", "one in five") is the share rounded
  to it, to a whole percent: ``abs(share(A, B) - P) <= 0.5%`` (£383.6 billion of £512.4 billion, 74.9%, is
  three quarters).  An English share's whole is never smaller than its part, nor a figure some group "accounted
  for" or "made up" ("UK applicants accounted for 466,930 acceptances" is no whole of "one in ten acceptances").
  A whole named with its amount in brackets ("71% of the total area of the county (862 thousand hectares)") is
  that amount, of the sentence's amount before the share; a bare share in brackets after an amount ("£143
  billion (35%)") is of the whole of the sentence's earlier share ("£171 billion (42% of the total)"), and the
  first of a sentence after a count whose label ends with a noun ("Theft offences numbered 26,100 (31%)") is of
  the latest larger figure before it labelled or counted with that noun alone (84,300 offences): warnings.
  "11.9% of the annual total" and "of the total number" are "of the total": the paragraph's lead figure.
- Complementary rates: X率 and 不X率 / 未X率 in one paragraph add up to 100% (error).
- Targets: ``新增城镇就业3.86万人，完成年度目标3万人的128.7%`` (or ``目标（6万人）的``, ``年度120公里目标任务的``): the
  result over its target is the percentage (an error).
- Chinese wholes by name (label agreement): a share that names its whole (``占社会消费品零售总额的``) is of the
  one figure of its period so labelled, not of the total its part divides when that total only shares a word
  with the name (网上零售额); ``分别占外出农民工的`` is of the figure labelled 外出农民工, never 农民工总量; a short
  name (``占全年票房的``) is of the one figure so named that is no part of another (电影票房, not 国产影片票房);
  a per-head part's share of ``可支配收入`` or ``人均消费支出`` is of the per-head whole of all residents, never the
  urban or rural one (``全体居民人均可支配收入``, beside the town's and the country's); an aside naming the share
  (``占人均消费支出的比重（恩格尔系数）为30.0%``) is no part of the whole's name; a share in brackets after a part
  (``领域41件（占42.7%）``) is that part's; a share whose subject names an earlier part of its sentence (``其中出口…，
  进口…，出口占进出口总额的63.2%``) or its measure word (``发生事故94起、死亡82人，事故起数占事故总数的64.4%``) is
  that part's, never the last figure's; a share of kinds whose whole is one of several like-named figures of the
  lead sentence (排查矛盾纠纷, 受理调解矛盾纠纷) is a warning; ``中位数是平均数的86.1%`` is the median before it over
  the mean its name gives (an error);
  a rate naming a group (``省属企业资产负债率``) that neither figure's sentence names is not over them.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from factcheck.extract.links import Links, same_count
from factcheck.extract.model import (
    AVERAGE,
    CHANGE,
    CURRENT,
    FRAMED_BY,
    NEIGHBOURS,
    RATE,
    SHARE,
    TARGET,
    Figure,
    Model,
    same_period,
)
from factcheck.extract.suggestion import INFERRED, STATED, Suggestion, say
from factcheck.quantity import Kind
from factcheck.quantity.normalize import normalize

NAME = "share"

# rate name -> (numerator label words, denominator label words)
RATES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "结案率": (("审执结", "审结", "结案", "执结", "办结"), ("受理", "收案")),
    "审结率": (("审结", "结案"), ("受理", "收案")),
    "办结率": (("办结",), ("受理", "收到", "交办")),
    "处置率": (("处置",), ("受理", "上报")),
    "化解率": (("化解",), ("排查", "受理", "调处")),
    "调解成功率": (("调解成功",), ("调解",)),
    "破案率": (("破获", "侦破", "破案"), ("立案", "发案", "立刑事", "立", "发生")),
    "城镇化率": (("城镇",), ("常住人口", "总人口", "户籍人口")),
    "起诉率": (("起诉",), ("受理", "审查起诉")),
    "重刑率": (("五年以上", "重刑"), ("审结", "判处", "判决", "生效")),
    "存贷比": (("贷款",), ("存款",)),
    "clearance rate": (
        ("cleared", "solved", "resolved", "concluded", "disposed"),
        ("accepted", "received", "recorded", "reported", "filed"),
    ),
}
# rate name -> label words of a figure that looks like the rate's base but is not: 结案率 is taken over the
# cases on hand (新收 and 旧存 together), so new cases alone would put a true rate in doubt; 城镇化率 over all the
# residents, never the country's (乡村常住人口 holds 常住人口 too)
NOT_BASES: dict[str, tuple[str, ...]] = {"结案率": ("新收",), "审结率": ("新收",), "城镇化率": ("乡村", "农村")}
_NOT_ARRESTED = ("不捕", "不批准逮捕", "不批捕", "不予逮捕")
_ARRESTED = ("批准逮捕", "批捕", "决定逮捕", "逮捕")


def find(model: Model, links: Links) -> list[Suggestion]:
    out: list[Suggestion] = []
    totals_of = {part.number: b.total for b in links.breakdowns for part in b.parts}
    # 排查矛盾纠纷5400多件，受理调解4826件… 从纠纷类型看，婚姻家庭纠纷1284件，占26.6%: a whole the breakdown only
    # infers (which of the lead's figures the kinds divide) makes the share inferred too
    inferred_parts = {
        (part.number, b.total.number)
        for b in links.breakdowns
        if not b.stated and not b.total.in_table and _rival_whole(model, b.total, b.parts)
        for part in b.parts
    }
    last_whole: dict[tuple[int, str | None], Figure] = {}  # per paragraph and unit: the last share's whole
    respective, handled = _respective_shares(model)
    out.extend(respective)
    listed, listed_handled = _listed_shares(model, links)
    out.extend(listed)
    handled |= listed_handled
    named, named_handled = _named_list_shares(model, links)
    out.extend(named)
    handled |= named_handled
    tabled, tabled_handled = _table_shares(model, links)
    out.extend(tabled)
    handled |= tabled_handled
    sentence_whole: dict[tuple[int, int], Suggestion] = {}  # an English sentence's first share with its whole
    for figure in model.figures:
        if figure.duplicate or not figure.is_percent or id(figure) in handled:
            continue
        if model.language == "zh" and _MEDIAN_OF_MEAN.search(model.before(figure, figure.clause, 12)):
            out.extend(_median_of_mean(model, figure))
            continue
        if figure.aside and figure.role == CURRENT and figure.sentence in sentence_whole:
            out.extend(_or_share(model, figure, sentence_whole[figure.sentence]))
            continue
        # 领域41件（占42.7%）: a Chinese share in brackets says 占 of the part just before them
        said = figure.role == SHARE and (
            model.language == "en" or _SHARE_ASIDE_ZH.search(model.before(figure, figure.clause, 6))
        )
        if figure.aside and not said:
            continue  # "25,300 (65%)": an English share in parentheses restates its part
        if (
            model.language == "en"
            and figure.role in (RATE, CURRENT, SHARE)
            and (that := _that_is_a_rate(model, figure))
        ):
            out.extend(that)  # "... of which 6,180 were approved. That is an approval rate of 75.0%."
            continue
        if figure.role == SHARE and model.language == "en":
            fraction = (
                _bracketed_fraction(model, figure)
                or _of_the_fraction(model, figure)
                or _named_whole_in_brackets(model, figure)
                or _of_these_in_brackets(model, figure)
            )
            if fraction:
                out.extend(fraction)  # "accounted for 21% of all arrests (128,400 of 611,500)"
                continue
        if figure.role == SHARE and model.language == "zh" and _INCREASE_WHOLE.search(_whole_name(model, figure)[0]):
            out.extend(_share_of_increase(model, links, figure))  # 占各项存款增量的77.1%: a change of a change
            continue
        if figure.role == SHARE:
            made = _share_of(model, figure, totals_of, last_whole)
            if model.language == "zh":
                made = [_as_inferred(s, inferred_parts) for s in made]
            if not made and model.language == "en":
                made = _sibling_share_whole(model, figure, out)
            out.extend(made)
            if made and made[0].check and model.language == "en":
                out.extend(_bracketed_list_shares(model, figure, made[0]))
                out.extend(_listed_bracketed_pairs(model, figure, made[0]))
                sentence_whole.setdefault(figure.sentence, made[0])
        elif (
            model.language == "en"
            and figure.role in (RATE, CURRENT)
            and (
                fraction := (_bracketed_fraction(model, figure) if figure.role == RATE else [])
                or _of_the_fraction(model, figure)
            )
        ):
            # "a reoffending rate of 41.3% (906 of 2,194)": a rate's part and whole in the brackets after it
            out.extend(fraction)  # "collected £97.3 million of the £101.2 million, a collection rate of 96.1%"
        elif figure.role == RATE:
            out.extend(_known_rate(model, figure, totals_of))
        elif figure.role == CURRENT and model.language == "en" and figure.label.lower().endswith(" rate"):
            out.extend(_of_the_rate(model, figure))  # "fell 0.8 percentage points to 5.9%": the rate's new value
    if model.language == "en":
        out.extend(_structural_shares(model, out, handled))
        out.extend(_shares_restating_parts(model, links, out))
    out = _adjusted_to_100(model, out)
    if model.language == "en":
        out.extend(_complete_share_runs(model, out))
    out.extend(_complementary(model))
    out.extend(_targets(model))
    return out


def _rival_whole(model: Model, total: Figure, parts: list[Figure]) -> bool:
    """Whether the total's sentence gives another amount of its unit that could as well be what the parts divide
    (排查矛盾纠纷5400多件，受理调解矛盾纠纷4826件: kinds of 纠纷 may be of either; 警情2310起 beside 火灾52起 is
    no rival for kinds of 火灾)."""
    ending = parts[0].label[-2:]
    if len(ending) < 2 or not total.label.endswith(ending) or not all(p.label.endswith(ending) for p in parts):
        return False
    return any(
        f is not total
        and not f.aside
        and f.unit == total.unit
        and f.label.endswith(ending)
        and all(_bigger(f, p) for p in parts)
        for f in _amounts(model.in_sentence(total))
    )


def _as_inferred(suggestion: Suggestion, inferred_parts: set[tuple[int, int]]) -> Suggestion:
    """The suggestion as a warning when its part and whole are a breakdown the text does not state."""
    if suggestion.severity != STATED or len(suggestion.figures) != 3:
        return suggestion
    part, whole, _ = suggestion.figures
    return replace(suggestion, severity=INFERRED) if (part.number, whole.number) in inferred_parts else suggestion


_SHARE_ASIDE_ZH = re.compile(r"(?<![\d.%])\s*[（(](?:占|占比)$")
_INCREASE_WHOLE = re.compile(r"(?:增量|增加额|增加量|新增额|新增量|增长额|增加值增量)$")


def _share_of_increase(model: Model, links: Links, share: Figure) -> list[Suggestion]:
    """``住户存款余额4126.9亿元,比年初增加318.2亿元,占各项存款增量的77.1%``: the whole is an increase (增量), so
    the part is the increase just before the share in its sentence and the whole the increase of the figure the
    name names (各项存款余额, 比年初增加412.6亿元), never either's level."""
    name = _INCREASE_WHOLE.sub("", _whole_name(model, share)[0])
    before = [f for f in model.near_in_sentence(share, 4) if f.end <= share.start and not f.aside]
    if len(name) < 2 or not before or before[-1].role != CHANGE or before[-1].direction < 0:
        return []
    part = before[-1]
    wholes = [
        g.change
        for g in links.groups
        if g.change is not None
        and g.change is not part
        and g.change.start < share.start
        and g.change.unit == part.unit
        and g.change.direction > 0
        and name in g.current.label
    ]
    if len(wholes) != 1:
        return []
    return [_is_share(model, share, part, wholes[0], INFERRED)]


def _complete_share_runs(model: Model, out: list[Suggestion]) -> list[Suggestion]:
    """English: three or more shares of one whole that follow one another in one paragraph ("£2.21 billion,
    57.9% of the total; research £0.63 billion (16.5%); funding body grants £0.39 billion (10.2%); and other
    income £0.59 billion (15.4%)") and add up, as written, to 100 within their rounding are all of it: their
    parts add up to the whole and the shares to 100% (warnings: which figures are the parts is inferred from the
    shares; two shares may be two of several parts)."""
    of_whole: dict[int, list[tuple[Figure, Figure, Figure]]] = {}
    for suggestion in out:
        if not suggestion.id.endswith("-is-share-of-whole") or len(suggestion.figures) != 3:
            continue
        part, whole, share = suggestion.figures
        if share.is_percent and part is not whole and part.unit == whole.unit and not share.in_table:
            of_whole.setdefault(whole.number, []).append((part, whole, share))
    made: list[Suggestion] = []
    for triples in of_whole.values():
        triples.sort(key=lambda t: t[2].start)
        found: list[Suggestion] = []
        for first in range(len(triples) - 1):
            block = triples[first][2].block
            written = Decimal(0)
            slack = Decimal(0)
            for last in range(first, len(triples)):
                share = triples[last][2]
                if share.block != block:
                    break
                written += share.quantity.value
                slack += share.quantity.interval.hi - share.quantity.value
                if written > 100 + slack:
                    break
                if last > first + 1 and abs(written - 100) <= slack:
                    found = _run_of_all(model, triples[first : last + 1])
                    break
            if found:
                break
        made.extend(found or _run_with_the_rest(model, triples))
    return made


_THE_REST_EN = re.compile(r"\b(?:other|others|remaining|the rest)\b", re.IGNORECASE)


def _run_with_the_rest(model: Model, triples: list[tuple[Figure, Figure, Figure]]) -> list[Suggestion]:
    """ "Holiday visits numbered 1.52 million, 43.9% of the total; visits to friends or relatives 1.07 million
    (30.9%), business trips 0.58 million (16.8%) and other visits 0.29 million": shares of one whole in one
    sentence, under 100%, whose list ends with an amount named other (or the remaining, the rest) with no share:
    the parts and that rest add up to the whole (a warning)."""
    sentences: dict[tuple[int, int], list[tuple[Figure, Figure, Figure]]] = {}
    for triple in triples:
        sentences.setdefault(triple[2].sentence, []).append(triple)
    out: list[Suggestion] = []
    for run in sentences.values():
        out.extend(_rest_of_a_run(model, run))
    return out


def _rest_of_a_run(model: Model, run: list[tuple[Figure, Figure, Figure]]) -> list[Suggestion]:
    last = run[-1]
    if len(run) < 2 or sum((t[2].quantity.value for t in run), Decimal(0)) >= 100:
        return []
    sentence = model.in_sentence(last[2])
    after = sentence[last[2].at_sentence + 1 : last[2].at_sentence + 2]
    whole = last[1]
    if not after or after[-1] is not sentence[-1]:
        return []  # the rest closes the list
    rest = after[0]
    if rest.role != CURRENT or rest.aside or rest.unit != whole.unit or not rest.is_amount:
        return []
    if not _THE_REST_EN.search(f"{rest.label} {model.between(last[2], rest)}"):
        return []
    parts = [t[0] for t in run]
    if rest in parts or whole in parts or len({p.number for p in parts}) != len(parts):
        return []
    summed = ", ".join(p.ref for p in (*parts, rest))
    return [
        Suggestion(
            "total-parts",
            f"{whole.id}-parts-sum-to-total",
            f"sum({summed}) == {whole.ref}",
            f"the parts, the rest included, should add up to {whole.text}",
            (whole, *parts, rest),
            severity=INFERRED,
        )
    ]


def _run_of_all(model: Model, run: list[tuple[Figure, Figure, Figure]]) -> list[Suggestion]:
    parts = [t[0] for t in run]
    whole = run[0][1]
    shares = [t[2] for t in run]
    if len({p.number for p in parts}) != len(parts):
        return []
    listed = " + ".join(f.text for f in shares)
    return [
        Suggestion(
            "total-parts",
            f"{whole.id}-parts-sum-to-total",
            f"sum({', '.join(p.ref for p in parts)}) == {whole.ref}",
            say(
                model.language,
                f"占比合计为100%的各部分之和应等于{whole.text}",
                f"the parts whose shares add up to 100% should add up to {whole.text}",
            ),
            (*parts, whole),
            severity=INFERRED,
        ),
        Suggestion(
            "structure-ratio",
            f"{shares[0].id}-shares-sum-to-100",
            f"sum({', '.join(f.ref for f in shares)}) == 100%",
            say(model.language, f"各部分占比({listed})之和应为100%", f"the shares ({listed}) add up to 100%"),
            tuple(shares),
            severity=INFERRED,
        ),
    ]


def _adjusted_to_100(model: Model, out: list[Suggestion]) -> list[Suggestion]:
    """Shares of one whole in one paragraph that add up to exactly 100 as written may have been adjusted so they
    do (用水 shares of 15.1%, 16.2%, 63.0% and 5.7%, where 968.4 of 5998.2 rounds to 16.1%): each is then
    allowed one unit of its last digit, as a structure's terms are."""
    groups: dict[tuple[int, int], list[int]] = {}
    if model.language != "zh":
        return out
    for index, suggestion in enumerate(out):
        if suggestion.id.endswith("-is-share-of-whole") and len(suggestion.figures) == 3:
            part, whole, share = suggestion.figures
            if share.is_percent and part.block == share.block:
                groups.setdefault((whole.number, share.block), []).append(index)
    for indexes in groups.values():
        shares = [out[i].figures[2] for i in indexes]
        if len(shares) < 2 or sum((f.quantity.value for f in shares), Decimal(0)) != 100:
            continue
        for i in indexes:
            part, whole, share = out[i].figures
            exponent = share.quantity.value.as_tuple().exponent  # 63.0% as written: a unit of 0.1
            unit = Decimal(1).scaleb(min(exponent, 0)) if isinstance(exponent, int) else Decimal(1)
            out[i] = replace(
                out[i],
                check=f"abs(share({part.ref}, {whole.ref}) - {share.ref}) <= {unit}%",
                explain=out[i].explain
                + say(
                    model.language,
                    f"(同一总数的各占比合计为100%,可能经过调整,故容许相差{unit}个百分点)",
                    f" (its whole's shares add up to exactly 100% and may have been adjusted to: within {unit} points)",
                ),
            )
    return out


_RESPECTIVE_ZH = re.compile(r"分别占(?P<names>[\u4e00-\u9fff、和及与]{3,40}?)(?:的)?(?:比重|比例)?(?:为|达)?$")
_RESPECTIVE_EN = re.compile(
    r"\s*of\s+(?:all\s+|the\s+|total\s+)*(?P<names>[a-z][a-z ,-]{2,80}?)\s*,?\s+respectively\b", re.IGNORECASE
)
_SHARE_VERB_EN = re.compile(r"\b(?:accounted for|made up|represented|comprised)\s*$", re.IGNORECASE)
_COUNT_UNIT_ZH = {"起数": "起", "人数": "人", "件数": "件", "户数": "户", "个数": "个"}


def _respective_shares(model: Model) -> tuple[list[Suggestion], set[int]]:
    """``发生事故143起、死亡88人,分别占事故总起数和死亡总人数的53.4%和57.9%``, "numbered 30,600 and 21,400,
    and accounted for 41% and 38% of all offences and arrests respectively": the k shares, the k parts before
    them and the k names of wholes pair in order (143 of 事故, 88 of 死亡), never crosswise.  The lists must be
    of one length, and where a name says what it counts (起数, 人数) the part's unit must agree, or nothing is
    proposed.  Each whole is the text's figure of that name before the part: a warning (an error for the report's
    total, ``_the_texts_total``).  Returns the
    suggestions and the ids of the shares it has dealt with (proposed or not), which no other reading takes."""
    out: list[Suggestion] = []
    handled: set[int] = set()
    english = model.language == "en"
    text = model.text
    for figures in model.sentences.values():
        index = 0
        while index < len(figures):
            first = figures[index]
            index += 1
            if not first.is_percent or first.aside or first.duplicate:
                continue
            listed = [first]
            for other in figures[index:]:
                if (
                    not other.is_percent
                    or other.aside
                    or not re.fullmatch(r"\s*(?:、|和|与|及|,|，|and|, and)\s*", text[listed[-1].end : other.start])
                ):
                    break
                listed.append(other)
            if len(listed) < 2:
                continue
            if english:
                if not _SHARE_VERB_EN.search(model.before(first, first.sentence, 40)):
                    continue
                match = _RESPECTIVE_EN.match(text, listed[-1].end)
                names = re.split(r"\s*,\s*and\s+|\s*,\s*|\s+and\s+", match.group("names")) if match else []
                anchor = first.start
            else:
                before = model.before(first, first.sentence, 48)
                found = _RESPECTIVE_ZH.search(before)
                match = found
                names = [n for n in re.split(r"[、和及与]", found.group("names")) if n] if found else []
                anchor = first.start - len(before) + found.start() if found else -1
            one_whole = not english and match is not None and len(names) == 1
            if one_whole:
                names = names * len(listed)  # 分别占民事案件总数的86.06%、8.73%: each of one whole
            if match is None or len(names) < 2:
                continue
            index += len(listed) - 1
            handled.update(id(f) for f in listed)
            parts = [f for f in _amounts(figures) if f.end <= anchor][-len(listed) :]
            if len(names) != len(listed) or len(parts) != len(listed):
                continue  # lists of different lengths: which share is whose is not said
            if one_whole and "同类" in names[0]:
                # 分别占全年同类警情的29%和41.8%: each part of its own kind's figure, never of one whole
                for share, part in zip(listed, parts, strict=True):
                    kind = _own_kind(model, part, parts)
                    if kind is not None:
                        out.append(_is_share(model, share, part, kind, INFERRED))
                continue
            if one_whole and _named_whole(model, parts[0], names[0], parts) is None:
                out.extend(_one_implied_whole(model, parts, listed, names[0]))
                continue
            if not english and any(
                name.endswith(word) and part.unit != unit
                for name, part in zip(names, parts, strict=True)
                for word, unit in _COUNT_UNIT_ZH.items()
            ):
                continue  # 分别占事故总起数和死亡总人数 over 88人、143起: the order the units give is not the text's
            for share, part, name in zip(listed, parts, names, strict=True):
                whole = _named_whole(model, part, name, parts)
                if whole is None:
                    continue
                severity = STATED if not english and _the_texts_total(model, whole, part, name) else INFERRED
                out.append(_is_share(model, share, part, whole, severity))
    return out, handled


def _the_texts_total(model: Model, whole: Figure, part: Figure, name: str) -> bool:
    """Whether a 分别占 name calls its whole a total (事故总起数, 死亡总人数) and the whole is the text's first level
    in its unit, outside brackets and tables, and larger than the part (全市共发生事故268起、死亡152人 at the head of
    the report): the total the name says, an error when the share fails.  A month's figure ahead of the year to
    date's (9月...26起 before 1至9月...240起) is smaller than a part of the year's: no such total."""
    if "总" not in name or not whole.quantity.interval.lo > part.quantity.interval.hi:
        return False
    first = next(
        (f for f in model.figures if f.role == CURRENT and not f.aside and not f.in_table and f.unit == whole.unit),
        None,
    )
    return first is whole


def _bracketed_fraction(model: Model, share: Figure) -> list[Suggestion]:
    """ "People aged 18-24 accounted for 21% of all arrests (128,400 of 611,500)": the part and the whole the
    brackets after a share give, "A of B", are its own (an error: the text states all three)."""
    after = [f for f in model.near_in_sentence(share, 4) if f.start >= share.end and f.aside]
    if len(after) < 2:
        return []
    part, whole = after[0], after[1]
    aside = model.structure.aside_at(part.start)
    text = model.text
    if aside is None or not aside[0] <= whole.start < aside[1] or not (part.is_amount and whole.is_amount):
        return []
    if not re.fullmatch(r"\s*out\s+of\s*|\s*of\s*", text[part.end : whole.start], re.IGNORECASE):
        return []
    if not re.fullmatch(r"\(\s*", text[aside[0] : part.start]) or not re.fullmatch(
        r"\s*\)", text[whole.end : aside[1]]
    ):
        return []  # "(12,300 of them in London)": more than a fraction
    between = text[share.end : aside[0]]
    if len(between) > 60 or re.search(r"\d", between):
        return []
    return [_is_share(model, share, part, whole, STATED, "is-bracketed-fraction")]


_OF_THE = r"\s+of\s+(?:the|all|all\s+the|its|their|our)\s+"
_OF_THEM = r"\s+of\s+(?:them|whom|which|these)\s*"
_OF_WHICH = r"of\s+(?:which|whom)\s+(?:some\s+|about\s+|around\s+)?"
_OF_LEAD = r"\s*(?:[#*>-]+\s*)?(?:Of|Out of)\s+(?:(?:the|all|all\s+the)\s+)?"
_LEADS_ON = r"[^\d();]{0,60}?,\s*(?:and\s+)?(?:some\s+|about\s+|around\s+)?"  # "9,800 operations, 7,350 of them"
# "76,800 people out of work in a labour force of 1.57 million": a part among a whole, as "of the"
_AMONG = r"\s+(?:[a-z-]+\s+){0,4}?(?:in|among|from|out of)\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,3}?of\s+"
# ", an in-year collection rate of 96.1%", ", a response rate of": the percentage a clause after the whole names
_NAMED_RATE = (
    r",\s*(?:(?:giving|making|representing|meaning|for|with)\s+)?(?:an?|the|its)\s+(?:[a-z-]+\s+){0,3}?"
    r"(?:rate|share|proportion)\s+(?:of|was|at)\s+"
)
# (shape, what stands between the three figures): A the part, B the whole, P the share
_FRACTIONS = (
    ("A P B", (r"\s*\(\s*", r"\s*\)" + _OF_THE)),  # "2,310 (41%) of the 5,640 claims"
    # "2,310 of the 5,640 claims (41%)", "2,480 of the 4,000 staff, a share of 62%", ", or 85%"
    ("A B P", (_OF_THE, r"[^\d();]{0,60}?(?:\(\s*|,\s*(?:or|a share of|or some|some)\s+)")),
    # "collected £97.3 million of the £101.2 million due in 2024-25, an in-year collection rate of 96.1%"
    ("A B P", (_OF_THE, r"[^();]{0,60}?" + _NAMED_RATE)),
    # "4.9%, with 76,800 people out of work in a labour force of 1.57 million"
    ("P A B", (r",\s*(?:with|as)\s+", _AMONG)),
    # "412,000 children were seen, 57.1% of the child population of 721,500"
    ("A P B", (r"[^\d();]{0,40}?,\s*", r"\s+of\s+(?:the|all)\s+(?:[a-z-]+\s+){1,3}?(?:of|at|numbering)\s+")),
    # "Of the 12,400 households invited, 7,020 responded, a response rate of 56.6%" (the sentence opens "Of the")
    ("B A P", (r"[^\d();]{0,40}?,\s*", r"[^\d();]{0,60}?" + _NAMED_RATE)),
    # "There were 9,310 applicants, of whom 2,870 were refused, a refusal rate of 30.8%": "of whom" ties them
    ("B A P", (r"[^\d();]{0,60}?,\s*" + _OF_WHICH, r"[^\d();]{0,60}?" + _NAMED_RATE)),
    # "invited 258,900 women and screened 184,300, an uptake rate of 71.2%": two acts, the second's rate
    ("B A P", (r"[^\d();,]{0,40}?\band\s+[a-z]+ed\s+", r"[^\d();]{0,30}?" + _NAMED_RATE)),
    # "Uptake was 71.2%: 184,300 of the 258,900 women invited were screened"
    ("P A B", (r"\s*:\s*", _OF_THE)),
    # "reoffended at a rate of 41.3%: 906 of 2,194"
    ("P A B", (r"\s*:\s*", r"\s+(?:out\s+)?of\s+")),
    ("P B A", (_OF_THE, r"[^\d();]{0,60}?\(\s*")),  # "30% of the 4,200 complaints (1,260)"
    ("B A P", (_LEADS_ON, _OF_THEM + r"(?:\(\s*|,\s*(?:or\s+)?)")),  # "9,800 operations, 7,350 of them (75%)"
    ("B P A", (_LEADS_ON, _OF_THEM + r"\(\s*")),  # "3,200 road casualties, 18% of which (576)"
)


def _of_the_fraction(model: Model, share: Figure) -> list[Suggestion]:
    """ "2,310 (41%) of the 5,640 claims", "2,310 of the 5,640 claims (41%)", "30% of the 4,200 complaints
    (1,260)", "9,800 operations, 7,350 of them (75%)", "3,200 casualties, 18% of which (576)": a part, its whole
    and its share the words between them tie together, whatever the order (an error: the text states all three)."""
    figures = model.in_sentence(share)
    at = share.at_sentence
    for shape, (first_gap, second_gap) in _FRACTIONS:
        start = at - shape.split().index("P")
        if start < 0 or start + 3 > len(figures):
            continue
        trio = figures[start : start + 3]
        named = dict(zip(shape.split(), trio, strict=True))
        if named["P"] is not share:
            continue
        if not (
            re.fullmatch(first_gap, model.text[trio[0].end : trio[1].start], re.IGNORECASE)
            and re.fullmatch(second_gap, model.text[trio[1].end : trio[2].start], re.IGNORECASE)
        ):
            continue
        part, whole = named["A"], named["B"]
        if (
            second_gap.endswith(_NAMED_RATE)
            and shape == "B A P"
            and "\\band" not in first_gap  # "invited 258,900 women and screened 184,300": the acts say it
            and _OF_WHICH not in first_gap  # "9,310 applicants, of whom 2,870": "of whom" says it
            and not re.fullmatch(_OF_LEAD, model.text[share.sentence[0] : whole.start])
        ):
            continue  # the whole must lead the sentence ("Of the 12,400 households invited, 7,020 ...")
        if not (part.is_amount and whole.is_amount) or part.base or whole.base or whole.aside:
            return []
        if part.unit != whole.unit and None not in (part.unit, whole.unit):
            return []
        if not _bigger(whole, part) or share.quantity.value > 100:
            return []
        return [_is_share(model, share, part, whole, STATED)]
    return []


_OF_THESE_BRACKET_EN = re.compile(r"\s+of\s+(?:these|those|them)\b[^()\d;]{0,30}\(\s*", re.IGNORECASE)
_THAT_IS_EN = re.compile(
    r"\s*(?:(?:That|This|It)\s+(?:is|was|represents|represented|equates to|equated to|amounts to|amounted to|gives|"
    r"gave)\s+(?:an?\s+|the\s+)?(?:[a-z-]+\s+){0,3}?(?:(?:rate|share|proportion|percentage)\s+of\s+)?"
    # "The conviction rate was 83.0%": a rate named by what its sentence before did
    r"|The\s+(?:[a-z-]+\s+){1,3}?(?:rate|share|proportion)\s+(?:was|is|stood at|came to|(?:rose|fell|increased|"
    r"decreased|improved|dropped|climbed)\s+to)\s+(?:about\s+)?)"
)


def _prior_amounts(model: Model, figure: Figure) -> list[Figure]:
    """The amounts of the sentence before ``figure``'s, in its paragraph, outside brackets."""
    if figure.number - figure.at_sentence == 0:
        return []
    prior = model.in_sentence(model.figures[figure.number - figure.at_sentence - 1])
    return [f for f in prior if f.block == figure.block and f.is_amount and not f.aside and not f.base]


def _of_these_in_brackets(model: Model, share: Figure) -> list[Suggestion]:
    """ "The sector employed 412,000 people. Women held 58% of these jobs (239,000).": the amount in brackets after
    "of these ..." over the sentence before's first amount larger than it, of its unit (a warning)."""
    after = model.in_sentence(share)[share.at_sentence + 1 : share.at_sentence + 2]
    if not after or not after[0].aside or not after[0].is_amount:
        return []
    part = after[0]
    if not _OF_THESE_BRACKET_EN.fullmatch(model.text[share.end : part.start]):
        return []
    wholes = [
        f
        for f in _prior_amounts(model, share)
        if ((f.unit == part.unit or None in (f.unit, part.unit)) and f.quantity.kind == part.quantity.kind)
        or (f.quantity.kind == Kind.COUNT and part.quantity.kind in (Kind.COUNT, Kind.NUMBER))
    ]
    wholes = [f for f in wholes if _bigger(f, part)]
    if not wholes:
        return []
    return [_is_share(model, share, part, wholes[0], INFERRED)]


def _that_is_a_rate(model: Model, rate: Figure) -> list[Suggestion]:
    """ "The service received 8,240 claims, of which 6,180 were approved. That is an approval rate of 75.0%.": a
    percentage whose sentence opens with "That is" (this was, it represents) is the smaller of the sentence
    before's two amounts over the larger, when it has exactly two of one kind (a warning)."""
    if rate.at_sentence != 0 or not rate.is_percent or rate.aside:
        return []
    if not _THAT_IS_EN.fullmatch(model.text[rate.sentence[0] : rate.start]):
        return []
    amounts = _prior_amounts(model, rate)
    if len(amounts) != 2 or (amounts[0].unit != amounts[1].unit and None not in (amounts[0].unit, amounts[1].unit)):
        return []
    first, second = amounts
    whole, part = (first, second) if _bigger(first, second) else (second, first)
    if not _bigger(whole, part) or rate.quantity.value > 100:
        return []
    return [_is_share(model, rate, part, whole, INFERRED)]


def _one_implied_whole(model: Model, parts: list[Figure], shares: list[Figure], name: str) -> list[Suggestion]:
    """民事一审案件228.2万件，民事二审案件23.1万件，分别占民事案件总数的86.06%、8.73%, with no 民事案件 figure:
    each part over its share is that one whole, so they agree (228.2万 / 86.06% = 23.1万 / 8.73%, a warning)."""
    if any(p.unit != parts[0].unit for p in parts):
        return []
    first, first_share = parts[0], shares[0]
    return [
        Suggestion(
            NAME,
            f"{share.id}-implies-one-whole",
            f"{first.ref} / {first_share.ref} == {part.ref} / {share.ref}",
            f"{first.text}占{first_share.text}与{part.text}占{share.text}所推出的{name}应一致",
            (first, first_share, part, share),
            severity=INFERRED,
        )
        for part, share in zip(parts[1:], shares[1:], strict=True)
    ]


_LISTED_SHARES_ZH = re.compile(
    r"\s*[，,；;]?\s*(?:其)?(?:所占|占)?(?:比重|比例|占比|构成)(?:分别)?(?:为|是|达到|达)?\s*"
)


def _listed_shares(model: Model, links: Links) -> tuple[list[Suggestion], set[int]]:
    """``第一、二、三产业就业人员分别为6.9万人、8.8万人和14.5万人，占比分别为22.8%、29.1%和48.0%``: the k
    shares are of the k amounts listed just before them, in order, each over the total the list divides (an
    error when it stands in the sentence, else a warning).  With no total, shares that add up to 100% within
    their rounding say the list is all of its whole: each is then its amount over their sum (an error).  Lists
    of different lengths or units propose nothing.  Returns the suggestions and the shares dealt with."""
    out: list[Suggestion] = []
    handled: set[int] = set()
    if model.language == "en":
        return out, handled
    text = model.text
    total_of = {tuple(p.number for p in b.parts): b.total for b in links.breakdowns}
    for figures in model.sentences.values():
        for index, first in enumerate(figures):
            if not first.is_percent or first.aside or first.duplicate or first.role not in (SHARE, CURRENT):
                continue
            lead = _LISTED_SHARES_ZH.fullmatch(text, figures[index - 1].end, first.start) if index else None
            if lead is None or "分别" not in text[figures[0].sentence[0] : first.start]:
                continue
            shares = [first]
            for other in figures[index + 1 :]:
                if not other.is_percent or not re.fullmatch(r"\s*[、和与及,，]\s*", text[shares[-1].end : other.start]):
                    break
                shares.append(other)
            parts = [figures[index - 1]]
            for other in reversed(figures[: index - 1]):
                if not re.fullmatch(r"\s*[、和与及,，]\s*", text[other.end : parts[-1].start]):
                    break
                parts.append(other)
            parts = parts[::-1][-len(shares) :]
            if (
                len(shares) < 2
                or len(parts) != len(shares)
                or len(_amounts(parts)) != len(parts)
                or any(p.unit != parts[0].unit for p in parts)
            ):
                continue
            handled.update(id(f) for f in shares)
            total = total_of.get(tuple(p.number for p in parts))
            if total is not None:
                whole, shown = total.ref, total.text
                severity = STATED if total.sentence == first.sentence else INFERRED
            elif sum(f.quantity.interval.lo for f in shares) <= 100 <= sum(f.quantity.interval.hi for f in shares):
                whole = " + ".join(p.ref for p in parts)
                shown = "+".join(p.text for p in parts)
                severity = STATED
            else:
                continue
            out.extend(_shares_in_order(shares, parts, total, (whole, shown), severity, "list"))
    return out, handled


def _shares_in_order(
    shares: list[Figure],
    parts: list[Figure],
    total: Figure | None,
    whole: tuple[str, str],
    severity: str,
    form: str,
) -> list[Suggestion]:
    """Each share of ``shares`` is its part's share of the whole (its expression and its text), in order."""
    expression, shown = whole
    return [
        Suggestion(
            NAME,
            f"{share.id}-is-share-of-{form}",
            f"share({part.ref}, {expression}) == {share.ref}",
            f"{part.text}占({shown})的比例应为{share.text}",
            (part, share) if total is None else (part, total, share),
            severity=severity,
        )
        for share, part in zip(shares, parts, strict=True)
    ]


# 基础研究、应用研究和试验发展经费所占比重分别为: the kinds named, then their shares in order
_NAMED_LIST_SHARES_ZH = re.compile(
    r"\s*(?P<names>[\u4e00-\u9fffA-Za-z&]{2,20}(?:[、和与及][\u4e00-\u9fffA-Za-z&]{2,20})+?)"
    r"(?:的)?(?:所占|占)?(?:的)?(?:比重|比例|占比)分别(?:为|是|达到|达)?\s*"
)


def named_lists(model: Model) -> list[tuple[list[Figure], list[Figure]]]:
    """``基础研究、应用研究和试验发展经费所占比重分别为6.4%、11.5%和82.1%``: each sentence that opens with kinds'
    names and gives their shares in order, as (shares, parts): each part the one amount of the share's paragraph
    before it whose label holds its name.  A name that labels no amount or two, or lists of different lengths or
    units, give nothing."""
    out: list[tuple[list[Figure], list[Figure]]] = []
    if model.language == "en":
        return out
    text = model.text
    for figures in model.sentences.values():
        first = figures[0]
        if not first.is_percent or first.aside or first.duplicate:
            continue
        match = _NAMED_LIST_SHARES_ZH.fullmatch(text, first.sentence[0], first.start)
        if match is None:
            continue
        shares = [first]
        for other in figures[1:]:
            if not other.is_percent or not re.fullmatch(r"\s*[、和与及,，]\s*", text[shares[-1].end : other.start]):
                break
            shares.append(other)
        names = re.split(r"[、和与及]", re.sub(r"(?:的)?(?:所占|占)?(?:的)?$", "", match["names"]))
        earlier = [f for f in _amounts(model.block_figures(first.block)) if f.end <= first.sentence[0]]
        parts: list[Figure] = []
        for name in names:
            # the amount so labelled after the part before; of two, the one labelled with the name itself
            labelled = [f for f in earlier if name in f.label and (not parts or f.start > parts[-1].start)]
            exact = [f for f in labelled if f.label == name]
            labelled = exact if len(labelled) > 1 and exact else labelled
            if len(labelled) != 1:
                break
            parts.append(labelled[0])
        if len(shares) >= 2 and len(parts) == len(names) == len(shares) and all(p.unit == parts[0].unit for p in parts):
            out.append((shares, parts))
    return out


def _named_list_shares(model: Model, links: Links) -> tuple[list[Suggestion], set[int]]:
    """The shares of :func:`named_lists`: each over the total its amounts divide (a warning: another sentence),
    or, with no total, over their sum when the shares add up to 100% within their rounding (an error).  Returns
    the suggestions and the shares dealt with."""
    out: list[Suggestion] = []
    handled: set[int] = set()
    total_of = {tuple(p.number for p in b.parts): b.total for b in links.breakdowns}
    for shares, parts in named_lists(model):
        total = total_of.get(tuple(p.number for p in parts))
        if total is not None:
            whole, shown, severity = total.ref, total.text, INFERRED
        elif sum(f.quantity.interval.lo for f in shares) <= 100 <= sum(f.quantity.interval.hi for f in shares):
            whole, shown, severity = " + ".join(p.ref for p in parts), "+".join(p.text for p in parts), STATED
        else:
            continue
        handled.update(id(f) for f in shares)
        out.extend(_shares_in_order(shares, parts, total, (whole, shown), severity, "named"))
    return out, handled


_SHARE_HEADER = re.compile(
    r"占比|比重|比例|构成|所占|\bshare\b|%\s*of|per ?cent of|proportion"
    r"|^\s*[(（]?%[)）]?\s*$|^\s*per\s?cent(?:age)?\s*$",
    re.IGNORECASE,
)


_CHANGE_COLUMN = re.compile(r"\bchange\b|\bdifference\b|增减|增加|减少|变动|增长量", re.IGNORECASE)


def _table_shares(model: Model, links: Links) -> tuple[list[Suggestion], set[int]]:
    """| 责任单位 | 转派工单 | 占比 | with a 总计 row: a cell under a share column (占比, 比重, "% of total") is the
    count beside it, on its left in its row, over the total row's count of that column (an error: the table
    gives both)."""
    out: list[Suggestion] = []
    handled: set[int] = set()
    total_of = {part.number: b.total for b in links.breakdowns if b.total.in_table for part in b.parts}
    hundreds: dict[tuple[int, int], list[int]] = {}
    for figure in model.figures:
        if figure.in_table and figure.is_percent and figure.quantity.interval.lo <= 100 <= figure.quantity.interval.hi:
            table = model.structure.blocks[figure.block].table if figure.block >= 0 else -1
            hundreds.setdefault((table, model.cell_column(figure)), []).append(figure.block)
    for share in model.figures:
        if not share.in_table or not share.is_percent or share.duplicate:
            continue
        column = model.cell_column(share)
        if column <= 0 or not _SHARE_HEADER.search(model.column_header(share)):
            continue
        left = [f for f in model.block_figures(share.block) if f.is_amount and 0 < model.cell_column(f) < column]
        # | 收案 | 结案 | 收案占比(%) |: a share column that names a column is a share of that one, not of the
        # count next to it
        named = _share_of_name(model.column_header(share))
        of_named = [f for f in left if named and named in model.column_header(f)]
        if model.language == "en" and not of_named:
            # | Sentenced | Immediate custody | Custody rate (%) | % of all sentenced |: of the Sentenced column
            stems = _english_share_of(model.column_header(share))
            of_named = [f for f in left if stems and stems & _english_stems(model.column_header(f))]
        # | Mid-2025 | Change | % of 2025 population |: a share is of a level, never of the change column beside it
        levels = [f for f in left if not _CHANGE_COLUMN.search(model.column_header(f))]
        left = of_named or levels or left
        part = left[-1] if left else None
        total = total_of.get(part.number) if part is not None else None
        if part is not None:
            # | 其中：机电产品 | 1123.5 | 34.5 | under 出口额, in a column whose 货物进出口总额 row reads 100.0: the
            # share is of that row, the whole the column adds up to, not of the row 其中 sets it under; and
            # | 出口额 | 2014.7 | 61.9 |, in no list the reader found, is of it too
            whole = _hundred_row(model, share, model.cell_column(part), hundreds)
            total = whole if whole is not None and whole is not part else total
        if part is None or total is None:
            continue
        handled.add(id(share))
        if _total_row_share_short_of_100(model, total, column):
            continue  # | 合计 | 678.4 | 47.3 | under 占全国比重: the shares are of a whole outside the table
        out.append(_is_share(model, share, part, total, STATED, "is-share-of-total-row"))
    return out, handled


def _total_row_share_short_of_100(model: Model, total: Figure, column: int) -> bool:
    """Whether the total row's own cell in a share column is a share that cannot read 100%: the column's shares
    are then of something the table does not give (占全国比重 under a table of three provinces)."""
    if not total.in_table or not re.match(r"\s*(?:合计|总计|共计|小计|total\b)", total.row, re.IGNORECASE):
        return False  # | 出口额 | 520.0 | 64.0 | over | 其中：机电产品 |: a parent row's share is of another whole
    cells = [f for f in model.block_figures(total.block) if f.is_percent and model.cell_column(f) == column]
    return bool(cells) and not cells[0].quantity.interval.lo <= 100 <= cells[0].quantity.interval.hi


def _share_of_name(header: str) -> str:
    """What a share column's header says it is a share of (收案 in 收案占比(%)), or '' when it names nothing."""
    name = re.sub(r"[（(][^）)]*[）)]|%|占比|比重|比例|构成|所占|的", "", header).strip()
    return name[:2] if len(name) >= 2 and all("\u4e00" <= c <= "\u9fff" for c in name[:2]) else ""


_SHARE_WORDS = frozenset({"per", "cent", "percent", "percentage", "share", "proportion", "total", "all", "of", "the"})


def _english_stems(header: str) -> set[str]:
    return {w[:5] for w in re.findall(r"[a-z]{4,}", header.lower()) if w not in _SHARE_WORDS}


def _english_share_of(header: str) -> set[str]:
    """What an English share column's header says it is a share of ("sente" in "% of all sentenced"), or an empty
    set when it names nothing ("% of total", "Percentage")."""
    after = re.search(r"(?:%|per ?cent(?:age)?|share|proportion)\s+of\s+(.+)", header, re.IGNORECASE)
    return _english_stems(after.group(1)) if after else set()


def _hundred_row(model: Model, share: Figure, column: int, hundreds: dict[tuple[int, int], list[int]]) -> Figure | None:
    """The amount in ``column`` of the one row whose cell in the share's column reads 100 (the whole that column
    divides), or None when no row or more than one row does (a table of several 100% blocks)."""
    table = model.structure.blocks[share.block].table
    rows = hundreds.get((table, model.cell_column(share)), [])
    if table < 0 or len(rows) != 1 or rows[0] == share.block:
        return None
    amounts = [f for f in model.block_figures(rows[0]) if f.is_amount and model.cell_column(f) == column]
    return amounts[0] if len(amounts) == 1 else None


def _own_kind(model: Model, part: Figure, parts: list[Figure]) -> Figure | None:
    """The latest figure before a part's sentence that counts the part's own kind (抢险救援12.8万起 of 同类警情:
    the year's 抢险救援44.2万起), of its unit and larger than it; None when the text gives none."""
    for figure in reversed(model.figures[max(0, part.number - NEIGHBOURS) : part.number]):
        if figure.sentence == part.sentence or figure.aside or figure.role != CURRENT or figure.unit != part.unit:
            continue
        if figure.label == part.label and len(part.label) >= 2 and not any(figure is p for p in parts):
            return figure if figure.quantity.value > part.quantity.value else None
    return None


_MEDIAN_OF_MEAN = re.compile(r"(?:中位数)?是平均数的$")


def _median_of_mean(model: Model, rate: Figure) -> list[Suggestion]:
    """``居民人均可支配收入中位数27416元,增长5.1%,中位数是平均数的86.1%``: the median before it in its sentence over
    the mean its label names without 中位数 (居民人均可支配收入31842元), the latest such before the median."""
    medians = [
        f
        for f in model.near_in_sentence(rate, 6)
        if f.end <= rate.start and f.is_amount and not f.aside and f.label.endswith("中位数")
    ]
    if not medians:
        return []
    median = medians[-1]
    name = median.label[: -len("中位数")]
    means = [
        f
        for f in model.figures[max(0, median.number - 200) : median.number]
        if f.is_amount and not f.aside and f.unit == median.unit and len(name) >= 3 and f.label == name
    ]
    if not means:
        return []
    return [_is_share(model, rate, median, means[-1], STATED)]


def _so_labelled(model: Model, part: Figure, stem: str, parts: list[Figure]) -> Figure | None:
    """The latest figure before a 分别占 list labelled with the whole's name (外出农民工862.4万人 for
    分别占外出农民工的, never 农民工总量 that shares 农民工 with it), of the part's unit and larger than it; None
    when there is none."""
    if len(stem) < 3:
        return None
    first = min(p.number for p in parts)
    found = [
        f
        for f in _amounts(model.figures[max(0, first - 400) : first])
        if f.unit == part.unit and f.label.endswith(stem) and len(f.label) - len(stem) <= 2 and _bigger(f, part)
    ]
    return found[-1] if found else None


def _named_whole(model: Model, part: Figure, name: str, parts: list[Figure]) -> Figure | None:
    """The whole a name of a 分别占 / "respectively" list stands for: 事故总起数 -> the text's first 事故 figure
    in the part's unit; "offences" -> the nearest figure before the parts whose label or unit says so."""
    if model.language != "en":
        stem = re.sub(r"总?(?:起数|人数|件数|户数|个数|数量|总数|总量|总额|数|量|额)$", "", name)
        stem = re.sub(r"^(?:全部|所有|各类|全市|全县|全省|全区)", "", stem)
        whole = _so_labelled(model, part, stem, parts) or (_lead_of(part, model, stem) if len(stem) >= 2 else None)
        # 审结民事一审案件228.2万件，民事二审案件23.1万件，分别占民事案件总数的…: a listed part is never the whole
        return None if whole is not None and any(whole is p for p in parts) else whole
    stems = {w[:5] for w in re.findall(r"[a-z]{4,}", name.lower())}
    if not stems:
        return None
    first = min(p.number for p in parts)
    for figure in reversed(model.figures[max(0, first - NEIGHBOURS) : first]):
        if figure.role != CURRENT or figure.aside or not figure.is_amount or figure.block != part.block:
            continue
        words = {w[:5] for w in re.findall(r"[a-z]{4,}", f"{figure.label} {figure.unit or ''}".lower())}
        if stems <= words:
            return figure
    return None


_AFTER_TARGET = re.compile(r"\s*[)）]?\s*((?:目标|计划)(?:任务)?)?\s*的?\s*")


def _targets(model: Model) -> list[Suggestion]:
    """新增城镇就业3.86万人,完成年度目标3万人的128.7%: the result over its target is the percentage."""
    out: list[Suggestion] = []
    for rate in model.figures:
        if not rate.is_percent or rate.duplicate or rate.aside or rate.at_sentence < 2:
            continue
        before = [f for f in model.near_in_sentence(rate, 4) if f.end <= rate.start]
        if len(before) < 2:
            continue
        target, result = before[-1], before[-2]
        # 完成年度目标（6万人）的113.7%, 完成年度120公里目标任务的105%: the target in brackets, or named after it
        after = _AFTER_TARGET.fullmatch(model.between(target, rate))
        if after is None or target.unit != result.unit or result.aside:
            continue
        # 收入累计完成24627万元，完成年初预算数60999万元的40.4%: a budget is the target a result is held to
        if (
            target.role != TARGET
            and not re.search(r"目标|计划|任务|预算|target", model.between(result, target))
            and not after.group(1)
        ):
            continue
        out.append(
            Suggestion(
                NAME,
                f"{rate.id}-of-target",
                f"share({result.ref}, {target.ref}) == {rate.ref}",
                say(
                    model.language,
                    f"完成{result.text},为目标{target.text}的{rate.text}",
                    f"{result.text} is {rate.text} of the target {target.text}",
                ),
                (result, target, rate),
                severity=STATED,
            )
        )
    return out


def _is_share(
    model: Model, share: Figure, part: Figure, whole: Figure, severity: str, name: str = "is-share-of-whole"
) -> Suggestion:
    """``share(part, whole) == share``, explained in the article's language.  An English fraction in words
    ("three quarters of the total", "one in four") is said of a share rounded to it: the share, to a whole percent
    (half a point either way), as £383.6 billion of £512.4 billion (74.9%) is three quarters."""
    check = f"share({part.ref}, {whole.ref}) == {share.ref}"
    interval = share.quantity.interval
    if (
        model.language == "en"
        and not re.search(r"%|\bper ?cent\b", share.text, re.IGNORECASE)
        and interval.hi - interval.lo < 1  # "about two-thirds" is read widely already
    ):
        check = f"abs(share({part.ref}, {whole.ref}) - {share.ref}) <= 0.5%"
    return Suggestion(
        NAME,
        f"{share.id}-{name}",
        check,
        say(
            model.language,
            f"{part.text}占{whole.text}的比例应为{share.text}",
            f"{part.text} of {whole.text} is {share.text}",
        ),
        (part, whole, share),
        severity=severity,
    )


def _amounts(figures: list[Figure]) -> list[Figure]:
    # a rate per 100,000 is neither a part nor a whole ("Males made up 92.6% of prisoners" after "352 per 100,000")
    return [f for f in figures if f.role == CURRENT and f.is_amount and not f.aside and not f.base]


_FRACTION_BEFORE_EN = re.compile(
    r"\b(?:half|third|thirds|quarter|quarters|fifth|fifths|tenth|tenths|(?:one|1) in \w+)\s*\(\s*$", re.IGNORECASE
)


def _whole_name(model: Model, rate: Figure) -> tuple[str, int]:
    """The words that name the whole (占X的, "of X") and where they start, or ('', -1)."""
    if model.language == "en":
        after = model.after(rate, rate.sentence)
        if rate.aside and _FRACTION_BEFORE_EN.search(model.before(rate, rate.sentence, 30)):
            after = re.sub(r"^\s*\)", "", after)  # "more than half (52.1%) of the national gain"
        match = re.match(
            # "12 per cent (605,800) of all offences": the part in brackets may come between
            r"\s*,?\s*(?:\([^()]{0,40}\)\s*)?of\s+(?:all\s+|the\s+|total\s+)*"
            r"([A-Za-z][A-Za-z '’-]{2,40}?)(?=\s*[,.;()]|\s+(?:in|were|was|and)\b|$)",
            after,
        )
        if match is None and re.search(r"\b(?:in|out of)\s+\S+$", rate.text):
            # "One in five robberies (1,080)": the noun after the fraction names the whole
            match = re.match(r"\s*([a-z]+(?:\s+[a-z]+)?)\s*(?=\()", after)
        return (match.group(1).strip().lower(), rate.end) if match else ("", -1)
    raw = model.before(rate, rate.sentence, 40)
    before = normalize(raw)
    framed = _IN_WHOLE_ZH.search(before)
    if framed is not None:
        # 在电信业务收入中占比为16.0%, 在农民工总量中所占比重为: the whole is named before 中, not after 占
        return framed.group(1), rate.start - len(raw) + framed.start(1)
    at = before.rfind("占")
    if at < 0:
        return "", -1
    # 占人均消费支出的比重（恩格尔系数）为30.0%: the aside names the share, not the whole
    named = re.sub(r"[(（][^()（）]*[)）](?=(?:为|达|达到|约)?$)", "", before[at + 1 :])
    name = re.sub(r"(?:的)?(?:比重|比例|份额|总数|总量|总额)?(?:为|达|达到|约)?$", "", named)
    if name in ("比", "到"):
        name = ""  # 占比70.3%: no whole named
    name = re.sub(r"^(?:全市|全县|全省|全国|全区|同期|当年|全年|全部)", "", name)  # 占全年票房的: of the 票房
    return name, rate.start - len(raw) + at


_IN_WHOLE_ZH = re.compile(r"在([\u4e00-\u9fff]{2,16}?)中(?:的)?(?:所)?占(?:比|比重|比例)(?:为|达|达到|约)?$")
_TOTAL_OF = re.compile(r"(?:总数|总量|总额|总和|总计)$")
_GENERIC_WHOLE = re.compile(r"^(?:总数|总量|总额|总体|全部|合计|total|all|the total|these)$|总数$|总量$|总额$")


_ALL_OF = re.compile(r"占(?:全部|所有|各类|全体)[^占]*$")


_OF_THE_WHOLE_PLACE = re.compile(r"占(?:全国|全省|全市|全县|全区)(?:的)?(?:比重|比例)?(?:为|达)?$")


def _whole_place_figure(model: Model, part: Figure) -> Figure | None:
    """The figure of the whole place a part of one place is a share of: the same period and unit, a label
    that names what the part counts (发生生产安全事故 in 临河县发生生产安全事故), no narrower place."""
    label = part.label.replace(part.place, "") if part.place else part.label
    words = {label[i : i + 2] for i in range(len(label) - 1)}
    for figure in model.figures[max(0, part.number - 400) : part.number]:
        if (
            figure.role != CURRENT
            or figure.aside
            or figure.unit != part.unit
            or figure.period != part.period
            or (figure.place and not figure.place.startswith("全"))
        ):
            continue
        if len(words) >= 2 and sum(1 for w in words if w in figure.label) >= max(2, len(words) * 2 // 3):
            return figure
    return None


def _lead_of(part: Figure, model: Model, stem: str) -> Figure | None:
    """The first figure of the text, before the share, whose label names ``stem`` (火灾 -> 接报火灾2683起;
    查封扣押冻结资产 -> 查封、扣押、冻结涉案资产4.36亿元: most of its two-character words)."""
    stem = re.sub(r"[、，,\s]", "", stem)
    if len(stem) < 2:
        return None
    words = {stem[i : i + 2] for i in range(len(stem) - 1)}
    for figure in model.figures[max(0, part.number - 400) : part.number]:
        if figure.role != CURRENT or figure.unit != part.unit or figure.aside or figure is part:
            continue
        label = re.sub(r"[、，,\s]", "", figure.label)
        if stem in label or sum(1 for w in words if w in label) >= max(2, len(words) * 2 // 3):
            return figure
    return None


def _share_of(
    model: Model, rate: Figure, totals_of: dict[int, Figure], last_whole: dict[tuple[int, str | None], Figure]
) -> list[Suggestion]:
    sentence = model.near_in_sentence(rate)
    name, anchor = _whole_name(model, rate)
    if anchor < 0:
        if model.language == "en":
            return _aside_share_of_total(model, rate, totals_of) or _restated_share_of_total(model, rate, totals_of)
        anchor = rate.start
    english = model.language == "en"
    together = _together_share(model, rate, name) if english else []
    if together:
        return together  # "Together these three states accounted for 40.0% of ...": the parts listed before
    parts = [f for f in _amounts(sentence) if f.end <= (rate.start if english else anchor)]
    following = [f for f in model.near_in_sentence(rate, 2) if f.aside and f.is_amount and f.start > rate.end]
    restated = (
        english
        and parts
        and re.fullmatch(
            r"[^,;()]{0,20},\s*(?:which is|which was|or|representing)\s+(?:about|around|nearly|almost|some)?\s*",
            model.text[parts[-1].end : rate.start],
        )
    )
    if restated and following and following[0].start - rate.end < 40 and _bigger(following[0], parts[-1]):
        # "to 41 million, which is about 74% of all deaths worldwide (55.4 million)": the whole follows its name
        return [_is_share(model, rate, parts[-1], following[0], INFERRED)]
    if english and following and following[0].start - rate.end < 30:
        parts = [following[0]]  # "Women made up 35.4% of officers (5,261 FTE)": the part follows in parentheses
    elif english and parts and parts[-1].clause != rate.clause:
        # "159,090, or 12.9% of the total": the figure the share restates; "There were 612 PCSOs, so officers
        # made up 60.4%": a figure of another clause is not the part
        opening = model.text[rate.clause[0] : rate.start].strip(" ,").lower()
        if opening and not re.match(  # ", 1.1 per cent of all recorded crime": an apposition restates the part
            # "Searches for drugs fell ... to 337,100, a 20% reduction, and made up 62% of all searches": the
            # sentence's subject, whose figure that is
            r"^(?:or|which is|which was|representing|accounting for|about|around|nearly|some|more than|over|almost"
            r"|less than|just over|just under|half|a third|two-thirds|a quarter|three-quarters"
            # "generated 7.1 TWh, a record 48.6% of the total": an apposition with its own adjective
            r"|a (?:new )?record|a (?:new )?high of|a (?:new )?low of|an estimated|roughly|approximately|close to"
            r"|and (?:made up|accounted for|represented|comprised))\b",
            opening,
        ):
            parts = []
    named_part = False
    if not parts and english and not any(f.is_amount and f.start < rate.start for f in sentence):
        subject_part = _named_part_en(model, rate)  # "Burglaries accounted for 8.4% of property victimizations"
        parts, named_part = ([subject_part], True) if subject_part is not None else ([], False)
    if not parts and english:
        # "Violence accounted for 38% of all offences, with 24,905 offences recorded": the part follows
        later = [f for f in _amounts(sentence) if f.start > rate.end and not f.aside]
        # "accounted for about two-thirds of the growth, or 1,770,000 people": the part restated after "or"
        # "made up 61% of the total, at 251,700": the part after "at"
        # "25.7% of pupils were eligible for free school meals, the equivalent of 2.32 million pupils"
        if later and re.fullmatch(
            r"\s*of\s[^,;()\d]{1,50},\s*(?:with|or|at|the equivalent of|equivalent to)\s+",
            model.between(rate, later[0]),
        ):
            parts = [later[0]]
    if not english and parts and parts[-1].clause != rate.clause:
        subject = model.text[rate.clause[0] : rate.start].split("占")[0]
        # 其中出口812.5亿元，进口473.9亿元，出口占进出口总额的63.2%: the share is of the part its subject names
        named = [p for p in parts if len(subject.strip()) >= 2 and p.label.endswith(subject.strip())]
        # 发生事故94起、死亡82人，事故起数占事故总数的64.4%: 起数 names the measure word of the part
        counted = re.search(r"([起件人户家个次])数\s*$", subject)
        if not named and counted:
            named = [p for p in parts if p.unit == counted.group(1)][-1:]
        if len(named) == 1 and named[0] is not parts[-1]:
            parts = parts[: parts.index(named[0]) + 1]
        if re.search(r"其他|其余|其它", subject):
            parts = []  # 城市3.8万起,占21.3%;其他区域火灾占5.7%: the rest is never the figure before it
        elif len(subject.strip()) >= 2 and not name and not any(_affinity(subject, p.label) for p in parts):
            parts = []  # 初中一年级9.52万人，随迁子女占比为28.4%: the clause names a part of its own, with no figure
    if not parts and not english and name and not any(_amounts([f]) for f in sentence if f.end <= anchor):
        per_head = _average_share(model, rate, sentence, anchor, name) or _named_part_zh(model, rate, name)
        if per_head is not None:
            whole_of = per_head.figures[1]
            # 人均工资性收入…占可支配收入的比重为58.3%；人均经营净收入6214元，占16.1%: the bare shares after it are of
            # the same whole
            last_whole[(rate.block, whole_of.unit)] = whole_of
            return [per_head]
    if not parts and not english and not name:
        bare = _bare_average_share(model, rate, sentence, last_whole)
        if bare is not None:
            return [bare]
    if not parts:
        return []
    counted = re.fullmatch(r"([两二三四五六七八九])(?:项|者|类|个|种|大类)", parts[-1].text) if not english else None
    summed_up = re.match(r"(?:合计|共计|总计|共)(?:约)?占", model.text[parts[-1].end : rate.start])
    if counted and len(parts) > 1 and summed_up:
        # 三项合计占一般公共预算支出的42.6%: 三项 says how many of the listed figures the share sums
        return _summed_share(model, rate, parts[:-1], name, counted.group(1))
    part = parts[-1]
    summed = _SUMMED_SHARE.search(model.text[part.end : rate.start]) if not english else None
    if summed is not None:
        # 分别为7120亿、6480亿和5010亿千瓦时，合计占…的47.6%: the share is of the list's sum, not its last
        return _summed_share(model, rate, parts, name, summed.group(1))
    whole: Figure | None = None
    severity = STATED
    if not english:
        inside = [f for f in _amounts(sentence) if anchor < f.start < rate.start and f.unit == part.unit]
        whole = inside[0] if inside else None
    total = totals_of.get(part.number)
    # 其中涉及货车的事故287起,占18.8%; "of which 300 (25%)": a part's share is of its breakdown's total, when
    # the text names no other whole (占事故总数的, 占民商事收案的 name that total).
    # 在新登记的19.02万户企业中,...占全部新设企业的6.60%: the noun after a N...中 total names it too
    named_total = total is not None and (
        not name
        or _GENERIC_WHOLE.search(name)
        or _affinity(name, total.label)
        or (not english and _affinity(name, _noun_after(model, total)))
    )
    # "Of the 5,130 officers, 1,847 were women": a bare count is of the noun its total names
    same_unit = total is not None and (total.unit == part.unit or (english and None in (total.unit, part.unit)))
    named_before = last_whole.get((rate.sentence[0], "named")) if not english and not name else None
    if whole is None and named_before is not None and named_before.unit == part.unit and _bigger(named_before, part):
        # ...占出口总值的60.8%；高新技术产品出口额902.3亿元，占29.1%: a bare share after one that named its whole
        whole, severity = named_before, INFERRED
    named_after = _named_after_share(model, rate, part, name) if not english and whole is None else None
    if named_after is not None and (total is None or not total.label.endswith(name)):
        # 实物商品网上零售额412.7亿元,占全市社会消费品零售总额的比重为27.5%…全市社会消费品零售总额1500.8亿元: the
        # figure so named later in the paragraph, never the breakdown's total (网络零售额) that shares a word with it
        whole, severity = named_after, INFERRED
    if (
        whole is None
        and total is not None
        and same_unit
        and named_total
        and not (not english and not name and _bare_share_after(model, total))
    ):
        whole = total
        so_named = _exactly_named(model, rate, part, name) if not english and name and total.label != name else None
        if so_named is not None and totals_of.get(so_named.number) is total:
            # 从商品看,机电产品出口...占出口总值的60.8%: the part of the total named 出口, not the 进出口总值 itself
            whole, severity = so_named, INFERRED
            last_whole[(rate.sentence[0], "named")] = so_named
    if whole is None and english and name:
        whole = _english_whole(model, rate, part, name)
        severity = INFERRED
    if whole is None and not english and name and _ALL_OF.search(model.before(rate, rate.sentence, 40)):
        whole = _lead_of(part, model, name)  # 占全部案件的5.9%: the text's lead 案件 figure, never the part's own
        severity = INFERRED
    if whole is None and not english and not name and _OF_THE_WHOLE_PLACE.search(model.before(rate, rate.clause, 20)):
        # 临河县发生事故74起,死亡63人,事故起数占全市的27.6%: the part the clause names, of the city's figure
        subject = model.text[rate.clause[0] : rate.start].split("占")[0]
        labelled = [p for p in parts if any(subject[i : i + 2] in p.label for i in range(len(subject) - 1))]
        part = labelled[-1] if labelled else part
        whole = _whole_place_figure(model, part)
        severity = INFERRED
    if whole is None and name:
        whole, exact = _labelled_whole(model, rate, part, name)
        severity = STATED if exact else INFERRED
        if whole is part or (not english and whole is not None and not _bigger(whole, part)):
            # 农产品网络零售额19.36亿元,占网络零售额的40.1%: the part, or a part of it (茶叶网络零售额), bears the
            # name; the whole is further up
            whole = None
        if english and whole is not None and not _bigger(whole, part):
            whole = None  # "one in ten acceptances (56,780)" is never of "34,900" acceptances to computing
        if english and whole is not None and _ACCOUNTED_FOR.search(model.text[whole.clause[0] : whole.start]):
            whole = None  # nor of "UK applicants accounted for 466,930 acceptances", some of them
        lead = _lead_of(part, model, name[:-2]) if not english and _TOTAL_OF.search(name) and not exact else None
        if whole is not None and lead is not None and lead is not whole and _bigger(lead, whole):
            # 占全省接待游客总数的36.2%: the text's lead 接待游客 figure, not a 5A级景区接待游客 sharing more words
            whole = lead
    if whole is None and not english and len(name) >= 3:
        whole = _only_one_so_labelled(model, rate, part, name)  # 占当年缴存额的70.22%: 缴存额 sections above
        severity = INFERRED
    if whole is None and not english and len(name) >= 2:
        whole = _top_so_named(model, rate, part, name, totals_of)  # 占全年票房的: 电影票房, not 国产影片票房 in it
        severity = INFERRED
    if whole is None and re.search(r"(?:总数|总量|总额|总和)$", name):
        whole = _lead_of(part, model, name[:-2])  # 占火灾总数的42.7%: the text's lead 火灾 figure
        severity = INFERRED
    if whole is None and not english and name in ("总数", "总量", "总额"):
        # 全国共接报火灾17.6万起...农村地区7.5万起,占总数的42.2%; a later share of 总数 that of the share before
        whole = last_whole.get((rate.block, part.unit)) or _paragraph_lead(model, part)
        severity = INFERRED
    if whole is None and not name and not english:
        whole = last_whole.get((rate.block, part.unit))  # 车辆火灾418起,占15.6%: the whole of the share before
        severity = INFERRED
    if whole is not None and not english:
        agreeing = _whole_agreeing_with_name(model, rate, part, name, whole)
        if agreeing is not None:
            whole, severity = agreeing, STATED
    if _smaller_whole(model, rate, part, whole):
        # 分别收购玉米1820万吨…合计5230万吨，占玉米收购总量的80.0%: a listed item labelled like the whole is
        # smaller than the part, so never the whole of a share of at most 100%
        whole = None
    if whole is not None and whole.unit == part.unit:
        last_whole[(rate.block, part.unit)] = whole
    if named_part:
        severity = INFERRED  # the part is named, not given, in the share's sentence
    if whole is not None and whole is not part:
        return [_is_share(model, rate, part, whole, severity)]
    return [
        Suggestion(
            NAME,
            f"{rate.id}-implied-whole",
            "",
            say(
                model.language,
                f"{part.text}占{rate.text},推算总数为{part.text}/{rate.text}",
                f"{part.text} is {rate.text}: the whole is {part.text}/{rate.text}",
            ),
            (part, rate),
            derive={f"{part.id}_implied_whole": f"{part.ref} / {rate.ref}"},
        )
    ]


_TOGETHER_EN = re.compile(
    r"^\s*(?:together|combined|between them|taken together|in total)\s*,?\s*(?:these|they|the|those)\b[^,;()\d]{0,40}?"
    r"\b(?:accounted for|made up|represented|comprised|were)\s+(?:about|around|nearly|almost|over|some)?\s*$",
    re.IGNORECASE,
)


def _together_share(model: Model, rate: Figure, name: str) -> list[Suggestion]:
    """ "Texas gained 490,000, Florida 410,000 and North Carolina 160,000. Together these three states accounted
    for 40.0% of the nation's growth": the listed parts of the sentence before, summed, are the share's part."""
    if not name or not _TOGETHER_EN.match(model.text[rate.sentence[0] : rate.start]):
        return []
    listed = [
        f
        for f in model.previous_sentence(rate)
        if f.role == CURRENT and f.is_amount and not f.base and not f.text.isalpha()
    ]
    if len(listed) < 2:
        return []
    whole = _english_whole(model, rate, listed[-1], name)
    if whole is None:
        return []
    listed = [f for f in listed if f.start > whole.start]  # "Of the 1,200 complaints, 540 were ...": the whole's
    if len(listed) < 2 or listed[0].block != rate.block or any(not same_count(f, listed[0], True) for f in listed):
        return []
    parts = ", ".join(f.ref for f in listed)
    return [
        Suggestion(
            NAME,
            f"{rate.id}-is-share-of-whole",
            f"share(sum({parts}), {whole.ref}) == {rate.ref}",
            f"{' + '.join(f.text for f in listed)} of {whole.text} is {rate.text}",
            (*listed, whole, rate),
            severity=INFERRED,
        )
    ]


_SUBJECT_SHARE_EN = re.compile(
    r"^\s*(?:the\s+)?([a-z][a-z '-]{2,40}?)\s+(?:accounted for|made up|represented|comprised|were|was)\s+"
    r"(?:about|around|nearly|some|almost|over)?\s*$",
    re.IGNORECASE,
)


def _named_part_en(model: Model, rate: Figure) -> Figure | None:
    """The figure the subject of a share's sentence names, in its paragraph before it: "Burglaries
    accounted for 8.4% of ..." after "1,120,000 were burglaries"."""
    match = _SUBJECT_SHARE_EN.match(model.text[rate.sentence[0] : rate.start])
    if match is None:
        return None
    stems = {w[:5] for w in re.findall(r"[a-z]{4,}", match.group(1).lower())}
    for figure in reversed(_amounts(model.near_in_context(rate))):
        if figure.start < rate.sentence[0] and figure.label and stems:
            words = {w[:5] for w in re.findall(r"[a-z]{4,}", figure.label.lower())}
            if stems <= words:
                return figure
    return None


def _aside_share_of_total(model: Model, rate: Figure, totals_of: dict[int, Figure]) -> list[Suggestion]:
    """ "Of the 38,900 defendants, 25,300 (65%) pleaded guilty": a share in parentheses after a part of a
    stated breakdown is that part's share of its total."""
    if not rate.aside or not rate.at_sentence:
        return []
    part = model.in_sentence(rate)[rate.at_sentence - 1]
    fraction = _fraction_with_total(model, rate)  # "made up seven out of ten (70%), with a total of 133,819"
    if fraction or not part.is_amount:
        return fraction
    total = totals_of.get(part.number)
    if total is None and part.at_sentence:
        # "Sexual offences rose 4.1% to 3,540, with 1,620 (45.8%) relating to ...": a part of the figure before
        before = model.in_sentence(part)[part.at_sentence - 1]
        if (
            before.role == CURRENT
            and before.is_amount
            and not before.aside
            and not before.base
            and before.unit == part.unit
            and re.fullmatch(r"\s*,\s*with\s+", model.between(before, part))
        ):
            total = before
    inferred = False
    if total is None and re.fullmatch(r"\s*\(\s*", model.between(part, rate)):
        # "A sample of 5,000 dockets showed that 3,450 (69%) ..."; "Primary schools had 4,550,000 pupils (50.4%),
        # secondary schools 3,900,000 (43.2%)" after "There are 9,030,000 pupils"
        total = _implicit_whole(model, part) or _named_list_whole(model, part)
        inferred = total is not None
    elif total is None and re.fullmatch(r"\s*[A-Za-z]+\s*\(\s*", model.between(part, rate)):
        total = _named_list_whole(model, part)
        inferred = total is not None
    # "Of the 542,600 searches, 382,500 resulted in no further action (70%)": words may come between
    if total is None or part.aside or not re.fullmatch(r"\s*(?:[A-Za-z-]+\s+){0,6}\(\s*", model.between(part, rate)):
        return []
    worded = not re.fullmatch(r"\s*\(\s*", model.between(part, rate))
    if worded and not re.match(r"\s*\)", model.text[rate.end : rate.end + 3]):
        return []  # "(70%)" alone restates the part; "(45% of those sentenced)" may be of something else
    # words between: the part is inferred; a whole the text leaves to the reader: the whole is
    return [_is_share(model, rate, part, total, INFERRED if worded or inferred else STATED)]


# a sentence that opens with its part, the whole left to the sentence before: "Around 2.9 million (39.2%) had ..."
_BARE_OPENING_EN = re.compile(
    r"\s*(?:(?:of\s+)?(?:these|them|those|this|which)\s*,?\s*)?(?:some|around|about|nearly|almost|over|more than|"
    r"fewer than|less than|just over|just under|roughly|approximately)?\s*",
    re.IGNORECASE,
)


_WITH_A_TOTAL = re.compile(r"\s*\)\s*[,;–—-]*\s*with a total of\s*$", re.IGNORECASE)
_OF_THE_OPENING = re.compile(r"\s*(?:of|out of) (?:the|all)\b", re.IGNORECASE)


def _fraction_with_total(model: Model, rate: Figure) -> list[Suggestion]:
    """ "Of the total cases referred (182,400), insurance made up seven out of ten (70%), with a total of 127,680
    new complaints": the count after "with a total of" is the part, the count the sentence opens with the whole
    (a warning)."""
    figures = model.in_sentence(rate)
    after = figures[rate.at_sentence + 1] if rate.at_sentence + 1 < len(figures) else None
    if after is None or not after.is_amount or not _WITH_A_TOTAL.fullmatch(model.between(rate, after)):
        return []
    if not _OF_THE_OPENING.match(model.text, rate.sentence[0]):
        return []
    whole = next((f for f in figures[: rate.at_sentence] if f.is_amount and f.role == CURRENT and not f.base), None)
    if whole is None or not _bigger(whole, after) or not same_count(whole, after, True):
        return []
    return [_is_share(model, rate, after, whole, INFERRED)]


def _named_list_whole(model: Model, part: Figure) -> Figure | None:
    """The whole of a sentence's "N noun (p%)" parts: the latest figure before the sentence labelled with the
    noun the sentence's first such part counts ("4,550,000 pupils (50.4%)": pupils), larger than the part."""
    figures = model.in_sentence(part)
    listed = [
        f
        for at, f in enumerate(figures[:-1])
        if f.is_amount and not f.aside and figures[at + 1].aside and figures[at + 1].role == SHARE
    ]
    counted = _COUNTED_NOUN.match(model.text, listed[0].end) if listed and listed[0].unit is None else None
    noun = counted.group(1).lower() if counted else ""
    if listed and listed[0].unit and listed[0].unit.isalpha() and listed[0].unit.islower():
        noun = listed[0].unit  # "with 2,760 offences (30.3%)": the part's own noun
    if not noun or part not in listed:
        return None
    for whole in reversed(model.figures[max(0, part.number - 200) : figures[0].number]):
        words = whole.label.lower().split()
        # "Children committed 9,120 proven offences": the noun just after the whole counts it too
        after = _NOUN_AFTER_EN.match(model.text, whole.end)
        if (
            whole.role == CURRENT
            and whole.is_amount
            and not whole.aside
            and not whole.base
            and (
                (words and words[-1] == noun)
                # counted in the noun only by its unit or the word after it: a whole of the part's own section
                or (
                    whole.section == part.section
                    and (
                        whole.unit == noun or (after is not None and after.group(1).lower() == noun and not whole.unit)
                    )
                )
                # "562,410 residents (19.8%)" of "the usual resident population of Calder Reach was 2,847,316"
                or (whole.section == part.section and noun in _PEOPLE_EN and "population" in words)
            )
            and same_count(whole, part, True)
            and all(_bigger(whole, f) for f in listed)  # the whole of the list: larger than each of its parts
        ):
            return whole
    return None


_PEOPLE_EN = frozenset(("residents", "people", "persons", "inhabitants"))
_NOUN_AFTER_EN = re.compile(r"\s+(?:[a-z-]+\s+)?([a-z]{4,})\b(?!\s+(?:of|per)\b)")
_SUMMED_SHARE = re.compile(r"[，,]\s*(?:([两二三四五六七八九])(?:项|者|类|个|种|大类)?)?(?:合计|共计|总计|共)(?:约)?占")
_HOW_MANY = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_LIST_OPENING = re.compile(r"其中|分别为|分别是|[：:]")


def _summed_share(model: Model, rate: Figure, parts: list[Figure], name: str, how_many: str | None) -> list[Suggestion]:
    """``其中，教育支出58.6亿元，社会保障和就业支出46.2亿元，卫生健康支出28.4亿元，三项合计占一般公共预算支出的42.6%``:
    the listed parts (the number said, else those after 其中 or 分别为 in the sentence), in one unit, summed over the
    figure the share's name labels, larger than their sum; nothing when the list or the whole is unclear."""
    unit = parts[-1].unit
    run = [f for f in parts if f.unit == unit and f.sentence == rate.sentence]
    if how_many is not None:
        run = run[-_HOW_MANY[how_many] :]
        if len(run) != _HOW_MANY[how_many]:
            return []
    else:
        opening = _LIST_OPENING.search(model.text[rate.sentence[0] : run[0].start]) if run else None
        if opening is None:
            return []
    if len(run) < 2 or len(name) < 2:
        return []
    whole, exact = _labelled_whole(model, rate, run[-1], name)
    if whole is None or whole in run or not exact:
        whole = _only_one_so_labelled(model, rate, run[-1], name)
    total = sum((f.quantity.interval.hi for f in run), Decimal(0))
    if whole is None or whole in run or whole.unit != unit or whole.quantity.interval.lo <= total:
        return []
    listed = ", ".join(f.ref for f in run)
    return [
        Suggestion(
            NAME,
            f"{rate.id}-summed-share-of-whole",
            f"share(sum({listed}), {whole.ref}) == {rate.ref}",
            say(
                model.language,
                f"{'、'.join(f.text for f in run)}之和占{whole.text}的比例应为{rate.text}",
                f"the sum of {', '.join(f.text for f in run)} of {whole.text} is {rate.text}",
            ),
            (*run, whole, rate),
            severity=STATED if whole.sentence == rate.sentence else INFERRED,
        )
    ]


def _smaller_whole(model: Model, rate: Figure, part: Figure, whole: Figure | None) -> bool:
    """Whether a Chinese share of at most 100% would be of a whole smaller than its part (one unit)."""
    if model.language == "en" or whole is None or whole.unit != part.unit or rate.quantity.value > 100:
        return False
    # a table cell's interval is in its column's unit (亿千瓦时 under | 用电量（亿千瓦时） |): compare in scale
    return part.quantity.interval.lo * part.scale > whole.quantity.interval.hi * whole.scale


def _bigger(whole: Figure, part: Figure) -> bool:
    return whole.quantity.interval.lo > part.quantity.interval.hi


def _implicit_whole(model: Model, part: Figure) -> Figure | None:
    """The whole of "N (p%)" when no breakdown names it: the larger count earlier in the sentence that is no
    sibling part ("A sample of 5,000 rape dockets showed that 3,450 (69%) ..."), else, for a sentence that opens
    with its part, the first such count of the sentence before in its paragraph ("The waiting list stood at 7.40
    million. Around 2.9 million (39.2%) had waited longer")."""

    def fits(whole: Figure) -> bool:
        return (
            whole.role == CURRENT
            and whole.is_amount
            and not whole.aside
            and not whole.base
            and not whole.in_table
            and (whole.unit == part.unit or None in (whole.unit, part.unit))
            and _bigger(whole, part)
        )

    figures = model.in_sentence(part)
    for at in range(part.at_sentence - 1, -1, -1):
        whole = figures[at]
        following = figures[at + 1]
        if following.aside and following.is_percent:
            continue  # "890 (13.2%) were women and 310 (4.6%) were children": a sibling part with its own share
        if re.search(r"\b(?:and|or|while|whereas|but|compared)\b|[;:]", model.between(whole, part)):
            return None  # "890 were women and 310 (4.6%)": a sibling, not the whole
        return whole if fits(whole) else None
    if part.at_sentence or not _BARE_OPENING_EN.fullmatch(model.text[part.sentence[0] : part.start]):
        return None
    before = model.previous_sentence(part)
    if not before or before[0].block != part.block:
        return None
    first = next((f for f in before if f.is_amount and not f.aside), None)
    return first if first is not None and fits(first) else None


def _or_share(model: Model, rate: Figure, first: Suggestion) -> list[Suggestion]:
    """ "Nearly two-thirds of prisoners (61% or 27,100 prisoners) were under sentence, while over a third (39% or
    17,000 prisoners) were unsentenced": a bracketed percentage with its count after "or" is that count's share of
    the whole the sentence's first share is of (a warning)."""
    figures = model.in_sentence(rate)
    if rate.at_sentence + 1 >= len(figures):
        return []
    part, whole = figures[rate.at_sentence + 1], first.figures[1]
    if not (part.aside and part.is_amount and part.role == CURRENT) or part is whole:
        return []
    if not re.fullmatch(r"\s*or\s*", model.between(rate, part)) or not same_count(part, whole, True):
        return []
    return [_is_share(model, rate, part, whole, INFERRED)]


def _bracketed_list_shares(model: Model, share: Figure, first: Suggestion) -> list[Suggestion]:
    """ "Aggravated assaults made up 68.6% of violent crimes (820,000), robberies 17.4% (208,000) and rape 12.0%
    (143,400)": each later share of the sentence with its part in brackets after it is of the first one's whole."""
    part, whole = first.figures[0], first.figures[1]
    if not part.aside or not re.fullmatch(r"[^()\d]*\(\s*", model.between(share, part)):
        return []
    out = []
    figures = model.in_sentence(share)
    at = part.at_sentence + 1
    while at + 1 < len(figures):
        rate, amount = figures[at], figures[at + 1]
        if not (rate.is_percent and not rate.aside and amount.aside and amount.is_amount and amount.unit == part.unit):
            break
        if not re.fullmatch(
            r"\)\s*,?\s*(?:and\s+)?[A-Za-z][A-Za-z ,'-]{0,60}?\s+(?:for\s+)?", model.between(figures[at - 1], rate)
        ):
            break
        if not re.fullmatch(r"\s*\(\s*", model.between(rate, amount)):
            break
        out.append(_listed_share(amount, whole, rate, first.severity))
        at += 2
    return out


def _listed_share(amount: Figure, whole: Figure, rate: Figure, severity: str) -> Suggestion:
    """A later item of a list of shares, of the whole of the list's first share."""
    return Suggestion(
        NAME,
        f"{rate.id}-is-share-of-whole",
        f"share({amount.ref}, {whole.ref}) == {rate.ref}",
        f"{amount.text} of {whole.text} is {rate.text}",
        (amount, whole, rate),
        severity=severity,
    )


def _listed_bracketed_pairs(model: Model, share: Figure, first: Suggestion) -> list[Suggestion]:
    """ "with 2,760 offences (30.3%), followed by theft and handling (1,094, or 12.0%) and drug offences (912, or
    11.0%)": each later item of the list, its amount and its share in brackets of their own, is of the whole of
    the first item's share."""
    part, whole = first.figures[0], first.figures[1]
    if part.aside or not share.aside or first.figures[2] is not share:
        return []
    out = []
    figures = model.in_sentence(share)
    at, previous = share.at_sentence + 1, share
    while at + 1 < len(figures):
        amount, rate = figures[at], figures[at + 1]
        if not (amount.aside and amount.is_amount and rate.aside and rate.is_percent):
            break
        if amount.unit not in (None, part.unit) or not _bigger(whole, amount):
            break
        if not re.fullmatch(
            r"\s*\)\s*,?\s*(?:and\s+)?[A-Za-z][A-Za-z ,'-]{0,60}?\s*\(\s*", model.between(previous, amount)
        ):
            break
        if not re.fullmatch(r"\s*,\s*(?:or\s+)?", model.between(amount, rate)):
            break
        out.append(_listed_share(amount, whole, rate, first.severity))
        at, previous = at + 2, rate
    return out


def _named_whole_in_brackets(model: Model, rate: Figure) -> list[Suggestion]:
    """ "The utilised agricultural area was 612 thousand hectares ... and made up 71% of the total area of Carrowmere
    (862 thousand hectares)": a whole the share names with its amount in brackets right after the name is that
    amount, and the part is the latest amount of its unit before the share in its sentence, smaller than it."""
    if rate.aside or rate.is_points:
        return []
    sentence = model.in_sentence(rate)
    later = sentence[rate.at_sentence + 1 :]
    if not later:
        return []
    whole = later[0]
    if not (whole.aside and whole.is_amount and whole.role == CURRENT) or not re.fullmatch(
        r"\s*of\s+(?:the\s+)?[A-Za-z][A-Za-z ,'-]{0,60}?\s*\(\s*", model.text[rate.end : whole.start]
    ):
        return []
    parts = [
        f
        for f in sentence[: rate.at_sentence]
        if f.role == CURRENT
        and f.is_amount
        and not f.aside
        and not f.base
        and f.unit == whole.unit
        and _bigger(whole, f)
    ]
    return [_is_share(model, rate, parts[-1], whole, INFERRED)] if parts else []


def _sibling_share_whole(model: Model, rate: Figure, made: list[Suggestion]) -> list[Suggestion]:
    """ "Pension wealth was £171 billion (42% of the total), followed by property wealth at £143 billion (35%)": a
    bare share in brackets right after an amount that no breakdown places is of the whole of the latest share
    proposed before it in its sentence, whose whole is in the amount's unit and larger than it (inferred); else of
    the sentence before's in its paragraph when that one's shares of the whole and the sentence's so far leave
    room for it under 100% ("1.02 million (44.2%) were rated band C. Band D was held by 0.86 million homes
    (37.2%), followed by band E with 0.31 million (13.4%)").  Not across paragraphs: a share of the paragraph
    before may be of another breakdown of another whole."""
    if not rate.aside or not rate.at_sentence or not re.match(r"\s*\)", model.text[rate.end : rate.end + 3]):
        return []
    part = model.in_sentence(rate)[rate.at_sentence - 1]
    if (
        part.role != CURRENT
        or not part.is_amount
        or part.aside
        or part.base
        or not re.fullmatch(r"\s*(?:[a-z-]+\s+){0,2}?\(\s*", model.between(part, rate))
    ):
        return []
    for earlier in reversed(made):
        if earlier.pattern != NAME or not earlier.check.startswith("share(") or len(earlier.figures) != 3:
            continue
        sibling, whole, share = earlier.figures
        if share.sentence != part.sentence:
            break
        same = whole.unit == part.unit or (model.language == "en" and None in (whole.unit, part.unit))
        if same and sibling is not part and whole is not part and _bigger(whole, part):
            return [_is_share(model, rate, part, whole, INFERRED)]
    if model.language != "en":
        return []
    # the sentence before's, in the paragraph: its shares and this sentence's must leave room for this one
    earlier_shares = [
        e.figures
        for e in made
        if e.pattern == NAME and e.check.startswith("share(") and len(e.figures) == 3 and e.figures[2].is_percent
    ]
    before = [f for f in earlier_shares if f[2].block == rate.block and f[2].sentence[1] <= rate.sentence[0]]
    if any(f[2].sentence == rate.sentence for f in earlier_shares):
        return []
    if not before:
        return _head_noun_whole(model, rate, part)
    sibling, whole, share = before[-1]
    if model.in_sentence(share)[-1].number != rate.number - rate.at_sentence - 1:
        return []  # only the sentence just before
    if whole.unit != part.unit or sibling is part or whole is part or not _bigger(whole, part):
        return []
    taken = sum((f[2].quantity.value for f in earlier_shares if f[1] is whole), Decimal(0))
    later = [f for f in model.in_sentence(rate) if f.is_percent and f.aside]  # this sentence's bracketed shares
    if taken + sum((f.quantity.value for f in later), Decimal(0)) > 100 + Decimal("0.05") * (len(later) + 2):
        return []
    return [_is_share(model, rate, part, whole, INFERRED)]


def _head_noun_whole(model: Model, rate: Figure, part: Figure) -> list[Suggestion]:
    """ "Police recorded 84,300 offences. Theft offences numbered 26,100 (31%), ...": the first bare bracketed share
    of a sentence, after a count whose label ends with a noun (offences), is of the latest larger figure of its
    section before it labelled (or counted) with that noun alone (a warning)."""
    words = part.label.lower().split()
    if len(words) < 2:
        return []
    head = words[-1]
    for whole in reversed(model.figures[max(0, part.number - 40) : part.number]):
        if whole.section != part.section:
            break
        if whole.role != CURRENT or whole.aside or whole.in_table or not whole.is_amount or not _bigger(whole, part):
            continue
        if whole.unit != part.unit and None not in (whole.unit, part.unit):
            continue
        if whole.label.lower() == head or (whole.unit or "").lower() == head:
            return [_is_share(model, rate, part, whole, INFERRED)]
    return []


def _restated_share_of_total(model: Model, rate: Figure, totals_of: dict[int, Figure]) -> list[Suggestion]:
    """ "Of these, 31,900 were charged, or 47%", "Of the 18,880 agencies eligible, 16,640 submitted data, or
    88.1%": a share after "or" that names no whole restates the part before it, of that part's total."""
    if not rate.at_sentence or not re.search(r",\s*or\s*$", model.before(rate, rate.sentence, 8)):
        return []
    part = model.in_sentence(rate)[rate.at_sentence - 1]
    total = totals_of.get(part.number)
    if total is None and part.role == CURRENT and part.is_amount and not part.aside:
        # "Trials accounted for 40,800 of the outstanding cases, or 53%": the whole the part's words name
        named = re.fullmatch(r"\s*of (?:the|all)\s+([a-z][a-z' -]{2,40}?)\s*,\s*or\s*", model.between(part, rate))
        whole = _english_whole(model, rate, part, named.group(1).lower()) if named else None
        return [_is_share(model, rate, part, whole, INFERRED)] if whole is not None else []
    if total is None or part.aside or part.role != CURRENT or re.search(r"[.;:()]", model.between(part, rate)):
        return []
    return [_is_share(model, rate, part, total, STATED if total.sentence == part.sentence else INFERRED)]


# Nouns a report uses for one thing: "84 per cent of all recorded crime" is of the 5.1 million offences
# "89% of its budget", "75% of the target": a plan, whose amount the sentence gives beside what was done
_PLAN_WORDS = frozenset(("budget", "target", "allocation", "plan", "goal", "estimate", "forecast"))
_SAME_THING = {"crime": "offen", "crimes": "offen", "offenses": "offen", "offense": "offen"}


# wholes a share is "of" that are written as acronyms ("3.3% of GDP", "of GVA", "of GNI")
_VALUE_OF_EN = re.compile(r"\b([A-Za-z]{3,})\s+(?:of|was|were|is|stood at|reached)\s+(?:about\s+|around\s+)?$")
_WHOLE_ACRONYMS = frozenset(("gdp", "gva", "gni", "gnp"))
_AUXILIARIES = frozenset(("will", "would", "was", "were", "has", "have", "had", "been", "are", "is", "could", "should"))


def _without_auxiliaries(words: list[str]) -> list[str]:
    while words and words[-1] in _AUXILIARIES:
        words = words[:-1]
    return words


def _stem(word: str) -> str:
    return _SAME_THING.get(word, word[:5])


_COUNTED_NOUN = re.compile(r" ([A-Za-z]{4,})\b")
_CHANGE_WHOLES = frozenset(("growth", "increase", "rise", "gain", "fall", "decline", "decrease", "drop", "reduction"))


_ACCOUNTED_FOR = re.compile(r"\b(?:accounted for|made up|makes? up|represented)\s+(?:about |around |some )?$", re.I)


def _english_whole(model: Model, rate: Figure, part: Figure, name: str) -> Figure | None:
    """ "or 12.9% of the total": the paragraph's lead figure, else the text's; "11.7% of all calls": the
    nearest earlier figure whose label ends with a word of the name (its head noun), else shares one."""
    first = bool(
        re.search(
            r"^\s*(?:\([^()]{0,40}\)\s*)?of\s+(?:the\s+)?(?:total|all|overall)\b", model.after(rate, rate.sentence, 70)
        )
        # "One in five robberies (1,080)": of all robberies, as "of all" says
        or re.search(r"\b(?:in|out of)\s+\S+$", rate.text)
    )

    def countable(f: Figure) -> bool:  # "7,830 cases, 8.1% of all offences": a whole of another noun
        if f.period and part.period and f.period != part.period:
            return False  # "was 1,310,900 at year-end 2013": another year's figure is never this year's whole
        if Kind.COUNT not in (f.quantity.kind, part.quantity.kind) and f.unit != part.unit:
            return False  # "7.1 TWh, 48.6% of the total": of TWh, never of the tonnes before it (nor £ of $)
        return same_count(f, part, True) or bool(first and f.is_amount and part.is_amount and f.unit and part.unit)

    near = [f for f in _amounts(model.near_in_context(rate)) if f.start < part.start and countable(f)]
    section = [
        f
        for f in _amounts(model.figures[max(0, part.number - 200) : part.number])
        if f.section == part.section and countable(f)
    ]
    # a whole is never smaller than its part (not "355 per 100,000" for "159,100, about 13% of the total"); "of
    # the total prison population" is the text's first such figure
    near = [f for f in near if f.quantity.value * f.scale > part.quantity.value * part.scale]
    section = [f for f in section if f.quantity.value * f.scale > part.quantity.value * part.scale]
    # "11.9% of the annual total", "37.1% of the total number": a total named with a word of period or count
    words = name.split()
    if name in ("total", "all", "these", "them", "the total") or (
        len(words) == 2 and "total" in words and not set(words) - {"total", "annual", "overall", "number", "yearly"}
    ):
        return near[0] if near else (section[0] if section else None)
    if name.split()[-1] in _CHANGE_WHOLES:
        # "two-thirds of the growth", "52.1% of the national gain": the whole is the change the text states
        def grew(f: Figure) -> bool:
            return (
                f.role == CHANGE
                and f.start < rate.start
                and f is not part
                and f.is_amount
                and same_count(f, part, True)
                and f.quantity.value * f.scale > part.quantity.value * part.scale
            )

        # the nearest change in the paragraph, else the section's first (its headline)
        changes = [f for f in model.near_in_context(rate) if grew(f)]
        lead = [f for f in model.figures[max(0, part.number - 200) : part.number] if f.section == part.section]
        return changes[-1] if changes else next((f for f in lead if grew(f)), None)
    if _PLAN_WORDS & set(name.split()):
        # "allocated £2.40 billion ... and had spent £2.13 billion, 89% of its budget": the one larger amount of
        # the part's unit before it in its sentence (the plan names no figure of its own), else none
        planned = [
            f
            for f in _amounts(model.in_sentence(rate))
            if f.start < part.start and f is not part and f.unit == part.unit and not f.aside and _bigger(f, part)
        ]
        return planned[0] if len(planned) == 1 else None
    stems = {_stem(w) for w in name.split() if (len(w) > 3 or w in _WHOLE_ACRONYMS) and w not in ("total", "overall")}
    # "1.1 per cent of all recorded crime" under a later heading: the text's first figure of that name
    anywhere = (
        [
            f
            for f in _amounts(model.figures[max(0, part.number - 200) : part.number])
            if countable(f) and f.quantity.value * f.scale > part.quantity.value * part.scale
        ]
        if first
        else []
    )

    def named(figure: Figure) -> bool:
        # "Receipts will rise to £371.8 billion": a label's trailing auxiliary is no noun; "nominal GDP": an acronym
        words = [
            _stem(w) for w in _without_auxiliaries(figure.label.lower().split()) if len(w) > 3 or w in _WHOLE_ACRONYMS
        ]
        # "received 412,600 calls for service": the noun right after a bare count is what it counts
        counted = _COUNTED_NOUN.match(model.text, figure.end) if figure.unit is None else None
        if counted and _stem(counted.group(1).lower()) in stems and figure is not part:
            return True
        # "On a nominal GDP of £1,236 billion": the noun the figure is said to be the value of, just before it
        of = _VALUE_OF_EN.search(model.text, max(0, figure.start - 30), figure.start)
        if of and _stem(of.group(1).lower()) in stems and figure is not part:
            return True
        # "attended 154,812 incidents": a count's own noun, its unit, is what it counts
        if figure.unit and figure.unit.isalpha() and _stem(figure.unit.lower()) in stems and figure is not part:
            return True
        return bool(words) and words[-1] in stems and figure is not part

    if first:
        # "of all offences": the largest figure of that name, not a part of it nearer by (4.3 million offences,
        # 84 per cent of all recorded crime, is not the whole of 605,800 violent crimes; the 5.1 million is)
        # "UK applicants accounted for 466,930 acceptances": a part of all acceptances, never all of them
        near, section, anywhere = (
            [f for f in pool if not _ACCOUNTED_FOR.search(model.text[f.clause[0] : f.start])]
            for pool in (near, section, anywhere)
        )
        matches = [f for pool in (near, section, anywhere) for f in pool if named(f)]
        if matches:
            return max(matches, key=lambda f: f.quantity.value * f.scale)
    # "Women made up 5% of receptions (850)": the figure labelled with the name itself, before one of a kind of it
    # nearer by (7,830 sentenced receptions)
    # (the text's figure labelled with the name alone, under any heading: "25.7% of pupils" under "Free school
    # meals" after "There are 9,030,000 pupils")
    earlier = [
        f
        for f in _amounts(model.figures[max(0, part.number - 200) : part.number])
        if countable(f) and f.quantity.value * f.scale > part.quantity.value * part.scale
    ]
    exact = [
        f
        for pool in (near, section, anywhere or earlier)
        for f in reversed(pool)
        if f is not part and stems and {_stem(w) for w in f.label.lower().split() if len(w) > 3} == stems
    ]
    if exact:
        return exact[0]
    # "57% of union members": the figure whose label ends with "members" itself before one ending "membership"
    head = name.split()[-1] if name.split() else ""
    for pool in (near, section, anywhere):
        for figure in reversed(pool):
            if named(figure) and figure.label.lower().split()[-1:] == [head]:
                return figure
    for pool in (near, section, anywhere):
        for figure in reversed(pool):
            if named(figure):
                return figure
    for figure in reversed(near):
        if stems & {_stem(w) for w in figure.label.lower().split() if len(w) > 3} and figure is not part:
            return figure
    # "Visitors spent £1.73 billion ... Visitors from North America spent £412 million, 24% of all spending": a
    # whole labelled by the act its name makes a noun of (spent, spending), the largest of the part's unit
    acts = {w[:4] for w in name.split() if len(w) > 4}
    done = [
        f
        for pool in (near, section)
        for f in pool
        if f is not part
        and f.unit == part.unit
        and re.fullmatch(r"[a-z]{3,}(?:ed|nt)", f.label)
        and f.label[:4] in acts
        and f.role == CURRENT
    ]
    return max(done, key=lambda f: f.quantity.value * f.scale) if done and first else None


def _bare_share_after(model: Model, total: Figure) -> bool:
    """Whether a total is followed in its clause or the next by a share of its own that names no whole
    (60岁及以上人口264018766人，占18.70%，其中65岁及以上人口190635280人，占13.50%): the part's bare share is then
    of the same whole as the total's, never of the total."""
    following = next((f for f in model.near_in_sentence(total, 2) if f.start > total.end), None)
    if following is None or following.role != SHARE or not following.is_percent:
        return False
    return bool(re.fullmatch(r"[，,]?\s*占", model.text[total.end : following.start]))


def _paragraph_lead(model: Model, part: Figure) -> Figure | None:
    """The figure a paragraph opens with in a part's unit, when it is larger than the part: the 总数 a share
    of the paragraph names with no breakdown of it (全国共接报火灾17.6万起 ... 农村地区7.5万起,占总数的42.2%)."""
    for figure in model.block_figures(part.block):
        if figure.unit != part.unit or figure.aside:
            continue
        if (
            figure is part
            or figure.role != CURRENT
            or figure.quantity.value * figure.scale <= part.quantity.value * part.scale
            or "占" in model.after(figure, figure.sentence, 8)  # 火灾扑救18.4万起，占总数的38.0%: a part, not the total
        ):
            return None
        return figure
    return None


def _noun_after(model: Model, total: Figure) -> str:
    """The noun a ``N...中`` total is followed by in its clause (19.02万户企业中 -> 企业), else ''."""
    match = re.match(r"([\u4e00-\u9fff]{1,8}?)中$", model.after(total, total.clause, 10))
    return match.group(1) if match else ""


def _affinity(name: str, label: str) -> bool:
    """Whether a whole's name (民商事收案) and a figure's label (受理民商事案件) share a word of two characters."""
    name, label = name.lower(), label.lower()
    if name in ("those", "them", "which", "whom"):
        return False  # "(70% of those in London)": a pronoun names no whole ("those" shares "se" with "searches")
    if " " in name or " " in label:
        return bool(set(name.split()) & set(label.split()) - {"the", "of", "all"})
    return any(name[i : i + 2] in label for i in range(len(name) - 1))


def _labelled_whole(model: Model, rate: Figure, part: Figure, name: str) -> tuple[Figure | None, bool]:
    """The figure in the paragraph that ``name`` labels: (figure, whether its label is the name exactly)."""
    best: Figure | None = None
    exact = False
    for figure in _amounts(model.near_in_block(rate)):
        if figure is part or figure.unit != part.unit or (figure.scope != part.scope and figure.period != part.period):
            continue
        label = figure.label.lower()
        if label == name and len(name) >= 2:
            return figure, True
        if best is None and len(name) >= 2 and (label.endswith(name) or (name.endswith(label) and len(label) >= 3)):
            if name != label and figure.label == part.label:
                continue  # 普通高中在校生15.38万人, 中职在校生8.92万人, 占高中阶段在校生的: a sibling, not the whole
            best = figure
    if best is None and len(name) >= 3:
        # 占民商事一审收案的34.7% and 受理民商事一审案件10.43万件: the earlier figure sharing most of the name
        scored = [
            (sum(1 for i in range(len(name) - 1) if name[i : i + 2] in f.label), f)
            for f in _amounts(model.near_in_context(rate))
            if f is not part and f.unit == part.unit and f.start < rate.start and f.label != part.label
        ]
        scored = [(n, f) for n, f in scored if n >= 2]
        if scored:
            best = max(scored, key=lambda item: (item[0], item[1].start))[1]
    return best, exact


# 占可支配收入的比重 names 居民人均可支配收入 (占人均消费支出的, 居民人均消费支出), never 城镇居民人均可支配收入
_PER_HEAD_OF_ALL = re.compile(r"(?=.)(?:全[省市县区国])?(?:全体)?(?:居民)?(?:人均)?")  # 全体居民人均可支配收入


def _average_share(model: Model, rate: Figure, sentence: list[Figure], anchor: int, name: str) -> Suggestion | None:
    """``其中,人均服务性消费支出12578元...占居民人均消费支出的比重为46.0%``: a per-head part of a per-head whole, the
    one average before the share in the text labelled with the whole's name, in the part's unit."""
    averages = [f for f in sentence if f.role == AVERAGE and f.is_amount and not f.aside and f.end <= anchor]
    if not averages:
        return None
    part = averages[-1]
    wholes = [
        f
        for f in model.figures[max(0, rate.number - 200) : rate.number]
        if f.role == AVERAGE
        and f.is_amount
        and not f.aside
        and f is not part
        and f.unit == part.unit
        and (
            f.label == name
            or (_PER_HEAD_OF_ALL.fullmatch(f.label[: len(f.label) - len(name)]) and f.label.endswith(name))
        )
        and _bigger(f, part)
    ]
    if len(wholes) != 1:
        return None
    return _is_share(model, rate, part, wholes[0], STATED if wholes[0].block == rate.block else INFERRED)


def _bare_average_share(
    model: Model, rate: Figure, sentence: list[Figure], last_whole: dict[tuple[int, str | None], Figure]
) -> Suggestion | None:
    """``人均工资性收入22531元,占可支配收入的比重为58.3%；人均经营净收入6214元,占16.1%``: a bare share after a
    per-head figure of its clause's run is of the per-head whole the share before it in the paragraph named."""
    before = [f for f in sentence if f.role == AVERAGE and f.is_amount and not f.aside and f.end <= rate.start]
    if not before or _LIST_END_ZH.search(model.between(before[-1], rate)):
        return None
    part = before[-1]
    whole = last_whole.get((rate.block, part.unit))
    if whole is None or whole.role != AVERAGE or whole is part or not _bigger(whole, part):
        return None
    return _is_share(model, rate, part, whole, INFERRED)


_LIST_END_ZH = re.compile("[；;]")


def _named_part_zh(model: Model, rate: Figure, name: str) -> Suggestion | None:
    """``个人住房贷款余额占缴存余额的67.31%`` with no figure in its sentence: the one earlier amount labelled with
    the part's name (贷款余额486.37亿元) over the one labelled with the whole's (缴存余额722.56亿元); a warning."""
    subject = re.sub(r"^(?:其中|全市|全省|全县|全区|全国|年末|当年|全年)+", "", model.text[rate.clause[0] : rate.start])
    subject = subject.split("占")[0].strip()
    if len(subject) < 3 or len(name) < 2 or not _CJK.fullmatch(subject):
        return None
    earlier = _amounts(model.figures[max(0, rate.number - 200) : rate.number])
    parts = [f for f in earlier if len(f.label) >= 3 and (f.label == subject or subject.endswith(f.label))]
    wholes = [f for f in earlier if f.label == name]
    if not parts and len(wholes) == 1:
        # 在外出农民工中,…省内流动618万人。省内流动农民工占外出农民工的56.0%: the subject is the part's label with
        # the whole's head noun after it; 铁路发送旅客612.4万人次…铁路客运量占全部营业性客运量的: the one amount of
        # the paragraph (of the whole's unit) whose label opens as the subject does
        parts = [f for f in earlier if len(f.label) >= 3 and subject.startswith(f.label)]
        if not parts:
            lead, whole_unit = subject[:2], wholes[0].unit
            parts = [
                f
                for f in earlier
                if f.block == rate.block and f.unit == whole_unit and f.label.startswith(lead) and f is not wholes[0]
            ]
    if len(parts) != 1 or len(wholes) != 1:
        return None
    part, whole = parts[0], wholes[0]
    # a part whose paragraph names no period (a news story's second paragraph) is of the period of the text's lead
    unstated = part.period == "" and part.block == rate.block
    if part.unit != whole.unit or not _bigger(whole, part) or (part.period != whole.period and not unstated):
        return None
    return _is_share(model, rate, part, whole, INFERRED)


def _whole_agreeing_with_name(model: Model, rate: Figure, part: Figure, name: str, whole: Figure) -> Figure | None:
    """The one figure before a share labelled with the whole's name, when the whole found for it by position
    is labelled otherwise: ``实物商品网上零售额503.75亿元...占社会消费品零售总额的比重为19.6%`` is of the
    社会消费品零售总额 of its period, never of the 网上零售额 its 其中 divides, whose label only shares 零售 with the
    name.  Only a name of four characters or more, a figure of the part's unit and period, larger than the part."""
    if len(name) < 4 or whole.label.endswith(name) or (len(whole.label) >= 3 and name.endswith(whole.label)):
        return None
    if _noun_after(model, whole):
        return None  # 在新登记的14.80万户企业中,…占全部新设企业的6.4%: the text frames the whole itself
    found = [
        f
        for f in _amounts(model.figures[max(0, rate.number - 400) : rate.number])
        if f is not part
        and f.label.endswith(name)
        and len(f.label) - len(name) <= 2  # 全市社会消费品零售总额, never 城镇社会消费品零售总额... of a part
        and f.unit == part.unit
        and same_period(f.period, part.period)
        and (f.place == part.place or not f.place or not part.place)
        and _bigger(f, part)
    ]
    return found[-1] if len({f.label for f in found}) == 1 and len(found) == 1 else None


def _top_so_named(model: Model, rate: Figure, part: Figure, name: str, totals_of: dict[int, Figure]) -> Figure | None:
    """The one figure before a share whose label ends with the whole's name, of the part's unit and period and
    larger than it, that is no part of another such figure (春节档票房2.31亿元,占全年票房的17.0%: 电影票房13.62亿元,
    never the 国产影片票房 it holds); None when there are none or two."""
    found = [
        f
        for f in _amounts(model.figures[max(0, rate.number - 400) : rate.number])
        if f is not part
        and f.label.endswith(name)
        and f.unit == part.unit
        and same_period(f.period, part.period)
        and _bigger(f, part)
    ]
    top = [f for f in found if not any(totals_of.get(f.number) is g for g in found)]
    return top[0] if len(top) == 1 else None


def _named_after_share(model: Model, rate: Figure, part: Figure, name: str) -> Figure | None:
    """The one figure after a share in its paragraph labelled with the share's whole's name (with 全市, 全县 or
    the like before it), of the part's unit and larger than it; None when there is none or two."""
    if len(name) < 3:
        return None
    found = [
        f
        for f in _amounts([g for g in model.in_block(rate) if g.start > rate.end])
        if f.role == CURRENT
        and not f.aside
        and f.unit == part.unit
        and re.sub(r"^全[省市县区]", "", f.label) == name
        and _bigger(f, part)
    ]
    return found[0] if len(found) == 1 else None


def _exactly_named(model: Model, rate: Figure, part: Figure, name: str) -> Figure | None:
    """The one figure before a share labelled with its whole's name, or that name without 总值/总额/总量/总数
    (占出口总值的 -> 出口), of the part's unit and larger than it; None when there is none or two."""
    stem = re.sub(r"(?:总值|总额|总量|总数|总计)$", "", name)
    if len(stem) < 2:
        return None
    found = [
        f
        for f in _amounts(model.figures[max(0, rate.number - 400) : rate.number])
        if f is not part and f.label in (name, stem) and f.unit == part.unit and _bigger(f, part)
    ]
    return found[0] if len(found) == 1 else None


def _only_one_so_labelled(model: Model, rate: Figure, part: Figure, name: str) -> Figure | None:
    """The one figure before a share, anywhere in the text, labelled exactly with the whole's name, of the part's
    unit and period (占当年缴存额的70.22% of 缴存额186.35亿元 two sections up); None when there are none or two."""
    found = [
        f
        for f in _amounts(model.figures[max(0, rate.number - 400) : rate.number])
        if f is not part and f.label == name and f.unit == part.unit and f.period == part.period
    ]
    return found[0] if len(found) == 1 else None


def _known_rate(model: Model, rate: Figure, totals_of: dict[int, Figure]) -> list[Suggestion]:
    block = [
        f
        for f in _amounts(model.near_in_context(rate))
        if f.start < rate.start and (f.period == rate.period or not f.period or not rate.period)
    ]

    sentence = [f for f in block if f.sentence == rate.sentence]
    label = rate.label
    if any(word in label for word in ("不捕率", "不批捕率", "批捕率")):
        return _arrest_rate(model, rate, sentence) or _arrest_rate(model, rate, block)
    negative = re.search(r"不(?!良)([\u4e00-\u9fff]{1,3})率$", label)  # 不良贷款率 is no 不X率
    if negative:
        act = "起诉" if negative.group(1) == "诉" else negative.group(1)  # 不诉率: 不起诉率 in short
        return _negative_rate(model, rate, sentence, act) or _negative_rate(model, rate, block, act)
    for name, (numerators, denominators) in RATES.items():
        if not label.lower().endswith(name):
            continue
        not_bases = NOT_BASES.get(name, ())
        for pool in (sentence, block):
            # 贷款余额2311.8亿元，其中…中长期贷款余额1552.1亿元；存贷比80.9%: the total's, not a part's of the same
            # name (重刑率 over 五年以上的58人, a part of 196人, keeps it: the total is not 五年以上)
            named = [f for f in _labelled(pool, numerators) if not _labelled([f], ("未",))]
            top = [f for f in named if not any(t is totals_of.get(f.number) for t in named)]
            # 新收案件 holds 收案; 各类案件321146件，其中基层法院收案…，高级法院收案5258件；…结案率93.0%: a part of a
            # total in sight is no base of the whole's rate, whatever its label says
            bases = [
                f
                for f in pool
                if f not in top
                and not _labelled([f], not_bases)
                and not any(t is totals_of.get(f.number) for t in pool)
            ]
            # 审结1850件，判处罪犯2120人，其中判处五年以上…312人，重刑率: a base in the numerator's unit
            bases = [f for f in bases if not top or _same_unit(top[-1], f)]
            # 受理 before 收案: the words are in the order a rate's base is most often named
            bottom = next((found for w in denominators if (found := _labelled(bases, (w,)))), [])
            if top and bottom and _same_unit(top[-1], bottom[-1]):
                numerator, denominator = top[-1], bottom[-1]
                return [
                    Suggestion(
                        NAME,
                        f"{rate.id}-rate",
                        f"share({numerator.ref}, {denominator.ref}) == {rate.ref}",
                        say(
                            model.language,
                            f"{name} = {numerator.text} / {denominator.text} 应为{rate.text}"
                            "(比率的分母口径可能不同,故仅作提示)",
                            f"{name} = {numerator.text} / {denominator.text} should be {rate.text} (a report may "
                            "take its base differently, so only a warning)",
                        ),
                        (numerator, denominator, rate),
                        severity=INFERRED,
                    )
                ]
        if _labelled(block, not_bases):
            return []  # the base in sight is one the rate is not taken over
        whole_of_kind = _whole_of_kind_rate(model, rate, name, numerators, denominators)
        if whole_of_kind:
            return whole_of_kind
        if model.language == "zh":
            # 全年受理信访事项3126件 ... (another paragraph of the section) ... 按期办结3085件，按期办结率98.7%
            farther = _section_base(model, rate, block, numerators, denominators, totals_of)
            if farther is not None:
                return [farther]
    if model.language == "en":
        return _english_rate(model, rate, block)
    return _generic_rate(model, rate, block, totals_of)


def _section_base(
    model: Model,
    rate: Figure,
    block: list[Figure],
    numerators: tuple[str, ...],
    denominators: tuple[str, ...],
    totals_of: dict[int, Figure],
) -> Suggestion | None:
    """A known rate whose numerator stands in its paragraph and whose base is named only paragraphs before,
    in its section: the latest figure there labelled with a base's word, of the numerator's unit and period,
    no part of a total and no smaller than the numerator (a warning)."""
    named = [f for f in _labelled(block, numerators) if not _labelled([f], ("未",)) and f.sentence == rate.sentence]
    if not named or rate.section < 0:
        return None
    numerator = named[-1]
    earlier = [
        f
        for f in _amounts(model.figures[max(0, rate.number - 200) : rate.number])
        if f.section == rate.section
        and f.block != rate.block
        and f not in block
        and f.number not in totals_of
        and (_same_unit(f, numerator) or f.quantity.kind.value == numerator.quantity.kind.value == "count")
        and f.period == numerator.period
        and f.quantity.value * f.scale >= numerator.quantity.value * numerator.scale
    ]
    base = next((found[-1] for w in denominators if (found := _labelled(earlier, (w,)))), None)
    if base is None:
        return None
    return _inferred_rate(model, rate, numerator, base)


def _english_rate(model: Model, rate: Figure, pool: list[Figure]) -> list[Suggestion]:
    """ "cleared 1,047 violent crimes, a clearance rate of 45.2%": the figure just before the rate over the
    earlier figure of the same label (2,315 violent crimes)."""
    before = [f for f in model.near_in_sentence(rate, 3) if f.end <= rate.start and f.is_amount and not f.aside]
    if not before or not before[-1].label:
        return _of_the_rate(model, rate)
    numerator = before[-1]
    # "cleared 1,047 ..., a clearance rate of": the rate names the act its numerator counts; "made 20,880
    # arrests, and the charge rate was 6.9%" names another act, whose count the text does not give
    named = {w[:5] for w in re.findall(r"[a-z]{4,}", rate.label.lower()) if w not in ("rate", "rates")}
    clause = model.text[numerator.clause[0] : numerator.clause[1]].lower()
    if named and not any(stem in clause or stem in numerator.label.lower() for stem in named):
        return []
    bases = [f for f in pool if f.start < numerator.start and f.label == numerator.label and f.unit == numerator.unit]
    if not bases:
        return []
    base = bases[-1]
    return [
        Suggestion(
            NAME,
            f"{rate.id}-rate",
            f"share({numerator.ref}, {base.ref}) == {rate.ref}",
            f"{rate.label} = {numerator.text} / {base.text} should be {rate.text}",
            (numerator, base, rate),
            severity=STATED if base.scope == numerator.scope else INFERRED,
        )
    ]


def _of_the_rate(model: Model, rate: Figure) -> list[Suggestion]:
    """ "The charge rate fell ... to 5.9%. Of the 65,540 offences, 3,867 resulted in a charge or summons.": a
    rate named by an act, over the total a sentence of its paragraph opens with ("Of the N") and the part whose
    clause names that act (inferred, a warning)."""
    named = {w[:5] for w in re.findall(r"[a-z]{4,}", rate.label.lower()) if w not in ("rate", "rates")}
    if not named:
        return []
    found = []
    for total in model.block_figures(rate.block):
        if total.at_sentence != 0 or total.sentence == rate.sentence or not total.is_amount or total.aside:
            continue
        if not _OF_THE_OPENING.fullmatch(model.text[total.sentence[0] : total.start]):
            continue
        figures = model.in_sentence(total)
        if len(figures) < 2 or not figures[1].is_amount or figures[1].aside:
            continue
        part = figures[1]
        clause = model.text[part.clause[0] : part.clause[1]].lower()
        if any(stem in clause for stem in named) and part.quantity.value < total.quantity.value:
            found.append((part, total))
    if len(found) != 1:
        return []
    part, total = found[0]
    return [
        Suggestion(
            NAME,
            f"{rate.id}-rate",
            f"share({part.ref}, {total.ref}) == {rate.ref}",
            f"{rate.label} = {part.text} / {total.text} should be {rate.text}",
            (part, total, rate),
            severity=INFERRED,
        )
    ]


_OF_THE_OPENING = re.compile(r"\s*Of the\s*", re.IGNORECASE)


def _same_unit(a: Figure, b: Figure) -> bool:
    """One unit, or a bare number beside a count of some noun ("118,000" and "126,000 cases")."""
    return a.unit == b.unit or (None in (a.unit, b.unit) and a.is_amount and b.is_amount)


def _generic_rate(
    model: Model, rate: Figure, pool: list[Figure], totals_of: dict[int, Figure] | None = None
) -> list[Suggestion]:
    """X率 after a figure that names X (办结1389条 ... 办结率97.4%): that figure over the one before it that
    it was drawn from (共接收线索1426条), a warning since the base is inferred."""
    stem = re.sub(r"率$", "", rate.label)[-2:]
    if len(stem) < 2 or not _CJK.fullmatch(stem) or "‰" in rate.text:
        return []  # a rate per mille (出生率) is of the average population, which the text does not give
    qualified = _qualified_rate(model, rate, pool)
    if qualified:
        return qualified
    numerators = [f for f in pool if stem in f.label]
    if not numerators and model.language == "zh":
        # 调解撤诉5320件,调撤率42.1%; 改判发回45件,发改率2.1%: a rate named by one character of each word, when
        # exactly one figure holds both
        numerators = [f for f in pool if f.start < rate.start and all(c in f.label for c in stem)]
        numerators = numerators if len(numerators) == 1 else []
    if not numerators:
        return []
    of_whole = False
    if model.language == "zh" and totals_of:
        # 利润总额486.2亿元。其中,省属企业利润总额…；市县国有企业利润总额184.7亿元…营业收入利润率: the whole's
        # 利润, never the last part of it (and then over the whole's base too)
        tops = [f for f in numerators if totals_of.get(f.number) not in numerators]
        of_whole = bool(tops) and len(tops) < len(numerators)
        numerators = tops or numerators
    numerator = numerators[-1]
    bases = [
        f
        for f in pool
        if f.start < numerator.start and f.unit == numerator.unit and not all(c in f.label for c in stem)
    ]
    group = FRAMED_BY.match(model.text[numerator.sentence[0] : numerator.start]) if model.language == "zh" else None
    if group:
        # 本科毕业生中，国内升学1842人…升学率: the rate is of the group the sentence opens with, never of a
        # figure of some other group before it (硕士生落实1955人)
        bases = [f for f in bases if f.label.endswith(group.group(1))]
    if rate.quantity.value <= 100:
        # 涉及其他类1258件 ... 按期办结3085件,按期办结率98.7%: a rate of at most 100% is never over a smaller
        # figure, which is no base the numerator was drawn from
        size = numerator.quantity.value * numerator.scale
        bases = [f for f in bases if f.quantity.value * f.scale >= size]
    if not bases:
        # 执行到位金额38.6亿元；执行标的总额62.4亿元，执行到位率为61.9%: a total named after the numerator
        size = numerator.quantity.value * numerator.scale
        bases = [
            f
            for f in pool
            if numerator.end <= f.start < rate.start
            and f.unit == numerator.unit
            and _TOTAL_OF.search(f.label)
            and f.quantity.value * f.scale > size
        ]
    if not bases:
        return []
    if of_whole and totals_of:
        bases = [f for f in bases if totals_of.get(f.number) not in bases] or bases  # the whole, not its last part
    elif model.language == "zh" and totals_of and not group:
        # 审结民商事案件41572件。其中，…合同纠纷案件21906件…。以调解、撤诉方式结案19248件，调解撤诉率46.3%: a
        # part of a total in sight is never the base, unless the numerator names it (专科毕业生落实去向 of 专科毕业生)
        bases = [
            f
            for f in bases
            if totals_of.get(f.number) not in bases or (len(f.label) >= 2 and f.label[:2] in numerator.label)
        ] or bases
    base = bases[-1]
    if model.language == "zh" and _qualified_otherwise(model, rate, stem, numerator, base):
        return []
    return [_inferred_rate(model, rate, numerator, base)]


_QUALIFIED_RATE = re.compile(r"^([\u4e00-\u9fff]{1,4}?)([\u4e00-\u9fff]{2})率$")
_ALL_OF_KIND = re.compile(r"全部|各项|各类|^全")


def _whole_of_kind_rate(
    model: Model, rate: Figure, name: str, numerators: tuple[str, ...], denominators: tuple[str, ...]
) -> list[Suggestion]:
    """``存贷比为86.5%`` paragraphs after ``各项存款余额6843.7亿元`` and ``各项贷款余额5917.2亿元``: the one earlier
    figure of all of each kind (各项, 全部, 各类) named by the rate's words, of one unit and period (a warning)."""
    if model.language != "zh":
        return []
    earlier = [
        f
        for f in _amounts(model.figures[max(0, rate.number - 200) : rate.number])
        if f.role == CURRENT and not f.aside and not f.in_table and re.search(r"各项|全部|各类", f.label)
    ]

    def one(words: tuple[str, ...]) -> Figure | None:
        found = [f for f in earlier if any(w in f.label for w in words)]
        return found[0] if len(found) == 1 else None

    numerator, denominator = one(numerators), one(denominators)
    if numerator is None or denominator is None or numerator is denominator:
        return []
    if numerator.unit != denominator.unit or numerator.period != denominator.period:
        return []
    return [_inferred_rate(model, rate, numerator, denominator)]


def _qualified_rate(model: Model, rate: Figure, pool: list[Figure]) -> list[Suggestion]:
    """``各项贷款余额302.58亿元…不良贷款余额4.21亿元,不良贷款率为1.39%``: a rate named by a qualifier and a noun (不良
    + 贷款) is the latest figure labelled with both over the figure of the noun's whole (各项贷款余额: the noun after
    全部/各项/各类, else the one figure with the noun and the numerator's last word) in its unit, before it in the
    paragraph or the text (a warning: the base is inferred)."""
    if model.language != "zh" or not rate.is_percent:
        return []
    match = _QUALIFIED_RATE.match(re.sub(r"^.*[，,、]", "", rate.label))
    if match is None:
        return []
    qualifier, noun = match.groups()
    earlier = [
        f
        for f in _amounts(model.figures[max(0, rate.number - 200) : rate.number])
        if f.role == CURRENT and not f.aside and not f.in_table
    ]
    numerators = [f for f in earlier if qualifier + noun in f.label and f.block == rate.block]
    if not numerators:
        return []
    numerator = numerators[-1]
    tail = numerator.label[numerator.label.find(noun) + len(noun) :]  # 余额 of 不良贷款余额
    bases = [
        f
        for f in earlier
        if f is not numerator
        and f.unit == numerator.unit
        and noun in f.label
        and qualifier not in f.label
        and f.label.endswith(noun + tail)
        and f.quantity.value * f.scale > numerator.quantity.value * numerator.scale
        and (f.period == numerator.period or not f.period or not numerator.period)
    ]
    whole = [f for f in bases if _ALL_OF_KIND.search(f.label[: f.label.find(noun)].removeprefix("全" + f.label[1:2]))]
    whole = whole or [f for f in bases if f.label in (noun + tail, "全" + noun + tail)]
    if len(whole) != 1:
        return []
    return [_inferred_rate(model, rate, numerator, whole[0])]


def _qualified_otherwise(model: Model, rate: Figure, stem: str, numerator: Figure, base: Figure) -> bool:
    """Whether a rate's label names a group before its name that neither figure's sentence names: 其中,省属企业
    资产负债率62.8% is of the 省属企业, never the 国有企业资产总额 and 负债总额 of all of them."""
    prefix = rate.label[: rate.label.find(stem)] if stem in rate.label else ""
    prefix = re.sub(r"^(?:其中|全[省市县区国]|全年|年末|当年|同期)+", "", prefix.replace(rate.place, "", 1))
    said = model.text[numerator.sentence[0] : numerator.sentence[1]] + model.text[base.sentence[0] : base.sentence[1]]
    words = [prefix[i : i + 2] for i in range(len(prefix) - 1)]
    labels = base.label + numerator.label  # 营业收入利润率 over 营业总收入: its characters, if not its words
    return any(
        w not in said and w not in base.label and not (w[0] in labels and w[1] in labels)
        for w in words
        if _CJK.fullmatch(w)
    )


def _negative_rate(model: Model, rate: Figure, pool: list[Figure], act: str) -> list[Suggestion]:
    """不起诉率 = 不起诉 / (起诉 + 不起诉): a definition, so an error."""
    negative = [f for f in pool if "不" + act in f.label]
    # 决定起诉 or 提起公诉, never 受理审查起诉 (what was received, not a decision)
    acts = (act, "公诉") if act == "起诉" else (act,)
    positive = [
        f
        for f in pool
        if any(a in f.label for a in acts)
        and f not in negative
        and "不" + act not in f.label
        and not re.search(r"受理|审查|移送|received", f.label)
    ]
    reviewed = [f for f in pool if act in f.label and f not in negative and re.search(r"受理|审查", f.label)]
    if negative and not positive and reviewed and negative[-1].unit == reviewed[-1].unit:
        # 受理审查起诉112人，不起诉53人，不起诉率47.3%: over the cases reviewed, as some reports take it (a warning)
        n, r = negative[-1], reviewed[-1]
        return [
            Suggestion(
                NAME,
                f"{rate.id}-rate",
                f"share({n.ref}, {r.ref}) == {rate.ref}",
                f"{rate.label} = {n.text} / {r.text} 应为{rate.text}(分母系推断,故仅作提示)",
                (n, r, rate),
                severity=INFERRED,
            )
        ]
    if not negative or not positive or negative[-1].unit != positive[-1].unit:
        return []
    n, a = negative[-1], positive[-1]
    return [
        Suggestion(
            NAME,
            f"{rate.id}-rate",
            f"share({n.ref}, {a.ref} + {n.ref}) == {rate.ref}",
            f"{rate.label} = {n.text} / ({a.text} + {n.text}) 应为{rate.text}",
            (n, a, rate),
        )
    ]


_CJK = re.compile(r"[\u4e00-\u9fff]+")


def _arrest_rate(model: Model, rate: Figure, pool: list[Figure]) -> list[Suggestion]:
    not_arrested = _labelled(pool, _NOT_ARRESTED)
    arrested = [f for f in _labelled(pool, _ARRESTED) if f not in not_arrested]
    if not not_arrested or not arrested:
        return []
    n, a = not_arrested[-1], arrested[-1]
    if n.unit != a.unit:
        return []
    negative = "不" in rate.label[-4:]
    top = n if negative else a
    # 批准和决定逮捕 holds the arrests a procuratorate decides on its own, outside the reviews the rate is of:
    # the published 不捕率 is then over a base the text does not give (a warning, not a definition).
    decided = "决定" in a.label
    return [
        Suggestion(
            NAME,
            f"{rate.id}-rate",
            f"share({top.ref}, {a.ref} + {n.ref}) == {rate.ref}",
            f"{'不捕率' if negative else '批捕率'} = {top.text} / (逮捕{a.text} + 不捕{n.text}) 应为{rate.text}"
            + ("(逮捕数含决定逮捕,审查逮捕的基数未列出,故仅作提示)" if decided else ""),
            (n, a, rate),
            severity=INFERRED if decided else STATED,
        )
    ]


def _labelled(figures: list[Figure], words: tuple[str, ...]) -> list[Figure]:
    return [f for f in figures if any(w in f.label.lower() for w in words)]


def _complementary(model: Model) -> list[Suggestion]:
    out: list[Suggestion] = []
    for figures in model.blocks():
        rates = [f for f in figures if f.is_percent and f.role == RATE and not f.duplicate][:64]
        for rate in rates:
            stem = _rate_stem(rate.label)
            if not stem or stem[0] in "不未":
                continue
            for other in rates:
                other_stem = _rate_stem(other.label)
                # 批捕率 and 不捕率, 结案率 and 未结案率: the negation names the same act, perhaps shortened.
                if other is rate or len(other_stem) < 2 or other_stem[0] not in "不未" or other.period != rate.period:
                    continue
                if not stem.endswith(other_stem[1:]):
                    continue
                out.append(
                    Suggestion(
                        NAME,
                        f"{rate.id}-complements-{other.id}",
                        f"{rate.ref} + {other.ref} == 100%",
                        f"{rate.label}{rate.text}与{other.label}{other.text}之和应为100%",
                        (rate, other),
                    )
                )
    return out


def _rate_stem(label: str) -> str:
    match = re.search(r"([不未]?[\u4e00-\u9fff]{1,3})率$", label)
    return match.group(1) if match else ""


def _inferred_rate(model: Model, rate: Figure, numerator: Figure, base: Figure) -> Suggestion:
    """rate == numerator / base, where the base is inferred: a warning."""
    return Suggestion(
        NAME,
        f"{rate.id}-rate",
        f"share({numerator.ref}, {base.ref}) == {rate.ref}",
        say(
            model.language,
            f"{rate.label} = {numerator.text} / {base.text} 应为{rate.text}(分母系推断,故仅作提示)",
            f"{rate.label} = {numerator.text} / {base.text} should be {rate.text} (the base is inferred, "
            "so only a warning)",
        ),
        (numerator, base, rate),
        severity=INFERRED,
    )


# -- English shares from their structure ----------------------------------------------------------------------
# A fallback for the percentages no phrase above took: the share's part is the amount the percentage is tied to
# ("A (P)", "P (A)", "A ..., or P", "A, P of the B", "P ..., or A"), its whole the amount the sentence says the
# part is out of ("A of the B", "P of the B", "A of them" after B, a sentence opening "Of the B," or "Among ...
# (B),"), or, for a sentence of bare "P (A)" pairs, the whole such an opening gave the sentence before.

_OF_WHOLE_EN = re.compile(r"\s+(?:out\s+)?of\s+(?:the\s+|all\s+(?:the\s+)?)?", re.IGNORECASE)
_OF_EARLIER_EN = re.compile(r"\s+of\s+(?:them|those|these|whom)\b", re.IGNORECASE)
# "Of the 6,840 people held", "Out of all 212 schools", "Among adults with a disability (298,000)": the whole right
# after the opening words, or in brackets after the group an "Among" names ("Of those aged 16 to 24, 3,100 ...":
# no whole of the sentence's own)
_OPENS_WITH_WHOLE_EN = re.compile(
    r"\s*(?:[#*>-]+\s*)?(?:(?:Of|Out\s+of|Among)\s+(?:the\s+|all\s+(?:the\s+)?)?|Among\s[^\d;:()]{0,80}?\(\s*)"
)
_PART_BRACKET_EN = re.compile(r"\s*\(\s*")
_OR_SHARE_EN = re.compile(
    r"[^();:]{0,80}?,\s*(?:or|some|about|around|roughly|nearly|almost)\s+|[^(),;:]{0,80}?\(\s*", re.IGNORECASE
)
_SHARE_OF_NEXT_EN = re.compile(
    r"[^();:]{0,80}?,\s*(?:(?:an?|the)\s+(?:[a-z-]+\s+){0,2}?(?:rate|share|proportion|uptake|take-up|coverage)\s+of\s+)?",
    re.IGNORECASE,
)
_OR_PART_EN = re.compile(r"[^\d();:]{0,40}?,\s*or\s+(?:some\s+|about\s+|around\s+)?", re.IGNORECASE)
_NAMED_SHARE_EN = re.compile(
    r",\s*(?:an?|the|its)\s+(?:[a-z-]+\s+){0,3}?(?:rate|uptake|take-up|coverage|share|proportion)\s+(?:of|was|at)\s+$",
    re.IGNORECASE,
)


_PLAIN_WORDS = frozenset(("were", "was", "that", "this", "means", "with", "from", "which", "their", "they", "rate"))


def _content(text: str) -> set[str]:
    return {w[:6] for w in re.findall(r"[a-z]{4,}", text.lower()) if w not in _PLAIN_WORDS}


def _own_words(model: Model, figures: list[Figure], index: int, after: bool) -> set[str]:
    """The words a list gives one of its figures: up to the next figure ("1,268 cracked and"), or from the one
    before ("the cracked trial rate 48.6%")."""
    figure = figures[index]
    if after:
        end = figures[index + 1].start if index + 1 < len(figures) else figure.sentence[1]
        return _content(model.text[figure.end : min(end, figure.sentence[1])])
    start = figures[index - 1].end if index else figure.sentence[0]
    return _content(model.text[max(start, figure.sentence[0]) : figure.start])


def _restates(model: Model, parts: list[Figure], shares: list[Figure], parts_after: bool, after: bool) -> bool:
    """Whether the words of most shares name their own part and none names another's."""
    words = [_own_words(model, parts, i, parts_after) for i in range(len(parts))]
    common = {
        w for i, own in enumerate(words) for w in own if any(w in other for o, other in enumerate(words) if o != i)
    }
    words = [own - common for own in words]  # "533 were rated good, 205 were rated poor": rated names none of them
    matched = 0
    for index in range(len(shares)):
        said = _own_words(model, shares, index, after)
        if any(said & w for other, w in enumerate(words) if other != index):
            return False
        matched += bool(said & words[index])
    return matched * 2 >= len(shares)


def _shares_restating_parts(model: Model, links: Links, out: list[Suggestion]) -> list[Suggestion]:
    """ "Of the 4,912 trials listed, 2,431 were effective, 1,268 cracked and 1,213 were ineffective. That means 49%
    of listed trials went ahead, 26% cracked and 25% were ineffective": a sentence of as many percentages as the
    breakdown the sentence before lists, in its order, restates each part's share of its total, when the words of
    most percentages name their own part (cracked, ineffective) and none names another's (a warning)."""
    used = {id(s.figures[-1]) for s in out if re.match(r"(?:abs\()?share\(", s.check)}
    made: list[Suggestion] = []
    for breakdown in links.breakdowns:
        parts, total = breakdown.parts, breakdown.total
        if len(parts) < 2 or total.in_table or any(p.in_table or p.sentence != parts[0].sentence for p in parts):
            continue
        following = model.following(parts[-1], 1)
        later = [f for f in following if f.sentence != parts[-1].sentence]
        if not later or later[0].block != parts[-1].block:
            continue
        sentence = model.in_sentence(later[0])
        shares = [f for f in sentence if f.is_percent and not f.aside]
        if len(shares) != len(parts) or len(shares) != len(sentence) or any(id(f) in used for f in shares):
            continue
        if all(_bigger(total, p) for p in parts) and (
            any(_restates(model, parts, shares, mine, theirs) for mine in (True, False) for theirs in (True, False))
        ):
            made.extend(
                _is_share(model, share, part, total, INFERRED) for share, part in zip(shares, parts, strict=True)
            )
    return made


def _structural_shares(model: Model, out: list[Suggestion], handled: set[int]) -> list[Suggestion]:
    """English shares recognised from the structure of their sentence (see above), for percentages no other
    phrase of this module took: an error when the part, the whole and the share stand in one sentence, a warning
    for a whole the sentence before opened with."""
    used = {id(f) for s in out for f in s.figures if f.is_percent}
    made: list[Suggestion] = []
    opened: dict[int, tuple[tuple[int, int], Figure]] = {}  # block -> the last sentence whose opening gave a whole
    for share in model.figures:
        if (
            not share.is_percent
            or share.is_points
            or share.duplicate
            or share.in_table
            or share.role not in (SHARE, CURRENT, RATE)
            or id(share) in used
            or id(share) in handled
            or share.quantity.value > 100
        ):
            continue
        found = _part_and_whole(model, share)
        if found is None:
            continue
        part, whole, severity = found
        if whole is None:
            carried = opened.get(share.block)
            previous = model.previous_sentence(share)
            if carried is None or (
                carried[0] != share.sentence and (not previous or previous[0].sentence != carried[0])
            ):
                continue
            whole, severity = carried[1], INFERRED
        elif severity == STATED and _opening_whole(model, share) is whole:
            opened[share.block] = (share.sentence, whole)
        if not _fits_share(part, whole):
            continue
        if severity == INFERRED and opened.get(share.block, ((-1, -1), whole))[1] is whole:
            opened[share.block] = (share.sentence, whole)
        made.append(_is_share(model, share, part, whole, severity, "is-share-of-whole-stated"))
    return made


def _amount_ok(figure: Figure) -> bool:
    return figure.is_amount and not figure.base and not figure.in_table and figure.role == CURRENT


def _fits_share(part: Figure, whole: Figure) -> bool:
    if part is whole or not (_amount_ok(part) and _amount_ok(whole)) or (whole.aside and part.aside):
        return False
    if part.unit != whole.unit and None not in (part.unit, whole.unit):
        return False
    return _bigger(whole, part)


def _gap(model: Model, a: Figure, b: Figure, figures: list[Figure]) -> str:
    """The text between ``a`` and ``b`` with any figure that is no amount between them (a duration, "31
    days") written as a word, so the words around it still read."""
    text = model.text[a.end : b.start]
    for f in reversed(figures):
        if a.end <= f.start and f.end <= b.start:
            text = text[: f.start - a.end] + "some" + text[f.end - a.end :]
    return text


def _part_and_whole(model: Model, share: Figure) -> tuple[Figure, Figure | None, str] | None:
    """The part and whole (None: not in the sentence) a percentage's sentence ties it to."""
    figures = model.in_sentence(share)
    at = share.at_sentence
    text = model.text
    amounts_before = [f for f in figures[:at] if f.is_amount]
    after = figures[at + 1] if at + 1 < len(figures) else None
    part: Figure | None = None
    whole: Figure | None = None
    # the part: "P (A)", "P ..., or A people" after the share
    if after is not None and after.is_amount:
        gap = text[share.end : after.start]
        if (after.aside and _PART_BRACKET_EN.fullmatch(gap)) or (not after.aside and _OR_PART_EN.fullmatch(gap)):
            part = after
    if part is None and amounts_before:
        nearest = amounts_before[-1]
        if any(f.is_percent for f in figures[nearest.at_sentence + 1 : at]):
            return None  # "890 (13.2%) were women and 4.6%": the amount is another share's
        gap = _gap(model, nearest, share, figures)
        if len(amounts_before) >= 2:
            first = amounts_before[-2]
            if _OF_WHOLE_EN.fullmatch(model.between(first, nearest)) and (
                _OR_SHARE_EN.fullmatch(gap) or _PART_BRACKET_EN.fullmatch(gap)
            ):
                return first, nearest, STATED  # "14,077 of 18,240 referrals (77.2%)"
        if _PART_BRACKET_EN.fullmatch(gap) or _OR_SHARE_EN.fullmatch(gap):
            part = nearest
        elif after is not None and after.is_amount and _OF_WHOLE_EN.fullmatch(text[share.end : after.start]):
            if _SHARE_OF_NEXT_EN.fullmatch(gap):
                return nearest, after, STATED  # "19,860 were registered, a take-up rate of 94% of the 21,130"
        elif (
            len(amounts_before) == 2
            and _NAMED_SHARE_EN.search(text[nearest.end : share.start])
            and re.search(r"\band\b", model.between(amounts_before[0], nearest))
        ):
            return nearest, amounts_before[0], STATED  # "sent to 212,400 and 143,600 returned ..., an uptake of"
    if part is None:
        return None
    # the whole
    if (
        after is not None
        and after is not part
        and after.is_amount
        and _OF_WHOLE_EN.fullmatch(text[share.end : after.start])
    ):
        whole = after  # "61,320 women, 72.4% of the 84,700 eligible"
    elif part.at_sentence + 1 < len(figures) and _OF_WHOLE_EN.fullmatch(
        text[part.end : figures[part.at_sentence + 1].start]
    ):
        whole = figures[part.at_sentence + 1]
    elif _OF_EARLIER_EN.match(text, part.end):
        earlier = [f for f in figures[: part.at_sentence] if _amount_ok(f) and not f.aside]
        whole = next((f for f in reversed(earlier) if _fits_share(part, f)), None)
        if whole is None:
            return None
    else:
        whole = _opening_whole(model, share)
        if whole is part:
            return None
    return part, whole, STATED


def _opening_whole(model: Model, share: Figure) -> Figure | None:
    """The amount a sentence opens with, "Of the 6,840 people held, ...", "Among adults with a disability
    (298,000), ...": the whole of the shares after it."""
    figures = model.in_sentence(share)
    first = figures[0]
    if first is share or not first.is_amount:
        return None
    if not _OPENS_WITH_WHOLE_EN.fullmatch(model.text[share.sentence[0] : first.start]):
        return None
    rest = model.text[first.end : share.start]
    if "," not in rest:
        return None
    return first
