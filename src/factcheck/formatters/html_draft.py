"""The HTML view of a draft: what the edit did to each rule and each figure, and the draft with its figures marked.

Every figure of the draft is coloured by what happened to it: changed, reworded, unverified, verified, and
(outlined) part of a failing rule.  Each failing rule links to its figures in the draft (``#fig-N``) and each
of those figures links back to the rules it breaks (``#rule-ID``), so an editor can go from a broken sum to
the figures that break it and back.  Everything printed is escaped.
"""

from __future__ import annotations

from html import escape

from factcheck.findings import ArticleResult, DraftClaim, DraftInfo, Edit, Finding, Kind, Status
from factcheck.formatters.base import also_at, edit_note, location, verdict_text
from factcheck.formatters.rich_draft import reworded
from factcheck.i18n import _, ngettext

DRAFT_CSS = """
mark.verified{background:#abefc6}mark.failing{background:#fecdca;outline:2px solid #d92d20}
mark.reworded{background:#a5f0fc}mark.unverified{background:#fedf89}mark.changed{background:#d92d20;color:#fff}
sup.rules a{color:#b42318;text-decoration:none;margin-left:.1em}.figures a{margin-right:.4rem}
.quote{font-style:italic}.quote a{text-decoration:none}
.edit{font-weight:400;font-size:.85em;display:block}.edit.new{color:#b42318}.edit.already_failing{color:#b54708}
.edit.fixed{color:#067647}tr:target,mark:target{box-shadow:0 0 0 3px #2e90fa}
"""
ICONS = {Status.FAIL: "✘", Status.ERROR: "!", Status.WARN: "⚠", Status.PASS: "✔"}
FIGURE_KINDS = (Kind.CHANGED, Kind.REWORDED, Kind.MISSING, Kind.UNVERIFIED)


def legend() -> tuple[tuple[str, str], ...]:
    """The marks of the draft's figures: their class, and their meaning in the reader's language."""
    return (
        ("changed", _("changed")),
        ("reworded", _("reworded (more or less precise, or a bound worded otherwise)")),
        ("unverified", _("unverified")),
        ("verified failing", _("verified, part of a failing rule")),
        ("verified", _("verified")),
    )


def _figure_status(status: str) -> str:
    """A draft figure's status in the reader's language (the class attribute keeps the English word)."""
    return {
        "changed": _("changed"),
        "reworded": _("reworded"),
        "unverified": _("unverified"),
        "verified": _("verified"),
        "missing": _("missing"),
    }.get(status, status)


def _kind_word(kind: Kind) -> str:
    return {
        Kind.CHANGED: _("changed"),
        Kind.REWORDED: _("reworded"),
        Kind.MISSING: _("missing"),
        Kind.UNVERIFIED: _("unverified"),
    }.get(kind, kind.value)


def rule_anchor(number: int, rule_id: str) -> str:
    """The id of a rule's row: ``a1-rule-gang-breakdown`` (a report may hold several articles)."""
    return f"a{number}-rule-{rule_id}"


def figure_anchor(number: int, index: int) -> str:
    """The id of the draft's figure ``index``: ``a1-fig-28``."""
    return f"a{number}-fig-{index}"


class _View:
    """Which figure each claim is, and which failing rules each figure takes part in."""

    def __init__(self, article: ArticleResult, draft: DraftInfo, number: int) -> None:
        self.number = number
        self.draft = draft
        self.places: dict[str, DraftClaim] = draft.by_claim()
        by_start = {figure.start: index for index, figure in enumerate(draft.figures)}
        self.figure_of: dict[str, int] = {
            claim: by_start[place.figure_start]
            for claim, place in self.places.items()
            if place.figure_start is not None and place.figure_start in by_start
        }
        self.at: dict[tuple[int, int], int] = {(f.line, f.column): i for i, f in enumerate(draft.figures)}
        self.failing: dict[int, list[str]] = {}
        for finding in article.findings:
            if finding.kind is Kind.RULE and finding.status is not Status.PASS:
                for claim in finding.claims:
                    if claim in self.figure_of:
                        rules = self.failing.setdefault(self.figure_of[claim], [])
                        if finding.id not in rules:
                            rules.append(finding.id)

    def link(self, claim: str) -> str:
        """A link to the claim's figure in the draft, or the claim named as missing."""
        index = self.figure_of.get(claim)
        if index is None:
            title = _("{claim}: not in the draft").format(claim=claim)
            shown = _("{claim} (missing)").format(claim=claim)
            return f'<span class="missing" title="{escape(title)}">{escape(shown)}</span>'
        figure = self.draft.figures[index]
        return (
            f'<a href="#{figure_anchor(self.number, index)}" class="{escape(figure.status)}" title="{escape(claim)}">'
            f"{escape(figure.text)}</a>"
        )

    def quote(self, claim: str, verified: str | None) -> str:
        """The claim as the draft writes it, its figure marked and linked; the verified quote beside it where the
        draft's words differ; a missing claim by its verified quote."""
        place = self.places.get(claim)
        index = self.figure_of.get(claim)
        if place is None or index is None or place.figure_start is None:
            shown = f"“{escape(verified)}”" if verified else escape(claim)
            gone = escape(_("not in the draft"))
            return f'<div class="quote missing">{shown} <span class="where">{gone}</span></div>'
        figure = self.draft.figures[index]
        text = self.draft.text
        start, end = min(place.start, figure.start), max(place.end, figure.end)
        marked = (
            f'{escape(text[start : figure.start])}<a href="#{figure_anchor(self.number, index)}" '
            f'title="{escape(claim)}"><mark class="{escape(figure.status)}">{escape(figure.text)}</mark></a>'
            f"{escape(text[figure.end : end])}"
        )
        beside = ""
        if verified is not None and reworded(text[start:end], verified):
            said = escape(_("verified: {quote}").format(quote=f"“{verified}”"))
            beside = f' <span class="explain">{said}</span>'
        return f'<div class="quote">“{marked}”{beside}</div>'


def _rule_row(finding: Finding, view: _View, quotes: dict[str, str]) -> str:
    cells = [f"<code>{escape(finding.message)}</code>"]
    if finding.detail:
        cells.append(f'<div class="detail">{escape(finding.detail)}</div>')
    if finding.explain:
        cells.append(f'<div class="explain">{escape(finding.explain)}</div>')
    if finding.claims and finding.status is not Status.PASS:
        cells.extend(view.quote(claim, quotes.get(claim)) for claim in dict.fromkeys(finding.claims))
    elif finding.claims:
        cells.append(f'<div class="figures">{" ".join(view.link(c) for c in finding.claims)}</div>')
    second = also_at(finding)
    where = location(finding) + (f" · {second}" if second else "")
    cells.append(f'<div class="where">{escape(where)}</div>')
    note = edit_note(finding)
    edit = finding.edit.value if finding.edit is not None else ""
    verdict = escape(verdict_text(finding)) + (f'<span class="edit {edit}">{escape(note)}</span>' if note else "")
    anchor = escape(rule_anchor(view.number, finding.id))
    return (
        f'<tr class="{finding.status.value}" id="{anchor}"><td>{ICONS[finding.status]}</td>'
        f'<td><code>{escape(finding.id)}</code></td><td>{"".join(cells)}</td><td class="verdict">{verdict}</td></tr>'
    )


def _figure_row(finding: Finding, view: _View) -> str:
    claim = finding.claims[0] if finding.claims else None
    subject = view.link(claim) if claim else escape(finding.figure or "")
    if claim is None:
        index = view.at.get((finding.line, finding.column))
        if index is not None:
            subject = (
                f'<a href="#{figure_anchor(view.number, index)}" class="unverified">{escape(finding.figure or "")}</a>'
            )
    cells = [f"<code>{escape(finding.message)}</code>"]
    if finding.detail:
        cells.append(f'<div class="detail">{escape(finding.detail)}</div>')
    cells.append(f'<div class="where">{escape(location(finding))}</div>')
    return (
        f'<tr class="{finding.status.value}"><td>{ICONS[finding.status]}</td><td>{escape(_kind_word(finding.kind))} '
        f'{subject}</td><td>{"".join(cells)}</td><td class="verdict">{escape(verdict_text(finding))}</td></tr>'
    )


def _marked_draft(view: _View) -> str:
    draft = view.draft
    text = draft.text
    out: list[str] = []
    cursor = 0
    for index, figure in enumerate(draft.figures):
        if figure.start < cursor:
            continue
        out.append(escape(text[cursor : figure.start]))
        rules = view.failing.get(index, [])
        classes = figure.status + (" failing" if rules else "")
        status = _figure_status(figure.status)
        title = _("{claim}: {status}").format(claim=figure.claim, status=status) if figure.claim else status
        if figure.where:
            title += f" · {figure.where}"
        if rules:
            title += " · " + _("breaks {rules}").format(rules=", ".join(rules))
        out.append(
            f'<mark id="{figure_anchor(view.number, index)}" class="{classes}" title="{escape(title)}">'
            f"{escape(text[figure.start : figure.end])}</mark>"
        )
        if rules:
            links = "".join(
                f'<a href="#{escape(rule_anchor(view.number, rule))}" title="{escape(rule)}">✘</a>' for rule in rules
            )
            out.append(f'<sup class="rules">{links}</sup>')
        cursor = figure.end
    out.append(escape(text[cursor:]))
    return "".join(f"<p>{p}</p>" for p in "".join(out).split("\n") if p.strip())


def draft_html(article: ArticleResult, number: int = 1) -> str:
    """One article's draft view (the report's article ``number``): rules by what the edit did, figures by what
    happened to them, the draft."""
    draft = article.draft
    assert draft is not None
    view = _View(article, draft, number)
    lang = f' lang="{escape(article.language)}"' if article.language else ""
    parts = [f"<section{lang}><h2>{escape(article.title)} <small><code>{escape(article.id)}</code></small></h2>"]
    figures = [f for f in article.findings if f.kind in FIGURE_KINDS]
    counted = {kind: sum(1 for f in figures if f.kind is kind) for kind in FIGURE_KINDS}
    verified, total = draft.coverage
    summary = _("draft {path}: {verified} of {total} figures verified; {counts}").format(
        path=draft.path,
        verified=verified,
        total=total,
        counts=_("{changed} changed, {reworded} reworded, {missing} missing, {unverified} unverified").format(
            changed=counted[Kind.CHANGED],
            reworded=counted[Kind.REWORDED],
            missing=counted[Kind.MISSING],
            unverified=counted[Kind.UNVERIFIED],
        ),
    )
    parts.append(f'<p class="draft-summary">{escape(summary)}</p>')
    rules = [f for f in article.findings if f.kind in (Kind.RULE, Kind.CLAIM)]
    order = {Edit.NEW: 0, Edit.ALREADY_FAILING: 1, Edit.FIXED: 2, Edit.UNCHANGED: 3}
    rules.sort(key=lambda f: (order.get(f.edit, 0) if f.edit is not None else 0, f.line, f.column, f.id))
    rule, check, verdict = _("rule"), _("the check, with the draft's figures in place"), _("verdict")
    head = f"<thead><tr><th></th><th>{escape(rule)}</th><th>{escape(check)}</th><th>{escape(verdict)}</th>"
    head += "</tr></thead>"
    shown = [f for f in rules if f.status is not Status.PASS or f.edit is Edit.FIXED]
    held = [f for f in rules if f not in shown]
    rules_heading = escape(_("Rules: what the edit did"))
    parts.append(f"<h3>{rules_heading}</h3>")
    if shown:
        parts.append(f'<table class="findings rules">{head}<tbody>')
        parts.extend(_rule_row(f, view, article.quotes) for f in shown)
        parts.append("</tbody></table>")
    if held:
        still = ngettext("{count} rule still holds", "{count} rules still hold", len(held)).format(count=len(held))
        parts.append(f"<details><summary>{escape(still)}</summary>")
        parts.append(f'<table class="findings rules">{head}<tbody>')
        parts.extend(_rule_row(f, view, article.quotes) for f in held)
        parts.append("</tbody></table></details>")
    if figures:
        heading = escape(_("Figures: what the edit did"))
        parts.append(f'<h3>{heading}</h3><table class="findings figures"><tbody>')
        parts.extend(_figure_row(f, view) for f in sorted(figures, key=lambda f: (f.line, f.column, f.id)))
        parts.append("</tbody></table>")
    marks = "".join(f'<mark class="{c}">{escape(words)}</mark>' for c, words in legend())
    draft_heading = escape(_("The draft"))
    parts.append(f'<h3>{draft_heading}</h3><div class="legend">{marks}</div>')
    parts.append(f'<div class="article">{_marked_draft(view)}</div></section>')
    return "".join(parts)
