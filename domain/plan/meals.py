"""How a day of eating is laid out: meal slots, their energy shares, the foods' roles per meal,
and the day targets for training and rest days."""

from __future__ import annotations

from typing import Final

from domain.catalog import FoodRole, MealSlot
from domain.plan.planner_limits import MENUS_PER_KIND
from domain.plan.schemas import DayKind, Macros
from domain.targets import MacroTargets

_B, _L, _D, _S = MealSlot.breakfast, MealSlot.lunch, MealSlot.dinner, MealSlot.snack

# Meal order and usual share of the day's energy, by meals per day.
MEAL_LAYOUTS: Final[dict[int, tuple[tuple[MealSlot, float], ...]]] = {
    3: ((_B, 0.30), (_L, 0.35), (_D, 0.35)),
    4: ((_B, 0.25), (_L, 0.30), (_S, 0.15), (_D, 0.30)),
    5: ((_B, 0.22), (_S, 0.12), (_L, 0.27), (_S, 0.12), (_D, 0.27)),
}

_PROTEIN, _CARB, _VEG = FoodRole.protein, FoodRole.carb, FoodRole.vegetable
_FAT, _FRUIT, _DAIRY = FoodRole.fat, FoodRole.fruit, FoodRole.dairy
# Per slot, the roles of each choice and whether the meal needs it. A plate of protein, starch
# and vegetables (fruit at breakfast) keeps the meal recognisable; the optional extras (more
# protein, a fat, a second starch, fruit) give the solver room to reach high protein or energy
# targets, and cost a little so they are used only when they help.
_EXTRAS: Final = ((frozenset({_PROTEIN, _DAIRY}), False), (frozenset({_FAT}), False))
# Added to every meal on the last, widest attempt (high energy on a low-carb diet needs them).
LAST_RESORT_EXTRAS: Final = _EXTRAS
# Added on top when even that fails: a restricted diet at an extreme target needs more servings
# of its few dense foods (oils on a low-carb diet, seitan for a vegan without soy, starch at
# 5,000 kcal in three meals).
RELAXED_EXTRAS: Final = (*_EXTRAS, (frozenset({_CARB}), False), (frozenset({_FAT}), False))
_MAIN: Final = (
    (frozenset({_PROTEIN}), True),
    (frozenset({_CARB}), True),
    (frozenset({_VEG}), True),
    (frozenset({_CARB}), False),
    (frozenset({_FRUIT, _VEG}), False),
    *_EXTRAS,
)
MEAL_RECIPES: Final[dict[MealSlot, tuple[tuple[frozenset[FoodRole], bool], ...]]] = {
    _B: (
        (frozenset({_PROTEIN, _DAIRY}), True),
        (frozenset({_CARB}), True),
        (frozenset({_FRUIT}), True),
        (frozenset({_DAIRY, _CARB}), False),
        *_EXTRAS,
    ),
    _L: _MAIN,
    _D: _MAIN,
    _S: (
        (frozenset({_DAIRY, _FRUIT}), True),
        (frozenset({_CARB}), False),
        *_EXTRAS,
    ),
}

CARB_SHIFT: Final = 0.15
_KCAL_PER_G_CARB: Final = 4.0


def meal_slots(meals_per_day: int) -> tuple[MealSlot, ...]:
    """The slots of a day's meals in eating order."""
    return tuple(slot for slot, _ in MEAL_LAYOUTS[meals_per_day])


def menu_kinds(training_days: int) -> list[DayKind]:
    """The day kind of each menu a week rotates through: training menus first, then rest ones."""
    return [DayKind.train] * min(MENUS_PER_KIND, training_days) + [DayKind.rest] * min(
        MENUS_PER_KIND, 7 - training_days
    )


def day_targets(targets: MacroTargets, training_days: int) -> dict[DayKind, Macros]:
    """Targets for training and rest days: more carbs when training, fewer when resting.

    Training days carry up to +15 % carbohydrate and rest days give the same grams back, so the
    weekly average equals the daily targets; protein and fat stay constant.

    Args:
        targets: The user's daily targets.
        training_days: Training days per week (0-7).

    Returns:
        Day targets for each day kind that occurs in the week.
    """
    rest_days = 7 - training_days
    train_shift = 0.0
    if training_days and rest_days:
        train_shift = CARB_SHIFT * min(1.0, rest_days / training_days)
    rest_shift = train_shift * training_days / rest_days if rest_days else 0.0
    kinds = {DayKind.train: (training_days, train_shift), DayKind.rest: (rest_days, -rest_shift)}
    return {
        kind: Macros(
            kcal=targets.calories + _KCAL_PER_G_CARB * targets.carbs_g * shift,
            protein_g=float(targets.protein_g),
            carbs_g=targets.carbs_g * (1.0 + shift),
            fat_g=float(targets.fat_g),
        )
        for kind, (count, shift) in kinds.items()
        if count
    }
