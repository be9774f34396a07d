import json
import os
from pathlib import Path

import pytest

from catalogs.store import load_catalog
from domain.catalog import Catalog
from domain.plan.request import PlanRequest
from domain.prompt import NOT_GIVEN, SYSTEM_PROMPT, parse_draft
from training.sft_data.examples import (
    BuiltSplits,
    DatasetSpec,
    assign_splits,
    build_splits,
    form_request,
    true_request,
)
from training.sft_data.profiles import NoteTopic, generate_profiles

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog(Path(os.environ.get("NEXFITRA_DATA_DIR", str(ROOT / "data"))))


@pytest.fixture(scope="module")
def built(catalog: Catalog) -> BuiltSplits:
    return build_splits(catalog, DatasetSpec(profiles=8, seed=5))


def test_splits_are_seeded_and_never_empty() -> None:
    spec = DatasetSpec(profiles=40, seed=1)
    splits = assign_splits(40, spec)
    assert splits == assign_splits(40, spec)
    assert splits != assign_splits(40, DatasetSpec(profiles=40, seed=2))
    assert (splits.count("test"), splits.count("validation"), splits.count("train")) == (4, 4, 32)
    assert set(assign_splits(3, DatasetSpec(profiles=3, seed=0))) == {"train", "validation", "test"}


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"profiles": 2}, "`profiles` must be >= 3"),
        ({"test_fraction": 0.0}, "`test_fraction`"),
        ({"validation_fraction": 0.6, "test_fraction": 0.5}, "sum < 1"),
    ],
)
def test_spec_refuses_unusable_settings(fields: dict[str, float], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        DatasetSpec(**{"profiles": 10, "seed": 0, **fields})  # type: ignore[arg-type]


def test_form_leaves_out_exactly_the_notes_only_constraints(catalog: Catalog) -> None:
    for profile in generate_profiles(catalog, count=60, seed=9):
        truth = true_request(profile)
        form = form_request(profile, truth)
        assert form.targets == truth.targets and form.goal == truth.goal
        hidden = {
            NoteTopic.injuries: form.injuries != truth.injuries,
            NoteTopic.allergies: form.allergies != truth.allergies,
            NoteTopic.diet: form.diet != truth.diet,
            NoteTopic.equipment: form.equipment != truth.equipment,
        }
        assert {topic for topic, differs in hidden.items() if differs} == profile.notes_only


def test_rows_pair_the_form_prompt_with_a_valid_draft_for_the_truth(
    built: BuiltSplits, catalog: Catalog
) -> None:
    rows = [row for split in built.rows.values() for row in split]
    assert len(rows) + built.infeasible == 8 and rows
    for row in rows:
        system, user = row["prompt"]
        assert system == {"role": "system", "content": SYSTEM_PROMPT}
        assert user["role"] == "user"
        assert user["content"].endswith(f"\nnotes: {row['notes'] or NOT_GIVEN}")
        draft = parse_draft(row["completion"][0]["content"])
        assert draft.days and draft.menus
        truth = PlanRequest.model_validate_json(row["request"])
        assert len(draft.days) == truth.days_per_week
        for day in draft.days:
            for name in day.ex:
                exercise = catalog.exercise(name)
                assert exercise is not None
                assert exercise.equipment is None or exercise.equipment in truth.available_equipment
        for menu in draft.menus:
            for meal in menu.meals:
                for name in meal:
                    item = catalog.everyday_food(name)
                    assert item is not None and not item.food.allergens & truth.allergies
    assert any(f"equipment: {NOT_GIVEN}" in row["prompt"][1]["content"] for row in rows)


def test_same_spec_builds_the_same_rows(built: BuiltSplits, catalog: Catalog) -> None:
    again = build_splits(catalog, DatasetSpec(profiles=8, seed=5))
    assert json.dumps(again.rows) == json.dumps(built.rows)
