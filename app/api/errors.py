"""Maps service errors and database conflicts to HTTP answers, so none becomes a 500."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request, status
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import IntegrityError

from app.core.crypto import DecryptionError
from app.services.errors import (
    ConflictError,
    InvalidRequestError,
    NotFoundError,
    ServiceError,
    UnavailableError,
)
from app.services.targets import IncompleteProfileError

_STATUS: dict[type[ServiceError], int] = {
    NotFoundError: status.HTTP_404_NOT_FOUND,
    ConflictError: status.HTTP_409_CONFLICT,
    UnavailableError: status.HTTP_503_SERVICE_UNAVAILABLE,
}


def _unprocessable(errors: list[dict[str, Any]]) -> JSONResponse:
    """A 422 with the one body the OpenAPI schema documents for it (HTTPValidationError)."""
    return JSONResponse(
        {"detail": jsonable_encoder(errors)}, status_code=status.HTTP_422_UNPROCESSABLE_CONTENT
    )


async def _service_error(request: Request, exc: Exception) -> JSONResponse:
    if isinstance(exc, InvalidRequestError):
        # Refused by a service rather than by the schema, but clients still get one 422 shape.
        return _unprocessable([{"loc": ["body"], "msg": str(exc), "type": "value_error"}])
    code = next(code for kind, code in _STATUS.items() if isinstance(exc, kind))
    body: dict[str, Any] = {"detail": str(exc)}
    if isinstance(exc, IncompleteProfileError):
        body["missing"] = exc.missing
    return JSONResponse(body, status_code=code)


async def _integrity_error(request: Request, exc: Exception) -> JSONResponse:
    # Raced uniqueness or foreign-key checks: the request clashed with concurrent writes.
    return JSONResponse(
        {"detail": "the request conflicts with existing data"}, status_code=status.HTTP_409_CONFLICT
    )


async def _decryption_error(request: Request, exc: Exception) -> JSONResponse:
    return JSONResponse(
        {"detail": "stored data cannot be decrypted; the server's ENCRYPTION_KEYS are wrong"},
        status_code=status.HTTP_503_SERVICE_UNAVAILABLE,
    )


async def _validation_error(request: Request, exc: Exception) -> JSONResponse:
    """FastAPI's 422 body without echoing the input back (it may hold a password)."""
    assert isinstance(exc, RequestValidationError)
    return _unprocessable(
        [
            {"loc": list(error["loc"]), "msg": error["msg"], "type": error["type"]}
            for error in exc.errors()
        ]
    )


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(ServiceError, _service_error)
    app.add_exception_handler(IntegrityError, _integrity_error)
    app.add_exception_handler(DecryptionError, _decryption_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
