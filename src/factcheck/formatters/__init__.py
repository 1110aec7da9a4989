"""Output formats.

``REPORT_FORMATS`` drives ``--format`` for the report commands, so the CLI's choices cannot drift from the
code.  Every format is built from the same Report; modules are imported only when used (rich only for the
rich report).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the CLI reads REPORT_FORMATS for --help: it must not import the findings
    from factcheck.formatters.base import Formatter

REPORT_FORMATS: dict[str, tuple[str, str]] = {
    "rich": ("factcheck.formatters.rich", "RichFormatter"),
    "text": ("factcheck.formatters.text", "TextFormatter"),
    "json": ("factcheck.formatters.json", "JsonFormatter"),
    "junit": ("factcheck.formatters.junit", "JunitFormatter"),
    "github": ("factcheck.formatters.github", "GithubFormatter"),
    "sarif": ("factcheck.formatters.sarif", "SarifFormatter"),
    "markdown": ("factcheck.formatters.markdown", "MarkdownFormatter"),
    "html": ("factcheck.formatters.html", "HtmlFormatter"),
    "claimreview": ("factcheck.formatters.claimreview", "ClaimReviewFormatter"),
}


# The `quantity` command's formats, for its --format choices: named here so that building the CLI does not
# import their module (and json with it); tests/test_startup.py checks that the two agree.
QUANTITY_FORMAT_NAMES = ("json", "text")


def formatter_class(name: str) -> type[Formatter]:
    from factcheck.formatters.base import Formatter

    module_name, class_name = REPORT_FORMATS[name]
    cls: object = getattr(importlib.import_module(module_name), class_name)
    if not (isinstance(cls, type) and issubclass(cls, Formatter)):
        raise TypeError(f"{module_name}.{class_name} is not a Formatter")
    return cls


__all__ = ["QUANTITY_FORMAT_NAMES", "REPORT_FORMATS", "formatter_class"]
