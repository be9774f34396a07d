"""The serving process is assembled from its settings: a dedicated notes reader reaches every
variant, the exact planner's included."""

from __future__ import annotations

import os
from pathlib import Path

from prometheus_client import CollectorRegistry

from domain.api.serving import Variant
from serving.engine.head_reader import HeadNotesReader
from serving.engine.reader import CautiousReader, ReaderSlot
from serving.service.app import build_loader, build_service
from serving.service.metrics import ServingMetrics
from serving.service.settings import ServingSettings
from tests.evaluation.factories import CATALOG
from tests.utils.reading_head import keyword_embed, keyword_head
from tests.utils.tiny_reader import ROOT, train_tiny_reader


def _settings(tmp_path: Path, **fields: object) -> ServingSettings:
    data_dir = Path(os.environ.get("NEXFITRA_DATA_DIR", str(ROOT / "data")))
    uri = f"sqlite:///{tmp_path / 'mlflow.db'}"
    return ServingSettings(mlflow_tracking_uri=uri, data_dir=data_dir, **fields)  # type: ignore[arg-type]


def test_without_a_reader_folder_the_planner_reads_nothing(tmp_path: Path) -> None:
    service = build_service(_settings(tmp_path), ServingMetrics(CollectorRegistry()))
    assert service.watcher.live.reference.engine.reader is None


def test_a_reader_folder_reads_the_planners_notes(tmp_path: Path) -> None:
    settings = _settings(tmp_path, notes_reader_dir=train_tiny_reader(tmp_path))
    service = build_service(settings, ServingMetrics(CollectorRegistry()))
    reference = service.watcher.live.reference
    assert isinstance(reference.engine.reader, HeadNotesReader)
    _, _, generation = reference.engine.read("Bad knee. No milk, please!")
    assert generation is not None and generation.forward_passes == 1


def test_loaded_builds_read_with_the_dedicated_reader_beside_their_model(
    tmp_path: Path, tiny_onnx_dir: Path
) -> None:
    reader = HeadNotesReader(keyword_embed, keyword_head())
    load = build_loader(CATALOG, _settings(tmp_path, reading_cache=0), ReaderSlot(reader))
    build = tmp_path / "build"
    build.mkdir()
    (build / "onnx").symlink_to(tiny_onnx_dir, target_is_directory=True)
    live = load(Variant.champion, build, {"onnx_precision": "fp32"})
    both = live.engine.reader
    assert isinstance(both, CautiousReader) and both.dedicated is reader
    assert both.model is live.engine.model_reader and live.engine.runtime is not None
