"""The job queue on PostgreSQL: backoff, claims and leases, SKIP LOCKED, concurrent workers."""

from __future__ import annotations

import random
import threading
import time
from collections import Counter
from datetime import timedelta

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, select, text
from sqlalchemy.orm import Session

from app.models import JobStatus, PlanJob, PlanVersion, utcnow
from app.services import jobs
from tests.app.fake_serving import FakeServing, make_runner
from tests.app.utils import FULL_PROFILE, auth_headers


def test_backoff_doubles_with_jitter_up_to_a_cap_and_honours_retry_after() -> None:
    backoff, rng = jobs.Backoff(base_seconds=1, max_seconds=30), random.Random(1)
    for attempt, ceiling in [(1, 1), (2, 2), (3, 4), (5, 16), (6, 30), (40, 30)]:
        delays = [backoff.delay(attempt, None, rng) for _ in range(200)]
        assert ceiling / 2 <= min(delays) and max(delays) <= ceiling
        assert max(delays) - min(delays) > ceiling / 4  # spread, not one instant
    assert backoff.delay(1, 45.0, rng) == 45.0


def _queue(client: TestClient, users: int, each: int) -> None:
    for n in range(users):
        headers = auth_headers(client, f"q{n}@example.com")
        client.put("/api/v1/me/profile", headers=headers, json=FULL_PROFILE)
        for _ in range(each):
            assert client.post("/api/v1/me/plans", headers=headers).status_code == 202


def test_claims_take_the_oldest_due_job_and_leases_expire(
    client: TestClient, engine: Engine
) -> None:
    _queue(client, users=1, each=2)
    now = utcnow()
    with Session(engine) as session:
        first = jobs.claim(session=session, now=now, lease_seconds=30)
        second = jobs.claim(session=session, now=now, lease_seconds=30)
        assert first and second and first.id < second.id
        assert jobs.claim(session=session, now=now, lease_seconds=30) is None
        again = jobs.claim(session=session, now=now + timedelta(seconds=31), lease_seconds=30)
    assert again is not None and again.id == first.id and again.attempts == 2
    with Session(engine) as session:
        assert not jobs.finish(session=session, job=first, now=now)  # the old claim is void
        assert jobs.finish(session=session, job=again, now=now)
        session.commit()
        assert session.get(PlanJob, first.id).status == JobStatus.done  # type: ignore[union-attr]


def test_a_locked_job_is_skipped_not_waited_for(client: TestClient, engine: Engine) -> None:
    _queue(client, users=1, each=2)
    with engine.connect() as holder:
        holder.begin()
        locked = holder.scalar(select(PlanJob.id).order_by(PlanJob.id).limit(1).with_for_update())
        with Session(engine) as session:
            # Without SKIP LOCKED this claim would wait on the lock and time out.
            session.execute(text("SET LOCAL lock_timeout = '2s'"))
            claimed = jobs.claim(session=session, now=utcnow(), lease_seconds=30)
        holder.rollback()
    assert claimed is not None and claimed.id != locked


def test_two_workers_never_process_the_same_job(client: TestClient, engine: Engine) -> None:
    _queue(client, users=4, each=5)
    fake = FakeServing()
    fake.on_request = lambda _path: time.sleep(0.01)  # let the workers interleave
    runners = [make_runner(engine, fake) for _ in range(2)]
    start = threading.Barrier(len(runners))
    done: Counter[int] = Counter()

    def work(index: int) -> None:
        start.wait()
        while runners[index].run_once():
            done[index] += 1

    threads = [threading.Thread(target=work, args=(n,)) for n in range(len(runners))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    keys = Counter(sent["idempotency-key"] for _, _, sent in fake.calls)
    assert len(keys) == 20 and set(keys.values()) == {1}  # each job sent exactly once
    assert done[0] > 0 and done[1] > 0 and done[0] + done[1] == 20
    with Session(engine) as session:
        statuses = set(session.scalars(select(PlanJob.status)))
        versions = session.execute(select(PlanVersion.user_id, PlanVersion.version)).all()
    assert statuses == {JobStatus.done}
    per_user: dict[int, list[int]] = {}
    for user_id, number in versions:
        per_user.setdefault(user_id, []).append(number)
    assert sorted(map(sorted, per_user.values())) == [[1, 2, 3, 4, 5]] * 4


@pytest.mark.parametrize("empty", [True, False])
def test_queue_stats(client: TestClient, engine: Engine, empty: bool) -> None:
    if not empty:
        _queue(client, users=1, each=3)
    with Session(engine) as session:
        depth, age = jobs.queue_stats(session=session, now=utcnow() + timedelta(seconds=5))
    assert depth == (0 if empty else 3)
    assert (age == 0) if empty else (age >= 5)
