"""Sticky A/B assignment of users to variants with GrowthBook's own SDK (hash version 2).

The same user id always lands in the same variant for the same experiment key and weights, on
every serving replica, with no state to share. Scientists may force a variant.
"""

from __future__ import annotations

from dataclasses import dataclass

from growthbook import Experiment, GrowthBook

from domain.api.serving import Variant
from serving.service.variants import LiveVariants


@dataclass(frozen=True)
class Assignment:
    """Which variant answers, and whether the experiment's hash chose it."""

    variant: Variant
    in_experiment: bool
    forced: bool = False


class ABRouter:
    """Routes users between the champion (or, with none, the reference) and the challenger.

    Args:
        experiment: Experiment key; also the hash seed, so a new key reshuffles users.
        challenger_weight: Share of users given the challenger while one is live.
    """

    def __init__(self, experiment: str, challenger_weight: float) -> None:
        if not 0.0 <= challenger_weight <= 1.0:
            raise ValueError(f"challenger_weight must be within [0, 1], got {challenger_weight}")
        self.experiment = experiment
        self.challenger_weight = challenger_weight

    def arms(self, live: LiveVariants) -> list[Variant]:
        """The variants in the experiment now: the control first."""
        control = Variant.champion if live.champion is not None else Variant.reference
        return [control, Variant.challenger] if live.challenger is not None else [control]

    def weights(self, live: LiveVariants) -> dict[Variant, float]:
        arms = self.arms(live)
        if len(arms) == 1:
            return {arms[0]: 1.0}
        return {arms[0]: 1.0 - self.challenger_weight, arms[1]: self.challenger_weight}

    def assign(self, user_id: str, live: LiveVariants, forced: Variant | None = None) -> Assignment:
        """The variant for `user_id`, or `forced` when given (callers check the role).

        Raises:
            VariantNotLive: `forced` has no live model.
        """
        if forced is not None:
            live.require(forced)
            return Assignment(forced, in_experiment=False, forced=True)
        weights = self.weights(live)
        if len(weights) == 1:
            return Assignment(next(iter(weights)), in_experiment=False)
        experiment = Experiment(
            key=self.experiment,
            variations=list(weights),
            weights=list(weights.values()),
            hashVersion=2,
        )
        result = GrowthBook(attributes={"id": user_id}).run(experiment)
        return Assignment(Variant(result.value), in_experiment=bool(result.inExperiment))
