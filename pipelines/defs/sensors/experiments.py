"""Sensors on the product API: a report when enough new feedback arrived, and promotions.

Both poll the API with the scientist's token, so they are stopped by default like the schedules:
switch them on where the product API runs.
"""

from datetime import datetime
from typing import Final

import dagster as dg

from pipelines.defs.jobs.jobs import report_experiment
from pipelines.defs.jobs.promotion import promote_champion
from pipelines.defs.resources.product_api import ProductApi

MIN_NEW_FEEDBACK: Final = 200
"""Feedback records since the last requested report that warrant a new one."""


@dg.sensor(
    job=report_experiment,
    minimum_interval_seconds=15 * 60,
    default_status=dg.DefaultSensorStatus.STOPPED,
    description=f"Requests an A/B report once {MIN_NEW_FEEDBACK} feedback records arrived since "
    "the last one it requested (cursor: the newest record's time).",
)
def new_feedback(
    context: dg.SensorEvaluationContext, product_api: ProductApi
) -> dg.SensorResult | dg.SkipReason:
    since = datetime.fromisoformat(context.cursor) if context.cursor else None
    records = product_api.feedback(since)
    if len(records) < MIN_NEW_FEEDBACK:
        return dg.SkipReason(
            f"{len(records)} feedback records since {since or 'the start'}; "
            f"a new report needs {MIN_NEW_FEEDBACK}"
        )
    newest = max(record.at for record in records).isoformat()
    return dg.SensorResult(
        run_requests=[dg.RunRequest(run_key=f"feedback-{newest}")], cursor=newest
    )


@dg.sensor(
    job=promote_champion,
    minimum_interval_seconds=60,
    default_status=dg.DefaultSensorStatus.STOPPED,
    description="One `promote_champion` run per pending promotion request in the product API.",
)
def promotion_requests(
    context: dg.SensorEvaluationContext, product_api: ProductApi
) -> list[dg.RunRequest] | dg.SkipReason:
    pending = product_api.pending_promotions()
    if not pending:
        return dg.SkipReason("no pending promotion request")
    return [
        dg.RunRequest(
            run_key=f"promotion-{request.id}",  # a request is carried out once
            run_config={
                "ops": {
                    "promote_challenger": {
                        "config": {
                            "request_id": request.id,
                            "challenger_version": request.challenger_version,
                        }
                    }
                }
            },
            tags={"promotion_request": str(request.id), "experiment": request.experiment},
        )
        for request in pending
    ]
