"""The model service over HTTP (`domain.api.serving`): the product API never imports serving.

Each call is one attempt: retries belong to the job queue (`app.services.jobs`), which outlives
this process. Answers are sorted into what a retry can fix (`ServingUnavailable`: no connection,
a timeout, 429, 5xx, or an answer this version cannot parse) and what it cannot
(`OrderRejected`: any other 4xx, e.g. serving's 422 with the reasons a profile cannot be planned).
"""

from __future__ import annotations

import logging
from typing import Any, TypeVar

import httpx
from pydantic import BaseModel, ValidationError

from app.core.logs import request_id_headers
from domain.api.serving import (
    MealPlanResponse,
    ModelsResponse,
    PlanOrder,
    PlanResponse,
    ReadOrder,
    ReadResponse,
)

logger = logging.getLogger(__name__)

ResponseT = TypeVar("ResponseT", bound=BaseModel)
IDEMPOTENCY_HEADER = "Idempotency-Key"
# 408 and 425 say "too early or too slow, try again"; the rest of 4xx describe the order itself.
_RETRYABLE_4XX = frozenset({408, 425, 429})


class ServingUnavailable(Exception):
    """Serving could not answer now; `retry_after` is its Retry-After in seconds, if it sent one."""

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class OrderRejected(Exception):
    """Serving refused the order for good: `reasons` are its own, each a code and a message."""

    def __init__(self, status: int, detail: str, reasons: list[dict[str, str]]) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.reasons = reasons


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("Retry-After", "")
    try:
        seconds = float(value)
    except ValueError:
        return None  # absent, or an HTTP date: the queue's own backoff decides
    return max(seconds, 0.0)


def _rejection(response: httpx.Response) -> OrderRejected:
    try:
        body = response.json()
    except ValueError:
        body = None
    detail = body.get("detail") if isinstance(body, dict) else None
    if not isinstance(detail, str):
        # FastAPI's validation 422 lists errors; say which fields, not the raw structure.
        errors = detail if isinstance(detail, list) else []
        fields = [".".join(str(p) for p in e.get("loc", [])) for e in errors if isinstance(e, dict)]
        detail = f"serving refused the order ({response.status_code})" + (
            f": invalid {', '.join(fields)}" if fields else ""
        )
    raw = body.get("reasons") if isinstance(body, dict) else None
    reasons = [
        {"code": str(r.get("code", "")), "message": str(r.get("message", ""))}
        for r in (raw if isinstance(raw, list) else [])
        if isinstance(r, dict)
    ]
    return OrderRejected(response.status_code, detail, reasons)


class ServingClient:
    """A synchronous client for workers (threads or their own process).

    Args:
        base_url: Serving's root URL (setting `SERVING_URL`).
        timeout: Longest wait for an answer, in seconds.
        connect_timeout: Longest wait for a connection: a stopped server answers at once, a
            missing host should not hold a worker for the whole timeout.
        transport: An httpx transport to use instead of the network (tests).
    """

    def __init__(
        self,
        *,
        base_url: str,
        timeout: float,
        connect_timeout: float,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self._client = httpx.Client(
            base_url=base_url,
            timeout=httpx.Timeout(timeout, connect=connect_timeout),
            transport=transport,
        )

    def plan(self, order: PlanOrder, *, key: str) -> PlanResponse:
        return self._post("/v1/plans", order, PlanResponse, key=key)

    def meals(self, order: PlanOrder, *, key: str) -> MealPlanResponse:
        return self._post("/v1/plans/meals", order, MealPlanResponse, key=key)

    def read(self, order: ReadOrder, *, key: str) -> ReadResponse:
        return self._post("/v1/read", order, ReadResponse, key=key)

    def models(self) -> ModelsResponse:
        """The variants serving has live (`GET /v1/models`).

        Raises:
            ServingUnavailable: No answer, any non-2xx status, or an unparseable body.
        """
        response = self._send("GET", "/v1/models", headers=request_id_headers())
        if not response.is_success:
            raise ServingUnavailable(
                f"serving answered {response.status_code} on /v1/models",
                retry_after=_retry_after(response),
            )
        return _parse(response, ModelsResponse, "/v1/models")

    def close(self) -> None:
        self._client.close()

    def _post(self, path: str, order: BaseModel, answer: type[ResponseT], *, key: str) -> ResponseT:
        """POST one order and parse the answer; the current request id goes along.

        Raises:
            ServingUnavailable: No answer, a timeout, 408/425/429, 5xx, or an unparseable 2xx.
            OrderRejected: Any other 4xx.
        """
        headers = {IDEMPOTENCY_HEADER: key, **request_id_headers()}
        response = self._send("POST", path, json=order.model_dump(mode="json"), headers=headers)
        status = response.status_code
        if status >= 500 or status in _RETRYABLE_4XX:
            raise ServingUnavailable(
                f"serving answered {status} on {path}", retry_after=_retry_after(response)
            )
        if status >= 400:
            raise _rejection(response)
        return _parse(response, answer, path)

    def _send(self, method: str, path: str, **options: Any) -> httpx.Response:
        """One request; no connection or no answer in time is `ServingUnavailable`."""
        try:
            return self._client.request(method, path, **options)
        except httpx.TransportError as exc:
            raise ServingUnavailable(
                f"serving at {self._client.base_url} unreachable: {exc!r}"
            ) from exc


def _parse(response: httpx.Response, answer: type[ResponseT], path: str) -> ResponseT:
    body: Any
    try:
        body = response.json()
        return answer.model_validate(body)
    except (ValueError, ValidationError) as exc:
        # A serving release ahead of or behind this one (a rolling deploy): log it loudly and
        # keep the job, which a matching release will answer, rather than lose the request.
        logger.exception("serving's answer on %s does not match domain.api.serving", path)
        raise ServingUnavailable(f"serving's answer on {path} does not parse: {exc}") from exc
