"""JSON text of the JSON formats: the same data as json.loads reads it, one item per line, written in C."""

from __future__ import annotations

import json
import json.encoder
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.engine import check
from factcheck.formatters import formatter_class
from factcheck.formatters.jsontext import json_text
from factcheck.loader import load
from tests.helpers import ROOT

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=30,
)
PATHS = st.lists(st.lists(st.sampled_from(["*", "a", "", "b"]), max_size=3).map(tuple), max_size=4)


@given(JSON, PATHS)
def test_json_text_reads_back_as_the_same_data(data: Any, spread: list[tuple[str, ...]]) -> None:
    text = json_text(data, [(), *spread])
    assert json.loads(text) == data
    assert text.endswith("\n") and not text.endswith("\n\n")


def test_only_the_named_containers_are_spread() -> None:
    data = {"schema": "s", "summary": {"a": 1}, "findings": [{"id": "x", "claims": ["c", "d"]}, {"id": "雨"}]}
    assert json_text(data, [(), ("findings",)]) == (
        "{\n"
        '  "schema": "s",\n'
        '  "summary": {"a": 1},\n'
        '  "findings": [\n'
        '    {"id": "x", "claims": ["c", "d"]},\n'
        '    {"id": "雨"}\n'
        "  ]\n"
        "}\n"
    )
    assert json_text([]) == "[]\n"


@pytest.mark.parametrize("name", ["json", "sarif", "claimreview"])
def test_json_formats_never_fall_back_to_the_python_encoder(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """json.dumps(indent=2) builds its text in Python; a report of 50,000 findings spent seconds there."""
    report = check(load([ROOT / "claims", ROOT / "rules"]))

    def python_encoder(*_: object, **__: object) -> None:
        raise AssertionError("the pure-Python JSON encoder was used")

    monkeypatch.setattr(json.encoder, "_make_iterencode", python_encoder)
    text = formatter_class(name)().format(report)
    assert isinstance(json.loads(text), (dict, list))
    if name == "json":
        lines = text.splitlines()
        findings = [json.loads(line.strip().rstrip(",")) for line in lines if line.startswith('    {"article"')]
        assert [f["id"] for f in findings] == [f.id for f in report.findings]


FLOATING = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=30,
)


@given(FLOATING)
def test_each_item_is_written_as_the_standard_encoder_writes_it(data: Any) -> None:
    from factcheck.formatters import jsontext

    assert jsontext._encode(data) == jsontext._COMPACT.encode(data)


def test_a_report_builds_no_encoder_per_finding(monkeypatch: pytest.MonkeyPatch) -> None:
    """JSONEncoder.encode builds libjson's C encoder on every call: once per finding, 60,000 times for the
    100,000-claim archive.  The encoder is built once."""
    built: list[int] = []
    make = getattr(json.encoder, "c_make_encoder", None)
    assert make is not None

    def counted(*arguments: Any) -> Any:
        built.append(1)
        return make(*arguments)

    monkeypatch.setattr(json.encoder, "c_make_encoder", counted)
    findings = [{"id": f"r{i}", "claims": ["a", "b"], "value": {"lo": "1", "hi": "2"}} for i in range(100)]
    text = json_text({"schema": "s", "findings": findings}, [(), ("findings",)])
    assert json.loads(text)["findings"] == findings
    assert built == []


class _Pages:
    """A text stream that keeps each write apart."""

    def __init__(self) -> None:
        self.writes: list[str] = []

    def write(self, text: str) -> int:
        self.writes.append(text)
        return len(text)


@given(JSON, PATHS)
def test_written_a_piece_at_a_time_the_text_is_the_same(data: Any, spread: list[tuple[str, ...]]) -> None:
    from factcheck.formatters.jsontext import write_json

    stream = _Pages()
    write_json(data, stream, [(), *spread])  # type: ignore[arg-type]
    assert "".join(stream.writes) == json_text(data, [(), *spread])


def test_a_large_json_report_is_written_as_it_is_made_with_the_same_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    """A scan of 10 MB reports some 60,000 findings: its JSON report is written a page at a time, each finding
    made into JSON data as it is written, never the whole report held as data or as text."""
    from factcheck.formatters import json as json_format

    report = check(load([ROOT / "claims", ROOT / "rules"]))
    many = type(report)(tuple(report.articles) * 200)
    made: list[int] = []
    writes: list[int] = []

    def finding_json(finding: Any) -> dict[str, Any]:
        made.append(len(writes))  # how many pages were written before this finding was made
        return original(finding)

    original = json_format.finding_json
    monkeypatch.setattr(json_format, "finding_json", finding_json)
    stream = _Pages()
    formatter = formatter_class("json")()
    formatter.write(many, stream)  # type: ignore[arg-type]
    writes.extend(len(w) for w in stream.writes)
    assert "".join(stream.writes) == formatter.format(many)
    assert len(stream.writes) > 10 and max(writes) < 2 * 65_536
    assert made[-1] > 10  # the last findings were made after pages of the first ones had been written
