"""One attempt at one job: send it to serving, then record the answer, retry, or fail it.

Nothing is held open while serving thinks: the claim is committed before the call, and the
answer is recorded in a new transaction together with the job's `done`, which only lands if the
claim is still this worker's. A job thus makes at most one plan version however often it is
sent: retried after a timeout that hid a success, or claimed again after its worker died.
The `Idempotency-Key` header tells serving (and its logs) that repeats are the same request.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from pydantic import BaseModel, ValidationError
from sqlalchemy import Engine
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.core.crypto import Cipher, DecryptionError
from app.core.logs import request_context
from app.models import JobKind, utcnow
from app.services import jobs, plans, readings
from app.services.errors import ConflictError
from app.services.orders import wire_plan_order, wire_read_order
from app.services.serving_client import OrderRejected, ServingClient, ServingUnavailable
from domain.api.serving import MealPlanResponse, PlanResponse, ReadResponse

logger = logging.getLogger(__name__)


@dataclass
class JobRunner:
    """Claims and runs jobs against one serving client.

    Args:
        engine: The product database.
        client: Serving over HTTP.
        cipher: Opens the notes stored with each job.
        backoff: Delays between attempts.
        lease_seconds: How long a claim lasts (longer than one serving call).
        rng: Jitter source (seeded in tests).
        clock: Now, in UTC.
    """

    engine: Engine
    client: ServingClient
    cipher: Cipher
    backoff: jobs.Backoff
    lease_seconds: float
    rng: random.Random = field(default_factory=random.Random)
    clock: Callable[[], datetime] = utcnow

    def run_once(self) -> bool:
        """Claim one due job and attempt it; False when none was due."""
        with Session(self.engine) as session:
            job = jobs.claim(session=session, now=self.clock(), lease_seconds=self.lease_seconds)
        if job is None:
            return False
        self.attempt(job)
        return True

    def attempt(self, job: jobs.ClaimedJob) -> None:
        """Send the job under the id of the request that queued it (its key when none)."""
        with request_context(job.request_id or job.idempotency_key):
            self._attempt(job)

    def _attempt(self, job: jobs.ClaimedJob) -> None:
        try:
            answer = self._send(job)
        except ServingUnavailable as exc:
            self._retry(job, str(exc), exc.retry_after)
        except DecryptionError as exc:
            # This worker's ENCRYPTION_KEYS are wrong; one with the right keys can still send it.
            logger.exception("job %s: cannot open its notes", job.id)
            self._retry(job, str(exc), None)
        except OrderRejected as exc:
            self._rejected(job, exc)
        except ValidationError as exc:
            self._fail(job, f"the stored order is not valid any more: {exc}", [])
        else:
            self._record(job, answer)

    def _send(self, job: jobs.ClaimedJob) -> BaseModel:
        notes = self.cipher.decrypt(job.notes_encrypted)
        key = job.idempotency_key
        if job.kind is JobKind.read:
            return self.client.read(wire_read_order(job.order, notes), key=key)
        plan_order = wire_plan_order(job.order, notes, job.scope.get("avoid", ()))
        if job.kind is JobKind.meals:
            return self.client.meals(plan_order, key=key)
        return self.client.plan(plan_order, key=key)

    def _retry(self, job: jobs.ClaimedJob, error: str, retry_after: float | None) -> None:
        delay = self.backoff.delay(job.attempts, retry_after, self.rng)
        logger.info("job %s attempt %s: %s; retry in %.1f s", job.id, job.attempts, error, delay)
        with Session(self.engine) as session:
            jobs.retry_later(session=session, job=job, error=error, delay=delay, now=self.clock())

    def _rejected(self, job: jobs.ClaimedJob, exc: OrderRejected) -> None:
        if job.scope.get("avoid"):
            # Avoiding the replaced foods left no feasible plan: regenerate without avoiding.
            scope = {**job.scope, "avoid": []}
            with Session(self.engine) as session:
                jobs.retry_later(
                    session=session,
                    job=job,
                    error=exc.detail,
                    delay=0,
                    now=self.clock(),
                    scope=scope,
                )
            return
        self._fail(job, exc.detail, exc.reasons)

    def _fail(self, job: jobs.ClaimedJob, error: str, reasons: list[dict[str, str]]) -> None:
        logger.info("job %s failed for good: %s", job.id, error)
        with Session(self.engine) as session:
            if jobs.fail(session=session, job=job, error=error, reasons=reasons, now=self.clock()):
                if job.kind is JobKind.read:
                    readings.record_failure(session=session, job_id=job.id)
                session.commit()

    def _record(self, job: jobs.ClaimedJob, answer: BaseModel) -> None:
        with Session(self.engine) as session:
            if not jobs.finish(session=session, job=job, now=self.clock()):
                logger.warning("job %s: claim lost to another worker; answer dropped", job.id)
                return
            try:
                self._store(session, job, answer)
                session.commit()
            except ConflictError as exc:
                session.rollback()
                self._fail(job, str(exc), [])
            except IntegrityError as exc:
                # A concurrent write won a uniqueness race (SQLite has no row lock): try again.
                session.rollback()
                self._retry(job, f"could not record the answer: {exc.orig}", None)
            except Exception as exc:
                # A bug, not a state of the world: retrying would fail the same way forever.
                logger.exception("job %s: recording the answer failed", job.id)
                session.rollback()
                self._fail(job, f"could not record the answer: {exc!r}", [])

    def _store(self, session: Session, job: jobs.ClaimedJob, answer: BaseModel) -> None:
        if isinstance(answer, ReadResponse):
            readings.record(session=session, job_id=job.id, answer=answer)
            return
        assert isinstance(answer, PlanResponse | MealPlanResponse)
        served = answer.plan if isinstance(answer, PlanResponse) else answer.days
        plans.record(
            session=session,
            job=job,
            served=served,
            targets=answer.targets,
            exposure=answer.exposure,
            provenance=answer.provenance,
        )
