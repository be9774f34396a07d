from __future__ import annotations

from domain.plan.reading import NotesReading
from domain.profile import Allergen
from domain.prompt import reading_messages
from evaluation.parity import compare, first_divergence
from serving.engine.reader import parse_reading_or_nothing
from tests.evaluation.factories import reference_text
from tests.serving.fakes import ScriptedRuntime

PROMPTS = [[{"role": "user", "content": "a"}], [{"role": "user", "content": "b"}]]


def test_first_divergence() -> None:
    assert first_divergence([1, 2, 3], [1, 2, 3]) is None
    assert first_divergence([1, 2, 3], [1, 9, 3]) == 1
    assert first_divergence([1, 2], [1, 2, 3]) == 2


def test_compare_counts_token_and_parsed_agreement() -> None:
    text = reference_text()
    same = ScriptedRuntime("torch", lambda _: text)
    spaced = ScriptedRuntime("onnx", lambda user: text if user == "a" else " " + text)
    report = compare(same, spaced, PROMPTS, max_new_tokens=10_000)
    assert report.prompts == 2
    assert report.same_tokens == 1
    assert report.same_parsed == 2
    assert report.first_divergence == (None, len(text))
    assert (report.token_agreement, report.parsed_agreement) == (0.5, 1.0)


def test_readings_agree_when_they_parse_to_the_same_constraints() -> None:
    milk = NotesReading(allergies=frozenset({Allergen.milk})).model_dump_json()
    torch = ScriptedRuntime("torch", lambda _: "", read=lambda _: milk)
    onnx = ScriptedRuntime("onnx", lambda _: "", read=lambda n: milk if n == "a" else "{broken")
    prompts = [reading_messages(notes) for notes in ("a", "b")]
    report = compare(torch, onnx, prompts, max_new_tokens=200, parse=parse_reading_or_nothing)
    assert (report.same_tokens, report.same_parsed) == (1, 1)
