"""Serving's answers sorted into what a retry can fix and what it cannot."""

from __future__ import annotations

import httpx
import pytest

from app.core.logs import request_context
from app.services.serving_client import OrderRejected, ServingClient, ServingUnavailable
from domain.api.serving import PlanOrder, ReadOrder, Variant
from tests.app.fake_serving import FakeServing

ORDER = PlanOrder.model_validate(
    {
        "user": {"id": "1"},
        "profile": {
            "sex": "female",
            "age": 30,
            "height_cm": 165,
            "weight_kg": 60,
            "goal": "maintain",
            "activity_level": "moderate",
            "days_per_week": 3,
        },
    }
)


def _client(handler: httpx.MockTransport | None = None, **answer: object) -> ServingClient:
    def reply(request: httpx.Request) -> httpx.Response:
        return httpx.Response(**answer)  # type: ignore[arg-type]

    return ServingClient(
        base_url="http://serving.test",
        timeout=1,
        connect_timeout=1,
        transport=handler or httpx.MockTransport(reply),
    )


def test_a_plan_comes_back_parsed_with_the_key_and_the_request_id() -> None:
    fake = FakeServing()
    client = _client(httpx.MockTransport(fake.handle))
    with request_context("req-1"):
        answer = client.plan(ORDER, key="job-key")
    assert len(answer.plan.days) == 7
    headers = fake.calls[0][2]
    assert (headers["idempotency-key"], headers["x-request-id"]) == ("job-key", "req-1")
    client.read(ReadOrder(user=ORDER.user, notes="No fish."), key="k")
    assert "x-request-id" not in fake.calls[1][2]  # outside a request there is none


@pytest.mark.parametrize(
    ("status", "headers", "retry_after"),
    [(503, {"Retry-After": "7"}, 7.0), (429, {"Retry-After": "2"}, 2.0), (500, {}, None)],
)
def test_overload_and_server_errors_are_retried(
    status: int, headers: dict[str, str], retry_after: float | None
) -> None:
    client = _client(status_code=status, json={"detail": "busy"}, headers=headers)
    with pytest.raises(ServingUnavailable) as caught:
        client.plan(ORDER, key="k")
    assert caught.value.retry_after == retry_after


def test_no_connection_and_unparseable_answers_are_retried() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    with pytest.raises(ServingUnavailable, match="unreachable"):
        _client(httpx.MockTransport(refuse)).plan(ORDER, key="k")
    with pytest.raises(ServingUnavailable, match="does not parse"):
        _client(status_code=200, json={"plan": "?"}).plan(ORDER, key="k")


def test_refusals_carry_servings_reasons() -> None:
    body = {
        "detail": "no plan can meet these constraints",
        "reasons": [{"code": "protein", "message": "too little"}],
    }
    with pytest.raises(OrderRejected) as caught:
        _client(status_code=422, json=body).plan(ORDER, key="k")
    assert caught.value.reasons == [{"code": "protein", "message": "too little"}]
    assert caught.value.status == 422 and "no plan" in caught.value.detail
    invalid = {"detail": [{"loc": ["body", "profile", "age"], "msg": "too old"}]}
    with pytest.raises(OrderRejected, match="invalid body.profile.age"):
        _client(status_code=422, json=invalid).plan(ORDER, key="k")
    with pytest.raises(OrderRejected, match="refused the order \\(403\\)"):
        _client(status_code=403, content=b"not json").plan(ORDER, key="k")


def test_the_models_in_service_come_back_parsed() -> None:
    fake = FakeServing(variant=Variant.champion, model_version="3", in_experiment=True)
    models = _client(httpx.MockTransport(fake.handle)).models()
    assert {(v.variant, v.model_version, v.weight) for v in models.variants} == {
        (Variant.champion, "3", 0.9),
        (Variant.challenger, "3", 0.1),
    }
    assert fake.calls == []  # a read, not an order: nothing to record


@pytest.mark.parametrize(
    ("status", "body", "message"),
    [
        (503, {"detail": "starting"}, "answered 503"),
        (404, {"detail": "Not Found"}, "answered 404"),
        (200, {"variants": "?"}, "does not parse"),
    ],
)
def test_models_from_a_serving_that_cannot_say_are_unavailable(
    status: int, body: dict[str, str], message: str
) -> None:
    with pytest.raises(ServingUnavailable, match=message):
        _client(status_code=status, json=body).models()
    with pytest.raises(ServingUnavailable, match="unreachable"):
        _client(httpx.MockTransport(FakeServing(down=True).handle)).models()
