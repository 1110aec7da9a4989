"""Peak memory and time of ``factcheck scan`` on new text of growing size: does memory follow the text?

Run:  python benchmarks/bench_scan_memory.py                       (1, 5 and 10 MB; a few minutes)
      python benchmarks/bench_scan_memory.py --sizes 1 5            (chosen sizes, in MB)
      python benchmarks/bench_scan_memory.py --against OTHER/src    (each scan also with another checkout's
                                                                    src folder, alternating, in one run)

The text is the bundled article repeated with every number changed in each copy, so no paragraph repeats
another (new text throughout, as an archive of reports is); the growth of peak RSS per MB of text past the
smallest size is what memory per document costs.  The largest size is also scanned with a
10,000-character clause without punctuation in front (``1 1 1 ...``).  Each scan runs in a child process
(``factcheck scan --format json``), so its peak RSS is its own; CPU time (user + sys) is printed beside the
wall time, as it suffers less from a busy machine.  The numbers are printed, not asserted.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ROOT / "articles" / "jincheng-politics-law-2016-2020.txt"
MB = 1_000_000


def new_text(size: int) -> str:
    """The bundled article repeated to about ``size`` bytes, every number shifted by the copy's number."""
    article = ARTICLE.read_text("utf-8")
    copies = max(1, size // len(article.encode("utf-8")))

    def shifted(copy: int) -> str:
        return re.sub(r"\d+", lambda match: str(int(match.group()) + copy), article)

    return "".join(shifted(copy) for copy in range(copies))


def long_clause(characters: int) -> str:
    return ("1 " * (characters // 2)).strip() + "。\n"


def scan(src: Path, path: Path, timeout: float) -> tuple[float, float, float, int] | None:
    """Wall seconds, CPU seconds, peak RSS in MB and exit code of one scan with ``src`` first on the path."""
    env = dict(os.environ, PYTHONPATH=str(src), PYTHONHASHSEED="0")
    command = [sys.executable, "-m", "factcheck", "scan", "--format", "json", "--jobs", "1", str(path)]
    with Path(os.devnull).open("wb") as sink:
        start = time.perf_counter()
        child = subprocess.Popen(command, stdout=sink, stderr=subprocess.DEVNULL, env=env)
        while True:
            pid, status, usage = os.wait4(child.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() - start > timeout:
                child.kill()
                os.wait4(child.pid, 0)
                return None
            time.sleep(0.02)
    elapsed = time.perf_counter() - start
    return elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[1, 5, 10], help="sizes of new text in MB")
    parser.add_argument("--against", type=Path, help="another checkout's src folder, scanned alternately")
    parser.add_argument("--timeout", type=float, default=300, help="seconds before a scan is stopped")
    options = parser.parse_args()
    sources = [("this", ROOT / "src")]
    if options.against is not None:
        sources.append(("other", options.against.resolve()))
    cases = [(f"new text {size:g} MB", new_text(int(size * MB))) for size in options.sizes]
    largest = max(options.sizes)
    cases.append((f"new text {largest:g} MB + 10k clause", long_clause(10_000) + new_text(int(largest * MB))))
    first: dict[str, tuple[float, float]] = {}  # each source's smallest scan: size and peak RSS
    with tempfile.TemporaryDirectory() as folder:
        for label, text in cases:
            path = Path(folder) / "bench.txt"
            path.write_text(text, "utf-8")
            size = len(text.encode("utf-8")) / MB
            for name, src in sources:
                measured = scan(src, path, options.timeout)
                if measured is None:
                    print(f"{label:32s} {name:5s}: over {options.timeout:.0f} s (stopped)", flush=True)
                    continue
                wall, cpu, rss, code = measured
                base_size, base_rss = first.setdefault(name, (size, rss))
                growth = f", +{(rss - base_rss) / (size - base_size):5.1f} MB per MB" if size > base_size else ""
                print(
                    f"{label:32s} {name:5s}: {size:5.2f} MB, wall {wall:6.2f} s, CPU {cpu:6.2f} s, "
                    f"peak RSS {rss:5.0f} MB{growth}, exit {code}",
                    flush=True,
                )


if __name__ == "__main__":
    main()
