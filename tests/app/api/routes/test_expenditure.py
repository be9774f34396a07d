"""Measured expenditure beside the formula's, and opting in to targets that move a step a week."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from app.models import BodyMetric, Meal
from app.services import adaptive_targets
from app.services.profiles import get_profile
from app.services.targets import targets_for
from domain.targets import CalorieFloors
from tests.app.fake_serving import FakeServing, drain, make_runner
from tests.app.utils import FULL_PROFILE, auth_headers

URL = "/api/v1/me/expenditure"
EATEN = 2600.0  # weight holds steady on it: that is what this user spends
MACROS = {"protein_g": 100, "carbs_g": 300, "fat_g": 90}


@pytest.fixture
def headers(client: TestClient) -> dict[str, str]:
    headers = auth_headers(client, "steady@example.com")
    client.put("/api/v1/me/profile", headers=headers, json=FULL_PROFILE)
    return headers


def _log_three_weeks(client: TestClient, headers: dict[str, str]) -> None:
    today = date.today()
    for back in range(21, 0, -1):
        day = str(today - timedelta(days=back))
        client.post(
            "/api/v1/me/weights", headers=headers, json={"weight_kg": 60, "measured_on": day}
        )
        meal = {"name": "day", "kcal": EATEN, **MACROS}
        client.post("/api/v1/me/meals", headers=headers, json={**meal, "eaten_on": day})


def test_an_estimate_needs_two_weeks_of_logs(client: TestClient, headers: dict[str, str]) -> None:
    body = client.get(URL, headers=headers).json()
    assert body["expenditure_kcal"] is None and "14 days apart" in body["missing"]
    assert body["formula_tdee_kcal"] > 0 and body["use_for_targets"] is False


def test_opting_in_moves_targets_one_bounded_step(
    client: TestClient, engine: Engine, headers: dict[str, str]
) -> None:
    _log_three_weeks(client, headers)
    client.post("/api/v1/me/plans", headers=headers)
    drain(make_runner(engine, FakeServing()))
    before = client.get("/api/v1/me/targets", headers=headers).json()
    measured = client.get(URL, headers=headers).json()
    assert measured["expenditure_kcal"] == pytest.approx(EATEN, abs=1)
    assert measured["formula_tdee_kcal"] == pytest.approx(before["tdee"], abs=0.1)
    assert measured["calories"] == before["calories"]  # not opted in: the formula's
    opted = client.put(URL, headers=headers, json={"use_for_targets": True}).json()
    step = adaptive_targets.MAX_WEEKLY_STEP_KCAL
    assert opted["calories"] == before["calories"] + step  # toward 2,600, one step only
    assert opted["last_check_in"] == str(date.today())
    after = client.get("/api/v1/me/targets", headers=headers).json()
    assert after["calories"] == before["calories"] + step
    assert "measured expenditure" in after["warnings"][-1]
    # A weigh-in the same week takes no second step.
    client.post("/api/v1/me/weights", headers=headers, json={"weight_kg": 60})
    assert client.get(URL, headers=headers).json()["calories"] == before["calories"] + step
    # The targets moved by more than 2 %: a meal-plan renewal says why.
    job = client.get("/api/v1/me/plans", headers=headers).json()["job"]
    assert job["kind"] == "meals" and job["detail"].startswith("targets from measured expenditure")
    back = client.put(URL, headers=headers, json={"use_for_targets": False}).json()
    assert back["calories"] == before["calories"] and back["last_check_in"] is None


def test_weekly_check_ins_step_toward_the_estimate_and_stop_there(
    client: TestClient, engine: Engine, headers: dict[str, str]
) -> None:
    user_id = client.get("/api/v1/me", headers=headers).json()["id"]
    today, floors = date.today(), CalorieFloors()
    first = today - timedelta(days=42)
    with Session(engine) as session:
        for back in range(70, 0, -1):
            day = today - timedelta(days=back)
            session.add(BodyMetric(user_id=user_id, measured_on=day, weight_kg=60))
            session.add(Meal(user_id=user_id, eaten_on=day, name="day", kcal=EATEN, **MACROS))
        state = get_profile(session=session, user_id=user_id)
        state.profile.targets_from_expenditure = True
        formula = targets_for(state=state, floors=floors, today=first).calories
        made = adaptive_targets.check_in(
            session=session, state=state, floors=floors, today=first, restart=True
        )
        assert made is not None and made.calories == formula + adaptive_targets.MAX_WEEKLY_STEP_KCAL
        calories = [made.calories]
        for week in range(1, 7):
            day = first + timedelta(days=7 * week)
            assert not adaptive_targets.check_in(
                session=session, state=state, floors=floors, today=day - timedelta(days=1)
            )  # six days after the last check-in: not due
            adaptive_targets.check_in(session=session, state=state, floors=floors, today=day)
            targets = adaptive_targets.effective_targets(
                session=session, state=state, floors=floors, today=day
            )
            calories.append(targets.calories)
        session.commit()
    steps = [b - a for a, b in zip(calories, calories[1:], strict=False)]
    assert all(0 <= s <= adaptive_targets.MAX_WEEKLY_STEP_KCAL for s in steps)
    assert formula < EATEN - 300 and calories[-2:] == [round(EATEN)] * 2  # arrived, and stays
