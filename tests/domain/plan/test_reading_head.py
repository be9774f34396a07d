"""The reading head's labels, its shape checks and how it turns probabilities into readings."""

from __future__ import annotations

import numpy as np
import pytest
from pydantic import ValidationError

from domain.plan.reading import NOTHING_READ, NotesReading
from domain.plan.reading_head import (
    DIETS,
    FLAGS,
    ReadingHead,
    reading_from_labels,
    reading_labels,
)
from domain.profile import Allergen, BodyArea, Diet, Equipment
from tests.utils.reading_head import keyword_embed, keyword_head

EVERYTHING = NotesReading(
    equipment=frozenset(Equipment),
    injuries=frozenset(BodyArea),
    allergies=frozenset(Allergen),
    diet=Diet.low_carb,
)


@pytest.mark.parametrize(
    "reading",
    [
        NOTHING_READ,
        EVERYTHING,
        NotesReading(injuries=frozenset({BodyArea.neck}), allergies=frozenset({Allergen.egg})),
    ],
)
def test_labels_round_trip(reading: NotesReading) -> None:
    flags, diet = reading_labels(reading)
    assert len(flags) == len(FLAGS)
    assert reading_from_labels(flags, diet) == reading


def test_every_member_has_its_own_flag_and_every_diet_its_class() -> None:
    assert len(set(FLAGS)) == len(Equipment) + len(BodyArea) + len(Allergen)
    assert DIETS[0] is None
    assert set(DIETS[1:]) == set(Diet)
    flags, diet = reading_labels(NotesReading(allergies=frozenset({Allergen.sesame})))
    assert [FLAGS[i] for i, flag in enumerate(flags) if flag] == [("allergies", Allergen.sesame)]
    assert DIETS[diet] is None


def test_head_reads_each_embedding_into_a_reading() -> None:
    head = keyword_head()
    read = head.read(keyword_embed(["milk and my knee", "vegan, with dumbbells", "nothing"]))
    assert read == [
        NotesReading(allergies=frozenset({Allergen.milk}), injuries=frozenset({BodyArea.knee})),
        NotesReading(equipment=frozenset({Equipment.dumbbell}), diet=Diet.vegan),
        NOTHING_READ,
    ]


def test_a_flag_needs_its_threshold() -> None:
    embeddings = keyword_embed(["milk"])
    flags, diets = keyword_head().probabilities(embeddings)
    milk = FLAGS.index(("allergies", Allergen.milk))
    assert 0.99 < flags[0, milk] < 1.0
    assert diets.sum() == pytest.approx(1.0)
    assert keyword_head(threshold=0.999999).read(embeddings) == [NOTHING_READ]


def test_head_survives_json() -> None:
    head = keyword_head()
    again = ReadingHead.model_validate_json(head.model_dump_json())
    assert again == head
    assert again.dim == head.dim


def test_head_refuses_ragged_weights_and_wrong_embeddings() -> None:
    fields = keyword_head().model_dump()
    fields["diet_weight"] = [row[:-1] for row in fields["diet_weight"]]
    with pytest.raises(ValidationError, match="embedding's size"):
        ReadingHead.model_validate(fields)
    with pytest.raises(ValidationError):
        ReadingHead.model_validate({**keyword_head().model_dump(), "flag_bias": [0.0]})
    with pytest.raises(ValueError, match=r"embeddings must be \(n, 5\)"):
        keyword_head().read(np.zeros((1, 4), dtype=np.float32))
