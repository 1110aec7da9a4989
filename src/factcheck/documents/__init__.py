"""Documents as users have them (txt today; md, html, docx and pdf readers plug in here) -> one Document.

Every command that reads an article or a draft reads it through :func:`read_document`, so positions are
always in the file's own terms.
"""

from __future__ import annotations

from pathlib import Path

from factcheck.documents.model import Anchor, Document, Heading, Location, Table, TableRow, from_text


def read_document(path: Path, display: str | None = None) -> Document:
    """Read the document at ``path``; problems raise :class:`~factcheck.errors.FactcheckError` (exit 2)."""
    from factcheck.loader import display_path, read_text

    return from_text(read_text(path), display or display_path(path))


__all__ = ["Anchor", "Document", "Heading", "Location", "Table", "TableRow", "from_text", "read_document"]
