"""total-parts: a total and its parts must add up.

Recognises a total followed by its parts: ``共打掉团伙121个,其中涉黑组织13个,涉恶集团73个,涉恶团伙35个``,
``共受理300件,分别为...``, "121 gangs in total, of which 13 ...".  The parts are the figures after the marker,
in the same sentence and of the same measure as the total.

- ``sum(parts) <= total`` always: parts can never exceed their total (error; a warning when the parts are
  categories that may overlap, such as 女, 男, 35岁以下, 少数民族 among 党员).
- ``sum(parts) == total`` when the parts are presented as exhaustive (``分别为``, a last part named 其他/其余,
  "respectively"): an error when it fails; otherwise a warning, since the text only suggests it.
"""

from __future__ import annotations

import re

from factcheck.extract.document import Document, Figure
from factcheck.extract.suggestion import Suggestion, is_percent, is_points, say

NAME = "total-parts"
_MARKERS = re.compile(
    r"其中|分别为|分别是|分别有|包括|of which|of whom|including|among them|comprising|broken down into"
)
_EXHAUSTIVE_MARKERS = ("分别为", "分别是", "分别有", "broken down into")
_REST = ("其他", "其余", "其它", "other", "remaining", "rest")
# Words of parts that cut the total along different lines, so the parts may overlap.
_OVERLAP = ("女", "男", "岁", "少数民族", "党员", "以上", "以下", "年轻", "women", "men", "aged", "under", "over")


def find(document: Document) -> list[Suggestion]:
    suggestions: list[Suggestion] = []
    for sentence, figures in document.sentences.items():
        text = document.text
        for marker in _MARKERS.finditer(text, sentence[0], sentence[1]):
            suggestion = _total_and_parts(document, figures, marker.start(), marker.group())
            if suggestion:
                suggestions.extend(suggestion)
    return suggestions


def _total_and_parts(document: Document, figures: list[Figure], at: int, marker: str) -> list[Suggestion]:
    before = [f for f in figures if f.quantity.end <= at]
    after = [f for f in figures if f.start >= at]
    if not before or not after:
        return []
    # The total is the last figure before the marker in the parts' measure: in 化解纠纷2.3万件,化解率98.6%,
    # 其中婚姻家庭纠纷6200件 the rate between them is not what the parts divide.
    first = after[0]
    counted = [f for f in before if not (is_percent(f) or is_points(f) or f.quantity.kind.value == "duration")]
    matching = [f for f in counted if f.quantity.unit == first.quantity.unit]
    if not counted:
        return []
    total = matching[-1] if matching else counted[-1]
    parts: list[Figure] = []
    for figure in after:
        # Parts are counted in the total's own measure word: 1759起 after 121个 is another list.  English
        # parts often drop the noun ("of which 1,200 were thefts"): a bare number may be a part of a count.
        bare_part = figure.quantity.unit is None and total.quantity.kind.value in ("count", "number")
        if is_percent(figure) or not (figure.quantity.unit == total.quantity.unit or bare_part):
            break
        parts.append(figure)
    if not parts:
        return []
    overlapping = sum(1 for p in parts if any(w in p.label for w in _OVERLAP)) > 0 and len(parts) > 1
    ids = ", ".join(p.id for p in parts)
    summed = f"sum({ids})" if len(parts) > 1 else parts[0].id
    listed = " + ".join(p.text for p in parts)
    out = [
        Suggestion(
            NAME,
            f"{total.id}-parts-within-total",
            f"{summed} <= {total.id}",
            say(
                document.language,
                f"部分之和({listed})不应超过总数{total.text}",
                f"the parts ({listed}) cannot add up to more than the total {total.text}",
            ),
            (total, *parts),
            severity="warning" if overlapping else "error",
        )
    ]
    if len(parts) > 1:
        exhaustive = marker in _EXHAUSTIVE_MARKERS or any(word in parts[-1].label for word in _REST)
        out.append(
            Suggestion(
                NAME,
                f"{total.id}-parts-sum-to-total",
                f"{summed} == {total.id}",
                say(
                    document.language,
                    f"各部分({listed})之和应等于总数{total.text}"
                    + ("" if exhaustive else ";文中未明示各部分穷尽,故仅作提示"),
                    f"the parts ({listed}) should add up to the total {total.text}"
                    + ("" if exhaustive else "; the text does not say the parts are all of it, so only a warning"),
                ),
                (total, *parts),
                severity="error" if exhaustive and not overlapping else "warning",
            )
        )
    return out
