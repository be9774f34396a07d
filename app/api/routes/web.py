"""The built web app (`frontend/dist`) at `/`: its files, and index.html for its own routes.

Served by the API process so the browser sees one origin (no CORS). Registered last, so every
API, docs and probe route wins; paths under `/api` never reach it and keep their JSON 404.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, HTTPException, status
from fastapi.responses import FileResponse
from starlette.convertors import Convertor, register_url_convertor

from app.api.deps import SettingsDep


class _WebPath(Convertor[str]):
    """Any path outside `/api`: an unknown API URL stays a 404 for every method, not a 405."""

    regex = r"(?!api(?:/|$)).*"

    def convert(self, value: str) -> str:
        return value

    def to_string(self, value: str) -> str:
        return value


register_url_convertor("webpath", _WebPath())

router = APIRouter(include_in_schema=False)

# Vite fingerprints every file under assets/, so browsers may keep them for good; index.html
# names the current ones and must be revalidated on each load.
_IMMUTABLE = {"Cache-Control": "public, max-age=31536000, immutable"}
_REVALIDATE = {"Cache-Control": "no-cache"}


def _file_in(root: Path, path: str) -> Path | None:
    """The regular file at `path` under `root`, refusing anything that resolves outside it."""
    candidate = (root / path).resolve()
    return candidate if candidate.is_relative_to(root) and candidate.is_file() else None


@router.get("/{path:webpath}")
def web_app(path: str, settings: SettingsDep) -> FileResponse:
    """A file of the built web app, or its index.html for a client-side route."""
    root = settings.web_dir.resolve()
    index = root / "index.html"
    if not index.is_file():
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Not Found")
    found = _file_in(root, path) if path else None
    if found is not None:
        headers = _IMMUTABLE if found.parent == root / "assets" else _REVALIDATE
        return FileResponse(found, headers=headers)
    if "." in path.rsplit("/", 1)[-1]:
        # A missing file (a stale asset, a typo): answering HTML would hide the 404.
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Not Found")
    return FileResponse(index, headers=_REVALIDATE)
