"""Every training target must parse as its task's output before any candidate trains on it."""

import dagster as dg

from training.sft_data.store import SftDatasetArtifact, load_splits
from training.sft_data.validation import invalid_targets

SAMPLE = 10


@dg.asset_check(
    asset="sft_dataset",
    blocking=True,
    description=(
        "Each completion parses as its task's output: a PlanDraft or a NotesReading (blocking: "
        "no training on broken targets)."
    ),
)
def targets_parse(sft_dataset: SftDatasetArtifact) -> dg.AssetCheckResult:
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
