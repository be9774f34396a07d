from __future__ import annotations

import pytest

from domain.plan.reading import NotesReading
from domain.profile import Allergen, BodyArea
from evaluation.examples import examples_from_rows, reading_examples_from_rows
from tests.domain.plan.factories import make_request

FISH = NotesReading(allergies=frozenset({Allergen.fish}))


KNEE = NotesReading(injuries=frozenset({BodyArea.knee}))


def _row(
    row_id: str,
    task: str = "plan",
    notes: str = "No fish of any kind.",
    target: NotesReading = FISH,
) -> dict[str, object]:
    return {
        "id": row_id,
        "task": task,
        "profile": row_id.split("-")[0],
        "prompt": [{"role": "system", "content": "s"}, {"role": "user", "content": "u"}],
        "completion": [{"role": "assistant", "content": target.model_dump_json()}],
        "notes": notes,
        "form_request": make_request(days_per_week=5, allergies=[]).model_dump_json(),
        "request": make_request(days_per_week=5, allergies=[Allergen.fish]).model_dump_json(),
    }


def test_plan_rows_become_examples_with_the_notes_form_and_true_request() -> None:
    rows = [_row("a"), _row("r", "read"), _row("b"), _row("c")]
    examples = examples_from_rows(rows, limit=2)
    assert [e.id for e in examples] == ["a", "b"]
    assert examples[0].request.allergies == {Allergen.fish}
    assert examples[0].form.allergies == set()
    assert examples[0].notes == "No fish of any kind."


def test_sentence_rows_join_back_into_notes_with_their_merged_target() -> None:
    rows = [
        _row("a"),
        _row("r1-s0", "read"),
        _row("r2-s0", "read", "I walk my dog.", NotesReading()),
        _row("r1-s1", "read", "Bad knee.", KNEE),
    ]
    examples = reading_examples_from_rows(rows)
    assert [(e.id, e.notes) for e in examples] == [
        ("r1", "No fish of any kind. Bad knee."),
        ("r2", "I walk my dog."),
    ]
    assert examples[0].target == NotesReading(allergies=FISH.allergies, injuries=KNEE.injuries)
    assert len(reading_examples_from_rows(rows, limit=1)) == 1


@pytest.mark.parametrize("key", ["request", "form_request", "task"])
def test_row_without_a_needed_column_is_refused(key: str) -> None:
    row = _row("a")
    del row[key]
    with pytest.raises(KeyError, match=key):
        examples_from_rows([row])
