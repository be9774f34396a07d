"""Optional refreshes (the dataset weekly, the A/B report daily); stopped by default, switched on
from the UI."""

from __future__ import annotations

import dagster as dg

from pipelines.defs.jobs.jobs import build_sft_data, report_experiment

weekly_sft_data = dg.ScheduleDefinition(
    name="weekly_sft_data",
    job=build_sft_data,
    cron_schedule="0 3 * * 1",
    default_status=dg.DefaultScheduleStatus.STOPPED,
    description="Rebuild catalogs and the SFT dataset every Monday at 03:00.",
)

daily_ab_report = dg.ScheduleDefinition(
    name="daily_ab_report",
    job=report_experiment,
    cron_schedule="0 6 * * *",
    default_status=dg.DefaultScheduleStatus.STOPPED,
    description="The A/B report every day at 06:00 (needs the product API and its token).",
)
