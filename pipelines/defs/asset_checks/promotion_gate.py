"""The promotion gate: a blocking check, so a failing candidate is never registered or promoted.

The production floors (the reading floor on hand-written notes, and parity with the exact
planner on the same examples) are enforced for candidates trained on a production profile; on a
smoke profile (`SMOKE_PROFILES`) a miss is logged as a warning and kept in the check's metadata,
so the quick run still registers a champion.
"""

from collections.abc import Mapping

import dagster as dg
from mlflow.exceptions import MlflowException
from pydantic import Field

from evaluation.gate import PARITY_METRICS, SOFT_GAIN, GateResult, GateThresholds, check_gate
from evaluation.registry import CHAMPION, MODEL_NAME, version_metrics
from pipelines.defs.assets.evaluation import EvalRecord
from pipelines.defs.assets.lora_adapter import candidates
from pipelines.defs.resources.mlflow import MlflowTracking
from pipelines.defs.resources.registry import registry_client
from pipelines.defs.resources.training import SMOKE_PROFILES


class ReadingGateConfig(dg.Config):
    """The reading floor and the slack against the champion, shared by the planner's
    `promotion_gate` and the notes reader's `reader_gate` (see `evaluation.gate.GateThresholds`)."""

    abs_tolerance: float = Field(default=0.01, description="slack against the champion")
    rel_tolerance: float = Field(default=0.05, description="slack as a share of the champion")
    min_hand_reading_exact_rate: float = Field(
        default=0.90, description="hand-written notes read exactly (production profiles)"
    )
    max_hand_reading_unsafe_rate: float = Field(
        default=0.02, description="hand-written notes read unsafely (production profiles)"
    )
    max_hand_reading_unsafe_upper95: float = Field(
        default=0.05, description="Wilson 95 % upper bound of that rate (production profiles)"
    )


class PromotionGateConfig(ReadingGateConfig):
    """Thresholds of the planner's gate: the plan floors on top of the reading gate's."""

    max_hard_violations_after: float = Field(default=0.0, description="in served plans")
    min_schema_valid_rate: float = Field(default=1.0, description="share of drafts that parse")
    max_kcal_error_p95: float = Field(default=0.03, description="p95 relative kcal error")


def profile_thresholds(config: ReadingGateConfig, profile: str) -> GateThresholds:
    """The configured thresholds, production floors enforced unless `profile` is a smoke one."""
    return GateThresholds(
        **config.model_dump(), enforce_production_floors=profile not in SMOKE_PROFILES
    )


def gate_check_result(
    context: dg.AssetCheckExecutionContext,
    subject: str,
    result: GateResult,
    thresholds: GateThresholds,
    champion_version: str | None,
    shown: Mapping[str, float],
    extra: Mapping[str, dg.MetadataValue],
) -> dg.AssetCheckResult:
    """A gate's verdict as a blocking check: waived floors logged as warnings, `shown` metrics
    and `extra` (what the candidate was compared with) in the metadata."""
    for warning in result.warnings:
        context.log.warning(f"{subject} {warning}")
    return dg.AssetCheckResult(
        passed=result.passed,
        severity=dg.AssetCheckSeverity.ERROR,
        metadata={
            "failures": dg.MetadataValue.json(list(result.failures)),
            "warnings": dg.MetadataValue.json(list(result.warnings)),
            "production_floors_enforced": thresholds.enforce_production_floors,
            "champion_version": str(champion_version),
            **{k: dg.MetadataValue.float(v) for k, v in shown.items()},
            **extra,
        },
    )


def _champion_metrics(mlflow: MlflowTracking) -> tuple[str | None, dict[str, float] | None]:
    client = registry_client(mlflow)
    try:
        champion = client.get_model_version_by_alias(MODEL_NAME, CHAMPION)
    except MlflowException:  # no registered model or no champion yet: nothing to regress on
        return None, None
    return str(champion.version), version_metrics(champion)


@dg.asset_check(
    asset="candidate_eval",
    partitions_def=candidates,
    blocking=True,
    description=(
        "Zero hard violations after serving's checks, every draft valid, kcal p95 within bound, "
        "hand-written notes read safely and the planner matched on likes and variety and beaten "
        "on soft preferences (production profiles; a warning on smoke profiles), and no gated "
        "metric worse than @champion beyond the tolerance."
    ),
)
def promotion_gate(
    context: dg.AssetCheckExecutionContext,
    config: PromotionGateConfig,
    mlflow: MlflowTracking,
    candidate_eval: EvalRecord,
) -> dg.AssetCheckResult:
    profile = candidate_eval.adapter.profile
    thresholds = profile_thresholds(config, profile)
    champion_version, champion = _champion_metrics(mlflow)
    metrics, planner = candidate_eval.metrics, candidate_eval.planner
    result = check_gate(metrics, thresholds, champion, planner=planner)
    shown = (*thresholds.floors(), *thresholds.reading_floor(), *PARITY_METRICS, SOFT_GAIN)
    return gate_check_result(
        context,
        f"{candidate_eval.adapter.candidate} ({profile} profile)",
        result,
        thresholds,
        champion_version,
        {k: metrics[k] for k in shown},
        {f"planner_{k}": dg.MetadataValue.float(planner[k]) for k in PARITY_METRICS},
    )
