"""year-on-year: the current figure, the previous one, the change and the percentage change must agree.

Recognises ``受理案件3000件,同比上升20%`` with any of ``增加500件`` (absolute change) and ``上年同期2500件``
(previous figure) in the same sentence, and English "3,000 cases, up 20% from 2,500" / "an increase of 500".
With any two of current, previous, absolute and percentage change stated beside the current figure, the others
must agree (error).  Changes in percentage points belong to the percentage-points pattern, never here.
"""

from __future__ import annotations

import re

from factcheck.extract.document import Document, Figure
from factcheck.extract.suggestion import Suggestion, is_percent, is_points, same_measure, say

NAME = "year-on-year"
_UP = ("上升", "增长", "增加", "提高", "上涨", "增", "up", "rose", "risen", "increase", "increased", "grew", "higher")
_DOWN = (
    "下降",
    "减少",
    "降低",
    "下跌",
    "回落",
    "降",
    "down",
    "fell",
    "fallen",
    "decrease",
    "decreased",
    "dropped",
    "lower",
)
_PREVIOUS = re.compile(r"(上年同期|去年同期|上年|去年|前一年|from|compared with|against)(?:为|是|达|的)?\s*$")


def _direction(text: str) -> int:
    lowered = text.lower()
    hits = [(lowered.rfind(w), 1) for w in _UP] + [(lowered.rfind(w), -1) for w in _DOWN]
    position, sign = max(hits)
    return sign if position >= 0 else 0


def find(document: Document) -> list[Suggestion]:
    out: list[Suggestion] = []
    for rate in document.figures:
        if not is_percent(rate):
            continue
        before = document.text[max(rate.clause[0], rate.start - 12) : rate.start]
        if "同比" not in document.sentence_text(rate)[: rate.start - rate.sentence[0]] and not re.search(
            r"\b(up|down|rose|fell|increase|decrease|grew|dropped)\b", before, re.IGNORECASE
        ):
            continue
        sign = _direction(before)
        if sign == 0:
            continue
        sentence = document.in_sentence(rate)
        currents = [f for f in sentence if f.quantity.end <= rate.start and not is_percent(f) and not is_points(f)]
        after = [f for f in sentence if f.start > rate.quantity.end and not is_percent(f) and not is_points(f)]
        to_figure = next((f for f in after if re.search(r"\bto\s*$", document.text[rate.quantity.end : f.start])), None)
        if to_figure is not None:
            current = to_figure  # "fell 8% to 4,600 from 5,000"
        elif currents:
            current = currents[-1]
        else:
            continue
        others = [f for f in sentence if f is not current and f.start > current.start and same_measure(f, current)]
        previous = next((f for f in others if _PREVIOUS.search(document.text[f.clause[0] : f.start])), None)
        absolute = next(
            (f for f in others if f is not previous and _direction(document.text[f.clause[0] : f.start])), None
        )
        out.extend(_rules(document.language, current, rate, previous, absolute, sign))
    return out


def _rules(
    language: str, current: Figure, rate: Figure, previous: Figure | None, absolute: Figure | None, sign: int
) -> list[Suggestion]:
    signed_rate = rate.id if sign > 0 else f"-{rate.id}"
    word = say(language, "上升" if sign > 0 else "下降", "up" if sign > 0 else "down")
    out: list[Suggestion] = []
    if previous is not None:
        out.append(
            Suggestion(
                NAME,
                f"{current.id}-change-from-previous",
                f"change({current.id}, {previous.id}) == {signed_rate}",
                say(
                    language,
                    f"由{previous.text}到{current.text}应为{word}{rate.text}",
                    f"from {previous.text} to {current.text} is {word} {rate.text}",
                ),
                (current, previous, rate),
            )
        )
        if absolute is not None:
            signed = absolute.id if sign > 0 else f"-{absolute.id}"
            out.append(
                Suggestion(
                    NAME,
                    f"{current.id}-difference-from-previous",
                    f"{current.id} - {previous.id} == {signed}",
                    say(
                        language,
                        f"{current.text}与{previous.text}之差应为{word}{absolute.text}",
                        f"{current.text} against {previous.text} is {word} {absolute.text}",
                    ),
                    (current, previous, absolute),
                )
            )
    elif absolute is not None:
        back = f"{current.id} - {absolute.id}" if sign > 0 else f"{current.id} + {absolute.id}"
        out.append(
            Suggestion(
                NAME,
                f"{current.id}-change-matches-difference",
                f"change({current.id}, {back}) == {signed_rate}",
                say(
                    language,
                    f"{word}{absolute.text}与{word}{rate.text}应一致"
                    f"(上年为{current.text}{'-' if sign > 0 else '+'}{absolute.text})",
                    f"{word} {absolute.text} and {word} {rate.text} must agree",
                ),
                (current, absolute, rate),
            )
        )
    return out
