"""Names every registry user agrees on: the model, its aliases and the artefact layout."""

from __future__ import annotations

from training.tracking import DEFAULT_DB

DEFAULT_TRACKING_URI = f"sqlite:///{DEFAULT_DB}"
"""The store `make pipeline` and `make run` use."""

MODEL_NAME = "nexfitra-planner"
CHAMPION = "champion"
CHALLENGER = "challenger"
ALIASES = (CHAMPION, CHALLENGER)
# Inside a version's run: model/{adapter,merged,tokenizer,onnx}/ and model/manifest.json.
ARTEFACT_ROOT = "model"
MANIFEST_FILE = "manifest.json"
# Registered-model tags that keep the alias history (JSON lists).
CHAMPION_HISTORY_TAG = "champion_history"
EVENTS_TAG = "alias_events"
MAX_EVENTS = 100
