"""Chinese report prose, fifth round: causes that recur in the development sets' texts (written by people who never
saw the extractor), each tested on a sentence written anew for its test, places invented."""

from __future__ import annotations

from tests.extract.test_patterns import proposed


def test_a_base_value_in_brackets_after_the_comparison_is_the_previous_value() -> None:
    text = "年末全镇户籍人口8.64万人，比上年末（8.79万人）减少0.15万人。"
    assert ("8.64万人 - 8.79万人 == -0.15万人", "error") in proposed(text, "year-on-year")


def test_a_growth_after_a_bracketed_base_is_of_the_figure_that_base_is_earlier_than() -> None:
    # 104.6% (of the budget) stands between the figure and its growth: the growth is still the revenue's
    text = "全区税收收入完成9.37亿元，为年度预算的104.6%，比上年（8.85亿元）增长5.9%。"
    checks = proposed(text, "year-on-year")
    assert ("change(9.37亿元, 8.85亿元) == 5.9%", "error") in checks, checks


def test_points_after_a_bracketed_earlier_percentage_are_the_difference_of_the_two() -> None:
    text = "全年空气质量优良天数比例86.3%，比上年（84.1%）提高2.2个百分点。"
    assert ("86.3% - 84.1% == 2.2个百分点", "error") in proposed(text, "percentage-points")


def test_points_a_growth_rate_slowed_by_against_its_bracketed_earlier_rate() -> None:
    text = "前三季度全区实现旅游收入41.6亿元，同比增长7.4%，增速较上年同期（9.8%）回落2.4个百分点。"
    assert ("7.4% - 9.8% == -2.4个百分点", "error") in proposed(text, "percentage-points")


def test_a_bracketed_base_before_a_fall_in_points_is_not_read_as_a_growth() -> None:
    # 降幅 sizes a fall written unsigned: no difference of signed rates is proposed from it
    text = "全区房地产开发投资同比下降11.2%，降幅较上半年（14.6%）收窄3.4个百分点。"
    assert not any("11.2%" in check and "14.6%" in check for check, _ in proposed(text, "percentage-points"))
