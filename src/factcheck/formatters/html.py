"""``--format html``: one self-contained page an editor opens in a browser.

Failing rules first, each with the figures in place; then the article with every figure highlighted by the
worst verdict of the rules that rest on it.  Inline CSS only: the page makes no request of its own.
"""

from __future__ import annotations

from html import escape

from factcheck.findings import ArticleResult, DraftInfo, Finding, Report, Status
from factcheck.formatters.base import Formatter, location, sorted_for_people, summary_line

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
"""
GENERATOR = "factcheck"  # the mark by which --output knows an earlier HTML report it may replace
ICONS = {Status.FAIL: "✘", Status.ERROR: "!", Status.WARN: "⚠", Status.PASS: "✔"}


def _finding_row(finding: Finding) -> str:
    cells = [f"<code>{escape(finding.message)}</code>"]
    if finding.detail:
        cells.append(f'<div class="detail">{escape(finding.detail)}</div>')
    if finding.explain:
        cells.append(f'<div class="explain">{escape(finding.explain)}</div>')
    cells.append(f'<div class="where">{escape(location(finding))}</div>')
    return (
        f'<tr class="{finding.status.value}"><td>{ICONS[finding.status]}</td><td><code>{escape(finding.id)}</code>'
        f'</td><td>{"".join(cells)}</td><td class="verdict">{escape(finding.verdict)}</td></tr>'
    )


def _marked_text(view: DraftInfo) -> str:
    text = view.text
    out: list[str] = []
    cursor = 0
    for figure in sorted(view.figures, key=lambda f: f.start):
        out.append(escape(text[cursor : figure.start]))
        title = f"{figure.claim}: {figure.status}" if figure.claim else figure.status
        out.append(
            f'<mark class="{figure.status}" title="{escape(title)}">{escape(text[figure.start : figure.end])}</mark>'
        )
        cursor = figure.end
    out.append(escape(text[cursor:]))
    paragraphs = "".join(out).split("\n")
    return "".join(f"<p>{p}</p>" for p in paragraphs if p.strip())


def _article(article: ArticleResult) -> str:
    parts = [f"<h2>{escape(article.title)} <small><code>{escape(article.id)}</code></small></h2>"]
    findings = sorted_for_people(article.findings)
    if findings:
        parts.append('<table class="findings"><thead><tr><th></th><th>rule</th>')
        parts.append("<th>the check, with the figures in place</th><th>verdict</th></tr></thead><tbody>")
        parts.extend(_finding_row(f) for f in findings)
        parts.append("</tbody></table>")
    if article.derived:
        rows = "".join(
            f"<tr><td><code>{escape(d.id)}</code></td><td>{escape(d.display)}</td><td><code>{escape(d.expression)}"
            "</code></td></tr>"
            for d in article.derived
        )
        parts.append(f'<h3>Derived values</h3><table class="derived"><tbody>{rows}</tbody></table>')
    view = article.draft or article.text
    if view is not None:
        statuses = sorted({f.status for f in view.figures})
        legend = "".join(f'<mark class="{s}">{escape(s)}</mark>' for s in statuses)
        parts.append(f'<h3>{"The draft" if article.draft else "The article"}</h3><div class="legend">{legend}</div>')
        parts.append(f'<div class="article">{_marked_text(view)}</div>')
    return "".join(parts)


class HtmlFormatter(Formatter):
    name = "html"
    description = "one self-contained HTML page for editors, failures first"
    needs_text = True

    def format(self, report: Report) -> str:
        failed = report.failed()
        title = "factcheck report"
        body = "".join(_article(a) for a in report.articles)
        summary_class = "failed" if failed else "passed"
        return (
            '<!DOCTYPE html>\n<html lang="zh"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<meta name="generator" content="{GENERATOR}">'
            f"<title>{title}</title><style>{CSS}</style></head><body>"
            f'<h1>{title}</h1><p class="summary {summary_class}">{escape(summary_line(report))}</p>'
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
