"""The rich report without colour is laid out by factcheck.formatters.richplain: the same bytes as rich.

Each test renders one report twice, once by the fast path and once with it refused (so the terminal library
lays it out), and compares the text.  Reports are made at random: ids, messages and quotes mixing English
words, Chinese runs (two cells a character), words longer than a line, blank lines and spaces where a line
breaks; any width from the narrowest the report allows; the tables, the line-per-finding layout of a large
report, and derived values in their three columns or on two lines each.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import factcheck.formatters.rich as rich_format
from factcheck import i18n
from factcheck.findings import ArticleResult, DerivedValue, Disabled, Finding, Kind, Report, Severity, Status
from factcheck.formatters import richplain
from factcheck.formatters.rich import RichFormatter
from factcheck.quantity.interval import Interval

WORDS = st.sampled_from(
    [
        "rule",
        "a",
        "consistent",
        "13 + 73 + 35 = 121 == 121",
        "1,759 <= 6000多起",
        "全市法院共受理各类案件",
        "审结",
        "扫黑除恶专项斗争取得决定性胜利全市共打掉涉黑性质组织十三个",
        "x" * 70,
        "sweep.mafia_organisations",
        "≈",
        "“quoted”",
        "—",
        "  ",
        "",
        "é",
    ]
)
TEXT = st.lists(WORDS, max_size=8).map(" ".join)
LINE_TEXT = st.lists(st.one_of(TEXT, st.just("\n")), max_size=4).map("".join)
SWITCHED_OFF = Disabled("a", "cases.total", "claims/a.yaml", 3, reason="off in config")
ID = st.lists(
    st.sampled_from(["sweep", "cases", "total", "收案", "x" * 45, "a-very-long-rule-identifier"]),
    min_size=1,
    max_size=4,
).map(".".join)


@st.composite
def findings(draw: st.DrawFn, article: str) -> Finding:
    status = draw(st.sampled_from(list(Status)))
    kind = draw(st.sampled_from([Kind.RULE, Kind.CLAIM]))
    return Finding(
        article=article,
        kind=kind,
        id=draw(ID),
        status=status,
        severity=draw(st.sampled_from(list(Severity))),
        message=draw(LINE_TEXT),
        file=draw(st.sampled_from(["rules/a.yaml", "claims/甲.yaml"])),
        line=draw(st.integers(1, 400)),
        exact=draw(st.booleans()),
        claims=tuple(draw(st.lists(st.sampled_from(["c1", "c2", "c3"]), max_size=3, unique=True))),
        detail=draw(st.one_of(st.none(), TEXT)),
        explain=draw(st.one_of(st.none(), TEXT)),
        where=draw(st.one_of(st.none(), st.just("23:140"))),
    )


@st.composite
def articles(draw: st.DrawFn) -> ArticleResult:
    name = draw(st.sampled_from(["a", "jincheng-politics-law-2016-2020"]))
    derived = tuple(
        DerivedValue(
            article=name,
            id=draw(ID),
            expression=draw(TEXT),
            value=Interval.point(Decimal(1)),
            display=draw(st.sampled_from(["1", "6,496–6,518", "99.5%"])),
            error=draw(st.one_of(st.none(), st.just("division by zero"))),
        )
        for _ in range(draw(st.integers(0, 3)))
    )
    return ArticleResult(
        id=name,
        title=draw(st.one_of(TEXT, st.just("晋城市“十三五”政法工作综述"))),
        claims=draw(st.integers(0, 3)),
        rules=draw(st.integers(0, 3)),
        findings=tuple(draw(st.lists(findings(name), max_size=6))),
        derived=derived,
        claims_file=draw(st.one_of(st.none(), st.just("claims/a.yaml"))),
        rules_file=draw(st.one_of(st.none(), st.just("rules/a.yaml"))),
        quotes=draw(st.dictionaries(st.sampled_from(["c1", "c2"]), TEXT, max_size=2)),
        disabled=tuple(draw(st.lists(st.just(SWITCHED_OFF), max_size=1))),
    )


class Refused(RichFormatter):
    """The formatter with the fast path refused: rich lays the report out."""

    def _plain_report(self, report: Report, width: int) -> list[str]:
        raise richplain.Unsupported


@contextmanager
def language(name: str) -> Iterator[None]:
    before = i18n.current()
    i18n.use(name)
    try:
        yield
    finally:
        i18n.use(before)


def both(report: Report, **options: object) -> tuple[str, str]:
    fast, slow = RichFormatter(**options).format(report), Refused(**options).format(report)  # type: ignore[arg-type]
    return fast, slow


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(articles(), min_size=1, max_size=2),
    st.integers(40, 160),
    st.booleans(),
    st.booleans(),
    st.booleans(),
)
def test_the_fast_path_prints_what_rich_prints(
    items: list[ArticleResult], width: int, quiet: bool, lines: bool, chinese: bool
) -> None:
    report = Report(tuple(items))
    with pytest.MonkeyPatch.context() as patch, language("zh_CN" if chinese else "en"):
        if lines:  # the layout of a large report: each finding as lines
            patch.setattr(rich_format, "LINES_ABOVE", 0)
        RichFormatter(width=width, quiet=quiet)._plain_report(report, width)  # taken: nothing here is refused
        fast, slow = both(report, width=width, quiet=quiet)
    assert fast == slow


def test_the_fast_path_lays_out_the_bundled_report_as_rich_does_at_every_width() -> None:
    from factcheck.engine import check
    from factcheck.loader import load
    from tests.helpers import ROOT

    (article,) = load([ROOT / "claims", ROOT / "rules"])
    assert article.text is not None
    edited = article.text.replace("涉黑性质组织13个", "涉黑性质组织15个")
    report = check([article, replace(article, id="edited", text=edited, claim_index={})])
    for width in range(40, 141):
        fast, slow = both(report, width=width)
        assert fast == slow, width
    assert "┏━━━┳" in fast and "derived values" in fast


def test_what_the_fast_path_cannot_lay_out_goes_to_rich() -> None:
    """A derived value's text is a string to rich, read as markup but escaped first: the fast path leaves
    any ``[`` to rich."""
    value = DerivedValue("a", "x[1]", "[b]y[/b] + 1", Interval.point(Decimal(2)), "2")
    article = ArticleResult(id="a", title="t", claims=0, rules=1, findings=(), derived=(value,))
    with pytest.raises(richplain.Unsupported):
        RichFormatter(width=80)._plain_report(Report((article,)), 80)
    fast, slow = both(Report((article,)), width=80)
    assert fast == slow and "[b]y[/b] + 1" in fast
    # An escape code (a report formatted without emit's sanitising): rich keeps codes amid trailing padding.
    coded = ArticleResult(id="a", title="t  \x1b[1m  ", claims=0, rules=0, findings=())
    with pytest.raises(richplain.Unsupported):
        RichFormatter(width=80)._plain_report(Report((coded,)), 80)
    fast, slow = both(Report((coded,)), width=80)
    assert fast == slow and "t  \x1b[1m     a\n" in fast


def test_a_coloured_report_is_still_rich_s() -> None:
    report = Report((ArticleResult(id="a", title="t", claims=0, rules=0, findings=()),))
    assert "\x1b[" in RichFormatter(color=True, width=80).format(report)


def test_the_widths_written_here_are_rich_s_for_every_character_of_their_ranges() -> None:
    from rich.cells import cell_len, chop_cells

    for low, high in (*richplain._NARROW, *richplain._WIDE):
        for code in range(low, high + 1):
            char = chr(code)
            assert richplain.cell_len(char) == cell_len(char), hex(code)
    text = "全市法院共受理各类案件“1,759”件——≈✔ 审结"
    assert richplain.cell_len(text) == cell_len(text)
    for width in range(1, 8):
        assert richplain.chop_cells(text, width) == chop_cells(text, width), width
    for other in ("👍🏽 ok", "e\u0301", "a\u200db", "\x00x"):  # not written here: rich measures them
        assert richplain.cell_len(other) == cell_len(other)


def test_a_plain_report_of_common_characters_does_not_import_rich(tmp_path: Any) -> None:
    import subprocess
    import sys

    probe = (
        "import sys\n"
        "from factcheck.findings import ArticleResult, Report\n"
        "from factcheck.formatters.rich import RichFormatter\n"
        "article = ArticleResult(id='a', title='晋城市“十三五”政法工作综述', claims=1, rules=0, findings=())\n"
        "text = RichFormatter(width=60).format(Report((article,)))\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'rich'), '综述' in text)\n"
    )
    run = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "[] True"


def test_a_derived_value_with_a_blank_expression_takes_the_fast_path() -> None:
    # hypothesis found it: a column whose cells are only spaces shrinks to its padding in rich; the fast path
    # refused it and fell back to rich (the same output, at rich's cost)
    one = Interval(Decimal(1), Decimal(1), True, True)
    derived = (
        DerivedValue("a", "sweep", "  ", one, "1", None),
        DerivedValue("a", "a-very-long-rule-identifier", "", one, "1", None),
        DerivedValue("a", "sweep", "", one, "99.5%", None),
    )
    report = Report((ArticleResult(id="a", title="", claims=0, rules=0, findings=(), derived=derived),))
    plain = RichFormatter(width=40)._plain_report(report, 40)
    fast, slow = both(report, width=40)
    assert plain is not None and fast == slow
