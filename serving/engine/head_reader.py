"""Read notes with a dedicated reader: an ONNX sentence encoder and linear heads, no LLM, no torch.

It reads exactly as `serving.engine.reader.NotesReader` does, one sentence at a time merged with
`merge_readings`, so the two compare on equal terms; the sentences of a note go through the
encoder as one padded batch, which the attention mask makes equal to one call per sentence.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import onnxruntime as ort
from numpy.typing import NDArray
from transformers import AutoTokenizer

from domain.plan.reading import NOTHING_READ, NotesReading, merge_readings, note_sentences
from domain.plan.reading_head import ENCODER_FILE, HEAD_FILE, Embed, ReadingHead
from domain.plan.soft_preferences import NO_SOFT_PREFERENCES, SoftPreferences
from serving.engine.runtimes.base import Generation


class OnnxSentenceEncoder:
    """The exported encoder with the tokenizer saved beside it (truncating at its max length).

    Args:
        folder: A reader folder (`training.reader_head` writes one).
        threads: onnxruntime's intra-op threads; None lets it choose.

    Raises:
        FileNotFoundError: If the folder lacks the encoder.
    """

    def __init__(self, folder: Path, *, threads: int | None = None) -> None:
        path = folder / ENCODER_FILE
        if not path.is_file():
            raise FileNotFoundError(f"no sentence encoder at {path}")
        options = ort.SessionOptions()
        if threads is not None:
            options.intra_op_num_threads = threads
        self.session = ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
        self.tokenizer: Any = AutoTokenizer.from_pretrained(folder)

    def __call__(self, sentences: Sequence[str]) -> NDArray[np.float32]:
        batch = self.tokenizer(list(sentences), padding=True, truncation=True, return_tensors="np")
        feeds = {name: batch[name].astype(np.int64) for name in ("input_ids", "attention_mask")}
        (embeddings,) = self.session.run(None, feeds)
        return np.asarray(embeddings, dtype=np.float32)


class HeadNotesReader:
    """Notes read sentence by sentence by `head` on the embeddings `embed` gives.

    Args:
        embed: The sentence encoder (`OnnxSentenceEncoder`, or a stand-in in tests).
        head: The heads trained on that encoder's embeddings.

    Raises:
        ValueError: On the first read, if `embed` gives embeddings of another size than `head`'s.
    """

    def __init__(self, embed: Embed, head: ReadingHead) -> None:
        self.embed = embed
        self.head = head

    @classmethod
    def load(cls, folder: Path, *, threads: int | None = None) -> HeadNotesReader:
        """The reader a training run wrote to `folder`; fails at once if a file is missing."""
        head_path = folder / HEAD_FILE
        if not head_path.is_file():
            raise FileNotFoundError(f"no reading head at {head_path}")
        head = ReadingHead.model_validate_json(head_path.read_bytes())
        return cls(OnnxSentenceEncoder(folder, threads=threads), head)

    def read(self, notes: str) -> tuple[NotesReading, Generation | None]:
        """The merged reading of the note's sentences, as `NotesReader.read` answers.

        Returns:
            The reading, and a generation standing for the encoder's one batch: the reading as
            its text, no generated tokens, one forward pass; None for blank notes (nothing is
            encoded).
        """
        sentences = note_sentences(notes)
        if not sentences:
            return NOTHING_READ, None
        start = time.perf_counter()
        reading = merge_readings(self.head.read(self.embed(sentences)))
        seconds = time.perf_counter() - start
        return reading, Generation(reading.model_dump_json(), (), 0, seconds, forward_passes=1)

    def read_with_wishes(
        self, notes: str
    ) -> tuple[NotesReading, SoftPreferences, Generation | None]:
        """`read`, and no wishes: the heads read constraints only."""
        reading, generation = self.read(notes)
        return reading, NO_SOFT_PREFERENCES, generation
