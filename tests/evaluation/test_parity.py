from __future__ import annotations

from evaluation.parity import compare, first_divergence
from tests.evaluation.factories import reference_text
from tests.evaluation.fakes import ScriptedRuntime

PROMPTS = [[{"role": "user", "content": "a"}], [{"role": "user", "content": "b"}]]


def test_first_divergence() -> None:
    assert first_divergence([1, 2, 3], [1, 2, 3]) is None
    assert first_divergence([1, 2, 3], [1, 9, 3]) == 1
    assert first_divergence([1, 2], [1, 2, 3]) == 2


def test_compare_counts_token_and_draft_agreement() -> None:
    text = reference_text()
    same = ScriptedRuntime("torch", lambda _: text)
    spaced = ScriptedRuntime("onnx", lambda user: text if user == "a" else " " + text)
    report = compare(same, spaced, PROMPTS, max_new_tokens=10_000)
    assert report.prompts == 2
    assert report.same_tokens == 1
    assert report.same_draft == 2
    assert report.first_divergence == (None, len(text))
    assert (report.token_agreement, report.draft_agreement) == (0.5, 1.0)
