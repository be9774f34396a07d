"""What every LoRA recipe shares once its trainer is built: train, save, cleanup, MLflow.

A recipe (`lora_sft`, `lora_dpo`) subclasses `LoraRecipe` and writes only `setup`: how it loads
the model and builds its trl trainer. Saving is the same for all, so the merge, ONNX export and
evaluation load any candidate's adapter alike.
"""

from __future__ import annotations

import gc
import logging
from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch
from datasets import Dataset, DatasetDict
from peft import PeftModel
from transformers import (
    EarlyStoppingCallback,
    PreTrainedTokenizerBase,
    Trainer,
    TrainerCallback,
)

from training.callbacks import MlflowMetricsCallback, ProgressLogCallback
from training.config import RecipeConfig, TrainSettings
from training.config_io import dump_config
from training.data import dataset_hash, drop_over_length, take
from training.tracking import RunTracker, start_run

ADAPTER_DIR = "adapter"
CHECKPOINT_DIR = "checkpoints"
RECIPE_FILE = "recipe.yaml"


@dataclass(frozen=True)
class RunResult:
    """What a finished run produced, for the Dagster asset to record."""

    adapter_dir: Path
    metrics: dict[str, float]
    mlflow_run_id: str
    dataset_hash: str


def _mixed_precision(train: TrainSettings) -> tuple[bool, bool]:
    """(bf16, fp16) flags; `auto` asks for bf16 only where the GPU supports it."""
    if train.precision == "auto":
        return torch.cuda.is_available() and torch.cuda.is_bf16_supported(), False
    return train.precision == "bf16", train.precision == "fp16"


def common_arguments(config: RecipeConfig, *, progress_bar: bool = False) -> dict[str, Any]:
    """Trainer arguments every recipe shares, for its trl config class.

    Args:
        config: the recipe config.
        progress_bar: show the trainer's tqdm bar (for the CLI; off under Dagster).

    Returns:
        Keyword arguments: checkpoints under `<output_dir>/checkpoints`, evaluation and
        checkpointing every `train.eval_steps`, best model by validation loss restored at the end.
    """
    train = config.train
    bf16, fp16 = _mixed_precision(train)
    return {
        "output_dir": str(config.output_dir / CHECKPOINT_DIR),
        "seed": train.seed,
        "data_seed": train.seed,
        "max_steps": train.max_steps or -1,
        "num_train_epochs": train.epochs,
        "per_device_train_batch_size": train.batch_size,
        "per_device_eval_batch_size": train.eval_batch_size,
        "gradient_accumulation_steps": train.grad_accum,
        "learning_rate": train.learning_rate,
        "lr_scheduler_type": train.lr_scheduler,
        "warmup_steps": train.warmup_steps,
        "weight_decay": train.weight_decay,
        "eval_strategy": "steps",
        "eval_steps": train.eval_steps,
        "save_strategy": "steps",
        "save_steps": train.eval_steps,
        "save_total_limit": train.save_total_limit,
        "load_best_model_at_end": True,
        "metric_for_best_model": "eval_loss",
        "greater_is_better": False,
        "logging_steps": train.logging_steps,
        "include_num_input_tokens_seen": "non_padding",
        "bf16": bf16,
        "fp16": fp16,
        "activation_checkpointing": train.activation_checkpointing,
        "max_length": config.data.max_length,
        "report_to": "none",
        "dataloader_pin_memory": torch.cuda.is_available(),
        "disable_tqdm": not progress_bar,
    }


def flatten_params(tree: dict[str, object], prefix: str = "") -> dict[str, object]:
    """Nested config sections as dotted MLflow params (`lora.r`, `model.source.kind`)."""
    flat: dict[str, object] = {}
    for key, value in tree.items():
        if isinstance(value, dict):
            flat.update(flatten_params(value, f"{prefix}{key}."))
        else:
            flat[f"{prefix}{key}"] = value
    return flat


class LoraRecipe(ABC):
    """One fine-tuning run; call `setup`, `train`, `save`, then always `cleanup`."""

    def __init__(
        self,
        config: RecipeConfig,
        *,
        logger: logging.Logger | None = None,
        progress_bar: bool = False,
    ) -> None:
        self.config = config
        self.logger = logger or logging.getLogger(type(self).__module__)
        self.progress_bar = progress_bar
        self._trainer: Trainer | None = None
        self.tokenizer: PreTrainedTokenizerBase | None = None
        self._tracker: RunTracker | None = None
        self.dataset_hash = ""

    @abstractmethod
    def setup(self, dataset: DatasetDict) -> None:
        """Check the data, load the model, open the MLflow run (`open_run`), build the trainer."""

    def open_run(
        self,
        dataset: DatasetDict,
        tokenizer: PreTrainedTokenizerBase,
        completions: Sequence[str],
    ) -> dict[str, Dataset]:
        """Open the MLflow run with the config as params, and cut the splits to size.

        Args:
            dataset: `train` and `validation` splits, already checked.
            tokenizer: the candidate's tokenizer, with its chat template.
            completions: the columns appended to the prompt (see `drop_over_length`).

        Returns:
            The splits without rows over `data.max_length`, limited to `data.max_*_samples`.

        Raises:
            ValueError: every row of a split is over `data.max_length`.
        """
        data = self.config.data
        self.tokenizer = tokenizer
        self.dataset_hash = dataset_hash(dataset)
        self._tracker = start_run(
            self.config.tracking, self.config.name, {"dataset_hash": self.dataset_hash}
        )
        self.tracker.log_params(flatten_params(self.config.model_dump(mode="json")))
        splits = {}
        for split, limit in (
            ("train", data.max_train_samples),
            ("validation", data.max_val_samples),
        ):
            kept, dropped = drop_over_length(
                dataset[split], tokenizer, data.max_length, completions
            )
            if len(kept) == 0:
                raise ValueError(
                    f"every {split} row is longer than `data.max_length` ({data.max_length}) "
                    "tokens: raise `data.max_length`"
                )
            self.logger.info(f"{split}: dropped {dropped} rows over {data.max_length} tokens")
            self.tracker.log_params({f"data.dropped_over_length.{split}": dropped})
            splits[split] = take(kept, limit)
        return splits

    def callbacks(self) -> list[TrainerCallback]:
        """Early stopping on validation loss, progress lines, metrics to MLflow."""
        train = self.config.train
        return [
            EarlyStoppingCallback(
                early_stopping_patience=train.early_stopping_patience,
                early_stopping_threshold=train.early_stopping_threshold,
            ),
            ProgressLogCallback(self.logger),
            MlflowMetricsCallback(self.tracker),
        ]

    def train(self) -> dict[str, float]:
        """Train (resuming if configured), then evaluate the restored best adapter.

        Returns:
            Training metrics (`train_loss`, `train_tokens_per_second`...) and the final `eval_*`.
        """
        trainer = self.trainer
        resume = self.config.train.resume_from_checkpoint
        output = trainer.train(
            resume_from_checkpoint=str(resume) if isinstance(resume, Path) else resume or None
        )
        speed = [log for log in trainer.state.log_history if "train_tokens_per_second" in log]
        metrics = {k: float(v) for k, v in output.metrics.items()}
        metrics["global_step"] = float(trainer.state.global_step)
        if speed:
            metrics["train_tokens_per_second"] = float(speed[-1]["train_tokens_per_second"])
        metrics.update({k: float(v) for k, v in trainer.evaluate().items()})
        self.tracker.log_metrics(
            {f"final_{k}": v for k, v in metrics.items()}, trainer.state.global_step
        )
        return metrics

    def save(self) -> Path:
        """Save adapter, tokenizer (with chat template) and config; log them to MLflow.

        Returns:
            The adapter directory.
        """
        model = self.trainer.model
        if not isinstance(model, PeftModel) or self.tokenizer is None:
            raise RuntimeError("setup() did not produce a LoRA model and tokenizer")
        adapter_dir = self.config.output_dir / ADAPTER_DIR
        # Only the trained adapter: DPO also holds a frozen `ref` copy of its starting point.
        model.save_pretrained(str(adapter_dir), selected_adapters=["default"])
        self.tokenizer.save_pretrained(adapter_dir)
        dump_config(self.config, adapter_dir / RECIPE_FILE)
        self.tracker.log_artifacts(adapter_dir, ADAPTER_DIR)
        return adapter_dir

    def cleanup(self, *, succeeded: bool) -> None:
        """Close the MLflow run and free the model (matters between Dagster partitions)."""
        if self._tracker is not None:
            self._tracker.end(succeeded=succeeded)
        self._trainer = None
        self.tokenizer = None
        gc.collect()
        if torch.cuda.is_available():
            torch.cuda.empty_cache()

    @property
    def tracker(self) -> RunTracker:
        """The MLflow run opened by `setup`."""
        if self._tracker is None:
            raise RuntimeError("call setup() first: no MLflow run yet")
        return self._tracker

    @property
    def trainer(self) -> Trainer:
        """The trl trainer built by `setup` (its `train_dataset` is the tokenised split)."""
        if self._trainer is None:
            raise RuntimeError("call setup() first: no trainer yet")
        return self._trainer


def run_recipe(recipe: LoraRecipe, dataset: DatasetDict) -> RunResult:
    """Run a recipe's whole lifecycle, closing its MLflow run as FAILED on an error.

    Returns:
        The adapter directory, final metrics, MLflow run id and the dataset's content hash.
    """
    succeeded = False
    try:
        recipe.setup(dataset)
        metrics = recipe.train()
        adapter_dir = recipe.save()
        succeeded = True
    finally:
        recipe.cleanup(succeeded=succeeded)
    return RunResult(adapter_dir, metrics, recipe.tracker.run_id, recipe.dataset_hash)
