"""A tiny random Llama saved to disk, built with training's own tiny-model loader."""

from __future__ import annotations

from pathlib import Path

import torch

from training.config import ModelSettings, TinySource
from training.models import load_base

TOKENIZER_DIR = Path(__file__).resolve().parents[2] / "assets" / "tiny_tokenizer"


def save_tiny_llama(out_dir: Path, *, seed: int = 0, init_std: float = 0.5) -> Path:
    """Save the 2-layer tiny Llama with the committed ChatML tokenizer.

    The weights are re-drawn with a wide `init_std`: at the default 0.02 greedy decoding repeats
    one token, and a parity check on a constant sequence would prove little.
    """
    settings = ModelSettings(source=TinySource(kind="tiny", tokenizer=TOKENIZER_DIR, seed=seed))
    model, tokenizer = load_base(settings)
    with torch.random.fork_rng(), torch.no_grad():
        torch.manual_seed(seed)
        for parameter in model.parameters():
            parameter.normal_(std=init_std)
    model.save_pretrained(out_dir)
    tokenizer.save_pretrained(out_dir)
    return out_dir
