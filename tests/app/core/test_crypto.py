from __future__ import annotations

import pytest
from cryptography.fernet import Fernet

from app.core.crypto import Cipher, DecryptionError, cipher_for


def _key() -> str:
    return Fernet.generate_key().decode()


def test_round_trip_and_none() -> None:
    cipher = Cipher([_key()])
    token = cipher.encrypt("torn meniscus")
    assert token is not None and "meniscus" not in token
    assert cipher.decrypt(token) == "torn meniscus"
    assert cipher.encrypt(None) is None and cipher.decrypt(None) is None
    assert cipher.rotate(None) is None


def test_rotation_moves_values_to_the_primary_key() -> None:
    old, new = _key(), _key()
    token = Cipher([old]).encrypt("note")
    rotated = Cipher([new, old]).rotate(token)
    assert Cipher([new]).decrypt(rotated) == "note"
    with pytest.raises(DecryptionError):
        Cipher([old]).decrypt(rotated)


def test_unknown_key_and_bad_config() -> None:
    token = Cipher([_key()]).encrypt("x")
    with pytest.raises(DecryptionError):
        Cipher([_key()]).decrypt(token)
    with pytest.raises(DecryptionError):
        Cipher([_key()]).rotate(token)
    with pytest.raises(ValueError, match="at least one"):
        Cipher([])
    with pytest.raises(ValueError, match="invalid Fernet key"):
        Cipher(["not-a-key"])


def test_cipher_for_caches_per_key_set() -> None:
    keys = (_key(),)
    assert cipher_for(keys) is cipher_for(keys)
