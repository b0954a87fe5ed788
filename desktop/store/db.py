"""SQLite engines: WAL, foreign keys on, one file per store, one writer per file.

Lanes: reads run on the engine's connection pool, any thread, at the same time. Writes go
through ``SqliteStore.write()``, the file's *writer lane*: one lock per database file in this
process (shared by every store object on that file) and one writer connection per store that
begins ``IMMEDIATE``, so a write never fails half-way on a lock taken by another process. A
``write()`` nested in another on the same thread joins the outer transaction.

Change counter: every committed ``write()`` bumps a number kept in the file itself
(``store_change``), so a write by another process is seen too. In-memory caches key on
``store.change_counter()`` (a few microseconds) instead of file modification times. A new file
starts its counter at its creation time in microseconds, so a file replaced by another (an
import, a restored backup) never repeats the value an old cache was keyed on.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import TextClause, event, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.pool import StaticPool
from sqlmodel import create_engine

from desktop.domain.errors import StorageFailed


@cache
def sql(statement: str) -> TextClause:
    """``text(statement)``, parsed once per statement (stores run the same few many times)."""
    return text(statement)


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


def make_engine(path: Path, *, writer: bool = False) -> Engine:
    """An engine on ``path`` in WAL mode; usable from worker threads.

    ``writer``: a single connection whose transactions begin ``IMMEDIATE`` (the writer lane).
    Database errors become one line without SQL text or values (``StorageFailed``, exit 6)
    when they come from the environment (disk full, locked, read-only, damaged).
    """
    read_only = read_only_folder(path)
    engine = create_engine(
        f"sqlite:///{path}", poolclass=StaticPool if writer else None,
        creator=lambda: sqlite3.connect(sqlite_target(path), uri=True,
                                        check_same_thread=False,
                                        isolation_level=None if writer else "DEFERRED"))
    if writer:
        event.listen(engine, "begin",
                     lambda connection: connection.exec_driver_sql("BEGIN IMMEDIATE"))

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


CHANGE_TABLE = "CREATE TABLE IF NOT EXISTS store_change (counter INTEGER NOT NULL)"
_lanes: dict[Path, threading.RLock] = {}
_lanes_lock = threading.Lock()


def writer_lock(path: Path) -> threading.RLock:
    """The one writer lock of the database file ``path`` in this process."""
    with _lanes_lock:
        return _lanes.setdefault(path.resolve(), threading.RLock())


class SqliteStore:
    """One SQLite file behind lazily opened engines; subclasses prepare the file first."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._engine: Engine | None = None
        self._writer: Engine | None = None
        self._counter: sqlite3.Connection | None = None
        self._lock = threading.Lock()
        self._writer_lock = writer_lock(path)
        self._writing = threading.local()

    @property
    def read_only(self) -> bool:
        """In a read-only data folder: reads only, what would be stored is recomputed."""
        return read_only_folder(self.path)

    def _prepare(self) -> None:
        """Run once before the engine opens (schema creation, migrations)."""

    @property
    def engine(self) -> Engine:
        with self._lock:
            if self._engine is None:
                self._prepare()
                engine = make_engine(self.path)
                self._opened(engine)
                if not read_only_folder(self.path):
                    _start_counter(engine)
                self._engine = engine
            return self._engine

    def _opened(self, engine: Engine) -> None:
        """Run once the engine is open."""

    @contextmanager
    def read(self) -> Iterator[Connection]:
        """A pooled connection for reading; never blocks on the writer lane."""
        with self.engine.connect() as connection:
            yield connection

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """One transaction on the file's writer lane; commits and bumps the change counter.

        Writers of the same file take turns (in this process by lock, across processes by
        SQLite's lock with a busy timeout); nested in a ``write()`` on the same thread, joins it.
        """
        joined: Connection | None = getattr(self._writing, "connection", None)
        if joined is not None:
            yield joined
            return
        with self._writer_lock, self._writer_engine().begin() as connection:
            self._writing.connection = connection
            try:
                yield connection
                connection.exec_driver_sql("UPDATE store_change SET counter = counter + 1")
            finally:
                self._writing.connection = None

    def _writer_engine(self) -> Engine:
        self.engine  # noqa: B018  (prepared, migrated, counter in place)
        with self._lock:
            if self._writer is None:
                self._writer = make_engine(self.path, writer=True)
            return self._writer

    def change_counter(self) -> int:
        """A number that changes whenever this file is written (by any process)."""
        self.engine  # noqa: B018
        with self._lock:
            if self._counter is None:
                self._counter = sqlite3.connect(sqlite_target(self.path), uri=True,
                                                check_same_thread=False)
            try:
                row = self._counter.execute("SELECT counter FROM store_change").fetchone()
            except sqlite3.OperationalError:  # a read-only file made without a counter
                return self.path.stat().st_mtime_ns
            return int(row[0])

    def close(self) -> None:
        with self._lock:
            for engine in (self._engine, self._writer):
                if engine is not None:
                    engine.dispose()
            if self._counter is not None:
                self._counter.close()
            self._engine = self._writer = self._counter = None


def _start_counter(engine: Engine) -> None:
    """Create the change counter of a file that has none, starting at the time (µs)."""
    with engine.begin() as db:
        db.exec_driver_sql(CHANGE_TABLE)
        if db.exec_driver_sql("SELECT count(*) FROM store_change").scalar_one() == 0:
            db.exec_driver_sql("INSERT INTO store_change (counter) VALUES (?)",
                               (time.time_ns() // 1000,))


@contextmanager
def storage_errors(path: Path) -> Iterator[None]:
    """SQLite errors from work on ``path`` as one line (``StorageFailed``), no SQL."""
    try:
        yield
    except sqlite3.Error as exc:  # disk full, read-only folder, damaged
        raise StorageFailed(storage_error_message(exc, path)) from None


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
