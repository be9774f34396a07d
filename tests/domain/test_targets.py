"""Each expected number is computed by hand in the comment above its assertion."""

import math
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from domain.profile import ActivityLevel, Goal, Sex
from domain.targets import (
    AGE_RANGE,
    BODY_FAT_PCT_RANGE,
    HEIGHT_CM_RANGE,
    PROTEIN_G_PER_KG,
    WEIGHT_KG_RANGE,
    CalorieFloors,
    Formula,
    MacroTargets,
    compute_targets,
    harris_benedict_revised,
    katch_mcardle,
    lean_mass_kg,
    max_daily_deficit_kcal,
    mifflin_st_jeor,
    protein_reference_mass_kg,
)


def targets(**overrides: Any) -> MacroTargets:
    """A 30-year-old man, 180 cm, 80 kg (BMI 24.7), moderately active, maintaining."""
    profile: dict[str, Any] = {
        "sex": Sex.male,
        "age": 30,
        "height_cm": 180.0,
        "weight_kg": 80.0,
        "activity_level": ActivityLevel.moderate,
        "goal": Goal.maintain,
    }
    return compute_targets(**{**profile, **overrides})


def energy_and_macros(result: MacroTargets) -> tuple[int, int, int, int]:
    """(kcal, protein g, fat g, carbs g), the order the hand computations run in."""
    return result.calories, result.protein_g, result.fat_g, result.carbs_g


def macro_kcal(result: MacroTargets) -> int:
    return 4 * result.protein_g + 4 * result.carbs_g + 9 * result.fat_g


# --- BMR equations -------------------------------------------------------------------------


def test_mifflin_st_jeor() -> None:
    # 10*80 + 6.25*180 - 5*30 + 5 = 800 + 1125 - 150 + 5 = 1780
    assert mifflin_st_jeor(sex=Sex.male, age=30, height_cm=180, weight_kg=80) == 1780
    # 10*60 + 6.25*165 - 5*25 - 161 = 600 + 1031.25 - 125 - 161 = 1345.25
    assert mifflin_st_jeor(sex=Sex.female, age=25, height_cm=165, weight_kg=60) == 1345.25


def test_harris_benedict_revised() -> None:
    # 88.362 + 13.397*80 + 4.799*180 - 5.677*30 = 88.362 + 1071.76 + 863.82 - 170.31 = 1853.632
    male = harris_benedict_revised(sex=Sex.male, age=30, height_cm=180, weight_kg=80)
    assert male == pytest.approx(1853.632)
    # 447.593 + 9.247*60 + 3.098*165 - 4.330*25 = 447.593 + 554.82 + 511.17 - 108.25 = 1405.333
    female = harris_benedict_revised(sex=Sex.female, age=25, height_cm=165, weight_kg=60)
    assert female == pytest.approx(1405.333)


def test_katch_mcardle() -> None:
    # lean mass 80 * (1 - 0.20) = 64; 370 + 21.6*64 = 370 + 1382.4 = 1752.4
    lean = lean_mass_kg(weight_kg=80, body_fat_pct=20)
    assert lean == pytest.approx(64)
    assert katch_mcardle(lean_mass_kg=lean) == pytest.approx(1752.4)


def test_formula_defaults_to_mifflin_without_body_fat() -> None:
    result = targets()
    assert result.formula is Formula.mifflin_st_jeor
    assert result.bmr == 1780


def test_formula_defaults_to_katch_mcardle_with_body_fat() -> None:
    result = targets(body_fat_pct=20)
    assert result.formula is Formula.katch_mcardle
    assert result.bmr == pytest.approx(1752.4)


@pytest.mark.parametrize(
    ("formula", "bmr"),
    [(Formula.mifflin_st_jeor, 1780.0), (Formula.harris_benedict_revised, 1853.632)],
)
def test_explicit_formula_wins_over_body_fat(formula: Formula, bmr: float) -> None:
    result = targets(body_fat_pct=20, formula=formula)
    assert result.formula is formula
    assert result.bmr == pytest.approx(bmr)


def test_katch_mcardle_without_body_fat_names_the_field() -> None:
    with pytest.raises(ValueError, match="body_fat_pct is required"):
        targets(formula=Formula.katch_mcardle)


# --- activity and goals --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("level", "tdee"),
    [
        (ActivityLevel.sedentary, 2136.0),  # 1780 * 1.2
        (ActivityLevel.light, 2447.5),  # 1780 * 1.375
        (ActivityLevel.moderate, 2759.0),  # 1780 * 1.55
        (ActivityLevel.active, 3070.5),  # 1780 * 1.725
        (ActivityLevel.very_active, 3382.0),  # 1780 * 1.9
    ],
)
def test_activity_multipliers(level: ActivityLevel, tdee: float) -> None:
    result = targets(activity_level=level)
    assert result.tdee == pytest.approx(tdee)
    assert result.calories == round(tdee)


def test_maintain() -> None:
    result = targets(activity_level=ActivityLevel.sedentary)
    # TDEE 1780 * 1.2 = 2136 kcal
    # protein 1.8 g/kg * 80 = 144 g (576 kcal)
    # fat 25 % * 2136 / 9 = 59.33 -> 59 g (531 kcal)
    # carbs (2136 - 576 - 531) / 4 = 257.25 -> 257 g
    assert energy_and_macros(result) == (2136, 144, 59, 257)
    assert result.warnings == ()


def test_lose_fat_when_the_loss_cap_does_not_bind() -> None:
    result = targets(goal=Goal.lose_fat)
    # cap 80 * 1 % * 7700 / 7 = 880 kcal/day > 500, so 2759 - 500 = 2259 kcal
    # protein 2.2 g/kg * 80 = 176 g (704 kcal)
    # fat 25 % * 2259 / 9 = 62.75 -> 63 g (567 kcal)
    # carbs (2259 - 704 - 567) / 4 = 247 g
    assert energy_and_macros(result) == (2259, 176, 63, 247)
    assert result.warnings == ()


def test_lose_fat_when_the_loss_cap_binds() -> None:
    result = targets(
        sex=Sex.female,
        weight_kg=40,
        height_cm=150,
        activity_level=ActivityLevel.active,
        goal=Goal.lose_fat,
    )
    # BMR 10*40 + 6.25*150 - 5*30 - 161 = 1026.5; TDEE * 1.725 = 1770.7125
    # cap 40 * 1 % * 7700 / 7 = 440 < 500, so 1770.7125 - 440 = 1330.7 -> 1331 (above the floor)
    assert result.calories == 1331
    assert result.warnings == (
        "Deficit capped at 440 kcal/day so planned loss stays within 1 % of body weight per week.",
    )


def test_max_daily_deficit() -> None:
    # 70 * 1 % * 7700 / 7 = 770
    assert max_daily_deficit_kcal(70) == pytest.approx(770)


def test_gain_muscle_adds_ten_percent() -> None:
    result = targets(goal=Goal.gain_muscle)
    # 2759 + min(10 % * 2759 = 275.9, 350) = 3034.9 -> 3035 kcal
    # protein 2.0 g/kg * 80 = 160 g (640 kcal)
    # fat 25 % * 3035 / 9 = 84.31 -> 84 g (756 kcal)
    # carbs (3035 - 640 - 756) / 4 = 409.75 -> 410 g
    assert energy_and_macros(result) == (3035, 160, 84, 410)


def test_gain_muscle_surplus_is_capped() -> None:
    result = targets(
        weight_kg=100,
        height_cm=190,
        age=25,
        activity_level=ActivityLevel.very_active,
        goal=Goal.gain_muscle,
    )
    # BMR 1000 + 1187.5 - 125 + 5 = 2067.5; TDEE * 1.9 = 3928.25
    # 10 % = 392.8 > 350, so 3928.25 + 350 = 4278.25 -> 4278
    assert result.calories == 4278


# --- calorie floors ------------------------------------------------------------------------


# BMR 500 + 968.75 - 300 - 161 = 1007.75; TDEE * 1.2 = 1209.3; minus 500 = 709.3 < 1200
SMALL_WOMAN: dict[str, Any] = {"sex": Sex.female, "age": 60, "height_cm": 155, "weight_kg": 50}
# BMR 600 + 1031.25 - 350 + 5 = 1286.25; TDEE * 1.2 = 1543.5; minus 500 = 1043.5 < 1500
SMALL_MAN: dict[str, Any] = {"sex": Sex.male, "age": 70, "height_cm": 165, "weight_kg": 60}


@pytest.mark.parametrize(
    ("person", "floors", "calories", "warning"),
    [
        (
            SMALL_WOMAN,
            CalorieFloors(),
            1200,
            "Calorie floor of 1200 kcal for women applied; the planned deficit was smaller than "
            "asked.",
        ),
        (
            SMALL_MAN,
            CalorieFloors(),
            1500,
            "Calorie floor of 1500 kcal for men applied; the planned deficit was smaller than "
            "asked.",
        ),
        (
            SMALL_WOMAN,
            CalorieFloors(female=1000),
            1000,
            "Calorie floor of 1000 kcal for women applied; the planned deficit was smaller than "
            "asked.",
        ),
    ],
)
def test_calorie_floor_binds(
    person: dict[str, Any], floors: CalorieFloors, calories: int, warning: str
) -> None:
    result = targets(
        **person, activity_level=ActivityLevel.sedentary, goal=Goal.lose_fat, floors=floors
    )
    assert result.calories == calories
    assert result.warnings[0] == warning  # macro limits may add more: tested below


def test_floor_above_maintenance() -> None:
    person: dict[str, Any] = {
        "sex": Sex.female,
        "age": 80,
        "height_cm": 150,
        "weight_kg": 40,
        "activity_level": ActivityLevel.sedentary,
    }
    # BMR 400 + 937.5 - 400 - 161 = 776.5; TDEE * 1.2 = 931.8 -> 932 < 1200
    maintain = targets(**person, goal=Goal.maintain)
    assert maintain.calories == 1200
    assert maintain.warnings == (
        "Calorie floor of 1200 kcal for women applied; this is above the estimated 932 kcal for "
        "this goal.",
    )
    # cap 40 * 11 = 440 kcal binds first, then the floor lifts intake above maintenance
    lose = targets(**person, goal=Goal.lose_fat)
    assert lose.calories == 1200
    assert lose.warnings[1] == (
        "Calorie floor of 1200 kcal for women applied; it is above the estimated maintenance of "
        "932 kcal, so no deficit."
    )


def test_floors_reject_negative_values() -> None:
    with pytest.raises(ValidationError):
        CalorieFloors(male=-1)


def test_results_are_immutable() -> None:
    result = targets()
    with pytest.raises(ValidationError):
        result.calories = 1  # type: ignore[misc]


# --- protein basis and fat bounds ----------------------------------------------------------


def test_protein_on_lean_mass_at_the_obesity_threshold() -> None:
    # lean mass 150 * 0.60 = 90 kg; at 25 % body fat that is 90 / 0.75 = 120 kg
    mass = protein_reference_mass_kg(sex=Sex.male, height_cm=180, weight_kg=150, body_fat_pct=40)
    assert mass == pytest.approx(120)
    result = targets(weight_kg=150, body_fat_pct=40, goal=Goal.lose_fat)
    # 2.2 g/kg * 120 kg = 264 g, not 2.2 * 150 = 330 g
    assert result.protein_g == 264


@pytest.mark.parametrize(
    ("sex", "height_cm", "weight_kg", "body_fat_pct", "mass"),
    [
        (Sex.female, 165, 90, 32, 90),  # at the female threshold: body weight
        (Sex.male, 175, 110, 15, 110),  # BMI 35.9 but lean: body fat known wins
        (Sex.male, 160, 100, None, 76.8),  # BMI 39.1 unknown fat: 30 * 1.6^2 = 76.8
        (Sex.male, 180, 80, None, 80),  # BMI 24.7: body weight
    ],
)
def test_protein_reference_mass(
    sex: Sex, height_cm: float, weight_kg: float, body_fat_pct: float | None, mass: float
) -> None:
    assert protein_reference_mass_kg(
        sex=sex, height_cm=height_cm, weight_kg=weight_kg, body_fat_pct=body_fat_pct
    ) == pytest.approx(mass)


def test_fat_floor_per_kg_binds() -> None:
    result = targets(
        age=80,
        height_cm=190,
        weight_kg=110,
        body_fat_pct=20,
        formula=Formula.mifflin_st_jeor,
        activity_level=ActivityLevel.sedentary,
        goal=Goal.lose_fat,
    )
    # BMR 1100 + 1187.5 - 400 + 5 = 1892.5; TDEE * 1.2 = 2271; minus 500 = 1771 kcal
    # fat max(25 % * 1771 / 9 = 49.2, 0.5 * 110 = 55) = 55 g, under 35 % = 68.9 g
    # protein 2.2 * 110 = 242 g is 55 % of energy: held at floor(35 % * 1771 / 4 = 154.96) = 154 g
    # carbs (1771 - 616 - 495) / 4 = 165 g, above 130 g
    assert energy_and_macros(result) == (1771, 154, 55, 165)
    assert result.warnings == (
        "Protein set to 154 g (35% of calories, the recommended maximum) instead of the goal's "
        "242 g (2.2 g/kg).",
    )


# 150 cm, 150 kg at the female obesity threshold of body fat: protein and fat dosed on 150 kg.
HEAVY_WOMAN: dict[str, Any] = {
    "sex": Sex.female,
    "height_cm": 150,
    "weight_kg": 150,
    "body_fat_pct": 32,
    "formula": Formula.mifflin_st_jeor,
    "activity_level": ActivityLevel.sedentary,
    "goal": Goal.lose_fat,
}


def test_fat_held_at_its_share_cap() -> None:
    result = targets(**HEAVY_WOMAN, age=80)
    # BMR 1500 + 937.5 - 400 - 161 = 1876.5; TDEE * 1.2 = 2251.8; minus 500 = 1751.8 -> 1752
    # protein 2.2 * 150 = 330 g > floor(35 % * 1752 / 4 = 153.3) = 153 g
    # 0.5 g/kg * 150 = 75 g > 35 % * 1752 / 9 = 68.1 g: fat held at 68 g (34.9 %)
    # carbs (1752 - 612 - 612) / 4 = 132 g, above 130 g: nothing else bends
    assert energy_and_macros(result) == (1752, 153, 68, 132)
    assert result.warnings == (
        "Protein set to 153 g (35% of calories, the recommended maximum) instead of the goal's "
        "330 g (2.2 g/kg).",
        "Fat held at 35% of calories (68 g), below 0.5 g/kg, to stay within the recommended range.",
    )


def test_carbohydrate_rda_takes_energy_from_fat_first() -> None:
    result = targets(**HEAVY_WOMAN, age=90)
    # BMR 1500 + 937.5 - 450 - 161 = 1826.5; TDEE * 1.2 = 2191.8; minus 500 = 1691.8 -> 1692
    # protein held at floor(35 % * 1692 / 4 = 148.05) = 148 g (592 kcal)
    # fat held at 35 % * 1692 / 9 = 65.8 -> 66 g (594 kcal) leaves (1692 - 1186) / 4 = 126.5 g carbs
    # 130 g carbs (520 kcal) leave fat floor((1692 - 520 - 592) / 9 = 64.4) = 64 g (34 %)
    # protein still fits: floor((1692 - 520 - 576) / 4 = 149) >= 148; carbs (1692 - 1168) / 4 = 131
    assert energy_and_macros(result) == (1692, 148, 64, 131)
    assert result.warnings == (
        "Protein set to 148 g (35% of calories, the recommended maximum) instead of the goal's "
        "330 g (2.2 g/kg).",
        "Fat held at 34% of calories (64 g), below 0.5 g/kg, to leave room for the 130 g "
        "carbohydrate RDA.",
    )


def test_sedentary_woman_at_the_calorie_floor_gets_dri_compliant_macros() -> None:
    # The case from issue 10: 58 years, 160 cm, 80 kg, sedentary, losing fat.
    result = targets(
        sex=Sex.female,
        age=58,
        height_cm=160,
        weight_kg=80,
        activity_level=ActivityLevel.sedentary,
        goal=Goal.lose_fat,
    )
    # BMR 800 + 1000 - 290 - 161 = 1349; TDEE * 1.2 = 1618.8; minus 500 = 1118.8 < 1200: floor
    # BMI 31.25 > 30: protein dosed on 30 * 1.6^2 = 76.8 kg; 2.2 * 76.8 = 169 g (56 % of 1200)
    # protein held at floor(35 % * 1200 / 4) = 105 g (420 kcal)
    # fat max(25 % * 1200 / 9 = 33.3, 0.5 * 76.8 = 38.4) -> 38 g (342 kcal) leaves 109.5 g carbs
    # 130 g carbs leave fat floor((1200 - 520 - 420) / 9 = 28.9) = 28 g (21 %, above 20 %)
    # carbs (1200 - 420 - 252) / 4 = 132 g
    assert energy_and_macros(result) == (1200, 105, 28, 132)
    assert result.warnings[1:] == (
        "Protein set to 105 g (35% of calories, the recommended maximum) instead of the goal's "
        "169 g (2.2 g/kg).",
        "Fat held at 21% of calories (28 g), below 0.5 g/kg, to leave room for the 130 g "
        "carbohydrate RDA.",
    )


def test_carbohydrate_rda_takes_energy_from_protein_after_fat() -> None:
    result = targets(
        **SMALL_WOMAN,
        activity_level=ActivityLevel.sedentary,
        goal=Goal.lose_fat,
        floors=CalorieFloors(female=1000),
    )
    # 1000 kcal (the floor); protein 2.2 * 50 = 110 g, held at floor(35 % * 1000 / 4) = 87 g
    # fat max(25 % * 1000 / 9 = 27.8, 0.5 * 50 = 25) -> 28 g; 348 + 252 kcal leave 100 g carbs
    # 130 g carbs leave 480 kcal: fat to max(ceil(20 % * 1000 / 9 = 22.2) = 23, 14) = 23 g
    # then protein floor((480 - 207) / 4 = 68.25) = 68 g (27 %, above 10 %)
    # carbs (1000 - 272 - 207) / 4 = 130.25 -> 130 g
    assert energy_and_macros(result) == (1000, 68, 23, 130)
    assert result.warnings[1:] == (
        "Protein set to 68 g (27% of calories, to leave room for the 130 g carbohydrate RDA) "
        "instead of the goal's 110 g (2.2 g/kg).",
        "Fat held at 21% of calories (23 g), below 0.5 g/kg, to leave room for the 130 g "
        "carbohydrate RDA.",
    )


def test_carbohydrate_below_its_rda_only_when_nothing_else_can_give() -> None:
    result = targets(
        **SMALL_WOMAN,
        activity_level=ActivityLevel.sedentary,
        goal=Goal.lose_fat,
        floors=CalorieFloors(female=700),
    )
    # TDEE 1209.3 minus 500 = 709.3 -> 709 kcal, above this 700 kcal floor
    # 130 g carbs leave 189 kcal, less than protein and fat need even at their AMDR floors:
    # protein ceil(10 % * 709 / 4 = 17.7) = 18 g, fat ceil(20 % * 709 / 9 = 15.8) = 16 g
    # carbs (709 - 72 - 144) / 4 = 123.25 -> 123 g
    assert energy_and_macros(result) == (709, 18, 16, 123)
    assert result.warnings == (
        "Protein set to 18 g (10% of calories, to leave room for the 130 g carbohydrate RDA) "
        "instead of the goal's 110 g (2.2 g/kg).",
        "Fat held at 20% of calories (16 g), below 0.5 g/kg, to leave room for the 130 g "
        "carbohydrate RDA.",
        "Carbohydrate at 123 g/day, below the 130 g RDA: at 709 kcal protein and fat are already "
        "at the low ends of their ranges.",
    )


def test_protein_raised_to_its_share_floor() -> None:
    result = targets(age=21, height_cm=200, weight_kg=40, activity_level=ActivityLevel.very_active)
    # BMR 400 + 1250 - 105 + 5 = 1550; TDEE * 1.9 = 2945 kcal
    # protein 1.8 * 40 = 72 g is 9.8 % of energy: raised to ceil(10 % * 2945 / 4 = 73.6) = 74 g
    # fat 25 % * 2945 / 9 = 81.8 -> 82 g; carbs (2945 - 296 - 738) / 4 = 477.75 -> 478 g
    assert energy_and_macros(result) == (2945, 74, 82, 478)
    assert result.warnings == (
        "Protein set to 74 g (10% of calories, the recommended minimum) instead of the goal's "
        "72 g (1.8 g/kg).",
    )


def test_carbs_take_the_remaining_energy() -> None:
    result = targets(goal=Goal.gain_muscle)
    # 640 + 4 * 410 + 756 = 3036, within one gram's rounding of 3035
    assert abs(macro_kcal(result) - result.calories) <= 2


# --- invalid input -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "bounds"),
    [
        ("age", AGE_RANGE),
        ("height_cm", HEIGHT_CM_RANGE),
        ("weight_kg", WEIGHT_KG_RANGE),
        ("body_fat_pct", BODY_FAT_PCT_RANGE),
    ],
)
def test_ranges_are_inclusive_and_enforced(field: str, bounds: tuple[float, float]) -> None:
    low, high = bounds
    targets(**{field: low})
    targets(**{field: high})
    for bad in (low - 1, high + 1, math.nan):
        with pytest.raises(ValueError, match=f"^{field} must be between"):
            targets(**{field: bad})


def test_range_constants_match_the_spec() -> None:
    assert (AGE_RANGE, HEIGHT_CM_RANGE, WEIGHT_KG_RANGE, BODY_FAT_PCT_RANGE) == (
        (13, 100),
        (100, 250),
        (30, 350),
        (3, 70),
    )


# --- properties over every valid profile ---------------------------------------------------

profiles = st.fixed_dictionaries(
    {
        "sex": st.sampled_from(Sex),
        "age": st.integers(*AGE_RANGE),
        "height_cm": st.floats(*HEIGHT_CM_RANGE),
        "weight_kg": st.floats(*WEIGHT_KG_RANGE),
        "activity_level": st.sampled_from(ActivityLevel),
        "goal": st.sampled_from(Goal),
        "body_fat_pct": st.none() | st.floats(*BODY_FAT_PCT_RANGE),
        "formula": st.sampled_from(
            [None, Formula.mifflin_st_jeor, Formula.harris_benedict_revised]
        ),
    }
)


@given(profiles)
def test_macros_respect_their_bounds(profile: dict[str, Any]) -> None:
    result = compute_targets(**profile)
    kcal = result.calories
    assert kcal >= (1200 if profile["sex"] is Sex.female else 1500)
    # The DRI limits hold at every default floor: protein 10-35 % of energy and carbohydrate at
    # least 130 g exactly; fat 20-35 % and carbohydrate at most 65 % up to rounding one fat gram
    # (4.5 kcal) and one carbohydrate gram (2 kcal).
    assert 0.10 * kcal <= 4 * result.protein_g <= 0.35 * kcal
    assert 0.20 * kcal - 4.5 <= 9 * result.fat_g <= 0.35 * kcal + 4.5
    assert 130 <= result.carbs_g and 4 * result.carbs_g <= 0.65 * kcal + 6.5
    assert abs(macro_kcal(result) - kcal) <= 2
    mass = protein_reference_mass_kg(
        sex=profile["sex"],
        height_cm=profile["height_cm"],
        weight_kg=profile["weight_kg"],
        body_fat_pct=profile["body_fat_pct"],
    )
    goal_g = round(PROTEIN_G_PER_KG[profile["goal"]] * mass)
    protein_warned = any(w.startswith("Protein set to") for w in result.warnings)
    assert protein_warned == (result.protein_g != goal_g)
    fat_warned = any("below 0.5 g/kg" in w for w in result.warnings)
    assert fat_warned == (result.fat_g < round(0.5 * mass))


@given(profiles)
def test_goal_adjustments_stay_within_their_caps(profile: dict[str, Any]) -> None:
    result = compute_targets(**profile)
    if any(w.startswith("Calorie floor") for w in result.warnings):
        return
    change = result.calories - result.tdee
    if profile["goal"] is Goal.lose_fat:
        # never more than 1 % of body weight a week: 7700 * 0.01 / 7 = 11 kcal per kg a day
        assert -min(500, 11 * profile["weight_kg"]) - 0.5 <= change < 0
    elif profile["goal"] is Goal.gain_muscle:
        assert 0 < change <= 350.5
    else:
        assert abs(change) <= 0.5
