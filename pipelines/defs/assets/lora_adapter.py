"""One LoRA adapter per candidate base model, each a partition that (re)trains on its own.

The recipe (torch, transformers, trl) is imported in the asset body, so loading the definitions
does not pay for it.
"""

import dagster as dg
from pydantic import Field

from pipelines.defs.resources.artifacts import ArtifactStore
from pipelines.defs.resources.mlflow import MlflowTracking
from pipelines.defs.resources.training import TrainingSettings
from pipelines.lineage import AdapterRecord
from training.registry import list_candidates, profiles
from training.sft_data.store import SftDatasetArtifact, load_splits

candidates = dg.StaticPartitionsDefinition(
    sorted({name for profile in profiles() for name in list_candidates(profile)})
)


class LoraAdapterConfig(dg.Config):
    """Per-run tweaks of the candidate's recipe config."""

    overrides: list[str] = Field(
        default_factory=list,
        description="dotted recipe overrides, e.g. `train.max_steps=20` or `lora.r=8`",
    )


@dg.asset(
    partitions_def=candidates,
    group_name="training",
    kinds={"pytorch", "mlflow"},
    description=(
        "LoRA SFT of one candidate (partition) on the exact `sft_dataset` artefact; the adapter, "
        "tokenizer and config go to the artefact store and MLflow."
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
    from training.recipes.lora_sft import run_lora_sft

    candidate = context.partition_key
    dataset = load_splits(sft_dataset)
    output_dir = artifact_store.folder("lora_adapter", candidate, sft_dataset.content_hash[:16])
    recipe = training.recipe_config(
        candidate, [f"output_dir={output_dir}", *mlflow.recipe_overrides(), *config.overrides]
    )
    result = run_lora_sft(recipe, dataset, logger=context.log)
    mlflow.tag_run(result.mlflow_run_id, {"sft_dataset.content_hash": sft_dataset.content_hash})
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
            **{name: dg.MetadataValue.float(value) for name, value in result.metrics.items()},
        }
    )
    return record
