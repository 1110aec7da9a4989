"""Baselines: the failures an archive already has, recorded so that CI fails only on new ones.

``factcheck check --baseline FILE --write-baseline`` records every finding that does not pass; ``factcheck
check --baseline FILE`` then accepts those and reports the rest.  An entry is keyed by the article, the rule or
check id, and a fingerprint of what the finding rests on (the rule's check and the quotes of its claims): a
moved line or an edit elsewhere in the files keeps the key, a changed figure or check makes a new failure.  An
entry that no longer fails is reported as fixed, so the file can be rewritten to drop it.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import replace
from pathlib import Path
from typing import Any

from factcheck.errors import FactcheckError
from factcheck.findings import ArticleResult, BaselineEntry, BaselineResult, Finding, Report, Status
from factcheck.i18n import _
from factcheck.safeio import InputError, read_file, write_report

BASELINE_SCHEMA = "factcheck.baseline/1"
MAX_BASELINE_BYTES = 50 * 1024 * 1024


def fingerprint(article: ArticleResult, finding: Finding) -> str:
    """What the finding rests on, not where it is written: the check and the quotes of its claims."""
    parts = [finding.kind.value, finding.check or "", *(article.quotes.get(c, c) for c in finding.claims)]
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


def entries(report: Report) -> list[BaselineEntry]:
    """The report's findings that did not pass, as baseline entries, in a stable order."""
    found = {
        (a.id, f.id, fingerprint(a, f)): BaselineEntry(a.id, f.id, fingerprint(a, f), f.message)
        for a in report.articles
        for f in a.findings
        if f.status is not Status.PASS
    }
    return [found[key] for key in sorted(found)]


def baseline_text(report: Report) -> str:
    failures = [
        {"article": e.article, "id": e.id, "fingerprint": e.fingerprint, "message": e.message} for e in entries(report)
    ]
    return json.dumps({"schema": BASELINE_SCHEMA, "failures": failures}, ensure_ascii=False, indent=2) + "\n"


def read_baseline(path: Path, display: str) -> list[BaselineEntry]:
    """A baseline file; anything else is a clear error naming the file."""
    try:
        if path.stat().st_size > MAX_BASELINE_BYTES:
            raise FactcheckError(
                _("{path}: baseline too large (at most {limit} bytes)").format(path=display, limit=MAX_BASELINE_BYTES)
            )
        data: Any = json.loads(read_file(path, MAX_BASELINE_BYTES).decode("utf-8"))  # never a FIFO or device
    except FileNotFoundError:
        raise FactcheckError(
            _("{path}: no such baseline: write one with --write-baseline").format(path=display)
        ) from None
    except InputError as error:
        raise FactcheckError(f"{display}: {error}") from None
    except (OSError, UnicodeDecodeError, ValueError, RecursionError) as error:
        raise FactcheckError(
            _("{path}: not a factcheck baseline ({reason})").format(path=display, reason=error)
        ) from None
    if (
        not isinstance(data, dict)
        or data.get("schema") != BASELINE_SCHEMA
        or not isinstance(data.get("failures"), list)
    ):
        raise FactcheckError(
            _("{path}: not a factcheck baseline (expected schema {schema!r})").format(
                path=display, schema=BASELINE_SCHEMA
            )
        )
    found = []
    for number, item in enumerate(data["failures"], 1):
        item = item if isinstance(item, dict) else {}
        article, rule, mark, message = (item.get(k) for k in ("article", "id", "fingerprint", "message"))
        if not (isinstance(article, str) and isinstance(rule, str) and isinstance(mark, str)):
            raise FactcheckError(
                _("{path}: failure {number} needs article, id and fingerprint").format(path=display, number=number)
            )
        found.append(BaselineEntry(article, rule, mark, message if isinstance(message, str) else ""))
    return found


def apply_baseline(report: Report, known: list[BaselineEntry], display: str) -> Report:
    """The report without the failures the baseline knows; entries that no longer fail are listed as fixed."""
    keys = {(e.article, e.id, e.fingerprint) for e in known}
    accepted: list[Finding] = []
    seen: set[tuple[str, str, str]] = set()
    results = []
    for article in report.articles:
        kept = []
        for finding in article.findings:
            key = (article.id, finding.id, fingerprint(article, finding))
            if finding.status is not Status.PASS and key in keys:
                accepted.append(finding)
                seen.add(key)
            else:
                kept.append(finding)
        results.append(replace(article, findings=tuple(kept)))
    fixed = tuple(e for e in known if (e.article, e.id, e.fingerprint) not in seen)
    return replace(report, articles=tuple(results), baseline=BaselineResult(display, tuple(accepted), fixed))


def write_baseline(path: Path, text: str) -> None:
    """Write atomically (a temporary file beside it, then a rename); never through a symlink, never over a
    file that is not a baseline."""
    write_report(path, text, lambda existing: BASELINE_SCHEMA in existing[:4096], _("baseline"))
