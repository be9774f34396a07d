from __future__ import annotations

from pathlib import Path

import pytest
from mlflow import MlflowClient

from domain.api.serving import Variant
from domain.experiments import ExperimentReport, build_report
from evaluation.ab_report import log_ab_report, metrics_table, report_metrics, write_ab_report
from tests.utils.experiments import Arm, Population, simulate_export


def _report(champion_users: int = 1000) -> ExperimentReport:
    population = Population(
        arms={
            Variant.champion: Arm(champion_users),
            Variant.challenger: Arm(1000, adherence_lift=0.15, version="2"),
        }
    )
    return build_report(simulate_export(population, seed=0, experiment="planner-ab"))


@pytest.fixture(scope="module")
def report() -> ExperimentReport:
    return _report()


def test_markdown_table_leads_with_the_recommendation(report: ExperimentReport) -> None:
    lines = metrics_table(report).splitlines()
    assert lines[0].startswith("**Promote the challenger: adherence")
    rows = [line for line in lines if line.startswith("| adherence ↑ (primary) |")]
    assert len(rows) == 1
    assert rows[0].endswith("| better |")
    assert sum(line.startswith("| ") for line in lines) == 2 + len(report.metrics)  # + header, rule


def test_a_broken_split_is_the_first_thing_the_html_says(tmp_path: Path) -> None:
    files = write_ab_report(_report(champion_users=1200), tmp_path)
    html = files.html.read_text(encoding="utf-8")
    warning = html.index('class="warning">sample ratio mismatch')
    assert warning < html.index('class="recommendation">Keep collecting') < html.index("<h2>")
    assert "> ⚠ sample ratio mismatch" in metrics_table(_report(champion_users=1200))


def test_files_are_written_and_the_html_stands_alone(
    report: ExperimentReport, tmp_path: Path
) -> None:
    files = write_ab_report(report, tmp_path)
    for plot in (files.lift_plot, files.chance_plot, files.ratio_plot):
        assert plot.read_bytes().startswith(b"\x89PNG")
    html = files.html.read_text(encoding="utf-8")
    assert html.count('src="data:image/png;base64,') == 3
    assert "<title>A/B report: planner-ab</title>" in html
    assert ExperimentReport.model_validate_json(files.report_json.read_text()) == report


def test_report_is_logged_as_one_mlflow_run(
    report: ExperimentReport, mlflow_client: MlflowClient, tmp_path: Path
) -> None:
    files = write_ab_report(report, tmp_path / "report")
    run_id = log_ab_report(
        mlflow_client, files, report, experiment="ab-test", artifact_root=tmp_path / "mlruns"
    )
    run = mlflow_client.get_run(run_id)
    assert run.info.status == "FINISHED"
    assert run.data.tags["ab.action"] == "promote_challenger"
    adherence = report.metric("adherence")
    assert run.data.metrics["adherence.lift"] == pytest.approx(adherence.lift)
    assert run.data.metrics["users.challenger"] == 1000
    assert run.data.metrics == pytest.approx(report_metrics(report))
    logged = {f.path for f in mlflow_client.list_artifacts(run_id, "ab_report")}
    assert logged == {
        "ab_report/report.html",
        "ab_report/report.json",
        "ab_report/lift.png",
        "ab_report/chance_to_win.png",
        "ab_report/sample_ratio.png",
    }
