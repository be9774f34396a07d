"""A/B experiments as the product database saw them (role scientist or admin)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Annotated

from fastapi import APIRouter, Path, Query, status

from app.api.deps import (
    MAX_OFFSET,
    MAX_PAGE_SIZE,
    CipherDep,
    RowId,
    ScientistUser,
    ServingClientDep,
    SessionDep,
    SettingsDep,
)
from app.models import utcnow
from app.schemas.experiments import ExperimentsPublic, PromotionCreate, PromotionPublic
from app.services import experiments, promotions
from app.services.errors import UnavailableError
from app.services.serving_client import ServingUnavailable
from domain.api.experiments import ExperimentUnits, PreferenceRecord
from domain.api.promotions import PromotionOutcome, PromotionStatus
from domain.api.serving import ModelsResponse
from domain.experiments import ExperimentReport

router = APIRouter(prefix="/experiments", tags=["experiments"])

Key = Annotated[str, Path(min_length=1, max_length=128, description="the experiment key")]


@router.get("")
def list_experiments(scientist: ScientistUser, session: SessionDep) -> ExperimentsPublic:
    """Experiment keys seen in plan exposures, with plan, user and variant counts."""
    found = experiments.list_experiments(session=session)
    return ExperimentsPublic(data=found, count=len(found))


@router.get("/models")
def read_models(scientist: ScientistUser, serving: ServingClientDep) -> ModelsResponse:
    """The model versions serving has live, with their traffic weights (serving's /v1/models)."""
    try:
        return serving.models()
    except ServingUnavailable as exc:
        raise UnavailableError(f"serving cannot say which models are live: {exc}") from exc


@router.get("/feedback")
def list_feedback(
    scientist: ScientistUser,
    session: SessionDep,
    settings: SettingsDep,
    cipher: CipherDep,
    experiment: Annotated[str | None, Query(min_length=1, max_length=128)] = None,
    since: Annotated[datetime | None, Query(description="only feedback given after")] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE)] = 100,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0,
) -> list[PreferenceRecord]:
    """Feedback with the plan it was given on, for preference tuning, newest first."""
    return experiments.preference_records(
        session=session,
        experiment=experiment,
        since=None if since is None else since.replace(tzinfo=since.tzinfo or UTC),
        hasher=experiments.UnitHasher(settings.secret_key),
        cipher=cipher,
        offset=offset,
        limit=limit,
    )


@router.get("/promotions")
def list_promotions(
    scientist: ScientistUser,
    session: SessionDep,
    status_: Annotated[PromotionStatus | None, Query(alias="status")] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE)] = 100,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0,
) -> list[PromotionPublic]:
    """Promotion requests, oldest first; the pipelines read `?status=pending`."""
    rows = promotions.list_promotions(session=session, status=status_, offset=offset, limit=limit)
    return [PromotionPublic.model_validate(row) for row in rows]


@router.post("/promotions/{promotion_id}/complete")
def complete_promotion(
    promotion_id: RowId, body: PromotionOutcome, scientist: ScientistUser, session: SessionDep
) -> PromotionPublic:
    """Record the outcome of a pending promotion (the pipelines, after moving the alias)."""
    row = promotions.complete(
        session=session, request_id=promotion_id, outcome=body, user_id=scientist.id
    )
    return PromotionPublic.model_validate(row)


@router.post("/{key}/promote", status_code=status.HTTP_201_CREATED)
def request_promotion(
    key: Key, body: PromotionCreate, scientist: ScientistUser, session: SessionDep
) -> PromotionPublic:
    """Ask for the challenger to become the champion; the pipelines carry it out."""
    row = promotions.request_promotion(
        session=session,
        experiment=key,
        challenger_version=body.challenger_version,
        user_id=scientist.id,
    )
    return PromotionPublic.model_validate(row)


@router.get("/{key}/units")
def export_units(
    key: Key, scientist: ScientistUser, session: SessionDep, settings: SettingsDep
) -> ExperimentUnits:
    """One row per randomised user of the experiment (user ids hashed), for the A/B report."""
    return experiments.export_units(
        session=session,
        key=key,
        hasher=experiments.UnitHasher(settings.secret_key),
        today=date.today(),
        now=utcnow(),
    )


@router.get("/{key}/report")
def read_report(
    key: Key,
    scientist: ScientistUser,
    session: SessionDep,
    settings: SettingsDep,
    primary: Annotated[
        str | None, Query(max_length=64, description="the metric the decision rests on")
    ] = None,
    alpha: Annotated[float | None, Query(gt=0, lt=1, description="two-sided level")] = None,
) -> ExperimentReport:
    """The A/B report: split check, lifts with fixed and always-valid intervals, decision."""
    export = experiments.export_units(
        session=session,
        key=key,
        hasher=experiments.UnitHasher(settings.secret_key),
        today=date.today(),
        now=utcnow(),
    )
    chosen = {"primary": primary, "alpha": alpha}
    return experiments.report(export, {name: v for name, v in chosen.items() if v is not None})
