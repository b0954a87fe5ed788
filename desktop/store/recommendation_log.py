"""Recommendation events, the occupations each listed, the counsellor's feedback on them and
the calibration models trained from it, in the casework store.

Every function opens its own transaction; writes go through the store's writer lane.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from desktop.domain.errors import NotFound
from desktop.store.db import SqliteStore, sql


@dataclass(frozen=True)
class Showing:
    """One showing of recommendations for a client: what they were computed from."""

    client_id: int
    current_code: str | None
    model: str
    params: Mapping[str, Any]  # thresholds, calibration, exploration, the ratings used


@dataclass(frozen=True)
class Listed:
    """An occupation a showing listed, with its scores and calibration features then."""

    code: str
    tier: str
    rank: int
    is_exploration: bool
    scores: Mapping[str, Any]


@dataclass(frozen=True)
class Model:
    """A trained calibration model; only the active one re-ranks."""

    version: str
    trained_at: str
    samples: int
    metrics: dict[str, Any]
    artifact: str  # file name under DataPaths.models
    is_active: bool


def showings(store: SqliteStore, client_id: int) -> int:
    """How many events were recorded for the client."""
    with store.read() as db:
        return int(db.execute(sql("SELECT count(*) FROM recommendation_event "
                                   "WHERE client_id = :id"), {"id": client_id}).scalar_one())


def record(store: SqliteStore, showing: Showing, stamp: str, shown: int | None,
           listing: Callable[[set[str]], Sequence[Listed]]) -> int:
    """Record ``showing`` and what it listed; returns its event id.

    If ``shown`` is an event of the same client, ratings, occupation and model, the
    occupations not yet listed in it are added to it instead (``listing`` gets those listed).
    """
    with store.write() as db:
        event = None if shown is None else db.execute(sql(
            "SELECT client_id, current_code, model, params FROM recommendation_event "
            "WHERE id = :id"), {"id": shown}).first()
        if event is not None and (event.client_id, event.current_code, event.model) == (
                showing.client_id, showing.current_code, showing.model) \
                and json.loads(event.params).get("ratings") == showing.params.get("ratings"):
            event_id = int(shown or 0)
            listed = set(db.execute(sql("SELECT code FROM recommended_item "
                                         "WHERE event_id = :id"), {"id": event_id}).scalars())
        else:
            event_id = int(db.execute(sql(
                "INSERT INTO recommendation_event (client_id, created_at, current_code, model, "
                "params) VALUES (:client_id, :at, :current_code, :model, :params)"),
                {"client_id": showing.client_id, "at": stamp,
                 "current_code": showing.current_code, "model": showing.model,
                 "params": json.dumps(showing.params)}).lastrowid)
            listed = set()
        items = [{"event_id": event_id, "code": item.code, "tier": item.tier, "rank": item.rank,
                  "is_exploration": item.is_exploration, "scores": json.dumps(item.scores)}
                 for item in listing(listed)]
        if items:
            db.execute(sql("INSERT INTO recommended_item (event_id, code, tier, rank, scores, "
                            "is_exploration) VALUES (:event_id, :code, :tier, :rank, :scores, "
                            ":is_exploration)"), items)
    return event_id


def add_feedback(store: SqliteStore, event_id: int, code: str, action: str, stamp: str
                 ) -> None:
    """A counsellor's outcome for an occupation the event listed (else NotFound)."""
    key = {"event_id": event_id, "code": code, "action": action, "at": stamp}
    with store.write() as db:
        if db.execute(sql("SELECT 1 FROM recommended_item WHERE event_id = :event_id "
                           "AND code = :code"), key).first() is None:
            raise NotFound(f"occupation {code} was not recommended in event {event_id}")
        db.execute(sql("INSERT INTO feedback (event_id, code, action, at) "
                        "VALUES (:event_id, :code, :action, :at)"), key)


def feedback(store: SqliteStore, event_id: int) -> list[tuple[str, str]]:
    """(code, action) recorded in an event, oldest first."""
    with store.read() as db:
        return [(code, action) for code, action in db.execute(sql(
            "SELECT code, action FROM feedback WHERE event_id = :id ORDER BY id"),
            {"id": event_id})]


def acted_on(store: SqliteStore, client_id: int, action: str) -> set[str]:
    """Occupations given ``action`` in any of the client's events."""
    with store.read() as db:
        return set(db.execute(sql(
            "SELECT f.code FROM feedback f JOIN recommendation_event e ON e.id = f.event_id "
            "WHERE e.client_id = :id AND f.action = :action"),
            {"id": client_id, "action": action}).scalars())


def outcomes(store: SqliteStore) -> list[tuple[int, str, str, dict[str, float]]]:
    """(event id, code, action, calibration features) of every feedback, oldest first."""
    with store.read() as db:
        rows = db.execute(sql(
            "SELECT f.event_id, f.code, f.action, i.scores FROM feedback f "
            "JOIN recommended_item i ON i.event_id = f.event_id AND i.code = f.code "
            "ORDER BY f.id"))
        return [(event_id, code, action, json.loads(scores)["features"])
                for event_id, code, action, scores in rows]


def models(store: SqliteStore) -> list[Model]:
    """Trained calibration models, oldest first."""
    with store.read() as db:
        rows = db.execute(sql("SELECT version, trained_at, samples, metrics, artifact, "
                               "is_active FROM model_registry ORDER BY trained_at"))
        return [Model(r.version, r.trained_at, r.samples, json.loads(r.metrics), r.artifact,
                      bool(r.is_active)) for r in rows]


def register(store: SqliteStore, model: Model) -> None:
    with store.write() as db:
        db.execute(sql("INSERT INTO model_registry (version, trained_at, samples, metrics, "
                        "artifact, is_active) VALUES (:version, :trained_at, :samples, "
                        ":metrics, :artifact, :is_active)"),
                   vars(model) | {"metrics": json.dumps(model.metrics)})


def activate(store: SqliteStore, version: str | None) -> None:
    """Make ``version`` the one active model (None: none is); NotFound for an unknown one."""
    with store.write() as db:
        if version is not None and db.execute(sql(
                "SELECT 1 FROM model_registry WHERE version = :v"), {"v": version}
                ).first() is None:
            raise NotFound(f"no calibration model {version}")
        db.execute(sql("UPDATE model_registry SET is_active = (version IS :v)"),
                   {"v": version})
