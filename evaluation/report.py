"""Comparison report: a markdown table and PNG plots, and their upload to MLflow.

Beside the table, each model's reading of the hand-written notes per tag
(`evaluation.handwritten.breakdown`) goes into one markdown file, and each candidate next to its
base model and the planner, with 95 % intervals (`evaluation.versus`), into another with a plot.

Plots use matplotlib's object API (`Figure`) so nothing touches pyplot's global state inside
Dagster's worker processes.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from matplotlib.figure import Figure
from mlflow import MlflowClient

from evaluation.specs import METRIC_SPECS
from evaluation.versus import plot_versus, versus_document
from training.tracking import ensure_experiment

Aggregates = Mapping[str, Mapping[str, float]]


@dataclass(frozen=True)
class ReportFiles:
    table: Path
    metrics_plot: Path
    latency_plot: Path
    aggregates: Path
    hand_tags: Path
    versus: Path
    versus_plot: Path


def comparison_table(aggregates: Aggregates) -> str:
    """Markdown table: one row per metric (arrow gives the better direction), one column each."""
    names = list(aggregates)
    lines = [
        "| metric | " + " | ".join(names) + " |",
        "| --- | " + " | ".join("---:" for _ in names) + " |",
    ]
    for spec in METRIC_SPECS:
        arrow = "↑" if spec.higher_is_better else "↓"
        cells = [
            f"{aggregates[n][spec.name]:.4g}" if spec.name in aggregates[n] else "–" for n in names
        ]
        lines.append(f"| {spec.name} {arrow} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def plot_metrics(aggregates: Aggregates, path: Path) -> Path:
    """One bar chart per metric, proposers side by side."""
    names = list(aggregates)
    columns = 4
    rows = -(-len(METRIC_SPECS) // columns)
    figure = Figure(figsize=(4 * columns, 2.8 * rows), layout="constrained")
    for index, spec in enumerate(METRIC_SPECS):
        axes = figure.add_subplot(rows, columns, index + 1)
        axes.bar(names, [aggregates[n].get(spec.name, 0.0) for n in names], color="tab:blue")
        axes.set_title(f"{spec.name} ({'higher' if spec.higher_is_better else 'lower'} is better)")
        axes.tick_params(axis="x", labelrotation=30, labelsize=7)
    figure.savefig(path, dpi=90)
    return path


def plot_latency(latencies: Mapping[str, Sequence[float]], path: Path) -> Path:
    """Box plot of per-example generation latency per proposer."""
    figure = Figure(figsize=(max(6, 1.5 * len(latencies)), 4), layout="constrained")
    axes = figure.add_subplot()
    axes.boxplot([list(v) for v in latencies.values()], tick_labels=list(latencies))
    axes.set_ylabel("seconds per plan")
    axes.set_title("generation latency")
    axes.tick_params(axis="x", labelrotation=30, labelsize=7)
    figure.savefig(path, dpi=90)
    return path


def hand_tags_document(tables: Mapping[str, str]) -> str:
    """One section per model holding its per-tag table of the hand-written notes."""
    if not tables:
        return "# Hand-written notes per tag\n\nNo model read the hand-written notes.\n"
    sections = [f"## {name}\n\n{table}" for name, table in tables.items()]
    return "# Hand-written notes per tag\n\n" + "\n".join(sections)


def write_report(
    aggregates: Aggregates,
    latencies: Mapping[str, Sequence[float]],
    out_dir: Path,
    *,
    hand_tags: Mapping[str, str] | None = None,
    bases: Mapping[str, str] | None = None,
) -> ReportFiles:
    """Write the tables, the plots, the aggregates JSON and the per-tag tables into `out_dir`.

    Args:
        aggregates: Proposer name to aggregate metrics.
        latencies: Proposer name to per-example latencies in seconds.
        out_dir: Output folder, created if missing.
        hand_tags: Proposer name to its per-tag table of the hand-written notes, if it read them.
        bases: Candidate name to its base model's name, for the fine-tune / base / planner
            comparison (`reference` is the planner); none leaves it empty.

    Returns:
        Paths of the written files.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    table = out_dir / "comparison.md"
    table.write_text(comparison_table(aggregates), encoding="utf-8")
    data = out_dir / "aggregates.json"
    data.write_text(json.dumps(aggregates, indent=2, sort_keys=True), encoding="utf-8")
    tags = out_dir / "hand_reading_tags.md"
    tags.write_text(hand_tags_document(hand_tags or {}), encoding="utf-8")
    versus = out_dir / "versus.md"
    versus.write_text(versus_document(aggregates, bases or {}), encoding="utf-8")
    return ReportFiles(
        table=table,
        metrics_plot=plot_metrics(aggregates, out_dir / "metrics.png"),
        latency_plot=plot_latency(latencies, out_dir / "latency.png"),
        aggregates=data,
        hand_tags=tags,
        versus=versus,
        versus_plot=plot_versus(aggregates, bases or {}, out_dir / "versus.png"),
    )


def log_run(
    client: MlflowClient,
    *,
    experiment: str,
    run_name: str,
    metrics: Mapping[str, float],
    files: Sequence[Path],
    artifact_path: str,
    tags: Mapping[str, str] | None = None,
    artifact_root: Path | None = None,
) -> str:
    """One finished MLflow run holding `metrics` and `files` (under `artifact_path`).

    `artifact_root` places a new experiment's artefacts in a local store (see
    `training.tracking.ensure_experiment`).

    Returns:
        The run id.
    """
    experiment_id = ensure_experiment(client, experiment, artifact_root=artifact_root)
    run = client.create_run(experiment_id, run_name=run_name, tags=dict(tags or {}))
    run_id = str(run.info.run_id)
    for key, value in metrics.items():
        client.log_metric(run_id, key, value)
    for path in files:
        client.log_artifact(run_id, str(path), artifact_path)
    client.set_terminated(run_id)
    return run_id


def log_report(
    client: MlflowClient,
    files: ReportFiles,
    aggregates: Aggregates,
    *,
    experiment: str,
    artifact_root: Path | None = None,
) -> str:
    """Log the report as one MLflow run: `<proposer>.<metric>` metrics and the files.

    Returns:
        The run id.
    """
    return log_run(
        client,
        experiment=experiment,
        run_name="eval-comparison",
        metrics={
            f"{name}.{metric}": value
            for name, metrics in aggregates.items()
            for metric, value in metrics.items()
        },
        files=(
            files.table,
            files.metrics_plot,
            files.latency_plot,
            files.aggregates,
            files.hand_tags,
            files.versus,
            files.versus_plot,
        ),
        artifact_path="report",
        artifact_root=artifact_root,
    )
