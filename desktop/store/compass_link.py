"""Queries on the synced Compass tables for linking a client and reading their experiences."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import Connection

from desktop.store.analytics import KEPT

ORDER = "session_timestamp IS NULL, session_timestamp DESC, session_id"


@dataclass(frozen=True, slots=True)
class SessionChoice:
    """A synced session as the link dialog lists it."""

    session_id: int
    user_id: str | None
    session_timestamp: str | None  # the last message time
    experiences: int  # kept explored experiences
    user_sessions: int  # sessions of the same user


@dataclass(frozen=True, slots=True)
class ExperienceSkill:
    skill_uuid: str
    preferred_label: str  # as stored (Spanish in Brujula)
    skill_type: str


@dataclass(frozen=True, slots=True)
class LinkedOccupation:
    """An ESCO occupation Compass linked to an experience."""

    occupation_uuid: str
    origin_uuid: str
    uuid_history: list[str]
    code: str  # ESCO code (5223.1)
    preferred_label: str

    @property
    def uuids(self) -> list[str]:
        return [self.occupation_uuid, self.origin_uuid, *self.uuid_history]


@dataclass(frozen=True, slots=True)
class KeptExperience:
    session_id: int
    experience_uuid: str
    title: str
    company: str | None
    timeline_start: str | None
    timeline_end: str | None
    work_type: str | None
    session_timestamp: str | None
    skills: list[ExperienceSkill]  # top skills, in rank order
    occupations: list[LinkedOccupation]


def _sessions(db: Connection, where: str, params: dict[str, Any], limit: int
              ) -> list[SessionChoice]:
    """Sessions matching ``where``, newest first, each with its number of kept experiences
    and its user's number of sessions (counted for the page of rows only)."""
    rows = db.execute(text(
        "WITH page AS (SELECT session_id, user_id, session_timestamp FROM compass_session "
        f"  WHERE {where} ORDER BY {ORDER} LIMIT :limit), "
        "users AS (SELECT user_id, count(*) AS n FROM compass_session "
        "  WHERE user_id IN (SELECT user_id FROM page) GROUP BY user_id) "
        "SELECT p.session_id, p.user_id, p.session_timestamp, "
        "  (SELECT count(*) FROM compass_experience e "
        f"   WHERE e.session_id = p.session_id AND {KEPT}) AS experiences, "
        "  coalesce(u.n, 1) AS user_sessions "
        f"FROM page p LEFT JOIN users u ON u.user_id = p.user_id ORDER BY {ORDER}"),
        dict(params, limit=limit))
    return [SessionChoice(*row) for row in rows]


def sessions(db: Connection, query: str = "", limit: int = 200) -> list[SessionChoice]:
    """Synced sessions, newest first, optionally those whose user or session id contains
    ``query``: pseudonymous ids, the last message time and the number of kept experiences."""
    return _sessions(db, "(:q = '' OR user_id LIKE :p OR CAST(session_id AS TEXT) LIKE :p)",
                     {"q": query.strip(), "p": f"%{query.strip()}%"}, limit)


def session_ids(db: Connection, user_id: str | None, session_id: int | None) -> list[int]:
    """The sessions a link covers: the one session, else every session of the user."""
    column = "session_id" if session_id is not None else "user_id"
    return [r[0] for r in db.execute(text(f"SELECT session_id FROM compass_session "
                                          f"WHERE {column} = :v"),
                                     {"v": user_id if session_id is None else session_id})]


def session_of(db: Connection, session_id: int) -> SessionChoice | None:
    found = _sessions(db, "session_id = :s", {"s": session_id}, 1)
    return found[0] if found else None


def experiences(db: Connection, session_ids: Sequence[int]) -> list[KeptExperience]:
    """Kept explored experiences of these sessions (newest session first, in the user's order),
    each with its top skills (labels as stored) and ESCO occupations (the explored copy's, or
    the pipeline's when the explored copy has none)."""
    found = []
    for session in session_ids:
        rows = db.execute(text(
            "SELECT e.session_id, e.experience_uuid, e.title, e.company, e.timeline_start, "
            "e.timeline_end, e.work_type, s.session_timestamp FROM compass_experience e "
            f"JOIN compass_session s ON s.session_id = e.session_id "
            f"WHERE e.session_id = :s AND {KEPT} ORDER BY e.position"), {"s": session}).all()
        for row in rows:
            key = {"s": row.session_id, "u": row.experience_uuid}
            skills = [ExperienceSkill(*skill) for skill in db.execute(text(
                "SELECT skill_uuid, preferred_label, skill_type FROM compass_skill WHERE "
                "session_id = :s AND view = 'explored' AND experience_uuid = :u "
                "AND kind = 'top' ORDER BY rank"), key)]
            occupations = [LinkedOccupation(uuid, origin, json.loads(history or "[]"), code,
                                            label) for uuid, origin, history, code, label in
                           db.execute(text(
                "SELECT o.occupation_uuid, o.origin_uuid, o.uuid_history, o.code, "
                "o.preferred_label FROM compass_occupation o WHERE o.session_id = :s "
                "AND o.experience_uuid = :u AND o.view = (SELECT min(view) "
                "  FROM compass_occupation WHERE session_id = :s AND experience_uuid = :u "
                "  AND view IN ('explored', 'pipeline')) ORDER BY o.rank"), key)]
            found.append(KeptExperience(**row._asdict(), skills=skills, occupations=occupations))
    found.sort(key=lambda e: e.session_timestamp or "", reverse=True)
    return found


def known_codes(db: Connection, codes: Sequence[str]) -> dict[str, list[str]]:
    """ESCO code → every UUID synced occupations with that code carry (for parents)."""
    known: dict[str, list[str]] = {}
    for code in set(codes):
        for uuid, origin, history in db.execute(text(
                "SELECT DISTINCT occupation_uuid, origin_uuid, uuid_history "
                "FROM compass_occupation WHERE code = :c"), {"c": code}):
            known.setdefault(code, []).extend([uuid, origin, *json.loads(history or "[]")])
    return known
