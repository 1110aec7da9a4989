"""Mutation coverage of the bundled article: which typos in its figures does some check catch?

Each figure is edited as a typo would edit it (two digits swapped, a zero dropped or added, +1), as if the
article itself had printed the wrong figure, so the claim still matches its quote.  An edit is caught when a
rule or a built-in check on that claim no longer passes.  The test prints the coverage and the figures no rule
protects, and fails if coverage drops below what the rules achieve today.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

import pytest

from factcheck.engine import check_article, claim_checks
from factcheck.errors import FactcheckError
from factcheck.findings import Status
from factcheck.loader import load
from factcheck.model import Article, Claim
from factcheck.quantity import SHARE, parse_quantity
from factcheck.quantity.numerals import NUMERAL_CHARS
from tests.helpers import ROOT

# Measured when the rules were written; raise it when rules improve, never lower it quietly.
MINIMUM_COVERAGE = Decimal("0.40")


def typos(digits: str) -> list[str]:
    """Typo edits of a digit string: adjacent swaps, a zero dropped or added, +1."""
    whole, dot, fraction = digits.partition(".")
    edits = set()
    for i in range(len(digits) - 1):
        a, b = digits[i], digits[i + 1]
        if a != b and a.isdigit() and b.isdigit():
            edits.add(digits[:i] + b + a + digits[i + 2 :])
    for i, char in enumerate(whole):
        if char == "0":
            edits.add(whole[:i] + whole[i + 1 :] + dot + fraction)
    edits.add(whole + "0" + dot + fraction)
    if not dot:
        edits.add(str(int(whole) + 1))
    else:
        step = Decimal(1).scaleb(-len(fraction))
        edits.add(str(Decimal(digits) + step))
    return sorted(e for e in edits if e and e != digits and not e.startswith("0"))


def mutated_figures(text: str) -> list[str]:
    arabic = re.search(r"\d+(?:\.\d+)?", text)
    if arabic:
        return [text[: arabic.start()] + edit + text[arabic.end() :] for edit in typos(arabic.group())]
    run = re.search("[" + "".join(sorted(NUMERAL_CHARS)) + "]+", text)
    if run is None:
        return []
    group = "万" if run.group().endswith("万") else ""
    value = parse_quantity(run.group()).value
    mantissa = int(value / (10000 if group else 1))
    return [text[: run.start()] + f"{mantissa + 1}{group}" + text[run.end() :]]


def mutate(claim: Claim, figure_text: str) -> Claim | None:
    try:
        quantity = parse_quantity(figure_text)
    except FactcheckError:
        return None
    if claim.quantity.context == SHARE:
        quantity = quantity.as_share()  # as the loader caps a share; one wholly above 100% stays for the range check
    return replace(claim, quantity=quantity)


def caught(article: Article, claim: Claim) -> bool:
    result = check_article(article, claims={claim.id: claim}, origin="mutation")
    if any(f.status is not Status.PASS for f in result.findings):
        return True
    return bool(claim_checks(replace(article, text=None, claim_index={}), claim))


@pytest.fixture(scope="module")
def article() -> Article:
    (loaded,) = load([ROOT / "claims", ROOT / "rules"])
    return loaded


def test_mutation_coverage(article: Article, capsys: pytest.CaptureFixture[str]) -> None:
    total = 0
    caught_count = 0
    unprotected: list[str] = []
    for claim in article.claims:
        figure = claim.quote_figure.text if claim.quote_figure else claim.quantity.text
        edits = [m for m in (mutate(claim, f) for f in mutated_figures(figure)) if m is not None]
        hits = sum(caught(article, m) for m in edits)
        total += len(edits)
        caught_count += hits
        if edits and hits == 0:
            unprotected.append(f"{claim.id} ({figure})")
    coverage = Decimal(caught_count) / Decimal(total)
    with capsys.disabled():
        print(f"\nmutation coverage: {caught_count}/{total} typo edits caught ({coverage:.0%})")
        print(f"figures no check protects ({len(unprotected)}): {', '.join(unprotected)}")
    assert total > 150
    assert coverage >= MINIMUM_COVERAGE


def test_typos() -> None:
    assert set(typos("1759")) == {"7159", "1579", "1795", "17590", "1760"}
    assert set(typos("6000")) == {"600", "60000", "6001"}
    assert set(typos("29.2")) == {"92.2", "290.2", "29.3"}


def test_a_swapped_digit_in_the_breakdown_is_caught(article: Article) -> None:
    claim = article.claim_index["sweep.criminal_syndicates"]
    mutated = mutate(claim, "37个")
    assert mutated is not None and caught(article, mutated)
