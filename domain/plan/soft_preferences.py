"""Soft preferences: what users say they enjoy or would rather have less of, only in their notes.

The form holds hard constraints and liked items; notes also carry wishes no form field holds ("I
could eat salmon every day", "a bit sick of oats", "lunges bore me"). They are not constraints:
a request is never refused for them, and serving drops them whenever they cannot all be planned
with the constraints. They are what a model that reads the notes can add over the exact planner,
which sees the form only, so evaluation scores plans on them (`honoured`), training targets are
planned for them (`preferred_request`), and so are the plans serving drafts from the wishes its
model read (`serving.engine.engine`).

Food terms match foods the way liked and disliked foods do (`domain.plan.foods.matches`);
exercise names match exactly, case-insensitively, as liked exercises do.

A model reads wishes with the constraints, a sentence at a time (`domain.prompt`): on the wire
they are `{"favourite_foods":["salmon"],"boring_exercises":["plank"]}`, the kinds in field order
and empty kinds left out, every item from the catalog's vocabulary (`WishVocabulary`), so what
guided decoding writes always names something the planner can serve or leave out.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Final

from pydantic import BaseModel, ConfigDict

from domain.catalog import Catalog
from domain.plan.counts import Count
from domain.plan.foods import matches, matches_any
from domain.plan.request import PlanRequest
from domain.plan.schemas import Plan


class SoftPreferences(BaseModel):
    """Wishes stated only in a user's notes; each is honoured or not by a served plan."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    favourite_foods: tuple[str, ...] = ()
    """Food terms the user would like to see: honoured when any served food matches."""
    fewer_foods: tuple[str, ...] = ()
    """Food terms the user has had enough of: honoured when no served food matches."""
    enjoyed_exercises: tuple[str, ...] = ()
    """Exercise names the user enjoys: honoured when the week has them."""
    boring_exercises: tuple[str, ...] = ()
    """Exercise names the user finds boring: honoured when the week has none of them."""

    @property
    def count(self) -> int:
        return (
            len(self.favourite_foods)
            + len(self.fewer_foods)
            + len(self.enjoyed_exercises)
            + len(self.boring_exercises)
        )


NO_SOFT_PREFERENCES = SoftPreferences()

WISH_KINDS: Final = tuple(SoftPreferences.model_fields)
"""The kinds of wish, in field (and wire) order."""
FOOD_KINDS: Final = ("favourite_foods", "fewer_foods")
"""The kinds whose items are food terms; the others name exercises."""

_NOT_SPOKEN = re.compile(r"\(.*?\)|\d+%?")


def spoken_food(name: str) -> str:
    """How a person names a catalog food: "Lean ground beef 97%, cooked" -> "lean ground beef".

    The part before the first comma, without brackets and percentages, lower-cased; it still
    matches the food it came from (`domain.plan.foods.matches`).
    """
    return " ".join(_NOT_SPOKEN.sub(" ", name.split(",")[0]).split()).casefold()


def food_terms(names: Iterable[str]) -> set[str]:
    """The terms people use for the foods `names`: each one's spoken form, and its last word
    where several spoken forms share it ("rice" for brown and white rice, "bread", "cheese")."""
    spoken = {spoken_food(name) for name in names}
    heads = Counter(term.rsplit(" ", 1)[-1] for term in spoken if " " in term)
    return spoken | {head for head, count in heads.items() if count > 1}


@dataclass(frozen=True)
class WishVocabulary:
    """What a read wish may name: the catalog's food terms (`food_terms`) and every exercise's
    name, lower-cased as people type them; sorted, so the schema is the same for the same
    catalog."""

    foods: tuple[str, ...]
    exercises: tuple[str, ...]

    @classmethod
    def of(cls, catalog: Catalog) -> WishVocabulary:
        return cls(
            foods=tuple(sorted(food_terms(food.name for food in catalog.everyday))),
            exercises=tuple(sorted({ex.name.casefold() for ex in catalog.exercises})),
        )

    def schema(self) -> dict[str, Any]:
        """The JSON schema of the wire form: each kind an optional non-empty list of terms."""

        def terms(kind: str) -> dict[str, Any]:
            items = self.foods if kind in FOOD_KINDS else self.exercises
            return {"type": "array", "items": {"enum": list(items)}, "minItems": 1}

        return {
            "type": "object",
            "properties": {kind: terms(kind) for kind in WISH_KINDS},
            "additionalProperties": False,
        }


def merge_wishes(readings: Iterable[SoftPreferences]) -> SoftPreferences:
    """The wishes of a whole note from its sentences': each kind in order, without repeats.

    A term wished both more and less of (two sentences at odds) is kept as less: a plan then
    leaves it out rather than serving what the user may be tired of.
    """
    readings = list(readings)
    kinds = {
        kind: tuple(dict.fromkeys(item for wishes in readings for item in getattr(wishes, kind)))
        for kind in WISH_KINDS
    }
    kinds["favourite_foods"] = tuple(
        term for term in kinds["favourite_foods"] if term not in kinds["fewer_foods"]
    )
    kinds["enjoyed_exercises"] = tuple(
        name for name in kinds["enjoyed_exercises"] if name not in kinds["boring_exercises"]
    )
    return SoftPreferences.model_validate(kinds)


def wishes_wire(preferences: SoftPreferences) -> dict[str, list[str]]:
    """The wire form of `preferences`: non-empty kinds only, in field order."""
    return {kind: list(items) for kind in WISH_KINDS if (items := getattr(preferences, kind))}


def honoured(plan: Plan, preferences: SoftPreferences, catalog: Catalog) -> Count:
    """How many of `preferences` the plan honours (see the field docs for each kind)."""
    names = {item.name for day in plan.days for meal in day.meals for item in meal.items}
    served = [food for name in names if (food := catalog.everyday_food(name)) is not None]
    exercises = {ex.name.casefold() for day in plan.days for ex in day.exercises}

    def served_food(term: str) -> bool:
        return any(matches(term, food) for food in served)

    def served_exercise(name: str) -> bool:
        return name.strip().casefold() in exercises

    hits = (
        sum(served_food(term) for term in preferences.favourite_foods)
        + sum(not served_food(term) for term in preferences.fewer_foods)
        + sum(served_exercise(name) for name in preferences.enjoyed_exercises)
        + sum(not served_exercise(name) for name in preferences.boring_exercises)
    )
    return Count(hit=hits, total=preferences.count)


def wishes_found(found: SoftPreferences, stated: SoftPreferences) -> Count:
    """How many of the `stated` wishes `found` holds, of the same kind and term (case aside).

    With a reading as `found` and the truth as `stated` it is the reading's recall; swapped, its
    precision. A term read more broadly or narrowly ("brown rice" for "rice") is not found.
    """
    held = {(kind, item.casefold()) for kind in WISH_KINDS for item in getattr(found, kind)}
    items = [(kind, item.casefold()) for kind in WISH_KINDS for item in getattr(stated, kind)]
    return Count(hit=sum(item in held for item in items), total=len(items))


def beside_likes(
    preferences: SoftPreferences, request: PlanRequest, catalog: Catalog
) -> SoftPreferences:
    """`preferences` less the wishes the form's likes contradict: a food to have fewer of that
    names a food a liked term names ("milk" beside a liked "skim milk"), a boring exercise the
    user listed as liked. What the user chose in the form outranks what was read in the notes."""
    liked = [food for food in catalog.everyday if matches_any(request.liked_foods, food)]
    liked_exercises = {name.strip().casefold() for name in request.liked_exercises}
    return preferences.model_copy(
        update={
            "fewer_foods": tuple(
                term
                for term in preferences.fewer_foods
                if not any(matches(term, food) for food in liked)
            ),
            "boring_exercises": tuple(
                name
                for name in preferences.boring_exercises
                if name.strip().casefold() not in liked_exercises
            ),
        }
    )


def preferred_request(request: PlanRequest, preferences: SoftPreferences) -> PlanRequest:
    """The request a planner solves to honour `preferences` as well as `request`.

    Favourites join the liked items and foods to have fewer of join the dislikes; boring
    exercises are left out of the catalog instead (`without_exercises`), as a request has no
    field for them. Training targets are planned this way, and so is what serving drafts from
    the wishes its model read, unless they cannot all be planned (a wish is never a constraint).
    """
    return request.model_copy(
        update={
            "liked_foods": (*request.liked_foods, *preferences.favourite_foods),
            "disliked_foods": (*request.disliked_foods, *preferences.fewer_foods),
            "liked_exercises": (*request.liked_exercises, *preferences.enjoyed_exercises),
        }
    )


def without_exercises(catalog: Catalog, names: tuple[str, ...]) -> Catalog:
    """The catalog without the exercises named (case-insensitive); the same object when none."""
    if not names:
        return catalog
    dropped = {name.strip().casefold() for name in names}
    return Catalog(
        foods=catalog.foods,
        everyday=catalog.everyday,
        exercises=(ex for ex in catalog.exercises if ex.name.casefold() not in dropped),
    )
