"""The SFT dataset: synthetic profiles with notes, as reading examples (the constraints the notes
state) and plan examples (the best of several reference-planner drafts by plan quality, with the
worst kept for preference pairs)."""

from collections import Counter

import dagster as dg
from pydantic import Field

from domain.plan.soft_preferences import SoftPreferences
from domain.prompt import PROMPT_FORMAT_VERSION
from pipelines.defs.resources.artifacts import ArtifactStore
from pipelines.defs.resources.catalog_source import CatalogSource
from pipelines.lineage import CatalogRecord, verify_catalog
from training.sft_data.examples import DatasetSpec, build_splits
from training.sft_data.store import SftDatasetArtifact, save_splits


class SftDatasetConfig(dg.Config):
    """Size, seed and split of the generated dataset."""

    profiles: int = Field(default=2000, description="synthetic profiles planned into plan rows")
    reading_profiles: int = Field(
        default=4000,
        ge=0,
        description="further profiles written into reading rows only (cheap: no planning)",
    )
    test_profiles: int = Field(
        default=0,
        ge=0,
        description="further profiles planned into test rows only: more held-out forms to "
        "evaluate on, the same training rows",
    )
    target_candidates: int = Field(
        default=4, ge=1, description="planner solutions per plan row; the best is the target"
    )
    seed: int = Field(default=0, description="seed of profiles, notes, phrasings and splits")
    validation_fraction: float = Field(default=0.1, description="share of profiles in validation")
    test_fraction: float = Field(default=0.1, description="share in test (held-out phrasings)")
    phrasing_test_fraction: float = Field(
        default=0.3, description="share of each constraint's phrasings held out for test notes"
    )


@dg.asset(
    group_name="data",
    kinds={"huggingface"},
    description=(
        "Chat-format SFT examples (train / validation / test) saved with `datasets` under a "
        "content-addressed folder; the test split's notes use held-out phrasings."
    ),
)
def sft_dataset(
    context: dg.AssetExecutionContext,
    config: SftDatasetConfig,
    catalog_source: CatalogSource,
    artifact_store: ArtifactStore,
    food_catalog: CatalogRecord,
    exercise_catalog: CatalogRecord,
) -> SftDatasetArtifact:
    catalog = catalog_source.load()
    verify_catalog(catalog, [food_catalog, exercise_catalog])
    spec = DatasetSpec(
        profiles=config.profiles,
        seed=config.seed,
        validation_fraction=config.validation_fraction,
        test_fraction=config.test_fraction,
        phrasing_test_fraction=config.phrasing_test_fraction,
        reading_profiles=config.reading_profiles,
        test_profiles=config.test_profiles,
        target_candidates=config.target_candidates,
    )
    built = build_splits(catalog, spec)
    artifact = save_splits(
        built.rows,
        root=artifact_store.folder("sft_dataset"),
        prompt_format_version=PROMPT_FORMAT_VERSION,
    )
    context.log.info(
        f"saved {artifact.rows} rows to {artifact.path} ({built.infeasible} infeasible)"
    )
    plan_rows = [row for rows in built.rows.values() for row in rows if row["task"] == "plan"]
    context.add_output_metadata(
        {
            "content_hash": artifact.content_hash,
            "path": dg.MetadataValue.path(artifact.path),
            "infeasible_profiles": built.infeasible,
            "prompt_format_version": artifact.prompt_format_version,
            "catalog_hashes": dg.MetadataValue.json(
                {record.part: record.content_hash for record in (food_catalog, exercise_catalog)}
            ),
            **{f"rows_{split}": count for split, count in artifact.rows.items()},
            "rows_by_task": dg.MetadataValue.json(
                {
                    split: dict(Counter(row["task"] for row in rows))
                    for split, rows in built.rows.items()
                }
            ),
            "plan_rows_with_wishes": sum(
                SoftPreferences.model_validate_json(row["soft_preferences"]).count > 0
                for row in plan_rows
            ),
            "preference_pairs": sum(bool(row["rejected_completion"]) for row in plan_rows),
        }
    )
    return artifact
