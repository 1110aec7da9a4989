"""flow: cases received, concluded and pending.

In one sentence, ``受理 N ... 审结/办结 M``: concluded should not exceed received (a warning: cases left over
from the year before can be concluded too).  With ``未结 K`` also stated: ``K == 旧存 + N - M`` when the cases
carried over (旧存) are stated too (error), else ``K == N - M`` as a warning, since the pending cases may
include the ones carried over (none when K is more than N: then it must hold cases carried over).  A 受理
total that holds the cases carried over is used as it is; a report that divides what it received into 新收 and
旧存 holds each concluded figure within the received one just before it (never within the new cases alone), and
gives pending as received (a sentence before) less concluded (a warning).  Two
decisions on what was received (批准逮捕 and 不批准逮捕, 起诉 and 不起诉) add up to no more than it (a
warning).  Still being handled (``正在办理中``, ``办理中``, ``结转下年度继续办理``) is pending, and ``处理完毕``
concluded: a 12345 hotline's
``共受理诉求180.00万件,办结150.25万件,正在办理中29.75万件``.  English: "received N ... concluded M ... pending K",
and the differences a text states:
"receipts exceeded disposals by 228", "1,230 more than receipts", "a net increase of 318" after two
figures (errors), and the stock the same sentence says moved by that difference ("..., so the outstanding
caseload rose to 64,000 from 61,900": ``64,000 - 61,900 == 2,100``, an error).
"""

from __future__ import annotations

import re

from factcheck.extract.links import Links
from factcheck.extract.model import CURRENT, Figure, Model
from factcheck.extract.suggestion import INFERRED, STATED, Suggestion, say

NAME = "flow"
_RECEIVED = ("受理", "收案", "新收", "收到", "received", "accepted", "filed")
_CONCLUDED = (
    "审执结", "审结", "办结", "结案", "执结", "处理完毕", "办理完毕", "concluded", "closed", "resolved", "disposed"
)  # fmt: skip
# 12345热线共受理诉求180.00万件，办结150.25万件，正在办理中29.75万件: what is still being handled is pending
# 结转下年度继续办理15件 (政府信息公开 reports): carried forward to next year, so pending; 上年结转 is carried in
_FORWARD = ("结转下年", "结转至下年", "转入下年", "结转到下年")
_PENDING = ("未结", "尚未审结", "未办结", "待结", "办理中", "正在办理", "处理中", *_FORWARD, "pending", "outstanding")
_CARRIED = ("旧存", "结转", "上年未结", "carried over", "brought forward")


def _with(figures: list[Figure], words: tuple[str, ...], exclude: tuple[str, ...] = ()) -> list[Figure]:
    return [f for f in figures if any(w in f.label for w in words) and not any(w in f.label for w in exclude)]


def _received_holds_carried(links: Links) -> bool:
    """Whether the report divides a received total into the cases new this period (新收) and those carried over
    (旧存): its 受理 then holds the carried cases, so what is concluded stays within what is received."""
    for breakdown in links.breakdowns:
        labels = [p.label for p in breakdown.parts]
        if (
            any(w in breakdown.total.label for w in ("受理", "收案"))
            and any("新收" in label for label in labels)
            and any("旧存" in label for label in labels)
        ):
            return True
    return False


def _pending_of_the_paragraph(model: Model, m: Figure, k: Figure) -> list[Suggestion]:
    """``全院共受理各类案件21346件…。其中，新收…，旧存…。审执结18573件…；未结案件2773件``: with what is received
    (new and carried over together) in an earlier sentence of the paragraph, pending is received less concluded
    (a warning: the received figure is found by its word)."""
    if k.unit != m.unit or k.start < m.start:
        return []
    earlier = [
        f
        for f in model.in_block(m)
        if f.start < m.sentence[0]
        and f.role == CURRENT
        and f.is_amount
        and not f.aside
        and f.unit == m.unit
        and any(w in f.label for w in ("受理", "收案"))
    ]
    if len(earlier) != 1 or earlier[0].quantity.value * earlier[0].scale <= m.quantity.value * m.scale:
        return []
    n = earlier[0]
    return [
        Suggestion(
            NAME,
            f"{k.id}-is-received-minus-concluded",
            f"{k.ref} == {n.ref} - {m.ref}",
            say(
                model.language,
                f"未结{k.text}应等于受理{n.text}减去结案{m.text}(受理数见前句,故仅作提示)",
                f"{k.text} pending is {n.text} received - {m.text} concluded (received named a sentence before, "
                "so only a warning)",
            ),
            (n, m, k),
            severity=INFERRED,
        )
    ]


def find(model: Model, links: Links) -> list[Suggestion]:
    out: list[Suggestion] = []
    language = model.language
    # 审结32549件(含上年旧存案件,下同): once a report says its concluded cases hold those carried over, a
    # concluded figure above the received one is what it says, not a slip
    carried_in = model.text.find("旧存")
    # 受理21346件，其中新收19812件，旧存1534件: what the report calls received holds what was carried over, so
    # what is concluded stays within it (never within the new cases alone)
    received_whole = model.language == "zh" and _received_holds_carried(links)
    pending_done: set[int] = set()
    for sentence_figures in model.sentences.values():
        figures = [f for f in sentence_figures if f.role == CURRENT and f.is_amount and not f.aside][:48]
        if not figures or figures[0].duplicate:
            continue
        carried = _with(figures, _CARRIED, exclude=_FORWARD)
        received = [f for f in _with(figures, _RECEIVED, exclude=_PENDING) if f not in carried]
        pending = [f for f in _with(figures, _PENDING) if f not in carried]
        concluded = [f for f in _with(figures, _CONCLUDED, exclude=_PENDING + _RECEIVED) if f not in carried]
        if not received and concluded and pending and received_whole:
            out.extend(_pending_of_the_paragraph(model, concluded[0], pending[0]))
            continue
        if not received or not concluded:
            continue
        new = [f for f in received if any(w in f.label for w in ("新收", "newly", "new "))]
        whole = [f for f in received if f not in new]
        if whole:
            received, carried = whole, []  # 共受理 already holds the cases carried over: never add them twice
        elif carried and new:
            received = new  # 旧存 + 新收: with the cases carried over, the flow is of the new ones
        # the cases carried over named before: what was concluded may hold them, so no "within" warning
        holds_carried = 0 <= carried_in < figures[0].start and not (received_whole and not new)
        for other in concluded[1:] if not holds_carried else []:
            # 受理审查起诉案件4180件5620人,审结3960件5310人: each concluded figure within the received one of its unit
            # (市中级法院受理…审结…；城东区法院受理…审结…: the one received just before it, its own court's)
            base = next((f for f in reversed(received) if f.unit == other.unit and f.start < other.start), None)
            if base is not None and base is not other:
                out.append(
                    Suggestion(
                        NAME,
                        f"{other.id}-within-{base.id}",
                        f"{other.ref} <= {base.ref}",
                        say(
                            language,
                            f"结案{other.text}通常不超过受理{base.text}(旧存案件也可能结案,故仅作提示)",
                            f"{other.text} concluded is usually no more than {base.text} received",
                        ),
                        (base, other),
                        severity=INFERRED,
                    )
                )
        n, m = received[0], concluded[0]
        if n is m or n.unit != m.unit or m.start < n.start:
            continue
        out.extend(
            []
            if holds_carried
            else [
                Suggestion(
                    NAME,
                    f"{m.id}-within-{n.id}",
                    f"{m.ref} <= {n.ref}",
                    say(
                        language,
                        f"结案{m.text}通常不超过受理{n.text}(旧存案件也可能结案,故仅作提示)",
                        f"{m.text} concluded is usually no more than {n.text} received (cases carried over may be "
                        "concluded too, so only a warning)",
                    ),
                    (n, m),
                    severity=INFERRED,
                )
            ]
        )
        if pending and pending[0].unit == n.unit:
            k = pending[0]
            old = carried[0] if carried and carried[0].unit == n.unit else None
            if old is None and k.quantity.value * k.scale > n.quantity.value * n.scale:
                pass  # 38,215 outstanding after 11,842 received: more than came in, so it holds cases carried over
            elif old is not None:
                out.append(
                    Suggestion(
                        NAME,
                        f"{k.id}-is-carried-plus-received-minus-concluded",
                        f"{k.ref} == {old.ref} + {n.ref} - {m.ref}",
                        say(
                            language,
                            f"未结{k.text}应等于旧存{old.text}加受理{n.text}减去结案{m.text}",
                            f"{k.text} pending is {old.text} carried over + {n.text} received - {m.text} concluded",
                        ),
                        (old, n, m, k),
                        severity=STATED,
                    )
                )
            else:
                out.append(
                    Suggestion(
                        NAME,
                        f"{k.id}-is-received-minus-concluded",
                        f"{k.ref} == {n.ref} - {m.ref}",
                        say(
                            language,
                            f"未结{k.text}应等于受理{n.text}减去结案{m.text}(未结可能含旧存案件,故仅作提示)",
                            f"{k.text} pending is {n.text} received - {m.text} concluded (pending may include "
                            "cases carried over, so only a warning)",
                        ),
                        (n, m, k),
                        severity=INFERRED,
                    )
                )
        if pending:
            pending_done.add(pending[0].number)
    out.extend(_decisions(model, links))
    out.extend(_differences(model))
    totals_of = {part.number: b.total for b in links.breakdowns for part in b.parts}
    out.extend(_pending_in_paragraph(model, pending_done, totals_of))
    return out


def _pending_in_paragraph(model: Model, done: set[int], totals_of: dict[int, Figure]) -> list[Suggestion]:
    """全市法院共收各类案件32146件(不含上年旧存2853件)...审结32549件(含上年旧存案件)...尚有未结案件2450件: the
    pending cases of a paragraph are those carried over (an aside may give them) + received - concluded,
    when each is stated once in it (a warning: the paragraph, not one sentence, says so).  Received cases
    broken down by court are the total's, never its first part's."""
    out: list[Suggestion] = []
    for figures in model.blocks():
        if not figures or figures[0].duplicate:
            continue
        amounts = [f for f in figures if f.role == CURRENT and f.is_amount][:64]
        pending = [f for f in amounts if not f.aside and any(w in f.label for w in _PENDING)]
        if len(pending) != 1 or pending[0].number in done:
            continue
        k = pending[0]
        before = [f for f in amounts if f.start < k.start and f.unit == k.unit]
        carried = [f for f in before if any(w in f.label or w in model.before(f, f.clause, 8) for w in _CARRIED)]
        received = [
            f for f in before if not f.aside and f not in carried and any(w in f.label for w in (*_RECEIVED, "收"))
        ]
        concluded = [
            f
            for f in before
            if not f.aside and f not in carried and f not in received and any(w in f.label for w in _CONCLUDED)
        ]
        if len(carried) > 1 or not received or not concluded:
            continue
        n, m = received[0], concluded[0]
        whole = totals_of.get(n.number)
        if whole is not None and whole in before and whole not in carried:
            n = whole  # 共收各类案件321146件…其中，基层法院收案271997件: the cases received are the total's
        if m.start < n.start:
            continue
        old = carried[0] if carried else None
        check = f"{k.ref} == {old.ref} + {n.ref} - {m.ref}" if old is not None else f"{k.ref} == {n.ref} - {m.ref}"
        words = f"旧存{old.text}加" if old is not None else ""
        out.append(
            Suggestion(
                NAME,
                f"{k.id}-is-left-of-{n.id}",
                check,
                say(
                    model.language,
                    f"未结{k.text}应等于{words}受理{n.text}减去结案{m.text}(据同段数字推断,故仅作提示)",
                    f"{k.text} pending should be {n.text} received - {m.text} concluded (from one paragraph, so "
                    "only a warning)",
                ),
                tuple(f for f in (old, n, m, k) if f is not None),
                severity=INFERRED,
            )
        )
    return out


def _stem_figure(model: Model, figure: Figure, word: str) -> Figure | None:
    """The nearest earlier figure, in this paragraph or the one before, whose label holds ``word``'s stem."""
    stem = word.lower()[:5]
    for candidate in reversed(model.figures[max(0, figure.number - 120) : figure.number]):
        usable = candidate.start < figure.start and candidate.is_amount and candidate.role == CURRENT
        if usable and candidate is not figure and any(w[:5] == stem for w in candidate.label.lower().split()):
            return candidate
    return None


def _differences(model: Model) -> list[Suggestion]:
    """Differences a text states: "receipts exceeded disposals by 228", "29,870, 1,230 more than receipts",
    "joiners numbered 1,204 and leavers 886, a net increase of 318"."""
    if model.language != "en":
        return []
    out: list[Suggestion] = []
    text = model.text
    for figure in model.figures:
        if figure.duplicate or figure.aside or not figure.is_amount:
            continue
        before = model.before(figure, figure.sentence, 60).lower()
        after = model.after(figure, figure.sentence, 40).lower()
        pair: tuple[Figure, Figure] | None = None
        exceeded = re.search(r"([a-z]+) exceeded ([a-z]+) by\s*$", before)
        more = re.match(r"\s*(?:[a-z]+\s+)?(more|fewer) than ([a-z]+)", after)
        net = re.search(r"\bnet (?:increase|gain|rise|change) of\s*$", before)
        than, whole, direction = _than_aside(model, figure)
        if exceeded:
            a, b = _stem_figure(model, figure, exceeded.group(1)), _stem_figure(model, figure, exceeded.group(2))
            pair = (a, b) if a is not None and b is not None else None
            out.extend(_so_stock_moved(model, figure))
        elif than is not None and whole is not None:
            pair = (whole, than) if direction > 0 else (than, whole)
        elif more and figure.owner is not None:
            other = _stem_figure(model, figure, more.group(2))
            if other is not None:
                pair = (figure.owner, other) if more.group(1) == "more" else (other, figure.owner)
        elif net:
            amounts = [f for f in model.near_in_sentence(figure, 6) if f.is_amount and f.end <= figure.start]
            pair = (amounts[-2], amounts[-1]) if len(amounts) >= 2 else None
        if pair is None or pair[0] is pair[1] or figure in pair:
            continue
        a, b = pair
        out.append(
            Suggestion(
                NAME,
                f"{figure.id}-is-{a.id}-minus-{b.id}",
                f"{a.ref} - {b.ref} == {figure.ref}",
                f"{a.text} - {b.text} should be {figure.text}, as the text says",
                (a, b, figure),
                severity=STATED,
            )
        )
    del text
    return out


_SO_MOVED = re.compile(
    r"[\s,]*(?:and\s+)?(?:so|thus|therefore|meaning|which meant)\b[^;()\d]{0,60}?\b(rose|increased|grew|went up|fell|"
    r"decreased|dropped|went down)\s+to\s*$",
    re.IGNORECASE,
)


def _so_stock_moved(model: Model, difference: Figure) -> list[Suggestion]:
    """ "Receipts exceeded disposals by 2,100, so the outstanding caseload rose to 64,000 from 61,900": the
    stock the sentence says moved by the difference moved by exactly that much."""
    following = [f for f in model.in_sentence(difference) if f.start > difference.end and not f.aside][:2]
    if len(following) != 2 or not all(f.is_amount for f in following):
        return []
    now, before = following
    moved = _SO_MOVED.match(model.between(difference, now))
    if moved is None or not re.fullmatch(r"\s*from\s*", model.between(now, before)):
        return []
    up = moved.group(1).lower() in ("rose", "increased", "grew", "went up")
    a, b = (now, before) if up else (before, now)
    return [
        Suggestion(
            NAME,
            f"{difference.id}-moved-{now.id}",
            f"{a.ref} - {b.ref} == {difference.ref}",
            f"from {before.text} to {now.text} is the {difference.text} the text says",
            (before, now, difference),
            severity=STATED,
        )
    ]


_THAN_ASIDE = re.compile(r"\s*(?:[a-z]+\s+)?(more|fewer|less)\s+than\s+[^()\d;]{2,60}\(\s*$", re.IGNORECASE)


def _than_aside(model: Model, figure: Figure) -> tuple[Figure | None, Figure | None, int]:
    """ "admitted 17,350 persons, which was 910 more than they released that year (16,440)": the figure in
    parentheses after "than", the figure the difference is of (the change's own, else the sentence's
    amount before it) and the direction; (None, None, 0) when the sentence says no such thing."""
    figures = model.in_sentence(figure)
    after = figures[figure.at_sentence + 1] if figure.at_sentence + 1 < len(figures) else None
    if after is None or not after.aside or not after.is_amount:
        return None, None, 0
    match = _THAN_ASIDE.fullmatch(model.between(figure, after))
    if match is None:
        return None, None, 0
    whole = figure.owner
    if whole is None or whole.aside:
        whole = next(
            (f for f in reversed(figures[: figure.at_sentence]) if f.role == CURRENT and f.is_amount and not f.aside),
            None,
        )
    if whole is None or (whole.unit not in (after.unit, None) and after.unit is not None):
        return None, None, 0
    return after, whole, 1 if match.group(1).lower() == "more" else -1


_DECISIONS = (("批准逮捕", "不批准逮捕"), ("逮捕", "不捕"), ("起诉", "不起诉"), ("charged", "not charged"))


def _decisions(model: Model, links: Links) -> list[Suggestion]:
    """受理审查逮捕3268人,批准逮捕2174人、不批准逮捕1094人: the two decisions are within what was reviewed,
    never within one kind of it (其中...经济犯罪受理4人 is a part of the 50 received)."""
    out: list[Suggestion] = []
    parts = {id(part) for breakdown in links.breakdowns for part in breakdown.parts}
    for sentence_figures in model.sentences.values():
        figures = [f for f in sentence_figures if f.role == CURRENT and f.is_amount and not f.aside][:48]
        if len(figures) < 2 or figures[0].duplicate:
            continue
        context = [
            f for f in model.previous_sentence(sentence_figures[0]) if f.role == CURRENT and f.is_amount and not f.aside
        ]
        for yes_word, no_word in _DECISIONS:
            no = [f for f in figures if no_word in f.label]
            acts = (yes_word, "公诉") if yes_word == "起诉" else (yes_word,)
            yes = [
                f
                for f in figures
                if any(w in f.label for w in acts) and f not in no and not re.search(r"受理|审查起诉|移送", f.label)
            ]
            if not no or not yes:
                continue
            a, n = yes[0], no[0]
            base = [f for f in context + figures if f.start < min(a.start, n.start) and f.unit == a.unit == n.unit]
            base = [
                f
                for f in base
                if any(w in f.label for w in (*_RECEIVED, "审查", "审结", "reviewed")) and id(f) not in parts
            ]
            if not base:
                continue
            total = base[-1]
            out.append(
                Suggestion(
                    NAME,
                    f"{a.id}-and-{n.id}-within-{total.id}",
                    f"{a.ref} + {n.ref} <= {total.ref}",
                    say(
                        model.language,
                        f"{a.text}与{n.text}两种决定之和不应超过受理的{total.text}",
                        f"{a.text} and {n.text} decided cannot exceed the {total.text} received",
                    ),
                    (total, a, n),
                    severity=INFERRED,
                )
            )
            break
    return out
