"""The per-request guided schema: what it lets a decoder write, and that drafts still fit it."""

from __future__ import annotations

import json
from typing import Any

import jsonschema
import pytest

from domain.catalog import Catalog
from domain.plan import PlanDraft, draft_from_plan, make_plan
from domain.plan.draft import MAX_FOODS_PER_MEAL
from domain.plan.exercises import allowed_exercises
from domain.plan.guided import guided_schema
from domain.plan.meals import menu_kinds
from domain.plan.schemas import DayKind
from domain.profile import Allergen, BodyArea, Diet, Equipment
from tests.domain.plan.factories import make_request


def _validate(instance: Any, schema: dict[str, Any]) -> None:
    jsonschema.validate(instance, schema, cls=jsonschema.Draft202012Validator)


def _enum(schema: dict[str, Any], path: str) -> set[str]:
    node: Any = schema
    for key in path.split("."):
        node = node[int(key)] if key.isdigit() else node[key]
    return set(node["enum"])


def _food_names(schema: dict[str, Any]) -> set[str]:
    return _enum(schema, "properties.menus.prefixItems.0.properties.meals.items.items")


def _exercise_names(schema: dict[str, Any]) -> set[str]:
    return _enum(schema, "$defs.DraftDay.properties.ex.items")


def test_reference_draft_is_an_instance_of_its_guided_schema(catalog: Catalog) -> None:
    for days, meals in ((2, 3), (4, 4), (6, 5), (7, 3)):
        request = make_request(days_per_week=days, meals_per_day=meals)
        draft = draft_from_plan(make_plan(request, catalog, seed=days))
        _validate(json.loads(draft.model_dump_json()), guided_schema(request, catalog))


def test_names_are_only_what_the_form_allows(catalog: Catalog) -> None:
    form = make_request(
        allergies=frozenset({Allergen.milk}),
        diet=Diet.vegetarian,
        disliked_foods=("banana",),
        injuries=frozenset({BodyArea.knee}),
    )
    schema = guided_schema(form, catalog)
    foods = _food_names(schema)
    assert foods and "Greek yogurt" not in foods  # milk
    assert "Chicken breast" not in foods and "Banana" not in foods  # diet, dislike
    assert "Tofu" in foods
    assert _exercise_names(schema) == {ex.name for ex in allowed_exercises(catalog.exercises, form)}


def test_no_equipment_offers_body_weight_exercises_only(catalog: Catalog) -> None:
    """Notes describing a gym were read before drafting; nothing read means body weight."""
    with_gym = _exercise_names(guided_schema(make_request(), catalog))
    blank = _exercise_names(guided_schema(make_request(equipment=frozenset()), catalog))
    body_only = make_request(equipment=frozenset({Equipment.body_only}))
    assert blank == _exercise_names(guided_schema(body_only, catalog)) < with_gym


def test_counts_are_fixed_by_the_form(catalog: Catalog) -> None:
    schema = guided_schema(make_request(days_per_week=5, meals_per_day=4), catalog)
    days = schema["properties"]["days"]
    assert days["minItems"] == days["maxItems"] == 5
    menus = schema["properties"]["menus"]
    assert [m["properties"]["kind"]["const"] for m in menus["prefixItems"]] == ["train"] * 2 + [
        "rest"
    ] * 2
    meals = menus["prefixItems"][0]["properties"]["meals"]
    assert meals["minItems"] == meals["maxItems"] == 4
    assert meals["items"]["maxItems"] == MAX_FOODS_PER_MEAL
    assert schema["x-guidance"] == {"whitespace_flexible": False}


def test_schema_refuses_names_outside_the_catalog(catalog: Catalog) -> None:
    request = make_request()
    draft = draft_from_plan(make_plan(request, catalog, seed=1))
    draft.menus[0].meals[0][0] = "1.1.1.1"
    with pytest.raises(jsonschema.ValidationError):
        _validate(json.loads(draft.model_dump_json()), guided_schema(request, catalog))


def test_every_instance_is_a_plan_draft(catalog: Catalog) -> None:
    """A minimal instance built from the schema's own choices parses as a PlanDraft."""
    request = make_request(days_per_week=3, meals_per_day=3)
    schema = guided_schema(request, catalog)
    food, exercise = sorted(_food_names(schema))[0], sorted(_exercise_names(schema))[0]
    instance = {
        "split": "full_body",
        "days": [{"day": d, "focus": "full", "ex": [exercise]} for d in (1, 3, 5)],
        "menus": [{"kind": str(k), "meals": [[food]] * 3} for k in menu_kinds(3)],
        "notes": [],
    }
    _validate(instance, schema)
    assert PlanDraft.model_validate(instance).menus[-1].kind is DayKind.rest


def test_no_food_left_is_a_clear_error(catalog: Catalog) -> None:
    with pytest.raises(ValueError, match="no catalog entry fits"):
        guided_schema(make_request(disliked_foods=tuple(f.name for f in catalog.everyday)), catalog)


def test_menu_kinds_follow_the_training_days() -> None:
    assert menu_kinds(1) == [DayKind.train, DayKind.rest, DayKind.rest]
    assert menu_kinds(7) == [DayKind.train, DayKind.train]
