"""The walk's detector of English left in Chinese output: it flags English, and only what english.py exempts
passes (so the walk cannot pass by not looking)."""

from __future__ import annotations

import pytest

from tests.i18n.english import english_left

IDS = {"gang-breakdown", "gangs.total", "rules/jincheng-politics-law-2016-2020.yaml"}


@pytest.mark.parametrize(
    "line",
    [
        "gang-breakdown  holds",
        "15 + 73 + 35 = 123，文中为121：off by 2",
        "1篇文章，65项数据：25 pass",
        "数据项 gangs.total 的 id 重复",
        "two digits swapped",
        "factcheck：错误：Permission denied: claims/a.yaml",
        "错误：'--jobs' / '-j' 的值无效：'abc' is not a valid integer range.",
        "Directory 'afile' 是文件",
    ],
)
def test_english_is_found(line: str) -> None:
    assert english_left(line, IDS) != []


@pytest.mark.parametrize(
    "line",
    [
        "gang-breakdown  不成立",  # an id
        "gangs.total 的 value: 必须是数",  # a claim id, a key of the claims file written as a key
        "rules/jincheng-politics-law-2016-2020.yaml:19",  # a file and its line
        "ml",  # the tail of a file name a narrow column cut in two ...
        "yaml:19",  # ... and with the line
        "用 --format 写入 report.sarif",  # an option, a file name
        "--format [rich|text|json]  报告格式",  # a choice list
        "paths: 必须是列表；值必须是 off、error、warning 或 never",  # a key and the values keys take
        "把报告写入文件 FILE（PATHS...）",  # metavars
        "98%以上 读作 [98, inf) %",  # an interval's infinite end
        "GitHub Actions 中；YAML 语法错误；JUnit 测试报告",  # names the interface never translates
    ],
)
def test_what_english_py_exempts_passes(line: str) -> None:
    assert english_left(line, IDS) == []


def test_an_exempt_word_in_a_sentence_does_not_hide_the_sentence() -> None:
    left = english_left("gang-breakdown fails: off by 2", IDS)
    assert left and "fails" in left[0] and "gang-breakdown" not in left[0].split("<-")[1]


def test_what_the_user_wrote_may_be_quoted_back_only_when_the_caller_says_so() -> None:
    assert english_left("数据项 gangs.total：没有字段 'valu'（是不是 'value'？）", IDS) != []
    assert english_left("数据项 gangs.total：没有字段 'valu'（是不是 'value'？）", {*IDS, "valu", "value"}) == []
