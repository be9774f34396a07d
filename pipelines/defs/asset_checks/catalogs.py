"""Data-quality checks of the catalogs: complete macros, unique names, energy that adds up."""

from collections.abc import Iterable, Iterator

import dagster as dg

from domain.catalog import Food
from pipelines.catalog_quality import (
    ATWATER_TOLERANCE,
    EVERYDAY_MAX_SHARE,
    USDA_MAX_SHARE,
    duplicate_names,
    foods_missing_macros,
    foods_outside_tolerance,
)
from pipelines.defs.resources.catalog_source import CatalogSource
from pipelines.lineage import CatalogRecord, verify_catalog

SAMPLE = 10
"""Offending names listed in a check's metadata."""


def _energy_check(name: str, foods: Iterable[Food], max_share: float) -> dg.AssetCheckResult:
    outside, measured = foods_outside_tolerance(foods)
    share = len(outside) / measured if measured else 0.0
    return dg.AssetCheckResult(
        check_name=name,
        passed=share <= max_share,
        metadata={
            "share_outside": dg.MetadataValue.float(round(share, 4)),
            "max_share": dg.MetadataValue.float(max_share),
            "outside": len(outside),
            "measured": measured,
            "sample": [food.name for food in outside[:SAMPLE]],
        },
    )


@dg.multi_asset_check(
    specs=[
        dg.AssetCheckSpec("macros_present", asset="food_catalog", blocking=True),
        dg.AssetCheckSpec("unique_names", asset="food_catalog", blocking=True),
        dg.AssetCheckSpec(
            "everyday_energy_matches_macros",
            asset="food_catalog",
            blocking=True,
            description=(
                f"At most {EVERYDAY_MAX_SHARE:.0%} of everyday foods have kcal outside "
                f"{ATWATER_TOLERANCE:.0%} of their macros' Atwater energy."
            ),
        ),
        dg.AssetCheckSpec(
            "usda_energy_matches_macros",
            asset="food_catalog",
            description=(
                f"At most {USDA_MAX_SHARE:.0%} of USDA foods outside {ATWATER_TOLERANCE:.0%} of "
                "Atwater; some deviate legitimately (alcohol, polyols, food-specific factors)."
            ),
        ),
    ],
    ins={"food_catalog": dg.AssetIn("food_catalog")},
)
def food_catalog_checks(
    catalog_source: CatalogSource, food_catalog: CatalogRecord
) -> Iterator[dg.AssetCheckResult]:
    catalog = catalog_source.load()
    verify_catalog(catalog, [food_catalog])
    missing = foods_missing_macros(catalog.foods)
    yield dg.AssetCheckResult(
        check_name="macros_present",
        passed=not missing,
        metadata={"missing": len(missing), "sample": [food.name for food in missing[:SAMPLE]]},
    )
    duplicates = duplicate_names([item.name for item in catalog.everyday])
    yield dg.AssetCheckResult(
        check_name="unique_names",
        passed=not duplicates,
        description="Everyday short names are what plans and drafts refer to foods by.",
        metadata={"duplicates": len(duplicates), "sample": duplicates[:SAMPLE]},
    )
    yield _energy_check(
        "everyday_energy_matches_macros",
        [item.food for item in catalog.everyday],
        EVERYDAY_MAX_SHARE,
    )
    yield _energy_check("usda_energy_matches_macros", catalog.foods, USDA_MAX_SHARE)


@dg.asset_check(
    asset="exercise_catalog", blocking=True, description="No two exercises share a name."
)
def exercise_names_unique(
    catalog_source: CatalogSource, exercise_catalog: CatalogRecord
) -> dg.AssetCheckResult:
    catalog = catalog_source.load()
    verify_catalog(catalog, [exercise_catalog])
    duplicates = duplicate_names([exercise.name for exercise in catalog.exercises])
    return dg.AssetCheckResult(
        passed=not duplicates,
        metadata={"duplicates": len(duplicates), "sample": duplicates[:SAMPLE]},
    )
