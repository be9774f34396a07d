"""The A/B report's plots: lifts with both intervals, chance to win, sample ratio.

matplotlib's object API (`Figure`), as in `evaluation.report`: no pyplot global state in Dagster's
worker processes.
"""

from __future__ import annotations

from pathlib import Path

from matplotlib.figure import Figure

from domain.experiments import ExperimentReport, MetricResult, Verdict

COLOURS = {Verdict.better: "tab:green", Verdict.worse: "tab:red", Verdict.inconclusive: "tab:gray"}
DPI = 90


def metric_label(result: MetricResult) -> str:
    """`name ↑ (role)`: the arrow gives the better direction."""
    arrow = "↑" if result.higher_is_better else "↓"
    return f"{result.metric} {arrow} ({result.role})"


def plot_lifts(report: ExperimentReport, path: Path) -> Path:
    """Relative lift per metric: fixed-horizon interval (thin, capped) inside the always-valid one
    (thick), coloured by verdict; metrics without an estimate are listed empty."""
    results = report.metrics
    figure = Figure(figsize=(8, 0.55 * len(results) + 1.5), layout="constrained")
    axes = figure.add_subplot()
    for row, result in enumerate(reversed(results)):
        if result.lift is None or result.ci is None or result.sequential_ci is None:
            continue
        colour = COLOURS[result.verdict]
        low, high = result.sequential_ci
        axes.hlines(row, low, high, colors=colour, linewidth=6, alpha=0.35)
        axes.errorbar(
            result.lift,
            row,
            xerr=[[result.lift - result.ci[0]], [result.ci[1] - result.lift]],
            fmt="o",
            color=colour,
            capsize=4,
        )
    axes.axvline(0, color="black", linewidth=0.8)
    axes.set_yticks(range(len(results)), [metric_label(r) for r in reversed(results)])
    axes.xaxis.set_major_formatter(lambda value, _: f"{value:+.0%}")
    axes.set_xlabel(f"relative lift of {report.treatment} over {report.control}")
    axes.set_title("lift: 95 % interval (thin), always-valid interval (thick)")
    figure.savefig(path, dpi=DPI)
    return path


def plot_chance_to_win(report: ExperimentReport, path: Path) -> Path:
    """Posterior chance that the treatment is better, per metric."""
    results = [r for r in report.metrics if r.chance_to_win is not None]
    figure = Figure(figsize=(8, 0.45 * len(results) + 1.5), layout="constrained")
    axes = figure.add_subplot()
    chances = [r.chance_to_win or 0.0 for r in reversed(results)]
    axes.barh(
        [metric_label(r) for r in reversed(results)],
        chances,
        color=["tab:green" if c >= 0.5 else "tab:red" for c in chances],
    )
    for threshold in (0.05, 0.5, 0.95):
        axes.axvline(threshold, color="black", linewidth=0.6, linestyle=":")
    axes.set_xlim(0, 1)
    axes.xaxis.set_major_formatter(lambda value, _: f"{value:.0%}")
    axes.set_title(f"chance {report.treatment} beats {report.control}")
    figure.savefig(path, dpi=DPI)
    return path


def plot_sample_ratio(report: ExperimentReport, path: Path) -> Path:
    """Observed share of users per variant next to the intended weight."""
    ratio = report.sample_ratio
    variants = list(ratio.weights)
    total_users = sum(ratio.users.values()) or 1
    total_weight = sum(ratio.weights.values()) or 1.0
    figure = Figure(figsize=(6, 3.5), layout="constrained")
    axes = figure.add_subplot()
    positions = range(len(variants))
    axes.bar(
        [p - 0.2 for p in positions],
        [ratio.weights[v] / total_weight for v in variants],
        width=0.4,
        label="intended",
        color="tab:gray",
    )
    axes.bar(
        [p + 0.2 for p in positions],
        [ratio.users.get(v, 0) / total_users for v in variants],
        width=0.4,
        label="observed",
        color="tab:red" if ratio.mismatch else "tab:blue",
    )
    axes.set_xticks(list(positions), [str(v) for v in variants])
    axes.yaxis.set_major_formatter(lambda value, _: f"{value:.0%}")
    verdict = "MISMATCH" if ratio.mismatch else "ok"
    axes.set_title(f"sample ratio: χ² p = {ratio.p_value:.3g} ({verdict})")
    axes.legend()
    figure.savefig(path, dpi=DPI)
    return path
