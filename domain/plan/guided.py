"""The per-request JSON schema that guided decoding runs under: valid and grounded by construction.

Every name is narrowed to the catalog entries the request allows (allergens, diet, dislikes,
equipment, injuries and level already applied), and everything else is fixed by the request: the
menus' kinds, each training day's focus, and the number of names in every list, which is the
reference planner's for the same request (`DraftShape`). Compact JSON, as training targets are
serialised. A decoder that follows it can only produce a draft that parses and grounds exactly,
and with jump-forward decoding the fixed parts cost no model choice.

The request is the form tightened by the reading of the notes (`domain.plan.reading`), so
constraints a user states only in words are honoured by construction too.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from domain.catalog import Catalog
from domain.plan.draft import PlanDraft
from domain.plan.exercises import allowed_exercises
from domain.plan.foods import allowed_foods
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


def _names(names: list[str]) -> JsonSchema:
    if not names:
        raise ValueError("no catalog entry fits the request, so no draft can be guided")
    return {"type": "string", "enum": names}


def _exact(items: JsonSchema, count: int) -> JsonSchema:
    return {"type": "array", "items": items, "minItems": count, "maxItems": count}


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


def guided_schema(
    request: PlanRequest, catalog: Catalog, shape: DraftShape, *, meals_only: bool = False
) -> JsonSchema:
    """The draft schema for one request, with catalog names as enums and the shape fixed.

    Args:
        request: What serving enforces: the form tightened by the reading of the notes.
        catalog: The catalog the names come from.
        shape: Kinds, foci and list lengths, from the reference planner's draft for `request`.
        meals_only: Ask for `menus` alone (meal-plan renewals).

    Returns:
        A JSON schema (llguidance dialect: `x-guidance` asks for compact JSON) whose every
        instance also validates as a `PlanDraft`.

    Raises:
        ValueError: If no food (or, for a full draft, no exercise) fits the request.
    """
    foods = _names([food.name for food in allowed_foods(catalog.everyday, request)])
    menus = _tuple(
        [
            _object(
                {
                    "kind": {"const": str(kind)},
                    "meals": _tuple([_exact(foods, count) for count in counts]),
                }
            )
            for kind, counts in shape.menus
        ]
    )
    properties: JsonSchema = {"menus": menus}
    if not meals_only:
        exercises = _names([ex.name for ex in allowed_exercises(catalog.exercises, request)])
        properties["days"] = _tuple(
            [
                _object({"focus": {"const": str(focus)}, "ex": _exact(exercises, count)})
                for focus, count in shape.days
            ]
        )
    return {**_object(properties), "x-guidance": {"whitespace_flexible": False}}
