"""Signs: the spec's "Signs" rule (-3.8%, −3.8%, 负3.8%, 零下十五度, +5%, minus five percent).

A sign belongs to the figure only where it stands right before the number; between two numbers a dash joins a
range (3%-5%) and minus or plus is arithmetic (ten minus five).
"""

from __future__ import annotations

from factcheck.quantity import nonfigures
from factcheck.quantity.definitions import en, zh
from factcheck.quantity.lazyre import lazy_compile
from factcheck.quantity.scan.spans import ARABIC_RE, EN_GLUED, EN_WORD_ALT, SPACES, Core, ScanBase, Unread

_EN_NUMBER_END_RE = lazy_compile(f"(?<![a-z])(?:{EN_GLUED}|{EN_WORD_ALT})$")

_SIGN_WORD_RE = lazy_compile(r"(?<![a-z])(" + "|".join(en.SIGN_WORDS) + r")[ \t\u00a0]+$")
_SIGN_WORD_LAST = frozenset(word[-1] for word in en.SIGN_WORDS)


_DASH_MINUS = frozenset("\u2013\u2014")  # en dash, em dash
_ANY_DASH = frozenset("-\u2013\u2014")
_DASH_SIGN_AFTER = frozenset(" \t\u00a0\u3000(（:：=，,")  # what may stand before a dash that is a minus sign

_EITHER_WAY = ("plus or", "plus and")  # plus or minus 3: a margin of error, as +/- is


class SignReading(ScanBase):
    def _signed(self, i: int, core: Core | None, resume: int) -> tuple[Core | None, int]:
        """minus five percent, negative 3.2%, plus twenty: a sign word right before the number is its sign."""
        if core is None or core.start != i or i < 5 or self.text[i - 1] not in SPACES:
            return core, resume
        if self.lower[max(0, i - 12) : i].rstrip(" \t\u00a0")[-1:] not in _SIGN_WORD_LAST:
            return core, resume  # no sign word can end right before the spaces
        match = _SIGN_WORD_RE.search(self.lower, max(0, i - 12), i)
        if match is None:
            return core, resume
        before = self.lower[max(0, match.start() - 16) : match.start()].rstrip()
        if before and (before[-1].isdigit() or before[-1] in "%‰" or _EN_NUMBER_END_RE.search(before)):
            return core, resume  # ten minus five: arithmetic between two numbers, not a sign
        if before.endswith(_EITHER_WAY):
            return core, resume  # plus or minus 3 points: a margin either way, never minus 3
        core.start = match.start()
        if en.SIGN_WORDS[match.group(1)] < 0:
            core.value = -core.value
            if core.fixed is not None:
                core.fixed = -core.fixed
            if core.range is not None:
                core.range = -core.range
        return core, resume

    def _sign_before(self, i: int) -> int:
        """Length of a minus sign before the number at i (-3.8%, −3.8%, 负3.8%), or 0."""
        text = self.text
        prev = text[i - 1] if i > 0 else ""
        if prev == zh.MINUS:
            return int(nonfigures.minus_before(text, i))  # 减负12亿元, 胜负3场: 负 ends a word there, no minus
        if prev == "下" and text.endswith(zh.BELOW_ZERO, 0, i):
            return len(zh.BELOW_ZERO)  # 零下5度 = -5 degrees
        if prev == "−":
            return 0 if i >= 2 and text[i - 2].isdigit() else 1
        if prev in _ANY_DASH and i >= 2 and self._figure_ends_at(i - 1):
            return 0  # 3万元-5万元, 5人—10人: a dash after a figure's measure word joins a range
        if prev in "-−" and text[i - 3 : i - 1] == "+/":
            return 0  # +/-120, +/-2.5%: a margin of error either way, never minus 120
        if prev == "-":
            before = text[i - 2] if i >= 2 else ""
            if before and (before in zh.NUMERAL_CHARS or before in "%‰)）"):
                return 0  # 3%-5%, 5万-10万: a dash between two figures joins a range
            if before == "" or (not (before.isascii() and before.isalnum()) and before not in ".-"):
                return 1
        if prev in _DASH_MINUS:
            # 增长—2.3%, "change: –0.3%": typesetters print the minus as a dash. Between two figures it joins a
            # range (1—10月, 1.2万—1.5万); at the start of a line or doubled (——) it is a bullet or an aside, never
            # a sign; alone before a figure expression (parse_quantity) it is the sign.
            if i < 2 or text[i - 2] == "\n":
                if self.strict:
                    return 1
                if prev == "\u2014":
                    return 0  # —5个项目: an em dash opening a line is a bullet, as Chinese lists set it
                # –1.2% opening a line (a table's first cell): a minus, or a bullet set tight; never +1.2%
                run = ARABIC_RE.match(text, i)
                raise Unread(text[i - 1 : run.end() if run else i + 1])
            before = text[i - 2]
            if before in zh.NUMERAL_CHARS or before in "%‰)）":
                return 0
            if before in _DASH_SIGN_AFTER or "\u3400" <= before <= "\u9fff":
                return 1
        return 0

    def _figure_ends_at(self, end: int) -> bool:
        """A Chinese figure with its measure word ends right at ``end`` (3万元, 5人); the unit reader answers."""
        return False

    def _plus_before(self, i: int) -> bool:
        text = self.text
        if i == 0 or text[i - 1] != "+":
            return False
        before = text[i - 2] if i >= 2 else ""
        return before == "" or not (before.isascii() and before.isalnum())
