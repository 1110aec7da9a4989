"""flow: cases received, concluded and pending.

In one sentence, ``受理 N ... 审结/办结 M``: concluded should not exceed received (a warning: cases left over
from the year before can be concluded too).  With ``未结 K`` also stated: ``K == 旧存 + N - M`` when the cases
carried over (旧存) are stated too (error), else ``K == N - M`` as a warning, since the pending cases may
include the ones carried over.  English: "received N ... concluded M ... pending K".
"""

from __future__ import annotations

from factcheck.extract.document import Document, Figure
from factcheck.extract.suggestion import Suggestion, is_percent, same_measure

NAME = "flow"
_RECEIVED = ("受理", "收案", "新收", "received", "accepted", "filed")
_CONCLUDED = ("审执结", "审结", "办结", "结案", "执结", "concluded", "closed", "resolved")
_PENDING = ("未结", "尚未审结", "未办结", "待结", "pending", "outstanding")
_CARRIED = ("旧存", "结转", "上年未结", "carried over", "brought forward")


def _with(figures: list[Figure], words: tuple[str, ...], exclude: tuple[str, ...] = ()) -> list[Figure]:
    return [f for f in figures if any(w in f.label for w in words) and not any(w in f.label for w in exclude)]


def find(document: Document) -> list[Suggestion]:
    out: list[Suggestion] = []
    for sentence_figures in document.sentences.values():
        figures = [f for f in sentence_figures if not is_percent(f)]
        carried = _with(figures, _CARRIED)
        received = [f for f in _with(figures, _RECEIVED) if f not in carried]
        pending = [f for f in _with(figures, _PENDING) if f not in carried]
        concluded = _with(figures, _CONCLUDED, exclude=_PENDING)
        if not received or not concluded:
            continue
        n, m = received[0], concluded[0]
        if n is m or not same_measure(n, m) or m.start < n.start:
            continue
        out.append(
            Suggestion(
                NAME,
                f"{m.id}-within-{n.id}",
                f"{m.id} <= {n.id}",
                f"结案{m.text}通常不超过受理{n.text}(旧存案件也可能结案,故仅作提示)",
                (n, m),
                severity="warning",
            )
        )
        if pending and same_measure(pending[0], n):
            k = pending[0]
            old = carried[0] if carried and same_measure(carried[0], n) else None
            if old is not None:
                out.append(
                    Suggestion(
                        NAME,
                        f"{k.id}-is-carried-plus-received-minus-concluded",
                        f"{k.id} == {old.id} + {n.id} - {m.id}",
                        f"未结{k.text}应等于旧存{old.text}加受理{n.text}减去结案{m.text}",
                        (old, n, m, k),
                    )
                )
            else:
                out.append(
                    Suggestion(
                        NAME,
                        f"{k.id}-is-received-minus-concluded",
                        f"{k.id} == {n.id} - {m.id}",
                        f"未结{k.text}应等于受理{n.text}减去结案{m.text}(未结可能含旧存案件,故仅作提示)",
                        (n, m, k),
                        severity="warning",
                    )
                )
    return out
