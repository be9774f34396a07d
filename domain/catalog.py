"""Types of the food and exercise catalogs (loading them is `catalogs`' job, not this package's)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from enum import StrEnum
from typing import Generic, TypeVar

from pydantic import BaseModel, ConfigDict, Field

from domain.profile import Allergen, BodyArea, Diet, Equipment, Experience

T = TypeVar("T")


class Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Portion(Frozen):
    """A household measure from USDA's WEIGHT table, e.g. "1 cup, chopped" = 160 g."""

    label: str
    grams: float = Field(gt=0)


class Food(Frozen):
    """One food with nutrients per 100 g edible portion (USDA SR28 units)."""

    id: str = Field(description="USDA NDB number, e.g. '01001' for salted butter")
    name: str
    group: str
    kcal: float = Field(ge=0)
    protein_g: float = Field(ge=0)
    carbs_g: float = Field(ge=0)
    fat_g: float = Field(ge=0)
    fibre_g: float | None = Field(default=None, ge=0)
    sodium_mg: float | None = Field(default=None, ge=0)
    portions: tuple[Portion, ...] = ()
    diets: frozenset[Diet] = Field(
        default=frozenset(), description="diets this food is known to fit; unknown means excluded"
    )
    allergens: frozenset[Allergen] = frozenset()


class MealSlot(StrEnum):
    breakfast = "breakfast"
    lunch = "lunch"
    dinner = "dinner"
    snack = "snack"


class FoodRole(StrEnum):
    """What a food mainly contributes to a meal; the planner composes meals from roles."""

    protein = "protein"
    carb = "carb"
    fat = "fat"
    vegetable = "vegetable"
    fruit = "fruit"
    dairy = "dairy"


class EverydayFood(Frozen):
    """A curated food people actually eat, with the short name plans use and sane portions."""

    food: Food
    name: str = Field(description="short unique display name used in plans and model drafts")
    role: FoodRole
    slots: frozenset[MealSlot]
    min_g: float = Field(gt=0)
    max_g: float = Field(gt=0)


class Muscle(StrEnum):
    """Muscle names of free-exercise-db, normalised to identifiers."""

    abdominals = "abdominals"
    abductors = "abductors"
    adductors = "adductors"
    biceps = "biceps"
    calves = "calves"
    chest = "chest"
    forearms = "forearms"
    glutes = "glutes"
    hamstrings = "hamstrings"
    lats = "lats"
    lower_back = "lower_back"
    middle_back = "middle_back"
    neck = "neck"
    quadriceps = "quadriceps"
    shoulders = "shoulders"
    traps = "traps"
    triceps = "triceps"


class MovementPattern(StrEnum):
    """Movement patterns that injury rules exclude (see `domain.injuries`)."""

    jumping = "jumping"
    deep_knee_flexion = "deep_knee_flexion"
    heavy_hinge = "heavy_hinge"
    spinal_loading = "spinal_loading"
    overhead_press = "overhead_press"
    loaded_wrist_extension = "loaded_wrist_extension"
    elbow_flexion_heavy = "elbow_flexion_heavy"
    hip_impact = "hip_impact"
    running = "running"
    neck_loading = "neck_loading"
    shoulder_end_range = "shoulder_end_range"


class Exercise(Frozen):
    """One exercise of free-exercise-db with the tags the planner and the injury rules need."""

    id: str
    name: str
    force: str | None = None
    level: Experience
    mechanic: str | None = None
    equipment: Equipment | None = Field(default=None, description="None means no equipment")
    primary_muscles: tuple[Muscle, ...]
    secondary_muscles: tuple[Muscle, ...] = ()
    category: str
    instructions: tuple[str, ...] = ()
    patterns: frozenset[MovementPattern] = frozenset()


__all__ = [
    "Allergen",
    "BodyArea",
    "Catalog",
    "Diet",
    "EverydayFood",
    "Exercise",
    "Food",
    "FoodRole",
    "MealSlot",
    "MovementPattern",
    "Muscle",
    "Page",
    "Portion",
]


class Page(Frozen, Generic[T]):
    """One page of search results plus the total count, for paginated API listings."""

    items: tuple[T, ...]
    total: int


def _matches_all_tokens(name: str, tokens: list[str]) -> bool:
    folded = name.casefold()
    return all(token in folded for token in tokens)


def _relevance(name: str, query: str) -> tuple[int, int, str]:
    """Names that start with the query first, then shorter (more generic) names, then A-Z."""
    folded = name.casefold()
    return (0 if folded.startswith(query) else 1, len(folded), folded)


class Catalog:
    """The loaded catalogs, indexed for the lookups the planner, the checker and the API need.

    Names are matched case-insensitively: plan drafts and users type them in any case.
    """

    def __init__(
        self,
        *,
        foods: Iterable[Food],
        everyday: Iterable[EverydayFood],
        exercises: Iterable[Exercise],
    ) -> None:
        self.foods: tuple[Food, ...] = tuple(foods)
        self.everyday: tuple[EverydayFood, ...] = tuple(everyday)
        self.exercises: tuple[Exercise, ...] = tuple(exercises)
        self.foods_by_id: Mapping[str, Food] = {food.id: food for food in self.foods}
        self.everyday_by_name: Mapping[str, EverydayFood] = {
            item.name.casefold(): item for item in self.everyday
        }
        self.exercises_by_id: Mapping[str, Exercise] = {ex.id: ex for ex in self.exercises}
        self.exercises_by_name: Mapping[str, Exercise] = {
            ex.name.casefold(): ex for ex in self.exercises
        }
        self.food_groups: tuple[str, ...] = tuple(sorted({food.group for food in self.foods}))

    def everyday_food(self, name: str) -> EverydayFood | None:
        return self.everyday_by_name.get(name.strip().casefold())

    def exercise(self, name: str) -> Exercise | None:
        return self.exercises_by_name.get(name.strip().casefold())

    def search_foods(
        self, *, q: str | None = None, group: str | None = None, offset: int = 0, limit: int = 20
    ) -> Page[Food]:
        """Foods whose name holds every word of `q`, optionally within one food group."""
        query = (q or "").strip().casefold()
        tokens = query.split()
        hits = [
            food
            for food in self.foods
            if (group is None or food.group.casefold() == group.casefold())
            and _matches_all_tokens(food.name, tokens)
        ]
        hits.sort(key=lambda food: _relevance(food.name, query))
        return Page[Food](items=tuple(hits[offset : offset + limit]), total=len(hits))

    def search_exercises(
        self,
        *,
        q: str | None = None,
        muscle: Muscle | None = None,
        equipment: Equipment | None = None,
        level: Experience | None = None,
        offset: int = 0,
        limit: int = 20,
    ) -> Page[Exercise]:
        """Exercises matching every given filter; `muscle` matches primary or secondary muscles."""
        query = (q or "").strip().casefold()
        tokens = query.split()
        hits = [
            ex
            for ex in self.exercises
            if _matches_all_tokens(ex.name, tokens)
            and (muscle is None or muscle in ex.primary_muscles or muscle in ex.secondary_muscles)
            and (equipment is None or ex.equipment == equipment)
            and (level is None or ex.level == level)
        ]
        hits.sort(key=lambda ex: _relevance(ex.name, query))
        return Page[Exercise](items=tuple(hits[offset : offset + limit]), total=len(hits))
