"""DPO of an SFT candidate's adapter on preference pairs: setup, train, save, cleanup.

The policy is the SFT parent's adapter, trained further; the reference is a frozen copy of that
same adapter, which trl's `DPOTrainer` adds as a `ref` adapter when given a trainable `PeftModel`
without a `ref_model`. So the reference is exactly the SFT policy, with one base model in memory,
and the result is again one LoRA adapter on the untouched base: merged, exported and evaluated
like any SFT candidate, next to the same zero-shot base. (Merging the SFT adapter and training
a second LoRA on top would give an adapter whose base is the SFT model, which the merge, the
export and the base-model baseline do not know.) The adapter's shape is therefore the parent's:
the config's `model` and `lora` must equal those the parent was trained with.

    python -m training.recipes.lora_dpo --config training/configs/tiny/lora_dpo.yaml dpo.beta=0.2
"""

from __future__ import annotations

import argparse
import json
import logging
from dataclasses import asdict
from pathlib import Path

from datasets import DatasetDict
from peft import PeftModel
from trl.trainer.dpo_config import DPOConfig
from trl.trainer.dpo_trainer import DPOTrainer

from training.config import DpoSettings, RecipeConfig
from training.config_io import ConfigError, load_config
from training.data import check_conversations, load_sft_dataset
from training.dpo_data import PREFERENCE_ROLES, preference_splits
from training.models import load_base
from training.recipes.lifecycle import (
    RECIPE_FILE,
    LoraRecipe,
    RunResult,
    common_arguments,
    run_recipe,
)


def dpo_settings(config: RecipeConfig) -> DpoSettings:
    """The config's `dpo` section, which this recipe cannot run without.

    Raises:
        ConfigError: the section is missing.
    """
    if config.dpo is None:
        raise ConfigError("`dpo` is required: set `dpo.sft_adapter` to the SFT parent's adapter")
    return config.dpo


def training_arguments(config: RecipeConfig, *, progress_bar: bool = False) -> DPOConfig:
    """Map a recipe config with a `dpo` section onto trl's `DPOConfig`.

    Returns:
        The shared arguments (`lifecycle.common_arguments`) plus beta and the loss.
    """
    dpo = dpo_settings(config)
    return DPOConfig(
        **common_arguments(config, progress_bar=progress_bar),
        beta=dpo.beta,
        loss_type=[dpo.loss_type],
        label_smoothing=dpo.label_smoothing,
    )


def check_parent(config: RecipeConfig) -> RecipeConfig:
    """Check the SFT parent's adapter is one this config can continue.

    Returns:
        The parent's saved recipe config.

    Raises:
        FileNotFoundError: `dpo.sft_adapter` holds no adapter saved by a recipe.
        ConfigError: `model` or `lora` differs from the parent's.
    """
    recipe_file = dpo_settings(config).sft_adapter / RECIPE_FILE
    if not recipe_file.is_file():
        raise FileNotFoundError(
            f"`dpo.sft_adapter`: no {RECIPE_FILE} at {recipe_file}; train the SFT parent first"
        )
    parent = load_config(recipe_file)
    for section in ("model", "lora"):
        if getattr(parent, section) != getattr(config, section):
            raise ConfigError(
                f"`{section}` must equal the SFT parent's ({recipe_file}), whose adapter DPO "
                f"continues: got {getattr(config, section)!r}, parent has "
                f"{getattr(parent, section)!r}"
            )
    return parent


class LoraDpoRecipe(LoraRecipe):
    """One preference run from an SFT adapter; call `setup`, `train`, `save`, then `cleanup`."""

    def setup(self, dataset: DatasetDict) -> None:
        """Check data and parent, load base + SFT adapter (trainable), open the MLflow run."""
        check_conversations(dataset, PREFERENCE_ROLES)
        parent = check_parent(self.config)
        base, tokenizer = load_base(self.config.model)
        sft_adapter = dpo_settings(self.config).sft_adapter
        model = PeftModel.from_pretrained(base, str(sft_adapter), is_trainable=True)
        splits = self.open_run(dataset, tokenizer, ("chosen", "rejected"))
        self.tracker.log_params({"dpo.parent": parent.name})
        self._trainer = DPOTrainer(
            model=model,
            args=training_arguments(self.config, progress_bar=self.progress_bar),
            train_dataset=splits["train"],
            eval_dataset=splits["validation"],
            processing_class=tokenizer,
            callbacks=self.callbacks(),
        )


def run_lora_dpo(
    config: RecipeConfig,
    dataset: DatasetDict,
    *,
    logger: logging.Logger | None = None,
    progress_bar: bool = False,
) -> RunResult:
    """Run the whole lifecycle for one DPO candidate.

    Args:
        config: the candidate's recipe config, with its `dpo` section.
        dataset: `train` and `validation` splits of conversational prompt/chosen/rejected rows
            (`training.dpo_data.preference_splits`).
        logger: receives one progress line per log step (e.g. Dagster's `context.log`).
        progress_bar: show a tqdm bar.

    Returns:
        The adapter directory, final metrics (`eval_rewards/accuracies`...), MLflow run id and
        the preference dataset's content hash.
    """
    recipe = LoraDpoRecipe(config, logger=logger, progress_bar=progress_bar)
    return run_recipe(recipe, dataset)


def main(argv: list[str] | None = None) -> None:
    """CLI: DPO the adapter at `dpo.sft_adapter` on the pairs of the SFT dataset at `data.path`."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--config", type=Path, required=True, help="recipe YAML file")
    parser.add_argument("overrides", nargs="*", help="dotted overrides, e.g. dpo.beta=0.2")
    args = parser.parse_args(argv)
    config = load_config(args.config, args.overrides)
    if config.data.path is None:
        parser.error("`data.path` must name the SFT dataset directory on the command line")
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    pairs = preference_splits(load_sft_dataset(config.data.path))
    result = run_lora_dpo(config, pairs, progress_bar=True)
    print(json.dumps(asdict(result), default=str, indent=2))  # noqa: T201


if __name__ == "__main__":
    main()
