"""The feedback sensor's cursor, and promotions from request to `@champion` and back."""

from __future__ import annotations

from pathlib import Path

import dagster as dg
from mlflow import MlflowClient

from domain.api.experiments import PreferenceRecord
from domain.api.promotions import PromotionStatus
from evaluation.registry import MODEL_NAME, current_aliases, promote
from pipelines.defs.jobs.promotion import promote_champion
from pipelines.defs.resources.mlflow import LocalMlflow
from pipelines.defs.sensors.experiments import MIN_NEW_FEEDBACK, new_feedback, promotion_requests
from tests.domain.plan.factories import make_request
from tests.pipelines.fake_product_api import FakeProductApi, fake_api
from tests.utils.experiments import feedback, plan_draft

REQUEST = make_request()
DRAFT = plan_draft(REQUEST, 0)


def _add_feedback(records: list[PreferenceRecord], count: int, start: int) -> None:
    records += [
        feedback(f"u{i}", REQUEST, DRAFT, stars=4, minutes=i) for i in range(start, start + count)
    ]


def test_a_report_is_requested_once_enough_new_feedback_arrived() -> None:
    api, server = fake_api("sensor-feedback")
    _add_feedback(server.feedback, MIN_NEW_FEEDBACK - 1, 0)
    first = new_feedback(dg.build_sensor_context(resources={"product_api": api}))
    assert isinstance(first, dg.SkipReason)
    assert f"{MIN_NEW_FEEDBACK - 1} feedback records" in str(first.skip_message)

    _add_feedback(server.feedback, 1, MIN_NEW_FEEDBACK - 1)
    second = new_feedback(dg.build_sensor_context(resources={"product_api": api}))
    assert isinstance(second, dg.SensorResult)
    [run] = second.run_requests or []
    newest = server.feedback[-1].at.isoformat()
    assert second.cursor == newest
    assert run.run_key == f"feedback-{newest}"

    # Since the cursor: the same records no longer count, new ones do.
    context = dg.build_sensor_context(cursor=newest, resources={"product_api": api})
    assert isinstance(new_feedback(context), dg.SkipReason)
    _add_feedback(server.feedback, MIN_NEW_FEEDBACK, MIN_NEW_FEEDBACK)
    assert isinstance(new_feedback(context), dg.SensorResult)


def _registry(tmp_path: Path) -> tuple[LocalMlflow, MlflowClient]:
    uri = f"sqlite:///{tmp_path / 'mlflow.db'}"
    client = MlflowClient(uri, registry_uri=uri)
    client.create_registered_model(MODEL_NAME)
    for index in range(2):
        client.create_model_version(MODEL_NAME, source=f"/tmp/src{index}")
    promote(client, "1")
    promote(client, "2")
    return LocalMlflow(tracking_uri=uri, artifact_root=str(tmp_path / "mlruns")), client


def _run(api: FakeProductApi, mlflow: LocalMlflow) -> list[dg.ExecuteInProcessResult]:
    """Every run the promotion sensor asks for, executed in process."""
    requested = promotion_requests(dg.build_sensor_context(resources={"product_api": api}))
    assert isinstance(requested, list)
    return [
        promote_champion.execute_in_process(
            run_config=request.run_config,
            resources={"mlflow": mlflow, "product_api": api},
            raise_on_error=False,
        )
        for request in requested
    ]


def test_an_approved_promotion_moves_champion_and_completes_the_request(tmp_path: Path) -> None:
    api, server = fake_api("sensor-promote")
    mlflow, client = _registry(tmp_path)
    assert isinstance(
        promotion_requests(dg.build_sensor_context(resources={"product_api": api})), dg.SkipReason
    )
    server.pending(11, "planner-ab", "2")
    [result] = _run(api, mlflow)
    assert result.success
    assert current_aliases(client) == {"champion": "2"}
    assert server.outcomes[11].status is PromotionStatus.done
    assert server.outcomes[11].champion_version == "2"
    assert server.promotions[11].status is PromotionStatus.done
    # A run re-executed from the UI (say its completion was lost) changes nothing.
    server.pending(11, "planner-ab", "2")
    [again] = _run(api, mlflow)
    assert again.success and current_aliases(client) == {"champion": "2"}


def test_a_challenger_that_moved_since_approval_is_not_promoted(tmp_path: Path) -> None:
    api, server = fake_api("sensor-refuse")
    mlflow, client = _registry(tmp_path)
    server.pending(12, "planner-ab", "3")  # the scientist read the report of a newer version
    [result] = _run(api, mlflow)
    assert not result.success
    assert current_aliases(client) == {"champion": "1", "challenger": "2"}
    outcome = server.outcomes[12]
    assert outcome.status is PromotionStatus.failed
    assert "not the approved 3" in outcome.detail
