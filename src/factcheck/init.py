"""``factcheck init``: scaffold a project, never over anything that exists."""

from __future__ import annotations

import os
from pathlib import Path

from factcheck import __version__
from factcheck.app import Outcome, write_schemas
from factcheck.errors import FactcheckError
from factcheck.exitcodes import ExitCode
from factcheck.safeio import create_file, make_folder, reason

CONFIG = """\
# factcheck configuration: https://pypi.org/project/factcheck-figures/ (docs/format.md in the source)
paths: [claims, rules]      # what `factcheck check` reads
# format: text              # default: rich on a terminal, text elsewhere, github under GitHub Actions
fail-on: error              # error | warning | never
hedges:
  approx-k: 1               # 约/左右/about: V +/- k * g/2
  near-rel: 0.10            # 近/nearly: [V - min(g, r * V), V)
severity: {}                # per-rule overrides, e.g. {leader-share-plausible: error}
rules: {}                   # switch a rule or built-in check off, e.g. {quote-in-article: off}
# baseline: .factcheck-baseline.json   # known failures to accept (factcheck check --write-baseline)
"""

READMES = {
    "articles": "# Articles\n\nOne UTF-8 text file per article, as published. Claims quote them verbatim.\n",
    "claims": (
        "# Claims\n\n`<article-id>.yaml`: the article's figures. `factcheck extract articles/X.txt -o .` drafts one.\n"
    ),
    "rules": "# Rules\n\n`<article-id>.yaml`: the arithmetic the figures must satisfy. See docs/format.md.\n",
}

SNIPPETS = f"""\
Scaffolded a factcheck project. Next:

  factcheck extract articles/ARTICLE.txt -o .     # draft claims/ and rules/ for an article
  factcheck check                                  # verify them

pre-commit (.pre-commit-config.yaml), to check whenever claims, rules or articles change:

  repos:
    - repo: https://github.com/OWNER/factcheck    # where factcheck's repository lives
      rev: v{__version__}
      hooks:
        - id: factcheck

GitHub Actions (.github/workflows/factcheck.yml):

  on: [push, pull_request]
  jobs:
    factcheck:
      runs-on: ubuntu-latest
      steps:
        - uses: actions/checkout@v4
        - uses: OWNER/factcheck@v{__version__}     # the composite action in action.yml
          with:
            command: check                         # or draft / scan, with args:

GitLab CI / Jenkins (JUnit test report):

  factcheck check --format junit --output factcheck-junit.xml
"""


def run_init(directory: str) -> Outcome:
    root = Path(directory)
    planned = [root / "factcheck.yaml"] + [root / name / "README.md" for name in READMES]
    existing = [str(p) for p in planned if os.path.lexists(p)]  # a dangling link exists too: never written through
    if existing:
        message = f"{', '.join(existing)} already exist(s): nothing written (init never overwrites)"
        return Outcome(errors=[message], exit_code=ExitCode.BAD_INPUT)
    try:
        linked = [str(root / name) for name in (*READMES, "schemas") if (root / name).is_symlink()]
    except OSError as error:
        return Outcome(errors=[f"cannot write in {root}: {reason(error)}"], exit_code=ExitCode.BAD_INPUT)
    if linked:
        message = f"{', '.join(linked)} is a symbolic link: nothing written (factcheck never writes through one)"
        return Outcome(errors=[message], exit_code=ExitCode.BAD_INPUT)
    try:
        root.mkdir(parents=True, exist_ok=True)
        create_file(root / "factcheck.yaml", CONFIG)
        for name, text in READMES.items():
            make_folder(root / name)
            create_file(root / name / "README.md", text)
        write_schemas(root)
    except OSError as error:
        return Outcome(errors=[f"cannot write: {reason(error)}"], exit_code=ExitCode.BAD_INPUT)
    except FactcheckError as error:
        return Outcome(errors=[str(error)], exit_code=ExitCode.BAD_INPUT)
    return Outcome(output=SNIPPETS)
