"""Factories shared by the API tests."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import Engine
from sqlalchemy.engine import make_url

from app.models import Base
from domain.catalog import Catalog, Exercise, Food, Muscle
from domain.profile import Equipment, Experience

PASSWORD = "correct horse battery"
FULL_PROFILE: dict[str, Any] = {
    "sex": "female",
    "age": 30,
    "height_cm": 165,
    "weight_kg": 60,
    "activity_level": "moderate",
    "goal": "maintain",
    "days_per_week": 3,
}


def pg_url_with_schema(url: str, schema: str) -> str:
    """The same database URL, with every connection's search_path set to `schema`."""
    return (
        make_url(url)
        .update_query_dict({"options": f"-csearch_path={schema}"})
        .render_as_string(hide_password=False)
    )


def empty_tables(engine: Engine) -> None:
    """Delete every row, children first (DELETE beats TRUNCATE on tables this small)."""
    with engine.begin() as conn:
        for table in reversed(Base.metadata.sorted_tables):
            conn.execute(table.delete())


def make_catalog() -> Catalog:
    foods = [
        Food(
            id="01001",
            name="Butter, salted",
            group="Dairy",
            kcal=717,
            protein_g=0.85,
            carbs_g=0.06,
            fat_g=81.1,
        ),
        Food(
            id="05062",
            name="Chicken breast, roasted",
            group="Poultry",
            kcal=165,
            protein_g=31.0,
            carbs_g=0.0,
            fat_g=3.6,
        ),
        Food(
            id="20045",
            name="Rice, white, cooked",
            group="Cereal Grains",
            kcal=130,
            protein_g=2.7,
            carbs_g=28.0,
            fat_g=0.3,
        ),
    ]
    exercises = [
        Exercise(
            id="Push-Up",
            name="Push-Up",
            level=Experience.beginner,
            equipment=None,
            primary_muscles=(Muscle.chest,),
            secondary_muscles=(Muscle.triceps,),
            category="strength",
        ),
        Exercise(
            id="Barbell_Squat",
            name="Barbell Squat",
            level=Experience.intermediate,
            equipment=Equipment.barbell,
            primary_muscles=(Muscle.quadriceps,),
            category="strength",
        ),
    ]
    return Catalog(foods=foods, everyday=[], exercises=exercises)


class FakeCatalogProvider:
    """Stands in for `CatalogProvider`: a tiny in-memory catalog, no data files needed."""

    catalog = make_catalog()

    def get(self) -> Catalog:
        return self.catalog


def register(client: TestClient, email: str, password: str = PASSWORD) -> dict[str, Any]:
    response = client.post("/api/v1/auth/register", json={"email": email, "password": password})
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


def login(client: TestClient, email: str, password: str = PASSWORD) -> dict[str, Any]:
    response = client.post("/api/v1/auth/login", data={"username": email, "password": password})
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def auth_headers(client: TestClient, email: str) -> dict[str, str]:
    """Register `email` and return bearer headers for it."""
    register(client, email)
    return {"Authorization": f"Bearer {login(client, email)['access_token']}"}
