"""The floor of checking an archive: each layer of `factcheck check` timed on its own, in one run.

Run:  python benchmarks/bench_layers.py [--articles 2000] [--claims 50] [--big 100000] [--rounds 3]
      python benchmarks/bench_layers.py --root DIR     (an archive already written by make_archive.py)

The least work any check must do is to compose each YAML file (or parse its events), build each claim's value
as a Decimal, read each quote's figures and evaluate each rule.  This script times, on one core and in the
same rounds (alternating, so a busy machine slows each layer alike), one child process per layer:

- ``compose``: ``yaml.compose`` with libyaml's loader over every claims and rules file (bench_check.py's
  baseline);
- ``yaml.load``: libyaml composing and PyYAML constructing Python dicts, lists and strings;
- ``loader, no reading``: factcheck's loader, article by article as ``check`` loads them (claims and rules
  as the engine gets them, every value read), with each quote's figures looked up from a table filled before
  the clock starts: the loader's own cost without the reader's;
- ``loader``: the same with the quotes read by the reader (its memos empty at the start);
- ``loader + engine``: and every article checked (rules evaluated, the built-in claim checks run);
- ``check``: ``factcheck check --format json --jobs 1 --no-cache`` as a user runs it (start-up, the
  article texts, the report written).

Each child reads its files before the clock starts and reports the CPU time of its timed part; the table
gives the medians, each layer's share of the full check and its ratio to compose-only, and the step each
layer adds.  The cyclic collector is off for the timed part of each layer, as it is in ``check``.
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
LAYERS = ("compose", "yaml.load", "loader, no reading", "loader", "loader + engine", "check")


def _pairs(root: Path) -> list[list[tuple[Path, str]]]:
    """Each article's claims and rules files with their text, in the order check takes them."""
    units = []
    for claims in sorted((root / "claims").glob("*.yaml")):
        files = [claims, root / "rules" / claims.name]
        units.append([(path, path.read_text("utf-8")) for path in files if path.exists()])
    return units


def _layer(name: str, root: Path) -> float:
    """Run one layer over the archive in this process; return the CPU seconds of its timed part."""
    import yaml

    os.chdir(root)
    units = _pairs(root)
    work: Callable[[], object]
    if name == "compose":

        def work() -> None:
            for unit in units:
                for _, text in unit:
                    yaml.compose(text, Loader=yaml.CSafeLoader)

    elif name == "yaml.load":

        def work() -> None:
            for unit in units:
                for _, text in unit:
                    yaml.load(text, Loader=yaml.CSafeLoader)

    else:
        from factcheck import loader
        from factcheck.engine import check_article

        if name == "loader, no reading":
            from factcheck.quantity import DEFAULT_SETTINGS

            table = {}
            for unit in units:
                for _, text in unit:
                    for quote in _quotes(yaml.load(text, Loader=yaml.CSafeLoader)):
                        table[quote] = loader._figures(quote, DEFAULT_SETTINGS)
            loader._figures = lambda quote, settings: table[quote]
        engine = name == "loader + engine"
        from factcheck.quantity import find_quantities

        find_quantities("预热1次")  # the reader's modules and patterns loaded before the clock starts, as in a check

        def work() -> None:
            for unit in units:
                (article,) = loader.load_texts(unit, roots=[root])
                if engine:
                    check_article(article)
                del article
                gc.collect(0)  # as check does between articles (see batch._check_unit)

    gc.collect()
    gc.disable()
    start = time.process_time()
    work()
    return time.process_time() - start


def _quotes(data: object) -> list[str]:
    claims = data.get("claims") if isinstance(data, dict) else None
    if not isinstance(claims, dict):
        return []
    return [c["quote"] for c in claims.values() if isinstance(c, dict) and isinstance(c.get("quote"), str)]


class Layer:
    def __init__(self, name: str, root: Path) -> None:
        self.name = name
        self.root = root
        self.cpu: list[float] = []  # the timed part, as the child measured it
        self.whole: list[float] = []  # the whole child process, start-up included

    def run(self) -> None:
        if self.name == "check":
            command = [sys.executable, "-m", "factcheck", "check", "--format", "json", "--jobs", "1", "--no-cache"]
        else:
            command = [sys.executable, __file__, "--layer", self.name, "--root", str(self.root)]
        environment = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "CI")}
        process = subprocess.Popen(
            command, cwd=self.root, env=environment, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, preexec_fn=_pin
        )
        out, _ = process.communicate()
        whole = _child_cpu()
        self.whole.append(whole)
        self.cpu.append(float(out.decode().split()[-1]) if self.name != "check" else whole)


_last_children = [0.0]


def _child_cpu() -> float:
    """CPU time (user + system) of the child reaped since the last call."""
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    total = usage.ru_utime + usage.ru_stime
    spent, _last_children[0] = total - _last_children[0], total
    return spent


def _pin() -> None:
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})


def measure(root: Path, claims: int, count: int) -> list[str]:
    layers = [Layer(name, root) for name in LAYERS]
    subprocess.run(
        [sys.executable, "-m", "factcheck", "check", "--format", "json", "--no-cache"], cwd=root, capture_output=True
    )
    _child_cpu()
    for _ in range(count):
        for layer in layers:
            layer.run()
    compose = statistics.median(layers[0].cpu)
    full = statistics.median(layers[-1].cpu)
    lines = [
        "| layer | CPU time (timed part) | vs compose-only | share of the check | step | whole process |",
        "|---|---|---|---|---|---|",
    ]
    previous = 0.0
    for layer in layers:
        cpu = statistics.median(layer.cpu)
        step = "" if layer.name in ("compose", "yaml.load") else f"+{cpu - previous:.2f} s"
        if layer.name == "loader, no reading":
            step = ""
        lines.append(
            f"| {layer.name} | {cpu:.2f} s | {cpu / compose:.2f}x | {cpu / full:.0%} | {step} "
            f"| {statistics.median(layer.whole):.2f} s |"
        )
        previous = cpu
    lines.append(f"({claims:,} claims; medians of {count}; one core)")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--claims", type=int, default=50, help="claims per article")
    parser.add_argument("--big", type=int, default=100_000, help="claims in the one-article archive (0: skip)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--root", type=Path, help="an archive make_archive.py wrote (instead of generating one)")
    parser.add_argument("--layer", choices=LAYERS, help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.layer is not None:
        print(f"{_layer(options.layer, options.root.resolve()):.6f}")
        return
    print(f"load average at the start: {' '.join(f'{v:.1f}' for v in os.getloadavg())}")
    with tempfile.TemporaryDirectory(prefix="factcheck-layers-") as work:
        runs: list[tuple[str, Path, int]] = []
        if options.root is not None:
            root = options.root.resolve()
            runs.append((f"the archive at {root}", root, sum(1 for _ in root.glob("claims/*.yaml"))))
        else:
            for label, articles, claims in (
                (
                    f"{options.articles * options.claims:,} claims in {options.articles:,} articles",
                    options.articles,
                    options.claims,
                ),
                (f"{options.big:,} claims in one article", 1, options.big),
            ):
                if not articles or not claims:
                    continue
                root = Path(work) / f"a{articles}"
                subprocess.run(
                    [
                        sys.executable,
                        str(HERE / "make_archive.py"),
                        str(root),
                        "--articles",
                        str(articles),
                        "--claims",
                        str(claims),
                    ],
                    check=True,
                    capture_output=True,
                )
                runs.append((label, root, articles * claims))
        for label, root, claims in runs:
            print()
            print(f"{label}:")
            print("\n".join(measure(root, claims, options.rounds)), flush=True)
    print(f"load average at the end: {' '.join(f'{v:.1f}' for v in os.getloadavg())}")


if __name__ == "__main__":
    main()
