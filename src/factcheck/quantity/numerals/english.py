"""English number words, read wholly or not at all.

``read_english`` takes the words of one number (``one hundred twenty-five``, ``twenty seven``, ``a hundred``,
``5 hundred``, ``1.2 million``, ``two point three``, ``nineteen seventy-three``) and gives its value as a mantissa
times a trailing scale word (``three million`` is 3 x 10**6, rounded at one million), or ``None`` when the words
are not one well-formed number (``ten five``, ``million million``, ``sixty fifteen``).
"""

from __future__ import annotations

from decimal import Decimal

from factcheck.quantity.definitions.en import AND, ARTICLES, DOZEN, HUNDRED, POINT, SCALES, TENS, UNITS
from factcheck.quantity.lazyre import lazy_compile
from factcheck.quantity.numerals.chinese import MAX_VALUE, Numeral

# Glued tens and units: twentyone, thirtyseven.
_GLUED = lazy_compile(
    "^(" + "|".join(sorted(TENS, key=len, reverse=True)) + ")(one|two|three|four|five|six|seven|eight|nine)$"
)
_DIGITS = lazy_compile(r"^\d+(?:\.\d+)?$")
_SPLIT = lazy_compile(r"[\s\-]+")


def words_of(text: str) -> list[str]:
    """The words of a number, lower-cased, split at spaces and hyphens, glued tens split apart."""
    words: list[str] = []
    for word in _SPLIT.split(text.strip().lower()):
        if not word:
            continue
        glued = _GLUED.match(word)
        if glued:
            words.extend(glued.groups())
        else:
            words.append(word)
    return words


def read_english(text: str) -> Numeral | None:
    """The number the words name, or None when they are not one well-formed number."""
    words = words_of(text)
    if not words:
        return None
    if POINT in words:
        at = words.index(POINT)
        whole_words, fraction_words = words[:at], words[at + 1 :]
        scale = SCALES.get(fraction_words[-1], 1) if fraction_words else 1
        if scale > 1 and not fraction_words[-1].endswith("s"):
            fraction_words = fraction_words[:-1]  # two point two million: 2.2 x 10^6, rounded at its last digit
        if not fraction_words or any(w not in UNITS or UNITS[w] > 9 for w in fraction_words):
            return None  # point two three: single digits only
        whole = _integer(whole_words) if whole_words else Numeral(Decimal(0), 1)
        if whole is None or whole.multiplier != 1:
            return None
        digits = "".join(str(UNITS[w]) for w in fraction_words)
        return Numeral(Decimal(f"{int(whole.mantissa)}.{digits}"), scale)
    return _integer(words)


def _integer(words: list[str]) -> Numeral | None:
    if not words:
        return None
    if words[-1] == AND or words[0] == AND:
        return None
    if len(words) == 1 and UNITS.get(words[0]) == 0:  # zero, nought
        return Numeral(Decimal(0), 1)
    total = Decimal(0)  # completed scale groups
    current = Decimal(0)  # the group being written, below a thousand
    last = ""  # the kind of the last word: unit, teen, ten, hundred, scale, digits
    last_scale = 10**13
    group_words = 0  # number words in the current group
    colloquial = False
    decimal_mantissa = False
    trailing = 1
    for index, word in enumerate(words):
        trailing = 1
        if word == AND:
            if last not in ("hundred", "scale") or index + 1 == len(words):
                return None
            last = "and"
            continue
        if word in ARTICLES:
            if (
                index != 0
                or len(words) == 1
                or (words[1] not in HUNDRED and words[1] not in SCALES and words[1] not in DOZEN)
            ):
                return None
            current = Decimal(1)
            last = "article"
            group_words += 1
            continue
        if _DIGITS.match(word):
            if index != 0 or len(words) == 1:
                return None  # digits only before a scale word: 5 hundred, 1.2 million
            current = Decimal(word)
            decimal_mantissa = "." in word
            last = "digits"
            group_words += 1
            continue
        if word in UNITS:
            number = UNITS[word]
            if number == 0:
                return None  # zero only alone: five zero, fifty zero three
            if last in ("unit", "teen", "digits"):
                return None  # ten five, five five
            if last == "ten" and number >= 10:
                return None  # sixty fifteen
            current += number
            last = "teen" if number >= 10 else "unit"
            group_words += 1
            continue
        if word in TENS:
            number = TENS[word]
            if last == "ten" or last == "digits":
                return None
            if last in ("unit", "teen"):
                # one fifty, nineteen seventy-three: hundreds said without "hundred"
                if group_words != 1 or total or colloquial:
                    return None
                current = current * 100
                colloquial = True
            current += number
            last = "ten"
            group_words += 1
            continue
        if word.endswith("s") and not current and (word in HUNDRED or word in SCALES or word in DOZEN):
            return None  # hundreds, dozens with no number before: a span (hundreds of), never 100 or 12
        if word in HUNDRED:
            if last in ("hundred", "and") or colloquial or current >= 100:
                return None  # hundred hundreds, one fifty hundred
            current = (current or Decimal(1)) * 100
            last = "hundred"
            group_words += 1
            continue
        if word in SCALES:
            scale = SCALES[word]
            if scale >= last_scale or last == "and":
                return None  # million million, thousand million
            if word.endswith("s") and index + 1 < len(words) and words[index + 1] in SCALES:
                return None
            total += (current or Decimal(1)) * scale
            if total >= MAX_VALUE:
                return None
            current = Decimal(0)
            last_scale = scale
            last = "scale"
            trailing = scale
            group_words = 0
            colloquial = False
            continue
        if word in DOZEN:
            if last not in ("article", "unit", "teen", "ten", "digits", "") or AND in words[:index]:
                return None  # three hundred and two dozen: 302 dozen or 300 and two dozen, by who reads it
            current = (current or Decimal(1)) * DOZEN[word]
            last = "dozen"
            continue
        return None
    if decimal_mantissa and (trailing == 1 and last != "hundred" and last != "dozen"):
        return None  # 1.5 alone is read as digits, not here
    value = total + current
    if value == 0 or value >= MAX_VALUE:
        return None
    if trailing > 1:
        return Numeral(value / trailing, trailing)
    return Numeral(value, 1)
