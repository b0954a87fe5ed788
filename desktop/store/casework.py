"""The casework store: clients, ratings, notes, feedback. Irreplaceable.

Its schema is versioned with ``PRAGMA user_version``. Each migration runs in its own
transaction; before migrating an existing file, a consistent copy goes to ``backups/``.
Imports and syncs never touch this file.
"""

from __future__ import annotations

import logging
import secrets
import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import Connection

from desktop.domain.errors import BadInput, StorageFailed
from desktop.store import backups
from desktop.store.db import SqliteStore, connect, holders, make_engine

log = logging.getLogger(__name__)

Migration = Callable[[Connection], None]


def _v1_meta(db: Connection) -> None:
    db.exec_driver_sql("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
    # Per-installation salt for hashed exports: stable across exports, never guessable.
    db.execute(text("INSERT INTO meta (key, value) VALUES ('install_salt', :salt)"),
               {"salt": secrets.token_hex(32)})


_V2_CASELOAD = """
CREATE TABLE client (
    id INTEGER PRIMARY KEY,
    label TEXT NOT NULL,
    compass_user_id TEXT,
    compass_session_id TEXT,
    current_code TEXT,
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    archived INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE rating (
    client_id INTEGER NOT NULL REFERENCES client(id) ON DELETE CASCADE,
    element_id TEXT NOT NULL,
    rating INTEGER NOT NULL CHECK (rating BETWEEN 0 AND 4),
    updated_at TEXT NOT NULL,
    PRIMARY KEY (client_id, element_id)
);
CREATE TABLE rating_change (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES client(id) ON DELETE CASCADE,
    batch INTEGER NOT NULL,
    element_id TEXT NOT NULL,
    previous INTEGER,
    at TEXT NOT NULL
);
CREATE INDEX ix_rating_change_client ON rating_change (client_id, batch);
CREATE TABLE recommendation_event (
    id INTEGER PRIMARY KEY,
    client_id INTEGER REFERENCES client(id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    current_code TEXT,
    model TEXT NOT NULL,
    params TEXT NOT NULL
);
CREATE TABLE recommended_item (
    event_id INTEGER NOT NULL REFERENCES recommendation_event(id) ON DELETE CASCADE,
    code TEXT NOT NULL,
    tier TEXT NOT NULL,
    rank INTEGER NOT NULL,
    scores TEXT NOT NULL,
    is_exploration INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (event_id, code)
);
CREATE TABLE feedback (
    id INTEGER PRIMARY KEY,
    event_id INTEGER NOT NULL REFERENCES recommendation_event(id) ON DELETE CASCADE,
    code TEXT NOT NULL,
    action TEXT NOT NULL
        CHECK (action IN ('click', 'save', 'hide', 'apply', 'interview', 'offer')),
    at TEXT NOT NULL
);
CREATE TABLE model_registry (
    version TEXT PRIMARY KEY,
    trained_at TEXT NOT NULL,
    samples INTEGER NOT NULL,
    metrics TEXT NOT NULL,
    artifact TEXT NOT NULL,
    is_active INTEGER NOT NULL DEFAULT 0
)
"""


def _v2_caseload(db: Connection) -> None:
    """Clients, ratings (with an undo log), recommendation events, feedback, models."""
    for statement in _V2_CASELOAD.split(";"):
        db.exec_driver_sql(statement)


_V3_ACTION_PLAN = """
CREATE TABLE shortlist (
    client_id INTEGER NOT NULL REFERENCES client(id) ON DELETE CASCADE,
    code TEXT NOT NULL,
    position INTEGER NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    added_at TEXT NOT NULL,
    PRIMARY KEY (client_id, code)
);
CREATE TABLE scenario (
    client_id INTEGER PRIMARY KEY REFERENCES client(id) ON DELETE CASCADE,
    label TEXT NOT NULL,
    changes TEXT NOT NULL,
    kept_at TEXT NOT NULL
)
"""


def _v3_action_plan(db: Connection) -> None:
    """A client's shortlist of target occupations and the what-if scenario kept for a report."""
    for statement in _V3_ACTION_PLAN.split(";"):
        db.exec_driver_sql(statement)


def _v4_background(db: Connection) -> None:
    """What a client brings besides skills: highest education (O*NET RL category 1–12) and
    years of related work experience; NULL means "assume the current occupation's"."""
    db.exec_driver_sql("ALTER TABLE client ADD COLUMN education INTEGER "
                       "CHECK (education BETWEEN 1 AND 12)")
    db.exec_driver_sql("ALTER TABLE client ADD COLUMN experience_years REAL "
                       "CHECK (experience_years BETWEEN 0 AND 60)")


def _v5_undo_current_occupation(db: Connection) -> None:
    """The undo log also covers the current occupation: a change of it is logged under the
    element id 'current_code', with the code it replaced (NULL: none) in previous_code."""
    db.exec_driver_sql("ALTER TABLE rating_change ADD COLUMN previous_code TEXT")


# Append only: never edit a migration that has shipped.
MIGRATIONS: list[Migration] = [_v1_meta, _v2_caseload, _v3_action_plan, _v4_background,
                               _v5_undo_current_occupation]


class CaseworkStore(SqliteStore):
    def __init__(self, path: Path, backups: Path) -> None:
        super().__init__(path)
        self.backups = backups

    @property
    def schema_version(self) -> int:
        with self.read() as db:
            return int(db.exec_driver_sql("PRAGMA user_version").scalar_one())

    def _prepare(self) -> None:
        """Bring the file to the latest schema, backing it up first if it has data.

        A damaged file (quick check, or 0 bytes) is refused untouched, naming the latest
        good backup; a migration that failed once does not add a backup per attempt.
        """
        self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        if self.path.exists():
            reason = backups.problem(self.path)
            if reason:
                raise StorageFailed(backups.damaged_message(self.path, reason, self.backups))
        with closing(connect(self.path)) as probe:
            current = probe.execute("PRAGMA user_version").fetchone()[0]
        target = len(MIGRATIONS)
        if current > target:
            raise BadInput(f"{self.path.name} was written by a newer Skill Navigator "
                           f"(schema {current}, this version knows {target}); please update.")
        if current == target:
            return
        if current > 0 and not backups.has(self.backups, f"before-v{target}"):
            self.backup(f"before-v{target}")
        engine = make_engine(self.path)
        try:
            for version in range(current, target):
                with engine.begin() as db:
                    MIGRATIONS[version](db)
                    db.exec_driver_sql(f"PRAGMA user_version = {version + 1}")
        finally:
            engine.dispose()

    def health(self) -> dict[str, object]:
        """The file's state and the latest good backup (``skillnav casework check``)."""
        reason = backups.problem(self.path) if self.path.exists() else "no such file"
        good = backups.latest_good(self.backups)
        return {"casework": str(self.path), "status": f"damaged: {reason}" if reason else "ok",
                "backups": len(backups.all_backups(self.backups)),
                "latest_good_backup": str(good) if good else None}

    def restore(self, backup: Path) -> Path:
        """Put a good backup in place; returns where the replaced file was kept."""
        self.close()
        in_use = holders(self.path)
        if in_use:
            raise StorageFailed(f"{self.path.name} is open in {', '.join(in_use)}; "
                                "close it first")
        return backups.restore(self.path, backup, self.backups)

    def backup(self, reason: str) -> Path:
        """A consistent copy of the casework file in ``backups/`` (refused if damaged)."""
        return backups.make(self.path, self.backups, reason)

    def close(self) -> None:
        """Close, then take the day's backup if the file was used today (last N kept)."""
        used = self._engine is not None
        super().close()
        if used:
            try:
                backups.daily(self.path, self.backups)
            except (OSError, sqlite3.Error, StorageFailed) as exc:  # read-only, full, damaged
                log.warning("no daily backup of %s: %s", self.path.name, exc)

    def install_salt(self) -> str:
        with self.read() as db:
            return str(db.execute(text("SELECT value FROM meta WHERE key = 'install_salt'"))
                       .scalar_one())
