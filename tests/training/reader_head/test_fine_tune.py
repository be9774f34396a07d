"""Fine-tuning trains the encoder with the heads, and the folder exports the trained encoder."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
import torch

from domain.plan.reading import NOTHING_READ, NotesReading
from domain.plan.reading_head import FLAGS, HEAD_FILE, ReadingHead
from domain.profile import Allergen, BodyArea
from serving.engine.head_reader import HeadNotesReader, OnnxSentenceEncoder
from tests.utils.tiny_reader import tiny_encoder_dir, train_tiny_reader
from training.reader_head.config import MANIFEST_FILE, ReaderManifest
from training.reader_head.encoder import SentenceEncoder
from training.reader_head.fine_tune import FineTuning, fine_tune

SENTENCES = ["I'm allergic to eggs.", "No dairy please.", "I have a bad knee.", "I love my dog."]
TARGETS = [
    NotesReading(allergies={Allergen.egg}),
    NotesReading(allergies={Allergen.milk}),
    NotesReading(injuries={BodyArea.knee}),
    NOTHING_READ,
]


def _blank_head(dim: int) -> ReadingHead:
    """Heads that say every flag with probability 0.5: nothing learnt yet."""
    zeros = (0.0,) * len(FLAGS)
    return ReadingHead(
        flag_weight=((0.0,) * dim,) * len(FLAGS),
        flag_bias=zeros,
        flag_threshold=(0.6,) * len(FLAGS),
    )


def test_encoder_and_heads_learn_the_sentences_together(tmp_path: Path) -> None:
    encoder = SentenceEncoder(tiny_encoder_dir(tmp_path))
    before = [p.detach().clone() for p in encoder.module.parameters()]
    head = _blank_head(encoder.embed(SENTENCES).shape[1])
    assert head.read(encoder.embed(SENTENCES)) != TARGETS
    settings = FineTuning(
        epochs=100, batch_size=2, encoder_learning_rate=3e-3, head_learning_rate=0.3
    )
    trained = fine_tune(encoder, head, SENTENCES, TARGETS, settings)
    assert trained.read(encoder.embed(SENTENCES)) == TARGETS
    assert trained.flag_threshold == head.flag_threshold
    assert any(
        not torch.equal(a, b) for a, b in zip(before, encoder.module.parameters(), strict=True)
    )
    assert not encoder.module.training  # left ready to embed


def test_one_target_per_sentence(tmp_path: Path) -> None:
    encoder = SentenceEncoder(tiny_encoder_dir(tmp_path))
    with pytest.raises(ValueError, match="one target per sentence"):
        fine_tune(encoder, _blank_head(16), SENTENCES, TARGETS[:2], FineTuning(epochs=1))


def test_the_folder_holds_the_fine_tuned_encoder(tmp_path: Path) -> None:
    """Serving must run the encoder the heads were trained with, not the original."""
    reader_dir = train_tiny_reader(tmp_path, encoder_epochs=2)
    manifest = ReaderManifest.model_validate_json((reader_dir / MANIFEST_FILE).read_bytes())
    assert manifest.config["encoder_epochs"] == "2"
    original = SentenceEncoder(tmp_path / "tiny-bert").embed(SENTENCES)
    exported = OnnxSentenceEncoder(reader_dir, threads=1)(SENTENCES)
    assert not np.allclose(exported, original, atol=1e-4)
    head = json.loads((reader_dir / HEAD_FILE).read_text())
    assert len(head["flag_weight"]) == len(FLAGS)
    reading, _ = HeadNotesReader.load(reader_dir).read(" ".join(SENTENCES))
    assert isinstance(reading, NotesReading)
