"""Speed of reading figures, drafting claims and scanning: find_quantities, extract and scan on long texts.

Run:  python benchmarks/bench_read.py            (everything; a few minutes)
      python benchmarks/bench_read.py --quick    (the in-process timings and a 1 MB scan)
      python benchmarks/bench_read.py --archive DIR   (also every quote and value of a make_archive.py archive)

All must stay linear in the length of the text; the numbers are printed, not asserted.  Each scan runs in a
child process (``factcheck scan --format json``), so its peak memory (max RSS) is its own; a scan that takes
longer than ``--timeout`` seconds is reported as such instead of holding up the run.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from factcheck.extract import extract
from factcheck.quantity import find_quantities, parse_quantity

ARTICLE = Path(__file__).resolve().parent.parent / "articles" / "jincheng-politics-law-2016-2020.txt"
MB = 1_000_000


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
        f"extract {drafted:.2f} s ({len(extraction.suggestions):,} suggested rules)",
        flush=True,
    )


def cpu_seconds(work: Callable[[], object], repeat: int = 3) -> float:
    """The least CPU time (user + sys) of ``repeat`` runs of ``work``: less noisy than wall time on a busy machine."""
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        work()
        best = min(best, time.process_time() - start)
    return best


def english_prose() -> None:
    """The English texts of tests/corpus and tests/heldout, ten times over (about 250 KB): the reader on prose."""
    root = ARTICLE.parent.parent / "tests"
    paths = sorted([*root.glob("corpus/en*.txt"), *root.glob("dev/oldheldout/en*.txt")])
    text = "".join(path.read_text("utf-8") for path in paths) * 10
    figures = len(find_quantities(text))
    seconds = cpu_seconds(lambda: find_quantities(text))
    size = len(text.encode("utf-8"))
    print(f"read: English prose, {size:,} bytes, {figures:,} figures: {seconds:.3f} s CPU", flush=True)


def archive_quotes(folder: Path) -> None:
    """Every claim's quote (find_quantities) and value (parse_quantity) of an archive, one read each, as check
    reads them with its cache of repeated quotes cleared: short Chinese quotes such as 审结3800多件."""
    import yaml

    quotes: list[str] = []
    values: list[str] = []
    for path in sorted((folder / "claims").glob("*.yaml")):
        data = yaml.load(path.read_text("utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        for claim in (data.get("claims") or {}).values():
            quotes.append(str(claim["quote"]))
            if "value" in claim:
                values.append(str(claim["value"]))

    def read_all() -> None:
        for quote in quotes:
            find_quantities(quote)
        for value in values:
            parse_quantity(value)

    seconds = cpu_seconds(read_all, repeat=1)
    reads = len(quotes) + len(values)
    print(
        f"read: archive, {len(quotes):,} quotes and {len(values):,} values: {seconds:.2f} s CPU "
        f"({reads / seconds:,.0f} reads/s)",
        flush=True,
    )


def repeated_article(size: int) -> str:
    """The bundled article repeated to about ``size`` bytes of UTF-8."""
    article = ARTICLE.read_text("utf-8")
    copies = max(1, size // len(article.encode("utf-8")))
    return article * copies


def varied_article(size: int) -> str:
    """The bundled article repeated to about ``size`` bytes with every number changed in each copy, so no
    paragraph repeats another: the cost of reading text that is new throughout."""
    article = ARTICLE.read_text("utf-8")
    copies = max(1, size // len(article.encode("utf-8")))

    def shifted(copy: int) -> str:
        return re.sub(r"\d+", lambda match: str(int(match.group()) + copy), article)

    return "".join(shifted(copy) for copy in range(copies))


def long_clause(characters: int) -> str:
    """One clause of ``characters`` characters without punctuation: ``1 1 1 ...``."""
    return ("1 " * (characters // 2)).strip() + "。\n"


def scan(label: str, text: str, timeout: float) -> None:
    """``factcheck scan`` of ``text`` in a child process: wall time and that child's own peak memory."""
    size = f"{label}: {len(text.encode('utf-8')) / MB:6.2f} MB"
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.txt"
        path.write_text(text, "utf-8")
        command = [sys.executable, "-m", "factcheck", "scan", "--format", "json", str(path)]
        with (Path(folder) / "out.json").open("wb") as out:
            start = time.perf_counter()
            child = subprocess.Popen(command, stdout=out, stderr=subprocess.DEVNULL)
            while True:
                pid, status, usage = os.wait4(child.pid, os.WNOHANG)
                if pid:
                    break
                if time.perf_counter() - start > timeout:
                    child.kill()
                    os.wait4(child.pid, 0)
                    print(f"{size}: scan over {timeout:.0f} s (stopped)", flush=True)
                    return
                time.sleep(0.02)
            elapsed = time.perf_counter() - start
        code = os.waitstatus_to_exitcode(status)
        child.returncode = code
        print(f"{size}: scan {elapsed:6.2f} s, max RSS {usage.ru_maxrss / 1024:,.0f} MB, exit {code}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="in-process timings and a 1 MB scan only")
    parser.add_argument("--timeout", type=float, default=300, help="seconds before a scan is stopped")
    parser.add_argument("--archive", type=Path, help="an archive written by make_archive.py: read its quotes")
    options = parser.parse_args()
    os.environ.setdefault("PYTHONHASHSEED", "0")
    english_prose()
    if options.archive is not None:
        archive_quotes(options.archive)
    timed("extract: the article x10 ", 10)
    timed("extract: the article x100", 100)
    if not options.quick:
        big = long_clause(10_000) + repeated_article(10 * MB)
        scan("scan: 10 MB with a 10,000-character clause", big, options.timeout)
        scan("scan: a 10,000-character clause alone     ", long_clause(10_000), options.timeout)
        scan("scan: a 2,000-character clause alone      ", long_clause(2_000), options.timeout)
        scan("scan: the article repeated to 5 MB        ", repeated_article(5 * MB), options.timeout)
        scan("scan: new text throughout, 5 MB           ", varied_article(5 * MB), options.timeout)
    scan("scan: the article repeated to 1 MB        ", repeated_article(1 * MB), options.timeout)
    scan("scan: new text throughout, 1 MB           ", varied_article(1 * MB), options.timeout)


if __name__ == "__main__":
    main()
