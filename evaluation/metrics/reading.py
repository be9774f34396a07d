"""Metrics of the reading pass: did the model read what the notes state, and nothing unsafe?

Reading is cheap to evaluate (a short generation per note), so it runs over many more held-out
notes than the plan examples; the rates come with a Wilson interval because a gate on "no unsafe
reading in N notes" means little without knowing N.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Final

from pydantic import BaseModel, ConfigDict

from domain.plan.reading import NotesReading
from domain.profile import AS_STRICT, Equipment

HAND_PREFIX: Final = "hand_"
"""Prefix of the reading metrics on the hand-written notes (`evaluation.handwritten`)."""


class ReadingResult(BaseModel):
    """One held-out note: what was read against what it states (one JSONL line)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    example_id: str
    candidate: str
    notes: str
    output: str
    exact: bool
    unsafe: tuple[str, ...]
    """Why enforcing this reading could break a stated constraint; empty when it cannot."""
    latency_s: float


def unsafe_misreads(read: NotesReading, target: NotesReading) -> tuple[str, ...]:
    """The ways `read` is looser than `target`, the reading the notes call for.

    Missing an allergy, injury or diet, and equipment the notes do not give the user are unsafe:
    serving would plan with them. A stricter diet read instead (vegan for vegetarian,
    `domain.profile.AS_STRICT`) is only over-cautious, as is reading too much (a smaller menu):
    neither is listed here, both fail `exact`.
    """
    problems = [f"missed allergy {a}" for a in sorted(target.allergies - read.allergies)]
    problems += [f"missed injury {i}" for i in sorted(target.injuries - read.injuries)]
    problems += [
        f"missed diet {d}" for d in sorted(target.diets) if not read.diets & AS_STRICT.get(d, {d})
    ]
    available = target.equipment | {Equipment.body_only}
    problems += [f"extra equipment {e}" for e in sorted(read.equipment - available)]
    return tuple(problems)


def wilson_interval(hits: int, total: int, *, z: float = 1.96) -> tuple[float, float]:
    """Wilson score interval of a binomial proportion (95 % for z = 1.96).

    Wilson rather than the normal approximation: it stays inside [0, 1] and is not empty at
    0 or N hits, which is where a safety rate lives.

    Raises:
        ValueError: If `total` is not positive or `hits` is outside [0, total].
    """
    if total <= 0 or not 0 <= hits <= total:
        raise ValueError(f"need 0 <= hits <= total and total > 0, got {hits}/{total}")
    p = hits / total
    denominator = 1 + z * z / total
    centre = (p + z * z / (2 * total)) / denominator
    half = z * math.sqrt(p * (1 - p) / total + z * z / (4 * total * total)) / denominator
    return max(0.0, centre - half), min(1.0, centre + half)


def aggregate_reading(results: Sequence[ReadingResult], *, prefix: str = "") -> dict[str, float]:
    """Exact and unsafe reading rates over held-out notes, with the unsafe rate's upper bound.

    Args:
        results: One model's results over one set of notes.
        prefix: Put before every metric name, so one model's readings of several sets (the
            generated split, and `HAND_PREFIX` for the hand-written notes) sit side by side.

    Raises:
        ValueError: If `results` is empty.
    """
    if not results:
        raise ValueError("cannot aggregate zero reading results")
    n = len(results)
    unsafe = sum(bool(r.unsafe) for r in results)
    return {
        f"{prefix}reading_examples": float(n),
        f"{prefix}reading_exact_rate": sum(r.exact for r in results) / n,
        f"{prefix}reading_unsafe_rate": unsafe / n,
        f"{prefix}reading_unsafe_upper95": wilson_interval(unsafe, n)[1],
    }
