"""English: number words, scale words, fractions, hedges, units, labels and the words that give a figure its kind."""

from __future__ import annotations

from factcheck.quantity.definitions.zh import APPROX, AT_LEAST, AT_MOST, LESS_THAN, MORE_THAN, NEAR

# -- number words ----------------------------------------------------------------------------------------------
UNITS: dict[str, int] = {
    word: number
    for number, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
        "seventeen eighteen nineteen".split()
    )
}
TENS: dict[str, int] = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fourty": 40,  # a common misspelling, read as meant
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
HUNDRED = {"hundred": 100, "hundreds": 100}
SCALES: dict[str, int] = {
    "thousand": 10**3,
    "thousands": 10**3,
    "million": 10**6,
    "millions": 10**6,
    "billion": 10**9,
    "billions": 10**9,
    "trillion": 10**12,
    "trillions": 10**12,
}
# Short forms glued to digits or written after them: 3.5m, 4.5bn, 10k, £3m.
SHORT_SCALES: dict[str, int] = {"k": 10**3, "m": 10**6, "mn": 10**6, "bn": 10**9, "b": 10**9, "tn": 10**12}
DOZEN = {"dozen": 12, "dozens": 12}
ARTICLES = ("a", "an")  # a hundred, an estimated
AND = "and"
POINT = "point"
# Fractions: the denominators, singular and plural, and words that stand for a fraction alone.
DENOMINATORS: dict[str, int] = {
    "half": 2,
    "halves": 2,
    "third": 3,
    "thirds": 3,
    "quarter": 4,
    "quarters": 4,
    "fourth": 4,
    "fourths": 4,
    "fifth": 5,
    "fifths": 5,
    "sixth": 6,
    "sixths": 6,
    "seventh": 7,
    "sevenths": 7,
    "eighth": 8,
    "eighths": 8,
    "ninth": 9,
    "ninths": 9,
    "tenth": 10,
    "tenths": 10,
    "hundredth": 100,
    "hundredths": 100,
    "thousandth": 1000,
    "thousandths": 1000,
}
# Words that are parts of numbers but never a whole figure here: ordinals, "o" for zero, made-up -ths.
ORDINAL_WORDS = (
    r"first|second|third|fifth|eighth|ninth|twelfth|o|oh|"
    r"(?:one|two|three|four|six|seven|nine|ten|eleven|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
    r"nineteen|hundred|thousand|million|billion)(?:th|ths)|(?:twen|thir|for|four|fif|six|seven|eigh|nine)tieths?"
)
LONE_FRACTIONS = {"half": (1, 2), "quarter": (1, 4)}  # "half", "quarter": read alone in a figure expression
IN_WORDS = ("in", "out of")  # one in five, nine out of ten
RANGE_WORDS = {"tens": 10, "hundreds": 100, "thousands": 10**3, "millions": 10**6, "billions": 10**9}
ODD_WORDS = ("odd", "plus")  # 2,000-odd

# -- hedges ----------------------------------------------------------------------------------------------------------
PREFIX_HEDGES: dict[str, str] = {
    "more than": MORE_THAN,
    "over": MORE_THAN,
    "above": MORE_THAN,
    "in excess of": MORE_THAN,
    "exceeding": MORE_THAN,
    "exceeds": MORE_THAN,
    "exceeded": MORE_THAN,
    "greater than": MORE_THAN,
    "higher than": MORE_THAN,
    "upwards of": MORE_THAN,
    ">": MORE_THAN,
    "at least": AT_LEAST,
    "no less than": AT_LEAST,
    "no fewer than": AT_LEAST,
    "not less than": AT_LEAST,
    "not fewer than": AT_LEAST,
    "a minimum of": AT_LEAST,
    ">=": AT_LEAST,
    "≥": AT_LEAST,
    "up to": AT_MOST,
    "at most": AT_MOST,
    "no more than": AT_MOST,
    "not more than": AT_MOST,
    "no greater than": AT_MOST,
    "a maximum of": AT_MOST,
    "<=": AT_MOST,
    "≤": AT_MOST,
    "less than": LESS_THAN,
    "fewer than": LESS_THAN,
    "lower than": LESS_THAN,
    "under": LESS_THAN,
    "below": LESS_THAN,
    "<": LESS_THAN,
    "about": APPROX,
    "around": APPROX,
    "roughly": APPROX,
    "approximately": APPROX,
    "approx.": APPROX,
    "an estimated": APPROX,
    "some": APPROX,
    "circa": APPROX,
    "c.": APPROX,
    "~": APPROX,
    "nearly": NEAR,
    "almost": NEAR,
    "close to": NEAR,
    "just under": NEAR,
}
SUFFIX_HEDGES: dict[str, str] = {
    "or more": AT_LEAST,
    "or above": AT_LEAST,
    "and above": AT_LEAST,
    "or over": AT_LEAST,
    "or less": AT_MOST,
    "or fewer": AT_MOST,
    "or below": AT_MOST,
    "or under": AT_MOST,
    "or so": APPROX,
}

# -- units -----------------------------------------------------------------------------------------------------------
CURRENCY_WORDS: dict[str, str] = {
    "yuan": "CNY",
    "renminbi": "CNY",
    "rmb": "CNY",
    "dollars": "USD",
    "dollar": "USD",
    "us dollars": "USD",
    "euros": "EUR",
    "euro": "EUR",
    "pounds": "GBP",
    "pounds sterling": "GBP",
}
CURRENCY_SIGNS: dict[str, str] = {
    "US$": "USD",
    "HK$": "HKD",
    "RMB ": "CNY",
    "RMB": "CNY",
    "CNY ": "CNY",
    "USD ": "USD",
    "GBP ": "GBP",
    "EUR ": "EUR",
    "$": "USD",
    "¥": "CNY",
    "€": "EUR",
    "£": "GBP",
}
COUNT_UNITS = (
    "people, persons, residents, cases, criminal cases, disputes, complaints, incidents, households, villages, "
    "schools, companies, firms, enterprises, officials, suspects, projects, items, courts, groups, gangs, "
    "organizations, organisations, members, staff, police officers, officers, judges, prosecutors, lawyers, "
    "offences, offenses, crimes, arrests, convictions, prisoners, victims, defendants, offenders, deaths"
).split(", ")
DURATION_UNITS = "years year months month days day weeks week hours hour".split()
PERCENT_WORDS = ("percent", "per cent")
PP_WORDS = ("percentage points", "percentage point")

# -- non-figures -------------------------------------------------------------------------------------------------------
# A number after one of these names a thing: Section 21, Level 3, Table 1, No. 5.
LABEL_WORDS = (
    "section sections article articles chapter chapters part parts schedule rule rules clause clauses paragraph "
    "paragraphs table tables figure figures chart charts footnote footnotes note notes annex appendix level levels "
    "grade grades tier stage stages phase phases step steps room floor act version box page pages line lines "
    "item no no. number № category class question questions volume vol. issue series district ward route form "
    "exhibit amendment title division unit"
).split()
MONTHS = (
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec"
).split()
TIMES_OF_DAY = ("am", "pm", "a.m.", "p.m.", "o'clock")
YEAR_BEFORE = ("in", "since", "by", "until", "from", "to", "during", "of", "year", "fiscal", "fy", "financial")

# -- kinds ------------------------------------------------------------------------------------------------------------
SHARE_WORDS = ("share", "proportion", "percentage of", "rate")
RATE_WORDS = (
    "budget",
    "target",
    "plan",
    "forecast",
    "growth",
    "grew",
    "rose",
    "rise",
    "fell",
    "fall",
    "increase",
    "decrease",
    "up ",
    "down ",
    "higher",
    "lower",
    "year-on-year",
)
AVERAGE_WORDS = ("per ", "average", "mean", "each", "median")
