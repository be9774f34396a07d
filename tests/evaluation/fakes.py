"""A runtime that answers from a table, for harness tests without a model."""

from __future__ import annotations

from collections.abc import Callable

from evaluation.runtimes.base import Generation, JsonSchema, Messages


class ScriptedRuntime:
    """Answers each prompt with `answer(user message)`; one fake token per character.

    Records the schema each call was guided by, so tests can check what decoding would follow.
    """

    def __init__(self, name: str, answer: Callable[[str], str], seconds: float = 0.5) -> None:
        self.name = name
        self.answer = answer
        self.seconds = seconds
        self.schemas: list[JsonSchema | None] = []

    def generate(
        self, messages: Messages, *, max_new_tokens: int, json_schema: JsonSchema | None = None
    ) -> Generation:
        self.schemas.append(json_schema)
        text = self.answer(str(messages[-1]["content"]))[:max_new_tokens]
        return Generation(text, tuple(range(len(text))), 10, self.seconds)
