"""Replicas starting together: `upgrade_to_head` in several processes at once on one fresh
PostgreSQL schema all succeed, and the schema is migrated once. Processes, as replicas are:
Alembic keeps its migration context in module globals, so threads would share it."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor

import pytest
from sqlalchemy import Engine, create_engine, inspect, text
from sqlalchemy.engine import make_url

from app.core.db import make_engine, upgrade_to_head
from app.models import Base

SERVER_URL = os.environ.get(
    "TEST_DATABASE_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/nexfitra_test"
)
REPLICAS = 4


@pytest.fixture
def fresh_schema_url() -> Iterator[str]:
    schema = f"ops_lock_{os.getpid()}"
    admin = create_engine(SERVER_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = make_url(SERVER_URL).update_query_dict({"options": f"-csearch_path={schema}"})
    yield url.render_as_string(hide_password=False)
    with admin.connect() as connection:
        connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    admin.dispose()


def _start_replica(url: str) -> set[str]:
    engine: Engine = make_engine(url)
    try:
        upgrade_to_head(engine)
        return set(inspect(engine).get_table_names())
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_replicas_migrating_at_once_all_start(fresh_schema_url: str) -> None:
    spawn = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(REPLICAS, mp_context=spawn) as pool:
        seen = list(pool.map(_start_replica, [fresh_schema_url] * REPLICAS))
    assert all(tables >= set(Base.metadata.tables) for tables in seen)
    engine = create_engine(fresh_schema_url)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM alembic_version")).scalar_one() == 1
    engine.dispose()
