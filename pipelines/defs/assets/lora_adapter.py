"""One LoRA adapter per candidate, each a partition: SFT, or DPO on top of an SFT partition.

A `lora_dpo` partition starts from the adapter its SFT parent partition (`registry.sft_parent`)
recorded: the parent's latest materialisation is read from the Dagster instance, and refused
unless it was trained on the same `sft_dataset` artefact and profile. Dagster cannot declare that
dependency between partitions of one asset, so `scripts/pipeline.sh` trains candidates parents
first (`registry.in_training_order`) and the DPO partition names its parent run in its metadata.

The recipes (torch, transformers, trl) are imported in the asset body, so loading the definitions
does not pay for them.
"""

from collections.abc import Mapping

import dagster as dg
from pydantic import Field

from pipelines.defs.resources.artifacts import ArtifactStore
from pipelines.defs.resources.mlflow import MlflowTracking
from pipelines.defs.resources.training import TrainingSettings
from pipelines.lineage import AdapterRecord, StaleArtifact
from training.registry import DPO, candidate_method, in_training_order, list_candidates, profiles
from training.registry import sft_parent as parent_of
from training.sft_data.store import SftDatasetArtifact, load_splits

ASSET_KEY = dg.AssetKey("lora_adapter")
candidates = dg.StaticPartitionsDefinition(
    in_training_order({name for profile in profiles() for name in list_candidates(profile)})
)


class LoraAdapterConfig(dg.Config):
    """Per-run tweaks of the candidate's recipe config."""

    overrides: list[str] = Field(
        default_factory=list,
        description="dotted recipe overrides, e.g. `train.max_steps=20` or `lora.r=8`",
    )


def sft_parent_adapter(
    instance: dg.DagsterInstance, candidate: str, sft_dataset: SftDatasetArtifact, profile: str
) -> Mapping[str, dg.MetadataValue]:
    """The metadata of the latest materialisation of a DPO candidate's SFT parent partition.

    Raises:
        StaleArtifact: the parent was never materialised, or on another dataset or profile.
    """
    parent = parent_of(candidate)
    records = instance.fetch_materializations(
        dg.AssetRecordsFilter(asset_key=ASSET_KEY, asset_partitions=[parent]), limit=1
    ).records
    materialization = records[0].asset_materialization if records else None
    if materialization is None:
        raise StaleArtifact(
            f"`lora_adapter` partition {parent!r} first: {candidate} starts from it"
        )
    metadata = materialization.metadata
    trained_on = (metadata["dataset_hash"].value, metadata["profile"].value)
    if trained_on != (sft_dataset.content_hash, profile):
        raise StaleArtifact(
            f"the adapter of {parent} was trained on dataset {trained_on[0]} with profile "
            f"{trained_on[1]}, not on {sft_dataset.content_hash} with {profile}: "
            f"re-materialise `lora_adapter` partition {parent!r} first"
        )
    return metadata


@dg.asset(
    partitions_def=candidates,
    group_name="training",
    kinds={"pytorch", "mlflow"},
    description=(
        "LoRA SFT of one candidate (partition) on the exact `sft_dataset` artefact, or for a "
        "`lora_dpo` candidate DPO of its SFT partition's adapter on the dataset's best-vs-worst "
        "planner drafts; the adapter, tokenizer and config go to the artefact store and MLflow."
    ),
)
def lora_adapter(
    context: dg.AssetExecutionContext,
    config: LoraAdapterConfig,
    training: TrainingSettings,
    mlflow: MlflowTracking,
    artifact_store: ArtifactStore,
    sft_dataset: SftDatasetArtifact,
) -> AdapterRecord:
    from training.dpo_data import preference_splits
    from training.recipes.lora_dpo import run_lora_dpo
    from training.recipes.lora_sft import run_lora_sft

    candidate = context.partition_key
    dataset = load_splits(sft_dataset)
    output_dir = artifact_store.folder("lora_adapter", candidate, sft_dataset.content_hash[:16])
    overrides = [f"output_dir={output_dir}", *mlflow.recipe_overrides()]
    lineage: dict[str, str] = {}
    if candidate_method(candidate) == DPO:
        parent = sft_parent_adapter(context.instance, candidate, sft_dataset, training.profile)
        lineage = {
            "sft_parent.adapter_dir": str(parent["adapter_dir"].value),
            "sft_parent.mlflow_run_id": str(parent["mlflow_run_id"].value),
        }
        overrides.append(f"dpo.sft_adapter={lineage['sft_parent.adapter_dir']}")
        recipe = training.recipe_config(candidate, [*overrides, *config.overrides])
        result = run_lora_dpo(recipe, preference_splits(dataset), logger=context.log)
    else:
        recipe = training.recipe_config(candidate, [*overrides, *config.overrides])
        result = run_lora_sft(recipe, dataset, logger=context.log)
    mlflow.tag_run(
        result.mlflow_run_id, {"sft_dataset.content_hash": sft_dataset.content_hash, **lineage}
    )
    record = AdapterRecord(
        candidate=candidate,
        profile=training.profile,
        adapter_dir=str(result.adapter_dir),
        mlflow_run_id=result.mlflow_run_id,
        dataset_hash=sft_dataset.content_hash,
        metrics=result.metrics,
    )
    context.add_output_metadata(
        {
            "adapter_dir": dg.MetadataValue.path(record.adapter_dir),
            "mlflow_run_id": record.mlflow_run_id,
            "dataset_hash": record.dataset_hash,
            "profile": record.profile,
            **lineage,
            **{name: dg.MetadataValue.float(value) for name, value in result.metrics.items()},
        }
    )
    return record
