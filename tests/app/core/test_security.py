from __future__ import annotations

import pytest

from app.core.security import (
    InvalidTokenError,
    create_access_token,
    decode_access_token,
    hash_password,
    hash_refresh_token,
    new_refresh_token,
    verify_password,
)

SECRET = "x" * 40


def test_passwords_use_argon2id() -> None:
    hashed = hash_password("hunter2hunter2")
    assert hashed.startswith("$argon2id$")
    assert verify_password("hunter2hunter2", hashed)
    assert not verify_password("hunter3hunter3", hashed)
    assert not verify_password("hunter2hunter2", None)


def test_access_token_round_trip_and_expiry() -> None:
    token = create_access_token(subject="42", secret=SECRET, ttl_seconds=60)
    assert decode_access_token(token, secret=SECRET) == "42"
    expired = create_access_token(subject="42", secret=SECRET, ttl_seconds=-1)
    with pytest.raises(InvalidTokenError, match="expired"):
        decode_access_token(expired, secret=SECRET)
    with pytest.raises(InvalidTokenError):
        decode_access_token(token, secret="y" * 40)


def test_refresh_tokens_are_random_and_hashed() -> None:
    first, second = new_refresh_token(), new_refresh_token()
    assert first != second and len(first) >= 40
    assert hash_refresh_token(first) == hash_refresh_token(first)
    assert first not in hash_refresh_token(first)
