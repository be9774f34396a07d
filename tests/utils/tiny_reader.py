"""The whole reader recipe on a tiny random encoder: for the ONNX export and the CLIs."""

from __future__ import annotations

import os
from pathlib import Path

import torch
from transformers import AutoTokenizer, BertConfig, BertModel

from training.reader_head.config import ReaderHeadConfig, minilm_dir
from training.reader_head.encoder import MAX_TOKENS
from training.reader_head.recipe import train_reader

ROOT = Path(__file__).resolve().parents[2]


def tiny_encoder_dir(folder: Path) -> Path:
    """A 1-layer, 16-wide random BERT with MiniLM's tokenizer, saved to `folder / "tiny-bert"`."""
    encoder_dir = folder / "tiny-bert"
    tokenizer = AutoTokenizer.from_pretrained(minilm_dir(), local_files_only=True)
    tokenizer.save_pretrained(encoder_dir)
    torch.manual_seed(0)
    bert = BertConfig(
        vocab_size=tokenizer.vocab_size,
        hidden_size=16,
        num_hidden_layers=1,
        num_attention_heads=2,
        intermediate_size=32,
        max_position_embeddings=MAX_TOKENS,
    )
    BertModel(bert).save_pretrained(encoder_dir)
    return encoder_dir


def train_tiny_reader(folder: Path, *, encoder_epochs: int = 0) -> Path:
    """A reader folder from `tiny_encoder_dir`, 30 profiles.

    Returns:
        The reader folder (`folder / "reader"`).
    """
    data_dir = Path(os.environ.get("NEXFITRA_DATA_DIR", str(ROOT / "data")))
    output_dir = folder / "reader"
    train_reader(
        ReaderHeadConfig(
            output_dir=output_dir,
            data_dir=data_dir,
            encoder_dir=tiny_encoder_dir(folder),
            reading_profiles=30,
            steps=20,
            encoder_epochs=encoder_epochs,
        )
    )
    return output_dir
