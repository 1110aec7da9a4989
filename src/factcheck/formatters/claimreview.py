"""``--format claimreview``: schema.org ClaimReview JSON-LD for each claim that fails a check.

For fact-checkers who publish: ``claimReviewed`` is the claim's quote, ``reviewRating.alternateName`` says what
is wrong ("Inconsistent: 15 + 73 + 35 = 123, stated 121"), and ``itemReviewed``
names the article, its byline and date where known.
"""

from __future__ import annotations

from typing import Any

from factcheck.findings import ArticleResult, Finding, Report, Status
from factcheck.formatters.base import Formatter
from factcheck.formatters.jsontext import json_text


def _rating(finding: Finding) -> str:
    """What is wrong, in a reader's words: "Inconsistent: 15 + 73 + 35 = 123, stated 121"."""
    verdict = "Inconsistent" if finding.status is Status.FAIL else "Needs a look"
    computed, equals, stated = finding.message.rpartition(" == ")
    if equals and " == " not in computed:
        return f"{verdict}: {computed}, stated {stated}"
    detail = f"; {finding.detail}" if finding.detail else ""
    return f"{verdict}: {finding.message}{detail}"


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


def claim_reviews(report: Report) -> list[dict[str, Any]]:
    reviews: list[dict[str, Any]] = []
    for article in report.articles:
        seen: set[tuple[str, str]] = set()
        for finding in article.findings:
            if finding.status not in (Status.FAIL, Status.WARN):
                continue
            for claim in finding.claims:
                quote = article.quotes.get(claim)
                if quote is None or (claim, finding.id) in seen:
                    continue
                seen.add((claim, finding.id))
                review: dict[str, Any] = {
                    "@context": "https://schema.org",
                    "@type": "ClaimReview",
                    "claimReviewed": quote,
                    "itemReviewed": _item(article),
                    "author": {"@type": "Organization", "name": "factcheck"},
                    "reviewRating": {
                        "@type": "Rating",
                        "alternateName": _rating(finding),
                        "ratingExplanation": finding.explain or finding.message,
                    },
                    "identifier": f"{article.id}/{claim}/{finding.id}",
                }
                if article.url:
                    review["url"] = f"{article.url}#{claim}"
                reviews.append(review)
    return reviews


class ClaimReviewFormatter(Formatter):
    name = "claimreview"
    description = "schema.org ClaimReview JSON-LD for each claim that fails a check"

    def format(self, report: Report) -> str:
        return json_text(claim_reviews(report))  # one review per line
