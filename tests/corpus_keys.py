"""The answer keys of ``tests/corpus`` and the measure of ``extract``/``scan`` against them.

A key (``NAME.key.yaml`` beside ``NAME.txt``) names the figures of its text, the relations among them a careful
fact-checker would verify (each with a check in the rules' expression language and whether it holds), and the
traps: groups of figures that must never be related. ``tests/corpus/README.md`` describes the format and the
matching rules; this module is their single implementation, used by the self-check of the keys and by the harness.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml

from tests.helpers import ROOT

CORPUS_DIR = ROOT / "tests" / "corpus"

KINDS = frozenset(
    {
        "total-parts",  # parts and their total (== when the list is complete, <= when it is not)
        "share",  # part / whole = a stated percentage (占, of which, accounted for)
        "rate",  # a named rate: 结案率, 不捕率, 破案率, clearance rate
        "yoy-change",  # current, previous and the absolute change (增加/减少, up by)
        "yoy-percent",  # current, previous (or the absolute change) and the percentage change
        "pp-change",  # a change in percentage points between two stated percentages
        "pp-sum",  # percentage-point changes of a complete structure add up to 0
        "ratio-sum",  # a structure a:b:c or a list of shares adds up to 100
        "average",  # total / count = a stated average (人均, 平均每, on average)
        "identity",  # an identity the text states (birth rate - death rate = natural growth; pending)
        "repeat",  # one quantity written twice in one scope
        "table-row",  # a table cell repeats (or sums) figures of the prose
        "multiple",  # a stated multiple: 是上年的1.5倍, twice as many
    }
)

GENRES = {
    "court": "court reports: annual work reports, monthly and quarterly caseload notices",
    "procuratorate": "procuratorate work reports and caseload data",
    "police": "police and public-security reviews",
    "anti-crime": "扫黑除恶 (anti-gang) reviews",
    "statistics": "statistical communiqués (统计公报) with their tables",
    "government": "government work reports",
    "safety": "work-safety and traffic-safety circulars",
    "governance": "mediation, petitions, legal aid and other governance summaries",
    "en-police": "English police and crime bulletins",
    "en-court": "English court and prosecution statistics",
    "en-statistics": "English justice statistics bulletins (BJS style)",
}

# A relation's kind decides how its figures are read for the arithmetic self-check. Averages divide counts
# by counts (cases per judge), which the engine's dimensions reject, and a table's cells are bare numbers
# whose unit is in the column's heading (吨, 万元, %), so for these two kinds every figure is read as a plain
# number: the same interval in the figure's base unit (18.74万吨 is 187350..187450, 2.3% is 2.25..2.35).
PLAIN_KINDS = frozenset({"average", "table-row"})

_BEFORE = re.compile(r"[0-9.,]")
_AFTER = re.compile(r"[0-9]|[.,][0-9]")


class KeyProblem(Exception):
    """A key that cannot be read: where and why."""


@dataclass(frozen=True)
class KeyFigure:
    name: str
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class KeyRelation:
    number: int  # 1-based position in the key's list
    kind: str
    check: str
    figures: frozenset[str]
    holds: bool
    planted: str | None
    alternatives: tuple[frozenset[str], ...] = ()  # other figure sets that also state the relation

    def covered_by(self, names: frozenset[str]) -> bool:
        return self.figures <= names or any(alt <= names for alt in self.alternatives)


@dataclass(frozen=True)
class Trap:
    why: str
    groups: tuple[frozenset[str], ...]

    def violated_by(self, names: frozenset[str]) -> bool:
        return sum(1 for group in self.groups if group & names) >= 2


@dataclass(frozen=True)
class Key:
    path: Path
    text_path: Path
    text: str
    genre: str
    figures: dict[str, KeyFigure]
    relations: tuple[KeyRelation, ...]
    traps: tuple[Trap, ...]

    @property
    def name(self) -> str:
        return self.text_path.stem

    @property
    def language(self) -> str:
        return "en" if self.genre.startswith("en-") else "zh"

    @property
    def planted(self) -> tuple[KeyRelation, ...]:
        return tuple(r for r in self.relations if r.planted)


def corpus_texts() -> list[Path]:
    return sorted(CORPUS_DIR.glob("*.txt"))


def key_path(text_path: Path) -> Path:
    return text_path.with_suffix(".key.yaml")


def _occurrences(text: str, needle: str, start: int = 0) -> list[int]:
    """Where ``needle`` stands as a whole figure: not glued to digits on either side."""
    found = []
    position = text.find(needle, start)
    while position >= 0:
        before_ok = position == 0 or not needle[0].isdigit() or not _BEFORE.match(text[position - 1])
        after_ok = not needle[-1].isdigit() or not _AFTER.match(text, position + len(needle))
        if before_ok and after_ok:
            found.append(position)
        position = text.find(needle, position + 1)
    return found


def locate(text: str, reference: str) -> tuple[str, int]:
    """``'12.6万件'`` (occurs once) or ``'11.8万件 @ 审执结'`` (first after the unique anchor): (figure, start)."""
    figure, _, anchor = (part.strip() for part in reference.partition(" @ "))
    if not figure:
        raise KeyProblem(f"empty figure in {reference!r}")
    if anchor:
        anchors = [m.start() for m in re.finditer(re.escape(anchor), text)]
        if len(anchors) != 1:
            raise KeyProblem(f"anchor {anchor!r} occurs {len(anchors)} times, it must occur once")
        after = _occurrences(text, figure, anchors[0])
        if not after:
            raise KeyProblem(f"{figure!r} does not occur after the anchor {anchor!r}")
        return figure, after[0]
    everywhere = _occurrences(text, figure)
    if len(everywhere) != 1:
        raise KeyProblem(f"{figure!r} occurs {len(everywhere)} times: add '@ anchor' to say which")
    return figure, everywhere[0]


def _document(text_path: Path) -> Any:
    from factcheck.documents import read_document

    return read_document(str(text_path))


def _names_of(check: str) -> frozenset[str]:
    from factcheck.expr import parse_expression

    return frozenset(parse_expression(check).names)


@functools.cache
def key_of(path: Path) -> Key:
    """load_key, once per text for a whole test session (the corpus tests and the held-out tests share it)."""
    return load_key(path)


def load_key(text_path: Path) -> Key:
    path = key_path(text_path)
    where = path.relative_to(ROOT).as_posix() if path.is_relative_to(ROOT) else path.name
    if not path.exists():
        raise KeyProblem(f"{text_path.name} has no key {path.name}")
    # Every scalar as written (BaseLoader resolves nothing): 12.40 stays 12.40, never the float 12.4.
    data = yaml.load(path.read_text("utf-8"), Loader=yaml.BaseLoader)
    if not isinstance(data, dict) or set(data) - {"genre", "figures", "relations", "traps"}:
        raise KeyProblem(f"{where}: expected the fields genre, figures, relations, traps")
    text = _document(text_path).text  # the canonical text extract reads (for a .txt file, the file itself)
    genre = data.get("genre")
    if genre not in GENRES:
        raise KeyProblem(f"{where}: genre {genre!r} is not one of {sorted(GENRES)}")
    figures: dict[str, KeyFigure] = {}
    for name, reference in (data.get("figures") or {}).items():
        try:
            figure, start = locate(text, str(reference))
        except KeyProblem as error:
            raise KeyProblem(f"{where}: figure {name}: {error}") from None
        figures[str(name)] = KeyFigure(str(name), figure, start, start + len(figure))
    relations = tuple(_relation(where, n, entry, figures) for n, entry in enumerate(data.get("relations") or [], 1))
    traps = tuple(_trap(where, entry, figures) for entry in data.get("traps") or [])
    return Key(path, text_path, text, genre, figures, relations, traps)


def _relation(where: str, number: int, entry: Mapping[str, Any], figures: Mapping[str, KeyFigure]) -> KeyRelation:
    here = f"{where}: relation {number}"
    unknown = set(entry) - {"kind", "check", "holds", "planted", "alternatives"}
    if unknown:
        raise KeyProblem(f"{here}: unknown fields {sorted(unknown)}")
    kind, check, holds = entry.get("kind"), entry.get("check"), entry.get("holds")
    if kind not in KINDS:
        raise KeyProblem(f"{here}: kind {kind!r} is not one of {sorted(KINDS)}")
    if not isinstance(check, str) or holds not in ("true", "false"):
        raise KeyProblem(f"{here}: needs check (an expression) and holds (true or false)")
    names = _names_of(check)
    alternatives = tuple(frozenset(alt) for alt in entry.get("alternatives") or [])
    for group in (names, *alternatives):
        missing = sorted(group - set(figures))
        if missing:
            raise KeyProblem(f"{here}: names {missing} are not figures of the key")
    if len(names) < 2:
        raise KeyProblem(f"{here}: a relation relates at least two figures")
    planted = entry.get("planted")
    return KeyRelation(number, kind, check, names, holds == "true", str(planted) if planted else None, alternatives)


def _trap(where: str, entry: Mapping[str, Any], figures: Mapping[str, KeyFigure]) -> Trap:
    why, groups = entry.get("why"), entry.get("groups")
    if not why or not isinstance(groups, list) or len(groups) < 2:
        raise KeyProblem(f"{where}: a trap needs why and at least two groups")
    parsed = tuple(frozenset([g] if isinstance(g, str) else g) for g in groups)
    for group in parsed:
        missing = sorted(group - set(figures))
        if missing:
            raise KeyProblem(f"{where}: trap {why!r}: names {missing} are not figures of the key")
    return Trap(str(why), parsed)


def load_keys(paths: Iterable[Path] | None = None) -> list[Key]:
    return [load_key(p) for p in (corpus_texts() if paths is None else paths)]


# --- the arithmetic self-check ---------------------------------------------------------------------------


def arithmetic_problems(key: Key) -> list[str]:
    """Every way the key disagrees with itself: a verdict the arithmetic contradicts, a relation inside a trap."""
    from factcheck.engine import check
    from factcheck.findings import Status
    from factcheck.loader import load_texts
    from factcheck.quantity import parse_quantity

    problems: list[str] = []
    claims: dict[str, dict[str, Any]] = {}
    for figure in key.figures.values():
        claims[figure.name] = {"quote": figure.text}
        interval = parse_quantity(figure.text).interval
        if interval.is_bounded:  # the same interval without its unit, for the relations read as plain numbers
            claims["plain_" + figure.name] = {"quote": "x", "value": {"min": str(interval.lo), "max": str(interval.hi)}}
    rules = []
    for relation in key.relations:
        expression = relation.check
        if relation.kind in PLAIN_KINDS:
            unbounded = sorted(n for n in relation.figures if "plain_" + n not in claims)
            if unbounded:
                problems.append(f"{key.path.name}: relation {relation.number}: {unbounded} have no bounded reading")
                continue
            for name in sorted(relation.figures, key=len, reverse=True):
                expression = re.sub(rf"\b{re.escape(name)}\b", "plain_" + name, expression)
        rules.append({"id": f"r{relation.number}", "check": expression})
    article = {"id": "key", "title": key.name, "language": key.language}
    claims_yaml = yaml.safe_dump({"article": article, "claims": claims}, allow_unicode=True, sort_keys=False)
    rules_yaml = yaml.safe_dump({"article": "key", "rules": rules}, allow_unicode=True, sort_keys=False)
    home = key.text_path.parent
    items = [(home / "claims" / "key.yaml", claims_yaml), (home / "rules" / "key.yaml", rules_yaml)]
    strict = {f.id: f for f in check(load_texts(items)).articles[0].findings}
    lenient = {f.id: f for f in check(load_texts(items), lenient=True).articles[0].findings}
    for relation in key.relations:
        rid = f"r{relation.number}"
        here = f"{key.path.name}: relation {relation.number} ({relation.check})"
        if rid not in strict:  # not evaluable, said above
            continue
        verdict, forgiving = strict[rid], lenient[rid]
        if verdict.status is Status.ERROR:
            problems.append(f"{here}: cannot be evaluated: {verdict.message}")
        elif relation.holds and verdict.status is not Status.PASS:
            problems.append(f"{here}: says holds but the arithmetic fails: {verdict.message} {verdict.detail or ''}")
        elif not relation.holds and forgiving.status is not Status.FAIL:
            problems.append(f"{here}: says it does not hold but it does (leniently): {forgiving.message}")
        if relation.holds == bool(relation.planted):
            problems.append(f"{here}: a relation that does not hold must be a planted error, and only then")
        for trap in key.traps:
            for names in (relation.figures, *relation.alternatives):
                if trap.violated_by(names):
                    problems.append(f"{here}: relates figures of the trap {trap.why!r}")
    used = set().union(*(r.figures for r in key.relations), *(g for t in key.traps for g in t.groups))
    unused = [name for name in key.figures if name not in used]
    problems.extend(f"{key.path.name}: figure {name} is in no relation and no trap" for name in unused)
    return problems


# --- measuring extract and scan --------------------------------------------------------------------------


@dataclass
class TextScore:
    name: str
    genre: str
    relations: int = 0
    found: int = 0
    proposals: int = 0
    alarms: int = 0  # failing findings at error level (status fail or error): what makes scan exit 1
    true_alarms: int = 0
    warnings: int = 0  # failing findings at warning level
    true_warnings: int = 0
    planted: int = 0
    planted_alarmed: int = 0  # planted errors named by an alarm
    planted_warned: int = 0  # named by a warning only
    trap_violations: int = 0
    crash: str | None = None
    missed: list[str] = field(default_factory=list)
    false_alarms: list[str] = field(default_factory=list)
    violations: list[str] = field(default_factory=list)

    @property
    def planted_found(self) -> int:
        return self.planted_alarmed + self.planted_warned


@dataclass(frozen=True)
class Failure:
    """A finding that does not pass: an alarm (level "error": status fail or error) or a warning."""

    id: str
    level: str
    claims: frozenset[str]  # the claim ids it reads, derived names followed
    message: str


@dataclass
class Run:
    """What extract and the engine made of one text, reduced to what the scoring needs."""

    spans: dict[str, tuple[int, int]] = field(default_factory=dict)  # claim id -> (start, end) in the text
    proposals: dict[str, frozenset[str]] = field(default_factory=dict)  # rule id -> the claim ids it reads
    failures: list[Failure] = field(default_factory=list)
    crash: str | None = None


def run(key: Key) -> Run:
    """Extract the text and check the result in memory, as ``app.run_scan`` does."""
    from factcheck.engine import check
    from factcheck.expr import ExpressionError
    from factcheck.extract import extract
    from factcheck.findings import Kind, Status
    from factcheck.loader import LoadError, load_texts

    result = Run()
    article_id = re.sub(r"[^a-z0-9]+", "-", key.name.lower()).strip("-")
    document = _document(key.text_path)
    try:
        extraction = extract(document.text, article_id, document.title, document.language)
    except Exception as error:  # the harness counts crashes instead of stopping at the first
        result.crash = f"extract raised {type(error).__name__}: {error}"
        return result
    result.spans = {f.id: (f.start, f.quantity.end) for f in extraction.document.figures}
    derive: dict[str, str] = {}
    for suggestion in extraction.suggestions:
        derive.update(suggestion.derive)
    for suggestion in extraction.suggestions:
        if suggestion.check:
            try:
                result.proposals[suggestion.id] = frozenset(follow(derive, expression_names(suggestion.check)))
            except ExpressionError:
                continue  # a check that does not parse would not load: scan drops it or fails below
    home = key.text_path.parent
    items = [
        (home / "claims" / f"{article_id}.yaml", extraction.claims_yaml(None)),
        (home / "rules" / f"{article_id}.yaml", extraction.rules_yaml()),
    ]
    try:
        articles = [replace(a, text=document.text, text_path=document.path) for a in load_texts(items)]
        report = check(articles, lenient=True)
    except LoadError as error:
        result.crash = f"extract produced files that do not load: {error.problems[0]}"
        return result
    except Exception as error:
        result.crash = f"the engine raised {type(error).__name__}: {error}"
        return result
    for article in report.articles:
        for finding in article.findings:
            if finding.status is Status.PASS:
                continue
            if finding.kind is Kind.RULE and finding.id in result.proposals:
                claims = result.proposals[finding.id]
            else:  # a built-in claim check, or a rule scan renamed: its own claims
                claims = frozenset(follow(derive, [c.split(":")[0] for c in finding.claims]))
            level = "warning" if finding.status is Status.WARN else "error"
            result.failures.append(Failure(finding.id, level, claims, f"{finding.message} {finding.detail or ''}"))
    return result


def expression_names(expression: str) -> tuple[str, ...]:
    from factcheck.expr import parse_expression

    return parse_expression(expression).names


def follow(derive: Mapping[str, str], names: Iterable[str]) -> set[str]:
    """Claim ids behind ``names``: a derived name is replaced by the names of its expression, recursively."""
    claims: set[str] = set()
    seen: set[str] = set()
    pending = list(names)
    while pending:
        name = pending.pop()
        if name in seen:
            continue
        seen.add(name)
        if name in derive:
            pending.extend(expression_names(derive[name]))
        else:
            claims.add(name)
    return claims


def score(key: Key, result: Run) -> TextScore:
    """Score one run against the key (the matching rules of tests/corpus/README.md)."""
    s = TextScore(key.name, key.genre, relations=len(key.relations), planted=len(key.planted))
    if result.crash:
        s.crash = result.crash
        s.missed = [f"{r.number}:{r.kind}" for r in key.relations]
        return s
    # Which key figure each extracted figure is: spans that overlap.
    names_of: dict[str, set[str]] = {}
    for claim_id, (start, end) in result.spans.items():
        for figure in key.figures.values():
            if start < figure.end and figure.start < end:
                names_of.setdefault(claim_id, set()).add(figure.name)

    def key_names(claims: Iterable[str]) -> frozenset[str]:
        return frozenset(n for c in claims for n in names_of.get(c, ()))

    proposals = {rule_id: key_names(claims) for rule_id, claims in result.proposals.items()}
    s.proposals = len(proposals)
    for relation in key.relations:
        if any(relation.covered_by(names) for names in proposals.values()):
            s.found += 1
        else:
            s.missed.append(f"{relation.number}:{relation.kind}")
    for rule_id, names in proposals.items():
        for trap in key.traps:
            if trap.violated_by(names):
                s.trap_violations += 1
                s.violations.append(f"{rule_id} ({trap.why})")
    wrong = [r for r in key.relations if not r.holds]
    alarmed: set[int] = set()
    warned: set[int] = set()
    for failure in result.failures:
        names = key_names(failure.claims)
        named = {r.number for r in wrong if r.covered_by(names)}
        if failure.level == "warning":
            s.warnings += 1
            s.true_warnings += bool(named)
            warned |= named
        else:
            s.alarms += 1
            s.true_alarms += bool(named)
            alarmed |= named
            if not named:
                s.false_alarms.append(f"{failure.id}: {failure.message.strip()}")
    planted = {r.number for r in key.planted}
    s.planted_alarmed = len(planted & alarmed)
    s.planted_warned = len(planted & (warned - alarmed))
    return s


def measure(key: Key) -> TextScore:
    return score(key, run(key))


@dataclass
class Totals:
    texts: int = 0
    relations: int = 0
    found: int = 0
    alarms: int = 0
    true_alarms: int = 0
    warnings: int = 0
    true_warnings: int = 0
    planted: int = 0
    planted_alarmed: int = 0
    planted_warned: int = 0
    trap_violations: int = 0
    crashes: int = 0
    false_alarm_exits: int = 0  # texts where scan exits 1 on false alarms alone

    @property
    def recall(self) -> Decimal:
        return Decimal(self.found) / Decimal(max(1, self.relations))

    @property
    def precision(self) -> Decimal:
        """True alarms / alarms; 1 when nothing was raised (no alarm is a false one)."""
        return Decimal(self.true_alarms) / Decimal(self.alarms) if self.alarms else Decimal(1)

    @property
    def planted_found(self) -> int:
        return self.planted_alarmed + self.planted_warned


@dataclass(frozen=True)
class Floors:
    """What a set of texts must keep scoring: floors that only ratchet up, ceilings that only come down."""

    found: int  # key relations some proposed rule covers
    true_alarms: int
    precision: Decimal  # true alarms / alarms
    planted_found: int  # planted errors named by a failing rule (alarm or warning)
    trap_violations: int = 0
    crashes: int = 0
    false_alarm_exits: int = 0  # texts on which scan exits 1 on false alarms alone

    def unmet(self, t: Totals) -> list[str]:
        """Each floor or ceiling the totals break, named with both numbers ([] when all hold)."""
        checks = [
            ("found", t.found, self.found, t.found >= self.found),
            ("true alarms", t.true_alarms, self.true_alarms, t.true_alarms >= self.true_alarms),
            ("precision", t.precision, self.precision, t.precision >= self.precision),
            ("planted found", t.planted_found, self.planted_found, t.planted_found >= self.planted_found),
            ("trap violations", t.trap_violations, self.trap_violations, t.trap_violations <= self.trap_violations),
            ("crashes", t.crashes, self.crashes, t.crashes <= self.crashes),
            (
                "false-alarm exits",
                t.false_alarm_exits,
                self.false_alarm_exits,
                t.false_alarm_exits <= self.false_alarm_exits,
            ),
        ]
        return [f"{name}: {got} against {bound}" for name, got, bound, holds in checks if not holds]


def total(scores: Iterable[TextScore]) -> Totals:
    t = Totals()
    for s in scores:
        t.texts += 1
        t.relations += s.relations
        t.found += s.found
        t.alarms += s.alarms
        t.true_alarms += s.true_alarms
        t.warnings += s.warnings
        t.true_warnings += s.true_warnings
        t.planted += s.planted
        t.planted_alarmed += s.planted_alarmed
        t.planted_warned += s.planted_warned
        t.trap_violations += s.trap_violations
        t.crashes += s.crash is not None
        t.false_alarm_exits += bool(s.alarms and not s.true_alarms)
    return t


def table(scores: Sequence[TextScore]) -> str:
    """One line per text and the totals, for the test's output."""
    head = f"{'text':32} {'found':>9} {'alarms':>8} {'warns':>7} {'planted':>9} {'traps':>5}  notes"
    lines = [head, "-" * len(head)]
    for s in scores:
        note = s.crash or ""
        lines.append(
            f"{s.name[:32]:32} {s.found:>4}/{s.relations:<4} {s.true_alarms:>3}/{s.alarms:<4} "
            f"{s.true_warnings:>3}/{s.warnings:<3} {s.planted_found:>4}/{s.planted:<4} {s.trap_violations:>5}  {note}"
        )
    t = total(scores)
    lines.append("-" * len(head))
    for genre in sorted({s.genre for s in scores}):
        g = total(s for s in scores if s.genre == genre)
        lines.append(
            f"{genre + ' (' + str(g.texts) + ')':32} {g.found:>4}/{g.relations:<4} {g.true_alarms:>3}/{g.alarms:<4} "
            f"{g.true_warnings:>3}/{g.warnings:<3} {g.planted_found:>4}/{g.planted:<4} {g.trap_violations:>5}"
        )
    lines.append("-" * len(head))
    lines.append(
        f"{'total (' + str(t.texts) + ' texts)':32} {t.found:>4}/{t.relations:<4} {t.true_alarms:>3}/{t.alarms:<4} "
        f"{t.true_warnings:>3}/{t.warnings:<3} {t.planted_found:>4}/{t.planted:<4} {t.trap_violations:>5}"
    )
    lines.append(
        f"recall {t.recall:.1%} ({t.found} of {t.relations}); precision {t.precision:.1%} "
        f"({t.true_alarms} of {t.alarms} alarms true); planted errors found {t.planted_found} of {t.planted} "
        f"({t.planted_alarmed} as errors, {t.planted_warned} as warnings only); warnings {t.true_warnings} of "
        f"{t.warnings} true; trap violations {t.trap_violations}; crashes {t.crashes}; "
        f"texts exiting 1 on false alarms alone {t.false_alarm_exits}"
    )
    return "\n".join(lines)


def missed_details(scores: list[TextScore]) -> str:
    """What was missed, raised wrongly, related across a trap or crashed, text by text."""
    lines = []
    for s in scores:
        if s.crash:
            lines.append(f"{s.name}: crash: {s.crash}")
            continue
        if s.missed:
            lines.append(f"{s.name}: missed relations {', '.join(s.missed)}")
        lines.extend(f"{s.name}: false alarm {alarm}" for alarm in s.false_alarms)
        lines.extend(f"{s.name}: trap violated by {violation}" for violation in s.violations)
    return "\n".join(lines)


def assert_measured(texts: Sequence[Path], floors: Floors, title: str, capsys: Any, details: bool = False) -> None:
    """Measure extract and scan on ``texts``, print the table (with each text's misses when ``details``), and
    hold the totals to ``floors`` (a failure names each floor missed, and any crash)."""
    scores = [measure(key_of(p)) for p in texts]
    with capsys.disabled():
        print(f"\n{title}\n" + table(scores) + ("\n" + missed_details(scores) if details else ""))
    assert floors.unmet(total(scores)) == [], [s.crash for s in scores if s.crash]
