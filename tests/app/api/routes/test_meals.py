from __future__ import annotations

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from app.api.deps import get_catalog_provider
from app.services.catalog import CatalogProvider
from tests.app.utils import auth_headers

URL = "/api/v1/me/meals"
FREE = {"name": "Grandma's stew", "kcal": 500, "protein_g": 30, "carbs_g": 40, "fat_g": 20}


@pytest.fixture
def headers(client: TestClient) -> dict[str, str]:
    return auth_headers(client, "mel@example.com")


def test_catalog_meal_macros_scale_per_100_g(client: TestClient, headers: dict[str, str]) -> None:
    created = client.post(URL, headers=headers, json={"food_id": "05062", "grams": 150})
    assert created.status_code == 201
    body = created.json()
    assert body["name"] == "Chicken breast, roasted"
    assert (body["kcal"], body["protein_g"], body["fat_g"]) == (247.5, 46.5, 5.4)
    patched = client.patch(f"{URL}/{body['id']}", headers=headers, json={"grams": 100}).json()
    assert (patched["kcal"], patched["protein_g"]) == (165, 31)
    refused = client.patch(f"{URL}/{body['id']}", headers=headers, json={"kcal": 1})
    assert refused.status_code == 422
    assert "come from its food" in refused.json()["detail"][0]["msg"]


def test_free_form_meal_crud(client: TestClient, headers: dict[str, str]) -> None:
    created = client.post(URL, headers=headers, json={**FREE, "notes": "after training"}).json()
    assert {k: created[k] for k in FREE} == FREE
    item = f"{URL}/{created['id']}"
    assert client.patch(item, headers=headers, json={"kcal": 450}).json()["kcal"] == 450
    assert client.patch(item, headers=headers, json={"grams": 100}).status_code == 422
    assert client.patch(item, headers=headers, json={"name": None}).status_code == 422
    listing = client.get(URL, headers=headers).json()
    assert listing["count"] == 1 and listing["data"][0]["notes"] == "after training"
    assert client.delete(item, headers=headers).status_code == 204
    assert client.get(item, headers=headers).status_code == 404


@pytest.mark.parametrize(
    ("payload", "fragment"),
    [
        ({"food_id": "05062"}, "grams is required"),
        ({"food_id": "05062", "grams": 100, "kcal": 5}, "macros come from the catalog"),
        ({"food_id": "05062", "grams": 0}, "greater than 0"),
        ({"name": "toast"}, "required"),
        ({**FREE, "grams": 100}, "grams needs a food_id"),
        ({**FREE, "kcal": -1}, "greater than or equal to 0"),
        ({**FREE, "name": "stew\x00"}, "should match pattern"),
    ],
)
def test_bad_meals(
    client: TestClient, headers: dict[str, str], payload: dict[str, object], fragment: str
) -> None:
    response = client.post(URL, headers=headers, json=payload)
    assert response.status_code == 422
    assert fragment in response.json()["detail"][0]["msg"]


def test_nul_in_name_is_422_on_update(client: TestClient, headers: dict[str, str]) -> None:
    """PostgreSQL text columns refuse NUL: it must be a 422, not a database error."""
    item = f"{URL}/{client.post(URL, headers=headers, json=FREE).json()['id']}"
    response = client.patch(item, headers=headers, json={"name": "a\x00b"})
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["body", "name"]


def test_unknown_food_id(client: TestClient, headers: dict[str, str]) -> None:
    response = client.post(URL, headers=headers, json={"food_id": "99999", "grams": 10})
    assert response.status_code == 422
    # Refused by the service, with the same documented 422 body as schema errors.
    assert response.json()["detail"] == [
        {
            "loc": ["body"],
            "msg": "food_id '99999' is not in the food catalog",
            "type": "value_error",
        }
    ]


def test_catalog_not_installed_is_503_but_free_meals_work(
    client: TestClient, headers: dict[str, str], app: FastAPI, tmp_path: object
) -> None:
    app.dependency_overrides[get_catalog_provider] = lambda: CatalogProvider(tmp_path)  # type: ignore[arg-type]
    response = client.post(URL, headers=headers, json={"food_id": "05062", "grams": 10})
    assert response.status_code == 503
    assert response.json()["detail"]
    assert client.post(URL, headers=headers, json=FREE).status_code == 201
