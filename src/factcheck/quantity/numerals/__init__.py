"""Numerals read wholly or not at all: Chinese (common, financial, colloquial, mixed with digits) and English words."""

from factcheck.quantity.definitions.zh import NUMERAL_CHARS
from factcheck.quantity.numerals.chinese import Numeral, read_chinese
from factcheck.quantity.numerals.english import read_english

__all__ = ["NUMERAL_CHARS", "Numeral", "read_chinese", "read_english"]
