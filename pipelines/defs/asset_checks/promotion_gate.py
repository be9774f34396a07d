"""The promotion gate: a blocking check, so a failing candidate is never registered or promoted."""

import dagster as dg
from mlflow.exceptions import MlflowException
from pydantic import Field

from evaluation.gate import GateThresholds, check_gate
from evaluation.registry import CHAMPION, MODEL_NAME, version_metrics
from pipelines.defs.assets.evaluation import EvalRecord
from pipelines.defs.assets.lora_adapter import candidates
from pipelines.defs.resources.mlflow import MlflowTracking
from pipelines.defs.resources.registry import registry_client


class PromotionGateConfig(dg.Config):
    """Thresholds of the gate (see `evaluation.gate.GateThresholds`)."""

    max_hard_violations_after: float = Field(default=0.0, description="in served plans")
    min_schema_valid_rate: float = Field(default=1.0, description="share of drafts that parse")
    max_kcal_error_p95: float = Field(default=0.03, description="p95 relative kcal error")
    abs_tolerance: float = Field(default=0.01, description="slack against the champion")
    rel_tolerance: float = Field(default=0.05, description="slack as a share of the champion")


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
        "and no gated metric worse than @champion beyond the tolerance."
    ),
)
def promotion_gate(
    config: PromotionGateConfig, mlflow: MlflowTracking, candidate_eval: EvalRecord
) -> dg.AssetCheckResult:
    thresholds = GateThresholds(**config.model_dump())
    champion_version, champion = _champion_metrics(mlflow)
    result = check_gate(candidate_eval.metrics, thresholds, champion)
    return dg.AssetCheckResult(
        passed=result.passed,
        severity=dg.AssetCheckSeverity.ERROR,
        metadata={
            "failures": dg.MetadataValue.json(list(result.failures)),
            "champion_version": str(champion_version),
            **{
                k: dg.MetadataValue.float(candidate_eval.metrics[k])
                for k in ("schema_valid_rate", "hard_violations_after", "kcal_error_p95")
            },
        },
    )
