"""Clients and their 0–4 skill ratings in the casework store, with an undo log of changes.

Every function opens its own transaction; writes go through the store's writer lane.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import Any

from sqlalchemy.engine import Connection, Row

from desktop.domain.errors import NotFound
from desktop.store.db import SqliteStore, sql

# What a counsellor edits; everything else is kept by the store.
EDITABLE = ("label", "current_code", "compass_user_id", "compass_session_id", "notes",
            "archived", "education", "experience_years")


@dataclass(frozen=True)
class Client:
    id: int
    label: str  # pseudonymous: never an e-mail address or a full name
    compass_user_id: str | None
    compass_session_id: str | None
    current_code: str | None
    notes: str
    created_at: str
    updated_at: str
    archived: bool
    education: int | None  # O*NET RL category 1–12; None: the current occupation's
    experience_years: float | None  # related work experience; None: assumed
    current_title: str | None = None  # the cache's title of current_code, where looked up


_COLUMNS = ", ".join(f.name for f in fields(Client) if f.name != "current_title")


def _client(row: Row[Any]) -> Client:
    values = dict(row._mapping)
    return Client(**values | {"archived": bool(values["archived"])})


def require(db: Connection, client_id: int) -> Client:
    """The client, inside a transaction of another store function (NotFound if unknown)."""
    row = db.execute(sql(f"SELECT {_COLUMNS} FROM client WHERE id = :id"),
                     {"id": client_id}).first()
    if row is None:
        raise NotFound(f"no client {client_id}")
    return _client(row)


def get(store: SqliteStore, client_id: int) -> Client:
    """The client (NotFound for an unknown id)."""
    with store.read() as db:
        return require(db, client_id)


def find(store: SqliteStore, include_archived: bool, query: str) -> list[Client]:
    """Clients by label (case-insensitive); ``query`` matches label, notes or occupation code."""
    where, values = [], {}
    if not include_archived:
        where.append("archived = 0")
    if query.strip():
        where.append("(lower(label) LIKE :p OR lower(notes) LIKE :p OR current_code LIKE :p)")
        values["p"] = f"%{query.strip().lower()}%"
    condition = f"WHERE {' AND '.join(where)}" if where else ""
    with store.read() as db:
        return [_client(row) for row in db.execute(sql(
            f"SELECT {_COLUMNS} FROM client {condition} ORDER BY lower(label), id"), values)]


def _editable(changes: Mapping[str, object]) -> dict[str, object]:
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise ValueError(f"not client fields: {sorted(unknown)}")
    return dict(changes)


def create(store: SqliteStore, values: Mapping[str, object], stamp: str) -> Client:
    """A new client with these editable ``values``, created and updated at ``stamp``."""
    row = _editable(values) | {"created_at": stamp, "updated_at": stamp}
    row.setdefault("archived", False)
    with store.write() as db:
        new_id = db.execute(sql(
            f"INSERT INTO client ({', '.join(row)}) VALUES ({', '.join(':' + k for k in row)})"
        ), row).lastrowid
        return require(db, int(new_id))


def update(store: SqliteStore, client_id: int, changes: Mapping[str, object], stamp: str
           ) -> Client:
    row = _editable(changes) | {"updated_at": stamp, "id": client_id}
    with store.write() as db:
        require(db, client_id)
        assignments = ", ".join(f"{k} = :{k}" for k in row if k != "id")
        db.execute(sql(f"UPDATE client SET {assignments} WHERE id = :id"), row)
        return require(db, client_id)


def _ratings(db: Connection, client_id: int) -> dict[str, int]:
    rows = db.execute(sql("SELECT element_id, rating FROM rating WHERE client_id = :id"),
                      {"id": client_id})
    return {element_id: int(rating) for element_id, rating in rows}


def ratings(store: SqliteStore, client_id: int) -> dict[str, int]:
    """The client's ratings by skill element id (NotFound for an unknown client)."""
    with store.read() as db:
        require(db, client_id)
        return _ratings(db, client_id)


CURRENT_CODE = "current_code"  # in the undo log: a change of the current occupation


def change_ratings(store: SqliteStore, client_id: int, changes: Mapping[str, int | None],
                   stamp: str, current_code: str | None = None) -> None:
    """Write ``changes`` (None: unrate) and a new ``current_code`` (None: keep it) as one
    undoable batch; unchanged values are skipped."""
    with store.write() as db:
        client = require(db, client_id)
        current = _ratings(db, client_id)
        changed = {e: r for e, r in changes.items() if current.get(e) != r}
        logged = [{"element_id": e, "previous": current.get(e), "previous_code": None}
                  for e in changed]
        if current_code not in (None, client.current_code):
            logged.append({"element_id": CURRENT_CODE, "previous": None,
                           "previous_code": client.current_code})
        if not logged:
            return
        batch = int(db.execute(sql("SELECT coalesce(max(batch), 0) + 1 FROM rating_change "
                                   "WHERE client_id = :id"), {"id": client_id}).scalar_one())
        db.execute(sql("INSERT INTO rating_change (client_id, batch, element_id, previous, "
                       "previous_code, at) VALUES (:client_id, :batch, :element_id, "
                       ":previous, :previous_code, :at)"),
                   [row | {"client_id": client_id, "batch": batch, "at": stamp}
                    for row in logged])
        _write(db, client_id, changed, stamp, current_code)


def _write(db: Connection, client_id: int, changes: Mapping[str, int | None], stamp: str,
           current_code: str | None = None) -> None:
    key = {"id": client_id}
    if changes:
        db.execute(sql("DELETE FROM rating WHERE client_id = :id AND element_id = :element_id"),
                   [key | {"element_id": e} for e in changes])
    rated = [key | {"element_id": e, "rating": r, "at": stamp}
             for e, r in changes.items() if r is not None]
    if rated:
        db.execute(sql("INSERT INTO rating (client_id, element_id, rating, updated_at) "
                       "VALUES (:id, :element_id, :rating, :at)"), rated)
    db.execute(sql("UPDATE client SET updated_at = :at, "
                   "current_code = coalesce(:code, current_code) WHERE id = :id"),
               key | {"at": stamp, "code": current_code})


def undo_last_change(store: SqliteStore, client_id: int, stamp: str) -> bool:
    """Restore the ratings (and the current occupation) changed by the client's last change;
    False if nothing to undo."""
    with store.write() as db:
        require(db, client_id)
        batch = db.execute(sql("SELECT max(batch) FROM rating_change WHERE client_id = :id"),
                           {"id": client_id}).scalar()
        if batch is None:
            return False
        mine = {"id": client_id, "batch": batch}
        logged = db.execute(sql("SELECT element_id, previous, previous_code FROM rating_change "
                                "WHERE client_id = :id AND batch = :batch"), mine).all()
        _write(db, client_id, {e: r for e, r, _ in logged if e != CURRENT_CODE}, stamp)
        for element_id, _, code in logged:
            if element_id == CURRENT_CODE:  # the occupation it replaced, or none
                db.execute(sql("UPDATE client SET current_code = :code WHERE id = :id"),
                           {"code": code, "id": client_id})
        db.execute(sql("DELETE FROM rating_change WHERE client_id = :id AND batch = :batch"),
                   mine)
        return True
