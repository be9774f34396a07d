"""The one interface every generating runtime implements, so the harness can run any candidate."""

from __future__ import annotations

import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

# `object` values so domain.prompt's ChatMessage TypedDicts are accepted as they are.
Messages = Sequence[Mapping[str, object]]
JsonSchema = Mapping[str, Any]


@dataclass(frozen=True)
class Generation:
    """One greedy completion and what it cost.

    Attributes:
        text: Decoded completion without special tokens.
        token_ids: Generated token ids (prompt and EOS excluded), for exact parity checks.
        prompt_tokens: Length of the rendered prompt in tokens.
        seconds: Wall time of generation alone (prompt rendering included, loading excluded).
        forward_passes: Model calls made, prefill included: what decoding time scales with
            when the grammar forces runs of tokens (0 where a runtime does not count them).
    """

    text: str
    token_ids: tuple[int, ...]
    prompt_tokens: int
    seconds: float
    forward_passes: int = 0


class Runtime(Protocol):
    """A loaded model that completes chat messages greedily; loading fails fast in `__init__`."""

    name: str

    def generate(
        self,
        messages: Messages,
        *,
        max_new_tokens: int,
        json_schema: JsonSchema | None = None,
        prefix: str = "",
    ) -> Generation:
        """Greedy completion of `messages` (system + user), at most `max_new_tokens` tokens.

        Args:
            messages: System and user messages.
            max_new_tokens: Generation budget.
            json_schema: Schema the completion must follow, or None for free decoding.
            prefix: The assistant's answer so far, which the completion continues (a draft
                decoded a meal at a time); not part of the returned text.

        Raises:
            ValueError: If a schema is given to a runtime that cannot guide decoding.
        """
        ...


def render_prompt(tokenizer: Any, messages: Messages, prefix: str = "") -> list[int]:
    """Prompt ids through the tokenizer's own chat template, as training rendered them, then
    the assistant's answer so far."""
    ids: list[int] = tokenizer.apply_chat_template(
        [dict(m) for m in messages], add_generation_prompt=True, tokenize=True, return_dict=False
    )
    return ids + (tokenizer.encode(prefix, add_special_tokens=False) if prefix else [])


def combine(parts: Sequence[Generation], text: str) -> Generation:
    """One generation standing for several calls (a note's sentences, a draft's menus): `text`
    as the caller joins the parts, every count and the time summed over the calls."""
    return Generation(
        text,
        tuple(token for part in parts for token in part.token_ids),
        sum(part.prompt_tokens for part in parts),
        sum(part.seconds for part in parts),
        sum(part.forward_passes for part in parts),
    )


def finish(
    tokenizer: Any, generated: Sequence[int], prompt_tokens: int, started: float, passes: int
) -> Generation:
    """Cut the generated ids at the first EOS and decode them into a Generation."""
    ids = [int(i) for i in generated]
    eos = tokenizer.eos_token_id
    if eos in ids:
        ids = ids[: ids.index(eos)]
    text: str = tokenizer.decode(ids, skip_special_tokens=True)
    return Generation(text, tuple(ids), prompt_tokens, time.perf_counter() - started, passes)
