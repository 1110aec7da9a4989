"""What already held and must keep holding: every output is byte-identical across runs and hash seeds."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.helpers import ROOT

SCRIPT = """
import io, sys
from pathlib import Path
from factcheck.app import CheckRequest, ExtractRequest, ReportOptions, ScanRequest, run_check, run_extract, run_scan
from factcheck.formatters import REPORT_FORMATS
article = "articles/jincheng-politics-law-2016-2020.txt"
for fmt in REPORT_FORMATS:
    for run, request in (
        (run_check, CheckRequest((), ReportOptions(format=fmt, color=False))),
        (run_scan, ScanRequest(article, ReportOptions(format=fmt, color=False, quiet=False))),
    ):
        buffer = io.StringIO()
        run(request, stdout=buffer)
        sys.stdout.write(f"== {run.__name__} {fmt}\\n" + buffer.getvalue())
sys.stdout.write(run_extract(ExtractRequest(article)).output)
"""


def _outputs(seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    env.pop("GITHUB_ACTIONS", None)
    env.pop("GITHUB_STEP_SUMMARY", None)
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], cwd=ROOT, env=env, capture_output=True, text=True, check=True, timeout=300
    )
    return done.stdout


def test_every_output_is_byte_identical_across_runs_and_hash_seeds() -> None:
    first, second, third = _outputs("0"), _outputs("1"), _outputs("12345")
    assert first.count("\n== ") >= 15 and "# --- rules/" in first
    assert first == second == third
