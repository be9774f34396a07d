"""The pipelines' own client (`ProductApi`) against this API: the contract read from both ends."""

from __future__ import annotations

import httpx
from fastapi.testclient import TestClient
from sqlalchemy import Engine

from domain.api.promotions import PromotionOutcome, PromotionStatus
from domain.api.serving import Variant
from pipelines.defs.resources.product_api import ProductApi
from tests.app.api.routes.test_experiments import URL, _user_with_plan
from tests.app.fake_serving import EXPERIMENT, FakeServing
from tests.app.utils import auth_headers

_TRANSPORTS: dict[str, httpx.BaseTransport] = {}


class AppProductApi(ProductApi):
    """`ProductApi` whose requests reach the app in process, through the test client."""

    def transport(self) -> httpx.BaseTransport | None:
        return _TRANSPORTS[self.base_url]


def test_the_pipelines_read_units_feedback_and_promotions(
    client: TestClient, engine: Engine
) -> None:
    def through_the_app(request: httpx.Request) -> httpx.Response:
        answer = client.request(
            request.method,
            request.url.raw_path.decode(),
            headers=dict(request.headers),
            content=request.content,
        )
        return httpx.Response(answer.status_code, headers=answer.headers, content=answer.content)

    _TRANSPORTS[str(client.base_url)] = httpx.MockTransport(through_the_app)
    admin = auth_headers(client, "root@example.com")  # FIRST_ADMIN_EMAIL: the pipelines' account
    token = admin["Authorization"].removeprefix("Bearer ")
    api = AppProductApi(base_url=str(client.base_url), token=token)
    for n, variant in enumerate([Variant.champion, Variant.challenger]):
        fake = FakeServing(variant=variant, model_version=str(n + 3), in_experiment=True)
        headers = _user_with_plan(client, engine, f"arm{n}@example.com", fake)
        client.put("/api/v1/me/feedback/1", headers=headers, json={"stars": 5 - n})

    export = api.experiment_units(EXPERIMENT)
    assert {unit.variant for unit in export.units} == {Variant.champion, Variant.challenger}
    records = api.feedback()
    assert sorted(r.stars or 0 for r in records) == [4, 5]
    assert api.feedback(since=max(r.at for r in records)) == []

    asked = client.post(
        f"{URL}/{EXPERIMENT}/promote", headers=admin, json={"challenger_version": "4"}
    )
    [pending] = api.pending_promotions()
    assert (pending.id, pending.challenger_version) == (asked.json()["id"], "4")
    api.complete_promotion(
        pending.id, PromotionOutcome(status=PromotionStatus.done, champion_version="4")
    )
    assert api.pending_promotions() == []
