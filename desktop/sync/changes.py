"""Change streams: the cheap "what changed since last time" for collections updated in place.

Compass upserts its state documents by ``session_id``, so new ``_id`` values alone miss
updates, and its documents carry no change marker. A change stream does: a resume token
saved with the cache says where we were, and a rerun with nothing changed reads zero events.
Needs a replica set (Atlas always is); a standalone server or an expired token gives
``Unavailable`` and the caller falls back to a full scan with per-document hashes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

MAX_AWAIT_MS = 50
NOT_SUPPORTED = {40573, 136, 20, 115}  # replica sets only; capped/oplog missing; illegal
HISTORY_LOST = {286, 280}  # ChangeStreamHistoryLost, ChangeStreamFatalError


class Unavailable(Exception):
    """No usable change stream: not a replica set, or the token's history is gone."""


@dataclass
class Change:
    collection: str
    operation: str  # insert | update | replace | delete | ...
    id: Any


def _watch(db: Any, collections: tuple[str, ...], token: Any) -> Any:
    from pymongo.errors import OperationFailure

    pipeline = [{"$match": {"ns.coll": {"$in": list(collections)}}}]
    try:
        return db.watch(pipeline, resume_after=token, max_await_time_ms=MAX_AWAIT_MS)
    except OperationFailure as exc:
        if exc.code in NOT_SUPPORTED | HISTORY_LOST or "replica set" in str(exc):
            raise Unavailable(str(exc)) from None
        raise


def current_token(db: Any, collections: tuple[str, ...]) -> Any:
    """A token marking "now", taken before a scan so later edits are replayed after it."""
    with _watch(db, collections, None) as stream:
        stream.try_next()  # an event already here is replayed later: harmless
        return stream.resume_token


def read_changes(db: Any, collections: tuple[str, ...], token: Any, limit: int
                 ) -> tuple[list[Change], Any]:
    """Up to ``limit`` changes after ``token``, and the token to resume after them."""
    from pymongo.errors import OperationFailure

    changes: list[Change] = []
    try:
        with _watch(db, collections, token) as stream:
            while len(changes) < limit:
                event = stream.try_next()
                if event is None:
                    break
                key = event.get("documentKey") or {}
                changes.append(Change(event.get("ns", {}).get("coll", ""),
                                      event.get("operationType", ""), key.get("_id")))
            return changes, stream.resume_token
    except OperationFailure as exc:
        if exc.code in HISTORY_LOST | NOT_SUPPORTED:
            raise Unavailable(str(exc)) from None
        raise
