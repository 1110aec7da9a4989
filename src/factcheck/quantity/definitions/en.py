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
UNITS["nought"] = 0  # British for zero
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
    # South Asian scales, unambiguous where they are written: 3 lakh = 300,000, 2 crore = 20,000,000.
    "lakh": 10**5,
    "lakhs": 10**5,
    "crore": 10**7,
    "crores": 10**7,
}
# Short forms glued to digits or written after them: 3.5m, 4.5bn, 10k, £3m.
SHORT_SCALES: dict[str, int] = {
    "k": 10**3,
    "m": 10**6,
    "mn": 10**6,
    "bn": 10**9,
    "b": 10**9,
    "tn": 10**12,
    "t": 10**12,
    # news-wire abbreviations (3.45 bln euros, 850 mln dlrs)
    "mln": 10**6,
    "bln": 10**9,
    "trln": 10**12,
    "trn": 10**12,  # $36.1trn
}
# The short forms that stay scales after a space or before a range's dash (2.33 k, 5 bn, 1.2bn-1.5bn): a lone m, b
# or t there is as often metres, a grade or tonnes. Longest first, for an alternation.
SPACED_SHORT_SCALES = tuple(sorted((s for s in SHORT_SCALES if len(s) > 1 or s == "k"), key=len, reverse=True))
DOZEN = {"dozen": 12, "dozens": 12}
# Vulgar fractions glued to a whole number (2½ million, 1¼ times): numerator and denominator.
VULGAR_FRACTIONS: dict[str, tuple[int, int]] = {
    "½": (1, 2),
    "⅓": (1, 3),
    "⅔": (2, 3),
    "¼": (1, 4),
    "¾": (3, 4),
    "⅕": (1, 5),
    "⅖": (2, 5),
    "⅗": (3, 5),
    "⅘": (4, 5),
    "⅙": (1, 6),
    "⅚": (5, 6),
    "⅐": (1, 7),
    "⅛": (1, 8),
    "⅜": (3, 8),
    "⅝": (5, 8),
    "⅞": (7, 8),
    "⅑": (1, 9),
    "⅒": (1, 10),
}
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
    "millionth": 10**6,
    "millionths": 10**6,
    "billionth": 10**9,
    "billionths": 10**9,
    "trillionth": 10**12,
    "trillionths": 10**12,
}
# "one hundred thirty fifths" is 130/5 or 100/35 by how one hears it: a units denominator right after a tens word
# (twenty fifths, thirty-fifths) is not read.
UNIT_DENOMINATORS = ("third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
# Words that are parts of numbers but never a whole figure here: ordinals, "o" for zero, made-up -ths.
ORDINAL_WORDS = (
    r"first|second|third|fifth|eighth|ninth|twelfth|o|oh|"
    r"(?:one|two|three|four|six|seven|nine|ten|eleven|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
    r"nineteen|hundred|thousand|million|billion|trillion)(?:th|ths)|(?:twen|thir|for|four|fif|six|seven|eigh|nine)tieths?"
)
# Ordinal words: an ordinal names a place in a sequence, never a figure (twenty-fifth, one hundred and first). A
# fraction needs a numerator and a denominator that agree: one fifth, a fifth (singular), two-fifths (plural).
ORDINALS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth thirtieth fortieth fiftieth sixtieth "
    "seventieth eightieth ninetieth hundredth thousandth millionth billionth trillionth"
).split()
# Sign words right before a number: minus five percent, negative 3.2%, plus twenty degrees. After a number they
# are arithmetic (ten minus five), and the number after them keeps its own sign.
SIGN_WORDS = {"minus": -1, "negative": -1, "plus": 1}
# A number word joined by a hyphen to one of these is still a figure (three-year, five-day); joined to any other
# word it is part of a compound adjective that names no quantity (two-way, five-star, twenty-something).
HYPHEN_UNITS = (
    "year",
    "month",
    "week",
    "day",
    "hour",
    "minute",
    "second",
    "person",
    "member",
    "storey",
    "story",
    "fold",
)
# Phrases holding number words that name no quantity: read as data, matched as whole words, case-insensitively.
NUMBER_IDIOMS = (
    "one or two",
    "two or three",
    "nine to five",
    "nine-to-five",
    "twenty-four seven",
    "twenty four seven",
    "at sixes and sevens",
    "on all fours",
    "one in a million",
    "a million times",
    "a thousand times",
    "a hundred times",
    "ten to one",
    "fifty-fifty",
    "fifty fifty",
    "second to none",
    "one-on-one",
    "one on one",
    "one-to-one",
    "one to one",
    "two by two",
    "catch twenty-two",
    "high five",
    "take five",
    "hang ten",
    "a hundred percent sure",
    "zero tolerance",
    "zero-sum",
    "ground zero",
)
# Words after which a number is a clock reading: half past five, quarter to ten.
CLOCK_BEFORE = ("half past", "quarter past", "quarter to")
# Multiples in words (the Chinese 翻一番 = x2): doubled = x2, tripled = x3, quadrupled = x4.
# halved = x0.5, the multiple doubled undoes ("fell by half" and 降低一半 are the share 50%).
MULTIPLE_WORDS = {"doubled": "2", "tripled": "3", "trebled": "3", "quadrupled": "4", "halved": "0.5"}
# twofold, three-fold, tenfold: x N, as doubled is x 2 (a 4-fold rise is read the same way).
MULTIPLE_WORDS.update({f"{word}fold": str(n) for word, n in UNITS.items() if 2 <= n <= 10})
# N times as / N times the / twice as: a multiple of another figure. "N times more" says x N or x (N + 1) by
# whom one asks, so it is no figure.
TIMES_AFTER = ("as ", "the ", "that ")
TIMES_AMBIGUOUS = ("more", "higher", "larger", "greater", "bigger", "less", "lower", "fewer", "smaller", "faster")
# Denominators that are also words of their own after a number (two million, half of them; 300 quarters).
LONE_DENOMINATORS = ("half", "halves", "quarter", "quarters")
LONE_FRACTIONS = {"half": (1, 2), "quarter": (1, 4)}  # "half", "quarter": read alone in a figure expression
POINT_FRACTIONS = {"half": (1, 2), "quarter": (1, 4), "three quarters": (3, 4)}  # of a percentage point
# A word of size right before a fraction makes it a share with no "of" after it: "Almost half said no", "nearly
# a third were new", "more than two-fifths".  Not "over" or "under" before a quarter: "over a quarter" may be three
# months.
SHARE_HEDGES_BEFORE = (
    "nearly",
    "almost",
    "about",
    "around",
    "roughly",
    "approximately",
    "some",
    "more than",
    "less than",
    "fewer than",
    "just under",
    "just over",
    "well over",
    "well under",
    "over",
    "under",
    "at least",
    "barely",
)
TIME_LIKE_HEDGES = ("over", "under")
# Verbs of change: right before a figure (or before "by" and a figure) they make it the size of a change, never
# the low end of a range ("rose 2.1% to 45%": a change and a level) nor a share ("fell by a third").
CHANGE_VERBS = (
    "fell fall fallen falls falling rose risen rises rising grew grown grows increase increased increases "
    "increasing decrease decreased decreases decreasing reduce reduced reduces cut cuts dropped drops declined "
    "decline declines shrank shrunk shrinks jumped climbed slumped plunged soared halved doubled up down"
).split()
# Comparatives that take "by" before the size of a difference ("higher by a fifth").
COMPARATIVES_BY = ("higher", "lower", "more", "less", "larger", "smaller")
IN_WORDS = ("in every", "in", "out of every", "out of", "over")  # one in five, three in every ten, one over three
RANGE_WORDS = {"tens": 10, "dozens": 12, "hundreds": 100, "thousands": 10**3, "millions": 10**6, "billions": 10**9}
ODD_WORDS = ("odd", "plus")  # 2,000-odd

# "over" after these words belongs to the noun or verb before it, not to the figure: jurisdiction over 1,230,100
# persons, control over 40 sites, handed over 12 files are those figures exactly, not more than them. Words after
# which "over" often means "more than" stay out (won over 300 votes, take over 12 months).
OVER_GOVERNED_BY = frozenset(
    {
        "jurisdiction",
        "control",
        "authority",
        "power",
        "powers",
        "responsibility",
        "oversight",
        "supervision",
        "command",
        "influence",
        "rule",
        "sovereignty",
        "say",
        "hand",
        "hands",
        "handed",
        "handing",
        "turn",
        "turns",
        "turned",
        "turning",
        "victory",
        "lead",
        "advantage",
        "priority",
        "precedence",
        "edge",
        "dominance",
    }
)

# "over" before a time is "during" or "more than"; after these words only "more than" (just over three hours).
OVER_AS_BOUND_AFTER = ("just", "well", "slightly", "a little", "a bit", "somewhat", "comfortably", "far")

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
    "longer than": MORE_THAN,  # waiting longer than 18 weeks: a threshold, as "more than"
    "older than": MORE_THAN,
    "upwards of": MORE_THAN,
    "north of": MORE_THAN,
    "south of": LESS_THAN,
    ">": MORE_THAN,
    "greater than or equal to": AT_LEAST,
    "more than or equal to": AT_LEAST,
    "equal to or greater than": AT_LEAST,
    "equal to or more than": AT_LEAST,
    "less than or equal to": AT_MOST,
    "fewer than or equal to": AT_MOST,
    "equal to or less than": AT_MOST,
    "equal to or fewer than": AT_MOST,
    "not exceeding": AT_MOST,
    "at least": AT_LEAST,
    "no less than": AT_LEAST,
    "no fewer than": AT_LEAST,
    "not less than": AT_LEAST,
    "not fewer than": AT_LEAST,
    "a minimum of": AT_LEAST,
    ">=": AT_LEAST,
    "≥": AT_LEAST,
    "≧": AT_LEAST,  # the variant Chinese and Japanese indicator tables set
    "up to": AT_MOST,
    "within": AT_MOST,  # seen within four hours, within 18 weeks: at most that long
    "at most": AT_MOST,
    "no more than": AT_MOST,
    "not more than": AT_MOST,
    "no greater than": AT_MOST,
    "a maximum of": AT_MOST,
    "<=": AT_MOST,
    "≤": AT_MOST,
    "≦": AT_MOST,
    "capped at": AT_MOST,  # awards are capped at £430,000
    "less than": LESS_THAN,
    "fewer than": LESS_THAN,
    "lower than": LESS_THAN,
    "shorter than": LESS_THAN,
    "younger than": LESS_THAN,
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
    "ca.": APPROX,
    "~": APPROX,
    "≈": APPROX,
    "nearly": NEAR,
    "almost": NEAR,
    "close to": NEAR,
    "just under": NEAR,
    "just shy of": NEAR,
    "shy of": NEAR,
    "the best part of": NEAR,  # the best part of £2bn: most of it, so nearly
    "the better part of": NEAR,
    "getting on for": NEAR,
    "not far short of": NEAR,
    "nigh on": NEAR,
    "close on": NEAR,  # close on 60%: nearly, as close to is
    "sub-": LESS_THAN,  # sub-2% growth: below 2%
}
# Comparatives and their "or equal" forms, however the words are ordered (larger than 20, smaller or equal than 100,
# at least or equal to 30): each is a bound, never left beside an exact figure.
for _word, _strict, _inclusive in (
    *((w, MORE_THAN, AT_LEAST) for w in ("greater", "larger", "bigger", "higher", "more")),
    *((w, LESS_THAN, AT_MOST) for w in ("less", "fewer", "smaller", "lower")),
):
    PREFIX_HEDGES.setdefault(f"{_word} than", _strict)
    for _form in ("{w} than or equal to", "{w} or equal than", "{w} or equal to", "equal to or {w} than"):
        PREFIX_HEDGES.setdefault(_form.format(w=_word), _inclusive)
# "c. 1850" is circa only in lower case and after no other initial: "D.C. 20233" and "Suite C. 200" are names.
CIRCA_ABBREVIATIONS = ("c.", "ca.")
PREFIX_HEDGES.setdefault("at least or equal to", AT_LEAST)
PREFIX_HEDGES.setdefault("at most or equal to", AT_MOST)
# Comparatives: before a time in the past (lower than 20 years ago) they compare with then and bound nothing.
COMPARATIVES = ("higher than", "lower than", "greater than", "larger than", "smaller than", "bigger than")
SUFFIX_HEDGES: dict[str, str] = {
    "or more": AT_LEAST,
    "or above": AT_LEAST,
    "and above": AT_LEAST,
    "or over": AT_LEAST,
    "or less": AT_MOST,
    "or fewer": AT_MOST,
    "or below": AT_MOST,
    "or under": AT_MOST,
    "or greater": AT_LEAST,
    "or higher": AT_LEAST,
    "and over": AT_LEAST,
    "or older": AT_LEAST,
    "and older": AT_LEAST,
    "or lower": AT_MOST,
    "and under": AT_MOST,
    "and below": AT_MOST,
    "or younger": AT_MOST,
    "and younger": AT_MOST,
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
    "dlrs": "USD",
    "euros": "EUR",
    "euro": "EUR",
    "pounds": "GBP",
    "pounds sterling": "GBP",
    # pence: a currency of its own (GBX, as markets write it), so a rule never adds 12.5p to £1.2bn as pounds
    "pence": "GBX",
    "rupees": "INR",
    "rupee": "INR",
    "yen": "JPY",
    # ISO codes after the amount (7 EUR, 1,200 USD)
    "eur": "EUR",
    "usd": "USD",
    "gbp": "GBP",
    "cny": "CNY",
    "hkd": "HKD",
    "jpy": "JPY",
    "aud": "AUD",
    "cad": "CAD",
    "inr": "INR",
}
CURRENCY_SIGNS: dict[str, str] = {
    "US$": "USD",
    "$US": "USD",  # as Australian and wire copy writes it ($US204.6 million)
    "$A": "AUD",
    "HK$": "HKD",
    # Other dollars: never read as US dollars (A$1.5bn is Australian).
    "A$": "AUD",
    "AU$": "AUD",
    "AUD ": "AUD",
    "C$": "CAD",
    "CA$": "CAD",
    "CAD ": "CAD",
    "NZ$": "NZD",
    "NZD ": "NZD",
    "S$": "SGD",
    "SGD ": "SGD",
    "NT$": "TWD",
    "R$": "BRL",
    "HKD ": "HKD",
    "Rs ": "INR",
    "Rs. ": "INR",
    "Rs.": "INR",
    "INR ": "INR",
    "₹": "INR",
    "RMB ": "CNY",
    "RMB": "CNY",
    "CNY ": "CNY",
    "USD ": "USD",
    "USD": "USD",  # USD3.14, EUR2bn: an ISO code glued to the amount
    "EUR": "EUR",
    "GBP": "GBP",
    "HKD": "HKD",
    "GBP ": "GBP",
    "EUR ": "EUR",
    "$": "USD",
    "¥": "CNY",
    "€": "EUR",
    "£": "GBP",
    # a sign set apart from its amount by one space ($ 10, £ 1500), as price lists and tables print it
    "$ ": "USD",
    "€ ": "EUR",
    "£ ": "GBP",
    "US$ ": "USD",
    "HK$ ": "HKD",
}
COUNT_UNITS = (
    "people, persons, residents, cases, criminal cases, disputes, complaints, incidents, households, villages, "
    "schools, companies, firms, enterprises, officials, suspects, projects, items, courts, groups, gangs, "
    "organizations, organisations, members, staff, police officers, officers, judges, prosecutors, lawyers, "
    "offences, offenses, crimes, arrests, convictions, prisoners, victims, defendants, offenders, deaths"
).split(", ")
DURATION_UNITS = "years year months month days day weeks week hours hour minutes minute seconds decades decade".split()
# Units of measurement in words, after a space: a figure in one is a measure, never a count (2.5 tonnes).
MEASURE_UNITS = (
    "kilowatt-hours, kilowatt hours, kilowatts, megawatt-hours, megawatt hours, megawatts, megawatt, "
    "gigawatt-hours, gigawatt hours, gigawatts, gigawatt, terawatt-hours, terawatt hours, "
    "square kilometres, square kilometers, square kilometre, square kilometer, square miles, square mile, "
    "square metres, square meters, cubic metres, cubic meters, sq km, sq mi, hectares, hectare, acres, acre, "
    "kilometres, kilometers, kilometre, kilometer, miles, mile, metres, meters, metre, meter, nautical miles, "
    "inches, inch, feet, foot, yards, degrees, "
    "tonne-kilometres, tonne-kilometers, tonne-km, tonne kilometres, passenger-kilometres, passenger-km, "
    "passenger kilometres, vehicle-kilometres, vehicle kilometres, "
    "square metre, square meter, cubic metre, cubic meter, kilowatt, "
    "metric tons, tonnes, tonne, tons, kilograms, kilogram, litres, liters, litre, liter, barrels, barrel, "
    "degrees celsius, degrees fahrenheit"
).split(", ")
# Unit symbols, written as they are (case matters: MW is a megawatt, mW a milliwatt), glued to the number or after
# one space: 5kWh, 300 MW, 12km, 3.5 kg. Not m, g, t or l alone: 3.5m is 3.5 million, 5G a name.
UNIT_SYMBOLS = (
    "kWh MWh GWh TWh kW MW GW TW kV kVA km² km2 km/h km kg mg µg μg m² m³ m2 m3 cm mm ml mL ha mph °C °F ℃ MPa kPa"
    # emissions and energy balances: megatonnes of CO2 (equivalent), of oil equivalent; tonnes per hectare
    " MtCO2e ktCO2e tCO2e MtCO2 ktCO2 tCO2 Mtoe ktoe Mt t/ha ft mmHg"
    # data, bandwidth, frequency and battery capacity (telecoms and product reports): 20GB, 2.4GHz, 3,000mAh
    " TB GB MB Mbit/s Gbit/s Mbps Gbps kbps GHz MHz kHz mAh m/s"
).split()
# per 1,000 households, per 100,000 people, per 10,000 vehicles: the base of a rate, no figure; the figure the rate
# gives is an average, never a count that must be whole.
PER_WORDS = ("per", "per every", "for every")
# Time words: "3 in 10 minutes" is a count within a time, not the share 3/10.
TIME_WORDS = (*DURATION_UNITS, "second", "centuries", "century")
PERCENT_WORDS = ("percent", "per cent", "percents", "pct")  # 7 pct: the abbreviation of news wires
# 8.3pc, 7pct: percent as British and Irish papers and wires abbreviate it, glued to the number or after a space
PERCENT_ABBREVIATIONS = ("pct", "pc")
PP_WORDS = ("percentage points", "percentage point")
# 3pp, 1.2 ppts, 0.4 p.p.: percentage points as statistical bulletins abbreviate them (never a bare 3)
PP_ABBREVIATIONS = ("ppts", "ppt", "pp", "p.p.")
# A basis point is a hundredth of a percentage point: 25 basis points = 0.25 pp.
BASIS_POINT_WORDS = ("basis points", "basis point", "bps", "bp")

# Emergency and service lines after a word of calling (call 999, calls to 111, dial 911): a number that names a
# line, never a count ("999 calls" is left alone: it may count calls).
HOTLINES = frozenset("999 911 111 112 101 000 988 105 119".split())
DIAL_WORDS = (
    "call",
    "calls to",
    "called",
    "calling",
    "dial",
    "dialled",
    "dialed",
    "dialling",
    "ring",
    "rang",
    "phone",
    "phoned",
    "contact",
)

# -- non-figures -------------------------------------------------------------------------------------------------------
# The term of a bond or a rate names it: the 10-year gilt yield, two-year Treasuries, the 30-year bond (a 30-year
# mortgage keeps its figure).
TENOR_UNITS = ("year", "month")
TENOR_NOUNS = (
    "gilt",
    "gilts",
    "treasury",
    "treasuries",
    "bond",
    "bonds",
    "yield",
    "yields",
    "note",
    "notes",
    "bund",
    "bunds",
    "jgb",
    "jgbs",
    "swap",
    "swaps",
    "government bond",
    "government bonds",
    "us treasury",
    "borrowing costs",
)
# m after a number is metres, never a million: before a race or a size (the 400m hurdles, a 5m storm surge, 8m
# high), a race's distance after a verb of racing and "the" (ran the 100m in 9.58s), after a noun of height (waves of
# up to 8m).
METRE_NOUNS_AFTER = (
    "hurdles",
    "freestyle",
    "backstroke",
    "breaststroke",
    "butterfly",
    "medley",
    "individual medley",
    "relay",
    "sprint",
    "dash",
    "steeplechase",
    "world record",
    "personal best",
    "high",
    "tall",
    "deep",
    "wide",
    "long",
    "wave",
    "waves",
    "storm surge",
    "surge",
    "swell",
    "tide",
    "above sea level",
)
RACE_VERBS = ("ran", "run", "runs", "won", "win", "wins", "swam", "swim", "swims", "raced", "in")
RACE_DISTANCES = frozenset("50 60 100 110 200 400 800 1500 1,500 3000 3,000 5000 5,000 10000 10,000".split())
SIZE_NOUNS_BEFORE = ("wave", "waves", "surge", "swell", "tide", "tides", "depth", "height", "drifts", "snowdrifts")
# Service numbers a count never happens to equal in a report: 999 calls, 101 and online contacts, NHS 111 calls.
SERVICE_NUMBERS = ("999", "101", "111", "911", "112")
SERVICE_NUMBER_AFTER = ("calls", "call", "and online", "contacts", "service", "line", "number")
# Temperatures go below zero: an upper bound on one has no floor (0C or below, 0℃以下).
TEMPERATURE_UNITS = frozenset(("°C", "°F", "℃", "摄氏度", "degrees", "degrees celsius", "degrees fahrenheit"))
# Names of working hours and round-the-clock service that hold numbers: the 9-to-5 job, 7×24小时服务.
# and pollutants named by their particle size: PM2.5, PM10.
NAMES = (
    "9-to-5",
    "9 to 5 job",
    "nine-to-five",
    "7×24",
    "7*24",
    "7x24",
    "24×7",
    "24x7",
    "Economy 7",
    "Economy 10",
    "PM2.5",
    "PM10",
    "PM1.0",
)
# Scales after an accounts bracket: £(3.2)m, $(1.1)bn, £(450)k
ACCOUNTS_SCALES = {"m": 10**6, "mn": 10**6, "bn": 10**9, "b": 10**9, "k": 10**3, " million": 10**6, " billion": 10**9}
# A number after one of these names a thing: Section 21, Level 3, Table 1, No. 5.
LABEL_WORDS = (
    "section sections article articles chapter chapters part parts schedule rule rules clause clauses paragraph "
    "paragraphs table tables figure figures chart charts footnote footnotes note notes annex appendix level levels "
    "grade grades tier stage stages phase phases step steps room floor act version box page pages line lines "
    "item no no. number № category class question questions volume vol. issue series district ward route form "
    "exhibit amendment title division unit type types band bands wave priority scope junction junctions hs "
    "regulation regulations subsection subsections lot lots episode episodes tariff zone zones scope sdg terminal"
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
# Words that make a figure a total: a count with a fraction after them ("a total of 2.5 cases") is a slip.
TOTAL_WORDS = ("total", "in all", "altogether", "all told")
