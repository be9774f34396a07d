"""The recommendation rule, in this order:

1. Sample-ratio mismatch: keep collecting, and investigate the split; no lift can be trusted.
2. The primary metric has no estimate yet: keep collecting.
3. A guardrail significantly worse (always-valid interval excludes 0 on the bad side): keep the
   champion, whatever the primary metric says.
4. The primary metric's always-valid interval excludes 0 against the challenger: keep the champion.
5. It excludes 0 in the challenger's favour: promote the challenger.
6. Otherwise keep collecting, with the users (both arms) at which one look at the observed lift
   has the target power under the same sequential test.

Sequential intervals are used throughout because the report is read every day: a fixed-horizon
interval read that often would declare false winners well above its nominal 5 %.
"""

from __future__ import annotations

from domain.experiments.inference import users_needed
from domain.experiments.models import (
    Action,
    MetricResult,
    Recommendation,
    ReportSettings,
    Role,
    SampleRatio,
    Verdict,
)


def _keep_collecting(
    primary: MetricResult, lift: float, std_error: float, settings: ReportSettings
) -> Recommendation:
    needed = users_needed(
        lift,
        std_error**2 * primary.users,
        alpha=settings.alpha,
        target_power=settings.target_power,
        tuning=settings.sequential_tuning,
    )
    power = f"{settings.target_power:.0%} power"
    reason = f"{primary.metric}: no significant lift yet ({lift:+.2%} observed)" + (
        "" if needed is None else f"; about {needed} users give {power} at that lift"
    )
    return Recommendation(
        action=Action.keep_collecting,
        reason=reason,
        users_needed=needed,
        additional_users=None if needed is None else max(needed - primary.users, 0),
    )


def recommend(
    sample_ratio: SampleRatio, results: list[MetricResult], settings: ReportSettings
) -> Recommendation:
    """Apply the rule above.

    Args:
        sample_ratio: The split check.
        results: Every metric's result, the primary among them.
        settings: The primary metric, guardrails, level and power.

    Returns:
        The recommendation and its reason.
    """
    if sample_ratio.mismatch:
        return Recommendation(
            action=Action.keep_collecting,
            reason=f"sample ratio mismatch (p = {sample_ratio.p_value:.2g}): investigate the "
            "split before reading any lift",
        )
    [primary] = [result for result in results if result.role is Role.primary]
    if primary.lift is None or primary.std_error is None:
        return Recommendation(
            action=Action.keep_collecting, reason=f"{primary.metric}: {primary.note}"
        )
    worse = [
        result.metric
        for result in results
        if result.role is Role.guardrail and result.verdict is Verdict.worse
    ]
    if worse:
        return Recommendation(
            action=Action.keep_champion,
            reason=f"challenger significantly worse on guardrail(s) {', '.join(worse)}",
        )
    if primary.verdict is Verdict.worse:
        return Recommendation(
            action=Action.keep_champion,
            reason=f"{primary.metric}: challenger significantly worse ({primary.lift:+.2%})",
        )
    if primary.verdict is Verdict.better:
        return Recommendation(
            action=Action.promote,
            reason=f"{primary.metric}: challenger significantly better ({primary.lift:+.2%}) "
            "and no guardrail significantly worse",
        )
    return _keep_collecting(primary, primary.lift, primary.std_error, settings)
