"""The dedicated reader reads a note sentence by sentence and merges, as the LLM reader does."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest
from numpy.typing import NDArray

from domain.plan.reading import NOTHING_READ, NotesReading
from domain.plan.reading_head import HEAD_FILE
from domain.profile import Allergen, BodyArea, Diet, Equipment
from serving.engine.head_reader import HeadNotesReader
from tests.utils.reading_head import keyword_embed, keyword_head


class RecordingEmbed:
    """`keyword_embed`, remembering every batch it was given."""

    def __init__(self) -> None:
        self.batches: list[list[str]] = []

    def __call__(self, sentences: Sequence[str]) -> NDArray[np.float32]:
        self.batches.append(list(sentences))
        return keyword_embed(sentences)


def test_a_note_is_read_per_sentence_and_merged() -> None:
    embed = RecordingEmbed()
    reader = HeadNotesReader(embed, keyword_head())
    reading, generation = reader.read(
        "No milk for me.  I'm pescatarian!\nBad knee? Vegan on weekends, dumbbells."
    )
    assert embed.batches == [
        ["No milk for me.", "I'm pescatarian!", "Bad knee?", "Vegan on weekends, dumbbells."]
    ]
    # Every diet any sentence states is kept (`merge_readings`): the most restrictive rule.
    assert reading == NotesReading(
        equipment=frozenset({Equipment.dumbbell}),
        injuries=frozenset({BodyArea.knee}),
        allergies=frozenset({Allergen.milk}),
        diets=frozenset({Diet.pescatarian, Diet.vegan}),
    )
    # What serving's timings record: one encoder pass, no generated tokens, the reading as text.
    assert generation is not None and generation.forward_passes == 1
    assert generation.token_ids == () and generation.text == reading.model_dump_json()


def test_blank_notes_are_not_encoded() -> None:
    embed = RecordingEmbed()
    assert HeadNotesReader(embed, keyword_head()).read(" \n ") == (NOTHING_READ, None)
    assert embed.batches == []


def test_loading_fails_fast_without_its_files(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match=HEAD_FILE):
        HeadNotesReader.load(tmp_path)
    (tmp_path / HEAD_FILE).write_text(keyword_head().model_dump_json())
    with pytest.raises(FileNotFoundError, match="no sentence encoder"):
        HeadNotesReader.load(tmp_path)
