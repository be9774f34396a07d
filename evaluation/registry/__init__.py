"""The MLflow model registry of NexFitra: versions with artefacts, aliases and their history."""

from evaluation.registry.aliases import (
    RegistryError,
    alias_events,
    champion_history,
    current_aliases,
    demote,
    promote,
    promote_challenger_to_champion,
    rollback_champion,
    set_champion,
)
from evaluation.registry.names import CHALLENGER, CHAMPION, MODEL_NAME
from evaluation.registry.promotion import promote_if_best
from evaluation.registry.readers import (
    champion_reader_metrics,
    download_champion_reader,
    register_reader,
)
from evaluation.registry.versions import (
    CandidateArtefacts,
    CandidateCard,
    download_onnx,
    read_manifest,
    register_candidate,
    version_metrics,
)

__all__ = [
    "CHALLENGER",
    "CHAMPION",
    "MODEL_NAME",
    "CandidateArtefacts",
    "CandidateCard",
    "RegistryError",
    "alias_events",
    "champion_history",
    "champion_reader_metrics",
    "current_aliases",
    "demote",
    "download_champion_reader",
    "download_onnx",
    "promote",
    "promote_challenger_to_champion",
    "promote_if_best",
    "read_manifest",
    "register_candidate",
    "register_reader",
    "rollback_champion",
    "set_champion",
    "version_metrics",
]
