"""Project configuration: ``factcheck.yaml``, or ``[tool.factcheck]`` in ``pyproject.toml``.

Found by searching upward from the working directory (``--config`` names one).  Unknown keys are errors with
file:line, like every other input problem.

```yaml
paths: [claims, rules]        # what `factcheck check` reads by default
format: rich                  # default report format
fail-on: error                # error | warning | never
hedges:
  approx-k: 1                 # 约/左右/about: V +/- k * g/2
  near-rel: 0.10              # 近/nearly: [V - min(g, r * V), V)
severity:                     # per-rule overrides
  leader-share-plausible: error
rules:                        # switch a rule or a built-in check off (or set its severity)
  quote-in-article: off
baseline: .factcheck-baseline.json   # known failures that do not fail the run (check --baseline)
exclude: [drafts/**]          # files and folders check skips
claimreview:                  # --format claimreview: who publishes, where, when (nothing is invented)
  publisher: Example Fact Desk
  url: https://example.org/checks/{article}#{claim}
  date: 2024-05-01
  warnings: false             # include claims that only need a look
```
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import yaml

from factcheck.exitcodes import FAIL_ON
from factcheck.loader import SEVERITIES, LoadError, Problem, YamlFile, compose, did_you_mean, display_path
from factcheck.quantity import DEFAULT_SETTINGS, ReadingSettings

CONFIG_NAMES = ("factcheck.yaml", ".factcheck.yaml", "factcheck.yml", ".factcheck.yml")
KEYS = ("paths", "format", "fail-on", "hedges", "severity", "rules", "baseline", "exclude", "claimreview")
CLAIMREVIEW_KEYS = ("publisher", "url", "date", "warnings")
OFF = "off"
HEDGE_KEYS = ("approx-k", "near-rel")


@dataclass(frozen=True)
class Config:
    path: str | None = None
    base: Path = field(default_factory=Path)
    paths: tuple[str, ...] = ()
    format: str | None = None
    fail_on: str | None = None
    reading: ReadingSettings = DEFAULT_SETTINGS
    severity: dict[str, str] = field(default_factory=dict)
    severity_lines: dict[str, int] = field(default_factory=dict)
    off: tuple[str, ...] = ()  # rules and built-in checks switched off (rules: {id: off})
    rules_lines: dict[str, int] = field(default_factory=dict)
    baseline: str | None = None
    exclude: tuple[str, ...] = ()
    claimreview: dict[str, str] = field(default_factory=dict)


def find_config(start: Path | None = None) -> Path | None:
    """The nearest factcheck.yaml, or pyproject.toml with a [tool.factcheck] table, from ``start`` upward."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        found = [folder / name for name in CONFIG_NAMES if (folder / name).is_file()]
        if len(found) > 1:
            names = " and ".join(p.name for p in found)
            raise LoadError([Problem(display_path(found[1]), 1, 1, f"{names} both configure this folder: keep one")])
        if found:
            return found[0]
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and re.search(r"^\[tool\.factcheck\]", pyproject.read_text("utf-8", "replace"), re.M):
            return pyproject
    return None


def load_config(path: Path | None, formats: tuple[str, ...]) -> Config:
    """Read a configuration file; problems raise :class:`LoadError` with file:line:col."""
    if path is None:
        return Config()
    display = display_path(path)
    if not path.is_file():
        raise LoadError([Problem(display, 1, 1, "no such configuration file")])
    text = path.read_text("utf-8", errors="replace")
    if path.name == "pyproject.toml":
        data, lines = _toml_table(path, text, display)
    else:
        data, lines = _yaml_mapping(text, display)
    return _validate(data, lines, display, path.parent, formats)


def _toml_table(path: Path, text: str, display: str) -> tuple[dict[str, Any], dict[str, int]]:
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - exercised on Python 3.10 only
        import tomli as tomllib
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        match = re.search(r"line (\d+), column (\d+)", str(error))
        line, column = (int(match.group(1)), int(match.group(2))) if match else (1, 1)
        raise LoadError([Problem(display, line, column, f"TOML syntax error: {error}")]) from None
    table = document.get("tool", {}).get("factcheck", {})
    # tomllib keeps no positions: find each key's line inside the [tool.factcheck] tables by text.
    lines: dict[str, int] = {}
    prefix: str | None = None  # the key path inside [tool.factcheck] of the current table; None outside it
    for number, raw in enumerate(text.splitlines(), 1):
        header = re.match(r"^\s*\[([^\]]+)\]", raw)
        if header:
            section = header.group(1).strip()
            inside = section == "tool.factcheck" or section.startswith("tool.factcheck.")
            prefix = section[len("tool.factcheck") :].lstrip(".") if inside else None
            if prefix:
                lines.setdefault(prefix, number)  # [tool.factcheck.hedges] is where 'hedges' is set
            continue
        key = re.match(r"^\s*([A-Za-z0-9_.\"'-]+)\s*=", raw)
        if key and prefix is not None:
            name = key.group(1).strip("\"'")
            lines[f"{prefix}.{name}" if prefix else name] = number
    return dict(table), lines


def _yaml_mapping(text: str, display: str) -> tuple[dict[str, Any], dict[str, int]]:
    root, problems = compose(text, display)
    if problems:
        raise LoadError(problems)
    if root is None:
        return {}, {}
    f = YamlFile(display)
    items = f.mapping(root, "the configuration")
    if f.problems or items is None:
        raise LoadError(f.problems)
    lines: dict[str, int] = {}
    data: dict[str, Any] = {}
    for name, (key, value) in items.items():
        lines[name] = key.start_mark.line + 1
        data[name] = yaml.safe_load(yaml.serialize(value))
        if isinstance(value, yaml.MappingNode):
            for sub_key, _ in value.value:
                lines[f"{name}.{sub_key.value}"] = sub_key.start_mark.line + 1
    return data, lines


def _validate(
    data: dict[str, Any], lines: dict[str, int], display: str, base: Path, formats: tuple[str, ...]
) -> Config:
    problems: list[Problem] = []

    def problem(key: str, message: str) -> None:
        problems.append(Problem(display, lines.get(key, 1), 1, message))

    for key in data:
        if key not in KEYS:
            problem(key, f"unknown setting {key!r}{did_you_mean(key, KEYS)}")
    paths = data.get("paths", [])
    if isinstance(paths, str):
        paths = [paths]
    if not isinstance(paths, list) or not all(isinstance(p, str) for p in paths):
        problem("paths", "paths must be a list of files or folders")
        paths = []
    fmt = data.get("format")
    if fmt is not None and fmt not in formats:
        problem("format", f"format must be one of {', '.join(formats)}, not {fmt!r}")
    fail_on = data.get("fail-on")
    if fail_on is not None and fail_on not in FAIL_ON:
        problem("fail-on", f"fail-on must be one of {', '.join(FAIL_ON)}, not {fail_on!r}")
    reading = DEFAULT_SETTINGS
    hedges = data.get("hedges", {}) or {}
    if not isinstance(hedges, dict):
        problem("hedges", "hedges must be a mapping: approx-k, near-rel")
        hedges = {}
    values: dict[str, Decimal] = {}
    for key, value in hedges.items():
        if key not in HEDGE_KEYS:
            problem(f"hedges.{key}", f"unknown hedge setting {key!r}{did_you_mean(key, HEDGE_KEYS)}")
            continue
        try:
            number = Decimal(str(value))
            if not number.is_finite() or number <= 0 or isinstance(value, bool):
                raise InvalidOperation
        except InvalidOperation:
            problem(f"hedges.{key}", f"{key} must be a positive number, not {value!r}")
            continue
        values[key] = number
    if values:
        reading = ReadingSettings(
            approx_k=values.get("approx-k", DEFAULT_SETTINGS.approx_k),
            near_rel=values.get("near-rel", DEFAULT_SETTINGS.near_rel),
        )
    severity = data.get("severity", {}) or {}
    if not isinstance(severity, dict):
        problem("severity", "severity must map rule ids to error or warning")
        severity = {}
    for rule_id, level in severity.items():
        if level not in SEVERITIES:
            problem(f"severity.{rule_id}", f"severity of {rule_id} must be error or warning, not {level!r}")
    rules = data.get("rules", {}) or {}
    if not isinstance(rules, dict):
        problem("rules", "rules must map rule or check ids to off, error or warning")
        rules = {}
    off: list[str] = []
    for rule_id, level in rules.items():
        if level is False or level == OFF:  # YAML reads a bare off as false
            off.append(str(rule_id))
        elif level in SEVERITIES:
            severity[rule_id] = level
        else:
            problem(f"rules.{rule_id}", f"{rule_id} must be off, error or warning, not {level!r}")
    baseline = data.get("baseline")
    if baseline is not None and not (isinstance(baseline, str) and baseline.strip()):
        problem("baseline", "baseline must be the path of a baseline file")
        baseline = None
    exclude = data.get("exclude", [])
    if isinstance(exclude, str):
        exclude = [exclude]
    if not isinstance(exclude, list) or not all(isinstance(p, str) for p in exclude):
        problem("exclude", "exclude must be a list of glob patterns")
        exclude = []
    claimreview = data.get("claimreview", {}) or {}
    if not isinstance(claimreview, dict):
        problem("claimreview", f"claimreview must be a mapping: {', '.join(CLAIMREVIEW_KEYS)}")
        claimreview = {}
    review: dict[str, str] = {}
    for key, value in claimreview.items():
        if key not in CLAIMREVIEW_KEYS:
            problem(f"claimreview.{key}", f"unknown claimreview setting {key!r}{did_you_mean(key, CLAIMREVIEW_KEYS)}")
            continue
        text = str(value).lower() if isinstance(value, bool) else str(value)  # YAML reads 2024-05-01 as a date
        message = claimreview_problem(key, text)
        if message:
            problem(f"claimreview.{key}", message)
        else:
            review[key] = text
    if problems:
        raise LoadError(problems)
    return Config(
        path=display,
        base=base,
        paths=tuple(str(base / p) if not Path(p).is_absolute() else p for p in paths),
        format=fmt,
        fail_on=fail_on,
        reading=reading,
        severity={str(k): str(v) for k, v in severity.items()},
        severity_lines={k: lines.get(f"severity.{k}", lines.get(f"rules.{k}", 1)) for k in severity},
        off=tuple(off),
        rules_lines={str(k): lines.get(f"rules.{k}", 1) for k in rules},
        baseline=str(base / baseline) if baseline is not None and not Path(baseline).is_absolute() else baseline,
        exclude=tuple(exclude),
        claimreview=review,
    )


def claimreview_problem(key: str, value: str) -> str | None:
    """What is wrong with one ClaimReview setting, or None."""
    if key == "date" and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return f"claimreview date must be YYYY-MM-DD, not {value!r}"
    if key == "url" and not re.match(r"https?://", value):
        return f"claimreview url must start with http:// or https://, not {value!r}"
    if key == "url" and "{claim}" not in value:
        return "claimreview url needs {claim} (and may use {article}): one page or anchor per reviewed claim"
    if key == "warnings" and value not in ("true", "false"):
        return f"claimreview warnings must be true or false, not {value!r}"
    if key == "publisher" and not value.strip():
        return "claimreview publisher must name who publishes the reviews"
    return None
