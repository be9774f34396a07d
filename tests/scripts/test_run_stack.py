"""`make run`'s stack starts every service and Ctrl-C stops all of them, children included."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.utils.servers import answers, free_port

REPO = Path(__file__).resolve().parents[2]
STARTUP_SECONDS = 300


def _alive(group: int) -> bool:
    try:
        os.killpg(group, 0)
    except ProcessLookupError:
        return False
    return True


@pytest.mark.slow
def test_ctrl_c_stops_every_service_of_the_stack(tmp_path: Path) -> None:
    ports = {name: free_port() for name in ("api", "serving", "mlflow", "dagster")}
    pids_file = tmp_path / "stack.pids"
    env = {
        **os.environ,
        "API_PORT": str(ports["api"]),
        "SERVING_PORT": str(ports["serving"]),
        "MLFLOW_PORT": str(ports["mlflow"]),
        "DAGSTER_PORT": str(ports["dagster"]),
        "DATABASE_URL": f"sqlite:///{tmp_path / 'app.db'}",
        "MLFLOW_TRACKING_URI": f"sqlite:///{tmp_path / 'mlflow.db'}",
        "MLFLOW_ARTIFACTS": str(tmp_path / "artifacts"),
        "DAGSTER_HOME": str(tmp_path / "dagster"),
        "SERVING_MODEL_CACHE_DIR": str(tmp_path / "models"),
        "STACK_PIDS_FILE": str(pids_file),
        "VENV": str(Path(sys.executable).parents[1]),
    }
    stack = subprocess.Popen(
        ["bash", "scripts/run-stack.sh"],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,  # like a terminal: the script leads its own foreground group
        # A terminal delivers Ctrl-C to a default handler; a runner that ignores SIGINT would
        # pass the ignore on, and bash cannot trap a signal ignored when it started.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    urls = [
        f"http://127.0.0.1:{ports['api']}/healthz",
        f"http://127.0.0.1:{ports['serving']}/readyz",
        f"http://127.0.0.1:{ports['mlflow']}/health",
        f"http://127.0.0.1:{ports['dagster']}/server_info",
    ]
    try:
        deadline = time.monotonic() + STARTUP_SECONDS
        while not all(answers(url) for url in urls):
            assert stack.poll() is None, "the stack exited while starting"
            assert time.monotonic() < deadline, f"not all of {urls} answered"
            time.sleep(2)
        groups = [int(line.split()[1]) for line in pids_file.read_text().splitlines()]
        assert len(groups) == 4
        os.killpg(stack.pid, signal.SIGINT)  # what Ctrl-C sends to the terminal's group
        output, _ = stack.communicate(timeout=60)
    finally:
        if stack.poll() is None:
            os.killpg(stack.pid, signal.SIGKILL)
    assert stack.returncode == 130, output.decode(errors="replace")[-2000:]
    assert b"stopped." in output
    names = dict(zip(groups, ("api", "serving", "mlflow", "dagster"), strict=True))
    assert [names[g] for g in groups if _alive(g)] == []
    assert not any(answers(url) for url in urls)
    assert not pids_file.exists()
