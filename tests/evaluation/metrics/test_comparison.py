from __future__ import annotations

import pytest

from evaluation.metrics.aggregate import ExampleResult, aggregate
from evaluation.metrics.comparison import (
    COMPARED,
    HIGH,
    LOW,
    Interval,
    diff_name,
    differences,
    intervals,
    read_interval,
)
from evaluation.metrics.reading import HAND_PREFIX
from tests.evaluation.factories import example_result

FOODS = [5, 40, 12, 30, 8, 25, 18, 35, 10, 22]
"""Distinct foods per example: they vary a lot between users, the difference does not."""


def _results(extra_foods: int = 0, *, soft_hit: int = 0) -> list[ExampleResult]:
    return [
        example_result(
            example_id=f"p{i}", distinct_foods=foods + extra_foods, soft_hit=soft_hit, soft_total=1
        )
        for i, foods in enumerate(FOODS)
    ]


def test_pairing_by_example_removes_the_spread_between_users() -> None:
    planner = _results()
    finetune = _results(extra_foods=1)
    found = differences(finetune, planner[::-1], against="reference")  # order does not matter
    name = diff_name("distinct_foods", "reference")
    assert name == "vs_reference_distinct_foods_diff"
    assert read_interval(found, name) == Interval(1.0, 1.0, 1.0)
    own = intervals(finetune)
    assert own["distinct_foods" + HIGH] - own["distinct_foods" + LOW] > 5  # unpaired: wide


def test_soft_preferences_always_honoured_are_strictly_better() -> None:
    found = differences(_results(soft_hit=1), _results(), against="reference")
    diff = read_interval(found, "vs_reference_soft_honoured_rate_diff")
    assert diff == Interval(1.0, 1.0, 1.0)
    same = differences(_results(), _results(), against="base", prefix=HAND_PREFIX)
    assert read_interval(same, "hand_vs_base_soft_honoured_rate_diff") == Interval(0, 0, 0)


def test_a_noisy_gain_has_an_interval_around_it_that_is_reproducible() -> None:
    planner = _results()
    finetune = [
        r.model_copy(update={"liked_hit": i % 3 and 2}) for i, r in enumerate(_results())
    ]  # liked 2 of 2 in two thirds of examples, 0 of 2 in the rest; the planner 1 of 2
    found = differences(finetune, planner, against="reference")
    diff = read_interval(found, "vs_reference_liked_used_rate_diff")
    assert diff is not None
    rate = aggregate(finetune)["liked_used_rate"] - aggregate(planner)["liked_used_rate"]
    assert diff.value == pytest.approx(rate)
    assert diff.low < diff.value < diff.high
    assert found == differences(finetune, planner, against="reference")


def test_every_compared_metric_gets_a_difference_and_the_proposers_own_bounds() -> None:
    found = differences(_results(), _results(), against="base")
    own = intervals(_results(), prefix=HAND_PREFIX)
    for measure in COMPARED:
        assert read_interval(found, diff_name(measure.metric, "base")) is not None
        assert f"{HAND_PREFIX}{measure.metric}{LOW}" in own
    assert read_interval({"x": 1.0, "x_low95": 0.5}, "x") is None


@pytest.mark.parametrize(
    "theirs",
    [_results()[:-1], [*_results(), _results()[0]], [], _results()[:-1] + [example_result()]],
)
def test_unpaired_results_are_refused(theirs: list[ExampleResult]) -> None:
    with pytest.raises(ValueError, match="same examples"):
        differences(_results(), theirs, against="reference")


def test_nothing_to_compare_is_refused() -> None:
    with pytest.raises(ValueError, match="zero results"):
        differences([], [], against="reference")
