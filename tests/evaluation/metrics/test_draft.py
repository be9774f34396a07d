from __future__ import annotations

from domain.plan.draft import DraftDay, PlanDraft
from domain.plan.schemas import Focus
from domain.profile import Allergen, Diet, Equipment
from evaluation.metrics.draft import constraints_read, days_match, grounding, hard_violations
from serving.engine import parse_draft_or_none
from tests.domain.plan.factories import make_request
from tests.evaluation.factories import CATALOG, reference_text


def test_parse_draft_accepts_the_schema_and_rejects_the_rest() -> None:
    text = reference_text()
    assert parse_draft_or_none(text) == PlanDraft.model_validate_json(text)
    assert parse_draft_or_none(text[:-1]) is None
    assert parse_draft_or_none('{"days": []}') is None
    assert parse_draft_or_none('{"menus": [], "days": [], "notes": []}') is None


def test_grounding_counts_exact_case_insensitive_names() -> None:
    draft = PlanDraft.model_validate_json(reference_text())
    perfect = grounding(draft, CATALOG)
    assert perfect.found == perfect.total > 0
    assert perfect.rate == 1.0
    draft.days[0].ex[0] = draft.days[0].ex[0].upper()
    draft.days[0].ex[1] = "Moonwalk Squats"
    draft.menus[0].meals[0][0] = "Dragon fruit"
    partial = grounding(draft, CATALOG)
    assert partial.total == perfect.total
    assert partial.found == perfect.total - 2
    assert partial.unknown == ("Moonwalk Squats", "Dragon fruit")


def test_empty_draft_grounds_nothing() -> None:
    empty = PlanDraft(menus=[], days=[])
    assert grounding(empty, CATALOG).rate == 0.0


def test_days_match_needs_the_schedules_days_and_foci() -> None:
    request = make_request(days_per_week=4, experience="intermediate")  # upper/lower twice

    def draft(*foci: Focus) -> PlanDraft:
        return PlanDraft(menus=[], days=[DraftDay(focus=f, ex=["Pushups"]) for f in foci])

    upper, lower = Focus.upper_body, Focus.lower_body
    assert days_match(draft(upper, lower, upper, lower), request)
    assert not days_match(draft(upper, lower, upper), request)
    assert not days_match(draft(lower, upper, lower, upper), request)


def test_hard_violations_count_raw_draft_names_against_the_truth() -> None:
    allergic = make_request(allergies=frozenset({Allergen.fish}))
    draft = PlanDraft.model_validate_json(reference_text(allergies=frozenset({Allergen.fish})))
    assert hard_violations(draft, allergic, CATALOG) == 0
    draft.menus[0].meals[1] += ["Salmon fillet", "Salmon fillet", "Dragon steak"]
    assert hard_violations(draft, allergic, CATALOG) == 2  # per occurrence; unknown names skipped
    assert hard_violations(draft, make_request(), CATALOG) == 0


def test_constraints_read_counts_topics_enforced_as_they_truly_are() -> None:
    truth = make_request(
        equipment=frozenset({Equipment.body_only}),
        allergies=frozenset({Allergen.milk}),
        diets=frozenset({Diet.vegan}),
    )
    assert constraints_read(truth, truth) == 4
    no_equipment = truth.model_copy(update={"equipment": frozenset()})
    assert constraints_read(no_equipment, truth) == 4  # none means body weight
    missed = truth.model_copy(update={"allergies": frozenset(), "diets": frozenset()})
    assert constraints_read(missed, truth) == 2
