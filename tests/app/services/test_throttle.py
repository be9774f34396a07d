from __future__ import annotations

from app.services.throttle import LoginThrottle


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_window_blocks_then_expires() -> None:
    clock = Clock()
    throttle = LoginThrottle(max_failures=2, window_seconds=60, clock=clock)
    assert throttle.retry_after("a") == 0
    throttle.record_failure("a")
    clock.now += 10
    throttle.record_failure("a")
    assert throttle.retry_after("a") == 50
    assert throttle.retry_after("b") == 0
    clock.now += 51
    assert throttle.retry_after("a") == 0  # the first failure left the window


def test_reset_clears_one_email() -> None:
    throttle = LoginThrottle(max_failures=1, window_seconds=60, clock=Clock())
    throttle.record_failure("a")
    throttle.record_failure("b")
    throttle.reset("a")
    assert throttle.retry_after("a") == 0 and throttle.retry_after("b") > 0
