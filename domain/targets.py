"""Daily calorie and macro targets: the numbers every plan is solved against.

The pipeline is BMR (a published equation) x activity factor = TDEE, then a goal adjustment
(deficit or surplus, bounded for safety), then protein and fat by body mass and carbohydrate as
the remainder, within the Dietary Reference Intakes' limits (`domain.macros`). Every constant
cites where it comes from; the unit tests recompute each formula by hand.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from types import MappingProxyType
from typing import Final

from pydantic import Field

from domain.catalog import Frozen
from domain.macros import split_macros
from domain.profile import ActivityLevel, Goal, Sex

# Physiological input ranges (inclusive). The API validates with the same numbers.
AGE_RANGE: Final = (13, 100)
HEIGHT_CM_RANGE: Final = (100.0, 250.0)
WEIGHT_KG_RANGE: Final = (30.0, 350.0)
BODY_FAT_PCT_RANGE: Final = (3.0, 70.0)

ACTIVITY_MULTIPLIERS: Final[Mapping[ActivityLevel, float]] = MappingProxyType(
    {
        ActivityLevel.sedentary: 1.2,
        ActivityLevel.light: 1.375,
        ActivityLevel.moderate: 1.55,
        ActivityLevel.active: 1.725,
        ActivityLevel.very_active: 1.9,
    }
)
"""The conventional activity factors long paired with the Harris-Benedict equation (sedentary
1.2 to very active 1.9). Rough population averages, not measurements."""

KCAL_PER_KG_BODY_MASS: Final = 7700.0
"""Energy in 1 kg of body-mass change: Wishnofsky M. "Caloric equivalents of gained or lost
weight." Am J Clin Nutr 1958;6:542-546 (3500 kcal/lb ~ 7700 kcal/kg). A static rule of thumb
(Hall KD et al., Lancet 2011;378:826-837, show real loss slows); we only use it as a safety cap."""

MAX_WEEKLY_LOSS_FRACTION: Final = 0.01
"""At most 1 % of body weight lost per week: the upper end of the 0.5-1 %/week advised to keep
lean mass (Helms ER, Aragon AA, Fitschen PJ. J Int Soc Sports Nutr 2014;11:20)."""

LOSE_FAT_DEFICIT_KCAL: Final = 500.0
"""Requested deficit: the low end of the 500-1,000 kcal/day deficit in NHLBI's "Clinical
Guidelines on the Identification, Evaluation, and Treatment of Overweight and Obesity in
Adults" (1998)."""

GAIN_SURPLUS_FRACTION: Final = 0.10
GAIN_SURPLUS_CAP_KCAL: Final = 350.0
"""Muscle gain: +10 % of TDEE (Iraki J et al. "Nutrition Recommendations for Bodybuilders in the
Off-Season." Sports 2019;7:154, advise ~10-20 %), capped at +350 kcal/day, the low end of the
~350-500 kcal/day surplus discussed by Slater GJ et al. Front Nutr 2019;6:131."""

PROTEIN_G_PER_KG: Final[Mapping[Goal, float]] = MappingProxyType(
    {Goal.lose_fat: 2.2, Goal.maintain: 1.8, Goal.gain_muscle: 2.0}
)
"""Protein within 1.6-2.2 g/kg: Morton RW et al. Br J Sports Med 2018;52:376-384 (benefit
plateaus near 1.6 g/kg, upper 95 % CI 2.2 g/kg); the top of the range in a deficit to spare lean
mass (Helms et al. 2014, above). `domain.macros` holds it within 10-35 % of energy."""

OBESITY_BODY_FAT_PCT: Final[Mapping[Sex, float]] = MappingProxyType(
    {Sex.male: 25.0, Sex.female: 32.0}
)
"""Body fat at which the American Council on Exercise's classification starts "obese"."""

OBESITY_BMI: Final = 30.0
"""BMI at which obesity starts: WHO Technical Report Series 894 (2000)."""


class Formula(StrEnum):
    mifflin_st_jeor = "mifflin_st_jeor"
    katch_mcardle = "katch_mcardle"
    harris_benedict_revised = "harris_benedict_revised"


class CalorieFloors(Frozen):
    """Lowest daily intake we plan without medical supervision (1,200 kcal women, 1,500 men:
    the usual clinical guidance, e.g. Harvard Health Publishing, "Calorie counting made easy")."""

    female: int = Field(default=1200, ge=0)
    male: int = Field(default=1500, ge=0)


DEFAULT_FLOORS: Final = CalorieFloors()


class MacroTargets(Frozen):
    """Daily targets a plan must hit; `warnings` say which safety rule changed the numbers."""

    calories: int
    protein_g: int
    carbs_g: int
    fat_g: int
    bmr: float
    tdee: float
    formula: Formula
    warnings: tuple[str, ...] = ()


def mifflin_st_jeor(*, sex: Sex, age: float, height_cm: float, weight_kg: float) -> float:
    """Resting energy expenditure by Mifflin-St Jeor, the default: the most accurate of the common
    equations in non-obese and obese adults (Frankenfield D et al. J Am Diet Assoc 2005;105:775).

    Source: Mifflin MD, St Jeor ST et al. Am J Clin Nutr 1990;51:241-247.
    10 W + 6.25 H - 5 A + 5 (men) or - 161 (women).

    Args:
        sex: Biological sex the equation was fitted on.
        age: Years.
        height_cm: Height in centimetres.
        weight_kg: Body weight in kilograms.

    Returns:
        BMR in kcal/day.
    """
    base = 10.0 * weight_kg + 6.25 * height_cm - 5.0 * age
    return base + (5.0 if sex is Sex.male else -161.0)


def harris_benedict_revised(*, sex: Sex, age: float, height_cm: float, weight_kg: float) -> float:
    """Resting energy expenditure by the Harris-Benedict equation as revised by Roza & Shizgal.

    Source: Roza AM, Shizgal HM. Am J Clin Nutr 1984;40:168-182.
    Men: 88.362 + 13.397 W + 4.799 H - 5.677 A. Women: 447.593 + 9.247 W + 3.098 H - 4.330 A.

    Args:
        sex: Biological sex the equation was fitted on.
        age: Years.
        height_cm: Height in centimetres.
        weight_kg: Body weight in kilograms.

    Returns:
        BMR in kcal/day.
    """
    if sex is Sex.male:
        return 88.362 + 13.397 * weight_kg + 4.799 * height_cm - 5.677 * age
    return 447.593 + 9.247 * weight_kg + 3.098 * height_cm - 4.330 * age


def katch_mcardle(*, lean_mass_kg: float) -> float:
    """Resting energy expenditure from lean body mass by the Katch-McArdle equation.

    Source: McArdle WD, Katch FI, Katch VL. *Exercise Physiology: Energy, Nutrition, and Human
    Performance*: 370 + 21.6 LBM. Preferred when body fat is known, since it needs no sex or age.

    Args:
        lean_mass_kg: Fat-free mass in kilograms.

    Returns:
        BMR in kcal/day.
    """
    return 370.0 + 21.6 * lean_mass_kg


def lean_mass_kg(*, weight_kg: float, body_fat_pct: float) -> float:
    """Fat-free mass: weight x (1 - body fat %).

    Args:
        weight_kg: Body weight in kilograms.
        body_fat_pct: Body fat in percent (e.g. 20 for 20 %).

    Returns:
        Lean mass in kilograms.
    """
    return weight_kg * (1.0 - body_fat_pct / 100.0)


def max_daily_deficit_kcal(weight_kg: float) -> float:
    """Largest daily deficit that keeps planned loss within 1 % of body weight per week.

    weight x 1 % x 7700 kcal/kg / 7 days (see `KCAL_PER_KG_BODY_MASS`), i.e. 11 kcal per kg.

    Args:
        weight_kg: Body weight in kilograms.

    Returns:
        Deficit in kcal/day.
    """
    return weight_kg * MAX_WEEKLY_LOSS_FRACTION * KCAL_PER_KG_BODY_MASS / 7.0


def protein_reference_mass_kg(
    *, sex: Sex, height_cm: float, weight_kg: float, body_fat_pct: float | None
) -> float:
    """Body mass that protein and the fat floor are dosed on.

    g/kg recommendations were set on lean-to-normal people; on total weight a person with obesity
    would get absurd amounts (2.2 g/kg x 150 kg = 330 g). So for obesity we dose on the weight
    this person would have at the obesity threshold, which equals body weight at the threshold so
    targets do not jump there:
    - body fat known and above `OBESITY_BODY_FAT_PCT`: the same lean mass at the threshold,
      LBM / (1 - threshold);
    - body fat unknown and BMI above `OBESITY_BMI`: the weight at BMI 30, 30 x height(m)^2.
    Body fat, when known, wins: a muscular person with a high BMI keeps their body weight.

    Args:
        sex: Selects the body-fat threshold.
        height_cm: Height in centimetres.
        weight_kg: Body weight in kilograms.
        body_fat_pct: Body fat in percent, or None when unknown.

    Returns:
        Mass in kilograms, never more than `weight_kg`.
    """
    if body_fat_pct is None:
        return min(weight_kg, OBESITY_BMI * (height_cm / 100.0) ** 2)
    threshold = OBESITY_BODY_FAT_PCT[sex]
    if body_fat_pct <= threshold:
        return weight_kg
    lean = lean_mass_kg(weight_kg=weight_kg, body_fat_pct=body_fat_pct)
    return lean / (1.0 - threshold / 100.0)


def _check_range(field: str, value: float, bounds: tuple[float, float]) -> None:
    low, high = bounds
    if not low <= value <= high:  # also rejects NaN
        raise ValueError(f"{field} must be between {low:g} and {high:g}, got {value}")


def _resolve_formula(formula: Formula | None, body_fat_pct: float | None) -> Formula:
    if formula is not None:
        return formula
    return Formula.mifflin_st_jeor if body_fat_pct is None else Formula.katch_mcardle


def _bmr(
    formula: Formula,
    *,
    sex: Sex,
    age: float,
    height_cm: float,
    weight_kg: float,
    body_fat_pct: float | None,
) -> float:
    if formula is Formula.katch_mcardle:
        if body_fat_pct is None:
            raise ValueError("body_fat_pct is required for the katch_mcardle formula")
        return katch_mcardle(
            lean_mass_kg=lean_mass_kg(weight_kg=weight_kg, body_fat_pct=body_fat_pct)
        )
    equation = (
        harris_benedict_revised if formula is Formula.harris_benedict_revised else mifflin_st_jeor
    )
    return equation(sex=sex, age=age, height_cm=height_cm, weight_kg=weight_kg)


def _goal_calories(*, goal: Goal, tdee: float, weight_kg: float) -> tuple[float, list[str]]:
    if goal is Goal.maintain:
        return tdee, []
    if goal is Goal.gain_muscle:
        return tdee + min(GAIN_SURPLUS_FRACTION * tdee, GAIN_SURPLUS_CAP_KCAL), []
    cap = max_daily_deficit_kcal(weight_kg)
    if LOSE_FAT_DEFICIT_KCAL <= cap:
        return tdee - LOSE_FAT_DEFICIT_KCAL, []
    warning = (
        f"Deficit capped at {cap:.0f} kcal/day so planned loss stays within 1 % of body weight "
        "per week."
    )
    return tdee - cap, [warning]


def _apply_floor(
    *, planned_kcal: float, tdee: float, goal: Goal, sex: Sex, floors: CalorieFloors
) -> tuple[int, list[str]]:
    floor = floors.female if sex is Sex.female else floors.male
    calories = round(planned_kcal)
    if calories >= floor:
        return calories, []
    who = "women" if sex is Sex.female else "men"
    if goal is not Goal.lose_fat:
        consequence = f"this is above the estimated {calories} kcal for this goal"
    elif floor < tdee:
        consequence = "the planned deficit was smaller than asked"
    else:
        consequence = f"it is above the estimated maintenance of {tdee:.0f} kcal, so no deficit"
    return floor, [f"Calorie floor of {floor} kcal for {who} applied; {consequence}."]


def compute_targets(
    *,
    sex: Sex,
    age: int,
    height_cm: float,
    weight_kg: float,
    activity_level: ActivityLevel,
    goal: Goal,
    body_fat_pct: float | None = None,
    formula: Formula | None = None,
    floors: CalorieFloors = DEFAULT_FLOORS,
) -> MacroTargets:
    """Daily calorie and macro targets for one person.

    BMR by `formula` (None: Katch-McArdle when body fat is known, else Mifflin-St Jeor) x the
    activity factor gives TDEE. The goal then subtracts a deficit (capped at 1 % of body weight
    lost per week) or adds a surplus; the sex's calorie floor applies last. Protein is dosed by
    goal on `protein_reference_mass_kg`, then `domain.macros.split_macros` keeps protein and fat
    within their acceptable shares of energy and carbohydrate at or above its RDA. Each rule that
    changes the numbers adds a warning.

    Args:
        sex: Biological sex.
        age: Years, within `AGE_RANGE`.
        height_cm: Within `HEIGHT_CM_RANGE`.
        weight_kg: Within `WEIGHT_KG_RANGE`.
        activity_level: Selects the multiplier in `ACTIVITY_MULTIPLIERS`.
        goal: lose_fat, maintain or gain_muscle.
        body_fat_pct: Percent within `BODY_FAT_PCT_RANGE`, or None when unknown.
        formula: BMR equation, or None for the default described above.
        floors: Minimum daily calories by sex.

    Returns:
        The targets, with the BMR, TDEE and formula used, and any warnings.

    Raises:
        ValueError: If an input is outside its range (the message names the field) or
            Katch-McArdle is asked for without `body_fat_pct`.
    """
    _check_range("age", age, AGE_RANGE)
    _check_range("height_cm", height_cm, HEIGHT_CM_RANGE)
    _check_range("weight_kg", weight_kg, WEIGHT_KG_RANGE)
    if body_fat_pct is not None:
        _check_range("body_fat_pct", body_fat_pct, BODY_FAT_PCT_RANGE)
    chosen = _resolve_formula(formula, body_fat_pct)
    bmr = _bmr(
        chosen,
        sex=sex,
        age=age,
        height_cm=height_cm,
        weight_kg=weight_kg,
        body_fat_pct=body_fat_pct,
    )
    tdee = bmr * ACTIVITY_MULTIPLIERS[activity_level]
    planned_kcal, warnings = _goal_calories(goal=goal, tdee=tdee, weight_kg=weight_kg)
    calories, floor_warnings = _apply_floor(
        planned_kcal=planned_kcal, tdee=tdee, goal=goal, sex=sex, floors=floors
    )
    mass = protein_reference_mass_kg(
        sex=sex, height_cm=height_cm, weight_kg=weight_kg, body_fat_pct=body_fat_pct
    )
    macros = split_macros(
        calories=calories, protein_goal_g=PROTEIN_G_PER_KG[goal] * mass, mass_kg=mass
    )
    return MacroTargets(
        calories=calories,
        protein_g=macros.protein_g,
        carbs_g=macros.carbs_g,
        fat_g=macros.fat_g,
        bmr=bmr,
        tdee=tdee,
        formula=chosen,
        warnings=(*warnings, *floor_warnings, *macros.warnings),
    )
