"""SQLite engines: WAL, foreign keys on, one file per store."""

from __future__ import annotations

import os
import shutil
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine
from sqlmodel import create_engine

from desktop.domain.errors import StorageFailed


def read_only_folder(path: Path) -> bool:
    """SQLite cannot create its -wal/-shm files beside ``path``: open it immutable, read-only."""
    return not os.access(path.parent, os.W_OK)


def sqlite_target(path: Path) -> str:
    """What ``sqlite3.connect(..., uri=True)`` opens for ``path``."""
    if read_only_folder(path):
        return f"{path.as_uri()}?mode=ro&immutable=1"
    return path.as_uri()


def connect(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(sqlite_target(path), uri=True)


def make_engine(path: Path) -> Engine:
    """An engine on ``path`` in WAL mode; usable from worker threads.

    Database errors become one line without SQL text or values (``StorageFailed``, exit 6)
    when they come from the environment (disk full, locked, read-only, damaged).
    """
    read_only = read_only_folder(path)
    engine = create_engine(f"sqlite:///{path}", creator=lambda: sqlite3.connect(
        sqlite_target(path), uri=True, check_same_thread=False))

    @event.listens_for(engine, "handle_error")
    def _one_line(context: Any) -> None:
        original = context.original_exception
        if isinstance(original, sqlite3.OperationalError | sqlite3.DatabaseError) \
                and not isinstance(original, sqlite3.IntegrityError):
            raise StorageFailed(storage_error_message(original, path)) from None

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        if not read_only:
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
    if "disk is full" in text or "no space" in text or ("i/o error" in text and _full(path)):
        return f"the disk holding {path} is full; free some space and try again"
    if "locked" in text or "busy" in text:
        holding = ", ".join(holders(path)) or "another program"
        return f"{path.name} is locked by {holding}; close it and try again"
    if "readonly" in text or "read-only" in text or "permission" in text:
        return f"{path} cannot be written (read-only folder or file)"
    if "not a database" in text or "malformed" in text:
        return f"{path.name} is damaged ({exc})"
    return f"{path.name}: {exc}"


def _full(path: Path) -> bool:
    try:
        return shutil.disk_usage(path.parent).free < 1 << 20
    except OSError:
        return False


def holders(path: Path) -> list[str]:
    """The other programs that have ``path`` open, where the system tells (Linux /proc)."""
    me, found = os.getpid(), []
    for fd in Path("/proc").glob("[0-9]*/fd/*"):
        try:
            if fd.parts[2] != str(me) and fd.resolve() == path.resolve():
                name = (Path("/proc") / fd.parts[2] / "comm").read_text().strip()
                found.append(f"{name} (process {fd.parts[2]})")
        except OSError:
            continue
    return list(dict.fromkeys(found))
