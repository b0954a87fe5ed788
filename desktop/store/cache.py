"""The cache store: one SQLite file holding an O*NET release and synced data.

Rebuildable by design. An import builds a new file beside this one and ``replace_with``
swaps it in, so readers only ever see a complete release.
"""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlmodel import SQLModel

from desktop.store.db import SqliteStore, read_only_folder, writer_lock


class CacheStore(SqliteStore):
    def _opened(self, engine: Engine) -> None:
        """Idempotent: create every cache table not yet there (sync tables included) and the
        sync columns a cache made by an older version lacks."""
        from desktop.store import onet_tables, sync_store  # noqa: F401  (register the tables)

        SQLModel.metadata.create_all(engine, tables=[
            t for t in SQLModel.metadata.sorted_tables if t.info.get("store") != "casework"])
        if not read_only_folder(self.path):
            with engine.begin() as db:
                sync_store.ensure_columns(db)

    def version(self) -> tuple[str, int]:
        """What in-memory caches of this store key on: the file and its change counter."""
        return str(self.path), self.change_counter()

    def exists(self) -> bool:
        return self.path.exists()

    def meta(self) -> dict[str, str | None]:
        with self.read() as db:
            return {key: value for key, value in db.execute(text("SELECT key, value FROM meta"))}

    def release(self) -> str | None:
        return self.meta().get("release")

    def is_demo(self) -> bool:
        return self.meta().get("demo") == "1"

    def staging_path(self) -> Path:
        return self.path.with_name(self.path.name + ".importing")

    def replace_with(self, new_file: Path) -> None:
        """Swap a fully built cache file in, on the writer lane (no write is half-way);
        open connections are closed first. The new file's change counter starts afresh."""
        with writer_lock(self.path):
            self.close()
            for suffix in ("-wal", "-shm"):
                Path(str(self.path) + suffix).unlink(missing_ok=True)
            os.replace(new_file, self.path)
