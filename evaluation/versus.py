"""Fine-tune, its base model and the exact planner side by side, where rules cannot reach.

Issue #14 asks whether a fine-tune earns its place over the planner: liked items, variety and
the wishes only the notes state. Each split (the held-out one, and the hand-written plan examples
under `HAND_PREFIX` when run) gets one table per candidate with each proposer's value and 95 %
interval, and the candidate's paired differences (`evaluation.metrics.comparison`); the plot
shows them with their intervals as error bars. Where a dedicated reader read the plans' notes the
planner as served (`PLANNER_AS_SERVED`: the product without a model) is a fourth column: the
fine-tune's difference from it is what drafting adds, the oracle planner's from it what reading
costs.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from matplotlib.figure import Figure

from evaluation.metrics.comparison import AGAINST_BASE, COMPARED, Interval, diff_name, read_interval
from evaluation.metrics.reading import HAND_PREFIX
from evaluation.proposers import PLANNER_AS_SERVED, PLANNERS, REFERENCE
from evaluation.specs import SPECS_BY_NAME

Aggregates = Mapping[str, Mapping[str, float]]
SPLITS = {"": "held-out split", HAND_PREFIX: "hand-written notes"}


def _cell(interval: Interval | None, *, signed: bool = False) -> str:
    if interval is None:
        return "–"
    value = f"{interval.value:+.3g}" if signed else f"{interval.value:.3g}"
    return f"{value} [{interval.low:.3g}, {interval.high:.3g}]"


_AS_SERVED_LABEL = "planner as served"


def comparison_label(proposer: str, candidate: str, base_label: str) -> str:
    """A proposer's column where several candidates' evaluations are compared: the candidate and
    the planners under their own names (the planners run alike beside every candidate, so one
    column each), a base model under its candidate's `base_label`."""
    return proposer if proposer in (candidate, *PLANNERS) else base_label


def _proposers(aggregates: Aggregates, candidate: str, base: str) -> dict[str, Mapping[str, float]]:
    """The proposers compared, by label: the planner as served only where it ran."""
    proposers = {
        "fine-tune": aggregates[candidate],
        "base": aggregates[base],
        "planner": aggregates[REFERENCE],
    }
    if PLANNER_AS_SERVED in aggregates:
        proposers[_AS_SERVED_LABEL] = aggregates[PLANNER_AS_SERVED]
    return proposers


def _baselines(proposers: Mapping[str, Mapping[str, float]]) -> dict[str, str]:
    """Each baseline's label to its role in the fine-tune's difference names."""
    roles = {"planner": REFERENCE, _AS_SERVED_LABEL: PLANNER_AS_SERVED, "base": AGAINST_BASE}
    return {label: role for label, role in roles.items() if label in proposers}


def versus_table(aggregates: Aggregates, candidate: str, base: str, *, prefix: str = "") -> str:
    """Markdown: one row per compared metric, the proposers and the fine-tune's differences."""
    proposers = _proposers(aggregates, candidate, base)
    baselines = _baselines(proposers)
    headers = [*proposers, *(f"fine-tune − {label}" for label in baselines)]
    lines = [
        "| metric | " + " | ".join(headers) + " |",
        "| --- | " + " | ".join("---:" for _ in headers) + " |",
    ]
    for measure in COMPARED:
        name = f"{prefix}{measure.metric}"
        cells = [_cell(read_interval(metrics, name)) for metrics in proposers.values()]
        cells += [
            _cell(
                read_interval(
                    proposers["fine-tune"], diff_name(measure.metric, role, prefix=prefix)
                ),
                signed=True,
            )
            for role in baselines.values()
        ]
        arrow = "↑" if SPECS_BY_NAME[name].higher_is_better else "↓"
        lines.append(f"| {measure.metric} {arrow} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def _splits(aggregates: Aggregates, candidate: str) -> list[str]:
    """The prefixes of the splits this candidate was compared on."""
    metric = COMPARED[0].metric
    return [p for p in SPLITS if diff_name(metric, REFERENCE, prefix=p) in aggregates[candidate]]


def versus_document(aggregates: Aggregates, bases: Mapping[str, str]) -> str:
    """Every candidate's tables, one per split it was compared on.

    Args:
        aggregates: Proposer label to aggregate metrics, with `reference` among them.
        bases: Candidate label to its base model's label.
    """
    sections = [
        f"## {candidate}: {SPLITS[prefix]}\n\n"
        + versus_table(aggregates, candidate, base, prefix=prefix)
        for candidate, base in bases.items()
        for prefix in _splits(aggregates, candidate)
    ]
    if not sections:
        return "# Fine-tune, base and planner\n\nNo candidate was compared with the planner.\n"
    return "# Fine-tune, base and planner\n\n" + "\n".join(sections)


def plot_versus(aggregates: Aggregates, bases: Mapping[str, str], path: Path) -> Path:
    """One row per candidate and split, one panel per compared metric: the proposers' values
    with their 95 % intervals as error bars."""
    rows = [(c, b, p) for c, b in bases.items() for p in _splits(aggregates, c)]
    columns = len(COMPARED)
    figure = Figure(figsize=(3.6 * columns, 2.8 * max(1, len(rows))), layout="constrained")
    for row, (candidate, base, prefix) in enumerate(rows):
        proposers = _proposers(aggregates, candidate, base)
        for column, measure in enumerate(COMPARED):
            axes = figure.add_subplot(len(rows), columns, row * columns + column + 1)
            spans = [
                read_interval(metrics, f"{prefix}{measure.metric}")
                for metrics in proposers.values()
            ]
            values = [s.value if s else 0.0 for s in spans]
            errors = [
                [s.value - s.low if s else 0.0 for s in spans],
                [s.high - s.value if s else 0.0 for s in spans],
            ]
            axes.bar(
                list(proposers),
                values,
                yerr=errors,
                capsize=4,
                color=["tab:blue", "tab:gray", "tab:green", "tab:olive"][: len(proposers)],
            )
            axes.set_title(f"{measure.metric}\n{candidate} ({SPLITS[prefix]})", fontsize=8)
            axes.tick_params(axis="x", labelsize=7)
    figure.savefig(path, dpi=90)
    return path
