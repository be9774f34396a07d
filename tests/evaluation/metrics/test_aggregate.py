from __future__ import annotations

import pytest

from evaluation.metrics.aggregate import aggregate, percentile
from evaluation.metrics.reading import HAND_PREFIX, ReadingResult, aggregate_reading
from evaluation.specs import SPECS_BY_NAME
from tests.evaluation.factories import example_result


def test_aggregate_rates_sums_and_percentiles() -> None:
    results = [
        example_result(soft_hit=1, soft_total=3, meals_apart=7, plan_days=7),
        example_result(
            schema_valid=False,
            names_found=0,
            names_total=0,
            days_match=False,
            constraints_read=0,
            soft_hit=1,
            soft_total=2,
            meals_apart=6,
            plan_days=7,
        ),  # fmt: skip
        example_result(
            hard_violations_before=2,
            liked_hit=0,
            kcal_error=0.05,
            latency_s=3.0,
            meals_apart=7,
            plan_days=7,
        ),  # fmt: skip
        example_result(names_found=5, sets_in_range=6, distinct_foods=8, new_tokens=50),
    ]
    metrics = aggregate(results)
    assert metrics["examples"] == 4
    assert metrics["schema_valid_rate"] == 0.75
    assert metrics["grounded_rate"] == pytest.approx(25 / 30)
    assert metrics["violation_free_rate_before"] == 0.5
    assert metrics["hard_violations_before"] == 2
    assert metrics["hard_violations_after"] == 0
    assert metrics["days_match_rate"] == 0.75
    assert metrics["constraints_read_rate"] == 0.75
    assert metrics["liked_used_rate"] == pytest.approx(3 / 8)
    assert metrics["distinct_foods"] == 11
    assert metrics["soft_honoured_rate"] == pytest.approx(2 / 5)
    assert metrics["meals_apart_rate"] == pytest.approx(20 / 21)
    assert metrics["sets_in_guideline_rate"] == pytest.approx(30 / 32)
    assert metrics["kcal_error_mean"] == pytest.approx(0.02)
    assert metrics["kcal_error_p95"] == pytest.approx(percentile([0.01, 0.01, 0.05, 0.01], 95))
    assert metrics["latency_p50_s"] == 1.0
    assert metrics["tokens_per_s"] == pytest.approx(350 / 6)


def test_every_spec_is_aggregated() -> None:
    reading = ReadingResult(
        example_id="n", candidate="c", notes="x", output="{}", exact=True, unsafe=(), latency_s=0.1
    )
    produced = (
        set(aggregate([example_result()]))
        | set(aggregate([example_result()], prefix=HAND_PREFIX))
        | set(aggregate_reading([reading]))
        | set(aggregate_reading([reading], prefix=HAND_PREFIX))
    )
    assert set(SPECS_BY_NAME) <= produced


def test_a_prefix_names_every_metric_of_another_set() -> None:
    plain, hand = aggregate([example_result()]), aggregate([example_result()], prefix=HAND_PREFIX)
    assert hand == {f"{HAND_PREFIX}{name}": value for name, value in plain.items()}


def test_percentile_interpolates_and_handles_empty() -> None:
    assert percentile([1.0, 2.0, 3.0, 4.0, 5.0], 50) == 3.0
    assert percentile([0.0, 10.0], 95) == pytest.approx(9.5)
    assert percentile([], 95) == 0.0


def test_aggregate_refuses_empty_input() -> None:
    with pytest.raises(ValueError, match="zero results"):
        aggregate([])
