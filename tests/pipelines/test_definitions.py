import dagster as dg

from pipelines.definitions import defs
from pipelines.defs.assets.lora_adapter import candidates
from training.registry import list_candidates


def test_definitions_load_with_the_complete_graph() -> None:
    definitions = defs()
    dg.Definitions.validate_loadable(definitions)
    graph = definitions.resolve_asset_graph()
    groups = {key.to_user_string(): graph.get(key).group_name for key in graph.get_all_asset_keys()}
    assert (
        groups.items()
        >= {
            "food_catalog": "catalogs",
            "exercise_catalog": "catalogs",
            "sft_dataset": "data",
            "lora_adapter": "training",
            "ab_report": "experiments",
            "preference_pairs": "experiments",
            "notes_reader": "reader",
            "notes_reader_eval": "reader",
            "registered_reader": "reader",
        }.items()
    )
    assert all(graph.get(key).description for key in graph.get_all_asset_keys())
    lora = graph.get(dg.AssetKey("lora_adapter"))
    assert lora.parent_keys == {dg.AssetKey("sft_dataset")}
    sft = graph.get(dg.AssetKey("sft_dataset"))
    assert sft.parent_keys == {dg.AssetKey("food_catalog"), dg.AssetKey("exercise_catalog")}
    reader = graph.get(dg.AssetKey("notes_reader"))
    assert reader.parent_keys == sft.parent_keys
    registered = graph.get(dg.AssetKey("registered_reader"))
    assert registered.parent_keys == {dg.AssetKey("notes_reader_eval")}
    checks = {key.to_user_string() for key in graph.asset_check_keys}
    assert "sft_dataset:targets_parse" in checks
    assert "food_catalog:usda_energy_matches_macros" in checks
    assert "exercise_catalog:exercise_names_unique" in checks
    assert "preference_pairs:pairs_well_formed" in checks
    assert "notes_reader_eval:reader_gate" in checks
    assert {job.name for job in definitions.jobs or []} >= {
        "build_sft_data",
        "train_candidates",
        "report_experiment",
        "promote_champion",
        "train_reader",
    }
    assert {sensor.name for sensor in definitions.sensors or []} >= {
        "record_run_failures",
        "new_feedback",
        "promotion_requests",
    }
    assert {schedule.name for schedule in definitions.schedules or []} >= {
        "weekly_sft_data",
        "daily_ab_report",
    }
    assert set(definitions.resources or {}) >= {
        "artifact_store",
        "catalog_source",
        "io_manager",
        "mlflow",
        "training",
        "product_api",
    }


def test_one_partition_per_registered_candidate() -> None:
    keys = set(candidates.get_partition_keys())
    assert keys == set(list_candidates("quick")) | set(list_candidates("full"))
    assert keys
