"""Speed of the document readers: the bundled article as PDF, Word, HTML and Markdown beside its text, and a
long statistical communiqué as PDF (ruled and unruled tables, a running header, page numbers).

Run:  python benchmarks/bench_documents.py [--pages 50] [--repeat 3]
Needs the test extra (reportlab and python-docx write the documents). Goal (issue #12): a 50-page communiqué
read in a few seconds on one core, every table kept. Results are printed, not asserted.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the tests' document writers

from tests.documents.writers import (
    article_blocks,
    communique_blocks,
    to_html,
    to_markdown,
    write_docx,
    write_pdf,
)
from tests.helpers import ARTICLE

from factcheck.documents import read_document


def _time(path: Path, repeat: int) -> tuple[float, int, int]:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        document = read_document(path)
        best = min(best, time.perf_counter() - start)
    return best, len(document.text), len(document.tables)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=50, help="about how many pages the communiqué has")
    parser.add_argument("--repeat", type=int, default=3, help="reads of each file; the best is shown")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        text = ARTICLE.read_text("utf-8")
        blocks = article_blocks(text)
        (root / "article.txt").write_text(text, "utf-8")
        (root / "article.md").write_text(to_markdown(blocks, "article"), "utf-8")
        (root / "article.html").write_text(to_html(blocks, "article"), "utf-8")
        write_docx(root / "article.docx", blocks)
        write_pdf(root / "article.pdf", blocks, columns=2, header="header")
        sections = options.pages * 3  # about three sections fit a page
        write_pdf(root / "communique.pdf", [("h", "communiqué"), *communique_blocks(sections)], header="header")
        print(f"{'file':<18} {'best of':>7} {'seconds':>8} {'chars':>8} {'tables':>6}")
        for name in ("article.txt", "article.md", "article.html", "article.docx", "article.pdf", "communique.pdf"):
            seconds, chars, tables = _time(root / name, options.repeat)
            print(f"{name:<18} {options.repeat:>7} {seconds:>8.3f} {chars:>8} {tables:>6}")


if __name__ == "__main__":
    main()
