"""Messages that arrive from outside factcheck's own sentences: the system's reasons, PyYAML's and Python's
syntax errors, results replayed from the cache.  Each is in the reader's language, and English is unchanged."""

from __future__ import annotations

import errno
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck import i18n
from factcheck.cli import cli
from factcheck.expr import ExpressionError, parse_expression
from factcheck.loader import LoadError, compose, read_text
from factcheck.safeio import reason


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    yield
    i18n.use("en")


@pytest.mark.parametrize(
    ("code", "english", "chinese"),
    [
        (errno.EACCES, "Permission denied", "没有权限"),
        (errno.ENOENT, "No such file or directory", "没有这个文件或文件夹"),
        (errno.EISDIR, "Is a directory", "这是一个文件夹"),
        (errno.ENAMETOOLONG, "the file name is too long", "文件名太长"),
    ],
)
def test_the_systems_reasons_speak_the_readers_language(code: int, english: str, chinese: str) -> None:
    error = OSError(code, "whatever the C library says")
    i18n.use("en")
    assert reason(error) == english
    i18n.use("zh_CN")
    assert reason(error) == chinese


def test_a_reason_factcheck_does_not_know_is_the_systems_own() -> None:
    i18n.use("zh_CN")
    assert reason(OSError(errno.EMLINK, "Too many links")) == "Too many links"


def test_a_byte_that_is_not_utf8_is_located_in_any_language(tmp_path: Path) -> None:
    bad = tmp_path / "claims.yaml"
    bad.write_bytes(b"article:\n  id: \xff\n")
    for language, words in (("en", "not UTF-8 text"), ("zh_CN", "UTF-8")):
        i18n.use(language)
        with pytest.raises(LoadError) as caught:
            read_text(bad)
        (problem,) = caught.value.problems
        assert (problem.line, problem.column) == (2, 7)
        assert words in problem.message and "line" not in problem.message


@pytest.mark.parametrize(
    ("text", "english", "chinese"),
    [
        ("article:\n  id: y\n title: x\n", "did not find expected key", "此处应是一个键（缩进对齐了吗？）"),
        ("article:\n  title: a: b\n", "mapping values are not allowed", "此处的冒号不能开始一个值"),
    ],
)
def test_yaml_syntax_errors_in_the_readers_language(text: str, english: str, chinese: str) -> None:
    i18n.use("en")
    _, (problem,) = compose(text, "claims.yaml")
    assert problem.message.startswith("YAML syntax error: ") and english in problem.message
    i18n.use("zh_CN")
    _, (problem,) = compose(text, "claims.yaml")
    assert problem.message.startswith("YAML 语法错误：") and chinese in problem.message


@pytest.mark.parametrize(
    ("check", "english", "chinese"),
    [
        ("(a + b", "'(' was never closed", "'(' 没有闭合"),
        ("a + )", "unmatched ')'", "')' 没有对应的开括号"),
        ("a → b", "invalid character '→' (U+2192)", "不允许使用字符 '→'（U+2192）"),
    ],
)
def test_python_syntax_errors_in_the_readers_language(check: str, english: str, chinese: str) -> None:
    for language, words in (("en", f"invalid expression: {english}"), ("zh_CN", f"表达式无效：{chinese}")):
        i18n.use(language)
        with pytest.raises(ExpressionError) as caught:
            parse_expression(check)
        assert str(caught.value.args[0]) == words


def test_a_cached_result_is_not_replayed_in_another_language(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # the engine's sentences (the gap "off by 2") are in the cache: a cache shared by languages would
    # show the first run's English to a Chinese reader
    monkeypatch.delenv("CI", raising=False)
    for name in ("articles/jincheng-politics-law-2016-2020.txt", "claims/jincheng-politics-law-2016-2020.yaml"):
        path = project / name
        path.write_text(path.read_text("utf-8").replace("涉黑性质组织13个", "涉黑性质组织15个"), "utf-8")
    runs = {}
    for language in ("en", "zh_CN", "en"):
        args = ["check", "--lang", language, "--format", "text", "--cache-dir", "cache"]
        runs[language] = CliRunner().invoke(cli, args).output
    assert (project / "cache").is_dir()
    assert "off by 2" in runs["en"] and "差2" not in runs["en"]
    assert "差2" in runs["zh_CN"] and "off by" not in runs["zh_CN"]
