"""multiple: a figure and the earlier figure it is stated to be a multiple of.

- ``新能源汽车零售额96.3亿元,增长41.7%,是2022年同期30.1亿元的3.2倍``, ``被提起行政诉讼11件,是上年5件的2.2倍``,
  ``相当于2020年1674万人次的2.3倍``: the figure its sentence names before ``是``/``为``/``相当于`` (the nearest one
  in the base's unit, with no ``；`` between) over the base is the multiple, within a twentieth of it, as reports
  round a multiple (an error: the sentence states it).  A base is an amount: ``五年来...是前五年的1.8倍`` compares
  two periods.  The base is of another period than the sentence's change, so it is never the figure's previous
  value (``增长41.7%`` is against last year, not against 2022).
"""

from __future__ import annotations

import re

from factcheck.extract.links import Links
from factcheck.extract.model import AVERAGE, BASE, CURRENT, Model
from factcheck.extract.suggestion import STATED, Suggestion, say

NAME = "multiple"

_LIST_END = re.compile("[；;]")


def find(model: Model, links: Links) -> list[Suggestion]:
    out: list[Suggestion] = []
    for base in model.figures:
        if base.role != BASE or base.duplicate or base.aside:
            continue
        sentence = model.in_sentence(base)
        after = [f for f in sentence if f.start > base.end]
        if not after or after[0].unit != "倍" or after[0].start - base.end != 1:
            continue
        times = after[0]
        before = [f for f in sentence if f.end <= base.start and not f.aside]
        # the nearest figure before the base in the base's unit, with no ； between (another item of a list)
        current = next((f for f in reversed(before) if f.unit == base.unit and f.is_amount), None)
        if current is None or current.role not in (CURRENT, AVERAGE) or _LIST_END.search(model.between(current, base)):
            continue
        out.append(
            Suggestion(
                NAME,
                f"{current.id}-multiple-of-base",
                # reports round a multiple loosely (1.46 times printed 1.5倍): within a twentieth of it, a warning
                f"abs({current.ref} / {base.ref} - {times.ref}) <= 0.05 * {times.ref}",
                say(
                    model.language,
                    f"{current.text}应为{base.text}的{times.text}",
                    f"{current.text} should be {times.text} {base.text}",
                ),
                (current, base, times),
                severity=STATED,
            )
        )
    return out
