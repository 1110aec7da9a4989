"""Aligns an article's verified claims with a draft text.

Each claim's quote is looked for in the draft with its figures masked, so a
sentence whose number was edited still finds its claim: first exactly (after
folding whitespace, full/half-width forms, traditional characters and
punctuation), then fuzzily with rapidfuzz over sentence-sized windows.  The
search is anchored: an index of character trigrams names the few sentences
worth scoring, so long drafts and many claims stay fast.

The result says which figures were verified, which changed (with the likely
slip), which claims went missing and which figures no claim covers; the
article's rules are then re-evaluated with the draft's figures in place.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from pathlib import Path

from factcheck.engine import check_article
from factcheck.errors import FactcheckError
from factcheck.findings import ArticleResult, DraftFigure, DraftInfo, Finding, Kind, Severity, Status
from factcheck.lines import LineIndex
from factcheck.model import Article, Claim
from factcheck.quantity import DEFAULT_SETTINGS, SHARE, Interval, Quantity, ReadingSettings, find_quantities
from factcheck.quantity.interval import exponent
from factcheck.quantity.normalize import normalize
from factcheck.quantity.units import PERCENT

MARK = "\ue000"  # stands for a figure in folded text (a private-use character)
_ENDS = "。！？!?；;"  # what ends a sentence window (besides a line break)
_SENTENCE_RE = re.compile(f"[^{_ENDS}\\n]*(?:[{_ENDS}]+|\\n|$)")
_PUNCTUATION = str.maketrans({"，": ",", "“": '"', "”": '"', "‘": "'", "’": "'", "「": '"', "」": '"', "、": ","})
_GRAM = 3
_ANCHORS = 8
_CANDIDATES = 6
FUZZY_THRESHOLD = 75.0


@dataclass
class _Folded:
    """Text folded for matching, figures replaced by MARK, with a map back to the original offsets."""

    text: str
    positions: list[int]  # original offset of each folded character
    figures: dict[int, int]  # folded offset of a MARK -> index of its figure


def fold(text: str, figures: Sequence[Quantity], base: int = 0) -> _Folded:
    """Fold ``text`` (starting at original offset ``base``) with each figure's span replaced by MARK."""
    normalised = normalize(text).translate(_PUNCTUATION)
    spans = sorted((q.start - base, q.end - base, i) for i, q in enumerate(figures))
    out: list[str] = []
    positions: list[int] = []
    marks: dict[int, int] = {}
    index = 0
    span_iter = iter(spans)
    next_span = next(span_iter, None)
    while index < len(normalised):
        if next_span is not None and index == next_span[0]:
            marks[len(out)] = next_span[2]
            out.append(MARK)
            positions.append(base + index)
            index = max(next_span[1], index + 1)
            next_span = next(span_iter, None)
            continue
        char = normalised[index]
        if not char.isspace():
            out.append(char)
            positions.append(base + index)
        index += 1
    return _Folded("".join(out), positions, marks)


@dataclass
class _Window:
    start: int  # original offsets of the sentence(s)
    end: int
    folded: _Folded


@dataclass
class _Match:
    claim: Claim
    figure: int | None  # index into the draft's figures; None when the sentence lost its figure
    start: int
    end: int
    exact: bool
    found: Quantity | None = None  # a figure only the claim's place makes one: 三个 edited to 一个


@dataclass
class _Draft:
    text: str
    figures: list[Quantity]
    sentences: list[_Window]
    index: dict[str, set[int]] = field(default_factory=dict)
    lines: LineIndex = field(default_factory=lambda: LineIndex(""))
    _pairs: dict[int, _Window] = field(default_factory=dict)

    def pair(self, number: int) -> _Window | None:
        """Sentences ``number`` and ``number + 1`` as one window, built when a quote first needs it."""
        if not 0 <= number < len(self.sentences) - 1:
            return None
        if number not in self._pairs:
            self._pairs[number] = _join(self.sentences[number], self.sentences[number + 1])
        return self._pairs[number]

    def line_column(self, offset: int) -> tuple[int, int]:
        return self.lines.line_column(offset)


def _prepare(text: str, settings: ReadingSettings = DEFAULT_SETTINGS) -> _Draft:
    figures = find_quantities(text, settings=settings)
    starts = [q.start for q in figures]
    sentences: list[_Window] = []
    for match in _SENTENCE_RE.finditer(text):
        start, end = match.span()
        if start == end:
            continue
        first = bisect.bisect_left(starts, start)
        last = bisect.bisect_left(starts, end)
        inside = figures[first:last]
        folded = fold(text[start:end], inside, start)
        folded.figures = {offset: first + i for offset, i in folded.figures.items()}
        sentences.append(_Window(start, end, folded))
    draft = _Draft(text, figures, sentences, lines=LineIndex(text))
    index: dict[str, set[int]] = defaultdict(set)
    for number, sentence in enumerate(sentences):
        for gram in _grams(sentence.folded.text):
            index[gram].add(number)
    draft.index = dict(index)
    return draft


def _join(a: _Window, b: _Window) -> _Window:
    offset = len(a.folded.text)
    figures = dict(a.folded.figures)
    figures.update({k + offset: v for k, v in b.folded.figures.items()})
    folded = _Folded(a.folded.text + b.folded.text, a.folded.positions + b.folded.positions, figures)
    return _Window(a.start, b.end, folded)


def _spans_sentences(quote: _Folded) -> bool:
    """A quote with a sentence end inside it (民心是最大的政治。五年来...) spans two sentences."""
    return any(t in quote.text[:-1] for t in _ENDS)


def _grams(text: str) -> list[str]:
    return [text[i : i + _GRAM] for i in range(len(text) - _GRAM + 1)]


def _candidates(draft: _Draft, quote: str) -> list[tuple[int, int]]:
    """Sentences sharing the quote's rarest trigrams, most shared first: (sentence number, hits)."""
    grams = [g for g in dict.fromkeys(_grams(quote)) if g in draft.index]
    if not grams:
        return []
    grams.sort(key=lambda g: len(draft.index[g]))
    anchors = grams[:_ANCHORS]
    hits: Counter[int] = Counter()
    for gram in anchors:
        hits.update(draft.index[gram])
    return hits.most_common()


def _align(draft: _Draft, claims: Sequence[Claim]) -> tuple[list[_Match], list[Claim]]:
    """Each claim's place in the draft; the claims that could not be found.

    Every exact occurrence of every quote is found first; claims with the fewest occurrences choose first,
    each taking the earliest occurrence whose figure no other claim took.  So a body sentence keeps its own
    figures even when a summary line quotes a piece of it, and a repeated sentence serves each claim once.
    """
    taken: set[int] = set()
    matches: list[_Match] = []
    missing: list[Claim] = []
    searched = []
    for claim in claims:
        quote = fold(claim.quote, claim.quote_figures)
        target = _target(claim)
        candidates = _candidates(draft, quote.text)
        searched.append((claim, quote, target, candidates, _exact(draft, claim, quote, target, candidates)))
    searched.sort(key=lambda item: (len(item[4]) if item[4] else 10**9, -len(item[0].quote)))
    pending = []
    for claim, quote, target, candidates, options in searched:
        # Of several places, the one whose figure is unchanged is the likeliest; then the earliest.
        ranked = sorted(options, key=lambda m: (not _unchanged(draft, claim, m), m.start))
        chosen = next((m for m in ranked if m.figure is None or m.figure not in taken), None)
        if chosen is None:
            pending.append((claim, quote, target, candidates))
            continue
        matches.append(chosen)
        if chosen.figure is not None:
            taken.add(chosen.figure)
    for claim, quote, target, candidates in pending:
        match = _fuzzy(draft, claim, quote, target, candidates, taken)
        if match is None:
            missing.append(claim)
            continue
        matches.append(match)
        if match.figure is not None:
            taken.add(match.figure)
    return matches, missing


def _unchanged(draft: _Draft, claim: Claim, match: _Match) -> bool:
    if match.figure is None or claim.quote_figure is None:
        return False
    return same_figure(claim.quote_figure, draft.figures[match.figure])


def _target(claim: Claim) -> int | None:
    """Which figure of the quote the claim is about."""
    if claim.quote_figure is None:
        return None
    for number, figure in enumerate(claim.quote_figures):
        if figure.start == claim.quote_figure.start:
            return number
    return None


def _mark_offsets(folded: _Folded) -> list[int]:
    return sorted(folded.figures)


def _exact(
    draft: _Draft, claim: Claim, quote: _Folded, target: int | None, candidates: list[tuple[int, int]]
) -> list[_Match]:
    """Every place the folded, masked quote stands in the draft, earliest first."""
    if not candidates:
        return []
    best = candidates[0][1]
    multi = _spans_sentences(quote)
    marks = _mark_offsets(quote)
    found: dict[tuple[int | None, int], _Match] = {}
    for number, hits in candidates:
        if hits < best:
            break
        # A quote that runs over a sentence end is looked for in the pairs of sentences around its anchor.
        if multi:
            windows = [w for w in (draft.pair(number - 1), draft.pair(number)) if w is not None]
        else:
            windows = [draft.sentences[number]]
        for window in windows:
            start = window.folded.text.find(quote.text)
            while start >= 0:
                figure = _figure_at(window.folded, start, marks, target)
                begin = window.folded.positions[start]
                end = window.folded.positions[start + len(quote.text) - 1] + 1
                found.setdefault((figure, begin), _Match(claim, figure, begin, end, True))
                start = window.folded.text.find(quote.text, start + 1)
    return sorted(found.values(), key=lambda m: m.start)


def _figure_at(window: _Folded, start: int, quote_marks: list[int], target: int | None) -> int | None:
    if target is None or target >= len(quote_marks):
        return None
    return window.figures.get(start + quote_marks[target])


def _fuzzy(
    draft: _Draft,
    claim: Claim,
    quote: _Folded,
    target: int | None,
    candidates: list[tuple[int, int]],
    taken: set[int],
) -> _Match | None:
    from rapidfuzz import fuzz

    if not candidates or target is None:
        return None
    multi = _spans_sentences(quote)
    # Each aligned region: (has a figure to give, score, window, region, the figures free in it).  A region
    # whose figures other claims took (a repeated sentence) loses to one that still holds this claim's figure.
    best: tuple[bool, float, _Window, int, int, list[tuple[int, int]], Quantity | None] | None = None
    for number, _ in candidates[:_CANDIDATES]:
        windows = [draft.sentences[number]]
        paired = draft.pair(number) if multi else None
        if paired is not None:
            windows.append(paired)
        for window in windows:
            alignment = fuzz.partial_ratio_alignment(quote.text, window.folded.text, score_cutoff=FUZZY_THRESHOLD)
            if alignment is None:
                continue
            dest_start, dest_end = alignment.dest_start, alignment.dest_end
            free = [
                (offset, figure)
                for offset, figure in sorted(window.folded.figures.items())
                if dest_start <= offset < dest_end and figure not in taken
            ]
            lone = None if free else _lone_one(draft, claim, window, *_span(window, dest_start, dest_end))
            option = (bool(free or lone), alignment.score, window, dest_start, dest_end, free, lone)
            if best is None or option[:2] > best[:2]:
                best = option
    if best is None:
        return None
    _, _, window, dest_start, dest_end, free, lone = best
    start, end = _span(window, dest_start, dest_end)
    if not free:
        return _Match(claim, None, start, end, False, lone)
    figure = _closest_figure(draft, claim, quote, target, free, dest_start, dest_end)
    return _Match(claim, figure, start, end, False)


def _span(window: _Window, dest_start: int, dest_end: int) -> tuple[int, int]:
    """Original offsets of a region of a window's folded text."""
    return window.folded.positions[dest_start], window.folded.positions[max(dest_start, dest_end - 1)] + 1


_NEAR = 8  # how far past an aligned region a lone 一 may stand (the region may stop short of the figure)


def _lone_one(draft: _Draft, claim: Claim, window: _Window, start: int, end: int) -> Quantity | None:
    """一个 where the verified article had 三个: read alone, 一 is "a"; where the claim's figure stood, it is one."""
    if claim.quote_figure is None:
        return None
    unit = claim.quote_figure.unit
    low, high = max(window.start, start - _NEAR), min(window.end, end + _NEAR)
    for quantity in find_quantities(draft.text[low:high], include_one=True):
        if quantity.unit == unit and quantity.value == 1:
            return replace(quantity, start=quantity.start + low, end=quantity.end + low)
    return None


def _closest_figure(
    draft: _Draft,
    claim: Claim,
    quote: _Folded,
    target: int,
    in_region: list[tuple[int, int]],
    dest_start: int,
    dest_end: int,
) -> int:
    """The region's figure that stands where the claim's figure stood: same unit first, then position."""
    marks = _mark_offsets(quote)
    if len(in_region) == len(marks):
        return in_region[target][1]
    wanted = (marks[target] / max(1, len(quote.text))) if target < len(marks) else 0.5
    unit = claim.quote_figure.unit if claim.quote_figure else None

    def cost(item: tuple[int, int]) -> tuple[int, float]:
        offset, figure = item
        place = (offset - dest_start) / max(1, dest_end - dest_start)
        return (0 if draft.figures[figure].unit == unit else 1, abs(place - wanted))

    return min(in_region, key=cost)[1]


# -- diagnosis ------------------------------------------------------------------------------------


def same_figure(verified: Quantity, drafted: Quantity) -> bool:
    """The same reading in the same unit: 6000多起 and 6000余起, 121个 and 一百二十一个 are one figure."""
    if normalize(verified.text) == normalize(drafted.text):
        return True
    return verified.interval == drafted.interval and verified.unit == drafted.unit


def diagnose(verified: Quantity, drafted: Quantity) -> str:
    """The likely slip behind a changed figure."""
    if verified.unit != drafted.unit:
        return f"unit changed ({verified.unit or 'none'} -> {drafted.unit or 'none'})"
    if verified.hedge != drafted.hedge:
        return f"hedge changed ({verified.hedge or 'none'} -> {drafted.hedge or 'none'})"
    old, new = _digits(verified.text), _digits(drafted.text)
    if old and new and old != new:
        slip = _digit_slip(old, new)
        if slip:
            return slip
    if verified.value and drafted.value:
        ratio = drafted.value / verified.value
        for factor, name in ((Decimal(10**4), "万 -> 亿"), (Decimal("1e-4"), "亿 -> 万")):
            if ratio == factor:
                return f"multiplier changed ({name})"
        if ratio in (Decimal(10), Decimal("0.1")):
            return "a zero added" if ratio > 1 else "a zero dropped"
    if old == new and verified.value != drafted.value:
        return "multiplier changed"
    gap = drafted.value - verified.value
    return f"value changed (by {'+' if gap > 0 else ''}{_plain(gap)})"


def _digits(text: str) -> str:
    match = re.search(r"\d[\d,]*(?:\.\d+)?", normalize(text))
    return match.group().replace(",", "") if match else ""


def _digit_slip(old: str, new: str) -> str | None:
    if len(old) == len(new):
        diffs = [i for i, (a, b) in enumerate(zip(old, new, strict=True)) if a != b]
        if (
            len(diffs) == 2
            and diffs[1] == diffs[0] + 1
            and old[diffs[0]] == new[diffs[1]]
            and old[diffs[1]] == new[diffs[0]]
        ):
            return "two digits swapped"
        if len(diffs) == 1:
            try:
                step = abs(Decimal(new) - Decimal(old))
            except ArithmeticError:
                return None
            unit = Decimal(1).scaleb(exponent(Decimal(old)))
            if step == unit:
                return "off by one"
            return "one digit changed"
    if len(new) == len(old) - 1 and any(old[:i] + old[i + 1 :] == new for i, c in enumerate(old) if c == "0"):
        return "a zero dropped"
    if len(new) == len(old) + 1 and any(new[:i] + new[i + 1 :] == old for i, c in enumerate(new) if c == "0"):
        return "a zero added"
    if len(new) == len(old) - 1 and any(old[:i] + old[i + 1 :] == new for i in range(len(old))):
        return "a digit dropped"
    if len(new) == len(old) + 1 and any(new[:i] + new[i + 1 :] == old for i in range(len(new))):
        return "a digit added"
    return None


def _plain(value: Decimal) -> str:
    from factcheck.quantity import format_number

    return format_number(value)


# -- the whole check -------------------------------------------------------------------------------


def check_draft(article: Article, text: str, path: str, settings: ReadingSettings = DEFAULT_SETTINGS) -> ArticleResult:
    """Findings for a draft of ``article``: changed, missing and unverified figures, and the rules re-run."""
    draft = _prepare(text, settings)
    matches, missing = _align(draft, article.claims)
    findings: list[Finding] = []
    status_of: dict[int, tuple[str, str]] = {}  # by the figure's start in the draft
    found: list[Quantity] = []  # figures only a claim's place made figures (一个)
    overrides: dict[str, Claim] = {}
    for match in sorted(matches, key=lambda m: m.start):
        claim = match.claim
        verified = claim.quote_figure
        drafted = draft.figures[match.figure] if match.figure is not None else match.found
        if drafted is None or verified is None:
            if verified is not None:
                line, column = draft.line_column(match.start)
                message = f"{claim.id}: the sentence is there but its figure {verified.text} is gone"
                findings.append(_missing(article, claim, path, line, column, message))
            continue
        if match.figure is None:
            found.append(drafted)
        line, column = draft.line_column(drafted.start)
        if same_figure(verified, drafted):
            status_of[drafted.start] = ("verified", claim.id)
            continue
        status_of[drafted.start] = ("changed", claim.id)
        diagnosis = diagnose(verified, drafted)
        findings.append(
            _draft_finding(
                article,
                claim,
                Kind.CHANGED,
                Status.FAIL,
                Severity.ERROR,
                path,
                line,
                column,
                f"{claim.id}: {verified.text} -> {drafted.text}",
                detail=diagnosis,
                figure=drafted.text,
                verified_figure=verified.text,
                value=drafted.interval,
            )
        )
        overrides[claim.id] = _with_draft_figure(claim, drafted)
    for claim in missing:
        message = f"{claim.id}: verified claim not found in the draft: {claim.quote}"
        source = claim.source
        findings.append(_missing(article, claim, source.file, source.line, source.column, message))
    figures: list[DraftFigure] = []
    for quantity in sorted([*draft.figures, *found], key=lambda q: q.start):
        line, column = draft.line_column(quantity.start)
        status, claim_id = status_of.get(quantity.start, ("unverified", None))
        figures.append(DraftFigure(quantity.text, quantity.start, quantity.end, line, column, status, claim_id))
        if status == "unverified":
            findings.append(
                Finding(
                    article=article.id,
                    kind=Kind.UNVERIFIED,
                    id=f"unverified:{line}:{column}",
                    status=Status.WARN,
                    severity=Severity.WARNING,
                    message=f"{quantity.text}: no verified claim covers this figure",
                    file=path,
                    line=line,
                    column=column,
                    figure=quantity.text,
                    value=quantity.interval,
                )
            )
    rules = check_article(article, claims=overrides, origin="draft")
    findings.extend(f for f in rules.findings)
    return replace(rules, findings=tuple(findings), draft=DraftInfo(path, text, tuple(figures)))


def _missing(article: Article, claim: Claim, file: str, line: int, column: int, message: str) -> Finding:
    verified = claim.quote_figure.text if claim.quote_figure else None
    return _draft_finding(
        article,
        claim,
        Kind.MISSING,
        Status.WARN,
        Severity.WARNING,
        file,
        line,
        column,
        message,
        verified_figure=verified,
    )


def _with_draft_figure(claim: Claim, drafted: Quantity) -> Claim:
    quantity = drafted.as_share() if claim.quantity.context == SHARE and drafted.unit == PERCENT else drafted
    return replace(claim, quantity=quantity, quote_figure=drafted, value_text=None)


def _draft_finding(
    article: Article,
    claim: Claim,
    kind: Kind,
    status: Status,
    severity: Severity,
    path: str,
    line: int,
    column: int,
    message: str,
    *,
    detail: str | None = None,
    figure: str | None = None,
    verified_figure: str | None = None,
    value: Interval | None = None,
) -> Finding:
    return Finding(
        article=article.id,
        kind=kind,
        id=f"{kind.value}:{claim.id}",
        status=status,
        severity=severity,
        message=message,
        file=path,
        line=line,
        column=column,
        claims=(claim.id,),
        detail=detail,
        figure=figure,
        verified_figure=verified_figure,
        value=value,
    )


def choose_article(claims_dir: Path, text: str, settings: ReadingSettings = DEFAULT_SETTINGS) -> Path:
    """The claims file whose quotes best match ``text``; an error names the candidates when none stands out."""
    from factcheck.loader import LoadError, load

    if not claims_dir.is_dir():
        raise FactcheckError("no --claims given and no claims/ folder here: name the claims file with --claims")
    folded = fold(text, []).text
    scores: list[tuple[float, Path]] = []
    for path in sorted(claims_dir.glob("*.y*ml")):
        try:
            articles = load([path], settings)
        except LoadError:
            continue
        for article in articles:
            quotes = [fold(c.quote, []).text for c in article.claims]
            found = sum(1 for q in quotes if q and q in folded)
            scores.append((found / len(quotes) if quotes else 0.0, path))
    scores.sort(key=lambda item: -item[0])
    if scores and scores[0][0] > 0 and (len(scores) == 1 or scores[0][0] > scores[1][0]):
        return scores[0][1]
    listed = "; ".join(f"{path} ({score:.0%} of quotes found)" for score, path in scores) or "none"
    raise FactcheckError(f"cannot tell which article this draft is: give --claims. Candidates: {listed}")


def mark_article(article: Article, result: ArticleResult) -> DraftInfo | None:
    """The article's own text with each claim's figure marked by its worst verdict (for the HTML report)."""
    from factcheck.findings import claim_statuses

    if article.text is None:
        return None
    draft = _prepare(article.text)
    matches, _ = _align(draft, article.claims)
    statuses = claim_statuses(result)
    claimed = {m.figure: m.claim.id for m in matches if m.figure is not None}
    figures = []
    for number, quantity in enumerate(draft.figures):
        line, column = draft.line_column(quantity.start)
        claim = claimed.get(number)
        status = statuses[claim].value if claim in statuses else ("unchecked" if claim else "unverified")
        figures.append(DraftFigure(quantity.text, quantity.start, quantity.end, line, column, status, claim))
    return DraftInfo(article.text_path or article.id, article.text, tuple(figures))
