"""SQLite engines: WAL, foreign keys on, one file per store."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine
from sqlmodel import create_engine


def make_engine(path: Path) -> Engine:
    """An engine on ``path`` in WAL mode; usable from worker threads."""
    engine = create_engine(f"sqlite:///{path}", connect_args={"check_same_thread": False})

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=5000")
        cursor.close()

    return engine


class SqliteStore:
    """One SQLite file behind a lazily opened engine; subclasses prepare the file first."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._engine: Engine | None = None
        self._lock = threading.Lock()

    def _prepare(self) -> None:
        """Run once before the engine opens (schema creation, migrations)."""

    @property
    def engine(self) -> Engine:
        with self._lock:
            if self._engine is None:
                self._prepare()
                self._engine = make_engine(self.path)
                self._opened(self._engine)
            return self._engine

    def _opened(self, engine: Engine) -> None:
        """Run once the engine is open."""

    @contextmanager
    def read(self) -> Iterator[Connection]:
        with self.engine.connect() as connection:
            yield connection

    @contextmanager
    def write(self) -> Iterator[Connection]:
        with self.engine.begin() as connection:
            yield connection

    def close(self) -> None:
        with self._lock:
            if self._engine is not None:
                self._engine.dispose()
                self._engine = None


def storage_error_message(exc: BaseException, path: Path) -> str:
    """Tell environment problems (disk full, locked, read-only) apart in one line."""
    text = str(exc).lower()
    if "disk is full" in text or "no space" in text:
        return f"The disk holding {path} is full; free some space and try again."
    if "locked" in text or "busy" in text:
        return f"{path.name} is in use by another Skill Navigator; close it and try again."
    if "readonly" in text or "read-only" in text or "permission" in text:
        return f"{path} cannot be written (read-only folder?)."
    if "not a database" in text or "malformed" in text:
        return f"{path.name} is damaged ({exc})."
    return f"{path.name}: {exc}"
