from __future__ import annotations

from collections.abc import Iterator

from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import create_engine
from sqlalchemy.orm import Session

from app.api.deps import get_session


def test_healthz_and_readyz(client: TestClient) -> None:
    assert client.get("/healthz").json() == {"status": "ok"}
    assert client.get("/readyz").json() == {"status": "ok"}
    assert client.get("/docs").status_code == 200
    assert "/api/v1/me/profile" in client.get("/api/v1/openapi.json").json()["paths"]


def test_readyz_reports_unreachable_database(client: TestClient, app: FastAPI) -> None:
    dead = create_engine("postgresql+psycopg://postgres@127.0.0.1:1/none?connect_timeout=1")

    def broken_session() -> Iterator[Session]:
        with Session(dead) as session:
            yield session

    app.dependency_overrides[get_session] = broken_session
    response = client.get("/readyz")
    assert response.status_code == 503
    assert client.get("/healthz").status_code == 200
