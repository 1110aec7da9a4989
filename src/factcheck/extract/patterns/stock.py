"""stock-flow: what is held at the end is what was held at the start, plus what came in, less what went out.

- ``年初在册社区矫正对象1317人，全年新接收682人，解除矫正715人，年末在册1284人`` (one sentence, one unit): ``1317 + 682
  - 715 == 1284``; "a caseload of 61,240 at the start of the year, 24,100 receipts, 18,590 disposals and
  66,750 outstanding at the end" likewise;
- "Receipts rose ... to 318,400, while disposals fell ... to 301,900. As a result, the outstanding caseload
  grew by 16,500": ``318,400 - 301,900 == 16,500`` (receipts in, disposals out, the backlog's change);
  ``在押人员比年初增加120人`` with 收押 and 释放 in its paragraph likewise; "received 118,400 cases ... disposed of
  111,200 ... the outstanding caseload rose to 78,300 from 71,100" (its own paragraph only): ``118,400 - 111,200
  == 78,300 - 71,100``;
- what joined less what left, said by their verbs in one sentence ("4,380 people joined the regular forces and
  5,520 left", "2,140 teachers entered service and 1,880 left", "New incorporations totalled 61,240 ... and
  58,310 companies were dissolved"), is the stated change of the one stock nearby whose words they share
  ("The strength of the regular forces was 41,260 ..., down 1,140 from 42,400": ``4,380 - 5,520 == 41,260 -
  42,400``; "so the register grew by 3,930": ``61,240 - 58,310 == 3,930``).

A warning: transfers, deaths and reopened cases can move a stock too, and a report may leave them out.
(Received, concluded and pending cases of a court are the ``flow`` pattern's.)
"""

from __future__ import annotations

import re

from factcheck.extract.links import Links, same_count
from factcheck.extract.model import CHANGE, CURRENT, PREVIOUS, Figure, Model
from factcheck.extract.suggestion import INFERRED, Suggestion, say

NAME = "stock-flow"

_START = re.compile(
    r"^(?:年初|期初|月初|上年末|年初在册|年初在押|上年结转)|at the (?:start|beginning)|brought forward|opening", re.I
)
_END = re.compile(r"^(?:年末|期末|月末|年底)|at the end|closing|at (?:year-?end|yearend)", re.I)
_IN = re.compile(r"新接收|新收|新增|接收|入矫|收押|收监|receipts|received|admissions|admitted|joiners|new ", re.I)
_OUT = re.compile(r"解除|释放|出矫|出监|注销|终止|disposals|disposed|released|leavers|discharged|closed", re.I)
_BACKLOG = re.compile(r"outstanding|backlog|caseload|pending|open cases|在押|在册|未结|积存", re.I)


def find(model: Model, links: Links) -> list[Suggestion]:
    out: list[Suggestion] = []
    english = model.language == "en"
    for figures in model.sentences.values():
        if figures[0].duplicate:
            continue
        amounts = [f for f in figures if f.role == CURRENT and f.is_amount and not f.aside][:32]
        suggestion = _four(model, amounts, english)
        if suggestion is not None:
            out.append(suggestion)
    for change in model.figures:
        if change.role == CHANGE and not change.duplicate and not change.aside:
            suggestion = _backlog_change(model, change, english)
            if suggestion is not None:
                out.append(suggestion)
        elif english and change.role == PREVIOUS and not change.duplicate and not change.aside:
            suggestion = _backlog_moved(model, change)
            if suggestion is not None:
                out.append(suggestion)
    if english:
        out.extend(_joined_and_left(model))
    return out


def _backlog_moved(model: Model, previous: Figure) -> Suggestion | None:
    """ "received 118,400 cases ... disposed of 111,200 ... the outstanding caseload rose to 78,300 from 71,100": the
    backlog moved by what came in less what went out (a warning, like a stated change of it)."""
    current = previous.owner
    if current is None or current.aside or not _BACKLOG.search(_words(model, current)):
        return None
    if current.sentence != previous.sentence or any(
        f.owner is current and f.role == CHANGE for f in model.near_in_sentence(current, 4)
    ):
        return None  # a stated change is _backlog_change's
    pool = [
        f
        for f in model.near_in_block(current)  # its own paragraph: the one before may be another court's
        if f.role == CURRENT and f.is_amount and not f.aside and f.start < min(current.start, previous.start)
    ]
    ins = [f for f in pool if _IN.search(f.label) and not _BACKLOG.search(f.label)]
    outs = [f for f in pool if _OUT.search(f.label) and not _BACKLOG.search(f.label) and f not in ins]
    if len(ins) != 1 or len(outs) != 1:
        return None
    came, went = ins[0], outs[0]
    if not (same_count(came, went, True) and same_count(came, current, True) and same_count(previous, current, True)):
        return None
    if _QUARTER_FLOWS.search(model.text[came.sentence[0] : current.sentence[1]]) and _YEAR_BEFORE.search(
        model.text[previous.end : previous.end + 30]
    ):
        return None  # "receipts rose ... on the same quarter ... up 12% from 68,660 a year earlier": a quarter's
        # flows against a year's change of the backlog
    return Suggestion(
        NAME,
        f"{current.id}-moved-by-in-minus-out",
        f"{came.ref} - {went.ref} == {current.ref} - {previous.ref}",
        f"{current.text} less {previous.text} should be {came.text} in - {went.text} out (transfers may move it "
        "too, so only a warning)",
        (came, went, previous, current),
        severity=INFERRED,
    )


_QUARTER_FLOWS = re.compile(r"\b(?:quarter|month)\b", re.I)
_YEAR_BEFORE = re.compile(r"^\s*(?:a year earlier|a year ago|the previous year|last year|in the same quarter)", re.I)


def _words(model: Model, figure: Figure) -> str:
    """The figure's label with the words just before it in its clause: 年初在册 ... 1317人, "at the end"."""
    return f"{model.before(figure, figure.clause, 24)} {figure.label}"


def _clause_words(model: Model, figure: Figure) -> str:
    """The words of the figure's clause before it: 年末在册 of 年末在册1284人, "at the end of June"."""
    return model.before(figure, figure.clause, 24).strip(" ，,；;：:")


def _four(model: Model, amounts: list[Figure], english: bool) -> Suggestion | None:
    if len(amounts) < 4:
        return None
    starts = [f for f in amounts if _START.search(f.label) or _START.search(_clause_words(model, f))]
    ends = [f for f in amounts if _END.search(f.label) or _END.search(_clause_words(model, f))]
    if len(starts) != 1 or len(ends) != 1:
        return None
    start, end = starts[0], ends[0]
    middle = [f for f in amounts if start.start < f.start < end.start and same_count(f, start, english)]
    ins = [f for f in middle if _IN.search(_words(model, f))]
    outs = [f for f in middle if _OUT.search(_words(model, f)) and f not in ins]
    if len(ins) != 1 or len(outs) != 1 or not same_count(start, end, english):
        return None
    came, went = ins[0], outs[0]
    return Suggestion(
        NAME,
        f"{end.id}-is-{start.id}-plus-in-minus-out",
        f"{start.ref} + {came.ref} - {went.ref} == {end.ref}",
        say(
            model.language,
            f"期末{end.text}应等于期初{start.text}加{came.text}减{went.text}(可能另有转入转出,故仅作提示)",
            f"{end.text} at the end should be {start.text} + {came.text} - {went.text} (transfers may move it "
            "too, so only a warning)",
        ),
        (start, came, went, end),
        severity=INFERRED,
    )


def _backlog_change(model: Model, change: Figure, english: bool) -> Suggestion | None:
    """A change of a backlog with what came in and what went out in its paragraph (or the one before)."""
    if not _BACKLOG.search(_words(model, change)):
        return None
    pool = [
        f
        for f in model.near_in_context(change, 24)
        if f.role == CURRENT and f.is_amount and not f.aside and f.start < change.start and f is not change.owner
    ]
    ins = [f for f in pool if _IN.search(f.label) and not _BACKLOG.search(f.label)]
    outs = [f for f in pool if _OUT.search(f.label) and not _BACKLOG.search(f.label) and f not in ins]
    if len(ins) != 1 or len(outs) != 1:
        return None
    came, went = ins[0], outs[0]
    if not (same_count(came, went, english) and same_count(came, change, english)):
        return None
    sign = "-" if change.direction < 0 else ""
    return Suggestion(
        NAME,
        f"{change.id}-is-in-minus-out",
        f"{came.ref} - {went.ref} == {sign}{change.ref}",
        say(
            model.language,
            f"增减{change.text}应等于{came.text}减{went.text}(可能另有转入转出,故仅作提示)",
            f"the change of {change.text} should be {came.text} in - {went.text} out (transfers may move it "
            "too, so only a warning)",
        ),
        (came, went, change),
        severity=INFERRED,
    )


# "4,380 people joined the regular forces and 5,520 left", "2,140 teachers entered service and 1,880 left", "New
# incorporations totalled 61,240 and 58,310 companies were dissolved": what came in and what went out, said by
# their verbs, in one sentence
_CAME_EN = re.compile(r"\b(?:joined|joiners|entered|entrants|incorporat\w*|recruited|recruits|arrived|arrivals|started|"
                      r"opened|new)\b", re.I)  # fmt: skip
_WENT_EN = re.compile(r"\b(?:left|leavers|leaving|exited|departed|departures|dissolved|dissolutions|closed|closures|"
                      r"ceased|discharged|removed|struck off)\b", re.I)  # fmt: skip
_NOT_NOUNS_EN = frozenset("people number total year years month months during over were with from that this".split())


def _flow_side(model: Model, figure: Figure, figures: list[Figure], words: re.Pattern[str]) -> bool:
    """Whether the verb of ``figure`` is one of ``words``: the words after it up to the next figure of its
    sentence ("4,380 people joined the regular forces and"), else those before it since the figure before
    ("New incorporations totalled 61,240")."""
    at = figures.index(figure)
    end = figures[at + 1].start if at + 1 < len(figures) else figure.sentence[1]
    start = figures[at - 1].end if at else figure.sentence[0]
    after, before = model.text[figure.end : end], model.text[start : figure.start]
    if _CAME_EN.search(after) or _WENT_EN.search(after):
        return bool(words.search(after))
    return bool(words.search(before))


def _flow_words(model: Model, figure: Figure) -> str:
    """The words of a flow's clause around it: "4,380 people joined the regular forces"."""
    return f"{model.before(figure, figure.clause, 40)} {figure.label} {model.after(figure, figure.clause, 40)}"


def _nouns(text: str) -> set[str]:
    return {w.removesuffix("s") for w in re.findall(r"[a-z][a-z-]{3,}", text.lower())} - _NOT_NOUNS_EN


def _joined_and_left(model: Model) -> list[Suggestion]:
    """A stock's stated change (or its value now and a year before) against what joined it and what left it in
    one sentence, when the two name what the stock counts ("The strength of the regular forces was 41,260, down
    1,140 from 42,400 ... 4,380 people joined the regular forces and 5,520 left": ``4,380 - 5,520 == 41,260 -
    42,400``; a warning: transfers and reclassifications move a stock too)."""
    out: list[Suggestion] = []
    for figures in model.sentences.values():
        if figures[0].duplicate or figures[0].in_table:
            continue
        amounts = [f for f in figures if f.role == CURRENT and f.is_amount and not f.aside and not f.base]
        came = [f for f in amounts if _flow_side(model, f, figures, _CAME_EN)]
        went = [f for f in amounts if _flow_side(model, f, figures, _WENT_EN) and f not in came]
        if len(came) != 1 or len(went) != 1 or not same_count(came[0], went[0], True):
            continue
        flows = f"{_flow_words(model, came[0])} {_flow_words(model, went[0])}"
        said = _nouns(flows)
        nearby = model.figures[max(0, figures[0].number - 40) : figures[-1].number + 10]
        changes = [
            c
            for c in nearby
            if c.role == CHANGE
            and not c.aside
            and c not in figures[: figures.index(came[0])]
            and same_count(c, came[0], True)
            and _nouns((c.owner or c).label) & said
        ]
        if len(changes) != 1:
            continue
        change = changes[0]
        stock = change.owner or change
        previous = next((f for f in nearby if f.role == PREVIOUS and f.owner is stock and not f.aside), None)
        if previous is not None and stock is not change and same_count(previous, stock, True):
            check = f"{came[0].ref} - {went[0].ref} == {stock.ref} - {previous.ref}"
            used: tuple[Figure, ...] = (came[0], went[0], stock, previous)
        else:
            sign = "-" if change.direction < 0 else ""
            check = f"{came[0].ref} - {went[0].ref} == {sign}{change.ref}"
            used = (came[0], went[0], change)
        out.append(
            Suggestion(
                NAME,
                f"{stock.id}-moved-by-joined-minus-left",
                check,
                f"{came[0].text} in - {went[0].text} out should be the change of {stock.text} (transfers may move "
                "it too, so only a warning)",
                used,
                severity=INFERRED,
            )
        )
    return out
