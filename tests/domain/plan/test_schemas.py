from __future__ import annotations

import json
from typing import Any

import pytest
from pydantic import ValidationError

from domain.catalog import Catalog
from domain.plan import Plan, PlanDraft, draft_from_plan, make_plan
from tests.domain.plan.factories import make_request

# What JSON-schema-constrained decoders (llguidance, outlines) handle without surprises.
SIMPLE_KEYWORDS = {
    "$defs",
    "$ref",
    "type",
    "properties",
    "required",
    "additionalProperties",
    "items",
    "enum",
    "title",
    "description",
    "minimum",
    "maximum",
    "maxItems",
    "maxLength",
    "default",
}


def _keywords(node: Any) -> set[str]:
    if isinstance(node, list):
        return set().union(*(_keywords(item) for item in node)) if node else set()
    if not isinstance(node, dict):
        return set()
    found = set()
    for key, value in node.items():
        if key in ("properties", "$defs"):
            found.add(key)
            found |= set().union(*(_keywords(v) for v in value.values()))
        else:
            found.add(key)
            found |= _keywords(value)
    return found


def test_draft_schema_uses_only_simple_keywords() -> None:
    schema = PlanDraft.model_json_schema()
    assert _keywords(schema) <= SIMPLE_KEYWORDS
    assert schema["additionalProperties"] is False
    assert json.loads(json.dumps(schema)) == schema


def test_every_draft_object_forbids_extra_keys() -> None:
    schema = PlanDraft.model_json_schema()
    objects = [d for d in schema["$defs"].values() if d.get("type") == "object"]
    assert objects and all(d["additionalProperties"] is False for d in objects)
    with pytest.raises(ValidationError):
        PlanDraft.model_validate({"menus": [], "days": [], "grams": 3})


def test_draft_rejects_an_unknown_focus() -> None:
    with pytest.raises(ValidationError):
        PlanDraft.model_validate({"menus": [], "days": [{"focus": "cardio", "ex": []}]})


def _numbers(node: Any, key: str = "") -> list[tuple[str, object]]:
    if isinstance(node, dict):
        return [hit for k, v in node.items() for hit in _numbers(v, k)]
    if isinstance(node, list):
        return [hit for item in node for hit in _numbers(item, key)]
    return [(key, node)] if isinstance(node, int | float) else []


def test_draft_holds_no_numbers(catalog: Catalog) -> None:
    """Weekdays, grams and sets all come from the planner and the solver, never the model."""
    plan = make_plan(make_request(days_per_week=3), catalog, seed=3)
    assert _numbers(draft_from_plan(plan).model_dump()) == []


def test_plan_and_draft_round_trip_through_json(catalog: Catalog) -> None:
    plan = make_plan(make_request(meals_per_day=4), catalog, seed=5)
    assert Plan.model_validate_json(plan.model_dump_json()) == plan
    draft = draft_from_plan(plan)
    assert PlanDraft.model_validate_json(draft.model_dump_json()) == draft


def test_draft_is_compact(catalog: Catalog) -> None:
    request = make_request(days_per_week=4)
    draft = draft_from_plan(make_plan(request, catalog, seed=1))
    # Roughly 3.5 characters per token: a 700-token draft is about 2,450 characters.
    assert len(draft.model_dump_json()) < 2450
    assert 2 <= len(draft.menus) <= 4


def test_draft_schema_bounds_every_list_and_string() -> None:
    """Unbounded arrays let guided decoding run until max_new_tokens and never close the JSON."""
    schema = PlanDraft.model_json_schema()

    def unbounded(node: Any) -> list[str]:
        if isinstance(node, list):
            return [hit for item in node for hit in unbounded(item)]
        if not isinstance(node, dict):
            return []
        own = []
        if node.get("type") == "array" and "maxItems" not in node:
            own.append(f"array {node.get('title', '?')}")
        if node.get("type") == "string" and "enum" not in node and "maxLength" not in node:
            own.append(f"string {node.get('title', '?')}")
        return own + [hit for value in node.values() for hit in unbounded(value)]

    assert unbounded(schema) == []


def test_draft_over_the_bounds_is_rejected() -> None:
    menu = {"kind": "train", "meals": [["Oats"]]}
    with pytest.raises(ValidationError, match="at most 4 items"):
        PlanDraft.model_validate({"menus": [menu] * 5})
    with pytest.raises(ValidationError, match="at most 64 characters"):
        PlanDraft.model_validate({"menus": [], "days": [{"focus": "full", "ex": ["1.1" * 40]}]})
