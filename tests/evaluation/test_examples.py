from __future__ import annotations

import pytest

from domain.profile import Allergen
from evaluation.examples import examples_from_rows
from tests.domain.plan.factories import make_request


def _row(row_id: str) -> dict[str, object]:
    return {
        "id": row_id,
        "prompt": [{"role": "system", "content": "s"}, {"role": "user", "content": "u"}],
        "completion": [{"role": "assistant", "content": "{}"}],
        "notes": "",
        "form_request": make_request(days_per_week=5, allergies=[]).model_dump_json(),
        "request": make_request(days_per_week=5, allergies=[Allergen.fish]).model_dump_json(),
    }


def test_rows_become_examples_with_the_form_and_the_true_request() -> None:
    examples = examples_from_rows([_row("a"), _row("b"), _row("c")], limit=2)
    assert [e.id for e in examples] == ["a", "b"]
    assert examples[0].request.allergies == {Allergen.fish}
    assert examples[0].form.allergies == set()
    assert examples[0].messages[1] == {"role": "user", "content": "u"}


@pytest.mark.parametrize("key", ["request", "form_request"])
def test_row_without_a_request_is_refused(key: str) -> None:
    row = _row("a")
    del row[key]
    with pytest.raises(KeyError, match=key):
        examples_from_rows([row])
