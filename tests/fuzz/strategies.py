"""What the fuzz suite feeds factcheck: hostile text, figures as Chinese and English reports write them, YAML
with tags and anchors, expressions with huge and tiny numbers, and the settings every target runs under.

A small number of examples per target runs in CI (deterministically, so a red build is a real bug and can be
replayed); ``FUZZ_EXAMPLES=5000 pytest tests/fuzz`` runs a long, randomised campaign.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

LONG_RUN = "FUZZ_EXAMPLES" in os.environ
EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "25"))

FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,  # the machine is shared: time per example says nothing here
    derandomize=not LONG_RUN,
    database=None if not LONG_RUN else settings().database,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.function_scoped_fixture,
        HealthCheck.data_too_large,
        HealthCheck.filter_too_much,
    ],
)

# Pieces that have broken (or could break) a terminal, a log, a table, a document or a parser.
HOSTILE = [
    "\x1b[2J",
    "\x1b[H",
    "\x1b[1;32mALL CHECKS PASSED\x1b[0m",
    "\x1b]8;;https://evil.example\x07link\x1b]8;;\x07",
    "\x1b]0;title\x07",
    "\r",
    "\n",
    "\r\n",
    "\t",
    "\x00",
    "\x07",
    "\x08",
    "\x0b",
    "\x0c",
    "\x7f",
    "\x85",
    "\x9b",
    "\u2028",
    "\u2029",
    "\u202e",
    "\u2066",
    "\u200b",
    "\ufeff",
    "\ufffe",
    "\uffff",
    "\U0010fffd",
    "</script>",
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<!--",
    "-->",
    "]]>",
    "<![CDATA[",
    "&amp;",
    "&#0;",
    "&lt;",
    '"',
    "'",
    "|",
    "\\|",
    "\\",
    "`",
    "``",
    "```",
    "*",
    "_",
    "~~",
    "$x$",
    "[x](javascript:alert(1))",
    "![i](http://x/i.png)",
    "<http://x>",
    "# ",
    "> ",
    "- ",
    "1. ",
    "<br>",
    "</td></tr>",
    "| ✅ | forged |",
    "::error::forged",
    "::add-mask::x",
    "%0A",
    "%25",
    "%",
    ",",
    ":",
    "=",
    "{{x}}",
    "${x}",
    "[bold red]",
    "[/]",
    ":smile:",
    "\\u003c",
]

# Figures as the reader meets them, including the ones that stretch it.
FIGURES = [
    "121",
    "13",
    "1,759",
    "29.2%",
    "98%以上",
    "6000多起",
    "15万多件",
    "一百二十一",
    "三千万",
    "二十九点二",
    "5000件左右",
    "超过15000人次",
    "近两成",
    "数十",
    "两三百",
    "约1.5亿元",
    "0.5个百分点",
    "同比增长12.3%",
    "1e5000",
    "0x10",
    "1_000",
    "9" * 35,
    "0." + "0" * 60 + "1",
    "亿亿亿亿亿亿",
    "一万万万万万",
    "more than 6,000",
    "about 1.5 million",
    "nearly 30%",
    "3 in 10",
    "¥1,000",
    "US$2.5bn",
    "-5%",
    "１２３",
    "第3",
    "2019年",
    "2018-2020",
    # forms the reader learned late (each once read silently wrong)
    "2½ million",
    "3斤半",
    "一个半月",
    "千余万元",
    "三到五千元",
    "-£2.1bn",
    "A$1.5bn",
    "港币100元",
    "3万元-5万元",
    "增长—2.3%",
    "dozens of",
    "two and a half million",
    "a 4-fold",
    "十万分之三",
    "1,23,456",
    "22:26:48",
    "5000万元以下（不含）",
    "USD3.14",
    "3倍多",
    "一百来万",
    ".5",
    "3 .5",
    "5 hundred million",
    "1.5 lakh crore",
    "2 million million",
    "5万元以上20万元以下",
    "三年以上十年以下",
    "3.45 bln",
    "longer than 78 weeks",
    "约合",
    "fell by a third",
    "不足一成",
    "①",
    "号-23",
    "USDL-25-1234",
    "“618”",
    "500强",
    "（1/10万）",
    "1,234¹",
    "1.2bn-1.5bn",
    "12,345 (±120)",
    "+/-2.5%",
    "FTSE 100",
]

WORDS = [
    *("共有", "其中", "个", "件", "起", "人", "元", "年", "，", "。", "；", "、", "\n", " ", "the", "cases", "of"),
    *("半", "来", "余", "—", "-", "½", "$", "£", "（不含）", "million", "fold", "by", " to "),
    *("以上", "以下", "“", "”", "《", "》", "(", ")", "±", "fell by ", "in thousands of ", "成"),
]


def _joined(*pools: list[str]) -> st.SearchStrategy[str]:
    pieces = st.one_of(*(st.sampled_from(pool) for pool in pools), st.text(max_size=4))
    return st.lists(pieces, max_size=12).map("".join)


def hostile_text() -> st.SearchStrategy[str]:
    """Text a pull request could put in a title, a quote, an explanation or a file name."""
    return _joined(HOSTILE, FIGURES, WORDS)


def passages() -> st.SearchStrategy[str]:
    """Article-like text: figures among words, with some hostile pieces."""
    return st.lists(
        st.one_of(st.sampled_from(FIGURES), st.sampled_from(WORDS), st.sampled_from(HOSTILE)), max_size=40
    ).map("".join) | st.text(max_size=60)
