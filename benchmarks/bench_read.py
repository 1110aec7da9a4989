"""Speed of reading figures and drafting claims: find_quantities and extract on long texts.

Run:  python benchmarks/bench_read.py
Both must stay linear in the length of the text; the numbers are printed, not asserted.
"""

from __future__ import annotations

import time
from pathlib import Path

from factcheck.extract import extract
from factcheck.quantity import find_quantities

ARTICLE = Path(__file__).resolve().parent.parent / "articles" / "jincheng-politics-law-2016-2020.txt"


def timed(label: str, copies: int) -> None:
    text = ARTICLE.read_text("utf-8") * copies
    start = time.perf_counter()
    figures = find_quantities(text)
    found = time.perf_counter() - start
    start = time.perf_counter()
    extraction = extract(text, "bench")
    drafted = time.perf_counter() - start
    print(
        f"{label}: {len(text):>9,} chars, {len(figures):>6,} figures: find_quantities {found:.2f} s, "
        f"extract {drafted:.2f} s ({len(extraction.suggestions):,} suggested rules)"
    )


if __name__ == "__main__":
    timed("the article x10 ", 10)
    timed("the article x100", 100)
