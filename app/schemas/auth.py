"""Request and response bodies of the auth endpoints."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, EmailStr, Field, field_validator

from app.schemas.common import StrictInput

PASSWORD_MIN_CHARS = 8
PASSWORD_MAX_CHARS = 128


class UserRegister(StrictInput):
    email: EmailStr
    password: str = Field(min_length=PASSWORD_MIN_CHARS, max_length=PASSWORD_MAX_CHARS)

    @field_validator("email")
    @classmethod
    def _normalise_email(cls, value: str) -> str:
        # Emails are unique case-insensitively: store one canonical spelling.
        return value.strip().lower()

    @field_validator("password")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("must not be only whitespace")
        return value


class Token(BaseModel):
    access_token: str
    refresh_token: str
    token_type: Literal["bearer"] = "bearer"
    expires_in: int = Field(description="access token lifetime in seconds")


class RefreshRequest(StrictInput):
    refresh_token: str = Field(min_length=1, max_length=200)
