"""LoRA supervised fine-tuning of one candidate: setup, train, save, cleanup.

Loss falls on the completion (the assistant's plan draft) only, via trl's prompt/completion
format. The adapter is saved with the tokenizer and its chat template, plus the resolved config
that `training.merge` reads to rebuild the same base.

    python -m training.recipes.lora_sft --config training/configs/tiny/lora_sft.yaml lora.r=8
"""

from __future__ import annotations

import argparse
import json
import logging
from dataclasses import asdict
from pathlib import Path

from datasets import DatasetDict
from peft import LoraConfig
from trl.trainer.sft_config import SFTConfig
from trl.trainer.sft_trainer import SFTTrainer

from training.config import LoraSettings, RecipeConfig
from training.config_io import load_config
from training.data import check_sft_dataset, load_sft_dataset
from training.models import load_base
from training.recipes.lifecycle import LoraRecipe, RunResult, common_arguments, run_recipe


def lora_config(settings: LoraSettings) -> LoraConfig:
    """The peft adapter config for the `lora` section."""
    return LoraConfig(
        r=settings.r,
        lora_alpha=settings.alpha,
        lora_dropout=settings.dropout,
        target_modules=settings.target_modules,
        task_type="CAUSAL_LM",
    )


def training_arguments(config: RecipeConfig, *, progress_bar: bool = False) -> SFTConfig:
    """Map a recipe config onto trl's `SFTConfig` (no model or data needed).

    Args:
        config: the recipe config.
        progress_bar: show the trainer's tqdm bar (for the CLI; off under Dagster).

    Returns:
        The shared arguments (`lifecycle.common_arguments`), loss on the completion only.
    """
    return SFTConfig(
        **common_arguments(config, progress_bar=progress_bar),
        completion_only_loss=True,
        packing=False,
    )


class LoraSftRecipe(LoraRecipe):
    """One fine-tuning run; call `setup`, `train`, `save`, then always `cleanup`."""

    def setup(self, dataset: DatasetDict) -> None:
        """Check the data, load the base, wrap it with LoRA and open the MLflow run."""
        check_sft_dataset(dataset)
        if self.config.dpo is not None:
            raise ValueError("`dpo` is set: train this config with `training.recipes.lora_dpo`")
        model, tokenizer = load_base(self.config.model)
        splits = self.open_run(dataset, tokenizer, ("completion",))
        self._trainer = SFTTrainer(
            model=model,
            args=training_arguments(self.config, progress_bar=self.progress_bar),
            train_dataset=splits["train"],
            eval_dataset=splits["validation"],
            processing_class=tokenizer,
            peft_config=lora_config(self.config.lora),
            callbacks=self.callbacks(),
        )


def run_lora_sft(
    config: RecipeConfig,
    dataset: DatasetDict,
    *,
    logger: logging.Logger | None = None,
    progress_bar: bool = False,
) -> RunResult:
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
    return run_recipe(recipe, dataset)


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
