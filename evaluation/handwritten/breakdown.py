"""Reading results on the hand-written notes, overall and per tag, with Wilson intervals.

A tag covers a dozen notes or so, so its rates say little without their interval; the table shows
both rates with one. Besides the written tags, each note falls into the groups of the topics its
target states (`states:allergies`, ..., `states:nothing`) and, when it states something the
reading cannot hold, `beyond_vocabulary`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Final

from domain.plan.reading import READING_SETS
from evaluation.handwritten.loader import HandNote
from evaluation.handwritten.tags import Phenomenon, Register
from evaluation.metrics.reading import ReadingResult, wilson_interval

ALL: Final = "all"
NOTHING: Final = "states:nothing"
BEYOND: Final = "beyond_vocabulary"
TOPICS: Final = tuple(READING_SETS)
GROUP_ORDER: Final = (
    ALL,
    *Register,
    *Phenomenon,
    *(f"states:{topic}" for topic in TOPICS),
    NOTHING,
    BEYOND,
)
"""Rows of the breakdown, in order: overall, written tags, then derived groups."""


def note_groups(note: HandNote) -> tuple[str, ...]:
    """Every group `note` counts in besides `all`: its tags and the groups its labels imply."""
    stated = [f"states:{topic}" for topic in TOPICS if getattr(note.target, topic)]
    beyond = [BEYOND] if note.beyond_vocabulary else []
    return (*note.tags, *(stated or [NOTHING]), *beyond)


def group_results(
    notes: Sequence[HandNote], results: Sequence[ReadingResult]
) -> dict[str, list[ReadingResult]]:
    """The results of each group with at least one note, in `GROUP_ORDER`.

    Raises:
        ValueError: If a note has no result (the run was cut short or read another set).
    """
    by_id = {result.example_id: result for result in results}
    missing = [note.id for note in notes if note.id not in by_id]
    if missing:
        raise ValueError(f"no reading result for {len(missing)} notes, e.g. {missing[:3]}")
    groups: dict[str, list[ReadingResult]] = {ALL: [by_id[note.id] for note in notes]}
    for note in notes:
        for group in note_groups(note):
            groups.setdefault(group, []).append(by_id[note.id])
    return {group: groups[group] for group in GROUP_ORDER if group in groups}


def _rate(hits: int, total: int) -> str:
    low, high = wilson_interval(hits, total)
    return f"{hits / total:.1%} ({low:.1%}–{high:.1%})"


def breakdown_table(groups: Mapping[str, Sequence[ReadingResult]]) -> str:
    """Markdown table: per group, its notes and exact and unsafe rates with 95 % intervals."""
    lines = [
        "| group | notes | exact (95 % CI) | unsafe (95 % CI) |",
        "| --- | ---: | ---: | ---: |",
    ]
    for group, results in groups.items():
        n = len(results)
        exact = _rate(sum(r.exact for r in results), n)
        unsafe = _rate(sum(bool(r.unsafe) for r in results), n)
        lines.append(f"| {group} | {n} | {exact} | {unsafe} |")
    return "\n".join(lines) + "\n"


def write_breakdown(notes: Sequence[HandNote], results: Sequence[ReadingResult], path: Path) -> str:
    """Write the breakdown table of one model's results to `path`.

    Returns:
        The table as written.
    """
    table = breakdown_table(group_results(notes, results))
    path.write_text(table, encoding="utf-8")
    return table
