"""Worker threads: they outlive errors outside a job and stop when asked."""

from __future__ import annotations

import threading
import time

from app.worker import Workers


class _FlakyRunner:
    """Fails its first claim (the database was away), then finds nothing due."""

    def __init__(self) -> None:
        self.calls = 0
        self.closed = False
        self.client = self

    def run_once(self) -> bool:
        self.calls += 1
        if self.calls == 1:
            raise RuntimeError("database restarting")
        return False

    def close(self) -> None:
        self.closed = True


def test_a_thread_survives_an_error_and_stops_when_asked() -> None:
    runner = _FlakyRunner()
    workers = Workers(runner, threads=1, poll_seconds=0.01)  # type: ignore[arg-type]
    workers.start()
    deadline = time.monotonic() + 10
    while runner.calls < 3 and time.monotonic() < deadline:
        time.sleep(0.01)
    assert runner.calls >= 3  # polled on after the error
    workers.stop(timeout=5)
    assert runner.closed
    assert not any(t.name.startswith("plan-worker") for t in threading.enumerate())


def test_request_stop_then_wait_returns() -> None:
    runner = _FlakyRunner()
    runner.calls = 1  # no error this time
    workers = Workers(runner, threads=2, poll_seconds=0.01)  # type: ignore[arg-type]
    workers.start()
    workers.request_stop()  # what SIGTERM does in `python -m app.worker`
    workers.wait()
