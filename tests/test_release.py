"""Publishing: the distribution name, the licence, and the tags the pre-commit and Action snippets pin."""

from __future__ import annotations

import re
import sys
from importlib import metadata

from factcheck import __version__
from tests.helpers import ROOT

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib


def test_distribution_name_and_licence() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    assert project["name"] == "factcheck-figures"  # "factcheck" on the index is an unrelated project
    assert project["license"] == "Apache-2.0" and "LICENSE" in project["license-files"]
    assert project["scripts"] == {"factcheck": "factcheck.cli:main"}  # the command keeps its name
    assert (ROOT / "LICENSE").read_text("utf-8").split()[:4] == ["Apache", "License", "Version", "2.0,"]
    installed = metadata.metadata("factcheck-figures")
    assert installed["Name"] == "factcheck-figures"
    assert installed["License-Expression"] == "Apache-2.0"


def test_snippets_pin_the_released_tag() -> None:
    readme = (ROOT / "README.md").read_text("utf-8")
    pins = re.findall(r"rev: (v[\d.]+)|OWNER/factcheck@(v[\d.]+)", readme)
    tags = {tag for pair in pins for tag in pair if tag}
    assert tags == {f"v{__version__}"}, tags
    assert len(pins) >= 2  # the pre-commit hook and the GitHub Action


def test_changelog_and_release_steps() -> None:
    changelog = (ROOT / "CHANGELOG.md").read_text("utf-8")
    assert f"\n## {__version__}\n" in changelog
    releasing = (ROOT / "RELEASING.md").read_text("utf-8")
    assert 'git tag -a vX.Y.Z -m "factcheck X.Y.Z"' in releasing and "factcheck-figures" in releasing
    assert "pipx install factcheck-figures" in (ROOT / "README.md").read_text("utf-8")
