"""``--format claimreview``: schema.org ClaimReview JSON-LD for each claim that fails a check.

For fact-checkers who publish: ``claimReviewed`` is the claim's quote, ``reviewRating.alternateName`` says what
is wrong ("Inconsistent: 15 + 73 + 35 = 123, stated 121"), and ``itemReviewed``
names the article, its byline and date where known.
"""

from __future__ import annotations

import json
from typing import Any

from factcheck.findings import ArticleResult, Finding, Report, Status
from factcheck.formatters.base import Formatter, parse_json

AUTHOR = {"@type": "Organization", "name": "factcheck"}


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
                    "author": dict(AUTHOR),
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
        return json_for_script(claim_reviews(report))

    @classmethod
    def owns_report(cls, text: str) -> bool:
        """A JSON list of ClaimReviews, each authored by factcheck (or an empty list)."""
        data = parse_json(text)
        return isinstance(data, list) and all(isinstance(r, dict) and r.get("author") == AUTHOR for r in data)


def json_for_script(data: object) -> str:
    """JSON that can be pasted into ``<script type="application/ld+json">`` as it is.

    ``<``, ``>`` and ``&`` only ever occur inside JSON strings, where ``\\u003c`` means the same
    character: a quote holding ``</script>`` then cannot end the script element, and nothing reads as an
    HTML comment or entity.  U+2028 and U+2029 are escaped for the parsers that read JSON as JavaScript.
    """
    text = json.dumps(data, ensure_ascii=False, indent=2)
    for char, escaped in _SCRIPT_ESCAPES:
        text = text.replace(char, escaped)
    return text + "\n"


_SCRIPT_ESCAPES = (
    ("<", "\\u003c"),
    (">", "\\u003e"),
    ("&", "\\u0026"),
    ("\u2028", "\\u2028"),
    ("\u2029", "\\u2029"),
)
