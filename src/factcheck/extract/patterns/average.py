"""average: an average is its total divided by its count.

``员额法官241名 ... 审执结39115件 ... 法官人均结案162.3件``, ``累计出动警力10.3万人次 ... 92天 ... 日均出动1120人次``:
the average (after 人均, 平均每, 日均, "average", "per") is the latest total of its own unit (named by the
words after the cue, 结案 ~ 审执结) over the latest count of what the words before the cue name (法官), or the
days for 日均, in its paragraph or the one before: ``abs(total / count - average) <= half a unit of the
average's last digit``.  A warning: which figures make the total and the count is inferred.
"""

from __future__ import annotations

import re
from decimal import Decimal

from factcheck.extract.links import Links
from factcheck.extract.model import AVERAGE, CURRENT, Figure, Model
from factcheck.extract.suggestion import INFERRED, Suggestion, say
from factcheck.quantity.interval import exponent

NAME = "average"


_CUE = re.compile(r"人均|平均每|平均|日均|月均|每[个名人家所件起户]|average|per")


def find(model: Model, links: Links) -> list[Suggestion]:
    out: list[Suggestion] = []
    for average in model.figures:
        if average.role != AVERAGE or average.duplicate or average.aside:
            continue
        unit = average.per if average.per is not None else average.unit
        pair = _total_and_count(model, average, unit)
        if pair is None:
            continue
        total, count = pair
        # A written average is rounded: an integer to the unit (its interval is a point), a decimal already
        # to its last digit (its interval says so).
        exact = average.quantity.interval.is_point
        half = Decimal(1).scaleb(min(0, exponent(average.quantity.value))) / 2 if exact else Decimal(0)
        out.append(
            Suggestion(
                NAME,
                f"{average.id}-is-total-over-count",
                f"abs({total.ref} / {count.ref} - {average.ref}) <= {half}",
                say(
                    model.language,
                    f"平均数{average.text}应约等于{total.text}/{count.text}",
                    f"the average {average.text} should be about {total.text} / {count.text}",
                ),
                (total, count, average),
                severity=INFERRED,
            )
        )
    return out


def _total_and_count(model: Model, average: Figure, unit: str | None) -> tuple[Figure, Figure] | None:
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
        if f.role == CURRENT and not f.aside and f.start < average.start and (f.is_amount or f.is_measure)
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
    totals = [f for f in pool if f.unit == unit and f not in counts]
    if what:
        # 结案 names 审执结各类案件 (two of its characters), never 未结案件 (what is left undone)
        scored = [
            (sum(1 for c in set(what[:2]) if c in f.label), f) for f in totals if not re.search("[未不]", f.label)
        ]
        best = max((n for n, _ in scored), default=0)
        totals = [f for n, f in scored if n == best and n > 0] or totals
    if not counts or not totals:
        return None
    return totals[-1], counts[-1]
