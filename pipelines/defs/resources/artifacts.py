"""Where artefacts live, and the IO manager that passes their records between assets."""

import typing
from pathlib import Path

import dagster as dg
from pydantic import BaseModel

ALL = "__all__"
"""File stem of an unpartitioned asset's record."""


class ArtifactStore(dg.ConfigurableResource["ArtifactStore"]):
    """Local folder for datasets and adapters; each asset writes under its own sub-folder."""

    root: str

    def folder(self, *parts: str) -> Path:
        path = Path(self.root, *parts)
        path.mkdir(parents=True, exist_ok=True)
        return path


def _record_type(annotation: object) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    return None


def _per_partition_record_type(annotation: object) -> type[BaseModel] | None:
    """`Record` of a `dict[str, Record]` annotation, else None."""
    args = typing.get_args(annotation)
    if typing.get_origin(annotation) is not dict or len(args) != 2 or args[0] is not str:
        return None
    return _record_type(args[1])


class RecordIOManager(dg.ConfigurableIOManager):
    """Stores each asset's record (a pydantic model) as JSON, one file per partition.

    Records are small and readable, so no pickles: a consumer reads back the exact record its
    upstream materialisation wrote, typed by the consumer's input annotation. An input annotated
    `dict[str, Record]` receives every upstream partition it depends on (an unpartitioned asset
    downstream of a partitioned one), keyed by partition. Such an input whose definition metadata
    sets `allow_missing_partitions` (Dagster's own convention) gets the partitions that exist,
    with a warning naming the missing ones; it still fails when none exists.
    """

    root: str

    def _path(self, asset_key: dg.AssetKey, partition: str) -> Path:
        return Path(self.root, *asset_key.path, f"{partition}.json")

    def handle_output(self, context: dg.OutputContext, obj: BaseModel) -> None:
        partition = context.asset_partition_key if context.has_asset_partitions else ALL
        path = self._path(context.asset_key, partition)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(obj.model_dump_json(indent=2))

    def _read(
        self, asset_key: dg.AssetKey, partition: str, record_type: type[BaseModel]
    ) -> BaseModel:
        path = self._path(asset_key, partition)
        if not path.is_file():
            what = "" if partition == ALL else f" partition {partition!r}"
            raise FileNotFoundError(
                f"no record of `{asset_key.to_user_string()}`{what} at {path}: "
                f"materialise `{asset_key.to_user_string()}`{what} first"
            )
        return record_type.model_validate_json(path.read_text())

    def load_input(self, context: dg.InputContext) -> BaseModel | dict[str, BaseModel]:
        annotation = context.dagster_type.typing_type
        keys = context.asset_partition_keys if context.has_asset_partitions else [ALL]
        record_type = _record_type(annotation)
        if record_type is not None and len(keys) == 1:
            return self._read(context.asset_key, keys[0], record_type)
        per_partition = _per_partition_record_type(annotation)
        if per_partition is not None and context.has_asset_partitions:
            return self._read_partitions(context, keys, per_partition)
        raise TypeError(
            f"input {context.name!r} is annotated {annotation!r} but reads {len(keys)} "
            f"partition(s) of `{context.asset_key.to_user_string()}`: annotate a single record "
            "with its pydantic type, several partitions with `dict[str, Record]`"
        )

    def _read_partitions(
        self, context: dg.InputContext, keys: typing.Sequence[str], record_type: type[BaseModel]
    ) -> dict[str, BaseModel]:
        metadata = context.definition_metadata or {}
        existing = [key for key in keys if self._path(context.asset_key, key).is_file()]
        if not metadata.get("allow_missing_partitions") or not existing:
            existing = list(keys)  # reading a missing one raises the error that names it
        missing = sorted(set(keys) - set(existing))
        if missing:
            context.log.warning(
                f"`{context.asset_key.to_user_string()}` partitions not materialised, left out: "
                + ", ".join(missing)
            )
        return {key: self._read(context.asset_key, key, record_type) for key in existing}
