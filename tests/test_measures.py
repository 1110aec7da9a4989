"""Units of one measure meet in a rule: 公顷 and 平方米, 公里 and 米, 吨 and 公斤 convert exactly; 公顷 and 吨 never."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from factcheck.cli import cli
from factcheck.expr import EvaluationError, Evaluator, Value, align, convert, parse_expression
from factcheck.measures import UNITS, conversion
from factcheck.quantity import Interval, Truth

COUNT = (("count", 1),)


def measure(lo: str, hi: str, unit: str) -> Value:
    return Value(Interval.closed(lo, hi), ((unit, 1),), unit, nominal=(Decimal(lo) + Decimal(hi)) / 2)


def evaluate(text: str, **values: Value) -> object:
    return Evaluator(values).evaluate(parse_expression(text))


def test_units_of_one_measure_have_exact_factors() -> None:
    assert conversion((("公顷", 1),), (("平方米", 1),)) == 10_000
    assert conversion((("公里", 1),), (("米", 1),)) == 1000
    assert conversion((("吨", 1),), (("公斤", 1),)) == conversion((("t", 1),), (("kg", 1),)) == 1000
    assert conversion((("GWh", 1),), (("千瓦时", 1),)) == 10**6
    assert conversion((("亩", 1),), (("平方米", 1),)) == Fraction(2000, 3)
    assert conversion((("公顷", 1),), (("亩", 1),)) == 15
    assert conversion((("公斤/公顷", 1),), (("吨/亩", 1),)) == Fraction(1, 15_000)  # a yield converts part by part
    assert conversion((("公顷", 1),), (("吨", 1),)) is None
    assert conversion((("CNY", 1),), (("USD", 1),)) is None


def test_km_and_m_add_up() -> None:
    """新建道路12.5公里 and 改造800米 are 13.3公里 of road; 14公里 is wrong."""
    new, rebuilt = measure("12.45", "12.55", "公里"), measure("799.5", "800.5", "米")
    assert evaluate("a + b == t", a=new, b=rebuilt, t=measure("13.25", "13.35", "公里")) is Truth.MAYBE
    assert evaluate("a + b == t", a=new, b=rebuilt, t=measure("13.95", "14.05", "公里")) is Truth.FALSE
    assert evaluate("t - b > a", a=new, b=rebuilt, t=measure("13.95", "14.05", "公里")) is Truth.TRUE


def test_tonnes_equal_kilograms() -> None:
    tonnes, kilograms = measure("3.2", "3.2", "吨"), measure("3200", "3200", "公斤")
    assert evaluate("a == b", a=tonnes, b=kilograms) is Truth.TRUE
    assert evaluate("a == b + 1", a=tonnes, b=kilograms) is Truth.FALSE
    assert evaluate("max(a, b) == 3200", a=tonnes, b=kilograms) is Truth.TRUE


def test_a_mean_area_in_square_metres_from_hectares_and_people() -> None:
    """公园绿地面积1.2万公顷 over 城区人口81万人 is 148平方米 a head: 148平方米 holds, 14.8平方米 fails."""
    area = measure("11500", "12500", "公顷")
    people = Value(Interval.closed("805000", "815000"), COUNT, "人")
    assert evaluate("mean(a, p) == h", a=area, p=people, h=measure("147.5", "148.5", "平方米")) is Truth.MAYBE
    assert evaluate("h == mean(a, p)", a=area, p=people, h=measure("14.75", "14.85", "平方米")) is Truth.FALSE
    exact = Value(Interval.point(12000), (("公顷", 1),), "公顷")
    whole = Value(Interval.point(810000), COUNT, "人")
    low, high = measure("148.1", "148.1", "平方米"), measure("148.2", "148.2", "平方米")
    assert evaluate("l < mean(a, p) < h", a=exact, p=whole, l=low, h=high) is Truth.TRUE


def test_quotients_and_products_convert_part_by_part() -> None:
    """Hectares per head against square metres per head; a yield in 公斤/公顷 times 亩 is tonnes."""
    people = Value(Interval.point(800000), COUNT, "人")
    hectares, square_metres = measure("12000", "12000", "公顷"), measure("120000000", "120000000", "平方米")
    assert evaluate("a / p == b / p", a=hectares, b=square_metres, p=people) is Truth.TRUE
    assert evaluate("a / p > b / p", a=hectares, b=measure("1", "1", "平方米"), p=people) is Truth.TRUE
    crop = measure("6000", "6000", "公斤/公顷")
    assert evaluate("y * f == t", y=crop, f=measure("15", "15", "亩"), t=measure("6", "6", "吨")) is Truth.TRUE
    assert evaluate("y * f == t", y=crop, f=measure("15", "15", "亩"), t=measure("5", "5", "吨")) is Truth.FALSE
    with pytest.raises(EvaluationError, match="unit mismatch"):  # mass is no area
        evaluate("y * f == t", y=crop, f=measure("15", "15", "亩"), t=measure("6", "6", "公顷"))


def test_a_check_in_two_units_shows_each_figure_with_its_unit() -> None:
    """Rendered with the figures in place, 3,200 must say it is kilograms beside 3.2吨, and a sum in metres
    says metres: a bare 3,200 next to 3.2吨 would read as a wrong figure."""
    values = {
        "t": Value(Interval.closed("3.15", "3.25"), (("吨", 1),), "吨", text="3.2吨"),
        "k": Value(Interval.point(3200), (("公斤", 1),), "公斤"),
        "a": Value(Interval.closed("12.45", "12.55"), (("公里", 1),), "公里", text="12.5公里"),
        "b": Value(Interval.point(800), (("米", 1),), "米"),
    }
    evaluator = Evaluator(values)
    assert evaluator.render(parse_expression("t == k")) == "3.2吨 == 3,200公斤"
    assert evaluator.render(parse_expression("a + b > 13000")) == "12.5公里 + 800米 = 13,250–13,350米 > 13000"


def test_units_of_different_measures_stay_a_mismatch() -> None:
    with pytest.raises(EvaluationError, match="unit mismatch: 吨 \\+ 公顷"):
        evaluate("a + b > 0", a=measure("3", "3", "吨"), b=measure("1", "1", "公顷"))
    with pytest.raises(EvaluationError, match="unit mismatch: 公里 == 公斤"):
        evaluate("a == b", a=measure("3", "3", "公里"), b=measure("3000", "3000", "公斤"))


def test_a_factor_that_is_no_decimal_rounds_outward() -> None:
    """1亩 is 666.66…平方米: the converted interval holds the true value, both ends."""
    mu, square_metres = align(measure("1", "1", "亩"), measure("1", "1", "平方米"), "==")
    assert mu.unit == square_metres.unit == "平方米"
    assert mu.interval.lo < Fraction(2000, 3) < mu.interval.hi
    assert mu.interval.hi - mu.interval.lo < Decimal("1e-30")


_UNITS = sorted(UNITS)
_ENDS = st.decimals(min_value=Decimal("-1e12"), max_value=Decimal("1e12"), places=4, allow_nan=False)


def _decimal(factor: Fraction) -> bool:
    """A factor a Decimal holds exactly: its denominator divides a power of ten."""
    return 10**60 % factor.denominator == 0


@given(st.sampled_from(_UNITS), st.sampled_from(_UNITS), _ENDS, _ENDS)
def test_to_another_unit_and_back_keeps_the_interval(unit: str, other: str, a: Decimal, b: Decimal) -> None:
    """Converting to another unit of the measure and back gives the interval again when both factors are
    decimals, and a superset of it (rounded outward) when one is not: never a narrower one."""
    value = measure(str(min(a, b)), str(max(a, b)), unit)
    target = Value(Interval.point(1), ((other, 1),), other)
    factor = conversion(((unit, 1),), ((other, 1),))
    if factor is None:
        with pytest.raises(EvaluationError, match="unit mismatch"):
            convert(value, target)
        return
    there = convert(value, target)
    assert there.unit == other
    back = convert(there, value)
    assert back.unit == unit
    assert back.interval.contains_interval(value.interval)
    if _decimal(factor) and _decimal(1 / factor):
        assert back.interval == value.interval


CLAIMS = """\
article:
  id: parks
  title: 公园绿地
claims:
  parks.area:
    quote: 公园绿地面积1.2万公顷
  people:
    quote: 城区人口81万人
  parks.per_head:
    quote: 人均公园绿地面积148.1平方米
  parks.per_head_wrong:
    quote: 人均公园绿地面积14.8平方米
  grain.tonnes:
    quote: 产粮3.2吨
  grain.kilograms:
    quote: 产粮3301公斤
"""


def _check(tmp_path: Path, rules: str) -> tuple[int, str]:
    (tmp_path / "claims").mkdir()
    (tmp_path / "rules").mkdir()
    (tmp_path / "claims" / "parks.yaml").write_text(CLAIMS, "utf-8")
    (tmp_path / "rules" / "parks.yaml").write_text("article: parks\nrules:\n" + rules, "utf-8")
    result = CliRunner().invoke(
        cli, ["check", "--format", "text", "--no-cache", str(tmp_path / "claims"), str(tmp_path / "rules")]
    )
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout


def test_check_holds_a_per_head_area_across_units(tmp_path: Path) -> None:
    code, out = _check(tmp_path, "  - id: per-head\n    check: parks.per_head == mean(parks.area, people)\n")
    assert code == 0, out
    assert "0 fail, 0 warnings, 0 errors" in out


def test_check_fails_a_wrong_per_head_area_with_the_gap_in_square_metres(tmp_path: Path) -> None:
    code, out = _check(tmp_path, "  - id: per-head\n    check: parks.per_head_wrong == mean(parks.area, people)\n")
    assert code == 1, out
    assert "14.8平方米" in out and "= 148.15平方米" in out and "off by 133.35平方米" in out


def test_check_shows_tonnes_as_written_and_in_kilograms(tmp_path: Path) -> None:
    code, out = _check(tmp_path, "  - id: grain\n    check: grain.tonnes == grain.kilograms\n")
    assert code == 1, out
    assert "3.2吨 = 3,200公斤, stated 3,301公斤: off by 101公斤" in out


def test_check_reports_hectares_plus_tonnes_as_a_unit_mismatch(tmp_path: Path) -> None:
    code, out = _check(tmp_path, "  - id: mix\n    check: grain.tonnes + parks.area > 0\n")
    assert code == 1, out
    assert "cannot evaluate: unit mismatch: 吨 + 公顷" in out
