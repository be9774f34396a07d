"""The food and exercise catalogs, as loaded from the fetched data folder."""

from collections.abc import Iterator

import dagster as dg

from pipelines.defs.resources.catalog_source import CatalogSource
from pipelines.lineage import CatalogPart, CatalogRecord, catalog_hash

GROUP = "catalogs"


@dg.multi_asset(
    outs={
        "food_catalog": dg.AssetOut(
            group_name=GROUP,
            kinds={"json"},
            description="USDA SR28 foods (per 100 g) plus the curated everyday subset plans use.",
        ),
        "exercise_catalog": dg.AssetOut(
            group_name=GROUP,
            kinds={"json"},
            description="free-exercise-db exercises tagged with equipment, level and patterns.",
        ),
    }
)
def catalogs(catalog_source: CatalogSource) -> Iterator[dg.Output[CatalogRecord]]:
    """Load both catalogs once; each record carries its part's content hash for lineage."""
    catalog = catalog_source.load()
    counts = {
        CatalogPart.foods: {
            "foods": len(catalog.foods),
            "everyday": len(catalog.everyday),
            "food_groups": len(catalog.food_groups),
        },
        CatalogPart.exercises: {"exercises": len(catalog.exercises)},
    }
    for part, key in (
        (CatalogPart.foods, "food_catalog"),
        (CatalogPart.exercises, "exercise_catalog"),
    ):
        record = CatalogRecord(
            part=part,
            data_dir=catalog_source.data_dir,
            content_hash=catalog_hash(catalog, part),
            counts=counts[part],
        )
        yield dg.Output(
            record,
            output_name=key,
            metadata={
                "content_hash": record.content_hash,
                "data_dir": dg.MetadataValue.path(record.data_dir),
                **record.counts,
            },
        )
