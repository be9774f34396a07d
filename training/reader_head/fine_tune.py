"""Fine-tune the sentence encoder together with the reading heads.

Linear heads on a frozen embedding read a bag of meaning: "fish is fine" lands next to "allergic
to fish", and "vegan and coeliac" next to neither. Training the encoder's weights with the heads
lets it learn what the words around a constraint do to it (negations, other people, lists of
several), at the cost of a few minutes on a CPU. The heads start from the frozen fit
(`heads.fit_head`), so fine-tuning begins from a reader that already works.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Sequence
from dataclasses import dataclass

import torch
from tqdm import tqdm  # type: ignore[import-untyped]

from domain.plan.reading import NotesReading
from domain.plan.reading_head import ReadingHead, reading_labels
from training.reader_head.encoder import SentenceEncoder

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class FineTuning:
    """How long and how fast the encoder and heads train together."""

    epochs: int
    batch_size: int = 32
    encoder_learning_rate: float = 5e-5
    head_learning_rate: float = 1e-3
    seed: int = 0


def fine_tune(
    encoder: SentenceEncoder,
    head: ReadingHead,
    sentences: Sequence[str],
    targets: Sequence[NotesReading],
    settings: FineTuning,
    *,
    log: logging.Logger = logger,
) -> ReadingHead:
    """Train `encoder` (in place) and a copy of `head` on the sentences, binary cross-entropy.

    Each distinct sentence counts once per epoch: the generated notes repeat their phrasings.

    Args:
        encoder: The encoder whose weights are trained; left in eval mode.
        head: The heads to start from, e.g. fitted on the frozen encoder.
        sentences: Training sentences.
        targets: The reading each states.
        settings: Epochs, batch size, step sizes and seed.
        log: Receives one line per epoch.

    Returns:
        The trained heads, thresholds kept.

    Raises:
        ValueError: If there are no sentences, or not one target per sentence.
    """
    if not sentences or len(sentences) != len(targets):
        raise ValueError(f"need one target per sentence, got {len(sentences)}/{len(targets)}")
    labelled = dict(zip(sentences, (reading_labels(t) for t in targets), strict=True))
    order = list(labelled)
    layer = torch.nn.Linear(head.dim, len(head.flag_bias))
    with torch.no_grad():
        layer.weight.copy_(torch.tensor(head.flag_weight))
        layer.bias.copy_(torch.tensor(head.flag_bias))
    optimiser = torch.optim.AdamW(
        [
            {"params": encoder.module.parameters(), "lr": settings.encoder_learning_rate},
            {"params": layer.parameters(), "lr": settings.head_learning_rate},
        ]
    )
    rng = random.Random(settings.seed)
    torch.manual_seed(settings.seed)
    encoder.module.train()
    batches = range(0, len(order), settings.batch_size)
    with tqdm(total=settings.epochs * len(batches), desc="fine-tune", unit="batch") as bar:
        for epoch in range(settings.epochs):
            rng.shuffle(order)
            total = 0.0
            for start in batches:
                batch = order[start : start + settings.batch_size]
                tokens = encoder.tokens(batch)
                logits = layer(encoder.module(tokens["input_ids"], tokens["attention_mask"]))
                truth = torch.tensor([labelled[s] for s in batch], dtype=torch.float32)
                loss = torch.nn.functional.binary_cross_entropy_with_logits(logits, truth)
                optimiser.zero_grad()
                loss.backward()  # type: ignore[no-untyped-call]
                optimiser.step()
                total += loss.item() * len(batch)
                bar.update()
            bar.set_postfix(epoch=epoch + 1, loss=f"{total / len(order):.4f}")
            log.info("fine-tune epoch %d: mean loss %.4f", epoch + 1, total / len(order))
    encoder.module.eval()
    return head.model_copy(
        update={
            "flag_weight": tuple(tuple(row) for row in layer.weight.detach().tolist()),
            "flag_bias": tuple(layer.bias.detach().tolist()),
        }
    )
