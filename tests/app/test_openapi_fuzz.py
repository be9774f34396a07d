"""Property-based sweep of the OpenAPI schema: no request may produce a 500.

Every operation, auth and health included, gets the coverage phase's boundary and negative values
plus a fixed number of fuzzed cases (valid and schema-violating), with a fixed seed and
derandomised generation so a run is reproducible. A short stateful run then follows the links
schemathesis infers (create -> read/patch/delete by id), so fuzzed bodies also reach real rows.

Status-code conformance is left out on purpose: the routes document only their 2xx and 422 answers,
so every 401/403/404/409/429 would fail it; that is a documentation gap, not a crash. Response
bodies are still checked against the documented models, 422 bodies included.
"""

from __future__ import annotations

from typing import Any

import hypothesis
import pytest
import schemathesis
from fastapi import FastAPI
from fastapi.testclient import TestClient
from hypothesis import HealthCheck
from schemathesis import Case, Response
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance
from sqlalchemy import Engine
from starlette.types import ASGIApp, Receive, Scope, Send

from app.api.deps import get_serving_client
from app.main import create_app
from tests.app.fake_serving import FakeServing, drain, fake_client, make_runner
from tests.app.utils import FULL_PROFILE, auth_headers, empty_tables

AnyCase = Case[Any]  # whatever the operation's type parameters
EXAMPLES_PER_OPERATION = 20
SEED = 20_240_611
CHECKS = [not_a_server_error, response_schema_conformance]
CONFIG = schemathesis.Config.from_dict(
    {
        "seed": SEED,
        "generation": {
            "mode": "all",
            "max-examples": EXAMPLES_PER_OPERATION,
            "deterministic": True,
            "database": "none",
        },
    }
)
STEW = {"name": "Stew", "kcal": 500, "protein_g": 30, "carbs_g": 40, "fat_g": 20}
WORKFLOW_SETTINGS = hypothesis.settings(
    max_examples=25,
    stateful_step_count=10,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=list(HealthCheck),
)
# The schema is static: FastAPI builds it from the routes, no lifespan or settings needed.
schema = schemathesis.openapi.from_dict(create_app().openapi(), config=CONFIG)


class _SharedLifespan:
    """The app with a no-op lifespan: the session's TestClient already runs the real one.

    Schemathesis starts the lifespan of any ASGI app it calls; a second run would replace the
    engine and login throttle in `app.state` under the other tests' feet.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "lifespan":
            await self.app(scope, receive, send)
            return
        while (await receive())["type"] != "lifespan.shutdown":
            await send({"type": "lifespan.startup.complete"})
        await send({"type": "lifespan.shutdown.complete"})


@pytest.fixture
def shared_app(app: FastAPI, client: TestClient) -> _SharedLifespan:
    return _SharedLifespan(app)


def _seed_admin(client: TestClient, engine: Engine) -> dict[str, str]:
    """An admin (FIRST_ADMIN_EMAIL) with a full profile, one row in every log, a plan version
    with feedback and a notes reading.

    Admin, so admin and experiment routes get past the role check; the rows give listings
    something to return and the workflows ids (versions, jobs) to follow.
    """
    headers = auth_headers(client, "root@example.com")
    seeds = [
        ("put", "/api/v1/me/profile", {**FULL_PROFILE, "notes": "No fish."}),
        ("post", "/api/v1/me/weights", {"weight_kg": 61.5}),
        ("post", "/api/v1/me/workouts", {"exercise": "Push-Up", "sets": 3, "notes": "easy"}),
        ("post", "/api/v1/me/meals", {"food_id": "05062", "grams": 150}),
        ("post", "/api/v1/me/meals", STEW),
        ("post", "/api/v1/me/plans", None),
    ]
    for method, url, body in seeds:
        response = client.request(method, url, json=body, headers=headers)
        assert response.is_success, response.text
    serving = FakeServing(in_experiment=True)
    drain(make_runner(engine, serving))
    # Serving answers reads made during a request too (the models in service).
    reads = fake_client(serving)
    client.app.dependency_overrides[get_serving_client] = lambda: reads  # type: ignore[attr-defined]
    response = client.put("/api/v1/me/feedback/1", headers=headers, json={"stars": 4})
    assert response.is_success, response.text
    return headers


@pytest.fixture
def headers(client: TestClient, engine: Engine) -> dict[str, str]:
    return _seed_admin(client, engine)


@schema.parametrize()
@hypothesis.settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_no_request_is_a_server_error(
    case: AnyCase, shared_app: _SharedLifespan, headers: dict[str, str]
) -> None:
    # Rows pile up across one operation's examples (fixtures are per operation): that is fine,
    # a real user's logs grow too.
    case.call_and_validate(headers=headers, app=shared_app, checks=CHECKS)


def test_workflows_are_not_server_errors(
    shared_app: _SharedLifespan, client: TestClient, engine: Engine
) -> None:
    class Workflow(schema.as_state_machine()):  # type: ignore[misc]
        headers: dict[str, str]

        def setup(self) -> None:
            # Each scenario starts from the same rows: the links a scenario can follow depend on
            # what the server holds, and Hypothesis replays scenarios expecting the same draws.
            empty_tables(engine)
            self.headers = _seed_admin(client, engine)

        def get_call_kwargs(self, case: AnyCase) -> dict[str, object]:
            return {"headers": self.headers, "app": shared_app}

        def validate_response(
            self,
            response: Response,
            case: AnyCase,
            additional_checks: object = None,
            **kwargs: object,
        ) -> None:
            case.validate_response(response, checks=CHECKS, transport_kwargs=kwargs)

    Workflow.run(settings=WORKFLOW_SETTINGS)
