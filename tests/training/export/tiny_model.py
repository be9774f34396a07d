"""Tiny random models on disk: a Llama (training's own loader) and a sliding-window Gemma 3."""

from __future__ import annotations

from pathlib import Path

import torch
from transformers import AutoTokenizer, Gemma3ForCausalLM, Gemma3TextConfig

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


def save_tiny_gemma3(out_dir: Path, *, sliding_window: int) -> Path:
    """Save a 2-layer Gemma 3 whose first layer attends within `sliding_window` tokens.

    onnxruntime-genai builds Gemma 3 with a sliding-window KV cache, which Llama lacks.
    """
    tokenizer = AutoTokenizer.from_pretrained(TOKENIZER_DIR)
    config = Gemma3TextConfig(
        vocab_size=len(tokenizer),
        hidden_size=64,
        intermediate_size=128,
        num_hidden_layers=2,
        num_attention_heads=2,
        num_key_value_heads=1,
        head_dim=32,
        sliding_window=sliding_window,
        layer_types=["sliding_attention", "full_attention"],
        max_position_embeddings=4 * sliding_window,
        bos_token_id=tokenizer.bos_token_id,
        eos_token_id=tokenizer.eos_token_id,
        pad_token_id=tokenizer.pad_token_id,
    )
    with torch.random.fork_rng():
        torch.manual_seed(0)
        Gemma3ForCausalLM(config).save_pretrained(out_dir)
    tokenizer.save_pretrained(out_dir)
    return out_dir
