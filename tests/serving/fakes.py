"""A runtime that answers from a script, for harness tests without a model."""

from __future__ import annotations

import json
from collections.abc import Callable

from domain.plan.reading import NOTHING_READ
from domain.prompt import READING_SYSTEM_PROMPT
from serving.engine.runtimes.base import Generation, JsonSchema, Messages

NOTHING = NOTHING_READ.model_dump_json()


class ScriptedRuntime:
    """Answers plan prompts with `plan(user message)` and reading prompts with `read(notes)`.

    One fake token per character. Records each call's schema, per task, so tests can check what
    decoding would follow. A call that continues a prefix (a guided draft, decoded a meal at a
    time) gets the next JSON value of the scripted draft after that prefix; schemas are not
    enforced, so a scripted draft may do what guided decoding would not.

    Args:
        name: Label used in results.
        plan: The draft text for a plan prompt's user message.
        read: The reading text for the notes (default: nothing read).
        seconds: Latency reported for every call.
    """

    def __init__(
        self,
        name: str,
        plan: Callable[[str], str],
        read: Callable[[str], str] = lambda _: NOTHING,
        seconds: float = 0.5,
    ) -> None:
        self.name = name
        self.plan = plan
        self.read = read
        self.seconds = seconds
        self.schemas: dict[str, list[JsonSchema | None]] = {"read": [], "plan": []}
        self.prompts: list[str] = []

    def generate(
        self,
        messages: Messages,
        *,
        max_new_tokens: int,
        json_schema: JsonSchema | None = None,
        prefix: str = "",
    ) -> Generation:
        user = str(messages[-1]["content"])
        self.prompts.append(user)
        if messages[0]["content"] == READING_SYSTEM_PROMPT:
            self.schemas["read"].append(json_schema)
            text = self.read(user.removeprefix("notes: "))
        else:
            self.schemas["plan"].append(json_schema)
            text = continuation(self.plan(user), prefix)
        text = text[:max_new_tokens]
        return Generation(text, tuple(range(len(text))), 10, self.seconds)


def continuation(script: str, prefix: str) -> str:
    """What follows `prefix` in `script`, up to the end of the next JSON value (all of `script`
    without a prefix; nothing where the script does not start with the prefix)."""
    if not prefix:
        return script
    if not script.startswith(prefix):
        return ""
    rest = script[len(prefix) :]
    try:
        _, end = json.JSONDecoder().raw_decode(rest)
    except ValueError:
        return rest
    return rest[:end]
