"""Aligns an article's verified claims with a draft and says what the edit did.

Alignment follows the text, not the lines.  Each claim's quote is folded (whitespace, full/half width,
traditional characters and punctuation: a comma and a full stop are one mark, so a split or joined sentence
still reads the same) with every figure masked, so a sentence whose number was edited still finds its claim:

1. exactly: every place the masked quote stands, within a sentence or across two; claims with the fewest
   places choose first, preferring a place whose figure is unchanged;
2. by the figure in its context: for the claims left (clauses reordered, a figure moved within its sentence,
   a reworded sentence), each free figure in the sentences the quote's rarest trigrams name is scored by the
   quote's words around it, the label words just before it (and just after), and its unit and value; the best
   pairs are taken first, one figure per claim;
3. by fuzzy matching (rapidfuzz) for a sentence that kept its words but lost its figure or had it edited to
   一 (which, read alone, is the article "a").

Then each verified figure is compared with the draft's: the same reading in another notation is no change;
a figure more (or less) precise than the verified one, or a bound worded otherwise (以上 -> 超过), is a
warning that says so; anything else is a change, with the likely slip.  The article's rules are run with the
verified and with the draft's figures, and each rule says what the edit did to it: newly failing, already
failing, fixed or unchanged.  Every finding is located in the draft, in the document's own terms.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from decimal import ROUND_FLOOR, ROUND_HALF_UP, Decimal
from pathlib import Path

from factcheck.documents import Document, Location, from_text
from factcheck.engine import check_article
from factcheck.errors import FactcheckError
from factcheck.findings import (
    ArticleResult,
    DraftClaim,
    DraftFigure,
    DraftInfo,
    Edit,
    Finding,
    Kind,
    Severity,
    Status,
)
from factcheck.i18n import _
from factcheck.model import Article, Claim, Source
from factcheck.quantity import (
    DEFAULT_SETTINGS,
    SHARE,
    Quantity,
    ReadingSettings,
    describe_interval,
    find_quantities,
)
from factcheck.quantity.interval import exponent
from factcheck.quantity.normalize import normalize
from factcheck.quantity.units import PERCENT

MARK = "\ue000"  # stands for a figure in folded text (a private-use character)
_ENDS = "。！？!?；;"  # what ends a sentence window (besides a line break)
_SENTENCE_RE = re.compile(f"[^{_ENDS}\\n]*(?:[{_ENDS}]+|\\n|$)")
# Clause and sentence punctuation fold to one comma: "A,B" and "A。B" are the same words split differently.
_COMMA = "，,、；;。！？!?"
_PUNCTUATION = str.maketrans(
    {**dict.fromkeys(_COMMA, ","), "“": '"', "”": '"', "‘": "'", "’": "'", "「": '"', "」": '"'}
)
_GRAM = 3
_ANCHORS = 8
_CANDIDATES = 6
FUZZY_THRESHOLD = 75.0
_LABEL = 6  # how many characters before (and after) a figure make its label
_MIN_WINDOW = 12  # the least context on either side of a figure compared with a quote
SCORE_THRESHOLD = 0.5  # the least score that aligns a claim with a figure by its context


@dataclass
class _Folded:
    """Text folded for matching, figures replaced by MARK, with a map back to the original offsets."""

    text: str
    positions: list[int]  # original offset of each folded character
    figures: dict[int, int]  # folded offset of a MARK -> index of its figure


_RUN = re.compile(r"\S+")


def fold(text: str, figures: Sequence[Quantity], base: int = 0) -> _Folded:
    """Fold ``text`` (starting at original offset ``base``) with each figure's span replaced by MARK."""
    normalised = normalize(text).translate(_PUNCTUATION)
    out: list[str] = []
    positions: list[int] = []
    marks: dict[int, int] = {}
    length = 0
    cursor = 0

    def words(stop: int) -> None:
        nonlocal length
        for run in _RUN.finditer(normalised, cursor, stop):
            out.append(run.group())
            positions.extend(range(base + run.start(), base + run.end()))
            length += run.end() - run.start()

    for start, end, number in sorted((q.start - base, q.end - base, i) for i, q in enumerate(figures)):
        if start < cursor:
            continue  # overlapping spans: the first one stands
        words(start)
        marks[length] = number
        out.append(MARK)
        positions.append(base + start)
        length += 1
        cursor = max(end, start + 1)
    words(len(normalised))
    return _Folded("".join(out), positions, marks)


@dataclass
class _Sentence:
    start: int  # original offsets
    end: int
    fstart: int  # offsets in the folded text
    fend: int


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
    document: Document
    figures: list[Quantity]
    folded: _Folded  # the whole text
    marks: list[int]  # the folded offset of each figure's MARK
    sentences: list[_Sentence]
    index: dict[str, set[int]] = field(default_factory=dict)  # trigram -> sentence numbers

    @property
    def text(self) -> str:
        return self.document.text

    def span(self, fstart: int, fend: int) -> tuple[int, int]:
        """Original offsets of the folded region [fstart, fend)."""
        positions = self.folded.positions
        last = max(fstart, fend - 1)
        figure = self.folded.figures.get(last)  # a region ending in a figure ends where the figure does
        return positions[fstart], self.figures[figure].end if figure is not None else positions[last] + 1

    def sentence_of(self, figure: int) -> _Sentence:
        """The sentence a figure stands in."""
        if not self._starts:
            self._starts = [s.fstart for s in self.sentences]
        return self.sentences[bisect.bisect_right(self._starts, self.marks[figure]) - 1]

    def figures_in(self, number: int) -> range:
        """The figures of sentence ``number``, as a range of indices."""
        sentence = self.sentences[number]
        return range(bisect.bisect_left(self.marks, sentence.fstart), bisect.bisect_left(self.marks, sentence.fend))

    _starts: list[int] = field(default_factory=list)


def _prepare(
    document: Document,
    claims: Sequence[Claim],
    settings: ReadingSettings = DEFAULT_SETTINGS,
    figures: list[Quantity] | None = None,
) -> _Draft:
    """The draft's figures (``figures``, when already read), folded text and sentences, and an index of the
    trigrams its claims' quotes use."""
    text = document.text
    if figures is None:
        figures = find_quantities(text, settings=settings)
    folded = fold(text, figures)
    marks = [0] * len(figures)
    for offset, number in folded.figures.items():
        marks[number] = offset
    positions = folded.positions
    sentences: list[_Sentence] = []
    for match in _SENTENCE_RE.finditer(text):
        start, end = match.span()
        if start == end:
            continue
        fstart, fend = bisect.bisect_left(positions, start), bisect.bisect_left(positions, end)
        if fstart < fend:
            sentences.append(_Sentence(start, end, fstart, fend))
    # Only the trigrams some quote uses are worth indexing: the index exists to find quotes.
    wanted = {g for claim in claims for g in _grams(fold(claim.quote, claim.quote_figures).text)}
    index: dict[str, set[int]] = defaultdict(set)
    whole = folded.text
    for number, sentence in enumerate(sentences):
        for gram in {whole[i : i + _GRAM] for i in range(sentence.fstart, sentence.fend - _GRAM + 1)} & wanted:
            index[gram].add(number)
    return _Draft(document, figures, folded, marks, sentences, dict(index))


def _spans_sentences(quote: str) -> bool:
    """A quote with a sentence end inside it (民心是最大的政治。五年来...) spans two sentences."""
    return any(t in quote.rstrip(_ENDS) for t in _ENDS)


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


@dataclass
class _Pending:
    """A claim being aligned: its folded quote and what describes its figure there."""

    claim: Claim
    quote: _Folded
    target: int | None  # which mark of the quote is the claim's figure
    candidates: list[tuple[int, int]]
    multi: bool

    def marks(self) -> list[int]:
        return sorted(self.quote.figures)


_MANY_PLACES = 32  # a quote found in more places than this is ranked among its first free ones


def _align(
    draft: _Draft, claims: Sequence[Claim], contexts: dict[str, str] | None = None, taken: set[int] | None = None
) -> tuple[list[_Match], list[Claim]]:
    """Each claim's place in the draft; the claims that could not be found.

    Every exact occurrence of every quote is found first.  Claims whose verified sentence stands unchanged
    (figures masked) at one of their places choose first, then claims with the fewest places; each takes the
    place in its own verified sentence if there is one, else one whose figure is unchanged, else the
    earliest, and never a figure another claim took.  So a body sentence keeps its own figures even when a
    summary line quotes a piece of it (and when the summary line is deleted), and a repeated sentence serves
    each claim once.  The claims left are aligned by their figure's context, then fuzzily.

    ``contexts`` gives each claim's verified sentence, folded and masked (from the verified article's text).
    """
    contexts = contexts or {}
    taken = set() if taken is None else set(taken)  # ``taken``: figures other claims already stand on
    matches: list[_Match] = []
    searched: list[tuple[_Pending, list[_Match], set[int]]] = []
    # Claims quoting the same words share one search: an article that repeats a sentence a thousand times must
    # not be searched a thousand times (the places hold the first such claim; the chosen one is re-issued).
    places: dict[tuple[str, int | None, bool], list[_Match]] = {}
    sentences: dict[int, dict[str | None, set[int]]] = {}  # id of a list of places -> sentence -> ids of its places
    for claim in claims:
        quote = fold(claim.quote, claim.quote_figures)
        target, multi = _target(claim), _spans_sentences(claim.quote)
        key = (quote.text, target, multi)
        item = _Pending(claim, quote, target, [], multi)
        if key not in places:
            item.candidates = _candidates(draft, quote.text)
            places[key] = _exact(draft, item)
        options = places[key]
        context = contexts.get(claim.id)
        if context is None:
            at_home: set[int] = set()
        else:  # each place's sentence read once per list of places, not once per claim quoting its words
            by_sentence = sentences.get(id(options))
            if by_sentence is None:
                by_sentence = sentences[id(options)] = {}
                for m in options:
                    by_sentence.setdefault(_sentence_text(draft, m), set()).add(id(m))
            at_home = by_sentence.get(context, set())
        searched.append((item, options, at_home))
    searched.sort(key=lambda s: (not s[2], len(s[1]) if s[1] else 10**9, -len(s[0].claim.quote)))
    pending: list[_Pending] = []
    grouped: dict[int, dict[str | None, list[_Match]]] = {}
    cursors: dict[tuple[int, str | None], int] = {}
    for item, options, at_home in searched:
        if len(options) > _MANY_PLACES:
            # a quote standing in many places: rank its home, its first free places with the claim's figure as
            # written and its first free places, so the work per claim stays small however often it repeats
            written = item.claim.quote_figure.text if item.claim.quote_figure is not None else None
            by_text = grouped.get(id(options))
            if by_text is None:
                by_text = grouped[id(options)] = _by_written(draft, options)
            same = _first_free(by_text.get(written, []), (id(options), written), cursors, taken)
            free = _first_free(options, (id(options), None), cursors, taken)
            homes = [m for m in options if id(m) in at_home] if at_home else []
            options = homes + same + free
        ranked = sorted(options, key=lambda m: (id(m) not in at_home, not _unchanged(draft, item.claim, m), m.start))
        chosen = next((m for m in ranked if m.figure is None or m.figure not in taken), None)
        if chosen is None:
            if not item.candidates:
                item.candidates = _candidates(draft, item.quote.text)  # the later, fuzzier searches need them
            pending.append(item)
            continue
        if chosen.claim is not item.claim:
            chosen = replace(chosen, claim=item.claim)  # a place found for an earlier claim quoting the same words
        matches.append(chosen)
        if chosen.figure is not None:
            taken.add(chosen.figure)
    scored = _by_context(draft, pending, taken)
    matches.extend(scored)
    aligned = {id(m.claim) for m in scored}
    missing: list[Claim] = []
    for item in pending:
        if id(item.claim) in aligned:
            continue
        match = _fuzzy(draft, item, taken)
        if match is None:
            missing.append(item.claim)
            continue
        matches.append(match)
        if match.figure is not None:
            taken.add(match.figure)
    return matches, missing


def _by_written(draft: _Draft, places: list[_Match]) -> dict[str | None, list[_Match]]:
    """A quote's places by how their figure is written, each list earliest first."""
    by_text: dict[str | None, list[_Match]] = {}
    for place in places:
        if place.figure is not None:
            by_text.setdefault(draft.figures[place.figure].text, []).append(place)
    return by_text


def _first_free(
    places: list[_Match], key: tuple[int, str | None], cursors: dict[tuple[int, str | None], int], taken: set[int]
) -> list[_Match]:
    """The first places no claim has taken (at most _MANY_PLACES): a cursor per list skips the taken ones once."""
    at = cursors.get(key, 0)
    while at < len(places) and places[at].figure is not None and places[at].figure in taken:
        at += 1
    cursors[key] = at
    return places[at : at + _MANY_PLACES]


def _sentence_text(draft: _Draft, match: _Match) -> str | None:
    """The folded sentence a match's figure stands in."""
    if match.figure is None:
        return None
    sentence = draft.sentence_of(match.figure)
    return draft.folded.text[sentence.fstart : sentence.fend]


def _verified_contexts(article: Article, settings: ReadingSettings) -> dict[str, str]:
    """Each claim's sentence in the verified article, folded and masked; empty without the article's text."""
    if article.text is None:
        return {}
    verified = _prepare(from_text(article.text, article.text_path or article.id), article.claims, settings)
    matches, _ = _align(verified, article.claims)
    return {m.claim.id: text for m in matches if (text := _sentence_text(verified, m)) is not None}


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


def _exact(draft: _Draft, item: _Pending) -> list[_Match]:
    """Every place the folded, masked quote stands in the draft (in a sentence or across two), earliest first."""
    if not item.candidates:
        return []
    best = item.candidates[0][1]
    top = [number for number, hits in item.candidates if hits == best]
    quote = item.quote.text
    marks = item.marks()
    text = draft.folded.text
    found: dict[tuple[int | None, int], _Match] = {}

    def search(fstart: int, fend: int) -> None:
        at = text.find(quote, fstart, fend)
        while at >= 0:
            figure = None
            if item.target is not None and item.target < len(marks):
                figure = draft.folded.figures.get(at + marks[item.target])
            begin, end = draft.span(at, at + len(quote))
            found.setdefault((figure, begin), _Match(item.claim, figure, begin, end, True))
            at = text.find(quote, at + 1, fend)

    for number in top:
        sentence = draft.sentences[number]
        search(sentence.fstart, sentence.fend)
    if not found or item.multi:
        # A quote over a sentence end, or a sentence the draft split in two: look across neighbouring pairs.
        last = len(draft.sentences) - 1
        for number in top:
            for first in (number - 1, number):
                if 0 <= first < last:
                    search(draft.sentences[first].fstart, draft.sentences[first + 1].fend)
    return sorted(found.values(), key=lambda m: m.start)


# -- alignment by the figure in its context ----------------------------------------------------------


def _context(text: str, mark: int, low: int = 0, high: int | None = None) -> tuple[str, str]:
    """The label just before a figure and the words just after it, each within its clause."""
    high = len(text) if high is None else high
    start = mark
    while start > low and mark - start < _LABEL and text[start - 1] != ",":
        start -= 1
    end = mark + 1
    while end < high and end - mark - 1 < _LABEL and text[end] != ",":
        end += 1
    return text[start:mark], text[mark + 1 : end]


def _pairs(text: str) -> set[str]:
    """The character pairs of a text; none across a space (a masked figure is written as one)."""
    return {text[i : i + 2] for i in range(len(text) - 1) if " " not in text[i : i + 2]}


def _distinctive(figure: Quantity) -> bool:
    """A figure whose reading alone nearly identifies it: three significant digits or more (95.31%, 1759起),
    not a small round number (5年, 20次) that any sentence may hold."""
    digits = _digits(figure.text).replace(".", "").strip("0")
    return len(digits) >= 3


def _common_suffix(a: str, b: str) -> int:
    count = 0
    while count < min(len(a), len(b)) and a[-1 - count] == b[-1 - count]:
        count += 1
    return count


def _common_prefix(a: str, b: str) -> int:
    count = 0
    while count < min(len(a), len(b)) and a[count] == b[count]:
        count += 1
    return count


def label_score(claim_label: str, claim_tail: str, label: str, tail: str) -> float:
    """How well a draft figure's label words match the claim's (0-1): adjacent characters and shared pairs."""
    near = min(_common_suffix(claim_label, label), 4) + min(_common_prefix(claim_tail, tail), 2)
    possible = min(len(claim_label), 4) + min(len(claim_tail), 2)
    near_score = near / possible if possible else 0.0
    words = _pairs(claim_label) | _pairs(claim_tail)
    shared = len(words & (_pairs(label) | _pairs(tail))) / len(words) if words else 0.0
    return (near_score + shared) / 2


def value_score(verified: Quantity, drafted: Quantity) -> float:
    """How alike two figures read (0-1): the same reading, overlapping, the same unit, the same kind."""
    if same_figure(verified, drafted):
        return 1.0
    if verified.unit == drafted.unit:
        return 0.7 if verified.interval.intersect(drafted.interval) is not None else 0.35
    return 0.15 if verified.kind == drafted.kind else 0.0


def _by_context(draft: _Draft, pending: Sequence[_Pending], taken: set[int]) -> list[_Match]:
    """Claims aligned by their figure's context: the best-scoring (claim, figure) pairs first, one each.

    A figure's context is the quote's words (character pairs, so a reworded sentence keeps most of them) near
    it and in its sentence; its label is the words just before it (and after); its value, the same reading, a
    distinctive one (95.31%, 1759) counting for more than a small round number.
    """
    options: list[tuple[float, int, int]] = []
    text = draft.folded.text
    for number, item in enumerate(pending):
        verified = item.claim.quote_figure
        marks = item.marks()
        if verified is None or item.target is None or item.target >= len(marks):
            continue
        mark = marks[item.target]
        label, tail = _context(item.quote.text, mark)
        words = _pairs(item.quote.text.replace(MARK, " "))
        if not words:
            continue
        distinct = _distinctive(verified)
        reach = max(_MIN_WINDOW, len(item.quote.text))
        sentences: set[int] = set()
        for sentence, _score in item.candidates[:_CANDIDATES]:
            sentences.update((sentence - 1, sentence, sentence + 1))
        for sentence in sorted(s for s in sentences if 0 <= s < len(draft.sentences)):
            span = draft.sentences[sentence]
            whole = len(words & _pairs(text[span.fstart : span.fend])) / len(words)
            for figure in draft.figures_in(sentence):
                if figure in taken:
                    continue
                at = draft.marks[figure]
                near = len(words & _pairs(text[max(0, at - reach) : at + reach + 1])) / len(words)
                context = (near + whole) / 2
                if context < 0.2:
                    continue
                fig_label, fig_tail = _context(text, at)
                value = value_score(verified, draft.figures[figure])
                score = (
                    0.45 * context
                    + 0.3 * label_score(label, tail, fig_label, fig_tail)
                    + 0.25 * value
                    + (0.1 if distinct and value == 1.0 else 0.0)
                )
                if score >= SCORE_THRESHOLD:
                    options.append((score, number, figure))
    options.sort(key=lambda option: (-option[0], option[1], option[2]))
    chosen: list[_Match] = []
    done: set[int] = set()
    for _rank, number, figure in options:
        if number in done or figure in taken:
            continue
        done.add(number)
        taken.add(figure)
        item = pending[number]
        start, end = _clause(draft, figure, draft.sentence_of(figure))
        chosen.append(_Match(item.claim, figure, start, end, False))
    return chosen


def _clause(draft: _Draft, figure: int, sentence: _Sentence) -> tuple[int, int]:
    """The original span of the clause a figure stands in (between commas), to show it."""
    text = draft.folded.text
    at = draft.marks[figure]
    start = at
    while start > sentence.fstart and text[start - 1] != ",":
        start -= 1
    end = at + 1
    while end < sentence.fend and text[end] != ",":
        end += 1
    return draft.span(start, end)


# -- fuzzy: a sentence that lost its figure -------------------------------------------------------------


def _fuzzy(draft: _Draft, item: _Pending, taken: set[int]) -> _Match | None:
    """The claim's sentence found fuzzily when no figure fits: its figure gone, or edited to 一.

    Of the regions that match, one that still holds a figure for the claim (free, or a lone 一) wins over one
    whose figures other claims took (a repeated sentence); a region with no figure at all is the claim's
    sentence with its figure gone.
    """
    from rapidfuzz import fuzz

    verified = item.claim.quote_figure
    if not item.candidates or item.target is None or verified is None:
        return None
    text = draft.folded.text
    best: tuple[bool, float, _Match | None] | None = None
    last = len(draft.sentences) - 1
    for number, _score in item.candidates[:_CANDIDATES]:
        windows = [(draft.sentences[number].fstart, draft.sentences[number].fend)]
        if item.multi and number < last:
            windows.append((draft.sentences[number].fstart, draft.sentences[number + 1].fend))
        for fstart, fend in windows:
            alignment = fuzz.partial_ratio_alignment(item.quote.text, text[fstart:fend], score_cutoff=FUZZY_THRESHOLD)
            if alignment is None:
                continue
            low, high = fstart + alignment.dest_start, fstart + alignment.dest_end
            inside = range(bisect.bisect_left(draft.marks, low), bisect.bisect_left(draft.marks, high))
            free = [figure for figure in inside if figure not in taken]
            start, end = draft.span(low, high)
            match: _Match | None = None
            if free:
                figure = max(free, key=lambda f: (value_score(verified, draft.figures[f]), -f))
                match = _Match(item.claim, figure, start, end, False)
            else:
                lone = _lone_one(draft, item.claim, start, end)
                if lone is not None or not inside:
                    match = _Match(item.claim, None, start, end, False, lone)
            gives = match is not None and (match.figure is not None or match.found is not None)
            if best is None or (gives, alignment.score) > best[:2]:
                best = (gives, alignment.score, match)
    return best[2] if best is not None else None


_NEAR = 8  # how far past an aligned region a lone 一 may stand (the region may stop short of the figure)


def _lone_one(draft: _Draft, claim: Claim, start: int, end: int) -> Quantity | None:
    """一个 where the verified article had 三个: read alone, 一 is "a"; where the claim's figure stood, it is one."""
    if claim.quote_figure is None:
        return None
    unit = claim.quote_figure.unit
    low, high = max(0, start - _NEAR), min(len(draft.text), end + _NEAR)
    line_start = draft.text.rfind("\n", 0, start) + 1
    line_end = draft.text.find("\n", end)
    low, high = max(low, line_start), min(high, line_end if line_end >= 0 else len(draft.text))
    for quantity in find_quantities(draft.text[low:high], include_one=True):
        if quantity.unit == unit and quantity.value == 1:
            return replace(quantity, start=quantity.start + low, end=quantity.end + low)
    return None


# -- comparing a verified figure with the draft's ------------------------------------------------------


def same_figure(verified: Quantity, drafted: Quantity) -> bool:
    """The same reading in the same unit: 6000多起 and 6000余起, 121个 and 一百二十一个 are one figure."""
    if normalize(verified.text) == normalize(drafted.text):
        return True
    return verified.interval == drafted.interval and verified.unit == drafted.unit


VERIFIED, REWORDED, CHANGED = "verified", "reworded", "changed"


def compare(verified: Quantity, drafted: Quantity) -> tuple[str, str | None]:
    """What the draft did to a verified figure: ``verified`` (the same reading, whatever the notation),
    ``reworded`` (more or less precise, or its bound worded otherwise: a warning, with what exactly), or
    ``changed`` (with the likely slip)."""
    if same_figure(verified, drafted):
        return VERIFIED, None
    if verified.unit != drafted.unit:
        return CHANGED, diagnose(verified, drafted)
    old, new = verified.interval, drafted.interval
    bound = _bound_reworded(verified, drafted)
    if bound is not None:
        return REWORDED, bound
    same = verified.value == drafted.value
    readings = {"drafted": _reading(drafted), "verified": _reading(verified)}
    if old.contains_interval(new) and _renotated(verified, drafted):
        if same:
            words = _("the same value, more precise than verified: {drafted} lies within {verified}")
        else:
            words = _("more precise than verified: {drafted} lies within {verified}")
        return REWORDED, words.format(**readings)
    if new.contains_interval(old) and new.is_bounded and _renotated(drafted, verified):
        if same:
            words = _("the same value, less precise than verified: {drafted} contains {verified}")
        else:
            words = _("less precise than verified: {drafted} contains {verified}")
        return REWORDED, words.format(**readings)
    return CHANGED, diagnose(verified, drafted)


def _renotated(coarse: Quantity, fine: Quantity) -> bool:
    """Whether ``fine`` writes ``coarse`` more precisely rather than editing its digits.

    The same value (6.706亿元 and 67060万元), another hedge (5000件左右 and 5000件, 6000多起 and 6523起), or
    digits that round or cut to the coarse figure's (6.706亿元 and 6.7亿元); not 5000件左右 and 5001件左右.
    """
    if coarse.value == fine.value or coarse.hedge != fine.hedge:
        return True
    place = _written_place(coarse)
    if place <= 0:
        return False
    steps = fine.value / place
    return any(coarse.value == steps.to_integral_value(rounding) * place for rounding in (ROUND_FLOOR, ROUND_HALF_UP))


def _written_place(figure: Quantity) -> Decimal:
    """The place of the last digit a figure writes: 6.706亿 -> 100,000; 5000 -> 1; 十万 -> 100,000."""
    digits = _digits(figure.text)
    if digits and Decimal(digits):
        written = Decimal(digits)
        return figure.value / written * Decimal(1).scaleb(int(written.as_tuple().exponent))
    if not figure.value:
        return Decimal(1)
    return Decimal(1).scaleb(int(figure.value.normalize().as_tuple().exponent))


def _reading(figure: Quantity) -> str:
    return _("{figure} ({reading})").format(figure=figure.text, reading=describe_interval(figure.interval, figure.unit))


def _bound_reworded(verified: Quantity, drafted: Quantity) -> str | None:
    """以上 -> 超过 (or 以下 -> 不足): one bound, the same value, only whether the value itself is included changed."""
    old, new = verified.interval, drafted.interval
    if old.lo != new.lo or old.hi != new.hi or verified.hedge == drafted.hedge:
        return None
    return _("bound worded differently ({was} -> {now}): {verified} -> {drafted}").format(
        was=verified.hedge or _("none"),
        now=drafted.hedge or _("none"),
        verified=describe_interval(old, verified.unit),
        drafted=describe_interval(new, drafted.unit),
    )


def diagnose(verified: Quantity, drafted: Quantity) -> str:
    """The likely slip behind a changed figure."""
    if verified.unit != drafted.unit:
        return _("unit changed ({was} -> {now})").format(was=verified.unit or _("none"), now=drafted.unit or _("none"))
    if verified.hedge != drafted.hedge:
        return _("hedge changed ({was} -> {now})").format(
            was=verified.hedge or _("none"), now=drafted.hedge or _("none")
        )
    old, new = _digits(verified.text), _digits(drafted.text)
    if old and new and old != new:
        slip = _digit_slip(old, new)
        if slip:
            return slip
    if verified.value and drafted.value:
        ratio = drafted.value / verified.value
        for factor, name in ((Decimal(10**4), "万 -> 亿"), (Decimal("1e-4"), "亿 -> 万")):
            if ratio == factor:
                return _("multiplier changed ({change})").format(change=name)
        if ratio in (Decimal(10), Decimal("0.1")):
            return _("a zero added") if ratio > 1 else _("a zero dropped")
    if old == new and verified.value != drafted.value:
        return _("multiplier changed")
    gap = drafted.value - verified.value
    return _("value changed (by {gap})").format(gap=f"{'+' if gap > 0 else ''}{_plain(gap)}")


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
            return _("two digits swapped")
        if len(diffs) == 1:
            try:
                step = abs(Decimal(new) - Decimal(old))
            except ArithmeticError:
                return None
            unit = Decimal(1).scaleb(exponent(Decimal(old)))
            if step == unit:
                return _("off by one")
            return _("one digit changed")
    if len(new) == len(old) - 1 and any(old[:i] + old[i + 1 :] == new for i, c in enumerate(old) if c == "0"):
        return _("a zero dropped")
    if len(new) == len(old) + 1 and any(new[:i] + new[i + 1 :] == old for i, c in enumerate(new) if c == "0"):
        return _("a zero added")
    if len(new) == len(old) - 1 and any(old[:i] + old[i + 1 :] == new for i in range(len(old))):
        return _("a digit dropped")
    if len(new) == len(old) + 1 and any(new[:i] + new[i + 1 :] == old for i in range(len(new))):
        return _("a digit added")
    return None


def _plain(value: Decimal) -> str:
    from factcheck.quantity import format_number

    return format_number(value)


# -- the whole check -------------------------------------------------------------------------------


@dataclass
class _Placed:
    """A claim's place in the draft and what became of its figure."""

    claim: Claim
    status: str  # verified | changed | reworded | missing
    start: int
    end: int
    figure: Quantity | None = None

    @property
    def offset(self) -> int:
        return self.figure.start if self.figure is not None else self.start


def check_draft(article: Article, document: Document, settings: ReadingSettings = DEFAULT_SETTINGS) -> ArticleResult:
    """Findings for a draft of ``article``: what the edit did to each verified figure and to each rule.

    Every finding is located in the draft (``document``'s own terms); a rule's own file and line come second.
    """
    draft = _prepare(document, article.claims, settings)
    matches, missing = _align(draft, article.claims, _verified_contexts(article, settings))
    path = document.path
    findings: list[Finding] = []
    status_of: dict[int, tuple[str, str]] = {}  # by the figure's start in the draft
    found: list[Quantity] = []  # figures only a claim's place made figures (一个)
    overrides: dict[str, Claim] = {}
    placed: dict[str, _Placed] = {}
    for match in sorted(matches, key=lambda m: m.start):
        claim = match.claim
        verified = claim.quote_figure
        drafted = draft.figures[match.figure] if match.figure is not None else match.found
        if drafted is None or verified is None:
            if verified is not None:
                placed[claim.id] = _Placed(claim, "missing", match.start, match.end)
                message = _("{claim}: the sentence is there but its figure {figure} is gone").format(
                    claim=claim.id, figure=verified.text
                )
                findings.append(_claim_finding(article, claim, Kind.MISSING, document, match.start, message))
            continue
        if match.figure is None:
            found.append(drafted)
        status, detail = compare(verified, drafted)
        status_of[drafted.start] = (status, claim.id)
        placed[claim.id] = _Placed(claim, status, match.start, match.end, drafted)
        if status == VERIFIED:
            continue
        kind = Kind.CHANGED if status == CHANGED else Kind.REWORDED
        finding = _claim_finding(
            article, claim, kind, document, drafted.start, f"{claim.id}: {verified.text} -> {drafted.text}"
        )
        findings.append(replace(finding, detail=detail, figure=drafted.text, value=drafted.interval))
        overrides[claim.id] = _with_draft_figure(claim, drafted)
    for claim, offset in _where_missing(article, missing, placed):
        placed[claim.id] = _Placed(claim, "missing", offset, offset)
        message = _("{claim}: verified claim not found in the draft: {quote}").format(claim=claim.id, quote=claim.quote)
        findings.append(_claim_finding(article, claim, Kind.MISSING, document, offset, message))
    figures: list[DraftFigure] = []
    for quantity in sorted([*draft.figures, *found], key=lambda q: q.start):
        location = document.locate(quantity.start)
        where = str(location)  # in the document's own terms: 23:140, p3:12, ¶14
        status, claim_id = status_of.get(quantity.start, ("unverified", None))
        figures.append(
            DraftFigure(
                quantity.text, quantity.start, quantity.end, location.line, location.column, status, claim_id, where
            )
        )
        if status == "unverified":
            findings.append(
                Finding(
                    article=article.id,
                    kind=Kind.UNVERIFIED,
                    id=f"unverified:{_unique(location)}",
                    status=Status.WARN,
                    severity=Severity.WARNING,
                    message=_("{figure}: no verified claim covers this figure").format(figure=quantity.text),
                    file=path,
                    line=location.line,
                    column=location.column,
                    figure=quantity.text,
                    value=quantity.interval,
                    where=where,
                )
            )
    findings.sort(key=lambda f: (f.line, f.column, f.id))
    result = check_article(article, claims=overrides, origin="draft")
    findings.extend(_rule_effects(article, result.findings, placed, document))
    claims = tuple(
        DraftClaim(
            p.claim.id,
            p.status,
            p.claim.quote,
            p.start,
            p.end,
            p.figure.start if p.figure is not None else None,
            p.figure.end if p.figure is not None else None,
            str(document.locate(p.offset)),
        )
        for p in sorted(placed.values(), key=lambda p: (p.offset, p.claim.id))
    )
    return replace(result, findings=tuple(findings), draft=DraftInfo(path, document.text, tuple(figures), claims))


def _unique(location: Location) -> str:
    """A position no other figure shares: a PDF page or a Word paragraph holds several, so add the column."""
    within = location.page is not None or location.paragraph is not None
    return f"{location}:{location.column}" if within else f"{location.line}:{location.column}"


def _where_missing(article: Article, missing: Iterable[Claim], placed: dict[str, _Placed]) -> list[tuple[Claim, int]]:
    """Where each missing claim would stand in the draft: after the claim before it (in the claims' order)."""
    gone = {claim.id for claim in missing}
    if not gone:
        return []
    located: list[tuple[Claim, int]] = []
    offset = 0
    pending: list[Claim] = []
    for claim in sorted(article.claims, key=lambda c: (c.source.line, c.source.column)):
        if claim.id in gone:
            pending.append(claim)
            continue
        place = placed.get(claim.id)
        if place is None:
            continue
        if pending and not located:
            offset = place.start  # missing claims before the first one found stand before it
        located.extend((c, offset) for c in pending)
        pending = []
        offset = place.end
    located.extend((c, offset) for c in pending)
    return located


def _claim_finding(
    article: Article, claim: Claim, kind: Kind, document: Document, offset: int, message: str
) -> Finding:
    missing = kind is Kind.MISSING
    changed = kind is Kind.CHANGED
    location = document.locate(offset)
    return Finding(
        article=article.id,
        kind=kind,
        id=f"{kind.value}:{claim.id}",
        status=Status.FAIL if changed else Status.WARN,
        severity=Severity.ERROR if changed else Severity.WARNING,
        message=message,
        file=document.path,
        line=location.line,
        column=location.column,
        claims=(claim.id,),
        verified_figure=claim.quote_figure.text if claim.quote_figure else None,
        where=str(location),
        defined_at=claim.source if missing else None,
    )


def _rule_effects(
    article: Article, draft_findings: Iterable[Finding], placed: dict[str, _Placed], document: Document
) -> list[Finding]:
    """Each rule with the draft's figures against the verified article's: new, already failing, fixed, unchanged.

    A rule is located at the draft's edited figure it rests on (the first in the draft), else at its first
    figure in the draft; the rules file's line comes second.  A failure the verified article already had is a
    warning: the edit did not cause it.
    """
    before = {f.id: f.status for f in check_article(article, origin="verified").findings if f.kind is Kind.RULE}
    effects: list[Finding] = []
    for finding in draft_findings:
        if finding.kind is not Kind.RULE:
            effects.append(finding)
            continue
        failing = finding.status is not Status.PASS
        was_failing = before.get(finding.id, Status.PASS) is not Status.PASS
        if failing and was_failing:
            finding = replace(finding, status=Status.WARN, severity=Severity.WARNING, edit=Edit.ALREADY_FAILING)
        elif failing:
            finding = replace(finding, edit=Edit.NEW)
        else:
            finding = replace(finding, edit=Edit.FIXED if was_failing else Edit.UNCHANGED)
        places = [placed[c] for c in finding.claims if c in placed and placed[c].status != "missing"]
        edited = [p for p in places if p.status != VERIFIED]
        if edited or places:
            offset = min(p.offset for p in (edited or places))
            location = document.locate(offset)
            source = article.rules_file or finding.file
            finding = replace(
                finding,
                file=document.path,
                line=location.line,
                column=location.column,
                where=str(location),
                defined_at=Source(source, finding.line, finding.column),
            )
        effects.append(finding)
    return effects


def _with_draft_figure(claim: Claim, drafted: Quantity) -> Claim:
    quantity = drafted.as_share() if claim.quantity.context == SHARE and drafted.unit == PERCENT else drafted
    return replace(claim, quantity=quantity, quote_figure=drafted, value_text=None)


def choose_article(claims_dir: Path, text: str, settings: ReadingSettings = DEFAULT_SETTINGS) -> Path:
    """The claims file whose quotes best match ``text``; an error names the candidates when none stands out."""
    from factcheck.loader import LoadError, load

    if not claims_dir.is_dir():
        raise FactcheckError(_("no --claims given and no claims/ folder here: name the claims file with --claims"))
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
    listed = _("; ").join(
        _("{path} ({share:.0%} of quotes found)").format(path=path, share=score) for score, path in scores
    )
    raise FactcheckError(
        _("cannot tell which article this draft is: give --claims. Candidates: {candidates}").format(
            candidates=listed or _("none")
        )
    )


def _in_place(text: str, claims: Sequence[Claim], figures: Sequence[Quantity]) -> tuple[dict[int, str], list[Claim]]:
    """Claims that say where they stand (scan's, whose figure keeps its offset in the text): each one whose
    quote stands in ``text`` exactly there, with its figure where the quote has it, is placed on the text's
    figure at that offset, with no search; the others are left to align.  Linear in the claims."""
    at_offset = {figure.start: number for number, figure in enumerate(figures)}
    placed: dict[int, str] = {}
    rest: list[Claim] = []
    for claim in claims:
        own, start = claim.quote_figure, claim.quantity.start
        number = at_offset.get(start)
        if (
            own is not None
            and number is not None
            and number not in placed
            and start >= own.start
            and text.startswith(claim.quote, start - own.start)
            and text.startswith(own.text, start)
        ):
            placed[number] = claim.id
        else:
            rest.append(claim)
    return placed, rest


def mark_article(article: Article, result: ArticleResult) -> DraftInfo | None:
    """The article's own text with each claim's figure marked by its worst verdict (for the HTML report)."""
    from factcheck.findings import claim_statuses

    if article.text is None:
        return None
    # the file's own positions where the text was read from one (a Markdown table's line, a PDF's page)
    document = article.text_document or from_text(article.text, article.text_path or article.id)
    figures = find_quantities(article.text)
    claimed, rest = _in_place(article.text, article.claims, figures)
    if rest:  # claims that do not say where they stand (a claims file's): aligned by their quotes
        draft = _prepare(document, rest, figures=figures)
        matches, _ = _align(draft, rest, taken=set(claimed))
        claimed.update({m.figure: m.claim.id for m in matches if m.figure is not None})
    statuses = claim_statuses(result)
    marked = []
    for number, quantity in enumerate(figures):
        location = document.locate(quantity.start)
        claim = claimed.get(number)
        status = statuses[claim].value if claim in statuses else ("unchecked" if claim else "unverified")
        marked.append(
            DraftFigure(
                quantity.text,
                quantity.start,
                quantity.end,
                location.line,
                location.column,
                status,
                claim,
                str(location),
            )
        )
    return DraftInfo(article.text_path or article.id, article.text, tuple(marked))


__all__ = [
    "FUZZY_THRESHOLD",
    "check_draft",
    "choose_article",
    "compare",
    "diagnose",
    "fold",
    "label_score",
    "mark_article",
    "same_figure",
    "value_score",
]
