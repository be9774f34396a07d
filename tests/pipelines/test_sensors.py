import json
from pathlib import Path

import dagster as dg

from pipelines.defs.resources.artifacts import ArtifactStore
from pipelines.defs.sensors.run_failures import FAILURES_FILE, record_run_failures


@dg.asset
def always_fails() -> None:
    raise RuntimeError("catalog folder vanished")


def test_failed_run_is_logged_and_appended_to_the_failure_file(tmp_path: Path) -> None:
    instance = dg.DagsterInstance.ephemeral()
    result = dg.materialize([always_fails], instance=instance, raise_on_error=False)
    assert not result.success
    (failure,) = [e for e in result.all_events if e.event_type == dg.DagsterEventType.RUN_FAILURE]
    context = dg.build_run_status_sensor_context(
        sensor_name=record_run_failures.name,
        dagster_event=failure,
        dagster_instance=instance,
        dagster_run=result.dagster_run,
        resources={"artifact_store": ArtifactStore(root=str(tmp_path))},
    ).for_run_failure()
    record_run_failures(context)
    (line,) = (tmp_path / FAILURES_FILE).read_text().splitlines()
    record = json.loads(line)
    assert record["run_id"] == result.run_id
    assert record["job"] == result.dagster_run.job_name
    assert [step["step"] for step in record["failed_steps"]] == ["always_fails"]
    assert "catalog folder vanished" in record["failed_steps"][0]["error"]
