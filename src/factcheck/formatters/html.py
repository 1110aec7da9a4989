"""``--format html``: one self-contained page an editor opens in a browser.

Failing rules first, each with the figures in place and links to those figures in the article; passing rules
folded away; then the article with every figure highlighted by the worst verdict of the rules that rest on
it, each flagged figure linking back to its rule.  The page's ``lang`` and ``<title>`` are the article's.
Inline CSS only: the page makes no request of its own (its only links are anchors within it).
"""

from __future__ import annotations

from html import escape

from factcheck.findings import ArticleResult, DraftInfo, Finding, Report, Status
from factcheck.formatters.base import (
    Formatter,
    evidence_note,
    location,
    sorted_for_people,
    summary_line,
    verdict_text,
)
from factcheck.i18n import _, ngettext

CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI","Noto Sans CJK SC","PingFang SC",sans-serif;margin:2rem auto;
max-width:70rem;padding:0 1rem;color:#1f2328;line-height:1.6}
h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2rem}.summary{font-weight:600}
.summary.failed{color:#b42318}.summary.passed{color:#067647}
table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #d0d7de;padding:.4rem;text-align:left;
vertical-align:top}code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.9em}
.verdict{white-space:nowrap;font-weight:600}.fail .verdict,.error .verdict{color:#b42318}
.warn .verdict{color:#b54708}.pass .verdict{color:#067647}.detail{color:#b42318}.explain,.where{color:#57606a;
font-size:.9em}.article p{margin:.3rem 0}mark{padding:0 .1em;border-radius:.2em}mark.fail,mark.error,
mark.changed{background:#fda29b}mark.warn,mark.unverified{background:#fedf89}mark.pass,mark.verified{
background:#abefc6}mark.unchecked{background:#eaecf0}.legend mark{margin-right:.5rem}
.figures a,.article a{color:inherit}:target{outline:2px solid #2f6feb;outline-offset:2px}
details.passing summary{cursor:pointer;color:#57606a;margin:.5rem 0}
"""
GENERATOR = "factcheck"  # the mark by which --output knows an earlier HTML report it may replace
ICONS = {Status.FAIL: "✘", Status.ERROR: "!", Status.WARN: "⚠", Status.PASS: "✔"}


def _finding_row(finding: Finding, row_id: str | None = None, figures: str = "") -> str:
    cells = [f"<code>{escape(finding.message)}</code>"]
    if finding.detail:
        cells.append(f'<div class="detail">{escape(finding.detail)}</div>')
    if finding.explain:
        cells.append(f'<div class="explain">{escape(finding.explain)}</div>')
    evidence = evidence_note(finding)
    if evidence:  # a proposed rule: what its figures share in the text, so how far to trust it
        cells.append(f'<div class="explain evidence">{escape(evidence)}</div>')
    if figures:
        shown = _("in the article: {figures}").format(figures=figures)
        cells.append(f'<div class="figures">{shown}</div>')
    cells.append(f'<div class="where">{escape(location(finding))}</div>')
    anchor = f' id="{row_id}"' if row_id else ""
    return (
        f'<tr class="{finding.status.value}"{anchor}><td>{ICONS[finding.status]}</td><td><code>'
        f"{escape(finding.id)}</code></td><td>{''.join(cells)}</td>"
        f'<td class="verdict">{escape(verdict_text(finding))}</td></tr>'
    )


def _marked_text(view: DraftInfo, anchors: dict[str, str] | None = None, links: dict[str, str] | None = None) -> str:
    """The text with each figure marked; ``anchors`` gives a claim's figure an id, ``links`` a link to its rule."""
    text = view.text
    out: list[str] = []
    cursor = 0
    anchors, links = anchors or {}, links or {}
    for figure in sorted(view.figures, key=lambda f: f.start):
        out.append(escape(text[cursor : figure.start]))
        status = figure_status_text(figure.status)
        title = _("{claim}: {status}").format(claim=figure.claim, status=status) if figure.claim else status
        anchor = f' id="{anchors[figure.claim]}"' if figure.claim in anchors else ""
        mark = (
            f'<mark class="{figure.status}"{anchor} title="{escape(title)}">'
            f"{escape(text[figure.start : figure.end])}</mark>"
        )
        if figure.claim in links:
            mark = f'<a href="#{links[figure.claim]}">{mark}</a>'
        out.append(mark)
        cursor = figure.end
    out.append(escape(text[cursor:]))
    paragraphs = "".join(out).split("\n")
    return "".join(f"<p>{p}</p>" for p in paragraphs if p.strip())


def figure_status_text(status: str) -> str:
    """A figure's mark in the reader's language (the class attribute keeps the English status)."""
    return {
        "pass": _("passes"),
        "fail": _("fails"),
        "warn": _("warning"),
        "error": _("error"),
        "changed": _("changed"),
        "unverified": _("unverified"),
        "verified": _("verified"),
        "unchecked": _("unchecked"),
    }.get(status, status)


def _head() -> str:
    rule, check, verdict = _("rule"), _("the check, with the figures in place"), _("verdict")
    return (
        f'<table class="findings"><thead><tr><th></th><th>{escape(rule)}</th><th>{escape(check)}</th>'
        f"<th>{escape(verdict)}</th></tr></thead><tbody>"
    )


def _article(article: ArticleResult, number: int) -> str:
    if article.draft is not None:  # the editor's view of a draft: its own module
        from factcheck.formatters.html_draft import draft_html

        return draft_html(article, number)
    lang = f' lang="{escape(article.language)}"' if article.language else ""
    parts = [f"<section{lang}><h2>{escape(article.title)} <small><code>{escape(article.id)}</code></small></h2>"]
    findings = sorted_for_people(article.findings)
    view = article.draft or article.text
    figures = {f.claim: f for f in view.figures if f.claim} if view is not None else {}
    anchors = {claim: f"a{number}-figure-{index}" for index, claim in enumerate(figures, 1)}
    failing = [f for f in findings if f.status is not Status.PASS]
    passing = [f for f in findings if f.status is Status.PASS]
    links: dict[str, str] = {}  # each flagged figure links back to the worst rule that rests on it
    rows = []
    for index, finding in enumerate(failing, 1):
        row_id = f"a{number}-finding-{index}"
        for claim in finding.claims:
            links.setdefault(claim, row_id)
        shown = [
            f'<a href="#{anchors[c]}">{escape(figures[c].text)}</a>'
            for c in dict.fromkeys(finding.claims)
            if c in anchors
        ]
        rows.append(_finding_row(finding, row_id, " ".join(shown)))
    if failing:
        parts.extend([_head(), *rows, "</tbody></table>"])
    if passing:
        summary = ngettext("{count} passing", "{count} passing", len(passing)).format(count=len(passing))
        parts.append(f'<details class="passing"><summary>{summary}</summary>{_head()}')
        parts.extend(_finding_row(f) for f in passing)
        parts.append("</tbody></table></details>")
    if article.derived:
        derived = "".join(
            f"<tr><td><code>{escape(d.id)}</code></td><td>{escape(d.display)}</td><td><code>{escape(d.expression)}"
            "</code></td></tr>"
            for d in article.derived
        )
        heading = escape(_("Derived values"))
        parts.append(f'<h3>{heading}</h3><table class="derived"><tbody>{derived}</tbody></table>')
    if view is not None:
        statuses = sorted({f.status for f in view.figures})
        legend = "".join(f'<mark class="{s}">{escape(figure_status_text(s))}</mark>' for s in statuses)
        heading = escape(_("The draft") if article.draft else _("The article"))
        parts.append(f'<h3>{heading}</h3><div class="legend">{legend}</div>')
        parts.append(f'<div class="article">{_marked_text(view, anchors, links)}</div>')
    parts.append("</section>")
    return "".join(parts)


def _draft_css(report: Report) -> str:
    if not any(a.draft is not None for a in report.articles):
        return ""
    from factcheck.formatters.html_draft import DRAFT_CSS

    return DRAFT_CSS


class HtmlFormatter(Formatter):
    name = "html"
    description = "one self-contained HTML page for editors, failures first"
    needs_text = True

    def format(self, report: Report) -> str:
        failed = report.failed()
        languages = {a.language for a in report.articles if a.language}
        lang = languages.pop() if len(languages) == 1 else "und"  # each article's section carries its own
        titles = [a.title for a in report.articles]
        if len(titles) == 1:
            title = f"{titles[0]} · factcheck"
        else:
            title = ngettext(
                "factcheck report: {count} article", "factcheck report: {count} articles", len(titles)
            ).format(count=len(titles))
        body = "".join(_article(a, number) for number, a in enumerate(report.articles, 1))
        summary_class = "failed" if failed else "passed"
        return (
            f'<!DOCTYPE html>\n<html lang="{escape(lang)}"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<meta name="generator" content="{GENERATOR}">'
            f"<title>{escape(title)}</title><style>{CSS}{_draft_css(report)}</style></head><body>"
            f'<h1>{escape(title)}</h1><p class="summary {summary_class}">{escape(summary_line(report))}</p>'
            f"{body}</body></html>\n"
        )

    @classmethod
    def owns_report(cls, text: str) -> bool:
        """An HTML page whose head names factcheck as its generator."""
        head = text[:4096]
        return (
            head.lstrip("\ufeff").startswith("<!DOCTYPE html>")
            and f'<meta name="generator" content="{GENERATOR}">' in head
        )
