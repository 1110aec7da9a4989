"""multiple: a figure and the earlier figure it is stated to be a multiple of.

- ``新能源汽车零售额96.3亿元,增长41.7%,是2022年同期30.1亿元的3.2倍``, ``被提起行政诉讼11件,是上年5件的2.2倍``,
  ``相当于2020年1674万人次的2.3倍``: the figure its sentence names before ``是``/``为``/``相当于`` (the nearest one
  in the base's unit, with no ``；`` between) over the base is the multiple, within a twentieth of it, as reports
  round a multiple (an error: the sentence states it).  A base is an amount: ``五年来...是前五年的1.8倍`` compares
  two periods.  The base is of another period than the sentence's change, so it is never the figure's previous
  value (``增长41.7%`` is against last year, not against 2022).
- ``出口额是进口额的4.4倍``, ``是山区五县的3.1倍,山区五县实现税收27.6亿元``, ``是2020年末的1.7倍,2020年末为238家``,
  ``是总量最小的柳溪镇(21.8亿元)的4.4倍``: a base named rather than written before 的N倍 is the paragraph's one
  figure of that name in the figure's unit, the figure a period opens just after the multiple, or the figure in
  the aside; the figure is the one the clause's subject names (else the nearest amount before it).  An error in
  one sentence, a warning across sentences; ``是上年同期的1.5倍`` with no value of that period proposes nothing.
- ``受理63.8万件，审执结60.9万件，结案标的额2156.3亿元，分别是上一个五年的1.31倍、1.33倍和1.52倍（上一个五年分别为
  48.7万件、45.8万件、1418.6亿元）``: the i-th amount before 分别 over the i-th value of the aside, each pair in one
  unit, is the i-th multiple (an error).
"""

from __future__ import annotations

import re

from factcheck.extract.links import Links
from factcheck.extract.model import AVERAGE, BASE, CURRENT, PREVIOUS, Figure, Model
from factcheck.extract.suggestion import INFERRED, STATED, Suggestion, say

NAME = "multiple"

_LIST_END = re.compile("[；;]")


def find(model: Model, links: Links) -> list[Suggestion]:
    out: list[Suggestion] = [*_named_multiples(model), *_respective_multiples(model)] if model.language == "zh" else []
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


_RESPECTIVE_ZH = re.compile(r"^\s*分别(?:是|为|相当于)[^，,；;。\d（）()]{0,16}的$")
_BASES_ASIDE_ZH = re.compile(r"^\s*[（(][^（）()\d]{0,12}分别(?:为|是)")


def _respective_multiples(model: Model) -> list[Suggestion]:
    """``受理案件63.8万件，审执结60.9万件，结案标的额2156.3亿元，分别是上一个五年的1.31倍、1.33倍和1.52倍（上一个
    五年分别为48.7万件、45.8万件、1418.6亿元）``: the i-th amount before 分别 over the i-th in the aside is the
    i-th multiple, each pair in one unit (within a twentieth, as reports round a multiple; an error: one sentence
    states all of it)."""
    out: list[Suggestion] = []
    for first in model.figures:
        if first.unit != "倍" or first.duplicate or first.aside:
            continue
        sentence = model.in_sentence(first)
        if not _RESPECTIVE_ZH.search(model.text[first.clause[0] : first.start]):
            continue
        times = [f for f in sentence if f.start >= first.start and f.unit == "倍" and not f.aside]
        after = times[-1]
        currents = [
            f for f in sentence if f.end <= first.start and f.clause != first.clause and not f.aside and f.is_amount
        ][-len(times) :]
        units = {c.unit for c in currents}
        # （上一个五年分别为48.7万件…）: the period the aside names is no base
        bases = [f for f in sentence if f.start > after.end and f.aside and f.is_amount and f.unit in units]
        if not bases or not _BASES_ASIDE_ZH.match(model.text[after.end : after.end + 16]):
            continue
        bases = bases[: len(times)]
        if len(times) < 2 or len(bases) != len(times) or len(currents) != len(times):
            continue
        if any(c.unit != b.unit for c, b in zip(currents, bases, strict=True)):
            continue
        for current, base, multiple in zip(currents, bases, times, strict=True):
            out.append(
                Suggestion(
                    NAME,
                    f"{current.id}-multiple-of-base",
                    f"abs({current.ref} / {base.ref} - {multiple.ref}) <= 0.05 * {multiple.ref}",
                    f"{current.text}应为{base.text}的{multiple.text}",
                    (current, base, multiple),
                    severity=STATED,
                )
            )
    return out


# 出港件是进港件的2.6倍, 是山区八市的3.8倍, 是上年的1.8倍, 是总量最小的白鹭县（72.4亿元）的4.4倍: what the figure is a
# multiple of, named (by a label, a period, or with its figure in an aside) rather than written as a figure
_NAMED_BASE_ZH = re.compile(
    r"(?:^|[，,：:])\s*([\u4e00-\u9fff“”]{0,16}?)(?:是|为|相当于)((?:(?:19|20)\d{2}年)?[^，,；;。\d（）()]{0,16}?)(（[^（）]{1,24}）)?的$"
)
_PERIOD_NAME_ZH = re.compile(r"^(?:上年同期|去年同期|上年|去年|上年末|去年末|(?:19|20)\d{2}年(?:末|底|同期)?)$")


def _named_multiples(model: Model) -> list[Suggestion]:
    """``出口35.1亿元,进口7.5亿元,出口额是进口额的4.7倍``: the figure the clause's subject names (else the nearest
    amount before it in its sentence) over the figure the name after 是 names: the one so labelled in the
    paragraph, in the figure's unit; a period (``是上年的1.8倍,上年为6.91万件``) the figure after the multiple
    that the period opens; a figure in an aside before 的 (``白鹭县(72.4亿元)的4.4倍``) that figure.  Within a
    twentieth of the multiple (reports round one); an error when all three stand in one sentence."""
    out: list[Suggestion] = []
    for times in model.figures:
        if times.unit != "倍" or times.duplicate or times.aside or times.text.startswith("翻"):
            continue
        head = model.text[times.clause[0] : times.start]
        match = _NAMED_BASE_ZH.search(head)
        if match is None:
            continue
        subject, name, aside = match.group(1).strip("“”"), match.group(2), match.group(3)
        name_at = times.clause[0] + match.start(2)
        sentence = model.in_sentence(times)
        before = [f for f in sentence if f.end <= times.start and f.is_amount and f.unit not in ("倍", "%")]
        # 外出农民工月均收入是本地农民工的1.28倍: averages are compared as amounts are
        block = [
            f
            for f in model.in_block(times)
            if f.is_amount and f.unit not in ("倍", "%") and f.role in (CURRENT, AVERAGE)
        ]
        if len(subject) >= 2:
            named = [f for f in block if not f.aside and f.end <= times.start and _names(subject, f.label)]
            current = named[-1] if named else None
        else:
            plain = [f for f in before if not f.aside and f.start < name_at]
            current = plain[-1] if plain and not _LIST_END.search(model.between(plain[-1], times)) else None
        if current is None or current.role not in (CURRENT, AVERAGE):
            continue
        base = _named_base(model, times, current, name, aside is not None, sentence, block)
        if base is None:
            continue
        together = current.sentence == base.sentence == times.sentence
        out.append(
            Suggestion(
                NAME,
                f"{current.id}-multiple-of-named",
                f"abs({current.ref} / {base.ref} - {times.ref}) <= 0.05 * {times.ref}",
                f"{current.text}应为{base.text}的{times.text}",
                (current, base, times),
                severity=STATED if together else INFERRED,
            )
        )
    return out


def _named_base(
    model: Model, times: Figure, current: Figure, name: str, aside: bool, sentence: list[Figure], block: list[Figure]
) -> Figure | None:
    if aside:
        inside = [f for f in sentence if f.aside and f.end <= times.start and f.start > current.end]
        return inside[-1] if inside and inside[-1].unit == current.unit else None
    if _PERIOD_NAME_ZH.match(name):
        after = [f for f in sentence if f.start > times.end]
        if not after or after[0].unit != current.unit:
            return None
        head = re.split(r"[，,；;：:（(]", model.text[after[0].clause[0] : after[0].start])[-1].strip()
        return after[0] if head.startswith(name) or (after[0].role == PREVIOUS and head.startswith(name[:2])) else None
    if len(name) < 2:
        return None
    named = [f for f in block if f is not current and f.unit == current.unit and not f.aside and _names(name, f.label)]
    return named[0] if len(named) == 1 else None


def _names(name: str, label: str) -> bool:
    """Whether a name (出口额, 山区八市, 进港件) names a figure's label (出口, 山区八市实际使用外资, 进港件)."""
    if len(label) < 2:
        return False
    return name.startswith(label) or label.startswith(name) or label.endswith(name)
