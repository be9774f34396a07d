"""A real serving process (`uvicorn serving.main:app`) for the product loop's end-to-end tests.

It reads an empty MLflow registry (a fresh SQLite file), so no champion is live and the exact
planner answers as the `reference` variant, and the real catalogs under NEXFITRA_DATA_DIR.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from tests.utils.servers import answers, free_port

REPO = Path(__file__).resolve().parents[2]
STARTUP_SECONDS = 180


class ServingProcess:
    """Starts, kills and restarts serving on one port, logging to a file under `workdir`."""

    def __init__(self, workdir: Path) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self._workdir = workdir
        self._process: subprocess.Popen[bytes] | None = None
        self._starts = 0

    def start(self) -> None:
        self._starts += 1
        env = {
            **os.environ,
            "MLFLOW_TRACKING_URI": f"sqlite:///{self._workdir / 'mlflow.db'}",
            "SERVING_MODEL_CACHE_DIR": str(self._workdir / "models"),
            "NEXFITRA_DATA_DIR": os.environ.get("NEXFITRA_DATA_DIR", str(REPO / "data")),
        }
        log = (self._workdir / f"serving-{self._starts}.log").open("wb")
        self._process = subprocess.Popen(
            [sys.executable, "-m", "uvicorn", "serving.main:app", "--port", str(self.port)],
            cwd=REPO,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + STARTUP_SECONDS
        while not answers(f"{self.url}/readyz"):
            if self._process.poll() is not None:
                raise RuntimeError(f"serving exited: see {log.name}")
            if time.monotonic() > deadline:
                raise RuntimeError(f"serving not ready after {STARTUP_SECONDS} s: see {log.name}")
            time.sleep(0.5)

    def kill(self) -> None:
        """SIGKILL: a crash, not a shutdown; then the port refuses connections."""
        if self._process is not None:
            self._process.send_signal(signal.SIGKILL)
            self._process.wait(30)
            self._process = None

    def stop(self) -> None:
        if self._process is not None:
            self._process.terminate()
            try:
                self._process.wait(30)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait(30)
            self._process = None
