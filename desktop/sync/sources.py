"""The three MongoDB sources plugged into the shared sync loop (``engine.run``)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, ClassVar

from desktop.domain.progress import TaskState
from desktop.store import sync_store
from desktop.store.sync_tables import (
    CompassExperience,
    CompassOccupation,
    CompassSession,
    CompassSkill,
    CvAnalysis,
    TaxonomySkill,
)
from desktop.sync import analyses, changes, compass
from desktop.sync.engine import Source, Summary
from desktop.sync.mongo import Malformed, count_estimate, decode, object_id_text, pages

UPSERTS = {"insert", "update", "replace"}


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def _session_id(raw: Any) -> int | None:
    try:
        return compass.session_id_of(raw.get("session_id"))
    except Malformed:
        return None


def _reject_unknown(found: list[changes.Change]) -> None:
    """A dropped or renamed collection can't be replayed document by document: rescan."""
    if any(c.operation not in UPSERTS | {"delete"} for c in found):
        raise changes.Unavailable("collection dropped or renamed")


@dataclass(frozen=True)
class CompassChanges:
    """A batch of change events, read from the server before anything is written."""

    states: list[Any]  # the upserted state documents (raw)
    users: dict[int, compass.UserInfo]  # their sessions' lookups
    agents: dict[int, compass.AgentInfo]
    deleted: list[str]  # state _ids deleted upstream
    changed_users: dict[int, compass.UserInfo]  # sessions of changed user documents
    changed_agents: dict[int, compass.AgentInfo]


@dataclass(frozen=True)
class AnalysisChanges:
    documents: list[Any]  # upserted analyses (raw)
    deleted: list[str]  # _ids deleted upstream


class _Watched(Source):
    def __init__(self, db: Any) -> None:
        self.db = db

    def current_token(self) -> Any:
        return changes.current_token(self.db, self.collections)

    def read_changes(self, token: Any, limit: int) -> tuple[list[changes.Change], Any]:
        return changes.read_changes(self.db, self.collections, token, limit)


class CompassSource(_Watched):
    name = "compass"
    collections = compass.COLLECTIONS
    layout = f"layout {compass.LAYOUT}"

    def __init__(self, db: Any, source_db: str) -> None:
        super().__init__(db)
        self.source_db = source_db
        self.users: dict[int, compass.UserInfo] = {}
        self.agents: dict[int, compass.AgentInfo] = {}

    def total(self) -> int:
        return count_estimate(self.db[compass.STATE])

    def prepare_scan(self, task: TaskState) -> None:
        task.report(0, None, "Reading users and session times…")
        self.users = compass.load_users(self.db)
        self.agents = compass.load_agents(self.db)

    def scan_pages(self, after: Any, batch_size: int) -> Iterator[list[Any]]:
        return compass.state_pages(self.db, after, batch_size)

    def save_page(self, db: Any, documents: list[Any], scan: int, summary: Summary) -> None:
        self._save_states(db, documents, self.users, self.agents, scan, summary)

    def _save_states(self, db: Any, documents: list[Any], users: dict[int, compass.UserInfo],
                     agents: dict[int, compass.AgentInfo], scan: int, summary: Summary) -> None:
        readable = []
        for raw in documents:
            session = _session_id(raw)
            if session is None:
                summary.skip(object_id_text(raw.get("_id")), "session_id is not an integer")
            else:
                readable.append((session, raw))
        stored = sync_store.session_hashes(db, [s for s, _ in readable])
        sessions: list[CompassSession] = []
        experiences: list[CompassExperience] = []
        skills: list[CompassSkill] = []
        occupations: list[CompassOccupation] = []
        kept: list[int] = []
        synced_at = now_iso()
        for session, raw in readable:
            user, agent = users.get(session), agents.get(session)
            fingerprint = compass.fingerprint(raw.raw, user, agent)
            if session in stored and stored[session] == fingerprint:
                summary.unchanged += 1
                kept.append(session)
                continue
            try:
                parsed = compass.parse_state(decode(raw))
            except Malformed as exc:
                summary.skip(object_id_text(raw.get("_id")), str(exc))
                kept.append(session)  # the previous good version, if any, stays
                continue
            if session in stored:
                summary.updated += 1
            else:
                summary.added += 1
            user_id, created = user or (None, None)
            stamp, phase = agent or (None, None)
            sessions.append(CompassSession(
                session, user_id, created, stamp, phase, parsed.country,
                parsed.conversation_phase, parsed.legacy, self.source_db, synced_at,
                parsed.state_id, fingerprint, scan))
            experiences += parsed.experiences
            skills += parsed.skills
            occupations += parsed.occupations
        sync_store.save_sessions(db, sessions, experiences, skills, occupations)
        sync_store.mark_seen(db, "compass_session", "session_id", kept, scan)

    def fetch_changes(self, found: list[changes.Change]) -> CompassChanges:
        _reject_unknown(found)
        ids = {name: list({c.id: None for c in found if c.collection == name and
                           c.operation in UPSERTS}) for name in compass.COLLECTIONS}
        states = compass.states_by_id(self.db, ids[compass.STATE]) if ids[compass.STATE] else []
        sessions = [s for s in map(_session_id, states) if s is not None]
        return CompassChanges(
            states=states,
            users=compass.users_for(self.db, sessions) if sessions else {},
            agents=compass.agents_for(self.db, sessions) if sessions else {},
            deleted=[object_id_text(c.id) for c in found
                     if c.collection == compass.STATE and c.operation == "delete"],
            changed_users=compass.users_by_id(self.db, ids[compass.USERS]),
            changed_agents=compass.agents_by_id(self.db, ids[compass.AGENTS]))

    def save_changes(self, db: Any, fetched: CompassChanges, scan: int, summary: Summary
                     ) -> None:
        self._save_states(db, fetched.states, fetched.users, fetched.agents, scan, summary)
        if fetched.deleted:
            summary.deleted += sync_store.delete_sessions(
                db, sync_store.sessions_with_state_ids(db, fetched.deleted))
        summary.updated += sync_store.update_session_lookups(db, fetched.changed_users,
                                                             fetched.changed_agents)

    def delete_unseen(self, db: Any, scan: int) -> int:
        return sync_store.delete_sessions(db, sync_store.unseen_sessions(db, scan))


class TaxonomySource(Source):
    """``skillsmodelsembeddings``: up to three documents per skill, deduplicated on save."""

    name = "taxonomy"
    collection = "skillsmodelsembeddings"
    append_only = True  # taxonomy copies are regenerated, not edited: new _ids suffice
    projection: ClassVar = {"modelId": 1, "UUID": 1, "preferredLabel": 1, "skillType": 1,
                            "description": 1, "altLabels": 1}  # never the embeddings

    def __init__(self, db: Any) -> None:
        self.db = db

    def total(self) -> int:
        return count_estimate(self.db[self.collection])

    def scan_pages(self, after: Any, batch_size: int) -> Iterator[list[Any]]:
        return pages(self.db[self.collection], {}, self.projection, after, batch_size)

    def save_page(self, db: Any, documents: list[Any], scan: int, summary: Summary) -> None:
        rows: dict[tuple[str, str], TaxonomySkill] = {}
        for document in documents:
            key = (object_id_text(document.get("modelId")), str(document.get("UUID") or ""))
            if not key[1]:
                summary.skip(object_id_text(document.get("_id")), "skill without UUID")
                continue
            labels = document.get("altLabels")
            rows[key] = TaxonomySkill(
                *key, str(document.get("preferredLabel") or ""),
                str(document.get("skillType") or ""), document.get("description"),
                json.dumps(labels, ensure_ascii=False) if isinstance(labels, list) else None,
                scan)
        known = sync_store.taxonomy_keys(db, list(rows))
        summary.added += len(rows.keys() - known)
        summary.updated += len(rows.keys() & known)
        sync_store.save_taxonomy(db, list(rows.values()))

    def delete_unseen(self, db: Any, scan: int) -> int:
        return sync_store.delete_unseen(db, "taxonomy_skill", scan)


class AnalysesSource(_Watched):
    name = "analyses"

    def __init__(self, db: Any, collection: str = analyses.COLLECTION) -> None:
        super().__init__(db)
        self.collection = collection
        self.collections = (collection,)

    def total(self) -> int:
        return count_estimate(self.db[self.collection])

    def scan_pages(self, after: Any, batch_size: int) -> Iterator[list[Any]]:
        from bson.raw_bson import RawBSONDocument

        return pages(self.db[self.collection], {}, None, after, batch_size, RawBSONDocument)

    def save_page(self, db: Any, documents: list[Any], scan: int, summary: Summary) -> None:
        import hashlib

        ids = [object_id_text(raw.get("_id")) for raw in documents]
        stored = sync_store.analysis_hashes(db, ids)
        rows: list[CvAnalysis] = []
        kept: list[str] = []
        for key, raw in zip(ids, documents, strict=True):
            fingerprint = hashlib.blake2b(raw.raw, digest_size=16).hexdigest()
            if stored.get(key) == fingerprint:
                summary.unchanged += 1
                kept.append(key)
                continue
            try:
                row = analyses.parse_analysis(decode(raw))
            except Malformed as exc:
                summary.skip(key, str(exc))
                kept.append(key)
                continue
            if key in stored:
                summary.updated += 1
            else:
                summary.added += 1
            rows.append(row._replace(doc_hash=fingerprint, seen_scan=scan))
        sync_store.save_analyses(db, rows)
        sync_store.mark_seen(db, "cv_analysis", "id", kept, scan)

    def fetch_changes(self, found: list[changes.Change]) -> AnalysisChanges:
        from bson.raw_bson import RawBSONDocument

        _reject_unknown(found)
        upserted = list({c.id: None for c in found if c.operation in UPSERTS})
        collection = self.db[self.collection].with_options(
            codec_options=self.db[self.collection].codec_options.with_options(
                document_class=RawBSONDocument))
        return AnalysisChanges(
            list(collection.find({"_id": {"$in": upserted}})) if upserted else [],
            [object_id_text(c.id) for c in found if c.operation == "delete"])

    def save_changes(self, db: Any, fetched: AnalysisChanges, scan: int, summary: Summary
                     ) -> None:
        self.save_page(db, fetched.documents, scan, summary)
        summary.deleted += sync_store.delete_analyses(db, fetched.deleted)

    def delete_unseen(self, db: Any, scan: int) -> int:
        return sync_store.delete_unseen(db, "cv_analysis", scan)
