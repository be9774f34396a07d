from __future__ import annotations

from domain.plan.draft import PlanDraft
from domain.profile import Allergen
from evaluation.runtimes.base import Generation
from evaluation.scoring import Scorer
from tests.evaluation.factories import CATALOG, example, reference_plan, reference_text


def _generation(text: str) -> Generation:
    return Generation(text, (1, 2, 3), 5, 0.25)


def test_reference_draft_is_served_as_written() -> None:
    result = Scorer(CATALOG, seed=0).score(example(), _generation(reference_text()), "ft")
    assert result.schema_valid
    assert result.served_from == "model"
    assert result.names_found == result.names_total > 0
    assert (result.hard_violations_before, result.hard_violations_after) == (0, 0)
    assert result.days_match
    assert result.constraints_read == 4
    assert result.kcal_error <= 0.03
    assert (result.latency_s, result.new_tokens) == (0.25, 3)


def test_unparseable_output_falls_back_to_the_reference_planner() -> None:
    result = Scorer(CATALOG, seed=0).score(example(), _generation("not json"), "ft")
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
    result = Scorer(CATALOG, seed=0).score(allergic, _generation(draft.model_dump_json()), "ft")
    assert result.schema_valid
    assert result.served_from == "repaired"
    assert result.hard_violations_before >= 1
    assert result.hard_violations_after == 0


def _fishy_draft(*, reads_fish: bool) -> str:
    """The reference draft for a fish allergy, with salmon added and fish read or not."""
    draft = PlanDraft.model_validate_json(reference_text(allergies=frozenset({Allergen.fish})))
    draft.menus[0].meals[1].append("Salmon fillet")
    draft.reads.allergies = [Allergen.fish] if reads_fish else []
    return draft.model_dump_json()


def test_an_allergy_read_from_the_notes_is_enforced() -> None:
    notes_only = example(form={}, allergies=frozenset({Allergen.fish}))
    generation = _generation(_fishy_draft(reads_fish=True))
    result = Scorer(CATALOG, seed=0).score(notes_only, generation, "ft")
    assert result.constraints_read == 4
    assert result.served_from == "repaired"
    assert result.hard_violations_before >= 1
    assert result.hard_violations_after == 0


def test_an_allergy_the_model_did_not_read_is_a_violation_after_serving() -> None:
    notes_only = example(form={}, allergies=frozenset({Allergen.fish}))
    generation = _generation(_fishy_draft(reads_fish=False))
    result = Scorer(CATALOG, seed=0).score(notes_only, generation, "ft")
    assert result.constraints_read == 3
    assert result.hard_violations_after >= 1


def test_fallback_knows_only_the_form() -> None:
    notes_only = example(form={}, allergies=frozenset({Allergen.fish}))
    scorer = Scorer(CATALOG, seed=0)
    assert scorer.fallback_plan(notes_only) is scorer.fallback_plan(notes_only)
    assert scorer.fallback_plan(notes_only) == reference_plan()  # the form's plan, not the truth's
    result = scorer.score(notes_only, _generation("not json"), "ft")
    assert result.served_from == "reference"
    assert result.constraints_read == 0
