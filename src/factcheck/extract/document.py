"""An article read for extraction: its figures, each with its sentence, clause, label and id."""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from factcheck.quantity import Quantity, find_quantities
from factcheck.quantity.normalize import normalize

# Words that open a clause without saying what a figure counts.
_LEADING = (
    "截至目前",
    "截至",
    "目前",
    "其中",
    "全市",
    "全省",
    "全县",
    "全区",
    "全国",
    "我市",
    "我省",
    "共计",
    "合计",
    "总计",
    "累计",
    "先后",
    "分别",
    "同时",
    "此外",
    "另外",
    "每年",
    "今年",
    "去年",
    "共",
    "又",
    "还",
    "已",
    "并",
    "和",
    "及",
    "另",
)
_YEAR_RE = re.compile(r"(19|20)\d{2}年")
_ENGLISH_WORD = re.compile(r"[A-Za-z][A-Za-z-]*")
_ENGLISH_STOP = frozenset(
    "a an the of in and or to for by with from at on as was were is are be been had has have that which "
    "more than about around nearly almost over under up down some total overall including cases "
    "fell rose grew dropped increased decreased declined reached stood solved mediated handled received".split()
)


@dataclass
class Figure:
    """One figure of the article and what extraction knows about it."""

    number: int
    quantity: Quantity
    sentence: tuple[int, int]
    clause: tuple[int, int]
    quote: str
    label: str
    id: str = ""
    clause_figures: int = 1  # figures in the quote: more than one needs value: to pick

    @property
    def text(self) -> str:
        return self.quantity.text

    @property
    def start(self) -> int:
        return self.quantity.start


@dataclass
class Document:
    text: str
    language: str
    figures: list[Figure] = field(default_factory=list)
    sentences: dict[tuple[int, int], list[Figure]] = field(default_factory=dict)  # in reading order

    def sentence_text(self, figure: Figure) -> str:
        return self.text[figure.sentence[0] : figure.sentence[1]]

    def in_sentence(self, figure: Figure) -> list[Figure]:
        return self.sentences[figure.sentence]

    def years(self, figure: Figure) -> set[str]:
        return set(_YEAR_RE.findall(self.sentence_text(figure)))


def detect_language(text: str) -> str:
    cjk = sum(1 for c in text if unicodedata.east_asian_width(c) in ("W", "F"))
    letters = sum(1 for c in text if c.isascii() and c.isalpha())
    return "zh" if cjk >= letters / 4 else "en"


class _Breaks:
    """Where a text breaks into clauses or sentences, found once; each figure's span by bisection."""

    def __init__(self, text: str, pattern: str) -> None:
        found = [(m.start(), m.end()) for m in re.finditer(pattern, text)]
        self.starts = [a for a, _ in found]
        self.ends = [b for _, b in found]
        self.length = len(text)

    def span(self, position: int, *, keep_stop: bool = False) -> tuple[int, int]:
        """From the end of the break before ``position`` to the next break (including it with ``keep_stop``)."""
        before = bisect.bisect_right(self.ends, position) - 1
        start = self.ends[before] if before >= 0 else 0
        after = bisect.bisect_left(self.starts, position)
        if after == len(self.starts):
            return start, self.length
        return start, self.ends[after] if keep_stop else self.starts[after]


def label_of(text: str, clause: tuple[int, int], quantity: Quantity, language: str) -> str:
    """The words that say what a figure counts: before it in its clause, else after it."""
    if language == "en":
        unit = quantity.unit or ""
        if unit and unit.isascii() and unit.replace(" ", "").isalpha() and unit.islower():
            return unit
        tail = re.split(r"\d|\band\b|\bor\b", text[quantity.end : clause[1]])[0]
        following = _ENGLISH_WORD.findall(tail)
        preceding = _ENGLISH_WORD.findall(text[clause[0] : quantity.start])
        words = [w.lower() for w in following if w.lower() not in _ENGLISH_STOP][:3]
        if not words:
            words = [w.lower() for w in preceding if w.lower() not in _ENGLISH_STOP][-3:]
        return " ".join(words)
    before = normalize(text[clause[0] : quantity.start]).strip()
    before = re.sub(r"[“”\"'《》()（）]", "", before)
    changed = True
    while changed and before:
        changed = False
        for word in _LEADING:
            if before.startswith(word) and len(before) > len(word):
                before = before[len(word) :]
                changed = True
    before = re.sub(r"(?:的|为|达到|达|是|约|有|共|计)+$", "", before)
    before = re.sub(r"^(?:占)", "", before)
    if before:
        return before[-16:]
    after = normalize(text[quantity.end : clause[1]]).strip()
    return re.sub(r"[“”\"'《》()（）]", "", after)[:8]


# What a quote is trimmed of: only the spaces the reader also passes over at a line's start.  str.strip()
# would also drop a vertical tab or a form feed, after which "1." starts the quote and reads as list numbering.
_QUOTE_SPACE = " \t\n\u3000\xa0"

# English commas are often thousands separators: English clauses break on ", " and sentence ends only.  In
# Chinese text an ASCII comma or colon between digits (1,000; 10:30) is part of a figure, not a clause break.
_BREAKS = {
    "zh": (r"[。！？!?\n]", r"[，；;：。！？!?\n]|(?<!\d)[,:]|[,:](?!\d)"),
    "en": (r"[.!?](?=\s)|\n", r"[,;](?=\s)|[.!?](?=\s)|\n|\.$"),
}


def read(text: str, language: str | None = None) -> Document:
    """Find every figure and its sentence, clause, quote and label."""
    lang = language or detect_language(text)
    document = Document(text, lang)
    sentence_pattern, clause_pattern = _BREAKS[lang]
    sentences, clauses = _Breaks(text, sentence_pattern), _Breaks(text, clause_pattern)
    for number, quantity in enumerate(find_quantities(text)):
        position = quantity.start
        sentence = sentences.span(position, keep_stop=lang == "en")
        clause = clauses.span(position)
        clause = (clause[0], max(clause[1], quantity.end))
        sentence = (min(sentence[0], clause[0]), min(max(sentence[1], clause[1]), len(text)))
        quote = text[clause[0] : clause[1]].strip(_QUOTE_SPACE)
        label = label_of(text, clause, quantity, lang)
        document.figures.append(Figure(number, quantity, sentence, clause, quote, label))
    per_clause = Counter(figure.clause for figure in document.figures)
    for figure in document.figures:
        figure.clause_figures = per_clause[figure.clause]
        document.sentences.setdefault(figure.sentence, []).append(figure)
    return document
