"""``--format claimreview``: schema.org ClaimReview JSON-LD, one review per claim that fails a check.

For fact-checkers who publish.  ``claimReviewed`` is the claim's quote; ``reviewRating.alternateName`` says what
is wrong ("Inconsistent: 15 + 73 + 35 = 123, stated 121: off by 2"), and ``ratingExplanation`` lists every
check the claim fails.  Nothing is invented: the publisher (``author``), the review's URL (a pattern with
``{claim}`` and ``{article}``) and its date come from ``claimreview:`` in factcheck.yaml or ``--claimreview
KEY=VALUE``, and are left out when not given; the article's headline, byline, date and URL come from its claims
file.  Claims that only need a look (warnings) are included only with ``warnings: true``.
"""

from __future__ import annotations

from typing import Any

from factcheck.findings import BADNESS, ArticleResult, Finding, Report, Status
from factcheck.formatters.base import Formatter, one_line_message, parse_json
from factcheck.formatters.jsontext import json_text
from factcheck.i18n import _


def _rating(finding: Finding) -> str:
    """What is wrong, in a reader's words: "Inconsistent: 15 + 73 + 35 = 123, stated 121: off by 2"."""
    if finding.status in (Status.FAIL, Status.ERROR):
        return _("Inconsistent: {message}").format(message=one_line_message(finding))
    return _("Needs a look: {message}").format(message=one_line_message(finding))


def _item(article: ArticleResult) -> dict[str, Any]:
    appearance: dict[str, Any] = {"@type": "CreativeWork", "headline": article.title}
    if article.url:
        appearance["url"] = article.url
    item: dict[str, Any] = {"@type": "Claim", "appearance": appearance}
    if article.byline:
        item["author"] = {"@type": "Person", "name": article.byline}
    if article.date:
        item["datePublished"] = article.date
    return item


def claim_reviews(report: Report, settings: dict[str, str] | None = None) -> list[dict[str, Any]]:
    settings = settings or {}
    wanted = {Status.FAIL, Status.ERROR} | ({Status.WARN} if settings.get("warnings") == "true" else set())
    reviews: list[dict[str, Any]] = []
    for article in report.articles:
        by_claim: dict[str, list[Finding]] = {}
        for finding in article.findings:
            if finding.status in wanted:
                for claim in finding.claims:
                    if claim in article.quotes:
                        by_claim.setdefault(claim, []).append(finding)
        for claim, findings in by_claim.items():
            worst = max(findings, key=lambda f: BADNESS[f.status])  # the first of the worst, in report order
            explanations = [
                _("{id}: {explanation}").format(id=f.id, explanation=f.explain or one_line_message(f)) for f in findings
            ]
            review: dict[str, Any] = {
                "@context": "https://schema.org",
                "@type": "ClaimReview",
                "claimReviewed": article.quotes[claim],
                "itemReviewed": _item(article),
                "reviewRating": {
                    "@type": "Rating",
                    "alternateName": _rating(worst),
                    "ratingExplanation": "; ".join(explanations),
                },
                "identifier": f"{article.id}/{claim}",
            }
            if settings.get("publisher"):
                review["author"] = {"@type": "Organization", "name": settings["publisher"]}
            if settings.get("date"):
                review["datePublished"] = settings["date"]
            if settings.get("url"):
                review["url"] = settings["url"].replace("{article}", article.id).replace("{claim}", claim)
            reviews.append(review)
    return reviews


class ClaimReviewFormatter(Formatter):
    name = "claimreview"
    description = "schema.org ClaimReview JSON-LD, one review per claim that fails a check"

    def format(self, report: Report) -> str:
        # one review per line, and safe to paste into <script type="application/ld+json">
        return script_safe(json_text(claim_reviews(report, dict(self.settings))))

    @classmethod
    def owns_report(cls, text: str) -> bool:
        """A JSON list of ClaimReviews with exactly the fields factcheck writes (an empty list too)."""
        data = parse_json(text)
        return isinstance(data, list) and all(
            isinstance(r, dict) and r.get("@type") == "ClaimReview" and _REQUIRED <= set(r) <= _FIELDS for r in data
        )


_REQUIRED = {"@context", "@type", "claimReviewed", "itemReviewed", "reviewRating", "identifier"}
_FIELDS = _REQUIRED | {"author", "datePublished", "url"}


def script_safe(text: str) -> str:
    """JSON text that can be pasted into ``<script type="application/ld+json">`` as it is.

    ``<``, ``>`` and ``&`` only ever occur inside JSON strings, where ``\\u003c`` means the same
    character: a quote holding ``</script>`` then cannot end the script element, and nothing reads as an
    HTML comment or entity.  U+2028 and U+2029 are escaped for the parsers that read JSON as JavaScript.
    """
    for char, escaped in _SCRIPT_ESCAPES:
        text = text.replace(char, escaped)
    return text


_SCRIPT_ESCAPES = (
    ("<", "\\u003c"),
    (">", "\\u003e"),
    ("&", "\\u0026"),
    ("\u2028", "\\u2028"),
    ("\u2029", "\\u2029"),
)
