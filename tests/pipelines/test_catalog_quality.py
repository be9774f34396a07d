from __future__ import annotations

import pytest

from domain.catalog import Food
from pipelines.catalog_quality import (
    atwater_deviation,
    duplicate_names,
    energy_estimates,
    foods_missing_macros,
    foods_outside_tolerance,
)


def _food(
    name: str, kcal: float, protein: float, carbs: float, fat: float, fibre: float | None = None
) -> Food:
    return Food(
        id=name, name=name, group="g", kcal=kcal, protein_g=protein, carbs_g=carbs, fat_g=fat,
        fibre_g=fibre,
    )  # fmt: skip


def test_estimates_use_general_factors_and_fibre_at_two_kcal() -> None:
    lentils = _food("lentils", 116, 9.02, 20.13, 0.38, fibre=7.9)
    general = 4 * 9.02 + 4 * 20.13 + 9 * 0.38
    fao = 4 * 9.02 + 4 * (20.13 - 7.9) + 2 * 7.9 + 9 * 0.38
    assert energy_estimates(lentils) == pytest.approx((general, fao))
    assert atwater_deviation(lentils) == pytest.approx(abs(general - 116) / 116)


def test_the_closer_convention_counts() -> None:
    fibrous = _food("fibrous", 82, 5, 20, 0, fibre=10)  # general 100 kcal, FAO 80 kcal
    assert atwater_deviation(fibrous) == pytest.approx(2 / 82)
    dense = _food("dense", 98, 5, 20, 0, fibre=10)
    assert atwater_deviation(dense) == pytest.approx(2 / 98)


def test_fibre_above_reported_carbs_is_capped() -> None:
    odd = _food("odd", 100, 10, 2, 5, fibre=4)
    assert energy_estimates(odd)[1] == pytest.approx(4 * 10 + 2 * 2 + 9 * 5)


def test_low_energy_foods_are_not_measured() -> None:
    assert atwater_deviation(_food("tea", 1, 0, 0.3, 0)) is None


def test_outside_tolerance_reports_offenders_and_the_measured_count() -> None:
    butter = _food("butter", 717, 0.85, 0.06, 81.11)
    vodka = _food("vodka", 231, 0, 0, 0)
    water = _food("water", 0, 0, 0, 0)
    outside, measured = foods_outside_tolerance([butter, vodka, water])
    assert [food.name for food in outside] == ["vodka"]
    assert measured == 2


def test_missing_macros_are_non_finite_values() -> None:
    fine = _food("fine", 100, 10, 10, 2)
    broken = fine.model_construct(**{**fine.model_dump(), "name": "broken", "fat_g": float("nan")})
    assert [food.name for food in foods_missing_macros([fine, broken])] == ["broken"]


def test_duplicates_are_case_and_space_insensitive() -> None:
    assert duplicate_names(["Oats", " oats", "Rice", "rice ", "Tofu"]) == ["oats", "rice"]
    assert duplicate_names(["a", "b"]) == []
