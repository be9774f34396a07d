"""The model lane: work runs in bounded lanes, a full queue is a 429, a long wait a 503."""

from __future__ import annotations

import asyncio
import threading
import time

import pytest
from prometheus_client import CollectorRegistry

from serving.service.lane import ModelLane, Overloaded
from serving.service.metrics import ServingMetrics


def _lane(**kwargs: float) -> ModelLane:
    settings = {"concurrency": 1, "max_queue": 1, "timeout": 5.0, **kwargs}
    return ModelLane(
        concurrency=int(settings["concurrency"]),
        max_queue=int(settings["max_queue"]),
        timeout=settings["timeout"],
        metrics=ServingMetrics(CollectorRegistry()),
    )


def test_work_never_runs_beyond_the_lanes() -> None:
    lane, running, peak = _lane(concurrency=2, max_queue=10), [0], [0]
    guard = threading.Lock()

    def work() -> int:
        with guard:
            running[0] += 1
            peak[0] = max(peak[0], running[0])
        time.sleep(0.02)
        with guard:
            running[0] -= 1
        return 1

    async def burst() -> list[int]:
        return await asyncio.gather(*(lane.run(work) for _ in range(8)))

    assert asyncio.run(burst()) == [1] * 8
    assert peak[0] == 2


def test_a_full_queue_is_refused_at_once_with_retry_after() -> None:
    lane, release = _lane(max_queue=1), threading.Event()

    async def scenario() -> list[object]:
        tasks = [asyncio.create_task(lane.run(release.wait)) for _ in range(2)]
        await asyncio.sleep(0.05)  # one runs, one waits
        with pytest.raises(Overloaded) as refused:
            await lane.run(lambda: None)
        release.set()
        await asyncio.gather(*tasks)
        return [refused.value.status, refused.value.retry_after]

    status, retry_after = asyncio.run(scenario())
    assert status == 429 and isinstance(retry_after, int) and retry_after >= 1
    assert lane.metrics.rejections.labels("queue_full")._value.get() == 1


def test_a_wait_past_the_timeout_is_a_503_and_leaves_no_trace() -> None:
    lane, release = _lane(max_queue=4, timeout=0.1), threading.Event()

    async def scenario() -> int:
        busy = asyncio.create_task(lane.run(release.wait))
        await asyncio.sleep(0.02)
        with pytest.raises(Overloaded) as refused:
            await lane.run(lambda: None)
        release.set()
        await busy
        return refused.value.status

    assert asyncio.run(scenario()) == 503
    assert (lane.running, lane.waiting) == (0, 0)
    assert lane.metrics.in_flight._value.get() == 0


def test_errors_of_the_work_reach_the_caller_and_free_the_lane() -> None:
    lane = _lane()

    def boom() -> None:
        raise RuntimeError("model crashed")

    async def scenario() -> str:
        with pytest.raises(RuntimeError, match="model crashed"):
            await lane.run(boom)
        return await lane.run(lambda: "next")

    assert asyncio.run(scenario()) == "next"
