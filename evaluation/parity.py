"""Agreement between two runtimes on the same prompts: PyTorch versus an ONNX build.

At fp32 greedy decoding should agree token for token; quantised builds may drift, so agreement
is also measured on the parsed output (a draft or a reading), which is what serving consumes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from serving.engine import parse_draft_or_none
from serving.engine.runtimes.base import Messages, Runtime


@dataclass(frozen=True)
class ParityReport:
    """Agreement counts over a prompt set.

    Attributes:
        prompts: Prompts compared.
        same_tokens: Prompts whose generated token ids are identical.
        same_parsed: Prompts where both outputs parse, to equal values.
        first_divergence: Per prompt, the index of the first differing token (None if identical).
    """

    prompts: int
    same_tokens: int
    same_parsed: int
    first_divergence: tuple[int | None, ...]

    @property
    def token_agreement(self) -> float:
        return self.same_tokens / self.prompts if self.prompts else 0.0

    @property
    def parsed_agreement(self) -> float:
        return self.same_parsed / self.prompts if self.prompts else 0.0


def first_divergence(a: Sequence[int], b: Sequence[int]) -> int | None:
    """Index of the first position where `a` and `b` differ (a length mismatch counts)."""
    for index, (x, y) in enumerate(zip(a, b, strict=False)):
        if x != y:
            return index
    return None if len(a) == len(b) else min(len(a), len(b))


def compare(
    reference: Runtime,
    candidate: Runtime,
    prompts: Sequence[Messages],
    *,
    max_new_tokens: int,
    parse: Callable[[str], object | None] = parse_draft_or_none,
) -> ParityReport:
    """Greedy-decode every prompt with both runtimes and count agreement.

    Args:
        reference: Usually the PyTorch runtime of the merged model.
        candidate: Usually the ONNX build of the same model.
        prompts: Chat messages to complete.
        max_new_tokens: Generation budget per prompt.
        parse: Output parser, None for what does not parse: drafts by default, or readings.

    Returns:
        The agreement report.
    """
    divergences = []
    same_parsed = 0
    for messages in prompts:
        ours = reference.generate(messages, max_new_tokens=max_new_tokens)
        theirs = candidate.generate(messages, max_new_tokens=max_new_tokens)
        divergences.append(first_divergence(ours.token_ids, theirs.token_ids))
        parsed = parse(ours.text)
        same_parsed += parsed is not None and parsed == parse(theirs.text)
    return ParityReport(
        prompts=len(prompts),
        same_tokens=sum(d is None for d in divergences),
        same_parsed=same_parsed,
        first_divergence=tuple(divergences),
    )
