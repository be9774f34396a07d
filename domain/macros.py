"""How a day's energy is split into protein, fat and carbohydrate.

The Dietary Reference Intakes set the limits (Institute of Medicine, "Dietary Reference Intakes
for Energy, Carbohydrate, Fiber, Fat, Fatty Acids, Cholesterol, Protein, and Amino Acids", 2005;
"IOM DRI 2005" below): protein and fat inside their Acceptable Macronutrient Distribution Ranges
(AMDR), carbohydrate at least its RDA. Inside those limits the sports-nutrition goals decide
(protein g/kg by goal, fat at least 0.5 g/kg); each goal a limit bends adds a warning.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Final

FAT_MIN_G_PER_KG: Final = 0.5
"""Fat floor for hormonal health: Iraki J et al. "Nutrition Recommendations for Bodybuilders in
the Off-Season." Sports 2019;7:154, advise 0.5-1.5 g/kg. Yields to the AMDR (below)."""

FAT_SHARE_RANGE: Final = (0.20, 0.35)
"""Fat as a share of energy: the adult AMDR, IOM DRI 2005, ch. 11. Its 20 % floor already covers
essential fatty acids, so the 0.5 g/kg floor gives way to it when energy is short."""

FAT_SHARE_DEFAULT: Final = 0.25

PROTEIN_SHARE_RANGE: Final = (0.10, 0.35)
"""Protein as a share of energy: the adult AMDR, IOM DRI 2005, ch. 10. A goal's g/kg on a small
energy budget can pass 35 % (2.2 g/kg x 76.8 kg at 1,200 kcal is 56 %): it is capped there."""

CARB_RDA_G: Final = 130.0
"""Carbohydrate RDA for adults, 130 g/day, the glucose the brain uses: IOM DRI 2005, ch. 6.
Targets only go below it on a low-carb diet the user chose (`domain.plan.request`)."""

# Atwater general factors, kcal per gram.
KCAL_PER_G_PROTEIN: Final = 4.0
KCAL_PER_G_CARB: Final = 4.0
KCAL_PER_G_FAT: Final = 9.0


@dataclass(frozen=True)
class MacroSplit:
    """Whole grams per macro for one day, and why any of them left its goal."""

    protein_g: int
    carbs_g: int
    fat_g: int
    warnings: tuple[str, ...]


def split_macros(*, calories: int, protein_goal_g: float, mass_kg: float) -> MacroSplit:
    """Grams of protein, carbohydrate and fat for a day of `calories`.

    Protein is the goal's grams held within 10-35 % of energy; fat 25 % of energy, at least
    0.5 g/kg, within 20-35 %; carbohydrate the rest. When that leaves under 130 g carbohydrate,
    fat gives way first, down to 20 % of energy, then protein, down to 10 %; only then does
    carbohydrate drop below its RDA. Fat yields before protein since the AMDR's 20 % still covers
    essential fatty acids, while protein spares lean mass in a deficit, where energy runs short.
    Bent grams are rounded inwards so the limits hold in whole grams.

    Args:
        calories: The day's energy target in kcal.
        protein_goal_g: Protein the goal asks for (its g/kg x `mass_kg`).
        mass_kg: Body mass the g/kg amounts are dosed on.

    Returns:
        Whole grams per macro, with a warning for each goal a limit bent.
    """
    protein_low, protein_high = (s * calories / KCAL_PER_G_PROTEIN for s in PROTEIN_SHARE_RANGE)
    fat_low, fat_high = (s * calories / KCAL_PER_G_FAT for s in FAT_SHARE_RANGE)
    in_range = min(max(round(protein_goal_g), math.ceil(protein_low)), math.floor(protein_high))
    fat_floor_g = min(max(FAT_MIN_G_PER_KG * mass_kg, fat_low), fat_high)
    fat = round(max(FAT_SHARE_DEFAULT * calories / KCAL_PER_G_FAT, fat_floor_g))
    protein = in_range
    spare_kcal = calories - CARB_RDA_G * KCAL_PER_G_CARB
    short = KCAL_PER_G_PROTEIN * protein + KCAL_PER_G_FAT * fat > spare_kcal
    if short:
        fat_room = math.floor((spare_kcal - KCAL_PER_G_PROTEIN * protein) / KCAL_PER_G_FAT)
        fat = max(math.ceil(fat_low), min(fat, fat_room))
        protein_room = math.floor((spare_kcal - KCAL_PER_G_FAT * fat) / KCAL_PER_G_PROTEIN)
        protein = max(math.ceil(protein_low), min(protein, protein_room))
    remainder_kcal = calories - KCAL_PER_G_PROTEIN * protein - KCAL_PER_G_FAT * fat
    carbs = max(0, round(remainder_kcal / KCAL_PER_G_CARB))
    return MacroSplit(
        protein_g=protein,
        carbs_g=carbs,
        fat_g=fat,
        warnings=_warnings(
            calories=calories,
            protein=protein,
            carbs=carbs,
            fat=fat,
            goal_g=protein_goal_g,
            in_range=in_range,
            mass_kg=mass_kg,
            short=short,
        ),
    )


def _warnings(
    *,
    calories: int,
    protein: int,
    carbs: int,
    fat: int,
    goal_g: float,
    in_range: int,
    mass_kg: float,
    short: bool,
) -> tuple[str, ...]:
    """Say which limit moved protein or fat off its goal, and whether carbohydrate missed its RDA.

    `in_range` is the goal's protein held within its AMDR share; `short` says whether the
    carbohydrate RDA then took energy from fat and protein.
    """

    def share(grams: int, kcal_per_g: float) -> str:
        return f"{kcal_per_g * grams / calories:.0%} of calories"

    for_carbs = f"to leave room for the {CARB_RDA_G:.0f} g carbohydrate RDA"
    warnings = []
    wanted = round(goal_g)
    if protein != wanted:
        if protein < in_range:
            why = for_carbs
        else:
            why = "the recommended " + ("maximum" if protein < wanted else "minimum")
        warnings.append(
            f"Protein set to {protein} g ({share(protein, KCAL_PER_G_PROTEIN)}, {why}) instead "
            f"of the goal's {wanted} g ({goal_g / mass_kg:.1f} g/kg)."
        )
    if fat < round(FAT_MIN_G_PER_KG * mass_kg):
        why = for_carbs if short else "to stay within the recommended range"
        warnings.append(
            f"Fat held at {share(fat, KCAL_PER_G_FAT)} ({fat} g), below {FAT_MIN_G_PER_KG} g/kg, "
            f"{why}."
        )
    if carbs < CARB_RDA_G:
        warnings.append(
            f"Carbohydrate at {carbs} g/day, below the {CARB_RDA_G:.0f} g RDA: at {calories} kcal "
            "protein and fat are already at the low ends of their ranges."
        )
    return tuple(warnings)
