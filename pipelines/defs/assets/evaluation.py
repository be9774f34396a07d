"""Evaluation of each trained candidate, the cross-candidate comparison, and registration.

`candidate_eval` exports the exact adapter its `lora_adapter` partition recorded (merge + ONNX
build), then runs it next to its base model zero-shot and the reference planner on the held-out
test split, and has both models read the hand-written notes of `evaluation.handwritten`. The
blocking `promotion_gate` check decides whether `registered_version` may run.

torch, transformers and matplotlib are imported in the bodies that use them, so loading the
definitions (UI, daemon, every run's worker) does not pay for them.
"""

import hashlib
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

import dagster as dg

# Dagster exports no public way to read a partitioned check's latest execution.
from dagster._core.event_api import PartitionKeyFilter
from dagster._core.storage.asset_check_execution_record import AssetCheckExecutionRecordStatus
from pydantic import BaseModel, ConfigDict, Field

from domain.plan.reading_head import REGISTERED_READER
from evaluation.examples import examples_from_rows, reading_examples_from_rows
from evaluation.handwritten import NOTES_FILE, load_hand_notes
from evaluation.handwritten.plans import hand_plan_examples
from evaluation.harness import breakdown_path, evaluate_candidate, read_results
from evaluation.proposers import PLANNERS, REFERENCE
from evaluation.registry import (
    CandidateArtefacts,
    CandidateCard,
    download_champion_reader,
    promote_if_best,
)
from evaluation.registry import register_candidate as register
from pipelines.defs.assets.lora_adapter import candidates
from pipelines.defs.resources.artifacts import ArtifactStore
from pipelines.defs.resources.catalog_source import CatalogSource
from pipelines.defs.resources.mlflow import MlflowTracking
from pipelines.defs.resources.registry import registry_client
from pipelines.lineage import AdapterRecord, CatalogRecord, StaleArtifact, verify_catalog
from pipelines.metadata import inline_png
from serving.engine.runtimes.base import Runtime
from training.config_io import load_config
from training.export.onnx import Precision
from training.registry import candidate_method
from training.sft_data.store import SftDatasetArtifact, load_splits

if TYPE_CHECKING:
    from serving.engine.head_reader import HeadNotesReader
    from training.export.candidate import ExportedModel

GROUP = "evaluation"
BASE = "base"


class EvalRecord(BaseModel):
    """One candidate's evaluation: its exported artefacts and every proposer's aggregates."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    adapter: AdapterRecord
    merged_dir: str
    onnx_dir: str
    onnx_precision: str | None = None
    """Weight precision of the ONNX build (None in records written before it was kept)."""
    prompt_format_version: str | None = None
    """Prompt format of the dataset the adapter was trained on (None in older records)."""
    plans_read_by: str | None = None
    """Who read the notes of the models' plans: a registered reader's version, or `each model`
    (None in older records, where each model read its own)."""
    eval_dir: str
    aggregates: dict[str, dict[str, float]]
    """Proposer (the candidate, `base`, `reference`, and `planner_as_served` where a dedicated
    reader read the plans' notes) to aggregate metrics."""

    @property
    def metrics(self) -> dict[str, float]:
        return self.aggregates[self.adapter.candidate]

    @property
    def planner(self) -> dict[str, float]:
        """The reference planner's aggregates on the same examples."""
        return self.aggregates[REFERENCE]


class RuntimeKind(StrEnum):
    onnx = "onnx"
    torch = "torch"


class OnnxPrecision(StrEnum):
    int4 = "int4"
    int8 = "int8"
    fp32 = "fp32"


class CandidateEvalConfig(dg.Config):
    """How candidates are run over the test split."""

    runtime: RuntimeKind = Field(
        default=RuntimeKind.onnx,
        description="`onnx`: the build serving uses; `torch`: the merged model",
    )
    precision: OnnxPrecision = Field(
        default=OnnxPrecision.int8,
        description="ONNX weight precision. int8 by default: on 101 held-out notes the quick "
        "SmolLM2 read 86 % exactly at int8 (fp32: 85 %) but 67 % at int4 k-quant and worse at "
        "plain int4 (see pipelines/README.md, 'ONNX precision')",
    )
    guided: bool = Field(
        default=True,
        description="decode under each request's catalog-aware JSON schema, as serving does "
        "(ONNX only)",
    )
    max_new_tokens: int = Field(
        default=2048,
        gt=0,
        description="greedy generation budget; the guided schema bounds every list, so a draft "
        "that repeats names to every bound still closes within 2048 tokens",
    )
    repetition_penalty: float = Field(
        default=1.0,
        ge=1.0,
        description="penalty on tokens already in the sequence (ONNX only; 1.0: none). It cuts "
        "repeated names but also penalises prompt tokens: at 1.2 the quick SmolLM2 read a diet "
        "into every note, since `not given` and `null` were penalised and `low_carb` was not",
    )
    max_examples: int | None = Field(
        default=12, gt=0, description="test rows (12: a few CPU minutes per candidate); None: all"
    )
    max_reading_examples: int | None = Field(
        default=200,
        gt=0,
        description="held-out notes each model reads (about 0.3 s each on CPU); None: all",
    )
    max_hand_notes: int | None = Field(
        default=None,
        gt=0,
        description="hand-written notes each model reads (evaluation/handwritten: 236 notes, "
        "309 sentences); None: all, the set the production reading floor is meant for",
    )
    max_hand_plans: int | None = Field(
        default=None,
        gt=0,
        description="hand-written notes with wishes (evaluation/handwritten/soft_notes.yaml) "
        "planned by each model on a test form, about 9 s each for the three proposers; None: all",
    )
    seed: int = Field(default=0, description="planner seed for repairs and the reference")
    registered_reader: bool = Field(
        default=True,
        description="read the notes of every model's plans with nexfitra-notes-reader@champion "
        "when one is registered, as serving does; False, or none registered: each model reads "
        "its own. The models' reading_* metrics are their own reading either way",
    )


def _runtimes(
    config: CandidateEvalConfig, candidate: str, tuned: "ExportedModel", base: "ExportedModel"
) -> tuple[Runtime, Runtime]:
    from serving.engine.runtimes.hf import TorchRuntime
    from serving.engine.runtimes.ort import OnnxRuntime

    if config.runtime is RuntimeKind.torch:
        return (
            TorchRuntime.from_dir(tuned.model_dir, name=candidate),
            TorchRuntime.from_dir(base.model_dir, name=BASE),
        )
    penalty = config.repetition_penalty
    return (
        OnnxRuntime(tuned.onnx.out_dir, name=candidate, repetition_penalty=penalty),
        OnnxRuntime(base.onnx.out_dir, name=BASE, repetition_penalty=penalty),
    )


EACH_MODEL = "each model"
"""`plans_read_by` when no dedicated reader read the plans' notes."""


def _plans_reader(
    config: CandidateEvalConfig, mlflow: MlflowTracking, dest: Path
) -> tuple["HeadNotesReader | None", str]:
    """The registered reader's `@champion`, as serving loads it, and what to call it; no reader
    and `EACH_MODEL` when the config says so or none is registered."""
    from serving.engine.head_reader import HeadNotesReader

    if not config.registered_reader:
        return None, EACH_MODEL
    found = download_champion_reader(registry_client(mlflow), dest)
    if found is None:
        return None, EACH_MODEL
    version, folder = found
    return HeadNotesReader.load(folder), f"{REGISTERED_READER} v{version}"


@dg.asset(
    partitions_def=candidates,
    group_name=GROUP,
    kinds={"onnx", "pytorch"},
    description=(
        "Merge + ONNX build of the candidate's adapter, evaluated on the held-out test split "
        "next to its base model zero-shot and the exact reference planner; both models also "
        "read the hand-written notes and plan for the hand-written notes with wishes."
    ),
)
def candidate_eval(
    context: dg.AssetExecutionContext,
    config: CandidateEvalConfig,
    catalog_source: CatalogSource,
    artifact_store: ArtifactStore,
    mlflow: MlflowTracking,
    lora_adapter: AdapterRecord,
    sft_dataset: SftDatasetArtifact,
    food_catalog: CatalogRecord,
    exercise_catalog: CatalogRecord,
) -> EvalRecord:
    from evaluation.report import comparison_table
    from evaluation.versus import versus_document
    from training.export.candidate import export_base, export_candidate

    candidate = context.partition_key
    if config.guided and config.runtime is RuntimeKind.torch:
        raise dg.Failure("guided decoding needs `runtime: onnx`; set `guided: false` for torch")
    if lora_adapter.dataset_hash != sft_dataset.content_hash:
        raise StaleArtifact(
            f"adapter of {candidate} was trained on dataset {lora_adapter.dataset_hash}, "
            f"not on {sft_dataset.content_hash}: re-materialise `lora_adapter`"
        )
    catalog = catalog_source.load()
    verify_catalog(catalog, [food_catalog, exercise_catalog])
    test_rows = load_splits(sft_dataset)["test"]
    examples = examples_from_rows(test_rows, limit=config.max_examples)
    notes = reading_examples_from_rows(test_rows, limit=config.max_reading_examples)
    hand_notes = load_hand_notes()[: config.max_hand_notes]
    hand_plans = hand_plan_examples(examples_from_rows(test_rows), catalog)[: config.max_hand_plans]
    out = artifact_store.folder("candidate_eval", candidate, Path(lora_adapter.adapter_dir).name)
    adapter_dir = Path(lora_adapter.adapter_dir)
    precision: Precision = config.precision.value
    tuned = export_candidate(adapter_dir, out / "export", precision=precision)
    base = export_base(adapter_dir, out / "export", precision=precision)
    context.log.info(f"exported {candidate}; evaluating on {len(examples)} test examples")
    tuned_runtime, base_runtime = _runtimes(config, candidate, tuned, base)
    notes_reader, plans_read_by = _plans_reader(config, mlflow, out / "reader")
    context.log.info(f"the notes of the models' plans are read by {plans_read_by}")
    report = evaluate_candidate(
        tuned_runtime,
        base_runtime,
        examples,
        catalog,
        max_new_tokens=config.max_new_tokens,
        seed=config.seed,
        out_dir=out / "results",
        guided=config.guided,
        reading_examples=notes,
        hand_notes=hand_notes,
        hand_examples=hand_plans,
        notes_reader=notes_reader,
    )
    record = EvalRecord(
        adapter=lora_adapter,
        merged_dir=str(tuned.model_dir),
        onnx_dir=str(tuned.onnx.out_dir),
        onnx_precision=tuned.onnx.precision,
        prompt_format_version=sft_dataset.prompt_format_version,
        plans_read_by=plans_read_by,
        eval_dir=str(report.out_dir),
        aggregates=report.aggregates,
    )
    context.add_output_metadata(
        {
            "comparison": dg.MetadataValue.md(comparison_table(report.aggregates)),
            "versus": dg.MetadataValue.md(versus_document(report.aggregates, {candidate: BASE})),
            "eval_dir": dg.MetadataValue.path(record.eval_dir),
            "onnx_dir": dg.MetadataValue.path(record.onnx_dir),
            "examples": len(examples),
            "reading_examples": len(notes),
            "hand_notes": len(hand_notes),
            "hand_plan_examples": len(hand_plans),
            "plans_read_by": plans_read_by,
            "hand_notes_sha256": hashlib.sha256(NOTES_FILE.read_bytes()).hexdigest(),
            "hand_reading_by_tag": dg.MetadataValue.md(
                breakdown_path(report.out_dir, candidate).read_text(encoding="utf-8")
            ),
            "decoding": dg.MetadataValue.json(
                config.model_dump(include={"runtime", "precision", "guided", "repetition_penalty"})
            ),
            **{k: dg.MetadataValue.float(v) for k, v in record.metrics.items()},
        }
    )
    return record


@dg.asset(
    group_name=GROUP,
    kinds={"mlflow", "matplotlib"},
    description=(
        "Every evaluated candidate next to the baselines: table, metric bars, latency, and "
        "fine-tune / base / planner on likes, variety and soft preferences with 95 % intervals."
    ),
    ins={"candidate_eval": dg.AssetIn(metadata={"allow_missing_partitions": True})},
)
def eval_comparison(
    artifact_store: ArtifactStore,
    mlflow: MlflowTracking,
    candidate_eval: dict[str, EvalRecord],
) -> dg.MaterializeResult[None]:
    """Compare the records of the `candidate_eval` partitions materialised so far.

    A scientist evaluating one new candidate gets the comparison of those evaluated; the others
    are named in the metadata (`not_evaluated`) rather than failing the run.
    """
    from evaluation.report import log_report, write_report
    from evaluation.versus import comparison_label

    aggregates: dict[str, dict[str, float]] = {}
    latencies: dict[str, list[float]] = {}
    hand_tags: dict[str, str] = {}
    bases = {candidate: f"{BASE}:{candidate}" for candidate in sorted(candidate_eval)}
    for candidate, record in sorted(candidate_eval.items()):
        for proposer, metrics in record.aggregates.items():
            label = comparison_label(proposer, candidate, bases[candidate])
            if label in PLANNERS and label in aggregates:
                continue  # the same planner on the same split: show it once
            aggregates[label] = metrics
            results = read_results(Path(record.eval_dir) / f"{proposer}.jsonl")
            latencies[label] = [result.latency_s for result in results]
            tags = breakdown_path(Path(record.eval_dir), proposer)
            if tags.is_file():  # models only, in records written since the hand-written notes
                hand_tags[label] = tags.read_text(encoding="utf-8")
    files = write_report(
        aggregates,
        latencies,
        artifact_store.folder("eval_comparison"),
        hand_tags=hand_tags,
        bases=bases,
    )
    run_id = log_report(
        registry_client(mlflow),
        files,
        aggregates,
        experiment="nexfitra-eval",
        artifact_root=mlflow.local_artifact_root,
    )
    return dg.MaterializeResult(
        metadata={
            "comparison": dg.MetadataValue.md(files.table.read_text(encoding="utf-8")),
            "hand_reading_tags": dg.MetadataValue.md(files.hand_tags.read_text(encoding="utf-8")),
            "versus": dg.MetadataValue.md(files.versus.read_text(encoding="utf-8")),
            "versus_plot": inline_png("fine-tune, base and planner", files.versus_plot),
            "metrics_plot": inline_png("metrics", files.metrics_plot),
            "latency_plot": inline_png("latency", files.latency_plot),
            "metrics_png": dg.MetadataValue.path(str(files.metrics_plot)),
            "latency_png": dg.MetadataValue.path(str(files.latency_plot)),
            "mlflow_run_id": run_id,
            "not_evaluated": ", ".join(
                sorted(set(candidates.get_partition_keys()) - set(candidate_eval))
            ),
        }
    )


class VersionRecord(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    candidate: str
    version: str
    alias: str | None
    """`champion`, `challenger`, or None when the current challenger ranks higher."""


GATE = dg.AssetCheckKey(dg.AssetKey("candidate_eval"), "promotion_gate")


def gate_refusal(instance: dg.DagsterInstance, candidate: str) -> str | None:
    """Why the candidate's latest evaluation may not be registered, or None when the promotion
    gate passed on it.

    A blocking check stops downstream steps only within its own run, so `registered_version`
    materialised alone would register a candidate the gate refused; it asks the gate's record.
    """
    records = instance.fetch_materializations(
        dg.AssetRecordsFilter(asset_key=GATE.asset_key, asset_partitions=[candidate]), limit=1
    ).records
    if not records:
        return f"`candidate_eval` partition {candidate!r} was never materialised"
    history = instance.event_log_storage.get_asset_check_execution_history(
        GATE, limit=1, partition_filter=PartitionKeyFilter(key=candidate)
    )
    if not history or history[0].run_id != records[0].run_id:
        return f"the promotion gate did not run with the latest evaluation of {candidate}"
    if history[0].status is not AssetCheckExecutionRecordStatus.SUCCEEDED:
        return f"the promotion gate refused the latest evaluation of {candidate}"
    return None


@dg.asset(
    partitions_def=candidates,
    group_name=GROUP,
    kinds={"mlflow"},
    description=(
        "A registry version of a candidate that passed the promotion gate, with adapter, merged "
        "model, tokenizer and ONNX build; promoted to @champion (first) or @challenger (best)."
    ),
)
def registered_version(
    context: dg.AssetExecutionContext, mlflow: MlflowTracking, candidate_eval: EvalRecord
) -> VersionRecord:
    from training.recipes.lifecycle import RECIPE_FILE

    refusal = gate_refusal(context.instance, context.partition_key)
    if refusal is not None:
        raise dg.Failure(f"not registered: {refusal}; materialise it with its promotion gate")
    adapter = candidate_eval.adapter
    base_source = load_config(Path(adapter.adapter_dir) / RECIPE_FILE).model.source
    client = registry_client(mlflow)
    version = register(
        client,
        card=CandidateCard(
            candidate=adapter.candidate,
            base_model=base_source.model_dump_json(),
            dataset_hash=adapter.dataset_hash,
            recipe=candidate_method(adapter.candidate),
            training_run_id=adapter.mlflow_run_id,
            onnx_precision=candidate_eval.onnx_precision,
            prompt_format_version=candidate_eval.prompt_format_version,
        ),
        artefacts=CandidateArtefacts(
            adapter_dir=Path(adapter.adapter_dir),
            merged_dir=Path(candidate_eval.merged_dir),
            onnx_dir=Path(candidate_eval.onnx_dir),
        ),
        metrics=candidate_eval.metrics,
        artifact_root=mlflow.local_artifact_root,
    )
    number = str(version.version)
    alias = promote_if_best(client, number)
    context.log.info(f"{adapter.candidate}: version {number}, alias {alias}")
    context.add_output_metadata({"version": number, "alias": str(alias)})
    return VersionRecord(candidate=adapter.candidate, version=number, alias=alias)
