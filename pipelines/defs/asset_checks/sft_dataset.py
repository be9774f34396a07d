"""Every training target must be a schema-valid plan draft before any candidate trains on it."""

import dagster as dg

from training.sft_data.store import SftDatasetArtifact, load_splits
from training.sft_data.validation import invalid_targets

SAMPLE = 10


@dg.asset_check(
    asset="sft_dataset",
    blocking=True,
    description="Each completion parses with PlanDraft (blocking: no training on broken targets).",
)
def targets_parse_as_plan_draft(sft_dataset: SftDatasetArtifact) -> dg.AssetCheckResult:
    problems = invalid_targets(load_splits(sft_dataset))
    return dg.AssetCheckResult(
        passed=not problems,
        metadata={
            "invalid": len(problems),
            "rows": sum(sft_dataset.rows.values()),
            "content_hash": sft_dataset.content_hash,
            "sample": problems[:SAMPLE],
        },
    )
