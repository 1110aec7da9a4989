"""`factcheck quantity` reads lists of figures and long streams, in bounded chunks, with clean errors."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck import app
from factcheck.app import QuantityRequest, run_quantity
from factcheck.cli import cli


def run(*args: str, stdin: str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), input=stdin)
    return result.exit_code, result.stdout, result.stderr


def test_figures_one_per_line_from_stdin_in_the_same_json_shape() -> None:
    code, out, err = run("quantity", "--format", "json", "-", stdin="三万五\n\n10%左右\n")
    assert code == 0, err
    data = json.loads(out)
    assert [(d["text"], d["lo"], d["hi"]) for d in data] == [("三万五", "34500", "35500"), ("10%左右", "9", "11")]
    assert set(data[0]) == set(json.loads(run("quantity", "--format", "json", "15万")[1])[0])


def test_figures_from_a_file_name_the_bad_line(tmp_path: Path) -> None:
    listing = tmp_path / "figures.txt"
    listing.write_text("121个\nabc\n百分之负三点八\n", "utf-8")
    code, out, err = run("quantity", "--file", str(listing))
    assert code == 2
    assert "121个" in out and "百分之负三点八" in out
    assert f"{listing}:2: 'abc': no figure" in err


def test_no_figure_given_is_a_usage_error() -> None:
    code, _, err = run("quantity")
    assert code == 2 and "--file" in err


def test_nul_in_a_stream_is_a_clean_error() -> None:
    code, _, err = run("quantity", "-", stdin="5个\n共有5个\x00\x00")
    assert code == 2
    assert "-: line 2: NUL character" in err and "Traceback" not in err


def test_huge_exponent_is_a_clean_error() -> None:
    code, _, err = run("quantity", "1e5000")
    assert code == 2 and "exponent too large" in err


def test_a_list_is_read_in_chunks_and_names_each_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(app, "QUANTITY_CHUNK_CHARS", 16)
    text = "".join(f"{n}个\n" for n in range(1, 40)) + "三万五千六七\n"
    outcome = run_quantity(QuantityRequest(("-",), "json", stdin=io.StringIO(text)))
    assert [d["text"] for d in json.loads(outcome.output)] == [f"{n}个" for n in range(1, 40)]
    assert outcome.errors == ["-:40: '三万五千六七': cannot read '三万五千六七' wholly as a number in '三万五千六七'"]


def test_a_stream_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(app, "QUANTITY_CHUNK_CHARS", 64)
    monkeypatch.setattr(app, "MAX_STREAM_CHARS", 1000)
    endless = io.StringIO("5个\n" * 10_000)
    outcome = run_quantity(QuantityRequest(("-",), stdin=endless))
    assert outcome.exit_code == 2
    assert "input too long" in outcome.errors[0]
    assert endless.tell() < 2000  # stopped reading soon after the limit


def test_find_in_a_file_reads_it_as_a_document(tmp_path: Path) -> None:
    report = tmp_path / "report.txt"
    report.write_text("前言\n全市法院受理案件321 146件，完成率105%。\n", "utf-8")
    code, out, _ = run("quantity", "--find", "--file", str(report))
    assert code == 0
    assert "2:9" in out and "321 146件" in out and "105%" in out
