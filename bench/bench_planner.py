"""Reference planner latency: one day of meals and one full week, p50/p95 over seeded profiles.

Target: a day of meals (candidate selection plus the portion MILP, retries included) in at most
50 ms at p95. Baseline, measured in the same run on the same programs: the same MILP solved to
(near) proven optimality (relative gap 1e-4) instead of the planner's gap `MIP_GAP`. Both meet
the same hard tolerance bands, so the ratio shows what the gap setting buys, and the mean summed
relative macro deviation of the two shows what it costs in closeness to the targets.

Run: `python bench/bench_planner.py [--profiles N]` (`make bench` runs it with the defaults).
Reads the catalog from NEXFITRA_DATA_DIR (default: ./data).
"""

from __future__ import annotations

import argparse
import os
import time
from collections import Counter
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TypeVar

import numpy as np

from catalogs.store import load_catalog
from domain.catalog import Catalog
from domain.plan import PlanInfeasible, PlanRequest, make_plan
from domain.plan.foods import allowed_foods
from domain.plan.meals import day_targets
from domain.plan.menus import plan_menu, reference_meals
from domain.plan.nutrition import portion_macros, total_macros
from domain.plan.portions import Portions, solve_portions
from domain.plan.schemas import Macros
from domain.plan.tolerances import MACRO_FIELDS, relative_error
from training.sft_data.examples import true_request
from training.sft_data.profiles import generate_profiles

T = TypeVar("T")
TARGET_DAY_P95_MS = 50.0
EXACT_GAP = 1e-4


def _profiles(catalog: Catalog, count: int, seed: int) -> list[PlanRequest]:
    """Realistic requests: the same seeded synthetic users the SFT dataset is built from."""
    return [true_request(p) for p in generate_profiles(catalog, count=count, seed=seed)]


def _timed(call: Callable[[], T]) -> tuple[float, T | None]:
    start = time.perf_counter()
    try:
        result: T | None = call()
    except PlanInfeasible:
        result = None
    return (time.perf_counter() - start) * 1000.0, result


def _deviation(portions: Portions, target: Macros) -> float:
    totals = total_macros(portion_macros(f.food, grams) for meal in portions for f, grams in meal)
    return sum(abs(relative_error(getattr(totals, f), getattr(target, f))) for f in MACRO_FIELDS)


def _stats(label: str, values: list[float]) -> str:
    p50, p95 = np.percentile(values, [50, 95])
    return f"{label:<34} p50 {p50:7.1f} ms   p95 {p95:7.1f} ms   (n={len(values)})"


def run(catalog: Catalog, profiles: list[PlanRequest]) -> None:
    days, weeks, tuned, exact = [], [], [], []
    tuned_dev, exact_dev = [], []
    for seed, request in enumerate(profiles):
        foods = allowed_foods(catalog.everyday, request)
        for target in day_targets(request.targets, request.days_per_week).values():
            rng = np.random.default_rng(seed)
            elapsed, _ = _timed(partial(plan_menu, foods, request, target, rng, Counter()))
            days.append(elapsed)
            meals = reference_meals(foods, request, np.random.default_rng(seed), Counter(), limit=2)
            elapsed, fast = _timed(partial(solve_portions, meals, target))
            tuned.append(elapsed)
            elapsed, best = _timed(partial(solve_portions, meals, target, gap=EXACT_GAP))
            exact.append(elapsed)
            if fast is not None and best is not None:
                tuned_dev.append(_deviation(fast, target))
                exact_dev.append(_deviation(best, target))
        elapsed, _ = _timed(partial(make_plan, request, catalog, seed=seed))
        weeks.append(elapsed)

    print(_stats("day of meals (plan_menu)", days))
    print(_stats("week (make_plan)", weeks))
    print(_stats("one day MILP, planner gap", tuned))
    print(_stats(f"one day MILP, gap {EXACT_GAP:g} (baseline)", exact))
    ratio = np.percentile(tuned, 95) / np.percentile(exact, 95)
    print(f"p95 ratio planner/baseline: {ratio:.2f}")
    print(
        f"mean summed |relative macro deviation|: planner {np.mean(tuned_dev):.4f}, "
        f"baseline {np.mean(exact_dev):.4f} (over {len(tuned_dev)} days both solved)"
    )
    day_p95 = float(np.percentile(days, 95))
    verdict = "meets" if day_p95 <= TARGET_DAY_P95_MS else "MISSES"
    print(f"day p95 {day_p95:.1f} ms {verdict} the {TARGET_DAY_P95_MS:g} ms target")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--profiles", type=int, default=60, help="seeded profiles to plan")
    parser.add_argument("--seed", type=int, default=7, help="seed of the profile sampler")
    args = parser.parse_args()
    catalog = load_catalog(Path(os.environ.get("NEXFITRA_DATA_DIR", "data")))
    print(f"load average at start: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
    run(catalog, _profiles(catalog, args.profiles, args.seed))


if __name__ == "__main__":
    main()
