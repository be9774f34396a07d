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
from domain.plan.guided import DraftShape, guided_schema
from domain.plan.meals import menu_kinds
from domain.plan.request import PlanRequest
from domain.plan.schemas import DayKind, Focus
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
    return _enum(schema, "properties.menus.prefixItems.0.properties.meals.prefixItems.0.items")


def _exercise_names(schema: dict[str, Any]) -> set[str]:
    return _enum(schema, "properties.days.prefixItems.0.properties.ex.items")


def _reference(request: PlanRequest, catalog: Catalog, seed: int = 1) -> PlanDraft:
    return draft_from_plan(make_plan(request, catalog, seed=seed))


def _schema(request: PlanRequest, catalog: Catalog, **kwargs: bool) -> dict[str, Any]:
    return guided_schema(request, catalog, DraftShape.of(_reference(request, catalog)), **kwargs)


def test_reference_draft_is_an_instance_of_its_guided_schema(catalog: Catalog) -> None:
    for days, meals in ((2, 3), (4, 4), (6, 5), (7, 3)):
        request = make_request(days_per_week=days, meals_per_day=meals)
        draft = _reference(request, catalog, seed=days)
        schema = guided_schema(request, catalog, DraftShape.of(draft))
        _validate(json.loads(draft.model_dump_json()), schema)


def test_names_are_only_what_the_form_allows(catalog: Catalog) -> None:
    form = make_request(
        allergies=frozenset({Allergen.milk}),
        diets=frozenset({Diet.vegetarian}),
        disliked_foods=("banana",),
        injuries=frozenset({BodyArea.knee}),
    )
    schema = _schema(form, catalog)
    foods = _food_names(schema)
    assert foods and "Greek yogurt" not in foods  # milk
    assert "Chicken breast" not in foods and "Banana" not in foods  # diet, dislike
    assert "Tofu" in foods
    assert _exercise_names(schema) == {ex.name for ex in allowed_exercises(catalog.exercises, form)}


def test_no_equipment_offers_body_weight_exercises_only(catalog: Catalog) -> None:
    """Notes describing a gym were read before drafting; nothing read means body weight."""
    with_gym = _exercise_names(_schema(make_request(), catalog))
    blank = _exercise_names(_schema(make_request(equipment=frozenset()), catalog))
    body_only = make_request(equipment=frozenset({Equipment.body_only}))
    assert blank == _exercise_names(_schema(body_only, catalog)) < with_gym


def test_kinds_foci_and_every_list_length_are_fixed(catalog: Catalog) -> None:
    request = make_request(days_per_week=5, meals_per_day=4)
    reference = _reference(request, catalog)
    schema = guided_schema(request, catalog, DraftShape.of(reference))
    assert list(schema["properties"]) == ["menus", "days"]  # meals first, as trained
    days = schema["properties"]["days"]["prefixItems"]
    assert [d["properties"]["focus"]["const"] for d in days] == [d.focus for d in reference.days]
    assert [d["properties"]["ex"]["maxItems"] for d in days] == [len(d.ex) for d in reference.days]
    assert [d["properties"]["ex"]["minItems"] for d in days] == [len(d.ex) for d in reference.days]
    menus = schema["properties"]["menus"]["prefixItems"]
    assert [m["properties"]["kind"]["const"] for m in menus] == [str(k) for k in menu_kinds(5)]
    counts = [[meal["maxItems"] for meal in m["properties"]["meals"]["prefixItems"]] for m in menus]
    assert counts == [[len(meal) for meal in m.meals] for m in reference.menus]
    assert all(1 <= n <= MAX_FOODS_PER_MEAL for menu in counts for n in menu)
    assert schema["x-guidance"] == {"whitespace_flexible": False}


def test_meals_only_asks_for_menus_alone(catalog: Catalog) -> None:
    request = make_request(days_per_week=3)
    schema = _schema(request, catalog, meals_only=True)
    assert schema["required"] == ["menus"]
    reference = _reference(request, catalog)
    _validate({"menus": json.loads(reference.model_dump_json())["menus"]}, schema)
    with pytest.raises(jsonschema.ValidationError):
        _validate(json.loads(reference.model_dump_json()), schema)


def test_schema_refuses_names_outside_the_catalog(catalog: Catalog) -> None:
    request = make_request()
    draft = _reference(request, catalog)
    schema = guided_schema(request, catalog, DraftShape.of(draft))
    draft.menus[0].meals[0][0] = "1.1.1.1"
    with pytest.raises(jsonschema.ValidationError):
        _validate(json.loads(draft.model_dump_json()), schema)


def test_every_instance_is_a_plan_draft(catalog: Catalog) -> None:
    """An instance built from the schema's own choices parses as a PlanDraft."""
    request = make_request(days_per_week=3, meals_per_day=3)
    shape = DraftShape(
        menus=tuple((kind, (1, 2, 1)) for kind in menu_kinds(3)),
        days=((Focus.full, 2),) * 3,
    )
    schema = guided_schema(request, catalog, shape)
    food, exercise = sorted(_food_names(schema))[0], sorted(_exercise_names(schema))[0]
    instance = {
        "menus": [{"kind": str(k), "meals": [[food], [food, food], [food]]} for k in menu_kinds(3)],
        "days": [{"focus": "full", "ex": [exercise, exercise]}] * 3,
    }
    _validate(instance, schema)
    assert PlanDraft.model_validate(instance).menus[-1].kind is DayKind.rest
    assert DraftShape.of(PlanDraft.model_validate(instance)) == shape


def test_no_food_left_is_a_clear_error(catalog: Catalog) -> None:
    request = make_request(disliked_foods=tuple(f.name for f in catalog.everyday))
    shape = DraftShape(menus=((DayKind.train, (1, 1, 1)),), days=())
    with pytest.raises(ValueError, match="no catalog entry fits"):
        guided_schema(request, catalog, shape)


def test_menu_kinds_follow_the_training_days() -> None:
    assert menu_kinds(1) == [DayKind.train, DayKind.rest, DayKind.rest]
    assert menu_kinds(7) == [DayKind.train, DayKind.train]
