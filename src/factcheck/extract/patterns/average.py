"""average: an average is its total divided by its count.

``全市共有律师事务所86家,执业律师1120名,平均每所13名`` / "1,120 lawyers in 86 firms, an average of 13 per firm":
the average (after 人均, 平均每, 平均, "average", "per") is the total of its own unit divided by the one count of
another unit beside it in the sentence, ``abs(total / count - average) <= half a unit of the average's last
digit``.  A warning: which figures make the total and the count is inferred.  Proposed only when the sentence
holds exactly one candidate of each, so a guess between several never becomes a rule.
"""

from __future__ import annotations

from decimal import Decimal

from factcheck.extract.links import Links
from factcheck.extract.model import AVERAGE, CURRENT, Model
from factcheck.extract.suggestion import INFERRED, Suggestion, say
from factcheck.quantity.interval import exponent

NAME = "average"


def find(model: Model, links: Links) -> list[Suggestion]:
    out: list[Suggestion] = []
    for average in model.figures:
        if average.role != AVERAGE or average.duplicate or average.aside or not average.is_amount:
            continue
        sentence = [f for f in model.near_in_sentence(average, 8) if f.role == CURRENT and f.is_amount and not f.aside]
        totals = [f for f in sentence if f.unit == average.unit and f.start < average.start]
        counts = [f for f in sentence if f.unit != average.unit and f.quantity.kind.value == "count"]
        if len(totals) != 1 or len(counts) != 1 or not average.quantity.interval.is_point:
            continue
        total, count = totals[0], counts[0]
        half = Decimal(1).scaleb(min(0, exponent(average.quantity.value))) / 2
        out.append(
            Suggestion(
                NAME,
                f"{average.id}-is-total-over-count",
                f"abs({total.ref} / {count.ref} - {average.ref} / {count.ref} * {count.ref}) <= {half}",
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
