"""HTML (the standard library's tokenizer): a saved web page's main text, without navigation or boilerplate.

Python's ``html.parser`` reports the line and column of every run of text, entities included, so every
character of the extracted text keeps its place in the file; no HTML library we could use (lxml gives lines
only, selectolax and trafilatura nothing) does that. The reader:

- decodes the page as its byte-order mark or ``<meta charset>`` says (``gb2312`` and ``gbk`` as GB18030, their
  superset), else as UTF-8;
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
from dataclasses import dataclass, field
from html.parser import HTMLParser

from factcheck.documents.builder import Builder, DocumentError, Piece, Position, collapse_spaces
from factcheck.documents.model import Document

_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"}
_NEVER_TEXT = {
    "script", "style", "noscript", "template", "iframe", "svg", "canvas", "form", "select", "button", "textarea",
    "nav", "header", "footer", "aside", "head", "object", "audio", "video", "map", "dialog",
}  # fmt: skip
# Class or id words that name boilerplate for certain, and words that only may (a "top" wrapper can hold it all).
_BOILERPLATE = re.compile(
    r"(?:^|[-_\s])(?:nav|navbar|menu|footer|foot|bottom|breadcrumbs?|crumbs?|sidebar|share|bdshare|toolbar|"
    r"copyright|banner|topbar|login|advert|qrcode|ewm|weixin|wechat|friendlinks?|pagination)(?:$|[-_\s\d])",
    re.IGNORECASE,
)
_MAYBE_BOILERPLATE = re.compile(
    r"(?:^|[-_\s])(?:position|location|side|tools|top|search|related|comments?|ads?|print|links?|pager?|skip)"
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
    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.root = _Element("#root", {})
        self.stack: list[_Element] = [self.root]

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
        self.stack[-1].children.append(_Text(text, Position(line, column + 1)))

    def handle_data(self, data: str) -> None:
        self._text(data)

    def handle_entityref(self, name: str) -> None:
        self._text(html.unescape(f"&{name};") if not name.endswith(";") else html.unescape(f"&{name}"))

    def handle_charref(self, name: str) -> None:
        self._text(html.unescape(f"&#{name};"))


def decode_html(data: bytes, path: str) -> str:
    """The page's text, in the encoding its byte-order mark or ``<meta charset>`` declares, else UTF-8."""
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
    try:
        codecs.lookup(codec)
    except LookupError:
        raise DocumentError(path, f"declares an unknown character set {codec!r}: save the page as UTF-8") from None
    try:
        return data.decode(codec)
    except UnicodeDecodeError as error:
        before = data[: error.start]
        line = before.count(b"\n") + 1
        column = len(before[before.rfind(b"\n") + 1 :].decode("utf-8", "replace")) + 1  # in characters
        raise DocumentError(path, f"is not valid {codec} text: save the page as UTF-8", line, column) from None


def read(data: bytes, path: str) -> Document:
    source = decode_html(data, path)
    parser = _TreeBuilder()
    try:
        parser.feed(source)
        parser.close()
    except Exception:  # the tokenizer is lenient; anything it still refuses is not a web page
        raise DocumentError(path, "could not be read as HTML") from None
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
    document = builder.document(title=title or builder.leading_heading(), language=language)
    if not document.text.strip():
        raise DocumentError(
            path, "has no main text (only navigation, scripts or nothing at all): save the article's own page"
        )
    return document


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
            if (child.tag in _NEVER_TEXT and child.tag not in ("header", "footer")) or _is_boilerplate(child, total):
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
    if any(_find(element, tag) is not None for tag in ("h1", "article", "main")):
        return False
    return certain or element.text_length(links=False) * 2 < total


def _main(body: _Element) -> _Element:
    """The smallest element that still holds three quarters of its parent's non-link text, from the body down."""
    node = body
    while True:
        own = node.text_length(links=False)
        children = [c for c in node.children if isinstance(c, _Element)]
        if not children or own == 0:
            return node
        best = max(children, key=lambda c: c.text_length(links=False))
        if best.text_length(links=False) * 4 < own * 3 or best.tag in ("p", "td", "li", "tr", "table"):
            return node
        node = best


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


class _Emitter:
    def __init__(self, builder: Builder) -> None:
        self.builder = builder
        self.pieces: list[Piece] = []
        self.heading: int | None = None
        self.row: list[list[Piece]] | None = None

    def flush(self) -> None:
        if self.pieces and self.row is None:
            self.builder.block(collapse_spaces(self.pieces), heading=self.heading)
        self.pieces = []


def _emit(element: _Element, builder: Builder) -> None:
    emitter = _Emitter(builder)
    _walk(element, emitter)
    emitter.flush()
    builder.end_table()


def _walk(element: _Element, emitter: _Emitter) -> None:
    tag = element.tag
    if tag == "tr" and emitter.row is None:
        emitter.flush()
        emitter.row = []
        for child in element.children:
            if isinstance(child, _Element) and child.tag in ("td", "th"):
                cell: list[Piece] = []
                _cell(child, cell)
                emitter.row.append(collapse_spaces(cell))
        row, emitter.row = emitter.row, None
        emitter.builder.row(row)
        return
    if tag == "table":
        emitter.flush()
        emitter.builder.end_table()
    if tag in ("li", "ul", "ol") and _all_links(element):
        return  # a list of links: related articles, a menu
    block = tag in _BLOCKS
    if block:
        emitter.flush()
        if tag in _HEADINGS:
            emitter.heading = _HEADINGS[tag]
    for child in element.children:
        if isinstance(child, _Text):
            emitter.pieces.append(Piece(child.text, child.at))
        elif child.tag == "img":
            continue
        else:
            _walk(child, emitter)
    if block:
        emitter.flush()
        emitter.heading = None
    if tag == "table":
        emitter.builder.end_table()


def _cell(element: _Element, pieces: list[Piece]) -> None:
    for child in element.children:
        if isinstance(child, _Text):
            pieces.append(Piece(child.text, child.at))
        else:
            if child.tag in _BLOCKS:
                pieces.append(Piece(" "))
            _cell(child, pieces)


def _all_links(element: _Element) -> bool:
    total = element.text_length()
    return total > 0 and element.text_length(links=False) == 0
