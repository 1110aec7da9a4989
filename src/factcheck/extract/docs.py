"""docs/extract.md, generated from the pattern modules' docstrings (their user documentation).

Regenerate with ``python -m factcheck.extract.docs > docs/extract.md``; a test keeps the file current.
"""

from __future__ import annotations

import inspect

from factcheck.extract.patterns import change, flows, parts, points, repeated, shares

MODULES = (parts, shares, change, flows, points, repeated)

INTRO = """\
# Extracting claims and rules: `factcheck extract` and `factcheck scan`

`factcheck extract ARTICLE.txt` drafts the two YAML files of `docs/format.md` from raw text: every figure
becomes a claim, and the arithmetic patterns below become rules. `factcheck scan ARTICLE.txt` does the same in
memory and checks the result at once.

## Claims

Each figure found by `find_quantities` (see `quantities.md`) becomes one claim:

- `quote`: the clause around the figure (between clause punctuation such as `,` `;` `。`);
- `value`: the figure as written, only when the clause holds more than one figure;
- `label`: the words that say what the figure counts, the words before it in its clause with leading words
  such as 全市, 共, 其中 taken off (in English, the words after it);
- the id: readable ASCII snake_case from the label, in pinyin for Chinese (`打掉涉黑涉恶犯罪团伙` ->
  `fanzui_tuanhuo`), unique (`_2`, `_3` for repeats) and the same on every run.

## Rules

Every proposed rule carries `suggested: <pattern>` so a person can review it before relying on it. A relation
the text only suggests is a warning at most.

`scan` aims for zero false alarms: a rule that fails only because a round integer is read as exact (1900 as
exactly 1,900) is a warning that names the reading under which it would hold (1900 as 1,850-1,950: half a unit
of its last non-zero digit either way).

## The patterns
"""


def render() -> str:
    sections = []
    for module in MODULES:
        doc = inspect.getdoc(module) or ""
        title, _, body = doc.partition("\n")
        sections.append(f"### `{module.NAME}`\n\n{title}\n{body}\n")
    return INTRO + "\n" + "\n".join(sections)


if __name__ == "__main__":
    print(render(), end="")
