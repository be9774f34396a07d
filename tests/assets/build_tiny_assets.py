"""Rebuild the committed tiny fixtures: a prompt/completion SFT set and a ChatML tokenizer.

Run from the project root: `.venv/bin/python tests/assets/build_tiny_assets.py`. The output is
deterministic, so a rebuild only changes the files when this script changes.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
from transformers import PreTrainedTokenizerFast

ASSETS = Path(__file__).resolve().parent
SYSTEM = "You are NexFitra. Reply with a plan draft as JSON."
SPECIAL_TOKENS = ["<|endoftext|>", "<|im_start|>", "<|im_end|>"]
# SmolLM2-135M-Instruct's own template, so the tiny model formats conversations like the real one.
CHATML_TEMPLATE = (
    "{% for message in messages %}{% if loop.first and messages[0]['role'] != 'system' %}"
    "{{ '<|im_start|>system\nYou are a helpful AI assistant named SmolLM, trained by Hugging Face"
    "<|im_end|>\n' }}{% endif %}{{'<|im_start|>' + message['role'] + '\n' + message['content'] + "
    "'<|im_end|>' + '\n'}}{% endfor %}{% if add_generation_prompt %}"
    "{{ '<|im_start|>assistant\n' }}{% endif %}"
)
GOALS = ["lose_fat", "maintain", "gain_muscle"]
SPLITS = ["full_body", "upper_lower", "push_pull_legs"]
FOODS = ["oats", "greek yogurt", "lentils", "rice", "chicken breast", "tofu", "banana", "spinach"]
EXERCISES = ["squat", "push-up", "plank", "lunge", "row", "deadlift", "bench press", "pull-up"]


def _row(rng: random.Random) -> dict[str, object]:
    goal = rng.choice(GOALS)
    days = rng.randint(2, 4)
    user = f"Goal: {goal}. Days per week: {days}. Notes: {rng.choice(FOODS)} is a favourite."
    draft = {
        "split": rng.choice(SPLITS),
        "days": [{"exercises": rng.sample(EXERCISES, 2)} for _ in range(days)],
        "meals": {"breakfast": rng.sample(FOODS, 2), "dinner": rng.sample(FOODS, 2)},
    }
    return {
        "prompt": [{"role": "system", "content": SYSTEM}, {"role": "user", "content": user}],
        "completion": [{"role": "assistant", "content": json.dumps(draft)}],
    }


def build_dataset(out_dir: Path) -> list[str]:
    """Write train/validation JSONL files and return every text in them (the tokenizer corpus)."""
    rng = random.Random(0)
    out_dir.mkdir(parents=True, exist_ok=True)
    corpus: list[str] = []
    for split, size in (("train", 24), ("validation", 6)):
        rows = [_row(rng) for _ in range(size)]
        lines = [json.dumps(row) for row in rows]
        (out_dir / f"{split}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        corpus.extend(lines)
    return corpus


def build_tokenizer(corpus: list[str], out_dir: Path) -> None:
    """Train a 512-token byte-level BPE with ChatML specials and save it with the chat template."""
    tokenizer = Tokenizer(models.BPE())
    tokenizer.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tokenizer.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=512,
        special_tokens=SPECIAL_TOKENS,
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        show_progress=False,
    )
    tokenizer.train_from_iterator(corpus, trainer=trainer)
    fast = PreTrainedTokenizerFast(  # type: ignore[no-untyped-call]
        tokenizer_object=tokenizer,
        bos_token="<|im_start|>",
        eos_token="<|im_end|>",
        pad_token="<|im_end|>",
        unk_token="<|endoftext|>",
    )
    fast.chat_template = CHATML_TEMPLATE
    fast.save_pretrained(out_dir)


def main() -> None:
    corpus = build_dataset(ASSETS / "tiny_sft")
    build_tokenizer(corpus, ASSETS / "tiny_tokenizer")
    print(f"wrote {ASSETS / 'tiny_sft'} and {ASSETS / 'tiny_tokenizer'}")


if __name__ == "__main__":
    main()
