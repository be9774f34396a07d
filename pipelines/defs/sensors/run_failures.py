"""Record every failed run where people look: the sensor log and a JSON-lines file."""

import json
from datetime import UTC, datetime
from typing import Any

import dagster as dg

from pipelines.defs.resources.artifacts import ArtifactStore

FAILURES_FILE = "run_failures.jsonl"


def _root_cause(event: dg.DagsterEvent) -> str | None:
    """The user's exception message, not Dagster's "Execution of step failed" wrapper."""
    error = event.step_failure_data.error
    while error is not None and error.cause is not None:
        error = error.cause
    return None if error is None else error.message.strip()


def failure_record(context: dg.RunFailureSensorContext) -> dict[str, Any]:
    """What failed, where and why, from the run's failure and step-failure events.

    Args:
        context: The run-failure sensor context.

    Returns:
        A JSON-serialisable record.
    """
    run = context.dagster_run
    return {
        "at": datetime.now(UTC).isoformat(timespec="seconds"),
        "run_id": run.run_id,
        "job": run.job_name,
        "partition": run.tags.get("dagster/partition"),
        "message": context.failure_event.message,
        "failed_steps": [
            {"step": event.step_key, "error": _root_cause(event)}
            for event in context.get_step_failure_events()
        ],
    }


@dg.run_failure_sensor(
    default_status=dg.DefaultSensorStatus.RUNNING,
    description=f"Logs each failed run and appends it to `<artifact root>/{FAILURES_FILE}`.",
)
def record_run_failures(context: dg.RunFailureSensorContext, artifact_store: ArtifactStore) -> None:
    record = failure_record(context)
    context.log.error(f"run {record['run_id']} of {record['job']} failed: {record['message']}")
    with (artifact_store.folder() / FAILURES_FILE).open("a", encoding="utf-8") as sink:
        sink.write(json.dumps(record) + "\n")
