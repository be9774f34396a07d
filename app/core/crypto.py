"""Encryption at rest for sensitive free text (profile, workout and meal notes)."""

from __future__ import annotations

from functools import lru_cache

from cryptography.fernet import Fernet, InvalidToken, MultiFernet


class DecryptionError(Exception):
    """A stored value could not be decrypted with any configured key."""


class Cipher:
    """MultiFernet over the configured keys: the first encrypts, every key decrypts.

    Keeping old keys in the list lets a deployment rotate keys without downtime; the
    `rotate-encryption-keys` CLI then re-encrypts every row with the first key.
    """

    def __init__(self, keys: list[str]) -> None:
        if not keys:
            raise ValueError("ENCRYPTION_KEYS must name at least one Fernet key")
        try:
            self._fernet = MultiFernet([Fernet(key) for key in keys])
        except ValueError as exc:
            raise ValueError(f"ENCRYPTION_KEYS holds an invalid Fernet key: {exc}") from exc

    def encrypt(self, plaintext: str | None) -> str | None:
        """Encrypt text for storage; None stays None so optional columns stay NULL."""
        if plaintext is None:
            return None
        return self._fernet.encrypt(plaintext.encode()).decode()

    def decrypt(self, token: str | None) -> str | None:
        """Decrypt a stored value.

        Raises:
            DecryptionError: no configured key opens the value.
        """
        if token is None:
            return None
        try:
            return self._fernet.decrypt(token.encode()).decode()
        except InvalidToken as exc:
            raise DecryptionError("stored value does not decrypt with ENCRYPTION_KEYS") from exc

    def rotate(self, token: str | None) -> str | None:
        """Re-encrypt a stored value with the primary key."""
        if token is None:
            return None
        try:
            return self._fernet.rotate(token.encode()).decode()
        except InvalidToken as exc:
            raise DecryptionError("stored value does not decrypt with ENCRYPTION_KEYS") from exc


@lru_cache(maxsize=8)
def cipher_for(keys: tuple[str, ...]) -> Cipher:
    """One Cipher per key set, so requests do not rebuild Fernet objects."""
    return Cipher(list(keys))
