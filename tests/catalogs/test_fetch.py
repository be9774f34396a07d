from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from catalogs import fetch as fetch_module
from catalogs.fetch import RAW_DIR, FetchError, build_fingerprint, ensure_archive, fetch
from catalogs.sources import METS, SOURCES
from catalogs.store import FOODS_FILE, catalog_dir, load_catalog


def _no_download(source: Any, raw_dir: Path) -> None:
    raise AssertionError(f"unexpected download of {source.spec}")


def test_fetch_builds_from_verified_archives_and_then_is_a_no_op(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / RAW_DIR).mkdir()
    for source in SOURCES:
        shutil.copy(data_dir / RAW_DIR / source.archive, tmp_path / RAW_DIR / source.archive)
    monkeypatch.setattr(fetch_module, "_download", _no_download)

    assert fetch(tmp_path) is True
    assert len(load_catalog(tmp_path).foods) == 8789
    assert fetch(tmp_path) is False

    (catalog_dir(tmp_path) / FOODS_FILE).write_text("[]")
    assert not fetch_module.is_up_to_date(tmp_path, build_fingerprint())


def test_a_tampered_archive_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def serve_other_bytes(source: Any, raw_dir: Path) -> None:
        (raw_dir / source.archive).write_bytes(b"not the reviewed archive")

    monkeypatch.setattr(fetch_module, "_download", serve_other_bytes)
    with pytest.raises(FetchError, match="checksum mismatch") as error:
        ensure_archive(METS, tmp_path)
    assert "catalogs/sources.py" in str(error.value)


def test_a_failed_download_names_the_package(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail(command: list[str], **_: Any) -> subprocess.CompletedProcess[str]:
        return subprocess.CompletedProcess(command, 1, stdout="", stderr="no route to host")

    monkeypatch.setattr(subprocess, "run", fail)
    with pytest.raises(FetchError, match="pyexphys==2.1.2") as error:
        ensure_archive(METS, tmp_path)
    assert "no route to host" in str(error.value)


def test_cli_reports_failure_on_stderr(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def fail(source: Any, raw_dir: Path) -> None:
        raise FetchError("registry unreachable")

    monkeypatch.setattr(fetch_module, "_download", fail)
    assert fetch_module.main(["--data-dir", str(tmp_path)]) == 1
    assert "registry unreachable" in capsys.readouterr().err
