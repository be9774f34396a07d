"""An in-memory product API behind `httpx.MockTransport`, so `ProductApi`'s real HTTP code runs.

`FakeProductApi` is `ProductApi` with the fake server's transport; Dagster rebuilds resources
from their config, so the server is found by the resource's `base_url` in `SERVERS`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

import httpx
from pydantic import TypeAdapter

from domain.api.experiments import ExperimentUnits, PreferenceRecord
from domain.api.promotions import PromotionOutcome, PromotionRequest, PromotionStatus
from pipelines.defs.resources.product_api import ProductApi

TOKEN = "scientist-token"
PREFIX = "/api/v1/experiments"


@dataclass
class FakeProductServer:
    units: dict[str, ExperimentUnits] = field(default_factory=dict)
    feedback: list[PreferenceRecord] = field(default_factory=list)
    promotions: dict[int, PromotionRequest] = field(default_factory=dict)
    outcomes: dict[int, PromotionOutcome] = field(default_factory=dict)
    seen: list[httpx.Request] = field(default_factory=list)

    def _routes(self, request: httpx.Request) -> httpx.Response:
        path, method = request.url.path, request.method
        if method == "GET" and (key := re.fullmatch(rf"{PREFIX}/([^/]+)/units", path)):
            if key[1] not in self.units:
                return httpx.Response(404, json={"detail": "no such experiment"})
            return httpx.Response(200, content=self.units[key[1]].model_dump_json())
        if method == "GET" and path == f"{PREFIX}/feedback":  # ignores `since`, like an old API
            return httpx.Response(
                200, content=TypeAdapter(list[PreferenceRecord]).dump_json(self.feedback)
            )
        if method == "GET" and path == f"{PREFIX}/promotions":
            status = request.url.params.get("status")
            listed = [p for p in self.promotions.values() if status in (None, p.status)]
            return httpx.Response(
                200, content=TypeAdapter(list[PromotionRequest]).dump_json(listed)
            )
        if method == "POST" and (
            done := re.fullmatch(rf"{PREFIX}/promotions/(\d+)/complete", path)
        ):
            outcome = PromotionOutcome.model_validate(json.loads(request.content))
            request_id = int(done[1])
            self.outcomes[request_id] = outcome
            self.promotions[request_id] = self.promotions[request_id].model_copy(
                update={"status": outcome.status}
            )
            return httpx.Response(200, json={})
        return httpx.Response(404, json={"detail": f"{method} {path}"})

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.seen.append(request)
        if request.headers.get("Authorization") != f"Bearer {TOKEN}":
            return httpx.Response(401, json={"detail": "not authenticated"})
        return self._routes(request)

    def pending(self, request_id: int, experiment: str, challenger: str | None) -> None:
        self.promotions[request_id] = PromotionRequest(
            id=request_id,
            experiment=experiment,
            challenger_version=challenger,
            requested_at="2026-12-01T00:00:00Z",  # type: ignore[arg-type]
            status=PromotionStatus.pending,
        )


SERVERS: dict[str, FakeProductServer] = {}


class FakeProductApi(ProductApi):
    def transport(self) -> httpx.BaseTransport:
        return httpx.MockTransport(SERVERS[self.base_url].handle)


def fake_api(name: str, *, token: str = TOKEN) -> tuple[FakeProductApi, FakeProductServer]:
    """A fresh server registered under `http://<name>` and the resource that reaches it."""
    server = FakeProductServer()
    SERVERS[f"http://{name}"] = server
    return FakeProductApi(base_url=f"http://{name}", token=token), server
