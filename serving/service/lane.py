"""Bounded concurrency for model work: a few lanes, a short queue, then a clear refusal.

Plans are CPU-bound; on 2 cores a second concurrent plan only slows both. Beyond the lanes,
requests wait in a bounded queue; a full queue answers 429 at once and a wait past the timeout
answers 503, both with `Retry-After`, so no request hangs.
"""

from __future__ import annotations

import asyncio
import math
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

from serving.service.metrics import ServingMetrics

T = TypeVar("T")
EWMA_WEIGHT = 0.2


class Overloaded(Exception):
    """The lanes and the queue are full (429) or the wait ran out (503)."""

    def __init__(self, status: int, message: str, retry_after: int) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.retry_after = retry_after


class ModelLane:
    """Runs blocking model work in `concurrency` threads behind a bounded queue.

    Args:
        concurrency: Work items run at once.
        max_queue: Items that may wait beyond those running.
        timeout: Longest wait for a lane, in seconds.
        metrics: Serving's metrics (in-flight and queue gauges, rejections).
    """

    def __init__(
        self, *, concurrency: int, max_queue: int, timeout: float, metrics: ServingMetrics
    ) -> None:
        self.concurrency = concurrency
        self.max_queue = max_queue
        self.timeout = timeout
        self.metrics = metrics
        self.running = 0
        self.waiting = 0
        self.mean_seconds = 1.0
        self._slots = asyncio.Semaphore(concurrency)
        self._executor = ThreadPoolExecutor(concurrency, thread_name_prefix="model-lane")

    def retry_after(self) -> int:
        """Seconds until the queue ahead of a new request should have drained."""
        ahead = self.running + self.waiting
        return max(1, math.ceil(self.mean_seconds * ahead / self.concurrency))

    async def run(self, work: Callable[[], T]) -> T:
        """Run `work` in a lane once one is free.

        Raises:
            Overloaded: The queue is full (429) or no lane freed up in time (503).
        """
        if self.waiting >= self.max_queue and self.running >= self.concurrency:
            self.metrics.rejections.labels("queue_full").inc()
            raise Overloaded(429, "serving is at capacity; retry later", self.retry_after())
        self._count(waiting=1)
        try:
            async with asyncio.timeout(self.timeout):
                await self._slots.acquire()
        except TimeoutError:
            self.metrics.rejections.labels("queue_timeout").inc()
            raise Overloaded(
                503, f"no lane freed up within {self.timeout:g} s; retry later", self.retry_after()
            ) from None
        finally:
            self._count(waiting=-1)
        self._count(running=1)
        loop = asyncio.get_running_loop()
        started = loop.time()
        try:
            return await loop.run_in_executor(self._executor, work)
        finally:
            elapsed = loop.time() - started
            self.mean_seconds += EWMA_WEIGHT * (elapsed - self.mean_seconds)
            self._count(running=-1)
            self._slots.release()

    def close(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)

    def _count(self, *, running: int = 0, waiting: int = 0) -> None:
        self.running += running
        self.waiting += waiting
        self.metrics.in_flight.set(self.running + self.waiting)
        self.metrics.queue_depth.set(self.waiting)
