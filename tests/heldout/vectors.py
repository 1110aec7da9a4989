"""Held-out reader vectors (tests/heldout/reader_vectors.yaml): how a reading is judged against one.

Independent of the reader's own peer-vector harness on purpose: it uses only ``parse_quantity``,
``find_quantities``, ``QuantityError`` and a quantity's ``interval`` and ``unit``, so it measures any version of
the reader the same way. See the YAML file's header for what each field means.

Run ``python -m tests.heldout.vectors [FILE]`` for the table and every disagreement with what was read (FILE
defaults to reader_vectors.yaml; reader_vectors2.yaml is the third set).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

import yaml

from factcheck.errors import QuantityError
from factcheck.quantity import Quantity, find_quantities, parse_quantity

VECTORS = Path(__file__).resolve().parent / "reader_vectors.yaml"

# A rational written as p/q is compared to 1e-30: the spec rounds a fraction outward at 40 significant digits.
_TOLERANCE = Fraction(1, 10**30)
_INTERVAL = re.compile(r"^([\[(])\s*([^,]+?)\s*,\s*([^\])]+?)\s*([\])])$")
_PERCENT_UNITS = ("%",)


@dataclass(frozen=True)
class Outcome:
    agrees: bool
    read: str  # what the reader gave, for the report


def shape_problems(vectors: list[dict[str, Any]], genres: tuple[str, ...]) -> list[str]:
    """What makes a held-out set ill-formed: malformed vectors, a vector that names no source it follows
    (``own: ...``), a genre of its brief missing in English or in Chinese (``own-en-<genre>``, ``own-zh-<genre>``)."""
    problems = malformed(vectors)
    problems += [f"no source: {v['input']!r}" for v in vectors if not str(v.get("source", "")).startswith("own: ")]
    suites = {str(v["suite"]) for v in vectors}
    problems += [f"missing suite {s}" for g in genres for s in (f"own-en-{g}", f"own-zh-{g}") if s not in suites]
    return problems


def repeated_inputs(vectors: list[dict[str, Any]], path: Path) -> list[str]:
    """The inputs of ``path``'s vectors that an earlier set (reader_vectors.yaml, reader_vectors2.yaml ... up to
    ``path``) or the peer vectors already hold, even as a passage where the other reads one figure."""
    number = int(path.stem.removeprefix("reader_vectors") or 1)
    earlier = [VECTORS, *(VECTORS.with_name(f"reader_vectors{n}.yaml") for n in range(2, number))]
    seen = {
        str(v["input"]) for other in (*earlier, VECTORS.parents[1] / "data" / "peer_vectors.yaml") for v in load(other)
    }
    return [str(v["input"]) for v in vectors if str(v["input"]) in seen]


def load(path: Path = VECTORS) -> list[dict[str, Any]]:
    data: list[dict[str, Any]] = yaml.safe_load(path.read_text("utf-8"))
    return data


def _number(text: str) -> Fraction | None:
    """'12.5' -> 25/2, '200/3' -> 200/3, 'inf'/'-inf' -> None (an unbounded end)."""
    text = text.strip()
    if text in ("inf", "+inf", "-inf"):
        return None
    if "/" in text:
        p, q = text.split("/")
        return Fraction(Decimal(p)) / Fraction(Decimal(q))
    return Fraction(Decimal(text))


def _near(a: Fraction, b: Fraction) -> bool:
    return abs(a - b) <= _TOLERANCE


def _end(value: Decimal) -> Fraction | None:
    return None if value.is_infinite() else Fraction(value)


def _matches_interval(quantity: Quantity, expected: str) -> bool:
    match = _INTERVAL.match(expected)
    assert match, f"not an interval: {expected!r}"
    left, lo_text, hi_text, right = match.groups()
    got = quantity.interval
    lo, hi = _number(lo_text), _number(hi_text)
    got_lo, got_hi = _end(got.lo), _end(got.hi)
    if (lo is None) != (got_lo is None) or (hi is None) != (got_hi is None):
        return False
    if lo is not None and got_lo is not None and (not _near(lo, got_lo) or got.lo_closed != (left == "[")):
        return False
    return not (hi is not None and got_hi is not None and (not _near(hi, got_hi) or got.hi_closed != (right == "]")))


def _contains(quantity: Quantity, target: Fraction, *, rational: bool) -> bool:
    got = quantity.interval
    lo, hi = _end(got.lo), _end(got.hi)
    above = lo is None or target > lo or (target == lo and got.lo_closed)
    below = hi is None or target < hi or (target == hi and got.hi_closed)
    if rational:
        # An exact rational: the reading holds it and is no wider than the rounding of the rational itself.
        if lo is None or hi is None:
            return False
        return above and below and hi - lo <= 2 * _TOLERANCE
    return above and below


def judge_one(quantity: Quantity, expected: str, *, exact: bool, percent: bool, unit: str | None) -> bool:
    """Does one reading agree with one expectation (a decimal, 'p/q', an interval or 'ratio')?"""
    if unit is not None and quantity.unit != unit:
        return False
    if percent and quantity.unit not in _PERCENT_UNITS:
        return False
    if expected.startswith("ratio "):
        return expected.removeprefix("ratio ") in quantity.text
    if expected[0] in "[(":
        return _matches_interval(quantity, expected)
    target = _number(expected)
    assert target is not None
    if not _contains(quantity, target, rational="/" in expected):
        return False
    return quantity.interval.is_point if exact else True


def _list_item(item: str) -> tuple[str, bool, bool]:
    """A find-list item: '=N' (exact), 'N%' / '[a,b]%' (a percentage) or a plain expectation."""
    exact = item.startswith("=")
    item = item.removeprefix("=")
    percent = item.endswith("%")
    return item.removesuffix("%"), exact, percent


def _describe(found: list[Quantity]) -> str:
    return "; ".join(f"{q.text!r} {q.interval} {q.unit or ''}".strip() for q in found) or "no figure"


def judge(vector: dict[str, Any]) -> Outcome:
    text = str(vector["input"])
    expected = vector["expected"]
    unit = vector.get("unit")
    if vector.get("find"):
        found = find_quantities(text)
        read = _describe(found)
        if expected == "none":
            return Outcome(found == [], read)
        items = [_list_item(str(item)) for item in expected]
        if len(items) != len(found):
            return Outcome(False, read)
        agrees = all(judge_one(q, e, exact=x, percent=p, unit=None) for q, (e, x, p) in zip(found, items, strict=True))
        return Outcome(agrees, read)
    try:
        quantity = parse_quantity(text, context=vector.get("context"))
    except QuantityError as error:
        return Outcome(expected == "none", f"refused: {error}")
    read = _describe([quantity])
    if expected == "none":
        return Outcome(False, read)
    agrees = judge_one(
        quantity,
        str(expected),
        exact=bool(vector.get("exact")),
        percent=bool(vector.get("percent")),
        unit=str(unit) if unit is not None else None,
    )
    return Outcome(agrees, read)


def agreement(vectors: list[dict[str, Any]]) -> dict[tuple[str, str], tuple[int, int]]:
    """(suite, scope) -> (agreeing, total)."""
    agreed: Counter[tuple[str, str]] = Counter()
    total: Counter[tuple[str, str]] = Counter()
    for vector in vectors:
        key = (str(vector["suite"]), str(vector["scope"]))
        total[key] += 1
        agreed[key] += judge(vector).agrees
    return {key: (agreed[key], total[key]) for key in sorted(total)}


def totals(rows: dict[tuple[str, str], tuple[int, int]], scope: str) -> tuple[int, int]:
    return (
        sum(ok for (_suite, sc), (ok, _n) in rows.items() if sc == scope),
        sum(n for (_suite, sc), (_ok, n) in rows.items() if sc == scope),
    )


def report(vectors: list[dict[str, Any]]) -> str:
    rows = agreement(vectors)
    lines = []
    for scope in ("core", "extended"):
        ok, n = totals(rows, scope)
        lines.append(f"{scope:<9} {ok:>4}/{n:<4} {100 * ok / max(n, 1):5.1f}%")
        lines.extend(
            f"  {suite:<16} {a:>4}/{t:<4} {100 * a / t:5.1f}%" for (suite, sc), (a, t) in rows.items() if sc == scope
        )
    by_source: Counter[str] = Counter()
    by_source_ok: Counter[str] = Counter()
    for vector in vectors:
        by_source[str(vector["source"])] += 1
        by_source_ok[str(vector["source"])] += judge(vector).agrees
    lines.append("per source")
    lines.extend(f"  {by_source_ok[s]:>4}/{n:<4} {s}" for s, n in sorted(by_source.items()))
    return "\n".join(lines)


def disagreements(vectors: list[dict[str, Any]]) -> list[str]:
    out = []
    for vector in vectors:
        outcome = judge(vector)
        if not outcome.agrees:
            out.append(
                f"{vector['suite']} {vector['scope']}: {vector['input']!r} expected {vector['expected']}"
                f"{' exact' if vector.get('exact') else ''}{' %' if vector.get('percent') else ''}"
                f"{' ' + str(vector['unit']) if vector.get('unit') else ''}; read {outcome.read}"
            )
    return out


_FIELDS = {"suite", "source", "input", "expected", "scope", "note", "find", "exact", "percent", "unit", "context"}
_EXPECTED = re.compile(r"^(none|=?-?[0-9.]+(/[0-9.]+)?%?|[\[(][^,]+,[^\])]+[\])]%?|ratio \S+)$")


def measure(vectors: list[dict[str, Any]], title: str, floor: dict[str, int]) -> list[str]:
    """Print agreement per suite, scope and source and every disagreement; return the scopes below their floor."""
    rows = agreement(vectors)
    print(f"\n{title} (agreeing/total)\n" + report(vectors))
    for line in disagreements(vectors):
        print("  x " + line)
    below = []
    for scope, least in floor.items():
        agreed, total = totals(rows, scope)
        if agreed < least:
            below.append(f"{scope}: {agreed}/{total} agree, fewer than main's {least}")
    return below


def malformed(vectors: list[dict[str, Any]]) -> list[str]:
    """What is wrong with the vectors' form: unknown fields, scopes, empty sources or notes, bad expectations,
    repeated inputs."""
    problems: list[str] = []
    inputs: Counter[tuple[str, bool]] = Counter()
    for vector in vectors:
        if not set(vector) <= _FIELDS:
            problems.append(f"unknown fields {sorted(set(vector) - _FIELDS)}: {vector}")
        if vector.get("scope") not in ("core", "extended"):
            problems.append(f"scope: {vector}")
        if not str(vector.get("suite", "")).strip() or not str(vector.get("source", "")).strip():
            problems.append(f"suite or source missing: {vector}")
        if "note" in vector and not str(vector["note"]).strip():
            problems.append(f"empty note: {vector}")
        inputs[(str(vector["input"]), bool(vector.get("find")))] += 1
        expected = vector["expected"]
        items: list[Any] = expected if isinstance(expected, list) else [expected]
        if isinstance(expected, list) != bool(vector.get("find")) and expected != "none":
            problems.append(f"a list is expected exactly for a passage (find): {vector}")
        problems.extend(
            f"{vector['input']!r}: bad expectation {item!r}" for item in items if not _EXPECTED.match(str(item))
        )
    problems.extend(f"repeated input {key[0]!r}" for key, n in inputs.items() if n > 1)
    return problems


if __name__ == "__main__":
    import sys

    loaded = load(Path(sys.argv[1]) if len(sys.argv) > 1 else VECTORS)
    print(report(loaded))
    print("\n".join(disagreements(loaded)))
