"""Foods refused in so many words: "no olives", "can't stand cottage cheese", "tofu isn't for me".

No reader holds a disliked food: the reading has fields for constraints only, and only a model
reads wishes, so the product without one served the olives a note refused. This rule reads the
plainest refusals of a food into the request's disliked foods, which the planner never serves,
as it never serves those of the form; where they leave nothing to plan, serving plans without
them rather than drop what the notes constrain (`serving.engine.engine`).

A refusal names the food right after a refusing phrase ("no", "not a fan of", "hate", "can't
stand", "won't touch"), or right before one ("... isn't for me", "... is gross"); a list after
it ("no olives or mushrooms") refuses each. Having had enough of a food ("sick of", "no more X
for a while", "rather not have X again") is a wish for fewer of it, read by a model, not a
refusal (the hand-written sets label it so, `evaluation/handwritten/README.md` S2).

What is refused must name some food of the catalog (`domain.plan.foods.matches`) in the words
the user wrote, or be a group of them ("red meat", "fish"). Not someone else's dislike, nor a
past one ("I used to hate fish"), nor a food the clause allows ("no problem with eggs").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Final

from domain.catalog import EverydayFood
from domain.plan.clauses import SOMEONE_ELSE_OR_PAST, any_word, open_clauses
from domain.plan.foods import matches

_REFUSED_AFTER: Final = re.compile(
    r"(?<!not )(?<!n't )(?<!never )"
    r"\b(?:no(?! (?:more|problem|issues?|worries)\b)"
    r"|not? (?:a |really a )?(?:big |huge )?fan of"
    r"|(?:can'?t|cannot|can not) (?:stand|stomach|bear|abide|be doing with)"
    r"|(?:hate|detest|loathe|dislike)s?"
    r"|(?:don'?t|do not|never|won'?t|will not|wont) (?:really )?(?:like|liked|eat|want|touch)"
    r"|(?:hold|skip) the)\b(?P<rest>.*)",
    re.IGNORECASE,
)
"""A phrase that refuses what follows it in its clause."""
_REFUSED_BEFORE: Final = re.compile(
    r"(?P<rest>.*?)\b(?:(?:is|are|'s|'re)(?: not|n'?t) for me"
    r"|(?:is|are|'s|'re) (?:gross|disgusting|vile|nasty|rank)"
    r"|makes? me (?:gag|heave)"
    r"|(?:no thanks|no thank you))\b",
    re.IGNORECASE,
)
"""A phrase that refuses what comes before it in its clause."""
_ALLOWS_OR_NOT_NOW: Final = any_word(
    (
        *SOMEONE_ELSE_OR_PAST,
        "fine",
        "ok",
        "okay",
        "love",
        "enjoy",
        r"don'?t mind",
        "no problem",
        "except",
    )
)
"""Words that make a clause allow what it names, or make the refusal someone else's or past."""
_LIST_BREAK: Final = re.compile(r"\b(?:and|or|nor)\b|/", re.IGNORECASE)
_FILLER: Final = re.compile(
    r"^(?:\s*\b(?:more|any|the|a|an|much|too|many|really|eating|having|of|raw|plain|fresh)\b)+",
    re.IGNORECASE,
)
_WORD: Final = re.compile(r"[a-z][a-z'-]*", re.IGNORECASE)
_NOT_A_FOOD: Final = frozenset(
    {
        "meat",
        "heavy",
        "oil",
        "leg",
        "breast",
        "powder",
        "seeds",
        "food",
        "foods",
        "meal",
        "meals",
        "protein",
        "fat",
        "sweet",
        "green",
        "white",
        "red",
        "whole",
        "cooked",
        "dried",
        "canned",
        "mixed",
        "lean",
        "low",
        "free",
        "ground",
        "smoked",
        "wild",
        "of",
        "in",
        "with",
        "pair",
    }
)
"""Words some food names hold that do not name a food on their own: "no oil" is not "no olive
oil", "no sweet stuff" not "no sweet potato", "no heavy loading" not "no heavy cream", "no pair
of dumbbells" not "cream of wheat". "No meat"
states a diet, which the diet guard reads (`domain.plan.diet_guard`)."""
_MAX_WORDS: Final = 3
"""A refused item is the food its first words name: "no cottage cheese on toast" refuses
cottage cheese, not toast."""


_FISH: Final = (
    "salmon",
    "tuna",
    "cod",
    "tilapia",
    "haddock",
    "halibut",
    "mackerel",
    "sardines",
    "trout",
    "pollock",
    "catfish",
    "sea bass",
    "herring",
)
_SHELLFISH: Final = ("shrimp", "crab", "lobster", "clams", "mussels", "scallops")
_GROUPS: Final = {
    "red meat": ("beef", "steak", "lamb", "pork", "veal"),
    "seafood": (*_FISH, *_SHELLFISH),
    "sea food": (*_FISH, *_SHELLFISH),
    "shellfish": _SHELLFISH,
    "fish": _FISH,
}
"""Words for a group of foods no food name holds, most specific first, and the terms that name
the catalog's foods of the group ("Can't be doing with fish" refuses salmon, cod, ...)."""


def refused_foods(notes: str, foods: Iterable[EverydayFood]) -> tuple[str, ...]:
    """The food terms the notes refuse (see module), as written, lower-cased, in order."""
    foods = list(foods)
    found: dict[str, None] = {}
    for clause in open_clauses(notes, clears=_ALLOWS_OR_NOT_NOW):
        for item in _refused_items(clause):
            group = next((g for g in _GROUPS if g in item.casefold()), None)
            if group is not None:
                found.update(dict.fromkeys(t for t in _GROUPS[group] if _names_a_food(t, foods)))
            elif (term := _food_term(item, foods)) is not None:
                found[term] = None
    return tuple(found)


def _refused_items(clause: str) -> Iterator[str]:
    """The items of the list a refusing phrase governs in `clause`."""
    for pattern in (_REFUSED_AFTER, _REFUSED_BEFORE):
        refused = pattern.search(clause)
        if refused is not None:
            yield from _LIST_BREAK.split(refused.group("rest"))


def _food_term(item: str, foods: list[EverydayFood]) -> str | None:
    """The longest run of the item's first words that names a catalog food, or None."""
    words = [w.casefold() for w in _WORD.findall(_FILLER.sub("", item))][:_MAX_WORDS]
    for length in range(len(words), 0, -1):
        for start in range(len(words) - length + 1):
            term = " ".join(words[start : start + length])
            if length == 1 and term in _NOT_A_FOOD:
                continue
            if _names_a_food(term, foods):
                return term
    return None


def _names_a_food(term: str, foods: list[EverydayFood]) -> bool:
    return any(matches(term, food) for food in foods)
