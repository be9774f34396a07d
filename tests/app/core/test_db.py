"""Migrations go up and down cleanly on PostgreSQL and SQLite, and match the ORM models."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from sqlalchemy import Engine, MetaData, Table, create_engine, inspect, select, text

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


# A filler value per column type (JSON columns say `object`); the rest are dates and times.
FILLERS: dict[type, Any] = {int: 0, bool: False, float: 0.0, str: "x", object: {}}


def _table(engine: Engine, name: str) -> Table:
    """The table as the schema stands now (mid-migration, not as the models say)."""
    metadata = MetaData()
    metadata.reflect(engine, only=[name])
    return metadata.tables[name]


def _insert(engine: Engine, name: str, **values: Any) -> None:
    """Insert a row, every other non-null column given a filler of its type."""
    table = _table(engine, name)
    now = datetime.now(UTC)
    fillers = {
        column.name: FILLERS.get(column.type.python_type, now)
        for column in table.columns
        if not column.nullable and not column.primary_key
    }
    with engine.begin() as conn:
        conn.execute(table.insert().values({**fillers, **values}))


def _column(engine: Engine, name: str, column: str) -> list[Any]:
    table = _table(engine, name)
    with engine.connect() as conn:
        return list(conn.scalars(select(table.c[column]).order_by(*table.primary_key.columns)))


def test_the_several_diets_migration_moves_each_diet_and_the_stored_documents(
    empty_engine: Engine,
) -> None:
    config = alembic_config(empty_engine)
    command.upgrade(config, "0003")
    sets = {"equipment": {}, "injuries": {}, "allergies": {"fish": True}}
    for user_id, diet in ((1, "vegan"), (2, None)):
        order = {"user": {"id": str(user_id)}, "profile": {"diet": diet, "goal": "maintain"}}
        _insert(empty_engine, "users", id=user_id, email=f"{user_id}@example.com")
        _insert(empty_engine, "profiles", user_id=user_id, diet=diet)
        _insert(
            empty_engine, "plan_jobs", user_id=user_id, idempotency_key=str(user_id), order=order
        )
        _insert(
            empty_engine,
            "plan_versions",
            user_id=user_id,
            version=1,
            order=order,
            provenance={"reading": {**sets, "diet": diet}},
        )
        _insert(empty_engine, "note_readings", user_id=user_id, reading={**sets, "diet": diet})
    _insert(empty_engine, "plan_jobs", user_id=1, idempotency_key="read", order={"user": {}})

    command.upgrade(config, "0004")
    assert _column(empty_engine, "profiles", "diets") == [["vegan"], []]
    assert [order.get("profile") for order in _column(empty_engine, "plan_jobs", "order")] == [
        {"diets": ["vegan"], "goal": "maintain"},
        {"diets": [], "goal": "maintain"},
        None,
    ]
    readings = [{**sets, "diets": {"vegan": True}}, {**sets, "diets": {}}]
    assert _column(empty_engine, "note_readings", "reading") == readings
    provenance = _column(empty_engine, "plan_versions", "provenance")
    assert [p["reading"] for p in provenance] == readings

    command.downgrade(config, "0003")
    assert _column(empty_engine, "profiles", "diet") == ["vegan", None]
    orders = _column(empty_engine, "plan_versions", "order")
    assert [order["profile"]["diet"] for order in orders] == ["vegan", None]
    readings = [{**sets, "diet": "vegan"}, {**sets, "diet": None}]
    assert _column(empty_engine, "note_readings", "reading") == readings


def test_sqlite_enforces_foreign_keys(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path}/fk.db")
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA foreign_keys")).scalar_one() == 1
    engine.dispose()
