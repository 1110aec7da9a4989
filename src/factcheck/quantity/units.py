"""Units and kinds of figures: measure words, currencies, percent, durations."""

from __future__ import annotations

import enum


class Kind(enum.Enum):
    COUNT = "count"
    MONEY = "money"
    PERCENT = "percent"
    PERCENTAGE_POINTS = "percentage_points"
    DURATION = "duration"
    MULTIPLE = "multiple"
    NUMBER = "number"


PERCENT = "%"
PP = "pp"

# Measure words written after a Chinese figure.  Longer entries win, so
# 人次 is read before 人 and 个月 before 个.
CHINESE_COUNT_UNITS = (
    "人次 件次 户次 批次 架次 连冠 连胜 平方公里 平方米 立方米 公里 千米 公斤 千克 公顷 "
    "个 件 起 人 名 份 场 条 次 宗 项 家 所 处 座 辆 台 套 户 位 支 批 类 种 例 块 间 栋 幢 层 "
    "张 本 篇 期 届 轮 枚 颗 根 道 门 艘 架 只 头 匹 株 棵 吨 克 斤 米 亩 首 部 册 卷 笔 单 对 双 "
    "岁 台次 床 辆次 倍 分"
).split()

CHINESE_DURATION_UNITS = "个多小时 个小时 个星期 个季度 个月 小时 分钟 星期 季度 年 天 周 秒".split()

CURRENCIES: dict[str, str] = {
    "美元": "USD",
    "欧元": "EUR",
    "港元": "HKD",
    "港币": "HKD",
    "日元": "JPY",
    "英镑": "GBP",
    "元人民币": "CNY",
    "元": "CNY",
    "块钱": "CNY",
}

# Currency signs and codes written before a figure.
CURRENCY_PREFIXES: dict[str, str] = {
    "US$": "USD",
    "$": "USD",
    "¥": "CNY",
    "RMB": "CNY",
    "€": "EUR",
    "£": "GBP",
    "HK$": "HKD",
}

ENGLISH_UNITS: dict[str, str] = {
    "yuan": "CNY",
    "renminbi": "CNY",
    "rmb": "CNY",
    "dollars": "USD",
    "us dollars": "USD",
    "euros": "EUR",
}

ENGLISH_COUNT_UNITS = (
    "people, persons, residents, cases, criminal cases, disputes, complaints, incidents, households, villages, "
    "schools, companies, firms, enterprises, officials, suspects, projects, items, courts, groups, gangs, "
    "organizations, organisations, members, staff, police officers, judges, prosecutors, lawyers"
).split(", ")
ENGLISH_DURATION_UNITS = "years year months month days day weeks week hours hour".split()

DURATION_UNITS = frozenset(CHINESE_DURATION_UNITS) | frozenset(ENGLISH_DURATION_UNITS)

# 近 followed by one of these means "the last N", not "nearly N".
RECENT_TIME_UNITS = frozenset("年 个月 天 周 个星期 个季度 日 小时 个小时".split())


def kind_of(unit: str | None) -> Kind:
    if unit is None:
        return Kind.NUMBER
    if unit == PERCENT:
        return Kind.PERCENT
    if unit == PP:
        return Kind.PERCENTAGE_POINTS
    if unit in CURRENCIES.values():
        return Kind.MONEY
    if unit in DURATION_UNITS:
        return Kind.DURATION
    if unit == "倍":
        return Kind.MULTIPLE
    return Kind.COUNT
