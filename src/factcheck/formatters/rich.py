"""``--format rich``: a report for people, rule by rule, with the values in place."""

from __future__ import annotations

import bisect
import io
from typing import TYPE_CHECKING, TextIO

from factcheck.findings import ArticleResult, DraftInfo, Finding, Kind, Report, Status
from factcheck.formatters.base import Formatter, ends_with_summary, summary_line

if TYPE_CHECKING:  # rich is imported only when a rich report is written
    from rich.console import Console
    from rich.table import Table

MARKS = {
    "holds": ("✔", "green"),
    "consistent within precision": ("≈", "green"),
    "fails": ("✘", "bold red"),
    "warning": ("⚠", "yellow"),
    "error": ("!", "bold magenta"),
}


FIGURE_STYLES = {"changed": "bold white on red", "unverified": "black on yellow", "verified": "green"}
MAX_SENTENCES = 40


def _sentence_around(text: str, offset: int) -> tuple[int, int]:
    stops = "。！？!?；;\n"
    start = max(text.rfind(c, 0, offset) for c in stops) + 1
    ends = [i for i in (text.find(c, offset) for c in stops) if i >= 0]
    end = min(ends) + 1 if ends else len(text)
    return start, end


class RichFormatter(Formatter):
    name = "rich"
    description = "a readable report for people (colour on a terminal)"

    def format(self, report: Report) -> str:
        buffer = io.StringIO()
        self.write(report, buffer)
        return buffer.getvalue()

    def write(self, report: Report, stream: TextIO) -> None:
        from rich.console import Console

        console = Console(
            file=stream,
            force_terminal=self.color,
            no_color=not self.color,
            width=self.width or (None if self.color else 100),
            highlight=False,
            emoji=False,
            soft_wrap=False,
        )
        for article in report.articles:
            self._article(console, article)
        style = "bold red" if report.failed() else "bold green"
        console.print(summary_line(report), style=style, soft_wrap=True)

    @classmethod
    def owns_report(cls, text: str) -> bool:
        """A text report ends with its summary line."""
        return ends_with_summary(text)

    def _article(self, console: Console, article: ArticleResult) -> None:
        from rich.markup import escape
        from rich.table import Table
        from rich.text import Text

        console.print(Text(f"{article.title}", style="bold"), Text(f"  {article.id}", style="dim"))
        for path in (article.claims_file, article.rules_file):
            if path:
                console.print(Text(path, style="dim"))
        console.print(Text(f"{article.claims} claims · {article.rules} rules", style="dim"))
        shown = [f for f in article.findings if not (self.quiet and f.status is Status.PASS)]
        claim_findings = [f for f in shown if f.kind is Kind.CLAIM]
        draft_findings = [f for f in shown if f.kind in (Kind.CHANGED, Kind.MISSING, Kind.UNVERIFIED)]
        rule_findings = [f for f in shown if f.kind is Kind.RULE]
        if article.draft is not None:
            self._draft(console, article.draft)
        if claim_findings:
            console.print(self._table("claim check · what is wrong with the claim", claim_findings))
        if draft_findings:
            console.print(self._table("draft · what changed, went missing or is unverified", draft_findings))
        if rule_findings:
            console.print(self._table("rule · the check with the figures in place", rule_findings, article.quotes))
        if article.derived and not self.quiet:
            table = Table(title="derived values", title_justify="left", show_header=False, box=None, padding=(0, 1))
            table.add_column("id", style="cyan", no_wrap=True)
            table.add_column("value", no_wrap=True)
            table.add_column("from", style="dim", overflow="fold")
            for derived in article.derived:
                value = derived.display if derived.error is None else f"? ({derived.error})"
                table.add_row(escape(derived.id), escape(f"= {value}"), escape(derived.expression))
            console.print(table)
        console.print()

    def _draft(self, console: Console, draft: DraftInfo) -> None:
        """The draft's sentences that matter, figures highlighted: changed, unverified, verified."""
        from rich.text import Text

        verified, total = draft.coverage
        console.print(Text(f"draft {draft.path}: {verified} of {total} figures verified", style="dim"))
        flagged = [f for f in draft.figures if f.status != "verified"]
        spans = sorted({_sentence_around(draft.text, f.start) for f in flagged[: MAX_SENTENCES * 4]})
        sentences = spans[:MAX_SENTENCES]
        starts = [f.start for f in draft.figures]
        for start, end in sentences:
            # Sentences never cross a line, so a sentence's line is that of its figures.
            figures = draft.figures[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]
            text = Text(f"{figures[0].line:>4} │ ", style="dim")
            cursor = start
            for figure in figures:
                text.append(draft.text[cursor : figure.start].strip("\n"))
                text.append(draft.text[figure.start : figure.end], style=FIGURE_STYLES[figure.status])
                cursor = figure.end
            text.append(draft.text[cursor:end].strip("\n"))
            console.print(text, soft_wrap=True)  # Chinese has no spaces to wrap at: let the terminal fold it
        if len(flagged) > sum(1 for f in flagged if any(s <= f.start < e for s, e in sentences)):
            console.print(Text(f"... {len(flagged)} figures in all are changed or unverified", style="dim"))
        if sentences:
            legend = Text("     ")
            for status, style in FIGURE_STYLES.items():
                legend.append(f" {status} ", style=style)
            console.print(legend)

    def _table(self, heading: str, findings: list[Finding], quotes: dict[str, str] | None = None) -> Table:
        from rich.table import Table
        from rich.text import Text

        table = Table(header_style="bold", expand=False, show_lines=False)
        table.add_column("", no_wrap=True, width=1)
        table.add_column(heading, overflow="fold", ratio=1)
        table.add_column("verdict", no_wrap=True)
        for finding in findings:
            mark, style = MARKS[finding.verdict]
            body = Text(finding.id, style="cyan")
            body.append(f"\n{finding.message}")
            if finding.detail:
                body.append(f"\n{finding.detail}", style=style)
            if finding.explain and finding.status is not Status.PASS:
                body.append(f"\n{finding.explain}", style="dim")
            if quotes and finding.status is not Status.PASS and finding.kind is Kind.RULE:
                for claim_id in finding.claims:
                    if claim_id in quotes:
                        body.append(f"\n“{quotes[claim_id]}”", style="italic")
            if finding.status is not Status.PASS:
                column = f":{finding.column}" if finding.kind in (Kind.CHANGED, Kind.UNVERIFIED) else ""
                body.append(f"\n{finding.file}:{finding.line}{column}", style="dim")
            if finding.origin and finding.status is not Status.PASS:
                body.append(f"\n(with the figures of the {finding.origin})", style="dim")
            table.add_row(Text(mark, style=style), body, Text(finding.verdict, style=style))
        return table
