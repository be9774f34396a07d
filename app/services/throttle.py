"""Login throttling: too many failed attempts for one email within a window answer 429."""

from __future__ import annotations

import threading
import time
from collections import defaultdict, deque
from collections.abc import Callable


class LoginThrottle:
    """In-process sliding window of failed logins per email.

    Per process is enough for one uvicorn worker; several replicas each keep their own window,
    which multiplies the allowance by the replica count but still stops online guessing.
    """

    def __init__(
        self,
        *,
        max_failures: int,
        window_seconds: float,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._max_failures = max_failures
        self._window = window_seconds
        self._clock = clock
        self._failures: defaultdict[str, deque[float]] = defaultdict(deque)
        self._lock = threading.Lock()

    def retry_after(self, email: str) -> float:
        """Seconds until `email` may try again; 0 when it is not throttled."""
        with self._lock:
            failures = self._prune(email)
            if not failures:
                # Drop empty windows so probing many emails cannot grow memory.
                del self._failures[email]
                return 0.0
            if len(failures) < self._max_failures:
                return 0.0
            return max(failures[0] + self._window - self._clock(), 0.0)

    def record_failure(self, email: str) -> None:
        with self._lock:
            self._prune(email).append(self._clock())

    def reset(self, email: str) -> None:
        with self._lock:
            self._failures.pop(email, None)

    def reset_all(self) -> None:
        with self._lock:
            self._failures.clear()

    def _prune(self, email: str) -> deque[float]:
        failures = self._failures[email]
        horizon = self._clock() - self._window
        while failures and failures[0] <= horizon:
            failures.popleft()
        return failures
