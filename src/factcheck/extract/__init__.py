"""Proposes claims and rules from raw text: ``factcheck extract`` and ``factcheck scan``.

One document model (:mod:`factcheck.extract.model`: every figure with its label, role and scope, on the
structure of :mod:`factcheck.documents.structure`) is built once per text; the links between its figures
(:mod:`factcheck.extract.links`) are found once; every relation pattern in ``patterns/`` proposes rules from
them, each marked ``suggested: <pattern>`` for a person to review.  ``extract`` writes the claims and rules as
YAML; ``scan`` builds the same article in memory (:mod:`factcheck.extract.article`) and checks it.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from factcheck.extract.evidence import weigh
from factcheck.extract.ids import assign_ids, romanise, slug
from factcheck.extract.links import Links, link
from factcheck.extract.model import AVERAGE, RATIO, Figure, Model, read
from factcheck.extract.patterns import PATTERNS
from factcheck.extract.suggestion import Suggestion
from factcheck.quantity.model import DEFAULT_SETTINGS, ReadingSettings

if TYPE_CHECKING:
    from factcheck.documents.model import Document
    from factcheck.findings import ArticleResult
    from factcheck.model import Article


@dataclass(frozen=True)
class Extraction:
    article_id: str
    title: str
    document: Model  # the model: .figures, .text, .language, .structure
    suggestions: tuple[Suggestion, ...]
    links: Links
    dropped: int = 0  # suggestions that would not load or evaluate: left out, counted
    checked: ArticleResult | None = None  # the article checked as scan checks it (lenient), once
    article: Article | None = None  # that article (in the document's own positions when read from one)

    def quote(self, figure: Figure) -> str:
        start, end = figure.window
        return self.document.text[start:end].strip()

    def claims_yaml(self, text_path: str | None) -> str:
        from factcheck.extract.render import render_claims

        return render_claims(self, text_path)

    def rules_yaml(self) -> str:
        from factcheck.extract.render import render_rules

        return render_rules(self)


def article_id_for(path: Path) -> str:
    stem = slug(path.stem).replace("_", "-")
    if not stem or not re.match(r"^[a-z0-9]", stem):
        stem = slug(romanise(path.stem)).replace("_", "-") or "article"
    return re.sub(r"-+", "-", stem).strip("-") or "article"


def title_for(text: str, fallback: str) -> str:
    """The first line, up to its first sentence end: a title to edit, not to trust."""
    for line in text[:20_000].splitlines():
        line = re.split(r"(?<=[。！？!?])|(?<=\. )", line.strip())[0].strip()
        if line:
            return line[:60]
    return fallback


def extract(
    source: str | Document,
    article_id: str,
    title: str | None = None,
    language: str | None = None,
    settings: ReadingSettings = DEFAULT_SETTINGS,
) -> Extraction:
    """The model of ``source`` and the rules its relations propose."""
    extraction = propose(source, article_id, title, language, settings)
    return _evaluated(extraction, None if isinstance(source, str) else source)


def propose(
    source: str | Document,
    article_id: str,
    title: str | None = None,
    language: str | None = None,
    settings: ReadingSettings = DEFAULT_SETTINGS,
) -> Extraction:
    """The model of ``source`` and the rules its relations propose, not yet checked (``extract`` checks them)."""
    model = read(source, language, settings)
    links = link(model)
    for figure in model.figures:
        if figure.owner is not None and figure.owner.label:
            figure.label = figure.owner.label
    assign_ids(model)
    suggestions: list[Suggestion] = []
    for find in PATTERNS.values():
        suggestions.extend(find(model, links))
    if model.language == "zh":
        suggestions = _without_sums_of_some(suggestions)
    _shared_units(suggestions)
    suggestions = weigh(model, suggestions)
    known = {f.id for f in model.figures}
    unique: dict[str, Suggestion] = {}
    dropped = 0
    checks: set[str] = set()
    for suggestion in suggestions:
        if not _loadable(suggestion, known):
            dropped += 1
            continue
        if suggestion.check and suggestion.check in checks:
            continue  # the same relation found twice (a 其中 list that is also a 城镇/乡村 pair): one rule
        checks.add(suggestion.check)
        key = suggestion.id
        number = 2
        while key in unique:
            key = f"{suggestion.id}-{number}"
            number += 1
        unique[key] = replace(suggestion, id=key) if key != suggestion.id else suggestion
        known.update(suggestion.derive)
    text = source if isinstance(source, str) else source.text
    if title is None and not isinstance(source, str) and source.title:
        title = source.title
    return Extraction(article_id, title or title_for(text, article_id), model, tuple(unique.values()), links, dropped)


def _evaluated(extraction: Extraction, document: Document | None = None) -> Extraction:
    """The extraction without the rules that cannot be evaluated (a unit clash the model did not foresee):
    the model's mistakes, never alarms about the text.  The check that finds them, and the article it
    checked (built once, at ``document``'s own positions when given), are kept for ``scan``."""
    from factcheck.extract.article import to_article

    display = document.path if document is not None else extraction.article_id
    article = to_article(extraction, display, document)
    result, article, broken = checked(article, extraction.suggestions)
    if broken:
        kept = tuple(s for s in extraction.suggestions if s.id not in broken)
        extraction = replace(extraction, suggestions=kept, dropped=extraction.dropped + len(broken))
    return replace(extraction, checked=result, article=article)


def checked(article: Article, suggestions: tuple[Suggestion, ...]) -> tuple[ArticleResult, Article, frozenset[str]]:
    """``article`` checked as scan checks it (lenient), without the suggested rules that cannot be evaluated:
    the result, the article without them (and what only they derived), and their ids."""
    from factcheck.engine import check_article
    from factcheck.findings import Kind, Status

    result = check_article(article, lenient=True)
    broken = frozenset(f.id for f in result.findings if f.kind is Kind.RULE and f.status is Status.ERROR)
    if broken:
        findings = tuple(f for f in result.findings if f.id not in broken or f.kind is not Kind.RULE)
        result = replace(result, findings=findings, rules=result.rules - len(broken))
        gone = {name for s in suggestions if s.id in broken for name in s.derive}
        article = replace(
            article,
            rules=tuple(r for r in article.rules if r.id not in broken),
            derived=tuple(d for d in article.derived if d.id not in gone),
        )
    return result, article, broken


def _without_sums_of_some(suggestions: list[Suggestion]) -> list[Suggestion]:
    """Shares summed to 100% whose parts, each checked against one whole, come beyond their rounding to less
    than it (一般贸易891.2亿元占69.3%, 加工贸易265.8亿元占20.7% of 1286.4亿元): the amounts say they are some of
    the whole, and each share is checked already.  Those sums are left out."""
    of: dict[int, tuple[Figure, Figure]] = {}
    for suggestion in suggestions:
        if suggestion.pattern == "share" and suggestion.id.endswith("-is-share-of-whole") and suggestion.check:
            part, whole, share = suggestion.figures
            of[id(share)] = (part, whole)
    out = []
    for suggestion in suggestions:
        pairs = [of.get(id(f)) for f in suggestion.figures]
        if suggestion.id.endswith("-shares-sum-to-100") and all(pairs) and len(pairs) >= 2:
            wholes = {id(pair[1]) for pair in pairs if pair}
            parts = [pair[0] for pair in pairs if pair]
            whole = next(pair[1] for pair in pairs if pair)
            high = sum((p.quantity.interval.hi for p in parts), Decimal(0))
            if len(wholes) == 1 and all(p.unit == whole.unit for p in parts) and high < whole.quantity.interval.lo:
                continue
        out.append(suggestion)
    return out


def _shared_units(suggestions: list[Suggestion]) -> None:
    """ "118,000" beside "126,000 cases" in one rule: the bare count takes the other's noun, so the two divide
    and compare as counts of one thing (a claim's unit:, in the claims file too)."""
    for _ in range(3):  # a bare count given a noun by one rule passes it on to the rules it shares
        changed = False
        for suggestion in suggestions:
            nouns = {
                f.claim_unit or f.unit
                for f in suggestion.figures
                if f.is_amount and (f.claim_unit or (f.unit and f.quantity.kind.value == "count"))
            }
            if len(nouns) != 1:
                continue
            (noun,) = nouns
            if noun and not noun.isascii() and any(f.in_table and f.unit is None for f in suggestion.figures):
                # 96起 and | 事故起数 | 96 |: a Chinese measure word names its own count, never the bare column's
                # (| 死亡人数 | beside it, taken for 起 through a rule of the row, would read as another measure)
                continue
            for figure in suggestion.figures:
                if (
                    figure.base
                    or figure.role in (RATIO, AVERAGE)
                    or figure.label.rstrip(")）").endswith(("比", "比例"))
                ):
                    # "148.3 per 100,000": a rate; 18.7 of 结构为18.7:31.6:49.7: a share; 每千人口拥有7.5人: an
                    # average, whose claim is its number (see Figure.per); 性别比102.45: a ratio: never a count of
                    # the others' noun
                    continue
                if figure.unit is None and figure.claim_unit is None and figure.is_amount and figure.scale == 1:
                    figure.claim_unit = noun
                    changed = True
        if not changed:
            break


def _loadable(suggestion: Suggestion, known: set[str]) -> bool:
    """Whether the loader would take this suggestion: its expressions parse and name only known values."""
    from factcheck.errors import FactcheckError
    from factcheck.expr import parse_expression

    expressions = [suggestion.check] if suggestion.check else []
    expressions.extend(suggestion.derive.values())
    try:
        for expression in expressions:
            parsed = parse_expression(expression)
            if not all(name in known or name in suggestion.derive for name in parsed.names):
                return False
    except FactcheckError:
        return False
    return bool(expressions)


def relative_text_path(article: Path, claims_dir: Path) -> str:
    return Path(os.path.relpath(article.resolve(), claims_dir.resolve())).as_posix()


__all__ = ["Extraction", "article_id_for", "checked", "extract", "propose", "relative_text_path"]
