"""Finding English left in output meant to be Chinese.

A *word* is a run of two or more Latin letters.  Output passes when every word is inside a token that is
exempt, and a token is exempt for exactly one of these reasons:

- it is in ``vocabulary``: what the caller knows the user typed or must type as is: the project's ids (claim,
  rule, derived and article ids), command names, option values; or a finding id built from them
  (``changed:sweep.gangs``, ``sweep.gangs:quote-in-article``, ``unverified:37:15``: a finding kind, a built-in
  check's name or line:column joined to such an id by ``:``); or the first or last part of such an id where a
  narrow table column cut it in two (only ids with ``-``, ``_`` or ``.``, which no English word has), and
  likewise the head or tail of a file name the caller names (``ml`` of ``rules/x.yaml`` at 40 columns);
- it is a name the interface never translates (NAMES: file formats and tools, the program's name);
- it is a key of factcheck's files written as a key (``paths:``, ``suggested:``, ``url=``, ``warnings=true``,
  ``args:``), from the loader's, the configuration's and the GitHub Action's own key lists, or one of the
  values those keys take as written (``off``, ``error``, ``warning``, ``never``, ``true``, ``false``);
- it is a template field the user writes (``{claim}`` in a ClaimReview url pattern);
- it is a path or a file name (has a ``/`` or ``\\``, or ends in a file extension factcheck reads or writes,
  optionally with ``:line:column``), a bare extension (``.docx``) or a dot-file's name (``.factcheck_cache``);
- it is an option (``--format``, ``-o``) or a metavar (all capitals: ``FILE``, ``PATHS...``, ``KEY=VALUE``);
- it is inside a choice list (``[rich|json]``), or it is an infinite end of an interval written in interval
  notation (``[98, inf)``, ``(-inf, 5]``).

Anything else with a Latin word (``holds``, ``off by 2``, ``id``) is English left untranslated.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import yaml

from factcheck.config import CLAIMREVIEW_KEYS, HEDGE_KEYS, KEYS, OFF
from factcheck.engine import BUILTIN_CHECKS
from factcheck.exitcodes import FAIL_ON
from factcheck.findings import Kind
from factcheck.loader import ARTICLE_KEYS, CLAIM_KEYS, CLAIMS_FILE_KEYS, RULE_KEYS, RULES_FILE_KEYS, SEVERITIES
from tests.helpers import ROOT

NAMES = frozenset(
    {
        "factcheck", "JSON", "Schema", "YAML", "SARIF", "JUnit", "HTML", "Markdown", "GitHub", "Actions", "CI",
        "pre-commit", "ClaimReview", "Word", "PDF", "UTF-8", "OpenCC", "GitLab", "Jenkins",
    }
)  # fmt: skip
ACTION_INPUTS = frozenset(yaml.safe_load((ROOT / "action.yml").read_text("utf-8"))["inputs"])
FILE_KEYS = frozenset(
    {
        *KEYS,
        *HEDGE_KEYS,
        *CLAIMREVIEW_KEYS,
        *ARTICLE_KEYS,
        *CLAIM_KEYS,
        *RULE_KEYS,
        *CLAIMS_FILE_KEYS,
        *RULES_FILE_KEYS,
        "derive",
        "id",
        *ACTION_INPUTS,
    }
)
FILE_VALUES = frozenset({OFF, *SEVERITIES, *FAIL_ON, "true", "false"})
EXTENSIONS = r"(?:ya?ml|toml|txt|md|html?|docx|pdf|json|xml|sarif)"
WORD = re.compile(r"[A-Za-z]{2,}")
TOKEN = re.compile(r"[A-Za-z0-9_./\\:<>@#%'+=-]+")
CHOICES = re.compile(r"\[[A-Za-z0-9_|-]+\]")
PATH = re.compile(rf"(?:.*[/\\].*|[\w.-]*\.{EXTENSIONS}(?::\d+(?::\d+)?)?|\.[\w-]+)")
METAVAR = re.compile(r"[A-Z][A-Z_]+(?:=[A-Z_]+)?(?:\.\.\.)?")
KEY_VALUE = re.compile(r"([a-z-]+)=[a-z0-9]*")
TEMPLATE_FIELD = re.compile(r"\{[a-z_]+\}")
INTERVAL = re.compile(r"[\[(](?:-inf|-?[\d,.]+), (?:inf|-?[\d,.]+)[\])]")


FINDING_PARTS = frozenset({*(kind.value for kind in Kind), *BUILTIN_CHECKS})


def _is_id(part: str, vocabulary: frozenset[str]) -> bool:
    return part in vocabulary or part in FINDING_PARTS or part.isdigit()


def _cut_id(token: str, vocabulary: frozenset[str]) -> bool:
    """The head or the tail of a long id that a table column folded onto two lines."""
    return len(token) >= 2 and any(
        len(word) > len(token) and (word.startswith(token) or word.endswith(token)) and re.search(r"[-_.]", word)
        for word in vocabulary
    )


def _exempt(token: str, vocabulary: frozenset[str]) -> bool:
    bare = token.strip(".,:;'\"")
    if bare in vocabulary or bare in NAMES or token in vocabulary or bare in FILE_VALUES:
        return True
    if ":" in bare and all(_is_id(part, vocabulary) for part in bare.split(":")):
        return True
    if _cut_id(re.sub(r"(?::\d+){1,2}$", "", bare), vocabulary):  # an id or a file name, and its :line
        return True
    if token.endswith(":") and token[:-1] in FILE_KEYS:
        return True
    key_value = KEY_VALUE.fullmatch(bare)
    if key_value and key_value.group(1) in FILE_KEYS:
        return True
    if bare.startswith("-") or re.fullmatch(rf"\.{EXTENSIONS}", token.rstrip(".,:;")):
        return True
    return bool(PATH.fullmatch(bare) or PATH.fullmatch(token.rstrip(",:;")) or METAVAR.fullmatch(bare))


def english_left(text: str, vocabulary: Iterable[str] = ()) -> list[str]:
    """Each line of ``text`` that still has an English word, with the words (empty when all is translated)."""
    exempt = frozenset(vocabulary)
    found = []
    for line in text.splitlines():
        line = INTERVAL.sub(" ", TEMPLATE_FIELD.sub(" ", CHOICES.sub(" ", line))).replace("`", " ` ")
        words = [token for token in TOKEN.findall(line) if WORD.search(token) and not _exempt(token, exempt)]
        if words:
            found.append(f"{line.strip()}  <- {' '.join(words)}")
    return found
