"""Sticky, weighted A/B assignment with GrowthBook's hashing; scientists may force a variant."""

from __future__ import annotations

import pytest
from growthbook.core import gbhash
from scipy.stats import binomtest, chisquare

from domain.api.serving import Variant
from serving.service.router import ABRouter
from serving.service.variants import LiveVariants, VariantNotLive
from tests.serving.service.factories import reference_model, scripted

USERS = [f"user-{i}" for i in range(20_000)]


def _live(*, champion: bool = True, challenger: bool = True) -> LiveVariants:
    return LiveVariants(
        reference=reference_model(),
        champion=scripted(Variant.champion, "1") if champion else None,
        challenger=scripted(Variant.challenger, "2") if challenger else None,
    )


def test_assignment_is_sticky_across_calls_and_router_instances() -> None:
    live = _live()
    first = [ABRouter("planner-ab", 0.1).assign(u, live).variant for u in USERS[:500]]
    again = [ABRouter("planner-ab", 0.1).assign(u, live).variant for u in USERS[:500]]
    assert first == again


def test_split_matches_the_weights() -> None:
    """20,000 users at 90/10: the challenger's share is what a fair 10 % coin gives."""
    router, live = ABRouter("planner-ab", 0.1), _live()
    challengers = sum(router.assign(u, live).variant is Variant.challenger for u in USERS)
    assert binomtest(challengers, len(USERS), 0.1).pvalue > 0.001
    assert abs(challengers / len(USERS) - 0.1) < 0.01


def test_an_even_split_passes_a_sample_ratio_test() -> None:
    router, live = ABRouter("planner-ab", 0.5), _live()
    counts = [0, 0]
    for user in USERS:
        counts[router.assign(user, live).variant is Variant.challenger] += 1
    assert chisquare(counts).pvalue > 0.001


def test_assignment_uses_growthbooks_v2_hash() -> None:
    """The documented FNV-1a v2 bucket decides: below 0.9 is the champion at 90/10."""
    router, live = ABRouter("planner-ab", 0.1), _live()
    for user in USERS[:200]:
        bucket = gbhash("planner-ab", user, 2)
        assert bucket is not None
        expected = Variant.champion if bucket < 0.9 else Variant.challenger
        assert router.assign(user, live).variant is expected


def test_a_new_experiment_key_reshuffles_users() -> None:
    live = _live()
    a = [ABRouter("exp-a", 0.5).assign(u, live).variant for u in USERS[:400]]
    b = [ABRouter("exp-b", 0.5).assign(u, live).variant for u in USERS[:400]]
    assert 0.35 < sum(x != y for x, y in zip(a, b, strict=True)) / 400 < 0.65


def test_without_a_challenger_everyone_gets_the_control() -> None:
    only_champion = _live(challenger=False)
    assignment = ABRouter("planner-ab", 0.5).assign("anyone", only_champion)
    assert (assignment.variant, assignment.in_experiment) == (Variant.champion, False)
    nothing = _live(champion=False, challenger=False)
    assert ABRouter("planner-ab", 0.5).assign("anyone", nothing).variant is Variant.reference


def test_without_a_champion_the_reference_is_the_control() -> None:
    router = ABRouter("planner-ab", 0.5)
    assert router.arms(_live(champion=False)) == [Variant.reference, Variant.challenger]


def test_a_forced_variant_wins_and_must_be_live() -> None:
    router, live = ABRouter("planner-ab", 0.0), _live(challenger=False)
    forced = router.assign("u", live, Variant.reference)
    assert (forced.variant, forced.forced, forced.in_experiment) == (Variant.reference, True, False)
    with pytest.raises(VariantNotLive, match="challenger"):
        router.assign("u", live, Variant.challenger)


def test_weights_outside_zero_one_are_refused() -> None:
    with pytest.raises(ValueError, match="challenger_weight"):
        ABRouter("planner-ab", 1.5)
