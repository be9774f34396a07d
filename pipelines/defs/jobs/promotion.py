"""Make the challenger the champion when a scientist asks for it in the product API.

The `promotion_requests` sensor starts one run per pending request; the run moves the aliases
with `evaluation.registry.promote_challenger_to_champion` and reports the outcome back: done with
the new champion, or failed with the registry's reason.
"""

import dagster as dg
from mlflow import MlflowClient
from mlflow.exceptions import MlflowException
from pydantic import Field

from domain.api.promotions import PromotionOutcome, PromotionStatus
from evaluation.registry import (
    CHALLENGER,
    CHAMPION,
    MODEL_NAME,
    RegistryError,
    current_aliases,
    promote_challenger_to_champion,
)
from pipelines.defs.resources.mlflow import MlflowTracking
from pipelines.defs.resources.product_api import ProductApi
from pipelines.defs.resources.registry import registry_client


class PromotionConfig(dg.Config):
    request_id: int = Field(description="the promotion request's id in the product API")
    challenger_version: str | None = Field(
        default=None, description="the version the scientist approved; None: the current one"
    )
    model_name: str = Field(default=MODEL_NAME, description="registered model")


def promote_approved(client: MlflowClient, approved: str | None, *, name: str) -> str:
    """Promote `@challenger` if it is the approved version; a repeat of a done promotion is a
    no-op.

    Returns:
        The champion's version.

    Raises:
        RegistryError: If `@challenger` is not the approved version, or there is none.
    """
    aliases = current_aliases(client, name=name)
    if approved is not None and CHALLENGER not in aliases and aliases.get(CHAMPION) == approved:
        return approved
    if approved is not None and aliases.get(CHALLENGER) != approved:
        raise RegistryError(
            f"@{CHALLENGER} of {name} is version {aliases.get(CHALLENGER)}, not the approved "
            f"{approved}: ask for a new promotion after reading its report"
        )
    return promote_challenger_to_champion(client, name=name)


@dg.op(description="Move @champion to the approved challenger and complete the request.")
def promote_challenger(
    context: dg.OpExecutionContext,
    config: PromotionConfig,
    mlflow: MlflowTracking,
    product_api: ProductApi,
) -> str:
    try:
        champion = promote_approved(
            registry_client(mlflow), config.challenger_version, name=config.model_name
        )
    except (RegistryError, MlflowException) as error:
        outcome = PromotionOutcome(status=PromotionStatus.failed, detail=str(error))
        product_api.complete_promotion(config.request_id, outcome)
        raise dg.Failure(description=f"promotion {config.request_id} failed: {error}") from error
    outcome = PromotionOutcome(status=PromotionStatus.done, champion_version=champion)
    product_api.complete_promotion(config.request_id, outcome)
    context.log.info(f"promotion {config.request_id}: {config.model_name} @champion = {champion}")
    return champion


@dg.job(description="Promote the challenger to champion for one request from the product API.")
def promote_champion() -> None:
    promote_challenger()
