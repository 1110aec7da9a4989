"""``--format rich``: a report for people, rule by rule, with the values in place."""

from __future__ import annotations

import io
from typing import TextIO

from factcheck.findings import ArticleResult, Finding, Report, Status
from factcheck.formatters.base import Formatter, summary_line

MARKS = {
    "holds": ("✔", "green"),
    "consistent within precision": ("≈", "green"),
    "fails": ("✘", "bold red"),
    "warning": ("⚠", "yellow"),
    "error": ("!", "bold magenta"),
}


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

    def _article(self, console: object, article: ArticleResult) -> None:
        from rich.console import Console
        from rich.markup import escape
        from rich.table import Table
        from rich.text import Text

        assert isinstance(console, Console)  # typed loosely so this module imports rich only when used
        console.print(Text(f"{article.title}", style="bold"), Text(f"  {article.id}", style="dim"))
        for path in (article.claims_file, article.rules_file):
            if path:
                console.print(Text(path, style="dim"))
        console.print(Text(f"{article.claims} claims · {article.rules} rules", style="dim"))
        shown = [f for f in article.findings if not (self.quiet and f.status is Status.PASS)]
        claim_findings = [f for f in shown if f.kind.value == "claim"]
        rule_findings = [f for f in shown if f.kind.value == "rule"]
        if claim_findings:
            console.print(self._table("claim check", claim_findings))
        if rule_findings:
            console.print(self._table("rule", rule_findings))
        if article.derived and not self.quiet:
            table = Table(title="derived values", title_justify="left", show_header=False, box=None, padding=(0, 1))
            table.add_column("id", style="cyan", no_wrap=True)
            table.add_column("value", no_wrap=True)
            table.add_column("from", style="dim", overflow="fold")
            for derived in article.derived:
                value = derived.display if derived.error is None else f"? ({derived.error})"
                table.add_row(derived.id, f"= {value}", escape(derived.expression))
            console.print(table)
        console.print()

    def _table(self, heading: str, findings: list[Finding]) -> object:
        from rich.table import Table
        from rich.text import Text

        table = Table(header_style="bold", expand=False, show_lines=False)
        table.add_column("", no_wrap=True, width=1)
        table.add_column(f"{heading} · the check with the figures in place", overflow="fold", ratio=1)
        table.add_column("verdict", no_wrap=True)
        for finding in findings:
            mark, style = MARKS[finding.verdict]
            body = Text(finding.id, style="cyan")
            body.append(f"\n{finding.message}")
            if finding.detail:
                body.append(f"\n{finding.detail}", style=style)
            if finding.explain and finding.status is not Status.PASS:
                body.append(f"\n{finding.explain}", style="dim")
            if finding.status is not Status.PASS:
                body.append(f"\n{finding.file}:{finding.line}", style="dim")
            if finding.origin:
                body.append(f"\n(figures from the {finding.origin})", style="dim")
            table.add_row(Text(mark, style=style), body, Text(finding.verdict, style=style))
        return table
