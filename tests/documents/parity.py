"""Does a development text say the same thing to ``extract`` as a PDF, a Word file and a web page?

    python -m tests.documents.parity                       # every text of tests/dev, every format
    python -m tests.documents.parity --format pdf          # one format
    python -m tests.documents.parity --set fresh2 --text zh01 --format pdf

Each text of ``tests/dev/*`` is cut into blocks (headings, paragraphs, tables), written by the tests' own
writers (``tests/documents/writers.py``) as a PDF, a Word file and a saved web page, read back through
``read_document`` and extracted. A text is *at parity* in a format when extract proposes exactly what it
proposes on the text file, suggestion for suggestion (each named by its pattern, its check with the figures as
written, and the figures it reads). For each text that differs it prints the suggestions only one side has.
It also scores the rendered file against the text's answer key, where the key's figures can be found again in
the text read back (relations found: text file -> rendered file).

Never point it at ``tests/heldout``: those sets measure prose the extractor was not built for.
"""

from __future__ import annotations

import argparse
import functools
import itertools
import re
import tempfile
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from tests.corpus_keys import Key, KeyFigure, key_of, measure
from tests.documents.writers import Block, to_html, write_docx, write_pdf

DEV = Path(__file__).parents[1] / "dev"
# pdf-unruled: its tables without ruling lines; pdf-2col: two columns under a running header
FORMATS = ("pdf", "pdf-unruled", "pdf-2col", "docx", "html")
HEADER = "Statistical bulletin 2025 | 统计公报"
SETS = ("fresh", "fresh2", "fresh3", "oldheldout")

_PIPE_RULE = re.compile(r"\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?")
_SENTENCE_END = re.compile(r"[。！？；：，,.;:!?]$")


# -- a text as blocks --------------------------------------------------------------------------------------


def _row_like(line: str) -> bool:
    stripped = line.strip()
    return (
        (stripped.startswith("|") and stripped.endswith("|"))
        or "\t" in stripped
        or bool(re.search(r"\S {2,}\S", stripped))
    )


def _split_rows(lines: list[str]) -> list[list[str]]:
    """A table's cells. Pipe and tab rows cut at their separators; rows aligned by spaces at runs of two or more
    (a Chinese label spaced out over its column, ``指  标``, stays one cell). A label set in further
    than the table's first column is a sub-row: its indent becomes ideographic spaces, as Word and web tables
    write it."""
    if all(line.strip().startswith("|") for line in lines):
        return [[c.strip(" ") for c in line.strip()[1:-1].split("|")] for line in lines]
    if all("\t" in line for line in lines):
        return [[c.strip(" ") for c in line.strip().split("\t")] for line in lines]
    left = min(len(line) - len(line.lstrip(" ")) for line in lines)
    rows = []
    for line in lines:
        cells: list[str] = []
        for cell in re.split(r" {2,}", line.strip()):
            if cells and re.fullmatch(r"[\u4e00-\u9fff]", cell) and re.fullmatch(r"[\u4e00-\u9fff]+", cells[-1]):
                cells[-1] += cell  # a label spaced out over its column (指  标, 合  计): one cell
            else:
                cells.append(cell)
        indent = len(line) - len(line.lstrip(" ")) - left
        if indent >= 2:
            cells[0] = "\u3000" * min(indent // 2, 4) + cells[0]
        rows.append(cells)
    return rows


def blocks_of(text: str) -> list[Block]:
    """The text file's lines as the writers' blocks: runs of two or more table rows are a table (rows padded to
    one width), a short line without a sentence's end is a heading, any other line a paragraph."""
    blocks: list[Block] = []
    pending: list[str] = []

    def flush() -> None:
        if len(pending) == 1:
            blocks.append(("p", pending[0].strip()))
        elif pending:
            rows = [r for r in _split_rows(pending) if r]
            width = max(len(r) for r in rows)
            blocks.append(("table", [r + [""] * (width - len(r)) for r in rows]))
        pending.clear()

    for line in text.split("\n"):
        if not line.strip():
            flush()
            continue
        if _PIPE_RULE.fullmatch(line.strip()) and pending:
            continue  # a pipe table's rule under its header
        if _row_like(line) and not re.match(r"\s*(表|图|Table|Figure|Chart)\s*\d", line):
            pending.append(line)
            continue
        flush()
        stripped = line.strip()
        heading = len(stripped) <= 40 and not _SENTENCE_END.search(stripped)
        blocks.append(("h" if heading else "p", stripped))
    flush()
    return blocks


def render(text: str, kind: str, path: Path) -> Path:
    """``text`` written as a ``kind`` file at ``path`` by the tests' writers."""
    blocks = blocks_of(text)
    if kind == "pdf":
        return write_pdf(path, blocks)
    if kind == "pdf-unruled":
        return write_pdf(path, [("grid", content) if k == "table" else (k, content) for k, content in blocks])
    if kind == "pdf-2col":
        return write_pdf(path, blocks, columns=2, header=HEADER)
    if kind == "docx":
        return write_docx(path, blocks)
    path.write_text(to_html(blocks, title=""), encoding="utf-8")
    return path


# -- what extract proposes, in terms that survive a change of format -----------------------------------


def _figure_text(text: str, figure: Any) -> str:
    return re.sub(r"\s+", "", text[figure.start : figure.quantity.end])


def suggestions(document: Any) -> Counter[str]:
    """Extract's suggestions on ``document``, each as its pattern, its check with every claim id replaced by the
    figure as written, and the figures it reads (a multiset: a text may propose the same check twice)."""
    from factcheck.extract import extract

    extraction = extract(document.text, "parity", document.title, document.language)
    names = {f.id: _figure_text(extraction.document.text, f) for f in extraction.document.figures}
    out: Counter[str] = Counter()
    for s in extraction.suggestions:
        check = re.sub(r"[A-Za-z_][\w.-]*", lambda m: names.get(m.group(0), m.group(0)), s.check)
        figures = ",".join(_figure_text(extraction.document.text, f) for f in s.figures)
        out[f"{s.pattern}: {check}  [{figures}]"] += 1
    return out


@functools.cache
def _on_text_file(path: Path) -> Counter[str]:
    from factcheck.documents import read_document

    return suggestions(read_document(str(path)))


# -- the key's figures found again in the text read back ----------------------------------------------------


def _squeezed(text: str) -> tuple[str, list[int]]:
    """``text`` without its white space, and where each remaining character stands in ``text``."""
    at = [k for k, c in enumerate(text) if not c.isspace()]
    return "".join(text[k] for k in at), at


def relocate(key: Key, text: str) -> dict[str, KeyFigure]:
    """The key's figures in ``text`` (read back from a rendered file): the two texts are aligned character by
    character, white space aside (a PDF breaks lines anywhere, a page adds page numbers and a footer), and a
    figure is found again where all its characters align, in a row; a figure that does not is left out."""
    from difflib import SequenceMatcher

    old, old_at = _squeezed(key.text)
    new, new_at = _squeezed(text)
    where: dict[int, int] = {}
    for block in SequenceMatcher(None, old, new, autojunk=False).get_matching_blocks():
        for k in range(block.size):
            where[block.a + k] = block.b + k
    index = {position: k for k, position in enumerate(old_at)}
    found: dict[str, KeyFigure] = {}
    for figure in key.figures.values():
        chars = [index[p] for p in range(figure.start, figure.end) if p in index]
        mapped = [where.get(k, -2) for k in chars]
        if not chars or -2 in mapped or any(b - a != 1 for a, b in itertools.pairwise(mapped)):
            continue  # a character lost, or the figure's characters apart
        found[figure.name] = replace(figure, start=new_at[mapped[0]], end=new_at[mapped[-1]] + 1)
    return found


@dataclass
class Outcome:
    name: str
    same: bool
    only_text: list[str] = field(default_factory=list)
    only_rendered: list[str] = field(default_factory=list)
    relations: int = 0  # the key's relations whose figures were all found again
    found_text: int = 0  # of those, found on the text file
    found_rendered: int = 0  # ... and on the rendered file
    lost_figures: int = 0
    crash: str | None = None


def compare(text_path: Path, kind: str, workdir: Path, keys: bool = True) -> Outcome:
    """Render one development text as ``kind``, read it back and compare extract's proposals and the scores."""
    from factcheck.documents import read_document
    from tests.corpus_keys import run, score

    key = key_of(text_path)
    name = f"{text_path.parent.name}/{text_path.stem}"
    out = render(key.text, kind, workdir / f"{text_path.stem}.{kind.split('-')[0]}")
    try:
        rendered = read_document(str(out))
    except Exception as error:  # a reader that cannot read its own writers' file is the finding
        return Outcome(name, False, crash=f"{type(error).__name__}: {error}")
    plain = _on_text_file(text_path)
    other = suggestions(rendered)
    outcome = Outcome(
        name,
        plain == other,
        only_text=sorted((plain - other).elements()),
        only_rendered=sorted((other - plain).elements()),
    )
    if not keys:
        return outcome
    figures = relocate(key, rendered.text)
    outcome.lost_figures = len(key.figures) - len(figures)
    kept = tuple(r for r in key.relations if r.figures <= set(figures))
    traps = tuple(t for t in key.traps if all(g <= set(figures) for g in t.groups))
    outcome.relations = len(kept)
    on_text = measure(key)
    kept_numbers = {r.number for r in kept}
    outcome.found_text = sum(
        1 for r in key.relations if r.number in kept_numbers and f"{r.number}:{r.kind}" not in on_text.missed
    )
    moved = replace(key, text_path=out, text=rendered.text, figures=figures, relations=kept, traps=traps)
    on_rendered = score(moved, run(moved))
    outcome.found_rendered = on_rendered.found
    return outcome


def texts(sets: Iterable[str], prefix: str = "") -> list[Path]:
    return [p for s in sets for p in sorted((DEV / s).glob("*.txt")) if p.stem.startswith(prefix)]


def measure_formats(paths: Sequence[Path], kinds: Sequence[str], keys: bool = True) -> dict[str, list[Outcome]]:
    """Each text in each format: its outcome (``keys``: scored against its answer key too)."""
    results: dict[str, list[Outcome]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for kind in kinds:
            workdir = Path(tmp) / kind
            workdir.mkdir()
            results[kind] = [compare(p, kind, workdir, keys) for p in paths]
    return results


def summary(kind: str, outcomes: Sequence[Outcome]) -> str:
    same = sum(o.same for o in outcomes)
    relations = sum(o.relations for o in outcomes)
    found_text = sum(o.found_text for o in outcomes)
    found_rendered = sum(o.found_rendered for o in outcomes)
    lost = sum(o.lost_figures for o in outcomes)
    return (
        f"{kind}: {same} of {len(outcomes)} texts propose exactly what the text file proposes; "
        f"relations found {found_text} -> {found_rendered} of {relations} (key figures not found again: {lost})"
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--format", choices=FORMATS, action="append")
    parser.add_argument("--set", choices=SETS, action="append")
    parser.add_argument("--text", default="", help="texts whose name starts with this")
    parser.add_argument("--quiet", action="store_true", help="the totals only")
    args = parser.parse_args(argv)
    paths = texts(args.set or SETS, args.text)
    results = measure_formats(paths, args.format or FORMATS)
    for kind, outcomes in results.items():
        if not args.quiet:
            for o in outcomes:
                if o.same and o.found_text == o.found_rendered:
                    continue
                print(f"{kind} {o.name}: relations {o.found_text} -> {o.found_rendered} of {o.relations}")
                if o.crash:
                    print(f"  cannot read it back: {o.crash}")
                for line in o.only_text:
                    print(f"  - {line}")
                for line in o.only_rendered:
                    print(f"  + {line}")
    for kind, outcomes in results.items():
        print(summary(kind, outcomes))


if __name__ == "__main__":
    main()
