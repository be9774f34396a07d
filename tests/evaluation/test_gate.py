from __future__ import annotations

import pytest

from evaluation.gate import (
    PLANNER_PARITY_WARNING,
    READING_FLOOR_WARNING,
    GateThresholds,
    check_gate,
    check_reader_gate,
    regressions,
    select_best,
)
from evaluation.specs import METRIC_SPECS, SPECS_BY_NAME

GOOD = {
    "schema_valid_rate": 1.0,
    "grounded_rate": 0.98,
    "hard_violations_before": 2.0,
    "hard_violations_after": 0.0,
    "kcal_error_p95": 0.02,
    "liked_used_rate": 0.5,
    "distinct_foods": 30.0,
    "distinct_exercises": 9.0,
    "vs_reference_soft_honoured_rate_diff_low95": 0.1,
    "latency_p95_s": 1.0,
    "hand_reading_exact_rate": 0.95,
    "hand_reading_unsafe_rate": 0.0,
    "hand_reading_unsafe_upper95": 0.016,
}
# What the champion read on 236 hand-written notes when issue #14 was filed, roughly.
POOR_READING = {
    "hand_reading_exact_rate": 0.33,
    "hand_reading_unsafe_rate": 0.33,
    "hand_reading_unsafe_upper95": 0.39,
}
PLANNER = {"liked_used_rate": 0.5, "distinct_foods": 28.0, "distinct_exercises": 9.0}
"""The exact planner on the same examples: GOOD matches it and honours more soft preferences."""
BELOW_PLANNER = {"liked_used_rate": 0.45, "vs_reference_soft_honoured_rate_diff_low95": 0.0}
PRODUCTION, SMOKE = GateThresholds(), GateThresholds(enforce_production_floors=False)


def test_good_candidate_passes_without_champion() -> None:
    result = check_gate(GOOD, GateThresholds(), planner=PLANNER)
    assert result.passed
    assert result.failures == ()


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"hard_violations_after": 1.0}, "hard_violations_after"),
        ({"hand_hard_violations_after": 1.0}, "hand_hard_violations_after"),
        ({"schema_valid_rate": 0.99}, "schema_valid_rate"),
        ({"kcal_error_p95": 0.031}, "kcal_error_p95"),
        ({"hand_reading_exact_rate": 0.89}, "hand_reading_exact_rate"),
        ({"hand_reading_unsafe_rate": 0.021}, "hand_reading_unsafe_rate"),
        ({"hand_reading_unsafe_upper95": 0.051}, "hand_reading_unsafe_upper95"),
    ],
)
def test_each_floor_fails_on_its_own(change: dict[str, float], reason: str) -> None:
    result = check_gate({**GOOD, **change}, GateThresholds(), planner=PLANNER)
    assert not result.passed
    assert len(result.failures) == 1
    assert result.failures[0].startswith(reason)


def test_production_refuses_a_poor_reading_of_hand_written_notes() -> None:
    result = check_gate({**GOOD, **POOR_READING}, PRODUCTION, planner=PLANNER)
    assert not result.passed
    assert [failure.split("=")[0] for failure in result.failures] == list(POOR_READING)
    assert result.warnings == ()


def test_a_smoke_profile_only_warns_about_the_reading_floor() -> None:
    result = check_gate({**GOOD, **POOR_READING}, SMOKE, planner=PLANNER)
    assert result.passed
    assert result.failures == ()
    [warning] = result.warnings
    assert warning.startswith(f"{READING_FLOOR_WARNING}: hand_reading_exact_rate=0.33 < 0.9")
    assert "hand_reading_unsafe_upper95=0.39 > 0.05" in warning
    assert check_gate(GOOD, SMOKE, planner=PLANNER).warnings == ()


def test_a_smoke_profile_still_fails_on_the_other_floors() -> None:
    result = check_gate(
        {**GOOD, **POOR_READING, "hard_violations_after": 1.0}, SMOKE, planner=PLANNER
    )
    assert not result.passed
    assert result.failures == ("hard_violations_after=1 > 0",)
    assert len(result.warnings) == 1


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"liked_used_rate": 0.489}, "liked_used_rate=0.489 < planner 0.5"),
        ({"distinct_foods": 27.5}, "distinct_foods=27.5 < planner 28"),
        ({"distinct_exercises": 8.0}, "distinct_exercises=8 < planner 9"),
        (
            {"vs_reference_soft_honoured_rate_diff_low95": 0.0},
            "vs_reference_soft_honoured_rate_diff_low95=0 <= 0",
        ),
    ],
)
def test_production_refuses_a_candidate_short_of_the_planner(
    change: dict[str, float], reason: str
) -> None:
    result = check_gate({**GOOD, **change}, PRODUCTION, planner=PLANNER)
    assert not result.passed
    assert result.failures == (reason,)


def test_planner_parity_allows_the_tolerance_on_likes_and_variety() -> None:
    within = {"liked_used_rate": 0.491, "distinct_foods": 27.995, "distinct_exercises": 8.995}
    assert check_gate({**GOOD, **within}, PRODUCTION, planner=PLANNER).passed


def test_a_smoke_profile_only_warns_about_planner_parity() -> None:
    below = {**GOOD, **BELOW_PLANNER}
    assert not check_gate(below, PRODUCTION, planner=PLANNER).passed
    result = check_gate(below, SMOKE, planner=PLANNER)
    assert result.passed
    assert result.warnings == (
        f"{PLANNER_PARITY_WARNING}: liked_used_rate=0.45 < planner 0.5; "
        "vs_reference_soft_honoured_rate_diff_low95=0 <= 0",
    )
    both = check_gate({**below, **POOR_READING}, SMOKE, planner=PLANNER)
    assert [w.split(":")[0] for w in both.warnings] == [
        READING_FLOOR_WARNING,
        PLANNER_PARITY_WARNING,
    ]


def test_hand_metrics_missing_from_the_champion_do_not_block() -> None:
    old_champion = {k: v for k, v in GOOD.items() if not k.startswith("hand_")}
    assert check_gate(
        {**GOOD, "hand_reading_exact_rate": 0.91}, PRODUCTION, old_champion, planner=PLANNER
    ).passed
    champion = {**GOOD, "hand_reading_exact_rate": 1.0}
    worse = check_gate(
        {**GOOD, "hand_reading_exact_rate": 0.91}, PRODUCTION, champion, planner=PLANNER
    )
    assert worse.failures == ("hand_reading_exact_rate=0.9100 is worse than champion 1.0000",)


def test_regression_against_champion_beyond_tolerance_fails() -> None:
    thresholds = GateThresholds(abs_tolerance=0.01, rel_tolerance=0.0)
    champion = {**GOOD, "liked_used_rate": 0.6}
    within = check_gate({**GOOD, "liked_used_rate": 0.595}, thresholds, champion, planner=PLANNER)
    beyond = check_gate(GOOD, thresholds, champion, planner=PLANNER)
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
        check_gate(
            {"schema_valid_rate": 1.0, "hard_violations_after": 0.0},
            GateThresholds(),
            planner=PLANNER,
        )
    unread = {k: v for k, v in GOOD.items() if k != "hand_reading_unsafe_rate"}
    uncompared = {k: v for k, v in GOOD.items() if not k.startswith("vs_reference")}
    for thresholds in (PRODUCTION, SMOKE):
        with pytest.raises(KeyError, match="hand_reading_unsafe_rate"):
            check_gate(unread, thresholds, planner=PLANNER)
        with pytest.raises(KeyError, match="vs_reference_soft_honoured_rate_diff_low95"):
            check_gate(uncompared, thresholds, planner=PLANNER)
        with pytest.raises(KeyError, match="distinct_exercises"):
            check_gate(GOOD, thresholds, planner={"liked_used_rate": 0.5, "distinct_foods": 1})


def test_thresholds_validate() -> None:
    with pytest.raises(ValueError, match="min_schema_valid_rate"):
        GateThresholds(min_schema_valid_rate=1.5)
    with pytest.raises(ValueError, match="abs_tolerance"):
        GateThresholds(abs_tolerance=-1)
    with pytest.raises(ValueError, match="max_hand_reading_unsafe_upper95"):
        GateThresholds(max_hand_reading_unsafe_upper95=5)


def test_select_best_prefers_safety_then_validity_and_is_deterministic() -> None:
    unsafe = {**GOOD, "hard_violations_after": 1.0, "liked_used_rate": 1.0}
    closer = {**GOOD, "kcal_error_p95": 0.01}
    assert select_best({"a": unsafe, "b": GOOD, "c": closer}) == "c"
    assert select_best({"y": GOOD, "x": GOOD}) == "x"
    assert select_best({}) is None


def test_spec_names_are_unique() -> None:
    assert len(SPECS_BY_NAME) == len(METRIC_SPECS)


def test_planner_parity_also_holds_on_the_hand_written_plans_when_evaluated() -> None:
    hand = {f"hand_{name}": value for name, value in (*GOOD.items(), *PLANNER.items())}
    hand_planner = {f"hand_{name}": value for name, value in PLANNER.items()}
    candidate = {**GOOD, **hand}
    assert check_gate(candidate, PRODUCTION, planner={**PLANNER, **hand_planner}).passed
    short = {**candidate, "hand_liked_used_rate": 0.4}
    result = check_gate(short, PRODUCTION, planner={**PLANNER, **hand_planner})
    assert result.failures == ("hand_liked_used_rate=0.4 < planner 0.5",)


READER = {
    "reading_examples": 383.0,
    "reading_exact_rate": 0.95,
    "reading_unsafe_rate": 0.01,
    "reading_unsafe_upper95": 0.03,
    "ms_per_note_p95": 11.0,
    "hand_reading_exact_rate": 0.95,
    "hand_reading_unsafe_rate": 0.0,
    "hand_reading_unsafe_upper95": 0.016,
}
"""A dedicated reader's metrics: reading alone, no plan metric."""


def test_a_reader_above_the_floor_passes_without_plan_metrics() -> None:
    result = check_reader_gate(READER, PRODUCTION)
    assert result.passed
    assert result.failures == result.warnings == ()


def test_production_refuses_a_reader_below_the_reading_floor() -> None:
    result = check_reader_gate({**READER, **POOR_READING}, PRODUCTION)
    assert not result.passed
    assert [failure.split("=")[0] for failure in result.failures] == list(POOR_READING)


def test_a_smoke_profile_only_warns_about_the_readers_floor() -> None:
    result = check_reader_gate({**READER, **POOR_READING}, SMOKE)
    assert result.passed
    [warning] = result.warnings
    assert warning.startswith(f"{READING_FLOOR_WARNING}: hand_reading_exact_rate=0.33 < 0.9")


@pytest.mark.parametrize("thresholds", [PRODUCTION, SMOKE])
@pytest.mark.parametrize(
    ("change", "champion", "reason"),
    [
        # Slack against the champion: 0.01 + 5 % of its value.
        ({}, {"hand_reading_exact_rate": 0.99}, None),
        (
            {"hand_reading_exact_rate": 0.9},
            {"hand_reading_exact_rate": 0.99},
            "hand_reading_exact_rate",
        ),
        ({"reading_exact_rate": 0.8}, {"reading_exact_rate": 0.95}, "reading_exact_rate"),
        ({}, {"hand_reading_unsafe_upper95": 0.01}, None),
        ({}, {"reading_unsafe_upper95": 0.01}, "reading_unsafe_upper95"),
    ],
)
def test_a_reader_worse_than_the_champion_is_refused_on_every_profile(
    change: dict[str, float],
    champion: dict[str, float],
    reason: str | None,
    thresholds: GateThresholds,
) -> None:
    result = check_reader_gate({**READER, **change}, thresholds, champion)
    assert result.passed is (reason is None)
    assert [failure.split("=")[0] for failure in result.failures] == ([reason] if reason else [])


def test_the_reader_gate_skips_what_the_champion_lacks_and_never_gates_latency() -> None:
    slower = {**READER, "ms_per_note_p95": 500.0}
    assert check_reader_gate(slower, PRODUCTION, {"ms_per_note_p95": 4.0}).passed
    assert check_reader_gate(READER, PRODUCTION, {}).passed


def test_a_smoke_profile_still_refuses_violations_in_hand_written_plans() -> None:
    """Plans for hand-written notes are served plans too; their floor is not a production one."""
    result = check_gate({**GOOD, "hand_hard_violations_after": 51.0}, SMOKE, planner=PLANNER)
    assert not result.passed and result.failures == ("hand_hard_violations_after=51 > 0",)
    assert check_gate({**GOOD, "hand_hard_violations_after": 0.0}, SMOKE, planner=PLANNER).passed
