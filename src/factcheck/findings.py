"""Findings and reports: what the engine concludes, before any formatting."""

from __future__ import annotations

import enum
from dataclasses import field
from typing import TYPE_CHECKING

from factcheck.exitcodes import FAIL_ON as FAIL_ON  # re-exported: the config reads it here
from factcheck.records import Record, record, set_field

if TYPE_CHECKING:  # only annotations use them: importing findings must not load the quantity reader
    from factcheck.model import Source
    from factcheck.quantity import Interval

REPORT_SCHEMA = "factcheck.report/1"


class Status(enum.Enum):
    PASS = "pass"
    FAIL = "fail"
    WARN = "warn"
    ERROR = "error"


class Severity(enum.Enum):
    ERROR = "error"
    WARNING = "warning"


class Kind(enum.Enum):
    RULE = "rule"  # a consistency rule from rules/
    CLAIM = "claim"  # a built-in check on one claim
    CHANGED = "changed"  # draft: the claim's sentence is there, its figure differs
    MISSING = "missing"  # draft: a verified claim no longer appears
    UNVERIFIED = "unverified"  # draft: a figure no claim covers
    REWORDED = "reworded"  # draft: a verified figure written more or less precisely, or its bound worded otherwise


class Edit(enum.Enum):
    """What a draft's edit did to a rule: its verdict with the draft's figures against the verified article's."""

    NEW = "new"  # fails with the draft's figures; held in the verified article
    ALREADY_FAILING = "already_failing"  # failed in the verified article too: not the edit's doing
    FIXED = "fixed"  # failed in the verified article; holds with the draft's figures
    UNCHANGED = "unchanged"  # holds in both


@record
class Finding(Record):
    """The verdict on one rule or one built-in claim check.

    ``exact`` tells "holds" (true for every reading of the figures) from
    "consistent within precision" (true for some readings only).
    """

    article: str
    kind: Kind
    id: str
    status: Status
    severity: Severity
    message: str
    file: str
    line: int
    exact: bool = False
    claims: tuple[str, ...] = ()
    value: Interval | None = None
    check: str | None = None  # the rule's expression as written
    explain: str | None = None
    detail: str | None = None  # for a failure: the size of the gap
    origin: str | None = None  # where the figures came from when not the verified claims (e.g. "draft")
    column: int = 1
    suggested: str | None = None  # rules proposed by a pattern: its name
    # a suggested rule's evidence: what its figures share in the text (loader.EVIDENCE: clause, sentence, table,
    # paragraph, across); None for a rule written by hand
    evidence: str | None = None
    figure: str | None = None  # draft findings: the figure as the draft writes it
    verified_figure: str | None = None  # draft findings: the figure as verified
    # Where in a document (a draft, a scanned article) the finding lies, in the document's own terms:
    # "23:140" (text, Markdown, HTML), "p3:12" (PDF page and line), "¶14" (Word paragraph).
    # ``line``/``column`` are then that position's numbers, for formats that need numbers.
    where: str | None = None
    defined_at: Source | None = None  # where the rule or claim is written, when the finding is located in a draft
    edit: Edit | None = None  # draft rules: what the edit did to the rule

    def __init__(
        self,
        article: str,
        kind: Kind,
        id: str,
        status: Status,
        severity: Severity,
        message: str,
        file: str,
        line: int,
        exact: bool = False,
        claims: tuple[str, ...] = (),
        value: Interval | None = None,
        check: str | None = None,
        explain: str | None = None,
        detail: str | None = None,
        origin: str | None = None,
        column: int = 1,
        suggested: str | None = None,
        evidence: str | None = None,
        figure: str | None = None,
        verified_figure: str | None = None,
        where: str | None = None,
        defined_at: Source | None = None,
        edit: Edit | None = None,
    ) -> None:
        set_field(self, "article", article)
        set_field(self, "kind", kind)
        set_field(self, "id", id)
        set_field(self, "status", status)
        set_field(self, "severity", severity)
        set_field(self, "message", message)
        set_field(self, "file", file)
        set_field(self, "line", line)
        set_field(self, "exact", exact)
        set_field(self, "claims", claims)
        set_field(self, "value", value)
        set_field(self, "check", check)
        set_field(self, "explain", explain)
        set_field(self, "detail", detail)
        set_field(self, "origin", origin)
        set_field(self, "column", column)
        set_field(self, "suggested", suggested)
        set_field(self, "evidence", evidence)
        set_field(self, "figure", figure)
        set_field(self, "verified_figure", verified_figure)
        set_field(self, "where", where)
        set_field(self, "defined_at", defined_at)
        set_field(self, "edit", edit)

    @property
    def verdict(self) -> str:
        """The verdict in words, as reports show it."""
        if self.status is Status.PASS:
            return "holds" if self.exact else "consistent within precision"
        if self.status is Status.ERROR:
            return "error"
        return "fails" if self.status is Status.FAIL else "warning"


@record
class DerivedValue(Record):
    """A value a rules file derives, with the interval it came to (or why it has none)."""

    article: str
    id: str
    expression: str
    value: Interval | None
    display: str
    error: str | None = None

    def __init__(
        self,
        article: str,
        id: str,
        expression: str,
        value: Interval | None,
        display: str,
        error: str | None = None,
    ) -> None:
        set_field(self, "article", article)
        set_field(self, "id", id)
        set_field(self, "expression", expression)
        set_field(self, "value", value)
        set_field(self, "display", display)
        set_field(self, "error", error)


@record
class DraftFigure(Record):
    """A figure of a draft and what became of it: verified, changed or unverified."""

    text: str
    start: int
    end: int
    line: int
    column: int
    status: str  # verified | changed | reworded | unverified
    claim: str | None = None
    where: str | None = None  # the figure's place in the document's own terms (see Finding.where)

    def __init__(
        self,
        text: str,
        start: int,
        end: int,
        line: int,
        column: int,
        status: str,
        claim: str | None = None,
        where: str | None = None,
    ) -> None:
        set_field(self, "text", text)
        set_field(self, "start", start)
        set_field(self, "end", end)
        set_field(self, "line", line)
        set_field(self, "column", column)
        set_field(self, "status", status)
        set_field(self, "claim", claim)
        set_field(self, "where", where)


@record
class DraftClaim(Record):
    """Where a verified claim stands in a draft: the region its quote was aligned to and its figure there."""

    id: str
    status: str  # verified | changed | reworded | missing
    quote: str  # the verified quote
    start: int  # the aligned region of the draft (for a missing claim: where it would stand, start == end)
    end: int
    figure_start: int | None = None  # the claim's figure in the draft; None when missing
    figure_end: int | None = None
    where: str = ""  # the figure's (or the region's) place in the document's own terms: 23:140, ¶14

    def __init__(
        self,
        id: str,
        status: str,
        quote: str,
        start: int,
        end: int,
        figure_start: int | None = None,
        figure_end: int | None = None,
        where: str = "",
    ) -> None:
        set_field(self, "id", id)
        set_field(self, "status", status)
        set_field(self, "quote", quote)
        set_field(self, "start", start)
        set_field(self, "end", end)
        set_field(self, "figure_start", figure_start)
        set_field(self, "figure_end", figure_end)
        set_field(self, "where", where)


@record
class DraftInfo(Record):
    """A draft checked against its article: the draft's text, its figures and what became of each claim."""

    path: str
    text: str
    figures: tuple[DraftFigure, ...]
    claims: tuple[DraftClaim, ...] = ()

    def __init__(
        self,
        path: str,
        text: str,
        figures: tuple[DraftFigure, ...],
        claims: tuple[DraftClaim, ...] = (),
    ) -> None:
        set_field(self, "path", path)
        set_field(self, "text", text)
        set_field(self, "figures", figures)
        set_field(self, "claims", claims)

    def by_claim(self) -> dict[str, DraftClaim]:
        """Each claim's place in the draft, by claim id (build once, look up many times)."""
        return {c.id: c for c in self.claims}

    @property
    def verified(self) -> int:
        return sum(1 for f in self.figures if f.status == "verified")

    @property
    def coverage(self) -> tuple[int, int]:
        """Verified figures and all figures in the draft."""
        return self.verified, len(self.figures)


@record
class Disabled(Record):
    """A rule or built-in check switched off: by the configuration, or for one claim with a reason."""

    article: str
    id: str  # the rule id, or the built-in check's name (quote-in-article)
    file: str  # where it was switched off
    line: int
    claim: str | None = None  # switched off for this claim only
    reason: str | None = None

    def __init__(
        self,
        article: str,
        id: str,
        file: str,
        line: int,
        claim: str | None = None,
        reason: str | None = None,
    ) -> None:
        set_field(self, "article", article)
        set_field(self, "id", id)
        set_field(self, "file", file)
        set_field(self, "line", line)
        set_field(self, "claim", claim)
        set_field(self, "reason", reason)


@record
class ArticleResult(Record):
    """Everything found in one article, with its counts and files."""

    id: str
    title: str
    claims: int
    rules: int
    findings: tuple[Finding, ...]
    derived: tuple[DerivedValue, ...] = ()
    claims_file: str | None = None
    rules_file: str | None = None
    draft: DraftInfo | None = None
    quotes: dict[str, str] = field(default_factory=dict)  # claim id -> its quote, to show beside findings
    byline: str | None = None
    date: str | None = None
    url: str | None = None
    text: DraftInfo | None = None  # the article text with its figures marked by verdict, for the HTML report
    disabled: tuple[Disabled, ...] = ()  # what was switched off, and why, for the report to list
    language: str | None = None  # the article's language (zh, en), for the HTML page's lang

    def __init__(
        self,
        id: str,
        title: str,
        claims: int,
        rules: int,
        findings: tuple[Finding, ...],
        derived: tuple[DerivedValue, ...] = (),
        claims_file: str | None = None,
        rules_file: str | None = None,
        draft: DraftInfo | None = None,
        quotes: dict[str, str] | None = None,
        byline: str | None = None,
        date: str | None = None,
        url: str | None = None,
        text: DraftInfo | None = None,
        disabled: tuple[Disabled, ...] = (),
        language: str | None = None,
    ) -> None:
        set_field(self, "id", id)
        set_field(self, "title", title)
        set_field(self, "claims", claims)
        set_field(self, "rules", rules)
        set_field(self, "findings", findings)
        set_field(self, "derived", derived)
        set_field(self, "claims_file", claims_file)
        set_field(self, "rules_file", rules_file)
        set_field(self, "draft", draft)
        set_field(self, "quotes", {} if quotes is None else quotes)
        set_field(self, "byline", byline)
        set_field(self, "date", date)
        set_field(self, "url", url)
        set_field(self, "text", text)
        set_field(self, "disabled", disabled)
        set_field(self, "language", language)


@record
class Summary(Record):
    """The counts a report ends with."""

    articles: int
    claims: int
    rules: int
    passed: int
    failed: int
    warned: int
    errors: int

    def __init__(
        self,
        articles: int,
        claims: int,
        rules: int,
        passed: int,
        failed: int,
        warned: int,
        errors: int,
    ) -> None:
        set_field(self, "articles", articles)
        set_field(self, "claims", claims)
        set_field(self, "rules", rules)
        set_field(self, "passed", passed)
        set_field(self, "failed", failed)
        set_field(self, "warned", warned)
        set_field(self, "errors", errors)

    def to_json(self) -> dict[str, int]:
        return {
            "articles": self.articles,
            "claims": self.claims,
            "rules": self.rules,
            "pass": self.passed,
            "fail": self.failed,
            "warn": self.warned,
            "error": self.errors,
        }


@record
class BaselineEntry(Record):
    """A known failure recorded by ``--write-baseline``: stable across line moves and unrelated edits."""

    article: str
    id: str
    fingerprint: str  # the rule's check (or the claim check) and the quotes it rests on, hashed
    message: str = ""  # for people reading the file; never compared

    def __init__(
        self,
        article: str,
        id: str,
        fingerprint: str,
        message: str = "",
    ) -> None:
        set_field(self, "article", article)
        set_field(self, "id", id)
        set_field(self, "fingerprint", fingerprint)
        set_field(self, "message", message)


@record
class BaselineResult(Record):
    """What a baseline did to a run: the failures it accepted, and the entries no longer failing."""

    path: str
    accepted: tuple[Finding, ...] = ()
    fixed: tuple[BaselineEntry, ...] = ()

    def __init__(
        self,
        path: str,
        accepted: tuple[Finding, ...] = (),
        fixed: tuple[BaselineEntry, ...] = (),
    ) -> None:
        set_field(self, "path", path)
        set_field(self, "accepted", accepted)
        set_field(self, "fixed", fixed)


@record
class Report(Record):
    """The findings of a run, article by article, and the baseline's effect on them."""

    articles: tuple[ArticleResult, ...] = field(default_factory=tuple)
    baseline: BaselineResult | None = None

    def __init__(
        self,
        articles: tuple[ArticleResult, ...] = (),
        baseline: BaselineResult | None = None,
    ) -> None:
        set_field(self, "articles", articles)
        set_field(self, "baseline", baseline)

    @property
    def findings(self) -> tuple[Finding, ...]:
        return tuple(f for article in self.articles for f in article.findings)

    @property
    def summary(self) -> Summary:
        counts = dict.fromkeys(Status, 0)
        for finding in self.findings:
            counts[finding.status] += 1
        return Summary(
            articles=len(self.articles),
            claims=sum(a.claims for a in self.articles),
            rules=sum(a.rules for a in self.articles),
            passed=counts[Status.PASS],
            failed=counts[Status.FAIL],
            warned=counts[Status.WARN],
            errors=counts[Status.ERROR],
        )

    @property
    def disabled(self) -> tuple[Disabled, ...]:
        return tuple(d for article in self.articles for d in article.disabled)

    @property
    def coverage(self) -> tuple[int, int] | None:
        """Verified figures and all figures over the drafts in the report; None when there is no draft."""
        drafts = [a.draft for a in self.articles if a.draft is not None]
        if not drafts:
            return None
        return sum(d.coverage[0] for d in drafts), sum(d.coverage[1] for d in drafts)

    def failed(self, *, strict: bool = False, fail_on: str | None = None) -> bool:
        """Whether the report should fail a CI run.

        ``fail_on`` is ``error`` (a failure or an evaluation error), ``warning`` (warnings too) or ``never``;
        ``strict`` is ``fail_on="warning"``.
        """
        level = fail_on or ("warning" if strict else "error")
        if level == "never":
            return False
        bad = {Status.FAIL, Status.ERROR} | ({Status.WARN} if level == "warning" else set())
        return any(f.status in bad for f in self.findings)


# How bad each status is, worst last: the HTML marks a claim by its worst finding, reports list the worst first.
BADNESS = {Status.PASS: 0, Status.WARN: 1, Status.ERROR: 2, Status.FAIL: 3}


def claim_statuses(article: ArticleResult) -> dict[str, Status]:
    """Each claim's worst verdict among the findings that rest on it."""
    worst: dict[str, Status] = {}
    for finding in article.findings:
        for claim in finding.claims:
            if claim not in worst or BADNESS[finding.status] > BADNESS[worst[claim]]:
                worst[claim] = finding.status
    return worst
