"""JSON logs on stdout, one object a line, each carrying the id of the request it belongs to.

asgi-correlation-id's middleware (installed by `app.main`) takes the caller's `X-Request-ID` (a
UUID) or makes one, echoes it in the response and keeps it in a context variable for the request's
lifetime; `request_id_headers()` hands it on to outgoing calls (serving), so one id follows a
request through every service's logs.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TextIO

from asgi_correlation_id import CorrelationIdFilter, correlation_id
from pythonjsonlogger.core import RESERVED_ATTRS
from pythonjsonlogger.json import JsonFormatter

REQUEST_ID_HEADER = "X-Request-ID"
# Uvicorn installs its own handlers on these; routed through ours instead, they come out as JSON.
_SERVER_LOGGERS = ("uvicorn", "uvicorn.error", "uvicorn.access")
# Uvicorn's terminal-coloured copy of each message: noise in a log store.
_LEFT_OUT = (*RESERVED_ATTRS, "color_message")


class _JsonHandler(logging.StreamHandler[TextIO]):
    """Our stdout handler; marked by its class so a second configuration replaces it."""


def configure_logging(level: str = "INFO", stream: TextIO | None = None) -> None:
    """Send every log record to `stream` (stdout) as JSON with `time`, `level`, `logger`,
    `message` and `request_id` (null outside a request). Safe to call more than once."""
    handler = _JsonHandler(stream or sys.stdout)
    handler.addFilter(CorrelationIdFilter())
    handler.setFormatter(
        JsonFormatter(
            "%(asctime)s %(levelname)s %(name)s %(message)s %(correlation_id)s",
            rename_fields={
                "asctime": "time",
                "levelname": "level",
                "name": "logger",
                "correlation_id": "request_id",
            },
            reserved_attrs=_LEFT_OUT,
        )
    )
    root = logging.getLogger()
    for old in [h for h in root.handlers if isinstance(h, _JsonHandler)]:
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level)
    for name in _SERVER_LOGGERS:
        server_logger = logging.getLogger(name)
        server_logger.handlers.clear()
        server_logger.propagate = True


def request_id_headers() -> dict[str, str]:
    """Headers that pass the current request's id on to another service (empty outside one)."""
    request_id = correlation_id.get()
    return {REQUEST_ID_HEADER: request_id} if request_id else {}


def current_request_id() -> str | None:
    """The id of the request being handled (None outside one); a job keeps it for its calls."""
    return correlation_id.get()


@contextmanager
def request_context(request_id: str) -> Iterator[None]:
    """Run work done outside the request (a queued job) under the id of the request behind it,
    so its logs and its calls to serving carry that id."""
    token = correlation_id.set(request_id)
    try:
        yield
    finally:
        correlation_id.reset(token)
