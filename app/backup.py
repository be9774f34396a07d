"""Back up and restore the platform's state into one folder: the product database, MLflow's
backend store and MLflow's artefact folder (`python -m app.cli backup --to DIR`, `restore --from`).

PostgreSQL goes through `pg_dump`/`pg_restore` (custom format: the whole database, restorable
into an empty one); SQLite through its online backup API, consistent while the app writes;
folders are copied. `manifest.json` records every table's row count and every folder's files, and
`restore` checks what it restored against them, so a restore that lost rows fails loudly.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Mapping
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, func, inspect, select, table, text
from sqlalchemy.engine import URL, make_url

MANIFEST = "manifest.json"


class BackupError(RuntimeError):
    """A backup or restore step failed; the message says which part and why."""


def backup(
    *, target: Path, databases: Mapping[str, str], folders: Mapping[str, Path]
) -> dict[str, Any]:
    """Copy each database (name -> SQLAlchemy URL) and folder (name -> path) into `target`.

    Args:
        target: A new or empty folder; it receives one file or folder per part and the manifest.
        databases: The databases to dump, by the name the backup files get.
        folders: The folders to copy, by name.

    Returns:
        The manifest written to `target/manifest.json`.

    Raises:
        BackupError: `target` holds files already, a folder is missing, or a dump failed.
    """
    if target.exists() and any(target.iterdir()):
        raise BackupError(f"{target} is not empty: back up into a new folder")
    target.mkdir(parents=True, exist_ok=True)
    manifest: dict[str, Any] = {
        "created_at": datetime.now(UTC).isoformat(),
        "databases": {},
        "folders": {},
    }
    for name, url in databases.items():
        parsed = make_url(url)
        if _is_postgres(parsed):
            file = target / f"{name}.pgdump"
            rows = _dump_postgres(parsed, file, name)
        else:
            file = target / f"{name}.sqlite"
            _sqlite_copy(_sqlite_path(parsed), file)
            rows = row_counts(f"sqlite:///{file}")
        manifest["databases"][name] = {"file": file.name, "rows": rows}
    for name, folder in folders.items():
        if not folder.is_dir():
            raise BackupError(f"{name}: {folder} is not a folder")
        shutil.copytree(folder, target / name, symlinks=True)
        manifest["folders"][name] = {"files": _file_count(target / name)}
    (target / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n")
    return manifest


def restore(
    *, source: Path, databases: Mapping[str, str], folders: Mapping[str, Path]
) -> dict[str, Any]:
    """Put every part of the backup in `source` back where `databases` and `folders` point.

    Existing contents are replaced. Every part in the backup needs a destination, so nothing
    backed up is silently left out.

    Returns:
        The backup's manifest.

    Raises:
        BackupError: No manifest, a part without a destination, a failed restore, or row and
            file counts that differ from the manifest's.
    """
    manifest_file = source / MANIFEST
    if not manifest_file.is_file():
        raise BackupError(f"{manifest_file} not found: is {source} a backup folder?")
    manifest: dict[str, Any] = json.loads(manifest_file.read_text())
    missing = (set(manifest["databases"]) - set(databases)) | (
        set(manifest["folders"]) - set(folders)
    )
    if missing:
        raise BackupError(f"no destination given for {', '.join(sorted(missing))}")
    for name, part in manifest["databases"].items():
        url = make_url(databases[name])
        file = source / part["file"]
        if (file.suffix == ".pgdump") != _is_postgres(url):
            raise BackupError(
                f"{name}: {file.name} cannot be restored into {url.get_backend_name()}"
            )
        if _is_postgres(url):
            # --clean --if-exists: restores into an empty database or over an existing one alike.
            options = ["--clean", "--if-exists", "--no-owner", "--no-privileges"]
            options += ["--single-transaction", "--exit-on-error", _dbname(url)]
            _run(["pg_restore", *options, str(file)], url, name)
        else:
            _sqlite_copy(file, _sqlite_path(url))
        restored = row_counts(databases[name])
        if restored != part["rows"]:
            raise BackupError(f"{name}: restored row counts {restored} != backed up {part['rows']}")
    for name, part in manifest["folders"].items():
        destination = folders[name]
        _empty(destination)
        shutil.copytree(source / name, destination, symlinks=True, dirs_exist_ok=True)
        if _file_count(destination) != part["files"]:
            raise BackupError(f"{name}: restored file count differs from the backup's")
    return manifest


def row_counts(url: str) -> dict[str, int]:
    """Rows in each table of the database's default schema, by table name."""
    engine = _engine(make_url(url))
    try:
        with engine.connect() as connection:
            return _count_rows(connection)
    finally:
        engine.dispose()


def _count_rows(connection: Connection) -> dict[str, int]:
    names = sorted(inspect(connection).get_table_names())
    count = select(func.count())
    return {name: connection.execute(count.select_from(table(name))).scalar_one() for name in names}


def _dump_postgres(url: URL, file: Path, name: str) -> dict[str, int]:
    """Dump the database and count its rows in one snapshot, so the manifest's counts are the
    dump's even while the app keeps writing."""
    engine = _engine(url, isolation_level="REPEATABLE READ")
    try:
        with engine.connect() as connection:
            snapshot = connection.execute(text("SELECT pg_export_snapshot()")).scalar_one()
            dump = ["pg_dump", "--format=custom", f"--snapshot={snapshot}", f"--file={file}"]
            _run([*dump, _dbname(url)], url, name)
            return _count_rows(connection)
    finally:
        engine.dispose()


def _engine(url: URL, **options: Any) -> Engine:
    """An engine on our own driver: MLflow's URL may name psycopg2, which the app image lacks."""
    if _is_postgres(url):
        url = url.set(drivername="postgresql+psycopg")
    return create_engine(url, **options)


def _is_postgres(url: URL) -> bool:
    return url.get_backend_name() == "postgresql"


def _dbname(url: URL) -> str:
    """`--dbname=` with a libpq URI: the SQLAlchemy URL without driver and password (the
    password goes through PGPASSWORD, never the command line)."""
    plain = url.set(drivername="postgresql", password=None)
    return f"--dbname={plain.render_as_string(hide_password=False)}"


def _run(command: list[str], url: URL, name: str) -> None:
    env = dict(os.environ)
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    try:
        result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    except FileNotFoundError as exc:
        raise BackupError(
            f"{command[0]} is not installed: install the PostgreSQL client "
            f"(apt-get install postgresql-client)"
        ) from exc
    if result.returncode != 0:
        raise BackupError(f"{name}: {command[0]} failed: {result.stderr.strip()[-2000:]}")


def _sqlite_path(url: URL) -> Path:
    if not url.database or url.database == ":memory:":
        raise BackupError(f"{url} names no SQLite file")
    return Path(url.database)


def _sqlite_copy(source: Path, destination: Path) -> None:
    """SQLite's online backup: a consistent copy even while another connection writes."""
    if not source.is_file():
        raise BackupError(f"{source} does not exist")
    destination.parent.mkdir(parents=True, exist_ok=True)
    with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(destination)) as dst:
        src.backup(dst)


def _empty(folder: Path) -> None:
    """Delete what `folder` holds but keep the folder: it is often a volume's mount point."""
    if not folder.exists():
        return
    for child in folder.iterdir():
        if child.is_dir() and not child.is_symlink():
            shutil.rmtree(child)
        else:
            child.unlink()


def _file_count(folder: Path) -> int:
    return sum(1 for path in folder.rglob("*") if path.is_file())
