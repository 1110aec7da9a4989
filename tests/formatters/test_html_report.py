"""The HTML page: passing rules folded, failing rules linked to their figures in the article and back, and the
article's language and title."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from click.testing import CliRunner

from factcheck.cli import cli


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.hrefs: list[str] = []
        self.html_lang: str | None = None
        self.title = ""
        self._in_title = False
        self.stack: list[str] = []
        self.passing_rows_in_details = 0
        self.passing_rows_outside = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        self.stack.append(tag)
        if values.get("id"):
            self.ids.add(str(values["id"]))
        if tag == "a" and values.get("href"):
            self.hrefs.append(str(values["href"]))
        if tag == "html":
            self.html_lang = values.get("lang")
        if tag == "title":
            self._in_title = True
        if tag == "tr" and values.get("class") == "pass":
            if "details" in self.stack:
                self.passing_rows_in_details += 1
            else:
                self.passing_rows_outside += 1

    def handle_endtag(self, tag: str) -> None:
        while self.stack and self.stack.pop() != tag:
            pass
        if tag == "title":
            self._in_title = False

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data


def page(project: Path) -> tuple[str, _Links]:
    for name in ("articles/jincheng-politics-law-2016-2020.txt", "claims/jincheng-politics-law-2016-2020.yaml"):
        path = project / name
        path.write_text(path.read_text("utf-8").replace("涉黑性质组织13个", "涉黑性质组织15个"), "utf-8")
    out = CliRunner().invoke(cli, ["check", "--format", "html"]).stdout
    links = _Links()
    links.feed(out)
    return out, links


def test_lang_and_title_come_from_the_article(project: Path) -> None:
    _, links = page(project)
    assert links.html_lang == "zh"
    assert links.title == "晋城市“十三五”政法工作综述 · factcheck"


def test_passing_rules_are_folded(project: Path) -> None:
    out, links = page(project)
    assert links.passing_rows_in_details == 25 and links.passing_rows_outside == 0
    assert "<summary>25 passing</summary>" in out


def test_failing_rule_links_to_its_figures_and_the_figures_link_back(project: Path) -> None:
    out, links = page(project)
    assert all(href.startswith("#") and href[1:] in links.ids for href in links.hrefs)  # every anchor resolves
    row = re.search(r'<tr class="fail" id="([\w-]+)">(.*?)</tr>', out)
    assert row is not None
    figure_links = re.findall(r'<a href="#([\w-]+)">([^<]+)</a>', row.group(2))
    assert [text for _, text in figure_links] == ["15个", "73个", "35个", "121个"]
    for anchor, _ in figure_links:
        mark = re.search(rf'<a href="#{row.group(1)}"><mark class="fail" id="{anchor}"', out)
        assert mark is not None, anchor  # the figure in the article links back to the failing rule
