"""Fixtures for the API tests: one PostgreSQL schema per run, migrated once, truncated per test.

The schema is private to this pytest process (search_path), so parallel runs and other suites
sharing the database never see each other's rows.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from cryptography.fernet import Fernet
from fastapi import FastAPI
from fastapi.testclient import TestClient
from pwdlib import PasswordHash
from pwdlib.hashers.argon2 import Argon2Hasher
from sqlalchemy import Engine, create_engine, text

from app.api.deps import get_catalog_provider
from app.core import security
from app.core.config import get_settings
from app.main import create_app
from tests.app.utils import FakeCatalogProvider, empty_tables, pg_url_with_schema

BASE_URL = os.environ.get(
    "TEST_DATABASE_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/nexfitra_test"
)
SCHEMA = f"app_test_{os.getpid()}"
PRIMARY_KEY = Fernet.generate_key().decode()


@pytest.fixture(scope="session")
def database_url() -> Iterator[str]:
    """A fresh schema in the test database, dropped at the end of the run."""
    admin = create_engine(BASE_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP SCHEMA IF EXISTS "{SCHEMA}" CASCADE'))
        conn.execute(text(f'CREATE SCHEMA "{SCHEMA}"'))
    try:
        yield pg_url_with_schema(BASE_URL, SCHEMA)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP SCHEMA IF EXISTS "{SCHEMA}" CASCADE'))
        admin.dispose()


@pytest.fixture(scope="session")
def app_env(database_url: str) -> Iterator[None]:
    """The environment the app reads its settings from during the run."""
    values = {
        "ENVIRONMENT": "test",
        "DATABASE_URL": database_url,
        "SECRET_KEY": "test-secret-key-that-is-long-enough-0123456789",
        "ENCRYPTION_KEYS": PRIMARY_KEY,
        "FIRST_ADMIN_EMAIL": "root@example.com",
        "LOGIN_MAX_FAILURES": "3",
        # Tests run workers themselves, against a fake or a real serving, when they need one.
        "EMBEDDED_WORKER": "false",
    }
    saved = {name: os.environ.get(name) for name in values}
    os.environ.update(values)
    get_settings.cache_clear()
    yield
    for name, value in saved.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value
    get_settings.cache_clear()


@pytest.fixture(scope="session")
def fast_password_hashing() -> Iterator[None]:
    """Still argon2id, with tiny cost parameters: production's cost (~0.3 s a hash) x 300 tests."""
    strong = security._password_hash
    security._password_hash = PasswordHash((Argon2Hasher(time_cost=1, memory_cost=1024),))
    yield
    security._password_hash = strong


@pytest.fixture(scope="session")
def app(app_env: None, fast_password_hashing: None) -> FastAPI:
    application = create_app()
    application.dependency_overrides[get_catalog_provider] = FakeCatalogProvider
    return application


@pytest.fixture(scope="session")
def session_client(app: FastAPI) -> Iterator[TestClient]:
    with TestClient(app) as client:
        yield client


@pytest.fixture
def engine(session_client: TestClient) -> Engine:
    engine: Engine = session_client.app.state.engine  # type: ignore[attr-defined]
    return engine


@pytest.fixture
def client(session_client: TestClient, app: FastAPI, engine: Engine) -> Iterator[TestClient]:
    """The shared client; after the test every table is emptied and overrides reset."""
    overrides = dict(app.dependency_overrides)
    yield session_client
    app.dependency_overrides.clear()
    app.dependency_overrides.update(overrides)
    session_client.headers.clear()
    app.state.login_throttle.reset_all()
    empty_tables(engine)
