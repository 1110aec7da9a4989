"""population-rate: a rate per 1,000 (or 100,000) people is a count over the population it is of.

``出生人口8.12万人,出生率为8.52‰`` after ``年末常住人口952.3万人,比上年末增加3.1万人``; "24,310 live births ... With a
mid-year population of 1,612,000, the crude birth rate was 15.1 per 1,000 population"; "412,600 violent
victimizations ... population age 12 or older was about 2.28 million ... a rate of 181 per 1,000":

- the rate is one written per 1,000, 10,000, 100,000 or a million ("per 1,000 persons"), or in ‰ with a
  name that says what it counts (出生率, 死亡率);
- the count is the latest figure before it, in its paragraph or the one before, whose label names what the
  rate counts (出生 -> 出生人口, "birth rate" -> "live births", "victimization" -> "violent victimizations");
- the population is the latest figure before the rate whose label names a population (人口, "population",
  "residents", "inhabitants"), larger than the count, and not a part of another (城镇人口); of 常住人口 and
  户籍人口, the resident population when the paragraph gives it.  A Chinese rate is over the year's average
  population:
  when the text gives the population at the end of the year before too (上年末, or the change since), the
  population is the mean of the two ends.

A rate named by nothing but its place ("There were 2,037 deaths, a rate of 10.3 per 1,000") is of the count just
before it, after a comma (and a participle with its time: "2,140 deaths registered in 2024, a rate of 9.8 per
1,000"), or before the population it is among ("412 cases among a population of 1.14 million, a rate of
..."); a rate with neither is the one count of its sentence (counted in the rate's own noun when it has one:
"3.9 deaths per 1,000 live births, with 48 deaths among 12,310 live births") over the one population (or figure
of the noun after "per 1,000") of its sentence, the one before or the next ("92.1 per 1,000, with 14,200 offences
among 154,200 residents"); "3.7 per 1,000 live births (8 deaths)" is the count in the parentheses over the
latest figure labelled with the noun the rate is per. An English rate written as a whole number ("609 per
100,000") rounds its quotient as a percentage does, so its rule allows the half unit of that rounding
(``abs(count / population * 100000 - rate) <= 0.5``); a failing one is shown at the rate.

A population the rate's own sentence states after it ("4.46 deaths per 100,000 population, based on a resident
population of 26.6 million", "(resident population 8.41 million)") is the rate's; with no count in that sentence,
the count is the figure before it in its section counted in the rate's noun or named by its label (219.2 officers
per 100,000 -> 18,436 police officers; 5.6 dwelling fires per 10,000 -> 8,042 dwelling fires), the largest of
those sharing most of its words, or after "This is" the first count of the sentence before (a warning).  An
English rate's population is never another section's.

Rates listed "at rates of 1,720, 4,258 and 1,239 per 100,000 population respectively" are the counts listed just
before them, in order, over the text's population (a warning).

``count / population * base == rate`` within the rate's rounding.  A road-safety ``万车死亡率`` is the deaths
over the 机动车 in ten thousands.  A warning: which population a report took
(mid-year, year-end, average, residents of an age) is inferred.
"""

from __future__ import annotations

import re

from factcheck.extract.links import Links
from factcheck.extract.model import CURRENT, PREVIOUS, RATE, Figure, Model
from factcheck.extract.suggestion import INFERRED, STATED, Suggestion, say

NAME = "population-rate"

# what a Chinese rate in ‰ counts, by its name
_COUNTED_ZH = {"出生率": ("出生",), "死亡率": ("死亡",)}
_POPULATION_ZH = re.compile(r"人口|常住人|户籍人")
_POPULATION_EN = re.compile(r"\b(?:population|residents|inhabitants|people|persons aged|adults aged)\b")
_NOT_NAMES_EN = {"rate", "rates", "crude", "overall", "general", "total", "the", "of", "per", "and", "all", "number"}


_PER_VEHICLES_ZH = re.compile(r"万车死亡率(?:为|是)?$")


def _per_vehicles(model: Model, parts: set[int]) -> list[Suggestion]:
    """``机动车保有量186.5万辆...道路交通事故死亡人数152人,万车死亡率为0.82``: the deaths over the vehicles in
    ten thousands (the latest of each before it), within the rate's rounding (a warning: which deaths a report
    counts is inferred)."""
    out: list[Suggestion] = []
    if model.language != "zh":
        return out
    for rate in model.figures:
        if rate.duplicate or rate.aside or rate.quantity.kind.value != "number":
            continue
        if not _PER_VEHICLES_ZH.search(model.before(rate, rate.clause, 12)):
            continue
        earlier = [
            f
            for f in model.figures[max(0, rate.number - 60) : rate.number]
            if f.role == CURRENT and not f.aside and f.quantity.kind.value == "count"
        ]
        # the road deaths, never a part of them (其中摩托车事故死亡...) nor another kind's (生产安全事故死亡)
        deaths = [f for f in earlier if "死亡" in f.label and f.unit == "人" and f.number not in parts]
        if "交通" in rate.label:
            deaths = [f for f in deaths if "交通" in f.label]
        vehicles = [f for f in earlier if "机动车" in f.label and f.unit == "辆"]
        if not deaths or not vehicles:
            continue
        death, fleet = deaths[-1], vehicles[-1]
        out.append(
            Suggestion(
                NAME,
                f"{rate.id}-deaths-per-10000-vehicles",
                f"{death.ref} / ({fleet.ref} / 10000) == {rate.ref}",
                f"万车死亡率应为{death.text}/({fleet.text}/10000)",
                (death, fleet, rate),
                severity=INFERRED,
            )
        )
    return out


def find(model: Model, links: Links) -> list[Suggestion]:
    groups = {g.current.number: g for g in links.groups}
    parts = {p.number for b in links.breakdowns for p in b.parts}
    out: list[Suggestion] = _per_vehicles(model, parts)
    if model.language == "en":
        out.extend(_respective_rates_en(model, parts))
    for rate in model.figures:
        if rate.duplicate or rate.aside or rate.role not in (CURRENT, PREVIOUS, RATE) or rate.in_table:
            continue
        base, counted = _rate_of(model, rate)
        stated = (
            (_stated_aside(model, rate) or _stated_after(model, rate)) if model.language == "en" and rate.base else None
        )
        if stated is not None:
            count, population, exact = stated
        else:
            if counted:
                pool = [f for f in model.figures[max(0, rate.number - 60) : rate.number] if f.section == rate.section]
                found = _count(model, pool, counted)
            elif base and model.language == "en":
                found = _count_just_before(model, rate)
            else:
                continue
            whole = _population(model, rate, found, parts) if found is not None else None
            if (found is None or whole is None) and base and model.language == "en":
                found, whole = _count_and_base_nearby(model, rate, parts) or (None, None)
            if found is None or whole is None:
                continue
            count, population = found, whole
        total = population.ref
        explain_population = population.text
        group = groups.get(population.number)
        if model.language == "zh" and group is not None and (group.previous is not None or group.change is not None):
            # a year's rate is over its average population: the mean of the year's two ends
            if group.previous is not None:
                total = f"(({population.ref} + {group.previous.ref}) / 2)"
                explain_population = f"({population.text}+{group.previous.text})/2"
            elif group.change is not None:
                sign = "-" if group.change.direction >= 0 else "+"
                total = f"(({population.ref} * 2 {sign} {group.change.ref}) / 2)"
                explain_population = f"{population.text}与上年末的平均"
        scaled = f" * {base}" if base > 1 else ""
        computed = f"{count.ref} / {total}{scaled}"
        # "609 per 100,000": a quotient rounded to a whole number, as a percentage is rounded; the reader reads a
        # whole number as exact, so the rule allows the half unit the rounding takes
        whole_rate = model.language == "en" and base > 1 and rate.text.replace(",", "").isdigit()
        out.append(
            Suggestion(
                NAME,
                f"{rate.id}-is-{count.id}-per-population",
                f"abs({computed} - {rate.ref}) <= 0.5" if whole_rate else f"{computed} == {rate.ref}",
                say(
                    model.language,
                    f"{rate.label}{rate.text}应约等于{count.text}/{explain_population}(人口口径为推断,故仅作提示)",
                    f"{rate.text} per {base:,} should be {count.text} / {explain_population} x {base:,} (which "
                    "population a report took is inferred, so only a warning)",
                ),
                (count, population, rate),
                severity=STATED if stated is not None and exact else INFERRED,
            )
        )
    return out


_RATES_OF_EN = re.compile(r"\brates\s+of\s*$", re.IGNORECASE)
_RESPECTIVELY_AFTER_EN = re.compile(r"\s*per\s+[\d,]+\s+(?:[a-z-]+\s+){0,2}?[a-z-]+\s+respectively\b", re.IGNORECASE)


def _respective_rates_en(model: Model, parts: set[int]) -> list[Suggestion]:
    """ "Violent violations numbered 98,410, property violations 243,560 and other violations 70,890, at rates of
    1,720, 4,258 and 1,239 per 100,000 population respectively": each rate of the list is the count in the same
    place of the list of counts just before it, over the text's population (a warning)."""
    out: list[Suggestion] = []
    for sentence in {f.sentence: model.in_sentence(f) for f in model.figures if not f.in_table}.values():
        for at, first in enumerate(sentence):
            if not _RATES_OF_EN.search(model.text[max(first.sentence[0], first.start - 12) : first.start]):
                continue
            rates = [first]
            while at + len(rates) < len(sentence) and re.fullmatch(
                r"\s*(?:,\s*(?:and\s+)?|and\s+)", model.between(rates[-1], sentence[at + len(rates)])
            ):
                rates.append(sentence[at + len(rates)])
            last = rates[-1]
            if len(rates) < 2 or not last.base or not _RESPECTIVELY_AFTER_EN.match(model.text, last.end):
                continue
            counts = sentence[max(0, at - len(rates)) : at]
            if len(counts) != len(rates) or any(
                c.role != CURRENT or c.aside or not c.is_amount or c.base or c.is_percent for c in counts
            ):
                continue
            population = _population(model, last, counts[0], parts)
            if population is None or any(not _bigger_than(population, c) for c in counts):
                continue
            for count, rate in zip(counts, rates, strict=True):
                computed = f"{count.ref} / {population.ref} * {last.base}"
                whole_rate = rate.text.replace(",", "").isdigit()
                out.append(
                    Suggestion(
                        NAME,
                        f"{rate.id}-is-{count.id}-per-population",
                        f"abs({computed} - {rate.ref}) <= 0.5" if whole_rate else f"{computed} == {rate.ref}",
                        f"{rate.text} per {last.base:,} should be {count.text} / {population.text} x {last.base:,} "
                        "(which population a report took is inferred, so only a warning)",
                        (count, population, rate),
                        severity=INFERRED,
                    )
                )
    return out


def _bigger_than(whole: Figure, part: Figure) -> bool:
    return whole.quantity.value * whole.scale > part.quantity.value * part.scale


_BASE_EN = re.compile(r"\b(?:population|residents|inhabitants|people|persons|adults|households)\b")


def _stated_aside(model: Model, rate: Figure) -> tuple[Figure, Figure, bool] | None:
    """ "a rate of 82.4 per 1,000 population (795,400 residents)", "11.6 per 1,000 households (4,020 offences
    among 346,600 households)": the population the text gives in the parentheses that follow the rate, and the
    count given with it, else the count the sentence opens with before the rate (recorded 65,540 offences)."""
    figures = model.in_sentence(rate)
    after = figures[rate.at_sentence + 1 : rate.at_sentence + 3]
    aside = [f for f in after if f.aside and f.is_amount and not f.base]
    if not aside or not re.fullmatch(r"[^()]{0,90}\(\s*(?:[a-z-]+\s+){0,3}?", model.text[rate.end : aside[0].start]):
        return None
    brackets = model.structure.aside_at(aside[0].start)
    inside = model.text[brackets[0] : aside[0].start].lower() if brackets is not None else ""
    # "(population 304,100)": the word before the figure in its brackets names it when its label does not
    populations = [f for f in aside if _BASE_EN.search(f.label.lower()) or (f is aside[0] and _BASE_EN.search(inside))]
    if not populations and len(aside) == 1:
        named = _named_base(model, rate, aside[0])
        return (*named, True) if named is not None else None
    if len(populations) != 1:
        return None
    population = populations[0]
    counts = [f for f in aside if f.start < population.start]  # "(4,020 offences among 346,600 households)"
    if not counts:
        counts = [
            f
            for f in figures[: rate.at_sentence]
            if f.role == CURRENT and not f.aside and f.is_amount and not f.base and not f.in_table
        ][:1]
    opening = model.text[rate.sentence[0] : rate.sentence[0] + 12].lstrip()
    first = rate.number - rate.at_sentence
    if not counts and first > 0 and re.match(r"(?:This|That|It)\b", opening):
        # "The prison population was 9,862 ... This was a rate of 148.3 per 100,000": the sentence before's
        earlier = model.in_sentence(model.figures[first - 1])
        counts = [f for f in earlier if f.role == CURRENT and not f.aside and f.is_amount and not f.in_table][:1]
    exact = bool(counts)
    if not counts:
        found = _counted_by_rate(model, rate, population)
        counts = [found] if found is not None else []
    if len(counts) != 1:
        return None
    count = counts[0]
    if count.quantity.value * count.scale >= population.quantity.value * population.scale:
        return None
    return count, population, exact


# "4.46 deaths per 100,000 population, based on a resident population of 26.6 million", "4.21 per 100 pupils, based
# on 7.56 million pupils on roll": the population the rate's own sentence gives just after it
_BASED_ON_EN = re.compile(
    r"\s*(?:[a-z-]+\s+){0,2}?per\s+[\d,.]+(?:\s+(?:thousand|million))?\s+(?:[a-z-]+\s+){0,4}?([a-z-]+)\s*,?\s*"
    r"(?:based on|using|calculated on|from)\s+(?:an?\s+|the\s+|its\s+)?(?:[a-z-]+\s+){0,3}?(?:of\s+)?",
    re.IGNORECASE,
)


def _stated_after(model: Model, rate: Figure) -> tuple[Figure, Figure, bool] | None:
    """ "The road fatality rate was 4.46 deaths per 100,000 population, based on an estimated resident population
    of 26.6 million": the population the sentence states right after the rate, over the count the rate names
    (see ``_counted_by_rate``)."""
    figures = model.in_sentence(rate)
    after = figures[rate.at_sentence + 1 : rate.at_sentence + 2]
    based = _BASED_ON_EN.fullmatch(model.text[rate.end : after[0].start]) if after else None
    if based is None:
        return None
    population = after[0]
    named = f"{population.label} {population.unit or ''}".lower()
    if not population.is_amount or population.is_percent or population.base or population.role != CURRENT:
        return None
    if not (_BASE_EN.search(named) or _stem_en(based.group(1)) in named):
        return None
    count = _counted_by_rate(model, rate, population)
    return (count, population, False) if count is not None else None


_WORDS_AFTER_EN = re.compile(r"\s+((?:[A-Za-z-]+\s+){0,2}[A-Za-z-]+)")
_SAME_NOUN_EN = {"crime": "offen", "crimes": "offen"}
_RATE_OPENING_EN = re.compile(
    r"\s*(?:This|That|It)\s+(?:is|was|represents|represented|equates to|equated to|gives|gave)\b"
)


def _counted_by_rate(model: Model, rate: Figure, population: Figure) -> Figure | None:
    """The count a rate per 1,000 is of, when its sentence gives none: the latest figure before it in its paragraph
    or the one before, counted in the rate's own noun (219.2 officers -> 18,436 police officers) or named by its
    label (the suspension rate -> 318,420 suspensions), the one sharing most of its words (5.6 dwelling fires per
    10,000 -> 8,042 dwelling fires, never 25,418 secondary fires), then the largest (a total, never one of its
    kinds: 611 officers seconded, 742 designated officers); else, for a sentence that opens "This is", the first
    count of the sentence before.  Always a current, unbracketed count of the rate's period, smaller than the
    population (a warning: the count is inferred)."""
    words = {_stem_en(w) for w in re.findall(r"[a-z]{4,}", rate.label.lower()) if w not in _NOT_NAMES_EN}
    if rate.per:
        words.add(_stem_en(rate.per))
    words = {_SAME_NOUN_EN.get(w, w) for w in words} | {_SAME_NOUN_EN[w] for w in words if w in _SAME_NOUN_EN}
    if rate.per and rate.per.lower() in _SAME_NOUN_EN:
        words.add(_SAME_NOUN_EN[rate.per.lower()])
    words -= {"popul", "resid", "inhab", "peopl", "perso", "rate"}

    def fits(f: Figure) -> bool:
        return (
            f.role == CURRENT
            and not f.aside
            and f.is_amount
            and not f.is_percent
            and not f.base
            and not f.in_table
            and f.section == rate.section
            and not (f.period and rate.period and f.period != rate.period)
            and f.quantity.value * f.scale < population.quantity.value * population.scale
        )

    earlier = [f for f in model.figures[max(0, rate.number - 40) : rate.number] if fits(f)]

    def shared(f: Figure) -> int:  # its label, its unit and the words just after it ("employed 1,944 firefighters")
        after = _WORDS_AFTER_EN.match(model.text, f.end)
        named = f"{f.label} {f.unit or ''} {after.group(1) if after else ''}".lower()
        return len(words & {_stem_en(w) for w in re.findall(r"[a-z]{4,}", named)})

    named = [f for f in earlier if shared(f) and not _POPULATION_EN.search(f.label.lower())]
    if named:
        # the most of the rate's words (dwelling fires, never secondary fires), then the largest
        return max(named, key=lambda f: (shared(f), f.quantity.value * f.scale))
    if rate.at_sentence == 0 and _RATE_OPENING_EN.match(model.text, rate.sentence[0]):
        prior = [f for f in model.previous_sentence(rate) if fits(f) and f.block == rate.block]
        if prior and not _POPULATION_EN.search(prior[0].label.lower()):
            return prior[0]
    return None


# "There were 2,037 deaths, a rate of 10.3 per 1,000": a rate named by nothing but its place after the count;
# "2,140 deaths registered in 2024, a rate of 9.8 per 1,000": a participle and its time may come between (never
# "people aged 65 and over", whose rate is over another population)
_RATE_AFTER_COUNT_EN = re.compile(
    r"(?:\s+(?:(?:was|were|had been|have been)\s+)?(?!aged\b)[a-z]+ed(?:\s+(?:in|during|over|by)\s+[^,;:()]{0,25}?)?)?"
    r"\s*,\s*(?:(?:a|an|the|or|giving|equivalent to)\s+)*rate of\s*$",
    re.IGNORECASE,
)
# "412 cases among a population of 1.14 million, a rate of ...": the population between the count and the rate
_AMONG_EN = re.compile(
    r"\s*(?:among|in|across|out of|from|for)\s+(?:a|an|the)?\s*(?:[a-z-]+\s+){0,2}?(?:of\s+)?$", re.IGNORECASE
)


def _count_just_before(model: Model, rate: Figure) -> Figure | None:
    """The count a bare "a rate of R per 1,000" follows in its sentence, after a comma and words with no figure
    ("numbered 1,209, a rate of 609.1 per 100,000", "2,140 deaths were registered, a rate of ..."), or before the
    population it is among ("412 cases among a population of 1.14 million, a rate of ..."); else None."""
    if not rate.at_sentence:
        return None
    sentence = model.in_sentence(rate)
    count = sentence[rate.at_sentence - 1]
    after = count
    if _POPULATION_EN.search(count.label.lower()) and rate.at_sentence >= 2:
        population, count = count, sentence[rate.at_sentence - 2]
        if not _AMONG_EN.fullmatch(model.text[count.end : population.start]) or population.aside:
            return None
        after = population
    if count.role != CURRENT or count.aside or not count.is_amount or count.base or count.in_table:
        return None
    if _POPULATION_EN.search(count.label.lower()) or not _RATE_AFTER_COUNT_EN.fullmatch(
        model.text[after.end : rate.start]
    ):
        return None
    return count


_PER_BASE_NOUN_EN = re.compile(
    r"\s*(?:[a-z-]+\s+)?per\s+[\d,]+(?:\s+(?:thousand|million))?\s+((?:[a-z-]+\s+)?([a-z-]{4,}))", re.IGNORECASE
)


def _stem_en(word: str) -> str:
    return word.lower()[:5]


def _count_and_base_nearby(model: Model, rate: Figure, parts: set[int]) -> tuple[Figure, Figure] | None:
    """The one count and the one population beside a rate per 1,000 (a warning).

    "92.1 per 1,000, with 14,200 offences among 154,200 residents"; "87,800 offences, or 78.4 per 1,000
    residents. The population was 1.12 million"; "3.9 deaths per 1,000 live births, with 48 deaths among 12,310
    live births": the count is the one figure of the rate's sentence counted in the rate's own noun (deaths), or
    with no noun the one amount of its sentence that is no population; the base is the one larger figure nearby
    (the sentence before, its own or the next, of the rate's period) labelled as a population or with the noun
    after "per 1,000" (live births)."""
    if rate.role == PREVIOUS or rate.aside:
        return None
    named = _PER_BASE_NOUN_EN.match(model.text, rate.end)
    base_words = {"popul", "resid", "inhab", "peopl", "perso"}
    if named:
        base_words.add(_stem_en(named.group(2)))
    sentence = model.in_sentence(rate)
    first = rate.number - rate.at_sentence
    nearby = [
        f
        for f in model.figures[max(0, first - 12) : first + len(sentence) + 6]
        if f is not rate
        and f.section == rate.section
        and f.role == CURRENT
        and not f.base
        and not f.in_table
        and f.is_amount
        and not f.is_percent
        and not (f.period and rate.period and f.period != rate.period)  # another year's count or population
        and f.number not in parts  # a kind of the count (serious violent victimizations), never the count
    ]
    first_sentence = min((f.sentence for f in sentence), default=rate.sentence)
    sentences = sorted({f.sentence for f in nearby})
    here = sentences.index(rate.sentence) if rate.sentence in sentences else -1
    keep = set(sentences[max(0, here - 1) : here + 2]) if here >= 0 else {first_sentence}
    nearby = [f for f in nearby if f.sentence in keep]

    def words(f: Figure) -> set[str]:
        return {_stem_en(w) for w in re.findall(r"[a-z]{4,}", f"{f.label} {f.unit or ''}".lower())}

    def as_base(f: Figure) -> bool:  # what it counts: its unit, else the last word of its label
        named = f.unit.lower() if f.unit else (re.findall(r"[a-z]{4,}", f.label.lower()) or [""])[-1]
        return _stem_en(named) in base_words

    bases = [f for f in nearby if as_base(f)]
    # "per 100,000 people aged 65 and over", "per 1,000 women in the city": a population qualified after its noun
    # is a group of its own, taken only from the rate's own sentence
    if named and re.match(r"\s*(?:aged|age|over|under|who|living|in|of|with)\b", model.text[named.end() :], re.I):
        bases = [f for f in bases if f.sentence == rate.sentence]
    if rate.per:
        # counted in the rate's own noun, in its own sentence ("3.9 deaths per 1,000 live births, with 48 deaths")
        counts = [
            f for f in nearby if _stem_en(rate.per) in words(f) and not as_base(f) and f.sentence == rate.sentence
        ]
    else:
        counts = [f for f in nearby if f.sentence == rate.sentence and not as_base(f)]
    if len(counts) != 1 or len(bases) != 1:
        return None
    count, population = counts[0], bases[0]
    if population.quantity.value * population.scale <= count.quantity.value * count.scale:
        return None
    return count, population


_PER_NOUN_EN = re.compile(r"\s*per\s+[\d,.]+(?:\s+(?:thousand|million))?\s+((?:[a-z-]+\s+){0,2}([a-z-]{4,}))\s*\(\s*$")


def _named_base(model: Model, rate: Figure, count: Figure) -> tuple[Figure, Figure] | None:
    """ "an infant mortality rate of 3.7 per 1,000 live births (8 deaths)": the count in the parentheses, over the
    latest figure before the rate in its section whose label ends with the noun the rate is per (live births)."""
    named = _PER_NOUN_EN.fullmatch(model.text[rate.end : count.start])
    if named is None or count.role != CURRENT:
        return None
    stem = named.group(2).lower()[:5]
    for figure in reversed(model.figures[max(0, rate.number - 60) : rate.number]):
        if figure.section != rate.section or figure.role != CURRENT or figure.aside or figure.base:
            continue
        words = re.findall(r"[a-z]{4,}", figure.label.lower())
        if figure.is_amount and words and words[-1][:5] == stem:
            if count.quantity.value * count.scale >= figure.quantity.value * figure.scale:
                return None
            return count, figure
    return None


def _rate_of(model: Model, rate: Figure) -> tuple[int, tuple[str, ...]]:
    """The rate's base and the words of what it counts; (0, ()) for a figure that is no such rate."""
    if model.language == "zh":
        if rate.quantity.unit != "‰":
            return 0, ()
        for name, words in _COUNTED_ZH.items():
            if rate.label.endswith(name) and "自然" not in rate.label:
                return 1, words
        return 0, ()
    if not rate.base:
        return 0, ()
    words = tuple(
        w[:5] for w in re.findall(r"[a-z]{4,}", rate.label.lower()) if w not in _NOT_NAMES_EN and w != "natural"
    )
    if "natural" in rate.label.lower() or "fertility" in rate.label.lower():
        return 0, ()  # a difference of rates, or births per women of an age: no count of its own here
    return rate.base, words


def _count(
    model: Model, pool: list[Figure], counted: tuple[str, ...], counted_words: tuple[str, ...] = ()
) -> Figure | None:
    english = model.language == "en"
    for figure in reversed(pool):
        if figure.role != CURRENT or figure.aside or not figure.is_amount or figure.base:
            continue
        label = figure.label.lower()
        if english:
            if _POPULATION_EN.search(label):
                continue
            # "118 victims of homicide": the words after the count name it too
            after = _WORDS_AFTER_EN.match(model.text, figure.end)
            words = re.findall(r"[a-z]{4,}", f"{label} {after.group(1).lower() if after else ''}")
            stems = {w[:5] for w in words}
            if set(counted) & stems:
                return figure
        elif any(w in label for w in counted) and _POPULATION_ZH.search(label) and "率" not in label:
            return figure
    return None


def _population(model: Model, rate: Figure, count: Figure, parts: set[int]) -> Figure | None:
    english = model.language == "en"
    for figure in reversed(model.figures[max(0, rate.number - 400) : rate.number]):
        if figure.role != CURRENT or figure.aside or not figure.is_amount or figure is count or figure.base:
            continue
        if figure.number in parts:
            continue  # 城镇人口, 乡村人口: a part of the population, never the one a rate is over
        if english and figure.section != rate.section:
            continue  # another section's population (a region's, before a section on burglaries per 10,000 homes)
        label = figure.label.lower()
        named = _POPULATION_EN.search(label) if english else _POPULATION_ZH.search(label)
        if not named or (not english and re.search(r"出生|死亡|增长|增加|减少", label)):
            continue
        if figure.unit != count.unit and not (english and None in (figure.unit, count.unit)):
            continue
        if figure.quantity.value * figure.scale <= count.quantity.value * count.scale:
            continue
        # the whole population, not a part named in the same paragraph (城镇常住人口 after 常住人口)
        peers = [
            f
            for f in model.block_figures(figure.block)
            if f.role == CURRENT
            and not f.aside
            and f.unit == figure.unit
            and f.start < rate.start
            and (_POPULATION_EN.search(f.label.lower()) if english else _POPULATION_ZH.search(f.label))
            and (english or not re.search(r"出生|死亡|增长|增加|减少", f.label))
        ]
        resident = [f for f in peers if "常住" in f.label]
        return max(resident or peers, key=lambda f: f.quantity.value * f.scale, default=figure)
    return None


__all__ = ["NAME", "find"]
