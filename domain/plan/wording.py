"""A request's restrictions in words, for the reasons `PlanInfeasible` gives a person to act on."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from domain.plan.request import PlanRequest
from domain.profile import Equipment


def names(values: Iterable[str]) -> list[str]:
    """Enum values as sorted words: {"tree_nuts", "soy"} -> ["soy", "tree nuts"]."""
    return sorted(value.replace("_", " ") for value in values)


def join(items: Sequence[str]) -> str:
    """["a", "b", "c"] -> "a, b and c"."""
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"


def food_restrictions(request: PlanRequest) -> str:
    """What limits the foods, e.g. "the vegan diet and the allergies to gluten and soy"."""
    parts = []
    if request.diets:
        plural = "diets" if len(request.diets) > 1 else "diet"
        kinds = sorted(diet.replace("_", "-") for diet in request.diets)
        parts.append(f"the {join(kinds)} {plural}")
    if request.allergies:
        plural = "allergies" if len(request.allergies) > 1 else "allergy"
        parts.append(f"the {plural} to {join(names(request.allergies))}")
    if request.disliked_foods:
        parts.append("the disliked foods")
    return join(parts) if parts else ""


def trainee(request: PlanRequest) -> str:
    """Who the exercises must suit, e.g. "a beginner with only body weight and an injured knee"."""
    article = "an" if request.experience[0] in "aeiou" else "a"
    kit = names(request.equipment - {Equipment.body_only})
    equipment = join(["body weight", *kit]) if kit else "only body weight"
    injuries = f" and an injured {join(names(request.injuries))}" if request.injuries else ""
    return f"{article} {request.experience} with {equipment}{injuries}"
