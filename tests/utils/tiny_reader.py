"""The whole reader recipe on a tiny random encoder: for the ONNX export and the CLIs."""

from __future__ import annotations

import os
from pathlib import Path

import torch
from transformers import AutoTokenizer, BertConfig, BertModel

from training.reader_head.encoder import MAX_TOKENS, minilm_dir
from training.reader_head.recipe import ReaderHeadConfig, train_reader

ROOT = Path(__file__).resolve().parents[2]


def train_tiny_reader(folder: Path) -> Path:
    """A reader folder from a 1-layer, 16-wide random BERT (MiniLM's tokenizer), 30 profiles.

    Returns:
        The reader folder (`folder / "reader"`).
    """
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
    data_dir = Path(os.environ.get("NEXFITRA_DATA_DIR", str(ROOT / "data")))
    output_dir = folder / "reader"
    train_reader(
        ReaderHeadConfig(
            output_dir=output_dir,
            data_dir=data_dir,
            encoder_dir=encoder_dir,
            reading_profiles=30,
            steps=20,
        )
    )
    return output_dir
