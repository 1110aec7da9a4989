"""Switching rules and built-in checks off: for a whole project (``rules: {id: off}`` in the configuration) or
for one claim (``disable: {id: reason}`` in the claims file).  What is switched off is listed in the report,
with its reason, so nothing disappears silently."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from factcheck.config import Config
from factcheck.engine import BUILTIN_CHECKS
from factcheck.findings import ArticleResult, Disabled, Finding, Kind, Report
from factcheck.i18n import _
from factcheck.loader import LoadError, Problem, did_you_mean
from factcheck.model import Article


def check_switches(articles: Sequence[Article], config: Config) -> None:
    """Every id switched off must name a rule or a built-in check: a typo would silently check nothing."""
    rules = {rule.id for article in articles for rule in article.rules}
    known = [*BUILTIN_CHECKS, *sorted(rules)]
    problems = [
        Problem(
            config.path or "config",
            config.rules_lines.get(i, 1),
            1,
            _("unknown rule or check {name!r}{suggestion}").format(name=i, suggestion=did_you_mean(i, known)),
        )
        for i in config.off
        if i not in rules and i not in BUILTIN_CHECKS
    ]
    for article in articles:
        own = [*BUILTIN_CHECKS, *(rule.id for rule in article.rules)]
        for claim in article.claims:
            for name, _reason, line in claim.disabled:
                if name not in own:
                    message = _("claim {claim}: unknown rule or check {name!r} to disable{suggestion}").format(
                        claim=claim.id, name=name, suggestion=did_you_mean(name, own)
                    )
                    problems.append(Problem(claim.source.file, line, 1, message))
    if problems:
        raise LoadError(problems)


def switch_off(report: Report, articles: Sequence[Article], config: Config) -> Report:
    """The report without what was switched off; each article lists what was, where and why."""
    by_id = {article.id: article for article in articles}
    if not config.off and not any(c.disabled for a in articles for c in a.claims):
        return report
    results = []
    for result in report.articles:
        article = by_id.get(result.id)
        results.append(_article(result, article, config) if article is not None else result)
    return replace(report, articles=tuple(results))


def _check_name(finding: Finding) -> str:
    return finding.id.rsplit(":", 1)[-1]


def _article(result: ArticleResult, article: Article, config: Config) -> ArticleResult:
    where = config.path or "config"
    disabled: list[Disabled] = []
    rule_ids = {rule.id for rule in article.rules}
    for name in config.off:
        if name in rule_ids or name in BUILTIN_CHECKS:
            disabled.append(Disabled(article.id, name, where, config.rules_lines.get(name, 1)))
    per_claim = {
        (claim.id, name): Disabled(article.id, name, claim.source.file, line, claim.id, reason)
        for claim in article.claims
        for name, reason, line in claim.disabled
    }
    disabled.extend(per_claim.values())

    def off(finding: Finding) -> bool:
        if finding.kind is Kind.RULE:
            return finding.id in config.off or any((claim, finding.id) in per_claim for claim in finding.claims)
        if finding.kind is Kind.CLAIM:
            name = _check_name(finding)
            claim = finding.claims[0] if finding.claims else ""
            return name in config.off or (claim, name) in per_claim
        return False

    kept = tuple(f for f in result.findings if not off(f))
    return replace(result, findings=kept, disabled=result.disabled + tuple(disabled))
