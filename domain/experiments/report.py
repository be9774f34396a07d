"""Build the A/B report from the product API's per-user export."""

from __future__ import annotations

from collections.abc import Sequence

from domain.api.experiments import ExperimentUnits, UnitMetrics
from domain.api.serving import Variant
from domain.experiments.decision import recommend
from domain.experiments.inference import (
    NotEstimable,
    bayesian,
    fixed_horizon,
    relative_lift,
    sequential,
)
from domain.experiments.metrics import (
    METRICS,
    QuantileMetric,
    SumsMetric,
    arm_statistic,
    compared_statistics,
)
from domain.experiments.models import (
    ExperimentReport,
    MetricResult,
    ReportSettings,
    Role,
    SampleRatio,
    VariantSummary,
    Verdict,
)
from domain.experiments.srm import srm_p_value
from domain.experiments.statistics import ArmStatistic


def _value(statistic: ArmStatistic) -> float | None:
    return statistic.unadjusted_mean if statistic.n else None


def _role(name: str, settings: ReportSettings) -> Role:
    if name == settings.primary:
        return Role.primary
    return Role.guardrail if name in settings.guardrails else Role.secondary


def compare(
    metric: SumsMetric | QuantileMetric,
    control: Sequence[UnitMetrics],
    treatment: Sequence[UnitMetrics],
    settings: ReportSettings,
) -> MetricResult:
    """Treatment against control on one metric: lift, intervals, chance to win, verdict."""
    a, b, theta = compared_statistics(metric, control, treatment)
    base = MetricResult(
        metric=metric.name,
        description=metric.description,
        role=_role(metric.name, settings),
        higher_is_better=metric.higher_is_better,
        control=_value(a),
        treatment=_value(b),
        users=a.n + b.n,
        cuped_theta=theta,
    )
    try:
        lift = relative_lift(a, b)
    except NotEstimable as reason:
        return base.model_copy(update={"note": str(reason)})
    fixed = fixed_horizon(lift, settings.alpha)
    always = sequential(lift, settings.alpha, settings.sequential_tuning)
    posterior = bayesian(lift, settings.alpha, lower_is_better=not metric.higher_is_better)
    sign = 1 if metric.higher_is_better else -1
    verdict = Verdict.inconclusive
    if always.low > 0 or always.high < 0:
        verdict = Verdict.better if sign * lift.point > 0 else Verdict.worse
    return base.model_copy(
        update={
            "lift": lift.point,
            "std_error": lift.std_error,
            "ci": (fixed.low, fixed.high),
            "p_value": fixed.p_value,
            "sequential_ci": (always.low, always.high),
            "sequential_p_value": always.p_value,
            "chance_to_win": posterior.chance_to_win,
            "risk": posterior.risk_treatment,
            "verdict": verdict,
        }
    )


def _summary(variant: Variant, units: Sequence[UnitMetrics]) -> VariantSummary:
    versions = sorted({unit.model_version for unit in units if unit.model_version is not None})
    return VariantSummary(
        variant=variant,
        model_versions=versions,
        users=len(units),
        plans=sum(unit.plans for unit in units),
        values={metric.name: _value(arm_statistic(metric, units)) for metric in METRICS},
    )


def build_report(
    export: ExperimentUnits, settings: ReportSettings | None = None
) -> ExperimentReport:
    """The full report of one experiment's export.

    Args:
        export: Every unit of the experiment, its control and intended split.
        settings: Tests and decision rule; the defaults when None.

    Returns:
        The report, its recommendation included.

    Raises:
        ValueError: If the control or treatment is not in the split, or units belong to a
            variant outside it.
    """
    settings = settings or ReportSettings()
    variants = list(export.weights)
    missing = {export.control, settings.treatment} - set(variants)
    if missing or export.control == settings.treatment:
        raise ValueError(
            f"control {export.control} and treatment {settings.treatment} must be two variants "
            f"of the split ({', '.join(variants)})"
        )
    by_variant: dict[Variant, list[UnitMetrics]] = {variant: [] for variant in variants}
    for unit in export.units:
        if unit.variant not in by_variant:
            raise ValueError(
                f"unit {unit.unit} is in {unit.variant}, outside the split ({', '.join(variants)})"
            )
        by_variant[unit.variant].append(unit)
    users = {variant: len(units) for variant, units in by_variant.items()}
    p_value = srm_p_value(list(users.values()), list(export.weights.values()))
    sample_ratio = SampleRatio(
        users=users,
        weights=export.weights,
        p_value=p_value,
        mismatch=p_value < settings.srm_threshold,
    )
    warnings = []
    if sample_ratio.mismatch:
        observed = ", ".join(f"{variant} {count}" for variant, count in users.items())
        intended = ", ".join(f"{variant} {weight:g}" for variant, weight in export.weights.items())
        warnings.append(
            f"sample ratio mismatch: users {observed} against weights {intended} "
            f"(p = {p_value:.2g} < {settings.srm_threshold}); results are not trustworthy"
        )
    control, treatment = by_variant[export.control], by_variant[settings.treatment]
    results = [compare(metric, control, treatment, settings) for metric in METRICS]
    return ExperimentReport(
        experiment=export.experiment,
        exported_at=export.exported_at,
        control=export.control,
        treatment=settings.treatment,
        settings=settings,
        sample_ratio=sample_ratio,
        warnings=warnings,
        variants=[_summary(variant, units) for variant, units in by_variant.items()],
        metrics=results,
        recommendation=recommend(sample_ratio, results, settings),
    )
