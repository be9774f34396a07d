"""Scoring a served plan against the TRUE constraints, as a user meets it."""

from __future__ import annotations

import json
from dataclasses import replace

from domain.plan import quality
from domain.plan.draft import PlanDraft
from domain.plan.reading import NOTHING_READ, NotesReading
from domain.plan.soft_preferences import SoftPreferences
from domain.profile import Allergen, Diet
from domain.prompt import reading_completion_messages
from evaluation.examples import EvalExample
from evaluation.metrics.aggregate import ExampleResult
from evaluation.scoring import Scorer
from serving.engine import PlanEngine
from tests.evaluation.factories import (
    CATALOG,
    NO_VEGAN_PROTEIN,
    example,
    reference_plan,
    reference_text,
)
from tests.serving.fakes import ScriptedRuntime

FISH = NotesReading(allergies=frozenset({Allergen.fish}))


def _score(case: EvalExample, draft: str, reading: NotesReading = NOTHING_READ) -> ExampleResult:
    """Serve `draft` and `reading` (for every sentence) through the engine, then score."""
    runtime = ScriptedRuntime("ft", lambda _: draft, lambda _: reading.model_dump_json())
    result = PlanEngine(CATALOG, runtime, guided=False).plan(case.form, case.notes)
    return Scorer(CATALOG).score(case, result, "ft")


def test_reference_draft_is_served_as_written() -> None:
    draft = reference_text()
    result = _score(example(), draft)
    assert result.schema_valid
    assert result.served_from == "model"
    assert result.names_found == result.names_total > 0
    assert (result.hard_violations_before, result.hard_violations_after) == (0, 0)
    assert result.days_match
    assert result.constraints_read == 4
    assert result.kcal_error <= 0.03
    reading = NOTHING_READ.model_dump_json()
    assert (result.latency_s, result.new_tokens) == (1.0, len(reading) + len(draft))
    assert result.reading_output == reading


def test_unparseable_output_falls_back_to_the_reference_planner() -> None:
    result = _score(example(), "not json")
    assert not result.schema_valid
    assert not result.days_match
    assert result.served_from == "reference"
    assert result.names_total == 0
    assert result.hard_violations_after == 0
    assert result.distinct_foods > 0


def test_allergen_in_the_draft_counts_before_and_is_repaired_after() -> None:
    draft = PlanDraft.model_validate_json(reference_text())
    draft.menus[0].meals[1].append("Salmon fillet")
    allergic = example(allergies=frozenset({Allergen.fish}))
    result = _score(allergic, draft.model_dump_json())
    assert result.schema_valid
    assert result.served_from == "repaired"
    assert result.hard_violations_before >= 1
    assert result.hard_violations_after == 0


def _fishy_draft() -> str:
    """The reference draft for a fish allergy, with salmon added."""
    draft = PlanDraft.model_validate_json(reference_text(allergies=frozenset({Allergen.fish})))
    draft.menus[0].meals[1].append("Salmon fillet")
    return draft.model_dump_json()


def test_an_allergy_read_from_the_notes_is_enforced() -> None:
    notes_only = example(form={}, allergies=frozenset({Allergen.fish}))
    result = _score(notes_only, _fishy_draft(), FISH)
    assert result.constraints_read == 4
    assert result.served_from == "repaired"
    assert result.hard_violations_before >= 1
    assert result.hard_violations_after == 0


def test_an_allergy_the_model_did_not_read_is_a_violation_after_serving() -> None:
    notes_only = example(form={}, allergies=frozenset({Allergen.fish}))
    result = _score(notes_only, _fishy_draft())
    assert result.constraints_read == 3
    assert result.hard_violations_after >= 1


def test_the_fallback_knows_the_form_and_the_reading_only() -> None:
    notes_only = example(form={}, allergies=frozenset({Allergen.fish}))
    unread = _score(notes_only, "not json")
    assert (unread.served_from, unread.constraints_read) == ("reference", 3)
    read = _score(notes_only, "not json", FISH)
    assert (read.served_from, read.hard_violations_after) == ("reference", 0)


def test_a_reading_that_leaves_nothing_to_eat_is_served_for_the_form() -> None:
    no_vegan_protein = example(disliked_foods=NO_VEGAN_PROTEIN)
    result = _score(no_vegan_protein, "", NotesReading(diets=frozenset({Diet.vegan})))
    assert result.served_from == "reference_form"
    assert result.hard_violations_after == 0
    assert result.output == ""  # no draft was asked for


def test_soft_preferences_and_meals_apart_are_scored_on_the_served_plan() -> None:
    plan = reference_plan()
    food, exercise = quality.plan_foods(plan)[0], quality.plan_exercises(plan)[0]
    wishes = SoftPreferences(
        favourite_foods=(food,), enjoyed_exercises=(exercise,), boring_exercises=(exercise,)
    )
    result = _score(replace(example(), soft=wishes), reference_text())
    assert (result.soft_hit, result.soft_total) == (2, 3)  # the boring exercise was served
    apart = quality.meals_apart(plan)
    assert (result.meals_apart, result.plan_days) == (apart.hit, apart.total)
    assert result.plan_days == len(plan.days)


def test_the_wishes_read_are_scored_against_those_stated() -> None:
    stated = SoftPreferences(favourite_foods=("almonds",), fewer_foods=("oats",))
    read = SoftPreferences(favourite_foods=("Almonds",), boring_exercises=("pullups",))
    runtime = ScriptedRuntime(
        "ft",
        lambda _: reference_text(),
        lambda _: reading_completion_messages(NOTHING_READ, read)[0]["content"],
    )
    case = replace(example(notes="I love almonds."), soft=stated)
    result = PlanEngine(CATALOG, runtime, guided=False).plan(case.form, case.notes)
    scored = Scorer(CATALOG).score(case, result, "ft")
    assert (scored.wishes_read, scored.wishes_read_count, scored.soft_total) == (1, 2, 2)
    assert json.loads(scored.wishes_output) == {
        "favourite_foods": ["Almonds"],
        "boring_exercises": ["pullups"],
    }
