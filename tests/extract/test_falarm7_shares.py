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
