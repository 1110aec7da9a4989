"""Documents written for the tests: the same blocks as PDF, Word, HTML and Markdown.

A block is ``("h", text)`` (a heading), ``("p", text)`` (a paragraph) or ``("table", rows)``. PDFs are laid
out here, line by line, with reportlab's built-in Chinese font (STSong-Light needs no font file): lines break
wherever the column is full, inside figures too, which is what the PDF reader must undo.
"""

from __future__ import annotations

import html
import io
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

Block = tuple[str, Any]
FONT = "STSong-Light"


def article_blocks(text: str) -> list[Block]:
    """The bundled article's lines as blocks: short lines without a sentence end are headings."""
    blocks: list[Block] = []
    for line in text.splitlines():
        if not line.strip():
            continue
        heading = len(line) <= 20 and not re.search(r"[。,;:!?]", line) and not line.startswith("□")
        blocks.append(("h" if heading else "p", line))
    return blocks


# -- PDF -----------------------------------------------------------------------------------------------

_SECTORS = ("农业", "工业", "建筑业", "批发零售", "交通运输", "金融", "房地产", "教育", "卫生", "文化旅游")


def communique_blocks(sections: int) -> list[Block]:
    """A statistical communiqué of ``sections`` sections: each a heading, three paragraphs of figures, a ruled
    table and an unruled one (about one A4 page a section)."""
    blocks: list[Block] = []
    for n in range(1, sections + 1):
        sector = _SECTORS[n % len(_SECTORS)]
        blocks.append(("h", f"{n}、{sector}"))
        for k in range(3):
            value = 1000 + 37 * n + k
            blocks.append(
                (
                    "p",
                    f"全年{sector}增加值{value}.{k}亿元，比上年增长{(n + k) % 9}.{k}%。"
                    f"其中，规模以上企业{value * 3}家，"
                    f"从业人员{n + k}.{n % 10}万人，占全部从业人员的{10 + k}.{n % 10}%。"
                    f"全年完成投资{value // 2}.{k}亿元，增长{k + 1}.{n % 10}%，新开工项目{n * 7 + k}个。",
                )
            )
        blocks.append(
            ("table", [["指标", "绝对数", "增长(%)"], [f"{sector}增加值", f"{1000 + 37 * n}.0", f"{n % 9}.0"]])
        )
        blocks.append(("grid", [["单位数", f"{n * 3}", f"{n % 7}.5"], ["营业收入", f"{n * 120}.4", f"{n % 5}.1"]]))
    return blocks


def wrap(text: str, width: float, size: float, indent: float) -> list[str]:
    """Break ``text`` into lines no wider than ``width``: anywhere in Chinese (inside a figure too, as a Chinese
    line set full to its end does), at spaces in English (a typesetter never breaks 7,100 or 2.7% there)."""
    lines: list[str] = []
    current = ""
    available = width - indent
    word = r"[A-Za-z][A-Za-z,.;:'’-]*\s*" if _is_chinese(text) else r"\S+\s*"
    tokens = re.findall(word + r"|\s+|.", text)
    for token in tokens:
        if _width(current + token.rstrip(), size) <= available or not current:
            current += token
            continue
        if re.match(r"[^\W\d_]", token, re.ASCII) or not _is_chinese(text) or not current.strip():
            lines.append(current.rstrip())
            current = token
        else:
            lines.append(current)
            current = token
        available = width
    if current.strip():
        lines.append(current.rstrip())
    return lines


def write_pdf(
    path: Path,
    blocks: Sequence[Block],
    *,
    columns: int = 1,
    size: float = 10.5,
    page_height: float = 842,
    page_width: float = 595,
    page_numbers: bool = True,
    header: str | None = None,
    encrypt: str | None = None,
    forced_breaks: dict[str, int] | None = None,
) -> Path:
    """Lay ``blocks`` out on A4 pages (one or two columns) and save the PDF.

    ``forced_breaks`` maps a paragraph's text to the character after which its first line must break, to
    put a figure across a line end on purpose.
    """
    from reportlab.lib.pdfencrypt import StandardEncryption
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    margin = 60.0
    gap = 24.0
    column_width = (page_width - 2 * margin - gap * (columns - 1)) / columns
    canvas_args: dict[str, Any] = {"pagesize": (page_width, page_height), "invariant": 1}
    if encrypt:
        canvas_args["encrypt"] = StandardEncryption(encrypt, canModify=0)
    pdf = canvas.Canvas(str(path), **canvas_args)
    state = {"page": 1, "column": 0, "y": page_height - margin}

    def new_page() -> None:
        if page_numbers:
            pdf.setFont(FONT, 9)
            pdf.drawCentredString(page_width / 2, 30, f"- {state['page']} -")
        pdf.showPage()
        state["page"] += 1
        state["column"] = 0
        state["y"] = page_height - margin
        start_page()

    def start_page() -> None:
        if header:
            pdf.setFont(FONT, 9)
            pdf.drawString(margin, page_height - 35, header)

    def room(height: float) -> None:
        if state["y"] - height < margin:
            if state["column"] + 1 < columns:
                state["column"] += 1
                state["y"] = page_height - margin
            else:
                new_page()

    def x() -> float:
        return margin + state["column"] * (column_width + gap)

    start_page()
    for kind, content in blocks:
        if kind == "scan":  # a page with no text layer: a picture of text, as a scanner makes it
            if state["y"] < page_height - margin or state["column"]:
                new_page()
            _draw_picture(pdf, margin, page_height)
            pdf.showPage()  # no page number either: nothing on it is text
            state.update(page=state["page"] + 1, column=0, y=page_height - margin)
            start_page()
            continue
        if kind in ("table", "grid"):
            # "table": ruled, each cell's text set left in its cell; "grid": no ruling lines, the cells aligned by
            # their x alone, the labels left, everything else right (as statistical tables set figures). Either
            # way a cell too long for its column wraps inside it, as Word and a typesetter set it.
            rows: list[list[str]] = content
            ruled = kind == "table"
            widths = _column_widths(rows, column_width, size)
            cells = [[wrap(text, widths[c] - 6, size, 0) or [""] for c, text in enumerate(row)] for row in rows]
            line_height = size * 1.25
            pad = size * 1.8 if ruled else size * 1.6
            heights = [pad + line_height * (max(len(held) for held in row) - 1) for row in cells]
            room(sum(heights))
            xs = [x()]
            for w in widths:
                xs.append(xs[-1] + w)
            ys = [state["y"]]
            for h in heights:
                ys.append(ys[-1] - h)
            if ruled:
                pdf.grid(xs, ys)
            pdf.setFont(FONT, size)
            for r, set_row in enumerate(cells):
                for c, held in enumerate(set_row):
                    for k, piece in enumerate(held):
                        y = ys[r] - size * 1.25 - line_height * k
                        left = ruled or c == 0
                        _draw_text(pdf, xs[c] + 3 if left else xs[c + 1] - 4 - _width(piece, size), y, piece, size)
            state["y"] = ys[-1] - size
            continue
        text_size = size * 1.5 if kind == "h" else size
        indent = 0.0 if kind == "h" or not _is_chinese(content) else 2 * text_size
        lines = wrap(content, column_width, text_size, indent)
        justified = (0.0, 0.0)  # the first line's word and character spacing
        if forced_breaks and content in forced_breaks:
            # The first line breaks where the test says (a hyphen if inside a word) and is justified to the
            # column's width, as a typesetter sets every full line.
            cut = forced_breaks[content]
            first = content[:cut].rstrip()
            if content[cut - 1 : cut + 1].isalpha() and content[cut - 1].isascii():
                first += "-"
            rest = wrap(content[cut:].lstrip(), column_width, text_size, 0)
            lines = [first, *rest]
            slack = column_width - indent - stringWidth(first, FONT, text_size)
            spaces = first.count(" ")
            justified = (slack / spaces, 0.0) if spaces else (0.0, slack / max(len(first) - 1, 1))
        leading = text_size * 1.5
        for number, line in enumerate(lines):
            room(leading)
            state["y"] -= leading
            pdf.setFont(FONT, text_size)
            word_space, char_space = justified if number == 0 else (0.0, 0.0)
            start = x() + (indent if number == 0 else 0)
            _draw_line(pdf, start, state["y"], line, text_size, char_space, word_space)
        state["y"] -= text_size * 0.8 if kind == "p" else text_size * 0.5
    if page_numbers:
        pdf.setFont(FONT, 9)
        pdf.drawCentredString(page_width / 2, 30, f"- {state['page']} -")
    pdf.showPage()
    pdf.save()
    return path


def _column_widths(rows: Sequence[Sequence[str]], width: float, size: float) -> list[float]:
    """A table's column widths: each as wide as its widest cell needs, and when they do not all fit, the
    label column (the first) takes what the others leave it and its long labels wrap."""
    need = [max(_width(row[c], size) for row in rows) + 8 for c in range(len(rows[0]))]
    if sum(need) <= width:
        return [w * width / sum(need) for w in need]
    # never narrower than the column's longest word: a word wider than its cell would run into the next one
    words = [max(_width(w, size) for row in rows for w in [*_unbreakable(row[c]), ""]) + 8 for c in range(len(need))]
    share = width * 0.6 / max(len(need) - 1, 1)
    others = [max(min(w, share), least) for w, least in zip(need[1:], words[1:], strict=True)]
    return [max(width - sum(others), words[0]), *others]


def _unbreakable(text: str) -> list[str]:
    """The parts of ``text`` that :func:`wrap` never breaks inside: in Chinese a Latin word, else any sign alone;
    elsewhere each word or figure."""
    return re.findall(r"[A-Za-z][A-Za-z,.;:'’-]*|\S", text) if _is_chinese(text) else text.split()


def _draw_text(pdf: Any, x: float, y: float, text: str, size: float) -> None:
    """A line of a table at ``size``, each sign in the font that has it."""
    for run in re.findall(f"[{_LATIN_ONLY}]+|[^{_LATIN_ONLY}]+", text):
        font = "Helvetica" if run[0] in _LATIN_ONLY else FONT
        pdf.setFont(font, size)
        pdf.drawString(x, y, run)
        x += _width(run, size)
    pdf.setFont(FONT, size)


def _draw_line(pdf: Any, x: float, y: float, line: str, size: float, char_space: float, word_space: float) -> None:
    """A line of text; ``^1^`` in it is a note mark, set at 60% of the size and raised a third of it."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    for number, part in enumerate(re.split(r"\^", line)):
        if not part:
            continue
        raised = number % 2 == 1
        part_size = size * 0.6 if raised else size
        for run in re.findall(f"[{_LATIN_ONLY}]+|[^{_LATIN_ONLY}]+", part):
            font = "Helvetica" if run[0] in _LATIN_ONLY else FONT
            pdf.setFont(font, part_size)
            pdf.drawString(
                x, y + (size * 0.35 if raised else 0), run, charSpace=char_space, wordSpace=word_space or None
            )
            x += stringWidth(run, font, part_size) + char_space * len(run)
    pdf.setFont(FONT, size)


# Signs the Chinese font has no glyph for (its text would read back without them): set in Helvetica, as a
# real report sets its Latin text in a Latin font.
_LATIN_ONLY = "£"


def _width(text: str, size: float) -> float:
    """How wide ``text`` is set at ``size``, each sign in the font it is drawn in."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(FONT))

    return sum(
        stringWidth(run, "Helvetica" if run[0] in _LATIN_ONLY else FONT, size)
        for run in re.findall(f"[{_LATIN_ONLY}]+|[^{_LATIN_ONLY}]+", text)
    )


def _draw_picture(pdf: Any, margin: float, page_height: float) -> None:
    from PIL import Image
    from reportlab.lib.utils import ImageReader

    image = Image.new("L", (200, 100), color=255)
    for x in range(20, 180):
        image.putpixel((x, 50), 0)
    pdf.drawImage(ImageReader(image), margin, page_height / 2, width=400, height=200)


def _is_chinese(text: str) -> bool:
    return sum(1 for c in text if "\u4e00" <= c <= "\u9fff") * 3 > len(text)


def write_scanned_pdf(path: Path) -> Path:
    """A PDF whose only page is a picture (a scan): no text layer."""
    from PIL import Image
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    image = Image.new("L", (200, 100), color=255)
    for x in range(20, 180):
        image.putpixel((x, 50), 0)
    pdf = canvas.Canvas(str(path), invariant=1)
    pdf.drawImage(ImageReader(image), 72, 600, width=400, height=200)
    pdf.showPage()
    pdf.save()
    return path


# -- Word ------------------------------------------------------------------------------------------------


def write_docx(path: Path, blocks: Sequence[Block], title: str | None = None) -> Path:
    """A Word document: headings in Word's heading styles, paragraphs, and tables with a grid."""
    import docx

    document = docx.Document()
    if title:
        document.core_properties.title = title
    for kind, content in blocks:
        if kind == "h":
            document.add_heading(content, level=1)
        elif kind == "table":
            rows: list[list[str]] = content
            table = document.add_table(rows=len(rows), cols=len(rows[0]))
            for r, row in enumerate(rows):
                for c, text in enumerate(row):
                    table.cell(r, c).text = text
        else:
            document.add_paragraph(content)
    buffer = io.BytesIO()
    document.save(buffer)
    path.write_bytes(buffer.getvalue())
    return path


W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def tracked_paragraph(document: Any, parts: Sequence[tuple[str, str]]) -> None:
    """Add a paragraph of tracked changes: ("", text) as is, ("ins", text) inserted, ("del", text) deleted."""
    from docx.oxml import parse_xml

    runs = []
    for number, (kind, text) in enumerate(parts):
        escaped = html.escape(text, quote=False)
        if kind == "del":
            runs.append(
                f'<w:del w:id="{number + 1}" w:author="editor" w:date="2021-01-05T00:00:00Z">'
                f'<w:r><w:delText xml:space="preserve">{escaped}</w:delText></w:r></w:del>'
            )
        elif kind == "ins":
            runs.append(
                f'<w:ins w:id="{number + 1}" w:author="editor" w:date="2021-01-05T00:00:00Z">'
                f'<w:r><w:t xml:space="preserve">{escaped}</w:t></w:r></w:ins>'
            )
        elif kind == "comment":
            runs.append(
                f'<w:commentRangeStart w:id="90"/><w:r><w:t xml:space="preserve">{escaped}</w:t></w:r>'
                '<w:commentRangeEnd w:id="90"/><w:r><w:commentReference w:id="90"/></w:r>'
            )
        else:
            runs.append(f'<w:r><w:t xml:space="preserve">{escaped}</w:t></w:r>')
    paragraph = parse_xml(f'<w:p xmlns:w="{W}">{"".join(runs)}</w:p>')
    document.element.body.insert(len(document.element.body) - 1, paragraph)


# -- HTML and Markdown -----------------------------------------------------------------------------------


def to_html(blocks: Sequence[Block], title: str = "", boilerplate: bool = True) -> str:
    """A saved government web page: navigation, the article in a content div, a footer with figures."""
    body: list[str] = []
    for kind, content in blocks:
        if kind == "h":
            body.append(f"<h2>{html.escape(content)}</h2>")
        elif kind == "table":
            rows = "".join(
                "<tr>" + "".join(f"<td>{html.escape(cell)}</td>" for cell in row) + "</tr>\n" for row in content
            )
            body.append(f"<table>\n{rows}</table>")
        else:
            body.append(f"<p>{html.escape(content)}</p>")
    nav = (
        '<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li>'
        '<li><a href="/bsfw/">办事服务 2021</a></li></ul></div>\n'
        '<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/xw/">新闻</a></div>\n'
        if boilerplate
        else ""
    )
    info = '<div class="info">来源：本报 发布时间：2021-01-05</div>\n' if boilerplate else ""
    footer = (
        '<div class="footer"><p>主办单位：某市人民政府办公室 电话：0356-2020123</p>'
        "<p>网站标识码1405000001 晋ICP备05001234号</p></div>\n"
        if boilerplate
        else ""
    )
    return (
        '<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{html.escape(title)}</title>\n<script>var visits = 12345;</script>\n</head>\n<body>\n"
        f'{nav}<div class="article">\n<h1>{html.escape(title)}</h1>\n'
        f"{info}"
        f'<div class="content" id="zoom">\n{chr(10).join(body)}\n</div>\n</div>\n{footer}</body>\n</html>\n'
    )


def to_markdown(blocks: Sequence[Block], title: str = "") -> str:
    """A CMS export: front matter, an ATX title, headings, paragraphs and pipe tables."""
    out = ["---", f"title: {title}", "date: 2021-01-05", "---", "", f"# {title}", ""] if title else []
    for kind, content in blocks:
        if kind == "h":
            out += [f"## {content}", ""]
        elif kind == "table":
            rows: list[list[str]] = content
            out.append("| " + " | ".join(rows[0]) + " |")
            out.append("|" + "---|" * len(rows[0]))
            out += ["| " + " | ".join(row) + " |" for row in rows[1:]]
            out.append("")
        else:
            out += [content, ""]
    return "\n".join(out)


WORD_NAMESPACES = (
    f'xmlns:w="{W}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)


def raw_paragraph(document: Any, inner: str) -> None:
    """Add a paragraph written as WordprocessingML (runs, fields, text boxes) at the end of the body."""
    from docx.oxml import parse_xml

    paragraph = parse_xml(f"<w:p {WORD_NAMESPACES}>{inner}</w:p>")
    document.element.body.insert(len(document.element.body) - 1, paragraph)


def run(text: str, properties: str = "") -> str:
    """A run of ``text`` with run properties (``<w:vanish/>``, ``<w:vertAlign w:val="superscript"/>``)."""
    return f'<w:r><w:rPr>{properties}</w:rPr><w:t xml:space="preserve">{html.escape(text, quote=False)}</w:t></w:r>'


def add_notes(path: Path, footnotes: dict[int, str], endnotes: dict[int, str]) -> None:
    """Give a saved .docx footnotes and endnotes parts, as Word writes them (separators included)."""
    import zipfile

    def part(kind: str, notes: dict[int, str]) -> str:
        body = "".join(
            f'<w:{kind} w:id="{number}"><w:p><w:r><w:rPr><w:rStyle w:val="{kind.capitalize()}Reference"/></w:rPr>'
            f'<w:{kind}Ref/></w:r><w:r><w:t xml:space="preserve"> {html.escape(text)}</w:t></w:r></w:p></w:{kind}>'
            for number, text in notes.items()
        )
        separators = (
            f'<w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{kind}>'
            f'<w:{kind} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p>'
            f"</w:{kind}>"
        )
        head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        return f'{head}<w:{kind}s xmlns:w="{W}">{separators}{body}</w:{kind}s>'

    relations = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    content = "application/vnd.openxmlformats-officedocument.wordprocessingml"
    source = zipfile.ZipFile(io.BytesIO(path.read_bytes()))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "[Content_Types].xml":
                data = data.replace(
                    b"</Types>",
                    f'<Override PartName="/word/footnotes.xml" ContentType="{content}.footnotes+xml"/>'
                    f'<Override PartName="/word/endnotes.xml" ContentType="{content}.endnotes+xml"/></Types>'.encode(),
                )
            elif item.filename == "word/_rels/document.xml.rels":
                data = data.replace(
                    b"</Relationships>",
                    f'<Relationship Id="rIdFn" Type="{relations}/footnotes" Target="footnotes.xml"/>'
                    f'<Relationship Id="rIdEn" Type="{relations}/endnotes" Target="endnotes.xml"/>'
                    "</Relationships>".encode(),
                )
            package.writestr(item, data)
        package.writestr("word/footnotes.xml", part("footnote", footnotes))
        package.writestr("word/endnotes.xml", part("endnote", endnotes))
    path.write_bytes(buffer.getvalue())
