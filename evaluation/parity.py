"""Agreement between two runtimes on the same prompts: PyTorch versus an ONNX build.

At fp32 greedy decoding should agree token for token; at int4 it may drift, so agreement is also
measured on the parsed draft, which is what serving consumes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from evaluation.metrics.draft import parse_draft
from evaluation.runtimes.base import Messages, Runtime


@dataclass(frozen=True)
class ParityReport:
    """Agreement counts over a prompt set.

    Attributes:
        prompts: Prompts compared.
        same_tokens: Prompts whose generated token ids are identical.
        same_draft: Prompts where both outputs parse to equal drafts.
        first_divergence: Per prompt, the index of the first differing token (None if identical).
    """

    prompts: int
    same_tokens: int
    same_draft: int
    first_divergence: tuple[int | None, ...]

    @property
    def token_agreement(self) -> float:
        return self.same_tokens / self.prompts if self.prompts else 0.0

    @property
    def draft_agreement(self) -> float:
        return self.same_draft / self.prompts if self.prompts else 0.0


def first_divergence(a: Sequence[int], b: Sequence[int]) -> int | None:
    """Index of the first position where `a` and `b` differ (a length mismatch counts)."""
    for index, (x, y) in enumerate(zip(a, b, strict=False)):
        if x != y:
            return index
    return None if len(a) == len(b) else min(len(a), len(b))


def compare(
    reference: Runtime, candidate: Runtime, prompts: Sequence[Messages], *, max_new_tokens: int
) -> ParityReport:
    """Greedy-decode every prompt with both runtimes and count agreement.

    Args:
        reference: Usually the PyTorch runtime of the merged model.
        candidate: Usually the ONNX build of the same model.
        prompts: Chat messages to complete.
        max_new_tokens: Generation budget per prompt.

    Returns:
        The agreement report.
    """
    divergences = []
    same_draft = 0
    for messages in prompts:
        ours = reference.generate(messages, max_new_tokens=max_new_tokens)
        theirs = candidate.generate(messages, max_new_tokens=max_new_tokens)
        divergences.append(first_divergence(ours.token_ids, theirs.token_ids))
        draft = parse_draft(ours.text)
        same_draft += draft is not None and draft == parse_draft(theirs.text)
    return ParityReport(
        prompts=len(prompts),
        same_tokens=sum(d is None for d in divergences),
        same_draft=same_draft,
        first_divergence=tuple(divergences),
    )
