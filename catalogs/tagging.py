"""Applies the reviewed rule table (`catalogs.food_rules`) to foods: diets fitted, allergens held.

Conservative by construction: a diet must be earned (known composition and no excluded fact),
while an unknown recipe adds every plausible allergen.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from catalogs.food_rules import (
    ALLERGEN_FACTS,
    BRAND_TOKEN,
    BRANDED_PRECAUTION,
    COMPOSITE_GROUPS,
    COMPOSITE_NAME,
    DIET_EXCLUDES,
    FOOD_RULES,
    GLUTEN_FREE_CLAIM,
    LOW_CARB_MAX_NET_CARBS_G,
    NOT_BRANDS,
    PLAIN_IN_COMPOSITE,
    Fact,
    FoodRule,
)
from domain.catalog import Food
from domain.profile import Allergen, Diet


@dataclass(frozen=True)
class _CompiledRule:
    rule: FoodRule
    pattern: re.Pattern[str]
    ignore: re.Pattern[str] | None
    unless: re.Pattern[str] | None

    def holds(self, name: str, group: str) -> bool:
        if self.rule.groups is not None and group not in self.rule.groups:
            return False
        if self.unless is not None and self.unless.search(name):
            return False
        text = self.ignore.sub(" ", name) if self.ignore is not None else name
        return self.pattern.search(text) is not None


def _compile(pattern: str | None) -> re.Pattern[str] | None:
    return re.compile(pattern) if pattern is not None else None


@cache
def _rules() -> tuple[_CompiledRule, ...]:
    return tuple(
        _CompiledRule(rule, re.compile(rule.pattern), _compile(rule.ignore), _compile(rule.unless))
        for rule in FOOD_RULES
    )


_BRAND = re.compile(BRAND_TOKEN)
_COMPOSITE_NAME = re.compile(COMPOSITE_NAME)
_PLAIN = re.compile(PLAIN_IN_COMPOSITE)
_GLUTEN_FREE = re.compile(GLUTEN_FREE_CLAIM)


def facts_of(name: str, group: str) -> frozenset[Fact]:
    """The ingredient facts the rule table finds in one SR28 description and food group."""
    folded = name.casefold()
    return frozenset(rule.rule.fact for rule in _rules() if rule.holds(folded, group))


def precaution_of(name: str, group: str) -> frozenset[Allergen] | None:
    """ "May contain" allergens of a food of unknown recipe, or None when its makeup is known."""
    folded = name.casefold()
    brands = set(_BRAND.findall(name)) - NOT_BRANDS
    if brands:
        return BRANDED_PRECAUTION
    if _PLAIN.search(folded):
        return None
    # A mixed-dish name inside a composite group (a sandwich spread among deli meats) widens the
    # group's precaution rather than being shadowed by it.
    precautions = [COMPOSITE_GROUPS[group]] if group in COMPOSITE_GROUPS else []
    if _COMPOSITE_NAME.search(folded):
        precautions.append(BRANDED_PRECAUTION)
    return frozenset().union(*precautions) if precautions else None


def _net_carbs(food: Food) -> float:
    # Without a fibre value, count all carbohydrate: the cautious reading for a low-carb diet.
    return food.carbs_g - (food.fibre_g or 0.0)


def tag_food(food: Food) -> Food:
    """Return `food` with the diets it fits and the allergens it (may) contain.

    Args:
        food: A food whose `name` and `group` are SR28's Long_Desc and food group.

    Returns:
        A copy with `diets` and `allergens` set from the rule table.
    """
    facts = facts_of(food.name, food.group)
    precaution = precaution_of(food.name, food.group)
    claims_gluten_free = _GLUTEN_FREE.search(food.name.casefold()) is not None
    allergens = {ALLERGEN_FACTS[fact] for fact in facts if fact in ALLERGEN_FACTS}
    if precaution is not None:
        allergens |= precaution - {Allergen.gluten} if claims_gluten_free else precaution
    diets = {
        diet
        for diet, excluded in DIET_EXCLUDES.items()
        if not facts & excluded
        and (precaution is None or (diet is Diet.gluten_free and claims_gluten_free))
        and not (diet is Diet.gluten_free and Allergen.gluten in allergens)
    }
    if _net_carbs(food) <= LOW_CARB_MAX_NET_CARBS_G:
        diets.add(Diet.low_carb)
    return food.model_copy(update={"diets": frozenset(diets), "allergens": frozenset(allergens)})
