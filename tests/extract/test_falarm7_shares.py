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


BY_SECTOR = (
    "1至9月，全县共发生各类生产安全事故240起、死亡96人，同比分别下降8.4%和6.8%。\n\n"
    "道路运输：发生事故132起、死亡61人，分别占事故总起数和死亡总人数的55.0%和63.5%。\n\n"
    "建筑施工：发生事故38起、死亡17人，分别占事故总起数和死亡总人数的15.8%和17.7%。\n"
)


def test_a_respective_share_of_the_reports_total_is_an_error_when_it_fails() -> None:
    # 死亡总人数 is the report's total, 96人 at its head: 17 of 96 is 17.7%, not 19.7%
    slip = BY_SECTOR.replace("17.7%", "19.7%")
    assert ("share(17人, 96人) == 19.7%", "error") in proposed(slip, "share")
    assert ("share(132起, 240起) == 55.0%", "error") in proposed(BY_SECTOR, "share")


def test_a_respective_share_of_a_first_figure_smaller_than_its_part_stays_a_warning() -> None:
    # the month's 26起 heads the report: the name's total is not it, and the share is only a warning
    month_first = "9月，全县发生生产安全事故26起、死亡11人。\n\n" + BY_SECTOR.replace("，同比分别下降8.4%和6.8%", "")
    checks = proposed(month_first, "share")
    assert ("share(132起, 26起) == 55.0%", "warning") in checks
    assert not any(severity == "error" and "26起" in check for check, severity in checks)
