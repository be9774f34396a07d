"""Notes: saving them queues a reading; the user confirms what to keep; plans enforce it."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine

from domain.plan.reading import NotesReading
from domain.profile import Allergen, BodyArea, Diet, Equipment
from tests.app.fake_serving import CATALOG, FakeServing, drain, make_runner
from tests.app.utils import FULL_PROFILE, auth_headers

URL = "/api/v1/me/notes/reading"
NOTES = "No fish please. I have a bad knee and dumbbells at home."
READING = NotesReading(
    allergies=frozenset({Allergen.fish}),
    injuries=frozenset({BodyArea.knee}),
    equipment=frozenset({Equipment.dumbbell}),
    diets=frozenset({Diet.pescatarian}),
)


@pytest.fixture
def headers(client: TestClient) -> dict[str, str]:
    return auth_headers(client, "notes@example.com")


def test_saving_notes_queues_a_reading_shown_as_suggestions(
    client: TestClient, engine: Engine, headers: dict[str, str]
) -> None:
    assert client.get(URL, headers=headers).status_code == 404
    client.patch("/api/v1/me/profile", headers=headers, json={"notes": NOTES, "allergies": ["egg"]})
    pending = client.get(URL, headers=headers).json()
    assert pending["status"] == "pending" and pending["job"]["kind"] == "read"
    fake = FakeServing(reading=READING, notes_read=True)
    drain(make_runner(engine, fake))
    path, order, _ = fake.calls[0]
    assert path == "/v1/read" and order["notes"] == NOTES
    ready = client.get(URL, headers=headers).json()
    assert ready["status"] == "ready" and ready["notes_read"] is True
    assert ready["suggestions"] == {
        "allergies": ["fish"],
        "diets": ["pescatarian"],
        "equipment": ["dumbbell"],
        "injuries": ["knee"],
        "disliked_foods": [],
    }
    assert ready["new"]["allergies"] == ["fish"]
    # Nothing applies before the user confirms it.
    profile = client.get("/api/v1/me/profile", headers=headers).json()
    assert profile["allergies"] == ["egg"] and profile["injuries"] == []


def test_only_what_the_user_confirms_enters_the_profile_and_later_plans(
    client: TestClient, engine: Engine, headers: dict[str, str]
) -> None:
    client.put("/api/v1/me/profile", headers=headers, json={**FULL_PROFILE, "notes": NOTES})
    fake = FakeServing(reading=READING, notes_read=True)
    drain(make_runner(engine, fake))
    # The user keeps the fish allergy and the knee, drops the diet, adds a dislike of their own.
    edited = {"allergies": ["fish"], "injuries": ["knee"], "disliked_foods": ["tofu"]}
    accepted = client.post(f"{URL}/accept", headers=headers, json=edited)
    assert accepted.status_code == 200
    profile = accepted.json()
    assert (profile["allergies"], profile["injuries"]) == (["fish"], ["knee"])
    assert (profile["diets"], profile["equipment"], profile["disliked_foods"]) == (
        [],
        [],
        ["tofu"],
    )
    assert client.get(URL, headers=headers).json()["status"] == "accepted"
    client.post("/api/v1/me/plans", headers=headers)
    planner = FakeServing()  # a variant that reads nothing: safety must not rest on reading
    drain(make_runner(engine, planner))
    _, order, _ = planner.calls[0]
    assert order["profile"]["allergies"] == ["fish"] and order["profile"]["injuries"] == ["knee"]
    assert order["notes"] == NOTES  # sent as context
    plan = client.get("/api/v1/me/plans", headers=headers).json()["plan"]
    foods = {i["name"] for d in plan["plan"]["days"] for m in d["meals"] for i in m["items"]}
    assert foods and not {"Salmon fillet", "Tofu"} & foods  # confirmed, so enforced anyway


def test_read_diets_join_the_profiles_and_plans_fit_every_one(
    client: TestClient, engine: Engine, headers: dict[str, str]
) -> None:
    """A diet read in the notes never replaces one the user chose: the profile holds both."""
    notes = "I am vegan and celiac."
    profile = {**FULL_PROFILE, "diets": ["halal"], "notes": notes}
    client.put("/api/v1/me/profile", headers=headers, json=profile)
    read = frozenset({Diet.vegan, Diet.gluten_free, Diet.halal})
    drain(make_runner(engine, FakeServing(reading=NotesReading(diets=read), notes_read=True)))
    reading = client.get(URL, headers=headers).json()
    assert reading["suggestions"]["diets"] == ["gluten_free", "halal", "vegan"]
    assert reading["new"]["diets"] == ["gluten_free", "vegan"]
    accepted = client.post(f"{URL}/accept", headers=headers, json=reading["suggestions"])
    assert accepted.json()["diets"] == ["halal", "gluten_free", "vegan"]
    client.post("/api/v1/me/plans", headers=headers)
    planner = FakeServing()
    drain(make_runner(engine, planner))
    assert set(planner.calls[0][1]["profile"]["diets"]) == read  # a set on the wire
    plan = client.get("/api/v1/me/plans", headers=headers).json()["plan"]
    foods = {i["name"] for d in plan["plan"]["days"] for m in d["meals"] for i in m["items"]}
    fitting = {item.name for item in CATALOG.everyday if read <= item.food.diets}
    assert foods and foods <= fitting


def test_a_reading_by_no_model_says_so(
    client: TestClient, engine: Engine, headers: dict[str, str]
) -> None:
    client.patch("/api/v1/me/profile", headers=headers, json={"notes": NOTES})
    drain(make_runner(engine, FakeServing(notes_read=False)))
    body = client.get(URL, headers=headers).json()
    assert body["status"] == "ready" and body["notes_read"] is False
    assert body["suggestions"] == {
        "allergies": [],
        "diets": [],
        "equipment": [],
        "injuries": [],
        "disliked_foods": [],
    }


def test_foods_the_notes_refuse_are_suggested_as_dislikes(
    client: TestClient, engine: Engine, headers: dict[str, str]
) -> None:
    notes = "I can't stand tofu, and no olives."
    profile = {**FULL_PROFILE, "disliked_foods": ["olives"], "notes": notes}
    client.put("/api/v1/me/profile", headers=headers, json=profile)
    fake = FakeServing(refused_foods=("tofu", "olives"), notes_read=True)
    drain(make_runner(engine, fake))
    reading = client.get(URL, headers=headers).json()
    assert reading["suggestions"]["disliked_foods"] == ["tofu", "olives"]
    assert reading["new"]["disliked_foods"] == ["tofu"]  # olives: already in the profile
    accepted = client.post(f"{URL}/accept", headers=headers, json=reading["new"])
    assert accepted.json()["disliked_foods"] == ["olives", "tofu"]


def test_reading_refusals(client: TestClient, headers: dict[str, str]) -> None:
    assert client.post(URL, headers=headers).status_code == 409  # no notes yet
    client.patch("/api/v1/me/profile", headers=headers, json={"notes": "   "})
    assert client.get(URL, headers=headers).status_code == 404  # blank notes are not read
    client.patch("/api/v1/me/profile", headers=headers, json={"notes": NOTES})
    assert client.post(f"{URL}/accept", headers=headers, json={}).status_code == 409  # pending
    again = client.post(URL, headers=headers)
    assert again.status_code == 202 and again.json()["status"] == "pending"
    unknown = client.post(f"{URL}/accept", headers=headers, json={"allergies": ["kryptonite"]})
    assert unknown.status_code == 422
    twice = client.post(f"{URL}/accept", headers=headers, json={"diets": ["vegan", "vegan"]})
    assert twice.status_code == 422 and "repeated: vegan" in twice.json()["detail"][0]["msg"]
