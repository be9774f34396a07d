"""LoRA supervised fine-tuning of one candidate: setup, train, save, cleanup.

Loss falls on the completion (the assistant's plan draft) only, via trl's prompt/completion
format. The adapter is saved with the tokenizer and its chat template, plus the resolved config
that `training.merge` reads to rebuild the same base.

    python -m training.recipes.lora_sft --config training/configs/tiny/lora_sft.yaml lora.r=8
"""

from __future__ import annotations

import argparse
import gc
import json
import logging
from dataclasses import asdict, dataclass
from pathlib import Path

import torch
from datasets import DatasetDict
from peft import LoraConfig, PeftModel
from transformers import EarlyStoppingCallback, PreTrainedTokenizerBase
from trl.trainer.sft_config import SFTConfig
from trl.trainer.sft_trainer import SFTTrainer

from training.callbacks import MlflowMetricsCallback, ProgressLogCallback
from training.config import LoraSettings, RecipeConfig, TrainSettings
from training.config_io import dump_config, load_config
from training.data import (
    check_sft_dataset,
    dataset_hash,
    drop_over_length,
    load_sft_dataset,
    take,
)
from training.models import load_base
from training.tracking import RunTracker, start_run

ADAPTER_DIR = "adapter"
CHECKPOINT_DIR = "checkpoints"
RECIPE_FILE = "recipe.yaml"


@dataclass(frozen=True)
class SftResult:
    """What a finished run produced, for the Dagster asset to record."""

    adapter_dir: Path
    metrics: dict[str, float]
    mlflow_run_id: str
    dataset_hash: str


def lora_config(settings: LoraSettings) -> LoraConfig:
    """The peft adapter config for the `lora` section."""
    return LoraConfig(
        r=settings.r,
        lora_alpha=settings.alpha,
        lora_dropout=settings.dropout,
        target_modules=settings.target_modules,
        task_type="CAUSAL_LM",
    )


def _mixed_precision(train: TrainSettings) -> tuple[bool, bool]:
    """(bf16, fp16) flags; `auto` asks for bf16 only where the GPU supports it."""
    if train.precision == "auto":
        return torch.cuda.is_available() and torch.cuda.is_bf16_supported(), False
    return train.precision == "bf16", train.precision == "fp16"


def training_arguments(config: RecipeConfig, *, progress_bar: bool = False) -> SFTConfig:
    """Map a recipe config onto trl's `SFTConfig` (no model or data needed).

    Args:
        config: the recipe config.
        progress_bar: show the trainer's tqdm bar (for the CLI; off under Dagster).

    Returns:
        The trainer arguments: checkpoints under `<output_dir>/checkpoints`, evaluation and
        checkpointing every `train.eval_steps`, best model by validation loss restored at the end.
    """
    train = config.train
    bf16, fp16 = _mixed_precision(train)
    return SFTConfig(
        output_dir=str(config.output_dir / CHECKPOINT_DIR),
        seed=train.seed,
        data_seed=train.seed,
        max_steps=train.max_steps or -1,
        num_train_epochs=train.epochs,
        per_device_train_batch_size=train.batch_size,
        per_device_eval_batch_size=train.eval_batch_size,
        gradient_accumulation_steps=train.grad_accum,
        learning_rate=train.learning_rate,
        lr_scheduler_type=train.lr_scheduler,
        warmup_steps=train.warmup_steps,
        weight_decay=train.weight_decay,
        eval_strategy="steps",
        eval_steps=train.eval_steps,
        save_strategy="steps",
        save_steps=train.eval_steps,
        save_total_limit=train.save_total_limit,
        load_best_model_at_end=True,
        metric_for_best_model="eval_loss",
        greater_is_better=False,
        logging_steps=train.logging_steps,
        include_num_input_tokens_seen="non_padding",
        bf16=bf16,
        fp16=fp16,
        activation_checkpointing=train.activation_checkpointing,
        max_length=config.data.max_length,
        completion_only_loss=True,
        packing=False,
        report_to="none",
        dataloader_pin_memory=torch.cuda.is_available(),
        disable_tqdm=not progress_bar,
    )


class LoraSftRecipe:
    """One fine-tuning run; call `setup`, `train`, `save`, then always `cleanup`."""

    def __init__(
        self,
        config: RecipeConfig,
        *,
        logger: logging.Logger | None = None,
        progress_bar: bool = False,
    ) -> None:
        self.config = config
        self.logger = logger or logging.getLogger(__name__)
        self.progress_bar = progress_bar
        self._trainer: SFTTrainer | None = None
        self.tokenizer: PreTrainedTokenizerBase | None = None
        self._tracker: RunTracker | None = None
        self.dataset_hash = ""

    def setup(self, dataset: DatasetDict) -> None:
        """Check the data, load the base, wrap it with LoRA and open the MLflow run."""
        check_sft_dataset(dataset)
        self.dataset_hash = dataset_hash(dataset)
        data = self.config.data
        model, tokenizer = load_base(self.config.model)
        self.tokenizer = tokenizer
        self._tracker = start_run(
            self.config.tracking, self.config.name, {"dataset_hash": self.dataset_hash}
        )
        self.tracker.log_params(_flatten(self.config.model_dump(mode="json")))
        splits = {}
        for split, limit in (
            ("train", data.max_train_samples),
            ("validation", data.max_val_samples),
        ):
            kept, dropped = drop_over_length(dataset[split], tokenizer, data.max_length)
            if len(kept) == 0:
                raise ValueError(
                    f"every {split} row is longer than `data.max_length` ({data.max_length}) "
                    "tokens: raise `data.max_length`"
                )
            self.logger.info(f"{split}: dropped {dropped} rows over {data.max_length} tokens")
            self.tracker.log_params({f"data.dropped_over_length.{split}": dropped})
            splits[split] = take(kept, limit)
        self._trainer = SFTTrainer(
            model=model,
            args=training_arguments(self.config, progress_bar=self.progress_bar),
            train_dataset=splits["train"],
            eval_dataset=splits["validation"],
            processing_class=self.tokenizer,
            peft_config=lora_config(self.config.lora),
            callbacks=[
                EarlyStoppingCallback(
                    early_stopping_patience=self.config.train.early_stopping_patience,
                    early_stopping_threshold=self.config.train.early_stopping_threshold,
                ),
                ProgressLogCallback(self.logger),
                MlflowMetricsCallback(self.tracker),
            ],
        )

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
        model.save_pretrained(str(adapter_dir))
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
    def trainer(self) -> SFTTrainer:
        """The trl trainer built by `setup` (its `train_dataset` is the tokenised split)."""
        if self._trainer is None:
            raise RuntimeError("call setup() first: no trainer yet")
        return self._trainer


def run_lora_sft(
    config: RecipeConfig,
    dataset: DatasetDict,
    *,
    logger: logging.Logger | None = None,
    progress_bar: bool = False,
) -> SftResult:
    """Run the whole lifecycle for one candidate.

    Args:
        config: the candidate's recipe config.
        dataset: `train` and `validation` splits in trl's conversational prompt/completion format.
        logger: receives one progress line per log step (e.g. Dagster's `context.log`).
        progress_bar: show a tqdm bar.

    Returns:
        The adapter directory, final metrics, MLflow run id and the dataset's content hash.
    """
    recipe = LoraSftRecipe(config, logger=logger, progress_bar=progress_bar)
    succeeded = False
    try:
        recipe.setup(dataset)
        metrics = recipe.train()
        adapter_dir = recipe.save()
        succeeded = True
    finally:
        recipe.cleanup(succeeded=succeeded)
    return SftResult(adapter_dir, metrics, recipe.tracker.run_id, recipe.dataset_hash)


def _flatten(tree: dict[str, object], prefix: str = "") -> dict[str, object]:
    flat: dict[str, object] = {}
    for key, value in tree.items():
        if isinstance(value, dict):
            flat.update(_flatten(value, f"{prefix}{key}."))
        else:
            flat[f"{prefix}{key}"] = value
    return flat


def main(argv: list[str] | None = None) -> None:
    """CLI: train the candidate a config names, on the dataset at `data.path`."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--config", type=Path, required=True, help="recipe YAML file")
    parser.add_argument("overrides", nargs="*", help="dotted overrides, e.g. lora.r=8")
    args = parser.parse_args(argv)
    config = load_config(args.config, args.overrides)
    if config.data.path is None:
        parser.error("`data.path` must name the dataset directory on the command line")
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    result = run_lora_sft(config, load_sft_dataset(config.data.path), progress_bar=True)
    print(json.dumps(asdict(result), default=str, indent=2))  # noqa: T201


if __name__ == "__main__":
    main()
