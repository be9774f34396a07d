"""Soft preferences for synthetic users, and the sentences that state them.

A soft preference is only worth learning where it changes the plan: a user who is "sick of oats"
matters when the planner would serve oats. So foods to have fewer of and boring exercises are
drawn from the plan the planner would make without them (`served`), favourites and enjoyed
exercises from what the user may have but did not list as liked. Reading-only profiles are never
planned; theirs are drawn from everything allowed.

Sentences come from frames per kind (`SOFT_FRAMES`), split between train and test pools like the
constraint frames (`notes.split_phrasings`). They state no constraint, so their reading's
constraints are empty and its wishes hold the one wish the sentence states: the model reads wishes
beside constraints, and serving plans for them (`serving.engine.engine`).
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from enum import StrEnum
from typing import Final

from domain.catalog import Catalog, EverydayFood
from domain.plan.exercises import allowed_exercises
from domain.plan.foods import allowed_foods, matches, matches_any
from domain.plan.request import PlanRequest
from domain.plan.schemas import Plan
from domain.plan.soft_preferences import (
    FOOD_KINDS,
    NO_SOFT_PREFERENCES,
    SoftPreferences,
    food_terms,
)


class SoftKind(StrEnum):
    """The kinds of wish a note states; one field of `SoftPreferences` each."""

    favourite_foods = "favourite_foods"
    fewer_foods = "fewer_foods"
    enjoyed_exercises = "enjoyed_exercises"
    boring_exercises = "boring_exercises"


SOFT_PROBABILITY: Final = 0.7
"""Share of profiles whose notes state any wish; the rest state none."""
_KIND_ODDS: Final = (0.62, 0.27, 0.08, 0.03)
"""P(0), P(1), P(2), P(3) wishes of each kind, given that the notes state any: people list
several favourites at once ("steak, broccoli, rice"), which one wish a kind never taught."""

SOFT_FRAMES: Final[dict[SoftKind, tuple[str, ...]]] = {
    SoftKind.favourite_foods: (
        "I could eat {item} every day.",
        "{item} is my favourite.",
        "Love {item}, more of that please.",
        "Big fan of {item}.",
        "Would love to see {item} in my meals.",
        "Anything with {item} makes me happy.",
        "I never get tired of {item}.",
        "Please include {item} if you can.",
        "{item} is my go-to.",
        "Can't get enough of {item}.",
        "honestly {item} makes any meal better",
        "More {item} would make me very happy.",
        "{item} please, as often as you like!",
        "My absolute favourite food is {item}.",
        "If there's {item} on the plate I'm in.",
        "id happily have {item} most days",
        "Put {item} in wherever it fits.",
        "Nothing beats {item} for me.",
        "I'd live on {item} if I could.",
        "Give me {item} any day of the week.",
        "{item} is a staple I'm always happy to see.",
        "Really into {item} at the moment.",
        "fav food has to be {item}",
    ),
    SoftKind.fewer_foods: (
        "I'm a bit sick of {item}.",
        "Less {item} please, I've had loads lately.",
        "Go easy on the {item}.",
        "I've been eating way too much {item}.",
        "Could we cut back on {item}?",
        "Getting bored of {item}.",
        "Not in the mood for {item} these days.",
        "Had {item} every day last month, need a break.",
        "Fed up with {item} for now.",
        "A break from {item} would be nice.",
        "I've gone off {item} a bit lately.",
        "Please keep the {item} to a minimum for now.",
        "Too much {item} in my week already.",
        "not feeling {item} at the moment tbh",
        "Can we skip {item} for a while?",
        "I've had my fill of {item} lately.",
        "{item} is getting old for me.",
        "Maybe ease off the {item}, I'm over it.",
        "I'd rather not have {item} again, I've overdone it.",
        "Less of the {item} if possible.",
        "had my fill of {item} recently",
    ),
    SoftKind.enjoyed_exercises: (
        "{item} is my favourite exercise.",
        "I love doing {item}.",
        "{item} always feels great.",
        "Keep {item} in please, I enjoy it.",
        "I get a kick out of {item}.",
        "Happy to do {item} every week.",
        "{item} is the best part of my workout.",
        "I really like {item}.",
        "{item} is my thing, keep it coming.",
        "Always up for {item}.",
        "i actually enjoy {item} a lot",
        "Love a good set of {item}.",
        "{item} never gets old for me.",
        "Please include {item}, it's fun.",
    ),
    SoftKind.boring_exercises: (
        "{item} bores me to tears.",
        "I find {item} really boring.",
        "{item} is so tedious.",
        "Can't be bothered with {item} anymore.",
        "{item} is my least favourite exercise.",
        "Something other than {item} would be more fun.",
        "I'm tired of {item}, too repetitive.",
        "{item} feels like a chore.",
        "i dread {item} every single time",
        "Please no more {item}, it's so dull.",
        "{item} is the worst part of the week.",
        "Skip {item} if you can, it bores me.",
        "Honestly {item} is just boring for me.",
        "Not a fan of {item}, too monotonous.",
    ),
}


def _sample(rng: random.Random, items: Sequence[str], count: int) -> tuple[str, ...]:
    return tuple(sorted(rng.sample(list(items), min(count, len(items)))))


def draw_soft_preferences(
    request: PlanRequest, catalog: Catalog, rng: random.Random, served: Plan | None = None
) -> SoftPreferences:
    """The wishes one synthetic user's notes state (none for `1 - SOFT_PROBABILITY` of users).

    Args:
        request: The user's true request; wishes never contradict it or their liked items.
        catalog: Foods and exercises.
        rng: Seeded source of randomness.
        served: The planner's plan for `request`, where one was made; fewer-foods and boring
            exercises are drawn from it so that honouring them changes the plan.

    Returns:
        The wishes; food terms are people's (`domain.plan.soft_preferences.food_terms`),
        exercise names catalog names.
    """
    if rng.random() >= SOFT_PROBABILITY:
        return NO_SOFT_PREFERENCES
    counts = {kind: rng.choices(range(len(_KIND_ODDS)), weights=_KIND_ODDS)[0] for kind in SoftKind}
    foods = allowed_foods(catalog.everyday, request)
    liked = [food for food in catalog.everyday if matches_any(request.liked_foods, food)]
    terms = [t for t in sorted(food_terms(f.name for f in foods)) if not _touches(t, liked)]
    exercises = [ex.name for ex in allowed_exercises(catalog.exercises, request)]
    liked_exercises = {name.casefold() for name in request.liked_exercises}
    if served is not None:
        names = {item.name for day in served.days for meal in day.meals for item in meal.items}
        fewer_pool = sorted(food_terms(names) & set(terms))
        boring_pool = sorted({ex.name for day in served.days for ex in day.exercises})
    else:
        fewer_pool, boring_pool = terms, exercises
    fewer = _sample(rng, fewer_pool, counts[SoftKind.fewer_foods])
    fewer_foods = [food for food in catalog.everyday if matches_any(fewer, food)]
    favourite_pool = [term for term in terms if not _touches(term, fewer_foods)]
    boring = _sample(
        rng,
        [name for name in boring_pool if name.casefold() not in liked_exercises],
        counts[SoftKind.boring_exercises],
    )
    enjoyed_pool = [
        name for name in exercises if name.casefold() not in liked_exercises and name not in boring
    ]
    return SoftPreferences(
        favourite_foods=_sample(rng, favourite_pool, counts[SoftKind.favourite_foods]),
        fewer_foods=fewer,
        enjoyed_exercises=_sample(rng, enjoyed_pool, counts[SoftKind.enjoyed_exercises]),
        boring_exercises=boring,
    )


def _touches(term: str, foods: Sequence[EverydayFood]) -> bool:
    """Whether `term` names one of `foods`: a wish on it would touch a liked or a fewer food."""
    return any(matches(term, food) for food in foods)


def soft_items(preferences: SoftPreferences) -> list[tuple[SoftKind, str]]:
    """Each wish with its kind, in field order; exercise names lower-cased as people type them."""
    return [
        (kind, item if kind in FOOD_KINDS else item.casefold())
        for kind in SoftKind
        for item in getattr(preferences, str(kind))
    ]
