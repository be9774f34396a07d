"""Each expected number is computed by hand in the comment above its assertion."""

from __future__ import annotations

import os
import subprocess
import sys

from domain.plan.request import PlanRequest, low_carb_targets, request_from_profile
from domain.profile import Allergen, Diet
from domain.targets import Formula, MacroTargets
from tests.domain.plan.factories import WOMAN_AT_THE_FLOOR

# The issue 10 case: 58-year-old sedentary woman, 160 cm, 80 kg, losing fat; `compute_targets`
# gives 1200 kcal, 105 g protein, 28 g fat, 132 g carbohydrate (tests/domain/test_targets.py).
FLOOR_TARGETS = MacroTargets(
    calories=1200,
    protein_g=105,
    carbs_g=132,
    fat_g=28,
    bmr=1349.0,
    tdee=1618.8,
    formula=Formula.mifflin_st_jeor,
)


def test_low_carb_caps_carbohydrate_below_its_rda_and_moves_the_energy_to_fat() -> None:
    result = low_carb_targets(FLOOR_TARGETS)
    # cap int(26 % * 1200 / 4 = 78) = 78 g; fat 28 + round((132 - 78) * 4 / 9 = 24) = 52 g
    # fat share 9 * 52 / 1200 = 39 %; protein unchanged at 105 g
    assert (result.calories, result.protein_g, result.carbs_g, result.fat_g) == (1200, 105, 78, 52)
    assert result.warnings == (
        "low-carb diet: carbohydrate capped at 78 g/day, the energy moved to fat (52 g, 39% of "
        "calories)",
    )


def test_low_carb_caps_at_130_g_when_that_is_below_26_percent() -> None:
    # 2500 kcal: 150 g protein (600 kcal), 69 g fat (621 kcal), (2500 - 1221) / 4 = 320 g carbs
    targets = FLOOR_TARGETS.model_copy(
        update={"calories": 2500, "protein_g": 150, "carbs_g": 320, "fat_g": 69}
    )
    result = low_carb_targets(targets)
    # cap min(26 % * 2500 / 4 = 162.5, 130) = 130 g; fat 69 + round(190 * 4 / 9 = 84.4) = 153 g
    # fat share 9 * 153 / 2500 = 55 %
    assert (result.protein_g, result.carbs_g, result.fat_g) == (150, 130, 153)
    assert result.warnings[-1].endswith(
        "capped at 130 g/day, the energy moved to fat (153 g, 55% of calories)"
    )


def test_low_carb_leaves_targets_already_under_the_cap() -> None:
    # 26 % * 1200 / 4 = 78 g: 70 g is already low-carb
    already = FLOOR_TARGETS.model_copy(update={"carbs_g": 70, "fat_g": 55})
    assert low_carb_targets(already) is already


def test_request_from_profile_applies_low_carb_only_for_that_diet() -> None:
    plain = request_from_profile(**WOMAN_AT_THE_FLOOR)
    low = request_from_profile(**WOMAN_AT_THE_FLOOR, diets=frozenset({Diet.low_carb}))
    assert plain.targets.model_dump(exclude={"warnings"}) == FLOOR_TARGETS.model_dump(
        exclude={"warnings"}
    )
    assert low.targets == low_carb_targets(plain.targets)


def test_request_json_lists_sets_sorted_whatever_the_hash_seed() -> None:
    """Sets iterate in hash order, which changes per process; dataset rows (and their content
    hash) hold the JSON, so it must not. Run under two seeds in subprocesses to see both orders."""
    script = (
        "from tests.domain.plan.factories import make_request\n"
        "from domain.profile import Allergen, Equipment\n"
        "request = make_request(allergies=frozenset(Allergen), equipment=frozenset(Equipment))\n"
        "print(request.model_dump_json())\n"
    )
    outputs = {
        subprocess.run(
            [sys.executable, "-c", script],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2", "3")
    }
    assert len(outputs) == 1
    request = PlanRequest.model_validate_json(outputs.pop())
    assert list(request.model_dump(mode="json")["allergies"]) == sorted(Allergen)
    assert request.allergies == frozenset(Allergen)
