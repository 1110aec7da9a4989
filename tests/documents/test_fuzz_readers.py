"""Mangled documents end in a clear one-line DocumentError (exit 2), never a traceback."""

from __future__ import annotations

import io
import zipfile
from functools import cache
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.documents import Document, DocumentError, read_bytes
from tests.documents.writers import write_docx, write_pdf

SETTINGS = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
BLOCKS = [("h", "概况"), ("p", "全市共破获案件1759起，增长5.3%。"), ("table", [["粮食", "143972"]])]


@cache
def _docx() -> bytes:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        return write_docx(Path(folder) / "a.docx", BLOCKS).read_bytes()


@cache
def _pdf() -> bytes:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        return write_pdf(Path(folder) / "a.pdf", BLOCKS).read_bytes()


def _read(data: bytes, kind: str) -> Document | DocumentError:
    try:
        return read_bytes(data, f"mangled.{kind}", kind)
    except DocumentError as error:
        message = str(error)
        assert message.startswith(f"mangled.{kind}") and "\n" not in message, message
        return error


def _replace(package: bytes, name: str, content: bytes) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(package))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as target:
        for item in source.infolist():
            target.writestr(item, content if item.filename == name else source.read(item.filename))
    return buffer.getvalue()


_XML_TEXT = st.text(alphabet=st.sampled_from("<>/=\"' wpr:tbl1759起&;#x-"), max_size=200)
_TAGS = st.sampled_from(["w:p", "w:r", "w:t", "w:tbl", "w:tr", "w:tc", "w:ins", "w:del", "w:fldChar", "w:vanish"])
_ELEMENT = st.recursive(
    st.builds(lambda t: f"<w:t>{t}</w:t>", st.text(alphabet="1759起.%", max_size=8)),
    lambda inner: st.builds(lambda tag, kids: f"<{tag}>{''.join(kids)}</{tag}>", _TAGS, st.lists(inner, max_size=3)),
    max_leaves=12,
)
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


@SETTINGS
@given(st.integers(min_value=0, max_value=10_000))
def test_a_truncated_word_file_is_refused_clearly(cut: int) -> None:
    data = _docx()
    result = _read(data[: cut % len(data)], "docx")
    assert isinstance(result, DocumentError)  # a zip cut short never reads as a document


@SETTINGS
@given(st.one_of(_XML_TEXT, st.lists(_ELEMENT, max_size=4).map("".join)))
def test_random_xml_in_a_word_body_reads_or_is_refused_clearly(body: str) -> None:
    document = f'<w:document xmlns:w="{_W}"><w:body>{body}</w:body></w:document>'.encode()
    result = _read(_replace(_docx(), "word/document.xml", document), "docx")
    if isinstance(result, Document):
        assert result.text.strip()  # a body with no text is refused, not read as empty


@SETTINGS
@given(st.integers(min_value=0, max_value=100_000), st.binary(min_size=1, max_size=64))
def test_a_pdf_with_garbage_in_it_reads_or_is_refused_clearly(at: int, garbage: bytes) -> None:
    data = _pdf()
    at %= len(data)
    _read(data[:at] + garbage + data[at + len(garbage) :], "pdf")
    assert isinstance(_read(data[:at], "pdf"), (Document, DocumentError))


@SETTINGS
@given(st.binary(max_size=400), st.sampled_from(["html", "md", "txt"]))
def test_random_bytes_as_a_text_format_read_or_are_refused_clearly(data: bytes, kind: str) -> None:
    _read(data, kind)
