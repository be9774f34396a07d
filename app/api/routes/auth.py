"""Registration, login, token refresh and logout."""

from __future__ import annotations

import math
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, status
from fastapi.security import OAuth2PasswordRequestForm

from app.api.deps import SessionDep, SettingsDep, ThrottleDep
from app.core.config import Settings
from app.core.security import create_access_token
from app.models import Role, User
from app.schemas.auth import RefreshRequest, Token, UserRegister
from app.schemas.user import UserPublic
from app.services import tokens, users

router = APIRouter(prefix="/auth", tags=["auth"])


def _token_pair(*, user: User, refresh_token: str, settings: Settings) -> Token:
    access = create_access_token(
        subject=str(user.id),
        secret=settings.secret_key,
        ttl_seconds=settings.access_token_ttl_seconds,
    )
    return Token(
        access_token=access,
        refresh_token=refresh_token,
        expires_in=settings.access_token_ttl_seconds,
    )


@router.post("/register", status_code=status.HTTP_201_CREATED)
def register(body: UserRegister, session: SessionDep, settings: SettingsDep) -> UserPublic:
    """Create an account (the email in FIRST_ADMIN_EMAIL becomes an admin)."""
    first_admin = (settings.first_admin_email or "").strip().lower()
    role = Role.admin if first_admin and body.email == first_admin else Role.user
    user = users.create_user(session=session, email=body.email, password=body.password, role=role)
    return UserPublic.model_validate(user)


@router.post("/login")
def login(
    form: Annotated[OAuth2PasswordRequestForm, Depends()],
    session: SessionDep,
    settings: SettingsDep,
    throttle: ThrottleDep,
) -> Token:
    """Exchange email (as `username`) and password for access and refresh tokens."""
    email = form.username.strip().lower()
    wait = throttle.retry_after(email)
    if wait > 0:
        raise HTTPException(
            status.HTTP_429_TOO_MANY_REQUESTS,
            "too many failed logins for this email; try again later",
            headers={"Retry-After": str(math.ceil(wait))},
        )
    user = users.authenticate(session=session, email=email, password=form.password)
    if user is None:
        throttle.record_failure(email)
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "incorrect email or password",
            headers={"WWW-Authenticate": "Bearer"},
        )
    throttle.reset(email)
    refresh = tokens.issue(
        session=session, user=user, ttl_seconds=settings.refresh_token_ttl_seconds
    )
    return _token_pair(user=user, refresh_token=refresh, settings=settings)


@router.post("/refresh")
def refresh(body: RefreshRequest, session: SessionDep, settings: SettingsDep) -> Token:
    """Rotate a refresh token; reusing an old one revokes its whole family."""
    issued = tokens.rotate(
        session=session, token=body.refresh_token, ttl_seconds=settings.refresh_token_ttl_seconds
    )
    if issued is None:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED, "refresh token is invalid, expired, revoked or reused"
        )
    return _token_pair(user=issued.user, refresh_token=issued.token, settings=settings)


@router.post("/logout", status_code=status.HTTP_204_NO_CONTENT)
def logout(body: RefreshRequest, session: SessionDep) -> None:
    """Revoke the refresh token's family (idempotent)."""
    tokens.revoke(session=session, token=body.refresh_token)
