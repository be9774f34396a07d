"""No DPO run on a malformed pair: the check blocks anything downstream of `preference_pairs`."""

import dagster as dg

from training.preferences import invalid_pairs
from training.sft_data.store import DatasetArtifact, load_splits

SAMPLE = 10


@dg.asset_check(
    asset="preference_pairs",
    blocking=True,
    description=(
        "Every prompt ends with a non-blank user turn, chosen differs from rejected, and both "
        "are one assistant turn holding a plan draft (blocking)."
    ),
)
def pairs_well_formed(preference_pairs: DatasetArtifact) -> dg.AssetCheckResult:
    problems = invalid_pairs(load_splits(preference_pairs)["train"].to_list())
    return dg.AssetCheckResult(
        passed=not problems,
        metadata={
            "problems": len(problems),
            "rows": preference_pairs.rows["train"],
            "sample": problems[:SAMPLE],
        },
    )
