"""The Dagster instance files (compose's and the one the Kubernetes overlays render) load with
Dagster's own schema, and so does each configured class (storage, run launcher): a typo there
would otherwise surface only when the daemon starts in the cluster."""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

import pytest
import yaml
from dagster._config import validate_config
from dagster._core.instance.config import dagster_instance_config

from tests.ops.test_kubernetes import find, render
from tests.ops.tools import REPO


def check_instance(text: str, folder: Path) -> dict[str, Any]:
    (folder / "dagster.yaml").write_text(text)
    config, _ = dagster_instance_config(str(folder))
    for section in ("run_launcher", "run_coordinator", "compute_logs"):
        if section in config:
            _check_class(config[section])
    storage = config["storage"]["postgres"]
    _check_class(
        {"module": "dagster_postgres", "class": "DagsterPostgresStorage", "config": storage}
    )
    return dict(config)


def _check_class(entry: dict[str, Any]) -> None:
    try:
        module = importlib.import_module(entry["module"])
    except ModuleNotFoundError as exc:
        pytest.fail(f"{exc.name} is not installed: `make install` (the dev extra's `deploy`)")
    result = validate_config(getattr(module, entry["class"]).config_type(), entry.get("config", {}))
    assert result.success, [error.message for error in result.errors]


def test_compose_instance_loads(tmp_path: Path) -> None:
    config = check_instance((REPO / "deploy" / "dagster" / "dagster.yaml").read_text(), tmp_path)
    assert "run_launcher" not in config  # runs execute in the daemon's container


@pytest.mark.parametrize("overlay", ["staging", "production"])
def test_kubernetes_instance_launches_runs_as_jobs(overlay: str, tmp_path: Path) -> None:
    docs = render(f"k8s/overlays/{overlay}")
    instance = find(docs, "ConfigMap", "dagster-instance")["data"]["dagster.yaml"]
    config = check_instance(instance, tmp_path)
    launcher = config["run_launcher"]
    assert launcher["class"] == "K8sRunLauncher"
    # The names the launcher hands to run pods exist, unhashed, in the rendered manifests.
    find(docs, "ConfigMap", launcher["config"]["instance_config_map"])
    for config_map in launcher["config"]["env_config_maps"]:
        find(docs, "ConfigMap", config_map)
    find(docs, "ServiceAccount", launcher["config"]["service_account_name"])
    [volume] = launcher["config"]["volumes"]
    find(docs, "PersistentVolumeClaim", volume["persistentVolumeClaim"]["claimName"])
    labels = launcher["config"]["run_k8s_config"]["pod_template_spec_metadata"]["labels"]
    assert labels["app.kubernetes.io/name"] == "dagster-run"  # what the NetworkPolicies admit


def test_a_wrong_launcher_setting_is_caught(tmp_path: Path) -> None:
    docs = render("k8s/overlays/staging")
    instance = yaml.safe_load(find(docs, "ConfigMap", "dagster-instance")["data"]["dagster.yaml"])
    instance["run_launcher"]["config"]["job_namespaces"] = "typo"
    with pytest.raises(AssertionError, match="job_namespaces"):
        check_instance(yaml.safe_dump(instance), tmp_path)
