"""The variants live in this process: an immutable snapshot, replaced whole on every swap.

Requests take the snapshot once and keep the engine they started with, so a swap never touches a
request in flight: it finishes on the old model, and the old model is freed after it.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field, replace

from domain.api.serving import Variant
from serving.engine import PlanEngine


class VariantNotLive(Exception):
    """A variant was asked for that has no live model."""


@dataclass(frozen=True)
class LiveModel:
    """One engine and what it is, with the lock that runs its plans one at a time.

    Attributes:
        variant: The alias it serves under.
        engine: The engine (runtime, reader and plan builder).
        version: Registry version; None for the reference planner.
        run_id: MLflow run holding the version's artefacts.
        onnx_precision: Precision of the ONNX build.
        loaded_at: ISO time the build was loaded.
    """

    variant: Variant
    engine: PlanEngine
    version: str | None = None
    run_id: str | None = None
    onnx_precision: str | None = None
    loaded_at: str | None = None
    lock: threading.Lock = field(default_factory=threading.Lock, compare=False)


@dataclass(frozen=True)
class LiveVariants:
    """Champion and challenger when registered; the reference planner always."""

    reference: LiveModel
    champion: LiveModel | None = None
    challenger: LiveModel | None = None

    def get(self, variant: Variant) -> LiveModel | None:
        """The live model of `variant`; None when that alias has no loaded model."""
        if variant is Variant.reference:
            return self.reference
        return self.champion if variant is Variant.champion else self.challenger

    def with_model(self, variant: Variant, model: LiveModel | None) -> LiveVariants:
        """A copy with `variant`'s alias pointing at `model` (None: the alias is gone).

        Raises:
            ValueError: For the reference, which always serves.
        """
        if variant is Variant.champion:
            return replace(self, champion=model)
        if variant is Variant.challenger:
            return replace(self, challenger=model)
        raise ValueError("the reference variant cannot be replaced")

    def require(self, variant: Variant) -> LiveModel:
        """The live model of `variant`.

        Raises:
            VariantNotLive: That alias has no loaded model.
        """
        model = self.get(variant)
        if model is None:
            raise VariantNotLive(f"variant `{variant}` has no live model")
        return model
