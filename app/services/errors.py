"""Errors services raise; `app.api.errors` maps each to an HTTP status."""

from __future__ import annotations

from pydantic import ValidationError


class ServiceError(Exception):
    """Base class: the message is safe to show to the client."""


class NotFoundError(ServiceError):
    """The resource does not exist or belongs to someone else (the two look the same)."""


class ConflictError(ServiceError):
    """The request clashes with the current state (duplicate email, incomplete profile...)."""


class InvalidRequestError(ServiceError):
    """Well-formed input that the current state makes invalid (e.g. an unknown food id)."""


class UnavailableError(ServiceError):
    """A dependency the request needs is not installed or not reachable."""


def problems(exc: ValidationError) -> str:
    """A validation error as one line a client can act on: "field.path: message; ..."."""
    return "; ".join(
        f"{'.'.join(str(part) for part in error['loc'])}: {error['msg']}" for error in exc.errors()
    )
