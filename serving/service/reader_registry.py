"""Follow the registered notes reader's `@champion` and swap it into every variant's engines.

The pipelines register a reader only after its gate (`reader_gate`) passed, so the version the
alias points at is the best reader measured; serving downloads its folder (`reader/` of the
version's run), reads one note with it and only then puts it in the shared `ReaderSlot`. A version
that fails to load is refused once and the reader before it stays; with no `@champion` (or the
alias removed) the variants' models read their own notes, as before any reader was registered.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Final

from mlflow import MlflowClient

from domain.api.serving import Variant
from domain.plan.reading_head import READER_ARTEFACT
from serving.engine.head_reader import HeadNotesReader
from serving.engine.reader import ReaderSlot
from serving.service.downloads import VersionRef, alias_versions, download_once

logger = logging.getLogger(__name__)

SMOKE_NOTE: Final = "Allergic to peanuts, and my left knee is bad."
"""Read by every reader before it is swapped in: a reader that cannot run fails here."""


class RegisteredReader:
    """Keeps `slot` holding the registered reader's `@champion`.

    Args:
        slot: The slot every engine reads through.
        registered_model: Name of the reader's registered model.
        cache_dir: Where reader folders are downloaded, one per version (kept across restarts).
        threads: onnxruntime's intra-op threads for the encoder; None lets it choose.
    """

    def __init__(
        self,
        slot: ReaderSlot,
        *,
        registered_model: str,
        cache_dir: Path,
        threads: int | None = None,
    ) -> None:
        self.slot = slot
        self.registered_model = registered_model
        self.cache_dir = cache_dir
        self.threads = threads
        self.current: VersionRef | None = None
        self.refused: dict[str, str] = {}
        self.problem: str | None = None
        """Why the version the alias points at is not the one reading (None: nothing wrong)."""

    def refresh(self, client: MlflowClient) -> str | None:
        """Resolve the alias and swap when it moved.

        Returns:
            Why a version was refused this time, else None (nothing moved, it loaded, or it was
            refused before: `problem` keeps saying so while the alias points at it).

        Raises:
            MlflowException: The registry could not be asked (the caller keeps what is live).
        """
        ref = self._champion(client)
        self.problem = None if ref is None else self.refused.get(ref.version)
        if ref == self.current:
            return None
        if ref is None:
            logger.info("no registered notes reader: each variant's model reads its notes")
            self._put(None, None)
            return None
        if ref.version in self.refused:
            return None
        try:
            folder = download_once(
                client,
                ref.run_id,
                [READER_ARTEFACT],
                self.cache_dir / f"{self.registered_model}-v{ref.version}",
            )
            reader = HeadNotesReader.load(folder / READER_ARTEFACT, threads=self.threads)
            reader.read(SMOKE_NOTE)
        except Exception as error:  # a corrupt folder can fail anywhere, native code included
            reason = f"notes reader version {ref.version} refused: {error}"
            self.refused[ref.version] = self.problem = reason
            logger.warning(reason)
            return reason
        logger.info("notes are read by %s version %s", self.registered_model, ref.version)
        self._put(reader, ref)
        return None

    def _put(self, reader: HeadNotesReader | None, ref: VersionRef | None) -> None:
        self.slot.put(reader, None if ref is None else f"{self.registered_model} v{ref.version}")
        self.current = ref

    def _champion(self, client: MlflowClient) -> VersionRef | None:
        champion = str(Variant.champion)
        return alias_versions(client, self.registered_model, [champion]).get(champion)
