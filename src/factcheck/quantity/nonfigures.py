"""Numbers that label rather than count (docs/quantities.md, Not figures).

Each test looks at a few characters around a number and says whether it is a date, a list or section number, a
document number, a table label, a session, a name: something a careful reader would not check as a figure.
"""

from __future__ import annotations

import re

from factcheck.quantity.definitions import en, zh
from factcheck.quantity.lazyre import lazy_compile

_Trie = dict[str, "_Trie"]


def _trie_pattern(words: list[str]) -> str:
    """One alternation as a trie (十(?:三五|四五|...)), longest match first: the scan tries one branch per character
    instead of every word, which keeps a long passage's name search cheap as the list grows."""
    trie: _Trie = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: _Trie) -> str:
        branches = [re.escape(char) + build(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            return f"(?:{body})?" if len(branches) == 1 else body + "?"
        return body

    return build(trie)


_NAMES_RE = lazy_compile(_trie_pattern([*zh.NAMES, *en.NAMES]))
_LABEL_PREFIX_RE = lazy_compile(
    "(?:(?:" + "|".join(map(re.escape, zh.LABEL_PREFIXES)) + r")\s*"
    "|(?:" + "|".join(map(re.escape, zh.CODE_LABELS)) + r")\s*[：:]\s*"  # 邮编：353000, 编号: 12
    "|(?:" + "|".join(map(re.escape, zh.LABEL_PREFIXES)) + r")\s*\d{1,3}[-－–])$"  # 表3-1, 图2-4: the part's number
)
_LABEL_PREFIX_WINDOW = max(map(len, zh.LABEL_PREFIXES)) + 3
_EN_LABEL_RE = lazy_compile(r"(?<![a-z])(?:" + "|".join(map(re.escape, en.LABEL_WORDS)) + r")\s*$")
_PAGE_OF_RE = lazy_compile(r"(?<![a-z])page \d{1,4} of $")
# grades 9 to 4, sections 3 and 4, levels 2-3: after a plural label word the second end of a pair is a label too
# (never after a singular one: "Band 3 and 0.08 million urgent treatment" lists a figure after a label)
_EN_LABEL_PAIR_RE = lazy_compile(
    r"(?<![a-z])(?:"
    + "|".join(re.escape(w) for w in en.LABEL_WORDS if w.endswith("s") and w[:-1] in en.LABEL_WORDS)
    + r"|scope)\s*\d{1,4}[a-z]?\s*(?:to|and|or|through|-|–)\s*$"  # Scope 1 and 2 emissions: named so, singular
)
# Category 1 and 2, Grade 1 or 2, Level 2 and 3: a singular label's pair of small numbers names two (never "Band 3
# and 0.08 million" or "Level 3 and 40 apprentices": a figure follows a label there)
_EN_SINGULAR_PAIR_RE = lazy_compile(
    r"(?<![a-z])(?:"
    + "|".join(re.escape(w) for w in en.LABEL_WORDS if not w.endswith("s"))
    + r")\s*\d\s*(?:and|or)\s*$"
)
_SMALL_PAIR_SECOND_RE = lazy_compile(r"\d(?![\d,.%])(?!\s*(?:million|billion|thousand|per|m\b|bn\b))")
# Zone 1-6, Section 3-5: a singular label's tight dash joins two names (never "Band 3 and 0.08 million")
_EN_LABEL_DASH_RE = lazy_compile(
    r"(?<![a-z])(?:" + "|".join(re.escape(w) for w in en.LABEL_WORDS) + r")\s*\d{1,4}[a-z]?[-–]$"
)
_LABEL_PAIR_SECOND_RE = lazy_compile(r"\d{1,4}[a-z]?(?![\d,%]|\.\d)")  # sections 3 and 4. (a full stop after)
_PAIR_LAST_CHARS = frozenset(" -–")
_PAIR_JOINERS = ("to", "and", "or", "through", "-", "–")  # a cheap test before the regex: most numbers follow none
# 第84、85章, 第三至五条: the later numbers of a list that 第 opens are labels too
_ZH_LABEL_LIST_RE = lazy_compile(
    r"第\s*[\d一二三四五六七八九十百]+(?:\s*[、和至到\-—]\s*[\d一二三四五六七八九十百]+)*\s*[、和至到\-—]\s*$"
)
_ZH_LIST_LAST_CHARS = frozenset("、和至到-—")
# Year 6, Years 7 to 11, Years 10-11: the years of school are names, written with a capital Y
# Names with a capital only: school years (Year 6, Years 7 to 11) and student-loan plans (Plan 2 loans); "in the past
# year 10 died" and "we plan 5 openings" stay figures.
_SCHOOL_YEAR_RE = lazy_compile(r"(?<![A-Za-z])(?:Years?|Plans?) (?:\d{1,2} ?(?:to|and|or|-|–) ?)?$")
_SCHOOL_YEAR_NUMBER_RE = lazy_compile(r"\d{1,2}(?![\d.,%])")
_SCHOOL_YEAR_LAST_CHARS = frozenset(" -–")
_CASE_NUMBER_BEFORE_RE = lazy_compile(r"(?<![A-Za-z])[A-Z]-\d{1,5}/$")
_SUBPROVISION_RE = lazy_compile(r"\d{1,3}[a-z]?\)")
_PROVISION_BEFORE_RE = lazy_compile(r"(?<![\d,.])\d{1,3}[A-Za-z]?(?:\([0-9a-z]{1,4}\))*\($")
_EN_LABEL_WINDOW = max(map(len, en.LABEL_WORDS)) + 2
_EN_LABEL_WORDS = tuple(en.LABEL_WORDS)
# The characters a label word can end with (or the space after it): most numbers need no regex at all.
_LABEL_LAST_CHARS = frozenset("".join(w[-1] for w in (*zh.LABEL_PREFIXES, *en.LABEL_WORDS)) + " \t\u3000.：:-－–")
_LABEL_LAST_CHARS = _LABEL_LAST_CHARS | frozenset(c.upper() for c in _LABEL_LAST_CHARS)
_SESSION_RE = lazy_compile("届(?:" + "|".join(map(re.escape, zh.SESSION_AFTER)) + ")")
_MONTH = "|".join(en.MONTHS)
_DAY_MONTH_RE = lazy_compile(r"(?:st|nd|rd|th)?\s+(?:" + _MONTH + r")\b", re.IGNORECASE)
_MONTH_BEFORE_RE = lazy_compile(r"(?<![a-z])(?:" + _MONTH + r")\.?\s+$", re.IGNORECASE)
_TIME_AFTER_RE = lazy_compile(r"\s?(?:a\.m\.|p\.m\.|am|pm|o'clock)(?![a-z])", re.IGNORECASE)
_PHONE_RE = lazy_compile(r"\d{1,4}\)?(?:[ -]\d{2,8}){0,4}(?!\d|[,.]\d)")
_TRUNK_ZERO_RE = lazy_compile(r"\d{1,3} ?\(0\) ?\d{1,5}(?:[ -]\d{2,8}){0,4}(?!\d)")  # +44 (0)845 601 3034
_HOTLINE_LIST_RE = lazy_compile(r"(?:[、,，/和及]\d{3,5})+")
_CAPITALISED_BEFORE_RE = lazy_compile(r"(?<![A-Za-z0-9])([A-Z][A-Za-z]*) $")
# Capitalised words that stand before a figure inside a sentence without naming anything with it.
_NOT_NAMES = frozenset(
    [*en.MONTHS, "i", "rmb", "cny", "usd", "us", "gbp", "eur", "hkd", "jpy", "no", "total", "about", "over", "nearly"]
)
_URL_RE = lazy_compile(r"(?:[a-z][a-z0-9+.-]*://|www\.)[^\s<>\"'“”‘’，。；、：！？（）()\[\]【】]+", re.IGNORECASE)
_CLOSING = dict(zh.DOCUMENT_BRACKETS)
_CLOCK_BEFORE_RE = lazy_compile(r"(?<![a-z])(?:" + "|".join(en.CLOCK_BEFORE) + r")\s+$")
_CLOCK_BEFORE_ENDS = tuple({phrase.rsplit(" ", 1)[-1] for phrase in en.CLOCK_BEFORE})  # past, to
_IDIOM_RE = lazy_compile(
    r"(?<![a-z])(?:" + "|".join(re.escape(w) for w in sorted(en.NUMBER_IDIOMS, key=len, reverse=True)) + r")(?![a-z])"
)
_IDIOM_WINDOW = max(map(len, en.NUMBER_IDIOMS))
_YEAR_BEFORE_RE = lazy_compile(r"(?<![a-z])(?:" + "|".join(en.YEAR_BEFORE) + r")\s$")
_ISO_DATE_RE = lazy_compile(
    r"\d{4}(?:[-/]\d{1,2}(?:[-/]\d{1,2})?|\.\d{1,2}\.\d{1,2})(?!\d|\.\d|%)|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}(?!\d|\.\d|%)"
)
_FISCAL_YEAR_RE = lazy_compile(r"(?:19|20)\d\d[/\-–](?:\d\d)(?![\d%])")
_YEAR_SPAN_RE = lazy_compile(r"\d{4}\s*[-–—~至到]\s*\d{2,4}(?!\d)")
_AMOUNT_AFTER_RE = lazy_compile(
    "|".join(map(re.escape, sorted([*zh.CURRENCIES, *zh.AMOUNT_UNITS], key=len, reverse=True)))
    + r"|\s?(?:"
    + "|".join(map(re.escape, en.CURRENCY_WORDS))
    + r"|people|cases)(?![a-z])"
)
_DATE_SPAN_RE = lazy_compile(r"\d{1,2}\s*[-–—~至到、]\s*\d{1,2}\s*(?:月|日|号)")
_DOT_DATE_RE = lazy_compile(r"\d{1,2}\s*[·•.]\s*\d{1,2}(?!\d)")
_LINE_START_RE = lazy_compile(r"(?:^|\n)[ \t\u3000]*$")
_CN_LIST_RE = lazy_compile(r"[(（][一二三四五六七八九十]+[)）]")


class Labels:
    """Where a passage's names and bracketed labels lie, computed once per passage."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.name_spans = [m.span() for m in _NAMES_RE.finditer(text)]
        self.name_starts = [s for s, _ in self.name_spans]
        has_url = "://" in text or "www." in text or "WWW." in text
        self.url_spans = [m.span() for m in _URL_RE.finditer(text)] if has_url else []
        self.url_starts = [s for s, _ in self.url_spans]

    def in_url(self, pos: int) -> int:
        """The end of the web address holding ``pos``, or 0."""
        if not self.url_spans:
            return 0
        import bisect

        index = bisect.bisect_right(self.url_starts, pos) - 1
        if index >= 0 and pos < self.url_spans[index][1]:
            return self.url_spans[index][1]
        return 0

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


_AGE_BEFORE = lazy_compile(r"(?<![a-z])(?:aged|ages|age)\s+(?:between\s+)?(\d{1,3}\s*(?:-|–|to|through|and)\s*)?$")
_AGE_GROUP_BEFORE = ("under-", "over-")
_AGE_RANGE_END = lazy_compile(r"\s*(?:-|–|to|through|and)\s*\d{1,3}(?!\d|,\d|\.\d)")
_AGE_AFTER = lazy_compile(
    r"(?:-?\s*(?:-|–|to|and)\s*-?\s*\d{1,3})?\s*-?\s*"
    r"(?:year-?olds?|years?\s+old|years?\s+of\s+age|age\s+(?:groups?|bands?|ranges?))(?![a-z])"
)


def age_group_before(lower: str, start: int) -> bool:
    """under-five mortality, the under-18s, over-65s: the number names an age group."""
    return lower.endswith(_AGE_GROUP_BEFORE, 0, start)


def age_band(lower: str, start: int, end: int) -> bool:
    """ "children aged 10 to 17", "aged 18-24", "10- to 17-year-olds", "a 15-year-old", "the 25-34 age band": ages
    that name a group of people (or one person), no quantity a report asserts."""
    if age_group_before(lower, start):
        return True
    if end - start > 3:
        return False
    before = _AGE_BEFORE.search(lower, max(0, start - 20), start) if "ag" in lower[max(0, start - 20) : start] else None
    if before is not None and (before.group(1) or _AGE_RANGE_END.match(lower, end)):
        return True  # both ends of "aged 10 to 17"; "aged 65 and over" stays a bound (65 or more)
    tail = lower[end : end + 24]
    return ("year" in tail or "age" in tail) and _AGE_AFTER.match(lower, end) is not None


def label_before(text: str, lower: str, start: int) -> bool:
    """第3, 表1, 图2, 附件1, Section 21, Level 3, No. 5: a number that names a thing."""
    if start == 0:
        return False
    if (
        text[start - 1] in _PAIR_LAST_CHARS
        and lower[max(0, start - 9) : start].rstrip().endswith(_PAIR_JOINERS)
        and _LABEL_PAIR_SECOND_RE.match(text, start)
        and (
            _EN_LABEL_PAIR_RE.search(lower, max(0, start - 32), start)
            or _EN_LABEL_DASH_RE.search(lower, max(0, start - 24), start)
            or (
                _SMALL_PAIR_SECOND_RE.match(lower, start)
                and _EN_SINGULAR_PAIR_RE.search(lower, max(0, start - 32), start)
            )
        )
    ):
        return True
    if text[start - 1] in _ZH_LIST_LAST_CHARS and _ZH_LABEL_LIST_RE.search(text, max(0, start - 32), start):
        return True
    if text[start - 1] == "/" and _CASE_NUMBER_BEFORE_RE.search(text, max(0, start - 10), start):
        return True  # Case C-311/18, T-123/20: a court's case number and its year
    if (
        text[start - 1] == "("
        and start >= 2
        and (text[start - 2].isdigit() or text[start - 2] == ")")
        and _SUBPROVISION_RE.match(text, start)
        and _PROVISION_BEFORE_RE.search(text, max(0, start - 16), start)
    ):
        return True  # section 3(1), paragraph 3(2)(b): the parts of a provision are its names
    if (
        text[start - 1] in _SCHOOL_YEAR_LAST_CHARS
        and _SCHOOL_YEAR_RE.search(text, max(0, start - 20), start)
        and _SCHOOL_YEAR_NUMBER_RE.match(text, start)
    ):
        return True  # Year 6 pupils, Years 7 to 11, Plan 2 loans: names with a capital (in the past year 10 died)
    if text[start - 1] not in _LABEL_LAST_CHARS:
        return False
    window = max(0, start - _LABEL_PREFIX_WINDOW)
    # Every Chinese label holds a non-ASCII character: English text needs no search for one.
    if not text[window:start].isascii() and _LABEL_PREFIX_RE.search(text, window, start):
        return True
    window = max(0, start - _EN_LABEL_WINDOW)
    if lower.endswith(" of ", 0, start) and _PAGE_OF_RE.search(lower, max(0, start - 20), start):
        return True  # "Page 2 of 105": the pages of a document, printed in its footer
    if not lower[window:start].rstrip().endswith(_EN_LABEL_WORDS):
        return False  # the window must end with a label word and spaces: most numbers follow no label
    return bool(_EN_LABEL_RE.search(lower, window, start))


def minus_before(text: str, start: int) -> bool:
    """负 right before ``start`` is a minus sign (负3.8%), not the end of a word (减负, 胜负, 不负, 正负)."""
    return start > 0 and text[start - 1] == zh.MINUS and text[start - 2 : start - 1] not in zh.NOT_MINUS_AFTER


def han_before(text: str, start: int) -> bool:
    """A Chinese character stands right before ``start``."""
    return start > 0 and "\u4e00" <= text[start - 1] <= "\u9fff"


def word_end_label(text: str, start: int) -> bool:
    """The label before ``start`` is 表 or 图 ending a word (代表, 发表, 试图), not 附表 or a label standing alone."""
    found = _LABEL_PREFIX_RE.search(text, max(0, start - _LABEL_PREFIX_WINDOW), start)
    if found is None or found.group().strip() not in zh.WORD_END_LABELS:
        return False
    return han_before(text, found.start())


def in_brackets(text: str, start: int, end: int) -> bool:
    """〔2018〕67号, [1]: document years and footnote markers."""
    right = _CLOSING.get(text[start - 1 : start])
    return right is not None and text[end : end + 1] == right


def list_number(text: str, start: int, end: int, *, chinese: bool) -> bool:
    """1、 and 1. at the start of a line, （一） anywhere, 一是 / 二是: numbers that order a list."""
    after = text[end : end + 1]
    if after in zh.LIST_MARKS and not text[end + 1 : end + 2].isdigit():
        if _LINE_START_RE.search(text, max(0, start - 8), start):
            return True
        if (
            start > 0
            and text[start - 1] in "。；;：:\n"
            and (after == "、" or "\u4e00" <= text[end + 1 : end + 2] <= "\u9fff")
        ):
            return True  # 注：1.本表…；2.增长速度…: a note's items, numbered mid-line
    if chinese and after == zh.LIST_WORD_AFTER and end - start == 1:
        return True
    if start > 0 and text[start - 1] in "(（" and text[end : end + 1] in ")）" and chinese:
        return True
    if text[end + 1 : end + 2] in ("%", "％", "‰"):
        return False  # (3)% at the start of a line: a bracketed change, never item 3
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
    return _time_after(lower, end)


def _time_after(lower: str, end: int) -> bool:
    """am, p.m., o'clock after the number (perhaps after one space); most numbers are followed by none."""
    first = lower[end : end + 1]
    if first.isspace():
        first = lower[end + 1 : end + 2]
    return first in ("a", "p", "o") and bool(_TIME_AFTER_RE.match(lower, end))


def hotline(text: str, start: int, end: int) -> bool:
    """110警情, 拨打12345, 110、119、120联动: a service line's number, not a count."""
    if text[start:end] not in zh.HOTLINES:
        return False
    if text.endswith(zh.DIAL_WORDS, max(0, start - 3), start):
        return True
    listed = _HOTLINE_LIST_RE.match(text, end)
    pos = listed.end() if listed else end
    return text.startswith(tuple(zh.HOTLINE_WORDS), pos)


_EN_DIAL_BEFORE_RE = lazy_compile(r"(?<![a-z])(?:" + "|".join(map(re.escape, en.DIAL_WORDS)) + r")\s+$")


def english_hotline(lower: str, start: int, end: int) -> bool:
    """call 999, calls to 111, dial 911: an emergency or service line's number after a word of calling."""
    return lower[start:end] in en.HOTLINES and bool(_EN_DIAL_BEFORE_RE.search(lower, max(0, start - 12), start))


def proper_name_before(text: str, start: int) -> bool:
    """English 101, Boeing 747, Windows 10: a number right after a capitalised word inside a sentence is part of a
    name (the first word of a sentence is capitalised whatever it is: "Police 500" is left alone); after an
    acronym (FTSE 100, NHS 111) anywhere."""
    if start < 3 or text[start - 1] != " ":
        return False
    match = _CAPITALISED_BEFORE_RE.search(text, max(0, start - 24), start)
    if match is None or match.group(1).lower() in _NOT_NAMES:
        return False
    if len(match.group(1)) >= 2 and match.group(1).isupper():
        return True  # FTSE 100, NHS 111, EU 27: an acronym and its number, wherever in the sentence
    before = text[max(0, match.start() - 16) : match.start()].rstrip(" \t")
    return bool(before) and before[-1] not in ".!?\n\r:;"


def phone_or_code(text: str, start: int) -> int:
    """The end of a telephone number or a code starting at ``start``, or 0: 010-12345678, 0351 1234567 (a leading zero),
    +86 10 8888 6666, (555) 123-4567, +44 (0)20 7592 8695, 400-810-8888 (three or more groups joined by hyphens), 138
    0013 8000 (a mobile number, 3-4-4 digits), 007. Space-grouped thousands (321 146, 10 000 000) are not codes."""
    opener = text[start - 1 : start] if start else ""
    first_run = _DIGIT_RUN_RE.match(text, start)
    if first_run is None:
        return 0  # _PHONE_RE starts with a digit too
    # the scanner asks only when a space follows the country code (its cheap guard), so this path asks the same
    if opener == "+" and re.match(r" +\(0\)", text[first_run.end() : first_run.end() + 8]):
        trunk = _TRUNK_ZERO_RE.match(text, start)
        if trunk is not None:
            return trunk.end()  # +44 (0)845 601 3034: the country code, the trunk zero in brackets, the number
    if (
        len(first_run.group()) == 2
        and text[first_run.end() : first_run.end() + 1] in zh.CLOCK_PARTS
        and text.endswith(zh.CLOCK_PARTS_BEFORE, 0, start)
    ):
        return 0  # 2小时01分09秒: the minutes and seconds of a time, written with two digits
    if (
        first_run.group().startswith("0")
        and len(first_run.group()) > 1
        and not (
            text[first_run.end() : first_run.end() + 1] == "."
            and text[first_run.end() + 1 : first_run.end() + 2].isdigit()
        )
    ):
        match = _PHONE_RE.match(text, start)
        return max(first_run.end(), match.end() if match else 0)  # 010-..., 0013, 007: no figure has a leading zero
    # A code has two groups at least, so the first run goes on with ")" or a space or hyphen and a digit (and is
    # at most four digits long, which _PHONE_RE checks): most numbers are no code, and need no regex.
    after = text[first_run.end() : first_run.end() + 1]
    if not (after == ")" or (after in (" ", "-") and text[first_run.end() + 1 : first_run.end() + 2].isdigit())):
        return 0
    match = _PHONE_RE.match(text, start)
    if match is None:
        return 0
    run = match.group()
    groups = _DIGIT_RUN_RE.findall(run)
    digits = sum(map(len, groups))
    if len(groups) < 2 or digits < 7:
        return 0
    if opener in "+(" and opener:
        return match.end()
    if run.count("-") >= 2 and " " not in run:
        return match.end()
    if " " in run and [len(g) for g in groups] == [3, 4, 4]:
        return match.end()  # a mobile number: columns of a table (1234 1456 1789) are not
    return 0


def generation(text: str, start: int, end: int) -> bool:
    """80后, 90后, 00后: a decade of birth."""
    number = text[start:end]
    return (
        len(number) == 2
        and number.isdigit()
        and int(number) % 5 == 0
        and text[end : end + 1] == zh.GENERATION
        and not text[end + 1 : end + 2].isdigit()
    )


def clock_reading(lower: str, start: int, end: int) -> bool:
    """9.30 pm, five o'clock, half past five: a time of day, written in digits or words."""
    after = lower[end : end + 1]
    if after and after in " apo\u00a0" and _time_after(lower, end):
        return True
    return (
        start > 0
        and lower[start - 1] == " "
        and lower[max(0, start - 14) : start].rstrip().endswith(_CLOCK_BEFORE_ENDS)
        and bool(_CLOCK_BEFORE_RE.search(lower, max(0, start - 14), start))
    )


def number_idiom(lower: str, start: int, end: int) -> bool:
    """one or two, nine to five, zero tolerance: an idiom holding number words overlaps [start, end)."""
    for match in _IDIOM_RE.finditer(lower, max(0, start - _IDIOM_WINDOW), min(len(lower), end + _IDIOM_WINDOW)):
        if match.start() < end and start < match.end():
            return True
    return False


def year_after_word(lower: str, start: int) -> bool:
    return bool(_YEAR_BEFORE_RE.search(lower, max(0, start - 12), start))


_DATE_JOINERS = frozenset("-/.–—~至到、 ")
DATE_JOINERS = _DATE_JOINERS  # what must follow a date's first digits (scan/arabic.py skips the date tests without)
_SPACED_DATE_JOINERS = frozenset("-–—~至到、")  # the joiners _YEAR_SPAN_RE and _DATE_SPAN_RE allow after spaces
_DIGIT_RUN_RE = lazy_compile(r"\d+")


def numeric_date(text: str, start: int) -> int:
    """2020-08-20, 2020/8/20, 20.08.2020, 2019/20, 2019-20, 2018-2020, 1-11月, “2·7”: the end of a date written
    in digits starting at ``start``, or 0."""
    run = _DIGIT_RUN_RE.match(text, start)
    if run is None or text[run.end() : run.end() + 1] not in _DATE_JOINERS:
        return 0
    if text[run.end()] == " ":
        # 5 people: after a space only a span's joiner (2018 - 2020, 1 至 3月) may go on with a date.
        spaced = text[run.end() : run.end() + 16].lstrip()
        if spaced and spaced[0] not in _SPACED_DATE_JOINERS:
            return 0
    for pattern in (_ISO_DATE_RE, _FISCAL_YEAR_RE, _YEAR_SPAN_RE, _DATE_SPAN_RE):
        match = pattern.match(text, start)
        if match is not None:
            if pattern is _YEAR_SPAN_RE and not 1000 <= int(match.group()[:4]) <= 2999:
                continue
            if pattern is _YEAR_SPAN_RE and _AMOUNT_AFTER_RE.match(text, match.end()):
                continue  # 1000-2000元, 1500-2000人: a range of amounts, not of years
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
