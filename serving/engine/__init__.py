"""The planning engine serving runs and evaluation measures: runtimes, read-then-plan, serve step.

No web imports here: the HTTP service (`serving.api`) and evaluation both build on it.
"""

from domain.plan.provenance import PlanSource
from serving.engine.engine import EngineResult, PlanEngine, parse_draft_or_none
from serving.engine.reader import NotesReader
from serving.engine.serve import PlanBuilder, Served

__all__ = [
    "EngineResult",
    "NotesReader",
    "PlanBuilder",
    "PlanEngine",
    "PlanSource",
    "Served",
    "parse_draft_or_none",
]
