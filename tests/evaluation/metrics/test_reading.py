from __future__ import annotations

import pytest

from domain.plan.reading import NotesReading
from domain.profile import Allergen, BodyArea, Diet, Equipment
from evaluation.metrics.reading import (
    HAND_PREFIX,
    ReadingResult,
    aggregate_reading,
    unsafe_misreads,
    wilson_interval,
)

DUMBBELLS = frozenset({Equipment.body_only, Equipment.dumbbell})
TARGET = NotesReading(
    equipment=DUMBBELLS,
    injuries=frozenset({BodyArea.knee}),
    allergies=frozenset({Allergen.milk}),
    diets=frozenset({Diet.vegetarian}),
)


def test_a_perfect_or_more_cautious_reading_is_safe() -> None:
    assert unsafe_misreads(TARGET, TARGET) == ()
    cautious = TARGET.model_copy(
        update={
            "equipment": frozenset({Equipment.body_only}),
            "allergies": frozenset({Allergen.milk, Allergen.egg}),
        }
    )
    assert unsafe_misreads(cautious, TARGET) == ()


def test_a_stricter_diet_read_instead_is_safe_and_a_looser_one_is_not() -> None:
    pescatarian = NotesReading(diets=frozenset({Diet.pescatarian}))
    for stricter in (Diet.vegetarian, Diet.vegan):
        assert unsafe_misreads(NotesReading(diets=frozenset({stricter})), pescatarian) == ()
    assert unsafe_misreads(pescatarian, NotesReading(diets=frozenset({Diet.vegan}))) == (
        "missed diet vegan",
    )
    assert unsafe_misreads(
        NotesReading(diets=frozenset({Diet.vegan})), NotesReading(diets=frozenset({Diet.halal}))
    ) == ("missed diet halal",)


def test_every_way_of_reading_too_little_is_named() -> None:
    loose = NotesReading(
        equipment=DUMBBELLS | {Equipment.barbell},
        injuries=frozenset(),
        allergies=frozenset(),
        diets=frozenset({Diet.pescatarian}),
    )
    assert unsafe_misreads(loose, TARGET) == (
        "missed allergy milk",
        "missed injury knee",
        "missed diet vegetarian",
        "extra equipment barbell",
    )


def test_equipment_read_from_notes_that_name_none_is_unsafe_but_body_weight_is_not() -> None:
    assert unsafe_misreads(NotesReading(equipment=DUMBBELLS), NotesReading()) == (
        "extra equipment dumbbell",
    )
    assert (
        unsafe_misreads(NotesReading(equipment=frozenset({Equipment.body_only})), NotesReading())
        == ()
    )


def test_wilson_interval_matches_hand_computation() -> None:
    # 0 of 100: upper bound z^2 / (n + z^2) = 3.8416 / 103.8416
    low, high = wilson_interval(0, 100)
    assert low == 0.0
    assert high == pytest.approx(3.8416 / 103.8416, rel=1e-6)
    low, high = wilson_interval(5, 10)
    assert (low, high) == pytest.approx((0.2366, 0.7634), abs=1e-4)
    with pytest.raises(ValueError, match="total > 0"):
        wilson_interval(0, 0)
    with pytest.raises(ValueError, match="hits <= total"):
        wilson_interval(3, 2)


def _result(exact: bool, unsafe: tuple[str, ...] = ()) -> ReadingResult:
    return ReadingResult(
        example_id="n", candidate="c", notes="x", output="{}", exact=exact, unsafe=unsafe,
        latency_s=0.1,
    )  # fmt: skip


def test_aggregate_reading_counts_exact_and_unsafe_notes() -> None:
    metrics = aggregate_reading(
        [_result(True), _result(False), _result(False, ("missed allergy milk", "x")), _result(True)]
    )
    assert metrics["reading_examples"] == 4
    assert metrics["reading_exact_rate"] == 0.5
    assert metrics["reading_unsafe_rate"] == 0.25
    assert metrics["reading_unsafe_upper95"] == pytest.approx(wilson_interval(1, 4)[1])
    with pytest.raises(ValueError, match="zero"):
        aggregate_reading([])


def test_a_prefix_names_the_same_metrics_for_another_set_of_notes() -> None:
    results = [_result(True), _result(False, ("missed allergy egg",))]
    plain, hand = aggregate_reading(results), aggregate_reading(results, prefix=HAND_PREFIX)
    assert hand == {f"hand_{name}": value for name, value in plain.items()}
