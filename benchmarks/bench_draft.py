"""Speed and memory of ``factcheck draft``: claims aligned against a draft, and the report in every format.

Run:  python benchmarks/bench_draft.py [--formats rich,json,...] [--edited]
Goals (issues #4 and #13): 100 claims against a 10,000-character draft in under 0.1 s, and 5,000 claims
against a 1 MB text in under 5 s in every output format (alignment and report together), on one core.
``--edited`` rewords one sentence in ten (its clauses swapped) so the alignment by context does real work.
Results are printed, not asserted: timings belong here, not in tests.
"""

from __future__ import annotations

import argparse
import io
import random
import time
import tracemalloc

from factcheck.documents import from_text
from factcheck.draft import check_draft
from factcheck.findings import Report
from factcheck.formatters import REPORT_FORMATS, formatter_class
from factcheck.model import Article, Claim, Source
from factcheck.quantity import find_quantities

SYLLABLES = "政法机关侦破刑事案件查处治安调解纠纷网格法院检察受理审结逮捕起诉公安司法服务群众企业项目社区平安"
UNITS = "件起人个项次份场条名"


def sentence(rng: random.Random, number: int) -> str:
    words = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(8, 14)))
    tag = "".join(rng.choice(SYLLABLES) for _ in range(4))
    return f"{tag}{number}号{words}{rng.randint(10, 99999)}{rng.choice(UNITS)},{words[:4]}。"


def build(claims: int, size: int, seed: int = 7, edited: bool = False) -> tuple[Article, str]:
    rng = random.Random(seed)
    sentences = [sentence(rng, n) for n in range(claims)]
    filler = []
    length = sum(map(len, sentences))
    n = claims
    while length < size:
        extra = sentence(rng, n)
        filler.append(extra)
        length += len(extra)
        n += 1
    made = []
    for number, quote in enumerate(sentences):
        body = quote.split(",")[0]
        figures = tuple(find_quantities(body))
        figure = next(q for q in figures if not q.text.endswith("号"))
        made.append(Claim(f"c.n{number}", body, figure, Source("bench.yaml", number + 1), None, figure, figures))
    if edited:
        # One sentence in ten with its clauses swapped: the quote no longer stands as written.
        for number in range(0, claims, 10):
            head, _, tail = sentences[number].rstrip("。").partition(",")
            sentences[number] = f"{tail},{head}。"
    text = "".join(sentences + filler)[:size]
    article = Article(
        id="bench", title="bench", claims_file="bench.yaml", source=Source("bench.yaml", 1), claims=tuple(made)
    )
    return article, text


def measure(claims: int, size: int, goal: float, formats: list[str], edited: bool) -> None:
    article, text = build(claims, size, edited=edited)
    document = from_text(text, "draft.txt")
    tracemalloc.start()
    result = check_draft(article, document)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert result.draft is not None
    verified, figures = result.draft.coverage
    start = time.perf_counter()  # timed again without tracemalloc, which slows allocation down
    result = check_draft(article, document)
    aligned = time.perf_counter() - start
    label = f"{claims:>5} claims, {len(text):>9,} chars{' (edited)' if edited else ''}"
    memory = f"peak traced memory {peak / 2**20:.1f} MiB"
    print(f"{label}: check_draft {aligned:.3f} s, {memory}; {verified}/{figures} figures verified")
    report = Report((result,))
    for name in formats:
        formatter = formatter_class(name)(quiet=True, color=False, width=100)
        start = time.perf_counter()
        formatter.write(report, io.StringIO())
        written = time.perf_counter() - start
        total = aligned + written
        print(f"    {name:<12} report {written:6.3f} s, with alignment {total:6.3f} s (goal {goal} s)")


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--formats", default=",".join(f for f in REPORT_FORMATS if f != "claimreview"))
    parser.add_argument("--edited", action="store_true")
    parser.add_argument("--large-only", action="store_true")
    args = parser.parse_args()
    chosen = [f for f in args.formats.split(",") if f]
    if not args.large_only:
        measure(100, 10_000, 0.1, chosen, args.edited)
    measure(5_000, 1_000_000, 5.0, chosen, args.edited)
