"""Promotion requests: a scientist asks in the product API to make the challenger the champion;
the pipelines' promotion sensor carries it out on the registry and reports back.

`GET /api/v1/experiments/promotions?status=pending` lists `PromotionRequest`s;
`POST /api/v1/experiments/promotions/{id}/complete` takes a `PromotionOutcome`.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict


class PromotionStatus(StrEnum):
    pending = "pending"
    done = "done"
    failed = "failed"


class PromotionRequest(BaseModel):
    """One request; readers ignore fields they do not know, so the API may add some.

    Attributes:
        id: The request's id in the product API.
        experiment: The experiment whose report the scientist read.
        challenger_version: The registry version the scientist approved; the promotion refuses
            to run if `@challenger` has moved since. None promotes whatever `@challenger` is.
        requested_at: When it was asked for.
        status: `pending` until the pipelines complete it.
    """

    model_config = ConfigDict(extra="ignore", frozen=True)

    id: int
    experiment: str
    challenger_version: str | None = None
    requested_at: datetime
    status: PromotionStatus = PromotionStatus.pending


class PromotionOutcome(BaseModel):
    """What the promotion did: `done` with the new champion, or `failed` with the reason."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    status: PromotionStatus
    champion_version: str | None = None
    detail: str = ""
