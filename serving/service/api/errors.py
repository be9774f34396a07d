"""Service errors as HTTP answers: every refusal says what is wrong, none is a 500."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from domain.api.serving import InfeasibleBody
from domain.plan.errors import PlanInfeasible
from serving.service.lane import Overloaded
from serving.service.planning import ForbiddenChoice
from serving.service.variants import VariantNotLive


async def _infeasible(_: Request, error: Exception) -> JSONResponse:
    assert isinstance(error, PlanInfeasible)
    body = InfeasibleBody(
        detail="no plan can meet these constraints: " + str(error),
        reasons=[{"code": str(r.code), "message": r.message} for r in error.reasons],
    )
    return JSONResponse(body.model_dump(), status_code=422)


async def _overloaded(_: Request, error: Exception) -> JSONResponse:
    assert isinstance(error, Overloaded)
    return JSONResponse(
        {"detail": error.message},
        status_code=error.status,
        headers={"Retry-After": str(error.retry_after)},
    )


async def _forbidden(_: Request, error: Exception) -> JSONResponse:
    return JSONResponse({"detail": str(error)}, status_code=403)


async def _not_live(_: Request, error: Exception) -> JSONResponse:
    return JSONResponse({"detail": str(error)}, status_code=409)


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(PlanInfeasible, _infeasible)
    app.add_exception_handler(Overloaded, _overloaded)
    app.add_exception_handler(ForbiddenChoice, _forbidden)
    app.add_exception_handler(VariantNotLive, _not_live)
