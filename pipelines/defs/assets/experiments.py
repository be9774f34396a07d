"""The live A/B experiment, read from the product API: the report, and preference pairs for DPO.

matplotlib and MLflow load in the report's body only, so loading the definitions does not pay
for them.
"""

from collections import Counter

import dagster as dg
from pydantic import Field

from domain.experiments import ReportSettings, build_report
from domain.prompt import PROMPT_FORMAT_VERSION
from pipelines.defs.resources.artifacts import ArtifactStore
from pipelines.defs.resources.mlflow import MlflowTracking
from pipelines.defs.resources.product_api import ProductApi
from pipelines.defs.resources.registry import registry_client
from pipelines.metadata import inline_png
from training.preferences import pairs_from_feedback
from training.sft_data.store import DatasetArtifact, save_splits

GROUP = "experiments"
PREFERENCE_SPLITS = ("train",)


class AbReportConfig(dg.Config):
    """Which experiment, and how to test it (see `domain.experiments.ReportSettings`)."""

    experiment: str = Field(
        default="planner-ab", description="experiment key: serving's SERVING_EXPERIMENT"
    )
    primary: str = Field(default="adherence", description="the metric the decision rests on")
    alpha: float = Field(default=0.05, description="two-sided level of every interval")
    sequential_tuning: float = Field(
        default=5000.0, description="users (both arms) where the always-valid interval is tightest"
    )


@dg.asset(
    group_name=GROUP,
    kinds={"mlflow", "matplotlib"},
    description=(
        "A/B report of the live experiment from the product API's per-user export: sample-ratio "
        "check, lifts with fixed and always-valid intervals, chance to win, recommendation; HTML "
        "and plots in MLflow."
    ),
)
def ab_report(
    config: AbReportConfig,
    product_api: ProductApi,
    artifact_store: ArtifactStore,
    mlflow: MlflowTracking,
) -> dg.MaterializeResult[None]:
    from evaluation.ab_report import (
        log_ab_report,
        metrics_table,
        recommendation_line,
        write_ab_report,
    )

    export = product_api.experiment_units(config.experiment)
    settings = ReportSettings(
        primary=config.primary, alpha=config.alpha, sequential_tuning=config.sequential_tuning
    )
    report = build_report(export, settings)
    stamp = f"{export.exported_at:%Y%m%dT%H%M%S}"
    files = write_ab_report(report, artifact_store.folder("ab_report", config.experiment, stamp))
    run_id = log_ab_report(
        registry_client(mlflow), files, report, artifact_root=mlflow.local_artifact_root
    )
    return dg.MaterializeResult(
        metadata={
            "recommendation": str(report.recommendation.action),
            "reason": recommendation_line(report),
            "report": dg.MetadataValue.md(metrics_table(report)),
            "lift_plot": inline_png("lift", files.lift_plot),
            "chance_to_win_plot": inline_png("chance to win", files.chance_plot),
            "sample_ratio_plot": inline_png("sample ratio", files.ratio_plot),
            "sample_ratio_mismatch": report.sample_ratio.mismatch,
            "srm_p_value": dg.MetadataValue.float(report.sample_ratio.p_value),
            "users": dg.MetadataValue.json(
                {str(v): n for v, n in report.sample_ratio.users.items()}
            ),
            "exported_at": export.exported_at.isoformat(),
            "html": dg.MetadataValue.path(str(files.html)),
            "mlflow_run_id": run_id,
        }
    )


class PreferencePairsConfig(dg.Config):
    max_per_rejected: int = Field(default=4, gt=0, description="chosen drafts per rejected one")


@dg.asset(
    group_name=GROUP,
    kinds={"huggingface"},
    description=(
        "Chosen/rejected plan drafts from users' stars and thumbs (`training.preferences`), "
        "in trl's conversational format for DPOTrainer, saved with `datasets` under their "
        "content hash."
    ),
)
def preference_pairs(
    context: dg.AssetExecutionContext,
    config: PreferencePairsConfig,
    product_api: ProductApi,
    artifact_store: ArtifactStore,
) -> DatasetArtifact:
    records = product_api.feedback()
    rows, skipped = pairs_from_feedback(records, max_per_rejected=config.max_per_rejected)
    if not rows:
        raise dg.Failure(
            description=f"no preference pairs in {len(records)} feedback records yet: a pair "
            "needs a 4-5 star and a 1-2 star draft of the same request shape, or a thumbs-down "
            "and a clean draft without that item"
        )
    artifact = save_splits(
        {"train": rows},
        root=artifact_store.folder("preference_pairs"),
        prompt_format_version=PROMPT_FORMAT_VERSION,
        names=PREFERENCE_SPLITS,
    )
    context.add_output_metadata(
        {
            "pairs": len(rows),
            "pairs_by_rule": dg.MetadataValue.json(dict(Counter(str(r["rule"]) for r in rows))),
            "feedback_records": len(records),
            "skipped_records": skipped,
            "content_hash": artifact.content_hash,
            "path": dg.MetadataValue.path(artifact.path),
            "prompt_format_version": artifact.prompt_format_version,
        }
    )
    return artifact
