"""The A/B report rendered (HTML with plots, markdown table) and logged to MLflow as one run."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from mlflow import MlflowClient

from domain.experiments import ExperimentReport
from evaluation.ab_report.plots import plot_chance_to_win, plot_lifts, plot_sample_ratio
from evaluation.ab_report.render import html_report, metrics_table, recommendation_line
from evaluation.report import log_run

__all__ = [
    "AbReportFiles",
    "log_ab_report",
    "metrics_table",
    "recommendation_line",
    "report_metrics",
    "write_ab_report",
]


@dataclass(frozen=True)
class AbReportFiles:
    html: Path
    report_json: Path
    lift_plot: Path
    chance_plot: Path
    ratio_plot: Path

    @property
    def all(self) -> tuple[Path, ...]:
        return (self.html, self.report_json, self.lift_plot, self.chance_plot, self.ratio_plot)


def write_ab_report(report: ExperimentReport, out_dir: Path) -> AbReportFiles:
    """Write the plots, the HTML page and the report's JSON into `out_dir` (created if missing).

    Returns:
        Paths of the written files.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    plots = {
        "lift": plot_lifts(report, out_dir / "lift.png"),
        "chance_to_win": plot_chance_to_win(report, out_dir / "chance_to_win.png"),
        "sample_ratio": plot_sample_ratio(report, out_dir / "sample_ratio.png"),
    }
    html = out_dir / "report.html"
    html.write_text(html_report(report, plots), encoding="utf-8")
    data = out_dir / "report.json"
    data.write_text(report.model_dump_json(indent=2), encoding="utf-8")
    return AbReportFiles(html, data, plots["lift"], plots["chance_to_win"], plots["sample_ratio"])


def report_metrics(report: ExperimentReport) -> dict[str, float]:
    """What MLflow charts across reports: the split, then each metric's values and lift."""
    metrics = {"srm_p_value": report.sample_ratio.p_value}
    metrics |= {f"users.{v}": float(n) for v, n in report.sample_ratio.users.items()}
    for result in report.metrics:
        values = {
            "control": result.control,
            "treatment": result.treatment,
            "lift": result.lift,
            "chance_to_win": result.chance_to_win,
            "sequential_low": result.sequential_ci[0] if result.sequential_ci else None,
            "sequential_high": result.sequential_ci[1] if result.sequential_ci else None,
        }
        metrics |= {f"{result.metric}.{k}": v for k, v in values.items() if v is not None}
    return metrics


def log_ab_report(
    client: MlflowClient,
    files: AbReportFiles,
    report: ExperimentReport,
    *,
    experiment: str = "nexfitra-ab",
    artifact_root: Path | None = None,
) -> str:
    """Log one run per report: metrics as MLflow metrics, the files under `ab_report/`.

    Returns:
        The run id.
    """
    return log_run(
        client,
        experiment=experiment,
        run_name=f"ab-report-{report.experiment}",
        metrics=report_metrics(report),
        files=files.all,
        artifact_path="ab_report",
        tags={
            "ab.experiment": report.experiment,
            "ab.action": str(report.recommendation.action),
            "ab.control": str(report.control),
            "ab.treatment": str(report.treatment),
            "ab.exported_at": report.exported_at.isoformat(),
        },
        artifact_root=artifact_root,
    )
