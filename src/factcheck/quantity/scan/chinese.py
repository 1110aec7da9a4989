"""Chinese numerals: the spec's "Numbers as written" and "Read a numeral wholly, or not at all" for Chinese.

A run of numeral characters read wholly (common, financial, colloquial: 三万五, 壹佰万, 廿), 零 as the figure 0
(零伤亡), 百分之/千分之/万分之, 半成, 半数, 过半, 一半, 翻一番, 数十万 and 上千, 两三百, 三八折, money in 角 and 分.
The numeral itself is parsed by ``numerals/chinese.py``.
"""

from __future__ import annotations

import re
from decimal import Decimal

from factcheck.quantity import nonfigures
from factcheck.quantity.definitions import zh
from factcheck.quantity.hedges import Hedge, prefix_hedge
from factcheck.quantity.interval import ZERO, Interval
from factcheck.quantity.lazyre import lazy_compile
from factcheck.quantity.numerals.chinese import digit_string, is_digit_sequence, read_chinese
from factcheck.quantity.ranges import DOUBLING_RE
from factcheck.quantity.scan.arabic import ArabicReading
from factcheck.quantity.scan.spans import (
    ARABIC_RE,
    CN_CHAIN_RE,
    CN_NUMERAL_CLASS,
    CN_RUN_RE,
    CN_SPACED_RUN_RE,
    ONE,
    RANGE_ONLY,
    TEN,
    Core,
    Unread,
    chain_value,
    core_from_number,
    core_from_numeral,
    last_nonzero_place,
    trailing_group,
)
from factcheck.quantity.scan.units import CN_UNIT_RE
from factcheck.quantity.units import PER_HUNDRED_THOUSAND, PER_MILLE, PER_TEN_THOUSAND, PERCENT

# 一到五个, 一至三年: 一 starting a range is the number one.
_CN_RANGE_START_RE = lazy_compile(f"(?:至|到)[{CN_NUMERAL_CLASS}]")

# The unit of each 分之 mark: 百分之 %, 千分之 ‰, 万分之 ‱, 十万分之 a rate per 100,000 (one table for every path).
_PERCENT_UNIT_OF = {"%": PERCENT, "‰": PER_MILLE, "‱": PER_TEN_THOUSAND, "/10万": PER_HUNDRED_THOUSAND}

_SPACED_NEXT = frozenset(zh.NUMERAL_CHARS) | {" "}  # 三千 九百, 四点 五

_GROUP_CHARS = frozenset("万亿")
# the months of a term after its years (一年六个月, 十一年零六个月, 1年零3个月)
_TERM_MONTHS_RE = lazy_compile(f"(?:[{CN_NUMERAL_CLASS}]+|\\d+)个?月")
_ZERO_NOUN_RE = lazy_compile("|".join(map(re.escape, zh.ZERO_NOUNS)))


class ChineseReading(ArabicReading):
    def _one_tenth(self, i: int, end: int) -> bool:
        """不足一成, 近一成, 占一成: 一成 after a hedge or 占 is a tenth (10%), never the article 一 (一成不变)."""
        if self.text[end : end + 1] != zh.CHENG or self.text[end + 1 : end + 2] == "不":
            return False
        if self.text[end + 1 : end + 2] in zh.MORE_WORDS:
            return True  # 一成多: more than a tenth
        return self.text[i - 1 : i] == zh.SHARE_VERB or prefix_hedge(self.text, self.lower, i) is not None

    def _hedged_one(self, i: int, end: int) -> bool:
        """近一吨, 超过一个月, 不到一年: 一 between a bound word and a measure word is the number one; so is 一 before
        倍 (增长了一倍, 增加一倍多: 一倍 is never the article)."""
        if self.text.startswith(zh.MULTIPLE_UNIT, end):
            return True
        if not CN_UNIT_RE.match(self.text, end) or self.text[end : end + 1] == zh.CHENG:
            return False
        return prefix_hedge(self.text, self.lower, i) is not None

    def _one_and_a_half(self, end: int) -> bool:
        """一年半, 一个半月, 一天半: one and a half of a unit, never the article 一 (一次半价 is no half of a time)."""
        text = self.text
        if text.startswith(zh.GE_HALF, end):
            return any(text.startswith(word, end + len(zh.GE_HALF)) for word in zh.HALF_AFTER_GE)
        unit = CN_UNIT_RE.match(text, end)
        return (
            unit is not None
            and text[unit.end() : unit.end() + 1] == zh.HALF
            and text[unit.end() + 1 : unit.end() + 2] not in zh.NOT_AFTER_HALF
        )

    def _term_one(self, i: int, end: int) -> bool:
        """有期徒刑一年, 缓刑一年六个月, 一年零三个月: 一 counts the years of a term, never the article."""
        text = self.text
        if text[end : end + 1] != zh.YEAR_UNIT:
            return False
        if _TERM_MONTHS_RE.match(text, end + 1 + (text[end + 1 : end + 2] == zh.TERM_JOINER)):
            return True
        return text.endswith(zh.TERM_WORDS, max(0, i - 4), i)

    def _chinese(self, i: int) -> tuple[Core | None, int]:
        text = self.text
        for word, mark in zh.PER_HUNDRED.items():
            if text.startswith(word, i):
                return self._per_hundred(i, len(word), mark)
        if text.startswith("半成", i) and text[i + 2 : i + 3] not in zh.CHENG_NOT_BEFORE:
            core = core_from_number(i, i + 2, Decimal("0.5"), ONE, ONE, chinese=True)
            core.percent_scale, core.percent_unit = TEN, PERCENT  # 半成 = 5%
            core.value = Decimal(5)
            core.half = ZERO
            return core, i + 2
        if text.startswith("半数", i):
            return self._fixed_share(i, i + 2, Interval.point(50)), i + 2
        if text.startswith(zh.OVER_HALF, i):
            word = next(w for w in sorted(zh.OVER_HALF, key=len, reverse=True) if text.startswith(w, i))
            return self._fixed_share(i, i + len(word), Interval(Decimal(50), Decimal(100), False, True)), i + len(word)
        if (
            text[i : i + 1] == zh.TERM_JOINER
            and text[i + 1 : i + 2] in zh.NUMERAL_CHARS
            and text[i - 1 : i] == zh.YEAR_UNIT
            and _TERM_MONTHS_RE.match(text, i + 1)
        ):
            i += 1  # 十一年零六个月: the months after the years, read on their own
            joined = True
        else:
            joined = False
        run = CN_RUN_RE.match(text, i)
        if run is None:
            return None, i + 1
        chars = run.group()
        if (
            len(chars) > 1
            and chars[1].isascii()
            and chars[1].isdigit()
            and chars[0] in zh.WORD_END_NUMERALS
            and nonfigures.han_before(text, i)
            and text[i - 1] not in zh.NUMERAL_CHARS
        ):
            return None, i + 1  # 队伍12支, 内陆12个, 统一12家: the character ends a word; the digits are read after it
        end = run.end()
        unit_cut = False
        if "千" in chars[1:]:
            cut = self._unit_start(i + 1, end)
            if cut < end:  # 五千瓦 is 5 千瓦, 两千千克 2000 千克: the longest unit wins over a multiplier
                chars, end, unit_cut = text[i:cut], cut, True
        if text[end : end + 1] in (" ", zh.POINT) and text[end + 1 : end + 2] in _SPACED_NEXT:
            spaced = CN_SPACED_RUN_RE.match(text, i)
            compact = spaced.group().replace(" ", "") if spaced else chars
            if spaced and read_chinese(compact) is not None:
                chars, end = compact, spaced.end()  # 三千 九百 六十五 = 3965 (text from PDFs), never three figures
        prev = text[i - 1] if i > 0 and not joined else ""
        if prev in zh.NUMERAL_CHARS and prev != zh.POINT:
            return None, end
        if prev == zh.AMBIGUOUS_MULTIPLIER and i > 1 and (text[i - 2] in zh.NUMERAL_CHARS or text[i - 2].isdigit()):
            return None, end  # 五兆六十二亿: the rest of a numeral led by 兆 (refused), never read on its own
        if text[end : end + 1] == zh.DOZEN_OR_HIT:
            raise Unread(text[i : end + 1])  # 五十打: fifty dozen or fifty hits; never 50
        if text[end : end + 1] == zh.AMBIGUOUS_MULTIPLIER and not self._led_unit_at(end):
            raise Unread(text[i : end + 1])  # 三百兆: a million or a trillion, by who writes it; 三百兆瓦 is read
        if text.startswith(zh.FRACTION_MARK, end) and not nonfigures.label_before(text, self.lower, i):
            return self._chinese_fraction(i, chars, end)
        number = read_chinese(chars)
        if number is not None and text.startswith(zh.COLLOQUIAL_YI, end) and not _GROUP_CHARS.intersection(chars):
            spoken = read_chinese(chars + zh.COLLOQUIAL_YI[-1])
            if spoken is not None:  # 两个亿, 一个亿: spoken 亿 with a measure word between, 2亿 and 1亿
                chars, end, number = chars + zh.COLLOQUIAL_YI[-1], end + len(zh.COLLOQUIAL_YI), spoken
        if self.labels.in_name(i, end, (i, end) if number is not None else None):
            return None, end
        if nonfigures.label_before(text, self.lower, i) and not self._word_before_counted(i, end):
            return None, end  # 第一, 表一
        doubling = (
            DOUBLING_RE.match(text, i - 1)
            if prev == "翻"
            else (DOUBLING_RE.match(text, i - 2) if text[i - 2 : i] == "翻了" else None)
        )
        if doubling is not None:
            if text[doubling.end() : doubling.end() + 1] in zh.MORE_WORDS:
                raise Unread(text[doubling.start() : doubling.end() + 1])  # 翻了两番多: more than x4, never x4
            core = Core(doubling.start(), doubling.end(), Decimal(zh.DOUBLINGS[doubling.group()]), ZERO, ONE, ONE, ONE)
            core.unit = zh.MULTIPLE_UNIT
            core.fixed = Interval.point(core.value)
            return core, core.end
        if chars in ("一",) and text[end : end + 1] == "半":
            return self._fixed_share(i, end + 1, Interval.point(50)), end + 1
        # 数十万, 几百: [2U, 10U); 上千, 上万: [U, 10U).
        if (
            prev in zh.RANGE_PREFIXES
            and CN_CHAIN_RE.fullmatch(chars)
            and chars
            and not (prev == "上" and text[i - 2 : i - 1] == "以")  # 三年以上十年以下: 上 ends 以上, never 上十
        ):
            unit = chain_value(chars)
            factor = self.settings.shu_lower_factor if prev != "上" else ONE
            core = Core(i - 1, end, unit * factor, ZERO, unit, unit, trailing_group(chars), chinese=True)
            core.range = Interval(unit * factor, unit * TEN, True, False)
            core.hedge, core.hedge_text = Hedge.RANGE, prev
            return core, end
        if text.startswith((zh.DIGIT_COUNT_WORD, zh.TIER_WORD), end):
            return None, end  # 两位数增长 (double digits), 三四线城市 (tiers of cities): no figures
        adjacent = self._adjacent_range(i, chars)
        if adjacent is not None:
            return adjacent, end
        if is_digit_sequence(chars):
            if len(chars) == 2 and chars[0] not in zh.ZEROS and self._discount_at(end):
                digits = digit_string(chars)
                assert digits is not None
                return core_from_number(i, end, Decimal(digits), ONE, ONE, chinese=True), end  # 三八折 = 38%
            return None, end
        if chars in zh.ZEROS:
            return self._zero(i, end)
        if number is None:
            if chars in ("万", "亿", "百", "千", "万亿", "百万", "千万", "十万", "十亿", "百亿", "千亿"):
                core = core_from_number(i, end, ONE, chain_value(chars), trailing_group(chars), chinese=True)
                core.bare = True
                return core, end
            if any(c in zh.DIGITS or c in zh.SMALL_UNITS for c in chars) and not any(c.isdigit() for c in chars):
                raise Unread(chars)
            return None, end
        if text[end : end + 1] == "届" and nonfigures.session(text, end):
            return None, end  # 十三届全国人大
        if chars == "二" and text[end : end + 1] == "次":
            return None, end  # 二次: secondary, a second time
        if text[end : end + 1] == "次" and text[max(0, i - 4) : i].endswith(zh.SESSION_BODIES):
            return None, end  # 十二届全国人大五次会议: a session
        if nonfigures.list_number(text, i, end, chinese=True):
            return None, end  # 一是, （一）
        at_start = i == self._expression_start() or (prev == zh.MINUS and i - 1 == self._expression_start())
        range_one = False
        if chars in ("一", "壹") and not (
            self.include_one
            or unit_cut
            or (self.strict and at_start and self._counted(end))
            or self._one_tenth(i, end)
            or self._term_one(i, end)
            or self._hedged_one(i, end)
            or self._one_and_a_half(end)
        ):
            if not _CN_RANGE_START_RE.match(text, end):
                return None, end  # 一 alone is the indefinite article (一场, 一份, 之一) or part of a word (一切, 一些)
            range_one = True  # 一至五年: a figure only as the first end of a range
        if zh.POINT in chars and text.startswith(("分", "时"), end):
            return None, end  # 八点三十分: a time of day
        start = i
        if nonfigures.minus_before(text, i):
            start = i - 1  # 负三成; never 减负三成
        elif prev == "下" and text.endswith(zh.BELOW_ZERO, 0, i):
            start = i - len(zh.BELOW_ZERO)  # 零下十五度 = -15 degrees
        if text[end : end + 1] == zh.JIAO and len(chars) == 1 and chars in zh.DIGITS:
            return self._jiao(start, i, chars, end), end  # 肆角叁分: money in jiao and fen
        core = core_from_numeral(start, end, number, chinese=True)
        if range_one:
            core.notes.append(RANGE_ONLY)
        if start < i:
            core.value = -core.value
        hedge_at = end
        while text[hedge_at : hedge_at + 1] == " ":
            hedge_at += 1  # 五百 余万, 一百 二 十 几亿 (text from PDFs): the hedge and its multiplier still belong
        if hedge_at > end and text[hedge_at : hedge_at + 1] in (*zh.MORE_WORDS, zh.FEW):
            after = hedge_at + 1
            while text[after : after + 1] == " ":
                after += 1
            nxt = CN_CHAIN_RE.match(text, after)
            if number.multiplier != 1 or not (nxt and nxt.group() and nxt.group()[-1] in "万亿"):
                raise Unread(text[i : after + 1])  # 五百 多人: not exactly 500, and not read across the space
            text = text[:end] + text[hedge_at] + text[after:]  # the same rule, on the text without the spaces
            shift = after - (end + 1)
        else:
            shift = 0
        if number.multiplier == 1 and text[end : end + 1] in (*zh.MORE_WORDS, zh.FEW):
            nxt = CN_CHAIN_RE.match(text, end + 1)
            if nxt and nxt.group() and nxt.group()[-1] in "万亿":
                # Rule (b): 十多万 -> [10万, 20万).
                chain = nxt.group()
                mult = chain_value(chain)
                low = number.mantissa * mult
                step = last_nonzero_place(number.mantissa) * mult
                core = core_from_number(
                    i, nxt.end() + shift, number.mantissa, mult, trailing_group(chain), chinese=True
                )
                core.range = Interval(low, low + step, True, False)
                core.hedge, core.hedge_text = Hedge.MORE, text[end]
                return core, nxt.end() + shift
        return core, end

    def _discount_at(self, pos: int) -> bool:
        return self.text[pos : pos + 1] == zh.ZHE and self.text[pos + 1 : pos + 2] not in zh.ZHE_NOT_BEFORE

    def _zero(self, i: int, end: int) -> tuple[Core | None, int]:
        """零伤亡, 命案零发生, 零元: 零 before a noun of counting, a measure word or a currency is the figure 0."""
        text = self.text
        if text.startswith(zh.BELOW_ZERO, i):
            return None, end  # 零下十五度: the sign of the figure after it
        noun = _ZERO_NOUN_RE.match(text, end)
        unit = CN_UNIT_RE.match(text, end)
        if noun is None and not (unit and unit.group() in zh.CURRENCIES) and not self.strict:
            return None, end
        core = core_from_number(i, end, ZERO, ONE, ONE, chinese=True)
        if noun is not None:
            core.end = noun.end()
            core.exact = True
        core.plain_arabic = False
        return core, core.end

    def _per_hundred(self, i: int, length: int, mark: str) -> tuple[Core | None, int]:
        """百分之二十九点二 (percent), 千分之五 (per mille), 万分之三 (per ten thousand), 十万分之三 (per 100,000)."""
        text = self.text
        body = i + length
        negative = text[body : body + 1] in (zh.MINUS, "-", "−")
        if negative:
            body += 1
        arabic = ARABIC_RE.match(text, body)
        if arabic:
            mantissa = Decimal(arabic.group().replace(",", ""))
            end = arabic.end()
            if text[end : end + 1].isascii() and text[end : end + 1].isalpha():
                raise Unread(text[i : end + 1])  # 百分之15K: not 15%
        else:
            run = CN_RUN_RE.match(text, body)
            spaced = CN_SPACED_RUN_RE.match(text, body) if run is not None else None
            if run is not None and spaced is not None and spaced.end() > run.end():
                compact = spaced.group().replace(" ", "")
                if read_chinese(compact) is not None:
                    run = spaced  # 百分之五 十 = 50%, 百分之一 点五 = 1.5%: never 5% or 1%
            if run is not None and run.group() == "百":
                mantissa, end = Decimal(100), run.end()  # 百分之百: all of it
            elif run is None:
                return None, body
            elif (adjacent := self._adjacent_range(body, run.group())) is not None and not negative:
                # 百分之二三十 = [20%, 40%), 百分之五六 = [5%, 7%): two adjacent digits, as 两三百 is [200, 400).
                start = i - 1 if nonfigures.minus_before(text, i) else i
                if start < i:
                    raise Unread(text[start : run.end()])
                adjacent.start = i
                adjacent.percent_scale, adjacent.chinese = ONE, True
                adjacent.percent_unit = _PERCENT_UNIT_OF[mark]
                return adjacent, run.end()
            else:
                numeral = run.group().replace(" ", "")
                digits = digit_string(numeral)
                number = read_chinese(numeral)
                if digits is not None and number is None:
                    mantissa = Decimal(digits)  # 百分之三五: digits read one by one
                elif number is None or number.multiplier != 1:
                    raise Unread(text[i : run.end()])
                else:
                    mantissa = number.mantissa
                end = run.end()
        start = i - 1 if nonfigures.minus_before(text, i) else i
        if negative or start < i:
            mantissa = -mantissa
        core = self._percent_core(start, end, mantissa, ONE)
        core.percent_unit = _PERCENT_UNIT_OF[mark]
        core.chinese = arabic is None
        return core, end
