"""``--format text``: one line per finding, ``file:line:col: severity id: message``.

The shape compilers, linters, editors and grep understand.  A failing rule points at the article's line
of the figure it holds the others to, else its first (the rules file's line follows in the message); a claim
check points at the claim.  The summary line ends the report unless ``--quiet``.  The default wherever stdout
is not a terminal.
"""

from __future__ import annotations

from factcheck.findings import DraftFigure, Kind, Report, Status
from factcheck.formatters.base import (
    Formatter,
    also_at,
    article_figure,
    baseline_notes,
    edit_note,
    escape_controls,
    evidence_note,
    is_text_report,
    one_line_message,
    primary_location,
    summary_line,
    switched_off_lines,
    where_in_words,
)
from factcheck.i18n import _

_STYLE = {"error": "\x1b[1;31m", "warning": "\x1b[1;33m", "path": "\x1b[1m", "id": "\x1b[36m", "end": "\x1b[0m"}


def _figure_where(file: str, figure: DraftFigure) -> str | None:
    if figure.where and figure.where != f"{figure.line}:{figure.column}":
        return f"{file}:{figure.where}"
    return None


class TextFormatter(Formatter):
    name = "text"
    description = "one line per finding: file:line:col: severity id: message"
    locates_in_text = True

    def _paint(self, text: str, style: str) -> str:
        return f"{_STYLE[style]}{text}{_STYLE['end']}" if self.color else text

    def format(self, report: Report) -> str:
        rows: list[tuple[str, int, int, str, str, str]] = []
        for article in report.articles:
            for finding in article.findings:
                if finding.status is Status.PASS:
                    continue
                file, line, column = primary_location(article, finding)
                message = one_line_message(finding)
                evidence = evidence_note(finding)
                if evidence:  # a proposed rule: how much its figures share in the text, so how far to trust it
                    message = _("{message} ({evidence})").format(message=message, evidence=evidence)
                if file != finding.file:  # the rules file's line second
                    message = _("{message} (rule at {location})").format(
                        message=message, location=f"{finding.file}:{finding.line}"
                    )
                elif finding.defined_at is not None:  # located in a draft: what the edit did, then the rule's line
                    if finding.kind is Kind.RULE:
                        written = _("rule at {location}").format(location=also_at(finding))
                    else:
                        written = _("claim at {location}").format(location=also_at(finding))
                    note = edit_note(finding)
                    if note:
                        message = _("{message} ({note}; {written})").format(message=message, note=note, written=written)
                    else:
                        message = _("{message} ({written})").format(message=message, written=written)
                figure = article_figure(article, finding) if finding.defined_at is None else None
                within = where_in_words(finding) if figure is None else _figure_where(file, figure)
                if within:  # a PDF page or a Word paragraph, which line numbers alone do not say
                    message = _("{message} (at {location})").format(message=message, location=within)
                # "error" and "warning" stay English: with file:line:col they are the syntax editors and CI parse
                severity = "warning" if finding.status is Status.WARN else "error"
                rows.append((file, line, column, finding.id, severity, message))
        lines = []
        for file, line, column, finding_id, severity, message in sorted(rows):
            where = self._paint(escape_controls(f"{file}:{line}:{column}:"), "path")
            lines.append(
                f"{where} {self._paint(severity, severity)} {self._paint(escape_controls(finding_id), 'id')}: "
                f"{escape_controls(message)}"
            )
        if not self.quiet:
            lines.extend(escape_controls(note) for note in switched_off_lines(report) + baseline_notes(report))
            lines.append(summary_line(report))
        return "".join(f"{line}\n" for line in lines)

    @classmethod
    def owns_report(cls, text: str) -> bool:
        """Finding lines, notes and the summary line, and nothing else."""
        return is_text_report(text)
