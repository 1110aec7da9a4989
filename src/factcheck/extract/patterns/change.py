"""year-on-year: the current figure, the previous one, the change and the percentage change must agree.

Reads the model's groups (see *Links* above): a current figure with any of its previous value (``上年同期为``,
``去年同期``, ``由上年的...增加到``, "from", "compared with", "the previous year"), its absolute change
(``增加``/``减少``, "up by", "an increase of", "more than") and its percentage change (``同比上升``, ``降幅``,
``比上年下降``, "up 20%", "a 20% rise"), in whatever order the sentence gives them, and ``分别`` lists
(``件数和人数分别同比下降A%、B%``).  With any two of previous, change and percentage stated beside the current
figure, the others must agree:

- previous and percentage: ``change(current, previous) == ±percent``;
- previous and change: ``current - previous == ±change``;
- change and percentage: ``change(current, current ∓ change) == ±percent``;
- an increase can never exceed the figure it led to: ``change <= current`` ("723 homicides, an increase of
  1,489" is an error).

A percentage with neither a previous value nor a change beside it (``2026年,全县接待游客1392万人次,比上年增长8.2%``)
is checked against the one earlier figure of its label and unit whose period is a year before its own (``2025年,
全县接待游客1286万人次``, paragraphs up), a warning.  An earlier period's value that no figure beside it owns
(``上年同期，全市接待游客1862万人次。`` in a sentence of its own, ``去年同期营业收入和利润总额分别为2712.4亿元和
192.8亿元`` after the figures) is the previous value of the one figure of its paragraph, with a percentage and no
previous value, that bears its label (or the name the 分别为 list gives it by its place), a warning.

A percentage 同比 and a change or previous value 比年初/上年末 (``余额812.6亿元,同比增长8.9%,比年初增加53.4亿元``)
are of two bases and never checked against each other, except at a year's end (12月末, 年末), where the two are one.
So are 环比 and 同比, "on the quarter" and "a year earlier": the base is what each figure's own words name (环比,
上月, an earlier value of another quarter or month of the year, ``二季度36.0万件`` beside a 三季度 figure; 同比,
去年同期, "down 9.6% from 864,000 a year earlier"; "grew by 2,227 in the quarter").  Each percentage change of the
sentence is then checked against the one earlier value of its own base (``38.6万件,环比增长7.2%,同比增长11.5%
(二季度36.0万件,去年同期34.62万件)``: 7.2% against 36.0万件, 11.5% against 34.62万件), an error.  An English
difference from another quantity ("admitted 469,200, which was 20,800 more than they released that year ... and
48,200 more than they admitted in 2021": words after "than" none of which names what the figure counts) is no change
of it; the sentence's one difference from its own earlier value, if any, is.

Errors when every figure stands in one sentence; warnings otherwise.  In English a percentage and an
absolute change are checked against each other only when the text ties them: one sentence and one subject
("rose 4.2% to 47,100, an increase of 1,900"; "an increase of 20,800 (1.5%)"), never across sentences nor
across a clause of another subject ("violent receptions rose 11.4%, and drug receptions showed an increase
of 2,080").  An English growth percentage no level of its sentence owns ("Regular pay rose 4.3% in the year.
Average regular weekly pay reached £698, against £669 a year ago") is the change of the pair of levels after it
in its sentence or the next whose words name the same thing (a warning).  A percentage of a percentage is never
read as a change (that is the percentage-points pattern); ``比上年的3.2万件增长1.3倍`` is the later value over
the earlier less one, and ``由上年的12.6万辆增加到25.3万辆,翻了一番`` the later over the earlier, within a
twentieth of the multiple (reports round one), as ``比2020年翻了一番,2020年为1432家`` (a year the sentence compares
with is an earlier one, whatever year the text is of).  ``贷款增加386.2亿元,同比多增42.7亿元,上年同期增加343.5亿元``:
what was added less what was added the period before is how much more was added (the other way round for 少增), an
error; none without the earlier addition stated.  "Arrests doubled from 1,200 to 2,400"
and "almost tripled ..., from 310,000 to 910,000": the later value over the earlier is the multiple the verb states,
within a twentieth of it (a warning: prose says "doubled" of a rise by 1.9 to 2.1 times).
"""

from __future__ import annotations

import re

from factcheck.extract.evidence import bases_differ, comparison_base
from factcheck.extract.links import Group, Links
from factcheck.extract.model import _REAL_LABEL_ZH, CURRENT, PREVIOUS, Figure, Model
from factcheck.extract.suggestion import INFERRED, STATED, Suggestion, say, signed

NAME = "year-on-year"


def find(model: Model, links: Links) -> list[Suggestion]:
    out: list[Suggestion] = []
    for group in links.groups:
        out.extend(_rules(model, group))
        if model.language == "en":
            out.extend(_multiplied(model, group))
        else:
            out.extend(_times_zh(model, group))
    if model.language == "en":
        out.extend(_growth_beside_levels(model, links))
    else:
        out.extend(_more_added_zh(model))
    return out


# 同比多增42.7亿元, 比上年同期少增18.6亿元: how much more (or less) was added than in the period before
_MORE_ADDED_ZH = re.compile(r"(?:同比|比上年同期|比去年同期|较上年同期|比上年|较上年)?(多增|少增)(?:了)?$")
# 上年同期增加343.5亿元, 去年同期新增: what was added in the period before
_ADDED_BEFORE_ZH = re.compile(r"(?:上年同期|去年同期|上年|去年)(?:为)?(?:增加|新增|净增|多增)(?:了)?$")


def _more_added_zh(model: Model) -> list[Suggestion]:
    """``人民币贷款增加386.2亿元,同比多增42.7亿元,上年同期增加343.5亿元``: what was added, less what was added the
    period before, is how much more was added (the other way round for 少增): an error, one sentence states it."""
    out: list[Suggestion] = []
    for sentence in model.sentences.values():
        for i, more in enumerate(sentence):
            match = _MORE_ADDED_ZH.search(model.before(more, more.clause, 12))
            if match is None or not more.is_amount or more.aside or more.duplicate:
                continue
            added = [f for f in sentence[:i] if f.unit == more.unit and f.is_amount and not f.aside]
            before = [
                f
                for f in sentence[i + 1 :]
                if f.unit == more.unit
                and f.is_amount
                and not f.aside
                and _ADDED_BEFORE_ZH.search(model.before(f, f.clause, 12))
            ]
            if not added or not before or re.search(r"[；;]", model.between(added[-1], before[0])):
                continue
            now, then = added[-1], before[0]
            more_words = match.group(1) == "多增"
            later, earlier = (now, then) if more_words else (then, now)
            out.append(
                Suggestion(
                    NAME,
                    f"{more.id}-more-added",
                    f"{later.ref} - {earlier.ref} == {more.ref}",
                    say(
                        model.language,
                        f"{now.text}与上期{then.text}之差应为{match.group(1)}{more.text}",
                        f"{now.text} against {then.text} the period before should differ by {more.text}",
                    ),
                    (now, then, more),
                    severity=STATED,
                )
            )
    return out


# "Regular pay rose 4.3%", "lifted total pay growth to 4.8%", "annual growth of 3.1%": a percentage the words
# before it call a rise or a growth rate
_GROWTH_BEFORE_EN = re.compile(
    r"\b(?:rose|grew|increased|climbed|up|growth(?:\s+rate)?(?:\s+(?:to|of|was|at|reached))?|"
    r"(?:rise|increase)\s+of)\s*(?:by\s+)?$",
    re.IGNORECASE,
)
_WORDS_EN = re.compile(r"[a-z]{3,}")
_NOT_SUBJECT_EN = frozenset(
    "the and with was were for from average total growth annual weekly monthly yearly rose grew fell lifted year "
    "ago earlier than against reached stood its their that this which rate rise increase".split()
)


def _subject_words(model: Model, figure: Figure) -> set[str]:
    """The words naming what a figure measures: its label and the words before it in its clause."""
    text = f"{figure.label} {model.before(figure, figure.clause, 60)}".lower()
    return {w for w in _WORDS_EN.findall(text) if w not in _NOT_SUBJECT_EN}


def _growth_beside_levels(model: Model, links: Links) -> list[Suggestion]:
    """ "Regular pay rose 4.3% in the year ... Average regular weekly pay reached £698, against £669 a year ago",
    "Bonuses lifted total pay growth to 4.8%, with average total weekly pay of £741 against £714 a year earlier":
    a growth percentage no level of its own sentence owns is the change from the previous level to the current
    one of a pair (current and previous, with no percentage of theirs) later in its sentence or in the next one
    of its paragraph, when the words naming the two share one (pay; a warning: the pairing is inferred)."""
    out: list[Suggestion] = []
    owned = {id(g.percent) for g in links.groups if g.percent is not None}
    pairs = [g for g in links.groups if g.previous is not None and g.percent is None and g.change is None]
    for rate in model.figures:
        if not rate.is_percent or rate.aside or rate.in_table or rate.duplicate or id(rate) in owned:
            continue
        if rate.owner is not None or not _GROWTH_BEFORE_EN.search(model.before(rate, rate.clause, 40)):
            continue
        words = _subject_words(model, rate)
        for group in pairs:
            current, previous = group.current, group.previous
            assert previous is not None
            if current.is_percent or current.block != rate.block or current.start < rate.end:
                continue
            sentences = {s.sentence for s in model.figures[rate.number : current.number + 1]}
            if len(sentences) > 2:
                break  # only its own sentence and the next
            if not words & _subject_words(model, current):
                continue
            out.append(
                Suggestion(
                    NAME,
                    f"{current.id}-change-from-previous",
                    f"change({current.ref}, {previous.ref}) == {rate.ref}",
                    f"from {previous.text} to {current.text} is up {rate.text}",
                    (current, previous, rate),
                    severity=INFERRED,
                )
            )
            break
    return out


def _times_zh(model: Model, group: Group) -> list[Suggestion]:
    """``比上年的3.2万件增长1.3倍``: the later value over the earlier is one more than the multiple the increase
    states; ``由上年的12.6万辆增加到25.3万辆,翻了一番`` (the figure after both): the later over the earlier is the
    doubling.  Within a twentieth of the multiple, as reports round one."""
    current, previous, percent = group.current, group.previous, group.percent
    if previous is None or previous.aside or current.aside:
        return []
    if percent is not None and percent.unit == "倍" and percent.text.startswith("翻"):
        # 比2020年翻了一番,2020年为1432家: the doubling is the later value over the earlier, with no 1 taken off
        check = f"abs({current.ref} / {previous.ref} - {percent.ref}) <= 0.05 * {percent.ref}"
        explain = f"由{previous.text}到{current.text}应为{percent.text}"
        figures = (current, previous, percent)
    elif percent is not None and percent.unit == "倍" and percent.direction > 0:
        check = f"abs({current.ref} / {previous.ref} - 1 - {percent.ref}) <= 0.05 * {percent.ref}"
        explain = f"由{previous.text}到{current.text}应为增长{percent.text}"
        figures = (current, previous, percent)
    else:
        after = [f for f in model.in_sentence(current) if f.start > max(current.end, previous.end)]
        doubled = after[0] if after and after[0].text.startswith("翻") and after[0].unit == "倍" else None
        if percent is not None or doubled is None or re.search(r"[；;。]", model.between(current, doubled)):
            return []
        check = f"abs({current.ref} / {previous.ref} - {doubled.ref}) <= 0.05 * {doubled.ref}"
        explain = f"由{previous.text}到{current.text}应为{doubled.text}"
        figures = (current, previous, doubled)
    return [
        Suggestion(
            NAME,
            f"{current.id}-times-previous",
            check,
            explain,
            figures,
            severity=STATED if group.stated else INFERRED,
        )
    ]


_MULTIPLIED_EN = re.compile(r"\b(?:doubled|tripled|trebled|quadrupled|halved)$", re.IGNORECASE)


def _multiplied(model: Model, group: Group) -> list[Suggestion]:
    """ "Arrests doubled from 1,200 in 2015 to 2,400", "almost tripled over the same period, from 310,000 to
    910,000": the later value over the earlier one is the multiple the verb states, within a twentieth of it (a
    warning: prose rounds a multiple)."""
    current, previous = group.current, group.previous
    if previous is None or previous.sentence != current.sentence or previous.aside or current.aside:
        return []
    verbs = [
        f
        for f in model.in_sentence(current)
        if f.quantity.kind.value == "multiple" and f.end <= previous.start and _MULTIPLIED_EN.search(f.text)
    ]
    if len(verbs) != 1:
        return []
    verb = verbs[0]
    return [
        Suggestion(
            NAME,
            f"{current.id}-multiple-of-previous",
            # prose says "doubled" of a rise by 1.9 to 2.1 times: within a twentieth of the multiple, a warning
            f"abs({current.ref} / {previous.ref} - {verb.ref}) <= 0.05 * {verb.ref}",
            f"{current.text} over {previous.text} is about what '{verb.text}' says",
            (previous, current, verb),
            severity=INFERRED,
        )
    ]


# ", and the number of drug receptions showed": a clause of another subject between two figures
_NEW_SUBJECT_EN = re.compile(
    r"(?:[,;]\s*|\s)(?:and|while|whereas|but)\s+(?!by\b|to\b|from\b|on\b|in\b)[a-z][a-z ,'-]*?"
    r"\b(?:rose|fell|increased|decreased|grew|dropped|declined|showed|saw|was|were|stood|recorded|reached)\b",
    re.IGNORECASE,
)


def _tied(model: Model, change: Figure, rate: Figure) -> bool:
    """Whether the text ties an English absolute change to a percentage change: one sentence and one
    subject ("rose 4.2% to 47,100, an increase of 1,900"; "an increase of 20,800 (1.5%)"), never across
    sentences nor across a clause of another subject ("violent receptions rose 11.4%, and the number of drug
    receptions showed an increase of 2,080")."""
    if model.language != "en":
        return True
    if change.sentence != rate.sentence:
        return False
    first, second = (change, rate) if change.start < rate.start else (rate, change)
    return not _NEW_SUBJECT_EN.search(model.text[first.end : second.start])


def find_group(model: Model, group: Group) -> list[Suggestion]:
    """The rules of one group of figures another pattern puts together (a table's previous value with the text's
    change of the figure a cell repeats)."""
    return _rules(model, group)


def _rules(model: Model, group: Group) -> list[Suggestion]:
    language = model.language
    current, previous, change, rate = group.current, group.previous, group.change, group.percent
    severity = STATED if group.stated else INFERRED
    if language == "zh" and previous is None and change is None and rate is not None:
        previous = _the_year_before(model, current)
        severity = INFERRED if previous is not None else severity
    if language == "en" and change is not None and _than_another(model, current, change):
        # "admitted 469,200, which was 20,800 more than they released that year ... and 48,200 more than they
        # admitted in 2021": a difference from another quantity is no change of this one
        change = _change_than_itself(model, current, change)
    if current.is_percent and rate is not None:
        rate = None  # a rate's change in percent is ambiguous (relative or points): never checked here
    if rate is not None and not rate.is_percent:
        rate = None
    if rate is not None and (rate.real or _REAL_LABEL_ZH.search(current.label)):
        # 地区生产总值...按可比价格计算,增长5.6%: growth at comparable prices is not the nominal values' change
        rate = None
    if rate is not None:
        # 余额6843.7亿元,同比增长7.8%,比年初增加412.6亿元: a change since the start of the year and a change on
        # the year before are of two bases (one and the same only at the year's end); so are 环比 and 同比, "down
        # 14,000 on the quarter" and "down 9.6% from 864,000 a year earlier" (evidence.bases_differ)
        against_rate = [f for f in (previous, change) if f is not None and bases_differ(model, current, rate, f)]
        if against_rate and len(against_rate) == len([f for f in (previous, change) if f is not None]):
            rate = None  # the previous value and the change agree with each other, never with the percentage
        elif previous is not None and previous in against_rate:
            previous = None
        elif change is not None and change in against_rate:
            change = None
    if previous is not None and change is not None and bases_differ(model, current, previous, change):
        change = None  # "grew by 2,227 in the quarter ... up 13% on a year earlier (65,590)"
    out: list[Suggestion] = []
    sign = (rate.direction if rate is not None else 0) or (change.direction if change is not None else 0) or 1
    word = say(language, "上升" if sign > 0 else "下降", "up" if sign > 0 else "down")
    if previous is not None and rate is not None:
        out.append(
            Suggestion(
                NAME,
                f"{current.id}-change-from-previous",
                f"change({current.ref}, {previous.ref}) == {signed(rate, rate.direction or sign)}",
                say(
                    language,
                    f"由{previous.text}到{current.text}应为{word}{rate.text}",
                    f"from {previous.text} to {current.text} is {word} {rate.text}",
                ),
                (current, previous, rate),
                severity=severity,
            )
        )
    if previous is not None and change is not None:
        out.append(
            Suggestion(
                NAME,
                f"{current.id}-difference-from-previous",
                f"{current.ref} - {previous.ref} == {signed(change, change.direction or sign)}",
                say(
                    language,
                    f"{current.text}与{previous.text}之差应为{word}{change.text}",
                    f"{current.text} against {previous.text} is {word} {change.text}",
                ),
                (current, previous, change),
                severity=severity,
            )
        )
    tied = change is not None and rate is not None and _tied(model, change, rate)
    if previous is not None and change is not None and rate is not None and tied:
        out.append(
            Suggestion(
                NAME,
                f"{current.id}-change-is-percent-of-previous",
                f"{change.ref} / {previous.ref} == {rate.ref}",
                say(
                    language,
                    f"{word}{change.text}应为上年{previous.text}的{rate.text}",
                    f"the change of {change.text} should be {rate.text} of {previous.text}",
                ),
                (previous, change, rate),
                severity=severity,
            )
        )
    if previous is None and change is not None and rate is not None and tied:
        direction = change.direction or rate.direction or sign
        back = f"{current.ref} - {change.ref}" if direction > 0 else f"{current.ref} + {change.ref}"
        out.append(
            Suggestion(
                NAME,
                f"{current.id}-change-matches-difference",
                f"change({current.ref}, {back}) == {signed(rate, rate.direction or direction)}",
                say(
                    language,
                    f"{word}{change.text}与{word}{rate.text}应一致"
                    f"(上年为{current.text}{'-' if direction > 0 else '+'}{change.text})",
                    f"{word} {change.text} and {word} {rate.text} must agree",
                ),
                (current, change, rate),
                severity=severity,
            )
        )
    if previous is None and rate is None and change is not None and change.direction > 0:
        out.append(
            Suggestion(
                NAME,
                f"{current.id}-increase-within-figure",
                f"{change.ref} <= {current.ref}",
                say(
                    language,
                    f"增加{change.text}不可能超过增加后的{current.text}",
                    f"an increase of {change.text} cannot exceed the figure it led to, {current.text}",
                ),
                (current, change),
                severity=severity,
            )
        )
    if group.percent is not None and group.previous is not None and group.stated:
        out.extend(_paired_by_base(model, current, out))
    return out


def _paired_by_base(model: Model, current: Figure, proposed: list[Suggestion]) -> list[Suggestion]:
    """``12.4万件,环比增长5.0%,同比增长9.8%(一季度11.8万件,去年同期11.3万件)``, "down 900 on the quarter from
    42,100 and down 7.8% from 44,700 a year earlier": each percentage change of the sentence is checked against the
    one earlier value of the same base (evidence.comparison_base: 环比 with the quarter before, 同比 with the same
    quarter a year before), an error, one sentence states both.  An earlier value is a previous one or a figure in
    brackets of the current figure's measure; a percentage or an earlier value the text gives no base is left out."""
    sentence = model.in_sentence(current)
    later: list[Figure] = []
    for figure in sentence:
        if figure.start <= current.end or figure.duplicate:
            continue
        if re.search(r"[；;]", model.text[current.end : figure.start]):
            break  # another subject's clause
        if figure.role == CURRENT and not figure.aside and not figure.is_percent:
            break  # a percentage after another figure of the sentence is that figure's
        if figure.owner is None or figure.owner is current:
            later.append(figure)
    rates = [f for f in later if f.role == "percent-change" and f.is_percent and not f.real]
    earlier = [f for f in later if not f.is_percent and (f.role == PREVIOUS or f.aside) and f.unit == current.unit]
    done = {frozenset(id(f) for f in s.figures) for s in proposed}
    bases = {id(f): comparison_base(model, f, current) for f in rates + earlier}
    out: list[Suggestion] = []
    for rate in rates:
        base = bases[id(rate)]
        matches = [f for f in earlier if base and bases[id(f)] == base]
        alike = [f for f in rates if bases[id(f)] == base]
        if len(matches) != 1 or len(alike) != 1 or frozenset((id(current), id(matches[0]), id(rate))) in done:
            continue
        previous = matches[0]
        word = say(model.language, "上升" if rate.direction >= 0 else "下降", "up" if rate.direction >= 0 else "down")
        out.append(
            Suggestion(
                NAME,
                f"{current.id}-change-from-{rate.id}-base",
                f"change({current.ref}, {previous.ref}) == {signed(rate, rate.direction or 1)}",
                say(
                    model.language,
                    f"由{previous.text}到{current.text}应为{word}{rate.text}",
                    f"from {previous.text} to {current.text} is {word} {rate.text}",
                ),
                (current, previous, rate),
                severity=STATED,
            )
        )
    return out


_YEAR_OF = re.compile(r"((?:19|20)\d{2})年")
_WHOLE_PLACE = re.compile(r"^全[省市县区国]")


# "20,800 more than they released that year": what an English difference is taken from, up to a figure or a stop
_THAN_EN = re.compile(r"^\s*(?:more|fewer|less|higher|lower|greater|larger|smaller)\s+than\s+([a-z ,'-]{0,60})", re.I)
_THAN_WHEN_EN = re.compile(
    r"(?:in|on|at|during|for|over|by|a|an|one|last|this|the (?:same|previous|last|year|month|quarter|week))\b", re.I
)
_NOT_COMPARED_EN = frozenset("they them those these that this there last previous same period quarter month".split())


def _than_words(model: Model, change: Figure) -> set[str] | None:
    """The words after "more than" that an English difference is taken from (None when it is not so written)."""
    match = _THAN_EN.match(model.text[change.end : change.clause[1] + 60])
    if match is None or _THAN_WHEN_EN.match(match.group(1)):
        return None  # "more than in August last year", "more than a year earlier": the same thing, another time
    words = set(_WORDS_EN.findall(match.group(1).lower()))
    return words - _NOT_SUBJECT_EN - _NOT_COMPARED_EN


def _than_another(model: Model, current: Figure, change: Figure) -> bool:
    """Whether an English difference is taken from another quantity: "more than they released" of a figure of
    persons admitted (words after "than" and none naming what the current figure counts)."""
    words = _than_words(model, change)
    return words is not None and bool(words) and not words & _subject_words(model, current)


def _change_than_itself(model: Model, current: Figure, change: Figure) -> Figure | None:
    """The one other difference of the sentence taken from the current figure's own earlier value ("48,200 more
    than they admitted in 2021"), or None."""
    subject = _subject_words(model, current)
    others = [
        f
        for f in model.in_sentence(current)
        if f is not change
        and f.role == "change"
        and (f.owner is None or f.owner is current)
        and bool(subject & (_than_words(model, f) or set[str]()))
    ]
    return others[0] if len(others) == 1 else None


def _the_year_before(model: Model, current: Figure) -> Figure | None:
    """``2025年,全县接待游客1286万人次`` paragraphs before ``2026年,全县接待游客1392万人次,比上年增长8.2%``: the one
    earlier figure of the current's label and unit whose period is the current's a year earlier (2025年 for
    2026年, 2025年1-10月 for 2026年1-10月), the previous value the percentage is against (a warning: found by
    its period and label, not stated beside it)."""
    years = _YEAR_OF.findall(current.period)
    label = _WHOLE_PLACE.sub("", current.label)
    if len(years) != 1 or len(label) < 2 or current.aside:
        return None
    year = int(years[0])
    period = current.period.replace(f"{year}年", f"{year - 1}年")
    found = [
        f
        for f in model.figures[max(0, current.number - 300) : current.number]
        if f.role in (CURRENT, PREVIOUS)
        and not f.aside
        and f.unit == current.unit
        and f.period == period
        and f.sentence != current.sentence
        and _WHOLE_PLACE.sub("", f.label) == label
        and (f.place or "") == (current.place or "")
    ]
    return found[0] if len(found) == 1 else None
