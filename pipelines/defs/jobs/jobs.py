"""Jobs a data scientist launches from the UI: rebuild the data, or train candidates."""

from __future__ import annotations

import dagster as dg

build_sft_data = dg.define_asset_job(
    "build_sft_data",
    selection=dg.AssetSelection.groups("catalogs", "data"),
    description="Reload the catalogs and rebuild the SFT dataset, with their checks.",
)

train_candidates = dg.define_asset_job(
    "train_candidates",
    selection=dg.AssetSelection.assets("lora_adapter"),
    description="Fine-tune one LoRA adapter per selected candidate partition.",
)
