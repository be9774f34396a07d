"""Backup -> wipe -> restore: every product row and every registered MLflow model comes back.

The product database is a real PostgreSQL database (on the server of TEST_DATABASE_URL) filled
through the API; MLflow is a local SQLite registry with artefacts, as `make run` keeps it.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from cryptography.fernet import Fernet
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import make_url

from app.backup import MANIFEST, BackupError, backup, restore
from app.cli import main
from app.core.config import get_settings
from app.main import create_app
from tests.app.utils import FULL_PROFILE, login, register

REPO = Path(__file__).resolve().parents[2]
SERVER_URL = os.environ.get(
    "TEST_DATABASE_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/nexfitra_test"
)


def _admin_run(statement: str) -> None:
    admin = create_engine(
        make_url(SERVER_URL).set(database="postgres"), isolation_level="AUTOCOMMIT"
    )
    with admin.connect() as connection:
        connection.execute(text(statement))
    admin.dispose()


@pytest.fixture
def product_url() -> Iterator[str]:
    """A database of its own on the test server, dropped afterwards."""
    name = f"nexfitra_backup_{os.getpid()}"
    _admin_run(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    _admin_run(f'CREATE DATABASE "{name}"')
    yield make_url(SERVER_URL).set(database=name).render_as_string(hide_password=False)
    _admin_run(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def fill_through_the_api(url: str, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two users with profiles (encrypted notes), weights and refresh tokens."""
    monkeypatch.setenv("ENVIRONMENT", "test")
    monkeypatch.setenv("DATABASE_URL", url)
    monkeypatch.setenv("NEXFITRA_DATA_DIR", str(data_dir))
    monkeypatch.setenv("SECRET_KEY", "backup-test-secret-key-that-is-long-enough-42")
    monkeypatch.setenv("ENCRYPTION_KEYS", Fernet.generate_key().decode())
    get_settings.cache_clear()
    try:
        with TestClient(create_app()) as client:
            for email in ("ana@example.com", "ben@example.com"):
                register(client, email)
                token = login(client, email)["access_token"]
                headers = {"Authorization": f"Bearer {token}"}
                profile = {**FULL_PROFILE, "notes": "no peanuts; bad left knee"}
                assert client.put("/api/v1/me/profile", json=profile, headers=headers).is_success
                for day, kg in (("2026-11-01", 60.5), ("2026-11-08", 60.1)):
                    weight = {"measured_on": day, "weight_kg": kg}
                    response = client.post("/api/v1/me/weights", json=weight, headers=headers)
                    assert response.is_success, response.text
    finally:
        get_settings.cache_clear()


def snapshot(url: str) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, in a stable order."""
    engine = create_engine(url)
    with engine.connect() as connection:
        tables = inspect(connection).get_table_names()
        rows = {
            name: sorted(
                (tuple(row) for row in connection.execute(text(f'SELECT * FROM "{name}"'))),
                key=repr,
            )
            for name in tables
        }
    engine.dispose()
    return rows


def registry(command: str, uri: str, artifacts: Path) -> dict[str, Any]:
    result = subprocess.run(
        [sys.executable, "-m", "tests.ops.mlflow_registry", command, uri, str(artifacts)],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    described: dict[str, Any] = json.loads(result.stdout) if result.stdout.strip() else {}
    return described


@pytest.mark.postgres
def test_backup_wipe_restore_brings_every_row_and_model_back(
    product_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    mlflow_db = tmp_path / "mlflow" / "mlflow.db"
    mlflow_db.parent.mkdir()
    mlflow_uri = f"sqlite:///{mlflow_db}"
    artifacts = tmp_path / "mlflow" / "artifacts"
    registry("create", mlflow_uri, artifacts)
    models = registry("describe", mlflow_uri, artifacts)
    assert models["nexfitra-planner"]["aliases"] == {"champion": 2}
    assert len(models["nexfitra-planner"]["versions"]) == 2
    fill_through_the_api(product_url, tmp_path / "no-data", monkeypatch)
    rows = snapshot(product_url)
    assert len(rows["users"]) == 2
    assert len(rows["body_metrics"]) == 6  # each user: the profile's weight and two logged
    assert rows["profiles"] and rows["refresh_tokens"] and rows["alembic_version"]
    locations = [
        # Named with psycopg2, as compose names MLflow's store: backups use their own driver.
        f"--database-url={product_url.replace('+psycopg', '+psycopg2')}",
        f"--mlflow-db={mlflow_uri}",
        f"--mlflow-artifacts={artifacts}",
    ]

    assert main(["backup", f"--to={tmp_path / 'backup'}", *locations]) == 0

    database = make_url(product_url).database
    _admin_run(f'DROP DATABASE "{database}" WITH (FORCE)')
    _admin_run(f'CREATE DATABASE "{database}"')
    mlflow_db.unlink()
    shutil.rmtree(artifacts)
    assert snapshot(product_url) == {}

    assert main(["restore", f"--from={tmp_path / 'backup'}", *locations]) == 0

    assert snapshot(product_url) == rows
    assert registry("describe", mlflow_uri, artifacts) == models


def test_sqlite_round_trip_and_count_check(tmp_path: Path) -> None:
    """The embedded default: SQLite's backup API both ways; a manifest that disagrees fails."""
    source = tmp_path / "nexfitra.db"
    url = f"sqlite:///{source}"
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"))
        connection.execute(text("INSERT INTO notes (body) VALUES ('a'), ('b'), ('c')"))
    engine.dispose()
    folder = tmp_path / "artifacts"
    (folder / "run").mkdir(parents=True)
    (folder / "run" / "model.onnx").write_bytes(b"\x00\x01")
    target = tmp_path / "backup"

    manifest = backup(target=target, databases={"product": url}, folders={"art": folder})
    assert manifest["databases"]["product"]["rows"] == {"notes": 3}
    assert manifest["folders"]["art"] == {"files": 1}
    with pytest.raises(BackupError, match="not empty"):
        backup(target=target, databases={"product": url}, folders={})

    source.unlink()
    shutil.rmtree(folder / "run")  # the folder stays, as a volume's mount point would
    (folder / "stray.txt").write_text("written after the backup")
    restore(source=target, databases={"product": url}, folders={"art": folder})
    assert not (folder / "stray.txt").exists()
    assert snapshot(url) == {"notes": [(1, "a"), (2, "b"), (3, "c")]}
    assert (folder / "run" / "model.onnx").read_bytes() == b"\x00\x01"

    postgres = "postgresql+psycopg://nobody@127.0.0.1:9/none"
    with pytest.raises(BackupError, match="product.sqlite cannot be restored into postgresql"):
        restore(source=target, databases={"product": postgres}, folders={"art": folder})
    with pytest.raises(BackupError, match="no destination given for art"):
        restore(source=target, databases={"product": url}, folders={})
    tampered = json.loads((target / MANIFEST).read_text())
    tampered["databases"]["product"]["rows"]["notes"] = 4
    (target / MANIFEST).write_text(json.dumps(tampered))
    with pytest.raises(BackupError, match="restored row counts"):
        restore(source=target, databases={"product": url}, folders={"art": folder})


def test_cli_takes_extra_databases_and_reports_failures_plainly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("product", "dagster"):
        engine = create_engine(f"sqlite:///{tmp_path / name}.db")
        with engine.begin() as connection:
            connection.execute(text("CREATE TABLE runs (id INTEGER PRIMARY KEY)"))
        engine.dispose()
    product = f"--database-url=sqlite:///{tmp_path / 'product.db'}"
    dagster = f"--extra-database=dagster=sqlite:///{tmp_path / 'dagster.db'}"
    assert main(["backup", f"--to={tmp_path / 'b'}", product, dagster]) == 0
    assert "backed up product (0 rows), dagster (0 rows)" in capsys.readouterr().out
    assert main(["restore", f"--from={tmp_path / 'b'}", product]) == 1
    assert "no destination given for dagster" in capsys.readouterr().err
    assert main(["backup", f"--to={tmp_path / 'c'}", product, "--extra-database=product=x"]) == 1
    assert "wants a new NAME=URL" in capsys.readouterr().err
    assert main(["restore", f"--from={tmp_path}", product]) == 1
    assert "manifest.json not found" in capsys.readouterr().err
