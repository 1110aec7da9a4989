"""subset: a part never exceeds what it is a part of, even when the text lists no breakdown.

- Nested bounds: ``亿元以上项目128个`` and ``10亿元以上项目23个`` (the same class above a higher bound):
  ``23个 <= 128个``; below a bound the other way round (``5人以下`` within ``10人以下``).  An error: the
  bounds say so.
- Kinds of one thing: a count whose label is the other's with a qualifier before it (``较大事故`` within
  ``事故``, ``一审刑事案件`` within ``刑事案件``, "serious violent victimizations" within "violent
  victimizations"), and ``重伤``/``轻伤`` within ``受伤``: a warning, in one paragraph and one scope.

Only counts of one unit and one scope (period, place, subject) are compared; parts already in a breakdown
of that total are the ``total-parts`` pattern's.
"""

from __future__ import annotations

import re

from factcheck.extract.links import Links, nested_bound
from factcheck.extract.model import CURRENT, Figure, Model
from factcheck.extract.suggestion import INFERRED, STATED, Suggestion, say

NAME = "subset"

_BOUND_ZH = re.compile(
    r"^(?P<bound>[\d.]+)?(?P<unit>[万亿千百]?[\u4e00-\u9fff]{0,3}?)(?P<side>(?:及)?以上|(?:及)?以下)(?P<rest>.+)$"
)
_QUALIFIERS_ZH = (
    "较大",
    "重大",
    "特大",
    "重特大",
    "一般",
    "亡人",
    "一审",
    "二审",
    "严重",
    "恶性",
    "重点",
    "新增",
    "当年",
)
_QUALIFIERS_EN = frozenset("serious major minor fatal violent non-fatal first new".split())
_KINDS_ZH = (("重伤", "受伤"), ("轻伤", "受伤"), ("死亡", "伤亡"), ("受伤", "伤亡"))


def find(model: Model, links: Links) -> list[Suggestion]:
    out: list[Suggestion] = []
    broken_down = {(b.total.number, p.number) for b in links.breakdowns for p in b.parts}
    english = model.language == "en"
    for figures in model.blocks():
        if not figures or figures[0].duplicate:
            continue
        counts = [f for f in figures if f.role == CURRENT and f.is_amount and not f.aside and not f.in_table][:48]
        seen: set[tuple[int, int]] = set()
        for part in counts:
            for whole in counts:
                if whole is part or whole.unit != part.unit or whole.scope != part.scope:
                    continue
                pair = (whole.number, part.number)
                if pair in broken_down or pair in seen:
                    continue
                kind = "bound" if not english and nested_bound(part.label, whole.label) else ""
                if not kind:
                    kind = _kind_of(part.label, whole.label, english)
                if not kind:
                    continue
                seen.add(pair)
                out.append(_rule(model, part, whole, STATED if kind == "bound" else INFERRED))
    return out


def _rule(model: Model, part: Figure, whole: Figure, severity: str) -> Suggestion:
    return Suggestion(
        NAME,
        f"{part.id}-within-{whole.id}",
        f"{part.ref} <= {whole.ref}",
        say(
            model.language,
            f"{part.label}{part.text}是{whole.label}{whole.text}的一部分,不应超过它",
            f"{part.text} {part.label} are among the {whole.text} {whole.label}, so cannot exceed them",
        ),
        (whole, part),
        severity=severity,
    )


def _kind_of(part: str, whole: str, english: bool) -> str:
    """'kind' when ``part`` names a kind of ``whole`` (较大事故 of 事故, 重伤 of 受伤)."""
    if english:
        words, base = part.lower().split(), whole.lower().split()
        extra = words[: len(words) - len(base)]
        if len(base) >= 2 and words[len(extra) :] == base and extra and set(extra) <= _QUALIFIERS_EN:
            return "kind"
        return ""
    for qualifier in _QUALIFIERS_ZH:
        # 较大事故 of 事故, 发生较大道路交通事故 of 发生道路交通事故
        if len(whole) >= 2 and qualifier in part and part.replace(qualifier, "", 1) == whole:
            return "kind"
    for sub, sup in _KINDS_ZH:
        if part.endswith(sub) and whole.endswith(sup) and part[: -len(sub)] in ("", whole[: -len(sup)]):
            return "kind"
    return ""


__all__ = ["NAME", "find"]
