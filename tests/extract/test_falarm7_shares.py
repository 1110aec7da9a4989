"""A share whose own words name what its part counts (事故起数占事故总数的..., 死亡人数占...) is the share of the
figures in that measure word (起 for 起数, 人 for 人数), never of a count in another one beside them."""

from __future__ import annotations

from tests.extract.test_patterns import proposed

ROAD = (
    "1—9月，全县共发生生产安全事故120起、死亡45人。其中，道路运输领域发生事故78起、死亡30人，"
    "事故起数占事故总数的65.0%，死亡人数占死亡总数的66.7%。"
)


def test_a_share_of_accidents_is_of_the_accident_counts_not_the_deaths() -> None:
    checks = proposed(ROAD, "share")
    assert ("share(30人, 45人) == 65.0%", "error") not in checks  # 30 of 45 deaths is 66.7%: 65.0% counts 起
    assert ("share(78起, 120起) == 65.0%", "error") in checks
    assert ("share(30人, 45人) == 66.7%", "error") in checks


def test_a_share_of_accidents_that_does_not_match_stays_an_error() -> None:
    slip = ROAD.replace("65.0%", "56.0%")  # 78 of 120 is 65.0%
    assert ("share(78起, 120起) == 56.0%", "error") in proposed(slip, "share")


SEVERAL = (
    "全年各级调解组织共排查矛盾纠纷3100多件，受理调解矛盾纠纷2750件，调解成功2690件。"
    "从纠纷类型看，婚姻家庭纠纷820件，占29.8%；邻里纠纷690件，占25.1%；其他纠纷1240件。"
)


def test_a_share_naming_no_whole_of_a_sentence_of_several_levels_is_a_warning() -> None:
    # 占29.8% names no whole: of 2750件 it holds, of 3100多件 it does not; which one the text does not say
    checks = proposed(SEVERAL, "share")
    assert ("share(820件, 3100多件) == 29.8%", "warning") in checks
    assert all(severity == "warning" for _, severity in checks)


def test_a_share_naming_no_whole_of_the_one_level_before_stays_an_error() -> None:
    one = SEVERAL.replace("共排查矛盾纠纷3100多件，受理调解矛盾纠纷2750件，调解成功2690件", "共受理调解矛盾纠纷2750件")
    slip = one.replace("占29.8%", "占32.8%")  # 820 of 2750 is 29.8%
    assert ("share(820件, 2750件) == 32.8%", "error") in proposed(slip, "share")
