"""A client's shortlist of target occupations (ordered, a note each) and the kept what-if.

Every function opens its own transaction; writes go through the store's writer lane.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy.engine import Connection

from desktop.domain.errors import InvalidArgument, NotFound
from desktop.store import clients
from desktop.store.db import SqliteStore, sql


@dataclass(frozen=True)
class Target:
    """A target occupation a counsellor pinned for a client, in the counsellor's order."""

    code: str
    position: int  # 1 = first
    note: str
    added_at: str
    title: str = ""  # the release's title, where looked up


@dataclass(frozen=True)
class Scenario:
    """The what-if kept for the client's report: hypothetical ratings, never the real ones."""

    client_id: int
    label: str  # e.g. "after a forklift certificate and an Excel course"
    changes: dict[str, int]  # element id → rating 0–4
    kept_at: str


def _shortlist(db: Connection, client_id: int) -> list[Target]:
    return [Target(*row) for row in db.execute(sql(
        "SELECT code, position, note, added_at FROM shortlist WHERE client_id = :id "
        "ORDER BY position"), {"id": client_id})]


def shortlist(store: SqliteStore, client_id: int) -> list[Target]:
    """The client's targets in order (NotFound for an unknown client)."""
    with store.read() as db:
        clients.require(db, client_id)
        return _shortlist(db, client_id)


def pin(store: SqliteStore, client_id: int, code: str, note: str, stamp: str,
        most: int) -> None:
    """Add ``code`` last (at most ``most`` targets); a note updates an existing entry."""
    key = {"id": client_id, "code": code, "note": note}
    with store.write() as db:
        clients.require(db, client_id)
        found = db.execute(sql("SELECT 1 FROM shortlist WHERE client_id = :id AND code = :code"),
                           key).first()
        if found is not None:
            if note:
                db.execute(sql("UPDATE shortlist SET note = :note "
                                "WHERE client_id = :id AND code = :code"), key)
            return
        count = int(db.execute(sql("SELECT count(*) FROM shortlist WHERE client_id = :id"),
                               key).scalar_one())
        if count >= most:
            raise InvalidArgument(f"a shortlist holds at most {most} targets: remove one first")
        db.execute(sql("INSERT INTO shortlist (client_id, code, position, note, added_at) "
                        "VALUES (:id, :code, :position, :note, :at)"),
                   key | {"position": count + 1, "at": stamp})


def _require_target(db: Connection, client_id: int, code: str) -> list[str]:
    clients.require(db, client_id)
    codes = [target.code for target in _shortlist(db, client_id)]
    if code not in codes:
        raise NotFound(f"{code} is not on this client's shortlist")
    return codes


def unpin(store: SqliteStore, client_id: int, code: str) -> None:
    with store.write() as db:
        codes = _require_target(db, client_id, code)
        db.execute(sql("DELETE FROM shortlist WHERE client_id = :id AND code = :code"),
                   {"id": client_id, "code": code})
        codes.remove(code)
        _number(db, client_id, codes)


def move(store: SqliteStore, client_id: int, code: str, position: int) -> None:
    """Put ``code`` at ``position`` (1 = first; clamped to the list)."""
    with store.write() as db:
        codes = _require_target(db, client_id, code)
        codes.remove(code)
        codes.insert(max(0, min(len(codes), position - 1)), code)
        _number(db, client_id, codes)


def _number(db: Connection, client_id: int, codes: list[str]) -> None:
    if codes:
        db.execute(sql("UPDATE shortlist SET position = :position "
                        "WHERE client_id = :id AND code = :code"),
                   [{"id": client_id, "code": code, "position": position}
                    for position, code in enumerate(codes, start=1)])


def set_note(store: SqliteStore, client_id: int, code: str, note: str) -> None:
    with store.write() as db:
        _require_target(db, client_id, code)
        db.execute(sql("UPDATE shortlist SET note = :note WHERE client_id = :id AND code = :code"),
                   {"id": client_id, "code": code, "note": note})


def keep_scenario(store: SqliteStore, scenario: Scenario) -> None:
    """Keep ``scenario`` as its client's one what-if (replacing the previous one)."""
    with store.write() as db:
        clients.require(db, scenario.client_id)
        db.execute(sql("DELETE FROM scenario WHERE client_id = :id"),
                   {"id": scenario.client_id})
        db.execute(sql("INSERT INTO scenario (client_id, label, changes, kept_at) "
                        "VALUES (:id, :label, :changes, :at)"),
                   {"id": scenario.client_id, "label": scenario.label,
                    "changes": json.dumps(scenario.changes), "at": scenario.kept_at})


def kept_scenario(store: SqliteStore, client_id: int) -> Scenario | None:
    with store.read() as db:
        clients.require(db, client_id)
        row = db.execute(sql("SELECT client_id, label, changes, kept_at FROM scenario "
                              "WHERE client_id = :id"), {"id": client_id}).first()
    if row is None:
        return None
    return Scenario(row.client_id, row.label, json.loads(row.changes), row.kept_at)


def drop_scenario(store: SqliteStore, client_id: int) -> None:
    with store.write() as db:
        db.execute(sql("DELETE FROM scenario WHERE client_id = :id"), {"id": client_id})
