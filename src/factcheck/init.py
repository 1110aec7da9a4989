"""``factcheck init``: scaffold a project, never over anything that exists."""

from __future__ import annotations

import os
from pathlib import Path

from factcheck import __version__
from factcheck.app import Outcome, write_schemas
from factcheck.errors import FactcheckError
from factcheck.exitcodes import ExitCode
from factcheck.i18n import _, ngettext
from factcheck.safeio import create_file, make_folder, reason


def config_text() -> str:
    """factcheck.yaml as init writes it: the keys as they are, the comments in the reader's language."""
    lines = [
        ("", _("factcheck configuration: {url} (docs/format.md in the source)").format(url=PROJECT_URL)),
        ("paths: [claims, rules]", _("what `factcheck check` reads")),
        ("# format: text", _("default: rich on a terminal, text elsewhere, github under GitHub Actions")),
        ("fail-on: error", "error | warning | never"),
        ("hedges:", ""),
        ("  approx-k: 1", _("约/左右/about: V +/- k * g/2")),
        ("  near-rel: 0.10", _("近/nearly: [V - min(g, r * V), V)")),
        ("severity: {}", _("per-rule overrides, e.g. {example}").format(example="{leader-share-plausible: error}")),
        (
            "rules: {}",
            _("switch a rule or built-in check off, e.g. {example}").format(example="{quote-in-article: off}"),
        ),
        (
            "# baseline: .factcheck-baseline.json",
            _("known failures to accept (factcheck check --write-baseline)"),
        ),
    ]
    out = []
    for setting, comment in lines:
        if not setting:
            out.append(f"# {comment}")
        elif comment:
            out.append(f"{setting:<27} # {comment}" if len(setting) < 27 else f"{setting}   # {comment}")
        else:
            out.append(setting)
    return "\n".join(out) + "\n"


PROJECT_URL = "https://pypi.org/project/factcheck-figures/"


def readmes() -> dict[str, str]:
    """The README.md of each folder init makes."""
    return {
        "articles": "# {}\n\n{}\n".format(
            _("Articles"), _("One UTF-8 text file per article, as published. Claims quote them verbatim.")
        ),
        "claims": "# {}\n\n{}\n".format(
            _("Claims"),
            _("`<article-id>.yaml`: the article's figures. `factcheck extract articles/X.txt -o .` drafts one."),
        ),
        "rules": "# {}\n\n{}\n".format(
            _("Rules"), _("`<article-id>.yaml`: the arithmetic the figures must satisfy. See docs/format.md.")
        ),
    }


FOLDERS = ("articles", "claims", "rules")


_SNIPPETS = """\
{next}

  factcheck extract articles/ARTICLE.txt -o .     # {draft}
  factcheck check                                  # {verify}

{pre_commit}

  repos:
    - repo: https://github.com/OWNER/factcheck    # {repository}
      rev: v{version}
      hooks:
        - id: factcheck

{actions}

  on: [push, pull_request]
  jobs:
    factcheck:
      runs-on: ubuntu-latest
      steps:
        - uses: actions/checkout@v4
        - uses: OWNER/factcheck@v{version}     # {action}
          with:
            command: check                         # {command}

{junit}

  factcheck check --format junit --output factcheck-junit.xml
"""


def snippets() -> str:
    """What init prints: the next steps, then the pre-commit and CI snippets to add."""
    return _SNIPPETS.format(
        version=__version__,
        next=_("Scaffolded a factcheck project. Next:"),
        draft=_("draft claims/ and rules/ for an article"),
        verify=_("verify them"),
        pre_commit=_("pre-commit (.pre-commit-config.yaml), to check whenever claims, rules or articles change:"),
        repository=_("where factcheck's repository lives"),
        actions=_("GitHub Actions (.github/workflows/factcheck.yml):"),
        action=_("the composite action in action.yml"),
        command=_("or draft / scan, with args:"),
        junit=_("GitLab CI / Jenkins (JUnit test report):"),
    )


def run_init(directory: str) -> Outcome:
    root = Path(directory)
    planned = [root / "factcheck.yaml"] + [root / name / "README.md" for name in FOLDERS]
    existing = [str(p) for p in planned if os.path.lexists(p)]  # a dangling link exists too: never written through
    if existing:
        message = ngettext(
            "{paths} already exists: nothing written (init never overwrites)",
            "{paths} already exist: nothing written (init never overwrites)",
            len(existing),
        ).format(paths=", ".join(existing))
        return Outcome(errors=[message], exit_code=ExitCode.BAD_INPUT)
    try:
        linked = [str(root / name) for name in (*FOLDERS, "schemas") if (root / name).is_symlink()]
    except OSError as error:
        message = _("cannot write in {path}: {reason}").format(path=root, reason=reason(error))
        return Outcome(errors=[message], exit_code=ExitCode.BAD_INPUT)
    if linked:
        message = ngettext(
            "{paths} is a symbolic link: nothing written (factcheck never writes through one)",
            "{paths} are symbolic links: nothing written (factcheck never writes through one)",
            len(linked),
        ).format(paths=", ".join(linked))
        return Outcome(errors=[message], exit_code=ExitCode.BAD_INPUT)
    try:
        root.mkdir(parents=True, exist_ok=True)
        create_file(root / "factcheck.yaml", config_text())
        for name, text in readmes().items():
            make_folder(root / name)
            create_file(root / name / "README.md", text)
        write_schemas(root)
    except OSError as error:
        return Outcome(errors=[_("cannot write: {reason}").format(reason=reason(error))], exit_code=ExitCode.BAD_INPUT)
    except FactcheckError as error:
        return Outcome(errors=[str(error)], exit_code=ExitCode.BAD_INPUT)
    return Outcome(output=snippets())
