"""Hedges and bounds: the words around a figure that turn its value into an interval (docs/quantities.md, Hedges).

The word lists live in ``definitions``; here they are compiled once into alternations anchored where the word
must stand (just before the figure, or just after it), so finding a hedge costs one regular-expression match and
not a loop over every word.
"""

from __future__ import annotations

import enum
import re
from decimal import Decimal

from factcheck.quantity.definitions import en, zh
from factcheck.quantity.interval import INF, NEG_INF, ZERO, Interval
from factcheck.quantity.lazyre import lazy_compile


class Hedge(enum.Enum):
    """How a hedge word turns the written value V into an interval."""

    APPROX = "approx"  # 约, 左右, about: V +/- k * min(g_a / 2, V / 10)
    NEAR = "near"  # 近, nearly: [V - min(g_a, r * V), V)
    AT_LEAST = "at_least"  # 以上, at least: [V, inf)
    MORE_THAN = "more_than"  # 超过, more than: (V, inf)
    AT_MOST = "at_most"  # 以下, up to: [0, V]
    LESS_THAN = "less_than"  # 不足, under: [0, V)
    MORE = "more"  # 多/余 after a number: [V, V + g)
    RANGE = "range"  # 数十, 上千, 两三百: a range written without a value


BOUNDS = (Hedge.MORE_THAN, Hedge.AT_LEAST, Hedge.AT_MOST, Hedge.LESS_THAN)


def _alternation(words: object) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))  # type: ignore[call-overload]


# Chinese prefix hedges end right before the figure, perhaps with a particle: 超过了80.  Searched in a short
# window that ends at the figure; the leftmost match is the longest word (不小于 before 小于).
# A space may stand inside the word or before the figure (小于 或 等于100, 超过 500人: text from PDFs); the word is
# still the bound, never left unread beside an exact figure.
def _spaced_alternation(words: object) -> str:
    ordered = sorted(words, key=len, reverse=True)  # type: ignore[call-overload]
    return "|".join(" {0,2}".join(map(re.escape, w)) for w in ordered)


def _zh_prefix(spaced: bool) -> re.Pattern[str]:
    words = (w for w in zh.PREFIX_HEDGES if not w.startswith("约") and w != zh.BREAKS)
    return lazy_compile(
        "(?:(?<!["
        + "".join(sorted(zh.NOT_BEFORE_YUE))
        + "])约(?:为|合)?|(?<=["
        + "".join(sorted(zh.BEFORE_BREAKS))
        + "])"
        + zh.BREAKS
        + "|"
        + (_spaced_alternation(words) if spaced else _alternation(words))
        + ")(?:"
        + _alternation(zh.HEDGE_PARTICLES)
        + (")? {0,2}$" if spaced else ")?$")
    )


_ZH_PREFIX = _zh_prefix(spaced=True)
_ZH_PREFIX_COMPACT = _zh_prefix(spaced=False)  # no space near the figure: the plain words, a shorter search
_ZH_PREFIX_COMPACT_WINDOW = max(map(len, zh.PREFIX_HEDGES)) + max(map(len, zh.HEDGE_PARTICLES))
_ZH_PREFIX_WINDOW = 3 * max(map(len, zh.PREFIX_HEDGES)) + max(map(len, zh.HEDGE_PARTICLES)) + 2
# A word needs no letter before it; a sign (>, ≤, ~) may follow a letter: x>10 is more than 10, never exactly 10.
_EN_PREFIX = lazy_compile(
    "((?<![a-z])(?:"
    + _alternation(w for w in en.PREFIX_HEDGES if w[0].isalpha())
    + ")|"
    + _alternation(w for w in en.PREFIX_HEDGES if not w[0].isalpha())
    + r")\s*$"
)
_EN_PREFIX_WINDOW = max(map(len, en.PREFIX_HEDGES)) + 3
_EN_LAST_WORDS = frozenset(w.split()[-1] for w in en.PREFIX_HEDGES if w[-1].isalpha())
# The characters a prefix hedge (with its particle) can end with: most figures need no regex at all.
_LAST_CHARS = frozenset(
    "".join(w[-1] for w in [*zh.PREFIX_HEDGES, *zh.HEDGE_PARTICLES, *en.PREFIX_HEDGES]) + " \t\u00a0"
)
_INCLUSIVE_RE = lazy_compile(r"[（(]不?含[)）]")
_EXCLUSIVE_OF = {"以上": Hedge.MORE_THAN, "以下": Hedge.LESS_THAN}  # with （不含）: the bound leaves the number out
_ISH_RE = lazy_compile(r"-?ish(?![a-z])")
_ZH_SUFFIX = lazy_compile(_alternation(zh.SUFFIX_HEDGES))
_ZH_SUFFIX_FIRST = frozenset(word[0] for word in zh.SUFFIX_HEDGES)
_NUMBER_NEXT = lazy_compile(r"\s*(?:\d|" + _alternation([*en.UNITS, *en.TENS, "than"]) + r")(?![a-z])")
_EN_SUFFIX = lazy_compile(r"\s(" + _alternation(en.SUFFIX_HEDGES) + r")(?![a-z])")
_EN_SUFFIX_FIRST = frozenset(word[0] for word in en.SUFFIX_HEDGES) | frozenset(w[0].upper() for w in en.SUFFIX_HEDGES)


_ZH_SHARE_APPROX = lazy_compile(
    "(?:(?<!["
    + "".join(sorted(zh.NOT_BEFORE_YUE))
    + "])"
    + _alternation(zh.SHARE_APPROX)
    + ")"
    + zh.SHARE_VERB
    + r"(?:了)?(?:[^\d，,。；;：:！？!?\s]{1,16}?的)?(?:比重|比例|份额|比)?(?:为|是|达到|达)?$"
)
_ZH_SHARE_APPROX_WINDOW = 2 + 1 + 1 + 17 + 2 + 2


def share_approx(text: str, end: int) -> Hedge | None:
    """约占全部案件的40%: the share after 占 is approximate when 约 stands before 占 (its text stays ``40%``)."""
    start = max(0, end - _ZH_SHARE_APPROX_WINDOW)
    if zh.SHARE_VERB not in text[start:end]:
        return None
    return Hedge.APPROX if _ZH_SHARE_APPROX.search(text, start, end) else None


def has_han(text: str) -> bool:
    """Whether ``text`` holds a Chinese character.  Han characters are never ASCII; the test is written out, not a
    regex: the class [\u3400-\u9fff] alone takes 1.3 ms to compile, a tenth of a check."""
    return not text.isascii() and any("\u3400" <= char <= "\u9fff" for char in text)


def prefix_hedge(text: str, lower: str, end: int) -> tuple[int, str, Hedge] | None:
    """The hedge word ending at ``end``: (where it starts, the word, its meaning)."""
    if end == 0 or text[end - 1] not in _LAST_CHARS:
        return None
    window_start = max(0, end - _ZH_PREFIX_WINDOW)
    pattern = _ZH_PREFIX
    if " " not in text[window_start:end]:
        window_start = max(0, end - _ZH_PREFIX_COMPACT_WINDOW)  # the common case: no space, a short window
        pattern = _ZH_PREFIX_COMPACT
    # No Chinese character in the window: no Chinese hedge word.
    match = pattern.search(text, window_start, end) if has_han(text[window_start:end]) else None
    if match is not None:
        word = match.group().replace(" ", "")
        for particle in sorted(zh.HEDGE_PARTICLES, key=len, reverse=True):
            bare = word[: -len(particle)]
            if word.endswith(particle) and bare in zh.PREFIX_HEDGES:
                return match.start(), word, Hedge(zh.PREFIX_HEDGES[bare])
        return match.start(), word, Hedge(zh.PREFIX_HEDGES[word])
    window = lower[max(0, end - _EN_PREFIX_WINDOW) : end].rstrip()
    if window[-1:].isalpha() and window.rsplit(None, 1)[-1] not in _EN_LAST_WORDS:
        return None  # the word before the figure ends no English hedge: most figures need no regex at all
    match = _EN_PREFIX.search(lower, max(0, end - _EN_PREFIX_WINDOW), end)
    if match is not None:
        word = match.group(1)
        if word == "~" and lower[match.start() - 1 : match.start()].isdigit():
            return None  # -8~-10℃, 0~-5℃: a tilde right after a number joins a range's ends, never "about"
        if word == "over" and _word_before(lower, match.start()) in en.OVER_GOVERNED_BY:
            return None  # jurisdiction over 1,230,100 persons: a preposition of the noun, no bound
        if word in en.CIRCA_ABBREVIATIONS and (
            not text[match.start()].islower() or lower[match.start() - 1 : match.start()] in (".", "-")
        ):
            return None  # D.C. 20233, Suite C. 200, grade C. 30: an initial or a grade, never circa
        return match.start(), text[match.start() : match.start() + len(word)], Hedge(en.PREFIX_HEDGES[word])
    return None


def _word_before(lower: str, pos: int) -> str:
    """The English word that ends just before ``pos`` (spaces skipped), or ''."""
    head = lower[max(0, pos - 40) : pos].rstrip()
    end = len(head)
    start = end
    while start > 0 and head[start - 1].isalpha():
        start -= 1
    return head[start:end]


def suffix_hedge(text: str, lower: str, pos: int) -> tuple[str, Hedge] | None:
    """The hedge word starting at ``pos`` (以上, 左右, or more): (the text it spans, its meaning)."""
    inclusive = _INCLUSIVE_RE.match(text, pos) if text[pos : pos + 1] in "（(" else None
    at = inclusive.end() if inclusive else pos
    match = _ZH_SUFFIX.match(text, at) if text[at : at + 1] in _ZH_SUFFIX_FIRST else None
    excluded = None
    if match is not None and match.group() in _EXCLUSIVE_OF:
        excluded = inclusive if inclusive is not None and "不" in inclusive.group() else None
        marker = _INCLUSIVE_RE.match(text, match.end()) if text[match.end() : match.end() + 1] in "（(" else None
        if excluded is None and marker is not None and "不" in marker.group():
            excluded = marker
    if excluded is not None and match is not None:
        # 5000万元以下（不含）, 1亿元（不含）以上: the number itself is left out, as 不满 and 超过 leave it out
        return text[pos : max(match.end(), excluded.end())], Hedge(_EXCLUSIVE_OF[match.group()])
    if inclusive is not None and match is not None:
        # 1.5亿元（含）以上: "included" before the bound changes nothing (以上 and 以下 include the number anyway)
        return text[pos : match.end()], Hedge(zh.SUFFIX_HEDGES[match.group()])
    if match is not None:
        word = match.group()
        after = text[match.end() : match.end() + 1]
        if word in ("以下", "以上") and (after in zh.NUMERAL_CHARS or after.isdigit()):
            return None  # 以下三个方面: "the following", not a bound
        return word, Hedge(zh.SUFFIX_HEDGES[word])
    ish = _ISH_RE.match(lower, pos) if lower.startswith(("ish", "-ish"), pos) else None
    if ish is not None:
        return text[pos : ish.end()], Hedge.APPROX  # 360-ish, fortyish: about that many
    following = text[pos + 1 : pos + 2]
    if text[pos : pos + 1] == "+" and not (following.isalnum() or (following and following in "+%‰")):
        return "+", Hedge.AT_LEAST  # 5+ years, 18+: that many or more
    # one space, then a word: most figures have neither, and need no regex
    match = (
        _EN_SUFFIX.match(lower, pos)
        if lower[pos : pos + 1].isspace() and lower[pos + 1 : pos + 2] in _EN_SUFFIX_FIRST
        else None
    )
    if match is not None:
        if _NUMBER_NEXT.match(lower, match.end()):
            return None  # 5 and under 10, 3 or more than 4: the word belongs to the next figure
        return text[pos : match.end()], Hedge(en.SUFFIX_HEDGES[match.group(1)])
    return None


def hedged(
    value: Decimal,
    g_a: Decimal,
    hedge: Hedge,
    *,
    approx_k: Decimal,
    approx_rel: Decimal,
    near_rel: Decimal,
) -> Interval:
    """The interval of a written value V under a hedge (the spec's table)."""
    if hedge is Hedge.APPROX:
        half = approx_k * (min(g_a / 2, abs(value) * approx_rel) if value else g_a / 2)
        return Interval(value - half, value + half, True, True)
    if hedge is Hedge.NEAR:
        return Interval(value - min(g_a, abs(value) * near_rel), value, True, False)
    if hedge is Hedge.AT_LEAST:
        return Interval(value, INF, True, False)
    if hedge is Hedge.MORE_THAN:
        return Interval(value, INF, False, False)
    low = ZERO if value >= 0 else NEG_INF
    return Interval(low, value, low.is_finite(), hedge is Hedge.AT_MOST)


def bound_range(base: Interval, hedge: Hedge) -> Interval:
    """A bound on a range (超过六千多): the bound applies to the range's end."""
    if hedge in (Hedge.MORE_THAN, Hedge.AT_LEAST):
        return Interval(base.lo, INF, hedge is Hedge.AT_LEAST, False)
    if hedge in (Hedge.AT_MOST, Hedge.LESS_THAN):
        return Interval(min(ZERO, base.hi), base.hi, True, hedge is Hedge.AT_MOST)
    return base
