"""Save functions for synced data: each call runs inside the caller's one transaction.

A sync page is written with ``cache.write()``: its rows and the source's cursor in
``sync_state`` commit together, so an interrupted sync leaves the cache as of the last
committed page and the next run resumes after it. A session is replaced as a whole (its
experiences and skills deleted, then inserted), so re-saving is idempotent.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import Connection

from desktop.store.sync_tables import (
    TABLES,
    CompassExperience,
    CompassOccupation,
    CompassSession,
    CompassSkill,
    CvAnalysis,
    TaxonomySkill,
)

CHUNK = 500  # SQLite's variable limit is far above this


def _insert(row: type[tuple[Any, ...]]) -> str:
    columns: tuple[str, ...] = row._fields  # type: ignore[attr-defined]
    return (f"INSERT OR REPLACE INTO {TABLES[row].name} ({', '.join(columns)}) "
            f"VALUES ({', '.join('?' * len(columns))})")


def _chunks(values: Sequence[Any]) -> Iterable[Sequence[Any]]:
    for start in range(0, len(values), CHUNK):
        yield values[start:start + CHUNK]


def ensure_columns(db: Connection) -> None:
    """Add columns a newer app version declares to a cache made by an older one."""
    for table in TABLES.values():
        present = {row[1] for row in db.exec_driver_sql(f"PRAGMA table_info({table.name})")}
        if not present:
            table.create(db)
            continue
        for column in table.columns:
            if column.name not in present:
                kind = column.type.compile(dialect=db.dialect)
                db.exec_driver_sql(f"ALTER TABLE {table.name} ADD COLUMN {column.name} {kind}")


# --- sync_state -----------------------------------------------------------------------------
@dataclass(frozen=True)
class SourceState:
    """A source's ``sync_state`` row, its JSON decoded."""

    source: str
    cursor: dict[str, Any] = field(default_factory=dict)
    last_sync_at: str | None = None
    status: str | None = None
    counts: dict[str, Any] = field(default_factory=dict)
    last_error: str | None = None


def load_state(db: Connection, source: str) -> SourceState:
    row = db.execute(text("SELECT cursor, last_sync_at, status, counts_json, last_error "
                          "FROM sync_state WHERE source = :s"), {"s": source}).first()
    if row is None:
        return SourceState(source)
    return SourceState(source, json.loads(row[0]) if row[0] else {}, row[1], row[2],
                       json.loads(row[3]) if row[3] else {}, row[4])


def save_cursor(db: Connection, source: str, cursor: dict[str, Any], status: str = "running"
                ) -> None:
    db.execute(text("INSERT INTO sync_state (source, cursor, status) VALUES (:s, :c, :st) "
                    "ON CONFLICT (source) DO UPDATE SET cursor = :c, status = :st"),
               {"s": source, "c": json.dumps(cursor, default=str), "st": status})


def record_outcome(db: Connection, source: str, when: str, status: str,
                   counts: dict[str, Any] | None = None, error: str | None = None) -> None:
    db.execute(text(
        "INSERT INTO sync_state (source, last_sync_at, status, counts_json, last_error) "
        "VALUES (:s, :w, :st, :c, :e) ON CONFLICT (source) DO UPDATE SET last_sync_at = :w, "
        "status = :st, counts_json = coalesce(:c, counts_json), last_error = :e"),
        {"s": source, "w": when, "st": status,
         "c": json.dumps(counts) if counts is not None else None, "e": error})


def all_states(db: Connection) -> dict[str, SourceState]:
    sources = [r[0] for r in db.exec_driver_sql("SELECT source FROM sync_state")]
    return {source: load_state(db, source) for source in sources}


# --- Compass --------------------------------------------------------------------------------
def session_hashes(db: Connection, session_ids: Sequence[int]) -> dict[int, str | None]:
    found: dict[int, str | None] = {}
    for chunk in _chunks(session_ids):
        marks = ", ".join("?" * len(chunk))
        found.update(db.exec_driver_sql(
            f"SELECT session_id, doc_hash FROM compass_session WHERE session_id IN ({marks})",
            tuple(chunk)).all())
    return found


def _delete_children(db: Connection, session_ids: Sequence[int]) -> None:
    for chunk in _chunks(session_ids):
        marks = ", ".join("?" * len(chunk))
        for table in ("compass_skill", "compass_occupation", "compass_experience"):
            db.exec_driver_sql(f"DELETE FROM {table} WHERE session_id IN ({marks})", tuple(chunk))


def save_sessions(db: Connection, sessions: Sequence[CompassSession],
                  experiences: Sequence[CompassExperience], skills: Sequence[CompassSkill],
                  occupations: Sequence[CompassOccupation] = ()) -> None:
    """Replace whole sessions: their experiences, skills and occupations too."""
    if not sessions:
        return
    _delete_children(db, [s.session_id for s in sessions])
    for row, rows in ((CompassSession, sessions), (CompassExperience, experiences),
                      (CompassSkill, skills), (CompassOccupation, occupations)):
        if rows:
            db.exec_driver_sql(_insert(row), list(rows))


def mark_seen(db: Connection, table: str, key: str, keys: Sequence[Any], scan: int) -> None:
    for chunk in _chunks(keys):
        marks = ", ".join("?" * len(chunk))
        db.exec_driver_sql(f"UPDATE {table} SET seen_scan = ? WHERE {key} IN ({marks})",
                           (scan, *chunk))


def delete_sessions(db: Connection, session_ids: Sequence[int]) -> int:
    _delete_children(db, session_ids)
    deleted = 0
    for chunk in _chunks(session_ids):
        marks = ", ".join("?" * len(chunk))
        deleted += db.exec_driver_sql(
            f"DELETE FROM compass_session WHERE session_id IN ({marks})", tuple(chunk)).rowcount
    return deleted


def sessions_with_state_ids(db: Connection, state_ids: Sequence[str]) -> list[int]:
    found: list[int] = []
    for chunk in _chunks(state_ids):
        marks = ", ".join("?" * len(chunk))
        found += [r[0] for r in db.exec_driver_sql(
            f"SELECT session_id FROM compass_session WHERE state_id IN ({marks})", tuple(chunk))]
    return found


def unseen_sessions(db: Connection, scan: int) -> list[int]:
    return [r[0] for r in db.exec_driver_sql(
        "SELECT session_id FROM compass_session WHERE seen_scan IS NOT ? ", (scan,))]


def update_session_lookups(db: Connection, users: dict[int, tuple[str | None, str | None]],
                           agents: dict[int, tuple[str | None, str | None]]) -> int:
    """Apply changed user/agent documents to stored sessions; returns rows touched."""
    touched = 0
    for session, (user_id, created) in users.items():
        touched += db.exec_driver_sql(
            "UPDATE compass_session SET user_id = ?, user_created_at = ?, doc_hash = NULL "
            "WHERE session_id = ? AND (user_id IS NOT ? OR user_created_at IS NOT ?)",
            (user_id, created, session, user_id, created)).rowcount
    for session, (stamp, phase) in agents.items():
        touched += db.exec_driver_sql(
            "UPDATE compass_session SET session_timestamp = ?, current_phase = ?, doc_hash = NULL "
            "WHERE session_id = ? AND (session_timestamp IS NOT ? OR current_phase IS NOT ?)",
            (stamp, phase, session, stamp, phase)).rowcount
    return touched


def taxonomy_keys(db: Connection, keys: Sequence[tuple[str, str]]) -> set[tuple[str, str]]:
    found: set[tuple[str, str]] = set()
    for model_id, skill_uuid in keys:
        if db.exec_driver_sql("SELECT 1 FROM taxonomy_skill WHERE model_id = ? AND skill_uuid = ?",
                              (model_id, skill_uuid)).first():
            found.add((model_id, skill_uuid))
    return found


def save_taxonomy(db: Connection, rows: Sequence[TaxonomySkill]) -> None:
    if rows:
        db.exec_driver_sql(_insert(TaxonomySkill), list(rows))


def delete_unseen(db: Connection, table: str, scan: int) -> int:
    return db.exec_driver_sql(f"DELETE FROM {table} WHERE seen_scan IS NOT ?", (scan,)).rowcount


# --- CV analyses ----------------------------------------------------------------------------
def analysis_hashes(db: Connection, ids: Sequence[str]) -> dict[str, str | None]:
    found: dict[str, str | None] = {}
    for chunk in _chunks(ids):
        marks = ", ".join("?" * len(chunk))
        found.update(db.exec_driver_sql(
            f"SELECT id, doc_hash FROM cv_analysis WHERE id IN ({marks})", tuple(chunk)).all())
    return found


def save_analyses(db: Connection, rows: Sequence[CvAnalysis]) -> None:
    if rows:
        db.exec_driver_sql(_insert(CvAnalysis), list(rows))


def delete_analyses(db: Connection, ids: Sequence[str]) -> int:
    deleted = 0
    for chunk in _chunks(ids):
        marks = ", ".join("?" * len(chunk))
        deleted += db.exec_driver_sql(f"DELETE FROM cv_analysis WHERE id IN ({marks})",
                                      tuple(chunk)).rowcount
    return deleted


def table_counts(db: Connection) -> dict[str, int]:
    tables = ("compass_session", "compass_experience", "compass_skill", "taxonomy_skill",
              "cv_analysis")
    counts = {t: db.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar_one() for t in tables}
    counts["onet_api_occupations"] = db.exec_driver_sql(
        "SELECT count(*) FROM occupation WHERE source = 'onet-api'").scalar_one()
    return counts


# --- O*NET Web Services -----------------------------------------------------------------------
def occupation_source(db: Connection, code: str) -> str | None:
    return db.exec_driver_sql("SELECT source FROM occupation WHERE code = ?", (code,)).scalar()


@dataclass(frozen=True)
class ApiElement:
    """One rated element of an O*NET Web Services occupation (importance only)."""

    id: str
    name: str
    description: str | None
    im: float  # the API's 0–100 importance back on the IM scale (1–5)


@dataclass(frozen=True)
class ApiOccupation:
    code: str
    title: str
    description: str | None
    ratings: dict[str, list[ApiElement]]  # section (skills, knowledge, …) → elements
    job_zone: int | None


def save_api_occupation(db: Connection, detail: ApiOccupation, replace_release: bool = False
                        ) -> bool:
    """Replace one occupation with its Web Services version (IM only; no LV rows).

    An occupation of an imported release is never replaced (False): the release has more.
    """
    code = detail.code
    if not replace_release and occupation_source(db, code) not in (None, "onet-api"):
        return False
    db.exec_driver_sql("DELETE FROM precomputed")  # derived from the ratings: now stale
    for table in ("element_rating", "job_zone", "occupation"):
        db.exec_driver_sql(f"DELETE FROM {table} WHERE code = ?", (code,))
    db.exec_driver_sql("INSERT INTO occupation (code, title, description, source) "
                       "VALUES (?, ?, ?, 'onet-api')", (code, detail.title, detail.description))
    rows = [(domain, code, e.id, "IM", e.im, "onet-api")
            for domain, elements in detail.ratings.items() for e in elements]
    if rows:
        db.exec_driver_sql("INSERT INTO element_rating (domain, code, element_id, scale_id, "
                           "data_value, source) VALUES (?, ?, ?, ?, ?, ?)", rows)
    names = {(e.id, e.name, e.description)
             for elements in detail.ratings.values() for e in elements}
    if names:
        db.exec_driver_sql("INSERT OR IGNORE INTO element (element_id, name, description) "
                           "VALUES (?, ?, ?)", list(names))
    if detail.job_zone:
        db.exec_driver_sql("INSERT INTO job_zone (code, job_zone, domain_source) "
                           "VALUES (?, ?, 'onet-api')", (code, detail.job_zone))
    return True
