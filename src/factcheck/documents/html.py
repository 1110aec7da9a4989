"""HTML (the standard library's tokenizer): a saved web page's main text, without navigation or boilerplate.

Python's ``html.parser`` reports the line and column of every run of text, entities included, so every
character of the extracted text keeps its place in the file; no HTML library we could use (lxml gives lines
only, selectolax and trafilatura nothing) does that. The reader:

- decodes the page as its byte-order mark or ``<meta charset>`` says (``gb2312`` and ``gbk`` as GB18030, their
  superset), else as UTF-8; bytes that are valid UTF-8 are UTF-8 whatever the page declares (a page saved again
  as UTF-8 keeps its old declaration);
- builds the element tree (closing ``p``, ``li``, ``td`` and ``tr`` where HTML closes them implicitly);
- drops what is never article text (scripts, styles, forms, ``nav``, ``header``, ``footer``, ``aside``, and
  blocks whose class or id says navigation, breadcrumb, footer, sidebar, share or copyright);
- takes the main text from the smallest element that still holds most of the page's non-link text (the
  ``div`` a government site puts its article in), plus the page's ``h1`` as the first heading;
- makes each paragraph, heading, list item and ``<br>``-separated line one block, and each table row one line
  with its cells joined by `` | ``; whitespace collapses as a browser shows it, except that a line break
  between Chinese characters joins them with nothing.

A page with no main text left is a clear error. Positions are the HTML file's own ``line:column``.
"""

from __future__ import annotations

import codecs
import html
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from html.parser import HTMLParser

from factcheck.documents.builder import (
    LINE_BREAK,
    Builder,
    DocumentError,
    Piece,
    Position,
    collapse_spaces,
    set_in,
    superscript,
)
from factcheck.documents.model import Document
from factcheck.i18n import _

_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"}
_NEVER_TEXT = {
    "script", "style", "noscript", "template", "iframe", "svg", "canvas", "form", "select", "button", "textarea",
    "nav", "header", "footer", "aside", "head", "object", "audio", "video", "map", "dialog",
}  # fmt: skip
# Class or id words that name boilerplate for certain, and words that only may (a "top" wrapper can hold it all).
_BOILERPLATE = re.compile(
    r"(?:^|[-_\s])(?:nav|navbar|menu|footer|foot|bottom|breadcrumbs?|crumbs?|sidebar|share|bdshare|toolbar|"
    r"copyright|banner|topbar|login|advert|qrcode|ewm|weixin|wechat|friendlinks?|pagination|navigation|feedback|"
    r"cookies?|cookie-banner|skip-link|print-link|contents-list|dqwz|xgwz|xglj|xgxw|fenxiang|dayin)(?:$|[-_\s\d])",
    re.IGNORECASE,
)
_MAYBE_BOILERPLATE = re.compile(
    r"(?:^|[-_\s])(?:position|location|side|tools|top|search|related|comments?|ads?|print|links?|pager?|skip|"
    r"metadata|meta|btn|buttons?)"
    r"(?:$|[-_\s\d])",
    re.IGNORECASE,
)
_BLOCKS = {
    "address", "article", "blockquote", "body", "caption", "center", "dd", "details", "div", "dl", "dt",
    "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "li", "main", "ol", "p", "pre", "section",
    "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "br", "html",
}  # fmt: skip
_CLOSES_P = _BLOCKS - {"br", "td", "th", "tr", "tbody", "thead", "tfoot", "caption", "body", "html"}
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_MAX_DEPTH = 512
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


@dataclass
class _Text:
    text: str
    at: Position


@dataclass
class _Element:
    tag: str
    attrs: dict[str, str]
    parent: _Element | None = None
    children: list[_Element | _Text] = field(default_factory=list)
    lengths: dict[bool, int] = field(default_factory=dict)  # text_length, computed once

    def text_length(self, links: bool = True) -> int:
        """Characters of text inside, without whitespace; without link text when ``links`` is False."""
        if links not in self.lengths:
            total = 0
            for child in self.children:
                if isinstance(child, _Text):
                    total += len("".join(child.text.split()))
                elif links or child.tag != "a":
                    total += child.text_length(links)
            self.lengths[links] = total
        return self.lengths[links]

    def forget_lengths(self) -> None:
        self.lengths.clear()
        for child in self.children:
            if isinstance(child, _Element):
                child.forget_lengths()


class _TreeBuilder(HTMLParser):
    def __init__(self, first_line: int = 1) -> None:
        super().__init__(convert_charrefs=False)
        self.root = _Element("#root", {})
        self.stack: list[_Element] = [self.root]
        self.lines_before = first_line - 1  # markup inside another file (HTML in Markdown) starts on this line

    def _close(self, tag: str, until: tuple[str, ...] = ()) -> None:
        """Close the nearest open ``tag`` (and what is open inside it), unless one of ``until`` comes first."""
        for index in range(len(self.stack) - 1, 0, -1):
            name = self.stack[index].tag
            if name == tag:
                del self.stack[index:]
                return
            if name in until:
                return

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _CLOSES_P:
            self._close("p", ("table", "li", "div", "td", "th", "blockquote"))
        if tag == "li":
            self._close("li", ("ul", "ol"))
        elif tag in ("dt", "dd"):
            self._close("dt", ("dl",))
            self._close("dd", ("dl",))
        elif tag in ("td", "th"):
            self._close("td", ("tr", "table"))
            self._close("th", ("tr", "table"))
        elif tag == "tr":
            self._close("tr", ("table",))
        element = _Element(tag, {k: v or "" for k, v in attrs}, self.stack[-1])
        self.stack[-1].children.append(element)
        if tag not in _VOID and len(self.stack) < _MAX_DEPTH:
            self.stack.append(element)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = _Element(tag, {k: v or "" for k, v in attrs}, self.stack[-1])
        self.stack[-1].children.append(element)

    def handle_endtag(self, tag: str) -> None:
        if tag == "br":  # </br> is a <br> to browsers
            self.handle_startendtag("br", [])
            return
        self._close(tag)

    def _text(self, text: str) -> None:
        line, column = self.getpos()
        self.stack[-1].children.append(_Text(text, Position(line + self.lines_before, column + 1)))

    def handle_data(self, data: str) -> None:
        self._text(data)

    def handle_entityref(self, name: str) -> None:
        self._text(html.unescape(f"&{name};") if not name.endswith(";") else html.unescape(f"&{name}"))

    def handle_charref(self, name: str) -> None:
        self._text(html.unescape(f"&#{name};"))


def decode_html(data: bytes, path: str) -> str:
    """The page's text, in the encoding its byte-order mark or ``<meta charset>`` declares, else UTF-8; bytes that
    are valid UTF-8 are read as UTF-8 whatever the page declares."""
    for bom, codec in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return data.decode(codec, errors="replace")
    declared = _CHARSET.search(data[:4096])
    codec = declared.group(1).decode("ascii").lower() if declared else "utf-8"
    if codec in ("gb2312", "gbk", "gb_2312-80", "x-gbk", "cp936"):
        codec = "gb18030"
    if codec not in ("utf-8", "utf8") and not data.isascii():
        try:
            # A page saved again as UTF-8 often keeps its old <meta charset=gb2312>. Text in GBK (or Latin-1) is
            # practically never valid UTF-8, while UTF-8 read as GB18030 turns silently into other characters.
            return data.decode("utf-8")
        except UnicodeDecodeError:
            pass
    try:
        codecs.lookup(codec)
    except LookupError:
        raise DocumentError(
            path, _("declares an unknown character set {charset!r}: save the page as UTF-8").format(charset=codec)
        ) from None
    try:
        return data.decode(codec)
    except UnicodeDecodeError as error:
        before = data[: error.start]
        line = before.count(b"\n") + 1
        column = len(before[before.rfind(b"\n") + 1 :].decode("utf-8", "replace")) + 1  # in characters
        raise DocumentError(
            path, _("is not valid {charset} text: save the page as UTF-8").format(charset=codec), line, column
        ) from None


def read(data: bytes, path: str) -> Document:
    source = decode_html(data, path)
    parser = _TreeBuilder()
    try:
        parser.feed(source)
        parser.close()
    except Exception:  # the tokenizer is lenient; anything it still refuses is not a web page
        raise DocumentError(path, _("could not be read as HTML")) from None
    root = parser.root
    title = _title(root)
    language = _language(root)
    body = _find(root, "body") or root
    total = body.text_length(links=False)
    _prune(body, total)
    body.forget_lengths()
    main = _main(body)
    builder = Builder(path, "html")
    heading = _page_heading(body, main)
    if heading is not None:
        _emit(heading, builder)
    _emit(main, builder)
    for notes in _note_lists(body):
        if not _inside(notes, main) and not _inside(main, notes):
            _emit(notes, builder)
    document = builder.document(title=title or builder.leading_heading(), language=language)
    if not document.text.strip():
        raise DocumentError(
            path, _("has no main text (only navigation, scripts or nothing at all): save the article's own page")
        )
    return document


def read_fragment(markup: str, builder: Builder, first_line: int) -> None:
    """Markup inside another document (a table set in HTML in a Markdown file, for its spans): its text as a
    page's is read, positioned in the file from ``first_line`` on. Scripts, styles and comments are no text."""
    parser = _TreeBuilder(first_line)
    try:
        parser.feed(markup)
        parser.close()
    except Exception:  # the tokenizer is lenient; markup it still refuses has no text to read
        return
    _drop_never_text(parser.root)
    _emit(parser.root, builder)


def _drop_never_text(element: _Element) -> None:
    element.children = [
        child
        for child in element.children
        if isinstance(child, _Text) or not (child.tag in _NEVER_TEXT or _hidden(child))
    ]
    for child in element.children:
        if isinstance(child, _Element):
            _drop_never_text(child)


def _note_lists(element: _Element) -> list[_Element]:
    """The page's footnote and endnote lists (Word's ``mso-element:footnote-list``, ``class="footnotes"``)."""
    found: list[_Element] = []
    for child in element.children:
        if not isinstance(child, _Element):
            continue
        style = child.attrs.get("style", "").replace(" ", "").lower()
        names = f"{child.attrs.get('class', '')} {child.attrs.get('role', '')}".lower()
        word = "mso-element:footnote-list" in style or "mso-element:endnote-list" in style
        if word or "doc-endnotes" in names or re.search(r"(?:^|\s)(?:footnotes|endnotes)(?:$|\s)", names):
            found.append(child)
        else:
            found.extend(_note_lists(child))
    return found


def _find(element: _Element, tag: str) -> _Element | None:
    for child in element.children:
        if isinstance(child, _Element):
            if child.tag == tag:
                return child
            found = _find(child, tag)
            if found is not None:
                return found
    return None


def _plain(element: _Element) -> str:
    parts: list[str] = []
    for child in element.children:
        parts.append(child.text if isinstance(child, _Text) else _plain(child))
    return " ".join("".join(parts).split())


def _title(root: _Element) -> str | None:
    title = _find(root, "title")
    text = _plain(title) if title is not None else ""
    return text or None


def _language(root: _Element) -> str | None:
    page = _find(root, "html")
    lang = page.attrs.get("lang", "") if page is not None else ""
    prefix = lang.split("-")[0].lower()
    return prefix if prefix in ("zh", "en") else None


def _prune(element: _Element, total: int) -> None:
    """Remove what is never article text; a block named like boilerplate goes unless it holds most of the text."""
    kept: list[_Element | _Text] = []
    for child in element.children:
        if isinstance(child, _Element):
            if (
                (child.tag in _NEVER_TEXT and child.tag not in ("header", "footer"))
                or _hidden(child)
                or _is_boilerplate(child, total)
                or _link_list(child, total)
            ):
                continue
            _prune(child, total)
        kept.append(child)
    element.children = kept


def _is_boilerplate(element: _Element, total: int) -> bool:
    """Never text, by its tag or name; an element that holds the article's heading is never boilerplate."""
    names = f"{element.attrs.get('class', '')} {element.attrs.get('id', '')}".strip()
    certain = element.tag in ("nav", "footer") or bool(names and _BOILERPLATE.search(names))
    maybe = element.tag in ("header", "aside") or bool(names and _MAYBE_BOILERPLATE.search(names))
    if not certain and not maybe:
        return False
    if element.tag in ("h1", "article", "main") or (maybe and not certain and element.tag in _HEADINGS):
        return False
    if any(_find(element, tag) is not None for tag in ("h1", "article", "main")):
        return False
    return certain or element.text_length(links=False) * 2 < total


_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden|mso-hide\s*:\s*all", re.IGNORECASE)
_LINK_CONTAINERS = {"div", "ul", "ol", "section", "dl", "table", "tbody", "td", "span", "center", "p"}


_SCREEN_READER_ONLY = re.compile(
    r"(?:^|\s)(?:[a-z]+-)?(?:visually-?hidden|sr-only|screen-?reader-(?:text|only)|element-invisible|d-none)"
    r"(?:$|\s)",
    re.IGNORECASE,
)


def _hidden(element: _Element) -> bool:
    """Text a browser does not show: Word's hidden text (``mso-hide:all``, ``display:none``), and text set
    for screen readers only (GOV.UK's ``govuk-visually-hidden`` "Year ending March 2024: " before each figure
    of a table, ``sr-only``, WordPress's ``screen-reader-text``)."""
    return (
        "hidden" in element.attrs
        or bool(_HIDDEN_STYLE.search(element.attrs.get("style", "")))
        or bool(_SCREEN_READER_ONLY.search(element.attrs.get("class", "")))
    )


def _link_list(element: _Element, total: int) -> bool:
    """A block that is mostly links (related articles, a sidebar, a site map): no article text."""
    if element.tag not in _LINK_CONTAINERS:
        return False
    text = element.text_length()
    if text < 8:
        return False
    own = element.text_length(links=False)
    if own * 2 > text or own * 2 >= total:
        return False
    return not any(_find(element, tag) is not None for tag in ("h1", "article", "main"))


def _main(body: _Element) -> _Element:
    """The smallest element that still holds three quarters of its parent's non-link text, from the body down,
    and the page's ``h1`` with it where they share a container (a lead paragraph between them is text too)."""
    node = body
    title = _find(body, "h1")
    if title is not None and title.text_length(links=False) < 4:
        title = None
    while True:
        own = node.text_length(links=False)
        children = [c for c in node.children if isinstance(c, _Element)]
        if not children or own == 0:
            return node
        best = max(children, key=lambda c: c.text_length(links=False))
        if best.text_length(links=False) * 4 < own * 3 or best.tag in ("p", "li"):
            return node
        if best.tag in ("td", "th", "tr", "table", "tbody", "thead") and not _layout(_table_of(best)):
            return node
        if title is not None and _inside(title, node) and not _inside(title, best):
            return node
        node = best


def _table_of(element: _Element) -> _Element:
    node: _Element | None = element
    while node is not None and node.tag != "table":
        node = node.parent
    return node or element


def _layout(table: _Element) -> bool:
    """A table that lays a page out rather than holding data: it nests a table, or one cell holds most of
    its text and that is long (the whole article in a cell, as older government sites put it)."""
    if table.tag != "table":
        return False
    total = table.text_length()
    longest = 0
    for cell in _cells(table):
        if _find(cell, "table") is not None and cell.text_length():
            return True
        longest = max(longest, cell.text_length())
    return longest > 150 and longest * 2 > total


def _cells(table: _Element) -> list[_Element]:
    found: list[_Element] = []
    for row in _rows(table):
        found.extend(c for c in row.children if isinstance(c, _Element) and c.tag in ("td", "th"))
    return found


def _rows(table: _Element) -> list[_Element]:
    """The table's own rows (inside thead, tbody and tfoot too), not those of tables nested in its cells, in
    the order a browser shows them: the head first, the foot last (HTML 4 wrote <tfoot> before <tbody>)."""
    head: list[_Element] = []
    rows: list[_Element] = []
    foot: list[_Element] = []
    for child in table.children:
        if isinstance(child, _Element):
            if child.tag == "tr":
                rows.append(child)
            elif child.tag in ("thead", "tbody", "tfoot"):
                found = [c for c in child.children if isinstance(c, _Element) and c.tag == "tr"]
                {"thead": head, "tbody": rows, "tfoot": foot}[child.tag].extend(found)
    return head + rows + foot


def _page_heading(body: _Element, main: _Element) -> _Element | None:
    """The page's first ``h1``, when it stands before the main text rather than inside it."""
    heading = _find(body, "h1")
    if heading is None or _inside(heading, main):
        return None
    return heading


def _inside(element: _Element, container: _Element) -> bool:
    node: _Element | None = element
    while node is not None:
        if node is container:
            return True
        node = node.parent
    return False


_BOILERPLATE_LINE = re.compile(
    r"^\s*(?:当前位置|您现在的位置|你现在的位置|您的位置|你的位置|您所在的位置|所在位置)\s*[:：]"
    r"|浏览(?:次数|量)|点击(?:数|量|率|次数)?\s*[:：]|阅读(?:次数|量)\s*[:：]|访问(?:量|次数)|【?\s*字[体号]\s*[:：]"
    r"|ICP备|ICP证|公网安备|网站标识码|版权所有|copyright|©|主办单位\s*[:：]|承办单位\s*[:：]|技术支持\s*[:：]"
    r"|^\s*(?:(?:发布|发表|更新|录入)(?:时间|日期)|信息来源|来源|作者|责任编辑|编辑)\s*[:：]"
    r"|^\s*\d{4}[-年/.]\d{1,2}[-月/.]\d{1,2}日?\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:来源|作者|发布|字号|浏览)",
    re.IGNORECASE,
)
_TOOL_WORDS = re.compile(
    r"打印本页|打印|关闭窗口|关闭本页|关闭|返回顶部|返回|收藏本页|加入收藏|收藏|分享到|分享|保存本页|字体|大|中|小|默认|"
    r"print this page|print|share this page|share|back to top|is this page useful\??|yes|no|"
    r"report a problem with this page|[【】\[\]()（）|｜/·•:：\s]",
    re.IGNORECASE,
)
_MAX_BOILERPLATE_LINE = 160


def boilerplate_line(text: str) -> bool:
    """A short block that only a site's frame writes: where you are, when it was posted and how often read,
    print and close buttons, the site's registration and copyright lines."""
    if not text.strip() or len(text) > _MAX_BOILERPLATE_LINE:
        return False
    if not _TOOL_WORDS.sub("", text):
        return True
    return bool(_BOILERPLATE_LINE.search(text))


class _Emitter:
    def __init__(self, builder: Builder) -> None:
        self.builder = builder
        self.pieces: list[Piece] = []
        self.heading: int | None = None
        self.in_table = 0

    def flush(self) -> None:
        if self.pieces:
            pieces = collapse_spaces(self.pieces)
            if not boilerplate_line("".join(p.text for p in pieces)):
                self.builder.block(pieces, heading=self.heading)
        self.pieces.clear()  # in place: the walk appends to this very list


def _emit(element: _Element, builder: Builder) -> None:
    emitter = _Emitter(builder)
    _walk(element, emitter)
    emitter.flush()
    builder.end_table()


def _walk(element: _Element, emitter: _Emitter) -> None:
    tag = element.tag
    if tag == "table" and not _layout(element):
        emitter.flush()
        emitter.builder.end_table()
        if not _metadata_table(element):
            _table(element, emitter.builder)
        emitter.builder.end_table()
        return
    if tag in ("li", "ul", "ol") and _all_links(element):
        return  # a list of links: related articles, a menu
    block = tag in _BLOCKS
    if block:
        emitter.flush()
        if tag in _HEADINGS:
            emitter.heading = _HEADINGS[tag]
    _inline(element, emitter.pieces, lambda child: _walk(child, emitter))
    if block:
        emitter.flush()
        emitter.heading = None


def _inline(element: _Element, pieces: list[Piece], descend: Callable[[_Element], None]) -> None:
    """The element's children: text as pieces, superscripts as :func:`superscript` says, the rest descended."""
    for child in element.children:
        if isinstance(child, _Text):
            pieces.append(Piece(child.text, child.at))
        elif child.tag == "img" or _backlink(child) or _note_link(child):
            continue
        elif child.tag == "sup":
            _superscript(child, pieces)
        else:
            descend(child)


def _superscript(element: _Element, pieces: list[Piece]) -> None:
    """A footnote reference is left out; other superscripts as :func:`superscript` decides."""
    if _note_reference(element):
        return
    texts = _texts(element)
    if not texts:
        return
    before = "".join(p.text for p in pieces[-4:]).rstrip()
    mark = superscript(before, "".join(t.text for t in texts))
    if mark:
        start = texts[0].at.after(texts[0].text[: len(texts[0].text) - len(texts[0].text.lstrip())])
        pieces.append(Piece(mark, start))


def _texts(element: _Element) -> list[_Text]:
    found: list[_Text] = []
    for child in element.children:
        if isinstance(child, _Text):
            found.append(child)
        else:
            found.extend(_texts(child))
    return found


def _note_reference(element: _Element) -> bool:
    """A ``<sup>`` that links to a note (``<a href="#fn:1">``) or says it is one (``role="doc-noteref"``)."""
    for node in [element, *_descendants(element)]:
        names = f"{node.attrs.get('class', '')} {node.attrs.get('role', '')} {node.attrs.get('id', '')}".lower()
        if "noteref" in names or "footnote" in names or "fnref" in names or "endnote" in names:
            return True
        if node.tag == "a" and node.attrs.get("href", "").startswith("#"):
            return True
    return False


_NOTE_HREF = re.compile(r"^#_?(?:ftn|edn|fn|footnote|endnote|note)[-_:]?\d", re.IGNORECASE)


def _note_link(element: _Element) -> bool:
    """A link to a footnote or endnote, as Word (``#_ftn1``) and Markdown converters (``#fn:1``) write it."""
    if element.tag == "a":
        return bool(_NOTE_HREF.match(element.attrs.get("href", "")))
    names = element.attrs.get("class", "").lower()
    return element.tag == "span" and ("footnotereference" in names or "endnotereference" in names)


def _backlink(element: _Element) -> bool:
    """A footnote's link back to where it was referenced (``↩``)."""
    names = f"{element.attrs.get('class', '')} {element.attrs.get('role', '')}".lower()
    return element.tag == "a" and ("reversefootnote" in names or "backlink" in names)


def _descendants(element: _Element) -> list[_Element]:
    found: list[_Element] = []
    for child in element.children:
        if isinstance(child, _Element):
            found.append(child)
            found.extend(_descendants(child))
    return found


def _metadata_table(table: _Element) -> bool:
    """A government page's information-disclosure panel (索引号, 发布机构, 文号): the page's metadata."""
    text = "".join(_plain(table).split())
    return "索引号" in text and any(word in text for word in ("发布机构", "发文机关", "主题分类", "文号", "发文字号"))


def _table(table: _Element, builder: Builder) -> None:
    """Each row one line; a cell that spans rows or columns leaves empty cells where it reaches, so every
    row's cells stay under their columns."""
    for child in table.children:
        if isinstance(child, _Element) and child.tag == "caption":
            pieces: list[Piece] = []
            _cell(child, pieces)
            builder.block(collapse_spaces(pieces))
    carried: dict[int, int] = {}  # column -> rows a cell above still covers
    rows: list[list[list[Piece]]] = []
    marked = 0  # leading rows in <thead>, or of <th> cells only: the header the page declared
    for row in _rows(table):
        cells: list[list[Piece]] = []
        if marked == len(rows) and _header_row(row):
            marked += 1
        for child in row.children:
            if not isinstance(child, _Element) or child.tag not in ("td", "th") or _hidden(child):
                continue
            _carry(carried, cells)
            content: list[Piece] = []
            _cell(child, content)
            column = len(cells)
            indent = set_in(content)  # a sub-row's label set in by ideographic spaces keeps them (Builder.row)
            cells.append([Piece(indent), *collapse_spaces(content)] if indent else collapse_spaces(content))
            across = _span(child, "colspan")
            down = _span(child, "rowspan")
            for offset in range(across):
                if down > 1:
                    carried[column + offset] = down - 1
                if offset:
                    cells.append([])
        _carry(carried, cells)
        rows.append(cells)
    builder.table(rows, marked)


def _header_row(row: _Element) -> bool:
    if row.parent is not None and row.parent.tag == "thead":
        return True
    cells = [c for c in row.children if isinstance(c, _Element) and c.tag in ("td", "th")]
    return bool(cells) and all(c.tag == "th" for c in cells)


def _carry(carried: dict[int, int], cells: list[list[Piece]]) -> None:
    """Empty cells where cells of rows above reach down into this row."""
    while carried.get(len(cells), 0) > 0:
        carried[len(cells)] -= 1
        cells.append([])


def _span(cell: _Element, name: str) -> int:
    value = cell.attrs.get(name, "1").strip()
    return min(int(value), 1000) if value.isdigit() and int(value) > 0 else 1


def _cell(element: _Element, pieces: list[Piece]) -> None:
    def descend(child: _Element) -> None:
        if child.tag in _BLOCKS:
            pieces.append(Piece(LINE_BREAK))  # <br>, a second <p>: 85<br>120 is two figures, never 85 120
        _cell(child, pieces)

    _inline(element, pieces, descend)


def _all_links(element: _Element) -> bool:
    total = element.text_length()
    return total > 0 and element.text_length(links=False) == 0
