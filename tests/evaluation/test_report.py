from __future__ import annotations

from pathlib import Path

from mlflow import MlflowClient

from evaluation.report import comparison_table, log_report, write_report

AGGREGATES = {
    "finetune": {"schema_valid_rate": 1.0, "kcal_error_p95": 0.02, "latency_p50_s": 2.0},
    "reference": {"schema_valid_rate": 1.0, "kcal_error_p95": 0.01},
}
LATENCIES = {"finetune": [1.0, 2.0, 3.0], "reference": [0.1, 0.2, 0.2]}


def test_table_has_a_row_per_metric_with_direction_and_gaps() -> None:
    table = comparison_table(AGGREGATES)
    lines = table.splitlines()
    assert lines[0] == "| metric | finetune | reference |"
    assert "| kcal_error_p95 ↓ | 0.02 | 0.01 |" in lines
    assert "| latency_p50_s ↓ | 2 | – |" in lines
    assert "| schema_valid_rate ↑ | 1 | 1 |" in lines


def test_report_files_are_written_and_logged(mlflow_client: MlflowClient, tmp_path: Path) -> None:
    tags = "| group | notes |\n| --- | ---: |\n| all | 236 |\n"
    files = write_report(AGGREGATES, LATENCIES, tmp_path / "report", hand_tags={"finetune": tags})
    assert files.hand_tags.read_text(encoding="utf-8").endswith(f"## finetune\n\n{tags}")
    for path in (files.metrics_plot, files.latency_plot):
        assert path.read_bytes().startswith(b"\x89PNG")
    artifact_root = tmp_path / "artifacts"
    run_id = log_report(
        mlflow_client, files, AGGREGATES, experiment="eval-test", artifact_root=artifact_root
    )
    run = mlflow_client.get_run(run_id)
    assert (artifact_root / "eval-test").as_uri() in run.info.artifact_uri
    assert run.data.metrics["finetune.kcal_error_p95"] == 0.02
    logged = {f.path for f in mlflow_client.list_artifacts(run_id, "report")}
    assert logged == {
        "report/comparison.md",
        "report/metrics.png",
        "report/latency.png",
        "report/aggregates.json",
        "report/hand_reading_tags.md",
        "report/versus.md",
        "report/versus.png",
    }


def test_report_says_when_no_model_read_the_hand_written_notes(tmp_path: Path) -> None:
    files = write_report(AGGREGATES, LATENCIES, tmp_path)
    assert "No model read the hand-written notes." in files.hand_tags.read_text(encoding="utf-8")
