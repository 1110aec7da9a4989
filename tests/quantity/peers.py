"""Agreement with other number-reading projects' own test vectors (tests/data/peer_vectors.yaml).

A vector agrees when our reading of its input holds the peer's value:

- ``expected: none``: ``parse_quantity`` refuses the input (it is not one figure);
- a decimal: the value in arithmetic (a percentage as a fraction, ``percent: true`` giving the peer's value in
  percent) lies in our interval. Where the peer wrote an integer in full (no decimal point, no trailing
  multiplier such as 万 or million, no hedge) our reading must be that exact point, not an interval around it.
  A peer value of 28 significant digits is Decimal's rounded quotient (5/6 = 0.8333...3): it is compared at its
  own last digit, as every written figure is;
- an interval ``[lo,hi)``: ours is the same interval.

A vector we deliberately read otherwise carries ``disagrees: <reason>``; it must really disagree, so a
stale reason is caught.
"""

from __future__ import annotations

import re
from collections import Counter
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml

from factcheck.errors import QuantityError
from factcheck.quantity import Interval, parse_quantity
from factcheck.quantity.normalize import normalize

PEERS = Path(__file__).resolve().parent.parent / "data" / "peer_vectors.yaml"

# Not written in full: a trailing multiplier (十万, three million), a decimal, or the colloquial digit after
# 万/亿 (三万五 is 3.5万, rounded at its last digit, as the spec's vector says).
_TRAILING_MULTIPLIER = re.compile(
    r"(?:[万亿兆]|thousands?|millions?|billions?|trillions?|bn|m|k)\s*$|[点.]|point|[万亿][一二两三四五六七八九壹贰叁肆伍陆柒捌玖]$",
    re.IGNORECASE,
)
_INTERVAL = re.compile(r"^([\[(])\s*([^,]+),\s*([^\])]+)([\])])$")


def load() -> list[dict[str, Any]]:
    data: list[dict[str, Any]] = yaml.safe_load(PEERS.read_text("utf-8"))
    return data


def agrees(vector: dict[str, Any]) -> bool:
    expected = str(vector["expected"])
    try:
        quantity = parse_quantity(str(vector["input"]))
    except QuantityError:
        return expected == "none"
    if expected == "none":
        return False
    number = quantity.number
    match = _INTERVAL.match(expected)
    if match:
        left, lo, hi, right = match.groups()
        return number == Interval(Decimal(lo), Decimal(hi), left == "[", right == "]")
    target = Decimal(expected)
    if vector.get("percent"):
        target = target.scaleb(-2)
    digits = len(target.as_tuple().digits)
    if digits >= 28:
        ulp = Decimal(1).scaleb(target.as_tuple().exponent)  # type: ignore[arg-type]
        return number.intersect(Interval(target - ulp / 2, target + ulp / 2)) is not None
    if not number.contains(target):
        return False
    written_in_full = (
        target == target.to_integral_value()
        and not vector.get("percent")
        and quantity.hedge is None
        and not _TRAILING_MULTIPLIER.search(normalize(str(vector["input"])))
    )
    return number.is_point if written_in_full else True


def agreement(vectors: list[dict[str, Any]]) -> dict[tuple[str, str], tuple[int, int]]:
    """(suite, scope) -> (agreeing, total)."""
    agreed: Counter[tuple[str, str]] = Counter()
    total: Counter[tuple[str, str]] = Counter()
    for vector in vectors:
        key = (str(vector["suite"]), str(vector["scope"]))
        total[key] += 1
        agreed[key] += agrees(vector)
    return {key: (agreed[key], total[key]) for key in sorted(total)}


def report(vectors: list[dict[str, Any]]) -> str:
    rows = agreement(vectors)
    lines = []
    for scope in ("core", "extended"):
        a = sum(v[0] for k, v in rows.items() if k[1] == scope)
        t = sum(v[1] for k, v in rows.items() if k[1] == scope)
        lines.append(f"{scope:<9} {a:>4}/{t:<4} {100 * a / max(t, 1):5.1f}%")
        lines.extend(
            f"  {suite:<15} {ok:>4}/{n:<4} {100 * ok / n:5.1f}%" for (suite, sc), (ok, n) in rows.items() if sc == scope
        )
    return "\n".join(lines)


if __name__ == "__main__":
    vectors = load()
    print(report(vectors))
    for vector in vectors:
        if not agrees(vector):
            print("  x", vector["suite"], vector["scope"], repr(vector["input"]), vector["expected"])
