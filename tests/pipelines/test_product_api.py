"""`ProductApi` over HTTP (a MockTransport server): auth, parsing, filters, errors, bindings."""

from __future__ import annotations

from datetime import timedelta

import dagster as dg
import httpx
import pytest

from domain.api.promotions import PromotionOutcome, PromotionStatus
from domain.api.serving import Variant
from pipelines.defs.resources.bindings import resources
from pipelines.defs.resources.product_api import ProductApi
from tests.domain.plan.factories import make_request
from tests.pipelines.fake_product_api import fake_api
from tests.utils.experiments import NOW, Arm, Population, feedback, plan_draft, simulate_export


def test_units_come_back_typed_with_the_bearer_token() -> None:
    api, server = fake_api("units")
    export = simulate_export(
        Population(arms={Variant.champion: Arm(3), Variant.challenger: Arm(3)}), 0
    )
    server.units["planner-ab"] = export
    assert api.experiment_units("planner-ab") == export
    [request] = server.seen
    assert request.url.path == "/api/v1/experiments/planner-ab/units"
    assert request.headers["Authorization"] == "Bearer scientist-token"


def test_feedback_since_is_sent_and_applied_here_too() -> None:
    api, server = fake_api("feedback")
    request = make_request()
    draft = plan_draft(request, 0)
    server.feedback = [feedback(f"u{i}", request, draft, stars=5, minutes=i) for i in range(5)]
    assert len(api.feedback()) == 5
    newer = api.feedback(since=NOW + timedelta(minutes=2))
    assert [record.unit for record in newer] == ["u3", "u4"]
    assert server.seen[-1].url.params["since"] == (NOW + timedelta(minutes=2)).isoformat()


def test_promotions_are_listed_pending_and_completed() -> None:
    api, server = fake_api("promotions")
    server.pending(7, "planner-ab", "3")
    server.pending(8, "planner-ab", None)
    server.promotions[8] = server.promotions[8].model_copy(update={"status": PromotionStatus.done})
    assert [request.id for request in api.pending_promotions()] == [7]
    assert server.seen[-1].url.params["status"] == "pending"
    outcome = PromotionOutcome(status=PromotionStatus.done, champion_version="3")
    api.complete_promotion(7, outcome)
    assert server.outcomes == {7: outcome}
    assert api.pending_promotions() == []


def test_http_errors_propagate() -> None:
    api, server = fake_api("errors", token="wrong")
    with pytest.raises(httpx.HTTPStatusError, match="401"):
        api.pending_promotions()
    good, _ = fake_api("errors-404")
    with pytest.raises(httpx.HTTPStatusError, match="404"):
        good.experiment_units("unknown")


def test_deployment_reads_the_token_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEXFITRA_API_URL", "http://app:8000")
    monkeypatch.setenv("NEXFITRA_SCIENTIST_TOKEN", "s3cret")
    resource = resources().resources["product_api"]  # type: ignore[index]
    assert isinstance(resource, ProductApi)
    assert resource.token == dg.EnvVar("NEXFITRA_SCIENTIST_TOKEN")
    with resource.process_config_and_initialize_cm() as ready:
        assert (ready.base_url, ready.token) == ("http://app:8000", "s3cret")
        with ready._client() as client:
            assert client.timeout == httpx.Timeout(30.0, connect=5.0)
