"""The reading head's labels, its shape checks and how it turns probabilities into readings."""

from __future__ import annotations

import numpy as np
import pytest
from pydantic import ValidationError

from domain.plan.reading import NOTHING_READ, NotesReading
from domain.plan.reading_head import FLAGS, ReadingHead, reading_from_labels, reading_labels
from domain.profile import Allergen, BodyArea, Diet, Equipment
from tests.utils.reading_head import keyword_embed, keyword_head

EVERYTHING = NotesReading(
    equipment=frozenset(Equipment),
    injuries=frozenset(BodyArea),
    allergies=frozenset(Allergen),
    diets=frozenset(Diet),
)


@pytest.mark.parametrize(
    "reading",
    [
        NOTHING_READ,
        EVERYTHING,
        NotesReading(injuries=frozenset({BodyArea.neck}), allergies=frozenset({Allergen.egg})),
        NotesReading(diets=frozenset({Diet.vegan, Diet.gluten_free})),
    ],
)
def test_labels_round_trip(reading: NotesReading) -> None:
    flags = reading_labels(reading)
    assert len(flags) == len(FLAGS)
    assert reading_from_labels(flags) == reading


def test_every_member_has_its_own_flag_diets_included() -> None:
    assert len(set(FLAGS)) == len(Equipment) + len(BodyArea) + len(Allergen) + len(Diet)
    flags = reading_labels(NotesReading(allergies=frozenset({Allergen.sesame})))
    assert [FLAGS[i] for i, flag in enumerate(flags) if flag] == [("allergies", Allergen.sesame)]


def test_head_reads_each_embedding_into_a_reading() -> None:
    head = keyword_head()
    sentences = ["milk and my knee", "vegan, with dumbbells", "vegan or pescatarian", "nothing"]
    assert head.read(keyword_embed(sentences)) == [
        NotesReading(allergies=frozenset({Allergen.milk}), injuries=frozenset({BodyArea.knee})),
        NotesReading(equipment=frozenset({Equipment.dumbbell}), diets=frozenset({Diet.vegan})),
        NotesReading(diets=frozenset({Diet.vegan, Diet.pescatarian})),
        NOTHING_READ,
    ]


def test_a_flag_needs_its_threshold() -> None:
    embeddings = keyword_embed(["milk"])
    flags = keyword_head().probabilities(embeddings)
    milk = FLAGS.index(("allergies", Allergen.milk))
    assert 0.99 < flags[0, milk] < 1.0
    assert flags[0, FLAGS.index(("diets", Diet.vegan))] < 0.01
    assert keyword_head(threshold=0.999999).read(embeddings) == [NOTHING_READ]


def test_head_survives_json() -> None:
    head = keyword_head()
    again = ReadingHead.model_validate_json(head.model_dump_json())
    assert again == head
    assert again.dim == head.dim


def test_head_refuses_ragged_weights_and_wrong_embeddings() -> None:
    fields = keyword_head().model_dump()
    fields["flag_weight"] = [row[:-1] if i else row for i, row in enumerate(fields["flag_weight"])]
    with pytest.raises(ValidationError, match="embedding's size"):
        ReadingHead.model_validate(fields)
    with pytest.raises(ValidationError):
        ReadingHead.model_validate({**keyword_head().model_dump(), "flag_bias": [0.0]})
    with pytest.raises(ValueError, match=r"embeddings must be \(n, 5\)"):
        keyword_head().read(np.zeros((1, 4), dtype=np.float32))


def test_a_copy_with_new_weights_reads_with_them() -> None:
    """The original's arrays are cached once it has read; a copy must not inherit them."""
    head = keyword_head()
    embeddings = keyword_embed(["No milk."])
    assert head.read(embeddings) == [NotesReading(allergies={Allergen.milk})]
    silent = head.model_copy(update={"flag_bias": (-100.0,) * len(FLAGS)})
    assert silent.read(embeddings) == [NOTHING_READ]
