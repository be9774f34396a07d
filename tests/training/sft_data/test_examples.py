import json
import os
import re
from pathlib import Path
from typing import Any

import pytest

from catalogs.store import load_catalog
from domain.catalog import Catalog
from domain.plan.reading import merge_readings, note_sentences, reading_of
from domain.plan.request import PlanRequest, low_carb_targets
from domain.profile import Diet
from domain.prompt import (
    SYSTEM_PROMPT,
    parse_draft,
    parse_reading,
    reading_messages,
    render_user_message,
)
from training.sft_data.examples import (
    BuiltSplits,
    DatasetSpec,
    assign_splits,
    build_reading_splits,
    build_splits,
    form_request,
    true_request,
)
from training.sft_data.notes import PhrasingPool, soft_key, split_phrasings
from training.sft_data.profiles import NoteTopic, generate_profiles
from training.sft_data.soft import SoftKind

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog(Path(os.environ.get("NEXFITRA_DATA_DIR", str(ROOT / "data"))))


@pytest.fixture(scope="module")
def built(catalog: Catalog) -> BuiltSplits:
    return build_splits(catalog, DatasetSpec(profiles=8, seed=5, reading_profiles=40))


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
        ({"reading_profiles": -1}, "`reading_profiles` must be >= 0"),
        ({"test_profiles": -1}, "`test_profiles` must be >= 0"),
    ],
)
def test_spec_refuses_unusable_settings(fields: dict[str, float], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        DatasetSpec(**{"profiles": 10, "seed": 0, **fields})  # type: ignore[arg-type]


def test_form_leaves_out_exactly_the_notes_only_constraints(catalog: Catalog) -> None:
    for profile in generate_profiles(catalog, count=60, seed=9):
        truth = true_request(profile)
        form = form_request(profile)
        low_carb_in_notes = NoteTopic.diet in profile.notes_only and Diet.low_carb in truth.diets
        # The app computes targets from the form: low carb counts only once it is read.
        expected = low_carb_targets(form.targets) if low_carb_in_notes else form.targets
        assert expected == truth.targets
        assert form.goal == truth.goal
        hidden = {
            NoteTopic.injuries: form.injuries != truth.injuries,
            NoteTopic.allergies: form.allergies != truth.allergies,
            NoteTopic.diet: form.diets != truth.diets,
            NoteTopic.equipment: form.equipment != truth.equipment,
        }
        assert {topic for topic, differs in hidden.items() if differs} == profile.notes_only


def _rows(built: BuiltSplits, task: str) -> list[dict[str, object]]:
    return [row for split in built.rows.values() for row in split if row["task"] == task]


def test_plan_rows_prompt_the_read_form_and_target_a_valid_draft_for_the_truth(
    built: BuiltSplits, catalog: Catalog
) -> None:
    rows: list[Any] = _rows(built, "plan")
    assert len(rows) + built.infeasible == 8 and rows
    for row in rows:
        system, user = row["prompt"]
        truth = PlanRequest.model_validate_json(row["request"])
        assert system == {"role": "system", "content": SYSTEM_PROMPT}
        # What serving prompts after a perfect reading: the form tightened to the truth.
        assert user == {"role": "user", "content": render_user_message(truth, row["notes"])}
        draft = parse_draft(row["completion"][0]["content"])
        assert draft.days and draft.menus
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


def test_reading_rows_are_sentences_whose_targets_add_up_to_the_notes(
    built: BuiltSplits,
) -> None:
    rows: list[Any] = _rows(built, "read")
    notes: dict[str, list[Any]] = {}
    for row in rows:
        assert row["prompt"] == reading_messages(row["notes"])
        assert note_sentences(row["notes"]) == [row["notes"]]  # one sentence per row
        assert row["id"].startswith(f"{row['profile']}-s")
        notes.setdefault(row["profile"], []).append(row)
    assert len(notes) > 1 and any(len(sentences) > 1 for sentences in notes.values())
    for sentences in notes.values():  # as serving splits the whole note, run-ons included
        in_order = sorted(sentences, key=lambda row: int(row["id"].rsplit("-s", 1)[1]))
        texts = [row["notes"] for row in in_order]
        assert note_sentences(" ".join(texts)) == texts
    for sentences in notes.values():
        truth = PlanRequest.model_validate_json(sentences[0]["request"])
        form = PlanRequest.model_validate_json(sentences[0]["form_request"])
        read = merge_readings(parse_reading(r["completion"][0]["content"]) for r in sentences)
        assert read == reading_of(truth, form)


def test_test_split_reading_notes_use_held_out_phrasings_only(built: BuiltSplits) -> None:
    train_pool = split_phrasings(seed=5).pool(PhrasingPool.train)
    soft = {soft_key(kind) for kind in SoftKind}
    seen = {
        p.format(side=s)
        for key, ps in train_pool.items()
        if key not in soft and key[0] not in ("frames", "negative")
        for p in ps
        for s in ("left", "right")
    }
    soft_frames = [
        re.compile(re.escape(frame).replace(re.escape("{item}"), ".+"), re.IGNORECASE)
        for key in soft
        for frame in train_pool[key]
    ]
    held_out = [row for row in built.rows["test"] if row["task"] == "read"]
    assert held_out
    for row in held_out:
        assert not any(phrase in row["notes"] for phrase in seen), row["notes"]
        assert not any(frame.fullmatch(row["notes"]) for frame in soft_frames), row["notes"]


def test_train_and_validation_mix_both_tasks(built: BuiltSplits) -> None:
    for split in ("train", "validation"):
        assert {row["task"] for row in built.rows[split]} == {"plan", "read"}, split


def test_same_spec_builds_the_same_rows(built: BuiltSplits, catalog: Catalog) -> None:
    again = build_splits(catalog, DatasetSpec(profiles=8, seed=5, reading_profiles=40))
    assert json.dumps(again.rows) == json.dumps(built.rows)


def test_test_profiles_add_test_plan_rows_and_leave_training_alone(
    built: BuiltSplits, catalog: Catalog
) -> None:
    more = build_splits(
        catalog, DatasetSpec(profiles=8, seed=5, reading_profiles=40, test_profiles=3)
    )
    for split in ("train", "validation"):
        assert json.dumps(more.rows[split]) == json.dumps(built.rows[split]), split
    ids = [row["id"] for row in more.rows["test"] if row["task"] == "plan"]
    assert len(ids) == len(set(ids))  # their own ids, apart from the planned profiles'
    added = [row for row in more.rows["test"] if row["id"].startswith("t")]
    assert len(added) + more.infeasible - built.infeasible == 3
    assert all(row["task"] == "plan" for row in added)


def test_reading_splits_are_the_read_rows_alone(built: BuiltSplits, catalog: Catalog) -> None:
    # Other plan profiles, same reading rows: they depend on the seed and `reading_profiles`.
    alone = build_reading_splits(catalog, DatasetSpec(profiles=3, seed=5, reading_profiles=40))
    for split, rows in built.rows.items():
        read = [row for row in rows if row["task"] == "read"]
        assert read and sorted(read, key=lambda row: row["id"]) == alone[split], split
