"""The product API, as a scientist's client: the experiment export, feedback and promotions.

Authenticated with a scientist's bearer token (a `dg.EnvVar`, so it stays out of run config).
Every call opens a short-lived client with explicit timeouts; HTTP errors propagate.
"""

from __future__ import annotations

from datetime import datetime

import dagster as dg
import httpx
from pydantic import Field, TypeAdapter

from domain.api.experiments import ExperimentUnits, PreferenceRecord
from domain.api.promotions import PromotionOutcome, PromotionRequest, PromotionStatus

PREFIX = "/api/v1/experiments"
_RECORDS = TypeAdapter(list[PreferenceRecord])
_PROMOTIONS = TypeAdapter(list[PromotionRequest])


class ProductApi(dg.ConfigurableResource["ProductApi"]):
    """Where the product API runs and who the pipelines are to it."""

    base_url: str = Field(description="e.g. http://app:8000")
    token: str = Field(description="bearer token of a user with role scientist")
    timeout_s: float = Field(default=30.0, gt=0, description="read and write timeout")
    connect_timeout_s: float = Field(default=5.0, gt=0, description="connect timeout")

    def transport(self) -> httpx.BaseTransport | None:
        """The transport under the client; None is httpx's own (tests substitute a fake)."""
        return None

    def _client(self) -> httpx.Client:
        return httpx.Client(
            base_url=self.base_url,
            headers={"Authorization": f"Bearer {self.token}"},
            timeout=httpx.Timeout(self.timeout_s, connect=self.connect_timeout_s),
            transport=self.transport(),
        )

    def _get(self, path: str, params: dict[str, str] | None = None) -> bytes:
        with self._client() as client:
            response = client.get(f"{PREFIX}{path}", params=params)
            response.raise_for_status()
            return response.content

    def experiment_units(self, experiment: str) -> ExperimentUnits:
        """`GET /experiments/{key}/units`: every unit of the experiment."""
        return ExperimentUnits.model_validate_json(self._get(f"/{experiment}/units"))

    def feedback(self, since: datetime | None = None) -> list[PreferenceRecord]:
        """`GET /experiments/feedback`: feedback records, those after `since` when given.

        `since` is sent as a query parameter and applied here too, so a server that ignores it
        still yields only newer records.
        """
        params = None if since is None else {"since": since.isoformat()}
        records = _RECORDS.validate_json(self._get("/feedback", params))
        return records if since is None else [r for r in records if r.at > since]

    def pending_promotions(self) -> list[PromotionRequest]:
        """`GET /experiments/promotions?status=pending`."""
        raw = self._get("/promotions", {"status": PromotionStatus.pending.value})
        return [r for r in _PROMOTIONS.validate_json(raw) if r.status is PromotionStatus.pending]

    def complete_promotion(self, request_id: int, outcome: PromotionOutcome) -> None:
        """`POST /experiments/promotions/{id}/complete` with what the promotion did."""
        with self._client() as client:
            response = client.post(
                f"{PREFIX}/promotions/{request_id}/complete", json=outcome.model_dump(mode="json")
            )
            response.raise_for_status()
