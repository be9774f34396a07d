"""A runtime that answers from a table, for harness tests without a model."""

from __future__ import annotations

from collections.abc import Callable

from evaluation.runtimes.base import Generation, Messages


class ScriptedRuntime:
    """Answers each prompt with `answer(user message)`; one fake token per character."""

    def __init__(self, name: str, answer: Callable[[str], str], seconds: float = 0.5) -> None:
        self.name = name
        self.answer = answer
        self.seconds = seconds

    def generate(self, messages: Messages, *, max_new_tokens: int) -> Generation:
        text = self.answer(str(messages[-1]["content"]))[:max_new_tokens]
        return Generation(text, tuple(range(len(text))), 10, self.seconds)
