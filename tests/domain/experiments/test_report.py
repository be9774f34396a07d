"""The report on simulated exports: split check, verdicts, the recommendation rule, the JSON."""

from __future__ import annotations

import pytest

from domain.api.serving import Variant
from domain.experiments import (
    Action,
    ExperimentReport,
    ReportSettings,
    Role,
    Verdict,
    build_report,
)
from tests.utils.experiments import Arm, Population, simulate_export

CHAMPION, CHALLENGER, REFERENCE = Variant.champion, Variant.challenger, Variant.reference


def _report(
    champion: Arm, challenger: Arm, seed: int = 0, **population: object
) -> ExperimentReport:
    arms = {CHAMPION: champion, CHALLENGER: challenger}
    return build_report(simulate_export(Population(arms=arms, **population), seed))  # type: ignore[arg-type]


def test_broken_split_is_flagged_first_and_blocks_any_decision() -> None:
    report = _report(Arm(1100), Arm(900, adherence_lift=0.2, version="2"))
    assert report.sample_ratio.mismatch
    assert report.sample_ratio.p_value < 0.001
    assert report.sample_ratio.users == {CHAMPION: 1100, CHALLENGER: 900}
    assert report.warnings[0].startswith("sample ratio mismatch")
    assert report.metric("adherence").verdict is Verdict.better  # a lift, but not to be trusted
    assert report.recommendation.action is Action.keep_collecting
    assert "sample ratio mismatch" in report.recommendation.reason


def test_a_split_that_fits_its_weights_is_not_flagged() -> None:
    report = _report(Arm(1000), Arm(1030))
    assert not report.sample_ratio.mismatch
    assert report.warnings == []


def test_clear_winner_is_promoted() -> None:
    report = _report(Arm(2000), Arm(2000, adherence_lift=0.15, version="2"))
    primary = report.metric("adherence")
    assert primary.role is Role.primary
    assert primary.verdict is Verdict.better
    assert primary.sequential_ci is not None and primary.sequential_ci[0] > 0
    assert primary.chance_to_win is not None and primary.chance_to_win > 0.99
    assert primary.cuped_theta > 0
    assert report.recommendation.action is Action.promote
    summary = {variant.variant: variant for variant in report.variants}
    assert summary[CHALLENGER].model_versions == ["2"]
    assert summary[CHAMPION].values["adherence"] == primary.control


def test_clear_loser_keeps_the_champion() -> None:
    report = _report(Arm(2000), Arm(2000, adherence_lift=-0.15))
    assert report.metric("adherence").verdict is Verdict.worse
    assert report.recommendation.action is Action.keep_champion


@pytest.mark.parametrize(
    ("challenger", "guardrail"),
    [
        (Arm(2000, adherence_lift=0.15, fallback_rate=0.2), "fallback_rate"),
        (Arm(2000, adherence_lift=0.15, latency_scale=1.5), "latency_p95"),
        (Arm(2000, adherence_lift=0.15, rating_shift=-0.5), "mean_rating"),
    ],
)
def test_a_worse_guardrail_keeps_the_champion_despite_a_better_primary(
    challenger: Arm, guardrail: str
) -> None:
    report = _report(Arm(2000), challenger)
    assert report.metric("adherence").verdict is Verdict.better
    assert report.metric(guardrail).verdict is Verdict.worse
    assert report.recommendation.action is Action.keep_champion
    assert guardrail in report.recommendation.reason


def test_an_open_question_says_how_many_users_would_settle_it() -> None:
    report = _report(Arm(300), Arm(300, adherence_lift=0.03))
    recommendation = report.recommendation
    assert report.metric("adherence").verdict is Verdict.inconclusive
    assert recommendation.action is Action.keep_collecting
    assert recommendation.users_needed is not None and recommendation.users_needed > 600
    assert recommendation.additional_users == recommendation.users_needed - 600


def test_cuped_needs_a_pre_period_and_narrows_the_interval() -> None:
    champion, challenger = Arm(1000), Arm(1000, adherence_lift=0.05)
    with_pre = _report(champion, challenger, seed=3).metric("adherence")
    without = _report(champion, challenger, seed=3, pre_period=False).metric("adherence")
    assert without.cuped_theta == 0
    assert with_pre.cuped_theta > 0
    assert with_pre.control == without.control  # the unadjusted value is shown either way
    assert with_pre.std_error is not None and without.std_error is not None
    assert with_pre.std_error < 0.8 * without.std_error


def test_lower_is_better_metrics_win_by_going_down() -> None:
    report = _report(Arm(2000, fallback_rate=0.2), Arm(2000, fallback_rate=0.02))
    fallback = report.metric("fallback_rate")
    assert fallback.lift is not None and fallback.lift < 0
    assert fallback.verdict is Verdict.better
    assert fallback.chance_to_win is not None and fallback.chance_to_win > 0.99


def test_three_way_split_checks_every_variant_and_compares_the_challenger() -> None:
    population = Population(
        arms={CHAMPION: Arm(600), CHALLENGER: Arm(300), REFERENCE: Arm(300, version=None)},
        weights={CHAMPION: 0.5, CHALLENGER: 0.25, REFERENCE: 0.25},
    )
    report = build_report(simulate_export(population, seed=1))
    assert [summary.variant for summary in report.variants] == [CHAMPION, CHALLENGER, REFERENCE]
    assert not report.sample_ratio.mismatch
    assert report.metric("adherence").users == 900
    assert report.variants[2].model_versions == []


def test_report_round_trips_through_json() -> None:
    report = _report(Arm(200), Arm(200))
    assert ExperimentReport.model_validate_json(report.model_dump_json()) == report
    with pytest.raises(KeyError, match="no metric 'revenue'"):
        report.metric("revenue")


def test_metrics_without_data_say_why() -> None:
    report = _report(Arm(1), Arm(1))
    latency = report.metric("latency_p95")
    assert latency.lift is None and latency.note is not None and "zero variance" in latency.note
    assert report.recommendation.action is Action.keep_collecting


def test_units_outside_the_split_and_missing_arms_are_refused() -> None:
    arms = {CHAMPION: Arm(5), CHALLENGER: Arm(5), REFERENCE: Arm(5)}
    with pytest.raises(ValueError, match="unit reference-0 is in reference, outside the split"):
        build_report(simulate_export(Population(arms=arms), seed=0))
    export = simulate_export(Population(arms={CHAMPION: Arm(5), CHALLENGER: Arm(5)}), seed=0)
    with pytest.raises(ValueError, match="must be two variants"):
        build_report(export, ReportSettings(treatment=CHAMPION))


def test_settings_refuse_unknown_metrics() -> None:
    with pytest.raises(ValueError, match="unknown metrics"):
        ReportSettings(primary="revenue")
    with pytest.raises(ValueError, match="cannot also be a guardrail"):
        ReportSettings(primary="mean_rating")
