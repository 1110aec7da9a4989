"""The bundled article and a draft of it, as Markdown, HTML, Word and PDF: every command reports what it
reports for the text file, located in each document's own terms."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from factcheck.cli import cli
from tests.documents.writers import (
    article_blocks,
    to_html,
    to_markdown,
    write_docx,
    write_pdf,
    write_scanned_pdf,
)
from tests.helpers import ARTICLE, ROOT

CLAIMS = "claims/jincheng-politics-law-2016-2020.yaml"
TITLE = "晋城市“十三五”政法工作综述"
FORMATS = ("md", "html", "docx", "pdf")
EDITS = (  # the README's draft: four figures changed and one added
    ("其中涉黑性质组织13个", "其中涉黑性质组织15个"),
    ("1759起", "1795起"),
    ("6.706亿元", "6.706万元"),
    ("调解成功率98%以上,协议履行率99%以上。", "调解成功率98%,协议履行率99%以上。"),
    ("办理法律援助案件2000余件,", "办理法律援助案件2000余件,新增律师事务所12家,"),
)


def _write_all(folder: Path, name: str, text: str) -> None:
    blocks = article_blocks(text)
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    (folder / f"{name}.md").write_text(to_markdown(blocks, TITLE), encoding="utf-8")
    (folder / f"{name}.html").write_text(to_html(blocks, TITLE), encoding="utf-8")
    write_docx(folder / f"{name}.docx", blocks)
    write_pdf(folder / f"{name}.pdf", blocks, columns=2, header="晋城日报 2021年1月5日 第3版")


@pytest.fixture(scope="module")
def documents(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The article and the draft in every format, written once for the module."""
    folder = tmp_path_factory.mktemp("documents")
    text = ARTICLE.read_text("utf-8")
    draft = text
    for old, new in EDITS:
        assert old in draft
        draft = draft.replace(old, new, 1)
    _write_all(folder, "article", text)
    _write_all(folder, "draft", draft)
    return folder


@pytest.fixture
def newsroom(documents: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name in ("claims", "rules", "articles"):
        shutil.copytree(ROOT / name, tmp_path / name)
    for document in documents.iterdir():
        shutil.copy(document, tmp_path / document.name)
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    return tmp_path


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr


def _json(*args: str) -> tuple[int, dict[str, Any]]:
    code, out, err = _run(*args, "--format", "json")
    assert code in (0, 1), err
    return code, json.loads(out)


def _verdicts(report: dict[str, Any]) -> list[tuple[Any, ...]]:
    """The findings without their places, and without the places inside unverified figures' ids."""
    return [
        (f["kind"], f["id"] if f["kind"] != "unverified" else f["figure"], f["status"], f["message"], f.get("detail"))
        for f in report["findings"]
    ]


@pytest.mark.parametrize("suffix", FORMATS)
def test_draft_finds_the_same_changes_in_every_format(newsroom: Path, suffix: str) -> None:
    code, text = _json("draft", "draft.txt", "--claims", CLAIMS)
    code_here, here = _json("draft", f"draft.{suffix}", "--claims", CLAIMS)
    assert (code_here, _verdicts(here), here["summary"]) == (code, _verdicts(text), text["summary"])
    changed = {f["claim"]: f for f in here["findings"] if f["kind"] == "changed"}
    assert set(changed) == {
        "sweep.mafia_organisations",
        "sweep.criminal_cases_solved",
        "sweep.assets_seized",
        "mediation.success_rate",
    }
    for finding in here["findings"]:
        if finding["file"] == f"draft.{suffix}":
            assert finding["where"] and finding["line"] >= 1 and finding["column"] >= 1


def test_draft_positions_are_each_documents_own(newsroom: Path) -> None:
    where = {}
    for suffix in ("txt", *FORMATS):
        _code, report = _json("draft", f"draft.{suffix}", "--claims", CLAIMS)
        (finding,) = [f for f in report["findings"] if f["id"] == "changed:sweep.criminal_cases_solved"]
        where[suffix] = (finding["file"], finding["where"])
    assert where["txt"] == ("draft.txt", "23:150")
    assert where["docx"] == ("draft.docx", "¶23")  # the 23rd paragraph: the text file's line 23
    md_line = Path("draft.md").read_text("utf-8").splitlines().index(_line_with("draft.txt", "1795起")) + 1
    assert where["md"] == ("draft.md", f"{md_line}:150")
    html_lines = Path("draft.html").read_text("utf-8").splitlines()
    html_line = next(n for n, line in enumerate(html_lines, 1) if "1795起" in line)
    assert where["html"] == ("draft.html", f"{html_line}:{html_lines[html_line - 1].index('1795起') + 1}")
    page, column, line = where["pdf"][1][1:].split(":")  # a two-column page: the line counts in its column
    assert int(page) >= 1 and column in ("L", "R") and int(line) >= 1


def _line_with(path: str, needle: str) -> str:
    return next(line for line in Path(path).read_text("utf-8").splitlines() if needle in line)


@pytest.mark.parametrize("suffix", FORMATS)
def test_scan_reports_the_same_in_every_format(newsroom: Path, suffix: str) -> None:
    code, text = _json("scan", "article.txt", "--verbose")
    code_here, here = _json("scan", f"article.{suffix}", "--verbose")
    assert (code_here, _verdicts(here), here["summary"]) == (code, _verdicts(text), text["summary"])
    assert all(f["file"] == f"article.{suffix}" and f["where"] for f in here["findings"])


@pytest.mark.parametrize("suffix", FORMATS)
def test_check_reads_the_article_in_every_format(newsroom: Path, suffix: str) -> None:
    code, text = _json("check")
    claims = Path(CLAIMS)
    original = claims.read_text("utf-8")
    claims.write_text(original.replace("../articles/jincheng-politics-law-2016-2020.txt", f"../article.{suffix}"))
    assert f"../article.{suffix}" in claims.read_text("utf-8")
    code_here, here = _json("check")
    assert (code_here, _verdicts(here), here["summary"]) == (code, _verdicts(text), text["summary"])
    # The quotes are checked against the document's text: a quote it lacks is reported.
    claims.write_text(claims.read_text("utf-8").replace("quote: 调解纠纷5000件左右", "quote: 调解纠纷6000件左右"))
    _code, broken = _json("check")
    assert any(f["id"].endswith("quote-in-article") and f["status"] == "fail" for f in broken["findings"])


def test_extract_from_a_word_file_writes_claims_that_check_reads(newsroom: Path) -> None:
    code, out, err = _run("extract", "article.docx", "-o", "out")
    assert code == 0, err
    claims = Path("out/claims/article.yaml").read_text("utf-8")
    assert "text: ../../article.docx" in claims
    code, out, err = _run("check", "out")
    assert code == 0, out + err


def test_sarif_and_github_keep_numeric_lines_and_name_the_page(newsroom: Path) -> None:
    _code, out, _err = _run("draft", "draft.pdf", "--claims", CLAIMS, "--format", "sarif")
    results = json.loads(out)["runs"][0]["results"]
    in_pdf = [r for r in results if r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "draft.pdf"]
    assert in_pdf
    for result in in_pdf:
        assert isinstance(result["locations"][0]["physicalLocation"]["region"]["startLine"], int)
        assert result["properties"]["where"].startswith("p")
        assert result["message"]["text"].startswith(f"draft.pdf:{result['properties']['where']}\n")
    _code, out, _err = _run("draft", "draft.docx", "--claims", CLAIMS, "--format", "github")
    assert "::error file=draft.docx,line=23,col=" in out and "::draft.docx%3A¶23%0A" not in out
    assert "draft.docx:¶23%0Asweep.criminal_cases_solved: 1759起 -> 1795起" in out


def test_rich_report_shows_the_paragraph(newsroom: Path) -> None:
    code, out, _err = _run("draft", "draft.docx", "--claims", CLAIMS, "--quiet", "--format", "rich")
    assert code == 1
    assert "draft.docx:¶23" in out and " ¶23 │ " in out


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("scan.pdf", None, "has no text layer (a scanned document?)"),
        ("locked.pdf", "encrypted", "is encrypted (password-protected)"),
        ("broken.docx", b"PK\x03\x04 broken", "is not a readable Word document (.docx)"),
        ("empty.html", b"<html><body><nav><a href='/'>home</a></nav></body></html>", "has no main text"),
        ("old.doc", b"\xd0\xcf\x11\xe0", "is a Word 97-2003 document: save it as .docx"),
    ],
)
def test_a_bad_document_is_exit_2_with_one_clear_line(
    newsroom: Path, name: str, content: bytes | str | None, message: str
) -> None:
    path = newsroom / name
    if content is None:
        write_scanned_pdf(path)
    elif content == "encrypted":
        write_pdf(path, [("p", "全市共破获案件1759起。")], encrypt="secret")
    else:
        assert isinstance(content, bytes)
        path.write_bytes(content)
    for command in (["draft", name, "--claims", CLAIMS], ["scan", name], ["extract", name]):
        code, out, err = _run(*command)
        assert code == 2
        assert err.strip() == f"factcheck: error: {name}: {message}" + err.strip().split(message, 1)[1]
        assert "Traceback" not in err and out == ""


def test_a_missing_draft_is_exit_2(newsroom: Path) -> None:
    code, _out, err = _run("draft", "nowhere.docx", "--claims", CLAIMS)
    assert (code, err.strip()) == (2, "factcheck: error: nowhere.docx: no such file")


def test_quantity_find_reads_standard_input_as_a_document(newsroom: Path) -> None:
    result = CliRunner().invoke(cli, ["quantity", "--find", "-"], input=Path("article.pdf").read_bytes())
    assert result.exit_code == 0
    first = result.stdout.splitlines()[0]
    assert first.startswith("p1:") and "八连冠" in first
    result = CliRunner().invoke(cli, ["quantity", "--find", "-"], input="共1759起".encode())
    assert result.stdout.startswith("1:2  1759起")
