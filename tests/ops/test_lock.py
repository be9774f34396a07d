"""The lock files (requirements/, `make lock`) pin everything pyproject.toml asks for, agree with
each other, and keep each image to what it runs: no torch in the app or serving images."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from tests.ops.tools import REPO

PIN = re.compile(r"^([A-Za-z0-9._-]+)==([^\s\\;]+)", re.MULTILINE)
IMAGES = ("app", "serving", "pipelines")


def pins(path: Path) -> dict[str, str]:
    return {canonicalize_name(name): version for name, version in PIN.findall(path.read_text())}


def declared() -> set[str]:
    project = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    requirements = [*project["dependencies"]]
    for extra in project["optional-dependencies"].values():
        requirements += extra
    names = {canonicalize_name(Requirement(r).name) for r in requirements}
    return names - {"nexfitra"}


LOCK = pins(REPO / "requirements" / "all.txt")


def test_every_declared_dependency_is_pinned() -> None:
    missing = declared() - set(LOCK)
    assert not missing, f"not in requirements/all.txt, run `make lock`: {sorted(missing)}"


def test_torch_is_the_cpu_build() -> None:
    assert LOCK["torch"] == "2.13.0+cpu"
    assert not [name for name in LOCK if name.startswith("nvidia-")]
    dockerfile = (REPO / "Dockerfile").read_text()
    assert f"ARG TORCH_SPEC=torch=={LOCK['torch']}" in dockerfile


@pytest.mark.parametrize("image", IMAGES)
def test_image_locks_follow_the_main_lock(image: str) -> None:
    locked = pins(REPO / "requirements" / f"{image}.txt")
    assert locked and "--hash=sha256:" in (REPO / "requirements" / f"{image}.txt").read_text()
    assert {name: LOCK[name] for name in locked} == locked


def test_app_and_serving_images_carry_no_training_stack() -> None:
    app = pins(REPO / "requirements" / "app.txt")
    serving = pins(REPO / "requirements" / "serving.txt")
    assert not {"torch", "transformers", "onnxruntime", "mlflow", "dagster"} & set(app)
    assert not {"torch", "trl", "peft", "datasets", "accelerate", "dagster"} & set(serving)
    assert {"onnxruntime-genai", "prometheus-fastapi-instrumentator"} <= set(serving)
    pipelines = pins(REPO / "requirements" / "pipelines.txt")
    assert {"dagster-k8s", "dagster-postgres", "mlflow"} <= set(pipelines)
    assert "torch" not in pipelines  # installed by the Dockerfile: the CPU or the CUDA build
