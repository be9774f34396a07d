"""The per-request JSON schema that guided decoding runs under: valid and grounded by construction.

The generic `PlanDraft` schema accepts any string as a name, so a weak model can write names that
do not exist ("1.1.1.1") until it runs out of tokens. This schema narrows every name to the catalog
entries the request allows (allergens, diet, dislikes, equipment, injuries and level already
applied), fixes the number of training days, menus and meals, bounds every list by what the
reference planner can write, and asks for compact JSON as training targets are serialised. A decoder
that follows it can only produce a draft that parses and grounds exactly.

The request is the form tightened by the reading of the notes (`domain.plan.reading`), so
constraints a user states only in words are honoured by construction too.
"""

from __future__ import annotations

from typing import Any, Final

from domain.catalog import Catalog
from domain.plan.draft import MAX_FOODS_PER_MEAL, MAX_NOTES, PlanDraft
from domain.plan.exercises import allowed_exercises
from domain.plan.foods import allowed_foods
from domain.plan.meals import menu_kinds
from domain.plan.planner_limits import MAX_EXERCISES_PER_SESSION
from domain.plan.request import PlanRequest

# The reference planner's notes stay under 80 characters; the draft's own bound is for any text.
GUIDED_MAX_NOTE_CHARS: Final = 100

JsonSchema = dict[str, Any]


def _names(names: list[str]) -> JsonSchema:
    if not names:
        raise ValueError("no catalog entry fits the request, so no draft can be guided")
    return {"type": "string", "enum": names}


def _exact(items: JsonSchema, count: int) -> JsonSchema:
    return {"type": "array", "items": items, "minItems": count, "maxItems": count}


def _bounded(items: JsonSchema, most: int) -> JsonSchema:
    return {"type": "array", "items": items, "minItems": 1, "maxItems": most}


def guided_schema(request: PlanRequest, catalog: Catalog) -> JsonSchema:
    """The draft schema for one request, with catalog names as enums.

    Args:
        request: What serving enforces: the form tightened by the reading of the notes.
        catalog: The catalog the names come from.

    Returns:
        A JSON schema (llguidance dialect: `x-guidance` asks for compact JSON) whose every
        instance also validates as a `PlanDraft`.

    Raises:
        ValueError: If no food or no exercise fits the request.
    """
    schema = PlanDraft.model_json_schema()
    defs = schema["$defs"]
    exercises = _names([ex.name for ex in allowed_exercises(catalog.exercises, request)])
    foods = _names([food.name for food in allowed_foods(catalog.everyday, request)])
    day = defs["DraftDay"]["properties"]
    day["ex"] = _bounded(exercises, MAX_EXERCISES_PER_SESSION)
    menu = defs["DraftMenu"]
    menu["properties"]["meals"] = _exact(_bounded(foods, MAX_FOODS_PER_MEAL), request.meals_per_day)
    kinds = menu_kinds(request.days_per_week)
    schema["properties"]["days"] = _exact({"$ref": "#/$defs/DraftDay"}, request.days_per_week)
    schema["properties"]["menus"] = {
        "type": "array",
        "prefixItems": [
            {**menu, "properties": {**menu["properties"], "kind": {"const": str(kind)}}}
            for kind in kinds
        ],
        "minItems": len(kinds),
        "maxItems": len(kinds),
    }
    schema["properties"]["notes"] = {
        "type": "array",
        "items": {"type": "string", "minLength": 1, "maxLength": GUIDED_MAX_NOTE_CHARS},
        "maxItems": MAX_NOTES,
    }
    del defs["DraftMenu"]
    schema["x-guidance"] = {"whitespace_flexible": False}
    return schema
