"""Start-up: what `factcheck --help`, `--version` and a usage error import.

Each runs in a fresh interpreter, so the modules it lists are the ones that command loads and nothing a test
imported before.  The quantity reader, the loader, rich, PyYAML and the OpenCC table are for the commands that
read figures; help and usage errors must answer without them.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

PROBE = """
import json, sys
from factcheck.cli import main
sys.argv = ["factcheck", *json.loads(sys.argv[1])]
try:
    main()
except SystemExit:
    pass
outside = set(sys.stdlib_module_names) | set(sys.builtin_module_names) | {"__main__", "_distutils_hack"}
print(json.dumps({
    "factcheck": sorted(m for m in sys.modules if m.split(".")[0] == "factcheck"),
    "third_party": sorted({m.split(".")[0] for m in sys.modules} - outside),
    "stdlib": sorted(m for m in sys.modules if m.split(".")[0] in sys.stdlib_module_names),
}))
"""

# Every factcheck module that help needs.  A new one belongs here only if it is light: no reader, no rich,
# no YAML (measure with `python -X importtime -m factcheck --help`).
HELP_MODULES = [
    "factcheck",
    "factcheck.cli",
    "factcheck.exitcodes",
    "factcheck.formatters",
    "factcheck.formatters.quantities",
    "factcheck.textwidth",
]


def imported(*args: str) -> dict[str, list[str]]:
    run = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(list(args))], capture_output=True, text=True, check=True
    )
    result: dict[str, list[str]] = json.loads(run.stdout.splitlines()[-1])
    return result


@pytest.mark.parametrize(
    "args",
    [("--help",), ("--version",), ("check", "--help"), ("check", "--no-such-option"), ("no-such-command",)],
)
def test_help_version_and_usage_errors_import_only_click_and_the_cli(args: tuple[str, ...]) -> None:
    modules = imported(*args)
    assert modules["factcheck"] == HELP_MODULES
    assert modules["third_party"] == ["click", "factcheck"]
    # importlib.resources' file readers pull these in; the OpenCC table must not be read to print help.
    assert not {"zipfile", "tempfile", "importlib.resources.readers"} & set(modules["stdlib"])


def test_the_reader_loads_its_table_on_first_use() -> None:
    modules = imported("quantity", "億")
    assert "factcheck.quantity.reader" in modules["factcheck"]
    assert "zipfile" not in modules["stdlib"]
