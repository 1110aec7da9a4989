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
language: zh_CN               # messages and reports: en, zh_CN or zh_TW (default: the locale)
```
"""

from __future__ import annotations

import os
import re
import sys
from dataclasses import field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import yaml

from factcheck.exitcodes import FAIL_ON
from factcheck.i18n import LANGUAGES, _, normalize
from factcheck.loader import SEVERITIES, LoadError, Problem, YamlFile, compose, did_you_mean, display_path
from factcheck.quantity import DEFAULT_SETTINGS, ReadingSettings
from factcheck.quantity.lazyre import lazy_compile
from factcheck.records import Record, record_with_dict, set_field
from factcheck.safeio import InputError, decode, read_file

_STR = "tag:yaml.org,2002:str"
_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"
_BOOL = "tag:yaml.org,2002:bool"
_NULL = "tag:yaml.org,2002:null"
_SEQ = "tag:yaml.org,2002:seq"
_MAP = "tag:yaml.org,2002:map"
_TIMESTAMP = "tag:yaml.org,2002:timestamp"  # 2024-05-01: kept as written, a date setting checks its form
_SCALAR_TAGS = (_STR, _INT, _FLOAT, _BOOL, _NULL, _TIMESTAMP)
_KEY_TAGS = (_STR, _INT, _FLOAT, _BOOL)

CONFIG_NAMES = ("factcheck.yaml", ".factcheck.yaml", "factcheck.yml", ".factcheck.yml")
KEYS = ("paths", "format", "fail-on", "hedges", "severity", "rules", "baseline", "exclude", "claimreview", "language")
CLAIMREVIEW_KEYS = ("publisher", "url", "date", "warnings")
OFF = "off"
HEDGE_KEYS = ("approx-k", "near-rel")
# The widest hedges that still mean something: 约 V is V +/- 100 half-units at most; 近 V at most V below V.
HEDGE_LIMITS = {"approx-k": Decimal(100), "near-rel": Decimal(1)}


@record_with_dict
class Config(Record):
    """The project's settings as read from factcheck.yaml or pyproject.toml (defaults where it says nothing)."""

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

    def __init__(
        self,
        path: str | None = None,
        base: Path | None = None,
        paths: tuple[str, ...] = (),
        format: str | None = None,
        fail_on: str | None = None,
        reading: ReadingSettings = DEFAULT_SETTINGS,
        severity: dict[str, str] | None = None,
        severity_lines: dict[str, int] | None = None,
        off: tuple[str, ...] = (),
        rules_lines: dict[str, int] | None = None,
        baseline: str | None = None,
        exclude: tuple[str, ...] = (),
        claimreview: dict[str, str] | None = None,
    ) -> None:
        set_field(self, "path", path)
        set_field(self, "base", Path() if base is None else base)
        set_field(self, "paths", paths)
        set_field(self, "format", format)
        set_field(self, "fail_on", fail_on)
        set_field(self, "reading", reading)
        set_field(self, "severity", {} if severity is None else severity)
        set_field(self, "severity_lines", {} if severity_lines is None else severity_lines)
        set_field(self, "off", off)
        set_field(self, "rules_lines", {} if rules_lines is None else rules_lines)
        set_field(self, "baseline", baseline)
        set_field(self, "exclude", exclude)
        set_field(self, "claimreview", {} if claimreview is None else claimreview)


def find_config(start: Path | None = None) -> Path | None:
    """The nearest factcheck.yaml, or pyproject.toml with a [tool.factcheck] table, from ``start`` upward."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        # lexists: a FIFO or a broken link named factcheck.yaml is found, and loading it says what is wrong
        found = [folder / name for name in CONFIG_NAMES if os.path.lexists(folder / name)]
        if len(found) > 1:
            names = _(", ").join(p.name for p in found[:-1])
            names = _("{names} and {last}").format(names=names, last=found[-1].name)
            raise LoadError(
                [
                    Problem(
                        display_path(found[1]),
                        1,
                        1,
                        _("{names} both configure this folder: keep one").format(names=names),
                    )
                ]
            )
        if found:
            return found[0]
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file():
            try:
                text = read_file(pyproject).decode("utf-8", "replace")
            except InputError:
                continue  # not readable: not a configuration we could have used
            if _TOOL_TABLE.search(text):
                return pyproject
    return None


# [tool.factcheck], [tool.factcheck.hedges], a dotted `tool.factcheck... =` key, or `factcheck =` after a
# [tool] header: each is meant for us (and, if it is not a table of settings, loading it says so).
_TOOL_TABLE = lazy_compile(
    r"^[ \t]*\[[ \t]*tool[ \t]*\.[ \t]*factcheck[ \t]*[\].]"
    r"|^[ \t]*tool[ \t]*\.[ \t]*factcheck[ \t]*[=.]"
    r"|^[ \t]*\[[ \t]*tool[ \t]*\][^\[]*?^[ \t]*factcheck[ \t]*[=.]",
    re.M | re.S,
)


def load_config(path: Path | None, formats: tuple[str, ...]) -> Config:
    """Read a configuration file; problems raise :class:`LoadError` with file:line:col."""
    if path is None:
        return Config()
    display = display_path(path)
    if not os.path.lexists(path):
        raise LoadError([Problem(display, 1, 1, _("no such configuration file"))])
    try:
        text = decode(read_file(path))
    except InputError as error:
        raise LoadError([Problem(display, 1, 1, str(error))]) from None
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
        raise LoadError(
            [Problem(display, line, column, _("TOML syntax error: {problem}").format(problem=error))]
        ) from None
    except RecursionError:
        raise LoadError([Problem(display, 1, 1, _("TOML nested too deeply"))]) from None
    tool = document.get("tool", {})
    table = tool.get("factcheck", {}) if isinstance(tool, dict) else {}
    if not isinstance(table, dict):
        line = next((n for n, raw in enumerate(text.splitlines(), 1) if re.match(r"^\s*factcheck\s*=", raw)), 1)
        raise LoadError([Problem(display, line, 1, _("[tool.factcheck] must be a table of settings"))])
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
    items = f.mapping(root, _("the configuration"))
    if f.problems or items is None:
        raise LoadError(f.problems)
    lines: dict[str, int] = {}
    data: dict[str, Any] = {}
    for name, (key, value) in items.items():
        lines[name] = key.start_mark.line + 1
        data[name] = _plain(f, value, 1)
        if isinstance(value, yaml.MappingNode):
            for sub_key, _sub_value in value.value:
                lines[f"{name}.{sub_key.value}"] = sub_key.start_mark.line + 1
    if f.problems:
        raise LoadError(f.problems)
    return data, lines


_MAX_DEPTH = 3  # settings are at most a mapping of mappings or lists of plain values
_BOOLS = {"true": True, "yes": True, "on": True, "false": False, "no": False, "off": False}


def _plain(f: YamlFile, node: yaml.Node, depth: int) -> Any:
    """A configuration value as plain Python data, built from the YAML nodes without constructing any tag.

    Only the core YAML types are understood (strings, numbers, booleans, null, lists, mappings); a tag
    such as ``!!python/object`` is a problem at its line, never a constructor call.
    """
    if depth > _MAX_DEPTH:
        f.at(node, _("nested too deeply for a factcheck setting"))
        return None
    if isinstance(node, yaml.MappingNode) and node.tag == _MAP:
        result: dict[str, Any] = {}
        for key, value in node.value:
            if not isinstance(key, yaml.ScalarNode) or key.tag not in _KEY_TAGS:
                f.at(key, _("keys of settings must be plain names"))
                continue
            result[str(key.value)] = _plain(f, value, depth + 1)
        return result
    if isinstance(node, yaml.SequenceNode) and node.tag == _SEQ:
        return [_plain(f, item, depth + 1) for item in node.value]
    if isinstance(node, yaml.ScalarNode) and node.tag in _SCALAR_TAGS:
        text = str(node.value)
        if node.tag == _NULL:
            return None
        if node.tag == _BOOL:
            return _BOOLS.get(text.lower(), text)
        if node.tag in (_INT, _FLOAT):
            return text  # numbers stay text: settings read them as Decimal, exactly as written
        return text
    f.at(node, _("YAML tag {tag!r} is not allowed in a configuration file").format(tag=node.tag))
    return None


def _validate(
    data: dict[str, Any], lines: dict[str, int], display: str, base: Path, formats: tuple[str, ...]
) -> Config:
    problems: list[Problem] = []

    def problem(key: str, message: str) -> None:
        problems.append(Problem(display, lines.get(key, 1), 1, message))

    for key in data:
        if key not in KEYS:
            problem(key, _("unknown setting {key!r}{hint}").format(key=key, hint=did_you_mean(key, KEYS)))
    paths = data.get("paths", [])
    if isinstance(paths, str):
        paths = [paths]
    if not isinstance(paths, list) or not all(isinstance(p, str) for p in paths):
        problem("paths", _("paths must be a list of files or folders"))
        paths = []
    for outside in [p for p in paths if not _inside(base, p)]:
        problem(
            "paths",
            _("paths: {path!r} is outside the project ({project}): name folders inside it").format(
                path=outside, project=display_path(base)
            ),
        )
    fmt = data.get("format")
    if fmt is not None and fmt not in formats:
        problem(
            "format", _("format must be one of {choices}, not {value!r}").format(choices=", ".join(formats), value=fmt)
        )
    fail_on = data.get("fail-on")
    if fail_on is not None and fail_on not in FAIL_ON:
        problem(
            "fail-on",
            _("fail-on must be one of {choices}, not {value!r}").format(choices=", ".join(FAIL_ON), value=fail_on),
        )
    language = data.get("language")
    if language is not None and normalize(language) is None:
        problem(
            "language",
            _("language must be one of {choices}, not {language!r}").format(
                choices=", ".join(LANGUAGES), language=language
            ),
        )
    reading = DEFAULT_SETTINGS
    hedges = data.get("hedges", {}) or {}
    if not isinstance(hedges, dict):
        problem("hedges", _("hedges must be a mapping: approx-k, near-rel"))
        hedges = {}
    values: dict[str, Decimal] = {}
    for key, value in hedges.items():
        if key not in HEDGE_KEYS:
            problem(
                f"hedges.{key}",
                _("unknown hedge setting {key!r}{hint}").format(key=key, hint=did_you_mean(key, HEDGE_KEYS)),
            )
            continue
        most = HEDGE_LIMITS[key]
        try:
            number = Decimal(str(value))
            if not number.is_finite() or number <= 0 or number > most or isinstance(value, bool):
                raise InvalidOperation
        except (InvalidOperation, ValueError):
            problem(
                f"hedges.{key}",
                _("{key} must be a positive number, at most {most}, not {value}").format(
                    key=key, most=most, value=_short(value)
                ),
            )
            continue
        values[key] = number
    if values:
        reading = ReadingSettings(
            approx_k=values.get("approx-k", DEFAULT_SETTINGS.approx_k),
            near_rel=values.get("near-rel", DEFAULT_SETTINGS.near_rel),
        )
    severity = data.get("severity", {}) or {}
    if not isinstance(severity, dict):
        problem("severity", _("severity must map rule ids to error or warning"))
        severity = {}
    for rule_id, level in severity.items():
        if level not in SEVERITIES:
            problem(
                f"severity.{rule_id}",
                _("severity of {id} must be error or warning, not {level!r}").format(id=rule_id, level=level),
            )
    rules = data.get("rules", {}) or {}
    if not isinstance(rules, dict):
        problem("rules", _("rules must map rule or check ids to off, error or warning"))
        rules = {}
    off: list[str] = []
    for rule_id, level in rules.items():
        if level is False or level == OFF:  # YAML reads a bare off as false
            off.append(str(rule_id))
        elif level in SEVERITIES:
            severity[rule_id] = level
        else:
            problem(
                f"rules.{rule_id}",
                _("{id} must be off, error or warning, not {level!r}").format(id=rule_id, level=level),
            )
    baseline = data.get("baseline")
    if baseline is not None and not (isinstance(baseline, str) and baseline.strip()):
        problem("baseline", _("baseline must be the path of a baseline file"))
        baseline = None
    if baseline is not None and not _inside(base, baseline):
        problem(
            "baseline",
            _("baseline: {path!r} is outside the project ({project}): keep it inside").format(
                path=baseline, project=display_path(base)
            ),
        )
        baseline = None
    exclude = data.get("exclude", [])
    if isinstance(exclude, str):
        exclude = [exclude]
    if not isinstance(exclude, list) or not all(isinstance(p, str) for p in exclude):
        problem("exclude", _("exclude must be a list of glob patterns"))
        exclude = []
    claimreview = data.get("claimreview", {}) or {}
    if not isinstance(claimreview, dict):
        problem("claimreview", _("claimreview must be a mapping: {keys}").format(keys=", ".join(CLAIMREVIEW_KEYS)))
        claimreview = {}
    review: dict[str, str] = {}
    for key, value in claimreview.items():
        if key not in CLAIMREVIEW_KEYS:
            problem(
                f"claimreview.{key}",
                _("unknown claimreview setting {key!r}{hint}").format(
                    key=key, hint=did_you_mean(key, CLAIMREVIEW_KEYS)
                ),
            )
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
        return _("claimreview date must be YYYY-MM-DD, not {value!r}").format(value=value)
    if key == "url" and not re.match(r"https?://", value):
        return _("claimreview url must start with http:// or https://, not {value!r}").format(value=value)
    if key == "url" and "{claim}" not in value:
        return _("claimreview url needs {claim} (and may use {article}): one page or anchor per reviewed claim").format(
            claim="{claim}", article="{article}"
        )
    if key == "warnings" and value not in ("true", "false"):
        return _("claimreview warnings must be true or false, not {value!r}").format(value=value)
    if key == "publisher" and not value.strip():
        return _("claimreview publisher must name who publishes the reviews")
    return None


def _short(value: object, limit: int = 40) -> str:
    shown = repr(value)
    return shown if len(shown) <= limit else shown[: limit - 1] + "…"


def _inside(base: Path, path: str) -> bool:
    """Whether ``path`` (relative to the configuration's folder) resolves inside that folder.

    The configuration travels with the claims it configures: a pull request could set ``paths:`` to
    ``/home/runner/.ssh`` and have its files read and quoted in error messages.
    """
    try:
        root = base.resolve()
        target = (base / path).resolve()
    except (OSError, ValueError, RuntimeError):
        return False
    return target == root or root in target.parents
