"""The variants in service and the experiment routing between them."""

from __future__ import annotations

from fastapi import APIRouter

from domain.api.serving import ModelsResponse, Variant, VariantInfo
from serving.service.api.deps import ServiceDep

router = APIRouter(tags=["models"])


@router.get("/v1/models", response_model=ModelsResponse)
def list_models(service: ServiceDep) -> ModelsResponse:
    """Live variants, their registry versions and traffic weights."""
    watcher, live = service.watcher, service.watcher.live
    weights = service.router.weights(live)
    variants = []
    for variant in Variant:
        model = live.get(variant)
        if model is not None:
            variants.append(
                VariantInfo(
                    variant=variant,
                    model_version=model.version,
                    weight=weights.get(variant, 0.0),
                    loaded_at=model.loaded_at,
                    run_id=model.run_id,
                    onnx_precision=model.onnx_precision,
                )
            )
    return ModelsResponse(
        experiment=service.router.experiment,
        registered_model=watcher.registered_model,
        variants=variants,
        last_refresh=watcher.last_refresh,
        last_error=watcher.last_error,
        notes_reader=live.reference.engine.dedicated.version,  # one slot for every engine
    )
