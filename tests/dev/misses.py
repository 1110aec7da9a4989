"""What extract and scan miss on a development set, relation by relation, to read while tuning extract.

    python -m tests.dev.misses fresh2               # a set under tests/dev (or ``corpus`` for tests/corpus)
    python -m tests.dev.misses fresh2 --text zh05   # texts whose name starts with zh05
    python -m tests.dev.misses fresh2 --kind share  # missed relations of one kind only

Never point it at ``tests/heldout``: those sets measure prose the extractor was not built for.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from tests.corpus_keys import Key, key_of, measure, table

ROOT = Path(__file__).parents[1]


def _set_dir(name: str) -> Path:
    path = ROOT / "corpus" if name == "corpus" else ROOT / "dev" / name
    if not path.is_dir():
        raise SystemExit(f"no development set {name!r}: use corpus or one of tests/dev/*/")
    return path


def _line_of(key: Key, name: str) -> str:
    figure = key.figures[name]
    start = key.text.rfind("\n", 0, figure.start) + 1
    end = key.text.find("\n", figure.end)
    line = key.text[start : end if end >= 0 else len(key.text)]
    return line if len(line) <= 160 else line[max(0, figure.start - start - 70) :][:160]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("set")
    parser.add_argument("--text", default="")
    parser.add_argument("--kind", default="")
    args = parser.parse_args(argv)
    texts = [p for p in sorted(_set_dir(args.set).glob("*.txt")) if p.stem.startswith(args.text)]
    scores = []
    missed_kinds: Counter[str] = Counter()
    for path in texts:
        key = key_of(path)
        score = measure(key)
        scores.append(score)
        relations = {str(r.number): r for r in key.relations}
        for missed in score.missed:
            relation = relations[missed.split(":")[0]]
            if args.kind and relation.kind != args.kind:
                continue
            missed_kinds[relation.kind] += 1
            print(f"{key.name} missed #{relation.number} {relation.kind}: {relation.check}")
            for name in sorted(relation.figures):
                print(f"    {name} = {key.figures[name].text!r}  | {_line_of(key, name)}")
        for alarm in score.false_alarms:
            print(f"{key.name} FALSE ALARM {alarm}")
        for violation in score.violations:
            print(f"{key.name} TRAP {violation}")
    print(table(scores))
    print("missed by kind: " + ", ".join(f"{k} {n}" for k, n in missed_kinds.most_common()))


if __name__ == "__main__":
    main()
