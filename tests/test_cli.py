"""The command line as a user meets it: output, JSON contract, exit codes, no tracebacks."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from factcheck.cli import cli


def run(*args: str, stdin: str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), input=stdin)
    return result.exit_code, result.stdout, result.stderr


def test_quantity_text_shows_interval_unit_and_reading() -> None:
    code, out, _ = run("quantity", "15万多件")
    assert code == 0
    assert out == "15万多件  ->  [150,000, 160,000) 件  (多: at least 150,000, below 160,000)\n"


def test_quantity_text_aligns_cjk_expressions() -> None:
    _, out, _ = run("quantity", "29.2%", "6000多起")
    first, second = out.splitlines()
    assert first.index("->") == second.index("->") + 2  # 6000多起 is two cells wider than its length


def test_quantity_json_contract() -> None:
    code, out, _ = run("quantity", "--format", "json", "15万多件", "超过6000", "2.3个百分点", "98%")
    assert code == 0
    data = json.loads(out)
    assert data[0] == {
        "text": "15万多件",
        "lo": "150000",
        "hi": "160000",
        "lo_closed": True,
        "hi_closed": False,
        "unit": "件",
        "kind": "count",
        "hedge": "多",
    }
    assert (data[1]["hi"], data[1]["hi_closed"], data[1]["lo_closed"]) == ("inf", False, False)
    assert data[2]["unit"] == "pp"
    assert (data[3]["lo"], data[3]["hi"], data[3]["unit"]) == ("97.5", "98.5", "%")


def test_quantity_share_context_option() -> None:
    _, out, _ = run("quantity", "--format", "json", "--context", "share", "98%以上")
    assert json.loads(out)[0]["hi"] == "100"


@pytest.mark.parametrize("expression", ["abc", "", "1..2万", "万万", "%98", "9" * 500, "12\x01", "١٢"])
def test_bad_expression_exits_2_with_one_line(expression: str) -> None:
    code, out, err = run("quantity", "--", expression)
    assert code == 2
    assert out == ""
    assert len(err.strip().splitlines()) == 1
    assert err.startswith("factcheck: error: ")
    assert "Traceback" not in err


def test_good_figures_still_print_when_one_is_bad() -> None:
    code, out, err = run("quantity", "121个", "abc")
    assert code == 2
    assert "121个" in out and "no figure" in err


def test_find_lists_every_figure_with_line_and_column() -> None:
    code, out, _ = run("quantity", "--find", "-", stdin="标题\n共打掉团伙121个,其中涉黑13个。\n")
    assert code == 0
    assert out.splitlines() == [
        "2:6   121个  ->  [121, 121] 个  (exact)",
        "2:15  13个   ->  [13, 13] 个  (exact)",
    ]


def test_usage_error_exits_2() -> None:
    code, _, _ = run("quantity")
    assert code == 2
    code, _, _ = run("quantity", "--format", "xml", "1")
    assert code == 2


def test_python_dash_m_runs_the_cli() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "factcheck", "quantity", "29.2%"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0
    assert "[29.15, 29.25] %" in result.stdout


def test_invalid_utf8_argument_exits_2_without_traceback() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "factcheck", "quantity", b"\xff12".decode("utf-8", "surrogateescape")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    assert "UTF-8" in result.stderr
    assert "Traceback" not in result.stderr
