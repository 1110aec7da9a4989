"""Numbers that label rather than count (docs/quantities.md, Not figures).

Each test looks at a few characters around a number and says whether it is a date, a list or section number, a
document number, a table label, a session, a name: something a careful reader would not check as a figure.
"""

from __future__ import annotations

import re

from factcheck.quantity.definitions import en, zh

_NAMES_RE = re.compile("|".join(sorted(map(re.escape, zh.NAMES), key=len, reverse=True)))
_LABEL_PREFIX_RE = re.compile("(?:" + "|".join(map(re.escape, zh.LABEL_PREFIXES)) + r")\s*$")
_LABEL_PREFIX_WINDOW = max(map(len, zh.LABEL_PREFIXES)) + 1
_EN_LABEL_RE = re.compile(r"(?<![a-z])(?:" + "|".join(map(re.escape, en.LABEL_WORDS)) + r")\s*$")
_EN_LABEL_WINDOW = max(map(len, en.LABEL_WORDS)) + 2
# The characters a label word can end with (or the space after it): most numbers need no regex at all.
_LABEL_LAST_CHARS = frozenset("".join(w[-1] for w in (*zh.LABEL_PREFIXES, *en.LABEL_WORDS)) + " \t\u3000.")
_LABEL_LAST_CHARS = _LABEL_LAST_CHARS | frozenset(c.upper() for c in _LABEL_LAST_CHARS)
_SESSION_RE = re.compile("届(?:" + "|".join(map(re.escape, zh.SESSION_AFTER)) + ")")
_MONTH = "|".join(en.MONTHS)
_DAY_MONTH_RE = re.compile(r"(?:st|nd|rd|th)?\s+(?:" + _MONTH + r")\b", re.IGNORECASE)
_MONTH_BEFORE_RE = re.compile(r"(?<![a-z])(?:" + _MONTH + r")\.?\s+$", re.IGNORECASE)
_TIME_AFTER_RE = re.compile(r"\s?(?:a\.m\.|p\.m\.|am|pm|o'clock)(?![a-z])", re.IGNORECASE)
_YEAR_BEFORE_RE = re.compile(r"(?<![a-z])(?:" + "|".join(en.YEAR_BEFORE) + r")\s$")
_ISO_DATE_RE = re.compile(
    r"\d{4}(?:[-/]\d{1,2}(?:[-/]\d{1,2})?|\.\d{1,2}\.\d{1,2})(?![\d.%])|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}(?![\d.%])"
)
_FISCAL_YEAR_RE = re.compile(r"(?:19|20)\d\d[/\-–](?:\d\d)(?![\d%])")
_YEAR_SPAN_RE = re.compile(r"\d{4}\s*[-–—~至到]\s*\d{2,4}(?!\d)")
_DATE_SPAN_RE = re.compile(r"\d{1,2}\s*[-–—~至到、]\s*\d{1,2}\s*(?:月|日|号)")
_DOT_DATE_RE = re.compile(r"\d{1,2}\s*[·•.]\s*\d{1,2}(?!\d)")
_LINE_START_RE = re.compile(r"(?:^|\n)[ \t\u3000]*$")
_CN_LIST_RE = re.compile(r"[(（][一二三四五六七八九十]+[)）]")


class Labels:
    """Where a passage's names and bracketed labels lie, computed once per passage."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.name_spans = [m.span() for m in _NAMES_RE.finditer(text)]
        self.name_starts = [s for s, _ in self.name_spans]

    def in_name(self, start: int, end: int, numeral: tuple[int, int] | None = None) -> bool:
        """Whether [start, end) overlaps a name; a name lying wholly inside a longer numeral does not count
        (两万一千 contains 万一 and is a numeral)."""
        import bisect

        index = bisect.bisect_left(self.name_starts, end) - 1
        while index >= 0 and self.name_spans[index][1] > start:
            n_start, n_end = self.name_spans[index]
            inside = numeral is not None and numeral[0] <= n_start and n_end <= numeral[1]
            if not (inside and (n_start, n_end) != numeral):
                return True
            index -= 1
        return False


def label_before(text: str, lower: str, start: int) -> bool:
    """第3, 表1, 图2, 附件1, Section 21, Level 3, No. 5: a number that names a thing."""
    if start == 0 or text[start - 1] not in _LABEL_LAST_CHARS:
        return False
    if _LABEL_PREFIX_RE.search(text, max(0, start - _LABEL_PREFIX_WINDOW), start):
        return True
    return bool(_EN_LABEL_RE.search(lower, max(0, start - _EN_LABEL_WINDOW), start))


def in_brackets(text: str, start: int, end: int) -> bool:
    """〔2018〕67号, [1]: document years and footnote markers."""
    return any(text[start - 1 : start] == left and text[end : end + 1] == right for left, right in zh.DOCUMENT_BRACKETS)


def list_number(text: str, start: int, end: int, *, chinese: bool) -> bool:
    """1、 and 1. at the start of a line, （一） anywhere, 一是 / 二是: numbers that order a list."""
    after = text[end : end + 1]
    if after in zh.LIST_MARKS and not text[end + 1 : end + 2].isdigit():
        if _LINE_START_RE.search(text, max(0, start - 8), start):
            return True
        if after == "、" and start > 0 and text[start - 1] in "。；;：:\n":
            return True
    if chinese and after == zh.LIST_WORD_AFTER and end - start == 1:
        return True
    if start > 0 and text[start - 1] in "(（" and text[end : end + 1] in ")）" and chinese:
        return True
    return bool(start > 0 and text[start - 1] in "(（" and _LINE_START_RE.search(text, max(0, start - 9), start - 1))


def session(text: str, end: int) -> bool:
    """十三届全国人大, 十九届四中全会: a session of a body."""
    return bool(_SESSION_RE.match(text, end))


def english_date(text: str, lower: str, start: int, end: int) -> bool:
    """26 March 2020, March 26, 2 pm, in 2019: a date or a time of day."""
    before = text[start - 1 : start]
    after = text[end : end + 1]
    if not (before in (" ", ".") or after in (" ", "s", "n", "r", "t", "a", "p")):
        return False
    if _DAY_MONTH_RE.match(text, end) or _MONTH_BEFORE_RE.search(lower, max(0, start - 12), start):
        return True
    return bool(_TIME_AFTER_RE.match(lower, end))


def year_after_word(lower: str, start: int) -> bool:
    return bool(_YEAR_BEFORE_RE.search(lower, max(0, start - 12), start))


_DATE_JOINERS = frozenset("-/.–—~至到、 ")
_DIGIT_RUN_RE = re.compile(r"\d+")


def numeric_date(text: str, start: int) -> int:
    """2020-08-20, 2020/8/20, 20.08.2020, 2019/20, 2019-20, 2018-2020, 1-11月, “2·7”: the end of a date written
    in digits starting at ``start``, or 0."""
    run = _DIGIT_RUN_RE.match(text, start)
    if run is None or text[run.end() : run.end() + 1] not in _DATE_JOINERS:
        return 0
    for pattern in (_ISO_DATE_RE, _FISCAL_YEAR_RE, _YEAR_SPAN_RE, _DATE_SPAN_RE):
        match = pattern.match(text, start)
        if match is not None:
            if pattern is _YEAR_SPAN_RE and not 1000 <= int(match.group()[:4]) <= 2999:
                continue
            if pattern is _ISO_DATE_RE and not _plausible_date(match.group()):
                continue
            return match.end()
    return 0


def dot_date(text: str, start: int) -> int:
    """“2·7”, “7·20”: an event named by its date (in quotes or with a middle dot)."""
    match = _DOT_DATE_RE.match(text, start)
    if match is None:
        return 0
    mark = text[start : match.end()]
    quoted = start > 0 and text[start - 1] in "“\"「'" and text[match.end() : match.end() + 1] in "”\"」'"
    if "·" in mark or "•" in mark or quoted:
        return match.end()
    return 0


def _plausible_date(found: str) -> bool:
    parts = [int(p) for p in re.split(r"[-/.]", found)]
    if parts[0] >= 1000:
        return 1 <= parts[1] <= 12 and (len(parts) < 3 or 1 <= parts[2] <= 31)
    return len(parts) == 3 and (1 <= parts[0] <= 31) and (1 <= parts[1] <= 31)


def chinese_list_label(text: str, start: int) -> int:
    """（一）: the end of a Chinese list label starting at ``start`` (an opening parenthesis), or 0."""
    match = _CN_LIST_RE.match(text, start)
    return match.end() if match else 0
