"""Speed of `factcheck check` over an archive, against libyaml merely composing the same files.

Run:  python benchmarks/bench_check.py [--articles 1000] [--claims 100] [--rounds 3] [--big 100000]

Writes a synthetic archive (benchmarks/make_archive.py) to a temporary folder, then times, in one run and
alternating so that a busy machine slows every side alike:

- libyaml compose-only: ``yaml.compose`` with the C loader over every claims and rules file, one core;
- check on one core (``--jobs 1 --no-cache``, the process pinned to one core);
- check with ``--jobs N`` (every core this process may use, ``--no-cache``);
- a cached re-run (nothing changed since the last run);
- one archive of a single article of ``--big`` claims (one claims file, one rules file): compose-only and
  check on one core;
- with ``--against SRC`` (another checkout's ``src/`` folder), its check runs too, alternating with these;
- start-up: ``factcheck --help`` against ``python -c "import click"``, and check of the bundled article
  (rich from the cache, rich and JSON without it) against ``python -c "import click, rich.console, yaml"``.

Each figure is the median of the rounds; claims/s and the ratio to compose-only are printed, with peak
memory (maximum resident set size), wall time and CPU time (user + system, workers included): on a machine
shared with other work the wall time waits for a core, so the CPU time says more about each side's cost.
The load average is printed at the start and the end.  Numbers are printed, not asserted: timings belong
here, not in tests.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FACTCHECK = [sys.executable, "-m", "factcheck"]
COMPOSE = """
import sys, yaml
from pathlib import Path
for root in sys.argv[1:]:
    for path in sorted(Path(root).rglob("*.yaml")):
        yaml.compose(path.read_text("utf-8"), Loader=yaml.CSafeLoader)
"""


@dataclass
class Timing:
    label: str
    command: list[str]
    cwd: Path
    one_core: bool = False
    source: str | None = None  # another checkout's src/ folder to run instead (PYTHONPATH), for --against
    seconds: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)  # user + system time of the process and its workers
    peak_kib: int = 0

    def run(self) -> None:
        environment = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "CI")}
        if self.source is not None:
            environment["PYTHONPATH"] = self.source
        start = time.perf_counter()
        process = subprocess.Popen(
            self.command,
            cwd=self.cwd,
            env=environment,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            preexec_fn=_pin if self.one_core else None,
        )
        _, status, usage = os.wait4(process.pid, 0)
        self.seconds.append(time.perf_counter() - start)
        # ru_*time covers the process and the workers it waited for (children reaped by it count too).
        self.cpu.append(usage.ru_utime + usage.ru_stime)
        self.peak_kib = max(self.peak_kib, usage.ru_maxrss)
        if os.waitstatus_to_exitcode(status) not in (0, 1):
            raise SystemExit(f"{self.label}: {' '.join(self.command)} exited with status {status}")

    @property
    def median(self) -> float:
        return statistics.median(self.seconds)

    @property
    def cpu_median(self) -> float:
        return statistics.median(self.cpu)


def generate(root: Path, articles: int, claims: int) -> Path:
    """The archive, written by make_archive.py in a child process: this one stays small, so the peak memory
    of the processes it starts is theirs (a child's ru_maxrss starts from its parent's resident size)."""
    script = Path(__file__).resolve().parent / "make_archive.py"
    subprocess.run(
        [sys.executable, str(script), str(root), "--articles", str(articles), "--claims", str(claims)],
        check=True,
        capture_output=True,
    )
    return root


def _pin() -> None:
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})


def rounds(timings: Sequence[Timing], count: int, before_each: dict[str, list[str]] | None = None) -> None:
    for _ in range(count):
        for timing in timings:
            for command in (before_each or {}).get(timing.label, []):
                subprocess.run(command, cwd=timing.cwd, check=False, capture_output=True, shell=True)
            timing.run()


def settle(root: Path) -> None:
    """Files changed in the last two seconds are hashed on every run (see batch._Stamps): wait them out."""
    newest = max(p.stat().st_mtime for p in root.rglob("*") if p.is_file())
    time.sleep(max(0.0, newest + 2.1 - time.time()))


def archive_table(root: Path, claims: int, count: int, jobs: int, against: str | None = None) -> list[str]:
    check = [*FACTCHECK, "check", "--format", "json"]
    compose = Timing("libyaml compose-only (1 core)", [sys.executable, "-c", COMPOSE, "claims", "rules"], root, True)
    serial = Timing("check, 1 core", [*check, "--jobs", "1", "--no-cache"], root, True)
    parallel = Timing(f"check --jobs {jobs}", [*check, "--jobs", str(jobs), "--no-cache"], root)
    cached = Timing("check, cached re-run", check, root)
    subprocess.run(check, cwd=root, capture_output=True, check=False)  # fill the cache
    settle(root)
    subprocess.run(check, cwd=root, capture_output=True, check=False)  # and record the settled stamps
    others = [serial, parallel, cached]
    if against is not None:  # the same runs of another checkout, alternating with these (see --against)
        others += [
            replace(t, label=f"{t.label} ({against})", source=against, seconds=[], cpu=[]) for t in (serial, parallel)
        ]
    rounds([compose, *others], count)
    return table(claims, compose, others)


def table(claims: int, base: Timing, others: Sequence[Timing]) -> list[str]:
    """Wall time and claims/s, and CPU time: on a machine shared with other work, the CPU time of each side
    says more about its cost than the wall time, which waits for a core."""
    lines = [
        "| what | wall time | claims/s | vs compose-only | CPU time | vs compose-only | peak memory |",
        "|---|---|---|---|---|---|---|",
    ]
    for timing in (base, *others):
        lines.append(
            f"| {timing.label} | {timing.median:.2f} s | {claims / timing.median:,.0f} "
            f"| {timing.median / base.median:.2f}x | {timing.cpu_median:.2f} s "
            f"| {timing.cpu_median / base.cpu_median:.2f}x | {timing.peak_kib / 1024:.0f} MiB |"
        )
    return lines


def startup_table(count: int, against: str | None = None) -> list[str]:
    project = Path(tempfile.mkdtemp(prefix="factcheck-startup-"))
    for name in ("claims", "rules", "articles"):
        shutil.copytree(ROOT / name, project / name)
    script = [str(Path(sys.executable).with_name("factcheck"))]
    if not Path(script[0]).exists():
        script = FACTCHECK
    check = [*script, "check"]
    timings = [
        Timing('python -c "import click"', [sys.executable, "-c", "import click"], project),
        Timing("factcheck --help", [*script, "--help"], project),
        Timing(
            'python -c "import click, rich.console, yaml"',
            [sys.executable, "-c", "import click, rich.console, yaml"],
            project,
        ),
        Timing("factcheck check (bundled article, rich, cached)", [*check, "--format", "rich"], project),
        *(
            Timing(
                f"factcheck check (bundled article, {kind}, --no-cache)",
                [*check, "--format", kind, "--no-cache"],
                project,
            )
            for kind in ("rich", "json")
        ),
    ]
    pairs = [(timings[1], timings[0]), *((c, timings[2]) for c in timings[3:])]
    fill = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "CI")}
    if against is not None:  # the same commands with another checkout's factcheck, alternating with these
        pairs += [(replace(t, label=f"{t.label} ({against})", source=against, seconds=[], cpu=[]), b) for t, b in pairs]
        other = {**fill, "PYTHONPATH": against}
        subprocess.run([*check, "--format", "rich"], cwd=project, capture_output=True, check=False, env=other)
    subprocess.run([*check, "--format", "rich"], cwd=project, capture_output=True, check=False, env=fill)
    settle(project)
    rounds([*timings[:3], *(t for t, _ in pairs if t not in timings[:3])], count)
    shutil.rmtree(project)
    lines = [
        "| what | wall time | baseline | ratio | CPU time | baseline | ratio |",
        "|---|---|---|---|---|---|---|",
    ]
    for timing, baseline in pairs:
        lines.append(
            f"| {timing.label} | {timing.median * 1000:.0f} ms | {baseline.label}: {baseline.median * 1000:.0f} ms "
            f"| {timing.median / baseline.median:.2f}x | {timing.cpu_median * 1000:.0f} ms "
            f"| {baseline.cpu_median * 1000:.0f} ms | {timing.cpu_median / baseline.cpu_median:.2f}x |"
        )
    return lines


PROGRAMS = """
from factcheck.quantity import lazyre
stored, patterns = lazyre._load_programs(), lazyre.reader_patterns()
print(sum(key in stored for key in patterns), len(patterns))
"""


def programs_stored() -> str:
    """How many of the patterns have their compiled program in data/regex-programs.<tag>.marshal: a pattern changed
    since the file was written is compiled at start-up (python -m factcheck.quantity.lazyre rewrites it)."""
    run = subprocess.run([sys.executable, "-c", PROGRAMS], capture_output=True, text=True, check=True)
    stored, total = run.stdout.split()
    return f"regex programs stored for {stored} of {total} patterns (the rest are compiled at start-up)"


def load() -> str:
    """The load average: how busy the machine was (other work waits for the same cores)."""
    return " ".join(f"{value:.1f}" for value in os.getloadavg())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--claims", type=int, default=100, help="claims per article")
    parser.add_argument("--big", type=int, default=100_000, help="claims in the one-article archive (0: skip)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--startup-rounds", type=int, default=21)
    parser.add_argument("--startup-only", action="store_true", help="time start-up only, not the archives")
    parser.add_argument(
        "--against",
        metavar="SRC",
        help="also time the checks with another checkout's src/ folder (say, main's), alternating in the same run",
    )
    options = parser.parse_args()
    jobs = len(os.sched_getaffinity(0))
    work = Path(tempfile.mkdtemp(prefix="factcheck-bench-"))
    try:
        print(f"{os.cpu_count()} cores ({jobs} usable); Python {sys.version.split()[0]}; medians of {options.rounds}")
        print(f"load average at the start: {load()}")
        print()
        print(f"start-up, medians of {options.startup_rounds}:")
        print("\n".join(startup_table(options.startup_rounds, options.against)))
        print(programs_stored())
        if options.startup_only:
            return
        archive = generate(work / "archive", options.articles, options.claims)
        total = options.articles * options.claims
        print()
        print(f"{total:,} claims in {options.articles * 2:,} files ({options.articles:,} articles):")
        print("\n".join(archive_table(archive, total, options.rounds, jobs, options.against)))
        if options.big:
            big = generate(work / "big", 1, options.big)
            check = [*FACTCHECK, "check", "--format", "json", "--jobs", "1", "--no-cache"]
            compose = Timing(
                "libyaml compose-only (1 core)", [sys.executable, "-c", COMPOSE, "claims", "rules"], big, True
            )
            serial = [Timing("check, 1 core", check, big, True)]
            if options.against is not None:
                serial.append(
                    replace(
                        serial[0],
                        label=f"check, 1 core ({options.against})",
                        source=options.against,
                        seconds=[],
                        cpu=[],
                    )
                )
            rounds([compose, *serial], options.rounds)
            print()
            print(f"{options.big:,} claims in one claims file and one rules file:")
            print("\n".join(table(options.big, compose, serial)))
        print()
        print(f"load average at the end: {load()}")
    finally:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
