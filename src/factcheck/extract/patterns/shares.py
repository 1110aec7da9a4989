"""share: a part, its share and the whole; rates whose numerator and denominator are in the text.

- ``A ... 占 B 的 P%`` / "A, or P% of B": with the whole B stated, ``share(A, B) == P`` (error); without it,
  the implied whole ``A / P`` is derived for the report.
- Known rates: 结案率 = 审结 / 受理, 处置率 = 处置 / 受理, ... when both figures stand in the same sentence as
  the rate: a warning, since a report may take its base differently (收案 with or without cases carried over).
  不捕率 = 不捕 / (逮捕 + 不捕) is a definition: an error.
- Complementary rates: X率 and 不X率 / 未X率 in one sentence add up to 100% (error).
"""

from __future__ import annotations

import re

from factcheck.extract.document import Document, Figure
from factcheck.extract.suggestion import Suggestion, is_percent, same_measure

NAME = "share"

# rate name -> (numerator label words, denominator label words)
RATES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "结案率": (("审执结", "审结", "结案", "执结", "办结"), ("受理", "收案", "新收")),
    "办结率": (("办结",), ("受理", "收到")),
    "处置率": (("处置",), ("受理", "上报")),
    "调解成功率": (("调解成功",), ("调解",)),
    "破案率": (("破获", "侦破", "破案"), ("立案", "发案")),
    "起诉率": (("起诉",), ("受理", "审查起诉")),
}
_NOT_ARRESTED = ("不捕", "不批准逮捕", "不批捕")
_ARRESTED = ("批准逮捕", "批捕")


def find(document: Document) -> list[Suggestion]:
    out: list[Suggestion] = []
    for figure in document.figures:
        if not is_percent(figure):
            continue
        out.extend(_share_of(document, figure))
        out.extend(_known_rate(document, figure))
    out.extend(_complementary(document))
    return out


def _share_of(document: Document, rate: Figure) -> list[Suggestion]:
    sentence = document.in_sentence(rate)
    text = document.text
    start = rate.sentence[0]
    before_text = text[start : rate.start]
    zh = before_text.rfind("占")
    english = document.language == "en" and re.match(r"\s*of\b", text[rate.quantity.end : rate.quantity.end + 5])
    if zh < 0 and not english:
        return []
    anchor = start + zh if zh >= 0 else rate.start
    parts = [f for f in sentence if f.quantity.end <= anchor and not is_percent(f)]
    if not parts:
        return []
    part = parts[-1]
    if zh >= 0:
        wholes = [f for f in sentence if anchor < f.start < rate.start and same_measure(f, part)]
    else:
        wholes = [f for f in sentence if f.start > rate.quantity.end and same_measure(f, part)][:1]
    if wholes:
        whole = wholes[0]
        return [
            Suggestion(
                NAME,
                f"{rate.id}-is-share-of-whole",
                f"share({part.id}, {whole.id}) == {rate.id}",
                f"{part.text}占{whole.text}的比例应为{rate.text}",
                (part, whole, rate),
            )
        ]
    return [
        Suggestion(
            NAME,
            f"{rate.id}-implied-whole",
            "",
            f"{part.text}占{rate.text},推算总数为{part.text}/{rate.text}",
            (part, rate),
            derive={f"{part.id}_implied_whole": f"{part.id} / {rate.id}"},
        )
    ]


def _known_rate(document: Document, rate: Figure) -> list[Suggestion]:
    sentence = [f for f in document.in_sentence(rate) if not is_percent(f)]
    label = rate.label
    if any(word in label for word in ("不捕率", "不批捕率")):
        not_arrested = _labelled(sentence, _NOT_ARRESTED)
        arrested = [f for f in _labelled(sentence, _ARRESTED) if f not in not_arrested]
        if not_arrested and arrested:
            n, a = not_arrested[0], arrested[0]
            return [
                Suggestion(
                    NAME,
                    f"{rate.id}-rate",
                    f"share({n.id}, {a.id} + {n.id}) == {rate.id}",
                    f"不捕率 = 不捕{n.text} / (逮捕{a.text} + 不捕{n.text}) 应为{rate.text}",
                    (n, a, rate),
                )
            ]
        return []
    for name, (numerators, denominators) in RATES.items():
        if not label.endswith(name):
            continue
        top = [f for f in _labelled(sentence, numerators) if f.start < rate.start]
        bottom = [f for f in _labelled(sentence, denominators) if f not in top and f.start < rate.start]
        if top and bottom and same_measure(top[-1], bottom[-1]):
            numerator, denominator = top[-1], bottom[-1]
            return [
                Suggestion(
                    NAME,
                    f"{rate.id}-rate",
                    f"share({numerator.id}, {denominator.id}) == {rate.id}",
                    f"{name} = {numerator.text} / {denominator.text} 应为{rate.text}"
                    "(比率的分母口径可能不同,故仅作提示)",
                    (numerator, denominator, rate),
                    severity="warning",
                )
            ]
    return []


def _labelled(figures: list[Figure], words: tuple[str, ...]) -> list[Figure]:
    return [f for f in figures if any(w in f.label for w in words)]


def _complementary(document: Document) -> list[Suggestion]:
    out: list[Suggestion] = []
    for figures in document.sentences.values():
        rates = [f for f in figures if is_percent(f) and f.label.endswith("率")]
        for rate in rates:
            stem = _rate_stem(rate.label)
            if not stem:
                continue
            for other in rates:
                other_stem = _rate_stem(other.label)
                # 批捕率 and 不捕率, 结案率 and 未结案率: the negation names the same act, perhaps shortened.
                negation = len(other_stem) > 1 and other_stem[0] in "不未" and stem[0] not in "不未"
                if other is rate or not negation or not stem.endswith(other_stem[1:]):
                    continue
                out.append(
                    Suggestion(
                        NAME,
                        f"{rate.id}-complements-{other.id}",
                        f"{rate.id} + {other.id} == 100%",
                        f"{rate.label}{rate.text}与{other.label}{other.text}之和应为100%",
                        (rate, other),
                    )
                )
    return out


def _rate_stem(label: str) -> str:
    match = re.search(r"([不未]?[\u4e00-\u9fff]{1,3})率$", label)
    return match.group(1) if match else ""
