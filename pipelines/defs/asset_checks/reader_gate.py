"""The reader gate: a blocking check, so a notes reader that reads worse is never registered.

As the planner's `promotion_gate`: the reading floor on the hand-written notes blocks readers
trained on a production profile and only warns (kept in the metadata) on a smoke profile, and a
regression against the current `@champion` reader always blocks.
"""

import dagster as dg

from evaluation.gate import check_reader_gate
from evaluation.registry import champion_reader_metrics
from evaluation.specs import READING_SPECS
from pipelines.defs.asset_checks.promotion_gate import (
    ReadingGateConfig,
    gate_check_result,
    profile_thresholds,
)
from pipelines.defs.assets.reader import ReaderEvalRecord
from pipelines.defs.resources.mlflow import MlflowTracking
from pipelines.defs.resources.registry import registry_client


@dg.asset_check(
    asset="notes_reader_eval",
    blocking=True,
    description=(
        "Hand-written notes read exactly and safely (production profiles; a warning on smoke "
        "profiles), and no reading metric worse than the @champion reader's beyond the tolerance."
    ),
)
def reader_gate(
    context: dg.AssetCheckExecutionContext,
    config: ReadingGateConfig,
    mlflow: MlflowTracking,
    notes_reader_eval: ReaderEvalRecord,
) -> dg.AssetCheckResult:
    profile = notes_reader_eval.reader.profile
    thresholds = profile_thresholds(config, profile)
    champion = champion_reader_metrics(registry_client(mlflow))
    champion_version, champion_metrics = champion or (None, None)
    metrics = notes_reader_eval.metrics
    result = check_reader_gate(metrics, thresholds, champion_metrics)
    shown = [spec.name for spec in READING_SPECS]
    return gate_check_result(
        context,
        f"notes reader ({profile} profile)",
        result,
        thresholds,
        champion_version,
        {k: metrics[k] for k in shown},
        {
            f"champion_{k}": dg.MetadataValue.float(champion_metrics[k])
            for k in shown
            if champion_metrics is not None and k in champion_metrics
        },
    )
