"""Where artefacts live, and the IO manager that passes their records between assets."""

from pathlib import Path

import dagster as dg
from pydantic import BaseModel


class ArtifactStore(dg.ConfigurableResource["ArtifactStore"]):
    """Local folder for datasets and adapters; each asset writes under its own sub-folder."""

    root: str

    def folder(self, *parts: str) -> Path:
        path = Path(self.root, *parts)
        path.mkdir(parents=True, exist_ok=True)
        return path


class RecordIOManager(dg.ConfigurableIOManager):
    """Stores each asset's record (a pydantic model) as JSON, one file per partition.

    Records are small and readable, so no pickles: a consumer reads back the exact record its
    upstream materialisation wrote, typed by the consumer's input annotation.
    """

    root: str

    def _path(self, context: dg.InputContext | dg.OutputContext) -> Path:
        name = context.asset_partition_key if context.has_asset_partitions else "__all__"
        return Path(self.root, *context.asset_key.path, f"{name}.json")

    def handle_output(self, context: dg.OutputContext, obj: BaseModel) -> None:
        path = self._path(context)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(obj.model_dump_json(indent=2))

    def load_input(self, context: dg.InputContext) -> BaseModel:
        record_type = context.dagster_type.typing_type
        if not (isinstance(record_type, type) and issubclass(record_type, BaseModel)):
            raise TypeError(
                f"input {context.name!r} must be annotated with a pydantic record type, "
                f"got {record_type!r}"
            )
        return record_type.model_validate_json(self._path(context).read_text())
