"""Speed and memory of ``factcheck draft``: claims aligned against a draft.

Run:  python benchmarks/bench_draft.py
Goals (issue #4): 100 claims against a 10,000-character draft in under 0.1 s, and 5,000 claims against a
1 MB text in under 5 s, on one core.  Results are printed, not asserted: timings belong here, not in tests.
"""

from __future__ import annotations

import random
import time
import tracemalloc

from factcheck.draft import check_draft
from factcheck.model import Article, Claim, Source
from factcheck.quantity import find_quantities

SYLLABLES = "政法机关侦破刑事案件查处治安调解纠纷网格法院检察受理审结逮捕起诉公安司法服务群众企业项目社区平安"
UNITS = "件起人个项次份场条名"


def sentence(rng: random.Random, number: int) -> str:
    words = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(8, 14)))
    tag = "".join(rng.choice(SYLLABLES) for _ in range(4))
    return f"{tag}{number}号{words}{rng.randint(10, 99999)}{rng.choice(UNITS)},{words[:4]}。"


def build(claims: int, size: int, seed: int = 7) -> tuple[Article, str]:
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
    text = "".join(sentences + filler)[:size]
    made = []
    for number, quote in enumerate(sentences):
        body = quote.split(",")[0]
        figures = tuple(find_quantities(body))
        figure = next(q for q in figures if not q.text.endswith("号"))
        made.append(Claim(f"c.n{number}", body, figure, Source("bench.yaml", number + 1), None, figure, figures))
    return Article(
        id="bench", title="bench", claims_file="bench.yaml", source=Source("bench.yaml", 1), claims=tuple(made)
    ), text


def measure(claims: int, size: int, goal: float) -> None:
    article, text = build(claims, size)
    tracemalloc.start()
    result = check_draft(article, text, "draft.txt")
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert result.draft is not None
    verified, figures = result.draft.coverage
    start = time.perf_counter()  # timed again without tracemalloc, which slows allocation down
    check_draft(article, text, "draft.txt")
    untraced = time.perf_counter() - start
    print(
        f"{claims:>5} claims, {len(text):>9,} chars: {untraced:.3f} s (goal {goal} s), "
        f"peak traced memory {peak / 2**20:.1f} MiB; {verified}/{figures} figures verified"
    )


if __name__ == "__main__":
    measure(100, 10_000, 0.1)
    measure(5_000, 1_000_000, 5.0)
