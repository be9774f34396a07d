"""Training throughput of the LoRA SFT recipe against a plain torch loop, measured in one run.

Both sides train the same base with the same LoRA shape on the same tokenised rows (the recipe's
own prepared split), same batch size, accumulation and step count; only non-padding tokens count.
The recipe's clock stops at its last optimiser step, before the end-of-training evaluation and
checkpoint, so both sides time pure training. Ratio > 1 means the recipe is faster.

    .venv/bin/python bench/bench_training.py            # real SmolLM2-135M, 8 steps
    .venv/bin/python bench/bench_training.py --tiny     # the 2-layer test model, seconds
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path
from typing import Any

import torch
from datasets import Dataset, DatasetDict
from peft import PeftModel, get_peft_model
from torch.nn.utils.rnn import pad_sequence
from transformers import TrainerCallback, TrainerControl, TrainerState, TrainingArguments

from training.config import PROJECT_ROOT, RecipeConfig
from training.config_io import load_config
from training.data import load_sft_dataset
from training.recipes.lora_sft import LoraSftRecipe, lora_config
from training.registry import CONFIG_DIR, list_candidates


def _config(args: argparse.Namespace, work: Path) -> RecipeConfig:
    tiny = CONFIG_DIR / "tiny" / "lora_sft.yaml"
    path = tiny if args.tiny else list_candidates("quick")[args.candidate]
    return load_config(
        path,
        [
            f"output_dir={work / 'run'}",
            f"tracking.tracking_uri=sqlite:///{work / 'mlflow.db'}",
            f"tracking.artifact_root={work / 'artifacts'}",
            f"train.max_steps={args.steps}",
            f"train.batch_size={args.batch_size}",
            f"train.grad_accum={args.grad_accum}",
            f"train.eval_steps={args.steps}",
            f"train.logging_steps={args.steps}",
            f"data.max_length={args.max_length}",
            "data.max_train_samples=null",
            "train.precision=fp32",
        ],
    )


class _TrainingClock(TrainerCallback):
    """Times from the first step to the last optimiser step, and the tokens seen by then."""

    def __init__(self) -> None:
        self.start = self.stop = 0.0
        self.tokens = 0

    def on_train_begin(
        self, args: TrainingArguments, state: TrainerState, control: TrainerControl, **kw: Any
    ) -> None:
        self.start = time.perf_counter()

    def on_step_end(
        self, args: TrainingArguments, state: TrainerState, control: TrainerControl, **kw: Any
    ) -> None:
        self.stop = time.perf_counter()
        self.tokens = int(state.num_input_tokens_seen)


def _dataset(path: Path, rows_needed: int) -> DatasetDict:
    dataset = load_sft_dataset(path)
    train = dataset["train"]
    repeats = -(-rows_needed // len(train))  # ceil: enough rows that neither side runs dry
    return DatasetDict(
        train=Dataset.from_list(train.to_list() * repeats), validation=dataset["validation"]
    )


def _manual_loop(
    model: torch.nn.Module, rows: list[dict[str, Any]], config: RecipeConfig, pad_id: int
) -> tuple[int, float]:
    """AdamW over the rows in order, batch by batch; returns (non-padding tokens, seconds)."""
    train = config.train
    params = [p for p in model.parameters() if p.requires_grad]
    optimizer = torch.optim.AdamW(params, lr=train.learning_rate, weight_decay=train.weight_decay)
    model.train()
    tokens, start = 0, time.perf_counter()
    for step in range(train.max_steps or 0):
        for micro in range(train.grad_accum):
            offset = (step * train.grad_accum + micro) * train.batch_size
            batch = rows[offset : offset + train.batch_size]
            ids = [torch.tensor(r["input_ids"]) for r in batch]
            labels = [torch.tensor(r["labels"]) for r in batch]
            input_ids = pad_sequence(ids, batch_first=True, padding_value=pad_id)
            mask = pad_sequence([torch.ones_like(i) for i in ids], batch_first=True)
            target = pad_sequence(labels, batch_first=True, padding_value=-100)
            loss = model(input_ids=input_ids, attention_mask=mask, labels=target).loss
            (loss / train.grad_accum).backward()
            tokens += int(mask.sum())
        torch.nn.utils.clip_grad_norm_(params, 1.0)
        optimizer.step()
        optimizer.zero_grad()
    return tokens, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tiny", action="store_true", help="use the 2-layer test model")
    parser.add_argument("--candidate", default="smollm2_135m-lora_sft")
    parser.add_argument("--dataset", type=Path, default=PROJECT_ROOT / "tests/assets/tiny_sft")
    parser.add_argument("--steps", type=int, default=8)
    parser.add_argument("--batch-size", type=int, default=4)
    parser.add_argument("--grad-accum", type=int, default=1)
    parser.add_argument("--max-length", type=int, default=256)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        config = _config(args, Path(tmp))
        dataset = _dataset(args.dataset, args.steps * args.batch_size * args.grad_accum)
        recipe = LoraSftRecipe(config)
        recipe.setup(dataset)
        trainer = recipe.trainer
        clock = _TrainingClock()
        trainer.add_callback(clock)
        trainer.train()
        recipe_seconds, recipe_tokens = clock.stop - clock.start, clock.tokens
        prepared = trainer.train_dataset
        assert isinstance(prepared, Dataset)
        rows = prepared.select_columns(["input_ids", "labels"]).to_list()
        trained = trainer.model
        recipe.cleanup(succeeded=True)

    assert isinstance(trained, PeftModel)
    torch.manual_seed(config.train.seed)
    model = get_peft_model(trained.unload(), lora_config(config.lora))  # same base, fresh LoRA
    pad_id = model.config.pad_token_id or 0
    manual_tokens, manual_seconds = _manual_loop(model, rows, config, pad_id)

    recipe_rate = recipe_tokens / recipe_seconds
    manual_rate = manual_tokens / manual_seconds
    print(f"model: {config.name}, {args.steps} steps of {args.batch_size}x{args.grad_accum}")
    print(f"recipe (trl SFTTrainer): {recipe_tokens} tokens in {recipe_seconds:.1f} s")
    print(f"  = {recipe_rate:.1f} training tokens/s")
    print(f"plain torch loop:        {manual_tokens} tokens in {manual_seconds:.1f} s")
    print(f"  = {manual_rate:.1f} training tokens/s")
    print(f"ratio recipe/plain: {recipe_rate / manual_rate:.2f}")


if __name__ == "__main__":
    main()
