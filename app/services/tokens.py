"""Refresh tokens: issue, rotate (single use) and revoke whole families on reuse or logout."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.core.security import hash_refresh_token, new_refresh_token
from app.models import RefreshToken, User


@dataclass(frozen=True)
class IssuedRefreshToken:
    token: str
    user: User


def issue(*, session: Session, user: User, ttl_seconds: int, family_id: str | None = None) -> str:
    """Store a new refresh token (hash only) and return its value; commits."""
    token = new_refresh_token()
    session.add(
        RefreshToken(
            user_id=user.id,
            family_id=family_id or str(uuid.uuid4()),
            token_hash=hash_refresh_token(token),
            expires_at=datetime.now(UTC) + timedelta(seconds=ttl_seconds),
        )
    )
    session.commit()
    return token


def rotate(*, session: Session, token: str, ttl_seconds: int) -> IssuedRefreshToken | None:
    """Exchange a refresh token for a new one of the same family.

    A token that was already used means it leaked (or the client raced itself): the whole
    family is revoked so neither the thief nor the user can go on (RFC 9700 section 4.14.2).

    Returns:
        The new token and its user, or None if the token is unknown, expired, revoked or reused.
    """
    now = datetime.now(UTC)
    row = session.scalar(
        select(RefreshToken).where(RefreshToken.token_hash == hash_refresh_token(token))
    )
    if row is None or row.revoked_at is not None or row.expires_at <= now:
        return None
    if row.used_at is not None:
        _revoke_family(session=session, family_id=row.family_id, now=now)
        session.commit()
        return None
    # Claim the token atomically so two concurrent refreshes cannot both succeed.
    claimed = session.execute(
        update(RefreshToken)
        .where(RefreshToken.id == row.id, RefreshToken.used_at.is_(None))
        .values(used_at=now)
    )
    if claimed.rowcount != 1:  # type: ignore[attr-defined]
        session.rollback()
        return None
    user = session.get(User, row.user_id)
    if user is None or not user.is_active:
        session.commit()
        return None
    new_token = issue(session=session, user=user, ttl_seconds=ttl_seconds, family_id=row.family_id)
    return IssuedRefreshToken(token=new_token, user=user)


def revoke(*, session: Session, token: str) -> None:
    """Log out: revoke the token's family (unknown tokens are ignored, logout is idempotent)."""
    row = session.scalar(
        select(RefreshToken).where(RefreshToken.token_hash == hash_refresh_token(token))
    )
    if row is not None:
        _revoke_family(session=session, family_id=row.family_id, now=datetime.now(UTC))
        session.commit()


def _revoke_family(*, session: Session, family_id: str, now: datetime) -> None:
    session.execute(
        update(RefreshToken)
        .where(RefreshToken.family_id == family_id, RefreshToken.revoked_at.is_(None))
        .values(revoked_at=now)
    )
