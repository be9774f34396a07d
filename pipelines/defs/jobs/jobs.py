"""Jobs a data scientist launches from the UI: rebuild data, train candidates and the notes
reader, report the A/B."""

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

report_experiment = dg.define_asset_job(
    "report_experiment",
    selection=dg.AssetSelection.assets("ab_report"),
    description="Fetch the experiment's export from the product API and write the A/B report.",
)

train_reader = dg.define_asset_job(
    "train_reader",
    selection=dg.AssetSelection.groups("reader"),
    description=(
        "Train, evaluate and gate the dedicated notes reader; one that passes the reader gate "
        "becomes @champion of nexfitra-notes-reader (materialise the catalogs first)."
    ),
)
