"""Passwords, access tokens (JWT) and opaque refresh tokens."""

from __future__ import annotations

import hashlib
import secrets
from datetime import UTC, datetime, timedelta
from typing import Any

import jwt
from pwdlib import PasswordHash
from pwdlib.hashers.argon2 import Argon2Hasher

ALGORITHM = "HS256"
ACCESS_TOKEN_TYPE = "access"

# argon2id with pwdlib's recommended parameters.
_password_hash = PasswordHash((Argon2Hasher(),))
# Verifying against this keeps unknown-email logins as slow as wrong-password ones.
_DUMMY_HASH = _password_hash.hash("not-a-real-password")


class InvalidTokenError(Exception):
    """The access token is malformed, expired, tampered with or of the wrong type."""


def hash_password(password: str) -> str:
    return _password_hash.hash(password)


def verify_password(password: str, hashed: str | None) -> bool:
    """Check a password; with `hashed=None` burn the same time and answer False."""
    if hashed is None:
        _password_hash.verify(password, _DUMMY_HASH)
        return False
    return _password_hash.verify(password, hashed)


def create_access_token(*, subject: str, secret: str, ttl_seconds: int) -> str:
    now = datetime.now(UTC)
    claims: dict[str, Any] = {
        "sub": subject,
        "type": ACCESS_TOKEN_TYPE,
        "iat": now,
        "exp": now + timedelta(seconds=ttl_seconds),
    }
    return jwt.encode(claims, secret, algorithm=ALGORITHM)


def decode_access_token(token: str, *, secret: str) -> str:
    """Return the subject of a valid access token.

    Raises:
        InvalidTokenError: bad signature, unexpected algorithm (e.g. "none"), expired, or not
            an access token.
    """
    try:
        claims = jwt.decode(
            token, secret, algorithms=[ALGORITHM], options={"require": ["exp", "sub", "type"]}
        )
    except jwt.PyJWTError as exc:
        raise InvalidTokenError(str(exc)) from exc
    if claims["type"] != ACCESS_TOKEN_TYPE or not isinstance(claims["sub"], str):
        raise InvalidTokenError("not an access token")
    return claims["sub"]


def new_refresh_token() -> str:
    """An opaque random refresh token; only its hash is ever stored."""
    return secrets.token_urlsafe(32)


def hash_refresh_token(token: str) -> str:
    # The token is 256 random bits, so a fast unsalted hash is enough (no dictionary to attack).
    return hashlib.sha256(token.encode()).hexdigest()
