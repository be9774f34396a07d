from __future__ import annotations

from fastapi import FastAPI
from fastapi.testclient import TestClient

from app.api.deps import get_catalog_provider
from app.services.catalog import CatalogProvider


def test_food_search_pages_and_fields(client: TestClient) -> None:
    body = client.get("/api/v1/foods", params={"page_size": 2}).json()
    assert (body["count"], body["page"], body["page_size"], len(body["data"])) == (3, 1, 2, 2)
    second = client.get("/api/v1/foods", params={"page_size": 2, "page": 2}).json()
    assert len(second["data"]) == 1
    chicken = client.get("/api/v1/foods", params={"q": "CHICKEN"}).json()["data"]
    assert [food["id"] for food in chicken] == ["05062"]
    assert {"id", "name", "group", "kcal", "protein_g", "carbs_g", "fat_g"} <= chicken[0].keys()
    dairy = client.get("/api/v1/foods", params={"group": "dairy"}).json()
    assert [food["id"] for food in dairy["data"]] == ["01001"]


def test_food_by_id(client: TestClient) -> None:
    assert client.get("/api/v1/foods/20045").json()["kcal"] == 130
    assert client.get("/api/v1/foods/nope").status_code == 404


def test_exercise_filters(client: TestClient) -> None:
    def ids(**params: str) -> list[str]:
        return [ex["id"] for ex in client.get("/api/v1/exercises", params=params).json()["data"]]

    assert set(ids()) == {"Push-Up", "Barbell_Squat"}
    assert ids(muscle="triceps") == ["Push-Up"]
    assert ids(equipment="barbell") == ["Barbell_Squat"]
    assert ids(level="intermediate", q="squat") == ["Barbell_Squat"]
    for bad in ({"muscle": "spleen"}, {"level": "god"}, {"page": 0}, {"page_size": 1000}):
        assert client.get("/api/v1/exercises", params=bad).status_code == 422, bad


def test_catalog_not_installed_answers_503(
    client: TestClient, app: FastAPI, tmp_path: object
) -> None:
    app.dependency_overrides[get_catalog_provider] = lambda: CatalogProvider(tmp_path)  # type: ignore[arg-type]
    for url in ("/api/v1/foods", "/api/v1/exercises", "/api/v1/foods/01001"):
        response = client.get(url)
        assert response.status_code == 503
        assert "make data" in response.json()["detail"]
