"""``--format rich``: a report for people, rule by rule, with the values in place."""

from __future__ import annotations

import io
import os
import re
import shutil
from typing import TYPE_CHECKING, TextIO

from factcheck.findings import ArticleResult, Finding, Kind, Report, Status
from factcheck.formatters.base import Formatter, baseline_notes, ends_with_summary, summary_line, switched_off_lines

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


PIPE_WIDTH = 100  # no terminal and no COLUMNS: wide enough for most rule ids, narrow enough to read
MIN_WIDTH = 40
_ANSI = re.compile(r"\x1b\[[0-9;]*m")
_TRAILING_SPACES = re.compile(r"(?: |\x1b\[[0-9;]*m)+$", re.MULTILINE)  # padding, maybe amid colour codes


def report_width(width: int | None, terminal: bool) -> int:
    """--width, else COLUMNS, else the terminal's width, else PIPE_WIDTH; never below MIN_WIDTH."""
    if width is None:
        columns = os.environ.get("COLUMNS", "").strip()
        if columns.isdigit() and int(columns) > 0:
            width = int(columns)
        elif terminal:
            width = shutil.get_terminal_size((PIPE_WIDTH, 24)).columns
        else:
            width = PIPE_WIDTH
    return max(MIN_WIDTH, width)


def _longest_word(text: str) -> int:
    from rich.cells import cell_len

    return max((cell_len(word) for word in text.split()), default=0)


class RichFormatter(Formatter):
    name = "rich"
    description = "a readable report for people (colour on a terminal)"

    def format(self, report: Report) -> str:
        return self._render(report, terminal=False)

    def write(self, report: Report, stream: TextIO) -> None:
        isatty = getattr(stream, "isatty", None)
        stream.write(self._render(report, terminal=bool(isatty and isatty())))

    def _render(self, report: Report, *, terminal: bool) -> str:
        """The whole report, fitted to the width; no line ends in padding (pipes, diffs and editors)."""
        from rich.console import Console

        buffer = io.StringIO()
        console = Console(
            file=buffer,
            force_terminal=self.color,
            no_color=not self.color,
            width=report_width(self.width, terminal),
            highlight=False,
            emoji=False,
            soft_wrap=False,
        )
        for article in report.articles:
            if article.draft is not None:  # the editor's view of a draft: its own module
                from factcheck.formatters.rich_draft import write_draft

                if write_draft(console, article, verbose=self.passes, quiet=self.quiet):
                    console.print()
                continue
            self._article(console, article)
        from rich.text import Text

        if not self.quiet:
            for note in switched_off_lines(report) + baseline_notes(report):
                console.print(Text(note, style="dim"))
        style = "bold red" if report.failed() else "bold green"
        console.print(summary_line(report), style=style)  # wraps between words at the width
        return _TRAILING_SPACES.sub(lambda run: "".join(_ANSI.findall(run.group())), buffer.getvalue())

    @classmethod
    def owns_report(cls, text: str) -> bool:
        """A text report ends with its summary line."""
        return ends_with_summary(text)

    def _article(self, console: Console, article: ArticleResult) -> None:
        from rich.text import Text

        shown = [f for f in article.findings if self.passes or f.status is not Status.PASS]
        if self.quiet and not shown:
            return  # --quiet: an article with nothing to look at takes no room
        console.print(Text(f"{article.title}", style="bold"), Text(f"  {article.id}", style="dim"))
        for path in (article.claims_file, article.rules_file):
            if path:
                console.print(Text(path, style="dim"))
        console.print(Text(f"{article.claims} claims · {article.rules} rules", style="dim"))
        claim_findings = [f for f in shown if f.kind is Kind.CLAIM]
        rule_findings = [f for f in shown if f.kind is Kind.RULE]
        if claim_findings:
            console.print(self._table("claim check · what is wrong with the claim", claim_findings))
        if rule_findings:
            console.print(self._table("rule · the check with the figures in place", rule_findings, article.quotes))
        if article.derived and self.passes:
            self._derived(console, article)
        console.print()

    def _derived(self, console: Console, article: ArticleResult) -> None:
        """Derived values in three columns when every name and word fits, else each on two lines."""
        from rich.markup import escape
        from rich.table import Table
        from rich.text import Text

        rows = [
            (d.id, f"= {d.display if d.error is None else f'? ({d.error})'}", d.expression) for d in article.derived
        ]
        name_width = max(len(name) for name, _, _ in rows)
        value_width = max(len(value) for _, value, _ in rows)
        words = max(_longest_word(expression) for _, _, expression in rows)
        if 1 + name_width + 2 + value_width + 2 + words + 1 <= console.width:
            table = Table(title="derived values", title_justify="left", show_header=False, box=None, padding=(0, 1))
            table.add_column("id", style="cyan", no_wrap=True)
            table.add_column("value", no_wrap=True)
            table.add_column("from", style="dim", overflow="fold")
            for name, value, expression in rows:  # a derived value's error may quote the input: never markup
                table.add_row(escape(name), escape(value), escape(expression))
            console.print(table)
            return
        from rich.padding import Padding

        console.print(Text("derived values"))
        for name, value, expression in rows:
            console.print(Padding(Text(f"{name} ", style="cyan").append(value, style="none"), (0, 0, 0, 1)))
            console.print(Padding(Text(expression, style="dim"), (0, 0, 0, 5)))

    def _table(self, heading: str, findings: list[Finding], quotes: dict[str, str] | None = None) -> Table:
        from rich.table import Table
        from rich.text import Text

        # Two columns, the verdict beside the id: a rule id or a formula then has the whole width and breaks
        # only between words (a Chinese passage, which has no spaces, folds where it must).
        table = Table(header_style="bold", expand=False, show_lines=False)
        table.add_column("", no_wrap=True, width=1)
        table.add_column(f"{heading} · verdict", overflow="fold")
        for finding in findings:
            mark, style = MARKS[finding.verdict]
            body = Text(finding.id, style="cyan")
            body.append(f"  {finding.verdict}", style=style)
            body.append(f"\n{finding.message}")
            if finding.detail:
                body.append(f"\n{finding.detail}", style=style)
            if finding.explain and finding.status is not Status.PASS:
                body.append(f"\n{finding.explain}", style="dim")
            if quotes and finding.status is not Status.PASS and finding.kind is Kind.RULE:
                for claim_id in finding.claims:
                    if claim_id in quotes:
                        body.append(f"\n“{quotes[claim_id]}”", style="italic")
            if finding.status is not Status.PASS and finding.where:
                body.append(f"\n{finding.file}:{finding.where}", style="dim")
            elif finding.status is not Status.PASS:
                column = f":{finding.column}" if finding.kind in (Kind.CHANGED, Kind.UNVERIFIED) else ""
                body.append(f"\n{finding.file}:{finding.line}{column}", style="dim")
            if finding.origin and finding.status is not Status.PASS:
                body.append(f"\n(with the figures of the {finding.origin})", style="dim")
            table.add_row(Text(mark, style=style), body)
        return table
