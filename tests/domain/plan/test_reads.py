"""Reading notes into constraints: what a perfect reading is, and how serving applies one."""

from __future__ import annotations

from domain.catalog import Catalog
from domain.plan import DayKind, DraftMenu, PlanDraft, Split, check_plan, plan_from_draft
from domain.plan.draft import DraftReads
from domain.plan.reads import apply_reads, reads_from_request
from domain.profile import Allergen, BodyArea, Diet, Equipment
from tests.domain.plan.factories import NO_READS, make_request


def test_a_perfect_reading_states_every_constraint_sorted() -> None:
    truth = make_request(
        equipment=frozenset({Equipment.dumbbell, Equipment.bands}),
        injuries=frozenset({BodyArea.knee}),
        allergies=frozenset({Allergen.soy, Allergen.egg}),
        diet=Diet.vegetarian,
    )
    reads = reads_from_request(truth)
    assert reads.equipment == [Equipment.bands, Equipment.dumbbell]
    assert reads.allergies == [Allergen.egg, Allergen.soy]
    assert (reads.injuries, reads.diet) == ([BodyArea.knee], Diet.vegetarian)


def test_reading_only_tightens_the_form() -> None:
    form = make_request(
        allergies=frozenset({Allergen.milk}),
        diet=Diet.halal,
        equipment=frozenset({Equipment.dumbbell}),
    )
    reads = DraftReads(
        equipment=[Equipment.barbell],
        injuries=[BodyArea.shoulder],
        allergies=[Allergen.peanuts],
        diet=Diet.vegan,
    )
    enforced = apply_reads(form, reads)
    assert enforced.allergies == {Allergen.milk, Allergen.peanuts}
    assert enforced.injuries == {BodyArea.shoulder}
    assert enforced.diet is Diet.halal  # the form's diet wins
    assert enforced.equipment == {Equipment.dumbbell}  # the form's equipment wins
    assert apply_reads(form, NO_READS) == form


def test_equipment_and_diet_come_from_the_notes_when_the_form_is_blank() -> None:
    form = make_request(equipment=frozenset())
    reads = NO_READS.model_copy(update={"equipment": [Equipment.bands], "diet": Diet.low_carb})
    enforced = apply_reads(form, reads)
    assert enforced.equipment == {Equipment.bands}
    assert enforced.diet is Diet.low_carb
    assert enforced.targets.carbs_g < form.targets.carbs_g  # low-carb targets recomputed
    assert enforced.targets.calories == form.targets.calories


def test_serving_enforces_an_allergy_only_the_draft_read(catalog: Catalog) -> None:
    form = make_request(days_per_week=2)
    meals = [["Greek yogurt", "Oats"], ["Chicken breast", "Brown rice"], ["Tofu", "Potatoes"]]
    draft = PlanDraft(
        reads=NO_READS.model_copy(update={"allergies": [Allergen.milk]}),
        split=Split.full_body,
        days=[],
        menus=[DraftMenu(kind=DayKind.train, meals=meals)],
        notes=[],
    )
    result = plan_from_draft(draft, form, catalog, seed=0)
    assert result.request.allergies == {Allergen.milk}
    assert check_plan(result.plan, result.request, catalog) == []
    foods = {item.name for day in result.plan.days for meal in day.meals for item in meal.items}
    assert "Greek yogurt" not in foods
