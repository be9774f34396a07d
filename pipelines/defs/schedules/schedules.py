"""Optional refresh of the dataset; stopped by default, switched on from the UI."""

from __future__ import annotations

import dagster as dg

from pipelines.defs.jobs.jobs import build_sft_data

weekly_sft_data = dg.ScheduleDefinition(
    name="weekly_sft_data",
    job=build_sft_data,
    cron_schedule="0 3 * * 1",
    default_status=dg.DefaultScheduleStatus.STOPPED,
    description="Rebuild catalogs and the SFT dataset every Monday at 03:00.",
)
