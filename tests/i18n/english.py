"""Finding English left in output meant to be Chinese.

A *word* is a run of two or more Latin letters.  Output passes when every word is inside a token that is
exempt, and a token is exempt for exactly one of these reasons:

- it is in ``vocabulary``: what the caller knows the user typed or must type as is: the project's ids (claim,
  rule, derived and article ids), command names, option values;
- it is a name the interface never translates (NAMES: file formats and tools, the program's name);
- it is a key of factcheck's files written as a key (``paths:``, ``suggested:``, ``url=``, ``warnings=true``),
  from the loader's and the configuration's own key lists;
- it is a template field the user writes (``{claim}`` in a ClaimReview url pattern);
- it is a path or a file name (has a ``/`` or ``\\``, or ends in a file extension factcheck reads or writes,
  optionally with ``:line:column``), or a bare extension (``.docx``);
- it is an option (``--format``, ``-o``) or a metavar (all capitals: ``FILE``, ``PATHS...``, ``KEY=VALUE``);
- it is inside a choice list (``[rich|json]``).

Anything else with a Latin word (``holds``, ``off by 2``, ``id``) is English left untranslated.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from factcheck.config import CLAIMREVIEW_KEYS, HEDGE_KEYS, KEYS
from factcheck.loader import ARTICLE_KEYS, CLAIM_KEYS, CLAIMS_FILE_KEYS, RULE_KEYS, RULES_FILE_KEYS

NAMES = frozenset(
    {
        "factcheck", "JSON", "Schema", "YAML", "SARIF", "JUnit", "HTML", "Markdown", "GitHub", "Actions", "CI",
        "pre-commit", "ClaimReview", "Word", "PDF", "UTF-8", "OpenCC",
    }
)  # fmt: skip
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
    }
)
EXTENSIONS = r"(?:ya?ml|toml|txt|md|html?|docx|pdf|json|xml|sarif)"
WORD = re.compile(r"[A-Za-z]{2,}")
TOKEN = re.compile(r"[A-Za-z0-9_./\\:<>@#%'+=-]+")
CHOICES = re.compile(r"\[[A-Za-z0-9_|-]+\]")
PATH = re.compile(rf"(?:.*[/\\].*|[\w.-]*\.{EXTENSIONS}(?::\d+(?::\d+)?)?)")
METAVAR = re.compile(r"[A-Z][A-Z_]+(?:=[A-Z_]+)?(?:\.\.\.)?")
KEY_VALUE = re.compile(r"([a-z-]+)=[a-z0-9]*")
TEMPLATE_FIELD = re.compile(r"\{[a-z_]+\}")


def _exempt(token: str, vocabulary: frozenset[str]) -> bool:
    bare = token.strip(".,:;'\"")
    if bare in vocabulary or bare in NAMES or token in vocabulary:
        return True
    if token.endswith(":") and token[:-1] in FILE_KEYS:
        return True
    key_value = KEY_VALUE.fullmatch(bare)
    if key_value and key_value.group(1) in FILE_KEYS:
        return True
    if bare.startswith("-") or re.fullmatch(rf"\.{EXTENSIONS}", token.rstrip(".,:;")):
        return True
    return bool(PATH.fullmatch(bare) or METAVAR.fullmatch(bare))


def english_left(text: str, vocabulary: Iterable[str] = ()) -> list[str]:
    """Each line of ``text`` that still has an English word, with the words (empty when all is translated)."""
    exempt = frozenset(vocabulary)
    found = []
    for line in text.splitlines():
        line = TEMPLATE_FIELD.sub(" ", CHOICES.sub(" ", line)).replace("`", " ` ")
        words = [token for token in TOKEN.findall(line) if WORD.search(token) and not _exempt(token, exempt)]
        if words:
            found.append(f"{line.strip()}  <- {' '.join(words)}")
    return found
