from __future__ import annotations

from domain.plan.draft import PlanDraft
from domain.plan.reading import NOTHING_READ, NotesReading
from domain.profile import Allergen, Diet
from evaluation.proposers import Proposal
from evaluation.runtimes.base import Generation
from evaluation.scoring import Scorer
from tests.evaluation.factories import CATALOG, example, reference_plan, reference_text

FISH = NotesReading(allergies=frozenset({Allergen.fish}))


def _proposal(text: str, reading: NotesReading = NOTHING_READ) -> Proposal:
    read = Generation(reading.model_dump_json(), (1,), 5, 0.05)
    return Proposal(reading, read, Generation(text, (1, 2, 3), 5, 0.25))


def test_reference_draft_is_served_as_written() -> None:
    result = Scorer(CATALOG, seed=0).score(example(), _proposal(reference_text()), "ft")
    assert result.schema_valid
    assert result.served_from == "model"
    assert result.names_found == result.names_total > 0
    assert (result.hard_violations_before, result.hard_violations_after) == (0, 0)
    assert result.days_match
    assert result.constraints_read == 4
    assert result.kcal_error <= 0.03
    assert (result.latency_s, result.new_tokens) == (0.3, 4)  # both passes
    assert result.reading_output == NOTHING_READ.model_dump_json()


def test_unparseable_output_falls_back_to_the_reference_planner() -> None:
    result = Scorer(CATALOG, seed=0).score(example(), _proposal("not json"), "ft")
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
    result = Scorer(CATALOG, seed=0).score(allergic, _proposal(draft.model_dump_json()), "ft")
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
    result = Scorer(CATALOG, seed=0).score(notes_only, _proposal(_fishy_draft(), FISH), "ft")
    assert result.constraints_read == 4
    assert result.served_from == "repaired"
    assert result.hard_violations_before >= 1
    assert result.hard_violations_after == 0


def test_an_allergy_the_model_did_not_read_is_a_violation_after_serving() -> None:
    notes_only = example(form={}, allergies=frozenset({Allergen.fish}))
    result = Scorer(CATALOG, seed=0).score(notes_only, _proposal(_fishy_draft()), "ft")
    assert result.constraints_read == 3
    assert result.hard_violations_after >= 1


def test_fallback_knows_the_form_and_the_reading_only() -> None:
    notes_only = example(form={}, allergies=frozenset({Allergen.fish}))
    scorer = Scorer(CATALOG, seed=0)
    form = notes_only.form
    assert scorer.fallback_plan(form, form) == (reference_plan(), "reference")
    assert scorer.fallback_plan(form, form)[0] is scorer.fallback_plan(form, form)[0]  # cached
    unread = scorer.score(notes_only, _proposal("not json"), "ft")
    assert (unread.served_from, unread.constraints_read) == ("reference", 3)
    read = scorer.score(notes_only, _proposal("not json", FISH), "ft")
    assert (read.served_from, read.hard_violations_after) == ("reference", 0)


def test_a_reading_that_leaves_nothing_to_eat_is_served_for_the_form() -> None:
    everything = NotesReading(allergies=frozenset(Allergen), diet=Diet.vegan)
    scorer = Scorer(CATALOG, seed=0)
    result = scorer.score(example(), _proposal("", everything), "ft")
    assert result.served_from == "reference-form"
    assert result.hard_violations_after == 0
