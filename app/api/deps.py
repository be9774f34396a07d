"""Request-scoped dependencies, reached through the `Annotated` aliases routes declare."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Annotated

from fastapi import Depends, HTTPException, Path, Query, Request, status
from fastapi.exceptions import RequestValidationError
from fastapi.security import OAuth2PasswordBearer
from sqlalchemy.orm import Session

from app.core.config import Settings, get_settings
from app.core.crypto import Cipher, cipher_for
from app.core.logs import current_request_id
from app.core.security import InvalidTokenError, decode_access_token
from app.models import Role, User
from app.services.catalog import CatalogProvider
from app.services.owned import DatePage
from app.services.renewal import Renewal
from app.services.serving_client import ServingClient
from app.services.throttle import LoginThrottle
from domain.targets import CalorieFloors

API_PREFIX = "/api/v1"
MAX_PAGE_SIZE = 100
# Offsets are bound to a bigint in SQL: unbounded ones overflow it (a 500), not just empty pages.
MAX_OFFSET = 1_000_000
# Row ids are 32-bit integer columns: larger path ids are a 422, not a database error.
RowId = Annotated[int, Path(ge=1, le=2**31 - 1)]

SettingsDep = Annotated[Settings, Depends(get_settings)]
_bearer = OAuth2PasswordBearer(tokenUrl=f"{API_PREFIX}/auth/login")


def get_session(request: Request) -> Iterator[Session]:
    """One session per request; leaving without commit rolls back, so errors write nothing."""
    with Session(request.app.state.engine) as session:
        yield session


SessionDep = Annotated[Session, Depends(get_session)]


def get_cipher(settings: SettingsDep) -> Cipher:
    return cipher_for(tuple(settings.encryption_key_list))


CipherDep = Annotated[Cipher, Depends(get_cipher)]


def get_floors(settings: SettingsDep) -> CalorieFloors:
    return CalorieFloors(
        female=round(settings.calorie_floor_female), male=round(settings.calorie_floor_male)
    )


FloorsDep = Annotated[CalorieFloors, Depends(get_floors)]


def get_throttle(request: Request) -> LoginThrottle:
    throttle: LoginThrottle = request.app.state.login_throttle
    return throttle


ThrottleDep = Annotated[LoginThrottle, Depends(get_throttle)]


def get_catalog_provider(request: Request) -> CatalogProvider:
    provider: CatalogProvider = request.app.state.catalog_provider
    return provider


CatalogProviderDep = Annotated[CatalogProvider, Depends(get_catalog_provider)]


def get_serving_client(request: Request) -> ServingClient:
    client: ServingClient = request.app.state.serving_client
    return client


ServingClientDep = Annotated[ServingClient, Depends(get_serving_client)]


def get_current_user(
    session: SessionDep, settings: SettingsDep, token: Annotated[str, Depends(_bearer)]
) -> User:
    """The active user named by a valid bearer access token; 401 otherwise."""
    unauthorised = HTTPException(
        status.HTTP_401_UNAUTHORIZED,
        "invalid or expired access token",
        headers={"WWW-Authenticate": "Bearer"},
    )
    try:
        subject = decode_access_token(token, secret=settings.secret_key)
    except InvalidTokenError as exc:
        raise unauthorised from exc
    user = session.get(User, int(subject)) if subject.isdigit() else None
    if user is None or not user.is_active:
        raise unauthorised
    return user


CurrentUser = Annotated[User, Depends(get_current_user)]


def get_admin(user: CurrentUser) -> User:
    """The current user if they are an admin; 403 otherwise."""
    if user.role != Role.admin:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "this endpoint needs the admin role")
    return user


AdminUser = Annotated[User, Depends(get_admin)]


def get_scientist(user: CurrentUser) -> User:
    """The current user if they may read experiments (scientist or admin); 403 otherwise."""
    if user.role not in (Role.scientist, Role.admin):
        raise HTTPException(status.HTTP_403_FORBIDDEN, "this endpoint needs the scientist role")
    return user


ScientistUser = Annotated[User, Depends(get_scientist)]

RequestIdDep = Annotated[str | None, Depends(current_request_id)]
"""This request's id (the caller's X-Request-ID or a new one), kept with the jobs it queues."""


def get_renewal(
    user: CurrentUser, cipher: CipherDep, floors: FloorsDep, request_id: RequestIdDep
) -> Renewal:
    """What a profile or weight change sets off, for this user (`app.services.renewal`)."""
    return Renewal(
        user=user, cipher=cipher, floors=floors, today=date.today(), request_id=request_id
    )


RenewalDep = Annotated[Renewal, Depends(get_renewal)]


def get_date_page(
    date_from: Annotated[
        date | None, Query(alias="from", description="first day, inclusive")
    ] = None,
    date_to: Annotated[date | None, Query(alias="to", description="last day, inclusive")] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE)] = 20,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0,
) -> DatePage:
    """Date filter and pagination of log listings."""
    if date_from is not None and date_to is not None and date_from > date_to:
        # A validation error, so the 422 body has the documented shape (HTTPValidationError).
        raise RequestValidationError(
            [
                {
                    "loc": ("query", "from"),
                    "msg": f"{date_from} must not be after 'to' ({date_to})",
                    "type": "value_error",
                }
            ]
        )
    return DatePage(date_from=date_from, date_to=date_to, offset=offset, limit=limit)


DatePageDep = Annotated[DatePage, Depends(get_date_page)]
