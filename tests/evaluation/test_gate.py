from __future__ import annotations

import pytest

from evaluation.gate import GateThresholds, check_gate, regressions, select_best
from evaluation.specs import METRIC_SPECS, SPECS_BY_NAME

GOOD = {
    "schema_valid_rate": 1.0,
    "grounded_rate": 0.98,
    "hard_violations_before": 2.0,
    "hard_violations_after": 0.0,
    "kcal_error_p95": 0.02,
    "liked_used_rate": 0.5,
    "latency_p95_s": 1.0,
}


def test_good_candidate_passes_without_champion() -> None:
    result = check_gate(GOOD, GateThresholds())
    assert result.passed
    assert result.failures == ()


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"hard_violations_after": 1.0}, "hard_violations_after"),
        ({"schema_valid_rate": 0.99}, "schema_valid_rate"),
        ({"kcal_error_p95": 0.031}, "kcal_error_p95"),
    ],
)
def test_each_floor_fails_on_its_own(change: dict[str, float], reason: str) -> None:
    result = check_gate({**GOOD, **change}, GateThresholds())
    assert not result.passed
    assert len(result.failures) == 1
    assert result.failures[0].startswith(reason)


def test_regression_against_champion_beyond_tolerance_fails() -> None:
    thresholds = GateThresholds(abs_tolerance=0.01, rel_tolerance=0.0)
    champion = {**GOOD, "liked_used_rate": 0.6}
    within = check_gate({**GOOD, "liked_used_rate": 0.595}, thresholds, champion)
    beyond = check_gate(GOOD, thresholds, champion)
    assert within.passed
    assert not beyond.passed
    assert "liked_used_rate" in beyond.failures[0]


def test_lower_is_better_metrics_regress_upwards_and_timing_is_not_gated() -> None:
    thresholds = GateThresholds(abs_tolerance=0.0, rel_tolerance=0.1)
    worse_kcal = {**GOOD, "kcal_error_p95": 0.025}
    assert regressions(worse_kcal, GOOD, thresholds) == [
        "kcal_error_p95=0.0250 is worse than champion 0.0200"
    ]
    slower = {**GOOD, "latency_p95_s": 100.0}
    assert regressions(slower, GOOD, thresholds) == []
    assert not SPECS_BY_NAME["latency_p95_s"].gated


def test_missing_floor_metric_is_an_error() -> None:
    with pytest.raises(KeyError, match="kcal_error_p95"):
        check_gate({"schema_valid_rate": 1.0, "hard_violations_after": 0.0}, GateThresholds())


def test_thresholds_validate() -> None:
    with pytest.raises(ValueError, match="min_schema_valid_rate"):
        GateThresholds(min_schema_valid_rate=1.5)
    with pytest.raises(ValueError, match="abs_tolerance"):
        GateThresholds(abs_tolerance=-1)


def test_select_best_prefers_safety_then_validity_and_is_deterministic() -> None:
    unsafe = {**GOOD, "hard_violations_after": 1.0, "liked_used_rate": 1.0}
    closer = {**GOOD, "kcal_error_p95": 0.01}
    assert select_best({"a": unsafe, "b": GOOD, "c": closer}) == "c"
    assert select_best({"y": GOOD, "x": GOOD}) == "x"
    assert select_best({}) is None


def test_spec_names_are_unique() -> None:
    assert len(SPECS_BY_NAME) == len(METRIC_SPECS)
