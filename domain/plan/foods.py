"""Which everyday foods a user may eat, and how free-text food names match them.

A term matches a food when it equals the food's short name or appears in it as whole words, with
a trailing plural "s" ignored: "salmon" matches "Salmon fillet", "eggs" matches "Egg, boiled".
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from domain.catalog import EverydayFood
from domain.plan.request import PlanRequest
from domain.plan.violations import ViolationCode

_WORD = re.compile(r"[a-z0-9]+")


def _words(text: str) -> tuple[str, ...]:
    return tuple(word.removesuffix("s") for word in _WORD.findall(text.casefold()))


def matches(term: str, food: EverydayFood) -> bool:
    """Whether a user's food term names this food (case-insensitive, whole words)."""
    wanted, name = _words(term), _words(food.name)
    if not wanted:
        return False
    return any(name[i : i + len(wanted)] == wanted for i in range(len(name) - len(wanted) + 1))


def matches_any(terms: Iterable[str], food: EverydayFood) -> bool:
    return any(matches(term, food) for term in terms)


def food_violations(food: EverydayFood, request: PlanRequest) -> list[tuple[ViolationCode, str]]:
    """Why `food` may not be served for this request (empty when it may)."""
    problems = []
    allergens = food.food.allergens & request.allergies
    if allergens:
        problems.append((ViolationCode.allergen, "contains " + ", ".join(sorted(allergens))))
    unfit = request.diets - food.food.diets
    if unfit:
        problems.append((ViolationCode.diet, "is not " + " or ".join(sorted(unfit))))
    if matches_any(request.disliked_foods, food):
        problems.append((ViolationCode.disliked_food, "is disliked"))
    return problems


def allowed_foods(foods: Iterable[EverydayFood], request: PlanRequest) -> list[EverydayFood]:
    """The everyday foods this request allows, in catalog order."""
    return [food for food in foods if not food_violations(food, request)]
