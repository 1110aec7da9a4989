"""Click's help laid out by display width, so Chinese help lines up and fits the terminal.

Click measures and wraps help by characters; a Chinese character takes two cells, so Chinese help would run
past the terminal and its option table would lose its columns.  Text with a wide character is wrapped here by
cells (textwidth.wrap); text without one goes through click's own wrapping, unchanged.
"""

from __future__ import annotations

from collections.abc import Iterable

import click
from click.formatting import wrap_text

from factcheck.textwidth import display_width, is_wide, wrap


def _has_wide(text: str) -> bool:
    return any(is_wide(char) for char in text)


def wrap_paragraphs(text: str, width: int, indent: str = "") -> list[str]:
    """Lines of ``text`` at most ``width`` cells wide; paragraphs (split by a blank line) stay apart."""
    if not _has_wide(text):
        return wrap_text(text, width, initial_indent=indent, subsequent_indent=indent, preserve_paragraphs=True).split(
            "\n"
        )
    lines: list[str] = []
    for paragraph in text.split("\n\n"):
        if lines:
            lines.append("")
        lines.extend(wrap(" ".join(paragraph.split("\n")), width, indent, indent))
    return lines


class HelpFormatter(click.HelpFormatter):
    """click's formatter, measuring text in terminal cells."""

    def write_heading(self, heading: str) -> None:
        colon = "：" if _has_wide(heading) else ":"
        self.write(f"{'':>{self.current_indent}}{heading}{colon}\n")

    def write_text(self, text: str) -> None:
        indent = " " * self.current_indent
        self.write("\n".join(wrap_paragraphs(text, self.width, indent)))
        self.write("\n")

    def write_dl(self, rows: Iterable[tuple[str, str]], col_max: int = 30, col_spacing: int = 2) -> None:
        rows = list(rows)
        first_col = min(max((display_width(first) for first, _ in rows), default=0), col_max) + col_spacing
        for first, second in rows:
            self.write(f"{'':>{self.current_indent}}{first}")
            if not second:
                self.write("\n")
                continue
            if display_width(first) <= first_col - col_spacing:
                self.write(" " * (first_col - display_width(first)))
            else:
                self.write("\n" + " " * (first_col + self.current_indent))
            lines = wrap_paragraphs(second, max(self.width - first_col - 2, 10))
            self.write(lines[0] + "\n")
            for line in lines[1:]:
                self.write(f"{'':>{first_col + self.current_indent}}{line}\n")


class Context(click.Context):
    formatter_class = HelpFormatter


class Command(click.Command):
    context_class = Context


class Group(click.Group):
    context_class = Context
    command_class = Command
