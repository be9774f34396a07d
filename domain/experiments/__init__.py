"""A/B experiment statistics: GrowthBook's engine (gbstats 0.8.0) on NexFitra's per-user export.

`build_report(export)` turns an `ExperimentUnits` export into an `ExperimentReport`: the split
check, each variant's metrics, treatment-against-control lifts with fixed-horizon and always-valid
intervals, chance to win, and a recommendation (see `domain.experiments.decision`).
"""

from domain.experiments.metrics import METRICS, METRICS_BY_NAME
from domain.experiments.models import (
    Action,
    ExperimentReport,
    MetricResult,
    Recommendation,
    ReportSettings,
    Role,
    SampleRatio,
    VariantSummary,
    Verdict,
)
from domain.experiments.report import build_report

__all__ = [
    "METRICS",
    "METRICS_BY_NAME",
    "Action",
    "ExperimentReport",
    "MetricResult",
    "Recommendation",
    "ReportSettings",
    "Role",
    "SampleRatio",
    "VariantSummary",
    "Verdict",
    "build_report",
]
