"""False alarms seen on consistent Chinese report prose written for the falarm3-zh probe (毕业生就业质量报告,
交通运输月报 with a table of airports, 旅游市场 reviews over years): every text here is consistent, so any alarm on
it is false.  Each text is written anew for its test."""

from __future__ import annotations

from pathlib import Path

from tests.extract.test_patterns import proposed
from tests.extract.test_zh_falarm2 import _scan_clean

GRADUATES = (
    "全院2026届毕业生共1260人，其中专科毕业生930人，本科毕业生330人。\n"
    "截至8月底，专科毕业生落实去向871人，落实率93.66%；本科毕业生落实去向309人，落实率93.64%。\n"
    "专科毕业生中，国内升学410人，参军入伍26人，升学率为44.09%。\n"
)


def test_a_rate_in_a_sentence_framed_by_a_group_is_never_over_another_groups_figure() -> None:
    checks = proposed(GRADUATES, "share")
    # 专科毕业生中，国内升学410人…升学率: of the 930 专科 graduates, never of 本科毕业生落实去向309人 (nor 871)
    assert not any(check.startswith("share(410人") for check, _ in checks), checks


def test_a_rate_framed_by_a_group_named_in_its_paragraph_is_over_that_group() -> None:
    text = "全院专科毕业生930人。专科毕业生中，国内升学410人，升学率为44.09%。\n"
    assert ("share(410人, 930人) == 44.09%", "warning") in proposed(text, "share")


def test_scan_passes_a_graduates_report(tmp_path: Path) -> None:
    assert _scan_clean(tmp_path / "graduates.txt", GRADUATES) >= 2


AIRPORTS = (
    "1—9月，全省铁路发送旅客1.52亿人次，同比增长5.8%。\n\n"
    "表3  主要机场旅客吞吐量\n\n"
    "| 机场 | 旅客吞吐量（万人次） | 比上年同期增长（%） |\n| --- | --- | --- |\n"
    "| 甲机场 | 2140.6 | 8.3 |\n"
    "| 乙机场 | 985.2 | 12.1 |\n"
    "| 合计 | 3125.8 | 9.5 |\n"
)


def test_a_total_row_of_a_throughput_column_is_not_the_passengers_a_railway_sent() -> None:
    checks = proposed(AIRPORTS, "repeated")
    # | 旅客吞吐量 | counts what airports handle (吞吐): 发送旅客1.52亿人次 shares only 旅客 with it
    assert not any("1.52亿人次" in check for check, _ in checks), checks


def test_a_total_row_of_a_throughput_column_repeats_the_throughput_the_text_gives() -> None:
    text = AIRPORTS.replace("全省铁路发送旅客1.52亿人次", "全省机场完成旅客吞吐量3125.8万人次")
    checks = proposed(text, "repeated")
    assert any("3125.8万人次" in check and "(3125.8" in check for check, _ in checks), checks


def test_scan_passes_a_transport_report_with_an_airport_table(tmp_path: Path) -> None:
    assert _scan_clean(tmp_path / "transport.md", AIRPORTS) >= 1


TOURISM = (
    "中秋假期，全县重点景区共接待游客38.4万人次，同比增长9.2%。\n\n"
    "2024年和2025年，全县接待游客分别为1250万和1380万人次，旅游总收入分别为112.5亿元和126.4亿元。"
    "游客人均花费916元。\n"
)


def test_money_per_visitor_never_takes_a_count_from_a_paragraph_before_when_its_own_has_one() -> None:
    checks = proposed(TOURISM, "average")
    # 126.4亿元 over the holiday's 38.4万人次 would be 32917元: the paragraph's 1380万人次 may be the count
    assert not any("38.4万人次" in check for check, _ in checks), checks


def test_money_per_visitor_still_takes_the_count_its_paragraph_leads_with() -> None:
    text = "全年接待游客1380万人次，实现旅游总收入126.4亿元，游客人均花费916元。\n"
    checks = proposed(text, "average")
    assert any("1380万人次" in check and "126.4亿元" in check for check, _ in checks), checks


def test_scan_passes_a_tourism_review(tmp_path: Path) -> None:
    _scan_clean(tmp_path / "tourism.txt", TOURISM)


WHEAT = (
    "截至7月底，全省累计收购夏粮3150万吨。其中，小麦2480万吨，早籼稻670万吨。\n\n"
    "甲市、乙市和丙市分别收购小麦420万吨、380万吨和300万吨，合计1100万吨，占小麦收购总量的44.4%。\n"
)


def test_a_share_of_at_most_100_is_never_of_a_listed_item_smaller_than_its_part() -> None:
    checks = proposed(WHEAT, "share")
    # 合计1100万吨 is 44.4% of the 2480万吨 bought, never of 甲市's 420万吨 (261.9%)
    assert not any(check.startswith("share(1100万吨, 420万吨)") for check, _ in checks), checks


def test_scan_passes_a_grain_purchase_report(tmp_path: Path) -> None:
    _scan_clean(tmp_path / "grain.txt", WHEAT)


TOP_THREE = (
    "1—9月，全国邮政行业寄递业务量完成1380.5亿件。业务量排名前三位的省份合计完成612.0亿件，占全国的44.3%。\n\n"
    "表2  寄递业务量前三位省份\n\n"
    "| 省份 | 寄递业务量（亿件） | 占全国比重（%） |\n| --- | --- | --- |\n"
    "| 甲省 | 280.4 | 20.3 |\n"
    "| 乙省 | 221.6 | 16.1 |\n"
    "| 丙省 | 110.0 | 8.0 |\n"
    "| 合计 | 612.0 | 44.3 |\n"
)


def test_a_share_column_whose_total_row_is_short_of_100_is_not_of_the_total_row() -> None:
    checks = proposed(TOP_THREE, "share")
    # 占全国比重 of three provinces: 280.4 is 20.3% of the nation's 1380.5, never of the 合计 row (45.8%)
    assert not any("(612.0" in check and check.startswith("share((280.4") for check, _ in checks), checks


def test_a_total_row_of_a_top_three_table_repeats_the_sum_the_text_gives() -> None:
    checks = proposed(TOP_THREE, "repeated")
    assert not any("1380.5亿件" in check for check, _ in checks), checks
    assert any(check.startswith("(612.0") and "612.0亿件" in check for check, _ in checks), checks


def test_scan_passes_a_top_three_table(tmp_path: Path) -> None:
    _scan_clean(tmp_path / "express.md", TOP_THREE)


REGIONS = (
    "| 地区 | 用电量（亿千瓦时） | 同比增长（%） |\n| --- | --- | --- |\n"
    "| 东部地区 | 39120 | 4.6 |\n"
    "| 西部地区 | 23740 | 6.3 |\n"
    "| 合计 | 62860 | 5.2 |\n\n"
    "东部地区中，甲省、乙省和丙省用电量分别为7120亿、6480亿和5010亿千瓦时，合计占东部地区用电量的47.6%。"
    "甲省用电量7120亿千瓦时，占东部地区用电量的18.2%。\n"
)


def test_a_share_of_a_lists_sum_is_never_the_last_items_share() -> None:
    checks = proposed(REGIONS, "share")
    # 合计占…的47.6% is of 7120 + 6480 + 5010, never of 5010亿千瓦时 alone (12.8%)
    assert not any(check.startswith("share(5010亿千瓦时") for check, _ in checks), checks


def test_a_whole_in_a_table_column_of_yi_is_compared_with_its_part_in_scale() -> None:
    checks = proposed(REGIONS, "share")
    # 7120亿 of the cell 39120 (亿千瓦时) is 18.2%: the cell is no whole smaller than the part
    assert any(check.startswith("share(7120亿千瓦时, (39120") for check, _ in checks), checks


def test_scan_passes_shares_of_regions_and_of_a_sum(tmp_path: Path) -> None:
    _scan_clean(tmp_path / "power.md", REGIONS)
