"""``--format rich``: a report for people, rule by rule, with the values in place."""

from __future__ import annotations

import io
import os
import re
from typing import TYPE_CHECKING, Any, TextIO

from factcheck.findings import ArticleResult, Finding, Kind, Report, Status
from factcheck.formatters.base import (
    Formatter,
    baseline_notes,
    ends_with_summary,
    evidence_note,
    summary_line,
    switched_off_lines,
    verdict_text,
)
from factcheck.i18n import _, ngettext
from factcheck.quantity.lazyre import lazy_compile

if TYPE_CHECKING:  # rich is imported only when a rich report is written
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

LINES_ABOVE = 1000  # findings in a report past which each is printed as lines, not as a table row
MARKS = {
    "holds": ("✔", "green"),
    "consistent within precision": ("≈", "green"),
    "fails": ("✘", "bold red"),
    "warning": ("⚠", "yellow"),
    "error": ("!", "bold magenta"),
}


PIPE_WIDTH = 100  # no terminal and no COLUMNS: wide enough for most rule ids, narrow enough to read
MIN_WIDTH = 40
_ANSI = lazy_compile(r"\x1b\[[0-9;]*m")  # these two only for a report rich itself draws
_TRAILING_SPACES = lazy_compile(r"(?: |\x1b\[[0-9;]*m)+$", re.MULTILINE)  # padding, maybe amid colour codes


def report_width(width: int | None, terminal: bool) -> int:
    """--width, else COLUMNS, else the terminal's width, else PIPE_WIDTH; never below MIN_WIDTH."""
    if width is None:
        columns = os.environ.get("COLUMNS", "").strip()
        if columns.isdigit() and int(columns) > 0:
            width = int(columns)
        elif terminal:
            import shutil  # here: shutil brings zlib, bz2 and lzma, which a report to a pipe or file never needs

            width = shutil.get_terminal_size((PIPE_WIDTH, 24)).columns
        else:
            width = PIPE_WIDTH
    return max(MIN_WIDTH, width)


def _longest_word(text: str) -> int:
    from factcheck.formatters.richplain import cell_len  # rich's measure (see there), without importing rich

    return max((cell_len(word) for word in text.split()), default=0)


class RichFormatter(Formatter):
    name = "rich"
    _lines = False  # findings as lines rather than table rows (a report of more than LINES_ABOVE)
    description = "a readable report for people (colour on a terminal)"

    def format(self, report: Report) -> str:
        return self._render(report, terminal=False)

    def write(self, report: Report, stream: TextIO) -> None:
        isatty = getattr(stream, "isatty", None)
        stream.write(self._render(report, terminal=bool(isatty and isatty())))

    def _render(self, report: Report, *, terminal: bool) -> str:
        """The whole report, fitted to the width; no line ends in padding (pipes, diffs and editors)."""
        if not self.color and all(article.draft is None for article in report.articles):
            from factcheck.formatters import richplain

            try:  # without colour, laid out without building rich objects: the same text (see richplain)
                lines = self._plain_report(report, report_width(self.width, terminal))
            except richplain.Unsupported:
                pass
            else:  # no escape code (richplain refuses one): _TRAILING_SPACES is each line's trailing spaces
                return "".join(f"{line.rstrip(' ')}\n" for line in lines)
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
        shown = sum(1 for f in report.findings if self.passes or f.status is not Status.PASS)
        self._lines = shown > LINES_ABOVE  # read by _article
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

    def _plain_report(self, report: Report, width: int) -> list[str]:
        """What :meth:`_render` prints without colour, line by line, laid out by richplain (same text)."""
        from factcheck.formatters.richplain import Unsupported, check, grid, indented, table, wrap

        shown = sum(1 for f in report.findings if self.passes or f.status is not Status.PASS)
        lines_only = shown > LINES_ABOVE
        out: list[str] = []
        for article in report.articles:
            findings = [f for f in article.findings if self.passes or f.status is not Status.PASS]
            if self.quiet and not findings:
                continue
            check(article.title, article.id)
            out += wrap(f"{article.title}   {article.id}", width)
            for path in (article.claims_file, article.rules_file):
                if path:
                    check(path)
                    out += wrap(path, width)
            counts = _("{claims} · {rules}").format(
                claims=ngettext("{count} claim", "{count} claims", article.claims).format(count=article.claims),
                rules=ngettext("{count} rule", "{count} rules", article.rules).format(count=article.rules),
            )
            check(counts)
            out += wrap(counts, width)
            for heading, kind, quotes in (
                (_("claim check · what is wrong with the claim"), Kind.CLAIM, None),
                (_("rule · the check with the figures in place"), Kind.RULE, article.quotes),
            ):
                chosen = [f for f in findings if f.kind is kind]
                if not chosen:
                    continue
                title = _("{heading} · verdict").format(heading=heading)
                check(title)
                cells = []
                for finding in chosen:
                    styled = self._cell_lines(finding, quotes)
                    check(*(text for parts in styled for text, _style in parts))
                    cell = ["".join(text for text, _style in parts) for parts in styled]
                    cells.append((MARKS[finding.verdict][0], cell))
                if lines_only:  # see _plain: one text of lines, its trailing whitespace trimmed
                    text = title + "\n"
                    for mark, cell in cells:
                        text += "".join(f"{mark if n == 0 else ' '} {line}\n" for n, line in enumerate(cell))
                    out += wrap(text.rstrip(), width)
                else:
                    out += table(title, [(mark, "\n".join(cell)) for mark, cell in cells], width)
            if article.derived and self.passes:
                derived = [
                    (d.id, f"= {d.display if d.error is None else f'? ({d.error})'}", d.expression)
                    for d in article.derived
                ]
                title = _("derived values")
                check(title, *(part for row in derived for part in row))
                if lines_only:
                    text = title + "".join(f"\n {name} {value}  {expression}" for name, value, expression in derived)
                    out += wrap(text, width)
                else:
                    out += self._plain_derived(title, derived, width, grid, indented, wrap)
            out.append("")
        if not self.quiet:
            for note in switched_off_lines(report) + baseline_notes(report):
                check(note)
                out += wrap(note, width)
        summary = summary_line(report)
        check(summary)
        out += wrap(summary, width)
        from factcheck.formatters.richplain import cell_len

        if any(cell_len(line) > width for line in out):  # the library would crop it: let it
            raise Unsupported
        return out

    @staticmethod
    def _plain_derived(
        title: str, rows: list[tuple[str, str, str]], width: int, grid: Any, indented: Any, wrap: Any
    ) -> list[str]:
        """_derived's layout: three columns when every name and word fits, else each on two lines."""
        from factcheck.formatters.richplain import cell_len

        name_width = max(cell_len(name) for name, _value, _expression in rows)
        value_width = max(cell_len(value) for _name, value, _expression in rows)
        words = max(_longest_word(expression) for _name, _value, expression in rows)
        if 1 + name_width + 2 + value_width + 2 + words + 1 <= width:
            lines: list[str] = grid(title, rows, width)
            return lines
        lines = wrap(title, width)
        for name, value, expression in rows:
            lines += indented(f"{name} {value}", 1, width)
            lines += indented(expression, 5, width)
        return lines

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
        counts = _("{claims} · {rules}").format(
            claims=ngettext("{count} claim", "{count} claims", article.claims).format(count=article.claims),
            rules=ngettext("{count} rule", "{count} rules", article.rules).format(count=article.rules),
        )
        console.print(Text(counts, style="dim"))
        claim_findings = [f for f in shown if f.kind is Kind.CLAIM]
        rule_findings = [f for f in shown if f.kind is Kind.RULE]
        show = self._plain if self._lines else self._table
        if claim_findings:
            console.print(show(_("claim check · what is wrong with the claim"), claim_findings))
        if rule_findings:
            console.print(show(_("rule · the check with the figures in place"), rule_findings, article.quotes))
        if article.derived and self.passes and self._lines:
            self._derived_lines(console, article)
        elif article.derived and self.passes:
            self._derived(console, article)
        console.print()

    def _derived_lines(self, console: Console, article: ArticleResult) -> None:
        """Derived values one a line, no table (see _plain)."""
        from rich.text import Text

        lines = Text(_("derived values"))
        for d in article.derived:
            lines.append(f"\n {d.id}", style="cyan")
            lines.append(f" = {d.display if d.error is None else f'? ({d.error})'}  ")
            lines.append(d.expression, style="dim")
        console.print(lines)

    def _derived(self, console: Console, article: ArticleResult) -> None:
        """Derived values in three columns when every name and word fits, else each on two lines."""
        from rich.markup import escape
        from rich.table import Table
        from rich.text import Text

        rows = [
            (d.id, f"= {d.display if d.error is None else f'? ({d.error})'}", d.expression) for d in article.derived
        ]
        from rich.cells import cell_len

        name_width = max(cell_len(name) for name, _value, _expression in rows)
        value_width = max(cell_len(value) for _name, value, _expression in rows)
        words = max(_longest_word(expression) for _name, _value, expression in rows)
        if 1 + name_width + 2 + value_width + 2 + words + 1 <= console.width:
            table = Table(title=_("derived values"), title_justify="left", show_header=False, box=None, padding=(0, 1))
            table.add_column("id", style="cyan", no_wrap=True)
            table.add_column("value", no_wrap=True)
            table.add_column("from", style="dim", overflow="fold")
            for name, value, expression in rows:  # a derived value's error may quote the input: never markup
                table.add_row(escape(name), escape(value), escape(expression))
            console.print(table)
            return
        from rich.padding import Padding

        console.print(Text(_("derived values")))
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
        table.add_column(_("{heading} · verdict").format(heading=heading), overflow="fold")
        for finding in findings:
            mark, style = MARKS[finding.verdict]
            table.add_row(Text(mark, style=style), self._cell(finding, quotes))
        return table

    def _plain(self, heading: str, findings: list[Finding], quotes: dict[str, str] | None = None) -> Text:
        """The findings as lines, no table: past LINES_ABOVE findings a table costs the terminal library
        most of the run (it measures every cell twice); one text of lines is a fraction of the work."""
        from rich.text import Text

        lines = Text(_("{heading} · verdict").format(heading=heading) + "\n", style="bold")
        for finding in findings:
            mark, style = MARKS[finding.verdict]
            for number, parts in enumerate(self._cell_lines(finding, quotes)):
                lines.append(f"{mark} " if number == 0 else "  ", style=style if number == 0 else "")
                for text, part_style in parts:
                    lines.append(text, style=part_style)
                lines.append("\n")
        lines.rstrip()
        return lines

    def _cell(self, finding: Finding, quotes: dict[str, str] | None) -> Text:
        from rich.text import Text

        body = Text()
        for number, parts in enumerate(self._cell_lines(finding, quotes)):
            if number:
                body.append("\n")
            for text, style in parts:
                body.append(text, style=style)
        return body

    def _cell_lines(self, finding: Finding, quotes: dict[str, str] | None) -> list[list[tuple[str, str]]]:
        """One finding, line by line as (text, style) parts: id and verdict, the check with the figures in
        place, and for what did not pass the gap, the explanation, the quotes and where it is."""
        style = MARKS[finding.verdict][1]
        lines = [[(finding.id, "cyan"), (f"  {verdict_text(finding)}", style)], [(finding.message, "")]]
        failed = finding.status is not Status.PASS
        if finding.detail:
            lines.append([(finding.detail, style)])
        if finding.explain and failed:
            lines.append([(finding.explain, "dim")])
        evidence = evidence_note(finding) if failed else None
        if evidence:  # a proposed rule: what its figures share in the text, so how far to trust it
            lines.append([(evidence, "dim")])
        if quotes and failed and finding.kind is Kind.RULE:
            lines.extend([[(f"“{quotes[claim_id]}”", "italic")] for claim_id in finding.claims if claim_id in quotes])
        if failed and finding.where:
            lines.append([(f"{finding.file}:{finding.where}", "dim")])
        elif failed:
            column = f":{finding.column}" if finding.kind in (Kind.CHANGED, Kind.UNVERIFIED) else ""
            lines.append([(f"{finding.file}:{finding.line}{column}", "dim")])
        if finding.origin and failed:
            origin = _("(with the figures of the draft)") if finding.origin == "draft" else finding.origin
            lines.append([(origin, "dim")])
        return lines
