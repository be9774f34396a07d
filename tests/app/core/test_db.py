"""Migrations go up and down cleanly on PostgreSQL and SQLite, and match the ORM models."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import Engine, create_engine, inspect, text

from app.core.db import alembic_config, downgrade_to_base, make_engine, upgrade_to_head
from app.models import Base
from tests.app.conftest import BASE_URL
from tests.app.utils import pg_url_with_schema


@pytest.fixture(params=["postgresql", "sqlite"])
def empty_engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    if request.param == "sqlite":
        engine = make_engine(f"sqlite:///{tmp_path}/nested/dir/app.db")
        yield engine
        engine.dispose()
        return
    schema = f"mig_test_{os.getpid()}"
    admin = create_engine(BASE_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    engine = make_engine(pg_url_with_schema(BASE_URL, schema))
    yield engine
    engine.dispose()
    with admin.connect() as conn:
        conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    admin.dispose()


def test_upgrade_downgrade_upgrade(empty_engine: Engine) -> None:
    models = set(Base.metadata.tables)
    upgrade_to_head(empty_engine)
    assert models <= set(inspect(empty_engine).get_table_names())
    command.check(alembic_config(empty_engine))  # raises if models and migrations drifted
    downgrade_to_base(empty_engine)
    assert not models & set(inspect(empty_engine).get_table_names())
    upgrade_to_head(empty_engine)
    assert models <= set(inspect(empty_engine).get_table_names())


def test_sqlite_enforces_foreign_keys(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path}/fk.db")
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA foreign_keys")).scalar_one() == 1
    engine.dispose()
