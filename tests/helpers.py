"""Shared test helpers."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

from factcheck.quantity import Interval

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
ARTICLE = ROOT / "articles" / "jincheng-politics-law-2016-2020.txt"

# A plain-text table with two cuts of one total: the rows before the label row "Sex", and those under it.
SEX_TABLE = (
    "Group            2022      2023\n"
    "Total           4,210     4,380\n"
    "  Adults        3,905     4,011\n"
    "  Juveniles       305       369\n"
    "Sex\n"
    "  Male          3,760     3,902\n"
    "  Female          450       478\n"
)

_INTERVAL_RE = re.compile(r"^([\[(])\s*([^,]+),\s*([^\])]+)([\])])$")


def interval(text: str) -> Interval:
    """'[6000, 7000)' -> Interval; 'inf' and '-inf' are unbounded ends."""
    match = _INTERVAL_RE.match(text.strip())
    assert match, f"bad interval literal {text!r}"
    left, lo, hi, right = match.groups()
    return Interval(Decimal(lo.strip()), Decimal(hi.strip()), left == "[", right == "]")
