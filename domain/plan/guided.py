"""The per-request JSON schemas guided decoding runs under: valid and grounded by construction.

Every name is narrowed to the catalog entries the request allows (allergens, diets, dislikes,
equipment, injuries and level already applied), and everything else is fixed by the request: the
menus' kinds, each training day's focus, and the number of names in every list, which is the
reference planner's for the same request (`DraftShape`). Compact JSON, as training targets are
serialised. A decoder that follows them can only produce a draft that parses and grounds exactly,
and with jump-forward decoding the fixed parts cost no model choice.

A draft is decoded a meal at a time (`DraftGrammar.meal`; the engine writes each menu's fixed
`{"kind":…,"meals":[` itself), then a training day at a time (`DraftGrammar.day`), each call
continuing the text so far: a meal may not repeat a food any earlier meal of the week served, nor
a day an exercise an earlier day of another focus served, unless the user likes it. Decoded in
one pass, fine-tuned drafts copied their first menu into every later one (the same breakfast all
week, 21 distinct foods a week against the planner's 44), and a JSON schema cannot refer to what
came before. Excluding what earlier menus served at the same meal left 41 distinct foods a week
against the planner's 48; excluding what any earlier menu served left 44 against 45, as 252 of
316 menus still served one food at two of their meals (quick runs of 2026-12-01). The planner
ranks the foods least used this week first, so its drafts rarely repeat one; in about one plan in
eight it repeats one at a meal (cooked oat bran at breakfast, for restricted diets), where the
model may not, so its menus can differ from the planner's there. A meal can still name one food
twice (a JSON array cannot ask for unique items); grounding merges the two.

The request is the form tightened by the reading of the notes (`domain.plan.reading`), so
constraints a user states only in words are honoured by construction too. Where the planner's
draft serves a liked food or exercise, the draft must serve one there too (`LikedPlaces`), so a
model never uses fewer of the user's likes than the planner.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final

from domain.catalog import Catalog
from domain.plan.draft import DraftDay, DraftMenu, PlanDraft
from domain.plan.exercises import allowed_exercises
from domain.plan.foods import allowed_foods, matches, matches_any
from domain.plan.request import PlanRequest
from domain.plan.schemas import DayKind, Focus

JsonSchema = dict[str, Any]


@dataclass(frozen=True)
class DraftShape:
    """What a draft for one request holds, apart from the names the model chooses.

    Attributes:
        menus: Per menu, its kind and the number of foods of each meal.
        days: Per training day in schedule order, its focus and number of exercises.
    """

    menus: tuple[tuple[DayKind, tuple[int, ...]], ...]
    days: tuple[tuple[Focus, int], ...]

    @classmethod
    def of(cls, draft: PlanDraft) -> DraftShape:
        """The shape of `draft`: of the reference planner's draft, the shape to decode under."""
        return cls(
            menus=tuple(
                (menu.kind, tuple(len(meal) for meal in menu.meals)) for menu in draft.menus
            ),
            days=tuple((day.focus, len(day.ex)) for day in draft.days),
        )


FoodPlace = tuple[int, int, int]
"""(menu, meal, position) in a draft."""
ExercisePlace = tuple[int, int]
"""(training day, position) in a draft."""


@dataclass(frozen=True)
class LikedPlaces:
    """Where the planner's draft serves the user's liked foods and exercises, each once.

    A guided draft must serve a liked food term (any allowed food it names) and a liked exercise
    at the same place, so it uses at least as many of the user's likes as the planner does; the
    model still chooses which food a term names and everything else. Learnt, not reserved, the
    quick fine-tune used 32 % of liked items against the planner's 76 %.

    Attributes:
        foods: Place to the liked term served there (its first place in the planner's draft).
        exercises: Place to the liked exercise served there (likewise).
    """

    foods: Mapping[FoodPlace, str]
    exercises: Mapping[ExercisePlace, str]

    @classmethod
    def of(cls, draft: PlanDraft, request: PlanRequest, catalog: Catalog) -> LikedPlaces:
        """The first place `draft` serves each of `request`'s liked terms and exercises."""
        foods: dict[FoodPlace, str] = {}
        for term in request.liked_foods:
            foods.update(_first(_food_places(draft, catalog, term), term))
        liked = _liked_exercises(request)
        exercises: dict[ExercisePlace, str] = {}
        seen: set[str] = set()
        for day_index, day in enumerate(draft.days):
            for position, name in enumerate(day.ex):
                key = name.casefold()
                if key in liked and key not in seen:
                    exercises[(day_index, position)] = name
                    seen.add(key)
        return cls(foods=foods, exercises=exercises)


NO_LIKED_PLACES: Final = LikedPlaces(foods={}, exercises={})


def _liked_exercises(request: PlanRequest) -> set[str]:
    """The user's liked exercise names, case-folded as draft names are compared with them."""
    return {name.strip().casefold() for name in request.liked_exercises}


def _unused(names: list[str], served: set[str], kept: frozenset[str], count: int) -> JsonSchema:
    """`names` minus those `served` (but those `kept`), or all of them if fewer than `count` are
    left: a restricted request may use up its names before the week does."""
    fresh = [name for name in names if name not in served - kept]
    return _names(fresh if len(fresh) >= count else names)


def _food_places(draft: PlanDraft, catalog: Catalog, term: str) -> list[FoodPlace]:
    places = []
    for menu_index, menu in enumerate(draft.menus):
        for meal_index, meal in enumerate(menu.meals):
            for position, name in enumerate(meal):
                food = catalog.everyday_food(name)
                if food is not None and matches(term, food):
                    places.append((menu_index, meal_index, position))
    return places


def _first(places: list[FoodPlace], term: str) -> dict[FoodPlace, str]:
    return {places[0]: term} if places else {}


def _names(names: list[str]) -> JsonSchema:
    if not names:
        raise ValueError("no catalog entry fits the request, so no draft can be guided")
    return {"type": "string", "enum": names}


def _exact(items: JsonSchema, count: int) -> JsonSchema:
    return {"type": "array", "items": items, "minItems": count, "maxItems": count}


def _exact_at(items: JsonSchema, count: int, reserved: Mapping[int, JsonSchema]) -> JsonSchema:
    """`count` names from `items`, but at each reserved position from its own schema."""
    if not reserved:
        return _exact(items, count)
    return _tuple([reserved.get(position, items) for position in range(count)])


def _tuple(items: list[JsonSchema]) -> JsonSchema:
    return {
        "type": "array",
        "prefixItems": items,
        "minItems": len(items),
        "maxItems": len(items),
    }


def _object(properties: JsonSchema) -> JsonSchema:
    return {
        "type": "object",
        "properties": properties,
        "required": list(properties),
        "additionalProperties": False,
    }


MENUS_OPEN: Final = '{"menus":['
"""The text a guided draft starts with; menus follow, comma-separated (`serialise_draft`)."""
MENU_CLOSE: Final = "]}"
"""After a menu's last meal (`DraftGrammar.menu_open` starts it)."""
DAYS_OPEN: Final = '],"days":['
"""After the last menu; training days follow, comma-separated."""
MENUS_CLOSE: Final = "]}"
"""After the last menu of a meals-only draft."""
DRAFT_CLOSE: Final = "]}"
"""After the last training day."""


def _compact(schema: JsonSchema) -> JsonSchema:
    return {**schema, "x-guidance": {"whitespace_flexible": False}}


class DraftGrammar:
    """The schemas one request's draft is decoded under, a meal at a time, then a day at a time.

    Args:
        request: What serving enforces: the form tightened by the reading of the notes.
        catalog: The catalog the names come from.
        shape: Kinds, foci and list lengths, from the reference planner's draft for `request`.
        meals_only: Menus alone (meal-plan renewals): no training days.

    Raises:
        ValueError: If no food (or, for a full draft, no exercise) fits the request.
    """

    def __init__(
        self,
        request: PlanRequest,
        catalog: Catalog,
        shape: DraftShape,
        *,
        meals_only: bool = False,
        liked: LikedPlaces = NO_LIKED_PLACES,
    ) -> None:
        foods = allowed_foods(catalog.everyday, request)
        self.foods = [food.name for food in foods]
        self.liked = liked
        named = {term: [f.name for f in foods if matches(term, f)] for term in liked.foods.values()}
        self.named = {term: names for term, names in named.items() if names}
        _names(self.foods)  # fail now, not at the first menu
        self.favourites = frozenset(
            food.name for food in foods if matches_any(request.liked_foods, food)
        )
        self.shape = shape
        self.exercises = (
            None
            if meals_only
            else [ex.name for ex in allowed_exercises(catalog.exercises, request)]
        )
        if self.exercises is not None:
            _names(self.exercises)
        liked_exercises = _liked_exercises(request)
        self.favourite_exercises = frozenset(
            name for name in self.exercises or () if name.casefold() in liked_exercises
        )

    @property
    def menus(self) -> int:
        return len(self.shape.menus)

    @property
    def days(self) -> int:
        """Training days to decode; none for a meals-only grammar."""
        return 0 if self.exercises is None else len(self.shape.days)

    def kind(self, index: int) -> DayKind:
        """Menu `index`'s kind, fixed by the schedule."""
        return self.shape.menus[index][0]

    def menu_open(self, index: int) -> str:
        """The text menu `index` starts with, its kind fixed; its meals follow, comma-separated,
        then `MENU_CLOSE` (as `serialise_draft` writes a menu)."""
        return '{"kind":' + json.dumps(str(self.kind(index))) + ',"meals":['

    def meals(self, index: int) -> int:
        """How many meals menu `index` has."""
        return len(self.shape.menus[index][1])

    def meal(
        self,
        index: int,
        earlier: Sequence[DraftMenu],
        slot: int,
        this_menu: Sequence[Sequence[str]] = (),
    ) -> JsonSchema:
        """Meal `slot` of menu `index`: its foods, minus every food the `earlier` menus and the
        meals before it in this menu (`this_menu`) served. The arguments come in the order the
        engine knows them: a menu and the menus before it, then each meal and those before it.

        A user's liked foods may recur; a meal whose foods the week used up (a very restricted
        diet) gets the whole list back rather than fewer foods than it needs.
        """
        count = self.shape.menus[index][1][slot]
        served = {name for menu in earlier for meal in menu.meals for name in meal}
        served.update(name for meal in this_menu for name in meal)
        reserved = {
            position: _names(self.named[term])
            for (menu, meal, position), term in self.liked.foods.items()
            if (menu, meal) == (index, slot) and position < count and term in self.named
        }
        names = _unused(self.foods, served, self.favourites, count)
        return _compact(_exact_at(names, count, reserved))

    def day(self, index: int, earlier: Sequence[DraftDay]) -> JsonSchema:
        """Training day `index`'s schema: its focus fixed, its exercises from the allowed ones
        minus those `earlier` days of another focus served (liked ones excepted).

        Decoded in one pass, the quick fine-tune served one list on every day of a split. Days of
        one focus may repeat each other, as a programme repeats its lifts; days of different
        foci may not share an exercise, where the planner's do in about half its plans (a core
        exercise on upper and lower days). A day whose fresh exercises are too few (an injury
        that leaves little) gets them all.

        Raises:
            ValueError: For a meals-only grammar, which has no days.
        """
        if self.exercises is None:
            raise ValueError("a meals-only draft has no training days")
        focus, count = self.shape.days[index]
        served = {name for day in earlier if day.focus != focus for name in day.ex}
        allowed = set(self.exercises)
        reserved = {
            position: {"const": name}
            for (liked_day, position), name in self.liked.exercises.items()
            if liked_day == index and position < count and name in allowed
        }
        names = _unused(self.exercises, served, self.favourite_exercises, count)
        ex = _exact_at(names, count, reserved)
        return _compact(_object({"focus": {"const": str(focus)}, "ex": ex}))
