"""Plan workers: threads in the API process by default, or `python -m app.worker` processes.

Embedded (the default, `EMBEDDED_WORKER=true`): the API's lifespan starts `WORKER_THREADS`
threads and stops them on shutdown. On SQLite that is one thread and it must be the only worker:
SQLite has no `SKIP LOCKED`, so a second worker (a thread or a process) could claim the same job;
`python -m app.worker` refuses SQLite for that reason.

As processes (compose, Kubernetes: `EMBEDDED_WORKER=false` on the API): each runs its threads
against PostgreSQL, where any number of workers claim jobs with `FOR UPDATE SKIP LOCKED`, and
serves Prometheus metrics on `METRICS_PORT`. SIGTERM lets the jobs in hand finish; a job cut
off anyway is claimed again once its lease runs out.
"""

from __future__ import annotations

import logging
import signal
import sys
import threading
from collections.abc import Sequence
from types import FrameType

from prometheus_client import REGISTRY, start_http_server
from sqlalchemy import Engine
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from app.core.config import Settings, get_settings
from app.core.crypto import cipher_for
from app.core.db import make_engine, upgrade_to_head
from app.core.logs import configure_logging
from app.core.metrics import QueueMetrics, QueueProbe, QueueStats
from app.models import utcnow
from app.services import jobs
from app.services.job_runner import JobRunner
from app.services.serving_client import ServingClient

logger = logging.getLogger(__name__)
QUEUE = "plan_jobs"


def is_sqlite(engine: Engine) -> bool:
    return make_url(engine.url).get_backend_name() == "sqlite"


def serving_client(settings: Settings) -> ServingClient:
    """A client of the serving the settings name (`SERVING_URL` and its timeouts)."""
    return ServingClient(
        base_url=settings.serving_url,
        timeout=settings.serving_timeout_seconds,
        connect_timeout=settings.serving_connect_timeout_seconds,
    )


def build_runner(engine: Engine, settings: Settings) -> JobRunner:
    """A runner on this engine with the settings' serving client, keys and backoff."""
    return JobRunner(
        engine=engine,
        client=serving_client(settings),
        cipher=cipher_for(tuple(settings.encryption_key_list)),
        backoff=jobs.Backoff(settings.job_retry_base_seconds, settings.job_retry_max_seconds),
        lease_seconds=settings.job_lease_seconds,
    )


class Workers:
    """Threads that run jobs until stopped; `stop` waits for the jobs in hand.

    Args:
        runner: Claims and attempts jobs.
        threads: How many jobs run at once.
        poll_seconds: How long an idle thread waits before looking for due jobs again.
    """

    def __init__(self, runner: JobRunner, *, threads: int, poll_seconds: float) -> None:
        self.runner = runner
        self._poll = poll_seconds
        self._stop = threading.Event()
        self._threads = [
            threading.Thread(target=self._loop, name=f"plan-worker-{n}", daemon=True)
            for n in range(threads)
        ]

    def start(self) -> None:
        for thread in self._threads:
            thread.start()

    def stop(self, timeout: float) -> None:
        """Ask every thread to stop after its current job and wait up to `timeout` seconds."""
        self._stop.set()
        for thread in self._threads:
            thread.join(timeout)
        self.runner.client.close()

    def wait(self) -> None:
        """Block until the threads end (after `stop` is asked from a signal handler)."""
        for thread in self._threads:
            while thread.is_alive():
                thread.join(1.0)

    def request_stop(self) -> None:
        self._stop.set()

    def _loop(self) -> None:
        while not self._stop.is_set():
            try:
                busy = self.runner.run_once()
            except Exception:
                # The database away (restarting, failing over), or a bug: log it and keep
                # polling, so one bad moment never leaves the queue without workers.
                logger.exception("plan worker: error outside a job; polling on")
                busy = False
            if not busy:
                self._stop.wait(self._poll)


def queue_probe(engine: Engine) -> QueueProbe:
    """The plan-job queue's depth and oldest age, one query per scrape (`app.core.metrics`)."""

    def probe() -> QueueStats:
        with Session(engine) as session:
            depth, age = jobs.queue_stats(session=session, now=utcnow())
        return QueueStats(depth=depth, oldest_age_seconds=age)

    return probe


def main(argv: Sequence[str] | None = None) -> int:
    """Run plan workers until SIGTERM or SIGINT; returns the exit status."""
    del argv  # no options: everything comes from the API's environment
    settings = get_settings()
    configure_logging(settings.log_level)
    engine = make_engine(settings.database_url)
    if is_sqlite(engine):
        sys.stderr.write(
            "error: SQLite has no SKIP LOCKED, so only the API's embedded worker may claim its "
            "jobs; set DATABASE_URL to PostgreSQL to run workers of their own\n"
        )
        return 2
    if settings.run_migrations:
        upgrade_to_head(engine)
    if settings.metrics_port is not None:
        # /metrics is also the worker's liveness probe in compose and Kubernetes.
        queues = QueueMetrics()
        queues.register(QUEUE, queue_probe(engine))
        REGISTRY.register(queues)
        start_http_server(settings.metrics_port)
    workers = Workers(
        build_runner(engine, settings),
        threads=settings.worker_threads,
        poll_seconds=settings.worker_poll_seconds,
    )

    def stop(signum: int, _frame: FrameType | None) -> None:
        logger.info("signal %s: finishing the jobs in hand", signum)
        workers.request_stop()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    workers.start()
    logger.info(
        "%s plan worker threads, serving at %s", settings.worker_threads, settings.serving_url
    )
    workers.wait()
    workers.runner.client.close()
    engine.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
