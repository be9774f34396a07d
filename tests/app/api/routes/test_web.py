from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from app.core.config import get_settings

INDEX = "<!doctype html><title>NexFitra</title>"


def _serve_from(app: FastAPI, web_dir: Path) -> None:
    settings = get_settings().model_copy(update={"web_dir": web_dir})
    app.dependency_overrides[get_settings] = lambda: settings


@pytest.fixture
def web(client: TestClient, app: FastAPI, tmp_path: Path) -> Iterator[TestClient]:
    """The client, with a built web app of one page and one fingerprinted asset."""
    (tmp_path / "assets").mkdir()
    (tmp_path / "index.html").write_text(INDEX)
    (tmp_path / "assets" / "app-1a2b.js").write_text("console.log(1)")
    (tmp_path / "favicon.svg").write_text("<svg/>")
    _serve_from(app, tmp_path)
    yield client


def test_index_and_client_side_routes_get_the_page(web: TestClient) -> None:
    for path in ("/", "/dashboard", "/onboarding/notes"):
        response = web.get(path)
        assert response.status_code == 200, path
        assert response.text == INDEX
        assert response.headers["content-type"].startswith("text/html")
        assert response.headers["cache-control"] == "no-cache"


def test_files_are_served_and_fingerprinted_assets_cached_for_good(web: TestClient) -> None:
    asset = web.get("/assets/app-1a2b.js")
    assert asset.status_code == 200 and asset.text == "console.log(1)"
    assert "javascript" in asset.headers["content-type"]
    assert "immutable" in asset.headers["cache-control"]
    assert web.get("/favicon.svg").headers["cache-control"] == "no-cache"


def test_missing_files_and_escapes_are_404(web: TestClient, tmp_path: Path) -> None:
    (tmp_path.parent / "secret.txt").write_text("no")
    assert web.get("/assets/gone-9z9z.js").status_code == 404
    assert web.get("/..%2Fsecret.txt").status_code == 404
    assert web.get("/assets/..%2F..%2Fsecret.txt").status_code == 404


def test_api_paths_keep_their_json_answers(web: TestClient) -> None:
    for method in ("GET", "POST", "DELETE"):
        response = web.request(method, "/api/v1/nothing")
        assert response.status_code == 404, method
        assert response.json() == {"detail": "Not Found"}
    assert web.get("/api/v1/openapi.json").json()["info"]["title"] == "NexFitra API"
    assert web.get("/healthz").json() == {"status": "ok"}
    assert web.delete("/api/v1/me/profile").status_code == 405


def test_without_a_build_nothing_is_served(
    client: TestClient, app: FastAPI, tmp_path: Path
) -> None:
    _serve_from(app, tmp_path / "missing")
    assert client.get("/").status_code == 404
    assert client.get("/dashboard").status_code == 404


def test_the_web_app_is_not_part_of_the_api_schema(client: TestClient) -> None:
    paths = client.get("/api/v1/openapi.json").json()["paths"]
    assert all(path.startswith("/api/v1/") or path in ("/healthz", "/readyz") for path in paths)
