"""Configuration, JSON Schema, init, and the pre-commit and GitHub Action definitions."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from click.testing import CliRunner

from factcheck.cli import cli
from factcheck.loader import LoadError, load
from factcheck.schema import KINDS, schema, schema_text
from tests.helpers import ROOT


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr


# -- configuration ---------------------------------------------------------------------------------


def test_config_sets_format_paths_and_fail_on(project: Path) -> None:
    (project / "data").mkdir()
    shutil.move(project / "claims", project / "data" / "claims")
    shutil.move(project / "rules", project / "data" / "rules")
    text = (project / "data" / "claims" / "jincheng-politics-law-2016-2020.yaml").read_text("utf-8")
    (project / "data" / "claims" / "jincheng-politics-law-2016-2020.yaml").write_text(
        text.replace("text: ../articles/", "text: ../../articles/"), "utf-8"
    )
    (project / "factcheck.yaml").write_text("paths: [data/claims, data/rules]\nformat: json\n", "utf-8")
    sub = project / "deeper" / "still"
    sub.mkdir(parents=True)
    import os

    os.chdir(sub)  # the configuration is found by searching upward
    code, out, err = run("check")
    assert code == 0, err
    assert json.loads(out)["summary"]["rules"] == 26


def test_config_in_pyproject(project: Path) -> None:
    (project / "pyproject.toml").write_text('[project]\nname = "x"\n\n[tool.factcheck]\nformat = "markdown"\n', "utf-8")
    code, out, _ = run("check")
    assert code == 0
    assert out.startswith("### factcheck ✅")


def test_config_severity_override_and_hedge_widths(project: Path) -> None:
    (project / "factcheck.yaml").write_text(
        "format: json\nseverity:\n  procuratorate-implied-total-plausible: error\nhedges:\n  approx-k: 2\n", "utf-8"
    )
    _, out, _ = run("check")
    report = json.loads(out)
    rule = next(f for f in report["findings"] if f["id"] == "procuratorate-implied-total-plausible")
    assert rule["severity"] == "error"
    summary = next(f for f in report["findings"] if f["id"] == "mediation-summary-matches-body")
    assert summary["value"] == {"lo": "4000", "hi": "6000", "lo_closed": True, "hi_closed": True}  # 5000件左右, k=2


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("formt: json\n", "factcheck.yaml:1:1: unknown setting 'formt' (did you mean 'format'?)"),
        ("format: json\nfail-on: sometimes\n", "factcheck.yaml:2:1: fail-on must be one of error, warning, never"),
        ("hedges:\n  near-rel: -1\n", "factcheck.yaml:2:1: near-rel must be a positive number"),
        ("hedges:\n  aprox-k: 2\n", "factcheck.yaml:2:1: unknown hedge setting 'aprox-k' (did you mean 'approx-k'?)"),
        ("severity:\n  no-such-rule: warning\n", "factcheck.yaml:2:1: severity for unknown rule 'no-such-rule'"),
        ("format: [\n", "factcheck.yaml:2:1: YAML syntax error"),
    ],
)
def test_bad_config_exits_2_with_file_line(project: Path, content: str, message: str) -> None:
    (project / "factcheck.yaml").write_text(content, "utf-8")
    code, _, err = run("check")
    assert code == 2
    assert err.startswith(message), err


def test_bad_pyproject_setting_names_its_line(project: Path) -> None:
    (project / "pyproject.toml").write_text('[tool.factcheck]\nformat = "rich"\nfail_on = "x"\n', "utf-8")
    code, _, err = run("check")
    assert code == 2
    assert err.startswith("pyproject.toml:3:1: unknown setting 'fail_on' (did you mean 'fail-on'?)")


def test_bad_pyproject_subtable_setting_names_its_line(project: Path) -> None:
    text = '[project]\nname = "x"\n\n[tool.factcheck]\nformat = "rich"\n\n[tool.factcheck.hedges]\naprox-k = 2\n'
    (project / "pyproject.toml").write_text(text, "utf-8")
    code, _, err = run("check")
    assert code == 2
    assert err.startswith("pyproject.toml:8:1: unknown hedge setting 'aprox-k'")


def test_explicit_config_option(project: Path) -> None:
    (project / "elsewhere.yaml").write_text("format: markdown\n", "utf-8")
    code, out, _ = run("check", "--config", "elsewhere.yaml")
    assert code == 0 and out.startswith("### factcheck")
    code, _, err = run("check", "--config", "missing.yaml")
    assert code == 2 and "no such configuration file" in err


# -- JSON Schema -----------------------------------------------------------------------------------


class _PlainLoader(yaml.SafeLoader):
    """YAML as an editor's language server reads it: dates stay strings (YAML 1.2)."""


_PlainLoader.yaml_implicit_resolvers = {
    key: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _validator(kind: str) -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(schema(kind))


def _kind(data: Any) -> str | None:
    if isinstance(data, dict) and "claims" in data:
        return "claims"
    if isinstance(data, dict) and ("rules" in data or "derive" in data):
        return "rules"
    return None


def test_schema_command_prints_valid_json_schema() -> None:
    for kind in KINDS:
        code, out, _ = run("schema", kind)
        assert code == 0
        document = json.loads(out)
        jsonschema.Draft202012Validator.check_schema(document)
        assert document["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_schema_accepts_every_file_the_loader_accepts() -> None:
    files = [*ROOT.glob("claims/*.yaml"), *ROOT.glob("rules/*.yaml"), *ROOT.glob("tests/cases/positive/*/*.yaml")]
    files = [f for f in files if f.name != "expected.yaml"]
    assert len(files) >= 5
    for path in files:
        data = yaml.load(path.read_text("utf-8"), Loader=_PlainLoader)
        kind = _kind(data)
        assert kind is not None, path
        errors = [e.message for e in _validator(kind).iter_errors(data)]
        assert errors == [], (path, errors)


STRUCTURAL = ("unknown field", "missing field", "must be", "not a claims file")


@pytest.mark.parametrize("case", sorted((ROOT / "tests" / "cases" / "negative").iterdir()), ids=lambda p: p.name)
def test_schema_and_loader_agree_on_bad_input(case: Path) -> None:
    """Where the loader reports a problem of structure, the schema rejects the file too; a file the schema
    rejects, the loader rejects as well."""
    expected = (case / "expected.txt").read_text("utf-8").splitlines()
    for path in sorted(case.glob("*.yaml")):
        try:
            data = yaml.load(path.read_text("utf-8"), Loader=_PlainLoader)
        except (yaml.YAMLError, UnicodeDecodeError):
            continue  # not YAML at all: no schema applies, and the loader reports it (see test_loader)
        structural = [
            line for line in expected if line.startswith(path.name + ":") and any(w in line for w in STRUCTURAL)
        ]
        kind = _kind(data) or ("claims" if path.name.startswith("claims") else "rules")
        schema_errors = list(_validator(kind).iter_errors(data))
        if structural:
            assert schema_errors, (path, structural)
        if schema_errors:
            with pytest.raises(LoadError):
                load([path])


def test_repo_schemas_are_current() -> None:
    for kind in KINDS:
        assert (ROOT / "schemas" / f"{kind}.schema.json").read_text("utf-8") == schema_text(kind)


# -- init, pre-commit, action ----------------------------------------------------------------------


def test_init_scaffolds_and_refuses_to_overwrite(tmp_path: Path) -> None:
    code, out, _ = run("init", str(tmp_path / "newsroom"))
    assert code == 0
    root = tmp_path / "newsroom"
    for path in (
        "factcheck.yaml",
        "claims/README.md",
        "rules/README.md",
        "articles/README.md",
        "schemas/claims.schema.json",
    ):
        assert (root / path).is_file(), path
    assert "- id: factcheck" in out and "uses: OWNER/factcheck@" in out
    (root / "factcheck.yaml").write_text("format: json\n", "utf-8")
    code, _, err = run("init", str(root))
    assert code == 2 and "never overwrites" in err
    assert (root / "factcheck.yaml").read_text("utf-8") == "format: json\n"


def test_scaffolded_config_loads() -> None:
    from factcheck.config import load_config
    from factcheck.formatters import REPORT_FORMATS
    from factcheck.init import config_text

    path = Path(__file__).parent / "data" / "_init_config.yaml"
    try:
        path.write_text(config_text(), "utf-8")
        config = load_config(path, tuple(REPORT_FORMATS))
    finally:
        path.unlink()
    assert config.format is None and config.fail_on == "error"  # rich on a terminal, text in a pipe


def test_pre_commit_hook_runs_quietly_on_articles_and_configuration() -> None:
    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text("utf-8"))
    assert hook["id"] == "factcheck" and hook["entry"] == "factcheck check --quiet"
    assert hook["language"] == "python" and hook["pass_filenames"] is False
    import re

    pattern = re.compile(hook["files"])
    for path in (
        "claims/x.yaml",
        "rules/x.yaml",
        "articles/x.txt",
        "articles/2024/x.md",
        "pyproject.toml",
        ".factcheck.yaml",
        "factcheck.yaml",
        "factcheck.yml",
        "sub/factcheck.yaml",
    ):
        assert pattern.search(path), path
    for path in ("src/x.py", "README.md", "myfactcheck.yaml", "pyproject.toml.bak"):
        assert not pattern.search(path), path


def _action_step(inputs: dict[str, str], workdir: Path, extra_env: dict[str, str] | None = None) -> tuple[int, str]:
    """Run the action's "Run factcheck" step as GitHub would: inputs with their defaults, in its folder."""
    import os
    import re
    import subprocess
    import sys

    action = yaml.safe_load((ROOT / "action.yml").read_text("utf-8"))
    values = {name: spec.get("default", "") for name, spec in action["inputs"].items()} | inputs
    (step,) = [s for s in action["runs"]["steps"] if s.get("name") == "Run factcheck"]

    def expand(text: str) -> str:
        return re.sub(r"\$\{\{\s*inputs\.([\w-]+)\s*\}\}", lambda m: values[m.group(1)], text)

    env = {k: v for k, v in os.environ.items() if k not in ("GITHUB_STEP_SUMMARY", "NO_COLOR", "FORCE_COLOR")}
    env |= {"GITHUB_ACTIONS": "true", "PATH": f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"}
    env |= {name: expand(str(value)) for name, value in step["env"].items()} | (extra_env or {})
    cwd = workdir / expand(step["working-directory"])
    done = subprocess.run(["bash", "-c", step["run"]], cwd=cwd, env=env, capture_output=True, text=True, check=False)
    return done.returncode, done.stdout + done.stderr


def test_action_runs_check_with_github_annotations_by_default(project: Path) -> None:
    text = (project / "articles/jincheng-politics-law-2016-2020.txt").read_text("utf-8")
    (project / "articles/jincheng-politics-law-2016-2020.txt").write_text(text.replace("组织13个", "组织15个"), "utf-8")
    code, out = _action_step({}, project)
    assert code == 1
    assert out.startswith("::error file=claims/jincheng-politics-law-2016-2020.yaml")  # the quote no longer matches


def test_action_passes_format_and_fail_on_only_when_given(project: Path) -> None:
    (project / "factcheck.yaml").write_text("format: json\nfail-on: never\n", "utf-8")
    code, out = _action_step({}, project)
    assert code == 0 and json.loads(out)["schema"] == "factcheck.report/1"  # factcheck.yaml decides
    code, out = _action_step({"format": "text", "fail-on": "error"}, project)
    assert code == 0 and out.startswith("1 article, 65 claims")


def test_action_working_directory_config_and_commands(project: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    shutil.move(project / "claims", site / "claims")
    shutil.move(project / "rules", site / "rules")
    shutil.move(project / "articles", site / "articles")
    (site / "ci.yaml").write_text("format: json\n", "utf-8")
    code, out = _action_step({"working-directory": "site", "config": "ci.yaml"}, tmp_path)
    assert code == 0 and json.loads(out)["summary"]["rules"] == 26
    article = "articles/jincheng-politics-law-2016-2020.txt"
    code, out = _action_step({"working-directory": "site", "command": "scan", "args": article}, tmp_path)
    assert code == 0 and out.startswith("factcheck: 1 article")
    claims = "--claims claims/jincheng-politics-law-2016-2020.yaml"
    code, out = _action_step({"working-directory": "site", "command": "draft", "args": f"{article} {claims}"}, tmp_path)
    assert code == 0 and "coverage:" in out
    code, out = _action_step({"working-directory": "site", "command": "extract"}, tmp_path)
    assert code == 2 and "command must be check, draft or scan" in out
